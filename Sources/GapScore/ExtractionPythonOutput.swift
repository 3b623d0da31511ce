// Extraction's reading of Python and sympy printouts in responses that run code: `n**3/3` is a power, not Markdown
// bold, and a closing inline code span (`Interval(-oo, 0)`, `Matrix([[1], [2]])`, `{-2, 1 - sqrt(5)}`) is the answer.
extension AnswerExtractor {
    static let pythonSignals: [[UInt8]] = ["```", "print(", "sympy", ">>> "].map(b)

    /// Whether the response shows code: a fence, a `print(` call, sympy or an interpreter prompt.
    static func showsCode(_ text: [UInt8]) -> Bool {
        pythonSignals.contains { Bytes.contains(text, $0) }
    }

    /// `n**3/3 + n**2/2`, `2*k**3`: `**` right after a name, number or `)` and right before a number or one letter is
    /// Python's power, written `^{3}`, so that no reading takes it for Markdown bold (`7**(2/3)` stays, as the normaliser
    /// reads it). Only for responses that show code (`showsCode`): in prose `**` opens and closes bold. (The normaliser's
    /// `rewritePythonPowers` reads every `**` of an extracted answer as a power; a whole response also holds bold.)
    static func rewritePythonPowersInProse(_ text: inout [UInt8]) {
        var index = 1
        while index + 2 < text.count {
            guard text[index] == 42, text[index + 1] == 42, text[index + 2] != 42,
                  Bytes.isLetter(text[index - 1]) || Bytes.isDigit(text[index - 1]) || text[index - 1] == 41 else { index += 1; continue }
            let start = index + 2
            var end = start
            if Bytes.isDigit(text[start]) {
                while end < text.count, Bytes.isDigit(text[end]) { end += 1 }
            } else if Bytes.isLetter(text[start]), start + 1 >= text.count || !Bytes.isLetter(text[start + 1]) {
                end = start + 1
            }
            guard end > start else { index += 1; continue }
            let power = b("^{") + text[start..<end] + b("}")
            text.replaceSubrange(index..<end, with: power)
            index += power.count
        }
    }

    static let codeSpanLeads: [[UInt8]] = [" is", " are", " equals", " be", ":", "="].map(b)

    /// The value of a closing inline code span that a lead introduces ("The range is `Interval(-oo, 0)`.", "Minimum cost:
    /// `2*k^{3} + k^{2}/2`", "so $v$ = `Matrix([[-1/3], [2/3]])`", "The quotient is `x^{5} - 1` (the remainder is -2)."), in
    /// the notation the rest of the judge reads (`sympyNotation`); nil when the last line has no such span.
    static func closingCodeSpanValue(_ text: [UInt8]) -> String? {
        guard let last = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        var start = last
        while start > 0, text[start - 1] != 10 { start -= 1 }
        guard last - start <= 300 else { return nil }
        var line = Array(text[start...last])
        if line.last == 46 { line.removeLast() }
        // A closing aside in parentheses after the span: "… `x^{5} - 1` (the remainder is -2)".
        if line.last == 41, let open = line.lastIndex(of: 40), open > 0, line[..<open].last(where: { $0 != 32 }) == 96 {
            line = Array(Bytes.trimSpaces(line[..<open]))
        }
        guard line.last == 96, line.filter({ $0 == 96 }).count == 2, let open = line.firstIndex(of: 96) else { return nil }
        let body = Bytes.trimSpaces(line[(open + 1)..<(line.count - 1)])
        let lead = Bytes.trimSpaces(line[..<open]).map(Bytes.lower)
        guard !body.isEmpty, body.count <= 160, body.contains(where: { Bytes.isDigit($0) || Bytes.isLetter($0) }),
              codeSpanLeads.contains(where: { lead.count >= $0.count && lead.suffix($0.count).elementsEqual($0) }) else { return nil }
        return Bytes.string(sympyNotation(Array(body)))
    }

