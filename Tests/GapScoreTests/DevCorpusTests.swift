// The labelled dev corpus: the default scorer must agree with `expected` on at least 99% of cases.
import Foundation
import Testing
@testable import GapScore

/// Shared fixture paths: ../shared relative to the package root.
enum SharedFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let devCorpus = shared.appendingPathComponent("eval-cases/answer-equivalence-dev.jsonl").path
    static let benchmarks = shared.appendingPathComponent("benchmarks").path
    /// Whether the dev corpus is there (it is in CI: ../shared beside the checkout).
    static var hasDevCorpus: Bool { FileManager.default.fileExists(atPath: devCorpus) }
    /// Whether a file of ../shared/benchmarks is there.
    static func hasBenchmark(_ path: String) -> Bool { FileManager.default.fileExists(atPath: benchmarks + "/" + path) }

    struct DevCase { let id: String; let prediction: String; let gold: String; let expected: Bool; let category: String; let mathVerify: Bool? }

    static func devCases() -> [DevCase]? {
        guard let data = FileManager.default.contents(atPath: devCorpus) else { return nil }
        return data.split(separator: 0x0A).compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let prediction = object["prediction"] as? String, let expected = object["expected"] as? Bool else { return nil }
            let gold = object["gold"] as? String ?? (object["gold"].map { "\($0)" } ?? "")
            return DevCase(id: object["id"] as? String ?? "?", prediction: prediction, gold: gold, expected: expected,
                           category: object["category"] as? String ?? "?", mathVerify: object["math_verify"] as? Bool)
        }
    }
}

@Test(.enabled(if: SharedFixtures.hasDevCorpus, "../shared/eval-cases/answer-equivalence-dev.jsonl is absent"))
func devCorpusAgreementIsAtLeast99Percent() throws {
    let cases = try #require(SharedFixtures.devCases())
    #expect(cases.count >= 400)
    let scorer = GaprunScorer()
    var agreed = 0
    var disagreements: [String] = []
    for devCase in cases {
        let judgment = scorer.judge(response: devCase.prediction, gold: devCase.gold, policy: .standard)
        if judgment.correct == devCase.expected { agreed += 1 } else {
            disagreements.append("\(devCase.id) expected=\(devCase.expected) extracted=\(judgment.extracted ?? "nil") reason=\(judgment.reason)")
        }
    }
    let rate = Double(agreed) / Double(cases.count)
    print("dev corpus: \(agreed)/\(cases.count) = \(rate)")
    for line in disagreements { print("  disagree: \(line)") }
    #expect(rate >= 0.99, "agreement \(rate) is below 99%")
}
