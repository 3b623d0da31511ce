// Dimensions written `8 m by 6 m`, `4 cm × 5 cm × 6 cm`: a list of lengths, never the product of their numbers and letters.

enum Dimensions {
    /// Length units a dimension may carry.
    static let lengthUnits: Set<[UInt8]> = Set(["m", "cm", "mm", "km", "ft", "feet", "foot", "in", "inch", "inches", "yd", "yard",
                                                "yards", "mi", "miles", "meters", "metres", "meter", "metre", "units"].map { Array($0.utf8) })
    static let by = Array("by".utf8), times = Array("\\times".utf8), timesSign = Array("×".utf8)
    static let fillers: [[UInt8]] = ["\\text{", "\\mathrm{", "\\textrm{", "\\mbox{", "\\,", "\\ ", "~", "}"].map { Array($0.utf8) }

    /// One length: its number and, where written, its unit.
    struct Length: Equatable {
        var number: [UInt8]
        var unit: [UInt8]?
    }

    /// Whether `text` may hold dimensions: a digit and a "by" or times sign.
    static func mayHold(_ text: [UInt8]) -> Bool {
        text.count <= 80 && text.contains(where: Bytes.isDigit) && (Bytes.contains(text, by) || Bytes.contains(text, times)
            || Bytes.contains(text, timesSign) || text.contains(120))
    }

    /// The lengths that `text[start...]` writes as dimensions, and the index after the last one: two or three numbers
    /// joined by "by" (units optional: `8 by 12`), or by a times sign or a letter x with a length unit after every number
    /// (`8 m × 6 m`; `8 × 6` is a product).
    static func parse(_ text: [UInt8], from start: Int) -> (lengths: [Length], end: Int)? {
        var lengths: [Length] = []
        var index = start
        var timesJoined = false
        while true {
            index = skipFillers(text, from: index)
            let digits = index
            while index < text.count, Bytes.isDigit(text[index]) || text[index] == 46 && index + 1 < text.count && Bytes.isDigit(text[index + 1]) && index > digits {
                index += 1
            }
            guard index > digits else { return nil }
            var length = Length(number: Array(text[digits..<index]), unit: nil)
            let afterNumber = index
            index = skipFillers(text, from: index)
            let word = index
            while index < text.count, Bytes.isLetter(text[index]) { index += 1 }
            if index > word, lengthUnits.contains(Array(text[word..<index])) {
                length.unit = Array(text[word..<index])
            } else {
                index = afterNumber
            }
            lengths.append(length)
            let end = index
            index = skipFillers(text, from: index)
            if Bytes.hasPrefix(text, at: index, by), index + 2 == text.count || !Bytes.isLetter(text[index + 2]) {
                index += 2
            } else if Bytes.hasPrefix(text, at: index, times) {
                index += times.count; timesJoined = true
            } else if Bytes.hasPrefix(text, at: index, timesSign) {
                index += timesSign.count; timesJoined = true
            } else if index < text.count, text[index] | 0x20 == 120, index + 1 == text.count || !Bytes.isLetter(text[index + 1]) {
                index += 1; timesJoined = true
            } else {
                guard lengths.count >= 2, lengths.count <= 3 else { return nil }
                // A times sign joins lengths only when every number has its unit; the units agree.
                if timesJoined, lengths.contains(where: { $0.unit == nil }) { return nil }
                let units = Set(lengths.compactMap(\.unit))
                guard units.count <= 1 else { return nil }
                return (lengths, end)
            }
        }
    }

    /// `8 m by 6 m` → `8\text{ m}, 6\text{ m}`, `8 by 12` → `8, 12`: a whole answer that writes dimensions becomes the
    /// list of its lengths (a full stop may end it).
    static func rewrite(_ text: inout [UInt8]) {
        var end = text.count
        while end > 0, text[end - 1] == 46 || text[end - 1] == 32 { end -= 1 }
        let body = Array(text[..<end])
        guard let (lengths, stop) = parse(body, from: 0), skipFillers(body, from: stop) == body.count else { return }
        var list: [UInt8] = []
        for (index, length) in lengths.enumerated() {
            if index > 0 { list += Array(", ".utf8) }
            list += length.number
            // `in` is read as a unit only with a power elsewhere: written out here.
            if let unit = length.unit { list += Array("\\text{ ".utf8) + (unit == Array("in".utf8) ? Array("inches".utf8) : unit) + [125] }
        }
        text = list
    }

    static func skipFillers(_ text: [UInt8], from start: Int) -> Int {
        var index = start
        outer: while index < text.count {
            if text[index] == 32 || text[index] == 36 { index += 1; continue }
            for filler in fillers where Bytes.hasPrefix(text, at: index, filler) {
                index += filler.count
                continue outer
            }
            break
        }
        return index
    }
}
