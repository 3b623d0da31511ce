// The project's own labelled judge cases, one fixture table per category: per-category agreement with the labels.
import Foundation
import Testing
@testable import GapScore

/// Labelled (prediction, gold, expected) cases under Tests/GapScoreTests/Fixtures/judge-cases, one JSONL file per
/// category. Cases marked `"split": "heldout"` (every fifth of the first cases, and the `…-final-…` batch) were not used
/// while the judge's rules were tuned; docs/scoring.md reports how they fared on first sight.
enum JudgeCases {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/judge-cases")

    struct Case: Sendable, CustomStringConvertible {
        let id: String, category: String, heldOut: Bool, prediction: String, gold: String, expected: Bool, note: String
        var description: String { id }
    }

    /// The category files present, sorted (each is one table).
    static let categories: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.map { String($0.dropLast(6)) }.sorted()
    }()

    static func cases(category: String) -> [Case] {
        let path = directory.appendingPathComponent(category + ".jsonl").path
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return data.split(separator: 0x0A).compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = object["id"] as? String, let prediction = object["prediction"] as? String,
                  let gold = object["gold"] as? String, let expected = object["expected"] as? Bool else { return nil }
            return Case(id: id, category: category, heldOut: object["split"] as? String == "heldout", prediction: prediction,
                        gold: gold, expected: expected, note: object["note"] as? String ?? "")
        }
    }

    /// Judges the cases with the default scorer and policy; returns those whose verdict differs from the label.
    static func disagreements(_ cases: [Case]) -> [(Case, Judgment)] {
        let scorer = GaprunScorer()
        return cases.compactMap { item in
            let judgment = scorer.judge(response: item.prediction, gold: item.gold, policy: .standard)
            return judgment.correct == item.expected ? nil : (item, judgment)
        }
    }

    static func describe(_ item: Case, _ judgment: Judgment) -> String {
        "\(item.id) expected=\(item.expected) extracted=\(judgment.extracted ?? "nil") reason=\(judgment.reason)"
    }
}

/// Every category file parses completely: a malformed line would silently shrink a table.
@Test func judgeCaseFilesParseCompletely() throws {
    #expect(JudgeCases.categories.count >= 12, "expected one fixture file per category in \(JudgeCases.directory.path)")
    for category in JudgeCases.categories {
        let path = JudgeCases.directory.appendingPathComponent(category + ".jsonl").path
        let lines = try #require(FileManager.default.contents(atPath: path)).split(separator: 0x0A).count
        let cases = JudgeCases.cases(category: category)
        #expect(cases.count == lines, "\(category): \(lines - cases.count) unreadable lines")
        #expect(Set(cases.map(\.id)).count == cases.count, "\(category): duplicate ids")
        #expect(cases.contains { $0.expected } && cases.contains { !$0.expected }, "\(category): needs both verdicts")
    }
}

/// One table per category: the default scorer agrees with at least 95% of each category's labels.
@Test(arguments: JudgeCases.categories)
func judgeCaseCategoryAgreement(category: String) {
    let cases = JudgeCases.cases(category: category)
    let wrong = JudgeCases.disagreements(cases)
    let rate = Double(cases.count - wrong.count) / Double(max(cases.count, 1))
    print("judge cases \(category): \(cases.count - wrong.count)/\(cases.count) = \(rate)")
    for (item, judgment) in wrong { print("  disagree: \(JudgeCases.describe(item, judgment))") }
    #expect(!cases.isEmpty)
    #expect(rate >= 0.95, "\(category): agreement \(rate); disagreements: \(wrong.map { $0.0.id })")
}

/// Over all tables the default scorer agrees with at least 99% of the labels, held-out cases included.
@Test func judgeCaseOverallAgreementIsAtLeast99Percent() {
    let cases = JudgeCases.categories.flatMap(JudgeCases.cases(category:))
    #expect(cases.count >= 400)
    let wrong = JudgeCases.disagreements(cases)
    let heldOut = cases.filter(\.heldOut)
    let heldOutWrong = wrong.filter { $0.0.heldOut }.count
    let rate = Double(cases.count - wrong.count) / Double(cases.count)
    print("judge cases: \(cases.count - wrong.count)/\(cases.count) = \(rate); held-out \(heldOut.count - heldOutWrong)/\(heldOut.count)")
    #expect(rate >= 0.99, "agreement \(rate); disagreements: \(wrong.map { JudgeCases.describe($0.0, $0.1) })")
}
