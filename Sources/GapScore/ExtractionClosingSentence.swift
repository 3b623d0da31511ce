// Extraction's second look at a last value in its closing sentence: a hedge ("either 1 or 3"), the base of a stated
// percentage ("14 is 35% of 40"), one of several values stated clause by clause ("Paolo is 18, … Rayna is 7"), or a
// count before the list of what it counts ("there are 8 such squares: $25, 100, …, 1600$").

extension AnswerExtractor {
    static let eitherWord = b("either "), orWord = b(" or "), isVerb = b(" is "), ofWord = b(" of ")
    static let percentOf: [[UInt8]] = ["\\%$ of ", "\\% of ", "% of ", "%$ of ", " percent of ", " per cent of "].map(b)
    static let percentConnectives: [[UInt8]] = ["so, ", "so ", "thus, ", "thus ", "therefore, ", "therefore ", "hence, ", "hence "].map(b)

    /// The last value (`answer`, read by a last-number or last-math fallback) read again in the sentence that closes the
    /// response, or nil when that sentence leaves it as it is:
    /// - "… the cubic therefore has either 1 or 3 real roots.": a hedge between two values answers neither alone;
    /// - "14 is $35\%$ of 40.", "8 is $12\frac{1}{2}\%$ of 64.": the answer to "what percent" is the percentage, not the
    ///   base after "of" (a given of the question).
    static func closingSentenceReading(_ text: [UInt8], answer: String, policy: AnswerPolicy) -> (answer: String, rule: String)? {
        guard let last = text.lastIndex(where: { !Bytes.isSpace($0) }), case let start = sentenceStart(text, at: last),
              last - start <= 300 else { return nil }
        let sentence = Array(text[start...last])
        let lowered = sentence.map(Bytes.lower)
        let value = compactValue(answer)
        if let either = Bytes.find(lowered, eitherWord), let or = Bytes.findLast(lowered, orWord), or > either,
           let second = lastValue(Array(sentence[or...]), policy: policy), compactValue(second) == value,
           let first = lastValue(Array(sentence[either..<or]), policy: policy), compactValue(first) != value {
            return (first + ", " + second, "last-number (hedged: \"either … or …\" in the closing sentence)")
        }
        // "So 20 is 25% of 80.": a connective may open the sentence.
        var body = Array(Bytes.trimSpaces(sentence[...]))
        let loweredBody = body.map(Bytes.lower)
        if let connective = percentConnectives.first(where: { Bytes.hasPrefix(loweredBody, at: 0, $0) }) { body.removeFirst(connective.count) }
        // … or a clause after the computation: "$\frac{20}{80} = 0.25$, so 20 is 25 percent of 80."
        else if let (at, clause) = percentConnectives.compactMap({ connective in Bytes.findLast(loweredBody, b(", ") + connective).map { ($0, connective) } })
            .max(by: { $0.0 < $1.0 }) {
            body.removeFirst(at + 2 + clause.count)
        }
        if let first = body.first, Bytes.isDigit(first),
           let (of, marker) = percentOf.compactMap({ marker in Bytes.findLast(body, marker).map { ($0, marker) } }).max(by: { $0.0 < $1.0 }),
           let isAt = Bytes.find(body, isVerb), isAt < of,
           body[..<isAt].allSatisfy({ Bytes.isDigit($0) || $0 == 32 || $0 == 46 || $0 == 44 }),
           let base = lastValue(Array(body[(of + marker.count - 1)...]), policy: policy), compactValue(base) == value,
           let percentage = lastValue(Array(body[(isAt + isVerb.count)..<(of + marker.count - ofWord.count)]), policy: policy) {
            let stated = percentage.contains("%") ? percentage : percentage + "\\%"
            return (stated, "last-number (the percentage a closing \"X is P% of Y\" states)")
        }
        return nil
    }

    /// What ties a clause's name to its value: a verb (in English and the languages models answer in), an equals sign,
    /// a label's colon, or Chinese 为 and 是.
    static let clauseVerbs = [" is ", " are ", " was ", " were ", " equals ", " = ", ": ", "为", "是", " es ", " est ", " ist ",
                              " é ", " è ", " adalah ", " jest ", " wynosi ", " равно ", " равен ", " равна ", " är "]
    /// "and" between the last two clauses or values, in English and the languages models answer in.
    static let andWords = [" and ", " y ", " et ", " und ", " e ", " en ", " dan ", " và ", " и ", " ve ", " och ", " og "]

