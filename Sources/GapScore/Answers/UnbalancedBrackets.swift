// Normalizer's repair of an answer whose brackets a weak model left unbalanced at its end: a stray closing brace
// (`(x - 5)(x - 4)}`, `3\sqrt{2}}`) goes, and an opening left open (`\{-1, 4`, `(4, -1`, `[0, \infty`, `\end{pmatrix`,
// `\right`) is closed.

extension Normalizer {
    /// Repairs the end of `text` in place; balanced text (every gold, nearly every answer) is left as it is.
    static func repairUnbalancedEnd(_ text: inout [UInt8]) {
        var braces: [Int] = []          // positions of unmatched `{`
        var strayBraces = 0             // `}` that close nothing
        var parens = 0, brackets = 0    // `(` minus `)`, `[` minus `]`, outside braces
        for (index, byte) in text.enumerated() {
            switch byte {
            case 123: braces.append(index)
            case 125: if braces.isEmpty { strayBraces += 1 } else { braces.removeLast() }
            case 40 where braces.isEmpty: parens += 1
            case 41 where braces.isEmpty: parens -= 1
            case 91 where braces.isEmpty: brackets += 1
            case 93 where braces.isEmpty: brackets -= 1
            default: break
            }
        }
        // Stray closing braces at the very end.
        while strayBraces > 0, braces.isEmpty, text.last == 125 { text.removeLast(); strayBraces -= 1 }
        guard strayBraces == 0 else { return }
        // Open braces (at most two), closed in order; an escaped one (`\{`) by its escaped pair.
        if (1...2).contains(braces.count) {
            for open in braces.reversed() { text += open > 0 && text[open - 1] == 92 ? [92, 125] : [125] }
            return
        }
        guard braces.isEmpty else { return }
        // `\left( … \right` cut before its delimiter: the one `\left` opened with.
        if text.count > 6, text.suffix(6).elementsEqual(rightName), let left = Bytes.findLast(text, leftName), left + 5 < text.count {
            switch text[left + 5] {
            case 40: text.append(41)
            case 91: text.append(93)
            default: break
            }
            return
        }
        // One round or square bracket left open at the end (the other kind balanced): a tuple's `)`, an interval's `]`,
        // or `)` after infinity, which no interval includes.
        if parens == 1, brackets == 0, let open = text.lastIndex(of: 40), !text[open...].contains(41) {
            text.append(41)
        } else if brackets == 1, parens == 0, let open = text.lastIndex(of: 91), !text[open...].contains(93) {
            let infinite = text.suffix(6).elementsEqual(infinityName) || text.suffix(3).elementsEqual([0xE2, 0x88, 0x9E])
            text.append(infinite ? 41 : 93)
        }
    }

    static let rightName = Array("\\right".utf8), leftName = Array("\\left".utf8), infinityName = Array("\\infty".utf8)
}
