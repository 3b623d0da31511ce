// Answers wrapped in prose: finding the math part of a short sentence (`9 apples`, `The number of students is 28`).

/// Reads the math out of an answer that is partly a sentence. Used only after a plain comparison has failed, so a
/// well-formed answer is never re-read.
enum AnswerProse {
    /// Short words of a sentence that never stand for a value; longer words of three or more letters count as prose too,
    /// except function names and the list joiners `and`/`or`.
    static let shortWords: Set<[UInt8]> = Set(["is", "be", "of", "to", "so", "it", "as", "we", "by", "at", "an",
                                               "de",   // "une baisse de 25 %"
                                               "es", "el", "la", "le", "il",   // "el resto es 3"
                                               "en", "em", "au", "du", "im", "am", "zu", "op", "un"].map { Array($0.utf8) })   // "3 200 $ en avril"
    static let joiners: Set<[UInt8]> = Set(["and", "or"].map { Array($0.utf8) })
    static let inWord = Array("in".utf8)
    static let orWord = Array("or".utf8)
    /// Unit symbols of one letter: grams, metres, seconds, hours, litres.
    static let unitLetters: Set<UInt8> = Set("gmshlL".utf8)
    /// "more", "fewer" and " than", which decide whether "more" counts (`7 more bottles`) or bounds (`more than 7`).
    static let moreWord = Array("more".utf8), fewerWord = Array("fewer".utf8), thanWord = Array(" than".utf8)
    /// Words that make the number a bound or a denial rather than the answer (`at least 4`, `not 3`): no reading then.
    static let qualifiers: Set<[UInt8]> = Set(["least", "most", "more", "less", "than", "fewer", "greater", "over", "under",
                                               "not", "never", "except", "between", "upto", "below"].map { Array($0.utf8) })

    /// Whether `not` at `start..<end` negates an action ("40 girls did not join") rather than a value ("5 is not a
    /// solution", "not 3"): it follows an auxiliary such as "did" or "can" (never a form of "be"), and no digit follows.
    static func negatesAction(_ bytes: [UInt8], word: [UInt8], from start: Int, to end: Int) -> Bool {
        guard word == notWord, !bytes[end...].contains(where: Bytes.isDigit) else { return false }
        var wordEnd = start
        while wordEnd > 0, bytes[wordEnd - 1] == 32 { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > 0, Bytes.isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
        return actionAuxiliaries.contains(bytes[wordStart..<wordEnd].map(Bytes.lower))
    }
    static let notWord = Array("not".utf8)
    static let actionAuxiliaries: Set<[UInt8]> = Set(["did", "do", "does", "can", "could", "will", "would", "should",
                                                      "have", "has", "had"].map { Array($0.utf8) })

    /// `US$ 6250`, `R$45`, `HK$ 12`: one to three capital letters right before a dollar sign and its number, or the
    /// code of a dollar (`US`, `HK`, …) before the number once the sign has gone.
    static func isCurrencyCode(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        guard end - start <= 3, end < bytes.count, bytes[start..<end].allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return false }
        guard bytes[end] == 36 || bytes[end] == 32 && dollarCodes.contains(Array(bytes[start..<end])) else { return false }
        let next = bytes[(end + 1)...].first { $0 != 32 }
        return next.map(Bytes.isDigit) ?? false
    }
    static let dollarCodes: Set<[UInt8]> = Set(["US", "HK", "NZ", "AU", "CA", "SG"].map { Array($0.utf8) })

    /// A cheap first pass: two plain letters in a row (not a command name), a choice label such as `B)`, or a letter of
    /// another script.
    static func mayHaveProse(_ text: String.UTF8View) -> Bool {
        var previous: UInt8 = 32
        var inCommand = false
        for byte in text {
            if byte == 41, Bytes.isLetter(previous) { return true }
            // A lead byte of accented Latin, Cyrillic, CJK or Hangul (not of Greek letters or math symbols).
            if (0xC3...0xC5).contains(byte) || (0xD0...0xD4).contains(byte) || byte >= 0xE3 && byte <= 0xED { return true }
            if Bytes.isLetter(byte) {
                if !inCommand, Bytes.isLetter(previous) { return true }
            } else {
                inCommand = byte == 92
            }
            previous = byte
        }
        return false
    }

    /// The first part between prose words that holds a digit, a command or a bracket (`7 because 3+4=7` → `7`);
    /// a leading choice label goes first (`B) 12` → `12`). Nil when the text has no prose or no math part.
    static func firstMathPart(_ text: String) -> String? {
        guard mayHaveProse(text.utf8) else { return nil }
        var bytes = Array(text.utf8)
        if let choice = leadingChoiceLetter(text), !choice.rest.isEmpty, let next = text.utf8.drop(while: { $0 == 32 || $0 == 42 || $0 == 40 }).dropFirst().first,
           next == 41 || next == 58 {
            bytes = Array(choice.rest.utf8)
        }
        var parts: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        var sawProse = bytes.count != text.utf8.count
        while index < bytes.count {
            let byte = bytes[index]
            // "остаток равен 3", "答案是 12": a word in another script is prose too.
            if byte >= 0xC0 || Bytes.isLetter(byte) && mixesScripts(bytes, at: index),
               index == 0 || bytes[index - 1] < 0x80 && !(Bytes.isLetter(bytes[index - 1]) || bytes[index - 1] == 92),
               let end = foreignWordEnd(bytes, from: index) {
                if AnswerExtractor.orWords.contains(Array(bytes[index..<end])) || foreignQualifiers.contains(Array(bytes[index..<end])) { return nil }
                parts.append(bytes[start..<index])
                start = end
                sawProse = true
                index = end
                continue
            }
            guard Bytes.isLetter(byte), index == 0 || !(Bytes.isLetter(bytes[index - 1]) || bytes[index - 1] == 92) else { index += 1; continue }
            var end = index
            while end < bytes.count, Bytes.isLetter(bytes[end]) { end += 1 }
            let word = bytes[index..<end].map(Bytes.lower)
            // "1/6, or about 16.7%": "or" before an approximation word restates the value before it, as "about"
            // alone does; the approximation ends the reading.
            if word == orWord, AnswerExtractor.approximationWords.contains(bytes[end...].drop(while: { $0 == 32 }).prefix(while: Bytes.isLetter).map(Bytes.lower)),
               (parts + [bytes[start..<index]]).contains(where: { $0.contains(where: Bytes.isDigit) }) {
                parts.append(bytes[start..<index])
                start = bytes.count
                sawProse = true
                break
            }
            let isProse = (word.count >= 3 && !joiners.contains(word) && !AnswerExtractor.functionWords.contains(word)
                           && (end == bytes.count || !(bytes[end] == 40 || bytes[end] == 95 || bytes[end] == 94)))
                || shortWords.contains(word) && (end == bytes.count || bytes[end] == 32)
                // "a 20% decrease": the article before a number.
                || word == [97] && end + 1 < bytes.count && bytes[end] == 32 && Bytes.isDigit(bytes[end + 1])
                // "$1,250 in interest": "in" before a word is a preposition, not inches.
                || word == inWord && end + 3 < bytes.count && bytes[end] == 32 && bytes[(end + 1)...].prefix(while: Bytes.isLetter).count >= 3
                // "US$ 6250", "R$ 45,90": a currency's code before its dollar sign.
                || isCurrencyCode(bytes, from: index, to: end)
            if isProse {
                // A correction after the answer ends it: `15, not 16` → `15`.
                if word == Array("not".utf8), Bytes.trimSpaces(bytes[start..<index]).last == 44,
                   (parts + [bytes[start..<index]]).contains(where: { $0.contains(where: Bytes.isDigit) }) {
                    parts.append(bytes[start..<index])
                    start = bytes.count
                    sawProse = true
                    break
                }
                // "48 nebo 96": "or" of another language between values is a hedge, not a sentence around one value.
                // "40 girls did not join": "not" after a verb other than "is" denies the action, not the number.
                // "7,300 more bottles per day": "more" or "fewer" between a number and a noun counts, it bounds nothing.
                let counts = (word == moreWord || word == fewerWord) && Bytes.trimSpaces(bytes[start..<index]).last.map(Bytes.isDigit) == true
                    && end < bytes.count && bytes[end] == 32 && !Bytes.hasPrefixIgnoringCase(bytes, at: end, thanWord)
                if !counts && qualifiers.contains(word) && !negatesAction(bytes, word: word, from: index, to: end)
                    || AnswerExtractor.orWords.contains(word) { return nil }
                parts.append(bytes[start..<index])
                start = end
                sawProse = true
            }
            index = end
        }
        if start < bytes.count { parts.append(bytes[start...]) }
        guard sawProse else { return nil }
        for (index, part) in parts.enumerated() {
            var trimmed = Bytes.trimSpaces(part)
            while let last = trimmed.last, last == 44 || last == 46 || last == 58 || last == 59 || last == 42 { trimmed = Bytes.trimSpaces(trimmed.dropLast()) }
            while let first = trimmed.first, first == 44 || first == 58 || first == 42 { trimmed = Bytes.trimSpaces(trimmed.dropFirst()) }
            // "750 g of flour": a unit symbol of one letter between the number and the words about it.
            if index < parts.count - 1, trimmed.count >= 3, unitLetters.contains(trimmed.last!), trimmed[trimmed.endIndex - 2] == 32,
               Bytes.isDigit(trimmed[trimmed.endIndex - 3]) {
                trimmed = Bytes.trimSpaces(trimmed.dropLast())
            }
            // "all $\lambda$ with $3 < \lambda \le 4$": a lone name that a later part bounds or sets is what the answer is
            // about; the later part answers.
            if index < parts.count - 1, let name = loneName(trimmed), parts[(index + 1)...].contains(where: { relates($0, name) }) { continue }
            if trimmed.contains(where: { Bytes.isDigit($0) || $0 == 92 || $0 == 40 || $0 == 91 }) { return Bytes.string(trimmed) }
        }
        return nil
    }

