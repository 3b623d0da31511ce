// Extraction's fallback readers for a last value followed by more text: closing checks and comparison remarks, hedges,
// side remarks and restatements after the committed value, powers and multiples of π, plain relations, named values
// and tuples written in plain text. Called from the fallbacks in Extraction.swift.

extension AnswerExtractor {
    /// The start of the sentence holding `number` when that sentence is a closing check (`inCheckSentence`) or a
    /// comparison remark opened by "That is", "That's", "This is" with a comparative word right after the number and
    /// "than" or "as" later ("That is 54 more rides than Mitchel took."); nil otherwise.
    static func remarkSentenceStart(_ text: [UInt8], number: Segment) -> Int? {
        let start = sentenceStart(text, at: number.start)
        // A check restates a computation: "3(7) - 4 = 17", "this equals C(7,3)"; "Checking every case, we find 12
        // solutions." states the answer.
        if inCheckSentence(text, at: number.start) {
            var end = number.end
            while end < text.count, text[end] != 10, !(text[end] == 46 && (end + 1 == text.count || Bytes.isSpace(text[end + 1]))) { end += 1 }
            let sentence = Array(text[start..<end])
            if sentence.contains(61) || Bytes.findLastIgnoringCase(sentence, b("equals")) != nil { return start }
            // "Check: 1 + 3 + 5 + ... + 21 has 11 terms and adds up to 121.": a computation said in words.
            if checkTotals.contains(where: { Bytes.findLastIgnoringCase(sentence, $0) != nil }) { return start }
            // A counterfactual note ("Note that if the books were identical there would be only 1 way.") describes another
            // problem, not the answer.
            if Bytes.findLastIgnoringCase(sentence, b(" would ")) != nil || Bytes.findLastIgnoringCase(sentence, b(" had been ")) != nil
                || Bytes.findLastIgnoringCase(sentence, b("'d ")) != nil { return start }
            return nil
        }
        var opening = start
        while opening < number.start, Bytes.isSpace(text[opening]) { opening += 1 }
        guard let opener = remarkOpeners.first(where: { Bytes.hasPrefixIgnoringCase(text, at: opening, $0) }) else { return nil }
        func comparativeFollows(_ end: Int) -> Int? {
            var after = end
            while after < text.count, text[after] == 32 { after += 1 }
            return comparativeWords.contains(where: { word in
                Bytes.hasPrefixIgnoringCase(text, at: after, word) && (after + word.count == text.count || !Bytes.isLetter(text[after + word.count]))
            }) ? after : nil
        }
        var remarkNumber = Array(number.text.utf8)
        let after: Int
        if let comparative = comparativeFollows(number.end) {
            after = comparative
        } else {
            // "That's 3 more than Tom's 6.": the remark's own number opens it; the last number is what it is compared with.
            let first = opening + opener.count
            var digits = first
            while digits < number.start, Bytes.isDigit(text[digits]) || text[digits] == 46 && digits > first { digits += 1 }
            guard digits > first, digits < number.start, let comparative = comparativeFollows(digits),
                  let than = Bytes.find(Array(text[comparative..<number.start]), b(" than ")),
                  !text[(comparative + than + 6)..<number.start].contains(where: Bytes.isDigit) else { return nil }
            remarkNumber = Array(text[first..<digits])
            after = comparative
        }
        var end = after
        while end < text.count, text[end] != 10, !(text[end] == 46 && (end + 1 == text.count || Bytes.isSpace(text[end + 1]))) { end += 1 }
        let rest = Array(text[after..<end])
        guard Bytes.find(rest, b(" than ")) != nil || Bytes.find(rest, b(" as ")) != nil else { return nil }
        // A difference computed before the remark ("12 - 8 = 4. That is 4 more apples than Tom has.") answers a "how many
        // more" question: the remark states it, so it stays.
        let computed = b("= ") + remarkNumber
        var searchFrom = 0
        while let found = Bytes.find(text, computed, from: searchFrom), found < start {
            let after = found + computed.count
            if after >= text.count || !(Bytes.isDigit(text[after]) || text[after] == 46 && after + 1 < text.count && Bytes.isDigit(text[after + 1])) { return nil }
            searchFrom = found + 1
        }
        return start
    }

    static let remarkOpeners: [[UInt8]] = ["that is ", "that's ", "this is ", "that means ", "which is "].map(b)

    /// Openers of a check or an aside inside the sentence of the answer: "k is 5, and indeed 3(5) - 2 = 13", "17 (indeed
    /// 221 = 17 x 13)", "8 (since 2^3 = 8)".
    static let sideRemarkOpeners: [[UInt8]] = [", and indeed ", ", indeed ", "; indeed ", "(indeed ", "(since ", "(because ",
                                               "(as ", "(check", "(verify", "(note", "(from ", "(using ", "(by "].map(b)
    static let bracketedRestatements: [[UInt8]] = ["(= ", "(=", "(\u{2248} ", "(\u{2248}"].map(b)
    /// Whether the text between an answer and its hedge holds a value and stays in one sentence: a digit, and no line
    /// break, question mark or full stop before a space.
    static func holdsValueInOneSentence(_ before: ArraySlice<UInt8>) -> Bool {
        guard before.contains(where: Bytes.isDigit), !before.contains(10), !before.contains(63) else { return false }
        for index in before.indices.dropLast() where before[index] == 46 && Bytes.isSpace(before[index + 1]) { return false }
        return true
    }

    static let hedgeMarkers: [[UInt8]] = [" or maybe ", ", maybe ", " or perhaps ", ", perhaps ", " or possibly ", ", possibly ",
                                          // "I think the answer is 6, but it could also be 8 if the endpoints count."
                                          ", but it could also be ", ", but it might also be ", ", but it may also be ",
                                          ", though it could also be ", ", or it could be "].map(b)

    /// A second value offered after an answer phrase's value by a hedge that ends the response: "Answer: $\frac{7}{3}$ hmm
    /// or maybe $\frac{7}{2}$" → `\frac{7}{2}` (the response then commits to neither). The hedge stays in the phrase's
    /// sentence and the alternative is a bare value (digits and LaTeX commands, no words). Nil otherwise.
    static func hedgedAlternative(_ text: [UInt8], after start: Int) -> String? {
        guard text.count - start <= 240, text.count - start >= 12 else { return nil }
        let window = Array(text[start...])
        if let alternative = parentheticalAlternative(window) ?? alternativeThatMightBe(window) ?? doubtedAlternative(window)
            ?? alternativeUnderCondition(window) { return alternative }
        guard let marker = hedgeMarkers.compactMap({ m in Bytes.findLastIgnoringCase(window, m).map { ($0, m.count) } }).max(by: { $0.0 < $1.0 })
        else { return alternativeAlsoPossible(window) }
        let before = window[..<marker.0]
        guard holdsValueInOneSentence(before) else { return nil }
        var alternative = Array(Bytes.trimSpaces(window[(marker.0 + marker.1)...]))
        // "… 8 if the endpoints are meant to be included": the condition after the alternative.
        if let condition = Bytes.find(alternative, b(" if ")) { alternative.removeSubrange(condition...) }
        while let last = alternative.last, last == 46 || last == 33 || last == 63 || Bytes.isSpace(last) { alternative.removeLast() }
        guard let value = bareValue(alternative, limit: 60), !value.contains(10), !value.contains(44) else { return nil }
        return Bytes.string(value)
    }

    /// A value offered in parentheses right after the answer as another answer: "Answer: 45 (or 46 if the endpoint is
    /// counted)" → `46`. The value is bare (digits, signs and LaTeX, no words), in the answer's sentence. Nil otherwise;
    /// a restatement ("1/2 (or 0.5)") comes back too and compares equal to the answer.
    /// "So the answer is $k=1$ — or possibly $k=2$; …": the same after a dash.
    static func parentheticalAlternative(_ window: [UInt8]) -> String? {
        guard let (open, opener) = alternativeOpeners.lazy.compactMap({ opener in Bytes.find(window, opener).map { ($0, opener) } }).first
        else { return nil }
        let before = window[..<open]
        guard holdsValueInOneSentence(before) else { return nil }
        // "Answer: 5 (or possibly 6 if the endpoints count)": a hedging word before the other value.
        var from = open + opener.count
        if let word = parentheticalHedges.first(where: { Bytes.hasPrefixIgnoringCase(window, at: from, $0) }) { from += word.count }
        // "— or possibly $k=2$": a value set to a one-letter name in math is that value.
        if from + 4 < window.count, window[from] == 36, Bytes.isLetter(window[from + 1]), window[from + 2] == 61,
           let close = window[(from + 3)...].firstIndex(of: 36), close - from <= 40 {
            return bareValue(Array(window[(from + 3)..<close]), limit: 40).map(Bytes.string)
        }
        return bareToken(window, from: from)
    }

    /// The value a closing line that opens with "Alternatively" gives after "would be" ("Alternatively, if rotations
    /// count as the same, the answer would be $3! = 6$." → `6`), when it comes after `start`; nil otherwise.
    static func alternativeReading(_ text: [UInt8], after start: Int, policy: AnswerPolicy) -> String? {
        guard let lastByte = text.lastIndex(where: { !Bytes.isSpace($0) }), lastByte > start else { return nil }
        var opening = text[..<lastByte].lastIndex(of: 10).map { $0 + 1 } ?? 0
        while opening < lastByte, Bytes.isSpace(text[opening]) || text[opening] == 42 { opening += 1 }
        guard opening > start, Bytes.hasPrefixIgnoringCase(text, at: opening, b("alternatively")),
              let would = Bytes.findLastIgnoringCase(Array(text[opening...lastByte]), b(" would be ")) else { return nil }
        return lastValue(Array(text[(opening + would + 10)...lastByte]), policy: policy)
    }

    /// "The answer is 12 penguins, or 24 if the ones in the cave come back out." → `24`: another bare value after ", or",
    /// with the condition under which it would hold, in the answer's sentence. Nil otherwise.
    static func alternativeUnderCondition(_ window: [UInt8]) -> String? {
        guard let or = Bytes.findLast(window, b(", or ")) else { return nil }
        let before = window[..<or]
        guard holdsValueInOneSentence(before) else { return nil }
        let after = Array(window[(or + 5)...])
        guard let condition = Bytes.find(after, b(" if ")), condition <= 40,
              let value = bareValue(Array(after[..<condition]), limit: 40), !value.contains(44) else { return nil }
        return Bytes.string(value)
    }

    static let alternativeOpeners: [[UInt8]] = [" (or ", " \u{2014} or ", " \u{2013} or ", " -- or "].map(b)
    static let parentheticalHedges: [[UInt8]] = ["possibly ", "maybe ", "perhaps ", "potentially ", "conceivably "].map(b)

    /// The bare value (`bareValue`, at most 40 bytes) written at `start`: up to a space or `)`, without a trailing `,`,
    /// `.`, `;` or `!`. Nil when that is not a bare value.
    static func bareToken(_ window: [UInt8], from start: Int) -> String? {
        var value: [UInt8] = []
        var cursor = start
        while cursor < window.count, !Bytes.isSpace(window[cursor]), window[cursor] != 41 { value.append(window[cursor]); cursor += 1 }
        while let last = value.last, last == 44 || last == 46 || last == 59 || last == 33 { value.removeLast() }
        return bareValue(value, limit: 40).map(Bytes.string)
    }

    /// `value` without the `$…$` around it when it is bare: at most `limit` bytes with a digit, no `$`, and no letters
    /// outside LaTeX commands (`46`, `-\frac{1}{2}`, not `46 apples`). Nil otherwise.
    static func bareValue(_ value: [UInt8], limit: Int) -> [UInt8]? {
        var value = value
        if value.count >= 2, value.first == 36, value.last == 36 { value = Array(value[1..<(value.count - 1)]) }
        guard !value.isEmpty, value.count <= limit, value.contains(where: Bytes.isDigit), !value.contains(36) else { return nil }
        var inCommand = false
        for byte in value {
            if byte == 92 { inCommand = true; continue }
            if Bytes.isLetter(byte) { if !inCommand { return nil } } else { inCommand = false }
        }
        return value
    }

