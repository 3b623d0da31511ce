// Extraction's readers for math written without LaTeX at the end of a response: formulas ("so x = ln(2)/3."), intervals
// and unions ("[2, infinity)", "(-∞, 2) ∪ (3, ∞)") and matrices ("[[1, 2], [3, 4]]", rows of "| 0 -1 |"). Called from
// the last-number fallback in Extraction.swift.

extension AnswerExtractor {
    static let plainMathWords: Set<[UInt8]> = Set(["sqrt", "ln", "log", "sin", "cos", "tan", "pi", "infinity", "inf", "exp"].map(b))

    /// Units written right after a number or a slash ("$15/hr", "5cm"), never a product of names.
    static let unitWords: Set<[UInt8]> = Set(["hr", "hrs", "min", "sec", "km", "kg", "cm", "mm", "ml", "ft", "in", "lb", "lbs", "oz",
                                             "mph", "day", "yr", "wk", "mo", "pcs", "st", "nd", "rd", "th", "am", "pm", "mg", "gal"].map(b))

    /// Characters outside ASCII that a formula written without LaTeX may hold: `√ π ∞ ≤ ≥ ± ∪ ² ³ · × ÷ − ° …`, a prime
    /// (`f′(x)`), vulgar fractions (`y = −½x + 4`) and Greek names (`φ² = (3 + √5)/2`).
    static let plainMathSymbols: Set<Unicode.Scalar> = Set("√∛π∞≤≥±∪²³·×÷−°…′½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞φθλαβγμσω".unicodeScalars)

