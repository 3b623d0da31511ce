// Numbers and signs as other locales write them: decimal commas, grouped thousands, `\ang`, `\cong`/`\simeq` for ≈,
// unit words in other scripts.
// Each pass runs inside `Normalizer.normalize` and only where its marker byte is present.

extension Normalizer {
    /// `{,}` between digits (LaTeX's unspaced comma) is a thousands mark when exactly three digits follow it and the
    /// number does not start with a lone `0` (`1{,}234`, `70{,}000`); otherwise it is a decimal comma, as German,
    /// French or Portuguese typesetting writes it (`326{,}5`, `0{,}25`, `3{,}1416`) → `.`.
    static func bracedCommaIsDecimal(_ text: [UInt8], at mark: Int) -> Bool {
        var after = mark + bracedComma.count
        while after < text.count, Bytes.isDigit(text[after]) { after += 1 }
        let digitsAfter = after - (mark + bracedComma.count)
        var start = mark
        while start > 0, Bytes.isDigit(text[start - 1]) { start -= 1 }
        let leadingZero = mark - start == 1 && text[start] == 48
        return digitsAfter != 3 || leadingZero
    }

    /// Thousands grouped with dots (`1.234.567`, two groups or more, so `1.234` stays a decimal) or with apostrophes
    /// (`1'000'000`, `12'500`, Swiss style; `’` as well): the marks go. Digits must surround each mark, each group after
    /// the first has exactly three digits, and the first has one to three.
    static func removeGroupedThousands(_ text: inout [UInt8]) {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            guard Bytes.isDigit(text[index]), index == 0 || !(Bytes.isDigit(text[index - 1]) || text[index - 1] == 46) else {
                result.append(text[index]); index += 1; continue
            }
            var end = index
            while end < text.count, Bytes.isDigit(text[end]) { end += 1 }
            let firstGroup = end - index
            // The mark: `.`, `'` or `’` (E2 80 99), the same one throughout.
            func markLength(at position: Int) -> Int? {
                guard position < text.count else { return nil }
                if text[position] == 46 || text[position] == 39 { return 1 }
                if position + 2 < text.count, text[position] == 0xE2, text[position + 1] == 0x80, text[position + 2] == 0x99 { return 3 }
                return nil
            }
            var groups = 0
            var cursor = end
            var mark: [UInt8]? = nil
            while let length = markLength(at: cursor) {
                let thisMark = Array(text[cursor..<(cursor + length)])
                if let mark, mark != thisMark { break }
                var digitEnd = cursor + length
                while digitEnd < text.count, Bytes.isDigit(text[digitEnd]) { digitEnd += 1 }
                guard digitEnd - (cursor + length) == 3 else { break }
                mark = thisMark
                groups += 1
                cursor = digitEnd
            }
            // A mark followed by a group of another length (`1.234.56`) is not a grouping.
            let brokenTail = markLength(at: cursor).map { cursor + $0 < text.count && Bytes.isDigit(text[cursor + $0]) } ?? false
            // `1.234,5`, `2.450,00`: dot groups then a decimal comma (Spanish, German, Brazilian money) need one group.
            var decimalEnd = cursor
            // Not after a lone `0` (`(0.125,0.5)` is a pair of decimals).
            if mark == [46], !(firstGroup == 1 && text[index] == 48), cursor + 1 < text.count, text[cursor] == 44, Bytes.isDigit(text[cursor + 1]) {
                decimalEnd = cursor + 1
                while decimalEnd < text.count, Bytes.isDigit(text[decimalEnd]) { decimalEnd += 1 }
                if decimalEnd - cursor - 1 == 3 || decimalEnd < text.count && (text[decimalEnd] == 44 || text[decimalEnd] == 46) { decimalEnd = cursor }
            }
            let needed = mark == [46] ? (decimalEnd > cursor ? 1 : 2) : 1
            if firstGroup <= 3, groups >= needed, !brokenTail || decimalEnd > cursor {
                for position in index..<cursor where Bytes.isDigit(text[position]) { result.append(text[position]) }
                if decimalEnd > cursor { result.append(46); result.append(contentsOf: text[(cursor + 1)..<decimalEnd]) }
                index = decimalEnd
                continue
            }
            result.append(contentsOf: text[index..<end]); index = end
        }
        text = result
    }

    static let angName = b("\\ang{")

    /// siunitx's `\ang{30}` is `30^\circ` (and `\ang{1;2;3}`, degrees;minutes;seconds, is left alone).
    static func rewriteAngles(_ text: inout [UInt8]) {
        while let at = Bytes.find(text, angName), let close = Bytes.matchingBrace(text, from: at + angName.count - 1) {
            let content = Array(text[(at + angName.count)..<(close - 1)])
            guard !content.contains(59) else { return }
            text.replaceSubrange(at..<close, with: content + b("^\\circ"))
        }
    }

    static let approximateSigns: [[UInt8]] = [b("\\cong"), b("\\simeq")]

    /// `p \cong 0{,}25` and `x \simeq 1.41`: Portuguese and French texts write ≈ this way. Only before a number
    /// (a digit, `-` or `\frac`), so `\triangle ABC \cong \triangle DEF` keeps its meaning.
    static func rewriteApproximateSigns(_ text: inout [UInt8]) {
        for sign in approximateSigns {
            var from = 0
            while let at = Bytes.find(text, sign, from: from) {
                var next = at + sign.count
                guard next >= text.count || !Bytes.isLetter(text[next]) else { from = next; continue }
                while next < text.count, text[next] == 32 { next += 1 }
                if next < text.count, Bytes.isDigit(text[next]) || text[next] == 45 || Bytes.hasPrefix(text, at: next, fracName) {
                    text.replaceSubrange(at..<(at + sign.count), with: approxName)
                    from = at + approxName.count
                } else {
                    from = next
                }
            }
        }
    }

    /// Words in another script after a number are its unit or its noun: `1 560 рублей`, `36 平方厘米` → `1 560`, `36`.
    /// Only when what stays is a number (digits, spaces, `.`, `,`, a sign).
    static func stripForeignUnitWords(_ text: inout [UInt8]) {
        var end = text.count
        while end > 0, text[end - 1] >= 0x80 || text[end - 1] == 32 || text[end - 1] == 46 { end -= 1 }
        // A letter's lead byte, and no symbol's (E2, C2: `‰`, `°`, `€` stay).
        guard end < text.count, end > 0, Bytes.isDigit(text[end - 1]), text[end...].contains(where: { $0 >= 0xC0 }),
              !text[end...].contains(where: { $0 == 0xE2 || $0 == 0xC2 }),
              text[..<end].allSatisfy({ Bytes.isDigit($0) || $0 == 32 || $0 == 46 || $0 == 44 || $0 == 45 }) else { return }
        text.removeSubrange(end...)
    }

    /// A bare decimal comma, `3,75` or `-0,5` (one, two, or four and more digits after it; three would be thousands),
    /// read as a decimal point: for an answer compared with a single number, which a list `3, 75` never equals. So is
    /// one before a power of ten, whatever its count of digits: `6,72 \cdot 10^{-5}`.
    static func decimalCommaNumber(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard let comma = bytes.firstIndex(of: 44), bytes.lastIndex(of: 44) == comma, comma > 0 else { return nil }
        let whole = bytes[..<comma]
        var fraction = bytes[(comma + 1)...]
        let digits = whole.first == 45 ? whole.dropFirst() : whole
        // `6,72 \cdot 10^{-5}`: a power of ten after the fraction's digits (then any count of them is decimal).
        var power: ArraySlice<UInt8> = []
        if let end = fraction.firstIndex(where: { !Bytes.isDigit($0) }), end > fraction.startIndex {
            let tail = Array(Bytes.trimSpaces(fraction[end...]))
            guard let sign = [b("\\cdot"), b("\\times")].first(where: { Bytes.hasPrefix(tail, at: 0, $0) }),
                  Bytes.hasPrefix(Array(Bytes.trimSpaces(tail[sign.count...])), at: 0, b("10^")) else { return nil }
            power = fraction[end...]
            fraction = fraction[..<end]
        }
        // Three digits after the comma group thousands, unless the whole part is 0 (`0,125` groups nothing).
        guard !digits.isEmpty, digits.allSatisfy(Bytes.isDigit), !fraction.isEmpty,
              fraction.count != 3 || digits.elementsEqual([48]) || !power.isEmpty, fraction.allSatisfy(Bytes.isDigit) else { return nil }
        return Bytes.string(whole) + "." + Bytes.string(fraction) + Bytes.string(power)
    }
}
