// RunPaths+Slurm: the per-job marker files a Slurm task's batch script leaves beside the worker's own files.
import Foundation

extension RunPaths {
    /// `<task id> restart <n> host <host>`: written when a Slurm task starts (again, after a requeue).
    public var slurmTask: String { URL(fileURLWithPath: directory).appendingPathComponent("slurm-task").path }
    /// Why Slurm stopped the task: `USR1` (time limit near) or `TERM <Slurm reason>`.
    public var slurmSignal: String { URL(fileURLWithPath: directory).appendingPathComponent("slurm-signal").path }
    /// The worker's progress events (JSON lines) when it runs as a Slurm task.
    public var progress: String { URL(fileURLWithPath: directory).appendingPathComponent("progress.jsonl").path }
}
