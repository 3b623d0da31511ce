// Extraction's reading of Markdown and HTML markup: the section under a Final Answer heading, bold italics as bold, and
// HTML tags as the Markdown or math they stand for.
extension AnswerExtractor {
    /// The text under the last Markdown heading that names the final answer (`### ✅ Final Answer`, `## Answer`), up to the
    /// next heading, when another heading follows it; nil otherwise.
    static func finalAnswerSection(_ text: [UInt8]) -> [UInt8]? {
        guard text.count <= 20_000, Bytes.contains(text, b("#")) else { return nil }
        var headings: [(start: Int, end: Int, final: Bool)] = []
        var lineStart = 0
        while lineStart < text.count {
            let lineEnd = text[lineStart...].firstIndex(of: 10) ?? text.count
            var cursor = lineStart
            while cursor < lineEnd, text[cursor] == 32 { cursor += 1 }
            var hashes = 0
            while cursor < lineEnd, text[cursor] == 35 { hashes += 1; cursor += 1 }
            if (1...6).contains(hashes), cursor < lineEnd, text[cursor] == 32 {
                // The heading's words, after any emoji or marks before them.
                let words = Array(text[cursor..<lineEnd].drop { !Bytes.isLetter($0) }).map(Bytes.lower)
                let final = words.starts(with: b("final answer")) || words == b("answer") || words.starts(with: b("answer:"))
                headings.append((lineStart, lineEnd, final))
            }
            lineStart = lineEnd + 1
        }
        guard let index = headings.lastIndex(where: { $0.final }), index + 1 < headings.count else { return nil }
        let section = Bytes.trimSpaces(text[(headings[index].end)..<headings[index + 1].start])
        return section.isEmpty || section.count > 600 ? nil : Array(section)
    }

    /// `***x***` → `**x**`: a run of exactly three stars next to text on its line (bold italics) loses one star.
    static func rewriteBoldItalics(_ text: inout [UInt8]) {
        var index = 0
        while index + 2 < text.count {
            guard text[index] == 42, text[index + 1] == 42, text[index + 2] == 42, index == 0 || text[index - 1] != 42,
                  index + 3 == text.count || text[index + 3] != 42 else { index += 1; continue }
            let beforeIsText = index > 0 && !Bytes.isSpace(text[index - 1])
            let afterIsText = index + 3 < text.count && !Bytes.isSpace(text[index + 3])
            if beforeIsText || afterIsText {
                text.remove(at: index)
                index += 2
            } else {
                index += 3
            }
        }
    }

    /// HTML tags a chat interface may leave in a response, and what they stand for: line breaks, bold, nothing.
    static let htmlTags: [(tag: [UInt8], replacement: [UInt8])] = [
        ("<br>", "\n"), ("<br/>", "\n"), ("<br />", "\n"), ("</p>", "\n"), ("</div>", "\n"), ("</li>", "\n"), ("<p>", ""),
        ("<div>", ""), ("<li>", ""), ("<ul>", ""), ("</ul>", ""), ("<ol>", ""), ("</ol>", ""), ("<span>", ""), ("</span>", ""),
        ("<b>", "**"), ("</b>", "**"), ("<strong>", "**"), ("</strong>", "**"), ("<i>", ""), ("</i>", ""), ("<em>", ""),
        ("</em>", ""), ("<sup>", "^{"), ("</sup>", "}"), ("<sub>", "_{"), ("</sub>", "}"),
    ].map { (b($0.0), b($0.1)) }

    /// Markup that shows a response is HTML (a reasoning model's `</think>` does not).
    static let htmlEvidence: [[UInt8]] = ["</p>", "</b>", "</strong>", "</li>", "</div>", "</sup>", "<br"].map(b)

    /// `<p><strong>Final answer:</strong> 64</p>`, `2<sup>6</sup>`, `(1, 8, 19)<br>`: the tags of `htmlTags`, exactly as
    /// written there (no attributes), replaced by what they stand for. Only when one of `htmlEvidence` shows that the
    /// response is HTML; `0<b>a` in math is no tag. Returns whether it rewrote anything.
    static func rewriteHTMLTags(_ text: inout [UInt8]) -> Bool {
        guard htmlEvidence.contains(where: { Bytes.contains(text, $0) }) else { return false }
        for (tag, replacement) in htmlTags where Bytes.contains(text, tag) { _ = Bytes.replaceAll(&text, tag, with: replacement) }
        return true
    }

    static let boldMark = b("**"), boldItalicMark = b("***")
}
