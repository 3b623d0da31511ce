// The plain values every report is rendered from: runs with their benchmark scores, per-item verdicts and loss curves,
// plus the experiment's gap definitions. GapReport never reads a database; GapResults fills these from GapStore rows.
import GapCore

/// One benchmark's score of one run.
public struct BenchmarkScore: Sendable, Hashable, Codable {
    /// Registered benchmark name, e.g. `gsm-synth` or `MATH`.
    public var benchmark: String
    /// Correct answers, when known.
    public var correct: Int?
    /// Items answered, when known (needed for binomial intervals).
    public var total: Int?
    /// Accuracy as a fraction in [0, 1].
    public var accuracy: Double
    /// Responses a length limit ended (the generation budget or the full context), when recorded.
    public var budgetHits: Int?

    public init(benchmark: String, correct: Int? = nil, total: Int? = nil, accuracy: Double, budgetHits: Int? = nil) {
        self.benchmark = benchmark; self.correct = correct; self.total = total; self.accuracy = accuracy
        self.budgetHits = budgetHits
    }
}

/// One judged item of one run, for the paired bootstrap.
public struct ItemVerdict: Sendable, Hashable, Codable {
    /// The benchmark item id.
    public var problemID: String
    /// The judge's verdict.
    public var correct: Bool
    public init(problemID: String, correct: Bool) { self.problemID = problemID; self.correct = correct }
}

/// One point of a training curve.
public struct LossPoint: Sendable, Hashable, Codable {
    /// Optimizer step.
    public var step: Int
    /// Training loss at that step.
    public var loss: Double
    /// Loss on held-out teacher data at that step (checkpoint steps only).
    public var validationLoss: Double?
    public init(step: Int, loss: Double, validationLoss: Double? = nil) {
        self.step = step; self.loss = loss; self.validationLoss = validationLoss
    }
}

/// A completed run as reports see it.
public struct RunResult: Sendable, Hashable {
    /// Student name from the grid (or the imported file).
    public var student: String
    /// Sort key for students: parameter count, or size in billions × 1e9; nil sorts last.
    public var studentSize: Double?
    /// Extra swept keys as canonical JSON (`{}` when none); runs with different values are different "students".
    public var swept: String
    /// Mix name, e.g. `long`, `mix-long`.
    public var mix: String
    /// The job seed.
    public var seed: Int
    /// Where the run came from: `inprocess`, `command`, `slurm`, `import:<file>`.
    public var source: String
    /// Benchmark scores in the order they were recorded.
    public var scores: [BenchmarkScore]
    /// Per-item verdicts by benchmark; empty when the run has none (e.g. imported numbers).
    public var items: [String: [ItemVerdict]]
    /// Teacher → weight of the run's mix, e.g. `["long": 0.2, "short": 0.8]`.
    public var mixWeights: [String: Double]
    /// Training loss by step; empty for imported runs.
    public var curve: [LossPoint]
    /// Wall-clock seconds of the job, when recorded.
    public var wallSeconds: Double?
    /// The generation budget the run used (`eval.max_new_tokens`), when known.
    public var generationBudget: Int? = nil
    /// True when the run's grid accepted a budget below the teachers' 99th percentile (`eval.allow_short_budget`).
    public var allowsShortBudget: Bool = false

    public init(student: String, studentSize: Double? = nil, swept: String = "{}", mix: String, seed: Int,
                source: String = "inprocess", scores: [BenchmarkScore], items: [String: [ItemVerdict]] = [:],
                mixWeights: [String: Double] = [:], curve: [LossPoint] = [], wallSeconds: Double? = nil) {
        self.student = student; self.studentSize = studentSize; self.swept = swept; self.mix = mix; self.seed = seed
        self.source = source; self.scores = scores; self.items = items; self.mixWeights = mixWeights; self.curve = curve
        self.wallSeconds = wallSeconds
    }

    /// P: the unweighted mean of the benchmark accuracies, in percentage points (the paper's macro average).
    public var performance: Double {
        scores.isEmpty ? 0 : 100 * scores.map(\.accuracy).reduce(0, +) / Double(scores.count)
    }

    /// This run's accuracy on `benchmark` in percentage points, if it has one.
    public func percent(_ benchmark: String) -> Double? {
        scores.first { $0.benchmark == benchmark }.map { 100 * $0.accuracy }
    }
}

/// A student row key: the student and its swept values, with the size used for sorting.
public struct StudentKey: Sendable, Hashable, Comparable {
    /// Student name.
    public var name: String
    /// Extra swept keys as canonical JSON, `{}` when none.
    public var swept: String
    /// Sort key (parameters); nil sorts last.
    public var size: Double?
    /// Position of first appearance, the tie-breaker when sizes are equal or unknown.
    public var firstSeen: Int

    public init(name: String, swept: String = "{}", size: Double? = nil, firstSeen: Int = 0) {
        self.name = name; self.swept = swept; self.size = size; self.firstSeen = firstSeen
    }

    /// `name`, or `name {swept}` when the run had extra swept keys.
    public var label: String { swept == "{}" || swept.isEmpty ? name : "\(name) \(swept)" }

    public static func < (lhs: StudentKey, rhs: StudentKey) -> Bool {
        switch (lhs.size, rhs.size) {
        case let (l?, r?) where l != r: return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.firstSeen < rhs.firstSeen
        }
    }

    public static func == (lhs: StudentKey, rhs: StudentKey) -> Bool { lhs.name == rhs.name && lhs.swept == rhs.swept }
    public func hash(into hasher: inout Hasher) { hasher.combine(name); hasher.combine(swept) }
}

/// Everything a report needs about one experiment.
public struct ExperimentResults: Sendable {
    /// Experiment name (the grid's or the import's).
    public var name: String
    /// Completed runs, in recording order.
    public var runs: [RunResult]
    /// Gap definitions in grid order.
    public var gaps: [GapDefinition]

    public init(name: String, runs: [RunResult], gaps: [GapDefinition]) { self.name = name; self.runs = runs; self.gaps = gaps }

    /// Students sorted by size (then by first appearance).
    public var students: [StudentKey] {
        var seen: [StudentKey: Int] = [:]
        var keys: [StudentKey] = []
        for run in runs {
            let key = StudentKey(name: run.student, swept: run.swept, size: run.studentSize, firstSeen: keys.count)
            if let index = seen[key] {
                if keys[index].size == nil { keys[index].size = run.studentSize }
            } else {
                seen[key] = keys.count
                keys.append(key)
            }
        }
        return keys.sorted()
    }

    /// Mix names in order of first appearance.
    public var mixes: [String] { orderedUnique(runs.map(\.mix)) }

    /// Benchmark names in order of first appearance.
    public var benchmarks: [String] { orderedUnique(runs.flatMap { $0.scores.map(\.benchmark) }) }

    /// The runs of one student and mix, sorted by seed.
    public func runs(student: StudentKey, mix: String) -> [RunResult] {
        runs.filter { $0.student == student.name && $0.swept == student.swept && $0.mix == mix }.sorted { $0.seed < $1.seed }
    }

    /// The gap called `name`, if defined.
    public func gap(named name: String) -> GapDefinition? { gaps.first { $0.name == name } }

    /// The largest number of seeds of any (student, mix) cell.
    public var maximumSeeds: Int {
        Dictionary(grouping: runs) { "\($0.student)\u{1}\($0.swept)\u{1}\($0.mix)" }.values.map(\.count).max() ?? 0
    }
}

func orderedUnique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}
