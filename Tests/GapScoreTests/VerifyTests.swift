// verify(gold:candidate:): the math core's coverage, one table of equal and one of different pairs.
import Testing
@testable import GapScore

struct VerifyCase: CustomTestStringConvertible, Sendable {
    let gold: String, candidate: String
    var testDescription: String { "\(gold) vs \(candidate)" }
}

let equalPairs: [VerifyCase] = [
    ("12345678901234567890", "12345678901234567890"), ("27.0", "27"), ("033", "33"), ("\\frac{3}{4}", "0.75"),
    ("\\frac{3}{4}", "3/4"), ("\\dfrac{3}{4}", "\\tfrac34"), ("\\frac 59", "5/9"), ("-\\frac{2}{3}", "\\frac{2}{-3}"),
    ("\\sqrt[3]{8}", "2"), ("2\\sqrt{2}", "\\sqrt{8}"), ("\\frac{1}{\\sqrt{2}}", "\\frac{\\sqrt2}{2}"), ("7\\pi", "\\pi \\cdot 7"),
    ("e^{16}-1", "-1 + exp(16)"), ("2^{10}", "1024"), ("137 \\frac{1}{2}", "137\\frac{1}{2}"), ("137 \\frac{1}{2}", "137.5"), ("2\\frac{x}{3}", "\\frac{2x}{3}"), ("28\\%", "28"),
    ("90^\\circ", "90"), ("90", "90°"), ("\\$32,\\!348", "32348"), ("1.5 \\times 10^{3}", "1500"), ("1.5e3", "1500"),
    ("(-\\infty, 3)", "x < 3"), ("3 \\pm 2\\sqrt{2}", "3-2\\sqrt2, 3+2\\sqrt2"), ("1,000", "1000"), ("(1,2)", "\\left(1, 2\\right)"),
    ("x=3", "3"), ("y=2x+1", "2x+1=y"), ("2x+4y-3=0", "y = -\\frac{1}{2}x + \\frac{3}{4}"), ("x \\ge 5", "5 \\le x"),
    ("0 < x < 12.5", "(0, 12.5)"), ("[2,5)", "[2,5)"), ("(-\\infty,0)\\cup(1,\\infty)", "(1,\\infty)\\cup(-\\infty,0)"),
    ("\\{3,2,1\\}", "\\{1,2,3\\}"), ("1,-2", "-2, 1"), ("\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}", "\\begin{pmatrix}1\\\\2\\end{pmatrix}"),
    ("\\begin{pmatrix}6 & 8 \\\\ 10 & 12\\end{pmatrix}", "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix} + \\begin{pmatrix}5 & 6 \\\\ 7 & 8\\end{pmatrix}"),
    ("\\begin{pmatrix}19 & 22 \\\\ 43 & 50\\end{pmatrix}", "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix} \\begin{pmatrix}5 & 6 \\\\ 7 & 8\\end{pmatrix}"),
    ("\\text{Evelyn}", "Evelyn"), ("yes", "\\text{Yes}"), ("204_5", "204_{5}"), ("10", "10\\text{ cm}"), ("\\sqrt{-4}", "2i"),
    ("\\sec^2(y)", "\\tan^2(y)+1"), ("|x|^2", "x^2"), ("\\frac{1}{3x^{2/3}}", "\\frac{1}{3\\sqrt[3]{x}^2}"), ("\\log_2 8", "3"), ("\\binom{5}{2}", "10"), ("\\frac{1}{12}", "0.0833333333333333"),
    ("\\frac{100!}{98!}", "9900"), ("10^{30}+1-10^{30}", "1"), ("123456789012345678901234567890", "123456789012345678901234567890.0"),
    ("\\frac{2^{70}}{2^{68}}", "4"), ("\\emptyset", "\\varnothing"), ("(-\\infty, 0) \\cup\\{1\\}", "(-\\infty,0)\\cup\\{1\\}"), ("\\mathbb{R}", "(-\\infty, \\infty)"), ("x \\in [-2,7]", "[-2,7]"), ("\\frac{6}{8}", "\\frac{3}{4}"),
    ("120^\\circ", "\\frac{2\\pi}{3}"), ("\\frac{\\pi}{4}", "45°"), ("(3, \\frac{\\pi}{2})", "(3, 90^{\\circ})"),
    ("\\begin{pmatrix}-1&0\\\\0&-1\\end{pmatrix}", "-\\mathbf{I}"), ("I_3", "\\begin{pmatrix}1&0&0\\\\0&1&0\\\\0&0&1\\end{pmatrix}"),
    ("\\begin{pmatrix}0\\\\0\\end{pmatrix}", "\\mathbf{0}"),
    ("\\lfloor\\sqrt{n-1}\\rfloor", "\\lceil \\sqrt{n} \\rceil - 1"), ("t(0,4]", "(0,4]"),
    ("(-\\infty,2)\\cup(3,\\infty)", "x < 2, x > 3"), ("66.67\\%", "\\frac23"),
].map { VerifyCase(gold: $0.0, candidate: $0.1) }

