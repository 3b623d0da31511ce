// Unit-vector notation: `3\mathbf{i} - 2\mathbf{j} + \mathbf{k}` read as the column vector of its coefficients.

/// Sums of the standard unit vectors `\mathbf{i}`, `\mathbf{j}`, `\mathbf{k}` (also `\hat{i}`, `\vec{i}`, `\boldsymbol{i}`,
/// `\bm{i}`, `\hat{\imath}`, `\hat{\jmath}`) written as column vectors, so they compare with a `pmatrix` or a tuple gold.
/// Qwen2.5-Math's parser only drops `\mathbf`, which turns `2\mathbf{i}+3\mathbf{j}` into the complex-looking `2i+3j`.
enum UnitVectors {
    static func b(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Marker prefixes (the command and its brace), each followed by `i`, `j`, `k`, `\imath` or `\jmath` and `}`.
    static let wrappers: [[UInt8]] = ["\\mathbf{", "\\hat{", "\\vec{", "\\boldsymbol{", "\\bm{", "\\widehat{"].map(b)
    static let names: [([UInt8], Int)] = [(b("i"), 0), (b("j"), 1), (b("k"), 2), (b("\\imath"), 0), (b("\\jmath"), 1),
                                          (b("\\imath "), 0), (b("\\jmath "), 1)]

    /// The component (0, 1, 2) and length of a unit-vector marker starting at `index`, or nil.
    static func marker(_ text: [UInt8], at index: Int) -> (component: Int, length: Int)? {
        for wrapper in wrappers where Bytes.hasPrefix(text, at: index, wrapper) {
            let start = index + wrapper.count
            for (name, component) in names where Bytes.hasPrefix(text, at: start, name) {
                let close = start + name.count
                if close < text.count, text[close] == 125 { return (component, close + 1 - index) }
            }
        }
        return nil
    }

    /// Whether a unit-vector marker starts at `index` (a cheap test for the normaliser's one pass over commands).
    static func startsMarker(_ text: [UInt8], at index: Int) -> Bool { marker(text, at: index) != nil }

    /// The column vector `\begin{pmatrix}a\\b\\c\end{pmatrix}` for a sum of unit-vector terms, each a coefficient (maybe
    /// empty, a sign, a number, a fraction or root, with an optional `\cdot` or `*`) followed by one marker; two
    /// components without `k`, three with it. Nil when any term is something else.
    static func columnVector(_ text: [UInt8]) -> [UInt8]? {
        var components: [[UInt8]] = [[], [], []]
        var sawThird = false
        var termStart = 0
        var index = 0
        var depth = 0
        var found = 0
        func close(term: ArraySlice<UInt8>) -> Bool {
            var body = Array(Bytes.trimSpaces(term))
            guard !body.isEmpty else { return false }
            var sign: [UInt8] = [43]
            if body.first == 43 || body.first == 45 { sign = [body.removeFirst()]; body = Array(Bytes.trimSpaces(body[...])) }
            // The marker ends the term.
            var markerStart = -1
            var component = 0
            for start in stride(from: body.count - 1, through: 0, by: -1) where body[start] == 92 {
                if let found = marker(body, at: start), start + found.length == body.count { markerStart = start; component = found.component; break }
            }
            guard markerStart >= 0 else { return false }
            var coefficient = Array(Bytes.trimSpaces(body[..<markerStart]))
            for operatorText in [b("\\cdot"), b("*"), b("\\times")] where coefficient.count >= operatorText.count
                && Array(coefficient.suffix(operatorText.count)) == operatorText {
                coefficient = Array(Bytes.trimSpaces(coefficient.dropLast(operatorText.count)))
            }
            // A coefficient is a number: no variable outside commands (`x\mathbf{i}` is not read).
            guard !AnswerExtractor.hasPlainLetter(coefficient) else { return false }
            if component == 2 { sawThird = true }
            let value: [UInt8] = coefficient.isEmpty ? [49] : [40] + coefficient + [41]
            components[component] += (components[component].isEmpty && sign == [43] ? [] : sign) + value
            return true
        }
        while index < text.count {
            let byte = text[index]
            if byte == 123 || byte == 40 || byte == 91 { depth += 1 }
            if byte == 125 || byte == 41 || byte == 93 { depth -= 1 }
            if byte == 92, let hit = marker(text, at: index) { found += 1; index += hit.length; continue }
            if depth == 0, byte == 43 || byte == 45, index > termStart, text[termStart..<index].contains(where: { $0 != 32 }) {
                guard close(term: text[termStart..<index]) else { return nil }
                termStart = index
            }
            index += 1
        }
        guard found > 0, close(term: text[termStart...]) else { return nil }
        let count = sawThird ? 3 : 2
        let rows = components.prefix(count).map { $0.isEmpty ? [48] : $0 }
        var result = b("\\begin{pmatrix}")
        for (row, entry) in rows.enumerated() {
            if row > 0 { result += [92, 92] }
            result += entry
        }
        return result + b("\\end{pmatrix}")
    }
}
