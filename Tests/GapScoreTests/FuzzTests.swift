// Seeded, bounded fuzzing: 100k random and mutated strings through extraction and verify, and the adversarial pairs:
// no crash, always a verdict with a reason. How fast the judge is lives in `gaprun bench judge`, not in tests.
import Foundation
import GapCore
import Testing
@testable import GapScore

/// Random and mutated inputs built from LaTeX-ish fragments and real dev-corpus strings.
struct FuzzInputs {
    static let fragments = ["\\boxed{", "}", "{", "\\frac", "\\sqrt[", "]", "(", ")", "[", "\\left(", "\\right)", "^", "_", "$", "$$",
                            "\\\\", "&", "\\begin{pmatrix}", "\\end{pmatrix}", "=", "<", "\\le", "\\pm", "\\cup", "\\infty", ",", ";",
                            "####", "The answer is ", "Final Answer:", "1", "0", "9", "-", "+", "*", "/", ".", "x", "e", "i", "\\pi",
                            "\\text{", "%", "\\%", "^\\circ", "!", "\\binom", "\\log_", "\\lfloor", "\\rfloor", " ", "\n", "|", "\\",
                            "12345678901234567890", "2^{4096}", "99999!", "0.000001", "\\{", "\\}", "and", "(C)", "\\fbox{", "?",
                            " seven", ", which is ", " since ", "Check: "]

    var random: SplitMix64

    mutating func next(seeds: [String]) -> String {
        var text = ""
        let mode = random.next() % 3
        if mode == 0 || seeds.isEmpty {
            for _ in 0..<Int(random.next() % 40) { text += FuzzInputs.fragments[Int(random.next() % UInt64(FuzzInputs.fragments.count))] }
        } else {
            var characters = Array(seeds[Int(random.next() % UInt64(seeds.count))])
            for _ in 0..<Int(1 + random.next() % 6) where !characters.isEmpty {
                let position = Int(random.next() % UInt64(characters.count))
                switch random.next() % 3 {
                case 0: characters.remove(at: position)
                case 1: characters.insert(contentsOf: FuzzInputs.fragments[Int(random.next() % UInt64(FuzzInputs.fragments.count))], at: position)
                default: characters.swapAt(position, Int(random.next() % UInt64(characters.count)))
                }
            }
            text = String(characters)
        }
        return text
    }
}

@Test func fuzzExtractionAndVerifyHundredThousandInputs() {
    let seeds = (SharedFixtures.devCases() ?? []).flatMap { [$0.prediction, $0.gold] }.filter { $0.count < 400 }
    var inputs = FuzzInputs(random: SplitMix64(seed: 20_251_127))
    var answered = 0
    let scorer = GaprunScorer()
    for round in 0..<100_000 {
        let response = inputs.next(seeds: seeds)
        let gold = round % 2 == 0 ? inputs.next(seeds: seeds) : "\\frac{1}{2}"
        let extraction = AnswerExtractor.extract(response, policy: .standard)
        let judgment = scorer.judge(response: response, gold: gold, policy: .standard)
        if extraction.answer != nil { answered += 1 }
        #expect(!judgment.reason.isEmpty)
    }
    #expect(answered > 10_000)
}

/// A response whose last character is a sentence mark (a closing question, as chat models write) is read without
/// looking past its end; the answer before the question still counts.
@Test func responsesEndingInASentenceMarkAreJudged() {
    let scorer = GaprunScorer()
    let closing = ["Each basket gets 9 apples. The value is 9.\n\nWould you like me to explain any of these steps?",
                   "So each basket gets nine apples. Shall I check?", "There are 9 apples?", "nine?", "9!", "?", ".", "!",
                   "The answer is 9, which is 2 more than 7?", "We need 9 bags, since 8 bags hold 64?", "Check: 9 + 0 = 9?"]
    for response in closing {
        let judgment = scorer.judge(response: response, gold: "9", policy: .standard)
        #expect(!judgment.reason.isEmpty, "\(response)")
    }
    #expect(scorer.judge(response: closing[0], gold: "9", policy: .standard).correct)
}

/// Every adversarial pair (the ones `gaprun bench judge` times) ends with a verdict and a reason.
@Test func adversarialPairsEndWithAVerdict() {
    let pairs = AdversarialPairs.all
    #expect(pairs.count > 100)
    let scorer = GaprunScorer()
    for pair in pairs {
        let judgment = scorer.judge(response: pair.prediction, gold: pair.gold, policy: .standard)
        #expect(!judgment.reason.isEmpty, "\(pair.id ?? "")")
    }
}

/// Exact arithmetic far beyond machine numbers is compared without trapping (an overflow would crash the test), both
/// ways round.
@Test(arguments: AdversarialPairs.heavyArithmetic)
func heavyExactArithmeticDoesNotTrap(answer: String) {
    _ = verify(gold: answer, candidate: answer + "+1")
    _ = verify(gold: answer + "+1", candidate: answer)
}

@Test func numericEdgeCasesDoNotTrap() {
    for (gold, candidate) in [("\\lfloor 9223372036854775806 \\rfloor", "1"), ("(-8)^{10^{-300}}", "1"), ("\\lceil 10^{18}\\cdot 9 \\rceil", "2"),
                              ("\\binom{60}{30}", "118264581564861424"), ("20!", "2432902008176640000"), ("21!", "51090942171709440000"),
                              ("\\begin{pmatrix}\\end{pmatrix}", "1"), ("\\begin{matrix}1\\end{matrix}", "1"), ("9999999999999999999/3", "3333333333333333333"),
                              ("-9223372036854775808", "9223372036854775808"), ("0^{-1}", "1"), ("\\frac{1}{0}", "\\infty"), ("10^{10^{10}}", "1"),
                              ("x^{10^{9}}", "x"), ("\\sqrt[0]{2}", "1"), ("\\log_1 5", "1"), ("0!", "1")] {
        _ = verify(gold: gold, candidate: candidate)
        _ = verify(gold: candidate, candidate: gold)
    }
    #expect(verify(gold: "\\binom{60}{30}", candidate: "118264581564861424").equivalent)
    #expect(verify(gold: "21!", candidate: "51090942171709440000").equivalent)
    #expect(verify(gold: "0!", candidate: "1").equivalent)
}