    /// A formula written without LaTeX that ends the last sentence and holds the last number: "… which is x² + 7x + 10.",
    /// "so x = ln(2)/3.", "The line … is⏎⏎y = 1.5x - 4", "Multiplying out, z = 3 + 4i.", "… equals (n^2 + n)/2.". The span
    /// runs back from the sentence's end over digits, operators, brackets, one-letter names and function names (`sqrt`,
    /// `ln`, `log`, `pi`, `infinity`, …), opens after a space, a comma, a colon or a line break, never with `=` or another
    /// operator (a bracket only when it closes before the end: `(n^2 + n)/2`), and must hold a name (not the `e` of
    /// `1.5e6`) or a function. Markdown bold, backslashes and a unit letter at its end stop it; a span after `i.e.` is
    /// read from there. An approximation after it ("(√5 − 1)/2 ≈ 0.618.") and a short appositive (", the golden ratio.")
    /// are left out; two formulas joined by "and" or "or" ("1 + i and 1 - i") are a list. Nil otherwise.
    static func plainMathTail(_ text: [UInt8], number: Segment) -> String? {
        var end = closingCJKWordsStart(text, end: textEnd(text))
        guard end > number.start, end - number.start <= 40 else { return nil }
        end = plainFormulaEnd(text, end: end)
        // The last number may be the approximation left out ("≈ 0.618"): the formula then holds the number before it.
        let anchor = min(number.start, end - 1)
        guard anchor > 0 else { return nil }
        var start = end
        var named = false
        var joins: [Int] = []   // where " and " joins two formulas
        var joinWidth = 3       // the length of the joining word ("and", "y", "und")
        var depth = 0           // brackets closed after the scan's position
        scan: while start > 0 {
            let byte = text[start - 1]
            if Bytes.isLetter(byte) {
                var word = start - 1
                while word > 0, Bytes.isLetter(text[word - 1]) { word -= 1 }
                let lowered = text[word..<start].map(Bytes.lower)
                // A product of names written together after an operator, a bracket or a digit: the `ab` of "(a² + b²)/ab",
                // the `xe` of "2xe^{2x}". Words of prose stand after a space.
                // So is a two-letter product right after `= ` that an operator follows (the `bh` of "A = bh/2").
                let product = start - word <= 3 && word > 0 && (Bytes.isDigit(text[word - 1]) || [40, 41, 42, 47, 94].contains(text[word - 1]))
                    && (start == text.count || !Bytes.isLetter(text[start])) && !unitWords.contains(lowered)
                    || start - word == 2 && word >= 2 && text[word - 1] == 32 && text[word - 2] == 61
                    && start < end && [40, 42, 47, 94].contains(text[start])
                // "x = 1 + √19 y x = 1 − √19", "x = 2 e x = 3", "f(x) = x y f(x) = 2 − x": "and" in Spanish, Portuguese,
                // Italian between two formulas, after a digit, a bracket, a symbol or a one-letter name and before a name
                // that a `=` soon follows.
                if start - word == 1, singleLetterJoins.contains(lowered), joins.isEmpty, word >= 2, text[word - 1] == 32,
                   start + 2 < end, text[start] == 32, Bytes.isLetter(text[start + 1]),
                   Bytes.isDigit(text[word - 2]) || text[word - 2] == 41 || text[word - 2] >= 0x80
                    || Bytes.isLetter(text[word - 2]) && (word == 2 || text[word - 3] == 32) && text[..<word].contains(61),
                   text[(start + 1)..<min(end, start + 10)].contains(61) {
                    joins.append(word); joinWidth = 1
                    start = word
                    continue
                }
                if start - word == 1 {
                    // `i.e.` opens the span after it.
                    if lowered == [101], word >= 2, text[word - 1] == 46, text[word - 2] == 105 { break scan }
                    // The `s` of "it's", "that's" is no name: the span opens after it.
                    if lowered == [115], word > 0, text[word - 1] == 39 || text[word - 1] == 0x99 { break scan }
                    // The `e` of `1.5e6` is part of a number.
                    let exponent = lowered == [101] && word > 0 && Bytes.isDigit(text[word - 1]) && start < text.count
                        && (Bytes.isDigit(text[start]) || text[start] == 45)
                    if !exponent { named = true }
                } else if plainMathWords.contains(lowered) || product {
                    named = true
                } else if lowered == b("and") || lowered == b("or") || foreignFormulaJoins.contains(lowered), word > 0, text[word - 1] == 32, start < end,
                          text[start] == 32, joins.isEmpty {
                    joins.append(word); joinWidth = start - word
                } else { break }
                start = word
                continue
            }
            if byte >= 0x80 {
                var lead = start - 1
                while lead > 0, text[lead] & 0xC0 == 0x80 { lead -= 1 }
                guard let scalar = String(decoding: text[lead..<start], as: UTF8.self).unicodeScalars.first,
                      plainMathSymbols.contains(scalar) else { break scan }
                if scalar == "√" || scalar == "∛" || scalar == "π" || scalar == "∞" || "φθλαβγμσω".unicodeScalars.contains(scalar) { named = true }
                start = lead
                continue
            }
            // The prime of `f'(x)` after a one-letter name.
            if byte == 39, start >= 2, Bytes.isLetter(text[start - 2]), start < 3 || !Bytes.isLetter(text[start - 3]), start < text.count, text[start] == 40 {
                start -= 1
                continue
            }
            guard Bytes.isDigit(byte) || [32, 40, 41, 43, 44, 45, 46, 47, 60, 61, 62, 91, 93, 94, 95, 123, 125].contains(byte) else { break }
            if byte == 41 || byte == 93 { depth += 1 } else if byte == 40 || byte == 91 { depth -= 1 }
            // A comma outside brackets ends the formula: "at 45°, cos(π/4) = 1/sqrt(2)".
            if byte == 44, depth == 0, start < end, text[start] == 32 { break }
            start -= 1
        }
        // An `i.e.` stops the scan one byte into it; a comma or spaces before the formula are not part of it.
        if start < end, text[start] == 46, start > 0, text[start - 1] == 101 { start += 1 }
        while start < anchor, [32, 44].contains(text[start]) { start += 1 }
        // "Volume of a cone = πr²h/3", "⏎= 2e^(2x)": a formula after a label's or a line's opening `=` is its value.
        if start < anchor, text[start] == 61, start + 1 < text.count, text[start + 1] == 32,
           start == 0 || text[start - 1] == 32 || text[start - 1] == 10 {
            start += 1
            while start < anchor, text[start] == 32 { start += 1 }
        }
        // A join at the span's start ("…, and 7π/6") is not inside it: the span opens after it, as after any word.
        if let join = joins.first, join <= start { start = join + joinWidth + 1; joins = [] }
        // "the maximum is 2^2017 − 1": a power of numbers in a sum or difference names no variable but is a formula.
        let powerOfNumbers = !named && start < end && text[start..<end].contains(94)
            && !text[start..<end].contains(where: { $0 == 61 || $0 == 60 || $0 == 62 }) && text[start..<end].contains(where: { $0 == 43 || $0 == 45 })
        // "… gives −2/3 < x.": an inequality may open with the last number when it closes with the name it bounds.
        // "The complex conjugate is 2 − i.": so may a sum or difference that closes with a name.
        var boundsName = start == anchor && end - start >= 5 && Bytes.isLetter(text[end - 1]) && text[end - 2] == 32
            && (text[end - 3] == 60 || text[end - 3] == 62 || text[end - 3] == 43 || text[end - 3] == 45
                || text[end - 3] == 61 && (text[end - 4] == 60 || text[end - 4] == 62))
        // "each pays 300/(n − k) dollars": so may a quotient of the last number by names.
        if start == anchor, !boundsName {
            var digits = anchor
            while digits < end, Bytes.isDigit(text[digits]) { digits += 1 }
            boundsName = digits + 2 < end && text[digits] == 47 && (text[digits + 1] == 40 || Bytes.isLetter(text[digits + 1]))
                && !text[digits..<end].contains(where: Bytes.isDigit)
        }
        // "xy + 3x + 2y + 6 = x(y + 3) + 2(y + 3) = (y + 3)(x + 2)", "è ∑_{k=1}^{n} k² = n(n + 1)(2n + 1)/6": when the scan
        // stopped inside the first side (at a product of names or a symbol it does not read), the value is the last side.
        if start < anchor, [41, 43, 47, 94, 95].contains(text[start]) || text[start] == 45 && text[start + 1] == 32,
           let equals = text[start..<end].lastIndex(of: 61),
           equals + 2 < end, text[equals + 1] == 32 {
            start = equals + 2
            while start < anchor, text[start] == 32 { start += 1 }
        }
        guard start < anchor || boundsName, start == 0 || [32, 44, 46, 58, 10].contains(text[start - 1]), named || powerOfNumbers,
              ![41, 43, 44, 46, 47, 60, 61, 62, 93, 94].contains(text[start]) else { return nil }
        if text[start] == 40 {
            // "(n^2 + n)/2" opens with a bracket that closes before the end; "(see above)" does not.
            var depth = 0, close = start
            while close < end { if text[close] == 40 { depth += 1 } else if text[close] == 41 { depth -= 1; if depth == 0 { break } }; close += 1 }
            guard close < end - 1 else { return nil }
        }
        var span = Array(text[start..<end])
        // "(1/2)(r²)(θ) = (1/2)(25)(4π/15) ≈ 10.47": factors left unmultiplied before an approximation are no exact value.
        if endsWithApproximation(text), let equals = span.lastIndex(of: 61), Bytes.contains(Array(span[equals...]), b(")(")) { return nil }
        // "= (√3/4) · 3 = 3√3/4 ≈ 1.299": of a computation of numbers before its approximation, the last side.
        if endsWithApproximation(text), let equals = span.lastIndex(of: 61), !span.contains(where: Bytes.isLetter),
           span[..<equals].contains(where: Bytes.isDigit) {
            span = Array(Bytes.trimSpaces(span[(equals + 1)...]))
        }
        guard span.count >= 3, span.count <= 80, !Bytes.contains(span, b("e.g")),
              span.filter({ $0 == 40 }).count == span.filter({ $0 == 41 }).count else { return nil }
        // A power alone ("Expanding gives x^2.") is left to the number it ends with.
        let loweredSpan = span.map(Bytes.lower)
        // "5r^5": a coefficient before a power of a name (not a unit letter: "5m^2") is a formula.
        let coefficientPower = span.indices.dropFirst().dropLast().contains { index in
            Bytes.isDigit(span[index - 1]) && Bytes.isLetter(span[index]) && span[index + 1] == 94 && !AnswerProse.unitLetters.contains(span[index])
                && (index < 2 || !Bytes.isLetter(span[index - 2]))
        }
        guard coefficientPower || span.contains(where: { [40, 43, 45, 47, 60, 61, 62, 91].contains($0) || $0 >= 0x80 })
                || plainMathWords.contains(where: { Bytes.contains(loweredSpan, $0) }) else { return nil }
        // "5000 m": a letter after a number and a space ends with a unit, not a name.
        if span.count >= 3, Bytes.isLetter(span[span.count - 1]), span[span.count - 2] == 32, Bytes.isDigit(span[span.count - 3]) { return nil }
        // "x = 4 2/3": a mixed number keeps its whole part (`4\frac{2}{3}`, not 4 · 2/3).
        if number.text.contains(" "), span.count >= number.text.utf8.count, Array(span.suffix(number.text.utf8.count)) == Array(number.text.utf8),
           let space = number.text.firstIndex(of: " "), let slash = number.text.firstIndex(of: "/") {
            let whole = number.text[..<space], numerator = number.text[number.text.index(after: space)..<slash]
            let denominator = number.text[number.text.index(after: slash)...]
            return Bytes.string(span.dropLast(number.text.utf8.count)) + whole + "\\frac{" + numerator + "}{" + denominator + "}"
        }
        // "**Solutions:**⏎- x = -1⏎- x = 1/3": a bullet is not a minus, and bullets naming the same variable are a list.
        if span.count > 2, span[0] == 45 || span[0] == 42, span[1] == 32, start == 0 || text[start - 1] == 10, joins.isEmpty {
            return bulletedFormulas(text, lastLine: start, end: end)
        }
        // "2 + 4 + … + 2^n = 2^(n+1) - 2": a sum written with an ellipsis is only the question; its value is the last side.
        if Bytes.contains(span, b("…")), let equals = span.lastIndex(of: 61), joins.isEmpty {
            let value = Bytes.trimSpaces(span[(equals + 1)...])
            if !value.isEmpty, !Bytes.contains(Array(value), b("…")) { return Bytes.string(value) }
        }
        guard let join = joins.first else { return Bytes.string(span) }
        // Both sides of "and" must be formulas with a name of their own: "1 + i and 1 - i", "y = 2x and y = -2x".
        let left = Array(text[start..<(join - 1)]), right = Array(text[(join + joinWidth + 1)..<end])
        // "so 99x = 27 and x = 27/99 = 3/11": a step that names no variable alone, then the variable's value.
        func lone(_ side: [UInt8]) -> Bool {
            guard let equals = side.firstIndex(of: 61) else { return false }
            let name = Bytes.trimSpaces(side[..<equals])
            return name.count == 1 && Bytes.isLetter(name.first!)
        }
        if lone(right), !lone(left), left.contains(61) { return Bytes.string(right) }
        // "f(x) = x and f(x) = 2 − x": an equation needs no digit.
        guard [left, right].allSatisfy({ side in side.contains(where: { Bytes.isLetter($0) || $0 >= 0x80 }) && side.contains(where: { Bytes.isDigit($0) || $0 == 61 }) })
        else { return nil }
        return Bytes.string(left) + ", " + Bytes.string(right)
    }

