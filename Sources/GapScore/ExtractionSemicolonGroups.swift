// Extraction's reading of brackets whose numbers are separated by semicolons, as languages that write decimal commas
// list them: sets `{−2; 0; 2}`, tuples `(2 ; -1)`, `(1,5; 3)`, French intervals `]−2 ; 5]`, `[0 ; 1[` and Polish and
// Czech ones with angle brackets for closed ends, `⟨-2; 7⟩`, `(\frac35; \frac83\rangle`.

extension AnswerExtractor {
    /// Rewrites every bracket group of numbers separated by semicolons: `;` → `,`, a decimal comma → `.`, and a French
    /// interval's outward bracket → the round one (`]a ; b]` → `(a, b]`, `[a ; b[` → `[a, b)`). Groups holding anything
    /// but numbers (digits, signs, `.`, `,`, `/`, spaces, `\infty`), or a comma that is not between two digits (a matrix's
    /// rows `[1, 2; 3, 4]`), are left as they are.
    static func rewriteSemicolonGroups(_ text: inout [UInt8]) {
        var index = 0
        while index < text.count {
            let open = text[index]
            guard open == 40 || open == 91 || open == 93 || open == 123 else { index += 1; continue }
            var cursor = index + 1
            var semicolons = 0
            while cursor < text.count, cursor - index <= 80 {
                // `\left]-\infty ; 3\right]`: infinity, and the sizing command before the closing bracket.
                if Bytes.hasPrefix(text, at: cursor, infinityCommand) { cursor += infinityCommand.count; continue }
                // `]−∞ ; 3]`, `]1; ∞[`: the Unicode sign and minus (three bytes each), which the normaliser reads later.
                if Bytes.hasPrefix(text, at: cursor, infinitySign) || Bytes.hasPrefix(text, at: cursor, unicodeMinus) { cursor += 3; continue }
                if Bytes.hasPrefix(text, at: cursor, rightCommand), cursor + rightCommand.count < text.count,
                   [41, 93, 91, 125].contains(text[cursor + rightCommand.count]) {
                    cursor += rightCommand.count
                    break
                }
                // `\left]5;\ \infty\right[`: LaTeX spacing (`\ `, `\,`, `\;`, `\:`, `\!`) is a space.
                if text[cursor] == 92, cursor + 1 < text.count, [32, 44, 59, 58, 33].contains(text[cursor + 1]) { cursor += 2; continue }
                let byte = text[cursor]
                if byte == 59 { semicolons += 1 } else if !(Bytes.isDigit(byte) || byte == 32 || byte == 44 || byte == 45 || byte == 46 || byte == 47 || byte == 43) { break }
                cursor += 1
            }
            // Every comma must be a decimal comma, between two digits (or the thin space `\,`): `[1, 2; 3, 4]` is a matrix's
            // rows, not this.
            let inner = text[(index + 1)..<cursor]
            guard semicolons >= 1, cursor < text.count, let close = closerFor(open: open, text[cursor]),
                  inner.contains(where: Bytes.isDigit),
                  inner.indices.allSatisfy({ inner[$0] != 44 || $0 > inner.startIndex && inner[$0 - 1] == 92 || $0 > inner.startIndex
                      && $0 + 1 < inner.endIndex && Bytes.isDigit(inner[$0 - 1]) && Bytes.isDigit(inner[$0 + 1]) }) else { index += 1; continue }
            var group: [UInt8] = [open == 93 ? 40 : open]
            var position = index + 1
            while position < cursor {
                let byte = text[position]
                // LaTeX spacing becomes a space; `\right` is kept for the normaliser to drop.
                if byte == 92, position + 1 < cursor, [32, 44, 59, 58, 33].contains(text[position + 1]) { group.append(32); position += 2; continue }
                group.append(byte == 59 ? 44 : byte == 44 ? 46 : byte)
                position += 1
            }
            // `\right` was read with the group: its bracket is the closer below.
            group.append(close)
            text.replaceSubrange(index...cursor, with: group)
            index += group.count
        }
    }

    static let infinityCommand = b("\\infty"), rightCommand = b("\\right"), infinitySign = b("∞")

    /// The closing bracket a group opened by `open` ends with at `byte`, as written in English; nil when it does not close it.
    static func closerFor(open: UInt8, _ byte: UInt8) -> UInt8? {
        switch (open, byte) {
        case (40, 41), (123, 125): return byte
        case (91, 93), (93, 93), (40, 93): return 93     // `[a; b]`, `]a; b]`, `(a; b]`
        case (91, 91), (93, 91), (91, 41), (93, 41): return 41   // `[a; b[` → `[a, b)`, `]a; b[` → `(a, b)`
        default: return nil
        }
    }

    static let angleOpeners: [[UInt8]] = [b("\\langle"), b("⟨")], angleClosers: [[UInt8]] = [b("\\rangle"), b("⟩")]

    /// An interval written with semicolons whose closed ends are angle brackets, as Polish and Czech write them
    /// (`x \in \langle -2; 7 \rangle`, `p \in \left(\frac35; \frac83\right\rangle`): each angle bracket around a
    /// semicolon becomes the square one (`[-2; 7]`, `(\frac35; \frac83]`). Angle brackets around commas (a vector
    /// `\langle 3, -1 \rangle`, or the Dutch open interval) are left alone.
    static func rewriteAngleIntervals(_ text: inout [UInt8]) {
        guard angleOpeners.contains(where: { Bytes.contains(text, $0) }) || angleClosers.contains(where: { Bytes.contains(text, $0) }) else { return }
        var replacements: [(range: Range<Int>, byte: UInt8)] = []
        var index = 0
        while index < text.count {
            guard text[index] == 59 else { index += 1; continue }
            // The opener before the semicolon (outside braces), within 60 bytes.
            var opener: Range<Int>? = nil, depth = 0, cursor = index
            while cursor > 0, index - cursor < 60 {
                cursor -= 1
                let byte = text[cursor]
                if byte == 125 { depth += 1; continue }
                if byte == 123 { if depth == 0 { break }; depth -= 1; continue }
                guard depth == 0 else { continue }
                if let angle = angleOpeners.first(where: { cursor + 1 >= $0.count && Bytes.hasPrefix(text, at: cursor + 1 - $0.count, $0) }) {
                    opener = (cursor + 1 - angle.count)..<(cursor + 1)
                    break
                }
                if byte == 40 || byte == 91 || byte == 93 || byte == 59 || byte == 10 { break }
            }
            // The closer after it.
            var closer: Range<Int>? = nil
            depth = 0
            cursor = index + 1
            while cursor < text.count, cursor - index < 60 {
                let byte = text[cursor]
                if byte == 123 { depth += 1; cursor += 1; continue }
                if byte == 125 { if depth == 0 { break }; depth -= 1; cursor += 1; continue }
                if depth == 0 {
                    if let angle = angleClosers.first(where: { Bytes.hasPrefix(text, at: cursor, $0) }) {
                        closer = cursor..<(cursor + angle.count)
                        break
                    }
                    if byte == 41 || byte == 93 || byte == 91 || byte == 59 || byte == 10 { break }
                }
                cursor += 1
            }
            if let opener { replacements.append((opener, 91)) }
            if let closer { replacements.append((closer, 93)) }
            index += 1
        }
        var replaced = Set<Int>()
        for replacement in replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound })
        where replaced.insert(replacement.range.lowerBound).inserted {
            text.replaceSubrange(replacement.range, with: [replacement.byte])
        }
    }
}
