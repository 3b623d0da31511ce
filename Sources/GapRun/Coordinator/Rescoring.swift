// Rescoring: `gaprun rescore` — the stored responses of completed runs judged again (by another scorer, or by this
// binary's judge version), each recorded as a run of its own identity beside the original. Nothing is generated.
import Foundation
import GapCore
import GapGrid
import GapReport
import GapScore
import GapStore

public enum Rescoring {
    /// What a rescore did.
    public struct Summary: Sendable {
        /// Runs recorded now.
        public var judged = 0
        /// Runs whose judgments by that scorer and judge version were already stored.
        public var upToDate = 0
        /// Runs that are not gaprun jobs (e.g. `gaprun score` runs), or that no experiment holds, left alone.
        public var skipped = 0
        /// Runs whose re-judging failed (nothing recorded for them).
        public var failed = 0
    }

    /// Re-judges the completed runs with stored responses (of `experiment`, or all) with `scorer` (nil: each run's own)
    /// at this binary's judge version. `report` receives one line per run judged, skipped or failed.
    public static func rescore(databasePath: String, scorer: String?, experiment: String?, dataSearchRoots: [String],
                               report: (String) -> Void) throws -> Summary {
        let store = try ResultStore(path: databasePath)
        if let experiment, try store.experimentID(name: experiment) == nil {
            throw ReportError.unknownExperiment(name: experiment, database: databasePath, known: try store.experiments().map(\.name))
        }
        try JobStages.backfillIdentities(store: store)  // older runs: so reports can pair them with their re-judgments
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gaprun-rescore-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var summary = Summary()
        for (run, experiments) in try store.runsWithStoredResponses(experiment: experiment) {
            guard var spec = try? JSONDecoder().decode(JobSpec.self, from: Data(run.configJSON.utf8)),
                  var versions = try? JSONDecoder().decode(ComponentVersions.self, from: Data(run.versionsJSON.utf8)) else {
                summary.skipped += 1
                report("skipped \(run.configHash.prefix(12)): not a gaprun job (e.g. `gaprun score`), keeps its own judgments")
                continue
            }
            guard !experiments.isEmpty else {
                // A run no experiment holds (its sweep's grid was edited, or a newer judge version re-judged it): no
                // report would show its re-judging, and the experiment's current run is re-judged instead.
                summary.skipped += 1
                report("skipped \(run.configHash.prefix(12)): linked to no experiment (a later sweep of its grid replaced it)")
                continue
            }
            spec.eval.scorer = scorer ?? spec.eval.scorer
            versions.judge = judgeVersion
            let id = JobIdentity.id(for: spec, versions: versions)
            let known = try store.statuses(configHashes: [id])[id]
            if id == run.configHash || known == .completed {
                summary.upToDate += 1
                continue
            }
            let job = PlannedJob(id: id, experiment: experiment ?? experiments.first ?? "", spec: spec, versions: versions)
            do {
                let outcome = try JobStages.judge(job, source: run.configHash, store: store, dataSearchRoots: dataSearchRoots,
                                                  scratchDirectory: scratch)
                try store.recordJudged(SweepPlanner.registrations([job])[0],
                                       experiments: experiment.map { [$0] } ?? experiments, outcome: outcome)
                summary.judged += 1
                let p = 100 * outcome.benchmarks.map(\.accuracy).reduce(0, +) / Double(max(1, outcome.benchmarks.count))
                report("judged \(job.shortID) \(job.label) by \(spec.eval.scorer) from the responses of "
                       + "\(run.configHash.prefix(12)): P = \(String(format: "%.1f", p))")
            } catch {
                summary.failed += 1
                report("FAILED \(job.shortID) \(job.label): \(error)")
            }
        }
        return summary
    }
}