    static let elementOf = Array("∈".utf8), lessOrEqual = Array("≤".utf8), greaterOrEqual = Array("≥".utf8), commaSo = Array(", so ".utf8)

    /// A last line that lists formulas in plain text, read whole: "Solutions: x = π/6, 5π/6", "x = 1 + √19, x = 1 − √19",
    /// "m = ±1, ±7", "…, so x ∈ {ln 3, ln 2}." The list may follow a label of one to three words and a colon, or the line's
    /// last ", so "; it must read as a bare answer (`bareResponse`), hold the last number, a comma and an `=` or `∈`,
    /// and each `=` of it must set a name (a computation "3 + 4 = 7, 7 · 2 = 14" is no list). Nil otherwise.
    static func closingFormulaList(_ text: [UInt8], number: Segment) -> String? {
        let end = textEnd(text)
        var start = end
        while start > 0, text[start - 1] != 10 { start -= 1 }
        guard number.start >= start, end - start <= 160, !inCheckSentence(text, at: end - 1) else { return nil }
        if let colon = text[start..<end].firstIndex(of: 58), colon + 1 < end, text[colon + 1] == 32,
           case let label = text[start..<colon], label.allSatisfy({ Bytes.isLetter($0) || $0 == 32 || $0 == 42 }),
           (1...3).contains(label.split(separator: 32).count) {
            start = colon + 2
        }
        if let so = Bytes.findLast(Array(text[start..<end]), commaSo) { start += so + commaSo.count }
        let span = Array(Bytes.trimSpaces(text[start..<end]))
        // A list of values of a name (`=`, `∈`), never of inequalities (left to `plainRelations`) or of amounts ("₹1,20,000").
        guard number.start >= start, span.contains(44), span.contains(61) || Bytes.contains(span, elementOf),
              !span.contains(60), !span.contains(62), !Bytes.contains(span, lessOrEqual), !Bytes.contains(span, greaterOrEqual) else { return nil }
        // Each `=` sets a name: the text since the item's start (a top-level ", ") holds a letter.
        var depth = 0, itemStart = 0
        for (index, byte) in span.enumerated() {
            if byte == 40 || byte == 91 || byte == 123 { depth += 1 } else if byte == 41 || byte == 93 || byte == 125 { depth -= 1 }
            if byte == 44, depth == 0 { itemStart = index + 1 }
            if byte == 61, !span[itemStart..<index].contains(where: Bytes.isLetter) { return nil }
        }
        return bareResponse(span)
    }

    /// "and" in Spanish ("y"), Portuguese and Italian ("e") and Polish ("i") between two formulas.
    static let singleLetterJoins: Set<[UInt8]> = Set(["y", "e", "i"].map(b))
    /// "and" in German, French, Turkish and Indonesian between two formulas: "f(x) = x und f(x) = 2 − x".
    static let foreignFormulaJoins: Set<[UInt8]> = Set(["und", "et", "ve", "dan"].map(b))

    /// Where a plain formula ending at `end` stops before what only describes it: an approximation ("≈ 0.618"), a short
    /// appositive opened by ", the" ("(1 + sqrt(5))/2, the golden ratio"), a currency, the clause that makes its parameter
    /// an integer, or one word of what it counts ("(4k³ + k² − k)/2 coins"). `end` when there is none.
    static func plainFormulaEnd(_ text: [UInt8], end: Int) -> Int {
        var cut = approximationStart(text, end: end) ?? end
        // "12π inches per second ≈ 37.7 in/s": the words of a unit between the formula and its approximation.
        if cut < end {
            var words = cut
            while words > 0, text[words - 1] == 32 { words -= 1 }
            var start = words
            while start > 0, Bytes.isLetter(text[start - 1]) || text[start - 1] == 32 || text[start - 1] == 47 { start -= 1 }
            while start < words, text[start] == 32 { start += 1 }
            let unit = text[start..<words].split(separator: 32)
            if start > 0, start < words, text[start - 1] == 32, words - start <= 30, unit.count <= 4,
               unit.allSatisfy({ $0.count >= 2 && !plainMathWords.contains($0.map(Bytes.lower)) }) { cut = start }
        }
        // ", the golden ratio": up to four words and nothing else after the comma.
        if cut == end, let comma = Bytes.findLast(text, b(", the "), end: end) {
            let words = text[(comma + 2)..<end]
            if words.allSatisfy({ Bytes.isLetter($0) || $0 == 32 }), words.filter({ $0 == 32 }).count <= 4 { cut = comma }
        }
        // "C = 0.5n + 12 (dollars)", "A(t) = 1000 · 1.05^t dollars": a currency named after a formula is no part of it.
        if cut == end {
            for word in formulaCurrencyWords where end - word.count > 0 && Bytes.hasPrefixIgnoringCase(text, at: end - word.count, word) {
                cut = end - word.count
                break
            }
        }
        // "(4k³ + k² − k)/2 coins": one word of what is counted after a formula that ends in a bracket, a digit or a power,
        // when the value (after its last `=`) holds a name: "p = 22,500 / 2,500 = 9 customers" keeps its words.
        if cut == end {
            var word = end
            while word > 0, (97...122).contains(text[word - 1]) { word -= 1 }
            let lowered = Array(text[word..<end])
            let valueStart = text[max(0, word - 80)..<word].lastIndex(where: { $0 == 61 || $0 == 10 }).map { $0 + 1 } ?? max(0, word - 80)
            if (3...10).contains(end - word), word >= 2, text[word - 1] == 32, !plainMathWords.contains(lowered),
               !countedWordsThatAreValue.contains(lowered), text[valueStart..<(word - 1)].contains(where: Bytes.isLetter),
               text[word - 2] == 41 || Bytes.isDigit(text[word - 2]) || word >= 3 && text[word - 3] == 0xC2 && (text[word - 2] == 0xB2 || text[word - 2] == 0xB3) {
                cut = word - 1
            }
        }
        // "x = π/4 + nπ, n ∈ ℤ", "…, where k is an integer", "x = 2πn (n integer)": the clause that says the parameter is an
        // integer.
        if cut == end, let comma = Bytes.findLast(text, b(", "), end: end), end - comma <= 32, integerClause(text[(comma + 2)..<end]) {
            cut = comma
        }
        if cut == end, end > 0, text[end - 1] == 41, let open = Bytes.findLast(text, b(" ("), end: end), end - open <= 32,
           integerClause(text[(open + 2)..<(end - 1)]) {
            cut = open
        }
        while cut > 0, text[cut - 1] == 32 { cut -= 1 }
        return cut
    }

