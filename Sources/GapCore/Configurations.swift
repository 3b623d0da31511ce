// The typed sections of a grid file: student, data, training and evaluation settings, shared by every module.
// Swift names are camelCase; YAML keys are snake_case (CodingKeys). docs/grid.md lists every key; the glossary in
// docs/architecture.md gives each concept its one name.
// Defaults live here, once; a grid file lists only what it changes.

/// One student: an in-process GPT (layers/channels/heads/context) or an external model name for external backends.
public struct StudentConfiguration: Codable, Sendable, Hashable {
    /// Transformer blocks, e.g. 2. (`layers`, kernel letter L)
    public var layerCount: Int?
    /// Residual-stream width, e.g. 64. (`channels`, kernel letter C)
    public var channels: Int?
    /// Attention heads; must divide `channels`, e.g. 4. (`heads`, kernel letter NH)
    public var headCount: Int?
    /// Longest sequence in tokens (prompt + response), e.g. 512. (`context_length`, kernel letter T)
    public var contextLength: Int?
    /// External model name (e.g. `Qwen/Qwen2.5-0.5B-Instruct`) for the `command`/`slurm` backends.
    public var model: String?
    /// Parameter count in billions for external models, used only to sort students by size in reports.
    public var sizeBillions: Double?

    public init(layerCount: Int? = nil, channels: Int? = nil, headCount: Int? = nil, contextLength: Int? = nil,
                model: String? = nil, sizeBillions: Double? = nil) {
        self.layerCount = layerCount; self.channels = channels; self.headCount = headCount
        self.contextLength = contextLength; self.model = model; self.sizeBillions = sizeBillions
    }

    /// True when this student is trained in-process (no external model name).
    public var isInProcess: Bool { model == nil }

    enum CodingKeys: String, CodingKey {
        case layerCount = "layers", channels, headCount = "heads", contextLength = "context_length", model
        case sizeBillions = "size_billions"
    }
}

/// Per-teacher overrides of the synthetic lab's documented teacher styles (docs/lab.md).
public struct TeacherOverride: Codable, Sendable, Hashable {
    /// Probability that the teacher's final answer is wrong, in [0, 1).
    public var errorRate: Double?
    public init(errorRate: Double? = nil) { self.errorRate = errorRate }
    enum CodingKeys: String, CodingKey { case errorRate = "error_rate" }
}

/// How the training set is built: the synthetic lab (default) or external JSONL files.
public struct DataConfiguration: Codable, Sendable, Hashable {
    /// `synthetic` (the lab) or `jsonl` (external `problem`/`solution` files, one per teacher).
    public var source: String = "synthetic"
    /// Training problems drawn before rejection sampling, e.g. 2000.
    public var problems: Int = 2000
    /// Problem families to draw from: any of `gsm`, `math`, `amc`.
    public var families: [String] = ["gsm", "math", "amc"]
    /// Smallest and largest number of reasoning steps in a generated problem.
    public var minSteps: Int = 1
    public var maxSteps: Int = 2
    /// Largest operand in a generated problem. The held-out synthetic benchmarks use these same defaults.
    public var maxNumber: Int = 9
    /// Restrict paired teachers (long/short, large/small) to problems both solved, as the paper's sets are.
    public var paired: Bool = true
    /// `sample`: one response per problem, drawn from teacher t with probability w_t (the paper's mixes).
    /// `union`: concatenate every teacher's kept responses (weights ignored, but must still sum to 1).
    public var combine: String = "sample"
    /// Per-teacher overrides, e.g. `{small: {error_rate: 0.3}}`.
    public var teachers: [String: TeacherOverride] = [:]
    /// For `source: jsonl`: teacher name → file of `{problem, solution}` lines.
    public var files: [String: String] = [:]
    /// For `source: jsonl`: field names, when they differ from `problem` / `solution` (and optional `answer`).
    public var fields: [String: String] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case source, problems, families, minSteps = "min_steps", maxSteps = "max_steps", maxNumber = "max_number"
        case paired, combine, teachers, files, fields
    }
}

