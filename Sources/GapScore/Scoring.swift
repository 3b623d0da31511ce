// Scoring a run: reading predictions (generic JSONL or lm-eval samples), matching them to items, judging, Wilson interval.
// Every benchmark item counts: an item without a prediction is wrong unless the caller asks for answered items only.
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
    /// The generator's `finish_reason` (vLLM's word: `length` when the token limit cut the response), if the line has one.
    public var finishReason: String? = nil
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
    /// True when the item had no prediction (it counts as wrong; the response is empty).
    public var missing: Bool = false

    /// The result of an item that has no prediction.
    public static func missing(id: String) -> ScoredItem {
        ScoredItem(id: id, response: "", extracted: nil, correct: false, reason: "missing: no prediction", missing: true)
    }
}

/// Accuracy with its 95% Wilson score interval.
public struct ScoreSummary: Sendable, Codable {
    /// Items scored: every benchmark item, or only the answered ones when `answeredOnly`.
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
    /// Items in the benchmark.
    public var benchmarkItems: Int
    /// Items that have a prediction.
    public var answered: Int
    /// Items without a prediction: counted wrong, or left out of `count` when `answeredOnly`.
    public var missing: Int
    /// Whether only answered items were scored (`--allow-missing`).
    public var answeredOnly: Bool
}

/// A scored run: every item plus the summary.
public struct ScoreResult: Sendable {
    /// Every scored item: the answered ones in prediction order, then the missing ones in benchmark order.
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

    /// Reads predictions: generic JSONL (`id` or `idx`, plus `response`, or `output`/`text` as other generators name
    /// it, and optionally `finish_reason`) or lm-eval `samples_*.jsonl` (`doc_id`, `resps` = [[text]], `filtered_resps`); the response is
    /// `resps[0][0]` as in the paper's scorer. `gaprun score` and command jobs both read predictions here.
    public static func readPredictions(path: String) throws -> [Prediction] {
        let file: JSONLinesFile
        do { file = try JSONLinesFile(path: path) } catch let error as FileError {
            throw ScoreError.unreadable(path: path, hint: "\(error.message); pass the predictions JSONL with --predictions")
        }
        var predictions: [Prediction] = []
        try file.forEachObject { line in
            let id = line.text("id") ?? line.text("idx") ?? line.text("doc_id")
            if let response = line.string("response") ?? line.string("output") ?? line.string("text") {
                var finishReason: String?
                if let field = line.field("finish_reason") {
                    switch line.value(field) {
                    case .null: break
                    case .string(let word): finishReason = word
                    default:
                        throw ScoreError.badLine(path: path, line: line.number, message: "`finish_reason` is not a string",
                                                 hint: "write \"length\" when the token limit cut the response, else \"stop\"")
                    }
                }
                predictions.append(Prediction(id: id, response: response, line: line.number, finishReason: finishReason))
                return
            }
            if let field = line.field("resps"), let responses = line.value(field).array {
                if let text = responses.first?.array?.first?.string ?? responses.first?.string {
                    predictions.append(Prediction(id: id, response: text, line: line.number))
                    return
                }
            }
            if let field = line.field("filtered_resps"), let text = line.value(field).array?.first?.string {
                predictions.append(Prediction(id: id, response: text, line: line.number))
                return
            }
            throw ScoreError.badLine(path: path, line: line.number, message: "no 'response' string and no lm-eval 'resps'",
                                     hint: "generic lines need {\"id\": …, \"response\": \"…\"}")
        }
        return predictions
    }

