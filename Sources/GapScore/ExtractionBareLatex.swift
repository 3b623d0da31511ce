// Extraction's readers for LaTeX written without math delimiters ("The average is \frac{a}{2}+\frac{b}{2}.", "x \in \{6, -1\}.",
// "la inversa es \begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}."): what a prose response would have put in `$…$`.

extension AnswerExtractor {
    static let matrixBegin = b("\\begin{"), matrixEnd = b("\\end{")

    /// Wraps each `\begin{…matrix}…\end{…matrix}` of a response without math delimiters in `$…$`.
    static func delimitBareMatrices(_ text: inout [UInt8]) {
        var out: [UInt8] = []
        var index = 0
        while let begin = Bytes.find(text, matrixBegin, from: index) {
            let nameStart = begin + matrixBegin.count
            guard let nameEnd = text[nameStart...].firstIndex(of: 125), text[nameStart..<nameEnd].suffix(6).elementsEqual(b("matrix")),
                  let end = Bytes.find(text, matrixEnd + text[nameStart...nameEnd], from: nameEnd) else { break }
            let close = end + matrixEnd.count + (nameEnd - nameStart) + 1
            out.append(contentsOf: text[index..<begin])
            out.append(36)
            out.append(contentsOf: text[begin..<close])
            out.append(36)
            index = close
        }
        out.append(contentsOf: text[index...])
        text = out
    }

    /// An empty box, which holds no answer.
    static let emptyBox = b("\\boxed{}")

    /// The LaTeX that ends the last sentence when that sentence has no math delimiters: the run of tokens (split at
    /// spaces outside braces) back from the sentence's end while each is math — a command (`\frac{b+6}{3}`, `\pm`,
    /// `\{0,`), digits, operators, brackets, one-letter names (`12n`, `f(x)`), `≤ ≥ ± ∈ …` — after up to two unit words
    /// ("2 \sqrt 5 km."). A word of two or more letters, or a token that ends a clause with `:` or `;`, stops it; a
    /// leading `=` or relation is dropped. The run must hold a command. Nil otherwise.
    static func bareLatexTail(_ text: [UInt8]) -> String? {
        guard let last = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        let start = sentenceStart(text, at: last)
        guard last - start <= 400 else { return nil }
        var sentence = Array(text[start...last])
        // A response that uses `\[…\]` or `\(…\)` anywhere writes its math in them (the last "sentence" may be a closing `\]`).
        guard !sentence.contains(36), sentence.contains(92), !Bytes.contains(text, b("\\[")), !Bytes.contains(text, b("\\(")) else { return nil }
        while let end = sentence.last, end == 46 || end == 44 || end == 59 || end == 33 { sentence.removeLast() }
        // Tokens at spaces outside braces.
        var tokens: [ArraySlice<UInt8>] = []
        var depth = 0, tokenStart = 0
        for (index, byte) in sentence.enumerated() {
            if byte == 123 { depth += 1 } else if byte == 125 { depth -= 1 }
            if Bytes.isSpace(byte), depth <= 0 {
                if index > tokenStart { tokens.append(sentence[tokenStart..<index]) }
                tokenStart = index + 1
            }
        }
        if sentence.count > tokenStart { tokens.append(sentence[tokenStart...]) }
        var end = tokens.count
        // An empty box holds no answer ("So the number of ways is 35. \boxed{}").
        while end > 0, tokens[end - 1].elementsEqual(emptyBox) { end -= 1 }
        for _ in 0..<2 where end > 1 && isUnitToken(tokens[end - 1]) { end -= 1 }
        var first = end
        while first > 0, isLatexMathToken(tokens[first - 1]) { first -= 1 }
        while first < end, relationTokens.contains(Array(tokens[first])) { first += 1 }
        // The units stay with the value (`6 \text{ feet}` is not `6 \text{ inches}`).
        guard first < end, tokens[first...].contains(where: { $0.contains(92) }) else { return nil }
        // "The largest prime factor is 13, since 91 = 7 \times 13.": a formula that gives the reason is not the answer.
        if first > 0, reasonTokens.contains(tokens[first - 1].map(Bytes.lower)) { return nil }
        return tokens[first...].map { Bytes.string(Array($0)) }.joined(separator: " ")
    }

