// ScoreJSON: the machine-readable forms of judge and score results: per-item JSONL lines and one summary object.
import GapCore

public enum ScoreJSON {
    /// One `--items` line: `{"correct":…,"extracted":…,"id":…,"missing":…,"reason":…,"response":…}` and `\n`.
    public static func write(_ item: ScoredItem, into writer: inout JSONWriter) {
        writer.raw("{\"correct\":")
        writer.bool(item.correct)
        writer.raw(",\"extracted\":")
        writer.string(orNull: item.extracted)
        writer.raw(",\"id\":")
        writer.string(item.id)
        writer.raw(",\"missing\":")
        writer.bool(item.missing)
        writer.raw(",\"reason\":")
        writer.string(item.reason)
        writer.raw(",\"response\":")
        writer.string(item.response)
        writer.raw("}\n")
    }

    /// The `score --json` object, in the spirit of lm-evaluation-harness's results file: accuracy with its 95%
    /// Wilson interval, the counts (every item, answered, missing), whether missing items were left out, the scorer
    /// and its version, and the input files.
    public static func summary(_ summary: ScoreSummary, benchmark: String, predictions: String, data: String) -> String {
        var writer = JSONWriter()
        writer.raw("{\"benchmark\":")
        writer.string(benchmark)
        writer.raw(",\"accuracy\":")
        writer.number(summary.accuracy)
        writer.raw(",\"interval\":{\"method\":\"wilson\",\"confidence\":0.95,\"lower\":")
        writer.number(summary.lower)
        writer.raw(",\"upper\":")
        writer.number(summary.upper)
        writer.raw("},\"correct\":")
        writer.integer(summary.correct)
        writer.raw(",\"count\":")
        writer.integer(summary.count)
        writer.raw(",\"benchmark_items\":")
        writer.integer(summary.benchmarkItems)
        writer.raw(",\"answered\":")
        writer.integer(summary.answered)
        writer.raw(",\"missing\":")
        writer.integer(summary.missing)
        writer.raw(",\"allow_missing\":")
        writer.bool(summary.answeredOnly)
        writer.raw(",\"scorer\":")
        writer.string(summary.scorer)
        writer.raw(",\"scorer_version\":")
        writer.string(summary.scorerVersion)
        writer.raw(",\"predictions\":")
        writer.string(predictions)
        writer.raw(",\"data\":")
        writer.string(data)
        writer.raw("}")
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The `judge --json` / `--summary` object: counts, agreement with `expected`, the scorer, judging speed and
    /// end-to-end speed (`seconds` from start to the last line written).
    public static func summary(_ summary: PairSummary, seconds: Double) -> String {
        var writer = JSONWriter()
        writer.raw("{\"count\":")
        writer.integer(summary.count)
        writer.raw(",\"correct\":")
        writer.integer(summary.correct)
        writer.raw(",\"with_expected\":")
        writer.integer(summary.withExpected)
        writer.raw(",\"agreement\":")
        if let agreement = summary.agreement { writer.number(agreement) } else { writer.raw("null") }
        writer.raw(",\"scorer\":")
        writer.string(summary.scorer)
        writer.raw(",\"scorer_version\":")
        writer.string(summary.scorerVersion)
        writer.raw(",\"judgments_per_second\":")
        writer.number((summary.judgmentsPerSecond * 10).rounded() / 10)
        writer.raw(",\"seconds\":")
        writer.number((seconds * 1000).rounded() / 1000)
        writer.raw(",\"lines_per_second\":")
        writer.number(seconds > 0 ? (Double(summary.count) / seconds * 10).rounded() / 10 : 0)
        writer.raw("}")
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
