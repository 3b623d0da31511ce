// Real benchmark golds (../shared/benchmarks): each matches itself as a model writes it; a one-digit corruption does not.
import Foundation
import Testing
@testable import GapScore

enum RealGolds {
    static let files: [(benchmark: String, path: String)] = [
        ("gsm8k", "gsm8k/test.jsonl"), ("math500", "math500/test.jsonl"), ("aime24", "aime24/test.jsonl"),
        ("amc23", "amc23/test.jsonl"), ("olympiadbench", "olympiadbench/test.jsonl"),
    ]

    /// The gold with its last digit changed (9 becomes 8, others go up by one); nil when it has no digit.
    static func corrupted(_ gold: String) -> String? {
        var characters = Array(gold)
        guard let index = characters.lastIndex(where: { $0.isASCIIDigit }) else { return nil }
        let digit = Int(String(characters[index]))!
        characters[index] = Character(String(digit == 9 ? 8 : digit + 1))
        return String(characters)
    }

    /// How a model writes an answer in a sentence: inside `$…$` when the gold is LaTeX.
    static func sentence(_ gold: String) -> String { "The answer is $\(bare(gold))$." }

    /// The gold without its math-mode dollars (an escaped `\$` stays).
    static func bare(_ gold: String) -> String {
        gold.replacingOccurrences(of: #"(?<!\\)\$"#, with: "", options: .regularExpression)
    }
}

@Test(.enabled(if: RealGolds.files.allSatisfy { SharedFixtures.hasBenchmark($0.path) },
               "../shared/benchmarks (the real test sets) is absent"),
      arguments: RealGolds.files)
func realGoldsMatchThemselvesAndCorruptionsDoNot(benchmark: String, path: String) throws {
    let fullPath = SharedFixtures.benchmarks + "/" + path
    let definition = try BenchmarkRegistry.standard.benchmark(named: benchmark)
    let items = try definition.loadItems(path: fullPath)
    #expect(!items.isEmpty)
    let scorer = GaprunScorer()
    var failures: [String] = []
    for item in items {
        var responses = ["\\boxed{\(item.gold)}", RealGolds.sentence(item.gold),
                         "Final Answer: The final answer is $\(RealGolds.bare(item.gold))$. I hope it is correct."]
        if benchmark == "gsm8k" { responses.append("She pays 3 + 4 = 7 dollars.\n#### \(item.gold)") }
        for response in responses {
            let judgment = scorer.judge(response: response, gold: item.gold, policy: definition.policy)
            if !judgment.correct { failures.append("self \(item.id): \(response) -> \(judgment.reason)") }
        }
        if let wrong = RealGolds.corrupted(item.gold) {
            let judgment = scorer.judge(response: "\\boxed{\(wrong)}", gold: item.gold, policy: definition.policy)
            if judgment.correct { failures.append("corrupt \(item.id): \(wrong) accepted for \(item.gold)") }
        }
    }
    for failure in failures.prefix(40) { print("  \(benchmark): \(failure)") }
    #expect(failures.isEmpty, "\(failures.count) failures in \(benchmark)")
}