    static let reasonTokens: Set<[UInt8]> = Set(["since", "because", "as", "for", "from", "via", "using"].map(b))
    static let relationTokens: Set<[UInt8]> = Set(["=", "<", ">", "\\le", "\\ge", "\\leq", "\\geq", "≤", "≥", "\\approx", "≈"].map(b))

    /// Whether a token is a unit word ("km", "dollars", "cm^2").
    static func isUnitToken(_ token: ArraySlice<UInt8>) -> Bool {
        var word = token.map(Bytes.lower)
        // `\text{square units}`, `\mathrm{cm}`: the wrapped words.
        for wrapper in [b("\\text{"), b("\\mathrm{"), b("\\mbox{")] where word.count > wrapper.count + 1 && word.starts(with: wrapper) && word.last == 125 {
            word = Array(Bytes.trimSpaces(word[wrapper.count..<(word.count - 1)]))
            break
        }
        for power in [b("^2"), b("^3"), b("²"), b("³")] where word.count > power.count && word.suffix(power.count).elementsEqual(power) {
            word.removeLast(power.count)
        }
        return measureUnits.contains(word) || Normalizer.unitWordSet.contains(word)
    }

    /// Whether a token may be part of a formula: a command, or no run of two ASCII letters and no letter outside ASCII
    /// (math symbols aside), and not ending a clause with `:` or `;`.
    static func isLatexMathToken(_ token: ArraySlice<UInt8>) -> Bool {
        if token.contains(92) { return true }   // `\;` and `\:` are spacing, not a clause's end
        guard let end = token.last, end != 58, end != 59 else { return false }
        var run = 0
        for byte in token {
            run = Bytes.isLetter(byte) ? run + 1 : 0
            if run >= 2 { return false }
        }
        guard token.contains(where: { $0 >= 0x80 }) else { return true }
        return String(decoding: Array(token), as: UTF8.self).unicodeScalars.allSatisfy { $0.isASCII || plainMathSymbols.contains($0) || $0 == "∈" }
    }

    static let alignEnvironments: [[UInt8]] = ["align*", "align", "aligned", "eqnarray*", "eqnarray", "gather*", "gather"].map(b)

    /// The last side of the last line of an align-like environment that closes the response (`\begin{align*} … \\ &=
    /// \frac{35}{64} \end{align*}`), without `&`, `\displaystyle` and a closing full stop; nil when the response does not
    /// end with such an environment.
    static func closingAlignedLine(_ text: [UInt8]) -> String? {
        guard var last = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        // "\end{align*}⏎which is the desired probability.": a clause in words after the environment, with no number or math.
        if text[last] != 125, let end = Bytes.findLast(text, b("\\end{")), let close = text[end...].firstIndex(of: 125), close < last,
           case let clause = Bytes.trimSpaces(text[(close + 1)...last]), clause.count <= 80, let first = clause.first,
           (97...122).contains(first), !clause.contains(where: { Bytes.isDigit($0) || $0 == 36 || $0 == 92 }) {
            last = close
        }
        guard text[last] == 125 else { return nil }
        let head = Array(text[...last])
        guard let name = alignEnvironments.first(where: { name in
            let end = b("\\end{") + name + b("}")
            return head.count > end.count && head.suffix(end.count).elementsEqual(end)
        }), let begin = Bytes.findLast(head, b("\\begin{") + name + b("}")) else { return nil }
        let bodyStart = begin + 8 + name.count, bodyEnd = head.count - (6 + name.count)
        guard bodyStart < bodyEnd, bodyEnd - bodyStart <= 2_000 else { return nil }
        var lines: [ArraySlice<UInt8>] = []
        var from = bodyStart
        while let split = Bytes.find(head, b("\\\\"), from: from), split < bodyEnd {
            lines.append(head[from..<split])
            from = split + 2
        }
        lines.append(head[from..<bodyEnd])
        guard var line = lines.last(where: { !Bytes.trimSpaces($0).isEmpty }).map(Array.init) else { return nil }
        line.removeAll { $0 == 38 }
        Bytes.replaceAll(&line, b("\\displaystyle"), with: [])
        if let equals = line.lastIndex(of: 61) { line = Array(line[(equals + 1)...]) }
        var value = Array(Bytes.trimSpaces(line[...]))
        while let end = value.last, end == 46 || end == 44 { value.removeLast() }
        value = Array(Bytes.trimSpaces(value[...]))
        return value.isEmpty ? nil : Bytes.string(value)
    }
}
