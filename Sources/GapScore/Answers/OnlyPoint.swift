// The one point of a closing sentence: "The center is $(-3, 2)$ and the radius is $5$." states the point a point gold asks for.

extension AnswerProse {
    /// The entries' separators of a gold that is one point or tuple of two or three entries (`(-3, 2)`, `$(1,2,3)$`):
    /// the number of its top-level commas. Nil for anything else (several tuples, intervals, a bare list).
    static func singlePointCommas(_ gold: String) -> Int? {
        var bytes = Bytes.trimSpaces(Array(gold.utf8)[...])
        while bytes.first == 36, bytes.last == 36 { bytes = Bytes.trimSpaces(bytes.dropFirst().dropLast()) }
        guard bytes.first == 40, bytes.last == 41, let entries = tupleEntries(Array(bytes)[...]) else { return nil }
        return entries >= 2 && entries <= 3 ? entries - 1 : nil
    }

    /// The only tuple of numbers in `sentence` with `commas` top-level commas, as written (`(-3, 2)`); nil when there is
    /// none or more than one. A tuple of names (`(x, y)`) is not a point and does not count.
    static func onlyPoint(_ sentence: String, commas: Int) -> String? {
        let bytes = Array(sentence.utf8)
        var found: String?
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 40 else { index += 1; continue }
            // Matching parentheses; `\left( … \right)` is found by its own parentheses (`\right` reads as a command).
            var close = index + 1, depth = 1
            while close < bytes.count, depth > 0 {
                if bytes[close] == 40 { depth += 1 } else if bytes[close] == 41 { depth -= 1 }
                if depth > 0 { close += 1 }
            }
            guard close < bytes.count else { return found }
            if let entries = tupleEntries(bytes[index...close]), entries == commas + 1 {
                if found != nil { return nil }
                found = Bytes.string(bytes[index...close])
            }
            index = close + 1
        }
        return found
    }

    /// The number of entries of a parenthesised tuple of numbers (`(-3, 2)`, `(\frac{1}{2}, \sqrt{3})`): top-level
    /// commas plus one, when every entry holds a digit and no letter outside a LaTeX command. Nil otherwise.
    private static func tupleEntries(_ group: ArraySlice<UInt8>) -> Int? {
        guard group.first == 40, group.last == 41 else { return nil }
        let inside = group.dropFirst().dropLast()
        var entries = 1, depth = 0, index = inside.startIndex
        var digit = false
        while index < inside.endIndex {
            let byte = inside[index]
            if byte == 92 {   // a command: `\frac`, `\sqrt`, `\pi`
                index += 1
                while index < inside.endIndex, Bytes.isLetter(inside[index]) { index += 1 }
                continue
            }
            if Bytes.isLetter(byte) || byte == 61 || byte == 59 { return nil }
            if byte == 40 || byte == 123 || byte == 91 { depth += 1 }
            if byte == 41 || byte == 125 || byte == 93 { depth -= 1 }
            if byte == 44, depth == 0 {
                guard digit else { return nil }
                entries += 1
                digit = false
            }
            if Bytes.isDigit(byte) { digit = true }
            index += 1
        }
        return digit ? entries : nil
    }
}