    /// The values of a last sentence made only of two to four clauses "… is V" joined by commas and "and" ("Paolo is 18,
    /// Qing is 14 and Rayna is 7.", "the minimum value is $1$ and the maximum value is $5$", "Minimum value: 1, maximum
    /// value: 5", "最小值为 1，最大值为 5。", "Minimum $1$, maximum $5$."), each V a plain number, in the order written,
    /// after a leading reason ("Since …, "); nil otherwise.
    static func statedValues(_ response: String) -> [String]? {
        guard var sentence = lastSentence(response), sentence.utf8.count <= 200 else { return nil }
        sentence = sentence.replacingOccurrences(of: "$", with: "")
        if sentence.utf8.contains(0xEF) || sentence.utf8.contains(0xE3) {   // "，" and a closing "。"
            sentence = sentence.replacingOccurrences(of: "，", with: ", ")
            if sentence.hasSuffix("。") { sentence.removeLast() }
        }
        // "… is $1$ (at $\sin x=1$) and …": remarks in parentheses go.
        while let open = sentence.firstIndex(of: "("), let close = sentence[open...].firstIndex(of: ")") {
            sentence.removeSubrange(open...close)
            sentence = sentence.replacingOccurrences(of: "  ", with: " ").replacingOccurrences(of: " .", with: ".")
        }
        sentence = sentence.replacingOccurrences(of: ", and ", with: ", ").replacingOccurrences(of: " , ", with: ", ")
        for joiner in andWords { sentence = sentence.replacingOccurrences(of: joiner, with: ", ") }
        sentence = sentence.replacingOccurrences(of: " , ", with: ", ")
        var clauses = sentence.components(separatedBy: ", ")
        // "Since $-1 \le \sin x \le 1$, the minimum value is 1 and …": a reason before the clauses is no clause.
        if clauses.count >= 3, let first = clauses.first?.lowercased(), ["since ", "because ", "as "].contains(where: first.hasPrefix) {
            clauses.removeFirst()
        }
        guard (2...4).contains(clauses.count) else { return nil }
        var values: [String] = []
        for clause in clauses {
            // "Minimum $1$, maximum $5$.": a one-word name right before its value.
            let words = clause.split(separator: " ")
            if words.count == 2, words[0].utf8.allSatisfy(Bytes.isLetter), words[0].utf8.count >= 3 {
                var value = String(words[1])
                if value.hasSuffix(".") { value.removeLast() }
                guard isPlainNumber(value), value.utf8.contains(where: Bytes.isDigit), !value.contains(",") else { return nil }
                values.append(value)
                continue
            }
            guard let verb = clauseVerbs.compactMap({ clause.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
            else { return nil }
            var head = clause[..<verb.lowerBound]
            // "$f(x) = …$ with …: the minimum value is 1": what stands before a label's colon is no part of the name.
            if let colon = head.range(of: ": ", options: .backwards) { head = head[colon.upperBound...] }
            var value = clause[verb.upperBound...].trimmingCharacters(in: .whitespaces)
            if value.hasSuffix(".") { value.removeLast() }   // "**… value: 5.**": the period inside the bold span
            // The name may be in another script ("最大值为 5").
            guard head.utf8.contains(where: { Bytes.isLetter($0) || $0 >= 0xC0 }), !head.contains("="), isPlainNumber(value),
                  value.utf8.contains(where: Bytes.isDigit), !value.contains(",") else { return nil }
            values.append(value)
        }
        return values
    }
}

extension AnswerExtractor {
    /// Where a last sentence's reason starts: "The integers are 11 and 12, since $11 \times 12 = 132$."
    static let reasonOpeners: [[UInt8]] = [", since ", " since ", ", because ", " because ", ", as "].map(b)
    static let listedJoiners: [[UInt8]] = ([", and "] + andWords + [", ", "; "]).map(b)
    static let listedCopulas: [[UInt8]] = [" is", " are", " was", " were", " equals"].map(b)
    /// The values of a last sentence that lists two to four numbers in prose, one to a clause: "The possible areas are
    /// 864, 1 350 and 2 400.", "The smallest possible N is 2,500 and the largest is 7,500.", "The numbers are 6¼ and 3¾.",
    /// "Notebook: €2,25; pen: €1,00", "Paolo is 18, Qing is 14 and Rayna is 7 years old." Each clause holds one number
    /// (grouped by spaces or by commas in threes, with a decimal point or comma, a sign, a currency sign, a vulgar
    /// fraction), with at most three words after it; a closing remark in parentheses and a reason after "since" go first.
    /// `anyOrder` is true when the values are not tied to the gold's order by what they count: no word follows any value
    /// (a bare list), or each is stated after "is" (a value tied to its own name). Nil otherwise.
    static func listedValues(_ response: String) -> (values: [String], anyOrder: Bool)? {
        guard var sentence = lastSentence(response), sentence.utf8.count <= 200 else { return nil }
        // A closing remark in parentheses goes; a closing tuple of numbers (`(−1, 2)`) is an answer and stays.
        if let open = sentence.utf8.lastIndex(of: 40),
           !sentence.utf8[open...].dropFirst().allSatisfy({ Bytes.isDigit($0) || [32, 44, 45, 46, 41, 0xE2, 0x88, 0x92].contains($0) }) {
            sentence = AnswerProse.withoutClosingParenthesis(sentence) ?? sentence
        }
        var bytes = withoutPlainDollars(Array(sentence.utf8))
        while let last = bytes.last, last == 46 || last == 32 { bytes.removeLast() }
        // "Check: 2, 3": a check lists what it substitutes, not the answer.
        guard !bytes.isEmpty, !inCheckSentence(bytes, at: bytes.count - 1) else { return nil }
        let lowered = bytes.map(Bytes.lower)
        // A reason after the values goes, unless it may state another answer (a bracket, a box).
        if let reason = reasonOpeners.compactMap({ Bytes.find(lowered, $0) }).min(), !bytes[reason...].contains(40), !bytes[reason...].contains(42) {
            bytes.removeSubrange(reason...)
        }
        // A slash only inside a unit ("70 km/h"), never in a fraction.
        func unitSlash(_ index: Int) -> Bool { index > 0 && index + 1 < bytes.count && Bytes.isLetter(bytes[index - 1]) && Bytes.isLetter(bytes[index + 1]) }
        guard !bytes.indices.contains(where: { [92, 43, 42, 47, 60, 62, 37, 40, 94].contains(bytes[$0]) && !(bytes[$0] == 47 && unitSlash($0)) })
        else { return nil }
        var values: [String] = [], anyOrderByCopula = true, namedOrCounted = false
        var index = 0
        var clauseStart = 0
        while index < bytes.count {
            guard Bytes.isDigit(bytes[index]), index == 0 || !(Bytes.isLetter(bytes[index - 1]) || Bytes.isDigit(bytes[index - 1])) else { index += 1; continue }
            guard let number = listedNumber(bytes, at: index) else { return nil }
            // Before the number, back over a currency sign and a minus sign, the clause must end with a copula for the value
            // to be tied to its name.
            var lead = index
            var negative = false
            while lead > clauseStart {
                if bytes[lead - 1] == 36 || bytes[lead - 1] == 32 { lead -= 1; continue }
                if bytes[lead - 1] == 45 { negative = true; lead -= 1; continue }
                if lead >= 3, Array(bytes[(lead - 3)..<lead]) == [0xE2, 0x82, 0xAC] || Array(bytes[(lead - 3)..<lead]) == [0xE2, 0x88, 0x92] {
                    if bytes[lead - 1] == 0x92 { negative = true }
                    lead -= 3; continue
                }
                if lead >= 2, Array(bytes[(lead - 2)..<lead]) == [0xC2, 0xA3] { lead -= 2; continue }
                break
            }
            let before = Array(bytes[clauseStart..<lead]).map(Bytes.lower)
            if !listedCopulas.contains(where: { before.count >= $0.count && Array(before.suffix($0.count)) == $0 }) { anyOrderByCopula = false }
            guard !before.contains(where: Bytes.isDigit) else { return nil }
            values.append((negative ? "-" : "") + number.value)
            // After the number: up to three words, then the clause's joiner or the end.
            var cursor = number.end
            var words = 0
            while cursor < bytes.count, !listedJoiners.contains(where: { Bytes.hasPrefix(bytes, at: cursor, $0) }) {
                guard bytes[cursor] == 32, cursor + 1 < bytes.count, Bytes.isLetter(bytes[cursor + 1]) else { return nil }
                cursor += 1
                while cursor < bytes.count, Bytes.isLetter(bytes[cursor]) || bytes[cursor] == 45 || bytes[cursor] == 47 && unitSlash(cursor) { cursor += 1 }
                words += 1
                if words > 3 { return nil }
            }
            if words > 0 { namedOrCounted = true }
            // A bare list names nothing after its first clause: "are 864, 1 350 and 2 400", never "Ben gets $40".
            if values.count > 1, before.contains(where: Bytes.isLetter) { namedOrCounted = true }
            guard let joiner = listedJoiners.first(where: { Bytes.hasPrefix(bytes, at: cursor, $0) }) else { index = cursor; break }
            clauseStart = cursor + joiner.count
            index = clauseStart
        }
        guard (2...4).contains(values.count) else { return nil }
        return (values, !namedOrCounted || anyOrderByCopula)
    }

    /// The sentence without the dollars of math segments that hold only a number or a one-letter name, which read as prose:
    /// "the smallest possible value of $N$ is $2500$ and the largest is $7500$". Other dollars stay.
    static func withoutPlainDollars(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 36, let close = bytes[(index + 1)...].firstIndex(of: 36), close > index + 1 {
                let inner = bytes[(index + 1)..<close]
                let name = inner.count == 1 && Bytes.isLetter(inner.first!)
                let number = inner.allSatisfy { Bytes.isDigit($0) || $0 == 44 || $0 == 46 || $0 == 45 } && inner.contains(where: Bytes.isDigit)
                if name || number {
                    result += inner
                    index = close + 1
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }

    /// The number written at `index` in a prose list, as plain text (`1 350` → `1350`, `2,500` → `2500`, `2,25` → `2.25`,
    /// `6¼` → `6 1/4`), and where it ends; nil when the groups are mixed or ambiguous.
    static func listedNumber(_ bytes: [UInt8], at index: Int) -> (value: String, end: Int)? {
        var end = index
        while end < bytes.count, Bytes.isDigit(bytes[end]) { end += 1 }
        var digits = Array(bytes[index..<end])
        // Groups of three after spaces or commas: thousands.
        var separator: UInt8?
        while end + 3 < bytes.count, bytes[end] == 32 || bytes[end] == 44, separator == nil || separator == bytes[end],
              bytes[(end + 1)..<(end + 4)].allSatisfy(Bytes.isDigit), end + 4 == bytes.count || !Bytes.isDigit(bytes[end + 4]) {
            separator = bytes[end]
            digits += bytes[(end + 1)..<(end + 4)]
            end += 4
        }
        // A decimal point, or a decimal comma when commas did not group thousands.
        if end + 1 < bytes.count, bytes[end] == 46 || bytes[end] == 44 && separator != 44, Bytes.isDigit(bytes[end + 1]) {
            var fraction = end + 1
            while fraction < bytes.count, Bytes.isDigit(bytes[fraction]) { fraction += 1 }
            return (Bytes.string(digits) + "." + Bytes.string(bytes[(end + 1)..<fraction]), fraction)
        }
        if let width = vulgarFractionWidth(bytes, at: end), let fraction = vulgarFractions[Array(bytes[end..<(end + width)])] {
            return (Bytes.string(digits) + " " + Bytes.string(fraction), end + width)   // `6¼` → `6 1/4`, a mixed number
        }
        return (Bytes.string(digits), end)
    }

    /// The count a sentence states before a colon and the list of what it counts, when the list is the segment `segment`
    /// ("Thus there are 8 such squares: $25, 100, 225, …, 1600$." → `8`): "there are" or "there is", an integer (bare
    /// or in `$…$`), at most four words, a colon, then the list with two or more commas. Nil otherwise.
    static func countBeforeItsListing(_ text: [UInt8], segment: Segment) -> String? {
        guard segment.text.utf8.filter({ $0 == 44 }).count >= 2 else { return nil }
        let start = sentenceStart(text, at: segment.start)
        var prefix = Array(Bytes.trimSpaces(text[start..<segment.start]))
        while prefix.last == 36 { prefix.removeLast() }
        guard prefix.last == 58 else { return nil }
        let openers = [b("there are "), b("there is ")]
        guard let there = openers.compactMap({ opener in Bytes.findLastIgnoringCase(prefix, opener).map { $0 + opener.count } }).max() else { return nil }
        let words = prefix[there..<(prefix.count - 1)].filter { $0 != 36 }.split(separator: 32)
        guard let count = words.first, count.allSatisfy(Bytes.isDigit), words.count >= 2, words.count <= 5,
              words.dropFirst().allSatisfy({ $0.allSatisfy(Bytes.isLetter) }) else { return nil }
        return Bytes.string(count)
    }
}
