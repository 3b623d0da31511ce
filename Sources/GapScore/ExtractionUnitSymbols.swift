// One-letter unit symbols after a plain number ("Answer: 937.5 g"), which the normaliser keeps because a lone letter
// may be a variable.
extension AnswerExtractor {
    /// Symbols of units that are one letter, which the normaliser keeps (a lone `m` or `g` may be a variable).
    static let oneLetterUnits: Set<String> = ["g", "m", "s", "h", "L", "l", "t"]

    /// "937.5 g", "12 m": a plain number and a one-letter unit symbol after a space; the number, or nil. For plain-number
    /// golds only: against `2\text{ cm}` the unit is the question.
    static func numberBeforeOneLetterUnit(_ answer: String) -> String? {
        // Most answers end otherwise: a letter after a space, at the end, is checked on the bytes first.
        let tail = answer.utf8.reversed().drop { Bytes.isSpace($0) }
        guard let last = tail.first, Bytes.isLetter(last), tail.dropFirst().first == 32 else { return nil }
        let parts = FoundationText.trimmingWhitespace(answer, newlines: true).split(separator: " ")
        guard parts.count == 2, oneLetterUnits.contains(String(parts[1])), parts[0].utf8.contains(where: Bytes.isDigit),
              parts[0].utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 46 || $0 == 44 || $0 == 45 }) else { return nil }
        return String(parts[0])
    }
}
