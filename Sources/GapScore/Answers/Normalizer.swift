// Answer-string normalisation: delimiters, spacing macros, \frac variants, degrees, percent, currency, \text and units.
import Foundation

/// String helpers over brace-balanced LaTeX used by normalisation and extraction.
enum LaTeX {
    /// The index just after the `}` matching the `{` at `open`, or nil when unbalanced (or too deep).
    static func matchingBrace(_ characters: [Character], from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count { index += 2; continue }
            if character == "{" { depth += 1; if depth > 200 { return nil } }
            if character == "}" { depth -= 1; if depth == 0 { return index + 1 } }
            index += 1
        }
        return nil
    }

    /// Replaces every `\command{content}` by `content` (brace-balanced), for wrappers such as `\text`.
    static func unwrap(_ text: String, commands: [String]) -> String {
        var characters = Array(text)
        var changed = true
        var rounds = 0
        while changed && rounds < 32 {
            changed = false
            rounds += 1
            var index = 0
            while index < characters.count {
                if characters[index] == "\\" {
                    for command in commands {
                        let name = Array("\\" + command)
                        let end = index + name.count
                        if end < characters.count, Array(characters[index..<end]) == name {
                            var brace = end
                            while brace < characters.count, characters[brace] == " " { brace += 1 }
                            if brace < characters.count, characters[brace] == "{", let close = matchingBrace(characters, from: brace) {
                                let inner = Array(characters[(brace + 1)..<(close - 1)])
                                characters.replaceSubrange(index..<close, with: inner)
                                changed = true
                                break
                            }
                        }
                    }
                }
                index += 1
            }
        }
        return String(characters)
    }

    /// Replaces a regular expression everywhere (templates use `$1`).
    static func replace(_ text: String, _ pattern: String, _ template: String) -> String {
        guard let expression = cachedRegex(pattern) else { return text }
        return expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let expression = cachedRegex(pattern) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static let regexCache = RegexCache()
    static func cachedRegex(_ pattern: String) -> NSRegularExpression? { regexCache.regex(pattern) }
}

/// A thread-safe cache of compiled regular expressions (compiling is far slower than matching).
final class RegexCache: @unchecked Sendable {
    private var cache: [String: NSRegularExpression] = [:]
    private let lock = NSLock()
    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock(); defer { lock.unlock() }
        if let cached = cache[pattern] { return cached }
        let compiled = try? NSRegularExpression(pattern: pattern, options: [])
        cache[pattern] = compiled
        return compiled
    }
}

/// The result of normalising one answer string.
struct NormalizedAnswer: Sendable {
    var text: String
    var hadPercent: Bool
    /// The unit words stripped from the end (lower-cased, spaces removed), if any.
    var unit: String? = nil
}

enum Normalizer {
    /// Whole unit words (never single letters) stripped from the end of an answer that has a number in it.
    static let unitWords: [String] = [
        "square units", "sq units", "units", "unit", "inches", "inch", "feet", "foot", "ft", "yards", "yard", "miles", "mile",
        "meters", "meter", "metres", "metre", "cm", "mm", "km", "km/h", "mph", "m/s", "kg", "grams", "gram", "pounds",
        "pound", "lbs", "ounces", "seconds", "second", "minutes", "minute", "hours", "hour", "days", "day", "weeks",
        "years", "cents", "cent", "dollars", "dollar", "degrees", "degree", "liters", "litres", "people", "students",
        "ways", "points", "sq ft", "square feet", "square inches", "square meters", "cubic feet", "cubic inches", "m²",
    ]

