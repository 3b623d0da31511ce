// Executor and Place: the two things a grid's `backend` key says — what runs a job (gaprun's in-process trainer or the
// grid's command templates) and where it runs (local worker processes or Slurm array tasks).

/// What runs a job. Part of a job's id: the same cell trained in-process or by an external program is another job.
public enum Executor: String, Sendable, Codable, CaseIterable {
    /// gaprun's own trainer, generation and judge, in a worker process.
    case inProcess = "inprocess"
    /// The grid's `commands` templates (e.g. LLaMA-Factory to train, vLLM to generate); gaprun judges the predictions.
    case command
}

/// Where a job runs. Never part of a job's id: a cell run locally or on Slurm is the same job.
public enum Place: String, Sendable, Codable, CaseIterable {
    /// Worker processes of the local coordinator (`gaprun sweep`).
    case local
    /// Slurm array tasks (`gaprun sweep --backend slurm`).
    case slurm
}

/// The values of the grid key `backend` (and of `--backend`): `inprocess` and `command` name an executor and run
/// locally; `slurm` names a place and leaves the executor to each student (in-process GPT or external model).
public enum Backend {
    /// Every value the grid key accepts.
    public static let names = ["inprocess", "command", "slurm"]

    /// Where jobs of a grid with this `backend` run.
    public static func place(_ backend: String) -> Place { backend == Place.slurm.rawValue ? .slurm : .local }

    /// What runs a job of a grid with this `backend`: the command templates for `command` or an external model
    /// (which only command templates can train), else the in-process trainer.
    public static func executor(_ backend: String, student: StudentConfiguration) -> Executor {
        backend == Executor.command.rawValue || !student.isInProcess ? .command : .inProcess
    }
}

extension JobSpec {
    /// What runs this job.
    public var executor: Executor { Backend.executor(backend, student: studentConfiguration) }
    /// Where this job runs.
    public var place: Place { Backend.place(backend) }
}