    /// The name `part` is when it is one letter or one command (`x`, `\lambda`), with or without `$…$`; nil otherwise.
    static func loneName(_ part: ArraySlice<UInt8>) -> [UInt8]? {
        let name = Array(Bytes.trimSpaces(part.drop { $0 == 36 }.reversed().drop { $0 == 36 }.reversed()[...]))
        if name.count == 1, Bytes.isLetter(name[0]) { return name }
        if name.count >= 3, name[0] == 92, name.dropFirst().allSatisfy(Bytes.isLetter) { return name }
        return nil
    }

    static let relationCommands: [[UInt8]] = ["\\le", "\\ge", "\\in", "≤", "≥"].map(Bytes.array)

    /// Whether `part` holds `name` (as a whole name) in a relation: `=`, `<`, `>`, `\le`, `\ge`, `\in`, `≤`, `≥`.
    static func relates(_ part: ArraySlice<UInt8>, _ name: [UInt8]) -> Bool {
        let bytes = Array(part)
        guard bytes.contains(where: { $0 == 61 || $0 == 60 || $0 == 62 }) || relationCommands.contains(where: { Bytes.contains(bytes, $0) })
        else { return false }
        var from = 0
        while let found = Bytes.find(bytes, name, from: from) {
            let end = found + name.count
            if (found == 0 || !(Bytes.isLetter(bytes[found - 1]) || bytes[found - 1] == 92)) && (end == bytes.count || !Bytes.isLetter(bytes[end])) { return true }
            from = found + 1
        }
        return false
    }

    /// Whether the ASCII letters at `index` run straight into a letter of another script (`L` of `Lösung`): a cheap
    /// test before `foreignWordEnd`.
    @inline(__always) static func mixesScripts(_ bytes: [UInt8], at index: Int) -> Bool {
        var end = index
        while end < bytes.count, Bytes.isLetter(bytes[end]) { end += 1 }
        return end < bytes.count && bytes[end] >= 0xC0
    }

    /// Words of other scripts that make the number a bound or a denial (`не 3`, `至少 4`): no reading then.
    /// So do "either" words (`либо 3, либо 5`) and "not … but" (`35 ではなく 36`).
    static let foreignQualifiers: Set<[UInt8]> = Set(["не", "ни", "больше", "меньше", "不", "不是", "至少", "最多",
                                                      "以上", "以下", "未満", "超过", "少なくとも", "либо", "ではなく", "じゃなく", "而不是",
                                                      "而非", "아니라", "아닌"].map { Array($0.utf8) })

