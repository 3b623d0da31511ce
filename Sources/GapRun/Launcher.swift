// Launcher: the seam between planning a sweep and running it. Two axes (issue 7): WHERE jobs run — local worker
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

/// Local worker processes, N at a time: today's `SweepRunner` behind the launcher seam.
public struct LocalLauncher: Launcher {
    public let runner: SweepRunner
    public init(runner: SweepRunner) { self.runner = runner }
    public func run(_ jobs: [PlannedJob], signals: SignalWatcher) throws -> SweepSummary {
        try runner.run(jobs, signals: signals)
    }
}
