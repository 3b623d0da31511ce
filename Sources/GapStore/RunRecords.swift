// Plain records that go into and come out of the result store; Codable so a worker can hand them over as JSON.

/// A job's lifecycle state, stored as text in `runs.status`.
public enum RunStatus: String, Codable, Sendable, CaseIterable {
    case pending = "PENDING", running = "RUNNING", completed = "COMPLETED", failed = "FAILED"
    case interrupted = "INTERRUPTED", timeout = "TIMEOUT", cancelled = "CANCELLED"
}

/// What the store needs to know about a job before it runs.
public struct JobRegistration: Sendable {
    public var configHash: String
    public var student: String
    public var studentParameters: Int?
    public var studentSize: Double?
    public var mix: String
    public var seed: Int
    public var sweptJSON: String
    public var backend: String
    public var source: String
    public var configJSON: String
    public var versionsJSON: String
    /// The training identity (`runs.train_hash`), when the job has one.
    public var trainHash: String?
    /// The generation identity (`runs.generation_hash`), when the job has one.
    public var generationHash: String?

    public init(configHash: String, student: String, studentParameters: Int?, studentSize: Double?, mix: String, seed: Int,
                sweptJSON: String, backend: String, source: String, configJSON: String, versionsJSON: String,
                trainHash: String? = nil, generationHash: String? = nil) {
        self.configHash = configHash; self.student = student; self.studentParameters = studentParameters
        self.studentSize = studentSize; self.mix = mix; self.seed = seed; self.sweptJSON = sweptJSON
        self.backend = backend; self.source = source; self.configJSON = configJSON; self.versionsJSON = versionsJSON
        self.trainHash = trainHash; self.generationHash = generationHash
    }
}

/// One benchmark's score for a run.
public struct BenchmarkOutcome: Codable, Sendable, Equatable {
    public var benchmark: String
    public var correct: Int
    public var total: Int
    public var scorer: String
    public var scorerVersion: String
    /// Responses a length limit ended (the generation budget or the full context); nil when not recorded.
    public var budgetHits: Int?
    public init(benchmark: String, correct: Int, total: Int, scorer: String, scorerVersion: String, budgetHits: Int? = nil) {
        self.benchmark = benchmark; self.correct = correct; self.total = total; self.scorer = scorer; self.scorerVersion = scorerVersion
        self.budgetHits = budgetHits
    }
    public var accuracy: Double { total > 0 ? Double(correct) / Double(total) : 0 }
}

/// One judged answer.
public struct PredictionRecord: Codable, Sendable, Equatable {
    public var benchmark: String
    public var problemID: String
    public var response: String
    public var extracted: String?
    public var correct: Bool
    public var reason: String
    public var scorer: String
    public var scorerVersion: String
    /// True when a length limit (the generation budget or the full context) ended the response; nil when unknown.
    public var hitBudget: Bool?
    public init(benchmark: String, problemID: String, response: String, extracted: String?, correct: Bool, reason: String,
                scorer: String, scorerVersion: String, hitBudget: Bool? = nil) {
        self.benchmark = benchmark; self.problemID = problemID; self.response = response; self.extracted = extracted
        self.correct = correct; self.reason = reason; self.scorer = scorer; self.scorerVersion = scorerVersion
        self.hitBudget = hitBudget
    }

    /// Responses of `predictions` a length limit ended, or nil when any of them is unknown.
    public static func budgetHits(_ predictions: [PredictionRecord]) -> Int? {
        var hits = 0
        for prediction in predictions {
            guard let hit = prediction.hitBudget else { return nil }
            if hit { hits += 1 }
        }
        return hits
    }
}

/// One point of a training curve.
public struct CurvePoint: Codable, Sendable, Equatable {
    public var step: Int
    public var loss: Double
    public var learningRate: Double
    /// Loss on held-out teacher data, at checkpoint steps only.
    public var validationLoss: Double?
    public init(step: Int, loss: Double, learningRate: Double, validationLoss: Double? = nil) {
        self.step = step; self.loss = loss; self.learningRate = learningRate; self.validationLoss = validationLoss
    }
}

/// How a run was produced: by training, by generating from another run's trained model, or by judging another run's
/// stored responses.
public enum RunStage: String, Codable, Sendable, CaseIterable {
    case train, generate, judge
}

/// Everything a finished job produced; recorded in one transaction.
public struct RunOutcome: Codable, Sendable {
    public var configHash: String
    public var benchmarks: [BenchmarkOutcome]
    public var predictions: [PredictionRecord]
    public var curve: [CurvePoint]
    public var metrics: [String: Double]
    public var params: [String: String]
    public var tags: [String: String]
    public var startedAt: String
    public var endedAt: String
    public var wallSeconds: Double
    /// What the run did; nil (older result files) means `train`.
    public var stage: RunStage?
    /// The run whose trained model (`generate`) or stored responses (`judge`) this one reused; its training curve and
    /// the training metrics it lacks are copied from there when it is recorded.
    public var reusedFrom: String?

    public init(configHash: String, benchmarks: [BenchmarkOutcome], predictions: [PredictionRecord] = [],
                curve: [CurvePoint] = [], metrics: [String: Double] = [:], params: [String: String] = [:],
                tags: [String: String] = [:], startedAt: String, endedAt: String, wallSeconds: Double,
                stage: RunStage? = nil, reusedFrom: String? = nil) {
        self.configHash = configHash; self.benchmarks = benchmarks; self.predictions = predictions; self.curve = curve
        self.metrics = metrics; self.params = params; self.tags = tags; self.startedAt = startedAt; self.endedAt = endedAt
        self.wallSeconds = wallSeconds; self.stage = stage; self.reusedFrom = reusedFrom
    }
}

/// A run's row as `gaprun status` and `plan` show it.
public struct RunSummary: Sendable {
    public var configHash: String
    public var student: String
    public var mix: String
    public var seed: Int
    public var status: RunStatus
    public var attempt: Int
    public var error: String?
    public var worker: String?
    public var slurmJobID: String?
    public var logPath: String?
    public var wallSeconds: Double?
}
