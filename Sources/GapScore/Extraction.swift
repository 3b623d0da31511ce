// Extraction: the ordered pipeline that turns a model response into answer text, reporting which rule matched and why.
import Foundation

/// What extraction found in a response and which rule found it.
public struct Extraction: Sendable, Equatable {
    /// The answer text, or nil when no rule matched.
    public var answer: String?
    /// The rule that matched: `boxed`, `final-answer-sentence`, `hash-marker`, `answer-phrase`, `whole-response`,
    /// `last-math`, `last-number`, `choice-letter`, or `none`.
    public var rule: String
    /// Every boxed answer in order (for multi-answer golds).
    public var allBoxed: [String]
    /// Set when the input was cut off (too long, too deep), saying why.
    public var cutOff: String?
}

/// The extraction pipeline, in the order documented in docs/scoring.md.
public enum AnswerExtractor {
    /// Responses longer than this are cut to their last `maximumResponseLength` characters.
    public static let maximumResponseLength = 16_384
    /// Extracted answers longer than this are cut off with a reason.
    public static let maximumAnswerLength = 600

    /// Runs the pipeline on `response` under `policy`.
    public static func extract(_ response: String, policy: AnswerPolicy) -> Extraction {
        var cutOff: String?
        var text = response
        if text.utf8.count > maximumResponseLength * 4 || text.count > maximumResponseLength {
            text = String(text.suffix(maximumResponseLength))
            cutOff = "response longer than \(maximumResponseLength) characters: only its end was read"
        }
        for stop in ["<|im_start|>", "<|im_end|>", "<|endoftext|>", "<|eot_id|>"] {
            if let range = text.range(of: stop) { text = String(text[..<range.lowerBound]) }
        }
        if let range = text.range(of: "</think>", options: .backwards) {
            let after = String(text[range.upperBound...])
            if after.contains(where: { !$0.isWhitespace }) { text = after }
        }
        let characters = Array(text)
        var result = run(characters, policy: policy)
        result.cutOff = cutOff
        if let answer = result.answer, answer.count > maximumAnswerLength {
            result.answer = String(answer.prefix(maximumAnswerLength))
            result.cutOff = "answer longer than \(maximumAnswerLength) characters was cut"
        }
        return result
    }

    private static func run(_ characters: [Character], policy: AnswerPolicy) -> Extraction {
        let boxes = boxedAnswers(characters)
        if let last = boxes.last { return Extraction(answer: last, rule: "boxed", allBoxed: boxes) }
        if let sentence = finalAnswerSentence(characters) {
            return Extraction(answer: sentence, rule: "final-answer-sentence", allBoxed: [])
        }
        if policy.hashMarker != .ignored, let marked = hashMarker(characters, first: policy.hashMarker == .first) {
            return Extraction(answer: marked, rule: "hash-marker", allBoxed: [])
        }
        if let phrase = answerPhrase(characters) { return Extraction(answer: phrase, rule: "answer-phrase", allBoxed: []) }
        switch policy.fallback {
        case .none: break
        case .lastMath, .lastMathOrNumber:
            if let whole = wholeResponse(characters) { return Extraction(answer: whole, rule: "whole-response", allBoxed: []) }
            let math = lastMathSegment(characters)
            let number = policy.fallback == .lastMathOrNumber ? lastNumber(characters, dollarsAreMath: policy.dollarsAreMath) : nil
            if let math, number == nil || math.end >= number!.end { return Extraction(answer: math.text, rule: "last-math", allBoxed: []) }
            if let number { return Extraction(answer: number.text, rule: "last-number", allBoxed: []) }
        }
        return Extraction(answer: nil, rule: "none", allBoxed: [])
    }

    // MARK: boxed

    /// Contents of every `\boxed{…}`, `\boxed X` and `\fbox{…}`, in order; unbalanced boxes are skipped.
    static func boxedAnswers(_ characters: [Character]) -> [String] {
        var answers: [String] = []
        var index = 0
        while index < characters.count {
            if characters[index] == "\\" {
                var nameLength = 0
                if AnswerParser.hasPrefix(characters, at: index, "\\boxed") { nameLength = 6 }
                else if AnswerParser.hasPrefix(characters, at: index, "\\fbox") { nameLength = 5 }
                if nameLength > 0 {
                    var cursor = index + nameLength
                    let hadSpace = cursor < characters.count && characters[cursor] == " "
                    while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
                    if cursor < characters.count, characters[cursor] == "{" {
                        if let close = LaTeX.matchingBrace(characters, from: cursor) {
                            answers.append(String(characters[(cursor + 1)..<(close - 1)]))
                            index = close
                            continue
                        }
                    } else if hadSpace {
                        var end = cursor
                        while end < characters.count, !" $\n".contains(characters[end]) { end += 1 }
                        if end > cursor { answers.append(String(characters[cursor..<end])) }
                        index = end
                        continue
                    }
                }
            }
            index += 1
        }
        return answers
    }

