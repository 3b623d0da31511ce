// BenchmarkJudging: one benchmark's responses judged into the rows a run records (its benchmark result and one
// prediction per item). In-process jobs, command jobs, re-judged stored responses and `gaprun score --db` all judge
// through GapScore's `Scoring.judge` and turn ScoredItems into rows here.
import GapCore
import GapScore
import GapStore

public enum BenchmarkJudging {
    /// Judges `responses` (one per item, in item order; nil: no prediction, judged wrong) of benchmark `name`.
    public static func judge(_ name: String, definition: BenchmarkDefinition, items: [BenchmarkItem], responses: [String?],
                      scorer: any Scorer) -> (benchmark: BenchmarkOutcome, predictions: [PredictionRecord]) {
        let scored = Scoring.judge(items: items, responses: responses, scorer: scorer, policy: definition.policy)
        return rows(name, scored: scored, scorer: scorer.name, scorerVersion: scorer.version)
    }

    /// The benchmark row and prediction rows of judged items.
    public static func rows(_ name: String, scored: [ScoredItem], scorer: String, scorerVersion: String)
        -> (benchmark: BenchmarkOutcome, predictions: [PredictionRecord]) {
        let predictions = scored.map {
            PredictionRecord(benchmark: name, problemID: $0.id, response: $0.response, extracted: $0.extracted,
                             correct: $0.correct, reason: $0.reason, scorer: scorer, scorerVersion: scorerVersion)
        }
        let benchmark = BenchmarkOutcome(benchmark: name, correct: scored.filter(\.correct).count, total: scored.count,
                                         scorer: scorer, scorerVersion: scorerVersion)
        return (benchmark, predictions)
    }
}
