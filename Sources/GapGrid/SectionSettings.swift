// SectionSettings: the scalar keys of `data`, `train` and `eval` — their YAML names, types, allowed ranges and
// where each lands in a JobSpec. One table serves both the sections and `sweep`, so a swept key is checked
// exactly like the same key written in its section. List and map keys (families, teachers, …) are in GridParser.

import GapCore

/// The type and allowed range of one scalar setting.
enum SettingKind: Sendable {
    case positiveInt, nonNegativeInt, positiveDouble, nonNegativeDouble
    /// A number in [0, 1].
    case unitInterval
    /// A number in [0, 1).
    case unitIntervalOpen
    case bool
    /// One of a fixed set of words.
    case choice([String])
    /// A registered scorer name (from the vocabulary).
    case scorer
    /// A positive integer, or null for "no limit".
    case optionalPositiveInt
}

/// One scalar setting, e.g. `train.learning_rate`.
struct SectionSetting: Sendable {
    var section: String
    var name: String
    var kind: SettingKind
    /// False for settings that cannot change a job's results (they are left out of job ids and cannot be swept).
    var changesResults: Bool = true
    var dottedKey: String { "\(section).\(name)" }
}

/// The three configurable sections of a job, in one value.
struct SectionValues: Sendable, Hashable {
    var data = DataConfiguration()
    var train = TrainingConfiguration()
    var eval = EvalConfiguration()
}

enum SectionSettings {
    /// Every scalar setting; names are GapCore's CodingKeys.
    static let all: [SectionSetting] = [
        .init(section: "data", name: "source", kind: .choice(["synthetic", "jsonl"])),
        .init(section: "data", name: "problems", kind: .positiveInt),
        .init(section: "data", name: "min_steps", kind: .positiveInt),
        .init(section: "data", name: "max_steps", kind: .positiveInt),
        .init(section: "data", name: "max_number", kind: .positiveInt),
        .init(section: "data", name: "paired", kind: .bool),
        .init(section: "data", name: "combine", kind: .choice(["sample", "union"])),
        .init(section: "train", name: "steps", kind: .positiveInt),
        .init(section: "train", name: "batch_size", kind: .positiveInt),
        .init(section: "train", name: "learning_rate", kind: .positiveDouble),
        .init(section: "train", name: "min_lr_ratio", kind: .unitInterval),
        .init(section: "train", name: "warmup_steps", kind: .nonNegativeInt),
        .init(section: "train", name: "weight_decay", kind: .nonNegativeDouble),
        .init(section: "train", name: "beta1", kind: .unitIntervalOpen),
        .init(section: "train", name: "beta2", kind: .unitIntervalOpen),
        .init(section: "train", name: "grad_clip", kind: .nonNegativeDouble),
        .init(section: "train", name: "threads", kind: .positiveInt, changesResults: false),
        .init(section: "train", name: "checkpoint_every", kind: .nonNegativeInt, changesResults: false),
        .init(section: "train", name: "tokenizer", kind: .choice(["chars", "words"])),
        .init(section: "train", name: "length_groups", kind: .positiveInt),
        .init(section: "eval", name: "limit", kind: .optionalPositiveInt),
        .init(section: "eval", name: "max_new_tokens", kind: .positiveInt),
        .init(section: "eval", name: "temperature", kind: .nonNegativeDouble),
        .init(section: "eval", name: "batch_size", kind: .positiveInt),
        .init(section: "eval", name: "scorer", kind: .scorer),
        .init(section: "eval", name: "allow_short_budget", kind: .bool, changesResults: false),
    ]

    /// Keys of each section that hold lists or maps (handled by GridParser, not sweepable).
    static let structuredKeys: [String: [String]] = [
        "data": ["families", "teachers", "files", "fields"],
        "train": [],
        "eval": ["benchmarks"],
    ]

    /// Every key allowed in `section`, scalar and structured, in documentation order.
    static func keys(in section: String) -> [String] {
        all.filter { $0.section == section }.map(\.name) + (structuredKeys[section] ?? [])
    }

    static func setting(section: String, name: String) -> SectionSetting? {
        all.first { $0.section == section && $0.name == name }
    }