    /// The end of a word of another script starting at `start`: a run of letters outside ASCII (Cyrillic, CJK, Hangul,
    /// accented Latin), not followed by `(`, `_` or `^`, of two letters or more, or of one accented Latin (`é`) or CJK
    /// letter (`是`). Nil for Greek letters and symbols (`π`, `√`, `θ`), which are math.
    /// A word that mixes ASCII letters with accented ones (`Äpfel`, `Lösung`) is one word of two letters or more.
    static func foreignWordEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var end = start
        var letters = 0, ascii = 0
        var single = false
        while end < bytes.count, bytes[end] >= 0xC0 || Bytes.isLetter(bytes[end]) {
            if Bytes.isLetter(bytes[end]) { ascii += 1; end += 1; continue }
            let width = bytes[end] >= 0xF0 ? 4 : bytes[end] >= 0xE0 ? 3 : 2
            guard end + width <= bytes.count, let scalar = String(decoding: bytes[end..<(end + width)], as: UTF8.self).unicodeScalars.first,
                  scalar.properties.isAlphabetic, !(0x370...0x3FF).contains(scalar.value) else { break }
            single = (0xC0...0x24F).contains(scalar.value) || scalar.value >= 0x3000
            letters += 1
            end += width
        }
        guard letters >= 1, letters + ascii >= 2 || single else { return nil }
        if end < bytes.count, bytes[end] == 40 || bytes[end] == 95 || bytes[end] == 94 { return nil }
        return end
    }

    /// Whether the text opens with the word answer `word` (compact, lower-case) closed by a comma, a full stop, a
    /// semicolon or an exclamation mark and followed by more words: `Yes, it is possible`, `No. The sum is odd.`
    static func opensWith(_ text: String, _ word: String) -> Bool {
        let lowered = text.lowercased()
        // "True; such a configuration exists." answers yes, "False, …" no.
        // "Sí, es posible …", "Nein, denn …": the same word in another language.
        let forms = (word == "yes" ? ["yes", "true"] : word == "no" ? ["no", "false"] : [word]) + (foreignYesNo[word] ?? [])
        guard let form = forms.first(where: { lowered.hasPrefix($0) }) else { return false }
        var rest = lowered.dropFirst(form.count)
        // "Yes — the digit sum is 27 …", "Yes: …", "Yes - …": a dash or colon after the word, spaced or not.
        if let dash = rest.drop(while: { $0 == " " }).first, dash == "—" || dash == "–" || dash == "-" || dash == ":" {
            rest = rest.drop(while: { $0 == " " })
        }
        guard let mark = rest.first, mark == "," || mark == "." || mark == ";" || mark == "!" || mark == "—" || mark == "–" || mark == "，" || mark == "。"
            || mark == ":" || mark == "-" && rest.dropFirst().first == " " else { return false }
        let after = rest.dropFirst().drop { $0 == " " }
        // "Yes — 91 = 7 × 13, so 91 is composite.": a reason may open with a number.
        return (after.first?.isLetter == true || after.first?.isNumber == true) && !after.hasPrefix("not") && !after.hasPrefix("but")
    }

    /// Yes and no in the languages `EquivalenceChecker.englishWord` reads, longest first ("是的" before "是").
    static let foreignYesNo: [String: [String]] = {
        var forms: [String: [String]] = [:]
        for (foreign, english) in EquivalenceChecker.englishWord where english == "yes" || english == "no" { forms[english, default: []].append(foreign) }
        return forms.mapValues { $0.sorted { $0.count > $1.count } }
    }()

    /// "Solution set" and "is empty" in Portuguese, Spanish, French, German and Italian, lower-case.
    static let emptySolutionSets: [(set: [UInt8], empty: [UInt8])] = [
        ("conjunto solução", " é vazio"), ("conjunto solución", " es vacío"), ("conjunto de soluciones", " es vacío"),
        ("ensemble des solutions", " est vide"), ("lösungsmenge", " ist leer"), ("insieme delle soluzioni", " è vuoto"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Whether a response changes its mind or qualifies its first word ("but", "however", "actually", "wait", "not"):
    /// then its opening word is not its answer.
    /// A response that opens with "No" may give its reasons with "not" ("No. 2047 = 23 × 89, so it is not prime."):
    /// `negativeAnswer` leaves "not" and "n't" out of the test.
    static func turnsBack(_ text: String, negativeAnswer: Bool = false) -> Bool {
        let lowered = text.lowercased()
        let words = negativeAnswer ? [" but ", "however", "actually", "wait", "on second thought"]
            : [" but ", "however", "actually", "wait", " not ", "n't", "on second thought"]
        return words.contains { lowered.contains($0) }
    }

    /// Whether a sentence states the word answer `word` (compact, lower-case) as its predicate: `The function is odd`,
    /// `they are congruent`, `It is a parabola`, `she is facing east`, `It's an ellipse`, `The equation describes an
    /// ellipse`, `… lands on a Tuesday`: "is"/"are" (or a stating verb), an optional participle, an optional article, then
    /// that word, either at the end or followed by a noun it qualifies or a phrase about it (`an even function`, `an
    /// ellipse centered at …`).
    /// Short forms of the weekdays, read as the day ("The meeting falls on a Tue." states `Tuesday`).
    static let weekdayAbbreviations: [String: String] = ["mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
                                                         "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
                                                         "sat": "saturday", "sun": "sunday"]

    /// Whether a sentence of at most 100 bytes says a phrase of two or more words (`infinitely many`, `no solution`) as whole
    /// words, and holds no negation of its own (a phrase that is itself a negation may be said): "There are infinitely many
    /// solutions" states `infinitely many`; "There are not infinitely many" and "all real numbers except 0" do not.
    static func statesPhrase(_ text: String, _ phrase: String) -> Bool {
        let words = phrase.lowercased().split(separator: " ")
        guard words.count >= 2, words.count <= 4, text.utf8.count <= 100, words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return false }
        let said = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
        guard let start = said.indices.first(where: { index in index + words.count <= said.count && Array(said[index..<(index + words.count)]) == words })
        else { return false }
        let others = said[..<start] + said[(start + words.count)...]
        return !others.contains(where: { negations.contains(String($0)) || $0.hasSuffix("n't") || $0.hasSuffix("n’t") })
    }
    static let negations: Set<String> = ["not", "no", "never", "neither", "nor", "without", "none", "cannot", "except", "but",
                                         "other", "apart", "excluding"]

    static func statesWord(_ text: String, _ word: String) -> Bool {
        // Markdown emphasis around the word is not part of it: "she ends up facing **east**".
        let lowered = text.lowercased().filter { $0 != "." && $0 != "!" && $0 != "*" }
        var words = lowered.split(separator: " ").map { $0.last == "," || $0.last == ";" ? $0.dropLast() : $0 }
            .map { weekdayAbbreviations[String($0)].map { Substring($0) } ?? $0 }
        // "is neither even nor odd" states the answer `neither`.
        if word == "neither", words.count >= 6, words[words.count - 4] == "neither", words[words.count - 2] == "nor" {
            words.removeLast(3)
        }
        // The word may be followed by a noun it qualifies or by a phrase about it: "The composition is an even function",
        // "It is an ellipse centered at $(6,0)$"; only the last occurrence of the word is read.
        if let last = words.lastIndex(where: { $0 == word }), last < words.count - 1 {
            let next = String(words[last + 1])
            guard trailingNouns.contains(next) || trailingConnectors.contains(next) else { return false }
            words.removeSubrange((last + 1)...)
        }
        // "It's an ellipse": the contraction holds the verb.
        if words.count == 3, words[0] == "it's" || words[0] == "that's" || words[0] == "it’s" || words[0] == "that’s", words[2] == word,
           words[1] == "a" || words[1] == "an" { return true }
        guard words.count >= 3, String(words[words.count - 1]) == word else { return false }
        words.removeLast()
        if let article = words.last, article == "a" || article == "an" || article == "the" { words.removeLast() }
        // "the sum is always an odd number": an adverb between the verb and the word.
        if words.count >= 3, let adverb = words.last, sentenceAdverbs.contains(String(adverb)) { words.removeLast() }
        // "The ball is most likely red": the likelihood a probability question asks about.
        if words.count >= 4, words[words.count - 1] == "likely", words[words.count - 2] == "most" { words.removeLast(2) }
        // A participle between: "she is facing east", "the arrow is pointing north".
        if let participle = words.last, participle.count > 4, participle.hasSuffix("ing") { words.removeLast() }
        guard words.count >= 2, let verb = words.last else { return false }
        // "she ends up facing west", "it ended up pointing north".
        if verb == "up", words.count >= 3, words[words.count - 2].hasPrefix("end") { return true }
        // "falls on a Tuesday", "lands on a \\textbf{Tuesday}".
        if verb == "on", words.count >= 3, words[words.count - 2].hasPrefix("fall") || words[words.count - 2].hasPrefix("land") { return true }
        return verb == "is" || verb == "are" || verb == "was" || verb == "were" || verb == "be" || statingVerbs.contains(String(verb))
    }
}

extension AnswerProse {
    /// Adverbs that may stand between the verb and a word answer: "the sum is always an odd number".
    static let sentenceAdverbs: Set<String> = ["always", "also", "therefore", "thus", "still", "necessarily", "certainly", "clearly"]
    /// Verbs that state what a curve or figure is: "The equation describes an ellipse."
    static let statingVerbs: Set<String> = ["describes", "represents", "defines", "traces", "forms", "faces", "points", "heads"]
    /// Nouns a word answer may qualify ("an even function", "an obtuse triangle") and words that open a phrase about it
    /// ("an ellipse centered at …", "a parabola with vertex …").
    static let trailingNouns: Set<String> = ["function", "functions", "number", "numbers", "integer", "integers", "curve", "conic",
                                             "shape", "triangle", "quadrilateral", "polygon", "graph", "sequence", "one", "day"]
    static let trailingConnectors: Set<String> = ["centered", "centred", "with", "whose", "that", "which", "because", "since",
                                                  "opening", "of", "through", "in", "at"]

    /// The text of the last bold span (`**Evelyn**`, `\textbf{Evelyn}`) in the last line of a response, when it is one word.
    static func lastBoldWord(_ response: String) -> String? {
        guard let inner = lastBoldText(response), inner.count <= 32, inner.allSatisfy({ $0.isLetter }) else { return nil }
        return inner
    }

    /// The names the last line sets in bold, two to five capitalised words joined by commas, "and" or "&" ("… telling the
    /// truth: **Dana and Bob**." → {Bob, Dana}); nil otherwise.
    static func lastBoldNames(_ response: String) -> Set<String>? {
        lastBoldText(response).flatMap(namesListed)
    }

