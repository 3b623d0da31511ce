// paper-rule and gsm8k-flexible: faithful ports of the paper repository's rule judge and lm-eval's flexible-extract.
import Foundation

/// Mirrors `math_metric_llm_eval_general.py`'s rule judge exactly, quirks included: the `\boxed ` (space) branch wins,
/// Hendrycks `strip_string`, and raw-string comparison when normalisation raises. A float gold (AMC) never matches.
public struct PaperRuleScorer: Scorer {
    /// The registry name.
    public let name = "paper-rule"
    /// Bumped when a verdict can change.
    public let version = "paper-rule/1"
    /// The scorer.
    public init() {}

    /// Python raised an exception: `is_equiv` falls back to raw string equality.
    struct Raised: Error {}

    /// Judges like the paper's rule: last boxed answer, `is_equiv` against the gold.
    public func judge(response: String, gold: String, policy: AnswerPolicy) -> Judgment {
        guard let boxed = PaperRuleScorer.lastBoxedOnlyString(response) else {
            return Judgment(correct: false, extracted: nil, reason: "no-boxed: no \\boxed or \\fbox answer")
        }
        guard let answer = PaperRuleScorer.removeBoxed(boxed) else {
            return Judgment(correct: false, extracted: nil, reason: "no-boxed: remove_boxed failed")
        }
        if policy.goldIsFloat {
            return Judgment(correct: false, extracted: answer, reason: "boxed: float gold makes strip_string raise; raw str == float is never true")
        }
        let (equal, how) = PaperRuleScorer.isEquivalent(answer, gold)
        return Judgment(correct: equal, extracted: answer, reason: "boxed: \(how)")
    }

