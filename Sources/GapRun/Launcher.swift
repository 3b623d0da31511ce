// Launcher: the seam between planning a sweep and running it. Two axes: WHERE jobs run — local worker
// processes (`LocalLauncher`, wrapping SweepRunner) or Slurm array tasks (`SlurmLauncher`) — and WHAT runs in each
// job — gaprun's in-process trainer or the grid's command templates (`JobIdentity.executor(of:)`, picked by
// JobWorker). Every launcher runs `gaprun run-job --dir <job folder>` and only the coordinator writes SQLite.
import Foundation
import GapGrid
import GapStore

/// Runs registered jobs somewhere and records their outcomes.
public protocol Launcher {
    /// Runs (or, for a detached Slurm sweep, submits) the jobs of `jobs` that are not done yet.
    func run(_ jobs: [PlannedJob], signals: SignalWatcher) throws -> SweepSummary
}

/// Where a grid's jobs run: `slurm` → Slurm array tasks; `inprocess` and `command` → local worker processes.
public enum LaunchPlace: String, Sendable {
    case local, slurm

    /// The place for a grid backend name (`inprocess`, `command`, `slurm`).
    public init(backend: String) { self = backend == "slurm" ? .slurm : .local }
}

/// Local worker processes, N at a time: today's `SweepRunner` behind the launcher seam. Jobs of the database that
/// were submitted to Slurm and are still queued or running there are ingested or left alone, never run twice.
public struct LocalLauncher: Launcher {
    public let runner: SweepRunner
    public init(runner: SweepRunner) { self.runner = runner }
    public func run(_ jobs: [PlannedJob], signals: SignalWatcher) throws -> SweepSummary {
        // Asks Slurm nothing unless a job of this sweep has an open Slurm task in the database.
        let report = try SlurmCollector(store: runner.store, runsDirectory: runner.runsDirectory)
            .collect(configHashes: Set(jobs.map(\.id)))
        let active = Set(report.active.map(\.configHash))
        if !active.isEmpty {
            FileHandle.standardError.write(Data(("\(active.count) job(s) are queued or running in Slurm; this local sweep "
                + "leaves them alone (hint: `gaprun collect` ingests them)\n").utf8))
        }
        var summary = try runner.run(jobs.filter { !active.contains($0.id) }, signals: signals)
        summary.total = jobs.count
        return summary
    }
}