    /// Whether a clause only says that one letter is an integer: "n ∈ ℤ", "k ∈ Z", "where n is an integer", "n an
    /// integer", "n integer", "for any integer k"; "k = 0, ±1, …" is not one (it lists values).
    static func integerClause(_ clause: ArraySlice<UInt8>) -> Bool {
        var words = Bytes.string(clause).lowercased().split(separator: " ").map(String.init)
        if words.first == "where" || words.first == "with" { words.removeFirst() }
        if words.count == 3, words[0].count == 1, words[1] == "∈", ["ℤ", "z", "\\mathbb{z}"].contains(words[2]) { return true }
        if words.count >= 3, ["any", "all", "every", "some"].contains(words[words.count - 3]) || words[0] == "for" {
            return words.count <= 4 && words.last!.count == 1 && ["integer", "integers"].contains(words[words.count - 2])
        }
        guard words.count >= 2, words[0].count == 1, Bytes.isLetter(words[0].utf8.first!) else { return false }
        let rest = words.dropFirst().joined(separator: " ")
        return ["is an integer", "is any integer", "an integer", "integer", "is an arbitrary integer"].contains(rest)
    }

    /// Words after a formula that are part of its value or join it to more, not what it counts.
    static let countedWordsThatAreValue: Set<[UInt8]> = Set(["and", "repeating", "recurring", "percent", "squared", "cubed", "factorial",
                                                             "thousand", "million", "billion", "dozen", "degrees", "radians"].map(b))

    /// Currency words that may follow a formula of names, with the space before them.
    static let formulaCurrencyWords: [[UInt8]] = [" (in dollars)", " (dollars)", " dollars", " (euros)", " euros", " (pounds)", " pounds"].map(b)

    /// Where "≈ 0.618" starts when the text up to `end` ends with an approximation sign and a decimal (and maybe the
    /// words of a unit); nil otherwise.
    static func approximationStart(_ text: [UInt8], end: Int) -> Int? {
        var at = end
        // "≈ 12.57 square units": the words of a unit after the decimal.
        var words = at
        while words > 0, Bytes.isLetter(text[words - 1]) || text[words - 1] == 32 || text[words - 1] == 47 { words -= 1 }   // "in/s"
        if words < at, at - words <= 24, words > 0, Bytes.isDigit(text[words - 1]), text[words] == 32 { at = words }
        while at > 0, Bytes.isDigit(text[at - 1]) || text[at - 1] == 46 { at -= 1 }
        guard at < end, at > 0 else { return nil }
        while at > 0, text[at - 1] == 32 { at -= 1 }
        let approx = b("≈")
        return at >= approx.count && Array(text[(at - approx.count)..<at]) == approx ? at - approx.count : nil
    }

    /// Where a formula ending at `end` stops before what closes a sentence in Chinese, Japanese or Korean: the ideographic
    /// full stop ("= cos x。") and, after a space, up to five ideographs, kana or hangul ("15(y − 2) 입니다.", "4n(2n + 1) + 1
    /// となる。"). `end` when there is neither.
    static func closingCJKWordsStart(_ text: [UInt8], end: Int) -> Int {
        var cut = end
        if cut >= 3, text[cut - 3] == 0xE3, text[cut - 2] == 0x80, text[cut - 1] == 0x82 { cut -= 3 }
        while cut > 0, text[cut - 1] == 32 || text[cut - 1] == 46 { cut -= 1 }
        var words = cut, scalars = 0
        while words >= 3, scalars < 6 {
            let decoded = String(decoding: text[(words - 3)..<words], as: UTF8.self).unicodeScalars
            guard decoded.count == 1, let scalar = decoded.first,
                  (0x3040...0x30FF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value)
            else { break }
            words -= 3; scalars += 1
        }
        if scalars > 0, scalars <= 5, words >= 2, text[words - 1] == 32, text[words - 2] < 0x80, text[words - 2] != 32 { cut = words - 1 }
        return cut
    }

    /// Where the text ends without its trailing spaces and full stops.
    /// A formula written without LaTeX before one to three words of its unit that end the text ("After n hours there are
    /// 100 × 2ⁿ bacteria.", "Fencing needed = 2l + 2w feet"): `plainMathTail` of the text without those words. Nil when
    /// no such words end the text, no formula stands before them, or the formula computes a number.
    static func plainMathBeforeUnitWords(_ text: [UInt8], number: Segment) -> String? {
        var start = textEnd(text)
        var words = 0
        while words < 3, start > 0, Bytes.isLetter(text[start - 1]) {
            var word = start - 1
            while word > 0, Bytes.isLetter(text[word - 1]) { word -= 1 }
            let lowered = text[word..<start].map(Bytes.lower)
            guard start - word >= 2, text[word..<start].allSatisfy({ (97...122).contains($0) }), !plainMathWords.contains(lowered),
                  word > 0, text[word - 1] == 32 else { break }
            words += 1
            start = word - 1
        }
        guard words > 0, start > 0, number.end <= start, let formula = plainMathTail(Array(text[..<start]), number: number) else { return nil }
        // "p = 22,500 / 2,500 = 9 people", "50,000 - 36,000 = 14k bars": a computation of a number whose result is a
        // number is left to the readers of numbers.
        let sides = formula.split(separator: "=")
        if sides.count >= 2, let last = sides.last, !last.dropLast(last.hasSuffix("k") ? 1 : 0).contains(where: \.isLetter),
           case let first = sides[0].trimmingCharacters(in: .whitespaces), !first.contains(where: \.isLetter) || isBareName(first) {
            return nil
        }
        return formula
    }

    static func textEnd(_ text: [UInt8]) -> Int {
        var end = text.count
        while end > 0, Bytes.isSpace(text[end - 1]) || text[end - 1] == 46 { end -= 1 }
        return end
    }

    /// Whether the response ends with an approximation of what it stated before: "The ratio is (√5 − 1)/2 ≈ 0.618."
    static func endsWithApproximation(_ text: [UInt8]) -> Bool {
        approximationStart(text, end: textEnd(text)) != nil
    }