    /// Reads `node` as the value of `setting`, checking its type and range. Null is only allowed for `eval.limit`.
    static func read(_ node: YAMLNode, for setting: SectionSetting, vocabulary: GridVocabulary) throws(GridError) -> SettingValue? {
        let what = "`\(setting.dottedKey)`"
        switch setting.kind {
        case .positiveInt, .nonNegativeInt, .optionalPositiveInt:
            if case .optionalPositiveInt = setting.kind, node.isNull { return nil }
            let value = try ScalarReader.int(node, what)
            if case .nonNegativeInt = setting.kind {
                guard value >= 0 else { throw .invalid(node.location, "\(what) must be 0 or more, got \(value)", hint: "write 0 or a positive number") }
            } else if value <= 0 {
                throw .invalid(node.location, "\(what) must be positive, got \(value)", hint: "write a number above 0")
            }
            return .int(value)
        case .positiveDouble, .nonNegativeDouble, .unitInterval, .unitIntervalOpen:
            let value = try ScalarReader.double(node, what)
            switch setting.kind {
            case .positiveDouble where value <= 0:
                throw .invalid(node.location, "\(what) must be positive, got \(CanonicalJSON.number(value))", hint: "write a number above 0")
            case .nonNegativeDouble where value < 0:
                throw .invalid(node.location, "\(what) must be 0 or more, got \(CanonicalJSON.number(value))", hint: "write 0 or a positive number")
            case .unitInterval where !(0...1).contains(value):
                throw .invalid(node.location, "\(what) must be between 0 and 1, got \(CanonicalJSON.number(value))", hint: "write a value from 0 to 1")
            case .unitIntervalOpen where !(0..<1).contains(value):
                throw .invalid(node.location, "\(what) must be at least 0 and below 1, got \(CanonicalJSON.number(value))", hint: "write a value in [0, 1), e.g. 0.9")
            default: return .double(value)
            }
        case .bool:
            return .bool(try ScalarReader.bool(node, what))
        case .choice(let words):
            let text = try ScalarReader.string(node, what)
            guard words.contains(text) else {
                throw .invalid(node.location, "\(what) must be one of \(words.joined(separator: ", ")), got `\(text)`",
                               hint: Suggestion.hint(for: text, among: words))
            }
            return .string(text)
        case .scorer:
            let text = try ScalarReader.string(node, what)
            guard vocabulary.scorers.contains(text) else {
                throw .invalid(node.location, "unknown scorer `\(text)`", hint: Suggestion.hint(for: text, among: vocabulary.scorers))
            }
            return .string(text)
        }
    }

    /// Stores `value` (already checked by `read`) into the right field; nil clears an optional field.
    static func apply(_ value: SettingValue?, to key: String, in values: inout SectionValues) {
        func int() -> Int { if case .int(let v) = value { return v } else { return 0 } }
        func double() -> Double {
            switch value { case .double(let v): return v; case .int(let v): return Double(v); default: return 0 }
        }
        func bool() -> Bool { if case .bool(let v) = value { return v } else { return false } }
        func string() -> String { if case .string(let v) = value { return v } else { return "" } }
        switch key {
        case "data.source": values.data.source = string()
        case "data.problems": values.data.problems = int()
        case "data.min_steps": values.data.minSteps = int()
        case "data.max_steps": values.data.maxSteps = int()
        case "data.max_number": values.data.maxNumber = int()
        case "data.paired": values.data.paired = bool()
        case "data.combine": values.data.combine = string()
        case "train.steps": values.train.steps = int()
        case "train.batch_size": values.train.batchSize = int()
        case "train.learning_rate": values.train.learningRate = double()
        case "train.min_lr_ratio": values.train.minLearningRateRatio = double()
        case "train.warmup_steps": values.train.warmupSteps = int()
        case "train.weight_decay": values.train.weightDecay = double()
        case "train.beta1": values.train.beta1 = double()
        case "train.beta2": values.train.beta2 = double()
        case "train.grad_clip": values.train.gradClip = double()
        case "train.threads": values.train.threads = int()
        case "train.checkpoint_every": values.train.checkpointEvery = int()
        case "train.tokenizer": values.train.tokenizer = string() == "chars" ? nil : string()  // nil: chars, as in job ids
        case "train.length_groups": values.train.lengthGroups = int()  // 1 is stored as nil, as in job ids
        case "eval.limit": values.eval.limit = value == nil ? nil : int()
        case "eval.max_new_tokens": values.eval.maxNewTokens = int()
        case "eval.temperature": values.eval.temperature = double()
        case "eval.batch_size": values.eval.batchSize = int()
        case "eval.scorer": values.eval.scorer = string()
        case "eval.allow_short_budget": values.eval.allowShortBudget = bool()
        default: assertionFailure("SectionSettings.apply: no field for \(key)")
        }
    }
}
