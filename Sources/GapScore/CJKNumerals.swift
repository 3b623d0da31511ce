// Extraction's reading of Chinese, Japanese and Korean numerals: `二十四` is 24, `1.5万` 15000, `1万2千` 12000,
// `百分之三十` 30%, `2割` 20%, `2만 5천` 25000. Rewritten into ASCII digits once, before the pipeline reads the response.

extension AnswerExtractor {
    /// The numeral characters (each three UTF-8 bytes): digits with their value, units (十 百 千) and myriads (万 亿 億)
    /// with their power.
    enum CJKNumeral { case digit(Double), unit(Double), myriad(Double) }

    static let cjkNumerals: [[UInt8]: CJKNumeral] = {
        var table: [[UInt8]: CJKNumeral] = [:]
        for (character, value) in [("零", 0.0), ("〇", 0), ("一", 1), ("二", 2), ("两", 2), ("兩", 2), ("三", 3), ("四", 4),
                                   ("五", 5), ("六", 6), ("七", 7), ("八", 8), ("九", 9)] {
            table[b(character)] = .digit(value)
        }
        for (character, value) in [("十", 10.0), ("百", 100), ("千", 1000)] { table[b(character)] = .unit(value) }
        for (character, value) in [("万", 1e4), ("萬", 1e4), ("亿", 1e8), ("億", 1e8)] { table[b(character)] = .myriad(value) }
        return table
    }()

    /// Korean units, read only after ASCII digits (`5천`, `2만 5천`): alone they are syllables of words (`천천히`).
    static let koreanNumerals: [[UInt8]: CJKNumeral] = [b("십"): .unit(10), b("백"): .unit(100), b("천"): .unit(1000),
                                                       b("만"): .myriad(1e4), b("억"): .myriad(1e8)]

    /// The numeral at a character: Chinese and Japanese ones anywhere, Korean ones after a number.
    static func numeral(_ text: [UInt8], at index: Int, afterNumber: Bool) -> CJKNumeral? {
        guard index + 2 < text.count, text[index] >= 0xE3 else { return nil }
        let character = Array(text[index..<(index + 3)])
        return cjkNumerals[character] ?? (afterNumber ? koreanNumerals[character] : nil)
    }

    static let percentOpening = b("百分之"), tenthMark = b("割"), hundredthMark = b("分")

    /// Whether a response may hold such numerals: a byte that opens a CJK ideograph (U+4E00–U+9FFF) or `〇`.
    static func mayHoldCJKNumerals(_ text: [UInt8]) -> Bool {
        text.contains { (0xE4...0xE9).contains($0) || (0xEA...0xED).contains($0) } || Bytes.contains(text, b("〇"))
    }