    /// Phrases of a sentence that says no such thing exists ("So there are no such integers $n$.", "the number of real
    /// solutions is none.").
    /// Plural or "none" only: "There is no solution.", "there is no minimum value" or "there is no such value of $c$"
    /// against 0 deny a value, they count nothing.
    static let noneExistPhrases: [[UInt8]] = [" are no such ", " is none", " are none"].map { Array($0.utf8) }

    /// Whether `sentence`, with no digit, says that nothing of the kind asked for exists: a count of zero in words.
    static func statesNoneExist(_ sentence: String) -> Bool {
        let lowered = sentence.utf8.map(Bytes.lower)
        guard lowered.count <= 160, !lowered.contains(where: Bytes.isDigit) else { return false }
        return noneExistPhrases.contains { Bytes.contains(lowered, $0) }
    }

    /// The names a sentence lists at its close after "are", "is" or a colon ("… the only days on which all three are free
    /// are Thursday and Monday." → {Monday, Thursday}); nil otherwise.
    static func closingNames(_ sentence: String) -> Set<String>? {
        var tail = Substring(sentence)
        while let last = tail.last, last == "." || last == "!" || last.isWhitespace { tail.removeLast() }
        guard tail.utf8.count <= 200,
              let verb = [" are ", " is ", ": "].compactMap({ tail.range(of: $0, options: .backwards) })
                .max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        return namesListed(String(tail[verb.upperBound...]))
    }

    /// Openings of the paragraph that explains an answer given first: "Here's why: …".
    static let explanationOpenings: [String] = ["here's why", "here’s why", "here is why", "here's how", "here’s how", "here is how",
                                                "explanation:", "reasoning:"]