    /// sympy's printed forms in the judge's notation: `oo` → `\infty`, a lone `I` → `i`, `Interval(a, b)` → `[a, b]`
    /// (an infinite end open; `Interval.open`, `.Lopen`, `.Ropen` as named), `Matrix([[a, b], [c, d]])` → a `pmatrix`,
    /// and a set `{a, b}` → `\{a, b\}`. Anything else stays as written (Python syntax is read by the normaliser).
    static func sympyNotation(_ body: [UInt8]) -> [UInt8] {
        var text = body
        // Whole-word tokens first: `oo`, `I`.
        var index = 0
        while index < text.count {
            let before = index == 0 ? 32 : text[index - 1]
            let wordBefore = Bytes.isLetter(before) || Bytes.isDigit(before) || before == 95
            if !wordBefore, Bytes.hasPrefix(text, at: index, b("oo")), index + 2 == text.count || !Bytes.isLetter(text[index + 2]) && text[index + 2] != 95 {
                text.replaceSubrange(index..<(index + 2), with: b("\\infty"))
                index += 6
                continue
            }
            if !wordBefore, text[index] == 73, index + 1 == text.count || !Bytes.isLetter(text[index + 1]) && !Bytes.isDigit(text[index + 1]) && text[index + 1] != 95 {
                text[index] = 105
            }
            index += 1
        }
        if let interval = sympyInterval(text) { return interval }
        if let matrix = sympyMatrix(text) { return matrix }
        if text.first == 123, text.last == 125, Bytes.matchingBrace(text, from: 0) == text.count {
            return b("\\{") + text[1..<(text.count - 1)] + b("\\}")
        }
        return text
    }

    /// `Interval(a, b)` and its `.open`, `.Lopen`, `.Ropen` forms as bracketed intervals; nil for anything else.
    static func sympyInterval(_ text: [UInt8]) -> [UInt8]? {
        let forms: [(name: String, open: UInt8, close: UInt8)] = [
            ("Interval.open(", 40, 41), ("Interval.Lopen(", 40, 93), ("Interval.Ropen(", 91, 41), ("Interval(", 91, 93),
        ]
        guard let form = forms.first(where: { text.starts(with: b($0.name)) }), text.last == 41 else { return nil }
        let inner = Array(text[form.name.utf8.count..<(text.count - 1)])
        let parts = inner.split(separator: 44, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let low = Bytes.trimSpaces(parts[0]), high = Bytes.trimSpaces(parts[1])
        guard !low.isEmpty, !high.isEmpty else { return nil }
        let infinity = b("\\infty")
        let open = Bytes.contains(Array(low), infinity) ? UInt8(40) : form.open
        let close = Bytes.contains(Array(high), infinity) ? UInt8(41) : form.close
        return [open] + low + [44] + high + [close]
    }

    /// `Matrix([[a, b], [c, d]])` (or `Matrix([a, b])`, a column) as `\begin{pmatrix} a & b \\ c & d \end{pmatrix}`; nil
    /// for anything else.
    static func sympyMatrix(_ text: [UInt8]) -> [UInt8]? {
        guard text.starts(with: b("Matrix([")), text.count > 10, text.suffix(2).elementsEqual(b("])")) else { return nil }
        let inner = Array(text[7..<(text.count - 1)])   // `[[a, b], [c, d]]` or `[a, b]`
        var rows: [[ArraySlice<UInt8>]] = []
        if inner.count >= 4, inner[1] == 91 {
            var depth = 0, rowStart = 0
            for (position, byte) in inner.enumerated() {
                if byte == 91 { depth += 1; if depth == 2 { rowStart = position + 1 } }
                if byte == 93 {
                    if depth == 2 { rows.append(inner[rowStart..<position].split(separator: 44).map { Bytes.trimSpaces($0) }) }
                    depth -= 1
                }
            }
        } else {
            rows = inner.dropFirst().dropLast().split(separator: 44).map { [Bytes.trimSpaces($0)] }
        }
        guard !rows.isEmpty, let width = rows.first?.count, width > 0, rows.allSatisfy({ $0.count == width && $0.allSatisfy { !$0.isEmpty } }) else {
            return nil
        }
        let body = rows.map { row in row.map { Bytes.string(Array($0)) }.joined(separator: " & ") }.joined(separator: " \\\\ ")
        return b("\\begin{pmatrix} " + body + " \\end{pmatrix}")
    }
}
