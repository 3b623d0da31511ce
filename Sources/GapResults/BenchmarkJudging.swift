// BenchmarkJudging: one benchmark's responses judged into the rows a run records (its benchmark result and one
// prediction per item). In-process jobs, command jobs, re-judged stored responses and `gaprun score --db` all judge
// through GapScore's `Scoring.judge` and turn ScoredItems into rows here.
import GapCore
import GapScore
import GapStore

public enum BenchmarkJudging {
    /// Judges `responses` (one per item, in item order; nil: no prediction, judged wrong) of benchmark `name`.
    /// `hitBudget[i]` says whether a length limit ended response i (nil: unknown); the benchmark row counts the hits
    /// when every one is known.
    public static func judge(_ name: String, definition: BenchmarkDefinition, items: [BenchmarkItem], responses: [String?],
                             scorer: any Scorer, hitBudget: [Bool?]? = nil)
        -> (benchmark: BenchmarkOutcome, predictions: [PredictionRecord]) {
        let scored = Scoring.judge(items: items, responses: responses, scorer: scorer, policy: definition.policy)
        return rows(name, scored: scored, scorer: scorer.name, scorerVersion: scorer.version, hitBudget: hitBudget)
    }

    /// The benchmark row and prediction rows of judged items (`hitBudget` as for `judge`).
    public static func rows(_ name: String, scored: [ScoredItem], scorer: String, scorerVersion: String,
                            hitBudget: [Bool?]? = nil) -> (benchmark: BenchmarkOutcome, predictions: [PredictionRecord]) {
        let predictions = scored.enumerated().map { index, item in
            PredictionRecord(benchmark: name, problemID: item.id, response: item.response, extracted: item.extracted,
                             correct: item.correct, reason: item.reason, scorer: scorer, scorerVersion: scorerVersion,
                             hitBudget: hitBudget.flatMap { index < $0.count ? $0[index] : nil })
        }
        let benchmark = BenchmarkOutcome(benchmark: name, correct: scored.filter(\.correct).count, total: scored.count,
                                         scorer: scorer, scorerVersion: scorerVersion,
                                         budgetHits: PredictionRecord.budgetHits(predictions))
        return (benchmark, predictions)
    }
}
