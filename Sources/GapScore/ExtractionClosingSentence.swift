// Extraction's second look at a last value in its closing sentence: a hedge ("either 1 or 3"), the base of a stated
// percentage ("14 is 35% of 40"), or one of several values stated clause by clause ("Paolo is 18, … Rayna is 7").

extension AnswerExtractor {
    static let eitherWord = b("either "), orWord = b(" or "), isVerb = b(" is "), ofWord = b(" of ")
    static let percentOf: [[UInt8]] = ["\\%$ of ", "\\% of ", "% of ", "%$ of ", " percent of "].map(b)
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

    static let clauseVerbs = [" is ", " are ", " was ", " were ", " equals ", " = "]

    /// The values of a last sentence made only of two to four clauses "… is V" joined by commas and "and" ("Paolo is 18,
    /// Qing is 14 and Rayna is 7.", "the minimum value is $1$ and the maximum value is $5$"), each V a plain number, in
    /// the order written; nil otherwise.
    static func statedValues(_ response: String) -> [String]? {
        guard var sentence = lastSentence(response), sentence.utf8.count <= 200 else { return nil }
        sentence = sentence.replacingOccurrences(of: "$", with: "")
        for joiner in [", and ", " and "] { sentence = sentence.replacingOccurrences(of: joiner, with: ", ") }
        let clauses = sentence.components(separatedBy: ", ")
        guard (2...4).contains(clauses.count) else { return nil }
        var values: [String] = []
        for clause in clauses {
            guard let verb = clauseVerbs.compactMap({ clause.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
            else { return nil }
            let head = clause[..<verb.lowerBound], value = clause[verb.upperBound...].trimmingCharacters(in: .whitespaces)
            guard head.utf8.contains(where: Bytes.isLetter), !head.contains("="), isPlainNumber(value), value.utf8.contains(where: Bytes.isDigit),
                  !value.contains(",") else { return nil }
            values.append(value)
        }
        return values
    }
}
