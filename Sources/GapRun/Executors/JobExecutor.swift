// JobExecutor: what runs one job inside a worker — gaprun's in-process pipeline (InProcessJob) or the grid's command
// templates (CommandJob) — behind one protocol; JobWorker picks one by the job's `Executor`.
import GapCore
import GapStore

/// Runs one job in this process and returns its outcome for the coordinator to record.
public protocol JobExecutor {
    init(job: PlannedJob, paths: RunPaths, dataSearchRoots: [String])
    /// Runs the job. `emit` receives progress; `shouldStop` is polled and, when true, ends the job with
    /// `RunError.interrupted` (after a checkpoint where the executor has one).
    func run(emit: (WorkerEvent) -> Void, shouldStop: () -> Bool) throws -> RunOutcome
}

extension Executor {
    /// The type that runs jobs of this executor.
    var type: any JobExecutor.Type {
        switch self {
        case .inProcess: InProcessJob.self
        case .command: CommandJob.self
        }
    }
}