    /// `last_boxed_only_string`: the `\boxed ` (space) branch first, anywhere in the text; else the last `\boxed`/`\fbox`
    /// with braces counted from there; unbalanced gives nil.
    public static func lastBoxedOnlyString(_ text: String) -> String? {
        if text.contains("\\boxed ") {
            let after = text.components(separatedBy: "\\boxed ").last!
            return "\\boxed " + after.components(separatedBy: "$")[0]
        }
        var start = text.range(of: "\\boxed", options: .backwards)
        if start == nil { start = text.range(of: "\\fbox", options: .backwards) }
        guard let start else { return nil }
        var depth = 0
        var index = start.lowerBound
        while index < text.endIndex {
            let character = text[index]
            if character == "{" { depth += 1 }
            if character == "}" {
                depth -= 1
                if depth == 0 { return String(text[start.lowerBound...index]) }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// `remove_boxed`: strips `\boxed `, `\boxed{…}` or `\fbox{…}`.
    public static func removeBoxed(_ boxed: String) -> String? {
        if boxed.contains("\\boxed ") { return boxed.hasPrefix("\\boxed ") ? String(boxed.dropFirst(7)) : nil }
        for left in ["\\boxed{", "\\fbox{"] where boxed.hasPrefix(left) && boxed.hasSuffix("}") {
            return String(boxed.dropFirst(left.count).dropLast())
        }
        return nil
    }

    /// `is_equiv`: `strip_string` both sides; any exception compares the raw strings.
    public static func isEquivalent(_ prediction: String, _ gold: String) -> (Bool, String) {
        do {
            let left = try stripString(prediction), right = try stripString(gold)
            return (left == right, left == right ? "equal after strip_string" : "different after strip_string")
        } catch {
            return (prediction == gold, "strip_string raised; raw strings \(prediction == gold ? "equal" : "differ")")
        }
    }

    /// Hendrycks MATH `strip_string`, step for step.
    public static func stripString(_ input: String) throws -> String {
        var string = input.replacingOccurrences(of: "\n", with: "")
        string = string.replacingOccurrences(of: "\\!", with: "")
        string = string.replacingOccurrences(of: "\\\\", with: "\\")
        string = string.replacingOccurrences(of: "tfrac", with: "frac")
        string = string.replacingOccurrences(of: "dfrac", with: "frac")
        string = string.replacingOccurrences(of: "\\left", with: "")
        string = string.replacingOccurrences(of: "\\right", with: "")
        string = string.replacingOccurrences(of: "^{\\circ}", with: "")
        string = string.replacingOccurrences(of: "^\\circ", with: "")
        string = string.replacingOccurrences(of: "\\$", with: "")
        string = try removeRightUnits(string)
        string = string.replacingOccurrences(of: "\\%", with: "")
        string = string.replacingOccurrences(of: " .", with: " 0.")
        string = string.replacingOccurrences(of: "{.", with: "{0.")
        if string.isEmpty { return string }
        if string.first == "." { string = "0" + string }
        let sides = string.components(separatedBy: "=")
        if sides.count == 2, sides[0].count <= 2 { string = sides[1] }
        string = try fixSqrt(string)
        string = string.replacingOccurrences(of: " ", with: "")
        string = try fixFracs(string)
        if string == "0.5" { string = "\\frac{1}{2}" }
        return try fixASlashB(string)
    }

    static func removeRightUnits(_ string: String) throws -> String {
        guard string.contains("\\text{ ") else { return string }
        let splits = string.components(separatedBy: "\\text{ ")
        guard splits.count == 2 else { throw Raised() }
        return splits[0]
    }

    static func fixSqrt(_ string: String) throws -> String {
        guard string.contains("\\sqrt") else { return string }
        let splits = string.components(separatedBy: "\\sqrt")
        var result = splits[0]
        for split in splits.dropFirst() {
            guard let first = split.first else { throw Raised() }   // split[0] on "" raises IndexError
            result += first != "{" ? "\\sqrt{\(first)}" + split.dropFirst() : "\\sqrt" + split
        }
        return result
    }

    static func fixFracs(_ string: String) throws -> String {
        let substrings = string.components(separatedBy: "\\frac")
        var result = substrings[0]
        for substring in substrings.dropFirst() {
            result += "\\frac"
            guard let first = substring.first else { throw Raised() }
            if first == "{" { result += substring; continue }
            let characters = Array(substring)
            guard characters.count >= 2 else { return string }
            let a = characters[0], b = characters[1]
            let post = String(characters.dropFirst(2))
            result += b != "{" ? "{\(a)}{\(b)}" + post : "{\(a)}\(b)" + post
        }
        return result
    }

    static func fixASlashB(_ string: String) throws -> String {
        let parts = string.components(separatedBy: "/")
        guard parts.count == 2 else { return string }
        guard let a = pythonInt(parts[0]), let b = pythonInt(parts[1]) else { throw Raised() }   // int() raises ValueError
        guard string == "\(a)/\(b)" else { return string }
        return "\\frac{\(a)}{\(b)}"
    }

    /// Python `int(text)` for the forms that can reach it (spaces are already removed).
    static func pythonInt(_ text: String) -> Int? {
        let body = text.hasPrefix("+") || text.hasPrefix("-") ? String(text.dropFirst()) : text
        guard !body.isEmpty, body.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text.hasPrefix("+") ? body : text)
    }
}

/// lm-evaluation-harness GSM8K `flexible-extract` + `exact_match`: the last match of `(-?[$0-9.,]{2,})|(-?[0-9]+)`,
/// then on both sides delete `,`, `\$`, `(?s).*#### `, `\.$`, lower-case, and compare exactly.
public struct GSM8KFlexibleScorer: Scorer {
    /// The registry name.
    public let name = "gsm8k-flexible"
    /// Bumped when a verdict can change.
    public let version = "gsm8k-flexible/1"
    /// The scorer.
    public init() {}

    /// Judges like lm-eval's GSM8K flexible-extract and exact match.
    public func judge(response: String, gold: String, policy: AnswerPolicy) -> Judgment {
        let prediction = GSM8KFlexibleScorer.flexibleExtract(response) ?? "[invalid]"
        let left = GSM8KFlexibleScorer.clean(prediction), right = GSM8KFlexibleScorer.clean(gold)
        let equal = left == right
        let extracted: String? = prediction == "[invalid]" ? nil : prediction
        return Judgment(correct: equal, extracted: extracted,
                        reason: extracted == nil ? "flexible-extract: no number ([invalid])" : "flexible-extract: exact match \(equal ? "succeeded" : "failed")")
    }

    static func flexibleExtract(_ response: String) -> String? {
        guard let regex = LaTeX.cachedRegex(#"(-?[$0-9.,]{2,})|(-?[0-9]+)"#) else { return nil }
        let range = NSRange(response.startIndex..., in: response)
        guard let match = regex.matches(in: response, range: range).last else { return nil }
        for group in 1...2 {
            let groupRange = match.range(at: group)
            if groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: response), !response[swiftRange].isEmpty {
                return response[swiftRange].trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return nil
    }

    static func clean(_ text: String) -> String {
        var result = text
        for pattern in [",", #"\$"#, "(?s).*#### ", #"\.$"#] { result = LaTeX.replace(result, pattern, "") }
        return result.lowercased()
    }
}