    /// The text with every numeral run rewritten in ASCII digits. A run is ASCII digits followed by a unit or myriad
    /// (`1.5万`, `3千`), or at least two numeral characters of which one is a unit or myriad (`二十四`, `一万`); a lone
    /// character stays, since it is part of words (`一共` "in all", `十分` "very", `第一` "first").
    static func rewriteCJKNumerals(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if Bytes.hasPrefix(text, at: index, percentOpening), let run = cjkNumber(text, from: index + percentOpening.count, allowingLone: true) {
                out += Array(format(run.value).utf8) + [37]   // 百分之三十 → 30%
                index = run.end
                continue
            }
            // "答え：三": a lone digit character that is the whole answer after a colon.
            if case .digit(let value)? = numeral(text, at: index, afterNumber: false), isLoneAnswerNumeral(text, at: index) {
                out += Array(format(value).utf8)
                index += 3
                continue
            }
            let startsRun = Bytes.isDigit(text[index]) && (index == 0 || !Bytes.isDigit(text[index - 1]) && text[index - 1] != 46)
                || numeral(text, at: index, afterNumber: false) != nil
            if startsRun, let run = cjkNumber(text, from: index, allowingLone: false) ?? tenths(text, from: index) {
                var value = run.value
                var end = run.end
                // 2割 is 20%, 2割5分 25%.
                if Bytes.hasPrefix(text, at: end, tenthMark) {
                    value *= 10
                    end += tenthMark.count
                    if end < text.count, Bytes.isDigit(text[end]), end + 1 < text.count, Bytes.hasPrefix(text, at: end + 1, hundredthMark) {
                        value += Double(text[end] - 48)
                        end += 1 + hundredthMark.count
                    }
                    out += Array(format(value).utf8) + [37]
                } else {
                    out += Array(format(value).utf8)
                }
                index = end
                continue
            }
            if Bytes.isDigit(text[index]) {   // an ASCII number that is no run: copied whole, so its tail starts no run
                while index < text.count, Bytes.isDigit(text[index]) || text[index] == 46 { out.append(text[index]); index += 1 }
                continue
            }
            out.append(text[index])
            index += 1
        }
        return out
    }

    /// Whether the numeral character at `index` stands alone right after a colon (`：` or `:`, one space may follow) and
    /// before the end of the text or its line, `。` or `つ` ("答え：三", "答え：三つ").
    static func isLoneAnswerNumeral(_ text: [UInt8], at index: Int) -> Bool {
        var colon = index
        if colon > 0, text[colon - 1] == 32 { colon -= 1 }
        guard colon > 0, text[colon - 1] == 58 || colon >= 3 && Bytes.hasPrefix(text, at: colon - 3, fullWidthColon) else { return false }
        let after = index + 3
        return after == text.count || text[after] == 10 || Bytes.hasPrefix(text, at: after, ideographicFullStop)
            || Bytes.hasPrefix(text, at: after, countingTsu)
    }

    static let fullWidthColon = b("："), countingTsu = b("つ")

    /// The numeral run at `start` and where it ends; nil when there is none. `allowingLone` accepts a run of one
    /// character or plain ASCII digits (after 百分之).
    static func cjkNumber(_ text: [UInt8], from start: Int, allowingLone: Bool) -> (value: Double, end: Int)? {
        var total = 0.0, section = 0.0, number = 0.0
        var index = start, characters = 0, sawUnit = false, sawASCII = false
        // "七千五" is 7500, "一万五" 15000: a last digit right after a unit counts in the unit below it.
        var previousUnit: Double?, digitAfterUnit: Double?
        if index < text.count, Bytes.isDigit(text[index]) {
            var end = index
            while end < text.count, Bytes.isDigit(text[end]) || text[end] == 46 && end + 1 < text.count && Bytes.isDigit(text[end + 1]) { end += 1 }
            guard end - index <= 15, let value = Double(Bytes.string(text[index..<end])) else { return nil }
            number = value
            index = end
            sawASCII = true
            // "共 1.25 万人": a space may stand between the digits and a myriad.
            if index + 1 < text.count, text[index] == 32, let next = numeral(text, at: index + 1, afterNumber: true), case .myriad = next { index += 1 }
        }
        while let found = numeral(text, at: index, afterNumber: number != 0 || total != 0 || section != 0) {
            switch found {
            case .digit(let value):
                if sawASCII && characters == 0 { return nil }   // `3五` is no numeral
                number = value
                digitAfterUnit = previousUnit
                previousUnit = nil
            case .unit(let value):
                section += (number == 0 ? 1 : number) * value
                number = 0
                sawUnit = true
                previousUnit = value
                digitAfterUnit = nil
            case .myriad(let value):
                total += (section + number == 0 ? 1 : section + number) * value
                section = 0
                number = 0
                sawUnit = true
                previousUnit = value
                digitAfterUnit = nil
            }
            characters += 1
            index += 3
            // ASCII digits after a myriad continue the run when a unit follows them: `1万2千`, `2만 5천`.
            if case .myriad(let myriad) = found {
                var digits = index
                if digits < text.count, text[digits] == 32 { digits += 1 }
                var end = digits
                while end < text.count, Bytes.isDigit(text[end]) { end += 1 }
                if end > digits, let next = numeral(text, at: end, afterNumber: true), case .unit = next,
                   let value = Double(Bytes.string(text[digits..<end])) {
                    number = value
                    index = end
                    previousUnit = nil
                    continue
                }
                // "1만 2,500원", "3万5000元": the rest below the myriad in ASCII digits (commas may group them).
                end = digits
                while end < text.count, Bytes.isDigit(text[end]) || text[end] == 44 && end + 3 < text.count
                        && text[(end + 1)...(end + 3)].allSatisfy(Bytes.isDigit) && end > digits { end += 1 }
                guard end > digits, end == text.count || !Bytes.isDigit(text[end]) && text[end] != 46,
                      let value = Double(Bytes.string(text[digits..<end].filter { $0 != 44 })), value < myriad else { continue }
                number = value
                index = end
                previousUnit = nil
            }
        }
        if let unit = digitAfterUnit, !sawASCII { number *= unit / 10 }
        if allowingLone { guard sawASCII || characters >= 1 else { return nil } }
        else { guard sawUnit, sawASCII || characters >= 2 else { return nil } }
        return (total + section + number, index)
    }

    /// ASCII digits right before 割 (`2割`): the number, for the caller to read as tenths.
    static func tenths(_ text: [UInt8], from start: Int) -> (value: Double, end: Int)? {
        var end = start
        while end < text.count, Bytes.isDigit(text[end]) { end += 1 }
        guard end > start, end - start <= 2, Bytes.hasPrefix(text, at: end, tenthMark) else { return nil }
        return (Double(Bytes.string(text[start..<end])) ?? 0, end)
    }

    /// A value in ASCII: whole numbers without a point.
    private static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

