// ScoreRecording: `gaprun score --db` — external predictions, judged by GapScore, recorded as a `score` run.
// A run is (name, mix, seed); each benchmark scored into it adds or replaces that benchmark's rows.
import Foundation
import GapCore
import GapScore
import GapStore

public enum ScoreRecording {
    /// Records `result` for `benchmark` into the run `name` (mix `mix`, seed `seed`) of experiment `experiment`.
    public static func record(_ result: ScoreResult, benchmark: String, name: String, mix: String, seed: Int,
                              experiment: String, databasePath: String) throws {
        let store = try ResultStore(path: databasePath)
        let identity = "score\u{0}\(experiment)\u{0}\(name)\u{0}\(mix)\u{0}\(seed)"
        let config = ["name": name, "mix": mix, "seed": String(seed), "source": "score"]
        let registration = JobRegistration(
            configHash: SHA256.hex(identity), student: name, studentParameters: nil, studentSize: nil, mix: mix, seed: seed,
            sweptJSON: "{}", backend: "external", source: "score", configJSON: CanonicalJSON.text(of: config),
            versionsJSON: CanonicalJSON.text(of: ["judge": judgeVersion]))
        let rows = BenchmarkJudging.rows(benchmark, scored: result.items, scorer: result.summary.scorer,
                                         scorerVersion: result.summary.scorerVersion)
        try store.recordScore(run: registration, experiment: experiment, benchmark: rows.benchmark, predictions: rows.predictions)
    }
}
