// Scoring a run: reading predictions (generic JSONL or lm-eval samples), matching them to items, judging, Wilson interval.
import Foundation
import GapCore

/// One model response read from a predictions file.
public struct Prediction: Sendable {
    /// The id given in the file (`id`, `idx`, or lm-eval's `doc_id`), if any.
    public var id: String?
    /// The response text.
    public var response: String
    /// 1-based line number in the predictions file, for error messages.
    public var line: Int
}

/// One judged item of a scored run.
public struct ScoredItem: Sendable, Codable {
    /// The benchmark item id.
    public var id: String
    /// The response text.
    public var response: String
    /// The extracted answer, or nil.
    public var extracted: String?
    /// The verdict.
    public var correct: Bool
    /// The extraction rule and comparison outcome.
    public var reason: String
}

/// Accuracy with its 95% Wilson score interval.
public struct ScoreSummary: Sendable, Codable {
    /// Items scored.
    public var count: Int
    /// Items judged correct.
    public var correct: Int
    /// correct / count.
    public var accuracy: Double
    /// Lower end of the 95% Wilson interval.
    public var lower: Double
    /// Upper end of the 95% Wilson interval.
    public var upper: Double
    /// The scorer's name.
    public var scorer: String
    /// The scorer's version.
    public var scorerVersion: String
}

/// A scored run: every item plus the summary.
public struct ScoreResult: Sendable {
    /// Every item, in prediction order.
    public var items: [ScoredItem]
    /// Accuracy and interval.
    public var summary: ScoreSummary
}

/// Scoring a benchmark run: predictions in, per-item results and a summary out.
public enum Scoring {
    /// The 95% Wilson score interval for `successes` out of `total` (z = 1.959964).
    public static func wilsonInterval(successes: Int, total: Int) -> (lower: Double, upper: Double) {
        guard total > 0 else { return (0, 0) }
        let z = 1.959964, n = Double(total), p = Double(successes) / n
        let denominator = 1 + z * z / n
        let centre = (p + z * z / (2 * n)) / denominator
        let half = z * ((p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()) / denominator
        return (max(0, centre - half), min(1, centre + half))
    }

    /// Reads predictions: generic JSONL (`id` or `idx`, plus `response`) or lm-eval `samples_*.jsonl`
    /// (`doc_id`, `resps` = [[text]], `filtered_resps`); the response is `resps[0][0]` as in the paper's scorer.
    public static func readPredictions(path: String) throws -> [Prediction] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScoreError.unreadable(path: path, hint: "pass the predictions JSONL with --predictions")
        }
        return try JSONLines.split(data).map { line in
            guard let object = (try? JSONSerialization.jsonObject(with: line.bytes)) as? [String: Any] else {
                throw ScoreError.badLine(path: path, line: line.number, message: "not a JSON object", hint: "each line must be one {…} object")
            }
            let id = BenchmarkRegistry.string(object["id"]) ?? BenchmarkRegistry.string(object["idx"]) ?? BenchmarkRegistry.string(object["doc_id"])
            if let response = object["response"] as? String { return Prediction(id: id, response: response, line: line.number) }
            if let responses = object["resps"] as? [Any] {
                if let first = responses.first as? [Any], let text = first.first as? String { return Prediction(id: id, response: text, line: line.number) }
                if let text = responses.first as? String { return Prediction(id: id, response: text, line: line.number) }
            }
            if let filtered = object["filtered_resps"] as? [Any], let text = filtered.first as? String {
                return Prediction(id: id, response: text, line: line.number)
            }
            throw ScoreError.badLine(path: path, line: line.number, message: "no 'response' string and no lm-eval 'resps'",
                                     hint: "generic lines need {\"id\": …, \"response\": \"…\"}")
        }
    }

    /// Pairs predictions with items: by id when every prediction's id names an item, by index when ids are
    /// integers in range (lm-eval `doc_id`, Qwen `idx`), otherwise by order (counts must then be equal).
    public static func match(items: [BenchmarkItem], predictions: [Prediction], path: String) throws -> [(BenchmarkItem, Prediction)] {
        let byId = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if !predictions.isEmpty, predictions.allSatisfy({ $0.id.map { byId[$0] != nil } ?? false }) {
            return predictions.map { (byId[$0.id!]!, $0) }
        }
        if !predictions.isEmpty, predictions.allSatisfy({ $0.id.flatMap { Int($0) }.map { $0 >= 0 && $0 < items.count } ?? false }) {
            return predictions.map { (items[Int($0.id!)!], $0) }
        }
        guard predictions.count == items.count else {
            throw ScoreError.unmatched(path: path, message: "\(predictions.count) predictions for \(items.count) items and their ids do not name the items",
                                       hint: "give each line the item's id (or idx/doc_id), or one line per item in order")
        }
        return Array(zip(items, predictions))
    }

    /// Judges every matched prediction with `scorer` under `policy` (the benchmark's default when nil).
    public static func score(benchmark: BenchmarkDefinition, items: [BenchmarkItem], predictions: [Prediction],
                             predictionsPath: String, scorer: any Scorer, policy: AnswerPolicy? = nil) throws -> ScoreResult {
        let pairs = try match(items: items, predictions: predictions, path: predictionsPath)
        let chosen = policy ?? benchmark.policy
        let scored = pairs.map { item, prediction in
            let judgment = scorer.judge(response: prediction.response, gold: item.gold, policy: chosen)
            return ScoredItem(id: item.id, response: prediction.response, extracted: judgment.extracted,
                              correct: judgment.correct, reason: judgment.reason)
        }
        let correct = scored.filter(\.correct).count
        let interval = wilsonInterval(successes: correct, total: scored.count)
        let summary = ScoreSummary(count: scored.count, correct: correct,
                                   accuracy: scored.isEmpty ? 0 : Double(correct) / Double(scored.count),
                                   lower: interval.lower, upper: interval.upper, scorer: scorer.name, scorerVersion: scorer.version)
        return ScoreResult(items: scored, summary: summary)
    }
}