    /// A clause closing the response that offers another value: "It's most likely 18, though if the endpoints are
    /// included it could be 20." → where ", though" starts and `20`. The value is bare and ends the text; the sentence
    /// has a digit before the clause. Nil otherwise.
    static func closingHedge(_ text: [UInt8]) -> (start: Int, alternative: String)? {
        guard let lastByte = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        let start = sentenceStart(text, at: lastByte)
        let lowered = text[start...lastByte].map(Bytes.lower)
        guard lowered.count <= 300,
              // "… is **153** — unless I have mis-indexed the start, in which case it would be 351."
              let opener = [", though ", ", although ", ", but ", " \u{2014} unless ", ", unless "].compactMap({ Bytes.find(lowered, b($0)) }).min(),
              lowered[..<opener].contains(where: Bytes.isDigit),
              let verb = [" could be ", " might be ", " may be ", " would be "].compactMap({ v in Bytes.findLast(lowered, b(v)).map { $0 + v.count } }).max(),
              verb > opener else { return nil }
        var value = Array(text[(start + verb)...lastByte])
        while let last = value.last, last == 46 || last == 33 || Bytes.isSpace(last) { value.removeLast() }
        guard let bare = bareValue(value, limit: 40), !bare.contains(32) else { return nil }
        return (start + opener, Bytes.string(bare))
    }

    static let mightBeClauses: [[UInt8]] = [", but it might be ", ", but it could be ", ", but it may be ", ", though it might be ",
                                            ", though it could be ", ", or it might be ", ", or it could be "].map(b)

    /// A second value the answer's own sentence offers: "the answer is 15, but it might be 16 if we include the
    /// endpoint" → `16`. The value is bare and ends at a space or the sentence's end. Nil otherwise.
    static func alternativeThatMightBe(_ window: [UInt8]) -> String? {
        let lowered = window.map(Bytes.lower)
        guard let (at, count) = mightBeClauses.compactMap({ c in Bytes.find(lowered, c).map { ($0, c.count) } }).min(by: { $0.0 < $1.0 }) else { return nil }
        let before = window[..<at]
        guard holdsValueInOneSentence(before) else { return nil }
        return bareToken(window, from: at + count)
    }

    static let doubtedClauses: [[UInt8]] = [" it could be ", " it could also be ", " it might be ", " it might also be ", " it may be ",
                                            " it may also be "].map(b)

    /// A second value offered after a doubt in the answer's own sentence: "the answer is 6, but I'm not completely sure
    /// — depending on whether the endpoints count, it could also be 8." → `8`. Nil otherwise.
    static func doubtedAlternative(_ window: [UInt8]) -> String? {
        let lowered = window.map(Bytes.lower)
        guard let doubt = doubtPhrases.compactMap({ Bytes.find(lowered, $0) }).min(),
              let (at, count) = doubtedClauses.compactMap({ c in Bytes.find(lowered, c, from: doubt).map { ($0, c.count) } }).min(by: { $0.0 < $1.0 })
        else { return nil }
        let before = window[..<at]
        guard holdsValueInOneSentence(before) else { return nil }
        return bareToken(window, from: at + count)
    }

    static let ieOpeners: [[UInt8]] = [", i.e. ", ", i.e., ", "; i.e. ", "; i.e., ", ", that is, "].map(b)

    static let computationWords: [[UInt8]] = [" divided by ", " times ", " multiplied by ", " plus ", " minus "].map(b)

    /// The value a sentence states before ", i.e." (or ", that is,") when the value at `position` is in the clause after
    /// it and that clause says how the value was computed: "there are 125 games in total, i.e. 250 team-games divided
    /// by 2" → `125`. Only words may come between the stated value and the opener. Nil otherwise.
    static func valueBeforeRestatement(_ text: [UInt8], at position: Int, policy: AnswerPolicy) -> String? {
        // The full stops of "i.e." end no sentence.
        var start = sentenceStart(text, at: position)
        while start >= 4, Bytes.hasPrefixIgnoringCase(text, at: start - 4, b("i.e.")) { start = sentenceStart(text, at: start - 4) }
        guard position > start, position - start <= 400 else { return nil }
        let lowered = text[start..<position].map(Bytes.lower)
        guard let opener = ieOpeners.compactMap({ Bytes.findLast(lowered, $0) }).max(),
              // Only a clause that says how the value was computed; "i.e." usually introduces the answer itself.
              computationWords.contains(where: { Bytes.find(Array(lowered[opener...]), $0) != nil }) else { return nil }
        let region = Array(text[start..<(start + opener)])
        guard let stated = statedValue(region, policy: policy),
              region[stated.end...].allSatisfy({ Bytes.isLetter($0) || $0 == 32 || $0 == 36 || $0 == 45 }) else { return nil }
        return chainResult(stated.text) ?? stated.text
    }

    static let alsoPossiblePhrases: [[UInt8]] = [" is also possible", " is also plausible", " is also an option", " could also be right",
                                                 " could also be correct", " might also be right", " might also be correct",
                                                 " would also work", " could also work"].map(b)
    static let alsoPossibleOpeners: [[UInt8]] = [", though ", ", although ", ", but ", "; though ", "; but ", " though ", " but "].map(b)

    /// A second value a hedge after the answer calls possible too: "probably 20, though 21 is also possible if we count
    /// the endpoint" → `21`. The value is bare (digits, signs and LaTeX, no words) between the opener and the phrase, in
    /// the answer's sentence. Nil otherwise.
    static func alternativeAlsoPossible(_ window: [UInt8]) -> String? {
        let lowered = window.map(Bytes.lower)
        guard let phrase = alsoPossiblePhrases.compactMap({ Bytes.findLast(lowered, $0) }).max(),
              let opener = alsoPossibleOpeners.compactMap({ o in Bytes.findLast(Array(lowered[..<phrase]), o).map { $0 + o.count } }).max()
        else { return nil }
        let before = window[..<opener]
        guard holdsValueInOneSentence(before) else { return nil }
        var value = Array(Bytes.trimSpaces(window[opener..<phrase]))
        if value.count >= 2, value.first == 36, value.last == 36 { value = Array(value[1..<(value.count - 1)]) }
        guard !value.isEmpty, value.count <= 40, value.contains(where: Bytes.isDigit),
              !value.contains(where: { Bytes.isLetter($0) || $0 == 36 || $0 == 44 }) || value.contains(92) && !value.contains(32) else { return nil }
        return Bytes.string(value)
    }

    /// Openers of a check clause inside the sentence of the answer, after a comma or semicolon: "19, and as a check the
    /// larger is 26 and 19 + 26 = 45".
    static let checkClauseOpeners: [[UInt8]] = [", and as a check", ", as a check", "; as a check", ", and as a quick check",
                                                ", and as a sanity check", ", and to check", "; to check", ", and to verify",
                                                "; to verify", ", and checking", "; checking", ", and verifying",
                                                "; verifying", ", and we can check", ", and we can verify",
                                                // "The sum of the roots is $-3$, and for completeness their product is $-10$."
                                                ", and for completeness", "; for completeness"].map(b)
    /// Words a restatement of the value as an approximation may use between the value and its decimal.
    static let approximationFillers: Set<[UInt8]> = Set(["which", "is", "that", "or", "i.e.", "about", "approximately",
        "roughly", "around", "nearly", "\\approx", "~", "=", "$", "equal", "to", "equals", "\u{2248}", "this", "so", "just"].map(b))

    /// Whether `value` in `unit` (`1.5`, `hours`) differs from `compound`, the restatement as one number in the smaller unit
    /// (`(1)*60/1+(50)\text{ minutes}`); false when either cannot be read.
    static func restatesAnother(value: String, unit: String, compound: String) -> Bool {
        guard let number = Double(value), let marker = compound.range(of: "\\text{ "), compound.hasSuffix("}"),
              let total = (try? ExpressionParser.parse(String(compound[..<marker.lowerBound])))?.numericValue([:]),
              let factor = UnitConversion.factor(from: unit, to: String(compound[marker.upperBound...].dropLast()))
        else { return false }
        return abs(number * Double(factor.numerator) / Double(factor.denominator) - total.re) > 1e-9 * max(1, abs(total.re))
    }

