// One-letter unit symbols after a plain number ("Answer: 937.5 g"), which the normaliser keeps because a lone letter
// may be a variable.
extension AnswerExtractor {
    /// Symbols of units that are one letter, which the normaliser keeps (a lone `m` or `g` may be a variable).
    static let oneLetterUnits: Set<String> = ["g", "m", "s", "h", "L", "l", "t"]

    /// "937.5 g", "12 m", "20 m²": a plain number and a one-letter unit symbol (squared or cubed) after a space; the
    /// number, or nil. For plain-number golds only: against `2\text{ cm}` the unit is the question.
    static func numberBeforeOneLetterUnit(_ answer: String) -> String? {
        // Most answers end otherwise: a short last word that opens with a letter is checked on the bytes first.
        let tail = Array(answer.utf8.suffix(16))
        guard let space = tail.lastIndex(of: 32), space + 1 < tail.count, Bytes.isLetter(tail[space + 1]) else { return nil }
        let parts = FoundationText.trimmingWhitespace(answer, newlines: true).split(separator: " ")
        guard parts.count == 2 else { return nil }
        var unit = String(parts[1])
        for power in ["²", "³", "^2", "^3", "^{2}", "^{3}"] where unit.hasSuffix(power) { unit.removeLast(power.count); break }
        guard oneLetterUnits.contains(unit), parts[0].utf8.contains(where: Bytes.isDigit),
              parts[0].utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 46 || $0 == 44 || $0 == 45 }) else { return nil }
        return String(parts[0])
    }
}
