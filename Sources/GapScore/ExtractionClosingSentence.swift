// Extraction's second look at a last value in its closing sentence: a hedge ("either 1 or 3") or the base of a stated
// percentage ("14 is 35% of 40").

extension AnswerExtractor {
    static let eitherWord = b("either "), orWord = b(" or "), isVerb = b(" is "), ofWord = b(" of ")
    static let percentOf: [[UInt8]] = ["\\%$ of ", "\\% of ", "% of ", "%$ of "].map(b)

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
        let opening = Bytes.trimSpaces(sentence[...])
        if let first = opening.first, Bytes.isDigit(first),
           let (of, marker) = percentOf.compactMap({ marker in Bytes.findLast(sentence, marker).map { ($0, marker) } }).max(by: { $0.0 < $1.0 }),
           let isAt = Bytes.find(sentence, isVerb), isAt < of,
           sentence[..<isAt].allSatisfy({ Bytes.isDigit($0) || $0 == 32 || $0 == 46 || $0 == 44 }),
           let base = lastValue(Array(sentence[(of + marker.count - 1)...]), policy: policy), compactValue(base) == value,
           let percentage = lastValue(Array(sentence[(isAt + isVerb.count)..<(of + marker.count - ofWord.count)]), policy: policy) {
            let stated = percentage.contains("%") ? percentage : percentage + "\\%"
            return (stated, "last-number (the percentage a closing \"X is P% of Y\" states)")
        }
        return nil
    }
}