    /// The value a sentence states before a side remark that holds the last number: a check or an aside opened right
    /// after it ("so k is 5, and indeed 3(5) - 2 = 13" → `5`), a decimal approximation of it ("4*sqrt(5), which is about
    /// 8.94" → `4\sqrt{5}`), or the same quantity in two units ("3.5 hours, that is 3 hours and 30 minutes" → `3.5`).
    /// Nil otherwise.
    static func valueBeforeSideRemark(_ text: [UInt8], number: Segment, policy: AnswerPolicy) -> String? {
        // The sentence, read back at most 300 bytes: a side remark sits right after its value.
        var sentenceStart = number.start
        while sentenceStart > max(0, number.start - 300) {
            let byte = text[sentenceStart - 1]
            // The full stop of "i.e." or "e.g." does not end the sentence.
            let abbreviation = sentenceStart >= 4 && (Bytes.hasPrefixIgnoringCase(text, at: sentenceStart - 4, b("i.e.")) || Bytes.hasPrefixIgnoringCase(text, at: sentenceStart - 4, b("e.g.")))
                || byte == 33 && sentenceStart >= 2 && Bytes.isDigit(text[sentenceStart - 2])   // a factorial `7! = 5040`
            if byte == 10 || (byte == 46 || byte == 33 || byte == 63) && (sentenceStart == text.count || Bytes.isSpace(text[sentenceStart])) && !abbreviation { break }
            sentenceStart -= 1
        }
        let prefix = Array(text[sentenceStart..<number.start])
        if let value = valueBeforeRemark(text, prefix: prefix, sentenceStart: sentenceStart, number: number, policy: policy) { return value }
        // Every opener has a `(` or "indeed" (cheap tests first).
        if prefix.contains(40) || Bytes.findLastIgnoringCase(prefix, b("indeed")) != nil,
           let opener = sideRemarkOpeners.compactMap({ Bytes.findLastIgnoringCase(prefix, $0) }).max() {
            let region = Array(prefix[..<opener])
            if let value = statedValue(region, policy: policy),
               Bytes.trimSpaces(region[value.end...]).allSatisfy({ $0 == 44 || $0 == 36 }) { return value.text }
        }
        // "The speed is 72 km/h (= 20 m/s).": the value, maybe with its unit, restated in brackets in another unit.
        if prefix.contains(40), let opener = bracketedRestatements.compactMap({ Bytes.findLast(prefix, $0) }).max() {
            let region = Array(prefix[..<opener])
            if let value = statedValue(region, policy: policy), case let between = Bytes.trimSpaces(region[value.end...]),
               between.count <= 12, between.allSatisfy({ Bytes.isLetter($0) || $0 == 47 || $0 == 32 }) { return value.text }
        }
        // A check clause after the value, in its sentence: "the smaller number is 19, and as a check the larger is 26 and
        // 19 + 26 = 45" → `19` (the clause only verifies the value before it).
        if Bytes.findLastIgnoringCase(prefix, b("check")) != nil || Bytes.findLastIgnoringCase(prefix, b("verif")) != nil
            || Bytes.findLastIgnoringCase(prefix, b("completeness")) != nil,
           let opener = checkClauseOpeners.compactMap({ Bytes.findLastIgnoringCase(prefix, $0) }).max() {
            let region = Array(prefix[..<opener])
            // Only unit words may stand between the value and the clause: "12 eggs, and to verify, 12 × 7 = 84 eggs".
            if let value = statedValue(region, policy: policy), region.count - value.end <= 24,
               region[value.end...].allSatisfy({ $0 == 36 || $0 == 32 || Bytes.isLetter($0) }) { return value.text }
        }
        if isApproximation(text, before: number.start), endsWithPi(prefix) { return "\\pi" }
        // "(60 − 50)/60 × 100 ≈ 16.7%": a value that is an operand of the computation is no exact value of its own.
        if isApproximation(text, before: number.start), let value = statedValue(prefix, policy: policy), !isOperandInPrefix(prefix, value: value) {
            // "13π square feet, about 40.8 sq ft": π right after the number belongs to the value.
            let pi = value.end + 1 < prefix.count && prefix[value.end] == 0xCF && prefix[value.end + 1] == 0x80
            var between = Array(prefix[(pi ? value.end + 2 : value.end)...])
            for index in between.indices where between[index] == 44 || between[index] == 40 { between[index] = 32 }
            // The unit written after the decimal may follow the value too: "6 sqrt(2) cm, or about 8.49 cm".
            var unitAfter = number.end
            while unitAfter < text.count, text[unitAfter] == 32 { unitAfter += 1 }
            let unit = text[unitAfter...].prefix(while: Bytes.isLetter).map(Bytes.lower)
            // "13π square feet, about 40.8 sq ft": when the decimal has a unit too, the unit words (at most three) of a
            // multiple of π may stand between them, written out or abbreviated.
            let words = between.split(separator: 32)
            let unitWords = words.filter { !approximationFillers.contains($0.map(Bytes.lower)) }
            if words.allSatisfy({ approximationFillers.contains($0.map(Bytes.lower)) || !unit.isEmpty && $0.map(Bytes.lower) == unit })
                || pi && !unit.isEmpty && unitWords.count <= 3 && unitWords.allSatisfy({ $0.allSatisfy(Bytes.isLetter) }) {
                return pi ? value.text + "\\pi" : value.text
            }
        }
        // The same quantity in two units after ", that is" or ", i.e.": `3.5 hours, that is 3 hours and 30 minutes`.
        if prefix.contains(44), let marker = [", that is ", ", i.e. ", ", i.e., ", ", or "].compactMap({ Bytes.findLastIgnoringCase(prefix, b($0)) }).max() {
            var end = number.end
            while end < text.count, Bytes.isLetter(text[end]) || text[end] == 32 { end += 1 }
            let restatement = Bytes.string(Bytes.trimSpaces(text[(sentenceStart + marker)..<end]).drop { !Bytes.isDigit($0) })
            if let compound = UnitConversion.compoundQuantity(restatement), let value = statedValue(Array(prefix[..<marker]), policy: policy),
               Bytes.trimSpaces(prefix[value.end..<marker]).allSatisfy(Bytes.isLetter) {
                // "1.5 hours, i.e. 1 hour 50 minutes": a restatement that gives another amount contradicts the value; the
                // response states no one answer.
                if restatesAnother(value: value.text, unit: Bytes.string(Bytes.trimSpaces(prefix[value.end..<marker])), compound: compound) { return nil }
                return value.text
            }
        }
        // The same quantity in another unit in parentheses: "She runs 2500 m (2.5 km).", "Height: 66 inches (5 ft 6 in)",
        // also after words about it: "The hallway is 10 m long (0.01 km)."
        if let open = prefix.lastIndex(of: 40), !prefix[open...].contains(41),
           let close = text[number.end...].prefix(12).firstIndex(of: 41),
           let restated = measuredQuantity(text[(sentenceStart + open + 1)..<close]) {
            var before = open
            while before > 0, prefix[before - 1] == 32 { before -= 1 }
            let region = Array(prefix[..<before])
            if let value = statedValue(region, policy: policy), let stated = measuredQuantityBeforeWords(region[value.start...]),
               stated.kind == restated.kind, abs(stated.value - restated.value) <= 1e-9 * max(1, abs(stated.value)) {
                return value.text
            }
        }
        // The value again with more digits: "about $4.17 per person (4.1666…)." → `4.17`.
        if let open = prefix.lastIndex(of: 40), open + 1 == prefix.count,
           let close = text[number.end...].prefix(8).firstIndex(of: 41) {
            let after = Bytes.string(Bytes.trimSpaces(text[number.end..<close]))
            var before = open
            while before > 0, prefix[before - 1] == 32 { before -= 1 }
            let region = Array(prefix[..<before])
            if after == "…" || after == "...", let value = statedValue(region, policy: policy), region.count - value.end <= 30,
               region[value.end...].allSatisfy({ Bytes.isLetter($0) || $0 == 32 || $0 == 45 }) {
                if let places = value.text.split(separator: ".").last.map({ $0.count }), value.text.contains("."),
                   let stated = Double(value.text), let precise = Double(number.text), places >= 1,
                   abs(stated - precise) <= 0.5 * (0..<places).reduce(1.0, { step, _ in step / 10 }) + 1e-12 { return value.text }
            }
        }
        return nil
    }

    /// `measuredQuantity` of the text, or of its first amount and unit when words follow them ("10 m long" is 10 m, "12
    /// gallons of tea at the start" 12 gallons).
    static func measuredQuantityBeforeWords(_ text: ArraySlice<UInt8>) -> (kind: String, value: Double)? {
        if let quantity = measuredQuantity(text) { return quantity }
        let trimmed = Bytes.trimSpaces(text)
        guard let first = trimmed.firstIndex(of: 32), let second = trimmed[(first + 1)...].firstIndex(of: 32),
              trimmed[(second + 1)...].allSatisfy({ Bytes.isLetter($0) || $0 == 32 }) else { return nil }
        return measuredQuantity(trimmed[..<second])
    }

