// ScalarReader: typed reads of YAML nodes, by the type the key expects, never by YAML 1.1's guesses.
// Plain scalars that YAML 1.1 would silently turn into something else (`no` → false, `012` → 10, `1:30` → 90,
// `1_000` → 1000, `.inf`) are read by their literal text where a string is expected and rejected with a
// hint where a number or boolean is expected. docs/grid.md lists every case.

import Foundation

enum ScalarReader {
    /// YAML 1.1 boolean words (the resolver's full list).
    static let yaml11BooleanWords: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]

    // MARK: - Strings and names

    /// A string-typed value: a plain scalar is read by its literal text (so a student named `no` stays "no" and
    /// `time: 1:30` stays "1:30"); quoted and block scalars are read as written. Null, lists and mappings fail.
    static func string(_ node: YAMLNode, _ what: String) throws(GridError) -> String {
        guard case .scalar(let text, _) = node.value else {
            throw .invalid(node.location, "\(what) must be a string, got \(node.kindDescription)", hint: "write a single value; quote it if it contains `:`, `#`, `[` or `{`")
        }
        if node.isNull {
            throw .invalid(node.location, "\(what) needs a value", hint: "write a value; quote it (\"null\") if you mean the text")
        }
        return text
    }

    /// A name used as an axis value or reference (student, mix, gap, teacher): letters, digits, `.`, `_`, `-`.
    static func checkName(_ name: String, at location: SourceLocation, _ what: String) throws(GridError) {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._-"))
        guard let first = name.unicodeScalars.first, CharacterSet.alphanumerics.contains(first),
              name.unicodeScalars.allSatisfy({ allowed.contains($0) && $0.isASCII }) else {
            throw .invalid(location, "\(what) `\(name)` is not a valid name",
                           hint: "use ASCII letters, digits, `.`, `_` and `-`, starting with a letter or digit")
        }
    }

    // MARK: - Numbers and booleans

    /// A whole number written in plain decimal (`600`, `-3`). Octal-looking, base-60, underscored, hex,
    /// fractional, boolean-word, non-finite and quoted values fail with a hint.
    static func int(_ node: YAMLNode, _ what: String) throws(GridError) -> Int {
        let text = try plainNumberText(node, what, expected: "an integer")
        if text.wholeMatch(of: /[-+]?(0|[1-9][0-9]*)/) != nil {
            guard let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
                throw .invalid(node.location, "\(what) `\(text)` is too large for an integer", hint: "write a smaller number")
            }
            return value
        }
        if let surprise = yaml11Surprise(text) {
            throw .invalid(node.location, "\(what) must be an integer, got `\(text)`, \(surprise.meaning)", hint: surprise.hint)
        }
        if Double(text) != nil, decimalFloat(text) {
            throw .invalid(node.location, "\(what) must be a whole number, got `\(text)`", hint: "write an integer such as 600")
        }
        throw .invalid(node.location, "\(what) must be an integer, got `\(text)`", hint: "write an integer such as 600")
    }

    /// A finite number in plain decimal or exponent notation (`0.003`, `3e-3`, `1.10` which is 1.1, `2`).
    static func double(_ node: YAMLNode, _ what: String) throws(GridError) -> Double {
        let text = try plainNumberText(node, what, expected: "a number")
        if text.wholeMatch(of: /[-+]?0[0-9]+/) == nil, decimalFloat(text), let value = Double(text), value.isFinite {
            return value
        }
        if let surprise = yaml11Surprise(text) {
            throw .invalid(node.location, "\(what) must be a finite number, got `\(text)`, \(surprise.meaning)", hint: surprise.hint)
        }
        throw .invalid(node.location, "\(what) must be a number, got `\(text)`", hint: "write a number such as 0.003 or 3e-3")
    }

    /// `true` or `false` (any case of those two words). YAML 1.1's `yes`/`no`/`on`/`off`/`y`/`n` fail: they
    /// are strings in YAML 1.2 and a frequent source of surprises.
    static func bool(_ node: YAMLNode, _ what: String) throws(GridError) -> Bool {
        guard case .scalar(let text, let isPlain) = node.value, !node.isNull else {
            throw .invalid(node.location, "\(what) must be true or false, got \(node.kindDescription)", hint: "write `true` or `false`")
        }
        guard isPlain else {
            throw .invalid(node.location, "\(what) must be true or false, got the quoted string \"\(text)\"",
                           hint: "remove the quotes")
        }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            if yaml11BooleanWords.contains(text) {
                let meant = ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"].contains(text) ? "true" : "false"
                throw .invalid(node.location, "\(what) must be true or false, got `\(text)`",
                               hint: "write `\(meant)`; YAML 1.1 reads `\(text)` as \(meant) but YAML 1.2 as a string")
            }
            throw .invalid(node.location, "\(what) must be true or false, got `\(text)`", hint: "write `true` or `false`")
        }
    }

    // MARK: - Containers

    /// The entries of a mapping (an empty list for `{}`).
    static func mapping(_ node: YAMLNode, _ what: String, example: String) throws(GridError) -> [YAMLEntry] {
        guard let entries = node.entries else {
            throw .invalid(node.location, "\(what) must be a mapping, got \(node.kindDescription)", hint: "write it as \(example)")
        }
        return entries
    }

    /// The items of a list.
    static func sequence(_ node: YAMLNode, _ what: String, example: String) throws(GridError) -> [YAMLNode] {
        guard case .sequence(let items) = node.value else {
            throw .invalid(node.location, "\(what) must be a list, got \(node.kindDescription)", hint: "write it as \(example)")
        }
        return items
    }

    /// Fails on the first key not in `allowed`, naming the nearest valid key.
    static func checkKeys(_ entries: [YAMLEntry], allowed: [String], in section: String) throws(GridError) {
        for entry in entries where !allowed.contains(entry.key) {
            throw .invalid(entry.keyLocation, "unknown key `\(entry.key)` in \(section)",
                           hint: Suggestion.hint(for: entry.key, among: allowed))
        }
    }

    // MARK: - YAML 1.1 surprises

    /// What YAML 1.1 would have made of `text`, when that differs from what a reader most likely meant.
    static func yaml11Surprise(_ text: String) -> (meaning: String, hint: String)? {
        if yaml11BooleanWords.contains(text) {
            let value = ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE"].contains(text)
            return ("which YAML 1.1 reads as the boolean \(value)", "write a number; quote the value if it is meant as text")
        }
        if let match = text.wholeMatch(of: /([-+]?)0([0-7]+)/), let octal = Int(match.2, radix: 8) {
            let decimal = String(Int(match.2)!)
            return ("which YAML 1.1 reads as octal (\(match.1)\(octal))", "write `\(match.1)\(decimal)` without the leading zero")
        }
        if text.wholeMatch(of: /[-+]?0[0-9]+/) != nil {
            return ("a number with a leading zero", "write it without the leading zero")
        }
        if text.wholeMatch(of: /[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?/) != nil {
            let parts = text.split(separator: ":").map { Double($0.replacingOccurrences(of: "_", with: "")) ?? 0 }
            let value = parts.reduce(0) { $0 * 60 + abs($1) } * (text.hasPrefix("-") ? -1 : 1)
            return ("which YAML 1.1 reads as base-60 (\(formatted(value)))",
                    "write the number you mean; quote it if it is text such as a time")
        }
        if text.contains("_"), text.wholeMatch(of: /[-+]?[0-9_]*\.?[0-9_]*([eE][-+]?[0-9]+)?/) != nil {
            let cleaned = text.replacingOccurrences(of: "_", with: "")
            return ("which YAML 1.1 reads as \(cleaned) with the underscores dropped", "write `\(cleaned)`")
        }
        if text.wholeMatch(of: /[-+]?0[xXoObB][0-9a-fA-F_]+/) != nil {
            return ("a hexadecimal, octal or binary literal", "write the number in decimal")
        }
        if text.wholeMatch(of: /[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)/) != nil {
            return ("which is not a finite number", "write a finite number")
        }
        return nil
    }

    /// True for plain decimal notation with an optional exponent (no hex, no `inf`, no `nan`).
    private static func decimalFloat(_ text: String) -> Bool {
        text.wholeMatch(of: /[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?/) != nil
    }

    private static func formatted(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The text of a plain scalar that should hold a number; quoted numbers, null and containers fail.
    private static func plainNumberText(_ node: YAMLNode, _ what: String, expected: String) throws(GridError) -> String {
        guard case .scalar(let text, let isPlain) = node.value, !node.isNull else {
            throw .invalid(node.location, "\(what) must be \(expected), got \(node.kindDescription)", hint: "write a plain number such as 3 or 0.003")
        }
        guard isPlain else {
            throw .invalid(node.location, "\(what) must be \(expected), got the quoted string \"\(text)\"",
                           hint: "remove the quotes")
        }
        return text
    }
}

/// "Did you mean" suggestions by edit distance.
enum Suggestion {
    /// `did you mean `x`?` when a valid word is close to `word`, otherwise the list of valid words.
    static func hint(for word: String, among candidates: [String]) -> String {
        if let nearest = nearest(to: word, among: candidates) { return "did you mean `\(nearest)`?" }
        return candidates.isEmpty ? "nothing is allowed here" : "valid: " + candidates.joined(separator: ", ")
    }

    /// The candidate with the smallest edit distance, if within max(2, a third of the word's length).
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else { return nil }
        return best.0
    }

    /// Levenshtein distance (insert, delete, substitute: cost 1 each).
    static func distance(_ first: String, _ second: String) -> Int {
        let a = Array(first), b = Array(second)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
