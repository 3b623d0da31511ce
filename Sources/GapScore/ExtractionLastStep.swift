// The last step of a short derivation read whole: "3k + 7 = 0, k = -7/3", "u + v = (1+3, 2-2) = (4, 0)",
// "₹12,000 ÷ 83 ≈ $144.58", a last line "x = 2, 2" under the working, one value written three times over.
extension AnswerExtractor {
    /// What the derivation `answer` ends on; nil when there is no single last step, when the answer lists values
    /// ("x = 3 or x = 5", "x = 3, x = 5", `\pm`) or ends on a relation (`x >= 3`), and when it is one step that does not
    /// compute from numbers.
    static func lastStep(_ answer: String) -> String? {
        guard answer.utf8.count <= 240, answer.utf8.contains(where: { $0 == 61 || $0 == 36 || $0 == 0xE2 || $0 == 92 }) else { return nil }
        let lines = answer.split(separator: "\n").map { FoundationText.trimmingWhitespace($0, newlines: false) }.filter { !$0.isEmpty }
        guard var text = lines.last else { return nil }
        for dot in [".", "$.", "$"] where text.hasSuffix(dot) { text.removeLast(dot.count) }
        if text.hasPrefix("$") { text.removeFirst() }
        // "$\frac{\sqrt{2}}{2}$ $\frac{\sqrt{2}}{2}$": the same value written over and over.
        let pieces = text.split(separator: "$").map { FoundationText.trimmingWhitespace($0, newlines: false) }.filter { !$0.isEmpty }
        if pieces.count >= 2, Set(pieces).count == 1 { return String(pieces[0]) }
        for listing in [" or ", "\\text{ or }", "\\pm", "±", "\\mp", " and "] where text.contains(listing) { return nil }
        // The sides at bracket depth 0, split at `=`, `≈` and `\approx` (never at `<=`, `>=`, `!=`, `==`).
        let bytes = Array(text.utf8)
        var depth = 0, cuts: [(start: Int, end: Int)] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 40 || byte == 91 || byte == 123 { depth += 1 }
            if byte == 41 || byte == 93 || byte == 125 { depth = max(0, depth - 1) }
            if depth == 0 {
                if byte == 61, index > 0, ![60, 62, 33, 61].contains(bytes[index - 1]), index + 1 == bytes.count || bytes[index + 1] != 61 {
                    cuts.append((index, index + 1))
                } else if Bytes.hasPrefix(bytes, at: index, b("≈")) {
                    cuts.append((index, index + 3))
                } else if Bytes.hasPrefix(bytes, at: index, b("\\approx")) {
                    cuts.append((index, index + 7))
                }
            }
            index += 1
        }
        guard let last = cuts.last else { return nil }
        // One step is a derivation only when it computes from numbers ("$500 × 149.2 = ¥74,600"), operates on what it
        // names ("A ∪ B = {1, 2, 3}", "2 + 4 + … + 2n = n^2 + n") or ends working written on lines above; "x = 3" and
        // "arccos(1/2) = 60°" are answers as they stand.
        if cuts.count == 1, lines.count == 1 {
            let left = bytes[..<last.start]
            let computes = left.contains(where: Bytes.isDigit) && !left.contains(where: Bytes.isLetter)
            guard computes || operatesAtTopLevel(left) else { return nil }
        }
        // "x = 3, x = 5": a name given two values is a list of answers, not a derivation.
        let names = cuts.map { cut -> String in
            let left = bytes[..<cut.start]
            let clauseStart = (left.lastIndex(of: 44).map { $0 + 1 } ?? 0)
            return Bytes.string(Bytes.trimSpaces(bytes[clauseStart..<cut.start]))
        }
        if Set(names).count < names.count { return nil }
        let value = Bytes.string(Bytes.trimSpaces(bytes[last.end...]))
        return value.isEmpty ? nil : value
    }

    /// Operations written outside brackets: `+`, `-`, `*`, `/`, `×`, `·`, `−`, `∪`, `∩`, `\cup`, `\cap`, `\times`, `\cdot`.
    static let topLevelOperations: [[UInt8]] = ["+", "-", "*", "/", "×", "·", "−", "∪", "∩", "\\cup", "\\cap", "\\times", "\\cdot"].map(b)

    /// Whether `side` applies an operation at bracket depth 0 (`u + v`, `A ∪ B`), not only inside a call (`arccos(1/2)`).
    static func operatesAtTopLevel(_ slice: ArraySlice<UInt8>) -> Bool {
        let side = Array(slice)
        var depth = 0
        for index in side.indices {
            let byte = side[index]
            if byte == 40 || byte == 91 || byte == 123 { depth += 1 } else if byte == 41 || byte == 93 || byte == 125 { depth = max(0, depth - 1) }
            else if depth == 0, index > 0, topLevelOperations.contains(where: { Bytes.hasPrefix(side, at: index, $0) }) { return true }
        }
        return false
    }
}