/// Optimiser and schedule settings for the in-process trainer.
public struct TrainingConfiguration: Codable, Sendable, Hashable {
    /// Optimizer steps, e.g. 600.
    public var steps: Int = 600
    /// Sequences per step (kernel letter B).
    public var batchSize: Int = 16
    /// Peak learning rate after warmup.
    public var learningRate: Double = 3e-3
    /// Final learning rate as a fraction of the peak, reached at the last step (cosine decay).
    public var minLearningRateRatio: Double = 0.1
    /// Linear warmup steps.
    public var warmupSteps: Int = 50
    /// Decoupled AdamW weight decay (applied to matrices only).
    public var weightDecay: Double = 0.1
    public var beta1: Double = 0.9
    public var beta2: Double = 0.95
    /// Clip gradients to this global L2 norm; 0 disables clipping.
    public var gradClip: Double = 1.0
    /// Compute worker threads per job: the trainer splits each batch (and generation its prompts) across them, each
    /// calling single-threaded BLAS (OpenBLAS's own pool stays at 1). Part of the job id, since it changes rounding.
    /// 1 suits two jobs sharing two cores.
    public var threads: Int = 1
    /// Write a resumable checkpoint every this many steps (0: only at the end).
    public var checkpointEvery: Int = 200
    /// The students' tokens: `words` (characters plus the lab's frequent words, GapTrain's `CharTokenizer`), or nil
    /// for characters only (`chars`; nil keeps the job ids of character-level jobs).
    public var tokenizer: String?
    /// `length_groups` as written: nil for the default 1, so that jobs without it keep their ids (`lengthGroups`).
    public private(set) var lengthGroupsSetting: Int?

    public init() {}

    /// `chars` or `words`.
    public var tokenizerName: String { tokenizer ?? "chars" }

    /// Length groups per batch, 1 … `batchSize`, e.g. 4: each step's rows are sorted by length and run as this many
    /// groups, each padded to its own longest row; the update is the same sum as with 1, rounded differently
    /// (docs/trainer.md, "Length groups"). 1 (the default) runs the batch whole and is stored as nil.
    public var lengthGroups: Int {
        get { lengthGroupsSetting ?? 1 }
        set { lengthGroupsSetting = newValue == 1 ? nil : newValue }
    }

    enum CodingKeys: String, CodingKey {
        case steps, batchSize = "batch_size", learningRate = "learning_rate"
        case minLearningRateRatio = "min_lr_ratio", warmupSteps = "warmup_steps", weightDecay = "weight_decay"
        case beta1, beta2, gradClip = "grad_clip", threads, checkpointEvery = "checkpoint_every", tokenizer
        case lengthGroupsSetting = "length_groups"
    }
}

/// Which held-out benchmarks a job answers and how.
public struct EvalConfiguration: Codable, Sendable, Hashable {
    /// Registered benchmark names, e.g. `gsm-synth`, `math-synth`, `amc-synth`, or real ones for external runs.
    public var benchmarks: [String] = ["gsm-synth", "math-synth", "amc-synth"]
    /// Use only the first N items of each benchmark (nil: all).
    public var limit: Int?
    /// Longest generated response (the generation budget), in tokens. A grid that leaves it out gets it from the data
    /// at plan time (GapRun's `GenerationBudget`: the teachers' longest response plus a margin); 384 is only the value
    /// of a JobSpec built without a plan.
    public var maxNewTokens: Int = 384
    /// True when the grid accepts a budget below the teachers' 99th percentile response length (`allow_short_budget`);
    /// nil (false) otherwise. It cannot change results, so it is not part of job ids; reports print it.
    public var allowShortBudget: Bool?
    /// 0 is greedy decoding (the paper's setting).
    public var temperature: Double = 0
    /// Prompts decoded together.
    public var batchSize: Int = 64
    /// Registered scorer name (GapScore).
    public var scorer: String = "gaprun"

    public init() {}

    enum CodingKeys: String, CodingKey {
        case benchmarks, limit, maxNewTokens = "max_new_tokens", temperature, batchSize = "batch_size", scorer
        case allowShortBudget = "allow_short_budget"
    }
}

/// A gap: Δ = P(treatment) − P(baseline), named (`long`, `large`) and with mixes named by the grid. The one type for
/// a gap in grid files (`gaps`), the store (`gap_definitions`) and reports.
public struct GapDefinition: Codable, Sendable, Hashable {
    /// e.g. `long`, `large`.
    public var name: String
    /// Mix name of the treatment, e.g. `long`.
    public var treatment: String
    /// Mix name of the baseline, e.g. `short`.
    public var baseline: String
    public init(name: String, treatment: String, baseline: String) {
        self.name = name; self.treatment = treatment; self.baseline = baseline
    }
}