    static func normalize(_ raw: String) -> NormalizedAnswer {
        var text = raw
        // Unicode look-alikes first.
        for (from, to) in [("−", "-"), ("–", "-"), ("°", "^\\circ"), ("×", "\\times "), ("÷", "\\div "), ("≤", "\\le "),
                           ("≥", "\\ge "), ("≠", "\\neq "), ("∞", "\\infty "), ("π", "\\pi "), ("√", "\\sqrt"), ("€", ""),
                           ("£", ""), ("\u{00A0}", " "), ("∪", "\\cup "), ("∈", "\\in "), ("²", "^2"), ("³", "^3")] {
            if text.contains(from) { text = text.replacingOccurrences(of: from, with: to) }
        }
        if text.contains("\\\\"), !text.contains("\\begin") {
            text = LaTeX.replace(text, #"\\\\([A-Za-z])"#, "\\\\$1")  // "\\le" written escaped twice
        }
        // Thousands separators written ,\! or {,} between digits.
        if text.contains(",\\!") { text = LaTeX.replace(text, #"(\d),\\!\s*(\d)"#, "$1$2") }
        if text.contains("{,}") { text = LaTeX.replace(text, #"(\d)\{,\}(\d)"#, "$1$2") }
        // Delimiters and spacing.
        for token in ["\\$", "$", "\\[", "\\]", "\\(", "\\)", "\\left", "\\right", "\\displaystyle", "\\!", "\\bigl", "\\bigr",
                      "\\Bigl", "\\Bigr", "\\big", "\\Big"] where text.contains(token) {
            text = text.replacingOccurrences(of: token, with: "")
        }
        let rowBreak = "\u{1}"
        if text.contains("\\\\") { text = text.replacingOccurrences(of: "\\\\", with: rowBreak) }
        for token in ["\\,", "\\;", "\\:", "\\ ", "~", "\\qquad", "\\quad", "\n", "\t"] where text.contains(token) {
            text = text.replacingOccurrences(of: token, with: " ")
        }
        if text.contains(rowBreak) { text = text.replacingOccurrences(of: rowBreak, with: "\\\\") }
        for variant in ["\\dfrac", "\\tfrac", "\\cfrac"] where text.contains(variant) {
            text = text.replacingOccurrences(of: variant, with: "\\frac")
        }
        if text.contains("\\approx") { text = String(text.components(separatedBy: "\\approx")[0]) }
        // Degrees.
        for token in ["^{\\circ}", "^\\circ", "^{\\circ }", "\\circ", "\\degree"] where text.contains(token) {
            text = text.replacingOccurrences(of: token, with: "")
        }
        // Percent.
        var hadPercent = false
        for token in ["\\%", "%"] where text.contains(token) {
            text = text.replacingOccurrences(of: token, with: ""); hadPercent = true
        }
        if text.range(of: "percent", options: .caseInsensitive) != nil {
            let stripped = LaTeX.replace(text, #"(?i)\s*\bpercent(age)?\b"#, "")
            if stripped != text { text = stripped; hadPercent = true }
        }
        // Text wrappers keep their content.
        if text.contains("\\") {
            text = LaTeX.unwrap(text, commands: ["textbf", "textit", "textrm", "text", "mbox", "mathrm", "mathbf", "mathit",
                                                 "emph", "boxed", "operatorname", "hbox"])
        }
        if text.contains("\\mathbb{R}") { text = text.replacingOccurrences(of: "\\mathbb{R}", with: "(-\\infty,\\infty)") }
        for (from, to) in [("\\geqslant", "\\ge"), ("\\leqslant", "\\le"), ("\\geq", "\\ge"), ("\\leq", "\\le"), (">=", "\\ge "),
                           ("<=", "\\le "), ("!=", "\\neq "), ("\\ne ", "\\neq "), ("\\varnothing", "\\emptyset"),
                           ("\\{\\}", "\\emptyset"), ("+\\infty", "\\infty"), ("\\lbrace", "\\{"), ("\\rbrace", "\\}")]
            where text.contains(from) {
            text = text.replacingOccurrences(of: from, with: to)
        }
        text = collapseSpaces(text)
        let (withoutUnit, unit) = stripUnits(text)
        text = withoutUnit
        while let last = text.last, last == "." || last == "," || last == ";" || last == " " { text.removeLast() }
        while let first = text.first, first == " " || first == "," { text.removeFirst() }
        return NormalizedAnswer(text: text, hadPercent: hadPercent, unit: unit)
    }

    static func collapseSpaces(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        var lastWasSpace = true
        for character in text {
            if character == " " { if !lastWasSpace { result.append(" ") }; lastWasSpace = true }
            else { result.append(character); lastWasSpace = false }
        }
        if result.last == " " { result.removeLast() }
        return result
    }

    /// Strips whole unit words at the end (with an optional `^2`), only when something numeric remains before them.
    static func stripUnits(_ text: String) -> (String, String?) {
        var current = text
        var units: [String] = []
        for _ in 0..<3 {
            let lowered = current.lowercased()
            var stripped = false
            for unit in unitWords {
                for suffix in [unit + "^2", unit + "^3", unit + "^{2}", unit + "^{3}", unit] where lowered.hasSuffix(suffix) {
                    let cut = current.index(current.endIndex, offsetBy: -suffix.count)
                    let before = current[..<cut]
                    // Whole words only: the unit must be preceded by a space or a digit, never by a letter.
                    guard let previous = before.last, previous == " " || previous.isASCIIDigit || previous == "}" else { continue }
                    let remaining = before.trimmingCharacters(in: .whitespaces)
                    guard remaining.contains(where: { $0.isASCIIDigit }) else { continue }
                    current = remaining
                    units.insert(suffix.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "{", with: "")
                        .replacingOccurrences(of: "}", with: ""), at: 0)
                    stripped = true
                    break
                }
                if stripped { break }
            }
            if !stripped { break }
        }
        return (current, units.isEmpty ? nil : units.joined(separator: " "))
    }
}
