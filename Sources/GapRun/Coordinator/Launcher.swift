// Launcher: where a sweep's jobs run (`Place`), behind one protocol — local worker processes (`LocalLauncher`, wrapping
// SweepRunner) or Slurm array tasks (`SlurmLauncher`). What runs inside each job (`Executor`) is the worker's
// business (JobWorker). Every launcher runs `gaprun run-job --dir <job folder>`; only the coordinator writes SQLite.
import Foundation
import GapGrid
import GapStore

/// Runs registered jobs somewhere and records their outcomes.
public protocol Launcher {
    /// Runs (or, for a detached Slurm sweep, submits) the jobs of `jobs` that are not done yet.
    func run(_ jobs: [PlannedJob], signals: SignalWatcher) throws -> SweepSummary
}

/// Local worker processes, N at a time (`SweepRunner`). Jobs of the database that
/// were submitted to Slurm and are still queued or running there are ingested or left alone, never run twice.
public struct LocalLauncher: Launcher {
    public let runner: SweepRunner
    public init(runner: SweepRunner) { self.runner = runner }
    public func run(_ jobs: [PlannedJob], signals: SignalWatcher) throws -> SweepSummary {
        let ids = Set(jobs.map(\.id))
        // A purely local sweep never asks Slurm: only jobs of this sweep with an open Slurm task in the database do.
        var active: Set<String> = []
        if try runner.store.openSlurmTasks().contains(where: { ids.contains($0.configHash) }) {
            let report = try SlurmCollector(store: runner.store, runsDirectory: runner.runsDirectory).collect(configHashes: ids)
            active = Set(report.active.map(\.configHash))
        }
        if !active.isEmpty {
            FileHandle.standardError.write(Data(("\(active.count) job(s) are queued or running in Slurm; this local sweep "
                + "leaves them alone (hint: `gaprun collect` ingests them)\n").utf8))
        }
        var summary = try runner.run(jobs.filter { !active.contains($0.id) }, signals: signals)
        summary.total = jobs.count
        return summary
    }
}
