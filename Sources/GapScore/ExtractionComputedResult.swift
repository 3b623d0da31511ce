// Extraction's fallback reader for a closing line that states a computed result and then restates givens after it
// ("Therefore Maria has 35 stickers left. She started with 50."). Called from the last-number fallback in Extraction.swift.

extension AnswerExtractor {
    /// The value a closing line states as its answer when the line's last number only restates a given.
    ///
    /// "50 - 15 = 35.⏎Therefore Maria has 35 stickers left. She started with 50.", "Difference: 112 − 45 = 67 km.⏎So Cho
    /// hiked 67 kilometers farther than Chloe, who stopped after 5 hours.": the last number (50, 5) was written before the
    /// closing line, and another number of that line (35, 67) is what an earlier `=` computed, later than any `=` that
    /// computed the last number. The closing line itself computes nothing (no `=`, no math; an aside in parentheses such
    /// as "(84 eggs)" is read as words), so a line of steps is never read this way; a value the line names for the first
    /// time (a new result) is never passed over.
    static func computedResultBeforeGivens(_ text: [UInt8], number: Segment) -> String? {
        var lineStart = number.start
        while lineStart > 0, text[lineStart - 1] != 10 { lineStart -= 1 }
        guard lineStart > 0, !text[lineStart...].contains(where: { $0 == 61 || $0 == 36 || $0 == 92 || $0 == 91 || $0 == 123 }) else { return nil }
        let before = Array(text[..<lineStart])
        let numbers = plainNumbers(text, from: lineStart, to: text.count)
        guard numbers.count >= 2, let last = numbers.last, last.end == number.end, number.start == last.start,
              numbers.allSatisfy({ standsAlone(text, $0) }),
              case let earlier = plainNumbers(before, from: 0, to: before.count),
              earlier.contains(where: { $0.value == last.value }) else { return nil }
        // A last number the line states as a value ("…, and the quotient is 41", "…, which is 14", "i.e. 40 percent") is
        // no restated given.
        var lead = last.start
        while lead > lineStart, text[lead - 1] == 32 { lead -= 1 }
        var wordStart = lead
        while wordStart > lineStart, Bytes.isLetter(text[wordStart - 1]) || text[wordStart - 1] == 46 { wordStart -= 1 }
        let word = text[wordStart..<lead].map(Bytes.lower)
        if statingWords.contains(word) { return nil }
        var trail = last.end
        while trail < text.count, text[trail] == 32 { trail += 1 }
        if Bytes.hasPrefixIgnoringCase(text, at: trail, b("percent")) || Bytes.hasPrefixIgnoringCase(text, at: trail, b("per cent")) { return nil }
        let lastComputed = latestComputed(before, value: last.value) ?? -1
        // The last number written after the candidate's computation belongs to it ("37 ÷ 5 = 7 remainder 2").
        let lastMention = earlier.last(where: { $0.value == last.value })?.start ?? -1
        var best: (value: [UInt8], at: Int)?
        for candidate in numbers.dropLast() where candidate.value != last.value {
            // Words between the two ("35 stickers left. She started with 50"), never a list or an amount in two units
            // ("1, 3, 5 and 15", "3 hours and 24 minutes", "2 to 3").
            let words = text[candidate.end..<last.start].split(whereSeparator: { !Bytes.isLetter($0) }).count
            guard words >= 3, let at = latestComputed(before, value: candidate.value), at > lastComputed, at > lastMention else { continue }
            if best.map({ at > $0.at }) ?? true { best = (candidate.value, at) }
        }
        return best.map { Bytes.string($0.value) }
    }

    /// Words right before a number that state it as a value.
    private static let statingWords: Set<[UInt8]> = Set(["is", "are", "was", "were", "be", "equals", "equal", "namely", "i.e.", "i.e"].map(b))

    /// Whether a number stands alone: no operator, fraction bar, ratio colon, power, root or constant next to it (over
    /// spaces), so it is no part of `4/9`, `3 1/2`, `11√2`, `1 ± √2`, `2:3` or `4π`.
    private static func standsAlone(_ text: [UInt8], _ number: (value: [UInt8], start: Int, end: Int)) -> Bool {
        var before = number.start
        while before > 0, text[before - 1] == 32 { before -= 1 }
        var after = number.end
        while after < text.count, text[after] == 32 { after += 1 }
        let operators: [UInt8] = [47, 58, 94, 42, 43, 45, 95, 37]
        if before > 0, operators.contains(text[before - 1]) || text[before - 1] >= 0x80 { return false }
        if after < text.count, operators.contains(text[after]) || text[after] >= 0x80 || Bytes.isDigit(text[after]) { return false }
        return true
    }

    /// Plain numbers (digits with inner `.` or `,`) of `text[from..<to]` that stand alone: no letter or digit touches them.
    private static func plainNumbers(_ text: [UInt8], from: Int, to: Int) -> [(value: [UInt8], start: Int, end: Int)] {
        var found: [(value: [UInt8], start: Int, end: Int)] = []
        var index = from
        while index < to {
            guard Bytes.isDigit(text[index]), index == 0 || !(Bytes.isLetter(text[index - 1]) || text[index - 1] == 46 || text[index - 1] == 44) else {
                index += 1
                continue
            }
            var end = index
            while end < to, Bytes.isDigit(text[end]) || (text[end] == 46 || text[end] == 44) && end + 1 < to && Bytes.isDigit(text[end + 1]) { end += 1 }
            if end == to || !Bytes.isLetter(text[end]) {
                found.append((Array(text[index..<end]).filter { $0 != 44 }, index, end))
            }
            index = end
        }
        return found
    }

    /// Where the last `= value` of `text` is (`= 35`, `= $35`, `=35 km`), or nil when no `=` gives that value.
    private static func latestComputed(_ text: [UInt8], value: [UInt8]) -> Int? {
        var index = text.count - 1
        while index >= 0 {
            if text[index] == 61 {
                var start = index + 1
                while start < text.count, text[start] == 32 || text[start] == 36 { start += 1 }
                if start < text.count, let number = plainNumbers(text, from: start, to: min(text.count, start + value.count + 8)).first,
                   number.value == value, Array(text[start..<number.end]).filter({ $0 != 44 }) == value,
                   number.end == text.count || !(text[number.end] == 47 || text[number.end] == 58 || text[number.end] == 94 || text[number.end] >= 0x80) {
                    return index
                }
            }
            index -= 1
        }
        return nil
    }
}