    // MARK: phrases

    static func lastRange(of needle: String, in characters: [Character]) -> Int? {
        let lowered = Array(String(characters).lowercased())
        guard lowered.count == characters.count else { return nil }
        let pattern = Array(needle)
        var index = lowered.count - pattern.count
        while index >= 0 {
            if AnswerParser.hasPrefix(lowered, at: index, pattern) { return index }
            index -= 1
        }
        return nil
    }

    /// Minerva's "Final Answer: The final answer is X. I hope it is correct."
    static func finalAnswerSentence(_ characters: [Character]) -> String? {
        guard let start = lastRange(of: "final answer is", in: characters) else { return nil }
        var rest = String(characters[(start + 15)...])
        if let hope = rest.range(of: "I hope") { rest = String(rest[..<hope.lowerBound]) }
        return cleanPhrase(rest)
    }

    /// `#### N`: the rest of the line after the first (or last) marker.
    static func hashMarker(_ characters: [Character], first: Bool) -> String? {
        let text = String(characters)
        guard let range = first ? text.range(of: "####") : text.range(of: "####", options: .backwards) else { return nil }
        var rest = String(text[range.upperBound...])
        if let newline = rest.firstIndex(of: "\n") { rest = String(rest[..<newline]) }
        rest = rest.trimmingCharacters(in: .whitespaces)
        while rest.hasPrefix("#") { rest.removeFirst() }
        rest = rest.trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : cleanPhrase(rest)
    }

    /// "the answer is X", "Answer: X", "**Answer:** X", "Final answer: X" — the last one in the response.
    static func answerPhrase(_ characters: [Character]) -> String? {
        let lowered = Array(String(characters).lowercased())
        guard lowered.count == characters.count else { return nil }
        var index = lowered.count - 6
        while index >= 0 {
            if AnswerParser.hasPrefix(lowered, at: index, "answer") {
                var cursor = index + 6
                while cursor < lowered.count, lowered[cursor] == "*" || lowered[cursor] == " " && cursor == index + 6 { cursor += 1 }
                var matched = false
                if cursor < lowered.count, lowered[cursor] == ":" { cursor += 1; matched = true }
                else if AnswerParser.hasPrefix(lowered, at: cursor, " is") || AnswerParser.hasPrefix(lowered, at: cursor, "is") {
                    cursor += lowered[cursor] == " " ? 3 : 2
                    if cursor < lowered.count, lowered[cursor] == ":" { cursor += 1 }
                    matched = true
                }
                if matched {
                    let rest = String(characters[cursor...])
                    if let answer = cleanPhrase(rest) { return answer }
                }
            }
            index -= 1
        }
        return nil
    }

    /// Trims a phrase's remainder to the answer: the first math segment if it starts with one, else up to the sentence end.
    static func cleanPhrase(_ raw: String) -> String? {
        var rest = raw
        if let newline = rest.firstIndex(of: "\n"), rest[..<newline].contains(where: { !$0.isWhitespace }) { rest = String(rest[..<newline]) }
        rest = rest.trimmingCharacters(in: .whitespacesAndNewlines)
        while rest.hasPrefix("*") || rest.hasPrefix(":") { rest.removeFirst(); rest = rest.trimmingCharacters(in: .whitespaces) }
        let characters = Array(rest)
        if let segment = mathSegments(characters).first, segment.start == 0 {
            return segment.text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : segment.text
        }
        // Cut at the end of the sentence (". " or a final "."), at " (" after the answer, or at "**".
        var end = characters.count
        var index = 0
        var depth = 0
        while index < characters.count {
            let character = characters[index]
            if character == "{" || character == "[" { depth += 1 }
            if character == "}" || character == "]" { depth -= 1 }
            if depth == 0 {
                if character == ".", index + 1 == characters.count || characters[index + 1] == " " || characters[index + 1] == "\n" { end = index; break }
                if character == "(", index > 0, characters[index - 1] == " " { end = index; break }
                if character == "*", index > 0 { end = index; break }
            }
            index += 1
        }
        let answer = String(characters[..<end]).trimmingCharacters(in: .whitespaces)
        return answer.isEmpty ? nil : answer
    }

    // MARK: fallbacks

    struct Segment { let text: String; let start: Int; let end: Int }