extension AnswerExtractor {
    static let fractionMarks: [[UInt8]] = [b("分之"), b("分の"), b("분의 "), b("분의")]

    /// `3分の4`, `三分之二`, `十分の一`, `3분의 1`: a fraction written denominator first, as Chinese, Japanese and Korean
    /// say it, rewritten `4/3`, `2/3`, `1/10`, `1/3`. Each side is ASCII digits (as `rewriteCJKNumerals` leaves longer
    /// numerals) or one numeral character; the percent form `百分之` was rewritten before.
    static func rewriteCJKFractions(_ text: [UInt8]) -> [UInt8] {
        guard fractionMarks.contains(where: { Bytes.contains(text, $0) }) else { return text }
        func single(_ at: Int) -> Int? {
            guard at >= 0, at + 2 < text.count, let numeral = cjkNumerals[Array(text[at..<(at + 3)])] else { return nil }
            switch numeral {
            case let .digit(value), let .unit(value): return Int(value)
            case .myriad: return nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = 0
        var copied = 0
        while index < text.count {
            guard let mark = fractionMarks.first(where: { Bytes.hasPrefix(text, at: index, $0) }) else { index += 1; continue }
            // The denominator before the mark.
            var start = index
            while start > copied, Bytes.isDigit(text[start - 1]) { start -= 1 }
            var denominator: Int? = start < index ? Int(Bytes.string(text[start..<index])) : nil
            if denominator == nil, index - 3 >= copied, let value = single(index - 3) { denominator = value; start = index - 3 }
            // The numerator after it.
            let after = index + mark.count
            var end = after
            while end < text.count, Bytes.isDigit(text[end]) { end += 1 }
            var numerator: Int? = end > after ? Int(Bytes.string(text[after..<end])) : nil
            if numerator == nil, let value = single(after) { numerator = value; end = after + 3 }
            guard let denominator, let numerator, denominator > 0 else { index += mark.count; continue }
            out += text[copied..<start]
            out += Array("\(numerator)/\(denominator)".utf8)
            copied = end
            index = end
        }
        out += text[copied...]
        return out
    }
}

extension AnswerExtractor {
    /// Words that put a minus sign on the number right after them: `负50`, `負3`, `マイナス50`, `마이너스 7`, Thai `ติดลบ 3`,
    /// and `零下10度`, `氷点下5度`, `영하 3도` (a temperature below zero). Elsewhere these characters are parts of words
    /// (`负责`, `負の数`).
    static let cjkSignWords: [[UInt8]] = [b("零下"), b("负"), b("負"), b("マイナス"), b("마이너스"), b("영하"), b("氷点下"), b("ติดลบ")]

    /// The text with each sign word right before a number (one space may stand between) rewritten as `-`.
    static func rewriteCJKSignWords(_ text: inout [UInt8]) {
        guard cjkSignWords.contains(where: { Bytes.contains(text, $0) }) else { return }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if text[index] >= 0xE0, let word = cjkSignWords.first(where: { Bytes.hasPrefix(text, at: index, $0) }) {
                var after = index + word.count
                if after < text.count, text[after] == 32 { after += 1 }
                if after < text.count, Bytes.isDigit(text[after]) {
                    out.append(45)
                    index = after
                    continue
                }
            }
            out.append(text[index])
            index += 1
        }
        text = out
    }
}
