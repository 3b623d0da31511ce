// Extraction's reading of a value set in a Markdown code block of one line: "The answer is:⏎```⏎18⏎```" answers 18.
extension AnswerExtractor {
    static let codeFence = b("```")

    /// The text with each fenced code block that holds one short line (at most 40 bytes, after an optional language
    /// name on the opening fence) replaced by that line; longer blocks (code) stay as they are.
    static func unfenceOneLineBlocks(_ text: inout [UInt8]) {
        var from = 0
        while let open = Bytes.find(text, codeFence, from: from) {
            var lineStart = open + codeFence.count
            while lineStart < text.count, Bytes.isLetter(text[lineStart]) { lineStart += 1 }   // ```text, ```python
            guard lineStart < text.count, text[lineStart] == 10, let lineEnd = text[(lineStart + 1)...].firstIndex(of: 10),
                  Bytes.hasPrefix(text, at: lineEnd + 1, codeFence) else { from = open + codeFence.count; continue }
            let line = Array(text[(lineStart + 1)..<lineEnd])
            guard !line.isEmpty, line.count <= 40, !Bytes.contains(line, codeFence) else { from = lineEnd + 1 + codeFence.count; continue }
            text.replaceSubrange(open..<(lineEnd + 1 + codeFence.count), with: line)
            from = open + line.count
        }
    }
}
