// GridSpec: a validated grid file — its axes (students, mixes, seeds, swept keys), fixed sections, gaps,
// include/exclude rules and backend — ready for GridExpander. Loading and validation live in GridParser.swift.

import GapCore

/// The names a grid may refer to. GapGrid hard-codes none of them; the caller passes the registries' names.
public struct GridVocabulary: Sendable, Hashable {
    /// Teacher names usable in mixes and `data.teachers` / `data.files`, e.g. `short`, `long`, `large`, `small`.
    public var teachers: [String]
    /// Benchmark names usable in `eval.benchmarks`, e.g. `gsm-synth`.
    public var benchmarks: [String]
    /// Scorer names usable in `eval.scorer`, e.g. `gaprun`.
    public var scorers: [String]
    /// Problem families usable in `data.families` (the synthetic lab's: `gsm`, `math`, `amc`).
    public var families: [String]

    public init(teachers: [String], benchmarks: [String], scorers: [String], families: [String] = ["gsm", "math", "amc"]) {
        self.teachers = teachers; self.benchmarks = benchmarks; self.scorers = scorers; self.families = families
    }
}

/// One value of the `students` axis.
public struct GridStudent: Sendable, Hashable {
    public var name: String
    public var configuration: StudentConfiguration
    public init(name: String, configuration: StudentConfiguration) { self.name = name; self.configuration = configuration }
}

/// One value of the `mixes` axis: teacher → weight, weights summing to 1.
public struct GridMix: Sendable, Hashable {
    public var name: String
    public var weights: [String: Double]
    /// Teachers in the order the file lists them.
    public var teachers: [String]
    public init(name: String, weights: [String: Double], teachers: [String]) {
        self.name = name; self.weights = weights; self.teachers = teachers
    }
}

/// A swept scalar value, typed by its key.
public enum SettingValue: Sendable, Hashable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)

    /// Stable text: integers in decimal, doubles in Swift's shortest round-trip form (`0.001`, `1e-05`),
    /// booleans `true`/`false`, strings as they are. This is what `JobSpec.sweptValues` stores.
    public var description: String {
        switch self {
        case .int(let value): return String(value)
        case .double(let value): return CanonicalJSON.number(value)
        case .bool(let value): return value ? "true" : "false"
        case .string(let value): return value
        }
    }
}

/// One extra swept key, e.g. `train.learning_rate` → [0.001, 0.003]. Two axes are equal when their key and values
/// are: where an axis is written is provenance, not content.
public struct SweepAxis: Sendable, Hashable {
    /// Dotted key: `data.…`, `train.…` or `eval.…`.
    public var key: String
    public var values: [SettingValue]
    /// Where the axis is written (its key in `sweep`).
    public var location: SourceLocation?
    public init(key: String, values: [SettingValue], location: SourceLocation? = nil) {
        self.key = key; self.values = values; self.location = location
    }
    public static func == (a: SweepAxis, b: SweepAxis) -> Bool { a.key == b.key && a.values == b.values }
    public func hash(into hasher: inout Hasher) { hasher.combine(key); hasher.combine(values) }
}

/// An include/exclude rule: matches a cell when every key it names matches.
public struct CellRule: Sendable, Hashable {
    public var student: String?
    public var mix: String?
    public var seed: Int?
    public init(student: String? = nil, mix: String? = nil, seed: Int? = nil) {
        self.student = student; self.mix = mix; self.seed = seed
    }
    /// True when every named key equals the cell's value.
    public func matches(student: String, mix: String, seed: Int) -> Bool {
        (self.student.map { $0 == student } ?? true) && (self.mix.map { $0 == mix } ?? true)
            && (self.seed.map { $0 == seed } ?? true)
    }
}

/// Settings for the `slurm` backend (none of them change results, so none enter a job id). A request left nil is
/// derived from each job (CPUs from `train.threads`, memory and time from the trainer's estimates; see
/// docs/scale-out.md); a value here applies to every job.
public struct SlurmSettings: Codable, Sendable, Hashable {
    /// `--partition`; nil uses the cluster's default.
    public var partition: String?
    /// `--time` per array task, e.g. `00:30:00` (kept as the literal text written, never read as base-60);
    /// nil derives it from the job's estimated cost.
    public var time: String?
    /// Most array tasks of one array running at once (`--array=…%N`).
    public var arrayParallelism: Int = 4
    /// `--cpus-per-task`; nil uses the job's compute threads (or `commands.cpus` for command jobs).
    public var cpusPerTask: Int?
    /// `--mem`, e.g. `4G`, `512M`, `0`; nil derives it from the trainer's memory estimate.
    public var memory: String?
    /// Extra `sbatch` arguments, passed as they are.
    public var extraArgs: [String] = []

