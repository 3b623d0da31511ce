// The names a renaming would change: an answer in `h` matches a gold in `k` only by renaming one variable, and a response
// that writes `k` in its own math means another quantity by `h`.
enum RenamedNames {
    /// Commands whose braced argument is words, not names (`\text{cm}`, `\operatorname{lcm}`).
    private static let wordCommands: Set<[UInt8]> = ["text", "mathrm", "textbf", "textit", "operatorname", "mbox", "textrm"]
        .map { Array($0.utf8) }.reduce(into: []) { $0.insert($1) }

    /// The one-letter names of a LaTeX text: ASCII letters outside command names and outside the words of `\text{…}`
    /// and its kin. `ab + 2a` names `a` and `b`.
    static func letters(_ text: String) -> Set<UInt8> {
        let bytes = Array(text.utf8)
        var names: Set<UInt8> = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 92 {
                var end = index + 1
                while end < bytes.count, Bytes.isLetter(bytes[end]) { end += 1 }
                let command = Array(bytes[(index + 1)..<end])
                index = max(end, index + 2)
                if wordCommands.contains(command), end < bytes.count, bytes[end] == 123 {
                    index = (Bytes.matchingBrace(bytes, from: end) ?? bytes.count - 1) + 1
                }
                continue
            }
            if byte < 0x80, Bytes.isLetter(byte) { names.insert(byte) }
            index += 1
        }
        return names
    }

    /// The gold's name that renaming the answer's one other name would produce (`k` for `2h` against `2k`), when each
    /// side has exactly one name the other lacks.
    static func renamed(gold: String, answer: String) -> (gold: UInt8, answer: UInt8)? {
        let goldNames = letters(gold), answerNames = letters(answer)
        let goldOnly = goldNames.subtracting(answerNames), answerOnly = answerNames.subtracting(goldNames)
        guard goldOnly.count == 1, answerOnly.count == 1 else { return nil }
        return (goldOnly.first!, answerOnly.first!)
    }

    /// Whether some math segment of `response` writes `name` (`$y = a(x-h)^2 + k$` writes `k`).
    static func writes(_ name: UInt8, in response: String) -> Bool {
        AnswerExtractor.mathSegments(Array(response.utf8)).contains { letters($0.text).contains(name) }
    }
}