    /// The value a chat answer sets in bold as its first line when the next paragraph explains it ("**35 minutes.**⏎⏎Here's
    /// why: …" → `35 minutes`); nil otherwise.
    static func boldOpeningBeforeExplanation(_ response: String) -> String? {
        let text = response.drop(while: \.isWhitespace)
        guard text.hasPrefix("**"), let close = text.dropFirst(2).range(of: "**"),
              case let inner = text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound], inner.utf8.count <= 60,
              inner.contains(where: \.isNumber), !inner.contains("\n") else { return nil }
        let rest = text[close.upperBound...].drop(while: { $0 == "." || $0.isWhitespace }).prefix(16).lowercased()
        guard explanationOpenings.contains(where: { rest.hasPrefix($0) }) else { return nil }
        var value = inner.trimmingCharacters(in: .whitespaces)
        while let last = value.last, last == "." || last == "!" { value.removeLast() }
        return value.isEmpty ? nil : value
    }

    /// Two to five capitalised words of letters joined by commas, "and" or "&" (`Bob, Dana`, `Ana and Luis`), as a set.
    static func namesListed(_ text: String) -> Set<String>? {
        let words = text.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: "&", with: ",")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "and" }
        guard (2...5).contains(words.count),
              words.allSatisfy({ $0.count >= 2 && $0.first!.isUppercase && $0.allSatisfy(\.isLetter) }) else { return nil }
        let names = Set(words)
        return names.count == words.count ? names : nil
    }

    /// The text the last non-empty line sets in bold last (Markdown `**…**` or `\textbf{…}`), trimmed.
    private static func lastBoldText(_ response: String) -> String? {
        let line = response.split(separator: "\n").last(where: { $0.contains(where: { !$0.isWhitespace }) }) ?? ""
        // Markdown `**Bob**` or LaTeX `\textbf{Bob}`, whichever the line sets last.
        var inner = ""
        var position = line.startIndex
        if let close = line.range(of: "**", options: .backwards),
           let open = line[..<close.lowerBound].range(of: "**", options: .backwards) {
            inner = line[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            position = open.lowerBound
        }
        if let open = line.range(of: "\\textbf{", options: .backwards), open.lowerBound >= position,
           let close = line[open.upperBound...].firstIndex(of: "}") {
            inner = line[open.upperBound..<close].trimmingCharacters(in: .whitespaces)
        }
        return inner.isEmpty ? nil : inner
    }

    /// The one math segment that closes an answer of words ("the graphs do not intersect exactly when $k<-5$." →
    /// `k<-5`): letters and spaces before it (at least two words), only a full stop after it. Nil otherwise.
    static func closingMathOfWords(_ answer: String) -> String? {
        var bytes = Bytes.array(answer)
        while let last = bytes.last, last == 46 || last == 32 { bytes.removeLast() }
        guard bytes.count <= 160, bytes.last == 36, let open = bytes.dropLast().lastIndex(of: 36), open + 1 < bytes.count - 1 else { return nil }
        let words = bytes[..<open]
        guard words.allSatisfy({ Bytes.isLetter($0) || $0 == 32 || $0 == 39 }), words.split(separator: 32).count >= 2 else { return nil }
        return Bytes.string(bytes[(open + 1)..<(bytes.count - 1)])
    }

    /// The one number in a box of words (`\text{He needs 15 more stickers}` → `15`): at least two words, one run of digits
    /// (with a decimal point or a leading minus sign). Nil otherwise.
    static func loneNumberInTextBox(_ answer: String) -> String? {
        let bytes = Bytes.array(answer)
        guard bytes.count <= 80, Bytes.hasPrefix(bytes, at: 0, Array("\\text{".utf8)), bytes.last == 125 else { return nil }
        let inner = bytes[6..<(bytes.count - 1)]
        guard !inner.contains(123), !inner.contains(92), inner.split(separator: 32).filter({ $0.contains(where: Bytes.isLetter) }).count >= 2,
              let first = inner.firstIndex(where: Bytes.isDigit) else { return nil }
        var end = first
        while end < inner.endIndex, Bytes.isDigit(inner[end]) || inner[end] == 46 && end + 1 < inner.endIndex && Bytes.isDigit(inner[end + 1]) { end += 1 }
        guard !inner[end...].contains(where: Bytes.isDigit) else { return nil }
        let start = first > inner.startIndex && inner[first - 1] == 45 ? first - 1 : first
        return Bytes.string(inner[start..<end])
    }

    /// Whole last sentences (a leading connective and the full stop gone) that deny what a yes/no question asks.
    static let impossibleSentences: Set<String> = ["it is not possible", "it is impossible", "it's not possible", "it's impossible",
                                                   "this is not possible", "this is impossible"]

    /// A yes or no set off by commas, opening a clause after a comma ("Since the sum is divisible by 9, yes, the number is
    /// divisible by 9." → `yes`) or opening the sentence ("No, it is not possible." → `no`), or a sentence that only denies
    /// ("It is not possible." → `no`); nil when there is none or both.
    static func yesNoClause(_ sentence: String) -> String? {
        let lowered = " " + sentence.lowercased() + " "
        // "No, wait — yes, it can: …": an opening word taken back at once for the other one.
        if lowered.hasPrefix(" no,") || lowered.hasPrefix(" no —") || lowered.hasPrefix(" yes,") || lowered.hasPrefix(" yes —"),
           let other = takenBack(lowered) {
            return other
        }
        // "No, it is not possible.": a last sentence that opens with the word.
        let yes = [", yes,", ", yes ", "; yes,", ": yes,", ", so yes,"].contains(where: { lowered.contains($0) })
            || [" yes,", " yes.", " yes!", " yes —"].contains(where: { lowered.hasPrefix($0) })
        let no = [", no,", "; no,", ": no,", ", so no,"].contains(where: { lowered.contains($0) })
            || [" no,", " no.", " no!", " no —"].contains(where: { lowered.hasPrefix($0) })
            // "No such $n$ exists.": the sentence that denies a solution exists.
            || lowered.hasPrefix(" no such ") && (lowered.hasSuffix(" exists. ") || lowered.hasSuffix(" exist. ") || lowered.hasSuffix(" exists ") || lowered.hasSuffix(" exist "))
            // "It is not possible.", "So this is impossible.": a last sentence that only says so.
            || impossibleSentences.contains(String(lowered.trimmingCharacters(in: .whitespaces).reversed().drop { $0 == "." || $0 == "!" }.reversed()))
        // "Nein, denn 91 = 7 · 13 …", "Sí, es posible …": the word in another language opening the sentence.
        if !yes, !no {
            let opening = foreignYesNo.first { _, forms in forms.contains { lowered.hasPrefix(" " + $0 + ",") || lowered.hasPrefix(" " + $0 + "，") } }
            return opening?.key
        }
        guard yes != no else { return nil }
        return yes ? "yes" : "no"
    }

    /// The other word when the opening "no" or "yes" of `lowered` (lower-cased, a space before it) is taken back within
    /// its first 48 bytes: "no, wait — yes", "yes, actually no"; nil otherwise.
    static func takenBack(_ lowered: String) -> String? {
        let other = lowered.hasPrefix(" no") ? "yes" : "no"
        let head = Array(lowered.utf8.prefix(48))
        guard let marker = takeBackMarkers.compactMap({ Bytes.find(head, $0).map { $0 + 1 } }).min() else { return nil }
        let rest = Array(head[marker...])
        return [",", ".", " "].contains(where: { Bytes.contains(rest, Array(" \(other)\($0)".utf8)) }) ? other : nil
    }

    static let takeBackMarkers: [[UInt8]] = [" wait", " actually", " i mean", " sorry", " scratch that", " correction"]
        .map { Array($0.utf8) }

    /// The tuples a sentence lists with "all permutations of" one of them ("$(a,b,c)=(2,2,2)$ and all permutations of
    /// $(1,2,3)$" → `(2,2,2), (1,2,3), (1,3,2), …`): tuples of numbers before the phrase, then every distinct order of
    /// the tuple after it (two to six entries). Also a tuple followed by "and its permutations" ("in any order", "up to
    /// permutation"). Nil when the sentence has no such phrase.
    static func permutationsListed(_ sentence: String) -> String? {
        let bytes = Array(sentence.utf8)
        guard bytes.count <= 400 else { return nil }
        let phrase: Int, open: Int, close: Int
        if let of = Bytes.findLastIgnoringCase(bytes, Array("permutations of".utf8)),
           let opening = Bytes.find(bytes, [40], from: of), let closing = Bytes.find(bytes, [41], from: opening) {
            (phrase, open, close) = (of, opening, closing)
        } else if let after = permutationsAfter.compactMap({ Bytes.findLastIgnoringCase(bytes, $0) }).max(),
                  let closing = bytes[..<after].lastIndex(of: 41), let opening = bytes[..<closing].lastIndex(of: 40),
                  bytes[closing..<after].allSatisfy({ $0 == 41 || $0 == 36 || $0 == 32 }) {
            // "(p, q, r) = (2, 3, 5) and its permutations": the tuple right before the phrase.
            (phrase, open, close) = (opening, opening, closing)
        } else { return nil }
        let entries = bytes[(open + 1)..<close].split(separator: 44).map { String(decoding: Bytes.trimSpaces($0), as: UTF8.self) }
        guard (2...6).contains(entries.count), entries.allSatisfy({ !$0.isEmpty && $0.utf8.contains(where: Bytes.isDigit) }) else { return nil }
        var tuples: [String] = []
        // Tuples of values written before the phrase; a tuple of names (`(a,b,c)`) says what the values are.
        var cursor = 0
        while cursor < phrase, let start = Bytes.find(bytes, [40], from: cursor), start < phrase, let end = Bytes.find(bytes, [41], from: start), end < phrase {
            let inner = bytes[(start + 1)..<end]
            if inner.contains(44), inner.contains(where: Bytes.isDigit) {
                tuples.append("(" + inner.split(separator: 44).map { String(decoding: Bytes.trimSpaces($0), as: UTF8.self) }.joined(separator: ",") + ")")
            }
            cursor = end + 1
        }
        var seen: Set<[String]> = []
        func permute(_ prefix: [String], _ rest: [String]) {
            if rest.isEmpty { if seen.insert(prefix).inserted { tuples.append("(" + prefix.joined(separator: ",") + ")") }; return }
            for index in rest.indices { var remaining = rest; let item = remaining.remove(at: index); permute(prefix + [item], remaining) }
        }
        permute([], entries)
        return tuples.joined(separator: ", ")
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                             "November", "December"]
    static let monthNameBytes: [[UInt8]] = monthNames.map { Array($0.utf8) }

    /// The dates written as a month's name and a day ("June 20", "June 20th", "\text{June 20}"), in order.
    static func monthDays(_ text: String) -> [(month: Int, day: Int)] {
        let bytes = Array(text.utf8)
        guard bytes.count <= 2_000 else { return [] }
        var dates: [(month: Int, day: Int)] = []
        var index = 0
        while index < bytes.count {
            guard (65...90).contains(bytes[index]), index == 0 || !Bytes.isLetter(bytes[index - 1]),
                  let month = monthNameBytes.firstIndex(where: { Bytes.hasPrefix(bytes, at: index, $0) }) else { index += 1; continue }
            var cursor = index + monthNameBytes[month].count
            while cursor < bytes.count, bytes[cursor] == 32 || bytes[cursor] == 126 { cursor += 1 }
            let digits = cursor
            while cursor < bytes.count, Bytes.isDigit(bytes[cursor]) { cursor += 1 }
            if cursor > digits, cursor - digits <= 2, let day = Int(String(decoding: bytes[digits..<cursor], as: UTF8.self)), (1...31).contains(day),
               cursor == bytes.count || !Bytes.isDigit(bytes[cursor]) {
                dates.append((month + 1, day))
            }
            index = max(cursor, index + 1)
        }
        return dates
    }

    /// Phrases after a tuple that stand for all its orderings.
    static let permutationsAfter: [[UInt8]] = [" and its permutations", " and all its permutations", " and their permutations",
                                               " and all permutations", " and permutations", " up to permutation", " in any order",
                                               " and all orderings", " and its rearrangements", " together with all its permutations",
                                               " together with its permutations", " and all of its permutations"].map { Array($0.utf8) }

    /// The size a sentence gives a square matrix: 2 in "the $2 \times 2$ identity matrix", "a 3x3 matrix", "4×4"; nil
    /// when it names none or the sides differ.
    static func squareSize(_ sentence: String) -> Int? {
        let bytes = Array(sentence.utf8)
        for mark in [Array(" \\times ".utf8), Array("\\times".utf8), Array("×".utf8), Array("x".utf8)] {
            guard let at = Bytes.find(bytes, mark), at > 0, Bytes.isDigit(bytes[at - 1]), at + mark.count < bytes.count,
                  Bytes.isDigit(bytes[at + mark.count]) else { continue }
            var first = at
            while first > 0, Bytes.isDigit(bytes[first - 1]) { first -= 1 }
            var end = at + mark.count
            while end < bytes.count, Bytes.isDigit(bytes[end]) { end += 1 }
            guard let rows = Int(Bytes.string(bytes[first..<at])), let columns = Int(Bytes.string(bytes[(at + mark.count)..<end])),
                  rows == columns, (1...8).contains(rows) else { return nil }
            return rows
        }
        return nil
    }

    /// The name a sentence says wins: "Bob wins", "Alice has a winning strategy", "the second player (Bob) wins" → the
    /// name, lower-case and without spaces. Nil otherwise.
    static func winnerNamed(_ text: String) -> String? {
        var lowered = text.lowercased().replacingOccurrences(of: "**", with: "")
        // "Bob has a winning strategy: he mirrors each of Alice's moves.": the reason after the colon.
        if let colon = lowered.range(of: ": ") { lowered = String(lowered[..<colon.lowerBound]) }
        // "Carla wins with 17 points.", "Bob wins by two moves": what the win came with.
        for tail in [" wins with ", " wins by "] { if let at = lowered.range(of: tail) { lowered = String(lowered[..<at.lowerBound]) + " wins" } }
        while let last = lowered.last, last == "." || last == "!" || last == " " { lowered.removeLast() }
        guard lowered.utf8.count <= 60,
              let suffix = [" wins the game", " will win the game", " wins", " will win", " always wins", " can always win",
                            " has a winning strategy", " has the winning strategy"].first(where: { lowered.hasSuffix($0) }) else { return nil }
        var subject = lowered.dropLast(suffix.count)
        // "the second player (Bob) has a winning strategy": the name in parentheses.
        if let open = subject.lastIndex(of: "("), let close = subject.lastIndex(of: ")"), open < close, subject[close...].count == 1 {
            subject = subject[subject.index(after: open)..<close]
        }
        let name = subject.filter { $0 != " " }
        guard name.utf8.count >= 2, name.allSatisfy(\.isLetter) else { return nil }
        return String(name)
    }

    static let concludingOpeners: [String] = [", so ", " so ", ", therefore ", ", hence ", ", thus ", "; so ", ", and so "]

    /// Superlatives a sentence names the one with the most by ("Evelyn has the greatest average speed.").
    /// Comparatives that answer "who … more" questions when they close the clause that names one person.
    static let comparatives = [" earns more ", " has more ", " makes more ", " is faster ", " is taller ", " is older ", " wins "]
    static let superlatives = [" the greatest ", " the largest ", " the highest ", " the most ", " the fastest ", " the best ",
                               " the biggest ", " the smallest ", " the least ", " the lowest ", " the tallest ", " the shortest "]

    /// The parts of a response's last sentence that state its conclusion: the clause after the last ", so" (or
    /// "therefore", "hence", "thus"), and the last bold span of the last line ("… mirror Alice's move, so Bob wins the
    /// game." → "Bob wins the game."; "…, **Bob wins**." → "Bob wins"), or a last sentence without digits that names a
    /// superlative. A name answer stated there and no other name in it answers the question, whatever other names the
    /// reasons mention.
    static func concludingParts(_ response: String) -> [String] {
        var parts: [String] = []
        if let sentence = AnswerExtractor.lastSentence(response) {
            let lowered = sentence.lowercased()
            if let clause = concludingOpeners.compactMap({ lowered.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) {
                let offset = lowered.utf8.distance(from: lowered.startIndex, to: clause.upperBound)
                parts.append(String(decoding: sentence.utf8.dropFirst(offset), as: UTF8.self))
            } else if let at = response.range(of: sentence, options: .backwards),
                      ["so", "thus", "therefore", "hence"].contains(response[..<at.lowerBound].lowercased()
                        .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" }).last.map(String.init) ?? "") {
                // "So Bob is the tallest.": a last sentence that opens with its conclusion word (which `lastSentence` drops).
                parts.append(sentence)
            } else if superlatives.contains(where: { (lowered + " ").contains($0) }), !lowered.contains(where: \.isNumber) {
                // "🏆 Evelyn has the greatest average speed.", "Navin would earn the most.": a last sentence that names the
                // one with the most; "Converting everyone's pay to dollars, Priya earns the most.": its last clause, when the
                // superlative is in it ("Brianna finished with the fastest time, just ahead of Angela." names Brianna).
                parts.append(sentence)
                if let comma = sentence.range(of: ", ", options: .backwards), case let clause = String(sentence[comma.upperBound...]),
                   superlatives.contains(where: { (" " + clause.lowercased() + " ").contains($0) }) {
                    parts.append(clause)
                }
            } else if let comma = sentence.range(of: ", "), case let clause = String(sentence[..<comma.lowerBound]),
                      !clause.contains(where: \.isNumber), case let words = " " + clause.lowercased() + " ",
                      superlatives.contains(where: { words.contains($0) }) || comparatives.contains(where: { words.contains($0) }) {
                // "Ben earns more, by $30 per week.": the clause before the numbers names the one with more.
                parts.append(clause)
            }
        }
        let line = response.split(separator: "\n").last(where: { $0.contains(where: { !$0.isWhitespace }) }) ?? ""
        if let close = line.range(of: "**", options: .backwards), let open = line[..<close.lowerBound].range(of: "**", options: .backwards) {
            parts.append(String(line[open.upperBound..<close.lowerBound]))
        }
        // "so Bob loses", "so Bob cannot win": a name in a negated conclusion is not the answer; a remark in parentheses
        // ("the winner is Alice (Bob loses)") does not negate it.
        return parts.filter { part in
            var depth = 0
            let outside = String(part.filter { character in
                if character == "(" { depth += 1; return false }
                if character == ")", depth > 0 { depth -= 1; return false }
                return depth == 0
            })
            let words = " " + outside.lowercased() + " "
            return !["not ", "n't ", " lose", " loses", " lost", " never ", " no ", " cannot ", " fails", " fail "].contains(where: { words.contains($0) })
        }
    }

    /// Capitalised words that open or join sentences and never name an answer ("The", "So", "Thus", "Since", …).
    static let commonCapitalised: Set<[UInt8]> = Set(["The", "So", "Thus", "Therefore", "Hence", "It", "Its", "This", "That",
        "These", "Those", "A", "An", "I", "Since", "Because", "Then", "We", "She", "He", "They", "Her", "His", "Their", "In",
        "On", "Of", "For", "From", "By", "Each", "Every", "All", "Among", "Comparing", "Looking", "Answer", "Final", "Note",
        "First", "Second", "Third", "Finally", "Which", "Who", "Whose", "Only", "When", "If", "Yes", "No", "Now", "Clearly",
        "Overall", "Of", "Between", "Out", "With", "As", "At", "To", "Both", "Neither", "Either", "Here", "There", "Let",
        "Our", "My", "You", "Your", "And", "But", "Or", "Also", "Given", "Consequently", "Accordingly",
        // Spanish, Portuguese, French, Italian, German and Dutch: "Quien gana más es Navin.", "Daher verdient Luka mehr."
        "Quien", "Quién", "Quem", "Qui", "Chi", "Wer", "Wie", "El", "La", "Los", "Las", "Le", "Les", "Il", "Lo", "Gli", "Der",
        "Die", "Das", "De", "Het", "Een", "Por", "Entonces", "Así", "Portanto", "Então", "Logo", "Donc", "Alors", "Ainsi",
        "Quindi", "Dunque", "Daher", "Somit", "Dus", "Daarom"].map { Array($0.utf8) })

    /// "For every real number" in other languages, compact and lower-case: the statement holds on the whole line.
    static let allRealsForeign: [String] = ["dlakażdejliczbyrzeczywistej", "dlawszystkichliczbrzeczywistych", "fürallereellen",
                                            "fürjedereellezahl", "pourtoutréel", "pourtoutnombreréel", "paratodonúmeroreal",
                                            "paratodoslosnúmerosreales", "perogninumeroreale",
                                            "длялюбогодействительного", "длявсехдействительных", "provšechnareálná", "prokaždéreálné",
                                            "对所有实数", "对任意实数", "すべての実数", "모든실수"]

    /// Nouns for the kind of value a problem asks for, singular and plural.
    static let kindNouns: Set<String> = ["integer", "integers", "number", "numbers", "real", "reals", "solution", "solutions", "value",
                                         "values", "pair", "pairs", "triple", "triples", "prime", "primes", "function", "functions",
                                         "polynomial", "polynomials", "root", "roots", "point", "points"]

    /// The answer a sentence without digits states in words: "There are infinitely many such pairs." → `\infty`; "The
    /// inequality holds for all real numbers." → `(-\infty,\infty)` (not with "except"); "… so the limit does not
    /// exist." → `\text{DNE}`; "Hence $f$ is the identity function." → `f(x) = x`; "There are no positive integers $n$
    /// with this property." → `\text{no solution}`. A sentence with digits or math states an answer in words only in a
    /// ", so", "hence" or "and there" clause after the last of them. Nil otherwise.
    static func statedInWords(_ sentence: String) -> String? {
        var lowered = Array(sentence.utf8).map(Bytes.lower)
        guard lowered.count <= 200 else { return nil }
        // "La funzione non è né pari né dispari.": neither even nor odd, in another language.
        if EquivalenceChecker.saysNeither(sentence) { return "neither" }
        // "答え：無限個", "бесконечно много решений": infinitely many, in another language.
        if infinitelyManyPhrases.contains(where: { Bytes.contains(lowered, $0) }) { return "\\infty" }
        // "L'équation n'admet aucune solution réelle.", "لا يوجد حل", "Die Gleichung $x^2 + 1 = 0$ hat keine reelle
        // Lösung.": no solution in another language, after the sentence's last number or math; "Równanie jest spełnione
        // dla każdej liczby rzeczywistej $x$.": every real number, likewise.
        if lowered.contains(where: { $0 >= 0x80 }) {
            let lastMath = lowered.lastIndex(where: { Bytes.isDigit($0) || $0 == 36 || $0 == 92 })
            let tail = lastMath.map { Bytes.string(lowered[($0 + 1)...]) } ?? Bytes.string(lowered)
            let compact = tail.lowercased().filter { !$0.isWhitespace }
            if !compact.contains(where: \.isNumber), EquivalenceChecker.noSolutionForeign.contains(where: { compact.contains($0) }) {
                return "\\text{no solution}"
            }
            let whole = sentence.lowercased().filter { !$0.isWhitespace }
            if allRealsForeign.contains(where: { whole.contains($0) }), !whole.contains("\\ne"), !whole.contains("≠") { return "(-\\infty,\\infty)" }
        }
        // "The solution set over $\mathbb{R}$ is empty.": a set of solutions said to be empty.
        if Bytes.contains(lowered, Array("solution set".utf8)) || Bytes.contains(lowered, Array("set of solutions".utf8)),
           case let trimmed = Array(lowered.reversed().drop(while: { $0 == 46 || $0 == 32 }).reversed()),
           trimmed.suffix(9).elementsEqual(Array(" is empty".utf8)) {
            return "\\emptyset"
        }
        // "… o conjunto solução é vazio.", "L'ensemble des solutions est vide.": the same in Portuguese, Spanish, French,
        // German and Italian.
        if lowered.contains(where: { $0 >= 0x80 }) || Bytes.contains(lowered, Array("ensemble".utf8)),
           emptySolutionSets.contains(where: { Bytes.contains(lowered, $0.set) }),
           case let trimmed = Array(lowered.reversed().drop(while: { $0 == 46 || $0 == 32 }).reversed()),
           emptySolutionSets.contains(where: { trimmed.count >= $0.empty.count && trimmed.suffix($0.empty.count).elementsEqual($0.empty) }) {
            return "\\emptyset"
        }
        // "**Every real number is a solution** (infinitely many solutions).": the set, before the count read below.
        if Bytes.contains(lowered, Array("every real number is a solution".utf8)) || Bytes.contains(lowered, Array("all real numbers are solutions".utf8)) {
            return "(-\\infty,\\infty)"
        }
        // "There are infinitely many such pairs, since for every integer $k$ …": the count, then its reason.
        if let firstMath = lowered.firstIndex(where: { Bytes.isDigit($0) || $0 == 92 || $0 == 36 }),
           let many = Bytes.find(lowered, Array("there are infinitely many".utf8)), many < firstMath,
           let reason = Bytes.find(lowered, Array(", since ".utf8)) ?? Bytes.find(lowered, Array(" because ".utf8)), many < reason, reason < firstMath {
            return "\\infty"
        }
        // "For every $k$, $n = 6k + 1$ works, so there are infinitely many such $n$.": a conclusion after the last math.
        if let lastMath = lowered.lastIndex(where: { Bytes.isDigit($0) || $0 == 92 }) {
            let tail = Array(lowered[(lastMath + 1)...])
            // "… never reaches 30 m and there is no such time.": "and there" opens a conclusion too.
            guard let so = Bytes.findLast(tail, Array(", so ".utf8)) ?? Bytes.findLast(tail, Array(" hence ".utf8))
                    ?? Bytes.findLast(tail, Array(" and there ".utf8)) else { return nil }
            lowered = Array(tail[so...])
            guard !lowered.contains(where: { Bytes.isDigit($0) || $0 == 92 }) else { return nil }
        }
        if Bytes.contains(lowered, Array("infinitely many".utf8)) || Bytes.contains(lowered, Array("an infinite number of".utf8))
            || Bytes.contains(lowered, Array(" is infinite".utf8)) && !Bytes.contains(lowered, Array("not infinite".utf8)) { return "\\infty" }
        if Bytes.contains(lowered, Array("does not exist".utf8)) || Bytes.contains(lowered, Array("doesn't exist".utf8)) { return "\\text{DNE}" }
        // "So there is no such $x$.": nothing satisfies the conditions.
        if ["there is no such", "there are no such", "no such number exists", "no such value exists"].contains(where: { Bytes.contains(lowered, Array($0.utf8)) }),
           !lowered.contains(where: Bytes.isDigit) { return "\\text{no solution}" }
        // "There are no positive integers $n$ with this property.": no value of the kind asked for, named within a few
        // words ("there is no need to check further" names none).
        for opener in ["there are no ", "there is no "] where !lowered.contains(where: Bytes.isDigit) {
            guard let at = Bytes.find(lowered, Array(opener.utf8)) else { continue }
            let words = lowered[(at + opener.utf8.count)...].split(separator: 32).prefix(4).map { Bytes.string(Array($0).filter(Bytes.isLetter)) }
            if words.contains(where: { kindNouns.contains($0) }) { return "\\text{no solution}" }
        }
        if Bytes.contains(lowered, Array("negative infinity".utf8)) { return "-\\infty" }
        if Bytes.contains(lowered, Array("diverges to infinity".utf8)) || Bytes.contains(lowered, Array("positive infinity".utf8))
            || Bytes.contains(lowered, Array("diverges to +∞".utf8)) || Bytes.contains(lowered, Array("diverges to ∞".utf8)) { return "\\infty" }
        // "… must be the identity function.", "Only the identity function works.": never one that denies it.
        if Bytes.contains(lowered, Array("the identity function".utf8)) || Bytes.contains(lowered, Array("the identity map".utf8)),
           !Bytes.contains(lowered, Array(" not ".utf8)), !Bytes.contains(lowered, Array("n't".utf8)) { return "f(x) = x" }
        // "The range of f(x) = eˣ is all positive real numbers.": a half-line in words.
        for (words, interval) in [("all positive real numbers", "(0,\\infty)"), ("all negative real numbers", "(-\\infty,0)"),
                                  ("all nonnegative real numbers", "[0,\\infty)"), ("all non-negative real numbers", "[0,\\infty)"),
                                  ("all nonpositive real numbers", "(-\\infty,0]"), ("all non-positive real numbers", "(-\\infty,0]")]
        where Bytes.contains(lowered, Array(words.utf8)) { return interval }
        if Bytes.contains(lowered, Array("all real numbers".utf8)) || Bytes.contains(lowered, Array("every real number".utf8)),
           !Bytes.contains(lowered, Array("except".utf8)), !Bytes.contains(lowered, Array("other than".utf8)) { return "(-\\infty,\\infty)" }
        return nil
    }

    /// Whether a sentence is a cleft that names `name` (compact, lower-case): "It is Sarah who ran farther.", "It was Ben
    /// that finished first." Never with a negation ("It is not Sarah who …").
    static func cleftNames(_ sentence: String, _ name: String) -> Bool {
        let lowered = sentence.lowercased()
        for opening in ["it is ", "it was ", "it's "] where lowered.hasPrefix(opening) {
            let rest = lowered.dropFirst(opening.count)
            for relative in [" who ", " that "] where rest.hasPrefix(name.lowercased() + relative) { return true }
        }
        return false
    }

    /// A sentence's last word, lower-case, without the marks after it ("… ce sera un mardi." → `mardi`); nil when the
    /// sentence does not end with a word.
    static func lastWord(_ sentence: String) -> String? {
        let trimmed = sentence.reversed().drop { !$0.isLetter && !$0.isNumber }
        let word = String(trimmed.prefix { $0.isLetter || $0 == "-" }.reversed()).lowercased()
        return word.isEmpty ? nil : word
    }

    static let clauseDenials: [[UInt8]] = [" not ", " never ", " no ", "n't", "neither", " nor ", " than "].map { Array($0.utf8) }

    static let infinitelyManyPhrases: [[UInt8]] = ["無限個", "無限に多く", "無数", "无穷多", "无数", "бесконечно много",
                                                   "infinitas soluciones", "infinitos", "une infinité", "unendlich viele",
                                                   "infinite soluzioni", "infinitas", "nieskończenie wiele", "oneindig veel",
                                                   "sonsuz sayıda", "vô số", "tak hingga banyak", "tak terhingga", "무수히 많", "무한히 많",
                                                   "бесконечное множество", "безліч"].map { Array($0.utf8) }

    static let calendarWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                             "january", "february", "march", "april", "may", "june", "july", "august",
                                             "september", "october", "november", "december"]

    /// The last word of a sentence's last clause (after its last comma or colon), when that clause holds no negation
    /// ("not", "never", "no", "n't", "neither"); nil otherwise.
    static func lastWordOfPlainClause(_ sentence: String) -> String? {
        guard let word = lastWord(sentence), word.count >= 3 else { return nil }
        let original = String(sentence.split(whereSeparator: { $0 == "," || $0 == ":" || $0 == ";" }).last ?? "")
        // A name ("… faster than Dana") is a comparison's object, not the clause's predicate: only lower-case words, or a
        // weekday or month ("… from a Sunday gives Tuesday").
        // A German noun that ends the clause ("Es handelt sich um eine Ellipse.") is capitalised too: when it is the only
        // capitalised word after the first letter and the translation table knows it, it counts.
        let capitalisedOnlyAtEnd = original.split(separator: " ").dropLast().joined().filter(\.isLetter).dropFirst().allSatisfy({ !$0.isUppercase })
            && EquivalenceChecker.answerWords.contains(word.lowercased())
        guard original.filter(\.isLetter).dropFirst().allSatisfy({ !$0.isUppercase }) || calendarWords.contains(word) || capitalisedOnlyAtEnd
        else { return nil }
        let clause = [32] + original.utf8.map(Bytes.lower) + [32]
        guard !clauseDenials.contains(where: { Bytes.contains(clause, $0) }) else { return nil }
        return word
    }

    /// The sentence without the parenthesised remark that closes it ("The graph is an ellipse (centred at $(6,0)$)." →
    /// "The graph is an ellipse."); nil when it does not end with one, or when nothing but the remark is left.
    static func withoutClosingParenthesis(_ sentence: String) -> String? {
        var bytes = Array(sentence.utf8)
        var stop: [UInt8] = []
        while let last = bytes.last, last == 46 || last == 32 { if last == 46 { stop = [46] }; bytes.removeLast() }
        guard bytes.last == 41 else { return nil }
        var depth = 0
        var index = bytes.count - 1
        while index >= 0 {
            if bytes[index] == 41 { depth += 1 } else if bytes[index] == 40 { depth -= 1; if depth == 0 { break } }
            index -= 1
        }
        guard index > 0 else { return nil }
        let kept = Bytes.trimSpaces(bytes[..<index])
        guard kept.contains(where: Bytes.isLetter) else { return nil }
        return Bytes.string(kept) + Bytes.string(stop)
    }

    /// Whether a response with no other answer names the gold's one-word name and no other name: "The fastest average
    /// speed belongs to Evelyn." against `\text{Evelyn}`. Any other capitalised word that is not a common sentence word
    /// may be a rival name ("Ben is faster than Evelyn"), and then the response does not answer by name.
    /// With `allowingDigits`, numbers in the response do not stop the reading (used once a number read from the
    /// reasoning has failed against the name: "Looking at all 5 times, Marco is the fastest runner.").
    static func namesOnly(_ name: String, in response: String, allowingDigits: Bool = false) -> Bool {
        let gold = Array(name.utf8)
        guard gold.count >= 3, gold.count <= 32, (65...90).contains(gold[0]), gold.dropFirst().allSatisfy({ (97...122).contains($0) }),
              !commonCapitalised.contains(gold) else { return false }
        // A parenthesised remark names no rival: "Navin (from Mauritius) earns the most."
        var bytes: [UInt8] = [], remarks: [UInt8] = []
        var depth = 0
        for byte in response.utf8 {
            if byte == 40 { depth += 1; remarks.append(32) } else if byte == 41, depth > 0 { depth -= 1 } else if depth == 0 { bytes.append(byte) }
            else { remarks.append(byte) }
        }
        guard bytes.count <= 2000, !bytes.contains(where: { !allowingDigits && Bytes.isDigit($0) || $0 == 92 || $0 == 36 }) else { return false }
        // "… the first player (Alice) wins.": with no name outside them, a name may stand in a remark.
        return namesOnly(gold, words: bytes) ?? (remarks.count <= 200 ? namesOnly(gold, words: remarks) ?? false : false)
    }

    static let placeFrom = Array("from ".utf8), placeIn = Array("in ".utf8)

    /// Whether the capitalised words of `bytes` are the gold and words every text capitalises: true when the gold is
    /// among them, false when a rival is, nil when neither.
    private static func namesOnly(_ gold: [UInt8], words bytes: [UInt8]) -> Bool? {
        var found = false
        var index = 0
        while index < bytes.count {
            guard Bytes.isLetter(bytes[index]) else { index += 1; continue }
            var end = index
            // Accented Latin letters (`José`, two bytes led by C3–C5) belong to the word; `。` and other scripts end it.
            while end < bytes.count {
                if Bytes.isLetter(bytes[end]) { end += 1 } else if (0xC3...0xC5).contains(bytes[end]), end + 1 < bytes.count { end += 2 } else { break }
            }
            let word = bytes[index..<end]
            // "Navin from Mauritius": a capitalised word after "from" or "in" is a place, not a rival.
            let place = [placeFrom, placeIn].contains { word in
                index >= word.count && Bytes.hasPrefix(bytes, at: index - word.count, word) && (index == word.count || !Bytes.isLetter(bytes[index - word.count - 1]))
            }
            if (65...90).contains(bytes[index]), !place {
                if word.elementsEqual(gold) { found = true } else if !commonCapitalised.contains(Array(word)) { return false }
            }
            index = end
        }
        return found ? true : nil
    }
}
