// RunPaths+Slurm: the per-job marker files a Slurm task's batch script leaves beside the worker's own files.

extension RunPaths {
    /// `<task id> restart <n> host <host>`: written when a Slurm task starts (again, after a requeue).
    public var slurmTask: String { file("slurm-task") }
    /// Why Slurm stopped the task: `USR1` (time limit near) or `TERM <Slurm reason>`.
    public var slurmSignal: String { file("slurm-signal") }
    /// The worker's progress events (JSON lines) when it runs as a Slurm task.
    public var progress: String { file("progress.jsonl") }
}