    public init() {}

    /// True for Slurm's `--mem` forms: a whole number with an optional unit K, M, G or T (`0` = no particular
    /// amount on nodes without RealMemory).
    public static func isValidMemory(_ text: String) -> Bool {
        var digits = Substring(text)
        if let last = digits.last, "KMGTkmgt".contains(last) { digits = digits.dropLast() }
        return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    /// Parses Slurm's `--time` forms: `M`, `M:S`, `H:M:S`, `D-H`, `D-H:M`, `D-H:M:S`. Nil when unparsable.
    public static func timeLimitSeconds(_ text: String) -> Int? {
        var days = 0
        var rest = Substring(text)
        if let dash = rest.firstIndex(of: "-") {
            guard let d = Int(rest[..<dash]) else { return nil }
            days = d
            rest = rest[rest.index(after: dash)...]
        }
        let parts = rest.split(separator: ":").map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        let values = parts.map { $0! }
        let seconds: Int
        if days > 0 || text.contains("-") {
            switch values.count {
            case 1: seconds = values[0] * 3600
            case 2: seconds = values[0] * 3600 + values[1] * 60
            case 3: seconds = values[0] * 3600 + values[1] * 60 + values[2]
            default: return nil
            }
        } else {
            switch values.count {
            case 1: seconds = values[0] * 60
            case 2: seconds = values[0] * 60 + values[1]
            case 3: seconds = values[0] * 3600 + values[1] * 60 + values[2]
            default: return nil
            }
        }
        return days * 86400 + seconds
    }

    enum CodingKeys: String, CodingKey {
        case partition, time, arrayParallelism = "array_parallelism", cpusPerTask = "cpus_per_task", memory = "mem"
        case extraArgs = "extra_args"
    }
}

/// What one command job asks of a node (`commands.gpus`, `commands.cpus`): requests, not templates, so they never
/// enter a job id.
public struct CommandResources: Codable, Sendable, Hashable {
    /// GPUs per task (`--gres=gpu:N`); 0 asks for none.
    public var gpus: Int = 0
    /// CPUs per task; nil asks for one.
    public var cpus: Int?

    public init(gpus: Int = 0, cpus: Int? = nil) { self.gpus = gpus; self.cpus = cpus }
}

/// A loaded, fully validated grid. Build it with `GridSpec.load(path:vocabulary:)`; expand it with `GridExpander`.
public struct GridSpec: Sendable {
    /// The grid's `name`, or the file's stem (`quickstart` for `quickstart.conf`). Not inherited through `extends`.
    public var name: String
    /// The path the grid was loaded from.
    public var sourcePath: String
    /// The file and every file it extends, derived first.
    public var extendsChain: [String]
    /// The `students` axis, in file order.
    public var students: [GridStudent]
    /// The `mixes` axis, in file order.
    public var mixes: [GridMix]
    /// The `seeds` axis, in file order.
    public var seeds: [Int]
    /// Extra swept keys, in file order.
    public var sweep: [SweepAxis]
    public var data: DataConfiguration
    public var train: TrainingConfiguration
    public var eval: EvalConfiguration
    /// Gap definitions, in file order.
    public var gaps: [GapDefinition]
    public var include: [CellRule]
    public var exclude: [CellRule]
    /// `inprocess`, `command` or `slurm` (the file's, or `--backend`); each job reads it as its executor and place.
    public var backend: String
    /// Where the grid's jobs run.
    public var place: Place { Backend.place(backend) }
    /// Step name (`train`, `generate`) → command template.
    public var commands: [String: String]
    /// What each command job asks of a node (`commands.gpus`, `commands.cpus`).
    public var commandResources = CommandResources()
    /// Present when the file has a `slurm` section or `backend: slurm` (then with defaults).
    public var slurm: SlurmSettings?
    /// The merged (post-`extends`) grid as YAML, in file order, to store with a sweep.
    public var resolvedYAML: String
    /// Dotted data/train/eval key → where the grid (or a file it extends) sets it, for errors found after loading.
    /// Keys left to GapCore's defaults are absent; swept keys are in `sweep` (`SweepAxis.location`); `students.<name>`
    /// is where a student is defined.
    public var settingLocations: [String: SourceLocation] = [:]

    /// The student with this name.
    public func student(named name: String) -> GridStudent? { students.first { $0.name == name } }
    /// The mix with this name.
    public func mix(named name: String) -> GridMix? { mixes.first { $0.name == name } }
}
