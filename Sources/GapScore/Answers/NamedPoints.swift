// Named points and vectors: `A(1, 2)`, `S(0.5 ; -0.75)`, `\vec{u}(2 ; -1 ; 3)` are the tuple they name.

extension Normalizer {
    static let vectorNames: [[UInt8]] = [b("\\vec{"), b("\\overrightarrow{"), b("\\vec ")]

    /// Drops the name before a point's or vector's coordinates: one capital letter (with a prime or a digit subscript)
    /// or `\vec{u}` right before `(`, at the start or after `, `, when the parentheses hold two or more entries separated
    /// by `,` or `;` and no letter, and no `=` follows them. `f(1, 2)`, `P(0)` and `C(7,3) = 35` keep their names.
    static func removePointNames(_ text: inout [UInt8]) {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let atItemStart = result.isEmpty || result.last == 32 && result.dropLast().last == 44 || result.last == 44
            if atItemStart, let open = pointNameEnd(text, from: index), let close = matchingParenthesis(text, from: open) {
                let inside = text[(open + 1)..<close]
                // `C(7,3) = 35` is a computation, not a point: no `=` after the parentheses.
                var after = close + 1
                while after < text.count, text[after] == 32 { after += 1 }
                let computed = after < text.count && text[after] == 61
                if !computed, inside.contains(where: { $0 == 44 || $0 == 59 }), !inside.contains(where: Bytes.isLetter), inside.contains(where: Bytes.isDigit) {
                    index = open
                    continue
                }
            }
            result.append(text[index]); index += 1
        }
        text = result
    }

    /// Where the `(` after a point's name starting at `start` is; nil when no name starts there.
    static func pointNameEnd(_ text: [UInt8], from start: Int) -> Int? {
        guard start < text.count else { return nil }
        if (65...90).contains(text[start]) {
            var cursor = start + 1
            while cursor < text.count, text[cursor] == 39 || Bytes.isDigit(text[cursor]) || text[cursor] == 95 { cursor += 1 }
            return cursor < text.count && text[cursor] == 40 ? cursor : nil
        }
        for name in vectorNames where Bytes.hasPrefix(text, at: start, name) {
            var cursor = start + name.count
            guard cursor < text.count, Bytes.isLetter(text[cursor]) else { return nil }
            cursor += 1
            if name.last == 123 { guard cursor < text.count, text[cursor] == 125 else { return nil }; cursor += 1 }
            return cursor < text.count && text[cursor] == 40 ? cursor : nil
        }
        return nil
    }

    /// The index of the `)` that closes the `(` at `open`; nil when it is not closed.
    static func matchingParenthesis(_ text: [UInt8], from open: Int) -> Int? {
        var depth = 0
        for index in open..<text.count {
            if text[index] == 40 { depth += 1 } else if text[index] == 41 { depth -= 1; if depth == 0 { return index } }
        }
        return nil
    }
}