    /// An interval or a union of intervals written without LaTeX that ends the response and holds the last number:
    /// "[2, infinity)", "(-∞, 2) ∪ (3, ∞)", "[−1, 4]", "(-inf, 0] U [5, inf)". Only when something marks it as an
    /// interval (an infinity, a union or a square bracket), so "(2, 3)" stays a pair for the readers
    /// of tuples. Returned in LaTeX: `(-\infty, 2) \cup (3, \infty)`. Nil otherwise.
    static func plainInterval(_ text: [UInt8], number: Segment) -> String? {
        let end = textEnd(text)
        guard end > number.end, end - number.end <= 40, [41, 93].contains(text[end - 1]) else { return nil }
        let pieces = plainIntervalPieces(text, end: end)
        guard let first = pieces.first, first.start <= number.start else { return nil }
        var marked = pieces.count > 1
        var latex: [String] = []
        for piece in pieces {
            let body = Array(text[piece.start..<piece.end])
            let open = body[0], close = body[body.count - 1]
            if !(open == 40 && close == 41) { marked = true }   // only "(2, 3)" may be a point
            let inner = body[1..<(body.count - 1)]
            let parts = inner.split(separator: 44, omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            var ends: [String] = []
            for part in parts {
                var endpoint = Bytes.string(Bytes.trimSpaces(part))
                guard !endpoint.isEmpty else { return nil }
                endpoint = String(endpoint.map { $0 == "−" ? "-" : $0 })
                for word in ["infinity", "inf", "∞"] where endpoint.hasSuffix(word) {
                    endpoint = String(endpoint.dropLast(word.count)) + "\\infty"; marked = true
                    break
                }
                guard endpoint.utf8.allSatisfy({ Bytes.isDigit($0) || [43, 45, 46, 47, 92].contains($0) || Bytes.isLetter($0) }),
                      endpoint.utf8.contains(where: Bytes.isDigit) || endpoint.hasSuffix("\\infty") else { return nil }
                ends.append(endpoint)
            }
            // "The point is [15, −29].": square brackets around a larger number, then a smaller one, hold a point; no
            // interval runs downwards.
            if pieces.count == 1, open == 91, close == 93, let low = Double(ends[0]), let high = Double(ends[1]), low > high {
                return "(" + ends[0] + ", " + ends[1] + ")"
            }
            latex.append(String(UnicodeScalar(open)) + ends[0] + ", " + ends[1] + String(UnicodeScalar(close)))
        }
        guard marked else { return nil }
        return latex.joined(separator: " \\cup ")
    }

    /// The bracketed pieces of a union that ends at `end`, first to last: `(-∞, 2)` and `(3, ∞)` in "(-∞, 2) ∪ (3, ∞)".
    /// A piece opens after a space, a colon, a line break, `∪`, `∈` or a full-width colon ("解集：x∈(0,9)∪(9,36)"); pieces
    /// are joined by `∪` or a lone `U`.
    static func plainIntervalPieces(_ text: [UInt8], end: Int) -> [(start: Int, end: Int)] {
        var pieces: [(start: Int, end: Int)] = []
        var close = end
        while close > 0, [41, 93].contains(text[close - 1]) {
            var open = close - 1
            while open > 0, ![40, 91, 41, 93, 10].contains(text[open - 1]) { open -= 1 }
            guard open > 0, [40, 91].contains(text[open - 1]), close - open <= 30 else { break }
            open -= 1
            guard open == 0 || [32, 58, 10].contains(text[open - 1]) || pieceOpeners.contains(where: { open >= $0.count && Bytes.hasPrefix(text, at: open - $0.count, $0) })
            else { break }
            pieces.insert((open, close), at: 0)
            var before = open
            while before > 0, text[before - 1] == 32 { before -= 1 }
            let union = pieceOpeners[0]
            if before >= union.count, Array(text[(before - union.count)..<before]) == union { before -= union.count }
            else if before >= 2, text[before - 1] == 85, text[before - 2] == 32 { before -= 1 }
            else { break }
            while before > 0, text[before - 1] == 32 { before -= 1 }
            close = before
        }
        return pieces
    }

    /// What may stand right before a piece of a plain union besides a space: the union sign first, then `∈` and `：`.
    static let pieceOpeners: [[UInt8]] = ["∪", "∈", "："].map(b)

    /// A matrix written without LaTeX that ends the response and holds the last number: nested brackets
    /// ("[[1, 2], [3, 4]]") or one row per line between bars or brackets ("| 0  -1 |⏎| 1   0 |"). Returned as a
    /// `pmatrix`; nil unless there are at least two rows of the same length.
    static func plainMatrix(_ text: [UInt8], number: Segment) -> String? {
        var end = textEnd(text)
        // "```⏎[ 0  1 ]⏎[ 1  0 ]⏎```": rows inside a code block.
        if end >= 3, Bytes.hasPrefix(text, at: end - 3, b("```")) {
            end -= 3
            while end > 0, Bytes.isSpace(text[end - 1]) { end -= 1 }
        }
        guard end > number.end, end - number.end <= 4 else { return nil }
        var rows: [[String]] = []
        var start = end
        if end >= 2, text[end - 1] == 93, text[end - 2] == 93 {
            // [[1, 2], [3, 4]]
            var depth = 0
            start = end - 1
            while start >= 0 {
                if text[start] == 93 { depth += 1 } else if text[start] == 91 { depth -= 1; if depth == 0 { break } }
                // Rows may stand on lines of their own: "[[2, 1],⏎ [0, 3]]".
                if end - start > 400 { return nil }
                start -= 1
            }
            guard start >= 0, start + 1 < end, text[start + 1] == 91 else { return nil }
            var row: [UInt8] = []
            var inRow = false
            for byte in text[(start + 1)..<(end - 1)] {
                if byte == 91 { inRow = true; row = [] }
                else if byte == 93 {
                    guard inRow else { return nil }
                    inRow = false
                    rows.append(row.split(separator: 44).map { Bytes.string(Bytes.trimSpaces($0)) })
                } else if inRow { row.append(byte) }
                else if byte != 44, byte != 32, byte != 10 { return nil }
            }
        } else if [124, 93].contains(text[end - 1]) {
            // one row per line: "| 0  -1 |", "[ 1  0 ]"
            var lineEnd = end
            while lineEnd > 0 {
                var lineStart = lineEnd
                while lineStart > 0, text[lineStart - 1] != 10 { lineStart -= 1 }
                let line = Bytes.trimSpaces(text[lineStart..<lineEnd])
                guard line.count >= 3, let first = line.first, let last = line.last,
                      (first == 124 && last == 124) || (first == 91 && last == 93) else { break }
                let cells = line.dropFirst().dropLast().split(whereSeparator: { $0 == 32 || $0 == 9 || $0 == 44 })
                rows.insert(cells.map { Bytes.string($0) }, at: 0)
                start = lineStart
                guard lineStart > 0 else { break }
                lineEnd = lineStart - 1
            }
        } else { return nil }
        guard start <= number.start, rows.count >= 2, let width = rows.first?.count, width >= 1,
              rows.allSatisfy({ $0.count == width }) else { return nil }
        var cells: [String] = []
        for row in rows {
            var entries: [String] = []
            for entry in row {
                let value = String(entry.map { $0 == "−" ? "-" : $0 })
                guard !value.isEmpty, value.utf8.allSatisfy({ Bytes.isDigit($0) || [45, 46, 47].contains($0) }),
                      value.utf8.contains(where: Bytes.isDigit) else { return nil }
                entries.append(value)
            }
            cells.append(entries.joined(separator: " & "))
        }
        let matrix = "\\begin{pmatrix}" + cells.joined(separator: " \\\\ ") + "\\end{pmatrix}"
        // "A⁻¹ = (1/5) · [[3, −1], [−1, 2]]": a fraction of numbers multiplying the matrix.
        if let scalar = scalarBefore(text, at: start) { return "\\frac{" + scalar.numerator + "}{" + scalar.denominator + "}" + matrix }
        return matrix
    }

    /// The fraction "(1/5) · ", "1/5 · ", "(1/5)" or "1/5 × " right before `position`; nil otherwise.
    static func scalarBefore(_ text: [UInt8], at position: Int) -> (numerator: String, denominator: String)? {
        var end = position
        while end > 0, text[end - 1] == 32 { end -= 1 }
        for sign in [b("·"), b("×"), b("*")] where end >= sign.count && Bytes.hasPrefix(text, at: end - sign.count, sign) {
            end -= sign.count
            while end > 0, text[end - 1] == 32 { end -= 1 }
            break
        }
        var start = end
        let bracketed = start > 0 && text[start - 1] == 41
        if bracketed { start -= 1 }
        let close = start
        while start > 0, Bytes.isDigit(text[start - 1]) || text[start - 1] == 47 || text[start - 1] == 45 { start -= 1 }
        let fraction = text[start..<close]
        guard let slash = fraction.firstIndex(of: 47), slash > fraction.startIndex, slash + 1 < close else { return nil }
        if bracketed { guard start > 0, text[start - 1] == 40 else { return nil }; start -= 1 }
        guard start == 0 || text[start - 1] == 32 else { return nil }
        return (Bytes.string(fraction[..<slash]), Bytes.string(fraction[(slash + 1)...]))
    }

    /// "0.3 repeating", "0.16 recurring": the decimal digits repeat. `0.\overline{3}`; nil otherwise.
    static func repeatingInWords(_ text: [UInt8], number: Segment) -> String? {
        if Bytes.hasPrefix(text, at: number.end, b("…")) || Bytes.hasPrefix(text, at: number.end, b("...")) { return repeatingBeforeEllipsis(number.text) }
        guard Bytes.hasPrefixIgnoringCase(text, at: number.end, b(" repeating")) || Bytes.hasPrefixIgnoringCase(text, at: number.end, b(" recurring")),
              let point = number.text.firstIndex(of: "."), number.text.index(after: point) < number.text.endIndex,
              number.text[number.text.index(after: point)...].allSatisfy(\.isNumber) else { return nil }
        return String(number.text[...point]) + "\\overline{" + String(number.text[number.text.index(after: point)...]) + "}"
    }

    /// "1011 (in base 2)", "1011 in base 2", "1011 (base 2)": a numeral with its base after it, read at the base (the
    /// last number), as `1011_{2}`. Nil otherwise, or when the numeral has a digit the base does not.
    static func numeralInBase(_ text: [UInt8], number: Segment) -> String? {
        guard let base = Int(number.text), (2...36).contains(base), number.start >= 7 else { return nil }
        var cursor = number.start
        guard Bytes.hasPrefixIgnoringCase(text, at: cursor - 5, b("base ")) else { return nil }
        cursor -= 5
        if cursor >= 3, Bytes.hasPrefixIgnoringCase(text, at: cursor - 3, b("in ")) { cursor -= 3 }
        if cursor >= 1, text[cursor - 1] == 40 { cursor -= 1 }
        guard cursor >= 2, text[cursor - 1] == 32 else { return nil }
        let end = cursor - 1
        var start = end
        while start > 0, Bytes.isDigit(text[start - 1]) { start -= 1 }
        guard start < end, end - start <= 40, start == 0 || !Bytes.isLetter(text[start - 1]) && text[start - 1] != 46,
              text[start..<end].allSatisfy({ Int($0 - 48) < base }) else { return nil }
        return Bytes.string(text[start..<end]) + "_{" + String(base) + "}"
    }

    /// "0.333…", "0.1666...", "0.142857142857…": a decimal whose last digits repeat a block (of one to six digits) at
    /// least twice before an ellipsis is that repeating decimal (`0.\overline{3}`, `0.1\overline{6}`). Nil when no block
    /// repeats ("3.14159…" is a truncation, not a repeat).
    static func repeatingBeforeEllipsis(_ number: String) -> String? {
        let bytes = Array(number.utf8)
        guard let point = bytes.firstIndex(of: 46) else { return nil }
        let decimals = Array(bytes[(point + 1)...])
        guard decimals.count >= 2, decimals.allSatisfy(Bytes.isDigit) else { return nil }
        for period in 1...min(6, decimals.count / 2) {
            let block = decimals[(decimals.count - period)...]
            var start = decimals.count - period
            while start >= period, decimals[(start - period)..<start].elementsEqual(block) { start -= period }
            guard decimals.count - start >= 2 * period else { continue }
            return Bytes.string(bytes[...point]) + Bytes.string(decimals[..<start]) + "\\overline{" + Bytes.string(block) + "}"
        }
        return nil
    }

    /// The ASCII for a superscript's bytes (`⁴` → `4`, `ⁿ` → `n`, `⁻` → `-`); nil for anything else. `²` and `³` count only
    /// inside a run that holds another superscript.
    static func superscript(_ text: [UInt8], at index: Int) -> (ascii: UInt8, width: Int, common: Bool)? {
        if index + 1 < text.count, text[index] == 0xC2 {
            switch text[index + 1] {
            case 0xB9: return (49, 2, false)
            case 0xB2: return (50, 2, true)
            case 0xB3: return (51, 2, true)
            default: return nil
            }
        }
        guard index + 2 < text.count, text[index] == 0xE2, text[index + 1] == 0x81 else { return nil }
        switch text[index + 2] {
        case 0xB0: return (48, 3, false)
        case 0xB4...0xB9: return (text[index + 2] - 0xB4 + 52, 3, false)
        case 0xBA: return (43, 3, false)
        case 0xBB: return (45, 3, false)
        case 0xBF: return (110, 3, false)
        default: return nil
        }
    }

    /// Rewrites runs of superscripts as powers (`10⁴` → `10^4`, `10⁻³` → `10^{-3}`, `2ⁿ` → `2^n`). Runs of only `²` and `³`
    /// stay (the normaliser and the plain-formula reader read them already), except after a power of ten in scientific
    /// notation and after a one-letter name or a closing parenthesis (`n²` → `n^2`).
    static func rewriteSuperscripts(_ text: inout [UInt8]) {
        var index = 0
        var output: [UInt8]?
        while index < text.count {
            guard text[index] >= 0xC2, superscript(text, at: index) != nil else {
                output?.append(text[index]); index += 1; continue
            }
            var run: [UInt8] = [], cursor = index, onlyCommon = true
            while cursor < text.count, let found = superscript(text, at: cursor) {
                run.append(found.ascii); cursor += found.width
                if !found.common { onlyCommon = false }
            }
            if output == nil { output = Array(text[..<index]) }
            // "6.02 × 10²³": after a power of ten in scientific notation, ² and ³ are an exponent too.
            let powerOfTen = onlyCommon && index >= 2 && text[index - 2] == 49 && text[index - 1] == 48
                && (index == 2 || !Bytes.isDigit(text[index - 3]) && text[index - 3] != 46)
                && (run.count >= 2 || index >= 5 && mantissaBefore(text, at: index - 2) != nil)
            // Written `10^23` (the plain readers take digits after `^` whole), not `10^{23}`.
            // "Maximum = n² − n", "(x + 1)³": after a one-letter name (not e or i) or a closing parenthesis, ² and ³ are
            // powers that the readers of plain numbers must see; not after a unit ("25 m²": a letter after a number and a
            // space; "12m²").
            let powerOfName = onlyCommon && index >= 1 && (text[index - 1] == 41 || Bytes.isLetter(text[index - 1]) && text[index - 1] != 101 && text[index - 1] != 105
                && (index == 1 || !Bytes.isLetter(text[index - 2]) && text[index - 2] < 0x80)
                && !(index >= 3 && text[index - 2] == 32 && Bytes.isDigit(text[index - 3]))
                && !(index >= 2 && text[index - 1] == 109 && Bytes.isDigit(text[index - 2])))   // "1,000.99m²"
            if powerOfTen || powerOfName && run.count == 1 { output!.append(contentsOf: [94] + run) }
            else if onlyCommon { output!.append(contentsOf: text[index..<cursor]) }
            else if run.count == 1 { output!.append(contentsOf: [94] + run) }
            else { output!.append(contentsOf: [94, 123] + run + [125]) }
            index = cursor
        }
        if let output { text = output }
    }

    /// The last side of a computation written without LaTeX whose first side holds digits and no letter (`√12 = √(4 · 3)
    /// = **2√3**` → `2√3`, bold markers dropped), on one line or on lines that open with `=`; nil for anything else, or
    /// when a side is empty.
    static func lastSideOfComputation(_ whole: [UInt8]) -> String? {
        // "(√3 − √2)² = 3 − 2√6 + 2⏎⏎**= 5 − 2√6**": the computation may go on over lines that open with `=`.
        guard whole.count <= 200, !whole.contains(92), !whole.contains(36) else { return nil }
        let lines = whole.split(separator: 10).map { Bytes.trimSpaces($0) }.filter { !$0.isEmpty }
        guard lines.dropFirst().allSatisfy({ $0.filter { $0 != 42 }.first == 61 }) else { return nil }
        let text = whole.filter { $0 != 42 }.map { $0 == 10 ? 32 : $0 }
        guard let first = text.firstIndex(of: 61), let last = text.lastIndex(of: 61),
              !text[..<first].contains(where: Bytes.isLetter), text[..<first].contains(where: Bytes.isDigit),
              !text.contains(60), !text.contains(62) else { return nil }
        var value = Bytes.trimSpaces(text[(last + 1)...])
        // "12! (0.15 × 80 = 12)": a computation in parentheses ends before their close.
        while value.last == 41, value.filter({ $0 == 41 }).count > value.filter({ $0 == 40 }).count { value = Bytes.trimSpaces(value.dropLast()) }
        guard !value.isEmpty, value.contains(where: Bytes.isDigit) else { return nil }
        return Bytes.string(value)
    }

    /// The values of a bulleted list that ends the text ("- (1, 6)⏎- (2, 3)"), with at most one short line after it that
    /// holds no digit or only their count ("That's all four ordered pairs.", "That's 4 ordered pairs in total."): two or
    /// more items, each at most 32 bytes with a digit and no word of two letters; nil otherwise.
    static func closingBulletedValues(_ text: [UInt8]) -> String? {
        guard text.count <= 20_000 else { return nil }
        var lines = text.split(separator: 10, omittingEmptySubsequences: true).map { Bytes.trimSpaces($0) }.filter { !$0.isEmpty }
        guard lines.count >= 3 else { return nil }
        func item(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
            guard line.count > 2, line.first == 45 || line.first == 42 || Bytes.hasPrefix(Array(line), at: 0, b("•")),
                  line[line.startIndex + (line.first! >= 0x80 ? 3 : 1)] == 32 else { return nil }
            var value = Bytes.trimSpaces(line.dropFirst(line.first! >= 0x80 ? 4 : 2))
            while let last = value.last, last == 46 || last == 44 || last == 59 { value = value.dropLast() }
            // "- $x = 3,\ y = 2,\ z = 3$": one math span around the whole item.
            if value.count > 2, value.first == 36, value.last == 36, !value.dropFirst().dropLast().contains(36) { value = value.dropFirst().dropLast() }
            // No word: two letters in a row outside a LaTeX command (`x_1 = 1 + \sqrt{19}` has none).
            var plain: [UInt8] = []
            var inCommand = false
            for byte in value {
                if byte == 92 { inCommand = true; plain.append(32); continue }
                if inCommand, Bytes.isLetter(byte) { continue }
                inCommand = false
                plain.append(byte)
            }
            guard !value.isEmpty, value.count <= 32, value.contains(where: Bytes.isDigit),
                  !plain.indices.dropLast().contains(where: { Bytes.isLetter(plain[$0]) && Bytes.isLetter(plain[$0 + 1]) }) else { return nil }
            return value
        }
        var closingCount: Int?
        if item(lines.last!) == nil {
            let closing = lines.removeLast()
            guard closing.count <= 80, !closing.contains(where: { $0 == 36 || $0 == 92 }) else { return nil }
            // "That's 4 ordered pairs in total.": a closing line may count the items.
            let digits = closing.split(whereSeparator: { !Bytes.isDigit($0) })
            guard digits.count <= 1 else { return nil }
            closingCount = digits.first.flatMap { Int(Bytes.string($0)) }
            if !digits.isEmpty, closingCount == nil { return nil }
        }
        var items: [String] = []
        while let line = lines.last, let value = item(line), items.count < 16 {
            items.insert(Bytes.string(value), at: 0)
            lines.removeLast()
        }
        guard items.count >= 2, closingCount == nil || closingCount == items.count else { return nil }
        // Items that are groups themselves without brackets (`x = 3,\ y = 2,\ z = 3`) stay groups: a semicolon sets them
        // apart (a tuple `(1, 6)` is a group by its brackets).
        let unbracketedGroups = items.contains { $0.utf8.contains(44) && !($0.hasPrefix("(") || $0.hasPrefix("[") || $0.hasPrefix("\\{")) }
        return items.joined(separator: unbracketedGroups ? "; " : ", ")
    }

    /// "all real numbers from −3 to 4, including both ends" → `[-3, 4]`; "… excluding the endpoints" → `(-3, 4)`; "between
    /// 40 km/h and 60 km/h inclusive" → `[40, 60]`: the last number closes "from A to B" or "between A and B" and the
    /// sentence says whether the ends belong. Nil without such words.
    static func intervalInWords(_ text: [UInt8], number: Segment) -> String? {
        guard let (joiner, opener) = rangeJoiners.first(where: { number.start >= $0.joiner.count && Bytes.hasPrefixIgnoringCase(text, at: number.start - $0.joiner.count, $0.joiner) })
        else { return nil }
        var firstEnd = number.start - joiner.count
        // "between 40 km/h and 60 km/h": the unit after the second endpoint, written after the first too.
        var unitEnd = number.end
        if unitEnd < text.count, text[unitEnd] == 32 { unitEnd += 1 }
        let unitStart = unitEnd
        while unitEnd < text.count, Bytes.isLetter(text[unitEnd]) || text[unitEnd] == 47 { unitEnd += 1 }
        let unit = text[unitStart..<unitEnd]
        if !unit.isEmpty, firstEnd > unit.count, text[(firstEnd - unit.count)..<firstEnd].elementsEqual(unit), text[firstEnd - unit.count - 1] == 32 {
            firstEnd -= unit.count + 1
        }
        var firstStart = firstEnd
        while firstStart > 0, Bytes.isDigit(text[firstStart - 1]) || text[firstStart - 1] == 46 || text[firstStart - 1] == 47 { firstStart -= 1 }
        if firstStart > 0, text[firstStart - 1] == 45 { firstStart -= 1 }
        guard firstStart < firstEnd, firstStart >= opener.count, Bytes.hasPrefixIgnoringCase(text, at: firstStart - opener.count, opener) else { return nil }
        let end = textEnd(text)
        guard end - number.end <= 60 else { return nil }
        let rest = Array(text[number.end..<end]).map(Bytes.lower)
        let closed = ["including both", "inclusive", "including the endpoints", "including the ends", "both included", "both ends included"]
        let open = ["excluding both", "exclusive", "excluding the endpoints", "not including", "neither end", "excluding the ends"]
        let excludesEnds = open.contains(where: { Bytes.contains(rest, b($0)) })
        guard excludesEnds || closed.contains(where: { Bytes.contains(rest, b($0)) }) else { return nil }
        let low = Bytes.string(text[firstStart..<firstEnd])
        return (excludesEnds ? "(" : "[") + low + ", " + number.text + (excludesEnds ? ")" : "]")
    }

    static let rangeJoiners: [(joiner: [UInt8], opener: [UInt8])] = [(b(" to "), b("from ")), (b(" and "), b("between "))]

    /// Two numbers that a closing "between A and B" names ("Since $36 < 40 < 49$, $\sqrt{40}$ lies between 6 and 7." →
    /// `6, 7`), when the second ends the text. Nil otherwise.
    static func closingBetweenPair(_ text: [UInt8], number: Segment) -> String? {
        guard textEnd(text) - number.end <= 2, let first = firstTerm(text, joiner: b(" and "), number: number, signedDecimals: true),
              case let start = number.start - 5 - first.utf8.count, start >= 8, Bytes.hasPrefixIgnoringCase(text, at: start - 8, b("between "))
        else { return nil }
        return first + ", " + number.text
    }

    /// A closed interval in words whose endpoints a closing clause names again: "x can be anywhere from 3 to 7, including
    /// both 3 and 7." or "any value between 3 and 7, including 3 and 7" → `[3, 7]`, when the last number is the second
    /// endpoint of the clause. Nil otherwise.
    static func intervalWithItsEndpoints(_ text: [UInt8], number: Segment) -> String? {
        guard textEnd(text) - number.end <= 2, let first = firstTerm(text, joiner: b(" and "), number: number, signedDecimals: true)
        else { return nil }
        let firstStart = number.start - 5 - first.utf8.count
        let low = Array(first.utf8), high = Array(number.text.utf8)
        let lead = Array(text[max(0, firstStart - 160)..<firstStart]).map(Bytes.lower)
        guard lead.count >= 12, [b(", including both "), b(", including ")].contains(where: { lead.count >= $0.count && Bytes.hasPrefix(lead, at: lead.count - $0.count, $0) })
        else { return nil }
        for (open, join) in [(b("from "), b(" to ")), (b("between "), b(" and "))] where Bytes.find(lead, open + low + join + high) != nil {
            return "[" + first + ", " + number.text + "]"
        }
        return nil
    }

    static let constantTokens: [(token: [UInt8], value: String)] = [(b("-i"), "-i"), (b("i"), "i"), (b("π"), "\\pi"), (b("∞"), "\\infty"), (b("infinity"), "\\infty"),
                                                                    (b("∅"), "\\emptyset")]
    static let constantLeads: [[UInt8]] = [" is just ", " is simply ", " is exactly ", " is ", " equals ", " becomes ", ": "].map(b)

    /// A constant that ends the text after "is", "is just", "equals", "becomes" or a colon, maybe before a remark in
    /// parentheses: "…, which is just i." → `i`, "the limit is ∞ (diverges)" → `\infty`, "Solution set: ∅" →
    /// `\emptyset`; with where it starts. Nil otherwise.
    static func closingConstant(_ text: [UInt8]) -> (value: String, position: Int)? {
        var end = text.count
        while end > 0, Bytes.isSpace(text[end - 1]) || text[end - 1] == 46 || text[end - 1] == 42 || text[end - 1] == 36 { end -= 1 }
        // "so the limit is ∞ (diverges).": a short remark in words after the constant.
        if end > 0, text[end - 1] == 41, let open = text[max(0, end - 32)..<end].lastIndex(of: 40),
           text[(open + 1)..<(end - 1)].allSatisfy({ Bytes.isLetter($0) || $0 == 32 }) {
            end = open
            while end > 0, text[end - 1] == 32 { end -= 1 }
        }
        for (token, value) in constantTokens where end >= token.count + 4 && Bytes.hasPrefix(text, at: end - token.count, token) {
            let start = end - token.count
            if constantLeads.contains(where: { start >= $0.count && Bytes.hasPrefixIgnoringCase(text, at: start - $0.count, $0) }) { return (value, start) }
        }
        return nil
    }

    /// `log` followed by the lead bytes of a subscript digit (`₀`–`₉` are E2 82 80–89).
    static let logSubscript: [UInt8] = [108, 111, 103, 0xE2, 0x82]

    /// Rewrites subscript digits right after `log` as its base: `log₃5` → `log_{3}5`, `log₁₀x` → `log_{10}x`.
    static func rewriteLogSubscripts(_ text: inout [UInt8]) {
        var output: [UInt8] = []
        output.reserveCapacity(text.count + 8)
        var index = 0
        while index < text.count {
            guard index >= 3, text[index] == 0xE2, Bytes.hasPrefix(text, at: index - 3, logSubscript),
                  index + 2 < text.count, (0x80...0x89).contains(text[index + 2]) else { output.append(text[index]); index += 1; continue }
            output += [95, 123]
            while index + 2 < text.count, text[index] == 0xE2, text[index + 1] == 0x82, (0x80...0x89).contains(text[index + 2]) {
                output.append(48 + text[index + 2] - 0x80)
                index += 3
            }
            output.append(125)
        }
        text = output
    }

    /// Where the mantissa of "1.5 × 10^4" (also `x`, `*`) starts, for a power of ten at `power`; nil when none is there.
    static func mantissaBefore(_ text: [UInt8], at power: Int) -> Int? {
        for times in [b(" × "), b(" x "), b(" * "), b("×"), b("*")] where power >= times.count + 1 && Bytes.hasPrefix(text, at: power - times.count, times) {
            var start = power - times.count
            while start > 0, Bytes.isDigit(text[start - 1]) || text[start - 1] == 46 { start -= 1 }
            guard start < power - times.count, Bytes.isDigit(text[start]), start == 0 || [32, 58, 10, 45].contains(text[start - 1]) else { return nil }
            if start > 0, text[start - 1] == 45 { start -= 1 }
            return start
        }
        return nil
    }

    /// The formulas of a bulleted list that ends the response, from its last line at `lastLine` back while each line
    /// assigns the same variable ("- x = -1⏎- x = 1/3" → `x = -1, x = 1/3`); the last line's formula alone otherwise.
    static func bulletedFormulas(_ text: [UInt8], lastLine: Int, end: Int) -> String {
        func content(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
            let trimmed = Bytes.trimSpaces(line)
            guard trimmed.count > 2, trimmed.first == 45 || trimmed.first == 42, trimmed[trimmed.startIndex + 1] == 32 else { return nil }
            return Bytes.trimSpaces(trimmed.dropFirst(2))
        }
        func name(_ formula: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
            guard let equals = formula.firstIndex(of: 61) else { return nil }
            let left = Bytes.trimSpaces(formula[..<equals])
            return left.count == 1 && Bytes.isLetter(left.first!) ? left : nil
        }
        guard let last = content(text[lastLine..<end]) else { return Bytes.string(text[lastLine..<end]) }
        var items = [Bytes.string(last)]
        guard let variable = name(last) else { return items[0] }
        var lineEnd = lastLine - 1
        while lineEnd > 0, items.count < 16 {
            let lineStart = (text[..<lineEnd].lastIndex(of: 10) ?? -1) + 1
            guard let formula = content(text[lineStart..<lineEnd]), let other = name(formula), other.elementsEqual(variable) else { break }
            items.insert(Bytes.string(formula), at: 0)
            lineEnd = lineStart - 1
        }
        return items.joined(separator: ", ")
    }
}