    /// Math segments `$$…$$`, `\[…\]`, `\(…\)` and `$…$` (single dollars may not span a newline).
    static func mathSegments(_ characters: [Character]) -> [Segment] {
        var segments: [Segment] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, characters[index + 1] == "$" { index += 2; continue }
            if character == "\\", index + 1 < characters.count, characters[index + 1] == "[" || characters[index + 1] == "(" {
                let closing: [Character] = characters[index + 1] == "[" ? ["\\", "]"] : ["\\", ")"]
                var cursor = index + 2
                while cursor + 1 < characters.count, !(characters[cursor] == closing[0] && characters[cursor + 1] == closing[1]) { cursor += 1 }
                if cursor + 1 < characters.count {
                    segments.append(Segment(text: String(characters[(index + 2)..<cursor]), start: index, end: cursor + 2))
                    index = cursor + 2
                    continue
                }
            }
            if character == "$" {
                let double = index + 1 < characters.count && characters[index + 1] == "$"
                let open = double ? 2 : 1
                var cursor = index + open
                var valid = false
                while cursor < characters.count {
                    if characters[cursor] == "\\", cursor + 1 < characters.count { cursor += 2; continue }
                    if characters[cursor] == "$" { valid = !double || (cursor + 1 < characters.count && characters[cursor + 1] == "$"); break }
                    if characters[cursor] == "\n", !double { break }
                    cursor += 1
                }
                if valid {
                    segments.append(Segment(text: String(characters[(index + open)..<cursor]), start: index, end: cursor + open))
                    index = cursor + open
                    continue
                }
            }
            index += 1
        }
        return segments
    }

    static func lastMathSegment(_ characters: [Character]) -> Segment? {
        mathSegments(characters).last { $0.text.contains(where: { !$0.isWhitespace }) }
    }

    /// The whole response when it is short and reads as a bare answer (no run of three plain letters outside commands).
    static func wholeResponse(_ characters: [Character]) -> String? {
        guard characters.count <= 300, characters.contains(where: { !$0.isWhitespace }) else { return nil }
        let original = characters
        let characters = Array(LaTeX.replace(String(characters), #"\\(begin|end)\{[a-zA-Z]*\}(\{[a-z]*\})?"#, " "))
        var run = ""
        var index = 0
        func wordAllowed(_ word: String) -> Bool { word.count < 3 || ExpressionParser.functionNames.contains(word.lowercased()) }
        while index < characters.count {
            let character = characters[index]
            if character == "\\" {
                index += 1
                while index < characters.count, characters[index].isLetter { index += 1 }
                continue
            }
            if character.isLetter { run.append(character) } else {
                if !wordAllowed(run) { return nil }
                run = ""
            }
            index += 1
        }
        if !wordAllowed(run) { return nil }
        return String(original).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The last number not glued to a preceding letter; with `dollarsAreMath`, numbers between paired `$` are skipped.
    static func lastNumber(_ characters: [Character], dollarsAreMath: Bool) -> Segment? {
        var insideDollars = [Bool](repeating: false, count: characters.count)
        if dollarsAreMath {
            var open: Int?
            for (index, character) in characters.enumerated() where character == "$" && (index == 0 || characters[index - 1] != "\\") {
                if let start = open { for cursor in start...index { insideDollars[cursor] = true }; open = nil } else { open = index }
            }
        }
        var best: Segment?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isASCIIDigit, !insideDollars[index], index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isASCIIDigit) {
                var end = index
                while end < characters.count, characters[end].isASCIIDigit || ((characters[end] == "," || characters[end] == ".")
                        && end + 1 < characters.count && characters[end + 1].isASCIIDigit) { end += 1 }
                var start = index
                if start > 0, characters[start - 1] == "-" { start -= 1 }
                var text = String(characters[start..<end])
                // A European decimal comma such as 2,74 (never three digits after the comma).
                if LaTeX.matches(text, #"^-?\d+,\d{1,2}$"#) { text = text.replacingOccurrences(of: ",", with: ".") }
                best = Segment(text: text, start: start, end: end)
                index = end
                continue
            }
            index += 1
        }
        return best
    }

    /// The last multiple-choice letter written `(C)`, `\textbf{(C)}` or `C)`; used when the gold is a choice letter.
    static func choiceLetter(_ characters: [Character]) -> Character? {
        var index = characters.count - 1
        while index >= 1 {
            if characters[index] == ")", "ABCDEabcde".contains(characters[index - 1]),
               index < 2 || !characters[index - 2].isLetter {
                return Character(characters[index - 1].uppercased())
            }
            index -= 1
        }
        return nil
    }
}
