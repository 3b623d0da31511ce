// Degrees inside trigonometric arguments (`\sin 30^\circ` is sin(π/6)), degree-marked angles against radians, and
// angles in degrees and minutes (`22^\circ 30'` is 22.5°).

enum TrigonometryDegrees {
    static let functions: [[UInt8]] = ["\\sin", "\\cos", "\\tan", "\\cot", "\\sec", "\\csc"].map { Array($0.utf8) }
    static let degreeSigns: [[UInt8]] = ["^{\\circ}", "^\\circ", "°"].map { Array($0.utf8) }

    /// The text with every `\sin N^\circ` (also `\cos(N^{\circ})`, `\tan N°`) rewritten as `\sin(N\pi/180)`; the text
    /// itself when there is none. Elsewhere degree signs keep their meaning as a unit (the normaliser drops them).
    static func rewritten(_ text: String) -> String {
        // Cheap test first, without copying: a degree sign needs `^` (`^\circ`) or the byte 0xC2 (`°`).
        guard text.utf8.count <= 1_000, text.utf8.contains(where: { $0 == 94 || $0 == 0xC2 }) else { return text }
        let bytes = Array(text.utf8)
        guard Bytes.contains(bytes, Array("circ".utf8)) || Bytes.contains(bytes, degreeSigns[2]) else { return text }
        var output: [UInt8] = []
        var index = 0
        var changed = false
        while index < bytes.count {
            if bytes[index] == 92, let function = functions.first(where: { Bytes.hasPrefix(bytes, at: index, $0) }),
               index + function.count >= bytes.count || !Bytes.isLetter(bytes[index + function.count]) {
                var cursor = index + function.count
                // A power written before the argument stays: `\cos^2 60^\circ`, `\sin^{2} 30^\circ`.
                if cursor < bytes.count, bytes[cursor] == 94 {
                    cursor += 1
                    if cursor < bytes.count, bytes[cursor] == 123 {
                        while cursor < bytes.count, bytes[cursor] != 125 { cursor += 1 }
                        cursor += 1
                    } else { cursor += 1 }
                }
                let head = Array(bytes[index..<min(cursor, bytes.count)])
                while cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
                let parenthesised = cursor < bytes.count && (bytes[cursor] == 40 || bytes[cursor] == 123)
                if parenthesised { cursor += 1 }
                while cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
                let numberStart = cursor
                while cursor < bytes.count, Bytes.isDigit(bytes[cursor]) || bytes[cursor] == 46 { cursor += 1 }
                let numberEnd = cursor
                while cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
                if numberEnd > numberStart, let sign = degreeSigns.first(where: { Bytes.hasPrefix(bytes, at: cursor, $0) }) {
                    var end = cursor + sign.count
                    if parenthesised {
                        while end < bytes.count, bytes[end] == 32 { end += 1 }
                        guard end < bytes.count, bytes[end] == 41 || bytes[end] == 125 else { output.append(bytes[index]); index += 1; continue }
                        end += 1
                    }
                    output += head + Array("(".utf8) + bytes[numberStart..<numberEnd] + Array("\\pi/180)".utf8)
                    index = end
                    changed = true
                    continue
                }
            }
            output.append(bytes[index])
            index += 1
        }
        return changed ? Bytes.string(output) : text
    }
}

/// Degrees against radians: when one side marks its angles in degrees (`120^\circ`, `45°`, `30\text{ degrees}`) and
/// the other writes `\pi`, the marked angles are read as radians (`(120\pi/180)`), so `\frac{2\pi}{3}` answers gold
/// `120^\circ` and `(3, 90^\circ)` answers `(3, \frac{\pi}{2})`. Bare numbers are never read as angles.
enum DegreesAndMinutes {
    static let minuteMarks: [[UInt8]] = ["'", "′", "^{\\prime}", "^\\prime", "\\prime"].map { Array($0.utf8) }

