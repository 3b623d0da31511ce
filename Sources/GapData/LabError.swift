// LabError: every way the synthetic lab and the training-set builder can fail, with what, where and a hint.
import GapCore

/// Errors of the GapData module. Descriptions read like `unknown teacher 'tiny' (known: large, long, short, small)`.
public enum LabError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A mix or file map names a teacher the lab does not know.
    case unknownTeacher(String, known: [String])
    /// Mix weights do not sum to 1 (tolerance 1e-6).
    case weightsDoNotSumToOne(sum: Double, weights: [String: Double])
    /// A mix weight is negative or not finite.
    case invalidWeight(teacher: String, weight: Double)
    /// A mix with no teachers.
    case emptyMix
    /// `--weights` text that is not `name=value,name=value`.
    case malformedWeights(String)
    /// A mix name that is not one of the built-in mixes.
    case unknownMix(String, known: [String])
    /// `data.families` names a family the lab does not generate.
    case unknownFamily(String, known: [String])
    /// `data.source` is neither `synthetic` nor `jsonl`.
    case unknownSource(String)
    /// `data.combine` is neither `sample` nor `union`.
    case unknownCombine(String)
    /// A numeric setting out of range, e.g. `max_steps` below `min_steps`.
    case invalidSetting(key: String, value: String, hint: String)
    /// `source: jsonl` without a file for a teacher the mix (or its pair) needs.
    case missingFile(teacher: String)
    /// A problem in an input file (bad JSON line, missing field, wrong type), with path:line.
    case file(FileError)
    /// A benchmark name that is not one of `SyntheticBenchmarks.names`.
    case unknownBenchmark(String, known: [String])
    /// The generator could not find a problem outside the held-out benchmarks (the difficulty space is too small).
    case problemSpaceExhausted(family: String)

    public var description: String {
        switch self {
        case let .unknownTeacher(name, known):
            return "unknown teacher '\(name)' (known: \(known.joined(separator: ", ")))"
        case let .weightsDoNotSumToOne(sum, weights):
            let listed = weights.keys.sorted().map { "\($0)=\(weights[$0]!)" }.joined(separator: ", ")
            return "mix weights sum to \(sum), not 1 (\(listed)) (hint: e.g. long=0.2,short=0.8)"
        case let .invalidWeight(teacher, weight):
            return "mix weight of '\(teacher)' is \(weight) (hint: weights are finite numbers in [0, 1])"
        case .emptyMix:
            return "the mix names no teachers (hint: e.g. short=1)"
        case let .malformedWeights(text):
            return "cannot read weights '\(text)' (hint: write name=value pairs separated by commas, e.g. long=0.2,short=0.8)"
        case let .unknownMix(name, known):
            return "unknown mix '\(name)' (known: \(known.joined(separator: ", "))) (hint: or pass --weights)"
        case let .unknownFamily(name, known):
            return "unknown problem family '\(name)' (known: \(known.joined(separator: ", ")))"
        case let .unknownSource(name):
            return "unknown data source '\(name)' (hint: use synthetic or jsonl)"
        case let .unknownCombine(name):
            return "unknown combine mode '\(name)' (hint: use sample or union)"
        case let .invalidSetting(key, value, hint):
            return "data.\(key) = \(value) is out of range (hint: \(hint))"
        case let .missingFile(teacher):
            return "source jsonl has no file for teacher '\(teacher)' (hint: add it under data.files)"
        case let .file(error):
            return error.description
        case let .unknownBenchmark(name, known):
            return "unknown synthetic benchmark '\(name)' (known: \(known.joined(separator: ", ")))"
        case let .problemSpaceExhausted(family):
            return "cannot draw a \(family) problem outside the held-out benchmarks (hint: raise max_number or max_steps)"
        }
    }
}