let differentPairs: [VerifyCase] = [
    ("12345678901234567890", "12345678901234567891"), ("(1,000)", "1000"), ("204_5", "204_6"), ("204_5", "54"),
    ("[2,5)", "[2,5]"), ("(1,2)", "(2,1)"), ("(1,2)", "(1,2,3)"), ("1,2,3", "1,2,3,4"), ("\\pm 2021", "2021"),
    ("\\frac{1}{2004!}", "\\frac{1}{2006!}"), ("\\pi", "3.1416"), ("25", "0.25"), ("x < 1", "x > -1"), ("a=2,b=3", "a = 3, b = 2"),
    ("\\text{odd}", "\\text{even}"), ("(a+5)(b+2)", "(+5)(b+2)"), ("x+2n+1", "x+1"), ("-\\frac{2}{3}", "\\frac{2}{3}"),
    ("\\sqrt{31}", "\\sqrt{13}"), ("5", "6 \\text{ inches}"), ("3", "x=4"), ("y=2x+3", "y = 2x - 3"),
    ("\\begin{pmatrix} \\frac{1}{2} \\\\ -3 \\end{pmatrix}", "\\begin{pmatrix} -3 \\\\ 1/2 \\end{pmatrix}"), ("2^{1009}", "2^{1008}"), ("(-\\infty, 0) \\cup\\{1\\}", "(-\\infty, 0) \\cup\\{2\\}"), ("10^{30}+1", "10^{30}"), ("137 \\frac{1}{2}", "68.5"), ("5x - 7y + 11z + 4 = 0", "0"), ("0", "x + y = 0"), ("|x|", "x"), ("x^3", "|x|^3"),
    ("\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}", "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix} - \\begin{pmatrix}1 & 0 \\\\ 0 & 1\\end{pmatrix}"),
    ("\\lfloor\\frac{2 n-1}{5}\\rfloor", "\\lfloor\\frac{2 n-1}{6}\\rfloor"), ("864 \\mbox{ inches}^2", "864 \\mbox{ inches}^3"),
    ("\\frac{\\pi}{3}", "60"), ("30", "\\frac{\\pi}{6}"), ("60^\\circ", "\\frac{\\pi}{6}"), ("(3, \\frac{\\pi}{2})", "(3, 90)"),
    ("\\begin{pmatrix}2&0\\\\0&3\\end{pmatrix}", "2I"), ("\\begin{pmatrix}1&0\\\\0&1\\end{pmatrix}", "I_3"),
    ("\\begin{pmatrix}0&0\\\\0&0\\end{pmatrix}", "0"),
    ("\\lfloor\\sqrt{n}\\rfloor", "\\lceil \\sqrt{n} \\rceil - 1"), ("\\lfloor x\\rfloor", "x"), ("t(0,4]", "(0,4)"),
    ("(2,3)", "x < 2, x > 3"), ("66.7\\%", "\\frac23"),
].map { VerifyCase(gold: $0.0, candidate: $0.1) }

@Test(arguments: equalPairs) func equivalentAnswers(_ pair: VerifyCase) {
    let result = verify(gold: pair.gold, candidate: pair.candidate)
    #expect(result.equivalent, "\(result.reason)")
}

@Test(arguments: differentPairs) func differentAnswers(_ pair: VerifyCase) {
    let result = verify(gold: pair.gold, candidate: pair.candidate)
    #expect(!result.equivalent, "\(result.reason)")
}

@Test func namedPoliciesChangeTheDocumentedCases() throws {
    let asFraction = try #require(AnswerPolicy.named["percent-as-fraction"])
    #expect(verify(gold: "28\\%", candidate: "0.28", policy: asFraction).equivalent)
    #expect(!verify(gold: "28\\%", candidate: "28", policy: asFraction).equivalent)
    // Standard: a sign on one side only may be read either way; a sign on both sides, or on neither, may not.
    #expect(verify(gold: "28\\%", candidate: "0.28").equivalent)
    #expect(verify(gold: "0.28", candidate: "28\\%").equivalent)
    #expect(!verify(gold: "28", candidate: "0.28").equivalent)
    #expect(!verify(gold: "28\\%", candidate: "0.28\\%").equivalent)
    let strictFractions = try #require(AnswerPolicy.named["strict-fractions"])
    #expect(!verify(gold: "\\frac{3}{4}", candidate: "\\frac{6}{8}", policy: strictFractions).equivalent)
    let exactDecimals = try #require(AnswerPolicy.named["exact-decimals"])
    #expect(!verify(gold: "\\frac{1}{3}", candidate: "0.3333", policy: exactDecimals).equivalent)
    #expect(verify(gold: "\\frac{1}{3}", candidate: "0.3333").equivalent)
    // Four significant digits either way (gaprun-judge/7): `0.333` is not 1/3; an exact `4\pi` is a gold rounded to
    // `12.57`, never to the three-digit `12.6`; the exact-decimals policy refuses both.
    #expect(!verify(gold: "\\frac{1}{3}", candidate: "0.333").equivalent)
    #expect(verify(gold: "12.57", candidate: "4\\pi").equivalent)
    #expect(!verify(gold: "12.6", candidate: "4\\pi").equivalent)
    #expect(!verify(gold: "12.57", candidate: "4\\pi", policy: exactDecimals).equivalent)
    // A float artifact is the number it prints, under every policy.
    #expect(verify(gold: "0.15", candidate: "0.15000000000000002", policy: exactDecimals).equivalent)
    #expect(!verify(gold: "0.15", candidate: "0.15000000002").equivalent)
    let strictPrefix = try #require(AnswerPolicy.named["strict-prefix"])
    #expect(!verify(gold: "5", candidate: "x = 5", policy: strictPrefix).equivalent)
    let strictVariables = try #require(AnswerPolicy.named["strict-variables"])
    #expect(!verify(gold: "f(x)", candidate: "f(y)", policy: strictVariables).equivalent)
    #expect(verify(gold: "f(x)", candidate: "f(y)").equivalent)
}

@Test func goldAsAFullSolutionUsesItsLastBox() {
    #expect(verify(gold: "so the answer is $\\boxed{840}$", candidate: "840").equivalent)
    #expect(verify(gold: "\\boxed{1} papers and \\boxed{2} bins", candidate: "1,2").equivalent)
}
