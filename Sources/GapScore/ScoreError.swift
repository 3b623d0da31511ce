// ScoreError: the one error enum of GapScore, with messages that say what, where, and a hint.

/// Failures of the judge library: unknown names, unreadable or malformed input files.
public enum ScoreError: Error, CustomStringConvertible, Sendable {
    /// A scorer name that is not registered; carries the nearest registered name and the full list.
    case unknownScorer(name: String, nearest: String?, available: [String])
    /// A benchmark name that is not registered.
    case unknownBenchmark(name: String, nearest: String?, available: [String])
    /// A bad line in an input file (`path:line`).
    case badLine(path: String, line: Int, message: String, hint: String)
    /// An input file that cannot be read.
    case unreadable(path: String, hint: String)
    /// Predictions that cannot be matched to the benchmark's items.
    case unmatched(path: String, message: String, hint: String)

    /// What went wrong, where, and a hint.
    public var description: String {
        switch self {
        case let .unknownScorer(name, nearest, available):
            return "unknown scorer '\(name)'" + (nearest.map { "; did you mean '\($0)'?" } ?? "")
                + " (hint: available scorers: \(available.joined(separator: ", ")))"
        case let .unknownBenchmark(name, nearest, available):
            return "unknown benchmark '\(name)'" + (nearest.map { "; did you mean '\($0)'?" } ?? "")
                + " (hint: available benchmarks: \(available.joined(separator: ", ")))"
        case let .badLine(path, line, message, hint):
            return "\(path):\(line): \(message) (hint: \(hint))"
        case let .unreadable(path, hint):
            return "\(path): cannot read file (hint: \(hint))"
        case let .unmatched(path, message, hint):
            return "\(path): \(message) (hint: \(hint))"
        }
    }
}

/// Levenshtein distance, for "did you mean" hints.
func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    for i in 1...x.count {
        var current = [i] + Array(repeating: 0, count: y.count)
        for j in 1...y.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[y.count]
}

/// The registered name nearest to `name`, when it is close enough to be a plausible typo.
func nearestName(_ name: String, in names: [String]) -> String? {
    let lowered = name.lowercased()
    if !lowered.isEmpty, let prefixed = names.first(where: { $0.lowercased().hasPrefix(lowered) || lowered.hasPrefix($0.lowercased()) }) {
        return prefixed
    }
    let scored = names.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= max(2, name.count / 2) ? best.0 : nil
}
