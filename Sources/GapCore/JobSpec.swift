// JobSpec: one fully resolved cell of a grid (student × mix × seed × swept keys), ready to run anywhere.
// Its canonical JSON (sorted keys) is what a job id hashes; see JobIdentity in GapGrid.

/// A fully resolved job: every default filled in, every override applied.
public struct JobSpec: Codable, Sendable, Hashable {
    /// Student name from the grid's `students` axis, e.g. `s-small`.
    public var student: String
    public var studentConfiguration: StudentConfiguration
    /// Mix name from the grid's `mixes` axis, e.g. `mix-long`.
    public var mix: String
    /// Teacher → weight; weights sum to 1.
    public var mixWeights: [String: Double]
    /// The job's seed: drives data sampling, initialisation, data order and decoding.
    public var seed: Int
    /// Extra swept keys and this job's value, as dotted key → canonical text, e.g. `train.learning_rate` → `0.001`.
    public var sweptValues: [String: String]
    public var data: DataConfiguration
    public var train: TrainingConfiguration
    public var eval: EvalConfiguration
    /// The grid's `backend`: `inprocess` (default), `command` or `slurm`; read it as `executor` and `place` (Backend.swift).
    public var backend: String
    /// `command` backend: step name (`train`, `generate`) → command template with `{placeholders}`.
    public var commands: [String: String]

    public init(student: String, studentConfiguration: StudentConfiguration, mix: String,
                mixWeights: [String: Double], seed: Int, sweptValues: [String: String] = [:],
                data: DataConfiguration = .init(), train: TrainingConfiguration = .init(),
                eval: EvalConfiguration = .init(), backend: String = "inprocess", commands: [String: String] = [:]) {
        self.student = student; self.studentConfiguration = studentConfiguration; self.mix = mix
        self.mixWeights = mixWeights; self.seed = seed; self.sweptValues = sweptValues
        self.data = data; self.train = train; self.eval = eval; self.backend = backend; self.commands = commands
    }

    enum CodingKeys: String, CodingKey {
        case student, studentConfiguration = "student_config", mix, mixWeights = "mix_weights", seed
        case sweptValues = "swept", data, train, eval, backend, commands
    }
}