    /// An angle in whole degrees and minutes as degrees: `22^\circ 30'`, `22° 30′` → `\frac{1350}{60}^\circ`; nil for
    /// anything else.
    static func rewritten(_ text: String) -> String? {
        // Cheap first: a minute mark ends the text (`'`, `′`, `}` of `^{\prime}`, `e` of `\prime`).
        guard let end = text.utf8.last(where: { $0 != 32 }), end == 39 || end == 0xB2 || end == 125 || end == 101,
              text.utf8.count <= 60, text.utf8.contains(where: Bytes.isDigit) else { return nil }
        let bytes = Array(Bytes.trimSpaces(Array(text.utf8)[...]))
        guard bytes.count <= 40, let last = bytes.last, last == 39 || last == 0xB2 || last == 125 || last == 101 else { return nil }
        var index = 0
        while index < bytes.count, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > 0, index <= 4, let sign = TrigonometryDegrees.degreeSigns.first(where: { Bytes.hasPrefix(bytes, at: index, $0) }) else { return nil }
        let degrees = Int(Bytes.string(bytes[..<index]))!
        var cursor = index + sign.count
        while cursor < bytes.count, bytes[cursor] == 32 || bytes[cursor] == 126 || bytes[cursor] == 92 && cursor + 1 < bytes.count && (bytes[cursor + 1] == 44 || bytes[cursor + 1] == 32) {
            cursor += bytes[cursor] == 92 ? 2 : 1
        }
        let minutesStart = cursor
        while cursor < bytes.count, Bytes.isDigit(bytes[cursor]) { cursor += 1 }
        guard cursor > minutesStart, cursor - minutesStart <= 2, let minutes = Int(Bytes.string(bytes[minutesStart..<cursor])), minutes < 60,
              let mark = minuteMarks.first(where: { Bytes.hasPrefix(bytes, at: cursor, $0) }), cursor + mark.count == bytes.count else { return nil }
        return "\\frac{\(degrees * 60 + minutes)}{60}^\\circ"
    }
}

enum DegreeRadians {
    static let degreeWord = Array("degree".utf8)
    /// Degree marks after a number, longest first; `degrees` words are matched separately.
    static let marks: [[UInt8]] = ["^{\\circ}", "^{\\circ }", "^\\circ", "°", "\\degree"].map { Array($0.utf8) }
    static let wrappers: [[UInt8]] = ["\\text{", "\\mbox{", "\\mathrm{", "\\textrm{"].map { Array($0.utf8) }
    static let fractions: [[UInt8]] = ["\\frac", "\\dfrac", "\\tfrac"].map { Array($0.utf8) }

