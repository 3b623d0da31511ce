// Seeded, bounded fuzzing: 100k random and mutated strings through extraction and verify; no crash, no slow case.
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
                            "12345678901234567890", "2^{4096}", "99999!", "0.000001", "\\{", "\\}", "and", "(C)", "\\fbox{"]

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
    let clock = ContinuousClock()
    var slowest = Duration.zero
    var slowestInput = ""
    var answered = 0
    let scorer = GaprunScorer()
    for round in 0..<100_000 {
        let response = inputs.next(seeds: seeds)
        let gold = round % 2 == 0 ? inputs.next(seeds: seeds) : "\\frac{1}{2}"
        var start = clock.now
        let extraction = AnswerExtractor.extract(response, policy: .standard)
        let judgment = scorer.judge(response: response, gold: gold, policy: .standard)
        var took = clock.now - start
        // A pause of the shared machine is not a slow input: re-time anything slow and keep its fastest run.
        for _ in 0..<3 where took > .milliseconds(2) {
            start = clock.now
            _ = scorer.judge(response: response, gold: gold, policy: .standard)
            took = min(took, clock.now - start)
        }
        if took > slowest { slowest = took; slowestInput = response }
        if extraction.answer != nil { answered += 1 }
        #expect(!judgment.reason.isEmpty)
    }
    print("fuzz: 100000 inputs, \(answered) with an answer, slowest \(slowest) for \(slowestInput.prefix(120).debugDescription)")
    // The judge's bound: no single input over 10 ms (GapScore is built with -O even in debug builds).
    #expect(slowest < .milliseconds(10))
    #expect(answered > 10_000)
}

@Test(arguments: ["\\boxed{", "answer ", "The answer is ", "\\(", "\\[", "$", "$$", "{", "(", "((((1", "\\sqrt{", "####",
                  "1,", "1\\pm", "(1,2),", "x<", "\\frac{", "x=", "\\begin{pmatrix}", "-", "1e", "10^{10^{", "\\pm", "\\cup", "\\{", "a", "9"])
func adversarialLongInputsStayUnderTenMilliseconds(unit: String) {
    let response = String(repeating: unit, count: 200_000 / unit.count)
    let clock = ContinuousClock()
    var fastest = Duration.seconds(60)
    for gold in [response, "\\frac{1}{2}", "(1,2)"] {
        var fastest = Duration.seconds(60)
        for _ in 0..<3 {
            let start = clock.now
            let judgment = GaprunScorer().judge(response: response, gold: gold, policy: .standard)
            fastest = min(fastest, clock.now - start)
            #expect(!judgment.reason.isEmpty)
        }
        #expect(fastest < .milliseconds(10), "\(unit.debugDescription) × many against \(gold.prefix(20)) took \(fastest)")
    }
    let nested = "\\boxed{" + String(repeating: unit, count: 2_000 / unit.count) + "}"
    let start = clock.now
    _ = GaprunScorer().judge(response: nested, gold: "\\frac{1}{2}", policy: .standard)
    fastest = clock.now - start
    if fastest > .milliseconds(10) {   // re-time once: a pause of the shared machine is not a slow input
        let again = clock.now
        _ = GaprunScorer().judge(response: nested, gold: "\\frac{1}{2}", policy: .standard)
        fastest = min(fastest, clock.now - again)
    }
    #expect(fastest < .milliseconds(10), "boxed \(unit.debugDescription) × many took \(fastest)")
}

@Test(arguments: ["1\\pm", "1,", "(1,2),", "x<", "\\{1,", "[", "2^", "\\sqrt{", "x=", "-(", "\\frac{1}{", "a_{", "1 and "])
func adversarialAnswersJustUnderTheParseLimit(unit: String) {
    let clock = ContinuousClock()
    for count in [8, 40, 150] {
        let answer = String(repeating: unit, count: min(count, 590 / unit.count)) + "1"
        let response = "\\boxed{\(answer)}"
        var fastest = Duration.seconds(60)
        for _ in 0..<3 {
            let start = clock.now
            _ = GaprunScorer().judge(response: response, gold: answer + "2", policy: .standard)
            _ = GaprunScorer().judge(response: response, gold: answer, policy: .standard)
            fastest = min(fastest, clock.now - start)
        }
        #expect(fastest < .milliseconds(20), "\(unit.debugDescription) × \(count) took \(fastest) for two judgments")
    }
}

@Test(arguments: ["2^{4000}", "\\frac{2^{4000}}{3^{2500}}", "3^{4096}-2^{4096}", "400!", "\\frac{400!}{399!}", "\\binom{60}{30}^{50}",
                  "(10^{30}+7)^{40}", "\\frac{1}{7}^{4000}", "2^{2^{2^{2^{2}}}}", "e^{e^{e^{e}}}", "\\sqrt{\\sqrt{\\sqrt{x}}}^{1000}"])
func heavyExactArithmeticStaysUnderTenMilliseconds(answer: String) {
    let clock = ContinuousClock()
    var fastest = Duration.seconds(60)
    for _ in 0..<3 {
        let start = clock.now
        _ = verify(gold: answer, candidate: answer + "+1")
        fastest = min(fastest, clock.now - start)
    }
    #expect(fastest < .milliseconds(10), "\(answer) took \(fastest)")
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
