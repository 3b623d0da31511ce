// Extraction's reading of a division's quotient beside its remainder: "The quotient is $x^8 + … + 1$ and the remainder
// is $2$.", a `### Quotient` heading over display math. The scorer tries it when the value read last (the remainder)
// fails: the gold, not the response, says which of the two the problem asked for.

extension AnswerExtractor {
    static let quotientWords: [[UInt8]] = ["quotient", "quociente", "cociente", "quoziente", "частное", "商"].map(b)
    static let remainderWords: [[UInt8]] = ["remainder", "resto", "reste", "rest", "остаток", "余", "나머지"].map(b)
    /// What may stand between the quotient word and its math: a verb of being, a colon, an equals sign, a heading's marks.
    static let divisorBy = b(" by ")
    static let quotientLinks: [[UInt8]] = ["is", "é", "es", "est", "ist", "è", "равно", "是", "为", ":", "=", "#", "*"].map(b)

    /// The math that the last quotient word of a response's last 600 bytes names, when the response also names a
    /// remainder: `$…$`, `$$…$$` or `\[…\]` starting right after the word and its link. Nil otherwise.
    static func quotientStated(_ response: String) -> String? {
        let bytes = Array(response.utf8.suffix(600))
        let lowered = bytes.map(Bytes.lower)
        guard remainderWords.contains(where: { Bytes.contains(lowered, $0) }),
              let found = quotientWords.compactMap({ word in Bytes.findLast(lowered, word).map { $0 + word.count } }).max() else { return nil }
        var cursor = found
        // "the quotient when dividing by $x + 1$ is⏎$$…$$": a phrase that names the divisor comes before the link.
        if let by = Bytes.find(lowered, divisorBy, from: found), by - found <= 30, !lowered[found..<by].contains(36),
           by + divisorBy.count < bytes.count, bytes[by + divisorBy.count] == 36,
           let divisor = mathSegments(Array(bytes[(by + divisorBy.count)...])).first, divisor.start == 0 {
            cursor = by + divisorBy.count + divisor.end
        }
        let linkStart = cursor
        var skipped = 0
        // The link: spaces, newlines and at most a few short words or marks.
        while cursor < bytes.count, skipped < 4 {
            if Bytes.isSpace(bytes[cursor]) { cursor += 1; continue }
            guard let link = quotientLinks.first(where: { Bytes.hasPrefix(lowered, at: cursor, $0) }) else { break }
            cursor += link.count
            skipped += 1
        }
        guard cursor - linkStart <= 24, let segment = mathSegments(Array(bytes[cursor...])).first, segment.start == 0 else { return nil }
        let math = segment.text.trimmingCharacters(in: .whitespaces)
        return math.isEmpty ? nil : math
    }
}
