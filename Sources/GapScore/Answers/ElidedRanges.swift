// Whole numbers written as a range: `1, 2, \dots, 5`, `n = 2, 3, \ldots, 8` and `\{x\in\mathbb{Z} : -1\le x\le 2\}` list every term.

enum ElidedRanges {
    static let ellipses: [[UInt8]] = ["\\ldots", "\\cdots", "\\dots", "...", "\u{2026}", "\u{22EF}"].map { Array($0.utf8) }
    /// At most this many terms are written out; a longer range stays as written.
    static let maximumTerms = 60

    /// Whether `text` may hold an elided list: a comma and an ellipsis's bytes.
    static func mayHold(_ text: [UInt8]) -> Bool {
        text.count <= 160 && text.contains(44) && (text.contains(46) || text.contains(100) || text.contains(0xE2))
    }

    /// Writes out the first elided list of whole numbers in `text`: two terms before the ellipsis give the step, one
    /// after it the last term (`1, 3, \dots, 9` → `1, 3, 5, 7, 9`). Terms glued to a name (`x_1, x_2, \dots, x_5`), a
    /// power (`2^1, 2^2, \dots`) or a decimal point, an open end (`1, 2, 3, \dots`) and a last term off the step stay.
    static func expand(_ text: inout [UInt8]) {
        for ellipsis in ellipses {
            guard let at = Bytes.find(text, ellipsis) else { continue }
            var after = skipSpacing(text, from: at + ellipsis.count)
            guard after < text.count, text[after] == 44 else { return }
            after = skipSpacing(text, from: after + 1)
            guard let last = integer(text, from: after) else { return }
            var before = skipSpacingBack(text, to: at)
            guard before > 0, text[before - 1] == 44 else { return }
            before = skipSpacingBack(text, to: before - 1)
            guard let second = integer(text, endingAt: before) else { return }
            before = skipSpacingBack(text, to: second.start)
            guard before > 0, text[before - 1] == 44 else { return }
            before = skipSpacingBack(text, to: before - 1)
            guard let first = integer(text, endingAt: before) else { return }
            let step = second.value - first.value
            guard step != 0, (last.value - second.value) % step == 0, (last.value - second.value) / step >= 1,
                  (last.value - first.value) / step + 1 <= maximumTerms else { return }
            let terms = stride(from: first.value, through: last.value, by: step).map(String.init).joined(separator: ", ")
            text.replaceSubrange(first.start..<last.end, with: Array(terms.utf8))
            return
        }
    }

    /// The index after the spaces, `\,`, `\ ` and `~` from `index` on.
    private static func skipSpacing(_ text: [UInt8], from index: Int) -> Int {
        var index = index
        while index < text.count {
            if text[index] == 32 || text[index] == 126 { index += 1 }
            else if text[index] == 92, index + 1 < text.count, text[index + 1] == 44 || text[index + 1] == 32 { index += 2 }
            else { break }
        }
        return index
    }

    /// The index before the spaces, `\,`, `\ ` and `~` that end at `index`.
    private static func skipSpacingBack(_ text: [UInt8], to index: Int) -> Int {
        var index = index
        while index > 0 {
            if text[index - 1] == 32 || text[index - 1] == 126 { index -= 1 }
            else if index >= 2, text[index - 2] == 92, text[index - 1] == 44 || text[index - 1] == 32 { index -= 2 }
            else { break }
        }
        return index
    }

    /// A whole number (with its minus sign) starting at `index`, when nothing glues a digit, a point or a letter to its end.
    private static func integer(_ text: [UInt8], from index: Int) -> (value: Int, end: Int)? {
        var end = index
        if end < text.count, text[end] == 45 { end += 1 }
        let digits = end
        while end < text.count, Bytes.isDigit(text[end]) { end += 1 }
        guard end > digits, end - digits <= 9 else { return nil }
        if end < text.count, text[end] == 46 || Bytes.isLetter(text[end]) || text[end] == 94 || text[end] == 95 { return nil }
        return Int(Bytes.string(text[index..<end])).map { ($0, end) }
    }

    /// A whole number (with its minus sign) ending at `end`, when no name, power, subscript or decimal point comes
    /// right before it.
    private static func integer(_ text: [UInt8], endingAt end: Int) -> (value: Int, start: Int)? {
        var start = end
        while start > 0, Bytes.isDigit(text[start - 1]) { start -= 1 }
        guard start < end, end - start <= 9 else { return nil }
        if start > 0, text[start - 1] == 45 { start -= 1 }
        if start > 0, Bytes.isLetter(text[start - 1]) || [46, 94, 95, 92].contains(text[start - 1]) { return nil }
        return Int(Bytes.string(text[start..<end])).map { ($0, start) }
    }
}

extension ElidedRanges {
    private static let integersName = Array("\\mathbb{Z}".utf8)

    /// Whether `text` may be a set of whole numbers between two bounds: it names `\mathbb{Z}`.
    static func mayHoldIntegerRange(_ text: [UInt8]) -> Bool { text.count <= 80 && Bytes.contains(text, integersName) }

    /// Writes out `\{x\in\mathbb{Z} : -1\le x\le 2\}` (`:`, `|` or `\mid`; `\le`, `\leq` or `<` on each side) as
    /// `-1, 0, 1, 2`, when it holds at most `maximumTerms` numbers; leaves any other text as it is.
    static func expandIntegerRange(_ text: inout [UInt8]) {
        var body = Bytes.string(text).replacingOccurrences(of: " ", with: "")
        guard body.hasPrefix("\\{"), body.hasSuffix("\\}") else { return }
        body = String(body.dropFirst(2).dropLast(2))
        guard let bar = body.range(of: "\\mid") ?? body.range(of: ":") ?? body.range(of: "|") else { return }
        let domain = body[..<bar.lowerBound], condition = String(body[bar.upperBound...])
        guard domain.hasSuffix("\\in\\mathbb{Z}"), case let name = domain.dropLast(13), name.count == 1 else { return }
        var parts: [(bound: String, strict: Bool)] = []
        var rest = condition[...]
        while !rest.isEmpty {
            let found = ["\\leq", "\\le", "<"].compactMap { sign in rest.range(of: sign).map { (sign, $0) } }
            guard let (sign, range) = found.min(by: { $0.1.lowerBound < $1.1.lowerBound || $0.1.lowerBound == $1.1.lowerBound && $0.0.count > $1.0.count })
            else { parts.append((String(rest), false)); break }
            parts.append((String(rest[..<range.lowerBound]), sign == "<"))
            rest = rest[range.upperBound...]
        }
        guard parts.count == 3, parts[1].bound == String(name), var low = Int(parts[0].bound), var high = Int(parts[2].bound) else { return }
        if parts[0].strict { low += 1 }
        if parts[1].strict { high -= 1 }
        guard low <= high, high - low < maximumTerms else { return }
        text = Array((low...high).map(String.init).joined(separator: ", ").utf8)
    }
}