    /// Pairs predictions with items: by id when every prediction's id names an item, by index when ids are
    /// integers in range (lm-eval `doc_id`, Qwen `idx`), otherwise by order (counts must then be equal). Items
    /// without a prediction are returned as `missing`, in benchmark order; two predictions for one item are an error.
    /// Pairs and missing items are indices into `items` and `predictions`, so no item is copied.
    static func match(items: [BenchmarkItem], predictions: [Prediction], path: String) throws
        -> (matched: [(item: Int, prediction: Int)], missing: [Int]) {
        var byId: [String: Int] = [:]
        for index in items.indices where byId[items[index].id] == nil { byId[items[index].id] = index }
        /// The item index of every prediction under `rule`, or nil when one prediction does not name an item.
        func itemIndices(_ rule: (String) -> Int?) -> [Int]? {
            var found: [Int] = []
            found.reserveCapacity(predictions.count)
            for prediction in predictions {
                guard let id = prediction.id, let index = rule(id) else { return nil }
                found.append(index)
            }
            return found
        }
        let indices: [Int]
        if !predictions.isEmpty, let byName = itemIndices({ byId[$0] }) {
            indices = byName
        } else if !predictions.isEmpty, let byIndex = itemIndices({ Int($0).flatMap { $0 >= 0 && $0 < items.count ? $0 : nil } }) {
            indices = byIndex
        } else {
            guard predictions.count == items.count else {
                throw ScoreError.unmatched(path: path, message: "\(predictions.count) predictions for \(items.count) items and their ids do not name the items",
                                           hint: "give each line the item's id (or idx/doc_id), or one line per item in order")
            }
            indices = Array(items.indices)
        }
        var lineOfItem = [Int?](repeating: nil, count: items.count)
        for (prediction, index) in zip(predictions, indices) {
            if let earlier = lineOfItem[index] {
                throw ScoreError.badLine(path: path, line: prediction.line,
                                         message: "a second prediction for item '\(items[index].id)' (the first is on line \(earlier))",
                                         hint: "give one prediction per item")
            }
            lineOfItem[index] = prediction.line
        }
        let matched = indices.enumerated().map { (item: $1, prediction: $0) }
        let missing = items.indices.filter { lineOfItem[$0] == nil }
        return (matched, missing)
    }

    /// Judges each item's response (`responses[i]` answers `items[i]`; nil: the item has no prediction, which is
    /// wrong) with `scorer` under `policy`. The one place responses are judged: `gaprun score`, in-process jobs and
    /// command jobs all come here.
    public static func judge(items: [BenchmarkItem], responses: [String?], scorer: any Scorer,
                             policy: AnswerPolicy) -> [ScoredItem] {
        zip(items, responses).map { judge($0, response: $1, scorer: scorer, policy: policy) }
    }

    /// One item's verdict: `response` judged against the item's gold, or wrong when there is no response.
    static func judge(_ item: BenchmarkItem, response: String?, scorer: any Scorer, policy: AnswerPolicy) -> ScoredItem {
        guard let response else { return ScoredItem.missing(id: item.id) }
        let judgment = scorer.judge(response: response, gold: item.gold, policy: policy)
        return ScoredItem(id: item.id, response: response, extracted: judgment.extracted,
                          correct: judgment.correct, reason: judgment.reason)
    }

    /// Judges every matched prediction with `scorer` under `policy` (the benchmark's default when nil). Every item of
    /// the benchmark counts: one without a prediction is wrong, unless `answeredOnly` leaves it out.
    public static func score(benchmark: BenchmarkDefinition, items: [BenchmarkItem], predictions: [Prediction],
                             predictionsPath: String, scorer: any Scorer, policy: AnswerPolicy? = nil,
                             answeredOnly: Bool = false) throws -> ScoreResult {
        let (matched, missing) = try match(items: items, predictions: predictions, path: predictionsPath)
        var scored: [ScoredItem] = []
        scored.reserveCapacity(matched.count + (answeredOnly ? 0 : missing.count))
        for pair in matched {
            scored.append(judge(items[pair.item], response: predictions[pair.prediction].response, scorer: scorer,
                                policy: policy ?? benchmark.policy))
        }
        if !answeredOnly { for index in missing { scored.append(ScoredItem.missing(id: items[index].id)) } }
        let correct = scored.filter(\.correct).count
        let interval = wilsonInterval(successes: correct, total: scored.count)
        let summary = ScoreSummary(count: scored.count, correct: correct,
                                   accuracy: scored.isEmpty ? 0 : Double(correct) / Double(scored.count),
                                   lower: interval.lower, upper: interval.upper, scorer: scorer.name, scorerVersion: scorer.version,
                                   benchmarkItems: items.count, answered: matched.count, missing: missing.count,
                                   answeredOnly: answeredOnly)
        return ScoreResult(items: scored, summary: summary)
    }
}