    /// A length, mass, time, volume or speed written as one or two amounts with known units ("2.5 km", "5 ft 6 in", "1 hour
    /// and 30 minutes"), in its kind's base unit; nil for anything else (money is left out: "$4.17" carries no unit word).
    static func measuredQuantity(_ text: ArraySlice<UInt8>) -> (kind: String, value: Double)? {
        guard text.count <= 40 else { return nil }
        let tokens = Bytes.trimSpaces(text).split(separator: 32).map { Bytes.string($0) }.filter { $0 != "and" }
        guard tokens.count == 2 || tokens.count == 4 else { return nil }
        var kind: String? = nil, total = 0.0
        for pair in stride(from: 0, to: tokens.count, by: 2) {
            guard tokens[pair].utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 46 }), let amount = Double(tokens[pair]),
                  let unit = UnitConversion.units[tokens[pair + 1].lowercased()], unit.kind != "money", kind == nil || kind == unit.kind
            else { return nil }
            kind = unit.kind
            total += amount * Double(unit.numerator) / Double(unit.denominator)
        }
        return kind.map { ($0, total) }
    }

    /// The value a sentence states before a ", which" clause that says something else about it: "the tank contains 45
    /// liters of water, which is 15 liters short of its 60-liter capacity" → `45`; "she now has 45 apples left, which is
    /// 3 times the 15 she gave away" → `45`; "32 pages to read, which will take her about 3 more days" → `32`. The clause
    /// opens with "will"/"would" or compares ("is 15 liters short of", "is 3 times"); one that restates ("which is 7",
    /// "which is 7 in all") leaves the last number alone. At most four unit words between the value and the comma.
    static func valueBeforeWhichClause(_ text: [UInt8], number: Segment, policy: AnswerPolicy) -> String? {
        let start = sentenceStart(text, at: number.start)
        let prefix = Array(text[start..<number.start])
        guard let comma = Bytes.findLastIgnoringCase(prefix, b(", which ")) else { return nil }
        let clause = Array(text[(start + comma + 8)...]).map(Bytes.lower)
        var sideRemark = Bytes.hasPrefix(clause, at: 0, b("will ")) || Bytes.hasPrefix(clause, at: 0, b("would "))
        if !sideRemark, Bytes.hasPrefix(clause, at: 0, b("is ")) || Bytes.hasPrefix(clause, at: 0, b("was ")) {
            // The clause's first number, then at most two words, then a comparison.
            var cursor = clause.firstIndex(of: 32)! + 1
            while cursor < clause.count, !Bytes.isDigit(clause[cursor]), clause[cursor] != 46, clause[cursor] != 10 { cursor += 1 }
            while cursor < clause.count, Bytes.isDigit(clause[cursor]) || clause[cursor] == 46 && cursor + 1 < clause.count && Bytes.isDigit(clause[cursor + 1]) { cursor += 1 }
            var words: [[UInt8]] = []
            while words.count < 3, cursor < clause.count, clause[cursor] == 32 || clause[cursor] == 45 {
                cursor += 1
                let wordStart = cursor
                while cursor < clause.count, Bytes.isLetter(clause[cursor]) { cursor += 1 }
                guard cursor > wordStart else { break }
                words.append(Array(clause[wordStart..<cursor]))
            }
            sideRemark = words.contains { whichClauseComparisons.contains($0) }
        }
        guard sideRemark else { return nil }
        let region = Array(prefix[..<comma])
        guard let value = statedValue(region, policy: policy), region.count - value.end <= 40,
              region[value.end...].allSatisfy({ $0 == 32 || $0 == 45 || $0 == 42 || Bytes.isLetter($0) }),
              region[value.end...].split(separator: 32).count <= 4 else { return nil }
        return value.text
    }

    /// Words of a check that computes a total in words.
    static let checkTotals: [[UInt8]] = [" adds up to ", " add up to ", " sums to ", " sum to ", " totals "].map(b)

    static let whichClauseComparisons: Set<[UInt8]> = Set(["short", "times", "more", "less", "fewer", "greater", "smaller",
                                                          "larger", "higher", "lower", "than", "shy", "over", "under"].map(b))

    /// The count in "N ways to …" or "N ways of …" earlier in the last number's sentence ("There are 120 ways to choose
    /// the 3 toppings" → `120`); nil otherwise.
    static func countOfWays(_ text: [UInt8], number: Segment) -> String? {
        let start = sentenceStart(text, at: number.start)
        let prefix = Array(text[start..<number.start])
        guard let ways = [" ways to ", " ways of ", " possible ways to ", " different ways to "].compactMap({ Bytes.findLastIgnoringCase(prefix, b($0)) }).min()
        else { return nil }
        // The last number must be what the ways choose, in the same clause: "56 ways to choose …, and therefore 84 ways".
        guard !prefix[ways...].contains(where: { $0 == 44 || $0 == 59 }) else { return nil }
        var end = ways
        while end > 0, prefix[end - 1] == 32 || prefix[end - 1] == 42 { end -= 1 }
        var begin = end
        while begin > 0, Bytes.isDigit(prefix[begin - 1]) || prefix[begin - 1] == 44 { begin -= 1 }
        guard begin < end, Bytes.isDigit(prefix[begin]), begin == 0 || !Bytes.isLetter(prefix[begin - 1]) else { return nil }
        return Bytes.string(prefix[begin..<end]).filter { $0 != "," }
    }

    /// Whether the stated value in `prefix` follows an arithmetic operator (`× 100`, `* 3`, `/ 60`).
    static func isOperandInPrefix(_ prefix: [UInt8], value: Segment) -> Bool {
        var before = value.start
        while before > 0, prefix[before - 1] == 32 { before -= 1 }
        return arithmeticOperators.contains { before >= $0.count && Bytes.hasPrefix(prefix, at: before - $0.count, $0) }
    }

    /// Where the markdown table that ends the text starts: the first of the lines opening with `|` up to the last one.
    static func closingTableStart(_ text: [UInt8], lastLineStart: Int) -> Int? {
        var start = lastLineStart
        while start > 0 {
            var previous = start - 1
            while previous > 0, text[previous - 1] != 10 { previous -= 1 }
            guard text[previous] == 124 else { break }
            start = previous
            if lastLineStart - start > 4_000 { return nil }
        }
        return start
    }

    static let boundRelations: [(words: [UInt8], sign: String)] = [("greater than or equal to ", "\\ge "), ("less than or equal to ", "\\le "),
        ("greater than ", ">"), ("more than ", ">"), ("less than ", "<"), ("fewer than ", "<"), ("at least ", "\\ge "),
        ("no less than ", "\\ge "), ("at most ", "\\le "), ("no more than ", "\\le ")].map { (b($0.0), $0.1) }

    /// A bound in words ("greater than 5") as a relation on the one variable of a relation gold (`x>5` → `x > 5`); nil
    /// when the answer opens with no bound or the gold is no relation of one letter.
    static func relationFromBound(_ answer: String, gold: String) -> String? {
        let bytes = Array(answer.utf8)
        guard let bound = boundRelations.first(where: { Bytes.hasPrefixIgnoringCase(bytes, at: 0, $0.words) }) else { return nil }
        let goldBytes = Array(gold.utf8).filter { $0 != 32 && $0 != 36 }
        guard goldBytes.count >= 3, Bytes.isLetter(goldBytes[0]), !Bytes.isLetter(goldBytes[1]),
              goldBytes[1] == 60 || goldBytes[1] == 62 || goldBytes[1] == 92 else { return nil }
        return Bytes.string([goldBytes[0]]) + " " + bound.sign + " " + Bytes.string(bytes[bound.words.count...])
    }

    /// The one item of a comma-separated list (`a = 1, y = (x-2)^2 - 1`) whose left side is the left side of an equation
    /// gold (`y=x^2-4x+3`), spaces aside; nil when the gold is no equation of a short name or not exactly one item names it.
    static func itemNaming(gold: String, in answer: String) -> String? {
        let goldBytes = Array(gold.utf8)
        guard let equals = goldBytes.firstIndex(of: 61) else { return nil }
        let name = goldBytes[..<equals].filter { $0 != 32 }
        guard (1...6).contains(name.count), name.allSatisfy({ Bytes.isLetter($0) || $0 == 40 || $0 == 41 }) else { return nil }
        let items = Array(answer.utf8).split(separator: 44).filter { item in
            guard let at = item.firstIndex(of: 61) else { return false }
            return item[..<at].filter { $0 != 32 } == name
        }
        guard items.count == 1 else { return nil }
        return Bytes.string(Bytes.trimSpaces(items[0]))
    }

    /// Labels that open a paragraph which only verifies or explains an answer, lower-case (ASCII), each with its colon.
    static let verificationLabels: [[UInt8]] = [
        "verification:", "check:", "checking:", "verify:", "sanity check:", "double-check:", "explanation:", "justification:",
        "remark:",
        "验证：", "验证:", "检验：", "检验:", "验算：", "验算:", "核对：", "核对:",
        "Проверка:",   // Cyrillic is compared as written: its capital too
        "проверка:", "probe:", "überprüfung:", "kontrolle:", "vérification :", "vérification:", "verificación:", "comprobación:",
        "verifica:", "verificação:", "確認：", "確認:", "検算：", "検算:", "검산:", "확인:", "검증:", "kontrola:", "controllo:",
        "contrôle :", "contrôle:", "sprawdzenie:", "kontrol:", "cek:", "kiểm tra:", "controle:",
        // Swedish, Norwegian, Finnish, Ukrainian, Hungarian, Romanian, Greek, Hebrew, Persian, Hindi.
        "kontroll:", "tarkistus:", "перевірка:", "ellenőrzés:", "verificare:", "έλεγχος:", "בדיקה:", "بررسی:", "जाँच:", "जांच:",
    ].map(b)

    /// Where the last line starts when it opens with a verification label ("Verification:", "**Check:**", "验证：") and
    /// is one sentence with no box and no "answer"; nil otherwise, or when nothing with a digit comes before it. A check followed by a
    /// concluding line is left to the readers of that line.
    static func closingVerification(_ text: [UInt8]) -> Int? {
        guard let last = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        var start = last
        while start > 0, text[start - 1] != 10 { start -= 1 }
        // A closing markdown table whose header names a check ("| Check | Left side | Right side |").
        if text[start] == 124, let table = closingTableStart(text, lastLineStart: start) {
            let header = Array(text[table..<(Bytes.find(text, [10], from: table) ?? text.count)]).map(Bytes.lower)
            if Bytes.contains(header, b("check")) || Bytes.contains(header, b("verif")) || Bytes.contains(header, b("✓")),
               table > 0, text[..<table].contains(where: Bytes.isDigit) { return table }
            return nil
        }
        guard start > 0, last - start <= 600 else { return nil }
        var at = start
        while at < last, text[at] == 32 || text[at] == 42 || text[at] == 35 || text[at] == 62 { at += 1 }
        if let doubt = answeredDoubt(text, lineStart: at, last: last) { return doubt }
        // "Quick sanity check: …", "A quick check: …": the label after "quick".
        for opening in [b("a quick "), b("quick ")] where Bytes.hasPrefixIgnoringCase(text, at: at, opening) { at += opening.count; break }
        guard verificationLabels.contains(where: { Bytes.hasPrefixIgnoringCase(text, at: at, $0) }) else { return nil }
        let line = Array(text[start...last])
        // One sentence: "Check: … ✓. Therefore $x = 4$." concludes after its check.
        let sentenceBreak = [b(". "), b("! "), b("。")].contains { mark in Bytes.find(line, mark).map { $0 + mark.count < line.count } ?? false }
        guard !sentenceBreak, !Bytes.contains(line, boxedName), Bytes.findLastIgnoringCase(line, b("answer")) == nil,
              text[..<start].contains(where: Bytes.isDigit) else { return nil }
        return start
    }

    /// "Hmm, should the endpoints be included? $x^2 > 9$ is strict, so no.": a last line that asks itself a yes-or-no
    /// question about the answer before it and answers it with a bare yes or no changes nothing; nil otherwise, or when
    /// it holds a box, an answer phrase or a correction, or when nothing with a digit comes before it.
    static func answeredDoubt(_ text: [UInt8], lineStart: Int, last: Int) -> Int? {
        let line = Array(text[lineStart...last]).map(Bytes.lower)
        guard line.count <= 200, doubtOpeners.contains(where: { Bytes.hasPrefix(line, at: 0, $0) }),
              let question = line.firstIndex(of: 63), line[..<question].filter({ $0 == 46 }).isEmpty else { return nil }
        var end = line.count
        while end > question, line[end - 1] == 46 || line[end - 1] == 33 || Bytes.isSpace(line[end - 1]) { end -= 1 }
        let closing = Array(line[..<end])
        guard [b(" no"), b(" yes"), b(",no"), b(",yes")].contains(where: { closing.count >= $0.count && Array(closing.suffix($0.count)) == $0 }),
              ![boxedName, b("answer"), b("actually"), b("instead"), b("wrong"), b("mistake")].contains(where: { Bytes.contains(line, $0) }),
              text[..<lineStart].contains(where: Bytes.isDigit) else { return nil }
        var start = lineStart
        while start > 0, text[start - 1] != 10 { start -= 1 }
        return start
    }
    static let doubtOpeners: [[UInt8]] = ["hmm, should", "hmm, is ", "hmm, are ", "hmm, do ", "hmm, does ", "should the ", "should i ",
                                          "is the ", "are the ", "do the ", "does the ", "wait, should", "wait, is ", "wait, are "].map(b)

    /// A last number that is the exponent of a power of numbers in free text: "the first 20 odd numbers add up to 20^2" →
    /// `20^2` (not the exponent `2`); also `20^{2}`. The base is a plain number: `x^2` and `(a+b)^2` are left alone.
    static func powerEnding(_ text: [UInt8], number: Segment) -> String? {
        var caret = number.start - 1
        var braced = false
        if caret >= 0, text[caret] == 123 { braced = true; caret -= 1 }
        guard caret >= 1, text[caret] == 94, Bytes.isDigit(text[caret - 1]) else { return nil }
        if braced { guard number.end < text.count, text[number.end] == 125 else { return nil } }
        var baseStart = caret - 1
        while baseStart > 0, Bytes.isDigit(text[baseStart - 1]) || text[baseStart - 1] == 46 && baseStart >= 2 && Bytes.isDigit(text[baseStart - 2]) {
            baseStart -= 1
        }
        // "… that's 1.5 x 10^4 people.": a power of ten after a number and a times sign (or a letter x) is scientific
        // notation, read whole.
        if text[baseStart..<caret].elementsEqual([49, 48]), let mantissa = mantissaBefore(text, at: baseStart) {
            return Bytes.string(text[mantissa..<caret]) + "^{" + number.text + "}"
        }
        // The base stands alone: no letter, digit separator, operator or bracket right before it.
        if baseStart > 0 {
            let before = text[baseStart - 1]
            guard before == 32 || before == 36 || before == 10 || before == 58 else { return nil }
        }
        guard !number.text.contains(",") else { return nil }
        return Bytes.string(text[baseStart..<caret]) + "^{" + number.text + "}"
    }

    /// A last number followed by `π` or `\pi` in free text: "its area is 36π" → `36\pi`, or by `/π`: "20000/π square
    /// meters" → `\frac{20000}{\pi}` (the number alone is a different value).
    static func piMultiple(_ text: [UInt8], number: Segment) -> String? {
        var after = number.end
        // "20000/π square meters": a number over π.
        if after + 2 < text.count, text[after] == 47, text[after + 1] == 0xCF, text[after + 2] == 0x80,
           after + 3 == text.count || !Bytes.isLetter(text[after + 3]) && !Bytes.isDigit(text[after + 3]) && text[after + 3] != 94 && text[after + 3] != 95 {
            return "\\frac{" + number.text + "}{\\pi}"
        }
        while after < text.count, text[after] == 32 { after += 1 }
        // "-2*pi radians", "2 * π": a product sign before it.
        if after < text.count, text[after] == 42 {
            after += 1
            while after < text.count, text[after] == 32 { after += 1 }
        }
        if after + 1 < text.count, text[after] == 0xCF, text[after + 1] == 0x80 { after += 2 }
        else if Bytes.hasPrefix(text, at: after, b("\\pi")) { after += 3 }
        // "2pi", "-2*pi": the word written out (not "pie", "pizza" or "pièces": no letter of any script may follow).
        else if Bytes.hasPrefix(text, at: after, b("pi")), after + 2 == text.count || text[after + 2] < 0x80 { after += 2 }
        else { return nil }
        guard after == text.count || !Bytes.isLetter(text[after]) && !Bytes.isDigit(text[after]) && text[after] != 94 && text[after] != 95 else { return nil }
        return number.text + "\\pi"
    }

    /// Whether the text before an approximation ends with `π` (or `\pi`) after committing words and fillers: "the ratio
    /// is π, which is roughly" (the decimal after it only approximates π).
    static func endsWithPi(_ prefix: [UInt8]) -> Bool {
        var words = prefix.split(separator: 32)
        while let last = words.last, approximationFillers.contains(last.map(Bytes.lower)) { words.removeLast() }
        guard var last = words.last else { return false }
        while let byte = last.last, byte == 44 || byte == 36 || byte == 46 { last = last.dropLast() }
        guard last.elementsEqual([0xCF, 0x80]) || last.elementsEqual(b("\\pi")) else { return false }
        let verb = words.count >= 2 ? words[words.count - 2].map(Bytes.lower) : []
        return committingWords.contains(verb)
    }

    /// Words after which a value is stated as the answer: "is 48", "= 48", "works out to 48", "a speed of 12".
    static let committingWords: Set<[UInt8]> = Set(["is", "are", "was", "were", "be", "=", "to", "equals", "of", "gives", "get",
                                                    "gets", "makes", "becomes", "obtain", "\\approx"].map(b))
    /// Words after which a value is an operand or a bound, not a stated answer: "4 times 6", "divided by 3", "than 5".
    static let operandWords: Set<[UInt8]> = Set(["times", "by", "plus", "minus", "over", "than", "and", "or", "from", "least",
                                                 "most", "multiply", "add", "subtract", "divide", "into", "per"].map(b))
    /// Words that compare a value with another quantity: "which is exactly twice the triangle's area of 24".
    static let proportionWords: [[UInt8]] = ["twice", "half", "double", "triple", "thrice", "quadruple", "the same as", "times",
                                             "as many as", "as much as",
                                             "equivalent to", "a third of", "a quarter of", "one third of", "one quarter of"].map(b)
    /// Openers of a parenthesised remark that restates the value itself ("0.5 hours (that is, 30 minutes)"): not a remark.
    static let restatementOpeners: [[UInt8]] = ["that is", "i.e", "or ", "which", "about", "approximately", "roughly", "around",
                                                "nearly", "in ", "equivalently", "namely", "exactly", "so ", "rounded", "to "].map(b)

    /// Whether `²` or `³` (0xC2 0xB2, 0xC2 0xB3) starts at `at`.
    static func isUnitPowerSign(_ text: [UInt8], at: Int) -> Bool {
        at + 1 < text.count && text[at] == 0xC2 && (text[at + 1] == 0xB2 || text[at + 1] == 0xB3)
    }

    /// The value a sentence commits to before a remark that holds the last number, when that value follows a committing
    /// word ("is", "=", "to", "of", …) and no operator:
    /// - a comparison with another quantity after ", which is": "48 square units, which is exactly twice the triangle's
    ///   area of 24" → `48` ("twice", "half", "double", "the same as", "equivalent to"; the last number must end the
    ///   sentence, with no other number in the clause; "which is 12" restates and is left alone);
    /// - a parenthesised remark that ends the sentence and opens with a word: "12 km/h in still water (the current flows
    ///   at 3 km/h)" → `12`, "= 29 (and the next term would be 32)" → `29` (not a restatement such as "(that is, 30 minutes)");
    /// - a breakdown in parentheses that adds up to the value: "3 bolts in total (2 blue + 1 white)" → `3`;
    /// - a computation from the value after ", and": "the smallest such n is 7, and 7! = 5040" → `7`;
    /// - a denial with words before the denied number: "48 mph, not the naive 50" → `48`;
    /// - a hedge between two values ("somewhere around 40, maybe 42") answers both, so neither alone is committed.
    static func valueBeforeRemark(_ text: [UInt8], prefix: [UInt8], sentenceStart: Int, number: Segment, policy: AnswerPolicy) -> String? {
        // The last number ends its sentence (unit words may follow it, then `.`, `)` or the end).
        var after = number.end
        // "30 cm²": a unit's square or cube sign is part of it.
        while after < text.count, Bytes.isLetter(text[after]) || text[after] == 32 || text[after] == 47 || text[after] == 39
            || text[after] == 45 || Self.isUnitPowerSign(text, at: after)
            || after > 0 && text[after - 1] == 0xC2 && Self.isUnitPowerSign(text, at: after - 1) { after += 1 }
        var closes = after
        if closes < text.count, text[closes] == 41 { closes += 1 }
        let endsSentence = closes == text.count || text[closes] == 10 || (text[closes] == 46 || text[closes] == 33 || text[closes] == 59)
            && (closes + 1 == text.count || Bytes.isSpace(text[closes + 1]))
        guard endsSentence, prefix.count >= 4 else { return nil }
        /// The value committed before `clause` (an index into `prefix`): only unit words between it and the clause.
        func committed(before clause: Int, unitBytes: Int = 40) -> String? {
            let region = Array(prefix[..<clause])
            guard let value = statedValue(region, policy: policy) else { return nil }
            let between = region[value.end...]
            guard between.count <= unitBytes, between.allSatisfy({
                Bytes.isLetter($0) || [32, 47, 44, 36, 39, 94, 0xC2, 0xB2, 0xB3].contains($0)   // `cm²` too
            }) else { return nil }
            // The word before the value commits to it; an operator before it makes it part of a computation.
            var cursor = value.start
            while cursor > 0, region[cursor - 1] == 32 || region[cursor - 1] == 36 { cursor -= 1 }
            guard cursor > 0 else { return nil }
            if region[cursor - 1] == 61, cursor < 2 || region[cursor - 2] != 60 && region[cursor - 2] != 62 { return value.text }
            // An operator or an operation word before it makes the value an operand (`4 × 6, which is …`, "half of 48").
            if !Bytes.isLetter(region[cursor - 1]) && region[cursor - 1] < 0x80 { return nil }
            var wordStart = cursor
            while wordStart > 0, region[wordStart - 1] != 32 { wordStart -= 1 }
            let word = region[wordStart..<cursor].map(Bytes.lower)
            guard !operandWords.contains(word) else { return nil }
            if word == b("of"), wordStart >= 2 {
                var previousStart = wordStart - 1
                while previousStart > 0, region[previousStart - 1] != 32 { previousStart -= 1 }
                let previous = region[previousStart..<(wordStart - 1)].map(Bytes.lower)
                if proportionWords.contains(where: { $0.count <= 8 && $0 == previous }) || previous == b("third") || previous == b("quarter")
                    || previous.last == 37 || previous == b("percent") { return nil }
            }
            return value.text
        }
        // A hedge: "around 40, maybe 42", "40 or perhaps 42".
        for hedge in [", maybe ", ", perhaps ", " or maybe ", " or perhaps ", ", possibly "].map(b)
        where prefix.count >= hedge.count && Bytes.hasPrefixIgnoringCase(prefix, at: prefix.count - hedge.count, hedge) {
            var region = Array(prefix[..<(prefix.count - hedge.count)])
            while let last = region.last, last == 44 || last == 32 { region.removeLast() }   // "12, or maybe 13"
            if let value = lastNumber(region, dollarsAreMath: policy.dollarsAreMath), value.end == region.count {
                return value.text + ", " + number.text
            }
        }
        // A denial with words before the denied number: ", not the naive 50", " rather than the expected 41".
        for denial in [", not ", " rather than ", " instead of "].map(b) {
            guard let at = Bytes.findLastIgnoringCase(prefix, denial) else { continue }
            let words = prefix[(at + denial.count)...]
            guard !words.isEmpty, words.count <= 32, words.allSatisfy({ Bytes.isLetter($0) || $0 == 32 || $0 == 39 }),
                  words.split(separator: 32).count <= 3 else { continue }
            if let value = committed(before: at, unitBytes: 24) { return value }
        }
        // A comparison after ", which is": "48 square units, which is exactly twice the triangle's area of 24"; also in
        // parentheses: "= 48 (which is half of 96)".
        if let clause = [", which is ", ", which was ", " (which is ", " (which was "].compactMap({ Bytes.findLastIgnoringCase(prefix, b($0)) }).max(),
           prefix[clause + 1] != 40 || closes > after && text[after] == 41 {
            let remark = Array(prefix[clause...])
            if remark.count <= 72, !remark.contains(where: Bytes.isDigit),
               proportionWords.contains(where: { word in
                   guard let at = Bytes.findLastIgnoringCase(remark, word) else { return false }
                   return !Bytes.isLetter(remark[at - 1]) && (at + word.count == remark.count || !Bytes.isLetter(remark[at + word.count]))
               }),
               let value = committed(before: clause) { return value }
        }
        // A parenthesised remark that opens with a word and ends the sentence: "(the current flows at 3 km/h)".
        if let open = prefix.lastIndex(of: 40), !prefix[open...].contains(41), closes > after, text[after] == 41,
           open + 3 < prefix.count, Bytes.isLetter(prefix[open + 1]), Bytes.isLetter(prefix[open + 2]),
           !restatementOpeners.contains(where: { Bytes.hasPrefixIgnoringCase(prefix, at: open + 1, $0) }),
           prefix[(open + 1)...].contains(32), !holdsNumber(prefix[(open + 1)...]),
           !totalWords.contains(where: { Bytes.findLastIgnoringCase(Array(prefix[(open + 1)...]), $0) != nil }) {
            var before = open
            while before > 0, prefix[before - 1] == 32 { before -= 1 }
            if let value = committed(before: before) { return value }
        }
        // A breakdown in parentheses whose parts add up to the value: "3 bolts in total (2 blue + 1 white)" → `3`.
        if let open = prefix.lastIndex(of: 40), !prefix[open...].contains(41), closes > after, text[after] == 41,
           let sum = breakdownSum(Array(prefix[(open + 1)...]) + Array(number.text.utf8)) {
            var before = open
            while before > 0, prefix[before - 1] == 32 { before -= 1 }
            if let value = committed(before: before), let stated = Double(value), stated == sum { return value }
        }
        // A computation from the value after ", and": "the smallest such n is 7, and 7! = 5040".
        if let and = Bytes.findLastIgnoringCase(prefix, b(", and ")) {
            let computation = prefix[(and + 6)...]
            if computation.count <= 40, computation.contains(61) || computation.contains(60) || computation.contains(62), !hasWord(computation),
               let value = committed(before: and, unitBytes: 0) {
                // The computation uses the value: its digits stand as a token in the computation.
                let token = Array(value.utf8)
                var found = false
                var from = computation.startIndex
                while let at = Bytes.find(Array(computation[from...]), token).map({ $0 + from }) {
                    let beforeOK = at == computation.startIndex || !Bytes.isDigit(prefix[at - 1]) && prefix[at - 1] != 46
                    let afterOK = at + token.count >= prefix.count || !Bytes.isDigit(prefix[at + token.count]) && prefix[at + token.count] != 46
                    if beforeOK && afterOK { found = true; break }
                    from = at + 1
                }
                if found { return value }
            }
        }
        return nil
    }

    /// The sum of a breakdown such as "2 blue + 1 white" or "4 + 5 + 3": two or more parts joined by `+`, each one
    /// number with words around it; nil for anything else.
    static func breakdownSum(_ inside: [UInt8]) -> Double? {
        let parts = inside.split(separator: 43, omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        var sum = 0.0
        for part in parts {
            guard part.allSatisfy({ Bytes.isDigit($0) || Bytes.isLetter($0) || $0 == 32 || $0 == 46 || $0 == 36 }),
                  let first = part.firstIndex(where: Bytes.isDigit) else { return nil }
            var end = first
            while end < part.endIndex, Bytes.isDigit(part[end]) || part[end] == 46 && end + 1 < part.endIndex && Bytes.isDigit(part[end + 1]) { end += 1 }
            guard !part[end...].contains(where: Bytes.isDigit), let value = Double(Bytes.string(part[first..<end])) else { return nil }
            sum += value
        }
        return sum
    }

    static let choiceRemarks: [[UInt8]] = [", which is choice", ", which is option", ", which is answer choice", ", which is answer",
                                           ", i.e. choice", ", i.e. option", " which corresponds to choice", " which corresponds to option",
                                           ", corresponding to choice", ", corresponding to option", " (choice", " (option",
                                           // "the answer is **27 miles**, choice (E)."
                                           ", choice", ", option", ", answer choice", " — choice", " — option"].map(b)

    /// The value a response names with its choice letter, "$\sqrt{2}$, which is choice $\textbf{(C)}$" → `\sqrt{2}`: the
    /// last value before the last such remark, in the remark's sentence; nil when there is no such remark.
    static func valueNamedWithChoice(_ response: String, policy: AnswerPolicy) -> String? {
        let text = Array(response.utf8), lowered = text.map(Bytes.lower)
        guard let remark = choiceRemarks.compactMap({ Bytes.findLast(lowered, $0) }).max(), remark > 0 else { return nil }
        let start = sentenceStart(text, at: remark - 1)
        return lastValue(Array(text[start..<remark]), policy: policy)
    }

    /// The choice letter a remark after the answer names, "The answer is $\frac14$, which is option (A)." → `A`: the
    /// letter right after the last choice remark of the response's closing 200 bytes; nil when there is none.
    static func choiceNamedAfterValue(_ response: String) -> Character? {
        let text = Array(response.utf8.suffix(200)), lowered = text.map(Bytes.lower)
        guard let remark = choiceRemarks.compactMap({ phrase in Bytes.findLast(lowered, phrase).map { $0 + phrase.count } }).max()
        else { return nil }
        var cursor = remark
        for wrapper in [" ", "$", "(", "\\textbf{", "\\text{", "\\mathrm{", "{", "(", " "].map(b)
        where Bytes.hasPrefix(text, at: cursor, wrapper) { cursor += wrapper.count }
        guard cursor < text.count else { return nil }
        let letter = Bytes.lower(text[cursor])
        guard (97...101).contains(letter), cursor + 1 == text.count || !Bytes.isLetter(text[cursor + 1]) else { return nil }
        return Character(Unicode.Scalar(letter - 32))
    }

    /// The choice letter a response identifies with its answer value: "option (B) is 12", "(B) is 12", "choice B is 12"
    /// (the last such statement); nil when none names `value`.
    static func choiceNamedWithValue(_ response: String, value: String) -> Character? {
        guard !value.isEmpty, value.utf8.count <= 24 else { return nil }
        let text = Array(response.utf8)
        for link in valueLinks {
            if let letter = choiceNamedWithValue(text, target: link + Array(value.utf8)) { return letter }
        }
        return nil
    }

    /// What joins a choice to its value: "(B) is 12", "(C), i.e. 12", "la (C), cioè 12".
    static let valueLinks: [[UInt8]] = [" is ", ", i.e. ", ", i.e., ", ", that is ", ", cioè ", ", es decir, ", ", c'est-à-dire ",
                                        ", d. h. ", ", d.h. ", ", ou seja, ", ", то есть "].map(b)

    /// The letter ("(B)", or "B" after "option"/"choice") right before the last `target` that is not followed by more
    /// digits; nil when there is none.
    static func choiceNamedWithValue(_ text: [UInt8], target: [UInt8]) -> Character? {
        var end = text.count
        while let at = Bytes.findLast(text, target, end: end) {
            end = at + target.count - 1
            let after = at + target.count
            guard after == text.count || !Bytes.isDigit(text[after]) && text[after] != 46 || after + 1 == text.count
                    || text[after] == 46 && !Bytes.isDigit(text[after + 1]) else { continue }
            // "(B)" or "B" right before " is", after "option"/"choice" or in parentheses.
            var cursor = at
            var closed = false
            if cursor > 0, text[cursor - 1] == 41 { cursor -= 1; closed = true }
            guard cursor > 0, (65...69).contains(text[cursor - 1]) else { continue }
            let letter = text[cursor - 1]
            let before = cursor - 1
            if closed, before > 0, text[before - 1] == 40 { return Character(Unicode.Scalar(letter)) }
            let lead = Array(text[max(0, before - 8)..<before]).map(Bytes.lower)
            if Bytes.contains(lead, b("option ")) || Bytes.contains(lead, b("choice ")) { return Character(Unicode.Scalar(letter)) }
        }
        return nil
    }

    /// The letter a sentence names as the correct one ("Therefore, the correct option is D." → `D`) or commits to at its
    /// close ("I'll go with (B)." → `B`); nil otherwise.
    static func correctChoiceNamed(_ sentence: String) -> Character? {
        let text = Array(sentence.utf8)
        for phrase in ["correct option is ", "correct choice is ", "correct answer is "].map(b) {
            guard var at = Bytes.findLastIgnoringCase(text, phrase) else { continue }
            at += phrase.count
            if at < text.count, text[at] == 40 { at += 1 }
            guard at < text.count, (65...69).contains(text[at]) || (97...101).contains(text[at]),
                  at + 1 == text.count || !Bytes.isLetter(text[at + 1]) else { return nil }
            return Character(Unicode.Scalar(text[at] & ~0x20))
        }
        return choiceGoneWith(text)
    }

    /// The letter a closing "I'll go with (B)." commits to (also "I will go with", "I'd go with", bold or bare letters);
    /// nil when anything but closing marks follows the letter ("I'd go with (A) or (C)").
    static func choiceGoneWith(_ text: [UInt8]) -> Character? {
        guard let found = Bytes.findLastIgnoringCase(text, b(" go with ")) else { return nil }
        let lead = text[..<found].map(Bytes.lower)
        guard lead.count >= 2,
              lead.suffix(2) == b("ll")[...] || lead.suffix(2) == b("'d")[...] || lead.suffix(4) == b("’d")[...] else { return nil }
        var at = found + 9
        while at < text.count, text[at] == 40 || text[at] == 42 || text[at] == 36 { at += 1 }
        guard at < text.count, (65...69).contains(text[at]) else { return nil }
        let letter = text[at]
        guard text[(at + 1)...].allSatisfy({ [41, 42, 36, 46, 33, 32, 10].contains($0) }) else { return nil }
        return Character(Unicode.Scalar(letter))
    }

    /// The letter of the one listed option whose text is `value`: "The choices are (A) 10, (B) 12, (C) 14 … $\boxed{12}$"
    /// → `B` (an option is a parenthesised letter A–E, a space, and the value up to a comma, semicolon, newline, full stop
    /// or the next option). Nil when no option or more than one lists the value.
    static func choiceListedWithValue(_ response: String, value: String) -> Character? {
        let text = Array(response.utf8), target = Array(value.utf8)
        guard !target.isEmpty, target.count <= 24, text.count <= 20_000 else { return nil }
        var found: UInt8?
        var index = 0
        while index + 4 + target.count <= text.count {
            defer { index += 1 }
            guard text[index] == 40, (65...69).contains(text[index + 1]), text[index + 2] == 41, text[index + 3] == 32 else { continue }
            // The option's value may sit in math delimiters: "(A) $\sqrt{5}$".
            let dollar = text[index + 4] == 36 ? 1 : 0
            guard Bytes.hasPrefix(text, at: index + 4 + dollar, target) else { continue }
            var after = index + 4 + dollar + target.count
            if dollar == 1 { guard after < text.count, text[after] == 36 else { continue }; after += 1 }
            guard after == text.count || [44, 59, 10, 32, 41].contains(text[after])
                    || text[after] == 46 && (after + 1 == text.count || !Bytes.isDigit(text[after + 1])) else { continue }
            if let previous = found, previous != text[index + 1] { return nil }
            found = text[index + 1]
        }
        return found.map { Character(Unicode.Scalar($0)) }
    }

    /// Whether `value` is written after the response's last choice label `(A)`–`(E)`: the response states it after
    /// listing the options ("(A) 8, (B) 10, (C) 12. Our value is 12."), not only inside the list ("(C) 24 (D) 30, this
    /// is (C)", where the last number is an option's).
    static func statedAfterLastChoiceLabel(_ response: String, value: String) -> Bool {
        let text = Array(response.utf8)
        guard let at = Bytes.findLast(text, Array(value.utf8)) else { return false }
        var index = text.count - 3
        while index > at {
            if text[index] == 40, (65...69).contains(text[index + 1]), text[index + 2] == 41 { return false }
            index -= 1
        }
        return true
    }

    /// The side after the last `=` of an answer (`\sqrt{1^2 + 2^2} = \sqrt{5}` → `\sqrt{5}`), trimmed; the answer itself
    /// when it has no `=`.
    static func lastSide(_ answer: String) -> String {
        guard let equals = answer.lastIndex(of: "=") else { return answer }
        return answer[answer.index(after: equals)...].trimmingCharacters(in: .whitespaces)
    }

    /// The last residue of a congruence, `x \equiv 25 \equiv 4 \pmod{7}` → `4`: the text between the last `\equiv` and
    /// `\pmod`, `\bmod` or `(\mod`; nil when the answer is not such a congruence or the residue is empty.
    static func congruenceResidue(_ answer: String) -> String? {
        guard answer.utf8.count <= 120, let equiv = FoundationText.range(of: "\\equiv", in: answer, backwards: true) else { return nil }
        let rest = answer[equiv.upperBound...]
        guard let mod = ["\\pmod", "\\bmod", "(\\mod", "\\mod", "(mod"].compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let residue = FoundationText.trimmingWhitespace(rest[..<mod.lowerBound], newlines: false)
        return residue.isEmpty ? nil : residue
    }

    /// Words by which a parenthesis gives the result itself ("(a total of 24 pens)", "(24 in all)"): not a side remark.
    static let totalWords: [[UInt8]] = ["total", "altogether", "in all", "overall", "answer", "result", "sum", "product", "final",
                                        "giving", "making", "gives", "makes"].map(b)

    /// Whether a stretch of text holds a number other than an ordinal (`9th`, `2nd` are words).
    static func holdsNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard Bytes.isDigit(bytes[index]) else { index += 1; continue }
            var end = index
            while end < bytes.endIndex, Bytes.isDigit(bytes[end]) { end += 1 }
            if end == bytes.endIndex || !Bytes.isLetter(bytes[end]) { return true }
            index = end
        }
        return false
    }

    /// Whether a stretch of text holds a word of two or more plain letters.
    static func hasWord(_ bytes: ArraySlice<UInt8>) -> Bool {
        var run = 0
        for byte in bytes {
            if Bytes.isLetter(byte) { run += 1; if run >= 2 { return true } } else { run = 0 }
        }
        return false
    }

    /// "or" and "and" between inequalities in other languages (Latin letters, two or more of them), with the English word.
    static let relationOrWords: [[UInt8]: [UInt8]] = [b("veya"): b("or"), b("oder"): b("or"), b("ou"): b("or"), b("atau"): b("or"),
        b("lub"): b("or"), b("albo"): b("or"), b("eller"): b("or"), b("sau"): b("or"), b("tai"): b("or"), b("ili"): b("or"),
        b("und"): b("and"), b("et"): b("and"), b("ve"): b("and"), b("dan"): b("and"), b("och"): b("and"), b("og"): b("and"),
        // Outside the Latin script: read whole, between spaces ("x ≤ −1 或 x ≥ 3").
        b("或"): b("or"), b("或者"): b("or"), b("или"): b("or"), b("または"): b("or"), b("또는"): b("or"), b("hoặc"): b("or"),
        b("и"): b("and"), b("且"): b("and")]
    /// The joiners above written outside ASCII, matched as whole words before a space.
    static let nonASCIIRelationWords: [[UInt8]] = relationOrWords.keys.filter { $0.contains { $0 >= 0x80 } }.sorted { $0.count > $1.count }

    /// Inequalities written in plain text and joined by "or"/"and" that end with the last number: "i.e. x < 2 or x > 3"
    /// → `x < 2 or x > 3`, "so 2 < x < 5". Each part has one one-letter variable and a `<`, `>`, `<=`, `>=`, `≤` or `≥`;
    /// nil otherwise (`x = 7` is left to the other rules).
    static func plainRelations(_ text: [UInt8], number: Segment) -> String? {
        var cursor = number.start
        while cursor > 0, text[cursor - 1] == 32 { cursor -= 1 }
        guard cursor > 0, text[cursor - 1] == 60 || text[cursor - 1] == 62 || text[cursor - 1] == 61
            || cursor >= 3 && (text[cursor - 3] == 0xE2 && text[cursor - 2] == 0x89 && (text[cursor - 1] == 0xA4 || text[cursor - 1] == 0xA5)) else { return nil }
        // The span: back over variables, numbers, operators, spaces and the joiners "or"/"and".
        var start = number.start
        var index = number.start
        while index > 0 {
            let byte = text[index - 1]
            if Bytes.isLetter(byte) {
                var wordStart = index - 1
                while wordStart > 0, Bytes.isLetter(text[wordStart - 1]) { wordStart -= 1 }
                let word = text[wordStart..<index].map(Bytes.lower)
                guard word.count == 1 || word == b("or") || word == b("and") || relationOrWords[word] != nil else { break }
                index = wordStart
                if word.count == 1 { start = index }
                continue
            }
            if byte >= 0x80, index < text.count, text[index] == 32,
               let word = nonASCIIRelationWords.first(where: { index >= $0.count + 1 && Bytes.hasPrefix(text, at: index - $0.count, $0) && text[index - $0.count - 1] == 32 }) {
                index -= word.count
                continue
            }
            guard Bytes.isDigit(byte) || byte == 32 || byte == 60 || byte == 62 || byte == 61 || byte == 45 || byte == 46 && index >= 2 && Bytes.isDigit(text[index - 2])
                || byte == 47 || byte >= 0x80 && (byte == 0xE2 || byte == 0x89 || byte == 0xA4 || byte == 0xA5) else { break }
            index -= 1
            if Bytes.isDigit(byte) { start = index }
        }
        // "-2 ≤ x ≤ 7": a minus sign that opens the span.
        if start > 0, text[start - 1] == 45, start == 1 || Bytes.isSpace(text[start - 2]) { start -= 1 }
        var span = Array(Bytes.trimSpaces(text[start..<number.end]))
        guard span.count <= 80 else { return nil }
        // "x < −1 veya x > 3", "x < 0 oder x > 2": "or" and "and" of other languages read as the English words.
        for (word, english) in relationOrWords { _ = Bytes.replaceAll(&span, [32] + word + [32], with: [32] + english + [32]) }
        _ = Bytes.replaceAll(&span, b("\u{2264}"), with: b("<="))
        _ = Bytes.replaceAll(&span, b("\u{2265}"), with: b(">="))
        let spanText = Bytes.string(span)
        let parts = spanText.components(separatedBy: " or ").flatMap { $0.components(separatedBy: " and ") }
        // Every part is one relation of one variable: `x < 2`, `2 < x < 5`, `x >= -1`; at least two relations in all
        // (a single `x > 3` is left to the other rules, as "at least 3" is).
        guard span.filter({ $0 == 60 || $0 == 62 }).count >= 2 else { return nil }
        for part in parts {
            let letters = part.utf8.filter(Bytes.isLetter)
            guard letters.count == 1, part.utf8.contains(where: { $0 == 60 || $0 == 62 }), part.utf8.contains(where: Bytes.isDigit) else { return nil }
        }
        return spanText
    }

    /// Two or more values named by one variable and listed up to the last number: "so the solutions are x = 4 and x =
    /// -1" → `x = 4, x = -1` (two answers, never one of them); nil when the names differ or there is one value.
    /// "and" and "or" of other languages between two values of one name ("x = 0 en x = 5/2", "x = 2 또는 x = -7").
    static let namedListJoiners: [[UInt8]] = foreignListJoiners + [" en ", " oder ", " ou ", " o ", " или ", " 또는 ", " または ",
        " hoặc ", " và ", " atau ", " veya ", " lub ", " oppure ", " eller ", " och ", " og ", " 或 ", " 和 ",
        // Czech, Slovak, Hungarian, Finnish, Ukrainian, Romanian, Greek, Persian, Hebrew, Tamil, Polish, Croatian "or", and
        // Tagalog and Czech "and" ("x = 2 nebo x = −3", "x = 1/2 at x = −3", "x = 5 a x = 7").
        " nebo ", " alebo ", " vagy ", " tai ", " або ", " sau ", " ή ", " یا ", " או ", " அல்லது ", " albo ", " ili ", " at ", " a ",
        // Arabic "or" ("x = 2 أو x = 7").
        " أو "].map(b)

    static func namedValueList(_ text: [UInt8], number: Segment) -> String? {
        // The name: one Latin letter, or one Greek or Arabic letter ("λ = 5 and λ = 2", "θ = π/6 and θ = 5π/6").
        func nameBefore(_ position: Int) -> (name: ArraySlice<UInt8>, start: Int)? {
            var cursor = position
            while cursor > 0, text[cursor - 1] == 32 { cursor -= 1 }
            guard cursor >= 2, text[cursor - 1] == 61, !(text[cursor - 2] == 60 || text[cursor - 2] == 62 || text[cursor - 2] == 33) else { return nil }
            cursor -= 1
            while cursor > 0, text[cursor - 1] == 32 { cursor -= 1 }
            // A Greek letter, or an Arabic one ("س = ٣ و س = −٢").
            let lead = cursor >= 2 ? text[cursor - 2] : 0, trail = cursor >= 1 ? text[cursor - 1] : 0
            if (lead == 0xCE || lead == 0xCF) ? trail >= 0x80 : (lead == 0xD8 && trail >= 0xA1 || lead == 0xD9 && (0x81...0x8A).contains(trail)),
               cursor == 2 || text[cursor - 3] == 32 || text[cursor - 3] == 10 || text[cursor - 3] == 58 {
                return (text[(cursor - 2)..<cursor], cursor - 2)
            }
            guard cursor >= 1, Bytes.isLetter(text[cursor - 1]), cursor == 1 || !(Bytes.isLetter(text[cursor - 2]) || Bytes.isDigit(text[cursor - 2]) || text[cursor - 2] == 92)
            else { return nil }
            return (text[(cursor - 1)..<cursor], cursor - 1)
        }
        // A value may open with √ and a sign: "x = √2 or x = −√2"; π may stand in it ("5π/6").
        func valueStart(before end: Int) -> Int {
            var start = end
            while start > 0 {
                if Bytes.isDigit(text[start - 1]) || text[start - 1] == 46 || text[start - 1] == 47 { start -= 1; continue }
                if start >= 3, text[start - 3] == 0xE2, text[start - 2] == 0x88, text[start - 1] == 0x9A { start -= 3; continue }
                if start >= 2, text[start - 2] == 0xCF, text[start - 1] == 0x80 { start -= 2; continue }
                // "x = ½ or x = −2": a vulgar fraction is a value.
                if start >= 2, vulgarFractionWidth(text, at: start - 2) == 2 { start -= 2; continue }
                if start >= 3, vulgarFractionWidth(text, at: start - 3) == 3 { start -= 3; continue }
                break
            }
            if start > 0, text[start - 1] == 45 { start -= 1 }
            return start
        }
        guard let last = nameBefore(valueStart(before: number.start)) else { return nil }
        var items = [Bytes.string(text[last.start..<number.end])]
        var cursor = last.start
        while items.count < 16, let joiner = (listJoiners + namedListJoiners).first(where: { cursor >= $0.count && Bytes.hasPrefix(text, at: cursor - $0.count, $0) }) {
            let valueEnd = cursor - joiner.count
            let valueStart = valueStart(before: valueEnd)
            guard valueStart < valueEnd, Bytes.isDigit(text[valueEnd - 1]) || text[valueEnd - 1] >= 0x80, let named = nameBefore(valueStart),
                  named.name.elementsEqual(last.name) else { break }
            items.insert(Bytes.string(text[named.start..<valueEnd]), at: 0)
            cursor = named.start
        }
        guard items.count >= 2 else { return nil }
        // An Arabic name is not one the comparison reads as a variable: the values alone ("س = 3, س = -2" → `3, -2`).
        if let lead = last.name.first, lead == 0xD8 || lead == 0xD9 {
            return items.map { item in
                item.firstIndex(of: "=").map { String(item[item.index(after: $0)...]).trimmingCharacters(in: .whitespaces) } ?? item
            }.joined(separator: ", ")
        }
        return items.joined(separator: ", ")
    }

    /// A tuple of plain numbers that each carry the same unit or a currency sign and that ends the text: "(A, B, C) = (12
    /// kg, 15 kg, 20 kg)", "(p, e) = ($0.29, $0.37)", "(20 h, 30 h)." → `(12, 15, 20)`, `(0.29, 0.37)`, `(20, 30)`. The
    /// unit must be one of the normaliser's unit words or `h m s g l` after a space, the same in every entry; nil when no
    /// entry carries a unit or currency (plain tuples are `plainTuples`'s), or an entry holds anything else.
    static func plainTupleWithUnits(_ text: [UInt8], number: Segment) -> String? {
        var close = number.end
        while close < text.count, text[close] == 32 || Bytes.isLetter(text[close]), close - number.end <= 8 { close += 1 }
        guard close < text.count, text[close] == 41, textEnd(text) == close + 1,
              let open = text[..<close].lastIndex(of: 40), close - open <= 100,
              open == 0 || [10, 32, 58, 61].contains(text[open - 1]) else { return nil }
        var numbers: [String] = [], unit: [UInt8]? = nil, marked = false
        for entry in text[(open + 1)..<close].split(separator: 44, omittingEmptySubsequences: false) {
            var entry = Bytes.trimSpaces(entry)
            for sign in tupleCurrencySigns where Bytes.hasPrefix(Array(entry), at: 0, sign) {
                entry = entry.dropFirst(sign.count); marked = true; break
            }
            var end = entry.startIndex
            if end < entry.endIndex, entry[end] == 45 { end += 1 }
            let digits = end
            while end < entry.endIndex, Bytes.isDigit(entry[end]) || entry[end] == 46 { end += 1 }
            guard end > digits, Bytes.isDigit(entry[end - 1]) else { return nil }
            let word = Array(entry[end...])
            let name = Array(Bytes.trimSpaces(word[...])).map(Bytes.lower)
            if !name.isEmpty {
                guard name.allSatisfy(Bytes.isLetter), Normalizer.unitWordSet.contains(name) || word.first == 32 && Normalizer.tupleUnitLetters.contains(name)
                else { return nil }
                marked = true
            }
            guard unit == nil || unit == name else { return nil }
            unit = name
            numbers.append(Bytes.string(entry[..<end]))
        }
        guard numbers.count >= 2, marked else { return nil }
        return "(" + numbers.joined(separator: ", ") + ")"
    }

    /// Currency signs an entry of a plain tuple may open with (`($0.29, $0.37)`).
    static let tupleCurrencySigns: [[UInt8]] = ["\\$", "$", "€", "£"].map(b)

    /// Tuples of plain numbers written in the text and listed up to the last number: "the points are (1, 0), (0.01, -8),
    /// (100, 8)" → `(1, 0), (0.01, -8), (100, 8)`, also joined in other languages ("(2, 2, 2) và (3, 4, 3)"). A tuple opens
    /// with `(` after a space or the start (not `f(2, 3)`) and holds only numbers and commas; nil when the last number
    /// closes none.
    static func plainTuples(_ text: [UInt8], number: Segment) -> String? {
        func tuple(endingAt close: Int) -> Int? {   // `close` is the index of `)`; returns the index of `(`
            var open = close - 1
            var commas = 0
            while open >= 0, close - open <= 80 {
                let byte = text[open]
                if byte == 40 { break }
                if byte == 44 { commas += 1 }
                // Digits, signs, fractions, π and √ (`(3, π/2)`).
                guard Bytes.isDigit(byte) || byte == 44 || byte == 32 || byte == 45 || byte == 46 || byte == 47 || byte == 0xCF || byte == 0x80
                        || byte == 0xE2 || byte == 0x88 || byte == 0x9A || byte == 0x92   // √ and − (`(√2, π/4)`, `(−3, 1)`)
                        // π spelled `pi` (`(3, pi/2)`).
                        || byte == 105 && open > 0 && text[open - 1] == 112 && (open < 2 || !Bytes.isLetter(text[open - 2]))
                        || byte == 112 && open + 1 < close && text[open + 1] == 105 && (open + 2 == close || !Bytes.isLetter(text[open + 2]))
                else { return nil }
                open -= 1
            }
            // "交点坐标为（2，−1）": a word of another script may stand right before it.
            guard open >= 0, text[open] == 40, commas >= 1,
                  open == 0 || text[open - 1] == 32 || text[open - 1] == 44 || text[open - 1] == 42 || text[open - 1] == 10
                    || text[open - 1] >= 0x80 else { return nil }
            return open
        }
        var close = number.end
        while close < text.count, text[close] == 32, close - number.end < 3 { close += 1 }   // `( -1 , 6 )`
        guard close < text.count, text[close] == 41, let firstOpen = tuple(endingAt: close) else { return nil }
        var items = [Bytes.string(text[firstOpen...close])]
        var cursor = firstOpen
        while items.count < 16 {
            // "(a, b, p) = (2, 2, 2) and (a, b, p) = (3, 4, 3)": the names written again before each tuple.
            let at = namesBeforeTuple(text, at: cursor) ?? cursor
            guard let joiner = anyListJoiners.first(where: { at >= $0.count + 1 && Bytes.hasPrefix(text, at: at - $0.count, $0) }),
                  text[at - joiner.count - 1] == 41, let open = tuple(endingAt: at - joiner.count - 1) else { break }
            items.insert(Bytes.string(text[open..<(at - joiner.count)]), at: 0)
            cursor = open
        }
        return items.joined(separator: ", ")
    }

    /// Where a tuple of names set equal to the tuple at `open` starts (`(a, b, p) = ` before `(3, 4, 3)`); nil when
    /// there is none.
    static func namesBeforeTuple(_ text: [UInt8], at open: Int) -> Int? {
        var index = open
        while index > 0, text[index - 1] == 32 { index -= 1 }
        guard index > 0, text[index - 1] == 61 else { return nil }
        index -= 1
        while index > 0, text[index - 1] == 32 { index -= 1 }
        guard index > 0, text[index - 1] == 41 else { return nil }
        var start = index - 1
        while start > 0, text[start - 1] != 40 {
            guard Bytes.isLetter(text[start - 1]) || text[start - 1] == 44 || text[start - 1] == 32 || text[start - 1] == 95, index - start <= 24 else { return nil }
            start -= 1
        }
        guard start > 0, text[(start - 1)..<index].contains(44), text[(start - 1)..<index].contains(where: Bytes.isLetter) else { return nil }
        return start - 1
    }

    static let clauseBreaks: [[UInt8]] = [", so ", "; ", ", then ", ", hence ", ", thus ", ", therefore ", ", and so "].map(b)

    static let perDeterminers: Set<[UInt8]> = Set(["the", "each", "every", "all", "all the", "these", "those"].map(b))

    /// The value a sentence states before "i.e." or "that is" restates how it was computed ("540 meters a week, i.e. 60
    /// meters × 9 sprints" → `540`): the restatement has an operator between numbers and no `=` or result after it.
    static func valueBeforeRestatement(_ text: [UInt8], number: Segment, policy: AnswerPolicy) -> String? {
        let windowStart = max(0, number.start - 80)
        let window = Array(text[windowStart..<number.start])
        guard let marker = [b("i.e."), b("that is,"), b("i.e,"), b("ie.")].compactMap({ Bytes.findLastIgnoringCase(window, $0) }).max()
        else { return nil }
        let restatement = window[marker...]
        guard restatement.contains(where: Bytes.isDigit), !restatement.contains(61), !restatement.contains(10),
              restatement.contains(42) || Bytes.find(Array(restatement), b("×")) != nil || Bytes.find(Array(restatement), b("\\times")) != nil
                || Bytes.find(Array(restatement), b(" x ")) != nil || restatement.contains(43) else { return nil }
        var tail = number.end
        while tail < text.count, text[tail] != 10, !((text[tail] == 46 || text[tail] == 33) && (tail + 1 == text.count || Bytes.isSpace(text[tail + 1]))) {
            if Bytes.isDigit(text[tail]) || text[tail] == 61 { return nil }
            tail += 1
        }
        let sentenceStart = sentenceStart(text, at: windowStart + marker)
        let region = Array(text[sentenceStart..<(windowStart + marker)])
        return statedValue(region, policy: policy)?.text
    }

    static let comparisonClauses: [[UInt8]] = ["less than", "greater than", "more than", "smaller than", "larger than",
                                               "bigger than", "at most", "at least", "below", "above", "within", "close to"].map(b)
    static let approximationOpeners: [[UInt8]] = ["approximately", "approx", "about", "roughly", "around", "nearly", "≈",
                                                  "\\approx"].map(b)
    static let comparisonFillers: Set<[UInt8]> = Set(["indeed", "still", "just", "slightly", "much", "well", "strictly",
                                                      "clearly", "comfortably", "safely"].map(b))

    /// A count before "such" and the relation its things satisfy: "There are 809 such $n \le 2024$." → `809`. Nil when
    /// the last math is no relation or no whole number stands right before "such".
    static func countBeforeSuch(_ text: [UInt8], segment: Segment) -> String? {
        guard segment.text.utf8.contains(where: { $0 == 60 || $0 == 62 }) || segment.text.contains("\\le") || segment.text.contains("\\ge")
        else { return nil }
        var end = segment.start
        while end > 0, text[end - 1] == 36 || text[end - 1] == 32 { end -= 1 }
        guard end >= 7, Bytes.hasPrefixIgnoringCase(text, at: end - 5, b(" such")) else { return nil }
        end -= 5
        var start = end
        while start > 0, Bytes.isDigit(text[start - 1]) || text[start - 1] == 44 && start >= 2 && Bytes.isDigit(text[start - 2]) { start -= 1 }
        guard start < end, Bytes.isDigit(text[start]), start == 0 || text[start - 1] == 32 else { return nil }
        return Bytes.string(text[start..<end])
    }

    /// Words after ", which is" and an amount that make it a difference from another amount.
    static let differenceWords: [[UInt8]] = [" more than ", " less than ", " fewer than ", " greater than ", " smaller than ",
                                             " larger than ", " higher than ", " lower than "].map(b)

    /// The value a sentence states before ", which is" and an amount more or less than another: "So Maria needs
    /// $\frac{3}{4}$ cup of sugar in total, which is $\frac{1}{4}$ cup more than the $\frac{1}{2}$ cup she has." →
    /// `\frac{3}{4}`. Nil when the sentence has no such clause before `segment`.
    static func valueBeforeDifferenceClause(_ text: [UInt8], segment: Segment, policy: AnswerPolicy) -> String? {
        let start = sentenceStart(text, at: segment.start)
        let lowered = text[start..<segment.start].map(Bytes.lower)
        guard let which = Bytes.findLast(lowered, b(", which is ")) else { return nil }
        let clause = Array(lowered[(which + 11)...])
        guard let difference = differenceWords.compactMap({ Bytes.find(clause, $0) }).min(),
              clause[..<difference].contains(where: Bytes.isDigit) || clause[..<difference].contains(36),
              let stated = statedValue(Array(text[start..<(start + which)]), policy: policy) else { return nil }
        return chainResult(stated.text) ?? stated.text
    }

    /// The value stated before a closing clause that only compares it with or restates it as another value: "The
    /// probability is $\frac{3}{8}$, which is less than $\frac{1}{2}$ as expected." → `\frac{3}{8}`; "is 6
    /// (equivalently, $-1 \pmod 7$)." → `6`. The last value must follow ", which is" (or "was") and a comparison ("less
    /// than", "at most", …; a filler such as "indeed" allowed), or "equivalently" opening a parenthesis or after ", or";
    /// the stated value must end right before the clause. Nil otherwise.
    static func valueBeforeComparisonClause(_ text: [UInt8], segment: Segment, policy: AnswerPolicy) -> String? {
        var before = segment.start
        while before > 0, text[before - 1] == 36 || text[before - 1] == 32 { before -= 1 }
        guard before >= 12 else { return nil }
        let windowStart = max(0, before - 64)
        let window = Array(text[windowStart..<before]).map(Bytes.lower)
        var clauseStart: Int?
        // "(equivalently, …" or ", or equivalently, …"
        if window.last == 44 || window.last.map(Bytes.isLetter) == true {
            var end = window.count
            if window.last == 44 { end -= 1 }
            let word = b("equivalently")
            if end >= word.count, Bytes.hasPrefix(window, at: end - word.count, word) {
                var open = end - word.count
                while open > 0, window[open - 1] == 32 { open -= 1 }
                if open > 0, window[open - 1] == 40 { clauseStart = windowStart + open - 1 }
                else if open >= 4, Bytes.hasPrefix(window, at: open - 4, b(", or")) { clauseStart = windowStart + open - 4 }
            }
        }
        if clauseStart == nil {
            for comparison in comparisonClauses where window.count >= comparison.count && Bytes.hasPrefix(window, at: window.count - comparison.count, comparison) {
                var cursor = window.count - comparison.count
                // Fillers and the verb, read backwards: "which is indeed less than".
                var words: [[UInt8]] = []
                while words.count < 3 {
                    while cursor > 0, window[cursor - 1] == 32 { cursor -= 1 }
                    var start = cursor
                    while start > 0, Bytes.isLetter(window[start - 1]) { start -= 1 }
                    guard start < cursor else { break }
                    let word = Array(window[start..<cursor])
                    words.append(word)
                    cursor = start
                    if word == b("which") { break }
                }
                guard words.count >= 2, words.last == b("which"), words.count <= 3,
                      words[words.count - 2] == b("is") || words[words.count - 2] == b("was"),
                      words.dropLast(2).allSatisfy({ comparisonFillers.contains($0) }) else { continue }
                while cursor > 0, window[cursor - 1] == 32 { cursor -= 1 }
                guard cursor > 0, window[cursor - 1] == 44 else { continue }
                clauseStart = windowStart + cursor - 1
                break
            }
        }
        // "(approximately $0.22$)", "(about 0.22)", "(≈ 0.22)": an approximation after the exact value.
        if clauseStart == nil {
            var end = window.count
            while end > 0, window[end - 1] == 32 || window[end - 1] == 44 || window[end - 1] == 46 { end -= 1 }
            for word in approximationOpeners where end >= word.count + 1 && Bytes.hasPrefix(window, at: end - word.count, word) {
                var open = end - word.count
                while open > 0, window[open - 1] == 32 { open -= 1 }
                if open > 0, window[open - 1] == 40 { clauseStart = windowStart + open - 1 }
                break
            }
        }
        guard let clause = clauseStart else { return nil }
        let region = Array(text[sentenceStart(text, at: clause)..<clause])
        guard let value = statedValue(region, policy: policy),
              Bytes.trimSpaces(region[value.end...]).allSatisfy({ $0 == 36 }) else { return nil }
        return value.text
    }

    static let guessModals: [[UInt8]] = ["might be", "could be", "may be", "probably", "perhaps", "possibly"].map(b)
    static let doubtPhrases: [[UInt8]] = ["not confident", "not sure", "not certain", "unsure", "could not", "couldn't",
                                          "not completely sure", "not entirely sure", "not totally sure", "not fully sure",
                                          "not 100% sure", "not completely certain", "not entirely certain",
                                          "cannot determine", "can't determine", "can’t determine", "no idea", "cannot tell",
                                          "can't tell", "without more information", "depending on"].map(b)

    /// Whether the value at `start` is only a guess the response does not stand by: a modal right before it ("the
    /// answer might be 5"), or two values offered after "either" or a modal ("It could be 6 or 8"), and a statement of
    /// doubt in the text ("but I'm not confident", "depending on …"). Then no answer is committed.
    static func isUncommittedGuess(_ text: [UInt8], at start: Int) -> Bool {
        var before = start
        while before > 0, text[before - 1] == 36 || text[before - 1] == 32 { before -= 1 }
        // "probably around 50 minutes": an approximation word between the modal and the value.
        for word in [b(" around"), b(" about"), b(" roughly"), b(" approximately")]
        where before >= word.count && Bytes.hasPrefixIgnoringCase(text, at: before - word.count, word) {
            before -= word.count
            break
        }
        let window = text[max(0, before - 12)..<before].map(Bytes.lower)
        // "either 4 or 6": the value is one of two offered.
        let sentence = text[sentenceStart(text, at: before)..<before].map(Bytes.lower)
        // "It could be 6 or 8, depending on …": two values offered after a modal.
        let alternative = window.count >= 3 && Bytes.hasPrefix(window, at: window.count - 3, b(" or"))
            && (Bytes.find(sentence, b("either ")) != nil || guessModals.contains { Bytes.find(sentence, $0) != nil })
        guard alternative || guessModals.contains(where: { window.count >= $0.count && Bytes.hasPrefix(window, at: window.count - $0.count, $0) })
        else { return false }
        let lowered = text.map(Bytes.lower)
        return doubtPhrases.contains { Bytes.find(lowered, $0) != nil }
    }

    /// The value a sentence states before a clause that points back to a step ("The angle is 45 degrees, which we verified
    /// in Step 3." → `45`): the last number follows "Step" or "step", and the clause opens with ", which" or ", as".
    static func valueBeforeStepReference(_ text: [UInt8], number: Segment, policy: AnswerPolicy) -> String? {
        guard number.start >= 5, Bytes.hasPrefixIgnoringCase(text, at: number.start - 5, b("step ")) else { return nil }
        let start = sentenceStart(text, at: number.start)
        let prefix = Array(text[start..<(number.start - 5)])
        guard let clause = [b(", which "), b(", as ")].compactMap({ Bytes.findLastIgnoringCase(prefix, $0) }).max(),
              let value = statedValue(Array(prefix[..<clause]), policy: policy) else { return nil }
        return value.text
    }
}