    /// Whether the text marks an angle in degrees: `°`, `circ` (of `^\circ`) or the word `degree`, in one pass.
    static func hasDegreeMark<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8, C.Index == Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0xC2, index + 1 < bytes.endIndex, bytes[index + 1] == 0xB0 { return true }
            if byte == 99, index + 3 < bytes.endIndex, bytes[index + 1] == 105, bytes[index + 2] == 114, bytes[index + 3] == 99 { return true }
            if byte | 0x20 == 100, index + 5 < bytes.endIndex, bytes[index + 1] == 101, bytes[index + 2] == 103,
               bytes[index + 3] == 114, bytes[index + 4] == 101, bytes[index + 5] == 101 { return true }
            index += 1
        }
        return false
    }

    /// Whether the text writes π (`\pi` not followed by a letter, or `π`), in one pass.
    static func hasPi<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8, C.Index == Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0xCF, index + 1 < bytes.endIndex, bytes[index + 1] == 0x80 { return true }
            if byte == 92, index + 2 < bytes.endIndex, bytes[index + 1] == 112, bytes[index + 2] == 105,
               index + 3 == bytes.endIndex || !Bytes.isLetter(bytes[index + 3]) { return true }
            index += 1
        }
        return false
    }

    /// Whether the text writes π, without copying it.
    static func writesPi(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { hasPi($0) } ?? hasPi(Array(text.utf8))
    }

    /// The two sides with the degree-marked angles of one read as radians, when exactly one side writes π and the
    /// other marks degrees (and writes no π); nil otherwise. The common case (no π on either side) costs one pass each.
    static func reading(gold: String, candidate: String) -> (gold: String, candidate: String)? {
        guard gold.utf8.count <= 1_000, candidate.utf8.count <= 1_000 else { return nil }
        let goldPi = writesPi(gold), candidatePi = writesPi(candidate)
        guard goldPi != candidatePi else { return nil }
        if candidatePi, let radians = radiansReading(gold, against: candidate) { return (radians, candidate) }
        if goldPi, let radians = radiansReading(candidate, against: gold) { return (gold, radians) }
        return nil
    }

    /// `text` with its degree-marked numbers read as radians, when it marks degrees (and writes no π, as the caller
    /// checked) while `other` marks none; nil otherwise (or when no number carries a mark).
    static func radiansReading(_ text: String, against other: String) -> String? {
        let bytes = Array(text.utf8)
        guard hasDegreeMark(bytes), !hasDegreeMark(Array(other.utf8)) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var index = 0
        var changed = false
        while index < bytes.count {
            let previous = index > 0 ? bytes[index - 1] : 32
            guard !Bytes.isLetter(previous), !Bytes.isDigit(previous), previous != 46, previous != 95, previous != 94,
                  let number = numberEnd(bytes, at: index) else {
                output.append(bytes[index]); index += 1; continue
            }
            guard let end = markEnd(bytes, after: number) else {
                output += bytes[index..<number]; index = number; continue
            }
            output += Array("(".utf8) + bytes[index..<number] + Array("\\pi/180)".utf8)
            index = end
            changed = true
        }
        return changed ? Bytes.string(output) : nil
    }

    /// The end of a number starting at `index`: digits with at most one point (`120`, `22.5`), or a fraction of such
    /// numbers (`\frac{270}{7}`); nil when none starts there.
    static func numberEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        if bytes[index] == 92 {
            guard let command = fractions.first(where: { Bytes.hasPrefix(bytes, at: index, $0) }) else { return nil }
            var cursor = index + command.count
            for _ in 0..<2 {
                guard cursor < bytes.count, bytes[cursor] == 123, let close = Bytes.matchingBrace(bytes, from: cursor),
                      close > cursor + 1, bytes[(cursor + 1)..<close].allSatisfy({ Bytes.isDigit($0) || $0 == 46 || $0 == 32 }) else { return nil }
                cursor = close + 1
            }
            return cursor
        }
        var cursor = index
        var points = 0
        while cursor < bytes.count, Bytes.isDigit(bytes[cursor]) || bytes[cursor] == 46 && points == 0 {
            if bytes[cursor] == 46 { points += 1 }
            cursor += 1
        }
        guard cursor > index, bytes[cursor - 1] != 46, Bytes.isDigit(bytes[index]) || cursor > index + 1 else { return nil }
        return cursor
    }

    /// The end of a degree mark after a number (spaces and `\,` `\ ` `~` allowed between): `^\circ`, `°`, `\degree`,
    /// `\text{ degrees}`, or the word `degrees`/`degree` standing alone; nil when none follows.
    static func markEnd(_ bytes: [UInt8], after number: Int) -> Int? {
        var cursor = number
        while cursor < bytes.count {
            if bytes[cursor] == 32 || bytes[cursor] == 126 { cursor += 1; continue }
            if bytes[cursor] == 92, cursor + 1 < bytes.count, bytes[cursor + 1] == 44 || bytes[cursor + 1] == 32 { cursor += 2; continue }
            break
        }
        if let mark = marks.first(where: { Bytes.hasPrefix(bytes, at: cursor, $0) }) {
            let end = cursor + mark.count
            // A mark ending in a letter must end there (`^\circle` is no mark).
            if Bytes.isLetter(mark.last!), end < bytes.count, Bytes.isLetter(bytes[end]) { return nil }
            return end
        }
        if let wrapper = wrappers.first(where: { Bytes.hasPrefix(bytes, at: cursor, $0) }) {
            var inner = cursor + wrapper.count
            while inner < bytes.count, bytes[inner] == 32 { inner += 1 }
            guard let wordEnd = degreeWordEnd(bytes, at: inner) else { return nil }
            var close = wordEnd
            while close < bytes.count, bytes[close] == 32 { close += 1 }
            return close < bytes.count && bytes[close] == 125 ? close + 1 : nil
        }
        return degreeWordEnd(bytes, at: cursor)
    }

    /// The end of the word `degree` or `degrees` at `index` standing alone (no letter after it).
    static func degreeWordEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        guard Bytes.hasPrefixIgnoringCase(bytes, at: index, degreeWord) else { return nil }
        var end = index + degreeWord.count
        if end < bytes.count, bytes[end] == 115 { end += 1 }
        return end < bytes.count && Bytes.isLetter(bytes[end]) ? nil : end
    }
}
