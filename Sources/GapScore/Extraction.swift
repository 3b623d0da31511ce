// Extraction: the ordered pipeline that turns a model response into answer text, reporting which rule matched and why.

/// What extraction found in a response and which rule found it.
public struct Extraction: Sendable, Equatable {
    /// The answer text, or nil when no rule matched.
    public var answer: String?
    /// The rule that matched: `boxed`, `final-answer-sentence`, `hash-marker`, `answer-phrase`, `whole-response`,
    /// `last-math`, `last-number`, or `none` (and their refinements in parentheses; `answer-tag (…)` when the last
    /// `<answer>` tag was read, `answer-key (…)` a JSON object's answer member).
    public var rule: String
    /// Every boxed answer in order (for multi-answer golds).
    public var allBoxed: [String]
    /// Set when the input was cut off (too long), saying why.
    public var cutOff: String?
}

/// The extraction pipeline, in the order documented in docs/scoring.md. Works on UTF-8 bytes: every marker is ASCII.
public enum AnswerExtractor {
    /// Responses longer than this many bytes are cut to their last `maximumResponseBytes` bytes.
    public static let maximumResponseBytes = 32_768
    /// Extracted answers longer than this many bytes are cut off with a reason.
    public static let maximumAnswerBytes = 1_000

    static func b(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Runs the pipeline on `response` under `policy`.
    public static func extract(_ response: String, policy: AnswerPolicy) -> Extraction {
        var cutOff: String?
        var text = Array(response.utf8)
        if text.count > maximumResponseBytes {
            var start = text.count - maximumResponseBytes
            while start < text.count, text[start] & 0xC0 == 0x80 { start += 1 }   // start on a character boundary
            text = Array(text[start...])
            cutOff = "response longer than \(maximumResponseBytes) bytes: only its end was read"
        }
        dropChatHeaders(&text)
        // Every marker opens with `<`: one scan for it before eight searches.
        if text.contains(60) { for stop in stopMarkers { if let index = Bytes.find(text, stop) { text.removeSubrange(index...) } } }
        while let last = text.lastIndex(where: { !Bytes.isSpace($0) }), last + 1 >= endOfSequence.count,
              Bytes.hasPrefix(text, at: last + 1 - endOfSequence.count, endOfSequence) {
            text.removeSubrange((last + 1 - endOfSequence.count)...)
        }
        // Which bytes occur, found in one pass: most rewrites below need a byte that most responses lack.
        var seen = ByteSet(text)
        // A Unicode minus sign (U+2212) is a minus sign wherever the answer is read from: prose lists, tuples, boxes.
        if seen.contains(0xE2) { Bytes.replaceAll(&text, unicodeMinus, with: [45]) }
        // "… which is just tan θ 😊", "It's a hyperbola! 🎯": pictographs are decoration.
        if mayHoldEmoji(seen) { removeEmoji(&text) }
        // Full-width commas and brackets of Chinese and Japanese text before math are the ASCII ones (and Arabic commas
        // between numbers): `(a,b)=(3，4)`,
        // `$a=3$，$b=4$`; before more Chinese ("答案是 5，一定正确") a comma still ends the clause.
        if seen.contains(0xEF) || seen.contains(0xD8) {
            rewriteFullWidthPunctuation(&text)
            seen.insert(contentsOf: [40, 41, 43, 44, 45, 47, 61] + Array(48...57))
        }
        // "```⏎18⏎```": a code block of one short line is that line.
        if seen.contains(96), Bytes.contains(text, codeFence) { unfenceOneLineBlocks(&text) }
        // "<p><strong>Final answer:</strong> 64</p>": HTML tags as the Markdown or math they stand for.
        if seen.contains(60), seen.contains(62), rewriteHTMLTags(&text) { seen = ByteSet(text) }
        // "***x + y = 9***": bold italics are bold (a line of three stars alone is a rule and stays).
        if seen.contains(42), Bytes.contains(text, boldItalicMark) { rewriteBoldItalics(&text) }
        // "So the maximum is n**3/3 + n**2/2 + n/6." after code: Python's powers, not Markdown bold.
        if seen.contains(42), Bytes.contains(text, boldMark), showsCode(text) { rewritePythonPowersInProse(&text) }
        // "~~18~~ **20**": struck-through text was withdrawn; "x = 2 (a double root) and x = −1": a remark on a root's
        // multiplicity is not part of the list.
        if seen.contains(126) && Bytes.contains(text, b("~~")) || seen.contains(40) && (Bytes.contains(text, b(" root")) || Bytes.contains(text, b("multiplicity"))) {
            removeWithdrawnAndMultiplicity(&text)
        }
        // "The cross product is ⟨2, −1, 3⟩.": angle brackets around plain numbers hold a vector, read as a tuple.
        if seen.contains(0xE2), Bytes.contains(text, angleOpen) { rewriteAngleVectors(&text) }
        // Arabic-Indic, Persian, Devanagari, Bengali and Thai digits are digits: `٣٦` → `36`, `٣٫٥` → `3.5`, `๓๕` → `35`.
        if seen.contains(0xD9) || seen.contains(0xDB) || seen.contains(0xE0) && mayHoldIndicOrThaiDigits(text) { rewriteArabicDigits(&text) }
        // Chinese and Japanese numerals in digits: `二十四种` → `24种`, `1.5万` → `15000`, `2割` → `20%`.
        if (0xE3...0xED).contains(where: { seen.contains($0) }), mayHoldCJKNumerals(text) { text = rewriteCJKFractions(rewriteCJKNumerals(text)) }
        // `负50`, `マイナス50`, `零下10度`, `ติดลบ 3`: a sign word before a number is its minus sign.
        if seen.contains(0xE3) || seen.contains(0xE6) || seen.contains(0xE8) || seen.contains(0xE9) || seen.contains(0xEB) || seen.contains(0xEC)
            || seen.contains(0xE0) {
            rewriteCJKSignWords(&text)
        }
        // Superscripts other than ² and ³ are powers: `10⁴` → `10^4`, `2ⁿ` → `2^n`, `10⁻³` → `10^{-3}`; ² and ³ too after a
        // one-letter name (`n²` → `n^2`).
        if seen.contains(0xE2) || seen.contains(0xC2) { rewriteSuperscripts(&text) }
        // Subscript digits after `log` are its base: `log₃5` → `log_{3}5`.
        if seen.contains(0xE2), Bytes.contains(text, logSubscript) { rewriteLogSubscripts(&text) }
        // "… and this function indeed satisfies (1).": an equation's label in parentheses is no number of the answer.
        if seen.contains(40), seen.contains(41) { removeEquationLabels(&text) }
        // "$\framebox{7.5}$ hours": LaTeX's framed box is a box.
        if seen.contains(92), Bytes.contains(text, frameboxName) { _ = Bytes.replaceAll(&text, frameboxName, with: boxedName + [123]) }
        // Thousands marks between digits: "12 345" with a no-break space, "1'250".
        if seen.contains(0xE2) || seen.contains(0xC2) || seen.contains(39) { rewriteThousandsMarks(&text) }
        // "la inversa es \begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}.": matrices written with no math delimiters at all are
        // math.
        if seen.contains(92), !seen.contains(36), Bytes.contains(text, matrixBegin), !Bytes.contains(text, b("\\(")),
           !Bytes.contains(text, b("\\[")) {
            delimitBareMatrices(&text)
        }
        // "L = {−2; 0; 2}", "(2 ; -1)", "]−2 ; 5]": numbers separated by semicolons in brackets, where commas are decimal
        // marks and French intervals turn their brackets outwards, as `{-2, 0, 2}`, `(2, -1)`, `(-2, 5]`.
        if seen.contains(59) { rewriteAngleIntervals(&text); rewriteSemicolonGroups(&text) }
        // "The ordered pair is (½, −¾).": vulgar fractions as entries of a bracket are the fractions `1/2`, `-3/4`.
        if seen.contains(0xC2) || seen.contains(0xE2), seen.contains(40) { rewriteVulgarEntries(&text) }
        // "2 and a half hours": a whole number and a half is one number, `2.5`.
        if seen.contains(104), Bytes.contains(text, andAHalf) { rewriteAndAHalf(&text) }
        if let index = fewShotContinuation(text) { text.removeSubrange(index...) }
        // "Let me know if you want me to double-check …", "(AIME answers are integers from 000 to 999, so this fits.)": a
        // closing offer or remark in parentheses says nothing about the answer.
        if let index = closingRemark(text) { text.removeSubrange(index...) }
        if let index = closingOfferQuestion(text) { text.removeSubrange(index...) }
        if let index = cutRepetition(text) { text.removeSubrange(index...) }
        // A few-shot answer line's label ("A: 16") is not part of its answer.
        if let first = text.firstIndex(where: { !Bytes.isSpace($0) }), Bytes.hasPrefix(text, at: first, b("A: ")),
           let next = text[(first + 3)...].first(where: { !Bytes.isSpace($0) }), Bytes.isDigit(next) || next == 36 || next == 45 {
            text.removeSubrange(..<(first + 3))
        }
        if let index = Bytes.findLast(text, thinkClose) {
            let after = Array(text[(index + 8)...])
            if after.contains(where: { !Bytes.isSpace($0) }) { text = after }
        } else if seen.contains(60), endsInsideThinking(text) {
            // "<think> … Let me double-check whether": cut off inside its thinking, it never gave a final answer.
            return Extraction(answer: nil, rule: "none (cut off mid-sentence inside its thinking)", allBoxed: [], cutOff: cutOff)
        }
        var result: Extraction
        // "<think>…</think>⏎<answer>\frac{11}{2}</answer>": the format reasoning models are trained to write puts the answer
        // in the last answer tag.
        if seen.contains(60), let inner = answerTagContent(text), case let reading = run(inner, policy: policy), let answer = reading.answer {
            result = Extraction(answer: answer, rule: "answer-tag (\(reading.rule))", allBoxed: reading.allBoxed)
        } else if seen.contains(123), let value = jsonAnswerValue(text), case let reading = run(value, policy: policy), let answer = reading.answer {
            // `{"answer": -8, "explanation": "… = 8."}`: a JSON object's "answer" member.
            result = Extraction(answer: answer, rule: "answer-key (a JSON object's answer member)", allBoxed: reading.allBoxed)
        } else {
            result = run(text, policy: policy)
        }
        // "因此 n 的最小值为 13。⏎⏎验证：2^{12} = 4096 < 8000 …", "… is 13.⏎⏎**Check:** …": a closing paragraph that only
        // verifies gives way to the answer before it.
        if result.rule.hasPrefix("last-"), let check = closingVerification(text) {
            let before = run(Array(text[..<check]), policy: policy)
            if before.answer != nil { result = before; result.rule += " (before a closing verification)" }
        }
        if result.rule.hasPrefix("last-number") || result.rule.hasPrefix("last-math"), let answer = result.answer,
           let reread = closingSentenceReading(text, answer: answer, policy: policy) {
            result.answer = reread.answer
            result.rule = reread.rule
        }
        result.cutOff = cutOff
        // "所以答案是零。": one numeral character as the whole answer is that number.
        if let answer = result.answer, answer.utf8.count == 3, case .digit(let value)? = cjkNumerals[Array(answer.utf8)] {
            result.answer = String(Int(value))
        }
        // "**Result:** `[-18, -49, 96]`": backticks around a whole answer mark it as code, not as part of it.
        if let answer = result.answer, answer.utf8.count >= 3, answer.utf8.first == 96, answer.utf8.last == 96,
           answer.utf8.dropFirst().dropLast().allSatisfy({ $0 != 96 }) {
            result.answer = String(answer.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        }
        // "Antwort: 28.800 €", "$y = 0,75x$" in German prose: numbers as the response's language writes them.
        if let answer = result.answer, hasLocaleNumber(Array(answer.utf8)),
           writesDecimalCommas(text) || looksDottedInLocale(Array(answer.utf8), in: text) || groupsThousandsWithDots(text) {
            result.answer = Bytes.string(readDecimalCommas(Array(answer.utf8)))
        }
        // "= 1200 reais.\n\nResposta: 1.200": the response's own undotted number.
        if let answer = result.answer, answer.utf8.contains(46), let plain = dottedThousands(answer, in: text) { result.answer = plain }
        // "₹1,20,000": lakhs and crores.
        if let answer = result.answer, answer.utf8.count <= 24, answer.utf8.contains(44) {
            // "₹1,25,000", "Rs. 1,25,000": after the rupee's sign.
            var digits = Array(answer.utf8)
            for sign in rupeeSigns where digits.starts(with: sign) { digits = Array(Bytes.trimSpaces(digits.dropFirst(sign.count))); break }
            if isIndianGrouping(digits) { result.answer = Bytes.string(digits.filter { $0 != 44 }) }
        }
        if let answer = result.answer, answer.utf8.count > maximumAnswerBytes {
            result.answer = Bytes.string(Array(answer.utf8.prefix(maximumAnswerBytes)))
            result.cutOff = "answer longer than \(maximumAnswerBytes) bytes was cut"
        }
        return result
    }

    static let unicodeMinus: [UInt8] = [0xE2, 0x88, 0x92]
    static let rupeeSigns: [[UInt8]] = ["₹", "Rs.", "Rs", "INR"].map(b)
    static let multiplicityRemarks: [[UInt8]] = ["double root", "triple root", "repeated root", "multiplicity"].map(b)

    /// Removes markdown strike-through (`~~18~~`, one line, at most 40 bytes) and short parenthesised remarks on a root's
    /// multiplicity (`(a double root)`, `(multiplicity 2)`) with the space before them.
    static func removeWithdrawnAndMultiplicity(_ text: inout [UInt8]) {
        var from = 0
        while let open = Bytes.find(text, b("~~"), from: from) {
            guard let close = Bytes.find(text, b("~~"), from: open + 2), close - open <= 42,
                  !text[open..<close].contains(10), close > open + 2 else { from = open + 2; continue }
            text.removeSubrange(open..<(close + 2))
            from = open
        }
        from = 0
        while let open = text[from...].firstIndex(of: 40) {
            guard let close = text[open...].prefix(42).firstIndex(of: 41) else { from = open + 1; continue }
            let inside = text[open..<close].map(Bytes.lower)
            if multiplicityRemarks.contains(where: { Bytes.contains(inside, $0) }) {
                let start = open > 0 && text[open - 1] == 32 ? open - 1 : open
                text.removeSubrange(start...close)
                from = start
            } else {
                from = open + 1
            }
        }
    }

    static let angleOpen = b("⟨"), angleClose = b("⟩")

    /// `⟨2, −1, 3⟩` → `(2, −1, 3)`: a pair of angle brackets holding only numbers, signs, commas and spaces.
    static func rewriteAngleVectors(_ text: inout [UInt8]) {
        var from = 0
        while let open = Bytes.find(text, angleOpen, from: from) {
            guard let close = Bytes.find(text, angleClose, from: open + 3), close - open <= 80,
                  text[(open + 3)..<close].allSatisfy({ Bytes.isDigit($0) || $0 == 44 || $0 == 32 || $0 == 45 || $0 == 46 || $0 == 47 || $0 >= 0x80 }),
                  text[(open + 3)..<close].contains(44) else { from = open + 3; continue }
            text.replaceSubrange(close..<(close + 3), with: [41])
            text.replaceSubrange(open..<(open + 3), with: [40])
            from = open + 1
        }
    }

    /// Arabic-Indic digits (U+0660–U+0669, D9 A0–A9), Persian ones (U+06F0–U+06F9, DB B0–B9), Devanagari, Bengali and Thai
    /// ones as ASCII digits.
    static func rewriteArabicDigits(_ text: inout [UInt8]) {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if index + 1 < text.count, isArabicIndicDigit(text[index], text[index + 1]) {
                out.append(48 + (text[index] == 0xD9 ? text[index + 1] - 0xA0 : text[index + 1] - 0xB0))
                index += 2
                continue
            }
            // Devanagari `०`–`९` (E0 A5 A6–AF), Bengali `০`–`৯` (E0 A7 A6–AF) and Thai `๐`–`๙` (E0 B9 90–99) digits.
            if text[index] == 0xE0, index + 2 < text.count,
               text[index + 1] == 0xA5 || text[index + 1] == 0xA7 ? (0xA6...0xAF).contains(text[index + 2]) : text[index + 1] == 0xB9 && (0x90...0x99).contains(text[index + 2]) {
                out.append(48 + text[index + 2] - (text[index + 1] == 0xB9 ? 0x90 : 0xA6))
                index += 3
                continue
            }
            // The Arabic decimal separator `٫` (U+066B) between digits is a point, the thousands separator `٬` (U+066C) goes.
            if index + 1 < text.count, text[index] == 0xD9, text[index + 1] == 0xAB || text[index + 1] == 0xAC, let last = out.last, Bytes.isDigit(last) {
                if text[index + 1] == 0xAB { out.append(46) }
                index += 2
                continue
            }
            out.append(text[index])
            index += 1
        }
        text = out
    }

    /// Whether a Devanagari, Bengali or Thai digit occurs.
    static func mayHoldIndicOrThaiDigits(_ text: [UInt8]) -> Bool {
        var index = 0
        while let lead = text[index...].firstIndex(of: 0xE0), lead + 2 < text.count {
            let (second, third) = (text[lead + 1], text[lead + 2])
            if (second == 0xA5 || second == 0xA7) && (0xA6...0xAF).contains(third) || second == 0xB9 && (0x90...0x99).contains(third) { return true }
            index = lead + 1
        }
        return false
    }

    static let vulgarFractions: [[UInt8]: [UInt8]] = Dictionary(uniqueKeysWithValues: [
        ("½", "1/2"), ("⅓", "1/3"), ("⅔", "2/3"), ("¼", "1/4"), ("¾", "3/4"), ("⅕", "1/5"), ("⅖", "2/5"), ("⅗", "3/5"),
        ("⅘", "4/5"), ("⅙", "1/6"), ("⅚", "5/6"), ("⅛", "1/8"), ("⅜", "3/8"), ("⅝", "5/8"), ("⅞", "7/8"),
    ].map { (b($0.0), b($0.1)) })

    /// Rewrites each vulgar fraction that is a whole entry of a bracket (after `(` or `,`, maybe with a sign, and before
    /// `,` or `)`) as `a/b`; a fraction after a digit (a mixed number, `2¾`) or in prose is left alone.
    static func rewriteVulgarEntries(_ text: inout [UInt8]) {
        var index = text.count - 2
        while index >= 1 {
            defer { index -= 1 }
            guard let width = vulgarFractionWidth(text, at: index), let value = vulgarFractions[Array(text[index..<(index + width)])] else { continue }
            var before = index
            while before > 0, text[before - 1] == 32 || text[before - 1] == 45 { before -= 1 }
            var after = index + width
            while after < text.count, text[after] == 32 { after += 1 }
            guard before > 0, text[before - 1] == 40 || text[before - 1] == 44, after < text.count, text[after] == 44 || text[after] == 41 else { continue }
            text.replaceSubrange(index..<(index + width), with: value)
        }
    }

    static let andAHalf = b(" and a half")

    /// `2 and a half` → `2.5`, for whole numbers written in digits (not part of a decimal or a longer number).
    static func rewriteAndAHalf(_ text: inout [UInt8]) {
        var searchEnd = text.count
        while let found = Bytes.findLast(text, andAHalf, end: searchEnd) {
            searchEnd = found
            let after = found + andAHalf.count
            guard found > 0, Bytes.isDigit(text[found - 1]), after == text.count || !Bytes.isLetter(text[after]) else { continue }
            var start = found
            while start > 0, Bytes.isDigit(text[start - 1]) { start -= 1 }
            guard start == 0 || text[start - 1] != 46 && text[start - 1] != 44 && !Bytes.isLetter(text[start - 1]) else { continue }
            text.replaceSubrange(found..<after, with: [46, 53])
        }
    }

    /// Whether two bytes are an Arabic-Indic (U+0660–0669) or Persian (U+06F0–06F9) digit.
    static func isArabicIndicDigit(_ lead: UInt8, _ trail: UInt8) -> Bool {
        lead == 0xD9 && (0xA0...0xA9).contains(trail) || lead == 0xDB && (0xB0...0xB9).contains(trail)
    }

    /// The ASCII byte of a full-width digit, Latin letter, `＝`, `＋` or `－` (the two bytes after EF); nil for other forms.
    @inline(__always) static func fullWidthASCII(_ second: UInt8, _ third: UInt8) -> UInt8? {
        if second == 0xBC {
            if (0x90...0x99).contains(third) { return 48 + third - 0x90 }
            if (0xA1...0xBA).contains(third) { return 65 + third - 0xA1 }
            return third == 0x9D ? 61 : third == 0x8B ? 43 : third == 0x8D ? 45 : third == 0x8F ? 47 : nil
        }
        return second == 0xBD && (0x81...0x9A).contains(third) ? 97 + third - 0x81 : nil
    }

    static func rewriteFullWidthPunctuation(_ text: inout [UInt8]) {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            // `，` `（` `）` are EF BC 8C, EF BC 88, EF BC 89.
            // A parenthesis always; a comma before ASCII, a minus sign (`−`, `－`), a full-width digit or at the end
            // ("答案：（2，−10，3，17）", "（5，－7）").
            if text[index] == 0xEF, index + 2 < text.count, text[index + 1] == 0xBC,
               index + 3 == text.count || text[index + 3] < 0x80 || text[index + 2] != 0x8C
                || index + 5 < text.count && text[index + 3] == 0xE2 && text[index + 4] == 0x88 && text[index + 5] == 0x92
                || index + 5 < text.count && text[index + 3] == 0xEF && text[index + 4] == 0xBC
                    && (text[index + 5] == 0x8D || (0x90...0x99).contains(text[index + 5])),
               let ascii: UInt8 = text[index + 2] == 0x8C ? 44 : text[index + 2] == 0x88 ? 40 : text[index + 2] == 0x89 ? 41 : nil {
                out.append(ascii)
                index += 3
                continue
            }
            // Full-width digits (`７０`, EF BC 90–99) are digits; full-width Latin letters and `＝` `＋` `－` `／` are the
            // ASCII ones (`ｘ＝５`, `１／６`: EF BC A1–BA, EF BD 81–9A, EF BC 9D, 8B, 8D, 8F).
            if text[index] == 0xEF, index + 2 < text.count, let ascii = fullWidthASCII(text[index + 1], text[index + 2]) {
                out.append(ascii)
                index += 3
                continue
            }
            // "$(4،\ -1)$", "٢، −٥": an Arabic comma between a number and a number or sign separates them (the digits may
            // still be Arabic-Indic ones, rewritten later).
            if text[index] == 0xD8, index + 1 < text.count, text[index + 1] == 0x8C, index > 0,
               Bytes.isDigit(text[index - 1]) || index > 1 && isArabicIndicDigit(text[index - 2], text[index - 1]),
               let nextIndex = text[(index + 2)...].firstIndex(where: { $0 != 32 && $0 != 92 }),
               Bytes.isDigit(text[nextIndex]) || text[nextIndex] == 45
                || nextIndex + 1 < text.count && isArabicIndicDigit(text[nextIndex], text[nextIndex + 1]) {
                out.append(44)
                index += 2
                continue
            }
            out.append(text[index])
            index += 1
        }
        text = out
    }

    /// Where a response caught in a loop was cut off inside one more repeat: the last line is a shorter start of the line
    /// before it, and that line repeats the one before it ("So n = 3.⏎So n = 3.⏎So n ="). Nil otherwise.
    static func cutRepetition(_ text: [UInt8]) -> Int? {
        var end = text.count
        while end > 0, Bytes.isSpace(text[end - 1]) { end -= 1 }
        guard let lastBreak = text[..<end].lastIndex(of: 10), lastBreak > 0 else { return nil }
        let last = text[(lastBreak + 1)..<end]
        var previousEnd = lastBreak
        while previousEnd > 0, text[previousEnd - 1] == 10 { previousEnd -= 1 }
        guard let previousBreak = text[..<previousEnd].lastIndex(of: 10), previousBreak > 0 else { return nil }
        let previous = text[(previousBreak + 1)..<previousEnd]
        var beforeEnd = previousBreak
        while beforeEnd > 0, text[beforeEnd - 1] == 10 { beforeEnd -= 1 }
        let beforeStart = (text[..<beforeEnd].lastIndex(of: 10) ?? -1) + 1
        guard !last.isEmpty, last.count < previous.count, previous.starts(with: last),
              text[beforeStart..<beforeEnd].elementsEqual(previous) else { return nil }
        return lastBreak
    }

    /// Chat templates' end-of-turn tokens (Qwen and ChatML, GPT, Llama 3, Phi-3, Gemma, DeepSeek): nothing after one is
    /// the response.
    static let stopMarkers: [[UInt8]] = ["<|im_start|>", "<|im_end|>", "<|endoftext|>", "<|eot_id|>", "<|end|>", "<|end_of_text|>",
                                         "<end_of_turn>", "<｜end▁of▁sentence｜>"].map(b)
    /// Llama 2's and Mistral's end of sequence, read only where it closes the response (`</s>` also ends a struck-out span).
    static let endOfSequence = b("</s>")
    static let imStart = b("<|im_start|>"), headerStart = b("<|start_header_id|>"), headerEnd = b("<|end_header_id|>"),
               beginOfText = b("<|begin_of_text|>")

    /// A chat template's opening header left in a response ("<|im_start|>assistant⏎", "<|begin_of_text|>",
    /// "<|start_header_id|>assistant<|end_header_id|>"): the answer follows it, so it goes before the stop markers cut.
    static func dropChatHeaders(_ text: inout [UInt8]) {
        while let first = text.firstIndex(where: { !Bytes.isSpace($0) }), first + 1 < text.count, text[first] == 60, text[first + 1] == 124 {
            let end: Int
            if Bytes.hasPrefix(text, at: first, imStart) {
                end = text[first...].firstIndex(of: 10).map { $0 + 1 } ?? text.count
            } else if Bytes.hasPrefix(text, at: first, headerStart), let close = Bytes.find(text, headerEnd, from: first) {
                end = close + headerEnd.count
            } else if Bytes.hasPrefix(text, at: first, beginOfText) {
                end = first + beginOfText.count
            } else {
                return
            }
            text.removeSubrange(..<end)
        }
    }

    /// Lines that open the next few-shot example: a model run on past its answer writes a new question and answers it,
    /// in English or in the language it answered in ("Frage:", "Vraag:", "Question :", "Pregunta:", "Вопрос:", "问题：").
    static let continuationMarkers: [[UInt8]] = [
        "\nQuestion:", "\nQ:", "\nProblem:", "\nHuman:", "\nUser:",
        "\nFrage:", "\nAufgabe:", "\nVraag:", "\nQuestion :", "\nProblème :", "\nPregunta:", "\nProblema:",
        "\nDomanda:", "\nPergunta:", "\nQuestão:", "\nSoru:", "\nВопрос:", "\nЗадача:", "\n问题：", "\n问题:", "\n問題：",
        "\n質問：", "\n문제:",
        // "So the answer is 5.⏎⏎Now let's try another one: Express …": the model sets itself the next exercise.
        "\nNow let's try another", "\nLet's try another", "\nNext problem:", "\nNext question:", "\nAnother problem:",
    ].map(b)
    /// Words that mark an answer before a continuation, as "answer" does: the answer words of the languages above.
    static let foreignAnswerWords: [[UInt8]] = ["antwort", "antwoord", "réponse", "respuesta", "risposta", "resposta",
                                                "cevap", "ответ", "Ответ", "答案", "答え", "答：", "답"].map(b)

    static let answerTagOpen = b("<answer>"), answerTagClose = b("</answer>")

    /// The inside of the last `<answer>…</answer>` pair, trimmed; nil when there is none or it is empty.
    static func answerTagContent(_ text: [UInt8]) -> [UInt8]? {
        guard let close = Bytes.findLast(text, answerTagClose), let open = Bytes.findLast(text, answerTagOpen, end: close) else { return nil }
        let inner = Array(Bytes.trimSpaces(text[(open + answerTagOpen.count)..<close]))
        return inner.isEmpty ? nil : inner
    }

    static let jsonAnswerKeys: [[UInt8]] = ["\"answer\"", "\"final_answer\"", "\"Answer\""].map(b)

    /// The value of the last `"answer"` (or `"final_answer"`) member of a JSON object in the text: a string's inside, or
    /// a number, array or other value up to the next `,` or `}` outside brackets; nil when there is none or it is empty.
    static func jsonAnswerValue(_ text: [UInt8]) -> [UInt8]? {
        var keyStart = -1, keyEnd = 0
        for key in jsonAnswerKeys {
            if let found = Bytes.findLast(text, key), found > keyStart { keyStart = found; keyEnd = found + key.count }
        }
        guard keyStart >= 0 else { return nil }
        var index = keyEnd
        while index < text.count, text[index] == 32 { index += 1 }
        guard index < text.count, text[index] == 58 else { return nil }
        index += 1
        while index < text.count, text[index] == 32 { index += 1 }
        guard index < text.count, text[..<keyStart].contains(123) else { return nil }
        if text[index] == 34 {
            var end = index + 1
            while end < text.count, text[end] != 34 || text[end - 1] == 92 { end += 1 }
            guard end < text.count else { return nil }
            // The string's escapes `\\`, `\"` and `\/` decoded (`"$\\frac{1}{2}$"` holds `$\frac{1}{2}$`); a lone backslash
            // stays, as models also write LaTeX unescaped (`"\frac{1}{2}"`).
            var inside: [UInt8] = []
            var at = index + 1
            while at < end {
                if text[at] == 92, at + 1 < end, [92, 34, 47].contains(text[at + 1]) {
                    inside.append(text[at + 1])
                    at += 2
                    continue
                }
                inside.append(text[at])
                at += 1
            }
            inside = Array(Bytes.trimSpaces(inside[...]))
            return inside.isEmpty ? nil : inside
        }
        var end = index, depth = 0
        while end < text.count {
            let byte = text[end]
            if byte == 91 || byte == 123 { depth += 1 } else if byte == 93 || byte == 125 { if depth == 0 { break }; depth -= 1 }
            if byte == 44 && depth == 0 || byte == 10 { break }
            end += 1
        }
        let value = Array(Bytes.trimSpaces(text[index..<end]))
        return value.isEmpty ? nil : value
    }

    static let numberedQuestionWords: [[UInt8]] = ["\nQuestion ", "\nProblem "].map(b)

    /// Whether the line after the newline at `at` opens a numbered question ("Question 2:", "Problem 3:").
    static func numberedQuestion(_ text: [UInt8], at: Int) -> Bool {
        guard let word = numberedQuestionWords.first(where: { Bytes.hasPrefix(text, at: at, $0) }) else { return false }
        var index = at + word.count
        let digits = index
        while index < text.count, Bytes.isDigit(text[index]), index - digits < 3 { index += 1 }
        return index > digits && index < text.count && text[index] == 58
    }

    /// Where a few-shot continuation starts: the first line opening with "Question:", "Q:" or "Problem:" (or "Question 2:")
    /// after an answer marker (a box, "answer", `####`); nil when there is none or nothing marked an answer before it, so a
    /// response that restates the problem first is read whole. Benchmarks' stop strings (`Q:`, `Problem:`) cut the
    /// same lines at generation time.
    static func fewShotContinuation(_ text: [UInt8]) -> Int? {
        // One pass over the newlines.
        var found: Int?
        var cursor = 0
        while found == nil, let newline = text[cursor...].firstIndex(of: 10) {
            if continuationMarkers.contains(where: { Bytes.hasPrefix(text, at: newline, $0) }) || numberedQuestion(text, at: newline) { found = newline }
            cursor = newline + 1
        }
        guard let index = found else { return nil }
        let before = Array(text[..<index])
        let marked = Bytes.contains(before, boxedName) || Bytes.contains(before, b("####"))
            || Bytes.findLastIgnoringCase(before, b("answer")) != nil
            || foreignAnswerWords.contains { Bytes.findLastIgnoringCase(before, $0) != nil }
        // A whole question-and-answer pair after a number ("We get 36.\n\nQ: …?\nA: 4", "Problem: …\nSolution: …") is the next example too: the
        // harnesses cut at the first "Q:" or "Question:" (DeepSeek-Math's GSM8K reader, OpenCompass's), whatever came before.
        let pairFollows = !marked && before.contains(where: Bytes.isDigit)
            && (Bytes.find(text, b("\nA:"), from: index + 1) != nil || Bytes.find(text, b("\nAnswer:"), from: index + 1) != nil
                || Bytes.find(text, b("\nSolution:"), from: index + 1) != nil
                // "Jana has 27 puppies.⏎⏎Human: Thanks! How many …?⏎⏎Assistant: …": a turn of a dialogue the model invents.
                || Bytes.find(text, b("\nAssistant:"), from: index + 1) != nil)
        // So is a next question cut off mid-sentence by the token limit ("Lily found 16 insects.⏎⏎Question: Together Lily,
        // David and Bodhi collected 43 insects. David found half"): no answer can follow it.
        // Not when what comes before is itself a question the model repeated ("Question: … 20 chickens?⏎Question: …").
        let cutQuestion = !marked && before.contains(where: Bytes.isDigit)
            && text.last(where: { !Bytes.isSpace($0) }).map { Bytes.isLetter($0) || $0 == 44 } == true
            && before.last(where: { !Bytes.isSpace($0) }).map { $0 == 46 || $0 == 33 || Bytes.isDigit($0) } == true
            && !continuationMarkers.contains(where: { Bytes.hasPrefix([10] + Bytes.trimSpaces(before[...]), at: 0, $0) })
        return marked || pairFollows || cutQuestion ? index : nil
    }

    /// `depth` counts how often a fallback has re-read the text before a closing remark (at most twice, so it stays linear).
    private static func run(_ text: [UInt8], policy: AnswerPolicy, depth: Int = 0) -> Extraction {
        let boxes = boxedAnswers(text)
        // "Let $n$ be the answer we want, so we want to find $\boxed{n}$. … So $n = 121$.": boxes that hold only the name
        // of the unknown, which the text after them sets to a value, box no answer; the text without them is read.
        if depth < 2, let name = boxes.last, boxes.allSatisfy(isBareName), policy.fallback != .none, setsNameAfterLastBox(text, name: name) {
            let reading = run(Normalizer.unwrap(text, commands: [boxedName]), policy: policy, depth: depth + 1)
            if let answer = reading.answer, !isBareName(answer) { return reading }
        }
        if let last = boxes.last {
            // A Minerva final-answer sentence written after the last box restates or replaces it: it is the answer.
            let boxStart = lastBoxStart(text)
            // "… $= \boxed{\dfrac{1}{115}}$.⏎⏎Therefore $m = 1$, $n = 115$, and $m+n = 116$.": the sum of the letters that
            // name the boxed value's parts (AIME's "find m+n"), closing the response after the box, is the answer asked for.
            if boxStart >= 0, !last.utf8.allSatisfy(Bytes.isDigit), let sum = letterSumClosing(text, after: boxStart) {
                return Extraction(answer: sum, rule: "last-math (a sum of named parts after the box)", allBoxed: boxes)
            }
            // A box inside a closing parenthesised aside ("(For comparison, if both coins had to land heads the probability
            // would be $\boxed{\tfrac14}$, …)") is not the answer when a box comes before the aside.
            if boxes.count >= 2, depth < 2, boxStart > 0, let open = asideOpening(text, holding: boxStart),
               Bytes.contains(Array(text[..<open]), boxedName) {
                let before = run(Array(text[..<open]), policy: policy, depth: depth + 1)
                if before.answer != nil { return before }
            }
            // A box in a closing aside paragraph after an earlier box ("$9 \times \$2 = \boxed{\$18}$ … 📅 *Bonus:* Over a full week
            // that would be $\boxed{\$126}$.") answers another question: the text before the aside is read.
            // A note that reads the question again ("Note: the problem asks for the sum …") answers it.
            if boxes.count >= 2, depth < 2, boxStart > 0, let aside = closingAsideParagraph(text), aside < boxStart,
               Bytes.contains(Array(text[..<aside]), boxedName),
               !questionRereadings.contains(where: { Bytes.findLastIgnoringCase(Array(text[aside..<boxStart]), $0) != nil }) {
                let before = run(Array(text[..<aside]), policy: policy, depth: depth + 1)
                if before.answer != nil { return before }
            }
            // "the minimum value is $\boxed{-4}$, and it occurs at $\boxed{x = 2}$": a last box that follows a condition
            // phrase in the sentence of the box before it says where that value is reached; the earlier box answers.
            if boxes.count >= 2, boxStart > 0, last.contains("="), let previous = Bytes.findLast(text, boxedName, end: boxStart),
               let previousEnd = boxEnd(text, from: previous), previousEnd <= boxStart, sameSentence(text, previousEnd, boxStart),
               case let between = text[previousEnd..<boxStart].map(Bytes.lower),
               conditionPhrases.contains(where: { Bytes.contains(between, $0) }) {
                return Extraction(answer: boxes[boxes.count - 2], rule: "boxed (the box before where it is reached)", allBoxed: boxes)
            }
            // A box inside a check after an earlier box ("… $x = \boxed{6}$.\nCheck: $2(6) + 3 = \boxed{15}$ ✓.") only
            // verifies the answer: the text before the check is read.
            if boxes.count >= 2, depth < 2, boxStart > 0, inCheckSentence(text, at: boxStart) {
                let start = sentenceStart(text, at: boxStart)
                // "Note: the problem asks for the sum of all such $n$, which is $3+5=\boxed{8}$.": a note that reads the
                // question again answers it.
                let rereads = questionRereadings.contains { Bytes.findLastIgnoringCase(Array(text[start..<boxStart]), $0) != nil }
                if start > 0, !rereads, Bytes.contains(Array(text[..<start]), boxedName) {
                    let before = run(Array(text[..<start]), policy: policy, depth: depth + 1)
                    if before.answer != nil { return before }
                }
            }
            if boxStart >= 0, Bytes.findLastIgnoringCase(Array(text[boxStart...]), b("final answer is")) != nil,
               let sentence = finalAnswerSentence(text) {
                return Extraction(answer: sentence, rule: "final-answer-sentence (after the last box)", allBoxed: [])
            }
            // A percent sign written after the box belongs to its answer (`$\boxed{25}\%$`): DeepSeek-Math's box reader
            // keeps a `%` that follows the closing brace.
            if boxStart >= 0, !last.utf8.contains(37), Bytes.find(text, [37], from: boxStart) != nil || Bytes.find(text, [112], from: boxStart) != nil,
               let end = boxEnd(text, from: boxStart), percentFollows(text, at: end) {
                return Extraction(answer: last + "\\%", rule: "boxed", allBoxed: boxes)
            }
            // A correction written after the box replaces it (the fallbacks' policy only, as after an answer phrase).
            if policy.fallback == .lastMathOrNumber, boxStart >= 0, let end = boxEnd(text, from: boxStart), text.count - end > 8,
               let corrected = correctionAfterBox(text, boxStart: boxStart, boxEnd: end, policy: policy) {
                return Extraction(answer: corrected, rule: "boxed (corrected after it)", allBoxed: [])
            }
            // "… So the remainder is $\boxed{3}$. However, … the remainder is indeed 2, not 3.": a later sentence that
            // denies the box's value states the answer instead.
            if policy.fallback == .lastMathOrNumber, boxStart >= 0, last.utf8.count <= 16, let end = boxEnd(text, from: boxStart),
               let stated = valueDenyingBox(text, from: end, boxed: last, policy: policy) {
                return Extraction(answer: stated, rule: "boxed (denied later; the value stated instead)", allBoxed: [])
            }
            // "…, so $\boxed{r = 2}$.⏎⏎Now the volume … = 20\pi$.⏎⏎So the volume is $20\pi$ cubic units.": a boxed value of
            // one letter is a step when a later closing "So …" sentence states another value.
            if policy.fallback != .none, boxStart >= 0,
               isLetterAssignment(last) || namesQuantityBeforeBox(text, boxStart: boxStart) || isGeneralFormula(last),
               let end = boxEnd(text, from: boxStart),
               let concluded = conclusionAfterBox(text, boxEnd: end, boxed: last, policy: policy) {
                return Extraction(answer: concluded, rule: "boxed (a step; the conclusion after it)", allBoxed: [])
            }
            // "Réponse : \boxed{12}⏎⏎Vérification : 12 × 3 = 36 ≠ 35, donc je me suis trompé : la réponse est en fait
            // \frac{35}{3}.": an admitted mistake after the box, then an answer phrase, replaces the box.
            if boxStart >= 0, let end = boxEnd(text, from: boxStart), let corrected = admittedMistakeAfterBox(text, boxEnd: end) {
                return Extraction(answer: corrected, rule: "boxed (a mistake admitted after it, then a new answer)", allBoxed: [])
            }
            // "Hledaný počet je $\boxed{14}$.⏎⏎Kontrola: … = 20": a closing check after the box is no later answer.
            if policy.fallback == .lastMathOrNumber, boxStart >= 0, let end = boxEnd(text, from: boxStart), text.count - end > 8,
               !(closingVerification(text).map { $0 >= end && !text[end..<$0].contains(where: Bytes.isDigit) } ?? false),
               let turned = turnAfterBox(text, boxEnd: end, boxed: last, guessed: guessedBox(text, boxStart: boxStart), policy: policy) {
                return Extraction(answer: turned, rule: "boxed (a later answer after it)", allBoxed: [])
            }
            // "It depends on whether order matters. If it does, there are $\boxed{20}$ ways; if not, $\boxed{10}$.": two
            // different boxes under a response that says it depends answer neither alone.
            if boxes.count >= 2, let previous = boxes.dropLast().last, previous != last, saysItDepends(text) {
                return Extraction(answer: previous + ", " + last, rule: "boxed (two answers for two readings)", allBoxed: boxes)
            }
            // "… = \boxed{20}$.⏎⏎Hmm, or do they want the constant term? …⏎⏎#### 12": a `####` line after the box that
            // gives another value is a second answer.
            if boxStart >= 0, let end = boxEnd(text, from: boxStart), let marked = hashMarker(Array(text[end...]), first: false),
               compactValue(marked) != compactValue(last) {
                return Extraction(answer: last + ", " + marked, rule: "boxed (a different #### answer after it)", allBoxed: boxes)
            }
            // "Juniors: $\boxed{\binom{8}{3}} = 56$ ways. … The answer is 560.": a box that a computation goes on from is a
            // step; an answer phrase after it gives the answer.
            if policy.fallback == .lastMathOrNumber, boxStart >= 0, let end = boxEnd(text, from: boxStart),
               case let after = text[end...].drop(while: { $0 == 32 }), after.first == 61,
               let phrase = answerPhrase(Array(text[end...])) {
                return Extraction(answer: phrase, rule: "answer-phrase (after a box that was a step)", allBoxed: boxes)
            }
            // "… there are $\boxed{12}$. (or 13 if the endpoint counts)": a parenthesis right after the box that offers another
            // value hedges between the two.
            if boxStart >= 0, let end = boxEnd(text, from: boxStart), let other = alternativeRightAfter(text, from: end),
               compactValue(other) != compactValue(last) {
                return Extraction(answer: last + ", " + other, rule: "boxed (hedged between two values)", allBoxed: boxes)
            }
            // "… $\boxed{15}$. Alternatively, … gives $\boxed{16}$. I'm not sure which is right.": undecided between the
            // last two boxes, the response answers neither alone.
            if boxes.count >= 2, let end = boxEnd(text, from: boxStart), undecidedAfter(Array(text[end...])), let previous = boxes.dropLast().last, previous != last {
                return Extraction(answer: previous + ", " + last, rule: "boxed (undecided between the last two)", allBoxed: boxes)
            }
            // "… $n = \boxed{7}$. Hmm, but if $n = 0$ is allowed the count would be $8$. I'm not sure which the problem
            // intends, so it is $7$ or $8$.": one box, then undecided between it and another value joined by "or".
            if boxStart >= 0, let end = boxEnd(text, from: boxStart), case let tail = Array(text[end...]), undecidedAfter(tail),
               let or = Bytes.findLast(tail, b(" or ")), let second = lastValue(Array(tail[or...]), policy: policy),
               let first = lastValue(Array(tail[..<or]), policy: policy), compactValue(first) != compactValue(second),
               [first, second].contains(where: { compactValue($0) == compactValue(last) }) {
                return Extraction(answer: first + ", " + second, rule: "boxed (undecided between it and another value)", allBoxed: boxes)
            }
            // Two boxes joined by "or" ("either $\boxed{8}$ or $\boxed{10}$") answer both: a hedge equals neither alone, and
            // two solutions written that way still match a gold that lists both.
            if boxes.count >= 2, boxStart > 0, let previous = boxJoinedByOr(text, lastBoxStart: boxStart), previous != last {
                // "gives $x=\boxed{3}$ or $x=\boxed{-1}$, but since $x > 0$, we get $x = 3$.": a value after them that is one
                // of the two chooses it.
                if policy.fallback == .lastMathOrNumber, let end = boxEnd(text, from: boxStart), end < text.count,
                   case let tail = Array(text[end...]).map(Bytes.lower),
                   [" but ", "since", "only", "reject", "discard", "extraneous", "must be", "cannot"].contains(where: { Bytes.contains(tail, b($0)) }),
                   let value = lastValue(Array(text[end...]), policy: policy) {
                    let chosen = [previous, last].filter { compactValue($0) == compactValue(value) }
                    if chosen.count == 1 { return Extraction(answer: chosen[0], rule: "boxed (one of two boxes, chosen after them)", allBoxed: []) }
                }
                return Extraction(answer: previous + ", " + last, rule: "boxed (two boxes joined by \"or\")", allBoxed: boxes)
            }
            // "The minimum value is $\boxed{-4}$, attained at $x = \boxed{2}$.": a last box that only says where the value
            // before it is reached.
            if boxes.count >= 2, boxStart > 0, let previous = boxes.dropLast().last, previous != last, boxGivesWhere(text, lastBoxStart: boxStart) {
                return Extraction(answer: previous, rule: "boxed (the value before where it is reached)", allBoxed: boxes)
            }
            // "$\boxed{\text{(A)}}\quad\boxed{\text{(E)}}$": two different choice letters boxed side by side commit to neither.
            if boxes.count >= 2, boxStart > 0, let previous = boxes.dropLast().last, boxesSideBySide(text, lastBoxStart: boxStart),
               let first = GapScore.choiceLetter(ofNormalized: Normalizer.normalize(previous).text),
               let second = GapScore.choiceLetter(ofNormalized: Normalizer.normalize(last).text), first != second {
                return Extraction(answer: "(\(first)), (\(second))", rule: "boxed (two choice letters side by side)", allBoxed: boxes)
            }
            // "**Final Answer**⏎$\boxed{3}$ $\boxed{4}$": different boxes side by side that close the response answer all of
            // them, so none alone meets a gold of one value (a gold that lists them still matches).
            if boxes.count >= 2, boxStart > 0, let end = boxEnd(text, from: boxStart),
               text[end...].allSatisfy({ Bytes.isSpace($0) || $0 == 36 || $0 == 46 }),
               case let beside = boxesBesideLast(text, lastBoxStart: boxStart), beside >= 1,
               case let listed = Array(boxes.suffix(beside + 1)), Set(listed.map(compactValue)).count == listed.count {
                return Extraction(answer: listed.joined(separator: ", "), rule: "boxed (boxes side by side)", allBoxed: boxes)
            }
            // "The answer is $\boxed{8}$ (the other root, $\boxed{-8}$, is rejected because …).": a last box rejected in a
            // parenthesis after the box before it gives way to that box.
            if boxes.count >= 2, boxStart > 0, let previous = boxes.dropLast().last, previous != last,
               let open = text[..<boxStart].lastIndex(of: 40), let before = Bytes.findLast(Array(text[..<boxStart]), boxedName), before < open,
               !text[open..<boxStart].contains(41), !text[open..<boxStart].contains(10), deniedBox(text, boxStart: boxStart) {
                return Extraction(answer: previous, rule: "boxed (the box before one rejected in a parenthesis)", allBoxed: boxes)
            }
            // "The area, which is what the question asks for, is $\boxed{36}$; for completeness, its perimeter is
            // $\boxed{26}$.": a last box offered as an extra after the box before it gives way to that box.
            if boxes.count >= 2, boxStart > 0, let previous = boxes.dropLast().last, previous != last,
               let before = Bytes.findLast(Array(text[..<boxStart]), boxedName), !text[before..<boxStart].contains(10),
               case let between = text[before..<boxStart].map(Bytes.lower),
               [b("for completeness"), b("for reference"), b("just for reference")].contains(where: { Bytes.find(between, $0) != nil }) {
                return Extraction(answer: previous, rule: "boxed (the box before one offered for completeness)", allBoxed: boxes)
            }
            // "It can't be $\boxed{5}$, because … the correct count is 4.": a denied box gives way to the value after it.
            if policy.fallback == .lastMathOrNumber, boxes.count == 1, deniedBox(text, boxStart: boxStart), let end = boxEnd(text, from: boxStart),
               end < text.count, let value = lastValue(Array(text[end...]), policy: policy) {
                return Extraction(answer: value, rule: "boxed (denied; the value after it)", allBoxed: [])
            }
            // `\cos\frac{2\pi}{3} = -\boxed{\frac{1}{2}}`: a minus sign right before the box, after `=`, belongs to it.
            if boxStart >= 2, let minus = text[..<boxStart].lastIndex(where: { !Bytes.isSpace($0) }), text[minus] == 45,
               let sign = text[..<minus].lastIndex(where: { !Bytes.isSpace($0) }), text[sign] == 61 {
                return Extraction(answer: "-(" + last + ")", rule: "boxed (with the minus sign before it)", allBoxed: boxes)
            }
            return Extraction(answer: last, rule: "boxed", allBoxed: boxes)
        }
        if let sentence = finalAnswerSentence(text) {
            // "Final Answer: The final answer is 9. I hope it is correct.⏎⏎Wait, I made an arithmetic slip: …, so the total
            // is 10.": a correction after the line replaces it, as after a box.
            if policy.fallback == .lastMathOrNumber, let marker = Bytes.findLastIgnoringCase(text, b("final answer is")) {
                var end = marker
                while end < text.count, text[end] != 10 { end += 1 }
                if text.count - end > 8, let corrected = correctionAfterBox(text, boxStart: marker, boxEnd: end, policy: policy) {
                    return Extraction(answer: corrected, rule: "final-answer-sentence (corrected after it)", allBoxed: [])
                }
            }
            // "The final answer is 4 (or 5 if the empty set counts).": hedged between two values, as after an answer phrase.
            if let marker = Bytes.findLastIgnoringCase(text, b("final answer is")),
               let other = hedgedAlternative(text, after: marker), !sentence.hasSuffix(other) {
                return Extraction(answer: sentence + ", " + other, rule: "final-answer-sentence (hedged between two values)",
                                  allBoxed: [])
            }
            return Extraction(answer: sentence, rule: "final-answer-sentence", allBoxed: [])
        }
        if policy.hashMarker != .ignored, let marked = hashMarker(text, first: policy.hashMarker == .first) {
            // "#### 36\n\nWait, she gave 4 away first, so 36 − 4 = 32.\nThe answer is 32.": a correction after the last
            // marker that states an answer phrase replaces it.
            if policy.fallback == .lastMathOrNumber, let at = Bytes.findLast(text, b("####")), let opening = correctionOpening(text, after: at),
               let phrase = answerPhrase(Array(text[opening...])) {
                return Extraction(answer: phrase, rule: "hash-marker (corrected after it)", allBoxed: [])
            }
            // "#### 45⏎⏎Final answer: 54": an answer phrase after the last marker that gives another number is a second
            // answer.
            if policy.fallback == .lastMathOrNumber, let at = Bytes.findLast(text, b("####")), let newline = text[at...].firstIndex(of: 10),
               let phrase = answerPhrase(Array(text[newline...])), isPlainAmount(phrase), let stated = leadingNumberValue(phrase),
               let markedValue = leadingNumberValue(marked), stated != markedValue {
                return Extraction(answer: marked + ", " + phrase, rule: "hash-marker (a different answer phrase after it)", allBoxed: [])
            }
            // "The answer is 20.⏎#### 18": an answer phrase on the line right before the marker that gives another number
            // is a second answer.
            if policy.fallback == .lastMathOrNumber, let phrase = answerPhraseBeforeMarker(text, first: policy.hashMarker == .first),
               isPlainAmount(phrase), let stated = leadingNumberValue(phrase), let markedValue = leadingNumberValue(marked), stated != markedValue {
                return Extraction(answer: phrase + ", " + marked, rule: "hash-marker (a different answer phrase before it)", allBoxed: [])
            }
            return Extraction(answer: marked, rule: "hash-marker", allBoxed: [])
        }
        let scan = answerPhraseScan(text)
        let phrase = scan.phrase
        // "… is the answer" needs the word "answer": the phrase scan saw whether there is one.
        if scan.sawWord, let named = valueNamedAnswer(text, policy: policy), named.start > (phrase?.start ?? -1) {
            return Extraction(answer: named.text, rule: "answer-phrase (a value named the answer)", allBoxed: [])
        }
        // "答案是 12" (Qwen2.5-Math's and DeepSeek-Math's extractors read the Chinese answer phrase), "Ответ: 42",
        // "La réponse est 7", "Die Antwort ist 12".
        if phrase == nil, mayHoldForeignAnswerPhrase(text), let foreign = foreignAnswerPhrase(text) {
            return Extraction(answer: foreign, rule: "answer-phrase", allBoxed: [])
        }
        // "**Answer:** $\boxed{}$⏎⏎By inclusion–exclusion, … is 35.": an answer line left as an empty box gives way to the
        // text after it (under a policy that reads fallbacks).
        if let phrase, !(policy.fallback == .lastMathOrNumber && phrase.answer.utf8.filter({ $0 != 36 && $0 != 32 }).elementsEqual(emptyBox)) {
            if policy.fallback == .lastMathOrNumber, let corrected = correction(text, after: phrase.start, policy: policy) {
                return Extraction(answer: corrected, rule: "answer-phrase (corrected after it)", allBoxed: [])
            }
            // "**Answer:** 52⏎⏎Step 1: … 52 − 12 = 40 …⏎⏎So there are 40 non-face cards.": an answer line that opens the
            // response gives way to the conclusion its worked steps close with.
            if policy.fallback == .lastMathOrNumber, let concluded = conclusionAfterOpeningAnswer(text, phrase: phrase, policy: policy) {
                return Extraction(answer: concluded, rule: "answer-phrase (opening; the worked conclusion after it)", allBoxed: [])
            }
            // "I think the answer is B, but C is also plausible … I'll go with C.⏎⏎Final: C": a "Final:" line after the phrase.
            if let label = finalLabelLine(text.map(Bytes.lower)), label > phrase.start,
               let final = cleanPhrase(Array(text[label...].prefix { $0 != 10 })) {
                return Extraction(answer: final, rule: "answer-phrase (a final line after it)", allBoxed: [])
            }
            // "One might think the answer is 10, but that double counts … The correct count is $10 + 8 - 3 = 15$.": a later
            // sentence that names the correct value.
            if policy.fallback == .lastMathOrNumber, let lastByte = text.lastIndex(where: { !Bytes.isSpace($0) }) {
                let start = sentenceStart(text, at: lastByte)
                if start > phrase.start, let corrected = correctedValueStart(Array(text[start...lastByte])),
                   let value = lastValue(Array(text[(start + corrected)...lastByte]), policy: policy) {
                    return Extraction(answer: value, rule: "answer-phrase (the correct value named after it)", allBoxed: [])
                }
            }
            if let other = hedgedAlternative(text, after: phrase.start), !phrase.answer.hasSuffix(other) {
                // "12 penguins, or 24 if …": the phrase's own value is what comes before its ", or".
                var own = phrase.answer.range(of: ", or " + other).map { String(phrase.answer[..<$0.lowerBound]) } ?? phrase.answer
                // Its number without the words after it ("12 penguins"), which would make a sentence of the two.
                if case let number = own.prefix(while: { $0.isNumber || $0 == "." || $0 == "-" || $0 == "/" }), !number.isEmpty,
                   own.dropFirst(number.count).hasPrefix(" "), own.dropFirst(number.count).allSatisfy({ $0.isLetter || $0 == " " }) {
                    own = String(number)
                }
                return Extraction(answer: own + ", " + other, rule: "answer-phrase (hedged between two values)", allBoxed: [])
            }
            // "So the answer is 24.⏎⏎Alternatively, if rotations count as the same, the answer would be $3! = 6$.": another
            // reading after the phrase, with an answer of its own, hedges between the two.
            if policy.fallback == .lastMathOrNumber, let other = alternativeReading(text, after: phrase.start, policy: policy),
               compactValue(other) != compactValue(phrase.answer) {
                return Extraction(answer: phrase.answer + ", " + other, rule: "answer-phrase (another reading after it)", allBoxed: [])
            }
            // "So the answer is 24.⏎⏎Wait, that's not right. Some of the books are identical, so we have to": a phrase taken
            // back after it, with no number after that, leaves no answer.
            if policy.fallback == .lastMathOrNumber, retractedAfter(text, from: phrase.start) {
                return Extraction(answer: nil, rule: "answer-phrase (taken back after it)", allBoxed: [])
            }
            return Extraction(answer: phrase.answer, rule: "answer-phrase", allBoxed: [])
        }
        switch policy.fallback {
        case .none: break
        case .lastMath, .lastMathOrNumber:
            // "Therefore⏎$$2^{100} = (2^3)^{33} \cdot 2 \equiv": a response cut off inside an open display states nothing.
            if cutInsideDisplay(text) { return Extraction(answer: nil, rule: "none (cut off inside an open display)", allBoxed: []) }
            // "**42**\n\nExplanation: there are $6$ rows of $7$ seats …": a bold first line, then its explanation.
            if let bold = leadingBoldAnswer(text) { return Extraction(answer: bold, rule: "first-line (bold, before its explanation)", allBoxed: []) }
            if let first = leadingBareAnswer(text) { return Extraction(answer: first, rule: "first-sentence (a bare answer, before its explanation)", allBoxed: []) }
            if let first = openingAnswerBeforeWhy(text) { return Extraction(answer: first, rule: "first-sentence (a count before \"Here's why\")", allBoxed: []) }
            // "### ✅ Final Answer⏎**24 apples** remain.⏎⏎### Summary⏎- Started with 36 …": the section under a Final Answer
            // heading, before the sections after it.
            if depth < 2, let section = finalAnswerSection(text), let answer = run(section, policy: policy, depth: depth + 1).answer {
                return Extraction(answer: answer, rule: "answer-section (under a Final Answer heading, before later sections)", allBoxed: [])
            }
            if let content = unclosedBoxAtEnd(text) { return Extraction(answer: content, rule: "boxed (its closing brace lost at the end)", allBoxed: []) }
            if let items = closingBulletList(text) { return Extraction(answer: items, rule: "last-list (the bullets that close the response)", allBoxed: []) }
            if let items = closingLabelledList(text) { return Extraction(answer: items, rule: "last-list (after a label that closes the response)", allBoxed: []) }
            if let items = closingExtremeBullets(text) { return Extraction(answer: items, rule: "last-list (extreme values in closing bullets)", allBoxed: []) }
            // "That's a circle at height $c$.⏎⏎**(B)**": a choice letter in parentheses, alone in bold, closes the response.
            if case let closing = Array(Bytes.trimSpaces(text[...]).suffix(8)), closing.count == 8, closing[0] == 10 || closing[0] == 32,
               Bytes.hasPrefix(closing, at: 1, b("**(")), closing[5] == 41, closing[6] == 42, closing[7] == 42, (65...74).contains(closing[4]) {
                return Extraction(answer: Bytes.string(closing[3...5]), rule: "last-bold (a choice letter that closes the response)", allBoxed: [])
            }
            // "… we need the 4th term of the cycle, which is": a response cut off mid-sentence never states its answer.
            if stopsMidSentence(text) { return Extraction(answer: nil, rule: "none (the response stops mid-sentence)", allBoxed: []) }
            // "- If the interest is simple: \$1,150⏎- If it is compounded: \$1,157.63⏎⏎It depends on the type of interest.":
            // a response that closes on "it depends" without a number commits to none of its values.
            if closesOnItDepends(text) { return Extraction(answer: nil, rule: "none (it ends on \"it depends\")", allBoxed: []) }
            // "We found the area is 54. Recall the rectangle's sides were 6 and 9.": a closing reminder of the givens is no
            // answer; the text before it is read when that has a value.
            if depth < 2, let reminder = closingReminder(text) ?? closingAsideSentence(text) {
                let before = run(Array(text[..<reminder]), policy: policy, depth: depth + 1)
                if before.answer != nil { return before }
            }
            // "So each egg costs **$0.30**.⏎⏎💡 *Tip:* That's the same as **30 cents** per egg …", "Want me to also find the
            // perimeter? It would be … **26 m**": a closing paragraph of tips, examples, offers or what-ifs is an aside;
            // the text before it is read when that has a value.
            if depth < 2, let aside = closingAsideParagraph(text) {
                let before = run(Array(text[..<aside]), policy: policy, depth: depth + 1)
                if let answer = before.answer {
                    return Extraction(answer: answer, rule: before.rule + " (before a closing aside paragraph)", allBoxed: before.allBoxed)
                }
            }
            // A closing remark in parentheses ("230 miles.\n(Together the two trains cover 460 miles.)") is an aside:
            // the fallbacks read the text before it when that has a value.
            // A full stop after the closing parenthesis ends the same sentence: "so she needs 5 boxes (4.2 rounded up)."
            // So does an ideographic full stop: "赤い鶏は4羽です（白い鶏は6羽）。".
            let closed = text.last == 46 && text.count >= 2 && text[text.count - 2] == 41 ? Array(text.dropLast())
                : text.count >= 4 && text[text.count - 4] == 41 && text.suffix(3).elementsEqual(ideographicFullStop) ? Array(text.dropLast(3)) : text
            if closed.last == 41, let aside = trailingAside(closed) {
                let before = run(Array(text[..<aside]), policy: policy, depth: depth)
                // "… gives 8 (or 12 if the boundary points are included).": an alternative in the aside hedges.
                if let answer = before.answer, Bytes.hasPrefixIgnoringCase(text, at: aside, b("(or ")),
                   let other = lastValue(Array(closed[(aside + 4)...]), policy: policy), other != answer {
                    return Extraction(answer: answer + ", " + other, rule: before.rule + " (hedged by an alternative in parentheses)", allBoxed: [])
                }
                if before.answer != nil { return before }
            }
            // "所求最小值为 $-\frac{9}{4}$，当 $x=\frac{3}{2}$ 时取得。", "故所求概率为 $\frac{3}{8}$，其对立事件的概率为
            // $\frac{5}{8}$。": a Chinese clause after the value that says when it is reached or names another quantity of it.
            if depth < 2, let clause = cjkSideClause(text), let answer = run(Array(text[..<clause]), policy: policy, depth: depth + 1).answer {
                return Extraction(answer: answer, rule: "last-sentence (the value before a side clause)", allBoxed: [])
            }
            // "It's most likely 18, though if the endpoints are included it could be 20.": a closing clause that offers
            // another value hedges the answer before it.
            if depth < 2, let hedge = closingHedge(text), let answer = run(Array(text[..<hedge.start]), policy: policy, depth: depth + 1).answer,
               answer != hedge.alternative {
                return Extraction(answer: answer + ", " + hedge.alternative, rule: "last-sentence (hedged by an alternative after it)", allBoxed: [])
            }
            if let none = noSolutionStatement(text) { return Extraction(answer: "\\text{" + none + "}", rule: "last-sentence (no solutions)", allBoxed: []) }
            if let undetermined = undeterminedStatement(text) {
                return Extraction(answer: "\\text{" + undetermined + "}", rule: "last-sentence (no value can be given)", allBoxed: [])
            }
            if let complement = allRealsExcept(text) {
                return Extraction(answer: complement, rule: "last-sentence (all real numbers except some)", allBoxed: [])
            }
            if let bold = closingBoldRelation(text) { return Extraction(answer: bold, rule: "last-bold (a relation that closes the response)", allBoxed: []) }
            if let bold = boldConclusion(text) { return Extraction(answer: bold, rule: "last-bold (a conclusion before remarks)", allBoxed: []) }
            // "You'll need **7.5 cups** of flour.⏎⏎Tip: …", "He ends up at **(5, 4)**. That's 8 blocks of walking in total.",
            // "x = **1 + √19** and x = **1 − √19**": the bold value of the last sentence, before asides.
            if depth < 2, let inner = boldInLastSentence(text), let answer = run(inner, policy: policy, depth: depth + 1).answer {
                return Extraction(answer: answer, rule: "last-bold (the bold value of the last sentence, before asides)", allBoxed: [])
            }
            // "So the vertex is at **(−½, 3)**.", "Shaded area … **= −8 + 4π square units**", "The two numbers are **12 and
            // 15** (12 + 15 = 27 ✔️)": a bold span with a value that closes the response is its answer.
            // "**Period = π**": a relation whose value holds no digit is its last side.
            if depth < 2, let inner = closingBoldSpan(text),
               let answer = run(inner, policy: policy, depth: depth + 1).answer ?? digitlessLastSide(inner) {
                return Extraction(answer: answer, rule: "last-bold (a bold span that closes the response)", allBoxed: [])
            }
            // "**(p, d) = (48, 12)** — the jacket was $48 with $12 off.", "**Store B is the better deal**, saving you 50
            // cents per item.": a bold span whose sentence closes the response with a remark after a dash or comma.
            if depth < 2, let inner = closingBoldBeforeRemark(text), let answer = run(inner, policy: policy, depth: depth + 1).answer {
                return Extraction(answer: answer, rule: "last-bold (a bold span before a closing remark)", allBoxed: [])
            }
            // "She has **twenty-five** stickers left!", "… the total cost is **C = 12 + 5n** dollars.", "… has sent **2^n − 1** emails
            // in total.": the one bold value of a last sentence that only names what it counts after it.
            if depth < 2, let inner = boldBeforeClosingWords(text) {
                if inner.allSatisfy({ Bytes.isLetter($0) || $0 == 45 || $0 == 32 }) {
                    if let digits = NumberWords.rewritten(Bytes.string(inner)) {
                        return Extraction(answer: digits, rule: "last-bold (a number in words before what it counts)", allBoxed: [])
                    }
                } else if let answer = run(inner, policy: policy, depth: depth + 1).answer {
                    return Extraction(answer: answer, rule: "last-bold (a bold value before what it counts)", allBoxed: [])
                }
            }
            // "**47** integers between 1 and 100 are divisible by 3 or 5.": a bold number that opens the last line, before the
            // words that say what it counts.
            if let count = boldNumberOpeningLastLine(text) {
                return Extraction(answer: count, rule: "last-bold (a bold number that opens the last line)", allBoxed: [])
            }
            // "… so it is not prime.⏎⏎**No**": a last line of one to three words in bold is the word answer.
            if let word = closingBoldWords(text) { return Extraction(answer: word, rule: "last-bold (words alone on the last line)", allBoxed: []) }
            if let formula = closingLetterFormula(text) {
                return Extraction(answer: formula, rule: "last-sentence (a formula of names that closes it)", allBoxed: [])
            }
            if let function = closingFunctionLine(text) {
                return Extraction(answer: function, rule: "last-line (a function alone on it, for all of its domain)", allBoxed: [])
            }
            if let whole = wholeResponse(text) {
                if let value = evaluationResult(Array(whole.utf8).filter { $0 != 36 }) {
                    return Extraction(answer: value, rule: "whole-response (the value of an evaluation)", allBoxed: [])
                }
                // "|2x − 1| = 5 ⇒ 2x − 1 = ±5 ⇒ x = 3 or x = −2": steps joined by arrows; the last step is the answer.
                if let step = lastStepAfterArrow(Array(whole.utf8)) {
                    return Extraction(answer: step, rule: "whole-response (the last step after an arrow)", allBoxed: [])
                }
                // "√12 = √(4 · 3) = **2√3**", "1,500 × 1,000 = 1.5 × 10⁶": a computation of numbers gives its last side.
                if let value = lastSideOfComputation(Array(whole.utf8)) {
                    return Extraction(answer: value, rule: "whole-response (last side of a computation)", allBoxed: [])
                }
                // "2⁹ = 512⏎⏎**512**": a last line that is one value in bold.
                if let line = whole.split(separator: "\n").last, line.hasPrefix("**"), line.hasSuffix("**"), line.utf8.count > 4, whole.contains("\n"),
                   case let value = String(line.dropFirst(2).dropLast(2)), value.utf8.contains(where: Bytes.isDigit), !value.utf8.contains(where: Bytes.isLetter) {
                    return Extraction(answer: value, rule: "whole-response (a bold value on its last line)", allBoxed: [])
                }
                // "x=3,y=-4⏎x=3,y=-4": one line repeated by a looping model is said once.
                let lines = whole.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if lines.count >= 2, Set(lines).count == 1 {
                    return Extraction(answer: lines[0], rule: "whole-response (one line repeated)", allBoxed: [])
                }
                // "2x - 1 ≤ 5⏎x ≤ 3": steps, one relation a line, that end by solving for the name the line before holds.
                if let step = lastLineOfSteps(lines) {
                    return Extraction(answer: step, rule: "whole-response (the last line of steps)", allBoxed: [])
                }
                return Extraction(answer: whole, rule: "whole-response", allBoxed: [])
            }
            // "After working it out:⏎p = 6⏎q = 31⏎r = -1": assignments of numbers on the closing lines, one a line.
            if policy.fallback == .lastMathOrNumber, let assignments = closingAssignmentLines(text) {
                return Extraction(answer: assignments, rule: "last-line (assignments on the closing lines)", allBoxed: [])
            }
            // "- (1, 6)⏎- (2, 3)⏎- (3, 2)⏎- (6, 1)⏎⏎That's all four ordered pairs.": values listed as closing bullets.
            if policy.fallback == .lastMathOrNumber, let listed = closingBulletedValues(text) {
                return Extraction(answer: listed, rule: "last-number (values listed as closing bullets)", allBoxed: [])
            }
            if policy.fallback == .lastMathOrNumber, let word = lastNumberWord(text) {
                return Extraction(answer: word, rule: "last-number-word", allBoxed: [])
            }
            // "…⏎⏎c = π", "Sum = -I": a last line in plain text that sets a name to a value without digits.
            if policy.fallback == .lastMathOrNumber, let value = closingPlainConstant(text) {
                return Extraction(answer: value, rule: "last-line (a name set to a constant in plain text)", allBoxed: [])
            }
            // "The product is `[[2, 1], [4, 3]]`.", "… so the image is:⏎⏎[-2, -14, -7]": a closing value of numbers in an inline
            // code span, or in brackets alone on the last line.
            if policy.fallback == .lastMathOrNumber, let value = closingCodeOrBracketLine(text) {
                return Extraction(answer: value, rule: "last-line (numbers in code or brackets)", allBoxed: [])
            }
            // "The range is `Interval(-oo, 0)`.", "Minimum total cost: `2*k^{3} + k^{2}/2 - k/2`": a closing code span after a lead.
            if policy.fallback == .lastMathOrNumber, let value = closingCodeSpanValue(text) {
                return Extraction(answer: value, rule: "last-line (a value in a closing code span)", allBoxed: [])
            }
            if let tuple = tupleOfNamedValues(text) { return Extraction(answer: tuple, rule: "last-math (a tuple of names set before it)", allBoxed: []) }
            // "\begin{align*} d &= \frac{1}{2^6}\binom{7}{3} \\ &= \frac{35}{64} \end{align*}": an align environment is display math of
            // its own; its last line's last side closes the response.
            if let line = closingAlignedLine(text) { return Extraction(answer: line, rule: "last-math (the last line of a closing align environment)", allBoxed: []) }
            if let latex = bareLatexTail(text) { return Extraction(answer: latex, rule: "last-math (LaTeX written without delimiters)", allBoxed: []) }
            var math = lastMathSegment(text).map(continuedValue)
            let number = policy.fallback == .lastMathOrNumber ? lastNumber(text, dollarsAreMath: policy.dollarsAreMath) : nil
            // "So $AF^2+BF^2+CF^2=3R^2$, independent of $a,b,c$.", "a **1 in 3** chance that $AB$ and $CD$ intersect.": names
            // after a value in its sentence, with no verb between that gives them a value, say what the value is about.
            if let segment = math, isNameList(segment.text), let stated = valueBeforeNames(text, names: segment, number: number) {
                if let stated { math = stated } else { math = nil }
            }
            // "… for all real numbers $k$ except $k = 2$.": every value but the one after "except".
            if let segment = math, let excluded = exceptedValue(text, segment: segment) {
                return Extraction(answer: excluded, rule: "last-math (all values except one)", allBoxed: [])
            }
            // A bare name after a number in its sentence only says what the number is about ("27 miles from City $A$.").
            if let segment = math, let number, number.end <= segment.start, isBareName(segment.text), sameSentence(text, number.end, segment.start) {
                math = nil
            }
            // "the possible values of $n$ are 6 and 10.": a bare name the sentence's numbers then give values to.
            if let segment = math, let number, segment.end <= number.start, isBareName(segment.text), sameSentence(text, segment.end, number.start),
               !text[segment.end..<number.start].contains(36) {
                math = nil
            }
            // "… is a solution: $x \in \mathbb{R}$ (all real $x$).": a bare name in a parenthesis after a value says what the
            // value is about.
            if let segment = math, isBareName(segment.text), let open = text[..<segment.start].lastIndex(of: 40),
               !text[open..<segment.start].contains(41), sameSentence(text, open, segment.start),
               let previous = mathSegments(Array(text[..<open])).last, sameSentence(text, previous.end, open), !isBareName(previous.text),
               text[previous.end..<open].allSatisfy({ Bytes.isSpace($0) || $0 == 36 }) {
                math = previous
            }
            // "$$AF^2 + BF^2 + CF^2 = 3R^2,$$⏎⏎where $R$ is the circumradius.": a bare name a "where" clause defines after the
            // value.
            if let segment = math, isBareName(segment.text), let previous = mathSegments(Array(text[..<segment.start])).last,
               !isBareName(previous.text), whereClauseDefines(text, from: previous.end, name: segment) {
                math = previous
            }
            // "The smallest positive such $c$ is π.": a bare name the closing sentence gives a constant to in plain text.
            if let segment = math, isBareName(segment.text), let constant = closingConstant(text), constant.position > segment.end,
               sameSentence(text, segment.end, constant.position), number.map({ $0.end <= segment.start }) ?? true {
                return Extraction(answer: constant.value, rule: "last-sentence (a constant it gives a name)", allBoxed: [])
            }
            // A number introduced as an approximation ("about 0.17") does not replace an exact answer before it.
            // A last number in a check after the answer ("Check: \[ 2(4) = 8 \]") gives way to the math before it, as a
            // math segment in a check does.
            // A last value that is denied ("14, not 41", "rather than 41") gives way to the value before it in its sentence.
            let last = math.map { number == nil || $0.end >= number!.end ? $0 : number! } ?? number
            if let last, let stated = valueBeforeDenial(text, segment: last, policy: policy) {
                return Extraction(answer: stated, rule: "\(last.start == math?.start ? "last-math" : "last-number") (value stated before a denial)", allBoxed: [])
            }
            // "Hence there are 125 games in total, i.e. 250 team-games divided by 2.": values after "i.e." restate.
            if let last, let stated = valueBeforeRestatement(text, at: last.start, policy: policy) {
                return Extraction(answer: stated, rule: "\(last.start == math?.start ? "last-math" : "last-number") (value stated before its restatement)", allBoxed: [])
            }
            // An approximation the response rounds on purpose ("To the nearest whole number, … about 32348 dollars.") is the
            // answer it states.
            // "The ratio of the areas is $\frac{4}{6}$.⏎⏎That is about 0.67.": after arithmetic left undone (here a fraction not
            // in lowest terms), the approximation is the value the response gives, as with `\frac{4}{6} \approx 0.67`.
            if let math, number == nil || math.end >= number!.end
                || isApproximation(text, before: number!.start) && !roundsOnPurpose(text, at: number!.start)
                    && !PendingArithmetic.isPending(Normalizer.lastSide(Array(math.text.utf8)[...]))
                || math.end <= number!.start && inCheckSentence(text, at: number!.start)
                || math.end <= number!.start && describesMath(text, number: number!, math: math) {
                // "its area is $\frac{\pi}{4}$, which is approximately $0.785$.": the exact value before its approximation.
                // "$\frac{600}{7}$ km/h $\approx 85.7$ km/h": a segment that opens with `\approx` approximates the one before.
                if isApproximation(text, before: math.start) || Bytes.hasPrefix(Array(Bytes.trimSpaces(Array(math.text.utf8)[...])), at: 0, b("\\approx")),
                   let exact = mathSegments(Array(text[..<math.start])).last(where: { $0.text.utf8.contains(where: { Bytes.isDigit($0) || $0 == 92 }) }),
                   sameSentence(text, exact.end, math.start), !isFormulaOfNames(exact.text),
                   // "$233/43 \approx 5.42$, so the average is $\approx 5.4$ cents", "$1+r\approx1.042$, so … about $4.2\%$": a
                   // segment that approximates already is no exact value; the last one rounds it as the answer.
                   !Bytes.contains(Array(exact.text.utf8), approximately), !Bytes.contains(Array(exact.text.utf8), b("≈")) {
                    // "Speed $= \frac{2}{3}\cdot 18\pi = 12\pi$ in/s $\approx 37.7$": a segment that goes on from the words
                    // before it with `=` is its chain.
                    let chain = exact.text.drop { $0 == " " || $0 == "=" }
                    let stated = chain.isEmpty ? exact.text : String(chain)
                    return Extraction(answer: chainResult(stated) ?? stated, rule: "last-math (an exact value before its approximation)", allBoxed: [])
                }
                if let stated = valueBeforeComparisonClause(text, segment: math, policy: policy) {
                    return Extraction(answer: stated, rule: "last-math (value stated before a comparison or restatement)", allBoxed: [])
                }
                if let count = countBeforeSuch(text, segment: math) {
                    return Extraction(answer: count, rule: "last-math (a count before the relation its things satisfy)", allBoxed: [])
                }
                if let stated = valueBeforeDifferenceClause(text, segment: math, policy: policy) {
                    return Extraction(answer: stated, rule: "last-math (value stated before its difference from another)", allBoxed: [])
                }
                if let stated = valueBeforeWhichWillClause(text, segment: math) {
                    return Extraction(answer: stated, rule: "last-math (value stated before a clause that computes from it)", allBoxed: [])
                }
                if let count = countBeforeItsListing(text, segment: math) {
                    return Extraction(answer: count, rule: "last-math (a count before the list of what it counts)", allBoxed: [])
                }
                if let joined = valueWithConditionOnItsName(text, segment: math) {
                    return Extraction(answer: joined, rule: "last-math (a value with a condition on its name)", allBoxed: [])
                }
                if let stated = valueBeforeCondition(text, segment: math, policy: policy) {
                    return Extraction(answer: stated, rule: "last-math (value stated before its condition)", allBoxed: [])
                }
                if let stated = valueBeforeReason(text, segment: math, policy: policy) {
                    return Extraction(answer: stated, rule: "last-math (value stated before its reason)", allBoxed: [])
                }
                // "$$2(x-1) + 3(y-1) - z = 0 \;\Longrightarrow\; -2x - 3y + z + 5 = 0.$$": the last step after an arrow.
                if math.text.utf8.contains(where: { $0 == 92 || $0 >= 0x80 || $0 == 62 }), let step = lastStepAfterArrow(Array(math.text.utf8)) {
                    return Extraction(answer: step, rule: "last-math (the last step after an arrow)", allBoxed: [])
                }
                // "$$\begin{cases} x = 2 \\ y = -1 \end{cases}$$": a system of assignments is their list.
                if let assignments = assignmentsInCases(math.text) {
                    return Extraction(answer: assignments, rule: "last-math (the assignments of a system)", allBoxed: [])
                }
                // "$$\begin{pmatrix} 2 & 1 \\ 5 & 3 \end{pmatrix}^{-1} = \begin{pmatrix} 3 & -1 \\ -5 & 2 \end{pmatrix}.$$": a
                // matrix after the last `=` is the value.
                if let matrix = matrixAfterLastEquals(math.text) {
                    return Extraction(answer: matrix, rule: "last-math (the matrix after the last =)", allBoxed: [])
                }
                if let value = chainResult(math.text) {
                    // "$14.40 / 0.4 = 36$ cents.": the unit after the math stays with its result.
                    if let unit = measureUnitAfter(text, at: math.end), isPlainNumber(value) {
                        return Extraction(answer: value + "\\text{ " + unit + "}", rule: "last-math (last side of a computation, with its unit)", allBoxed: [])
                    }
                    return Extraction(answer: value, rule: "last-math (last side of a computation)", allBoxed: [])
                }
                if percentFollows(text, at: math.end), !math.text.contains("%") {
                    return Extraction(answer: math.text + "\\%", rule: "last-math", allBoxed: [])
                }
                // "$4210$ in base $5$": digits with their base in words.
                if isPlainNumber(math.text), let literal = baseLiteral(text, base: math) {
                    return Extraction(answer: literal, rule: "last-math (digits with their base in words)", allBoxed: [])
                }
                // "It takes $9$ seconds.": a unit of measure after a plain number stays with it.
                if isPlainNumber(math.text), let unit = measureUnitAfter(text, at: math.end) {
                    return Extraction(answer: math.text + "\\text{ " + unit + "}", rule: "last-math (with its unit)", allBoxed: [])
                }
                // "… the greatest value is −\(\frac{35}{9}\).": a minus sign written before the math's opening is its sign.
                if signBeforeMath(text, at: math.start), !math.text.hasPrefix("-") {
                    return Extraction(answer: "-" + math.text, rule: "last-math (its sign before the math)", allBoxed: [])
                }
                return Extraction(answer: math.text, rule: "last-math", allBoxed: [])
            }
            // "The terms grow without bound, so the limit is ∞ (diverges).": a constant and no number or math at all.
            if math == nil, number == nil, let constant = closingConstant(text) {
                return Extraction(answer: constant.value, rule: "last-sentence (a constant it states)", allBoxed: [])
            }
            if let number {
                if let numeral = numeralWithBase(text, number: number) {
                    return Extraction(answer: numeral, rule: "last-number (a numeral with its base)", allBoxed: [])
                }
                // "The product simplifies to e^(iπ/2), which is just i.": a constant named last in words is the value.
                if let constant = closingConstant(text), constant.position > number.start {
                    return Extraction(answer: constant.value, rule: "last-number (a constant the last sentence states)", allBoxed: [])
                }
                // "The value is 12. Among the options (A) 8, (B) 10, (C) 12, (D) 14 that is the right one.": a last number
                // inside a list of options is the last option's value; the text before the list's sentence is read.
                if depth < 2, let sentence = optionListSentence(text, number: number) {
                    var before = run(Array(text[..<sentence]), policy: policy, depth: depth + 1)
                    before.rule += optionListMark
                    if before.answer != nil { return before }
                }
                // "the answer might be 5, but I'm not confident": a guess commits to nothing.
                if isUncommittedGuess(text, at: number.start) { return Extraction(answer: nil, rule: "none (a guess the response doubts)", allBoxed: []) }
                // A last number in a closing check ("Wait, let me double-check: 3(7) - 4 = 17.", "Note that this equals
                // C(7,3)") or in a comparison remark ("That is 54 more rides than Mitchel took.") only describes the answer
                // before that sentence.
                if depth < 2, let sentenceStart = remarkSentenceStart(text, number: number), sentenceStart > 0 {
                    let before = run(Array(text[..<sentenceStart]), policy: policy, depth: depth + 1)
                    if let answer = before.answer {
                        return Extraction(answer: answer, rule: before.rule + " (before a closing check or remark)", allBoxed: before.allBoxed)
                    }
                }
                // "Therefore Maria has 35 stickers left. She started with 50.": a computed result before restated givens.
                if let result = computedResultBeforeGivens(text, number: number) {
                    return Extraction(answer: result, rule: "last-number (a computed result before the givens it restates)", allBoxed: [])
                }
                // "So 18 of the 24 students chose pizza.": the count is the number before "of the".
                if let part = partOfWhole(text, number: number) {
                    return Extraction(answer: part, rule: "last-number (a part of the whole after it)", allBoxed: [])
                }
                if let chance = chanceInWords(text, number: number) {
                    return Extraction(answer: chance, rule: "last-number (a chance in words)", allBoxed: [])
                }
                if let ratio = ratioInWords(text, number: number) {
                    return Extraction(answer: ratio, rule: "last-number (a ratio in words)", allBoxed: [])
                }
                if endsWithApproximation(text), let formula = plainMathTail(text, number: number) {
                    return Extraction(answer: formula, rule: "last-number (a formula in plain text before its approximation)", allBoxed: [])
                }
                if let matrix = plainMatrix(text, number: number) {
                    return Extraction(answer: matrix, rule: "last-number (a matrix in plain text)", allBoxed: [])
                }
                if let interval = intervalInWords(text, number: number) {
                    return Extraction(answer: interval, rule: "last-number (an interval in words)", allBoxed: [])
                }
                if let interval = intervalWithItsEndpoints(text, number: number) {
                    return Extraction(answer: interval, rule: "last-number (an interval in words, its endpoints named again)", allBoxed: [])
                }
                if let pair = closingBetweenPair(text, number: number) {
                    return Extraction(answer: pair, rule: "last-number (the two numbers a closing \"between\" names)", allBoxed: [])
                }
                if let interval = plainInterval(text, number: number) {
                    return Extraction(answer: interval, rule: "last-number (intervals in plain text)", allBoxed: [])
                }
                if let stated = valueBeforeComparisonClause(text, segment: number, policy: policy) {
                    return Extraction(answer: stated, rule: "last-number (value stated before a comparison or restatement)", allBoxed: [])
                }
                if let stated = valueBeforeStepReference(text, number: number, policy: policy) {
                    return Extraction(answer: stated, rule: "last-number (value stated before a reference to a step)", allBoxed: [])
                }
                if let stated = valueBeforeSideRemark(text, number: number, policy: policy) {
                    return Extraction(answer: stated, rule: "last-number (value stated before a side remark)", allBoxed: [])
                }
                if let stated = valueBeforeCondition(text, segment: number, policy: policy) {
                    return Extraction(answer: stated, rule: "last-number (value stated before its condition)", allBoxed: [])
                }
                if let stated = valueBeforeReason(text, segment: number, policy: policy) {
                    return Extraction(answer: stated, rule: "last-number (value stated before its reason)", allBoxed: [])
                }
                // "the roots are x ∈ {−2, 1, 3}.", "{(0, 0), (1, 1)}": a set written in plain text.
                let setEnd = number.end < text.count && text[number.end] == 41 ? number.end + 1 : number.end
                // "**{1, 2, 4, 8}**": bold markers may open the set, or a line; "x ∈ {0, π}": π may close it.
                var closing = setEnd
                if closing < text.count, text[closing] != 125, Bytes.hasPrefix(text, at: closing, b(", π}")) { closing += 4 }
                if closing < text.count, text[closing] == 125, let open = text[max(0, number.start - 80)..<number.start].lastIndex(of: 123),
                   open == 0 || text[open - 1] == 32 || text[open - 1] == 42 || text[open - 1] == 10, text[(open + 1)..<closing].contains(44),
                   !text[(open + 1)..<closing].contains(where: { $0 == 123 || $0 == 125 || $0 == 10 || $0 == 92 || $0 == 36 || Bytes.isLetter($0) }) {
                    return Extraction(answer: "\\{" + Bytes.string(text[(open + 1)..<closing]) + "\\}", rule: "last-number (a set in plain text)", allBoxed: [])
                }
                // "The terms are [1, 3, 5].": three or more numbers in square brackets are a list, never an interval.
                if number.end < text.count, text[number.end] == 93, let open = text[max(0, number.start - 80)..<number.start].lastIndex(of: 91),
                   open == 0 || text[open - 1] == 32 || text[open - 1] == 42, text[(open + 1)..<number.end].filter({ $0 == 44 }).count >= 2,
                   text[(open + 1)..<number.end].allSatisfy({ Bytes.isDigit($0) || $0 == 44 || $0 == 32 || $0 == 45 || $0 == 46 || $0 == 47 }) {
                    return Extraction(answer: Bytes.string(text[(open + 1)..<number.end]), rule: "last-number (a list in square brackets)", allBoxed: [])
                }
                // "The domain is [-1,2).": an interval written in plain text.
                if number.start > 0, [40, 91].contains(text[number.start - 1]), number.end < text.count, [41, 93].contains(text[number.end]),
                   text[number.start..<number.end].contains(44), plainTuples(text, number: number) == nil {
                    return Extraction(answer: Bytes.string(text[(number.start - 1)...number.end]), rule: "last-number (an interval in plain text)", allBoxed: [])
                }
                if let assignments = plainAssignments(text, number: number) {
                    return Extraction(answer: assignments, rule: "last-number (values named by several variables)", allBoxed: [])
                }
                if let relations = plainRelations(text, number: number) {
                    return Extraction(answer: relations, rule: "last-number (inequalities in plain text)", allBoxed: [])
                }
                if let named = namedValueList(text, number: number) {
                    return Extraction(answer: named, rule: "last-number (values named by one variable)", allBoxed: [])
                }
                if let tuple = plainTupleWithUnits(text, number: number) {
                    return Extraction(answer: tuple, rule: "last-number (a tuple of amounts in plain text)", allBoxed: [])
                }
                // "Der Schnittpunkt ist P(3 | −1).": a point whose coordinates a bar sets apart, as German and Czech write it.
                if let point = plainBarPoint(text, number: number) {
                    return Extraction(answer: point, rule: "last-number (a point with a bar between its coordinates)", allBoxed: [])
                }
                if let tuples = plainTuples(text, number: number) {
                    return Extraction(answer: tuples, rule: "last-number (tuples in plain text)", allBoxed: [])
                }
                if let stated = valueBeforeComparison(text, number: number, policy: policy) {
                    return Extraction(answer: stated, rule: "last-number (value stated before a comparison)", allBoxed: [])
                }
                // "There are 120 ways to choose the 3 toppings.": the count of ways, not the number chosen.
                if let ways = countOfWays(text, number: number) {
                    return Extraction(answer: ways, rule: "last-number (a count of ways before what they choose)", allBoxed: [])
                }
                if let stated = valueBeforeWhichClause(text, number: number, policy: policy) {
                    return Extraction(answer: stated, rule: "last-number (value stated before a clause about it)", allBoxed: [])
                }
                if let stated = valueBeforeRestatement(text, number: number, policy: policy) {
                    return Extraction(answer: stated, rule: "last-number (value stated before how it was computed)", allBoxed: [])
                }
                // A bound keeps its words ("at least 7"), so it is not read as the value 7.
                if let bound = boundWords.first(where: { word in
                    number.start >= word.count && Bytes.hasPrefixIgnoringCase(text, at: number.start - word.count, word)
                        && (number.start == word.count || !Bytes.isLetter(text[number.start - word.count - 1]))
                }) {
                    return Extraction(answer: Bytes.string(bound) + number.text, rule: "last-number", allBoxed: [])
                }
                // "Las soluciones son 1, 4 y -4.": a list of three or more numbers, before "4 y -4" is read as a formula.
                if let list = numberList(text, last: number), list.utf8.filter({ $0 == 44 }).count >= 2 {
                    return Extraction(answer: list, rule: "last-number (a list of numbers)", allBoxed: [])
                }
                if let list = closingFormulaList(text, number: number) {
                    return Extraction(answer: list, rule: "last-number (a list of formulas in plain text on the last line)", allBoxed: [])
                }
                if let formula = plainMathTail(text, number: number) {
                    // "the total is 1 + 2 + ... + n = n(n + 1)/2 blocks": a sum written with an ellipsis is evaluated by
                    // the side after it.
                    if let equals = formula.utf8.lastIndex(of: 61), case let left = formula[..<equals],
                       left.contains("...") || left.contains("…") || left.contains("⋯") {
                        let right = formula[formula.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                        if !right.isEmpty { return Extraction(answer: right, rule: "last-number (the closed form of a sum in plain text)", allBoxed: []) }
                    }
                    return Extraction(answer: formula, rule: "last-number (a formula in plain text that ends the sentence)", allBoxed: [])
                }
                if let formula = plainMathBeforeUnitWords(text, number: number) {
                    return Extraction(answer: formula, rule: "last-number (a formula in plain text before its unit)", allBoxed: [])
                }
                if let list = numberList(text, last: number) {
                    return Extraction(answer: list, rule: "last-number (a list of numbers)", allBoxed: [])
                }
                if let expression = plainExpression(text, number: number) {
                    return Extraction(answer: expression, rule: "last-number (an expression in plain text)", allBoxed: [])
                }
                if let power = powerEnding(text, number: number) {
                    return Extraction(answer: power, rule: "last-number (a power of numbers)", allBoxed: [])
                }
                if let multiple = piMultiple(text, number: number) {
                    return Extraction(answer: multiple, rule: "last-number (a multiple of π)", allBoxed: [])
                }
                // "So 11 in binary is 1011 (in base 2).": the base written after the numeral.
                if let based = numeralInBase(text, number: number) {
                    return Extraction(answer: based, rule: "last-number (a numeral with its base after it)", allBoxed: [])
                }
                if let repeating = repeatingInWords(text, number: number) {
                    return Extraction(answer: repeating, rule: "last-number (a repeating decimal in words)", allBoxed: [])
                }
                // "… so the balance is −$15.": a minus sign before the dollar sign belongs to the amount.
                if number.start >= 2, text[number.start - 1] == 36, case let sign = text[number.start - 2] == 92 ? number.start - 3 : number.start - 2,
                   sign >= 0, text[sign] == 45, sign == 0 || text[sign - 1] == 32 || text[sign - 1] == 40 {
                    return Extraction(answer: "-" + number.text, rule: "last-number (a negative amount of money)", allBoxed: [])
                }
                // "Week 4: 50,000 − 36,000 = 14k bars": a k right after the digits is a thousand.
                if number.end < text.count, text[number.end] | 0x20 == 107, number.end + 1 == text.count || !Bytes.isLetter(text[number.end + 1]),
                   number.text.utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 46 }), let value = Double(number.text), value < 1e12 {
                    let thousands = value * 1000
                    return Extraction(answer: thousands == thousands.rounded() ? String(Int(thousands)) : String(thousands), rule: "last-number (thousands written k)", allBoxed: [])
                }
                // "3 degrees below zero", "10 grados Fahrenheit bajo cero" are -3 and -10.
                if belowZeroEnd(text, from: number.end) != nil {
                    return Extraction(answer: "-" + number.text, rule: "last-number (below zero)", allBoxed: [])
                }
                if let literal = baseLiteral(text, base: number) {
                    return Extraction(answer: literal, rule: "last-number (digits with their base in words)", allBoxed: [])
                }
                // "The garden is 8 m × 6 m.", "… measures 8 ft by 10 ft.": dimensions that end the text are its answer.
                if let dimensions = closingDimensions(text, number: number) {
                    return Extraction(answer: dimensions, rule: "last-number (dimensions)", allBoxed: [])
                }
                // "3 dollars and 50 cents", "2 hours and 30 minutes": the larger unit's number belongs to the amount.
                if let unit = measureUnitAfter(text, at: number.end), let compound = compoundAmount(text, number: number, unit: unit) {
                    return Extraction(answer: compound, rule: "last-number (an amount in two units)", allBoxed: [])
                }
                // A unit of measure written right after the number stays with it, so "150 m" never matches `150\text{ km}`.
                if let unit = measureUnitAfter(text, at: number.end) {
                    return Extraction(answer: number.text + "\\text{ " + unit + "}", rule: "last-number (with its unit)", allBoxed: [])
                }
                return Extraction(answer: number.text, rule: "last-number", allBoxed: [])
            }
        }
        return Extraction(answer: nil, rule: "none", allBoxed: [])
    }

    // MARK: boxed

    static let boxedName = b("\\boxed"), fboxName = b("\\fbox"), frameboxName = b("\\framebox{")
    /// Phrases between two boxes of one sentence that make the second say where the first is reached.
    static let conditionPhrases: [[UInt8]] = ["occurs at", "occurs when", "attained at", "attained when", "achieved at",
                                              "achieved when", "reached at", "reached when", "happens at", "happens when"].map(b)

    /// Contents of every `\boxed{…}`, `\boxed X` and `\fbox{…}`, in order; unbalanced boxes are skipped.
    static func boxedAnswers(_ text: [UInt8]) -> [String] {
        var answers: [String] = []
        var index = 0
        var budget = 4 * text.count + 4096   // brace scanning stays linear even with many unclosed boxes
        while let found = Bytes.find(text, [92], from: index) {
            index = found
            var nameLength = 0
            if Bytes.hasPrefix(text, at: index, boxedName) { nameLength = boxedName.count }
            else if Bytes.hasPrefix(text, at: index, fboxName) { nameLength = fboxName.count }
            if nameLength > 0 {
                var cursor = index + nameLength
                let hadSpace = cursor < text.count && text[cursor] == 32
                while cursor < text.count, text[cursor] == 32 { cursor += 1 }
                if cursor < text.count, text[cursor] == 123 {
                    if let close = Bytes.matchingBrace(text, from: cursor, budget: &budget) {
                        // An empty box (`\boxed{}`, a template left unfilled) holds no answer.
                        if text[(cursor + 1)..<(close - 1)].contains(where: { !Bytes.isSpace($0) }) {
                            answers.append(Bytes.string(text[(cursor + 1)..<(close - 1)]))
                        }
                        index = close
                        continue
                    }
                } else if hadSpace {
                    var end = cursor
                    while end < text.count, text[end] != 32, text[end] != 36, text[end] != 10 { end += 1 }
                    if end > cursor { answers.append(Bytes.string(text[cursor..<end])) }
                    index = end
                    continue
                }
            }
            index += 1
        }
        return answers
    }

    /// Compatibility wrapper over a String.
    static func boxedAnswers(_ text: String) -> [String] { boxedAnswers(Array(text.utf8)) }

    // MARK: phrases

    /// Minerva's "Final Answer: The final answer is X. I hope it is correct."
    static func finalAnswerSentence(_ text: [UInt8]) -> String? {
        let marker = b("final answer is")
        guard let start = Bytes.findLastIgnoringCase(text, marker) else { return nil }
        var rest = Array(text[(start + marker.count)...])
        if let hope = Bytes.find(rest, b("I hope")) { rest.removeSubrange(hope...) }
        // "The final answer is $⏎\frac{2}{9}⏎$": a math span broken over lines is one line.
        if let open = rest.firstIndex(where: { !Bytes.isSpace($0) }), rest[open] == 36, open + 1 < rest.count, rest[open + 1] != 36,
           let close = rest[(open + 1)...].firstIndex(of: 36), close - open <= 200 {
            for index in (open + 1)..<close where rest[index] == 10 { rest[index] = 32 }
        }
        return cleanPhrase(rest)
    }

    /// Words before an equation's label in parentheses: "satisfies (1)", "substituting into (2)".
    static let equationLabelLeads: [[UInt8]] = [" satisfies ", " satisfy ", " equation ", " condition ", " into "].map(b)

    /// Removes the labels (`(1)`, `(12)`) that `equationLabelLeads` put before a full stop, comma or space.
    static func removeEquationLabels(_ text: inout [UInt8]) {
        var open = text.count
        // Backwards, so a removal leaves the positions still to visit in place.
        while open > 0, let found = text[..<open].lastIndex(of: 40) {
            open = found
            var close = open + 1
            while close < text.count, close - open <= 3, Bytes.isDigit(text[close]) { close += 1 }
            guard close > open + 1, close < text.count, text[close] == 41,
                  close + 1 == text.count || [46, 44, 32, 10].contains(text[close + 1]),
                  equationLabelLeads.contains(where: { open >= $0.count && Bytes.hasPrefixIgnoringCase(text, at: open - $0.count, $0) })
            else { continue }
            text.removeSubrange(open...close)
        }
    }

    /// The whole number that closes the text after the box at `boxStart` as the value of a sum of one-letter names
    /// (`$m+n = 116$.`, `m + n + p = 25`), within 300 bytes of the box's end; nil otherwise.
    static func letterSumClosing(_ text: [UInt8], after boxStart: Int) -> String? {
        guard let boxEnd = boxEnd(text, from: boxStart), text.count - boxEnd <= 300 else { return nil }
        var end = text.count
        while end > boxEnd, Bytes.isSpace(text[end - 1]) || [46, 36, 42, 41, 93, 92].contains(text[end - 1]) { end -= 1 }
        var cursor = end
        while cursor > boxEnd, Bytes.isDigit(text[cursor - 1]) { cursor -= 1 }
        guard cursor < end, end - cursor <= 4 else { return nil }
        let value = Bytes.string(text[cursor..<end])
        while cursor > boxEnd, text[cursor - 1] == 32 { cursor -= 1 }
        guard cursor > boxEnd, text[cursor - 1] == 61 else { return nil }
        cursor -= 1
        // "$m + n = 15 + 3 = 18$": a sum of numbers between the names and the value.
        var sum = cursor
        while sum > boxEnd, Bytes.isDigit(text[sum - 1]) || text[sum - 1] == 32 || text[sum - 1] == 43 { sum -= 1 }
        if sum < cursor, sum > boxEnd, text[sum - 1] == 61, text[sum..<cursor].contains(where: Bytes.isDigit) { cursor = sum - 1 }
        var letters = 0
        while true {
            while cursor > boxEnd, text[cursor - 1] == 32 { cursor -= 1 }
            guard cursor > boxEnd, Bytes.isLetter(text[cursor - 1]), cursor - 1 == boxEnd || !Bytes.isLetter(text[cursor - 2]) && text[cursor - 2] != 92
            else { return nil }
            cursor -= 1
            letters += 1
            var plus = cursor
            while plus > boxEnd, text[plus - 1] == 32 { plus -= 1 }
            guard plus > boxEnd, text[plus - 1] == 43 else { break }
            cursor = plus - 1
        }
        return letters >= 2 ? value : nil
    }

    /// Whether the text after the last box sets `name` to a number: `n = 121`, `$n=-3$`.
    static func setsNameAfterLastBox(_ text: [UInt8], name: String) -> Bool {
        guard let start = Bytes.findLast(text, boxedName), let end = boxEnd(text, from: start) else { return false }
        let tail = Array(text[end...]), target = Array(name.utf8)
        var from = 0
        while let at = Bytes.find(tail, target, from: from) {
            from = at + 1
            guard at == 0 || !Bytes.isLetter(tail[at - 1]) && tail[at - 1] != 92 else { continue }
            var cursor = at + target.count
            while cursor < tail.count, tail[cursor] == 32 { cursor += 1 }
            guard cursor < tail.count, tail[cursor] == 61 else { continue }
            cursor += 1
            while cursor < tail.count, tail[cursor] == 32 { cursor += 1 }
            if cursor < tail.count, Bytes.isDigit(tail[cursor]) || tail[cursor] == 45 { return true }
        }
        return false
    }

    /// Where the box starting at `start` ends (just after its closing brace), or nil for an unbalanced or unbraced box.
    static func boxEnd(_ text: [UInt8], from start: Int) -> Int? {
        var cursor = start + (Bytes.hasPrefix(text, at: start, boxedName) ? boxedName.count : fboxName.count)
        while cursor < text.count, text[cursor] == 32 { cursor += 1 }
        guard cursor < text.count, text[cursor] == 123, let close = Bytes.matchingBrace(text, from: cursor) else { return nil }
        // A closing math delimiter between the box and the sign: `$\boxed{25}$\%`.
        var end = close
        while end < text.count, text[end] == 36 { end += 1 }
        return end
    }

    /// Answer phrases in the languages models answer in: Chinese, Japanese, Russian, French, German, Spanish, Portuguese,
    /// Italian, Korean, Arabic, Dutch, and the value labels of fifteen more. Matched without regard to ASCII case.
    static let foreignAnswerMarkers: [[UInt8]] = [
        "答案是", "答案为", "答案：", "答案:", "所求的值为", "答えは", "答え：", "答え:",
        "Ответ:", "Ответ :", "Ответ —", "ответ:", "ответ равен", "ответ —",
        "réponse est", "réponse :", "réponse:", "antwort ist", "antwort lautet", "antwort:", "antwort :", "ergebnis ist",
        "ergebnis:", "respuesta es", "respuesta:", "resposta é", "resposta:", "risposta è", "risposta:",
        // With "correct" between the noun and the verb: "la risposta corretta è la B".
        "respuesta correcta es", "réponse correcte est", "bonne réponse est", "richtige antwort ist", "resposta correta é",
        "risposta corretta è",
        // "Final answer" in the same languages: "**Respuesta final:** 7 horas".
        "respuesta final:", "resposta final:", "réponse finale :", "réponse finale:", "risposta finale:", "最终答案：", "最终答案是",
        "最終的な答え：",
        "정답은", "정답:", "정답 :", "답은", "답:",
        // Arabic ("the answer is", "the correct answer is", "answer:") and Dutch.
        "الإجابة الصحيحة هي", "الإجابة هي", "الإجابة:", "الجواب:", "الجواب هو", "الجواب هي",
        "het antwoord is", "antwoord:",
        // "Is" sentences of Czech, Slovak, Romanian, Thai and Greek: "Konečná odpověď je tedy
        // **28**", "ดังนั้น คำตอบคือ 7", "Η σωστή απάντηση είναι (Ε)".
        "odpověď je", "odpoveď je", "răspunsul este", "răspunsul corect este", "คำตอบคือ",
        "απάντηση είναι",
        // Indonesian and Malay ("the answer is"), Polish, Turkish and Hindi in full sentences.
        "jawabannya adalah", "jawapannya ialah", "odpowiedź to", "odpowiedzią jest", "cevap şudur", "doğru cevap", "उत्तर है",
        // Vietnamese: "Vậy đáp án là 12."
        "đáp án là", "Đáp án là", "đáp số là", "Đáp số là",
        // The correct option: "l'opzione corretta è (B)", "la opción correcta es", "l'option correcte est", …
        "opzione corretta è", "opción correcta es", "option correcte est", "bonne option est", "opção correta é",
        "richtige option ist", "правильный вариант", "正确选项是", "正确答案是",
    ].map(b) + valueLabels

    /// Answer labels of Swedish, Norwegian, Finnish, Czech, Slovak, Ukrainian, Hungarian, Romanian, Greek, Hebrew,
    /// Persian, Thai, Malay, Indonesian and Vietnamese, read only when a value follows the colon (`Svar: 18`,
    /// `Відповідь: $x < -1$ або $x > 3$`, `Odpověď: východ`), not a sentence (`Svar: Punkten är $P = (-3, 4)$.`).
    static let valueLabels: [[UInt8]] = [
        "svar:", "vastaus:", "odpověď:", "odpoveď:", "відповідь:", "Відповідь:", "válasz:", "răspuns:", "răspunsul:",
        "απάντηση:", "Απάντηση:", "תשובה:", "پاسخ:", "คำตอบ:", "jawapan:", "jawaban:", "đáp án:", "đáp số:",
        // Vietnamese capitalised (the case of `Đ` is not ASCII's) and its "final answer", Polish, Turkish and Hindi.
        "Đáp án:", "Đáp số:", "đáp số cuối cùng:", "Đáp số cuối cùng:", "đáp án cuối cùng:", "Đáp án cuối cùng:",
        "odpowiedź:", "Odpowiedź:", "cevap:", "yanıt:", "Yanıt:", "उत्तर:", "उत्तर :",
        // Romanian "correct answer:" ("Răspuns corect: **42**" after a "Răspuns: 35." it corrects).
        "răspuns corect:",
    ].map(b)

    /// "Thus" words that may follow the verb of a foreign answer phrase, each with its space.
    static let phraseAdverbs: [[UInt8]] = ["dus ", "donc ", "also ", "quindi ", "entonces ", "então ", "portanto ", "alors ", "итак, ",
                                           "tedy ", "jadi "].map(b)

    /// Whether the text may hold a foreign answer phrase: a byte outside ASCII (every marker above has one but the
    /// German, Spanish, Dutch, Swedish, Finnish, Malay and Indonesian ones and the Portuguese and Italian ones with a
    /// colon) or "ntwort", "rgebnis", "espuesta", "sposta", "ntwoord", "var:", "astaus", "awapan", "awaban", "evap:". A cheap test
    /// before the markers are searched.
    static func mayHoldForeignAnswerPhrase(_ text: [UInt8]) -> Bool {
        text.contains(where: { $0 >= 0x80 }) || Bytes.find(text, b("ntwort")) != nil || Bytes.find(text, b("rgebnis")) != nil
            || Bytes.find(text, b("espuesta")) != nil || Bytes.find(text, b("sposta")) != nil || Bytes.find(text, b("ntwoord")) != nil
            || Bytes.find(text, b("var:")) != nil || Bytes.find(text, b("astaus")) != nil
            || Bytes.find(text, b("awapan")) != nil || Bytes.find(text, b("awaban")) != nil || Bytes.find(text, b("evap:")) != nil
    }

    /// The answer after the last foreign answer phrase ("答案是 12", "所以答案是 $\frac{1}{2}$。", "Ответ: $x = -3$."), up
    /// to the end of its line or sentence (`。` too); nil when there is none.
    /// The number in brackets after words without digits or math ("шестьдесят (60)." → `60`); nil otherwise.
    static func digitsAfterWords(_ phrase: [UInt8]) -> String? {
        var text = Array(Bytes.trimSpaces(phrase[...]))
        while text.last == 46 || text.last == 32 { text.removeLast() }
        guard text.count <= 64, text.last == 41, let open = text.lastIndex(of: 40), open > 0 else { return nil }
        let inside = text[(open + 1)..<(text.count - 1)], words = Bytes.trimSpaces(text[..<open])
        guard !words.isEmpty, !words.contains(where: { Bytes.isDigit($0) || $0 == 36 || $0 == 92 || $0 == 10 }),
              let first = inside.first, Bytes.isDigit(first) || first == 45,
              inside.dropFirst().allSatisfy({ Bytes.isDigit($0) || $0 == 46 }), inside.contains(where: Bytes.isDigit) else { return nil }
        return Bytes.string(inside)
    }

    static func foreignAnswerPhrase(_ text: [UInt8]) -> String? {
        guard let (start, marker) = foreignAnswerMarkers.compactMap({ marker in Bytes.findLastIgnoringCase(text, marker).map { ($0, marker) } })
            .max(by: { $0.0 < $1.0 }) else { return nil }
        var rest = Array(text[(start + marker.count)...])
        // "**Odpowiedź:** $a = 7$": the bold mark that closes the label.
        if rest.starts(with: [42, 42]) { rest.removeFirst(2) }
        if valueLabels.contains(marker) {
            // A value opens after the label: a digit, math, a sign, a bracket, or one word alone on its line.
            let opening = Array(Bytes.trimSpaces(rest[...]).prefix(while: { $0 != 10 }))
            // A lone word must be in a script of one- or two-byte letters: "उत्तर: पच्चीस" (a Devanagari number word) is
            // left to the fallbacks.
            guard let first = opening.first, Bytes.isDigit(first) || [36, 92, 45, 40, 91].contains(first) || Bytes.hasPrefix(opening, at: 0, unicodeMinus)
                    || !opening.contains(32) && !opening.contains(36) && first < 0xE0
                    // "Odpověď: všechna reálná čísla", "Odpověď: ani sudá, ani lichá", "Svar: tolv äpplen": a word answer
                    // the checker knows, or a number word with the noun it counts.
                    || EquivalenceChecker.namesWordAnswer(opening)
                    || opening.count <= 64 && NumberWords.foreignWordValue(Bytes.string(opening)) != nil else { return nil }
        }
        // "… a resposta não é 12, e sim $13$.", "die Antwort ist nicht 12, sondern 13": the value after "but rather".
        if let rather = ratherValue(Array(text[start...])) { return rather }
        // "答え：45 分後ではなく、出発から 54 分後", "答案不是 45，而是 54": the value after "not …, but".
        for rather in [b("ではなく"), b("而是")] {
            guard let at = Bytes.findLast(rest, rather) else { continue }
            var after = Array(rest[(at + rather.count)...])
            for mark in [b("、"), b("，"), b(","), b(" ")] { while Bytes.hasPrefix(after, at: 0, mark) { after.removeFirst(mark.count) } }
            rest = after
            break
        }
        for colon in [b("："), b(":")] where Bytes.hasPrefix(Array(Bytes.trimSpaces(rest[...])), at: 0, colon) {
            rest = Array(Bytes.trimSpaces(rest[...]).dropFirst(colon.count))
        }
        // "het antwoord is dus geen", "la réponse est donc 12": "thus" after the verb is not part of the answer.
        let opening = Array(Bytes.trimSpaces(rest[...]))
        if let adverb = phraseAdverbs.first(where: { Bytes.hasPrefixIgnoringCase(opening, at: 0, $0) }) { rest = Array(opening.dropFirst(adverb.count)) }
        if let stop = Bytes.find(rest, b("。")) { rest.removeSubrange(stop...) }
        // "答えは「赤」です": corner brackets quote the answer.
        for (open, close) in [(b("「"), b("」")), (b("『"), b("』"))] {
            let trimmed = Array(Bytes.trimSpaces(rest[...]))
            if Bytes.hasPrefix(trimmed, at: 0, open), let end = Bytes.find(trimmed, close, from: open.count) {
                rest = Array(trimmed[open.count..<end])
            }
        }
        // "정답은 화요일입니다.", "答えは 12 です": the word that closes the sentence is not part of the answer.
        var probe = rest
        while let last = probe.last, last == 46 || Bytes.isSpace(last) { probe.removeLast() }
        for ending in sentenceEndings where !probe.contains(10) && probe.count > ending.count && Array(probe.suffix(ending.count)) == ending {
            rest = Array(probe.dropLast(ending.count))
            break
        }
        // "Ответ: шестьдесят (60).": the number in words, then its digits in brackets.
        if let digits = digitsAfterWords(rest) { return digits }
        // "Die Antwort ist also 7 oder 9.": two values joined by "or" in the phrase's language hedge as "or" does.
        guard var phrase = cleanPhrase(rest) else { return nil }
        // "**Resposta:** El residu és $13$.": a sentence after the label gives the math segment that ends it.
        // Not after a choice label ("(B) $\frac{1}{3}$"): only words of three letters or more before the segment.
        if phrase.utf8.first != 36, case let segments = mathSegments(Array(phrase.utf8)), segments.count == 1, let segment = segments.first,
           Array(phrase.utf8)[..<segment.start].split(separator: 32).contains(where: { $0.count >= 3 && $0.allSatisfy { Bytes.isLetter($0) || $0 >= 0x80 } }),
           Array(phrase.utf8)[segment.end...].allSatisfy({ $0 == 46 || $0 == 32 || $0 == 36 }) {
            phrase = segment.text
        }
        let bytes = Array(phrase.utf8)
        for or in foreignOr where bytes.count <= 40 {
            let joiner = b(" ") + or + b(" ")
            guard let at = Bytes.find(bytes, joiner) else { continue }
            let left = bytes[..<at], right = bytes[(at + joiner.count)...]
            // Only between two short values: "o" is also an article ("isso ignora o caso").
            guard [left, right].allSatisfy({ side in side.count <= 16 && side.contains(where: Bytes.isDigit)
                    && !side.indices.dropLast().contains(where: { Bytes.isLetter(side[$0]) && Bytes.isLetter(side[$0 + 1]) }) }) else { continue }
            return Bytes.string(left) + " or " + Bytes.string(right)
        }
        return phrase
    }

    /// The answer after a denial and "but rather" in another language ("não é 12, e sim $13$", "no es 12, sino 13", "ist
    /// nicht 12, sondern 13", "n'est pas 12, mais 13", "не 12, а 13"); nil when the text has none.
    static func ratherValue(_ text: [UInt8]) -> String? {
        let lowered = text.map(Bytes.lower)
        for (negation, rather) in ratherPairs {
            guard let at = Bytes.findLast(lowered, rather), let denied = Bytes.findLast(lowered, negation, end: at), at - denied <= 40,
                  lowered[denied..<at].contains(where: Bytes.isDigit) || lowered[denied..<at].contains(36) else { continue }
            return cleanPhrase(Array(text[(at + rather.count)...]))
        }
        return nil
    }

    static let ratherPairs: [([UInt8], [UInt8])] = [("não é ", ", e sim "), ("no es ", ", sino "), ("nicht ", ", sondern "),
                                                     ("n'est pas ", ", mais "), ("не ", ", а "), ("non è ", ", ma ")].map { (b($0.0), b($0.1)) }

    /// "Or" in the languages models answer in other than English (`orWords` without "or"), longest first.
    static let foreignOr: [[UInt8]] = orWords.subtracting([b("or")]).sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }

    /// The content of the box right before the last one when only "or" (with spaces, commas and `$`) joins them; nil
    /// otherwise.
    static func boxJoinedByOr(_ text: [UInt8], lastBoxStart: Int) -> String? {
        var cursor = lastBoxStart
        while cursor > 0, text[cursor - 1] == 32 || text[cursor - 1] == 36 { cursor -= 1 }
        // "$x = \boxed{5}$ and $x = \boxed{7}$": the same name before both boxes, then "and" as well as "or".
        var name: UInt8?
        if cursor >= 3, text[cursor - 1] == 61, Bytes.isLetter(text[cursor - 2]) || text[cursor - 2] == 32 {
            var at = cursor - 1
            while at > 0, text[at - 1] == 32 { at -= 1 }
            if at > 0, Bytes.isLetter(text[at - 1]), at == 1 || !Bytes.isLetter(text[at - 2]) {
                name = text[at - 1]
                cursor = at - 1
                while cursor > 0, text[cursor - 1] == 32 || text[cursor - 1] == 36 { cursor -= 1 }
            }
        }
        let joiner: Int
        var joinedByAnd = false
        if cursor >= 3, Bytes.hasPrefixIgnoringCase(text, at: cursor - 2, b("or")), text[cursor - 3] == 32 || text[cursor - 3] == 44 { joiner = 2 }
        else if cursor >= 4, Bytes.hasPrefixIgnoringCase(text, at: cursor - 3, b("and")), text[cursor - 4] == 32 || text[cursor - 4] == 44 {
            joiner = 3
            joinedByAnd = true
        }
        // "可能是 $\boxed{5}$ 或 $\boxed{6}$", "$\boxed{5}$ oder $\boxed{6}$": "or" in other languages.
        else if let or = foreignOr.first(where: { cursor > $0.count && Bytes.hasPrefix(text, at: cursor - $0.count, $0)
                    && ($0[0] >= 0x80 || text[cursor - $0.count - 1] == 32) }) { joiner = or.count }
        else { return nil }
        cursor -= joiner
        while cursor > 0, text[cursor - 1] == 32 || text[cursor - 1] == 36 || text[cursor - 1] == 44 { cursor -= 1 }
        guard cursor > 0, text[cursor - 1] == 125, let previousStart = Bytes.findLast(text, boxedName, end: cursor),
              let end = boxEnd(text, from: previousStart) else { return nil }
        if joinedByAnd, name == nil {
            // Unnamed boxes joined by "and" list the answers only after a plural "are": "The values are $\boxed{4}$ and
            // $\boxed{9}$." ("The area is $\boxed{6}$ and the perimeter …" never joins: words follow the "and").
            var at = previousStart
            while at > 0, text[at - 1] == 32 || text[at - 1] == 36 || text[at - 1] == 58 { at -= 1 }
            guard at >= 4, Bytes.hasPrefixIgnoringCase(text, at: at - 4, b(" are")),
                  // Candidates that a later "Answer: 5" chooses from are not the answer.
                  Bytes.findLastIgnoringCase(Array(text[lastBoxStart...]), b("answer")) == nil else { return nil }
        }
        if let name {
            // The first box has the same name before it.
            var at = previousStart
            while at > 0, text[at - 1] == 32 || text[at - 1] == 36 { at -= 1 }
            guard at >= 2, text[at - 1] == 61 else { return nil }
            at -= 1
            while at > 0, text[at - 1] == 32 { at -= 1 }
            guard at > 0, text[at - 1] == name, at == 1 || !Bytes.isLetter(text[at - 2]) else { return nil }
        }
        var close = end
        while close > previousStart, text[close - 1] == 36 { close -= 1 }
        guard close == cursor, let open = Bytes.find(text, [123], from: previousStart), open < close - 1 else { return nil }
        return Bytes.string(Bytes.trimSpaces(text[(open + 1)..<(close - 1)]))
    }

    /// Whether only spacing (blanks, `$`, `\quad`, `\qquad`, `\,`, a comma or a line break) separates the last box
    /// from the box before it.
    static func boxesSideBySide(_ text: [UInt8], lastBoxStart: Int) -> Bool {
        guard let previousStart = Bytes.findLast(text, boxedName, end: lastBoxStart), let end = boxEnd(text, from: previousStart),
              end <= lastBoxStart else { return false }
        var gap = Array(text[end..<lastBoxStart])
        for spacing in [b("\\qquad"), b("\\quad"), b("\\,"), b("\\ ")] { Bytes.replaceAll(&gap, spacing, with: [32]) }
        return gap.allSatisfy { $0 == 32 || $0 == 36 || $0 == 44 || $0 == 10 }
    }

    /// How many boxes before the last stand side by side with it, each with the next (`boxesSideBySide`).
    static func boxesBesideLast(_ text: [UInt8], lastBoxStart: Int) -> Int {
        var count = 0, start = lastBoxStart
        while count < 16, boxesSideBySide(text, lastBoxStart: start), let previous = Bytes.findLast(text, boxedName, end: start) {
            count += 1
            start = previous
        }
        return count
    }

    static let undecidedPhrases: [[UInt8]] = ["not sure which", "unsure which", "can't decide which", "cannot decide which",
                                              "don't know which", "do not know which", "not certain which",
                                              // "The two methods disagree; one of them must contain an arithmetic slip."
                                              "methods disagree", "results disagree", "answers disagree"].map(b)

    /// The value a parenthesis opened by "(or " offers right after `end` (after closing math marks, a full stop, blank
    /// space, and at most three words that go on from the value: "\boxed{7} such integers (or possibly 8, …)"), when the
    /// text ends with that parenthesis: "$\boxed{12}$. (or 13 if …)" → `13`; nil otherwise.
    static func alternativeRightAfter(_ text: [UInt8], from end: Int) -> String? {
        var at = end
        while at < text.count, Bytes.isSpace(text[at]) || text[at] == 36 || text[at] == 46 || text[at] == 125 || text[at] == 92 && at + 1 < text.count && text[at + 1] == 93 {
            at += text[at] == 92 ? 2 : 1
        }
        var words = 0
        while words < 3, at < text.count, Bytes.isLetter(text[at]) {
            while at < text.count, Bytes.isLetter(text[at]) { at += 1 }
            guard at < text.count, text[at] == 32 else { return nil }
            at += 1
            words += 1
        }
        guard text.count - at <= 160, Bytes.hasPrefix(text, at: at, b("(or ")),
              let close = text.lastIndex(where: { !Bytes.isSpace($0) && $0 != 46 }), text[close] == 41 else { return nil }
        var from = at + 4
        if let word = parentheticalHedges.first(where: { Bytes.hasPrefixIgnoringCase(text, at: from, $0) }) { from += word.count }
        return bareToken(text, from: from)
    }

    /// Whether the text after the last box says the response cannot choose ("I'm not sure which is right.").
    static func undecidedAfter(_ tail: [UInt8]) -> Bool {
        guard tail.count <= 300 else { return false }
        let lowered = tail.map(Bytes.lower)
        return undecidedPhrases.contains { Bytes.find(lowered, $0) != nil }
    }

    /// Where the last `\boxed` or `\fbox` starts (-1 when there is none).
    static func lastBoxStart(_ text: [UInt8]) -> Int {
        // One backward scan that stops at the last box (usually near the end).
        var index = text.count - fboxName.count
        while index >= 0 {
            if text[index] == 92, Bytes.hasPrefix(text, at: index, boxedName) || Bytes.hasPrefix(text, at: index, fboxName) { return index }
            index -= 1
        }
        return -1
    }

    static let namedAnswerWords: [[UInt8]] = [" is the ", " is our ", " is the final ", " is the correct ", " is my ",
                                              " is my final ", " is the required "].map(b)

    /// A value named the answer after it: "Hence, 6 is the answer.", "$\frac12$ is the answer, not $\frac13$." The
    /// value is the last math segment or number before the words in their sentence; nil when there is none.
    static func valueNamedAnswer(_ text: [UInt8], policy: AnswerPolicy) -> Segment? {
        let word = b("answer")
        var searchEnd = text.count
        var found: Int?
        while found == nil, searchEnd >= word.count, let candidate = Bytes.findLastIgnoringCase(text, word, end: searchEnd) {
            searchEnd = candidate + word.count - 1
            if let words = namedAnswerWords.first(where: { candidate >= $0.count && Bytes.hasPrefixIgnoringCase(text, at: candidate - $0.count, $0) }) {
                found = candidate - words.count
            }
        }
        guard let index = found else { return nil }
        let start = sentenceStart(text, at: index)
        let region = Array(text[start..<index])
        guard let value = statedValue(region, policy: policy) else { return nil }
        return Segment(text: value.text, start: start + value.start, end: start + value.end)
    }

    /// `#### N`: the rest of the line after the first (or last) marker.
    static func hashMarker(_ text: [UInt8], first: Bool) -> String? {
        let marker = b("####")
        guard var found = first ? Bytes.find(text, marker) : Bytes.findLast(text, marker) else { return nil }
        // A correction between two markers ("#### 60,000\nCorrection: … = 40,000.\n#### 40,000") makes the last one the answer.
        if first, let last = Bytes.findLast(text, marker), last > found, let opening = correctionOpening(text, after: found), opening < last {
            found = last
        }
        // "#### 18⏎⏎Let me re-check: the third day was 9, not 7, so 5 + 6 + 9 = 20.⏎#### 20": a re-check between two markers
        // that give different values ends on the last one.
        if first, let last = Bytes.findLast(text, marker), last > found,
           case let between = Array(text[found..<last]).map(Bytes.lower), recheckWords.contains(where: { Bytes.contains(between, $0) }),
           let one = markedValue(text, at: found), let other = markedValue(text, at: last), compactValue(one) != compactValue(other) {
            found = last
        }
        var start = found + marker.count
        while start < text.count, text[start] == 35 || text[start] == 32 { start += 1 }
        var end = start
        while end < text.count, text[end] != 10 { end += 1 }
        // "#### 40 #### 40": a second marker on the line ends the first one's answer, as lm-eval's `#### (…)` match does.
        if let next = Bytes.find(text, marker, from: start), next < end { end = next }
        let rest = Array(Bytes.trimSpaces(text[start..<end]))
        // "#### Solve $x^3 = 2$⏎⏎$$x = 2^{1/3}$$": a Markdown heading (a capitalised word opens it, text follows it) marks
        // no answer.
        if let first = rest.first, (65...90).contains(first), rest.prefix(while: Bytes.isLetter).count >= 2,
           text[end...].contains(where: { !Bytes.isSpace($0) }) {
            return nil
        }
        return rest.isEmpty ? nil : cleanPhrase(rest)
    }

    static let recheckWords: [[UInt8]] = ["let me re-check", "let me recheck", "re-checking", "rechecking", "let me check again",
                                          "checking again", "let me double-check", "double-checking",
                                          // "#### 40⏎Hmm, 40 is the total, but the question asks … = 26.⏎#### 26"
                                          "hmm,", "but the question asks"].map(b)

    static let retractions: [[UInt8]] = ["that's not right", "that is not right", "that's wrong", "that is wrong",
                                          "that's incorrect", "that is incorrect", "that's not correct", "this is wrong"].map(b)

    /// Whether, after `start`, the response says its answer is not right ("Wait, that's not right.") and gives no number
    /// after saying so.
    static func retractedAfter(_ text: [UInt8], from start: Int) -> Bool {
        guard text.count - start <= 600 else { return false }
        let tail = Array(text[start...])
        guard let at = retractions.compactMap({ Bytes.findLastIgnoringCase(tail, $0) }).max() else { return false }
        return !tail[at...].contains(where: Bytes.isDigit)
    }

    /// The last lines of a response when they are two or more assignments of numbers to distinct names, one a line
    /// ("p = 6⏎q = 31⏎r = -1"), joined as a list (compared with a tuple in that order); nil otherwise.
    static func closingAssignmentLines(_ text: [UInt8]) -> String? {
        // Read backwards, line by line, so a response that does not end so costs a look at its last 25 bytes.
        var end = text.count
        while end > 0, Bytes.isSpace(text[end - 1]) { end -= 1 }
        var lines: [String] = []
        var names: Set<[UInt8]> = []
        while end > 0 {
            var start = end
            while start > 0, text[start - 1] != 10, end - start <= 24 { start -= 1 }
            guard start == 0 || text[start - 1] == 10 else { break }
            let trimmed = Bytes.trimSpaces(text[start..<end])
            guard let equals = trimmed.firstIndex(of: 61) else { break }
            let name = Array(Bytes.trimSpaces(trimmed[..<equals])), value = Bytes.trimSpaces(trimmed[(equals + 1)...])
            guard let first = name.first, Bytes.isLetter(first), name.count <= 4, name.dropFirst().allSatisfy({ Bytes.isLetter($0) || Bytes.isDigit($0) || $0 == 95 }),
                  value.contains(where: Bytes.isDigit), value.allSatisfy({ Bytes.isDigit($0) || $0 == 45 || $0 == 46 || $0 == 47 }),
                  names.insert(name).inserted else { break }
            lines.insert(Bytes.string(trimmed), at: 0)
            // A blank line (or the start) ends the block.
            guard start >= 2, text[start - 2] != 10 else { break }
            end = start - 1
        }
        return lines.count >= 2 ? lines.joined(separator: ", ") : nil
    }

    /// The answer phrase of the line right before the (first or last) `####` marker, when that line holds one.
    static func answerPhraseBeforeMarker(_ text: [UInt8], first: Bool) -> String? {
        guard let at = first ? Bytes.find(text, b("####")) : Bytes.findLast(text, b("####")) else { return nil }
        var end = at
        while end > 0, Bytes.isSpace(text[end - 1]) { end -= 1 }
        guard end > 0, end < at, text[end..<at].contains(10) else { return nil }
        var start = end
        while start > 0, text[start - 1] != 10 { start -= 1 }
        return answerPhrase(Array(text[start..<end]))
    }

    /// Whether `text` is one amount: a number (maybe after a dollar sign) and at most one word after it (`20`, `\$18.00`,
    /// `20 apples`), not a sentence or a number in words (`2 hundred and sixty`).
    static func isPlainAmount(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        while let first = bytes.first, first == 36 || first == 92 || first == 32 { bytes = bytes.dropFirst() }
        let number = bytes.prefix { Bytes.isDigit($0) || $0 == 44 || $0 == 46 || $0 == 45 }
        guard number.contains(where: Bytes.isDigit) else { return false }
        let rest = Bytes.trimSpaces(bytes.dropFirst(number.count)).filter { $0 != 46 }
        return rest.isEmpty || rest.count <= 12 && rest.allSatisfy(Bytes.isLetter)
    }

    /// The value of the first number in `text` (`\$1,250.00` → 1250), when it has one.
    static func leadingNumberValue(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard let start = bytes.firstIndex(where: Bytes.isDigit) else { return nil }
        var digits: [UInt8] = start > 0 && bytes[start - 1] == 45 ? [45] : []
        var index = start
        while index < bytes.count, Bytes.isDigit(bytes[index]) || (bytes[index] == 44 || bytes[index] == 46) && index + 1 < bytes.count && Bytes.isDigit(bytes[index + 1]) {
            if bytes[index] != 44 { digits.append(bytes[index]) }
            index += 1
        }
        return Double(Bytes.string(digits[...]))
    }

    /// The text after the `####` marker at `at`, to the end of its line.
    private static func markedValue(_ text: [UInt8], at: Int) -> String? {
        var start = at + 4
        while start < text.count, text[start] == 35 || text[start] == 32 { start += 1 }
        var end = start
        while end < text.count, text[end] != 10 { end += 1 }
        let rest = Array(Bytes.trimSpaces(text[start..<end]))
        return rest.isEmpty ? nil : Bytes.string(rest[...])
    }

    /// "the answer is X", "Answer: X", "**Answer:** X", "Final answer: X" — the last one in the response.
    static func answerPhrase(_ text: [UInt8]) -> String? { answerPhraseScan(text).phrase?.answer }

    /// Words before "answers" that make it a count ("Correct answers: 16 out of 40").
    static let countedAnswerWords: [[UInt8]] = ["correct ", "incorrect ", "wrong ", "right "].map(b)

    /// The last answer phrase and where its answer starts.
    static func answerPhraseLocated(_ text: [UInt8]) -> (answer: String, start: Int)? { answerPhraseScan(text).phrase }

    /// The last answer phrase, and whether the text has the word "answer" at all.
    static func answerPhraseScan(_ text: [UInt8]) -> (phrase: (answer: String, start: Int)?, sawWord: Bool) {
        let word = b("answer")
        var searchEnd = text.count
        var verdicts = 0
        var sawWord = false
        while searchEnd >= word.count {
            guard let index = Bytes.findLastIgnoringCase(text, word, end: searchEnd) else { return (nil, sawWord) }
            sawWord = true
            searchEnd = index + word.count - 1
            var cursor = index + word.count
            while cursor < text.count, text[cursor] == 42 { cursor += 1 }   // **
            var matched = false
            if cursor < text.count, text[cursor] == 58 { cursor += 1; matched = true }   // :
            else if Bytes.hasPrefixIgnoringCase(text, at: cursor, b(" is")) || Bytes.hasPrefixIgnoringCase(text, at: cursor, b("is")) {
                cursor += text[cursor] == 32 ? 3 : 2
                if cursor < text.count, text[cursor] == 58 { cursor += 1 }
                matched = true
            } else if Bytes.hasPrefixIgnoringCase(text, at: cursor, b(" should be ")) {
                cursor += 11   // "So the answer should be $30$."
                matched = true
            } else if Bytes.hasPrefixIgnoringCase(text, at: cursor, b("s are ")) || Bytes.hasPrefixIgnoringCase(text, at: cursor, b("s:")),
                      // "Correct answers: 16 out of 40 questions.": a count of answers, not an answer.
                      !countedAnswerWords.contains(where: { index >= $0.count && Bytes.hasPrefixIgnoringCase(text, at: index - $0.count, $0) }) {
                cursor += text[cursor + 1] == 58 ? 2 : 5   // "the answers are 9 and 10", "Answers: 2, 3"
                matched = true
            } else if cursor > index + word.count, cursor + 1 < text.count, text[cursor] == 32, text[cursor + 1] != 32, text[cursor + 1] != 10,
                      isFinalAnswerHeading(text, answerWord: index) {
                cursor += 1   // "**Final Answer** 13": a bold heading with its answer on the same line
                matched = true
            } else if let line = valueLineAfterHeading(text, answerWord: index, end: cursor) {
                cursor = line   // PRM800K's "# Answer⏎⏎4, 2": a Markdown heading with its value on the next line
                matched = true
            } else if verdicts == 0, isHeadingLine(text, answerWord: index, end: cursor) {
                // "… make you think the answer is 7. Don't fall for that!⏎⏎### Final Answer⏎The greatest possible value is
                // **13**.": a closing answer heading over a sentence outranks every phrase before it; the fallbacks read
                // the sentence.
                return (nil, true)
            }
            // The phrase's answer is read from a bounded window, so many phrases in one response stay linear.
            // "The answer is $15$? Let me double-check …": a phrase that ends with a question mark asks, it does not answer.
            if matched, phraseAsks(text, from: cursor) { continue }
            // "A tempting answer is $135^\circ$, but …": an answer called wrong before it is said is no answer.
            if matched, rejectedAnswerWords.contains(wordBefore(text, at: index)) { continue }
            if matched, let answer = cleanPhrase(Array(text[cursor..<min(text.count, cursor + phraseWindow)])).map(withoutRestatement) {
                // "The answer is not $8$, since …": a denial gives no answer; earlier phrases or the fallbacks do.
                if !isVerdictWord(answer), !answer.lowercased().hasPrefix("not ") { return ((answer, cursor), true) }
                verdicts += 1
                if verdicts == maximumVerdicts { return (nil, true) }
            }
        }
        return (nil, sawWord)
    }

    /// Words that call the answer after them wrong: "a tempting answer is", "the wrong answer would be".
    static let rejectedAnswerWords: Set<[UInt8]> = Set(["tempting", "wrong", "incorrect", "naive", "mistaken", "false"].map(b))

    /// The lower-cased word that ends right before `index` (after spaces and bold markers); empty when there is none.
    static func wordBefore(_ text: [UInt8], at index: Int) -> [UInt8] {
        var end = index
        while end > 0, text[end - 1] == 32 || text[end - 1] == 42 { end -= 1 }
        var start = end
        while start > 0, Bytes.isLetter(text[start - 1]) { start -= 1 }
        return text[start..<end].map(Bytes.lower)
    }

    /// Where the value starts when `answer` (at `answerWord`, ending at `end`) is a whole Markdown heading line (`# Answer`,
    /// `## Final Answer`) and the next non-empty line opens with a value: a digit, math, a sign, a bracket, or one word
    /// alone on its line, as after the value labels. Nil otherwise (a sentence under the heading is read by the fallbacks).
    static func valueLineAfterHeading(_ text: [UInt8], answerWord: Int, end: Int) -> Int? {
        guard var cursor = headingLineEnd(text, answerWord: answerWord, end: end) else { return nil }
        while cursor < text.count, Bytes.isSpace(text[cursor]) { cursor += 1 }
        let line = Array(text[cursor...].prefix(while: { $0 != 10 }))
        guard let first = line.first, Bytes.isDigit(first) || [36, 92, 45, 40, 91].contains(first)
                || !Bytes.trimSpaces(line[...]).contains(32) && !line.contains(36) else { return nil }
        return cursor
    }

    /// The Latin letters in parentheses right after the last `answer` of a response (`Эвелин (Evelyn)` → `Evelyn`): one to
    /// three words of ASCII letters; nil otherwise.
    static func latinSpellingAfter(_ answer: String, in response: String) -> String? {
        let bytes = Array(response.utf8), name = Array(answer.utf8)
        guard let at = Bytes.findLast(bytes, name) else { return nil }
        var cursor = at + name.count
        while cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == 40, let close = bytes[cursor...].prefix(40).firstIndex(of: 41) else { return nil }
        let inside = Bytes.trimSpaces(bytes[(cursor + 1)..<close])
        guard !inside.isEmpty, inside.allSatisfy({ Bytes.isLetter($0) || $0 == 32 || $0 == 45 }), inside.filter({ $0 == 32 }).count <= 2 else { return nil }
        return Bytes.string(inside)
    }

    /// Where the newline that ends a Markdown heading line (`# Answer`, `### Final Answer:`) is, when `answer` (at
    /// `answerWord`, ending at `end`) is that whole heading's last word; nil otherwise.
    static func headingLineEnd(_ text: [UInt8], answerWord: Int, end: Int) -> Int? {
        var start = answerWord
        while start > 0, text[start - 1] != 10 { start -= 1 }
        let opening = text[start..<answerWord].drop(while: { $0 == 32 })
        guard opening.first == 35 else { return nil }
        let words = opening.drop(while: { $0 == 35 })
        guard words.first == 32, words.allSatisfy({ Bytes.isLetter($0) || $0 == 32 }) else { return nil }
        var cursor = end
        while cursor < text.count, text[cursor] == 32 || text[cursor] == 58 { cursor += 1 }
        return cursor < text.count && text[cursor] == 10 ? cursor : nil
    }

    /// Whether `answer` is a whole Markdown heading line (`### Final Answer`) with more text after it.
    static func isHeadingLine(_ text: [UInt8], answerWord: Int, end: Int) -> Bool {
        guard let newline = headingLineEnd(text, answerWord: answerWord, end: end) else { return false }
        return text[newline...].contains(where: { !Bytes.isSpace($0) })
    }

    /// An answer without the same value restated in another form after it: "1/2 or equivalently 0.5" → `1/2`.
    /// The same in other languages: "7 horas, es decir, 420 minutos" → `7 horas`.
    /// "the positive divisors of $15$, namely $n = 1, 3, 5, 15$": a description named by its values is those values.
    static func withoutRestatement(_ answer: String) -> String {
        let bytes = Array(answer.utf8)
        guard bytes.count >= 12 else { return answer }
        if let namely = Bytes.find(bytes, b(", namely ")), bytes[(namely + 9)...].contains(where: Bytes.isDigit) {
            return Bytes.string(Bytes.trimSpaces(bytes[(namely + 9)...]))
        }
        guard let at = restatementMarkers.compactMap({ Bytes.find(bytes, $0) }).min(), at > 0 else { return answer }
        return Bytes.string(bytes[..<at])
    }

    static let restatementMarkers: [[UInt8]] = [", or equivalently ", " or equivalently ", ", equivalently ", ", i.e. ", ", i.e., ",
        ", es decir, ", ", es decir ", ", c'est-à-dire ", ", c’est-à-dire ", ", d. h. ", ", d.h. ", ", also ", ", cioè ", ", ou seja, ",
        ", ou seja ", ", то есть ", ", т. е. ", ", т.е. ", "，即", "，也就是", ", tức là ", ", czyli ", ", tj. ", ", yani "].map(b)

    /// Whether the sentence from `start` ends with a question mark within the phrase window ("The answer is $15$?").
    static func phraseAsks(_ text: [UInt8], from start: Int) -> Bool {
        var index = start
        while index < min(text.count, start + phraseWindow) {
            let byte = text[index]
            if byte == 63 { return true }
            if byte == 10 || (byte == 46 || byte == 33) && (index + 1 == text.count || Bytes.isSpace(text[index + 1])) { return false }
            index += 1
        }
        return false
    }

    /// Whether the "answer" at `answerWord` ends a "Final Answer" heading that opens its line in bold or as a markdown
    /// heading (`**Final Answer**`, `## **Final Answer**`).
    static func isFinalAnswerHeading(_ text: [UInt8], answerWord: Int) -> Bool {
        let final = b("final ")
        guard answerWord >= final.count, Bytes.hasPrefixIgnoringCase(text, at: answerWord - final.count, final) else { return false }
        var lineStart = answerWord - final.count
        while lineStart > 0, text[lineStart - 1] != 10 { lineStart -= 1 }
        let lead = text[lineStart..<(answerWord - final.count)]
        return lead.contains(42) && lead.allSatisfy { $0 == 42 || $0 == 35 || $0 == 32 }
    }

    static let correctionWords: [[UInt8]] = ["wait", "actually", "oops", "correction", "correcting", "no,", "no:", "no —", "no -", "hmm, no", "hmm, actually", "hmm, wait",
                                             "but wait", "so actually",
                                             "hmm wait", "hold on", "on second thought", "no wait",
                                             "i forgot", "hmm, i forgot", "oh, i forgot", "oops, i forgot", "oh wait", "oh, wait",
                                             "i made a mistake", "i made an error", "that is wrong", "that's wrong",
                                             "hmm, rereading", "rereading", "re-reading", "on rereading", "hmm, recomputing", "recomputing",
                                             // "$\boxed{49}$ square units.⏎⏎The question asks for the perimeter, which is $4 \times 7 = 28$."
                                             "the question asks for", "the problem asks for", "but the question asks for",
                                             // "Wait" in other languages (scripts without ASCII case twice).
                                             "espera", "espere", "attends", "attendez", "warte", "aspetta", "wacht", "czekaj", "bekle",
                                             "tunggu", "chờ đã", "à không", "À không", "подожди", "Подожди", "постой", "Постой", "ні, стоп", "Ні, стоп", "стоп,",
                                             "Стоп,", "περίμενε", "Περίμενε", "等等",
                                             "等一下", "待って", "잠깐"].map(b)

    /// A correction after a phrase answer: a later sentence that opens with "Wait", "Actually", "Oops", "Correction",
    /// "No, …" and gives a value ("The answer is 12. Wait, no: I double counted, so it is 11." → `11`): the last value
    /// from that sentence on. Nil when no such sentence follows or it gives no value.
    static func correction(_ text: [UInt8], after start: Int, policy: AnswerPolicy) -> String? {
        guard let opening = correctionOpening(text, after: start), let value = lastValue(Array(text[opening...]), policy: policy) else { return nil }
        // "Actually, let me double-check … ✓. So $x=$" (cut off): a name with no value corrects nothing.
        if value.trimmingCharacters(in: .whitespaces).hasSuffix("=") { return nil }
        return value
    }

    /// Where the first sentence after `start` that opens with a correction word starts; nil when there is none.
    static func correctionOpening(_ text: [UInt8], after start: Int) -> Int? {
        var index = start
        while index < text.count {
            let byte = text[index]
            index += 1
            // "… 71, 73 — wait, the problem needs primes greater than 11": a dash before "wait" opens a correction too.
            let dashedWait = byte == 0x94 && index >= 3 && text[index - 3] == 0xE2 && text[index - 2] == 0x80 && index < text.count
                && Bytes.isSpace(text[index]) && Bytes.hasPrefixIgnoringCase(text, at: index + 1, waitWord)
            guard byte == 10 || (byte == 46 || byte == 33 || byte == 63) && index < text.count && Bytes.isSpace(text[index]) || dashedWait else { continue }
            var opening = index
            while opening < text.count, Bytes.isSpace(text[opening]) || text[opening] == 42 { opening += 1 }
            guard correctionWords.contains(where: { word in
                Bytes.hasPrefixIgnoringCase(text, at: opening, word)
                    && (opening + word.count == text.count || !Bytes.isLetter(text[opening + word.count]))
            }) else { continue }
            return opening
        }
        return nil
    }

    /// The last value of a passage: its last math segment (a computation by its result) or its last number.
    static func lastValue(_ tail: [UInt8], policy: AnswerPolicy) -> String? {
        let math = lastMathSegment(tail)
        let number = lastNumber(tail, dollarsAreMath: policy.dollarsAreMath)
        if let math, number == nil || math.end >= number!.end { return chainResult(math.text) ?? math.text }
        return number?.text
    }

    /// A self-correction after the last box: a later sentence opening with a correction word that states an answer
    /// ("\boxed{12} years. Wait — … The answer is 13." → `13`), or, after a firmer word than a bare "Wait" ("Hmm,
    /// actually", "Oops", "Correction", "No,"), gives a value ("… so the result is $42 - 8 = 34$." → `34`). A bare "Wait"
    /// with no answer phrase is a check ("Wait, let me verify: 12 × 2 = 24"), and the box stays.
    static func correctionAfterBox(_ text: [UInt8], boxStart: Int, boxEnd end: Int, policy: AnswerPolicy) -> String? {
        guard let opening = correctionOpening(text, after: end) else { return valueStatedAsActual(text, after: end, policy: policy) }
        // "(If the seats were around a round table we would divide by $6$... no, by $5$, to get $24$, but that's not the
        // situation here.)": a correction inside a counterfactual aside corrects the aside, not the box.
        if let open = text[end..<opening].lastIndex(of: 40), !text[open..<opening].contains(41), Bytes.hasPrefixIgnoringCase(text, at: open + 1, b("if ")) {
            return nil
        }
        let tail = withoutClosingDenial(Array(text[opening...]))
        if let phrase = answerPhrase(tail) { return phrase }
        // "Hold on" is as weak as a bare "Wait".
        let weak = Bytes.hasPrefixIgnoringCase(text, at: opening, waitWord) && !firmWait(text, at: opening)
            || Bytes.hasPrefixIgnoringCase(text, at: opening, b("hold on"))
        guard !weak else {
            // A bare "Wait" whose passage ends by stating another value as "actually" the answer ("Wait, 8 also works: …
            // So the smallest such integer is actually 8.") corrects the box: the value after "actually".
            guard let lastByte = tail.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
            let lastSentence = tail[sentenceStart(tail, at: lastByte)...lastByte]
            // So does one that names the value as the correct one ("I made an error above; the correct remainder is $1$.",
            // "So the correct sum is $-\frac{7}{2}$.").
            let sentence = Array(lastSentence)
            if let actually = Bytes.findLastIgnoringCase(sentence, b(" actually ")) ?? correctedValueStart(sentence) {
                return lastValue(Array(sentence[actually...]), policy: policy)
            }
            // So does a passage that reads the question again and ends in a conclusion ("Wait — the problem asks for
            // points strictly inside … So there are 9 lattice points in the interior."); a bare computation after the
            // re-reading settles nothing ("Wait, the problem asks for the remaining amount: 30 - 18 = 12.").
            if Bytes.hasPrefixIgnoringCase(text, at: opening, waitWord), firmWait(text, at: opening, continuations: rereadWaitContinuations),
               case let trimmed = Array(sentence.drop(while: { Bytes.isSpace($0) || $0 == 42 })),
               concludingOpenings.contains(where: { Bytes.hasPrefixIgnoringCase(trimmed, at: 0, $0) }) {
                return lastValue(trimmed, policy: policy)
            }
            // So does one that states the boxed quantity again by its name ("… so the minimum is $\boxed{-4}$.\n\nWait —
            // the vertex lies outside $[2, 5]$ … The minimum value is $-3$.").
            let boxSentence = Array(text[sentenceStart(text, at: boxStart)..<boxStart])
            guard let named = restatedQuantity(sentence, naming: boxSentence), !inCheckSentence(sentence, at: 0) else { return nil }
            return lastValue(Array(sentence[named...]), policy: policy)
        }
        return lastValue(tail, policy: policy)
    }
    /// The value the last sentence after `end` states as "actually" the quantity, when that sentence starts after `end`
    /// ("$\boxed{\dfrac{3}{2}}$.⏎⏎Let me double-check the sign: … so the slope is actually $-\frac{3}{2}$." → the
    /// value after "is actually"). Nil when there is no such sentence or it states no value.
    static func valueStatedAsActual(_ text: [UInt8], after end: Int, policy: AnswerPolicy) -> String? {
        guard text.count - end > 12, let lastByte = text.lastIndex(where: { !Bytes.isSpace($0) }), lastByte > end else { return nil }
        let start = sentenceStart(text, at: lastByte)
        guard start >= end, let actually = Bytes.findLastIgnoringCase(Array(text[start...lastByte]), b(" is actually ")) else { return nil }
        let tail = Array(text[(start + actually + 13)...lastByte])
        // LaTeX outside `$…$` ("the answer is actually \frac{35}{3}") is left to the readers of bare LaTeX.
        guard tail.count <= 60, tail.contains(where: Bytes.isDigit), tail.contains(36) || !tail.contains(92) else { return nil }
        return lastValue(tail, policy: policy)
    }

    /// The text without a closing ", not <value>." that denies the value before it ("So the correct count is $64$, not 24."
    /// → "So the correct count is $64$"): the denied value is no later answer.
    static func withoutClosingDenial(_ text: [UInt8]) -> [UInt8] {
        guard let not = Bytes.findLastIgnoringCase(text, b(", not ")) else { return text }
        let after = text[(not + 6)...]
        guard after.count <= 24, after.contains(where: Bytes.isDigit),
              after.allSatisfy({ Bytes.isDigit($0) || [32, 36, 46, 44, 33, 45, 42].contains($0) }),
              text[..<not].suffix(40).contains(where: Bytes.isDigit) else { return text }
        return Array(text[..<not])
    }

    /// Where the value of a sentence "(So|Thus|Therefore|Hence,) the <up to four words> is <value>" starts, when one of
    /// its words (four letters or more, not a filler like "answer" or "value") is in `boxSentence`, the words before a
    /// box: "The minimum value is $-3$." restates "so the minimum is $\boxed{-4}$". Nil otherwise.
    static func restatedQuantity(_ sentence: [UInt8], naming boxSentence: [UInt8]) -> Int? {
        let lowered = sentence.map(Bytes.lower)
        var cursor = 0
        while cursor < lowered.count, Bytes.isSpace(lowered[cursor]) || lowered[cursor] == 42 { cursor += 1 }
        for opening in [b("so "), b("so, "), b("thus "), b("thus, "), b("therefore "), b("therefore, "), b("hence "), b("hence, ")]
            where Bytes.hasPrefix(lowered, at: cursor, opening) { cursor += opening.count; break }
        guard Bytes.hasPrefix(lowered, at: cursor, b("the ")), let verb = Bytes.find(lowered, b(" is "), from: cursor) else { return nil }
        let words = lowered[(cursor + 4)..<verb].split(separator: 32)
        guard !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.allSatisfy(Bytes.isLetter) }) else { return nil }
        let before = boxSentence.map(Bytes.lower).split(whereSeparator: { !Bytes.isLetter($0) }).map(Array.init)
        guard words.contains(where: { word in
            word.count >= 4 && !restatementFillers.contains(Array(word)) && before.contains(Array(word))
        }) else { return nil }
        let value = verb + 4
        guard lowered[value...].contains(where: { Bytes.isDigit($0) || $0 == 92 }) else { return nil }
        return value
    }
    static let restatementFillers: Set<[UInt8]> = Set(["answer", "value", "final", "result", "number", "total", "correct",
                                                       "exact", "required", "desired"].map(b))

    static let waitWord = b("wait")
    /// What follows "Wait" in a firm correction: "Wait, actually, I forgot the overlap", "Wait, that can't be right".
    static let firmWaitContinuations: [[UInt8]] = ["no", "actually", "that can't", "that cannot", "that can not", "that's not",
                                                   "that is not", "that's wrong", "that is wrong", "this is wrong", "that's incorrect",
                                                   "i forgot", "i made a", "i made an", "i miscounted", "i misread", "i messed"].map(b)
    /// What follows "Wait" when the question is read again: "Wait — the problem asks for points strictly inside …".
    static let rereadWaitContinuations: [[UInt8]] = ["the problem asks", "the question asks", "the problem says", "the question says"].map(b)
    /// Openings of a sentence that concludes a re-read question's passage ("So there are 9 lattice points …").
    static let concludingOpenings: [[UInt8]] = ["so ", "so, ", "therefore", "thus", "hence"].map(b)

    /// Whether the "Wait" at `opening` opens a firm correction rather than a check: the words after it (past `,`, `:`,
    /// `—`, `-` and spaces) begin with a firm continuation ("Wait, actually …", "Wait — that can't be right"), or with
    /// one of `continuations`.
    static func firmWait(_ text: [UInt8], at opening: Int, continuations: [[UInt8]] = firmWaitContinuations) -> Bool {
        var cursor = opening + waitWord.count
        while cursor < text.count, Bytes.isSpace(text[cursor]) || text[cursor] == 44 || text[cursor] == 58 || text[cursor] == 45
            || text[cursor] == 46 || text[cursor] == 33 || text[cursor] == 0xE2 || text[cursor] == 0x80 || text[cursor] == 0x94 { cursor += 1 }
        return continuations.contains { word in
            Bytes.hasPrefixIgnoringCase(text, at: cursor, word) && (cursor + word.count == text.count || !Bytes.isLetter(text[cursor + word.count]))
        }
    }

    static let denialsBeforeBox: [[UInt8]] = ["can't be", "cannot be", "can not be", "isn't", "is not", "not"].map(b)

    /// Words before a box that only show the answer's format ("I'll give the final answer in the requested form, e.g.
    /// \boxed{4}."): such a box is no answer.
    static let examplesBeforeBox: [[UInt8]] = ["e.g.", "e.g.,", "for example", "for example,", "for instance", "for instance,"].map(b)

    /// Whether the words right before the box deny it ("It can't be $\boxed{5}$", "the answer is not \boxed{5}") or make
    /// it an example of the format ("e.g. \boxed{4}").
    static func deniedBox(_ text: [UInt8], boxStart: Int) -> Bool {
        var end = boxStart
        while end > 0, Bytes.isSpace(text[end - 1]) || text[end - 1] == 36 { end -= 1 }
        if (denialsBeforeBox + examplesBeforeBox).contains(where: { word in
            end >= word.count && Bytes.hasPrefixIgnoringCase(text, at: end - word.count, word)
                && (end == word.count || !Bytes.isLetter(text[end - word.count - 1]))
        }) { return true }
        // "But $x = \boxed{2}$ makes the denominator zero, so it is extraneous.": the box's own sentence rejects it.
        var sentenceEnd = boxStart
        while sentenceEnd < text.count, text[sentenceEnd] != 10,
              !((text[sentenceEnd] == 46 || text[sentenceEnd] == 33) && (sentenceEnd + 1 == text.count || Bytes.isSpace(text[sentenceEnd + 1]))) {
            sentenceEnd += 1
        }
        // The rejection names the box ("it"), with no parenthesis between them: "(the root $x=-3$ is rejected)" rejects another.
        let after = text[boxStart..<sentenceEnd].map(Bytes.lower)
        // "$\boxed{14}$ is not right because it counts the empty set.": a verdict right after the box rejects it.
        if let end = boxEnd(text, from: boxStart) {
            var cursor = end
            // "(the other root, $\boxed{-8}$, is rejected because …)": a comma may come first.
            while cursor < text.count, text[cursor] == 32 || text[cursor] == 36 || text[cursor] == 44 { cursor += 1 }
            if verdictsAfterBox.contains(where: { Bytes.hasPrefixIgnoringCase(text, at: cursor, $0) }) { return true }
        }
        guard let rejection = rejectionsOfBox.compactMap({ Bytes.find(after, $0) }).min() else { return false }
        return !after[..<rejection].contains(40)
    }
    static let questionRereadings: [[UInt8]] = ["problem asks", "question asks", "asks for the", "we were asked", "we are asked"].map(b)
    static let verdictsAfterBox: [[UInt8]] = ["is not right", "is wrong", "is incorrect", "is not correct", "isn't right", "isn't correct",
                                              "is not the answer", "was wrong", "was not right", "is rejected", "is extraneous",
                                              "must be rejected"].map(b)
    static let rejectionsOfBox: [[UInt8]] = [" it is extraneous", " it must be rejected", " it is rejected", " it is not a valid solution",
                                             " it is not valid"].map(b)

    /// Whether the box is offered as a guess ("I'll guess $\boxed{7}$", "my guess is \boxed{7}").
    static func guessedBox(_ text: [UInt8], boxStart: Int) -> Bool {
        boxStart > 0 && Bytes.findLastIgnoringCase(Array(text[max(0, boxStart - 24)..<boxStart]), b("guess")) != nil
    }

    static let turnOpenings: [[UInt8]] = ["but ", "but,", "hmm, but", "hmm but", "however,", "the question asks", "the problem asks",
                                          "the question actually asks", "but the question asks", "since the question asks",
                                          "since the problem asks",
                                          // "Hmm, let me re-read the problem. The dimensions are 2, 4 and 3, …"
                                          "hmm, let me re-read", "hmm, let me reread", "let me re-read", "let me reread",
                                          "wait, let me re-read", "wait, let me reread", "re-reading the problem", "rereading the problem"].map(b)
    /// Clauses that conclude a sentence with the answer after its reasons ("Since $x > 3$, only Case 1 is valid, so the
    /// answer is $x = 5$.").
    static let concludingAnswerClauses: [[UInt8]] = [", so the answer is", ", so the final answer is", ", hence the answer is",
                                                     ", therefore the answer is", ", thus the answer is", "; so the answer is"].map(b)

    /// Whether a boxed answer is a formula in a variable (`t_{2k}=-\frac{1}{2k-1}`) or an equation still to solve
    /// (`2x^2-x-3=0`, `50n = 1000`): it has `=`, and a variable after its last `=`, or a number there and before it
    /// a variable with a number and no bracket (`f(2) = 5` and `x = 5` state values).
    static func isFormulaOrEquation(_ boxed: String) -> Bool {
        let bytes = Array(boxed.utf8)
        guard bytes.count <= 120, let equals = bytes.lastIndex(of: 61), equals > 0 else { return false }
        let side = Bytes.trimSpaces(bytes[(equals + 1)...])
        if hasPlainLetter(Array(side)) { return true }
        let left = Array(bytes[..<equals])
        return side.elementsEqual([48]) && hasPlainLetter(left)
            || hasPlainLetter(left) && left.contains(where: Bytes.isDigit) && !left.contains(40) && !left.contains(61)
    }

    static let conclusionOpenings: [[UInt8]] = ["so ", "so,", "thus", "therefore", "hence", "there are ", "there is ", "that is ",
                                                "that's "].map(b)

    /// A later answer after the last box, which was a step or a guess: a "Final answer:" label, a "Final Answer" heading
    /// or a "Final:" line after it; an answer phrase after "but" ("… $\boxed{9}$ and $\boxed{-9}$ square to 81, but the
    /// problem wants the positive value, so the answer is 9." → `9`), or a ", but …, so" clause that ends the box's own
    /// sentence with a value; a last sentence opening with "So"/"Thus"/"Therefore"/"Hence" that states an answer
    /// phrase; or a turn: a sentence opening with "But", "Hmm, but" or "However," (or a box offered as a guess)
    /// followed by a concluding last sentence ("So …", "There are …"), or itself concluding that there is no solution or
    /// naming "the correct X" ("$\boxed{15}$.\n\nHmm, but the question asks only for the even divisors … So the number
    /// of even positive divisors is 10." → `10`). A check ("But let me verify: 3 · 5 = 15") concludes nothing, so the
    /// box stays. Nil when none of these follows the box.
    /// Whether `sentence` says something "is" `value` (maybe in `$…$`), with no operator after it: "the LCM is 36, and …".
    static func statesValue(_ sentence: [UInt8], _ value: [UInt8]) -> Bool {
        guard !value.isEmpty, value.count <= 12, value.allSatisfy({ Bytes.isDigit($0) || $0 == 46 || $0 == 45 }) else { return false }
        var from = 0
        while let at = Bytes.find(sentence, isVerb, from: from) {
            from = at + 1
            var cursor = at + isVerb.count
            if cursor < sentence.count, sentence[cursor] == 36 { cursor += 1 }
            guard Bytes.hasPrefix(sentence, at: cursor, value) else { continue }
            cursor += value.count
            if cursor < sentence.count, sentence[cursor] == 36 { cursor += 1 }
            if cursor == sentence.count || [44, 59, 33].contains(sentence[cursor]) { return true }
            if sentence[cursor] == 46 { return cursor + 1 == sentence.count || !Bytes.isDigit(sentence[cursor + 1]) }
            if sentence[cursor] == 32, cursor + 1 < sentence.count, Bytes.isLetter(sentence[cursor + 1]) { return true }
        }
        return false
    }

    static func turnAfterBox(_ text: [UInt8], boxEnd end: Int, boxed: String, guessed: Bool, policy: AnswerPolicy) -> String? {
        let tail = Array(text[end...])
        let lowered = tail.map(Bytes.lower)
        // A final-answer label or heading after the box: "Final answer: 40."; "## Final Answer\n\n… = \frac{1}{6}$."
        if let label = Bytes.findLast(lowered, b("final answer")), label > 0 {
            if let phrase = answerPhraseLocated(Array(tail[(label - 1)...])) { return phrase.answer }
            var lineStart = label
            while lineStart > 0, tail[lineStart - 1] != 10 { lineStart -= 1 }
            let heading = tail[lineStart..<label].allSatisfy { $0 == 35 || $0 == 42 || $0 == 32 }
            if heading, let lineEnd = tail[label...].firstIndex(of: 10), tail[lineEnd...].contains(where: { !Bytes.isSpace($0) }) {
                return lastValue(Array(tail[lineEnd...]), policy: policy)
            }
        }
        // "… $\boxed{a = 4}$. Тогда $b = 2a + 1 = 9$.⏎⏎**Ответ:** $9$.": an answer phrase in another language after the box.
        if mayHoldForeignAnswerPhrase(tail), let foreign = foreignAnswerPhrase(tail) { return foreign }
        // "Final: (E)" on a line of its own.
        if let label = finalLabelLine(lowered) {
            let line = tail[label...].prefix { $0 != 10 }
            if let letter = GapScore.choiceLetter(ofNormalized: Normalizer.normalize(Bytes.string(line)).text) { return "(\(letter))" }
            return lastValue(Array(tail[label...]), policy: policy)
        }
        if let but = Bytes.find(lowered, b(" but ")), let phrase = answerPhraseLocated(Array(tail[but...])), !inCheckSentence(tail, at: but + phrase.start) {
            return phrase.answer
        }
        // "$x = \boxed{-5}$ or $x = 5$, but a length cannot be negative, so the side length is $5$.": in the box's own
        // sentence, a ", but" clause that ends with ", so" and a value.
        if let but = Bytes.find(lowered, b(", but ")), sameSentence(tail, 0, but), let so = Bytes.find(lowered, b(", so "), from: but),
           sameSentence(tail, but, so), !inCheckSentence(tail, at: but + 2) {
            var end = so + 5
            while end < tail.count, !(tail[end] == 10 || (tail[end] == 46 || tail[end] == 33) && (end + 1 == tail.count || Bytes.isSpace(tail[end + 1]))) { end += 1 }
            if let value = lastValue(Array(tail[so..<end]), policy: policy) { return value }
        }
        // A sentence after the box that opens with a turn word; a guessed box ("I'll guess $\boxed{7}$.") is turned from
        // at once.
        var turn: Int? = guessed ? 0 : nil
        var index = 0
        while index < tail.count, turn == nil {
            let byte = tail[index]
            index += 1
            guard byte == 10 || (byte == 46 || byte == 33 || byte == 63) && index < tail.count && Bytes.isSpace(tail[index]) else { continue }
            var opening = index
            while opening < tail.count, Bytes.isSpace(tail[opening]) || tail[opening] == 42 { opening += 1 }
            if turnOpenings.contains(where: { Bytes.hasPrefix(lowered, at: opening, $0) }) { turn = opening }
        }
        guard let lastByte = tail.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        var conclusion = sentenceStart(tail, at: lastByte)
        while conclusion < lastByte, Bytes.isSpace(tail[conclusion]) || tail[conclusion] == 42 { conclusion += 1 }
        // "$\boxed{x<7}$.⏎⏎The largest integer satisfying this is $6$.": a boxed inequality, then the extreme value of it
        // the last sentence names.
        if conclusion > 0, boxed.utf8.contains(where: { $0 == 60 || $0 == 62 }) || boxed.contains("\\le") || boxed.contains("\\ge") || boxed.contains("\\lt") || boxed.contains("\\gt"),
           case let sentence = Array(lowered[conclusion...lastByte]),
           [b("the largest "), b("the smallest "), b("the greatest "), b("the least ")].contains(where: { Bytes.hasPrefix(sentence, at: 0, $0) }),
           Bytes.find(sentence, b(" is ")) != nil, !inCheckSentence(tail, at: conclusion + 1),
           let value = lastValue(Array(tail[conclusion...lastByte]), policy: policy), isPlainNumber(value) {
            return value
        }
        // "$$\boxed{2x^2-x-3=0}$$ … So the maximum value of $x+y$ is $\frac{15}{4}$.", "$$\boxed{t_{2k}=-\frac{1}{2k-1}}.$$
        // Setting $k=999$, the requested term is $t_{1998}=-\dfrac{1}{1997}$.": a boxed equation to solve or a formula in a
        // variable, then a last sentence that says what something is and ends on a constant, which is the answer.
        // "$$\boxed{50n = 1000}$$⏎Therefore $n = 20$.": a concluding "Therefore", "So", "Thus" or "Hence" says it too.
        if conclusion > 0, isFormulaOrEquation(boxed), case let sentence = Array(lowered[conclusion...lastByte]),
           Bytes.find(sentence, b(" is ")) != nil || conclusionOpenings.prefix(5).contains(where: { Bytes.hasPrefix(sentence, at: 0, $0) }),
           !inCheckSentence(tail, at: conclusion + 1),
           case let sentenceBytes = Array(tail[conclusion...lastByte]), let math = lastMathSegment(sentenceBytes),
           lastNumber(sentenceBytes, dollarsAreMath: policy.dollarsAreMath).map({ $0.end <= math.end }) ?? true,
           case let value = chainResult(math.text) ?? math.text,
           case let side = Array(Normalizer.lastSide(Array(value.utf8)[...])), side.contains(where: Bytes.isDigit), !hasPlainLetter(side) {
            return value
        }
        // A last sentence after the box that concludes with an answer phrase ("Then $a^2 + 1 = 10$.\n\nSo the answer is
        // **10**.") is the final answer, the box a step on the way.
        if conclusion > 0, conclusionOpenings.prefix(5).contains(where: { Bytes.hasPrefix(lowered, at: conclusion, $0) }),
           let phrase = answerPhraseLocated(Array(tail[conclusion...])), !inCheckSentence(tail, at: conclusion + 1) {
            return phrase.answer
        }
        // The same when the last sentence gives its reasons first: "Since the problem requires $x > 3$, only Case 1 is
        // valid, so the answer is $x = 5$."
        if conclusion > 0, let clause = concludingAnswerClauses.compactMap({ Bytes.findLast(Array(lowered[conclusion...]), $0) }).max(),
           let phrase = answerPhraseLocated(Array(tail[(conclusion + clause + 2)...])), !inCheckSentence(tail, at: conclusion + 1) {
            return phrase.answer
        }
        // "… = \boxed{36}$.⏎⏎Let me double-check: … ✓. So the LCM is 36, and the GCD is 6.": a last sentence that states the
        // box's value as what something is confirms the box, whatever else it names.
        if conclusion > 0, statesValue(Array(lowered[conclusion...lastByte]), Array(boxed.utf8)) { return nil }
        // "… $\binom{6}{2} = \boxed{15}$ handshakes.\n\nThe host shakes hands with each guest too, so the total is $15 + 6 =
        // 21$.": a boxed number that a later computation takes as an operand was a step; a last sentence that concludes
        // ("So …", "…, so …", "… therefore …") gives the answer.
        if conclusion > 0, !inCheckSentence(tail, at: conclusion + 1), let from = concludingClause(Array(lowered[conclusion...])),
           let value = lastValue(Array(tail[(conclusion + from)...]), policy: policy), value != boxed,
           usedAsOperand(assignedValue(boxed), in: Array(tail[...lastByte]), producing: lastSide(value)) {
            return value
        }
        // "… $\binom{8}{3} = \boxed{56}$ ways. … So the total is $56 \cdot 3 = 168$.\n\nThere are 168 ways …", "… =
        // \boxed{1080^\circ}$. Since the octagon is regular, each angle measures $1080^\circ / 8 = 135^\circ$.": the last
        // sentence states what a computation made of the box, itself a step.
        // Not after a check, a remark or a case that does not hold ("(If order mattered, the count would be $15 \cdot 2 =
        // 30$.)"), nor from inside parentheses.
        if conclusion > 0, !inCheckSentence(tail, at: conclusion + 1), tail[...lastByte].last != 41,
           !Bytes.hasPrefix(tail, at: lastByte - 1, b(").")), !boxStepRemarks.contains(where: { Bytes.contains(lowered, $0) }),
           let value = lastValue(Array(tail[conclusion...lastByte]), policy: policy), value != boxed,
           usedAsOperand(withoutDegrees(assignedValue(boxed)), in: Array(tail[...lastByte]), producing: lastSide(value)) {
            return value
        }
        // Whether the last sentence is the box's own.
        let ownSentence = sentenceStart(tail, at: lastByte) == 0
        // "we get $r = \boxed{3}$, so the volume is $\frac{4}{3}\pi r^3 = \frac{4}{3}\pi \cdot 27 = 36\pi$.": a variable
        // boxed on the way, which the box's own sentence then puts into the quantity it concludes.
        if ownSentence, let variable = boxedVariable(text, boxStart: lastBoxStart(text)),
           let so = Bytes.findLast(lowered, b(", so the ")), sameSentence(tail, 0, so), !inCheckSentence(tail, at: so),
           let value = lastValue(Array(tail[so...lastByte]), policy: policy), value != boxed,
           mentionsVariable(Array(tail[so...lastByte]), variable) {
            return value
        }
        // "The sum is $… = \boxed{425}$, so the mean score is $425 / 5 = 85$.": the box's own sentence computes the answer
        // from it.
        if ownSentence, let so = Bytes.findLast(lowered, b(", so the ")), !inCheckSentence(tail, at: so),
           let value = lastValue(Array(tail[so...lastByte]), policy: policy), value != boxed,
           usedAsOperand(withoutDegrees(assignedValue(boxed)), in: Array(tail[so...lastByte]), producing: lastSide(value)) {
            return value
        }
        // "… gives $\boxed{3}$ solutions, so in total there are 7 solutions.": the box's own sentence adds it into a total.
        if ownSentence, let so = [", so in total ", ", so the total ", ", for a total of ", ", so altogether "].compactMap({ Bytes.findLast(lowered, b($0)) }).max(),
           !inCheckSentence(tail, at: so), let value = lastValue(Array(tail[so...lastByte]), policy: policy), value != boxed {
            return value
        }
        // "$b^2 - 4ac = \boxed{-16}$, which is negative, so the quadratic has no real roots.\n\nHence the number of real
        // solutions is $0$.": a box its own sentence only judges ("which is negative") is a step; the concluding last
        // sentence gives the answer.
        if conclusion > 0, let which = Bytes.find(lowered, b(", which is ")), lowered[..<which].allSatisfy({ $0 == 36 || $0 == 32 }),
           conclusionOpenings.prefix(5).contains(where: { Bytes.hasPrefix(lowered, at: conclusion, $0) }), !inCheckSentence(tail, at: conclusion + 1),
           let value = lastValue(Array(tail[conclusion...lastByte]), policy: policy), value != boxed {
            return value
        }
        // "… = 32}$.⏎⏎Listing a few confirms it (… — 24 divisors). So the correct count is 24.": a last sentence that opens
        // with "So" and names the correct value corrects the box.
        if turn == nil, conclusion > 0, Bytes.hasPrefix(lowered, at: conclusion, b("so the correct ")), !inCheckSentence(tail, at: conclusion + 1),
           let corrected = correctedValueStart(Array(tail[conclusion...lastByte])),
           let value = lastValue(Array(tail[(conclusion + corrected)...lastByte]), policy: policy), value != boxed {
            return value
        }
        guard let turn else { return nil }
        // "However, the problem asks for unordered pairs, … Dividing by 2, the answer is 36.": after a turn, a last sentence
        // with an answer phrase gives the answer.
        if conclusion >= turn, !inCheckSentence(tail, at: conclusion + 1), let phrase = answerPhraseLocated(Array(tail[conclusion...])) {
            return phrase.answer
        }
        // "But substituting … gives a contradiction, so the system has no solution.": the turn concludes there is none.
        if turn == conclusion, let none = noSolutionStatement(tail) { return "\\text{" + none + "}" }
        // "But paths through $(2,2)$ are forbidden, …, so the number of valid paths is $20 - 12 = 8$.": the turn concludes
        // with ", so" in its own sentence.
        if turn == conclusion, !inCheckSentence(tail, at: turn + 1), let so = Bytes.findLast(Array(lowered[turn...]), b(", so ")),
           let value = lastValue(Array(tail[(turn + so)...]), policy: policy) {
            return value
        }
        // "However, re-examining the list, … so the correct count is $9$.": the turn names the corrected value itself.
        if turn == conclusion, let corrected = correctedValueStart(Array(tail[turn...])) {
            return lastValue(Array(tail[(turn + corrected)...]), policy: policy)
        }
        // "However, the problem asks for positive integers, so we must exclude $0$. The correct count is $29$.": a later
        // sentence names the corrected value.
        if conclusion > turn, let corrected = correctedValueStart(Array(tail[conclusion...])) {
            return lastValue(Array(tail[(conclusion + corrected)...]), policy: policy)
        }
        // "However, the question asks for the perimeter, not the area. The perimeter is $4\sqrt{10}$.": a later sentence says
        // what the quantity the turn names is.
        if conclusion > turn, let asks = Bytes.find(Array(lowered[turn..<conclusion]), b("asks for the ")) {
            let nounStart = turn + asks + 13
            var nounEnd = nounStart
            while nounEnd < conclusion, Bytes.isLetter(lowered[nounEnd]) || lowered[nounEnd] == 45 { nounEnd += 1 }
            if nounEnd > nounStart, Bytes.hasPrefix(lowered, at: conclusion, b("the ") + Array(lowered[nounStart..<nounEnd]) + b(" is ")),
               !inCheckSentence(tail, at: conclusion + 1) {
                return lastValue(Array(tail[conclusion...]), policy: policy)
            }
        }
        guard conclusion > turn, conclusionOpenings.contains(where: { Bytes.hasPrefix(lowered, at: conclusion, $0) }),
              !inCheckSentence(tail, at: conclusion + 1) else { return nil }
        return lastValue(Array(tail[conclusion...]), policy: policy)
    }

    /// Whether the `(` at `open` starts a tuple of numbers (`(3, 0)`) that follows "and", "or" or a comma after an
    /// earlier closing parenthesis: the next item of a list of tuples, not a remark.
    static func nextTupleOfList(_ bytes: [UInt8], open: Int) -> Bool {
        guard let close = bytes[open...].prefix(60).firstIndex(of: 41) else { return false }
        let inside = bytes[(open + 1)..<close]
        guard inside.contains(44), inside.contains(where: Bytes.isDigit), !inside.contains(where: Bytes.isLetter) else { return false }
        let before = Array(Bytes.trimSpaces(bytes[..<open]))
        // "(2, 3) e (3, 2)", "(1, 2) и (2, 1)": "and" or "or" of another language too.
        guard before.last == 44 || before.count >= 4 && Bytes.hasPrefix(before, at: before.count - 4, b(" and"))
                || before.count >= 3 && Bytes.hasPrefix(before, at: before.count - 3, b(" or"))
                || foreignListWords.contains(where: { word in
                    before.count >= word.count && Bytes.hasPrefix(before, at: before.count - word.count, word)
                }) else { return false }
        return before.contains(41)
    }

    static let whereClauses: [[UInt8]] = [", attained at ", ", achieved at ", ", reached at ", ", which occurs at ", ", occurring at ",
                                          " attained at ", " achieved at ", " reached at ", " which occurs when "].map(b)

    /// Whether the last box follows a clause that says where the value before it is reached, in the same sentence as the
    /// box before ("is $\boxed{-4}$, attained at $x = \boxed{2}$").
    static func boxGivesWhere(_ text: [UInt8], lastBoxStart: Int) -> Bool {
        let region = Array(text[max(0, lastBoxStart - 200)..<lastBoxStart]).map(Bytes.lower)
        guard let clause = whereClauses.compactMap({ Bytes.findLast(region, $0) }).max(), region.count - clause <= 40,
              let box = Bytes.findLast(Array(region[..<clause]), boxedName) else { return false }
        // No sentence ends between the box before and the last one.
        return !region[box...].indices.dropLast().contains { region[$0] == 46 && region[$0 + 1] == 32 || region[$0] == 10 && region[$0 + 1] == 10 }
    }

    static let optionListMark = " (stated before a list of options)"

    /// Where the sentence starts when `number` is the value of an option in a list of at least three labelled options in
    /// that sentence ("(A) 8, (B) 10, (C) 12, (D) 14"); nil otherwise, or when the sentence is the response's first.
    static func optionListSentence(_ text: [UInt8], number: Segment) -> Int? {
        var label = number.start
        while label > 0, text[label - 1] == 32 || text[label - 1] == 36 { label -= 1 }
        guard label >= 3, text[label - 1] == 41, (65...69).contains(text[label - 2]), text[label - 3] == 40 else { return nil }
        let start = sentenceStart(text, at: label)
        guard start > 0 else { return nil }
        var labels = 0
        for index in start..<(max(start, label - 2)) where text[index] == 40 && index + 2 < text.count && (65...69).contains(text[index + 1]) && text[index + 2] == 41 {
            labels += 1
        }
        return labels >= 2 ? start : nil
    }

    /// Words after a box that make what follows a check or a remark, not the next step.
    static let boxStepRemarks: [[UInt8]] = ["check", "verif", "✓", "would", "note", "(if", "if "].map(b)

    /// A number without its degree mark: `1080^\circ` → `1080`.
    static func withoutDegrees(_ value: String) -> String {
        for mark in ["^\\circ", "^{\\circ}", "°"] where value.hasSuffix(mark) { return String(value.dropLast(mark.count)) }
        return value
    }

    static let arithmeticOperators: [[UInt8]] = ["+", "-", "*", "/", "\\times", "\\cdot", "\\div", "×", "÷", "·"].map(b)

    /// Whether `value`, a plain number, is an operand of a computation in `text` that gives `result`: written with an
    /// arithmetic operator right before or after it ("$15 + 6 = 21$", "$8 \times 24$") or as a numerator or denominator,
    /// in a sentence that has `=` after it and holds `result` ("$\sqrt{7-3} = 2$" computes no answer 4).
    static func usedAsOperand(_ value: String, in text: [UInt8], producing result: String) -> Bool {
        let number = Array(value.utf8)
        guard !number.isEmpty, number.count <= 12, number.allSatisfy({ Bytes.isDigit($0) || $0 == 46 }) else { return false }
        var from = 0
        while let at = Bytes.find(text, number, from: from) {
            from = at + 1
            let end = at + number.count
            guard at == 0 || !(Bytes.isDigit(text[at - 1]) || text[at - 1] == 46 || Bytes.isLetter(text[at - 1])),
                  end == text.count || !(Bytes.isDigit(text[end]) || text[end] == 46 && end + 1 < text.count && Bytes.isDigit(text[end + 1])) else { continue }
            var after = end
            while after < text.count, text[after] == 32 { after += 1 }
            var before = at
            while before > 0, text[before - 1] == 32 { before -= 1 }
            // A power of it (`7^2 + 2^2`) or a product written by brackets (`2(5) + 1`) takes it as an operand too.
            let operatorAfter = arithmeticOperators.contains { Bytes.hasPrefix(text, at: after, $0) } || after < text.count && text[after] == 94
                || at >= 2 && text[at - 1] == 40 && (Bytes.isDigit(text[at - 2]) || text[at - 2] == 41) && end < text.count && text[end] == 41
            let operatorBefore = arithmeticOperators.contains { before >= $0.count && Bytes.hasPrefix(text, at: before - $0.count, $0) }
            // A numerator or denominator: `\frac{4}{36}`.
            let inFraction = end < text.count && text[end] == 125
                && (at >= 6 && Bytes.hasPrefix(text, at: at - 6, b("\\frac{")) || at >= 2 && text[at - 2] == 125 && text[at - 1] == 123)
            guard operatorAfter || operatorBefore || inFraction else { continue }
            var sentenceEnd = end
            var computes = false
            while sentenceEnd < text.count, text[sentenceEnd] != 10,
                  !((text[sentenceEnd] == 46 || text[sentenceEnd] == 33) && (sentenceEnd + 1 == text.count || text[sentenceEnd + 1] == 32)) {
                if text[sentenceEnd] == 61 { computes = true }
                sentenceEnd += 1
            }
            if computes, Bytes.find(Array(text[sentenceStart(text, at: at)..<sentenceEnd]), Array(result.utf8)) != nil { return true }
        }
        return false
    }

    /// A relation set in bold that closes the response: "The equation of the line is **y = 2x + 3**.", "so **a = 2, b =
    /// 5**." (written without LaTeX, so the last number would read only its end). Nil otherwise.
    static func closingBoldRelation(_ text: [UInt8]) -> String? {
        var end = text.count
        while end > 0, Bytes.isSpace(text[end - 1]) || text[end - 1] == 46 { end -= 1 }
        guard end >= 7, text[end - 1] == 42, text[end - 2] == 42, let open = Bytes.findLast(text, b("**"), end: end - 2), open + 2 < end - 2 else { return nil }
        func relation(_ start: Int, _ end: Int) -> [UInt8]? {
            let bold = Array(Bytes.trimSpaces(text[start..<end]))
            guard bold.count <= 60, bold.contains(61), bold.contains(where: Bytes.isDigit), !bold.contains(10), !bold.contains(36), !bold.contains(58),
                  let first = bold.first, Bytes.isLetter(first) else { return nil }
            return bold
        }
        guard let last = relation(open + 2, end - 2) else { return nil }
        // "The roots are **x = −2** and **x = 3**.", "**x = 5**, **y = −1**": bold relations joined into one list.
        var relations = [Bytes.string(last[...])]
        var cursor = open
        while relations.count < 8, let joiner = boldRelationJoiners.first(where: { cursor >= $0.count + 4 && Bytes.hasPrefix(text, at: cursor - $0.count, $0) }),
              text[cursor - joiner.count - 1] == 42, text[cursor - joiner.count - 2] == 42,
              let previous = Bytes.findLast(text, b("**"), end: cursor - joiner.count - 2), let earlier = relation(previous + 2, cursor - joiner.count - 2) {
            relations.insert(Bytes.string(earlier[...]), at: 0)
            cursor = previous
        }
        return relations.joined(separator: ", ")
    }

    /// "or" lists the roots of an equation as "and" does ("So **x = 2** or **x = −3**.").
    static let boldRelationJoiners: [[UInt8]] = [", and ", ", or ", ", ", " and ", " or "].map(b)

    /// A value set in bold in a sentence that concludes ("So the perimeter of the triangle is **36 units**."), followed
    /// only by remarks: no later bold, box, answer word, conclusion or correction ("The hypotenuse along the way was 15,
    /// which you can verify …"). Nil otherwise, or when nothing follows the sentence.
    static func boldConclusion(_ text: [UInt8]) -> String? {
        guard text.count <= 6000, let close = Bytes.findLast(text, b("**")), close >= 2,
              let open = Bytes.findLast(text, b("**"), end: close), open + 2 < close else { return nil }
        let bold = Array(text[(open + 2)..<close])
        guard bold.count <= 40, bold.contains(where: Bytes.isDigit), !bold.contains(10), !Bytes.contains(bold, b("**")) else { return nil }
        var start = sentenceStart(text, at: open)
        while start < open, Bytes.isSpace(text[start]) || text[start] == 42 { start += 1 }
        let lowered = text.map(Bytes.lower)
        let concludes = conclusionOpenings.prefix(5).contains(where: { Bytes.hasPrefix(lowered, at: start, $0) })
            && open >= 4 && (Bytes.hasPrefix(lowered, at: open - 4, b(" is ")) || Bytes.hasPrefix(lowered, at: open - 2, b(": ")))
        // A chat answer's own line: a bold line ("**Total: $9.55**", "**Lena swims 60 lengths.**"), or the bold result that
        // ends a computation's line ("Flour: 300 g × 2.5 = **750 g of flour**"); only closing asides may follow it.
        var lineStart = open
        while lineStart > 0, text[lineStart - 1] == 32 { lineStart -= 1 }
        let endsLine = close + 2 == text.count || text[close + 2] == 10
        let ownLine = start == open && (lineStart == 0 || text[lineStart - 1] == 10)
            || open >= 2 && text[open - 2] == 61 && text[open - 1] == 32 && endsLine
        guard concludes || ownLine else { return nil }
        // The rest of the bold's sentence and what follows it.
        var end = close + 2
        if bold.last == 46 || bold.last == 33 {
            end = close + 1   // the bold span ends its sentence: what follows it is the rest
        } else {
            while end < text.count, !(text[end] == 10 || (text[end] == 46 || text[end] == 33) && (end + 1 == text.count || Bytes.isSpace(text[end + 1]))) { end += 1 }
        }
        guard end + 1 < text.count else { return nil }
        let rest = Array(lowered[(end + 1)...])
        if !concludes {
            let opening = Array(Bytes.trimSpaces(rest[...]).prefix(24))
            let example = Bytes.contains(rest, b("for example")) || Bytes.contains(rest, b("for instance")) || Bytes.hasPrefix(opening, at: 0, b("example"))
            guard rest.count <= 320, example || !rest.contains(61),
                  example || closingAsideOpeners.contains(where: { Bytes.hasPrefix(opening, at: 0, $0) }) else { return nil }
        }
        guard rest.contains(where: Bytes.isDigit), !Bytes.contains(rest, b("**")), !Bytes.contains(rest, boxedName), !Bytes.contains(rest, b("answer")),
              !Bytes.contains(rest, b(" so ")), !Bytes.contains(rest, b("therefore")), !Bytes.contains(rest, b("thus")), !Bytes.contains(rest, b("hence")),
              !correctionWords.contains(where: { Bytes.contains(rest, $0) }), !turnOpenings.contains(where: { Bytes.contains(rest, $0) }) else { return nil }
        return Bytes.string(Bytes.trimSpaces(bold[...]))
    }

    static let boldLabels: Set<[UInt8]> = Set(["answer", "final answer", "the answer", "solution", "result", "done"].map(b))

    /// The words of a last line that is one bold span of one to three words of letters (`**No**`, `**Ana**`), not a label
    /// such as `**Answer**`; nil otherwise.
    static func closingBoldWords(_ text: [UInt8]) -> String? {
        guard let last = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        var lineStart = last
        while lineStart > 0, text[lineStart - 1] != 10 { lineStart -= 1 }
        var line = Array(Bytes.trimSpaces(text[lineStart...last]))
        if line.last == 46 || line.last == 33 { line.removeLast() }
        guard line.count >= 5, line.count <= 30, line.starts(with: b("**")), line.suffix(2).elementsEqual(b("**")) else { return nil }
        let inner = Array(Bytes.trimSpaces(line[2..<(line.count - 2)]))
        guard !inner.isEmpty, inner.allSatisfy({ Bytes.isLetter($0) || $0 == 32 }), inner.split(separator: 32).count <= 3,
              !boldLabels.contains(inner.map(Bytes.lower)) else { return nil }
        return Bytes.string(inner)
    }

    /// The inner text of the one bold span on the response's last line when only a few plain words follow it to the end
    /// ("**twenty-five** stickers left!", "**C = 12 + 5n** dollars.", "**x ≥ 3** hours of tutoring."): a number, a number
    /// in words, or math of at most 40 bytes; nil otherwise (the words after it may not hold digits, math or "answer").
    static func boldBeforeClosingWords(_ text: [UInt8]) -> [UInt8]? {
        guard let last = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        var lineStart = last
        while lineStart > 0, text[lineStart - 1] != 10 { lineStart -= 1 }
        let line = Array(text[lineStart...last])
        guard line.count <= 300, let open = Bytes.find(line, b("**")), let close = Bytes.find(line, b("**"), from: open + 2),
              close > open + 2, Bytes.find(line, b("**"), from: close + 2) == nil else { return nil }
        let inner = Array(Bytes.trimSpaces(line[(open + 2)..<close]))
        // "It is not **5** dollars.": a value the line denies is no answer.
        let before = Array(Bytes.trimSpaces(line[..<open])).map(Bytes.lower)
        if before.count >= 3, before.suffix(3).elementsEqual(b("not")) || before.suffix(3).elementsEqual(b("n't")) { return nil }
        var rest = Array(line[(close + 2)...])
        while let end = rest.last, end == 46 || end == 33 || Bytes.isSpace(end) { rest.removeLast() }
        // "There are **seventeen** primes less than 60.": what it counts may hold a number of its own.
        let words = rest.split(separator: 32)
        guard !inner.isEmpty, inner.count <= 40, !rest.isEmpty, rest.first == 32,
              (1...5).contains(words.count) && rest.allSatisfy({ Bytes.isLetter($0) || $0 == 32 || $0 == 45 || $0 == 39 })
                || rest.count <= 60 && (2...8).contains(words.count) && Bytes.isLetter(rest[1])
                    && rest.allSatisfy({ Bytes.isLetter($0) || Bytes.isDigit($0) || $0 == 32 || $0 == 45 || $0 == 39 }),
              Bytes.findLastIgnoringCase(rest, b("answer")) == nil else { return nil }
        let math = inner.contains(where: Bytes.isDigit) || Bytes.contains(inner, b("π")) || Bytes.contains(inner, b("√"))
        // "**\$40k** left": an abbreviated amount is left to the readers of amounts.
        if inner.count >= 2, [107, 75, 77, 66].contains(inner[inner.count - 1]), Bytes.isDigit(inner[inner.count - 2]) { return nil }
        // A number in words only when all of it is the number ("**half past six** in the evening" is a time).
        let spelled = inner.allSatisfy({ Bytes.isLetter($0) || $0 == 45 || $0 == 32 })
            && NumberWords.rewritten(Bytes.string(inner)).map { $0.utf8.allSatisfy { Bytes.isDigit($0) || $0 == 47 || $0 == 46 } } == true
        return math || spelled ? inner : nil
    }

    /// Whether only "where" (or ", where") stands between a value ending at `from` and the bare name `name`, and the name is
    /// then defined ("where $R$ is the circumradius", "where $C$ denotes a constant").
    static func whereClauseDefines(_ text: [UInt8], from: Int, name: Segment) -> Bool {
        let gap = Array(text[from..<name.start].map(Bytes.lower).drop(while: { Bytes.isSpace($0) || $0 == 36 || $0 == 46 })
            .reversed().drop(while: { Bytes.isSpace($0) || $0 == 36 }).reversed())
        guard gap == b("where") || gap == b(", where") || gap == b(",where") else { return false }
        var after = name.end
        while after < text.count, text[after] == 32 || text[after] == 36 { after += 1 }
        return [b("is "), b("denotes "), b("stands for "), b("represents "), b("are ")].contains { Bytes.hasPrefixIgnoringCase(text, at: after, $0) }
    }

    /// The number in bold that opens the last line when the rest of the line is one sentence of words saying what it counts
    /// ("**47** integers between 1 and 100 are divisible by 3 or 5."): no other bold, no `=`, `$` or backslash, and a
    /// lowercase word right after the bold; nil otherwise.
    static func boldNumberOpeningLastLine(_ text: [UInt8]) -> String? {
        guard let last = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        var lineStart = last
        while lineStart > 0, text[lineStart - 1] != 10 { lineStart -= 1 }
        guard lineStart > 0, Bytes.hasPrefix(text, at: lineStart, b("**")),
              let close = Bytes.find(text, b("**"), from: lineStart + 2), close + 9 <= last else { return nil }
        let inner = Array(Bytes.trimSpaces(text[(lineStart + 2)..<close]))
        let rest = Array(text[(close + 2)...last])
        guard !inner.isEmpty, inner.count <= 12, inner.allSatisfy({ Bytes.isDigit($0) || $0 == 44 || $0 == 46 }), Bytes.isDigit(inner[0]),
              rest.count >= 8, rest.count <= 160, rest[0] == 32, rest[1] >= 97, rest[1] <= 122,
              Bytes.find(rest, b("**")) == nil, !rest.contains(where: { $0 == 61 || $0 == 36 || $0 == 92 || $0 == 10 }) else { return nil }
        // One sentence: no sentence end before the line's last character (a decimal point between digits is no end).
        for index in rest.indices.dropLast() where rest[index] == 46 || rest[index] == 33 || rest[index] == 63 {
            if !(index > 0 && Bytes.isDigit(rest[index - 1]) && Bytes.isDigit(rest[index + 1])) { return nil }
        }
        return Bytes.string(inner.filter { $0 != 44 })
    }

    /// The inside of the last bold span when only a remark after a dash or a comma follows it, to the end of the response
    /// ("**x = π/6 + 2kπ or x = 5π/6 + 2kπ**, for any integer k.", "There is **no solution** — the two plans never cost
    /// the same."). The remark is one short sentence with a number or a word after the bold's value, with no `=`, bold,
    /// box, answer word, conclusion, total or correction in it; nil otherwise.
    static func closingBoldBeforeRemark(_ text: [UInt8]) -> [UInt8]? {
        guard text.count <= 6000, let close = Bytes.findLast(text, b("**")), close >= 4,
              let open = Bytes.findLast(text, b("**"), end: close), open + 2 < close else { return nil }
        let inner = Array(Bytes.trimSpaces(text[(open + 2)..<close]))
        guard (1...60).contains(inner.count), !inner.contains(10), inner.last != 58, inner.last != 46 else { return nil }
        var after = close + 2
        while after < text.count, text[after] == 32 { after += 1 }
        let dashes = [b("— "), b("– "), b("- "), b(", ")]
        guard let dash = dashes.first(where: { Bytes.hasPrefix(text, at: after, $0) }) else { return nil }
        let remark = Array(Bytes.trimSpaces(text[(after + dash.count)...])).map(Bytes.lower)
        guard (4...140).contains(remark.count), !remark.contains(10), !remark.contains(61),
              !Bytes.contains(remark, b("**")), !Bytes.contains(remark, boxedName), !remark.dropLast().contains(where: { $0 == 33 || $0 == 63 }),
              !closingRemarkStops.contains(where: { Bytes.contains(remark, $0) }),
              !correctionWords.contains(where: { Bytes.contains(remark, $0) }), !turnOpenings.contains(where: { Bytes.contains(remark, $0) }) else { return nil }
        // One sentence: no full stop before its end but in a decimal.
        for index in remark.indices.dropLast() where remark[index] == 46 && !(index > 0 && Bytes.isDigit(remark[index - 1]) && Bytes.isDigit(remark[index + 1])) {
            return nil
        }
        // The bold's own sentence: the text before it on its line has no other bold span.
        var lineStart = open
        while lineStart > 0, text[lineStart - 1] != 10 { lineStart -= 1 }
        guard !Bytes.contains(Array(text[lineStart..<open]), b("**")) else { return nil }
        return inner
    }

    /// The bold value of the response's last sentence when only words or a parenthesis close that sentence and only asides
    /// follow it (sentences opening with `closingAsideOpeners` or a check, a comparison, an example or a tip): "You'll need
    /// **7.5 cups** of flour.⏎⏎Tip: …" → `7.5 cups`, "So Jenna is **9 years old** and her brother is 14." → `9 years
    /// old`. Two bold values of one name joined by "and" or "or" ("x = **1 + √19** and x = **1 − √19**") are a list. Nil
    /// when the sentence holds another bold span, when nothing with a digit follows the bold (other rules read that), or
    /// when what follows concludes, totals, corrects or names an answer.
    static func boldInLastSentence(_ text: [UInt8]) -> [UInt8]? {
        guard text.count <= 6000, let close = Bytes.findLast(text, b("**")), close >= 4,
              let open = Bytes.findLast(text, b("**"), end: close), open + 2 < close else { return nil }
        var inner = Array(Bytes.trimSpaces(text[(open + 2)..<close]))
        guard (1...60).contains(inner.count), !inner.contains(10), inner.last != 58,
              inner.contains(where: Bytes.isDigit) || Bytes.contains(inner, b("π")) || Bytes.contains(inner, b("√")) else { return nil }
        var lineStart = open
        while lineStart > 0, text[lineStart - 1] != 10 { lineStart -= 1 }
        let before = Array(text[lineStart..<open])
        let pair = Bytes.contains(before, b("**"))
        if pair {
            // Two bold values joined by "and"/"or", each after the same name's `=`: a list.
            guard let firstClose = Bytes.findLast(before, b("**")), let firstOpen = Bytes.findLast(before, b("**"), end: firstClose),
                  firstOpen + 2 < firstClose, !Bytes.contains(Array(before[..<firstOpen]), b("**")) else { return nil }
            let joint = Bytes.string(before[(firstClose + 2)...]).lowercased().split(separator: " ")
            guard let first = joint.first, first == "and" || first == "or", joint.count == 1 || joint.count == 3 && joint[1].count == 1 && joint[2] == "=" else { return nil }
            inner = Array(Bytes.trimSpaces(before[(firstOpen + 2)..<firstClose])) + b(", ") + inner
        }
        // The rest of the bold's sentence: to a full stop before a space or a line break, outside parentheses.
        var end = close + 2, depth = 0
        while end < text.count, text[end] != 10 {
            if text[end] == 40 { depth += 1 } else if text[end] == 41 { depth -= 1 }
            if depth == 0, text[end] == 46 || text[end] == 33, end + 1 == text.count || Bytes.isSpace(text[end + 1]) { break }
            end += 1
        }
        let sentenceRest = Array(text[(close + 2)..<end]).map(Bytes.lower)
        let following = Array(Bytes.trimSpaces(text[min(end + 1, text.count)...])).map(Bytes.lower)
        guard sentenceRest.count <= 120, following.count <= 300, pair || sentenceRest.contains(where: Bytes.isDigit) || following.contains(where: Bytes.isDigit),
              !sentenceRest.contains(61), !closingRemarkStops.contains(where: { Bytes.contains(sentenceRest, $0) }),
              ![sentenceRest, following].contains(where: { part in
                  Bytes.contains(part, b("**")) || Bytes.contains(part, boxedName) || Bytes.contains(part, b("answer"))
                      || correctionWords.contains(where: { Bytes.contains(part, $0) }) || turnOpenings.contains(where: { Bytes.contains(part, $0) })
              }) else { return nil }
        // "**2,500 m** (2.5 km).": the same quantity in two units is left to the rules that weigh both.
        if let paren = sentenceRest.firstIndex(of: 40), let shut = sentenceRest.lastIndex(of: 41), paren < shut,
           let restated = measuredQuantity(Array(sentenceRest)[(paren + 1)..<shut]),
           let stated = measuredQuantity(Array(inner.map(Bytes.lower).filter { $0 != 44 })[...]),
           stated.kind == restated.kind { return nil }
        if !following.isEmpty {
            let opening = Array(following.prefix(24))
            let checks = laterAsideOpeners.contains(where: { Bytes.hasPrefix(opening, at: 0, $0) })
            guard checks || closingAsideOpeners.contains(where: { Bytes.hasPrefix(opening, at: 0, $0) }),
                  checks || !following.contains(61),
                  !conclusionOpenings.prefix(5).contains(where: { Bytes.contains(following, $0) && !Bytes.hasPrefix(following, at: 0, b("that")) })
            else { return nil }
        }
        return inner
    }

    /// Openers of a sentence after the answer that checks, compares or gives an example: it may compute (`=`).
    static let laterAsideOpeners: [[UInt8]] = ["quick check", "check:", "check ", "for comparison", "example", "for example",
                                               "for instance", "tip:", "together that's", "as a check", "sanity check"].map(b)

    /// Words that make a remark after a bold value more than a remark: a conclusion, a total, another answer.
    static let closingRemarkStops: [[UInt8]] = ["answer", " so ", "so,", "therefore", "thus", "hence", "total", "final", "means",
                                                "after ", "instead", " or ", "rather", "actually", "which gives", "giving"].map(b)

    /// Openers of the sentence after a chat answer's bold line that make it an aside: a condition, a restatement, a tip,
    /// an offer ("If you pay with a $10 bill, …", "That's roughly 6 cups …", "Let me know …").
    static let closingAsideOpeners: [[UInt8]] = ["if ", "that's ", "that is ", "that would", "for reference", "(", "it's a good idea",
                                                 "in practice", "let me know", "hope ", "you'd ", "you would ", "you'll ", "note:",
                                                 "tip:", "everything adds up"].map(b)

    /// The inside of a bold span that closes the response (after it only a full stop, an exclamation mark or a remark in
    /// parentheses), without a leading `=`, when it holds a digit or `π`/`√` and is no label, check or note; nil otherwise.
    static func closingBoldSpan(_ text: [UInt8]) -> [UInt8]? {
        guard text.count <= 6000, let close = Bytes.findLast(text, b("**")), close >= 4,
              let open = Bytes.findLast(text, b("**"), end: close), open + 2 < close else { return nil }
        var after = Array(Bytes.trimSpaces(text[(close + 2)...]))
        if after.first == 40, after.last == 41, after.count <= 60, !after.dropFirst().dropLast().contains(40) { after = [] }
        guard after.allSatisfy({ $0 == 46 || $0 == 33 || $0 == 32 }), after.count <= 2 else { return nil }
        var inner = Array(Bytes.trimSpaces(text[(open + 2)..<close]))
        while let first = inner.first, first == 61 || first == 32 { inner.removeFirst() }
        // "**8π − 16 square units**": up to three words of a unit after the value (a scale word, "**1.5 million**", is
        // part of the value).
        let words = inner.split(separator: 32).map { Array($0) }
        var kept = words.count
        while words.count - kept < 3, kept >= 2, words[kept - 1].count >= 2, words[kept - 1].allSatisfy({ (97...122).contains($0) }),
              !plainMathWords.contains(words[kept - 1]), !Normalizer.scaleWords.contains(where: { $0.word == words[kept - 1] }) { kept -= 1 }
        // Not "**2 hours and 30 minutes**" (words stay before the value) or "**3:45 PM**" (capitals), nor "**4 degrees below
        // zero**" (a temperature below zero is negative).
        if kept < words.count, let end = words[kept - 1].last, Bytes.isDigit(end) || end == 41 || words[kept - 1].suffix(2).elementsEqual([0xCF, 0x80]),
           belowZeroEnd(inner, from: words[..<kept].map(\.count).reduce(kept - 1, +)) == nil,
           !words[..<kept].contains(where: { word in word.count >= 2 && word.allSatisfy(Bytes.isLetter) && !plainMathWords.contains(word.map(Bytes.lower)) }) {
            inner = Array(words[..<kept].joined(separator: [32]))
        }
        let lowered = inner.map(Bytes.lower)
        guard (1...80).contains(inner.count), !inner.contains(10), inner.last != 58,
              inner.contains(where: Bytes.isDigit) || Bytes.contains(inner, b("π")) || Bytes.contains(inner, b("√")),
              !["check", "verif", "note", "step", "hint", "given"].contains(where: { Bytes.hasPrefix(lowered, at: 0, b($0)) }),
              !Bytes.contains(inner, b("✓")) else { return nil }
        return inner
    }

    /// The last side of a relation whose value is a constant without digits (`Period = π` → `π`, `= √2`); nil otherwise.
    static func digitlessLastSide(_ inner: [UInt8]) -> String? {
        guard let equals = inner.lastIndex(of: 61) else { return nil }
        let side = Array(Bytes.trimSpaces(inner[(equals + 1)...]))
        guard !side.isEmpty, side.count <= 20, !side.contains(where: Bytes.isDigit),
              Bytes.contains(side, b("π")) || Bytes.contains(side, b("√")) else { return nil }
        return Bytes.string(side)
    }

    /// A last math segment that is a tuple of one-letter names, each set to a value just before it: "$a = 1$, $b = -2$,
    /// and $c = 3$, so the ordered triple $(a,b,c)$ is determined." → `(1, -2, 3)`. Nil otherwise.
    static func tupleOfNamedValues(_ text: [UInt8]) -> String? {
        guard text.count <= 6000 else { return nil }
        let segments = mathSegments(text).filter { $0.text.contains(where: { !$0.isWhitespace }) }
        guard let last = segments.last, text[last.end...].allSatisfy({ !Bytes.isDigit($0) && $0 != 36 }) else { return nil }
        let inner = Array(last.text.utf8).filter { $0 != 32 }
        guard inner.count >= 5, inner.first == 40, inner.last == 41 else { return nil }
        let names = inner.dropFirst().dropLast().split(separator: 44)
        guard names.count >= 2, names.allSatisfy({ $0.count == 1 && Bytes.isLetter($0.first!) }) else { return nil }
        var values: [String] = []
        for name in names {
            let value = segments.dropLast().reversed().lazy.filter({ last.start - $0.end <= 300 }).compactMap { segment -> String? in
                let bytes = Array(segment.text.utf8).filter { $0 != 32 }
                guard bytes.count >= 3, bytes[0] == name.first!, bytes[1] == 61, !bytes[2...].contains(where: Bytes.isLetter), !bytes[2...].contains(61)
                else { return nil }
                return Bytes.string(bytes[2...])
            }.first
            guard let value else { return nil }
            values.append(value)
        }
        return "(" + values.joined(separator: ", ") + ")"
    }

    /// The value of a one-letter assignment (`x = 11` → `11`); the text itself otherwise.
    static func assignedValue(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, Bytes.isLetter(bytes[0]), let equals = bytes.firstIndex(of: 61),
              bytes[1..<equals].allSatisfy({ $0 == 32 }) else { return text }
        return Bytes.string(Bytes.trimSpaces(bytes[(equals + 1)...]))
    }

    /// The one-letter variable a box is assigned to, `r` in `r = \boxed{3}`; nil when the box follows no `letter =`.
    static func boxedVariable(_ text: [UInt8], boxStart: Int) -> UInt8? {
        var at = boxStart
        while at > 0, text[at - 1] == 32 { at -= 1 }
        guard at > 0, text[at - 1] == 61 else { return nil }
        at -= 1
        while at > 0, text[at - 1] == 32 { at -= 1 }
        guard at > 0, Bytes.isLetter(text[at - 1]), at == 1 || !(Bytes.isLetter(text[at - 2]) || text[at - 2] == 92) else { return nil }
        return text[at - 1]
    }

    /// Whether math in `text` uses the one-letter `variable` on its own (`r^3`, `2r`), not inside a word or command.
    static func mentionsVariable(_ text: [UInt8], _ variable: UInt8) -> Bool {
        var inMath = false
        for (index, byte) in text.enumerated() {
            if byte == 36 { inMath.toggle(); continue }
            guard inMath, byte == variable else { continue }
            var word = index
            while word > 0, Bytes.isLetter(text[word - 1]) { word -= 1 }
            if word == index, index == 0 || text[index - 1] != 92, index + 1 == text.count || !Bytes.isLetter(text[index + 1]) { return true }
        }
        return false
    }

    /// Where a lowered sentence concludes: 0 when it opens with "So", "Thus", "Therefore" or "Hence"; else just after
    /// its last ", so ", " therefore " or ", thus "; nil when it does neither.
    static func concludingClause(_ sentence: [UInt8]) -> Int? {
        if conclusionOpenings.prefix(5).contains(where: { Bytes.hasPrefix(sentence, at: 0, $0) }) { return 0 }
        // "We want them apart: $120 - 48 = 72$.": the sentence names what is asked, then computes it.
        if Bytes.hasPrefix(sentence, at: 0, b("we want ")) || Bytes.hasPrefix(sentence, at: 0, b("we need ")) { return 0 }
        return [", so ", " therefore ", " therefore, ", ", thus ", ", hence "].compactMap { word in
            Bytes.findLast(sentence, b(word)).map { $0 + word.count }
        }.max()
    }

    /// Whether the `}` that opens `text` closes no `{` of it: the rest of the text has balanced braces.
    static func closesNothing(_ text: [UInt8]) -> Bool {
        var depth = 0
        for byte in text.dropFirst() {
            if byte == 123 { depth += 1 } else if byte == 125 { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    /// Where the text of a line that opens with "Final:" or "Answer:" (after spaces, `#` or `*`) starts; nil when no
    /// line does.
    static func finalLabelLine(_ lowered: [UInt8]) -> Int? {
        guard let at = Bytes.findLast(lowered, b("final:")) ?? Bytes.findLast(lowered, b("final**:")) ?? Bytes.findLast(lowered, b("answer:"))
        else { return nil }
        var lineStart = at
        while lineStart > 0, lowered[lineStart - 1] != 10 { lineStart -= 1 }
        guard lineStart > 0, lowered[lineStart..<at].allSatisfy({ $0 == 35 || $0 == 42 || $0 == 32 }) else { return nil }
        let end = lowered[at...].firstIndex(of: 58)! + 1
        return lowered[end...].contains(where: { !Bytes.isSpace($0) && $0 != 42 }) ? end : nil
    }

    /// Where "the correct X is" or "the corrected X is" opens in a sentence (one to three words between "correct" and
    /// "is"/"="); nil otherwise. "So the box is correct." names no value.
    static func correctedValueStart(_ sentence: [UInt8]) -> Int? {
        var cursor: Int
        if let at = Bytes.findLastIgnoringCase(sentence, b("the correct ")) ?? Bytes.findLastIgnoringCase(sentence, b("the corrected ")) {
            cursor = at + 12
        } else if case let lead = sentence.prefix(while: Bytes.isSpace).count, Bytes.hasPrefixIgnoringCase(sentence, at: lead, b("correct")) {
            cursor = lead + 7   // "Correct count: 16.", "Corrected total: 42."
        } else {
            return nil
        }
        while cursor < sentence.count, sentence[cursor] != 32 { cursor += 1 }   // "correct" or "corrected"
        var words = 0
        while cursor < sentence.count, words <= 3 {
            while cursor < sentence.count, sentence[cursor] == 32 { cursor += 1 }
            let wordStart = cursor
            while cursor < sentence.count, Bytes.isLetter(sentence[cursor]) { cursor += 1 }
            let word = sentence[wordStart..<cursor].map(Bytes.lower)
            if word == b("is") || word == b("was") || word == b("should") { return cursor }
            if word.isEmpty { return cursor < sentence.count && (sentence[cursor] == 61 || sentence[cursor] == 58) ? cursor : nil }
            words += 1
        }
        return nil
    }

    /// How many bytes after an answer phrase are read for its answer (answers are cut at `maximumAnswerBytes` anyway).
    static let phraseWindow = maximumAnswerBytes + 200
    /// How many verdict phrases ("the answer is correct") are passed over before the phrase rule gives up.
    static let maximumVerdicts = 16

    /// Words that judge an answer rather than give one: "So the answer is consistent", "the answer is correct".
    static let verdictWords: Set<String> = ["consistent", "correct", "right", "wrong", "incorrect", "valid", "invalid",
                                            "as boxed above", "as above", "as shown above", "boxed above", "the boxed value",
                                            "reasonable", "plausible", "verified", "confirmed", "unchanged", "the same",
                                            "as follows", "below", "above", "clear", "obvious", "not", "no longer"]

    /// Whether a phrase answer is only a verdict on an answer ("consistent", "correct", "not correct"), not an answer.
    static func isVerdictWord(_ answer: String) -> Bool {
        guard answer.utf8.count <= 32, !answer.utf8.contains(where: { Bytes.isDigit($0) || $0 == 92 || $0 == 36 }) else { return false }
        var lowered = answer.lowercased()
        while lowered.hasSuffix("!") || lowered.hasSuffix(".") { lowered.removeLast() }
        if lowered.hasPrefix("not ") { lowered.removeFirst(4) }
        for adverb in ["indeed ", "still ", "also ", "now ", "definitely ", "probably "] where lowered.hasPrefix(adverb) {
            lowered.removeFirst(adverb.count)
        }
        return verdictWords.contains(lowered)
    }

    /// Trims a phrase's remainder to the answer: the first math segment if it starts with one, else up to the sentence end.
    /// The math after ", i.e. exactly", ", or exactly" or ", exactly" in a phrase that opens with an approximation word
    /// ("roughly 0.33, i.e. exactly $\frac{1}{3}$" → `\frac{1}{3}`); nil otherwise.
    static func exactRestatement(_ phrase: [UInt8]) -> String? {
        guard phrase.count <= 160, approximationWords.contains(Bytes.trimSpaces(phrase[...]).prefix(while: Bytes.isLetter).map(Bytes.lower)),
              let marker = exactlyMarkers.first(where: { Bytes.findLastIgnoringCase(phrase, $0) != nil }),
              let at = Bytes.findLastIgnoringCase(phrase, marker) else { return nil }
        let after = Array(Bytes.trimSpaces(phrase[(at + marker.count)...]))
        guard let segment = mathSegments(after).first, segment.start == 0,
              after[segment.end...].allSatisfy({ Bytes.isSpace($0) || $0 == 46 }) else { return nil }
        return segment.text
    }

    static let exactlyMarkers: [[UInt8]] = [", i.e. exactly", ", or exactly", ", exactly"].map(b)

    /// Whether `words` end with "with", "where", "such that" or "satisfying" (a condition the next line states).
    static func endsWithConditionWord(_ words: ArraySlice<UInt8>) -> Bool {
        let lowered = words.suffix(12).map(Bytes.lower)
        return displayConditionWords.contains { word in
            lowered.count >= word.count && lowered.suffix(word.count).elementsEqual(word)
                && (lowered.count == word.count || !Bytes.isLetter(lowered[lowered.count - word.count - 1]))
        }
    }

    static let displayConditionWords: [[UInt8]] = ["with", "where", "such that", "satisfying"].map(b)

    static func cleanPhrase(_ raw: [UInt8]) -> String? {
        var rest = raw[...]
        // "My answer: roughly 0.33, i.e. exactly $\frac{1}{3}$.": an approximation that the phrase then gives exactly.
        if let exactly = exactRestatement(raw) { return exactly }
        if let newline = rest.firstIndex(of: 10), rest[..<newline].contains(where: { !Bytes.isSpace($0) }), !opensDisplayMath(rest[..<newline]) {
            // "The answer is the sum of the first $n$ squares:⏎⏎$$\frac{2n^3 + 3n^2 + n}{6}$$": words that end with a colon
            // announce the display on the next line, which is the answer.
            // So do words that end with "with", "where" or "such that" ("all $\lambda$ with⏎$$3 < \lambda \le 4.$$").
            if Bytes.trimSpaces(rest[..<newline]).last == 58 || endsWithConditionWord(Bytes.trimSpaces(rest[..<newline])),
               case let next = Array(Bytes.trimSpaces(rest[newline...])),
               next.starts(with: b("$$")) || next.starts(with: b("\\[")),
               let display = closingDisplay(Array(next.prefix(Bytes.find(next, b("\n\n")) ?? next.count))) {
                return display
            }
            rest = rest[..<newline]
        }
        rest = Bytes.trimSpaces(rest)
        while let first = rest.first, first == 42 || first == 58 { rest = Bytes.trimSpaces(rest.dropFirst()) }
        // "Answer: 7 ✅": a check mark after the answer.
        while let mark = checkMarks.first(where: { rest.count > $0.count && rest.suffix($0.count).elementsEqual($0) }) {
            rest = Bytes.trimSpaces(rest.dropLast(mark.count))
        }
        let bytes = Array(rest)
        let segments = collapsingQuantifiedDomains(mathSegments(bytes), in: bytes)
        if let segment = segments.first, segment.start == 0 {
            guard !segment.text.allSatisfy({ $0 == " " }) else { return nil }
            // Several answers listed as separate segments: `$3$ and $5$`.
            var joined = segment.text
            var index = 0
            while index + 1 < segments.count, isListJoin(bytes[segments[index].end..<segments[index + 1].start]) {
                joined += listSeparator(bytes[segments[index].end..<segments[index + 1].start], segments[index].text, segments[index + 1].text)
                index += 1
                // `f(x) \equiv -1` (an identity, no modulus) as a listed item states a value as `=` does.
                let item = segments[index].text
                joined += item.contains("\\equiv") && !item.contains("mod") ? item.replacingOccurrences(of: "\\equiv", with: "=") : item
            }
            if index == 0, percentFollows(bytes, at: segment.end) { return segment.text + "\\%" }   // `$25$\%`
            // "**Answer:** $12$ km/h": a unit closing the phrase after its one segment is the answer's unit.
            if index == 0, let unit = closingUnit(bytes, after: segment.end), segment.text.contains(where: \.isNumber),
               !segment.text.contains("\\text") { return segment.text + "\\text{ " + unit + "}" }
            return joined
        }
        // "**Final Answer:** The remainder when the product is divided by $1000$ is **321**.": a sentence after the label
        // that sets its value in bold after "is", "are" or "=".
        // Words may follow the bold ("… which is **320 emails** over the 5-day work week.").
        if let close = Bytes.findLast(bytes, b("**")), let open = Bytes.findLast(bytes, b("**"), end: close), open > 0, close > open + 2,
           bytes.count - close - 2 <= 60 {
            let inner = Bytes.trimSpaces(bytes[(open + 2)..<close])
            let lead = Array(Bytes.trimSpaces(bytes[..<open])).map(Bytes.lower)
            if !inner.isEmpty, inner.count <= 40, inner.contains(where: Bytes.isDigit), !Bytes.contains(Array(inner), b("**")),
               lead.filter({ $0 == 32 }).count >= 3, !Bytes.contains(lead, b("**")),
               [b(" is"), b(" are"), b(" =")].contains(where: { lead.count > $0.count && lead.suffix($0.count).elementsEqual($0) }) {
                return Bytes.string(Array(inner))
            }
        }
        // Cut at the end of the sentence (". " or a final "."), at " (" after the answer, at "**", or at a comma that
        // opens a hedge or a reason ("12, but I'm not sure", "5, since …").
        var end = bytes.count
        var depth = 0
        var abbreviationDots: [Int] = []
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte == 123 || byte == 91 { depth += 1 }
            // A parenthesis closes a bracket too (`[2, 5). I hope this helps!`), and depth never goes below zero (`(2, 5].`).
            if byte == 125 || byte == 93 || byte == 41 { depth = max(0, depth - 1) }
            // "The answer is 56 and it took 3 steps.": a new clause after the value.
            if depth == 0, byte == 32, clausesAfterValue.contains(where: { Bytes.hasPrefixIgnoringCase(bytes, at: index, $0) }),
               bytes[..<index].contains(where: Bytes.isDigit) {
                end = index; break
            }
            if depth == 0 {
                if byte == 44, index > 0, hedgeWords.contains(where: { Bytes.hasPrefixIgnoringCase(bytes, at: index + 1, $0) }) {
                    end = index; break
                }
                // A choice label's full stop before its value (`D. 7`) does not end the answer.
                if byte == 46, index == 1, (65...69).contains(bytes[0]), index + 2 < bytes.count, bytes[index + 1] == 32,
                   Bytes.isDigit(bytes[index + 2]) || bytes[index + 2] == 36 || bytes[index + 2] == 45 || bytes[index + 2] == 92 { continue }
                // The full stops of "i.e." and "e.g." end nothing.
                if byte == 46, latinAbbreviations.contains(where: { pattern in
                    index >= 1 && Bytes.hasPrefixIgnoringCase(bytes, at: index - 1, pattern) || index >= 3 && Bytes.hasPrefixIgnoringCase(bytes, at: index - 3, pattern)
                }) { continue }
                if byte == 46, index + 1 == bytes.count || bytes[index + 1] == 32 || bytes[index + 1] == 10 {
                    // An abbreviation's full stop (`5 sq. units`) does not end the sentence and is dropped.
                    let title = bytes[..<index].reversed().prefix { Bytes.isLetter($0) }.reversed()
                    if index + 2 < bytes.count, titles.contains(Array(title)), (65...90).contains(bytes[index + 2]),
                       title.count == index || bytes[index - title.count - 1] == 32 { continue }
                    if index + 1 < bytes.count, endsWithAbbreviation(bytes[..<index]) || abbreviatesBeforeNumber(bytes, dot: index) {
                        abbreviationDots.append(index); continue
                    }
                    end = index; break
                }
                // "Answer: 0 — so x = 2 is actually a root!", "Antwort: D – Ellipse": a dash before words closes the answer.
                if byte == 0xE2, index > 0, bytes[index - 1] == 32, dashRemarkFollows(bytes, at: index) { end = index - 1; break }
                // A choice label after the answer stays with it ("12, which is option (B)").
                // "(-1, 4) and (3, 0)": a tuple of numbers after "and" or a comma is the list's next item.
                // "The answer is choice (b).": a lower-case label right after "choice" or "option" too.
                // "x ∈ (−∞, 2] ∪ [5, +∞)", "x = (1, 2)": a bracket right after a relation opens its value.
                // A bracket after an operator goes on with the expression (`$n^2 + (n-1)^2$`).
                if byte == 40, index > 0, bytes[index - 1] == 32, !(index >= 2 && [43, 45, 42, 47, 61].contains(bytes[index - 2])),
                   !(index + 2 < bytes.count && (65...69).contains(bytes[index + 1]) && bytes[index + 2] == 41),
                   !(index + 2 < bytes.count && (97...101).contains(bytes[index + 1]) && bytes[index + 2] == 41
                     && index >= 7 && choiceLabelWords.contains(where: { Bytes.hasPrefixIgnoringCase(bytes, at: index - 7, $0) })),
                   !relationEnds(bytes[..<(index - 1)]),
                   !nextTupleOfList(bytes, open: index) { end = index; break }
                // "**Answer:** Tom has **18** marbles left.": words, then the value set in bold, answer with the value.
                if byte == 42, index > 0, bytes[index - 1] == 32, index + 2 < bytes.count, bytes[index + 1] == 42,
                   !bytes[..<index].contains(where: Bytes.isDigit), bytes[..<index].contains(where: Bytes.isLetter),
                   let close = Bytes.find(bytes, [42, 42], from: index + 2), close - index <= 40,
                   // "la respuesta correcta es la opción **B**": a choice letter set in bold, as a value.
                   bytes[(index + 2)..<close].contains(where: Bytes.isDigit) || close == index + 3 && (65...69).contains(bytes[index + 2]),
                   !bytes[(index + 2)..<close].contains(10) {
                    // "either **6** or **8**": a second bold value offered as the alternative keeps the hedge.
                    if Bytes.hasPrefixIgnoringCase(bytes, at: close + 2, b(" or **")), let second = Bytes.find(bytes, [42, 42], from: close + 8),
                       second - close <= 40, bytes[(close + 8)..<second].contains(where: Bytes.isDigit) {
                        return Bytes.string(Bytes.trimSpaces(bytes[(index + 2)..<close])) + " or " + Bytes.string(Bytes.trimSpaces(bytes[(close + 8)..<second]))
                    }
                    return Bytes.string(Bytes.trimSpaces(bytes[(index + 2)..<close]))
                }
                // "**Final Answer:** 135 − 20 = **115**": a computation whose result is set in bold gives that result.
                if byte == 42, index > 0, index + 2 < bytes.count, bytes[index + 1] == 42, Bytes.trimSpaces(bytes[..<index]).last == 61,
                   let close = Bytes.find(bytes, [42, 42], from: index + 2), close - index <= 40,
                   bytes[(index + 2)..<close].contains(where: Bytes.isDigit), !bytes[(index + 2)..<close].contains(10) {
                    return Bytes.string(Bytes.trimSpaces(bytes[(index + 2)..<close]))
                }
                // `**` closes bold text ("**12**"); between two operands a `*` is a product or Python's power (`x**2`).
                if byte == 42, index > 0, bytes[index - 1] != 42 {
                    var after = index
                    while after < bytes.count, bytes[after] == 42 { after += 1 }
                    let previous = bytes[index - 1]
                    let operandBefore = Bytes.isDigit(previous) || Bytes.isLetter(previous) || previous == 41 || previous == 125
                    let operandAfter = after < bytes.count && (Bytes.isDigit(bytes[after]) || Bytes.isLetter(bytes[after])
                        || bytes[after] == 40 || bytes[after] == 92 || bytes[after] == 45)
                    if !(operandBefore && operandAfter && after - index <= 2) { end = index; break }
                }
            }
        }
        var kept = Array(bytes[..<end])
        // "Resposta: (2, 3) e (3, 2)": "and" of another language between two tuples lists them.
        if kept.contains(41), Bytes.contains(kept, b(") ")) {
            for join in foreignTupleJoins { _ = Bytes.replaceAll(&kept, join, with: b("), (")) }
        }
        // A phrase inside math (`$$\text{Answer: } 7$$`): the `}` closing the text and the closing delimiter go.
        // The `}` goes when it closes nothing in the answer: `} 2\sqrt{5}` (from `$\text{Answer: } 2\sqrt{5}$`) as `} 7`.
        while kept.first == 125, closesNothing(kept) { kept.removeFirst(); kept = Array(Bytes.trimSpaces(kept[...])) }
        for closer in [b("$$"), b("$"), b("\\]"), b("\\)")] where kept.count > closer.count && kept.suffix(closer.count).elementsEqual(closer) {
            let opener: [UInt8] = closer == b("\\]") ? b("\\[") : closer == b("\\)") ? b("\\(") : closer
            if !Bytes.contains(Array(kept.dropLast(closer.count)), opener) { kept.removeLast(closer.count) }
            break
        }
        // A looping answer ("0.625 0.625 0.625"): one copy.
        let copies = kept.split(separator: 32)
        // "yes yes yes yes": a word looped three times or more, too.
        if copies.count >= 2, copies.allSatisfy({ $0.elementsEqual(copies[0]) }), copies[0].contains(where: Bytes.isDigit) || copies.count >= 3 {
            kept = Array(copies[0])
        }
        // An expression whose value is stated after it: "60% of 80, which is 48" → `48`.
        for word in statedResultWords {
            guard let found = Bytes.findLastIgnoringCase(kept, word) else { continue }
            var value = Bytes.trimSpaces(kept[(found + word.count)...])
            // "45 minutes, which is 15 more than the 30 minutes she read yesterday": a comparison after the value.
            let digits = value.prefix { Bytes.isDigit($0) || $0 == 46 }
            if !digits.isEmpty, kept[..<found].contains(where: Bytes.isDigit), comparativeWords.contains(where: { word in
                Bytes.hasPrefixIgnoringCase(Array(value), at: digits.count + 1, word)
            }) {
                kept = Array(Bytes.trimSpaces(kept[..<found]))
                break
            }
            // "1/2 of 30, which is 15 apples": one word naming what is counted after the value (not a unit: "1,440
            // minutes, which is 24 hours" converts, and stays the first value).
            if let space = value.lastIndex(of: 32), value[(space + 1)...].allSatisfy(Bytes.isLetter), value[(space + 1)...].count >= 2,
               !measureUnits.contains(value[(space + 1)...].map(Bytes.lower)), !Normalizer.unitWordSet.contains(value[(space + 1)...].map(Bytes.lower)) {
                value = Bytes.trimSpaces(value[..<space])
            }
            // Only after an expression (words, `%`, `+`, `*`), never after a number it rounds (`1/3, which is 0.33`).
            if kept[..<found].contains(where: { Bytes.isLetter($0) || $0 == 37 || $0 == 43 || $0 == 42 }), !value.isEmpty, value.allSatisfy({ Bytes.isDigit($0) || $0 == 46 || $0 == 44 || $0 == 45 || $0 == 37 || $0 == 36 }),
               value.contains(where: Bytes.isDigit) {
                kept = Array(value)
            }
            break
        }
        // The same answer restated in another form: "1/2, or 50% as a percent" → `1/2`.
        if let or = Bytes.find(kept, b(", or ")), restatedForms.contains(where: { form in
            kept.count >= form.count && Bytes.hasPrefixIgnoringCase(kept, at: kept.count - form.count, form)
        }) {
            kept = Array(kept[..<or])
        }
        // A denial corrected in the same breath: "not 7; it is 9", "not 7, but 9" → what follows the correction.
        if kept.count > 4, Bytes.hasPrefixIgnoringCase(kept, at: 0, b("not ")) {
            for word in correctedWords {
                if let found = Bytes.findLastIgnoringCase(kept, word) { kept = Array(kept[(found + word.count)...]); break }
            }
        }
        for dot in abbreviationDots.reversed() where dot < kept.count { kept.remove(at: dot) }
        var answer = Bytes.trimSpaces(kept[...])
        // Quotes or backticks around the answer: `"27"`, `“27”`, `` `27` ``.
        for (open, close) in quotePairs where answer.count > open.count + close.count
            && answer.starts(with: open) && answer.reversed().starts(with: close.reversed()) {
            answer = Bytes.trimSpaces(answer.dropFirst(open.count).dropLast(close.count))
            break
        }
        return answer.isEmpty ? nil : Bytes.string(answer)
    }

    /// The numbers of a last line that is a bracketed list of them (`[-2, -14, -7]`, `[[2, 1], [4, 3]]`, `(3, -1)`), or of
    /// its one inline code span holding such a list or a number ("The product is `[[2, 1], [4, 3]]`."); nil otherwise.
    static func closingCodeOrBracketLine(_ text: [UInt8]) -> String? {
        guard let last = text.lastIndex(where: { !Bytes.isSpace($0) }), text[last] == 93 || text[last] == 41 || text[last] == 96 || text[last] == 46 else { return nil }
        var start = last
        while start > 0, text[start - 1] != 10 { start -= 1 }
        guard last - start <= 160 else { return nil }
        var line = Bytes.trimSpaces(text[start...last])
        func numeric(_ body: ArraySlice<UInt8>) -> Bool {
            body.contains(where: Bytes.isDigit) && body.allSatisfy { Bytes.isDigit($0) || [32, 44, 45, 46, 91, 93, 40, 41].contains($0) }
                && body.filter({ $0 == 91 }).count == body.filter({ $0 == 93 }).count && body.filter({ $0 == 40 }).count == body.filter({ $0 == 41 }).count
        }
        if let first = line.first, first == 91 || first == 40, line.last == (first == 91 ? 93 : 41), numeric(line), line.contains(44) {
            return Bytes.string(line)
        }
        if line.last == 46 { line = line.dropLast() }
        guard line.last == 96, line.filter({ $0 == 96 }).count == 2, let open = line.firstIndex(of: 96) else { return nil }
        let body = Bytes.trimSpaces(line[(open + 1)..<(line.endIndex - 1)])
        return numeric(body) ? Bytes.string(body) : nil
    }

    static let choiceLabelWords: [[UInt8]] = ["choice ", "option "].map(b)
    static let clausesAfterValue: [[UInt8]] = [" and it ", " and this ", " and that ", " and we ", " and i "].map(b)
    static let relationSigns: [[UInt8]] = ["=", "<", ">", "∈", "≤", "≥", "\\in", "\\le", "\\ge", "\\leq", "\\geq"].map(b)

    /// Whether text ends with a relation sign (`x =`, `x ∈`, `x \in`), so a bracket after it opens the relation's value.
    static func relationEnds(_ text: ArraySlice<UInt8>) -> Bool {
        let trimmed = Bytes.trimSpaces(text)
        return relationSigns.contains { sign in trimmed.count > sign.count && trimmed.suffix(sign.count).elementsEqual(sign) }
    }

    /// Whether a line opens display math (`$$`, `\[`) without closing it, so the answer goes on over the next lines.
    static func opensDisplayMath(_ line: ArraySlice<UInt8>) -> Bool {
        let trimmed = Bytes.trimSpaces(line)
        if trimmed.starts(with: b("$$")) { return !Bytes.contains(Array(trimmed.dropFirst(2)), b("$$")) }
        if trimmed.starts(with: b("\\[")) { return !Bytes.contains(Array(trimmed), b("\\]")) }
        return false
    }

    /// The unit word (`measureUnitAfter`) after a space at `end` when it closes `text` (only a full stop or bold marks
    /// after it); nil otherwise.
    static func closingUnit(_ text: [UInt8], after end: Int) -> String? {
        guard let unit = measureUnitAfter(text, at: end), case let close = end + 1 + unit.utf8.count, close <= text.count,
              text[close...].allSatisfy({ $0 == 46 || $0 == 42 || Bytes.isSpace($0) }) else { return nil }
        return unit
    }

    /// Whether a percent sign is written right after a math segment ending at `end`: `$25$\%`, `$25$%`, `$25$ percent`.
    static func percentFollows(_ text: [UInt8], at end: Int) -> Bool {
        Bytes.hasPrefix(text, at: end, b("\\%")) || Bytes.hasPrefix(text, at: end, b("%"))
            || Bytes.hasPrefixIgnoringCase(text, at: end, b(" percent")) || Bytes.hasPrefix(text, at: end, b(" \\%"))
    }

    static let measureUnits: Set<[UInt8]> = Set(["m", "km", "cm", "mm", "g", "kg", "mg", "s", "h", "hr", "hrs", "min", "mins",
        "minutes", "hours", "seconds", "days", "weeks", "l", "ml", "ft", "feet", "mi", "miles", "yd", "yards", "lb", "lbs",
        "pounds", "oz", "ounces", "meters", "metres", "kilometers", "kilometres", "centimeters", "centimetres",
        "millimeters", "millimetres", "grams", "kilograms", "liters", "litres", "mph", "cents", "dollars", "km/h", "km/hr", "kph",
        "inches", "inch",
        "m/s", "mi/h", "mi/hr", "ft/s", "gallons", "quarts", "pints"].map(b))

    /// The bold first line of a response whose next line opens an explanation ("Explanation:", "Reasoning:", "Because"),
    /// or a short plain one (`k = 1`) before such a line.
    static func leadingBoldAnswer(_ text: [UInt8]) -> String? {
        guard let first = text.firstIndex(where: { !Bytes.isSpace($0) }), let lineEnd = text[first...].firstIndex(of: 10) else { return nil }
        let line = Bytes.trimSpaces(text[first..<lineEnd])
        let bold = line.count > 4 && Bytes.hasPrefix(text, at: first, [42, 42]) && line.suffix(2).elementsEqual([42, 42])
        let inner = bold ? Bytes.trimSpaces(line.dropFirst(2).dropLast(2)) : line
        // A bold value with no words (`**1/8**`) followed by its explanation, or any bold answer followed by a line that
        // opens an explanation; so is a short plain first line ("k = 1⏎⏎Because (3^k)^6 = …").
        guard !inner.isEmpty, inner.count <= (bold ? 40 : 16), !inner.contains(42), inner.contains(where: Bytes.isDigit),
              bold || inner.filter({ $0 == 32 }).count <= 2 && !inner.contains(36),
              let next = text[lineEnd...].firstIndex(where: { !Bytes.isSpace($0) }),
              bold && !inner.contains(where: Bytes.isLetter) && !inner.contains(61)
                || ["explanation", "reasoning", "because", "why:"].contains(where: { Bytes.hasPrefixIgnoringCase(text, at: next, b($0)) })
        else { return nil }
        return Bytes.string(inner)
    }

    /// A response whose first sentence states one whole number and whose second announces the reasons for it: "There
    /// are 8 of them. Here's why: …" → `8`. Nil otherwise.
    static func openingAnswerBeforeWhy(_ text: [UInt8]) -> String? {
        let opening = Array(Bytes.trimSpaces(text.prefix(200)[...]))
        guard let stop = opening.firstIndex(of: 46), stop + 2 < opening.count, opening[stop + 1] == 32 || opening[stop + 1] == 10 else { return nil }
        let rest = Array(Bytes.trimSpaces(opening[(stop + 1)...]))
        guard [b("here's why"), b("here is why"), b("here\u{2019}s why"), b("here's how"), b("here is how")].contains(where: { Bytes.hasPrefixIgnoringCase(rest, at: 0, $0) })
        else { return nil }
        let sentence = opening[..<stop]
        let numbers = sentence.split(whereSeparator: { !Bytes.isDigit($0) })
        guard numbers.count == 1, sentence.allSatisfy({ Bytes.isDigit($0) || Bytes.isLetter($0) || $0 == 32 || $0 == 39 }) else { return nil }
        return Bytes.string(numbers[0])
    }

    /// A response that opens with a bare number and at most one word as its own sentence, then explains it: "42 seats.
    /// There are 6 rows with 7 seats each …" → `42`. Nil otherwise.
    static func leadingBareAnswer(_ text: [UInt8]) -> String? {
        guard let first = text.firstIndex(where: { !Bytes.isSpace($0) }), Bytes.isDigit(text[first]) || text[first] == 45 else { return nil }
        var end = first + 1
        while end < text.count, Bytes.isDigit(text[end]) || (text[end] == 46 || text[end] == 44 || text[end] == 47) && end + 1 < text.count && Bytes.isDigit(text[end + 1]) { end += 1 }
        let number = Array(text[first..<end])
        var cursor = end
        if cursor < text.count, text[cursor] == 32 { cursor += 1; while cursor < text.count, Bytes.isLetter(text[cursor]) { cursor += 1 } }
        guard cursor + 2 < text.count, text[cursor] == 46, text[cursor + 1] == 32 || text[cursor + 1] == 10,
              let next = text[(cursor + 1)...].firstIndex(where: { !Bytes.isSpace($0) }), (65...90).contains(text[next]),
              number.contains(where: Bytes.isDigit) else { return nil }
        // "1. The tank gets half …⏎2. Over 6 days …": the marker of a numbered list's first item is no answer.
        if number == [49], Bytes.find(text, b("\n2."), from: cursor) != nil { return nil }
        return Bytes.string(number)
    }

    /// Whether a value is a plain decimal number (digits, a sign, a point, thousands commas).
    static func isPlainNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return !bytes.isEmpty && bytes.allSatisfy { Bytes.isDigit($0) || $0 == 46 || $0 == 45 || $0 == 44 }
    }

    /// The unit of measure right after a number that ends the sentence with it (`150 m.`, `3 hours`) or goes on into an
    /// English preposition (`50 minutes in total`, `5 cm up the wall`): one listed word closed by punctuation, a newline,
    /// the end or such a word; nil otherwise (`5 m^2`, `5 miles per hour`).
    static func measureUnitAfter(_ text: [UInt8], at end: Int) -> String? {
        guard end + 1 < text.count, text[end] == 32 else { return nil }
        var close = end + 1
        while close < text.count, Bytes.isLetter(text[close]) { close += 1 }
        // A speed: `km/h`, `m/s`.
        if close > end + 1, close + 1 < text.count, text[close] == 47, Bytes.isLetter(text[close + 1]) {
            close += 1
            while close < text.count, Bytes.isLetter(text[close]) { close += 1 }
        }
        // "The fence is 3 yards long.": a dimension word may close the sentence after the unit.
        var after = close
        if after + 1 < text.count, text[after] == 32, let dimension = dimensionWords.first(where: { Bytes.hasPrefix(text, at: after + 1, $0) }),
           after + 1 + dimension.count == text.count || [46, 44, 59, 33, 10].contains(text[after + 1 + dimension.count]) {
            after += 1 + dimension.count
        }
        // "She needs 6 quarts of paint.": what is measured may follow the unit, one word after "of".
        if close > end + 1, after == close, Bytes.hasPrefix(text, at: after, b(" of ")) {
            var noun = after + 4
            while noun < text.count, Bytes.isLetter(text[noun]) { noun += 1 }
            if noun > after + 4, noun == text.count || [46, 44, 59, 33, 10].contains(text[noun]) { after = noun }
        }
        // A closing bold mark ends the amount too ("That's **2 hours 30 minutes** of driving.").
        // "… it takes 90 minutes to fill the tank.", "The ladder reaches 5 cm up the wall.": a unit of two letters or more
        // may go on into an English preposition or adverb of place or time, never into "per" ("60 miles per hour" is a
        // rate) nor a word of another language ("3.140 km durante a viagem", where the point groups thousands).
        let goesOn = close - end > 2 && after == close && after + 1 < text.count && text[after] == 32
            && unitContinuations.contains(where: { Bytes.hasPrefix(text, at: after + 1, $0) && (after + 1 + $0.count == text.count || !Bytes.isLetter(text[after + 1 + $0.count])) })
        guard close > end + 1, after == text.count || [46, 44, 59, 41, 33, 10, 42].contains(text[after]) || goesOn else { return nil }
        let word = Array(text[(end + 1)..<close])
        guard measureUnits.contains(word.map(Bytes.lower)) else { return nil }
        return Bytes.string(word[...])
    }

    static let unitContinuations: [[UInt8]] = ["to", "up", "down", "in", "on", "for", "from", "at", "away", "apart", "long", "wide",
                                               "high", "tall", "deep", "before", "after", "later", "ago", "until"].map(b)

    /// The unit after a value that a remark in parentheses follows: "3 s (coming down)" → `s`.
    static func measureUnitBeforeRemark(_ text: [UInt8], at end: Int) -> String? {
        guard end + 1 < text.count, text[end] == 32 else { return nil }
        var close = end + 1
        while close < text.count, Bytes.isLetter(text[close]) { close += 1 }
        // The remark may already be cut from the text, leaving the space before it.
        guard close > end + 1, Bytes.hasPrefix(text, at: close, b(" (")) || text[close...].allSatisfy(Bytes.isSpace) else { return nil }
        let word = Array(text[(end + 1)..<close])
        return measureUnits.contains(word.map(Bytes.lower)) ? Bytes.string(word[...]) : nil
    }

    static let dimensionWords: [[UInt8]] = ["long", "wide", "tall", "high", "deep", "thick", "away", "apart", "old"].map(b)

    static let statedResultWords: [[UInt8]] = [", which is ", ", which equals ", ", that is ", " which is ", ", i.e. ", ", i.e., ",
                                               ", cioè ", ", es decir, ", ", c'est-à-dire ", ", d. h. ", ", d.h. ", ", ou seja, ", ", то есть ",
                                               // "5 apples and 3 oranges, for a total of 8 fruits" → `8`.
                                               ", for a total of ", ", making a total of ", ", giving a total of ", ", a total of "].map(b)
    static let latinAbbreviations: [[UInt8]] = ["i.e.", "e.g."].map(b)
    static let restatedForms: [[UInt8]] = [" as a percent", " as a percentage", " as a decimal", " as a fraction", " in percent"].map(b)

    static let correctedWords: [[UInt8]] = ["; it is ", "; it's ", ", it is ", ", it's ", " shows it is ", " shows that it is ",
                                            ", so it is ", ", but ", "; but ", ", rather ",
                                            "; rather ", "; instead ", ", instead "].map(b)

    static let quotePairs: [([UInt8], [UInt8])] = [(b("\""), b("\"")), (b("\u{201C}"), b("\u{201D}")), (b("`"), b("`")), (b("'"), b("'"))]

    static let abbreviations: Set<[UInt8]> = Set(["sq", "approx", "cu", "ft", "hr", "hrs", "min", "mins", "sec", "yr", "yrs", "mi",
                                                  "oz", "lb", "lbs", "pt", "vs", "etc", "cm", "mm", "km", "kg"].map(b))
    static let closingOffers: [[UInt8]] = ["let me know", "feel free", "hope this helps", "i hope this helps", "if you have any",
                                           "if you'd like", "if you want", "would you like", "happy to help", "bonus fact",
                                           "bonus:", "fun fact", "side note", "by the way", "p.s."].map(b)

    /// Words after a dash that correct, refine or hedge the answer before it ("3 — wait, no, 4", "about 2 — more precisely,
    /// 1.98", "5 – or maybe 6"), and names of functions that go on with it ("π – arctan 2").
    static let dashContinuations: Set<[UInt8]> = Set(["wait", "no", "not", "nope", "actually", "or", "sorry", "correction", "hmm",
                                                      "oops", "scratch", "rather", "instead", "mean", "sin", "cos", "tan", "cot",
                                                      "sec", "csc", "arcsin", "arccos", "arctan", "log", "ln", "exp", "sqrt", "lim",
                                                      "max", "min", "pi", "more", "precisely", "exactly", "rounded", "about",
                                                      "approximately", "roughly", "nearly", "almost", "well", "let", "make"].map(b))

    /// Whether an em or en dash at `index` (after a space) is followed by a space and a word of two or more letters that is
    /// a remark on the answer before it, not a correction, a hedge or a function's name.
    static func dashRemarkFollows(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 4 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x94 || bytes[index + 2] == 0x93,
              bytes[index + 3] == 32, bytes[..<(index - 1)].contains(where: { !Bytes.isSpace($0) }) else { return false }
        let word = bytes[(index + 4)...].prefix(while: Bytes.isLetter).map(Bytes.lower)
        return word.count >= 2 && !dashContinuations.contains(word)
    }

    /// Questions that open a closing offer in the last sentence ("So there's a 1 in 6 chance. Want me to show the table?").
    static let offerQuestions: [[UInt8]] = ["want me to ", "would you like ", "shall i ", "should i ", "do you want ",
                                            "need me to ", "wanna see "].map(b)

    /// Where a closing paragraph starts that is a chat assistant's offer ("Let me know if …") or a remark wholly in
    /// parentheses, with no answer phrase or box in it; nil otherwise, or when nothing with a digit comes before it.
    static func closingRemark(_ text: [UInt8]) -> Int? {
        guard let last = text.lastIndex(where: { !Bytes.isSpace($0) }), let gap = Bytes.findLast(text, b("\n\n"), end: last) else { return nil }
        var start = gap + 2
        while start < last, Bytes.isSpace(text[start]) || text[start] == 42 || text[start] == 95 { start += 1 }
        guard last - start <= 300, text[..<gap].contains(where: Bytes.isDigit) else { return nil }
        let paragraph = Array(text[start...last]).map(Bytes.lower)
        guard ![b("the answer"), b("answer is"), b("answer:"), b("final"), boxedName].contains(where: { Bytes.contains(paragraph, $0) }) else { return nil }
        // A remark has words: a paragraph that is only "(2,-3,3)" or "(3,\pi/2)" (PRM800K's "# Answer⏎⏎(2,-3,3)") is a
        // value; the letters of a LaTeX command or a one-letter name are no words.
        let remark = paragraph.first == 40 && (paragraph.last == 41 || paragraph.count > 1 && paragraph[paragraph.count - 2] == 41)
            && !paragraph.dropFirst().dropLast().contains(40) && hasWordOutsideCommands(paragraph)
        return remark || closingOffers.contains(where: { Bytes.hasPrefix(paragraph, at: 0, $0) }) ? gap : nil
    }

    /// Whether the bytes hold a word of two or more letters that is not a LaTeX command's name (`\pi`, `\sqrt`).
    static func hasWordOutsideCommands(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            guard Bytes.isLetter(bytes[index]) else { index += 1; continue }
            var end = index
            while end < bytes.count, Bytes.isLetter(bytes[end]) { end += 1 }
            if end - index >= 2, index == 0 || bytes[index - 1] != 92 { return true }
            index = end
        }
        return false
    }

    /// Where a last sentence starts that asks whether to go on ("… chance. Want me to show the full table of 36
    /// outcomes?"), after a sentence with a digit; nil otherwise.
    static func closingOfferQuestion(_ text: [UInt8]) -> Int? {
        guard let last = text.lastIndex(where: { !Bytes.isSpace($0) }), text[last] == 63 else { return nil }
        var start = last
        while start > 0, !(text[start - 1] == 10 || (text[start - 1] == 32 && start >= 2 && [46, 33, 63].contains(text[start - 2]))) {
            start -= 1
        }
        guard start > 0, last - start <= 200, text[..<start].contains(where: Bytes.isDigit) else { return nil }
        let sentence = Array(text[start...last]).map(Bytes.lower)
        return offerQuestions.contains(where: { Bytes.hasPrefix(sentence, at: 0, $0) }) ? start : nil
    }

    static let checkMarks: [[UInt8]] = ["✅", "✔️", "✔", "✓", "☑️", "☑", "🎉"].map(b)

    /// Titles before a name, whose full stop ends no sentence ("Mrs. Lee needs 7 boxes.").
    static let titles: Set<[UInt8]> = Set(["Mr", "Mrs", "Ms", "Dr", "St", "Prof"].map(b))

    /// Whether the text ends with an abbreviation whose full stop does not end the sentence (`5 sq. units`, `3 ft. long`).
    static func endsWithAbbreviation(_ bytes: ArraySlice<UInt8>) -> Bool {
        let word = bytes.reversed().prefix { Bytes.isLetter($0) }.reversed().map(Bytes.lower)
        guard !word.isEmpty, word.count < bytes.count else { return false }
        let before = bytes[bytes.index(bytes.endIndex, offsetBy: -word.count - 1)]
        return before == 32 && abbreviations.contains(word) && bytes.contains(where: Bytes.isDigit)
    }

    /// Abbreviations written before a number (`Rs. 500`, `No. 7`), whose full stop does not end the sentence.
    static let numberPrefixAbbreviations: Set<[UInt8]> = Set(["rs", "no", "inr", "usd", "nos"].map(b))

    /// Whether the full stop at `dot` ends such an abbreviation and a number follows it.
    static func abbreviatesBeforeNumber(_ bytes: [UInt8], dot: Int) -> Bool {
        var next = dot + 1
        while next < bytes.count, bytes[next] == 32 { next += 1 }
        guard next < bytes.count, Bytes.isDigit(bytes[next]) else { return false }
        let word = bytes[..<dot].reversed().prefix { Bytes.isLetter($0) }.reversed().map(Bytes.lower)
        guard !word.isEmpty, word.count == dot || bytes[dot - word.count - 1] == 32 else { return false }
        return numberPrefixAbbreviations.contains(word)
    }

    /// Words after a comma that end a phrase answer: a hedge or a reason follows, not more of the answer.
    static let hedgeWords: [[UInt8]] = [" but ", " although ", " though ", " however", " since ", " because ", " assuming ",
                                        " unless ", " i think", " i believe", " i'm ", " if i ", " and the ", " and its ",
                                        " and it ", " while ", " whereas ", " so ",
                                        // "7, e não 9", "7, et non 9", "7, nicht 9", "7, no 9", "7, а не 9": a denial after the answer.
                                        " e não ", " et non ", " et pas ", " nicht ", " no ", " y no ", " e non ", " а не ", " не "].map(b)

    // MARK: fallbacks

    struct Segment { let text: String; let start: Int; let end: Int }

    /// Math segments `$$…$$`, `\[…\]`, `\(…\)` and `$…$` (single dollars may not span a newline).
    static func mathSegments(_ text: [UInt8]) -> [Segment] {
        var segments: [Segment] = []
        var index = 0
        // Once a `\(` or `\[` has no closing delimiter after it, no later one has either: stop looking (stays linear).
        var unclosedParen = false, unclosedBracket = false
        var unclosedDouble = false
        while index < text.count {
            let byte = text[index]
            if byte == 92, index + 1 < text.count, text[index + 1] == 36 { index += 2; continue }
            if byte == 92, index + 1 < text.count, (text[index + 1] == 91 && !unclosedBracket) || (text[index + 1] == 40 && !unclosedParen) {
                let closing: UInt8 = text[index + 1] == 91 ? 93 : 41
                var cursor = index + 2
                while cursor + 1 < text.count, !(text[cursor] == 92 && text[cursor + 1] == closing) { cursor += 1 }
                if cursor + 1 < text.count {
                    segments.append(Segment(text: Bytes.string(text[(index + 2)..<cursor]), start: index, end: cursor + 2))
                    index = cursor + 2
                    continue
                }
                if closing == 93 { unclosedBracket = true } else { unclosedParen = true }
            }
            if byte == 36, unclosedDouble, index + 1 < text.count, text[index + 1] == 36 { index += 2; continue }
            if byte == 36 {
                let double = index + 1 < text.count && text[index + 1] == 36
                let open = double ? 2 : 1
                var cursor = index + open
                var valid = false
                while cursor < text.count {
                    if text[cursor] == 92, cursor + 1 < text.count { cursor += 2; continue }
                    if text[cursor] == 36 { valid = !double || (cursor + 1 < text.count && text[cursor + 1] == 36); break }
                    if text[cursor] == 10, !double { break }
                    cursor += 1
                }
                // "$72.08. (The discount saved you $17.)", "$12 per guest, so the cost is $C(n) = …$": a dollar before a digit
                // whose would-be math runs on in plain words is a currency sign; its partner may open the math.
                if valid, !double, isCurrencySign(text, at: index, partner: cursor) {
                    index += 1
                    continue
                }
                if valid, cursor <= text.count {
                    segments.append(Segment(text: Bytes.string(text[(index + open)..<cursor]), start: index, end: cursor + open))
                    index = cursor + open
                    continue
                }
                if double, cursor >= text.count { unclosedDouble = true }
            }
            index += 1
        }
        return segments
    }

    /// Whether the single `$` at `index` (with its would-be partner at `partner`) is a currency sign: a number follows it,
    /// and then plain words run on to the partner ("$72.08. (The discount saved you $"), or the number is followed by a
    /// word ("$2 per day", "$24,000, so") rather than by math or a closing dollar (`$3$`, `$3 + 4$`, `$3 cm$`).
    static func isCurrencySign(_ text: [UInt8], at index: Int, partner: Int) -> Bool {
        guard index + 1 < partner, Bytes.isDigit(text[index + 1]), index == 0 || !Bytes.isLetter(text[index - 1]) && text[index - 1] != 92 else { return false }
        var end = index + 1
        while end < partner, Bytes.isDigit(text[end]) || (text[end] == 44 || text[end] == 46) && end + 1 < partner && Bytes.isDigit(text[end + 1]) { end += 1 }
        if isProse(text[(index + 1)..<partner]) { return true }
        if end < partner, text[end] == 44 || text[end] == 46 || text[end] == 59 { end += 1 }
        guard end + 2 < partner, text[end] == 32, Bytes.isLetter(text[end + 1]), Bytes.isLetter(text[end + 2]) else { return false }
        var wordEnd = end + 1
        while wordEnd < partner, Bytes.isLetter(text[wordEnd]) { wordEnd += 1 }
        return wordEnd < partner && (text[wordEnd] == 32 || text[wordEnd] == 44 || text[wordEnd] == 46)
    }

    /// Whether text between two dollar signs is plain words rather than math: no backslash, and two words of two or more
    /// letters in a row, each after a space ("saved you", "per guest, so the cost").
    static func isProse(_ text: ArraySlice<UInt8>) -> Bool {
        guard !text.contains(92) else { return false }
        var wordsInRow = 0, index = text.startIndex
        while index < text.endIndex {
            guard text[index] == 32, index + 1 < text.endIndex, Bytes.isLetter(text[index + 1]) else {
                if text[index] != 32 { wordsInRow = text[index] == 44 ? wordsInRow : 0 }
                index += 1
                continue
            }
            var end = index + 1
            while end < text.endIndex, Bytes.isLetter(text[end]) { end += 1 }
            guard end - index > 2, end == text.endIndex || text[end] == 32 || text[end] == 44 else { wordsInRow = 0; index = end; continue }
            wordsInRow += 1
            if wordsInRow == 2 { return true }
            index = end
        }
        return false
    }

    /// Whether a minus sign (`-` or `−`) stands right before the math opening at `start`, after a word and a space
    /// ("is −$5$", "is -\(\frac{35}{9}\)"), not between two values ("10 −$5$").
    static func signBeforeMath(_ text: [UInt8], at start: Int) -> Bool {
        var sign = start
        if sign >= 1, text[sign - 1] == 45 { sign -= 1 } else if sign >= 3, Bytes.hasPrefix(text, at: sign - 3, unicodeMinus) { sign -= 3 } else { return false }
        guard sign >= 2, text[sign - 1] == 32 else { return false }
        return Bytes.isLetter(text[sign - 2]) || text[sign - 2] == 58
    }

    /// A size written in math before a noun it sizes ("the negative of the $2\times 2$ identity matrix"): no answer.
    static func isSizeBeforeNoun(_ text: [UInt8], segment: Segment) -> Bool {
        let bytes = Array(segment.text.utf8).filter { $0 != 32 }
        guard bytes.count <= 14, let times = Bytes.find(bytes, b("\\times")) ?? Bytes.find(bytes, b("×")), times > 0,
              bytes[..<times].allSatisfy(Bytes.isDigit) || bytes[..<times].elementsEqual(b("n")),
              bytes[(times + (bytes[times] == 92 ? 6 : 2))...].allSatisfy({ Bytes.isDigit($0) || $0 == 110 }) else { return false }
        var after = segment.end
        while after < text.count, text[after] == 32 || text[after] == 45 { after += 1 }
        return sizedNouns.contains { Bytes.hasPrefixIgnoringCase(text, at: after, $0) }
    }
    static let sizedNouns: [[UInt8]] = ["identity", "matri", "zero matri", "unit matri"].map(b)

    static let proofEndMarks: Set<String> = ["\\blacksquare", "\\square", "\\Box", "\\qed", "\\qedsymbol", "\\blacktriangleleft"]

    /// The last non-empty math segment, joined with the segments before it that it lists with
    /// (`$x=-4$ and $x=1$`, `$2$, $3$ or $5$`).
    static func lastMathSegment(_ text: [UInt8]) -> Segment? {
        // An end-of-proof mark after the answer ("The only pair is $(k,n) = (2,4)$. $\blacksquare$") is no answer.
        var segments = mathSegments(text).filter { $0.text.contains(where: { !$0.isWhitespace }) 
            && !($0.text.utf8.count <= 20 && proofEndMarks.contains($0.text.trimmingCharacters(in: .whitespaces))) }
        // A check after the answer ("Checking: $2(5) = 10$.") does not replace it.
        // Only when a segment comes before the check's sentence: "Checking all cases gives the quadruples $(1,3,5,7)$ and
        // $(2,3,4,9)$." states its answers in the check.
        while let last = segments.last, inCheckSentence(text, at: last.start) {
            let start = sentenceStart(text, at: last.start)
            guard segments[0].end <= start else { break }
            segments.removeAll { $0.start >= start }
        }
        // "$$… = \frac{8}{49}\begin{pmatrix} 2 \\ 6 \\ 3 \end{pmatrix}$$⏎since $\|\mathbf b\|^2 = 49$.": a line that goes on in
        // lower case with "since" or "because" after the value gives its reason.
        while segments.count > 1, let last = segments.last, case let start = sentenceStart(text, at: last.start), start > 0, text[start - 1] == 10,
              Bytes.hasPrefix(text, at: start, b("since ")) || Bytes.hasPrefix(text, at: start, b("because ")),
              segments[segments.count - 2].end <= start {
            segments.removeAll { $0.start >= start }
        }
        // "Therefore $z = 3 + 2i$, and as a check $\overline{z} = 3 - 2i$, so …": a check clause after the value in its
        // sentence.
        if segments.count > 1, let phrase = Bytes.findLastIgnoringCase(text, b(" as a check")), phrase >= 1,
           case let check = text[phrase - 1] == 44 || text[phrase - 1] == 59 ? phrase - 1
               : phrase >= 5 && Bytes.hasPrefixIgnoringCase(text, at: phrase - 5, b(", and")) ? phrase - 5 : -1, check >= 0,
           let before = segments.last(where: { $0.end <= check }), sameSentence(text, before.end, check), segments.last!.start > check {
            segments.removeAll { $0.start > check }
        }
        // "… $-\mathbf{I}$, the negative of the $2\times2$ identity matrix.": a size after the answer only describes it.
        while segments.count > 1, isSizeBeforeNoun(text, segment: segments.last!) { segments.removeLast() }
        // "So $x = 5$.⏎⏎$8 = 8$ ✓": a closing identity, both sides the same, only checks.
        while segments.count > 1, isTrivialIdentity(segments.last!.text) { segments.removeLast() }
        // A bare variable after a value in its sentence only describes it ("the slope is $-2$, so the line falls as $x$
        // increases"): the value is the answer.
        while segments.count > 1, isBareName(segments.last!.text), segments[segments.count - 2].text.utf8.contains(where: Bytes.isDigit),
              sameSentence(text, segments[segments.count - 2].end, segments.last!.start) {
            segments.removeLast()
        }
        // "the identity function, $f(n) = n$ for all $n$": a quantified variable after the answer only qualifies it.
        while segments.count > 1, isBareName(segments.last!.text), sameSentence(text, segments[segments.count - 2].end, segments.last!.start),
              quantifiesName(text[segments[segments.count - 2].end..<segments.last!.start]) {
            segments.removeLast()
        }
        // "$x = \frac{\pi}{4} + k\pi$, $k \in \mathbb{Z}$": the parameter's domain after the answer only qualifies it.
        while segments.count > 1, isParameterDomain(segments.last!.text), sameSentence(text, segments[segments.count - 2].end, segments.last!.start) {
            segments.removeLast()
        }
        segments = collapsingQuantifiedDomains(segments, in: text)
        guard var index = segments.indices.last else { return nil }
        // "$x = 10^{100}$ or $x = 10^{1/100} = \sqrt[100]{10}$": a last item that sets the previous item's name and then
        // rewrites its value is that name set to the value's last form.
        if index > 0, segmentKind(segments[index].text) == 2, segmentKind(segments[index - 1].text) == 1,
           isListJoin(text[segments[index - 1].end..<segments[index].start]),
           let restated = restatedAssignment(segments[index].text, after: segments[index - 1].text) {
            segments[index] = Segment(text: restated, start: segments[index].start, end: segments[index].end)
        }
        // "$f(x) = x + 1$ for all $x$, or $f \equiv -1$": a function's name alone set by `\equiv` after that function's
        // value at an argument takes the argument (`f(x) = -1`).
        if index > 0, segments[index].text.contains("\\equiv"), !segments[index].text.contains("mod"),
           let named = identityWithArgument(segments[index].text, after: segments[index - 1].text) {
            segments[index] = Segment(text: named, start: segments[index].start, end: segments[index].end)
        }
        var joined = segments[index].text
        let kind = segmentKind(segments[index].text, greek: true)
        var count = 1
        while index > 0, isListJoin(text[segments[index - 1].end..<segments[index].start])
                || assignsInTurn(text[segments[index - 1].end..<segments[index].start], segments[index - 1].text, segments[index].text),
              !solvesStep(segments[index - 1].text, segments[index].text),
              // "$t = \pm 2$ and $x = 100$ or $x = 0.01$": values of one name after a value of another, the auxiliary one.
              !(count >= 2 && assignedName(segments[index].text) != nil && segments[index...].allSatisfy({ assignedName($0.text) == assignedName(segments[index].text) })
                && assignedName(segments[index - 1].text).map({ $0 != assignedName(segments[index].text) }) == true),
              // "Since $2023 = 4 \cdot 505 + 3$, $i^{2023} = i^3 = -i$.": a reason that opens the sentence is no item.
              !opensWithReason(text, at: segments[index - 1].start) {
            var previous = segments[index - 1].text
            // `f(x) \equiv -1` (an identity, no modulus) states a value as `=` does: "either $f(x) \equiv -1$ or $f(x) = x + 1$".
            if previous.contains("\\equiv"), !previous.contains("mod") {
                previous = previous.replacingOccurrences(of: "\\equiv", with: "=")
                // "$f \equiv -1$ and $f(x) = x + 1$": the function's name alone takes the argument the next item writes.
                let sides = previous.split(separator: "=", maxSplits: 1)
                if sides.count == 2, case let name = sides[0].trimmingCharacters(in: .whitespaces), name.utf8.count == 1,
                   segments[index].text.hasPrefix(name + "("), let close = segments[index].text.firstIndex(of: ")"),
                   segments[index].text[segments[index].text.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("=") {
                    previous = String(segments[index].text[...close]) + " =" + sides[1]
                }
            }
            // "Thus $x = 10^3 = 1000$ and $y = 10$.": a name set by a chain, before a name set to one value, is that name
            // set to the chain's last side.
            if kind == 1, segmentKind(previous) == 2, let equals = previous.firstIndex(of: "="), isBareName(String(previous[..<equals])),
               let last = previous.lastIndex(of: "="), last > equals, !previous.contains("<"), !previous.contains(">"),
               !previous.contains("\\le"), !previous.contains("\\ge"), !previous.contains(",") {
                previous = String(previous[..<equals]) + "=" + previous[previous.index(after: last)...]
            }
            // `$(x,y)=(0,1)$ and $(1,0)$`: a tuple named by a tuple of variables, then another tuple.
            var item = previous
            if segmentKind(previous, greek: true) != kind {
                // `$n = 1, 3, 5,$ or $15$`: a name with its values, then the last value.
                // "So $x = \pi/6$ and $5\pi/6$.": a name with one value, then another value of it.
                // "$x = -1$, $0$ ve $1$": or with values listed after it.
                if kind == 0, segmentKind(previous) == 1,
                   previous.utf8.contains(44) && index == segments.count - 1
                    || previous.utf8.filter({ $0 == 61 }).count == 1 && isBareName(String(previous.prefix { $0 != "=" }))
                        && segments[index...].allSatisfy({ isPlainValue($0.text) }) {
                    var trimmed = Array(Bytes.trimSpaces(Array(previous.utf8)[...]))
                    while trimmed.last == 44 || trimmed.last == 32 { trimmed.removeLast() }
                    joined = Bytes.string(trimmed) + ", " + joined
                    index -= 1
                    count += 1
                    break
                }
                guard kind == 0, let named = namedTupleValue(previous), segments[index].text.first == "(" else { break }
                item = named
            }
            joined = item + listSeparator(text[segments[index - 1].end..<segments[index].start], previous, joined) + joined
            index -= 1
            count += 1
        }
        let last = segments.last!
        // "Either $x = 1, y = 2$ or $x = 2, y = 1$": solutions that each set the same variables are tuples.
        if count >= 2, let tuples = assignmentTuples(segments[index...].map(\.text)) {
            return Segment(text: tuples, start: segments[index].start, end: last.end)
        }
        return count == 1 ? last : Segment(text: joined, start: segments[index].start, end: last.end)
    }

    /// `f \equiv -1` after `f(x) = x + 1`: `f(x) = -1`, the identity of a one-letter function name written with the
    /// argument the previous segment gives it; nil otherwise.
    static func identityWithArgument(_ text: String, after previous: String) -> String? {
        let sides = text.components(separatedBy: "\\equiv")
        guard sides.count == 2, case let name = sides[0].trimmingCharacters(in: .whitespaces), name.utf8.count == 1,
              name.utf8.allSatisfy(Bytes.isLetter), case let value = sides[1].trimmingCharacters(in: .whitespaces), !value.isEmpty,
              case let before = previous.trimmingCharacters(in: .whitespaces), before.hasPrefix(name + "("),
              let close = before.firstIndex(of: ")"),
              before[before.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("=") else { return nil }
        return String(before[...close]) + " = " + value
    }

    /// The one-letter name a segment sets (`x` of `x = 100`), or nil when it sets none or several.
    static func assignedName(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard let equals = bytes.firstIndex(of: 61), bytes.lastIndex(of: 61) == equals, !bytes.contains(44) else { return nil }
        let name = Bytes.trimSpaces(bytes[..<equals])
        guard name.count == 1, Bytes.isLetter(name[name.startIndex]) else { return nil }
        return Bytes.string(name)
    }

    /// Whether a segment is an identity with the same text on both sides of its one `=` (`8 = 8`, `10 = 10`).
    static func isTrivialIdentity(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let equals = bytes.firstIndex(of: 61), bytes.lastIndex(of: 61) == equals else { return false }
        let left = Bytes.trimSpaces(bytes[..<equals]), right = Bytes.trimSpaces(bytes[(equals + 1)...])
        return !left.isEmpty && left.elementsEqual(right)
    }

    /// Whether a segment is a value with no name or relation in it (`5\pi/6`, `\frac{1}{2}`, `-3`), not `x \in \{2\}`.
    static func isPlainValue(_ text: String) -> Bool {
        let bytes = Array(Bytes.trimSpaces(Array(text.utf8)[...]))
        guard let first = bytes.first, !Bytes.isLetter(first), !bytes.contains(where: { $0 == 61 || $0 == 60 || $0 == 62 || $0 == 44 }) else { return false }
        return ![b("\\in"), b("\\le"), b("\\ge"), b("\\ne"), b("\\approx")].contains { Bytes.contains(bytes, $0) }
    }

    /// `x = 10^{1/100} = \sqrt[100]{10}` after `x = 10^{100}`: `x = \sqrt[100]{10}`, when the text sets the same name
    /// as `previous` and then chains plain `=` (no comparison, no comma at the top level); nil otherwise.
    static func restatedAssignment(_ text: String, after previous: String) -> String? {
        let bytes = Array(text.utf8), before = Array(previous.utf8)
        guard let equals = bytes.firstIndex(of: 61), let previousEquals = before.firstIndex(of: 61),
              Bytes.trimSpaces(bytes[..<equals]).elementsEqual(Bytes.trimSpaces(before[..<previousEquals])),
              let last = bytes.lastIndex(of: 61), last > equals,
              !bytes.contains(where: { $0 == 60 || $0 == 62 || $0 == 44 }) else { return nil }
        let value = Bytes.trimSpaces(bytes[(last + 1)...])
        guard !value.isEmpty else { return nil }
        return Bytes.string(Bytes.trimSpaces(bytes[..<equals])) + " = " + Bytes.string(value)
    }

    /// Whether the only words between the start of the sentence (or of a clause after a comma, with "and") and
    /// `position` are "Since", "Because", "As" or "Given".
    static func opensWithReason(_ text: [UInt8], at position: Int) -> Bool {
        var start = sentenceStart(text, at: position)
        while start < position, Bytes.isSpace(text[start]) || text[start] == 42 { start += 1 }
        var lead = Array(text[start..<position]).map(Bytes.lower)
        while let last = lead.last, last == 32 || last == 36 { lead.removeLast() }
        let reasons = [b("since"), b("because"), b("as"), b("given"), b("given that")]
        if reasons.contains(lead) { return true }
        // "…, and since $(\log_x y)(\log_y x) = 1$,⏎$$xy = 25.$$": a reason that opens a clause after a comma.
        guard let comma = lead.lastIndex(of: 44) else { return false }
        var clause = Array(lead[(comma + 1)...].drop(while: { $0 == 32 }))
        if clause.starts(with: b("and ")) { clause.removeFirst(4) }
        return reasons.contains(clause) && lead[..<comma].contains(36)
    }

    /// Segments that each set the same two or more one-letter variables in the same order (`x = 1, y = 2` and `x = 2,
    /// y = 1`) as tuples of their values (`(1, 2), (2, 1)`); nil otherwise.
    static func assignmentTuples(_ segments: [String]) -> String? {
        var names: [Character]?
        var tuples: [String] = []
        for raw in segments {
            // `x = y = 0` sets both names: `x = 0, y = 0`.
            let segment = chainResult(raw).flatMap { $0.contains("=") ? $0 : nil } ?? raw
            let parts = segment.replacingOccurrences(of: "\\ ", with: " ").replacingOccurrences(of: "\\quad", with: " ")
                .split(separator: ",").map { $0.filter { $0 != " " } }
            guard parts.count >= 2 else { return nil }
            var these: [Character] = []
            var values: [String] = []
            for part in parts {
                guard part.count >= 3, let name = part.first, name.isLetter, name.isASCII, part.dropFirst().first == "=" else { return nil }
                these.append(name)
                values.append(String(part.dropFirst(2)))
            }
            guard Set(these).count == these.count, names == nil || names! == these else { return nil }
            names = these
            tuples.append("(" + values.joined(separator: ", ") + ")")
        }
        return tuples.joined(separator: ", ")
    }

    static let noSolutionPhrases: [[UInt8]] = ["no real solution", "no solution", "no real root", "no roots", "solution set is empty",
                                               "solution set is the empty set"].map(b)

    /// The words of a last sentence that says there are no solutions ("so there are no real solutions: the solution set is
    /// empty." → "no real solutions"): that is the answer (the empty set, or none of a count), whatever math the sentence
    /// also holds before it. Nil when a number follows the phrase ("no real solutions; the number of real roots is 0").
    static func noSolutionStatement(_ text: [UInt8]) -> String? {
        guard text.count <= 4_000, Bytes.findLastIgnoringCase(text, b("no ")) != nil || Bytes.findLastIgnoringCase(text, b("empty")) != nil,
              let lastByte = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        let sentence = text[sentenceStart(text, at: lastByte)...lastByte].map(Bytes.lower)
        guard let found = noSolutionPhrases.compactMap({ phrase in Bytes.findLast(sentence, phrase).map { ($0, phrase) } }).max(by: { $0.0 < $1.0 }),
              !sentence[found.0...].contains(where: Bytes.isDigit), Bytes.find(Array(sentence[found.0...]), b(" zero")) == nil,
              Bytes.find(sentence, b("no solution other")) == nil else { return nil }
        // The words as written, so a count of none stays plural ("no real solutions") and "no solution" singular.
        let end = found.0 + found.1.count
        let plural = end < sentence.count && sentence[end] == 115
        if found.1.first == 115 { return "no solution" }   // "solution set is empty"
        return Bytes.string(found.1) + (plural ? "s" : "")
    }

    /// Words a sentence cannot end with: a response whose last word is one of them (with no punctuation after it) was
    /// cut off before its answer ("…, which is", "so $x$ ranges from -4 to").
    static let danglingWords: Set<[UInt8]> = Set(["which", "is", "are", "was", "were", "the", "a", "an", "of", "to", "from",
        "and", "so", "then", "gives", "equals", "get", "we", "be", "that", "thus", "therefore", "hence", "by", "with",
        // the same words of other languages written in Latin letters ("… hasta que los dos autobuses vuelvan a coincidir es")
        "es", "son", "est", "sont", "ist", "sind", "adalah", "ialah", "yaitu", "jest", "wynosi", "entonces", "donc", "que",
        "el", "los", "las", "les", "der", "das", "und", "et"].map(b))

    /// Whether the response stops in the middle of a sentence: its last word is a `danglingWords` word, or its last byte
    /// is `=` or `,` (after a math delimiter's closing, if any), with at least 80 bytes of reasoning before it; not when
    /// the cut sentence repeats an earlier one or checks a value stated before it.
    static func stopsMidSentence(_ text: [UInt8]) -> Bool {
        guard text.count >= 80, let last = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return false }
        // A check cut off by the budget ("So she needs 14 bags of soil.⏎⏎Let me double-check: 14 × 25 = 350 pounds, and")
        // comes after the value it checks, which it names.
        if inCheckSentence(text, at: last), case let checkStart = sentenceStart(text, at: last),
           let valueEnd = text[..<checkStart].lastIndex(where: Bytes.isDigit) {
            var valueStart = valueEnd
            while valueStart > 0, Bytes.isDigit(text[valueStart - 1]) { valueStart -= 1 }
            let value = Array(text[valueStart...valueEnd]), check = Array(text[checkStart...last])
            var from = 0
            while let found = Bytes.find(check, value, from: from) {
                let end = found + value.count
                if (found == 0 || !Bytes.isDigit(check[found - 1])) && (end == check.count || !Bytes.isDigit(check[end])) { return false }
                from = found + 1
            }
        }
        if text[last] == 61 || text[last] == 44 { return true }
        guard Bytes.isLetter(text[last]) else { return false }
        var start = last
        while start > 0, Bytes.isLetter(text[start - 1]) { start -= 1 }
        guard start > 0, Bytes.isSpace(text[start - 1]), danglingWords.contains(text[start...last].map(Bytes.lower)) else { return false }
        // A loop cut off by the budget ("The solutions are x = 0, x = 5. The solutions are") stated its answer before.
        let fragmentStart = sentenceStart(text, at: last)
        let fragment = Array(Bytes.trimSpaces(text[fragmentStart...last]))
        return fragment.count < 8 || Bytes.find(Array(text[..<fragmentStart]), fragment) == nil
    }

    static let thinkOpen = b("<think>"), thinkClose = b("</think>")

    /// Whether a response opens a `<think>` block it never closes and stops mid-sentence: on a letter, a comma or `=`, or
    /// right after "i.e." or "e.g." (a reasoning model cut off by its budget).
    static func endsInsideThinking(_ text: [UInt8]) -> Bool {
        guard let last = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return false }
        let byte = text[last]
        let midSentence = Bytes.isLetter(byte) || byte == 44 || byte == 61
            || byte == 46 && last >= 3 && (Bytes.hasPrefix(text, at: last - 3, b("i.e.")) || Bytes.hasPrefix(text, at: last - 3, b("e.g.")))
        return midSentence && Bytes.find(text, thinkOpen) != nil
    }

    /// Whether math is a formula in names, not a value: its last side names at least two letters outside commands and
    /// text wrappers, `e` and `i` aside (`A = P\left(1 + \frac{r}{n}\right)^{nt}`), where an exact value names none
    /// (`\frac{\pi}{4}`, `x = 2\sqrt{3}`, `e^2 - 1`, `4\pi\text{ cm}^2`).
    static func isFormulaOfNames(_ math: String) -> Bool {
        let bytes = Array(math.utf8)
        let side = bytes.lastIndex(of: 61).map { Array(bytes[($0 + 1)...]) } ?? bytes
        var names = Set<UInt8>()
        var index = 0
        while index < side.count {
            if side[index] == 92 {
                let start = index + 1
                index += 1
                while index < side.count, Bytes.isLetter(side[index]) { index += 1 }
                let command = Bytes.string(side[start..<index])
                // `\text{cm}`: the wrapped words are no names.
                if ["text", "mathrm", "textrm", "mbox", "operatorname"].contains(command), index < side.count, side[index] == 123,
                   let close = side[index...].firstIndex(of: 125) { index = close + 1 }
                continue
            }
            if Bytes.isLetter(side[index]), side[index] != 101, side[index] != 105 { names.insert(side[index]) }
            index += 1
        }
        return names.count >= 2
    }

    /// A formula of one-letter names that ends the response after a stating verb: "…, the double sum becomes p − q." →
    /// `p - q`. Names and `+ - * /` only, at least two names and one operator, and no `$` or command in the sentence
    /// (no digit either, but before a last `=`). Nil otherwise.
    static func closingLetterFormula(_ text: [UInt8]) -> String? {
        guard var end = text.lastIndex(where: { !Bytes.isSpace($0) }), end > 0 else { return nil }
        if text[end] == 46 { end -= 1 }
        let start = sentenceStart(text, at: end)
        guard end > start, end - start <= 300 else { return nil }
        let sentence = Array(text[start...end])
        guard !sentence.contains(where: { $0 == 36 || $0 == 92 }) else { return nil }
        let lowered = sentence.map(Bytes.lower)
        guard let (verb, word) = [" is ", " equals ", " becomes ", " = ", " simplifies to ", " reduces to ", " gives ", " telescopes to ",
                                  " sums to ", " comes to ", " collapses to "]
                .compactMap({ v in Bytes.findLast(lowered, b(v)).map { ($0 + v.count, v) } }).max(by: { $0.0 < $1.0 }) else { return nil }
        // Digits only in a computation that the formula ends: "… = Σ 1/n² − Σ 1/n³ = p − q."
        if sentence.contains(where: Bytes.isDigit), word != " = " { return nil }
        let formula = Array(Bytes.trimSpaces(sentence[verb...]))
        var names = 0, operators = 0, previousName = false
        // A leading sign ("reduces to −q + p") is no operator between names.
        for byte in formula.drop(while: { $0 == 45 || $0 == 43 }) {
            if Bytes.isLetter(byte) { if previousName { return nil }; names += 1; previousName = true; continue }
            previousName = false
            if byte == 43 || byte == 45 || byte == 42 || byte == 47 { operators += 1; continue }
            if byte != 32 { return nil }
        }
        guard names >= 2, operators >= 1, operators < names else { return nil }
        return Bytes.string(formula)
    }

    static let domainOpenings: [[UInt8]] = [" for all ", " for every ", " for each ", " (for all ", " (for every "].map(b)

    /// A function stated alone on the last line (after a short label, if any), in plain text, before the domain it holds
    /// on: "f(x) = x for all real x." → `f(x) = x` (the earlier lines' numbers are steps). One letter, one variable in
    /// brackets, `=`, then at most 40 bytes of letters, digits, spaces, `+ - * / ^ ( ) { }`; a lead-in of words may come
    /// before the function ("Hence f(x) = x^{2} for all real x."); nil otherwise.
    static func closingFunctionLine(_ text: [UInt8]) -> String? {
        guard var end = text.lastIndex(where: { !Bytes.isSpace($0) }), end >= 7 else { return nil }
        if text[end] == 46 { end -= 1 }
        var start = end
        while start > 0, text[start - 1] != 10 { start -= 1 }
        var line = Array(text[start...end])
        // "**Conclusion:** f(x) = 2x for all positive reals x.": a label of one to three words before it.
        if let colon = line.firstIndex(of: 58), colon <= 40, case let label = line[..<colon].filter({ $0 != 42 }),
           (1...3).contains(label.split(separator: 32).count), label.allSatisfy({ Bytes.isLetter($0) || $0 == 32 }) {
            line = Array(line[(colon + 1)...].drop(while: { $0 == 42 }))
        }
        if let domain = domainOpenings.compactMap({ Bytes.find(line, $0) }).min() { line = Array(line[..<domain]) }
        if line.last == 46 { line.removeLast() }
        line = Array(Bytes.trimSpaces(line[...]))
        // "Hence f(x) = x^{2}", "Therefore the only solution is f(x) = 2x": a lead-in of words before the function.
        if line.count >= 6, !(Bytes.isLetter(line[0]) && line[1] == 40),
           let at = (1..<(line.count - 4)).first(where: { line[$0 - 1] == 32 && Bytes.isLetter(line[$0]) && line[$0 + 1] == 40 && Bytes.isLetter(line[$0 + 2]) && line[$0 + 3] == 41 }),
           at <= 60, line[..<at].allSatisfy({ Bytes.isLetter($0) || $0 == 32 || $0 == 44 }) {
            line = Array(line[at...])
        }
        guard line.count >= 6, Bytes.isLetter(line[0]), line[1] == 40, Bytes.isLetter(line[2]), line[3] == 41,
              let equals = line.firstIndex(of: 61), Bytes.trimSpaces(line[4..<equals]).isEmpty else { return nil }
        let body = Bytes.trimSpaces(line[(equals + 1)...])
        guard !body.isEmpty, body.count <= 40,
              body.allSatisfy({ Bytes.isLetter($0) || Bytes.isDigit($0) || [32, 40, 41, 42, 43, 45, 47, 94, 123, 125].contains($0) }) else { return nil }
        return Bytes.string(line)
    }

    /// The plain list after a short label that closes a response: "**Solutions:** π/6, 5π/6", "Roots: -2, 3" → the
    /// items. The label is one to three words (bold or not) ending in ":"; two to twelve items, each a value of at most
    /// 24 bytes holding a digit, with no words. Nil otherwise.
    static func closingLabelledList(_ text: [UInt8]) -> String? {
        guard let end = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        var lineStart = end
        while lineStart > 0, text[lineStart - 1] != 10 { lineStart -= 1 }
        guard end - lineStart <= 200, let colon = text[lineStart...end].firstIndex(of: 58), colon < end else { return nil }
        let label = text[lineStart..<colon].filter { $0 != 42 }
        let words = label.split(separator: 32)
        guard (1...3).contains(words.count), words.allSatisfy({ $0.allSatisfy(Bytes.isLetter) }) else { return nil }
        let lowered = label.map(Bytes.lower)
        guard !["check", "verif", "note", "given", "recall", "hint", "step"].contains(where: { Bytes.contains(lowered, b($0)) }) else { return nil }
        var content = Array(text[(colon + 1)...end]).filter { $0 != 42 }
        while let last = content.last, last == 46 || last == 32 { content.removeLast() }
        // "Roots: 5 and −1 (sum 4 ✓, product −5 ✓)": a closing remark in parentheses, and "and" before the last item.
        if content.last == 41, let open = content.lastIndex(of: 40), open > 0, content[open - 1] == 32,
           content[open...].contains(where: { Bytes.isLetter($0) }) {
            content = Array(Bytes.trimSpaces(content[..<open]))
        }
        Bytes.replaceAll(&content, b(", and "), with: b(", "))
        Bytes.replaceAll(&content, b(" and "), with: b(", "))
        // A comma before a digit groups thousands ("Total: 12,500"): items are separated by a comma and a space.
        guard !content.indices.dropLast().contains(where: { content[$0] == 44 && Bytes.isDigit(content[$0 + 1]) }) else { return nil }
        let items = content.split(separator: 44).map { Array(Bytes.trimSpaces($0)) }
        guard (2...12).contains(items.count), items.allSatisfy({ item in
            !item.isEmpty && item.count <= 24 && item.contains(where: Bytes.isDigit) && !item.contains(36)
                && !item.contains(where: Bytes.isLetter)
        }) else { return nil }
        return items.map { Bytes.string($0) }.joined(separator: ", ")
    }

    /// The values of a bullet list that closes a response after a line ending in ":" ("the intersection points are:\n\n-
    /// **(3, 6)**\n- **(-1, 2)**" → `(3, 6), (-1, 2)`): two to twelve items, each one value (digits, signs, brackets and
    /// LaTeX, in `$…$` or bold or bare, no words; a one-letter name set to it may open it). Nil otherwise.
    static func closingBulletList(_ text: [UInt8]) -> String? {
        // Most responses end with prose: look at the last line before splitting the text into lines.
        guard let end = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        var lineStart = end
        while lineStart > 0, text[lineStart - 1] != 10 { lineStart -= 1 }
        while lineStart < end, Bytes.isSpace(text[lineStart]) { lineStart += 1 }
        guard text[lineStart] == 45 || text[lineStart] == 42 || text[lineStart] == 0xE2, lineStart > 0 else { return nil }
        let lines = text[max(0, lineStart - 2_000)...].split(separator: 10, omittingEmptySubsequences: false).map { Bytes.trimSpaces($0) }
        guard var last = lines.lastIndex(where: { !$0.isEmpty }) else { return nil }
        var items: [String] = []
        while last >= 0, items.count <= 12 {
            let line = lines[last]
            guard line.count >= 3, line.first == 45 || line.first == 42 || Bytes.hasPrefix(Array(line), at: 0, b("•")),
                  line.first != 42 || line.dropFirst().first == 32 else { break }
            var item = Array(Bytes.trimSpaces(line.drop(while: { $0 != 32 })))
            while let end = item.last, end == 46 || end == 44 || end == 59 { item.removeLast() }
            Bytes.replaceAll(&item, [42, 42], with: [])
            item = Array(Bytes.trimSpaces(item[...]))
            if item.count >= 2, item.first == 36, item.last == 36 { item = Array(item[1..<(item.count - 1)]) }
            // "- $x = 1 + \sqrt{19}$": a one-letter name set to the value may open the item.
            var named = 0
            if item.count >= 3, Bytes.isLetter(item[0]), let equals = item.firstIndex(of: 61), item[1..<equals].allSatisfy({ $0 == 32 }) {
                named = equals + 1
            }
            guard holdsNoWords(item[named...]) else { return nil }
            guard !item.isEmpty, item.count <= 60, item.contains(where: Bytes.isDigit) else { return nil }
            items.append(Bytes.string(item))
            last -= 1
        }
        guard items.count >= 2, items.count <= 12 else { return nil }
        while last >= 0, lines[last].isEmpty { last -= 1 }
        // The label line ends with its colon, maybe inside bold ("**Real roots:**").
        guard last >= 0, lines[last].reversed().first(where: { $0 != 42 }) == 58 else { return nil }
        return items.reversed().joined(separator: ", ")
    }

    /// The value before ", which will" or ", which would" in the last segment's sentence when that clause computes
    /// another quantity from it ("… so she needs $\frac{84}{6} = 14$ more boxes, which will cost $14 \times \$3 =
    /// \$42$ in total." → `14`); nil otherwise.
    static func valueBeforeWhichWillClause(_ text: [UInt8], segment: Segment) -> String? {
        let start = sentenceStart(text, at: segment.start)
        let prefix = Array(text[start..<segment.start])
        guard let clause = [b(", which will "), b(", which would ")].compactMap({ Bytes.findLastIgnoringCase(prefix, $0) }).max(),
              let previous = mathSegments(Array(prefix[..<clause])).last else { return nil }
        let value = chainResult(previous.text) ?? previous.text
        guard isPlainNumber(value), segment.text.contains(value) else { return nil }
        return value
    }

    /// The content of a last `\boxed{` whose closing brace was lost at the end of the response ("… $c = 1007$.⏎⏎
    /// $\boxed{f(n)=2n+1007"): one line of at most 80 bytes after it, its own braces balanced, with a digit; nil otherwise.
    static func unclosedBoxAtEnd(_ text: [UInt8]) -> String? {
        guard let open = Bytes.findLast(text, b("\\boxed{")), Bytes.matchingBrace(text, from: open + 6) == nil else { return nil }
        var content = Array(text[(open + 7)...])
        while let last = content.last, Bytes.isSpace(last) || last == 36 || last == 46 { content.removeLast() }
        guard (1...80).contains(content.count), !content.contains(10), content.contains(where: Bytes.isDigit),
              content.filter({ $0 == 123 }).count == content.filter({ $0 == 125 }).count else { return nil }
        return Bytes.string(content)
    }

    /// Whether a value holds no letters outside LaTeX commands (`\frac{1}{2}`, `-3`, `(1, 6)`) and no `$`.
    static func holdsNoWords(_ value: ArraySlice<UInt8>) -> Bool {
        var inCommand = false
        for byte in value {
            if byte == 92 { inCommand = true; continue }
            if Bytes.isLetter(byte) { if !inCommand { return false } } else { inCommand = false }
            if byte == 36 { return false }
        }
        return true
    }

    /// The values of bullets that close a response, each a maximum or a minimum with its label ("- Minimum value: $1$ (at
    /// $\sin x = 1$)⏎- Maximum value: $5$ (at $\sin x = -1$)" → `1, 5`), or of sentences of that form on the last line
    /// ("Minimum value: $1$ (at …). Maximum value: $5$ (at …).") or lines opened by a bold label ("**Maximum:** $5$ (at
    /// …)"): two to four items, each "label: value" where the label
    /// names an extreme in at most four words, the value is one number or LaTeX value without words, and a parenthesis
    /// after it may say where it is reached. Nil otherwise.
    static func closingExtremeBullets(_ text: [UInt8]) -> String? {
        guard let end = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        var lineStart = end
        while lineStart > 0, text[lineStart - 1] != 10 { lineStart -= 1 }
        guard lineStart > 0 else { return nil }
        var parts: [ArraySlice<UInt8>] = []
        if text[lineStart] == 45 || text[lineStart] == 42 {
            let lines = text[max(0, lineStart - 600)...].split(separator: 10).map { Bytes.trimSpaces($0) }.filter { !$0.isEmpty }
            for line in lines.reversed() {
                guard line.count >= 6, line.first == 45 || line.first == 42, line.contains(58) else { break }
                // "- Minimum value: $1$ (…)", or a bold label opening the line: "**Maximum:** $5$ (…)".
                if line.dropFirst().first == 32 { parts.insert(line.dropFirst(2), at: 0) }
                else if line.dropFirst().first == 42 { parts.insert(line, at: 0) }
                else { break }
            }
        } else {
            // Sentences of one line: split after ". " before a capital letter, or after "; " before a letter ("Minimum
            // value: $1$; maximum value: $5$.").
            let line = text[lineStart...end]
            var from = line.startIndex
            for index in line.indices.dropLast(2) where line[index + 1] == 32
                && (line[index] == 46 && (65...90).contains(line[index + 2]) || line[index] == 59 && Bytes.isLetter(line[index + 2])) {
                parts.append(line[from...index])
                from = index + 2
            }
            parts.append(line[from...])
        }
        guard (2...4).contains(parts.count) else { return nil }
        var items: [String] = []
        for part in parts {
            guard let colon = part.firstIndex(of: 58) else { return nil }
            let label = part[..<colon].filter { $0 != 42 }.map(Bytes.lower)
            let words = label.split(separator: 32)
            guard (1...4).contains(words.count), label.allSatisfy({ Bytes.isLetter($0) || $0 == 32 }),
                  words.contains(where: { extremeWords.contains(Array($0)) }) else { return nil }
            var value = Array(Bytes.trimSpaces(part[(colon + 1)...].filter { $0 != 42 }[...]))
            while let last = value.last, last == 46 || last == 44 || last == 59 { value.removeLast() }
            if let open = value.firstIndex(of: 40), open > 0, value[open - 1] == 32, value.last == 41 {
                value = Array(Bytes.trimSpaces(value[..<open]))
            }
            if value.count >= 2, value.first == 36, value.last == 36 { value = Array(value[1..<(value.count - 1)]) }
            guard holdsNoWords(value[...]), !value.contains(61) else { return nil }
            guard !value.isEmpty, value.count <= 40, value.contains(where: Bytes.isDigit) else { return nil }
            items.append(Bytes.string(value))
        }
        return items.joined(separator: ", ")
    }

    static let extremeWords: Set<[UInt8]> = Set(["minimum", "maximum", "min", "max", "smallest", "largest", "least", "greatest"].map(b))

    static let undeterminedPhrases: [[UInt8]] = ["cannot be determined", "can't be determined", "can not be determined",
                                                 "cannot be uniquely determined", "not enough information", "insufficient information",
                                                 "is undetermined", "cannot be found from the given", "limit does not exist",
                                                 "limit doesn't exist"].map(b)

    /// The words of a last sentence that says no value can be given ("The value cannot be determined from the given
    /// data.", "… so there is not enough information."): the response's answer is that statement, not a number of its
    /// reasoning. Nil when the sentence has a digit after the phrase.
    static func undeterminedStatement(_ text: [UInt8]) -> String? {
        guard text.count <= 4_000, let lastByte = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        let sentence = text[sentenceStart(text, at: lastByte)...lastByte].map(Bytes.lower)
        guard let found = undeterminedPhrases.compactMap({ phrase in Bytes.findLast(sentence, phrase).map { ($0, phrase) } }).max(by: { $0.0 < $1.0 }),
              !sentence[found.0...].contains(where: Bytes.isDigit), !sentence[found.0...].contains(36) else { return nil }
        return Bytes.string(found.1)
    }

    /// A last number that ends an expression written in plain text without spaces, with a factorial, a power, a fraction
    /// bar, π or a root in it: "100!/2^50" → `100!/2^50`, "−π/6 radians" → `-π/6`, "600/7 km/h" → `600/7`. Nil otherwise.
    static func plainExpression(_ text: [UInt8], number: Segment) -> String? {
        var start = number.start
        var strong = false
        while start > 0 {
            let byte = text[start - 1]
            if Bytes.isDigit(byte) || byte == 46 || byte == 40 || byte == 41 || byte == 42 || byte == 43 || byte == 45 { start -= 1; continue }
            if byte == 33 || byte == 47 || byte == 94 { strong = true; start -= 1; continue }
            // A one-letter variable: "n(n+1)/2".
            if (97...122).contains(byte), start < 2 || !Bytes.isLetter(text[start - 2]) && text[start - 2] != 92,
               !Bytes.isLetter(text[start]) { start -= 1; continue }
            if byte == 0x80, start >= 2, text[start - 2] == 0xCF { strong = true; start -= 2; continue }   // π
            if byte == 0x9A, start >= 3, text[start - 3] == 0xE2, text[start - 2] == 0x88 { strong = true; start -= 3; continue }   // √
            // `\pi` written outside math: "which is \pi/6."
            if byte == 105, start >= 3, text[start - 3] == 92, text[start - 2] == 112, start == 3 || !Bytes.isLetter(text[start - 4]) {
                strong = true; start -= 3; continue
            }
            break
        }
        // "1.5 × 10^4": the mantissa before a power of ten.
        if Bytes.hasPrefix(text, at: start, b("10^")), let mantissa = mantissaBefore(text, at: start) { start = mantissa; strong = true }
        var end = number.end
        while end < text.count, text[end] == 33 { end += 1; strong = true }   // a factorial after the last number
        guard strong, start < number.start || end > number.end, start == 0 || text[start - 1] == 32 || text[start - 1] == 58 || text[start - 1] == 10 else { return nil }
        let run = text[start..<end]
        // A variable only in a formula with a bracket or a fraction bar: "x^2" alone stays the number it ends with.
        guard !run.contains(where: Bytes.isLetter) || run.contains(40) || run.contains(47) else { return nil }
        guard run.filter({ $0 == 40 }).count == run.filter({ $0 == 41 }).count, let first = run.first, first != 47, first != 94, first != 33,
              first != 41, first != 43, first != 42 else { return nil }
        return Bytes.string(run)
    }

    /// Digits whose base is named in words after them: "$204$ in base 5", "52 (base 8)", "40 (in base 9)" → `204_{5}`,
    /// `52_{8}`, `40_{9}`; `base` is the last number, the base. Nil otherwise.
    static func baseLiteral(_ text: [UInt8], base: Segment) -> String? {
        var cursor = base.start
        while cursor > 0, text[cursor - 1] == 36 { cursor -= 1 }   // "$4210$ in base $5$"
        guard cursor >= 5, Bytes.hasPrefixIgnoringCase(text, at: cursor - 5, b("base ")) else { return nil }
        cursor -= 5
        // " in ", and French and Spanish " en " ("$4210$ en base $5$"), also in parentheses ("$40$ (in base 9)").
        if cursor >= 4, Bytes.hasPrefixIgnoringCase(text, at: cursor - 4, b(" in ")) || Bytes.hasPrefixIgnoringCase(text, at: cursor - 4, b(" en ")) {
            cursor -= 4
        } else if cursor >= 4, Bytes.hasPrefixIgnoringCase(text, at: cursor - 4, b("(in ")) || Bytes.hasPrefixIgnoringCase(text, at: cursor - 4, b("(en ")) {
            cursor -= 4
        }
        else if cursor >= 1, text[cursor - 1] == 40 { cursor -= 1 } else { return nil }
        while cursor > 0, text[cursor - 1] == 32 || text[cursor - 1] == 36 { cursor -= 1 }
        let end = cursor
        while cursor > 0, Bytes.isDigit(text[cursor - 1]) || (65...70).contains(text[cursor - 1]) { cursor -= 1 }
        guard end > cursor, cursor == 0 || !Bytes.isLetter(text[cursor - 1]) && text[cursor - 1] != 46 else { return nil }
        return Bytes.string(text[cursor..<end]) + "_{" + base.text + "}"
    }

    /// A display line that continues the computation before it (`$$= -3.\overline{8}$$`) states the value after its `=`.
    static func continuedValue(_ segment: Segment) -> Segment {
        let bytes = Bytes.trimSpaces(Array(segment.text.utf8)[...])
        guard bytes.first == 61, bytes.count > 1, bytes[bytes.startIndex + 1] != 61 else { return segment }
        return Segment(text: Bytes.string(Bytes.trimSpaces(bytes.dropFirst())), start: segment.start, end: segment.end)
    }

    /// The start of the sentence holding `position` (after ". ", "! ", "? " or a newline). `position` may be
    /// `text.count`: a sentence mark that ends the text closes the sentence before it.
    static func sentenceStart(_ text: [UInt8], at position: Int) -> Int {
        var start = position
        while start > 0 {
            let byte = text[start - 1]
            if byte == 10 || (byte == 46 || byte == 33 || byte == 63) && (start == text.count || Bytes.isSpace(text[start])) { break }
            start -= 1
        }
        return start
    }

    /// The tuple of a segment `(x,y)=(0,1)` that names it by a tuple of one-letter variables: `(0,1)`; nil otherwise.
    static func namedTupleValue(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard let equals = bytes.firstIndex(of: 61), bytes[(equals + 1)...].firstIndex(of: 61) == nil else { return nil }
        let left = Bytes.trimSpaces(bytes[..<equals]), right = Bytes.trimSpaces(bytes[(equals + 1)...])
        // The names may carry subscripts: `(a_1, a_2, a_3) = (3, 5, 101)`.
        guard left.first == 40, left.last == 41, right.first == 40, right.last == 41, left.dropFirst().first.map(Bytes.isLetter) == true,
              left.dropFirst().dropLast().allSatisfy({ Bytes.isLetter($0) || Bytes.isDigit($0) || [44, 32, 95, 123, 125].contains($0) })
        else { return nil }
        return Bytes.string(right)
    }

    /// How two listed segments are joined: inequalities keep their "or"/"and" (`x < 2 or x > 3` is a union, not two
    /// answers); anything else is a comma list.
    static func listSeparator(_ between: ArraySlice<UInt8>, _ first: String, _ second: String) -> String {
        func isInequality(_ text: String) -> Bool {
            text.utf8.contains(where: { $0 == 60 || $0 == 62 }) || text.contains("\\le") || text.contains("\\ge") || text.contains("≤") || text.contains("≥")
        }
        let words = Bytes.trimSpaces(between).map(Bytes.lower)
        guard isInequality(first), isInequality(second) else { return ", " }
        if words.suffix(2).elementsEqual(b("or")) { return " or " }
        if orWords.contains(Array(words.split(separator: 32).last ?? [])) { return " or " }   // "ou", "oder", "или"
        if words.suffix(3).elementsEqual(b("and")) { return " and " }
        return ", "
    }

    /// Whether math only says a parameter is an integer or a natural number: `k \in \mathbb{Z}`, `(n\in\mathbb{N})`,
    /// `k ∈ ℤ`.
    static func isParameterDomain(_ text: String) -> Bool {
        var bytes = Array(text.utf8).filter { $0 != 32 && $0 != 40 && $0 != 41 }
        guard bytes.count >= 5, Bytes.isLetter(bytes[0]) else { return false }
        bytes.removeFirst()
        for element in [b("\\in"), b("∈")] where Bytes.hasPrefix(bytes, at: 0, element) {
            let set = Array(bytes[element.count...])
            return [b("\\mathbb{Z}"), b("\\mathbbZ"), b("ℤ"), b("\\mathbb{N}"), b("\\mathbbN"), b("ℕ")].contains(set)
        }
        return false
    }

    /// "$f(x) = -1$ for all $x \in \mathbb{Z}$, or $f(x) = x + 1$ for all $x \in \mathbb{Z}$", "… for all $x$, and …": a
    /// quantified domain (or the bare name quantified) after a segment belongs to it (the segment is stretched over it),
    /// so items join across it. The last segment's domain is left for the readers that drop it.
    static func collapsingQuantifiedDomains(_ segments: [Segment], in text: [UInt8]) -> [Segment] {
        guard segments.count >= 3 else { return segments }
        var segments = segments
        var position = segments.count - 2
        while position >= 1 {
            if isQuantifiedDomain(segments[position].text) || isBareName(segments[position].text),
               endsWithQuantifier(text[segments[position - 1].end..<segments[position].start]) {
                segments[position - 1] = Segment(text: segments[position - 1].text, start: segments[position - 1].start, end: segments[position].end)
                segments.remove(at: position)
            }
            position -= 1
        }
        return segments
    }

    /// A variable in a number set: `x \in \mathbb{Z}`, `x\in\mathbb Q`, `n ∈ ℕ`, `x \in \mathbb{R}^+`.
    static func isQuantifiedDomain(_ text: String) -> Bool {
        var bytes = Array(text.utf8).filter { $0 != 32 && $0 != 123 && $0 != 125 }
        guard bytes.count >= 4, Bytes.isLetter(bytes[0]) else { return false }
        bytes.removeFirst()
        guard let element = [b("\\in"), b("∈")].first(where: { Bytes.hasPrefix(bytes, at: 0, $0) }) else { return false }
        var set = Array(bytes[element.count...])
        for sign in [b("^+"), b("^*"), b("_+"), b("_>0")] where set.count > sign.count && Array(set.suffix(sign.count)) == sign { set.removeLast(sign.count) }
        return ["\\mathbbZ", "\\mathbbN", "\\mathbbQ", "\\mathbbR", "ℤ", "ℕ", "ℚ", "ℝ"].map(b).contains(set)
    }

    /// Whether text between two math segments ends with "for all" or its translation.
    static func endsWithQuantifier(_ between: ArraySlice<UInt8>) -> Bool {
        let words = Array(Bytes.trimSpaces(between)).map(Bytes.lower)
        return ["for all", "for every", "for each", "für alle", "pour tout", "para todo", "para todos los", "per ogni", "для всех",
                "dla wszystkich", "dla każdego", "voor alle"].map(b).contains { words.count >= $0.count && Array(words.suffix($0.count)) == $0 }
    }

    static let conditionJoiners: Set<[UInt8]> = Set(["with", "where", "met", "con", "avec", "mit", "com"].map(b))
    static let conditionRelations: [[UInt8]] = ["\\neq", "\\ne", "\\geq", "\\ge", "\\leq", "\\le", ">", "<", "≠", "≥", "≤"].map(b)

    /// A last segment that bounds one name of the segment before it, joined by "with" or "where" (or the word of another
    /// language): "$f(x)=cx$ with $c\ge0$" → `f(x)=cx, c\ge0` (a parameter of a family), "$0 < x < 36$ met $x \neq 9$" →
    /// `0 < x < 36, x \neq 9` (a point taken out of a range). Nil for a function's domain ("$f(x)=\frac{1}{x}$ with
    /// $x \neq 0$": the name is the argument) and for anything else.
    static func valueWithConditionOnItsName(_ text: [UInt8], segment: Segment) -> String? {
        let condition = Array(Bytes.trimSpaces(Array(segment.text.utf8)[...]))
        guard condition.count >= 3, condition.count <= 24, Bytes.isLetter(condition[0]), condition.count == 1 || !Bytes.isLetter(condition[1]) else { return nil }
        let name = condition[0]
        let rest = Array(Bytes.trimSpaces(condition[1...]))
        guard let relation = conditionRelations.first(where: { Bytes.hasPrefix(rest, at: 0, $0) }), rest.count > relation.count,
              relation.last.map({ !Bytes.isLetter($0) }) ?? false || !Bytes.isLetter(rest[relation.count]) else { return nil }
        guard let previous = mathSegments(Array(text[..<segment.start])).last, sameSentence(text, previous.end, segment.start) else { return nil }
        let between = Array(Bytes.trimSpaces(text[previous.end..<segment.start].filter { $0 != 36 && $0 != 44 }[...])).map(Bytes.lower)
        guard conditionJoiners.contains(between) else { return nil }
        let value = Array(previous.text.utf8)
        let isRange = value.contains(60) || value.contains(62) || Bytes.find(value, b("\\le")) != nil || Bytes.find(value, b("\\ge")) != nil
        let excludes = [b("\\neq"), b("\\ne"), b("≠")].contains(relation)
        if isRange, excludes, value.contains(name) { return previous.text + ", " + segment.text }
        // A family's parameter: the name stands on the right of `=` and is not the function's argument.
        guard let equals = value.firstIndex(of: 61), !isRange else { return nil }
        let left = value[..<equals], right = value[(equals + 1)...]
        let standsAlone = right.indices.contains { right[$0] == name && ($0 == right.startIndex || !Bytes.isLetter(right[$0 - 1]) && right[$0 - 1] != 92) }
        guard standsAlone, !left.contains(name) else { return nil }
        return previous.text + ", " + segment.text
    }

    /// The value of a last line `name = value` in plain text whose value has no digit and is a constant or a matrix's
    /// name (`c = π`, `Sum = -I`, `L = ∞`): at most four letters of name, no math delimiters or commands, and a value of
    /// signs and at most one letter outside `π`, `∞` and `√`. Nil otherwise.
    static func closingPlainConstant(_ text: [UInt8]) -> String? {
        var line = Array(Bytes.trimSpaces(text[((text.lastIndex(of: 10) ?? -1) + 1)...]))
        while line.last == 46 { line.removeLast() }
        guard line.count <= 40, !line.contains(where: { Bytes.isDigit($0) || $0 == 36 || $0 == 92 }),
              let equals = line.firstIndex(of: 61), line.lastIndex(of: 61) == equals else { return nil }
        var name = Array(Bytes.trimSpaces(line[..<equals]))
        let value = Array(Bytes.trimSpaces(line[(equals + 1)...]))
        // "So c = π": a conclusion word may lead in.
        for lead in [b("so "), b("thus "), b("hence "), b("therefore ")] where name.count > lead.count && Bytes.hasPrefixIgnoringCase(name, at: 0, lead) {
            name = Array(Bytes.trimSpaces(name[lead.count...]))
            break
        }
        guard (1...4).contains(name.count), name.allSatisfy(Bytes.isLetter), !value.isEmpty else { return nil }
        var rest = value
        for symbol in [b("π"), b("∞"), b("√")] { Bytes.replaceAll(&rest, symbol, with: [35]) }
        guard rest.filter(Bytes.isLetter).count <= 1, rest.contains(where: { $0 == 35 || Bytes.isLetter($0) }),
              rest.allSatisfy({ Bytes.isLetter($0) || [35, 43, 45, 47, 32, 40, 41].contains($0) }) else { return nil }
        return Bytes.string(value)
    }

    /// A lone variable name: one letter, maybe with a prime or a subscript (`x`, `n'`, `a_1`, `x_{2}`).
    static func isBareName(_ text: String) -> Bool {
        let bytes = Bytes.trimSpaces(Array(text.utf8)[...])
        guard let first = bytes.first, Bytes.isLetter(first) else { return false }
        let rest = bytes.dropFirst()
        return rest.isEmpty || rest.allSatisfy({ $0 == 39 }) || rest.first == 95 && rest.count <= 5
            && rest.dropFirst().allSatisfy { Bytes.isDigit($0) || Bytes.isLetter($0) || $0 == 123 || $0 == 125 }
    }

    /// `k \neq 2` when the segment sets one name to a value right after "except" (or "except for", "other than") in a
    /// sentence that speaks of all values ("for all real numbers $k$ except $k = 2$"); nil otherwise.
    static func exceptedValue(_ text: [UInt8], segment: Segment) -> String? {
        let math = Array(segment.text.utf8)
        guard math.count <= 40, let equals = math.firstIndex(of: 61), math.lastIndex(of: 61) == equals,
              case let name = Bytes.trimSpaces(math[..<equals]), name.count == 1, Bytes.isLetter(name[name.startIndex]),
              case let value = Bytes.trimSpaces(math[(equals + 1)...]), value.contains(where: Bytes.isDigit) else { return nil }
        var end = segment.start
        while end > 0, text[end - 1] == 36 || text[end - 1] == 32 { end -= 1 }
        let lead = Array(text[max(0, end - 12)..<end]).map(Bytes.lower)
        guard [b("except"), b("except for"), b("other than")].contains(where: { lead.count >= $0.count && lead.suffix($0.count).elementsEqual($0) }),
              case let start = sentenceStart(text, at: end), Bytes.findLastIgnoringCase(Array(text[start..<end]), b("all ")) != nil,
              text[segment.end...].allSatisfy({ Bytes.isSpace($0) || $0 == 46 || $0 == 36 }) else { return nil }
        return Bytes.string(name) + " \\neq " + Bytes.string(value)
    }

    /// Whether a math segment holds only names: `a,b,c`, `AB`, `x_1, x_2` (letters, at most three to a name, or bare names).
    static func isNameList(_ text: String) -> Bool {
        let items = Array(text.utf8).split(separator: 44, omittingEmptySubsequences: false)
        guard items.count <= 6 else { return false }
        return items.allSatisfy { item in
            let name = Bytes.trimSpaces(item)
            return (1...3).contains(name.count) && name.allSatisfy(Bytes.isLetter) || isBareName(Bytes.string(name))
        }
    }

    static let verbsGivingValues: Set<[UInt8]> = Set(["is", "are", "was", "were", "be", "equals", "equal", "gives", "get", "makes"].map(b))

    /// The value that names after it only describe, in its sentence: the last math segment with a digit before the
    /// names (and the names joined to them), or `.some(nil)` when that value is a number in plain text (`number`), which
    /// then stands; nil when no value comes before them in the sentence or a verb ("is", "=", ":") gives the names one.
    static func valueBeforeNames(_ text: [UInt8], names: Segment, number: Segment?) -> Segment?? {
        var segments = mathSegments(Array(text[..<names.start]))
        var first = names
        while let previous = segments.last, isNameList(previous.text), isListJoin(text[previous.end..<first.start]) {
            first = previous
            segments.removeLast()
        }
        let math = segments.last.flatMap { $0.text.utf8.contains(where: Bytes.isDigit) ? $0 : nil }
        let plain = number.flatMap { $0.end <= first.start && (math == nil || $0.start >= math!.end) ? $0 : nil }
        guard let valueEnd = plain?.end ?? math?.end, sameSentence(text, valueEnd, first.start) else { return nil }
        let between = text[valueEnd..<first.start]
        guard !between.contains(61), !between.contains(58),
              !between.split(whereSeparator: { !Bytes.isLetter($0) }).contains(where: { verbsGivingValues.contains($0.map(Bytes.lower)) })
        else { return nil }
        if plain != nil { return .some(nil) }
        return math.map(continuedValue)
    }

    /// Whether nothing between `from` and `to` ends a sentence (". ", "! ", "? ", a newline).
    static func sameSentence(_ text: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard from < to else { return true }
        for index in from..<to {
            let byte = text[index]
            if byte == 10 { return false }
            if byte == 46 || byte == 33 || byte == 63, index + 1 < to, text[index + 1] == 32 { return false }
        }
        return true
    }

    /// `36\ \text{in}^2`, `12 \text{ cm}`, `5\,\mathrm{kg}`: a number followed by a unit in `\text{…}` or `\mathrm{…}`
    /// (optionally squared or cubed), as a string; nil for anything else.
    static func numberWithUnit(_ side: ArraySlice<UInt8>) -> String? {
        var bytes = Array(side)
        while let end = bytes.last, end == 46 || end == 44 || Bytes.isSpace(end) { bytes.removeLast() }
        var cursor = 0
        if bytes.first == 45 { cursor = 1 }
        let digitsStart = cursor
        while cursor < bytes.count, Bytes.isDigit(bytes[cursor]) || bytes[cursor] == 46 || bytes[cursor] == 44 && cursor + 1 < bytes.count && Bytes.isDigit(bytes[cursor + 1]) { cursor += 1 }
        guard cursor > digitsStart else { return nil }
        while cursor < bytes.count, Bytes.isSpace(bytes[cursor]) || Bytes.hasPrefix(bytes, at: cursor, b("\\ ")) || Bytes.hasPrefix(bytes, at: cursor, b("\\,")) {
            cursor += Bytes.isSpace(bytes[cursor]) ? 1 : 2
        }
        guard let command = [b("\\text{"), b("\\mathrm{")].first(where: { Bytes.hasPrefix(bytes, at: cursor, $0) }),
              let close = bytes[(cursor + command.count)...].firstIndex(of: 125),
              bytes[(cursor + command.count)..<close].contains(where: Bytes.isLetter),
              bytes[(cursor + command.count)..<close].allSatisfy({ Bytes.isLetter($0) || $0 == 32 || $0 == 47 }) else { return nil }
        let rest = bytes[(close + 1)...]
        guard rest.isEmpty || rest.elementsEqual(b("^2")) || rest.elementsEqual(b("^3")) || rest.elementsEqual(b("^{2}")) || rest.elementsEqual(b("^{3}")) else { return nil }
        return Bytes.string(bytes[...])
    }

    /// The result of a computation chain `a = b = 13`: its last side when there are two or more top-level `=` and the
    /// last side is a plain number or fraction of numbers (`r_1^2 + r_2^2 = 25 - 12 = 13` → `13`); Math-Verify
    /// compares the last side of a relation the same way. Nil otherwise.
    static func chainResult(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        // `= \dfrac{9}{256}\,` and `= \frac{\pi}{3}\,.`: TeX's spacing and a full stop after the last side are no part of it.
        func endsWithSpacing(_ bytes: [UInt8]) -> Bool {
            bytes.count >= 2 && bytes[bytes.count - 2] == 92 && [44, 59, 58, 33].contains(bytes[bytes.count - 1])
        }
        if bytes.last == 46, endsWithSpacing(Array(bytes.dropLast())) { bytes.removeLast() }
        while endsWithSpacing(bytes) { bytes.removeLast(2) }
        if let value = evaluationResult(bytes) { return value }
        // `x = 2 \quad\text{or}\quad x = 1` lists two solutions: not a chain.
        if bytes.contains(92), hasWordConnective(bytes) { return nil }
        var depth = 0
        var equals: [Int] = []
        for (index, byte) in bytes.enumerated() {
            if byte == 123 || byte == 40 || byte == 91 { depth += 1 }
            if byte == 125 || byte == 41 || byte == 93 { depth -= 1 }
            if byte == 61, depth == 0, index > 0, !(bytes[index - 1] == 60 || bytes[index - 1] == 62 || bytes[index - 1] == 33) { equals.append(index) }
            // A list (`x = 2, x = 3`, segments joined) is not one chain; a thousands comma (`1,000`) and TeX's thin space
            // (`9\,\&\,2`) are.
            if byte == 44, depth == 0, !(index + 1 < bytes.count && Bytes.isDigit(bytes[index + 1])), index == 0 || bytes[index - 1] != 92 { return nil }
        }
        guard let last = equals.last else { return nil }
        // One `=` makes a chain only when its left side is a computation: digits and operators, no variable
        // (`1 + 2 + \cdots + 10 = 55`).
        if equals.count == 1 {
            let left = Array(bytes[..<last])
            let right = Bytes.trimSpaces(bytes[(last + 1)...])
            // `9 \& 2 = \tfrac{3\sqrt{3}}{4}`, `3 \star 5 = 12`: an operation the problem defines, applied to numbers,
            // evaluates to its right side.
            if isDefinedOperationOfNumbers(left), right.contains(where: Bytes.isDigit) { return Bytes.string(right) }
            // `4 \times 9 = 36\ \text{in}^2`: a computation whose result carries its unit.
            if left.contains(where: Bytes.isDigit), !hasPlainLetter(left), let unit = numberWithUnit(right) { return unit }
            // `(1 + 2, 1 - 2, 0 + 2) = (3, -1, 2)`: a tuple computed entry by entry.
            if left.first == 40, left.last(where: { $0 != 32 }) == 41, right.first == 40, right.last == 41, left.contains(where: Bytes.isDigit),
               !hasPlainLetter(left), !right.contains(where: Bytes.isLetter), right.contains(44) {
                return Bytes.string(right)
            }
            // `0.5 \times 0.7 = 35\%`: a computation whose result is a percentage.
            var result = right
            if result.count > 2, result.suffix(2).elementsEqual([92, 37]) { result = Bytes.trimSpaces(result.dropLast(2)) }
            else if result.count > 1, result.last == 37 { result = Bytes.trimSpaces(result.dropLast()) }
            if result.count < right.count, left.contains(where: Bytes.isDigit), !hasPlainLetter(left), !result.isEmpty,
               result.allSatisfy({ Bytes.isDigit($0) || $0 == 46 }) {
                return Bytes.string(result) + "\\%"
            }
            guard left.contains(where: Bytes.isDigit), !hasPlainLetter(left) || isFunctionOfNumbers(left), !right.isEmpty,
                  (right.first == 45 ? right.dropFirst() : right).allSatisfy(Bytes.isDigit) else { return nil }
        }
        var side = Bytes.trimSpaces(bytes[(last + 1)...])
        while let end = side.last, end == 46 || end == 44 { side = Bytes.trimSpaces(side.dropLast()) }
        guard side.contains(where: Bytes.isDigit), !side.contains(where: Bytes.isLetter) || isNumericCommand(side) else { return nil }
        // `x = y = z = 1` gives every name that value: `x = 1, y = 1, z = 1`.
        let names = zip([-1] + equals.dropLast(), equals).map { Bytes.trimSpaces(bytes[($0.0 + 1)..<$0.1]) }
        if names.count >= 2, names.allSatisfy({ $0.count == 1 && Bytes.isLetter($0.first!) }) {
            return names.map { Bytes.string($0) + " = " + Bytes.string(side) }.joined(separator: ", ")
        }
        return Bytes.string(side)
    }

    /// Symbols that competition problems use for an operation they define (`a \& b = \frac{\sqrt{ab + a}}{\sqrt{ab - b}}`).
    static let definedOperations: [[UInt8]] = ["\\&", "\\star", "\\diamondsuit", "\\diamond", "\\heartsuit", "\\spadesuit",
                                               "\\clubsuit", "\\bowtie", "\\#", "\\oplus", "\\otimes", "\\odot", "\\circledast",
                                               "\\dagger", "\\nabla"].map(b)

    /// Whether `left` applies one defined operation to numbers only: `9 \& 2`, `(1 \star 2) \star 3`, `-2 \diamond 5`.
    static func isDefinedOperationOfNumbers(_ left: [UInt8]) -> Bool {
        guard left.contains(92), left.contains(where: Bytes.isDigit),
              let operation = definedOperations.first(where: { Bytes.contains(left, $0) }) else { return false }
        var rest: [UInt8] = []
        var index = 0
        while index < left.count {
            if Bytes.hasPrefix(left, at: index, operation), !(index + operation.count < left.count && Bytes.isLetter(left[index + operation.count])) {
                rest.append(32); index += operation.count; continue
            }
            // `9\,\&\,2`: TeX's thin and medium spaces around the operation are spaces.
            if left[index] == 92, index + 1 < left.count, [44, 59, 58, 32, 33].contains(left[index + 1]) {
                rest.append(32); index += 2; continue
            }
            rest.append(left[index]); index += 1
        }
        return rest.allSatisfy { Bytes.isDigit($0) || [32, 40, 41, 45, 46].contains($0) }
    }

    /// Whether math joins its parts with a word in a text command: `\text{ or }`, `\quad\text{or}\quad`, `\mbox{and}`.
    static func hasWordConnective(_ bytes: [UInt8]) -> Bool {
        for wrapper in [b("\\text{"), b("\\mbox{"), b("\\textrm{"), b("\\mathrm{")] {
            var from = 0
            while let at = Bytes.find(bytes, wrapper, from: from) {
                let open = at + wrapper.count
                guard let close = bytes[open...].firstIndex(of: 125) else { break }
                let word = Bytes.trimSpaces(bytes[open..<close]).map(Bytes.lower)
                // "或", "oder", "ou": the connectives of other languages too (`x = 3+2\sqrt2 \quad\text{或}\quad x = …`).
                if word == b("and") || orWords.contains(word) { return true }
                from = close
            }
        }
        return false
    }

    /// `\int_0^2 e^x\,dx = \left[e^x\right]_0^2 = e^{2}-1`, `2 + 4 + \cdots + 2n = … = n(n+1)`, `1 + 3 + … + 3ⁿ⁻¹ = (3ⁿ − 1)/2`:
    /// a chain whose first side is an integral, sum, product, limit or elided series evaluates it, and its last side
    /// (letters and all) is the value. Nil otherwise, or when the last side is itself unevaluated or an approximation.
    static func evaluationResult(_ bytes: [UInt8]) -> String? {
        guard bytes.count <= 600, bytes.contains(92) || bytes.contains(0xE2), let first = bytes.firstIndex(of: 61),
              operationCommands.contains(where: { Bytes.contains(Array(bytes[..<first]), $0) }) else { return nil }
        var depth = 0
        var last: Int?
        for (index, byte) in bytes.enumerated() {
            if byte == 123 || byte == 40 || byte == 91 { depth += 1 }
            if byte == 125 || byte == 41 || byte == 93 { depth -= 1 }
            if byte == 61, depth == 0 { last = index }
        }
        // The first `=` must be outside braces too (`\sum_{k=1}^{n} k = …` has one inside), and some `=` must be:
        // `\sum_{k=0}^{8} x^k` alone is no evaluation.
        guard depth == 0, let last else { return nil }
        var side = Bytes.trimSpaces(bytes[(last + 1)...])
        while let end = side.last, end == 46 || end == 44 || end == 36 { side = Bytes.trimSpaces(side.dropLast()) }
        let value = Array(side)
        guard !value.isEmpty, value.count <= 80, !operationCommands.contains(where: { Bytes.contains(value, $0) }),
              !Bytes.contains(value, b("\\approx")), !value.contains(44) else { return nil }
        return Bytes.string(side)
    }

    static let operationCommands: [[UInt8]] = ["\\int", "\\sum", "\\prod", "\\lim", "\\cdots", "\\ldots", "\\dots", "∫", "∑", "∏", "+ …", "… +"].map(b)

    static let stepArrows: [[UInt8]] = ["⇒", "→", "=>", "\\Rightarrow", "\\implies", "\\Longrightarrow", "⇔", "\\iff",
                                        "\\Leftrightarrow", "\\Longleftrightarrow"].map(b)

    /// The text after the last arrow between steps (`⇒`, `→`, `=>`, `\Rightarrow`, `\implies`, `⇔`, `\iff`), when the
    /// steps before it are at least one and the last holds a value; nil otherwise.
    static func lastStepAfterArrow(_ bytes: [UInt8]) -> String? {
        guard bytes.count <= 400, let (at, width) = stepArrows.compactMap({ a in Bytes.findLast(bytes, a).map { ($0, a.count) } }).max(by: { $0.0 < $1.0 }),
              at > 0 else { return nil }
        var step = Array(Bytes.trimSpaces(bytes[(at + width)...]))
        while let last = step.last, last == 46 || last == 36 || last == 32 { step.removeLast() }
        // `\;\Longrightarrow\; …`: spacing commands around the arrow are not part of the step.
        while true {
            while let first = step.first, first == 36 || first == 32 { step.removeFirst() }
            guard let spacing = [b("\\;"), b("\\,"), b("\\quad"), b("\\qquad"), b("\\ ")].first(where: { Bytes.hasPrefix(step, at: 0, $0) }) else { break }
            step.removeFirst(spacing.count)
        }
        guard !step.isEmpty, step.count <= 120, step.contains(where: Bytes.isDigit) else { return nil }
        return Bytes.string(step)
    }

    /// Whether a left side is one function applied to numbers: `\operatorname{lcm}(12, 18, 30)`, `\gcd(12, 18)`, `f(3)`.
    static func isFunctionOfNumbers(_ left: [UInt8]) -> Bool {
        var side = Array(Bytes.trimSpaces(left[...]))
        guard side.last == 41, let open = side.firstIndex(of: 40), open > 0 else { return false }
        let arguments = side[(open + 1)..<(side.count - 1)]
        guard !arguments.isEmpty, arguments.allSatisfy({ Bytes.isDigit($0) || $0 == 44 || $0 == 32 || $0 == 45 }) else { return false }
        side = Array(side[..<open])
        if Bytes.hasPrefix(side, at: 0, b("\\operatorname{")), side.last == 125 { side = Array(side[14..<(side.count - 1)]) }
        else if side.first == 92 { side.removeFirst() }
        return !side.isEmpty && side.count <= 8 && side.allSatisfy(Bytes.isLetter)
    }

    /// Whether the text has a letter outside a command name (`2x`, `n + 1`; not `\cdots`, `\times`, `\frac`).
    static func hasPlainLetter(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] == 92 {
                index += 1
                while index < bytes.count, Bytes.isLetter(bytes[index]) { index += 1 }
                continue
            }
            if Bytes.isLetter(bytes[index]) { return true }
            index += 1
        }
        return false
    }

    /// Whether `side` is a number written with `\frac`/`\dfrac`/`\sqrt` of digits only (`\frac{3}{4}`, `2\sqrt{3}`).
    static func isNumericCommand(_ side: ArraySlice<UInt8>) -> Bool {
        var rest = Array(side)
        for command in ["\\dfrac", "\\frac", "\\sqrt", "\\pi"] { _ = Bytes.replaceAll(&rest, b(command), with: []) }
        return !rest.contains(where: Bytes.isLetter)
    }

    static let checkWords: [[UInt8]] = ["check", "checking", "verify", "verifying", "verification", "double-check",
                                        "double-checking", "sanity check", "as a check", "to check", "to verify",
                                        "note that", "note:", "notice that", "double check", "quick check",
                                        // "Verificação rápida: …", "Comprobación: …", "Probe: …" and the same in other languages.
                                        "verificação", "verificacao", "verificación", "comprobación", "comprobacion", "vérification",
                                        "verifica:", "controllo", "probe:", "überprüfung", "kontrola", "sprawdzenie", "kontrol:",
                                        "controle:", "controleren", "проверка", "Проверка",
                                        // "This is consistent with the given condition, since $13^2 + 1 = 170$."
                                        "this is consistent with", "this agrees with", "this checks out", "this confirms",
                                        // "This matches, since $4^4 = 256 = 2^8$.", "To double-check: 7 bouquets × 12 = 84, …"
                                        "this matches", "that matches", "to double-check", "to double check",
                                        // "This indeed satisfies $f(x + f(y)) = f(x + y) + f(y)$."
                                        "this indeed satisfies", "this satisfies", "it indeed satisfies"].map(b)
    static let checkLeadIns: [[UInt8]] = ["let's ", "let us ", "let me ", "we can ", "we ", "now, ", "now ", "finally, ", "wait, ",
                                          "also, ", "also ", "hmm, ", "and "].map(b)

    /// Phrases that state the answer inside a sentence that opens with a check word.
    static let checkConclusions: [[UInt8]] = ["the only solution", "the only answer", "the complete list", "the full list",
                                              "the answer is", "the solutions are", "the final answer"].map(b)

    /// Whether the sentence holding `position` starts with a check ("Checking: …", "Verify: …", "To check, …").
    static func inCheckSentence(_ text: [UInt8], at position: Int) -> Bool {
        var start = sentenceStart(text, at: position)
        // "… is divisible by... checking each residue, $n = 1, 3, 5, 7$.": after an ellipsis a lower-case word goes on
        // with the sentence before it.
        if start >= 3, Bytes.hasPrefix(text, at: start - 3, b("...")), start < text.count, text[start] == 32,
           start + 1 < text.count, (97...122).contains(text[start + 1]) { return false }
        while start < position, Bytes.isSpace(text[start]) || text[start] == 42 { start += 1 }
        // "Let's double check: …", "Let me verify …", "We can check …", "Now, to check …".
        // Up to two lead-ins: "Wait, let me double-check: …", "Also, let's check …".
        for _ in 0..<2 {
            guard let leadIn = checkLeadIns.first(where: { Bytes.hasPrefixIgnoringCase(text, at: start, $0) }) else { break }
            start += leadIn.count
        }
        for word in checkWords where Bytes.hasPrefixIgnoringCase(text, at: start, word) {
            let end = start + word.count
            // "Checking $a \le b$ gives only $(2,3)$, so the complete list is $(3,2)$ and $(2,3)$.": a check sentence that
            // goes on to state the answer concludes.
            if end < text.count, !Bytes.isLetter(text[end]) || word.last == 58 {
                let lowered = text[end..<max(end, position)].map(Bytes.lower)
                return !checkConclusions.contains { Bytes.contains(lowered, $0) }
            }
        }
        // A line right under a heading "### Check" or "**Verification**".
        var lineStart = start
        while lineStart > 0, text[lineStart - 1] != 10 { lineStart -= 1 }
        if lineStart >= 2 {
            var headingStart = lineStart - 1
            while headingStart > 0, text[headingStart - 1] != 10 { headingStart -= 1 }
            let heading = Array(text[headingStart..<(lineStart - 1)]).map(Bytes.lower)
            if heading.first == 35 || heading.starts(with: [42, 42]), heading.count <= 40,
               Bytes.contains(heading, b("check")) || Bytes.contains(heading, b("verif")) { return true }
        }
        return false
    }

    /// 0 for a value (`3`), 1 for a value named by a variable (`x = 2`, `x_1=2`), 2 for any other relation
    /// (`(x-2)(x-3)=0`): only segments of one kind are listed together.
    static func segmentKind(_ text: String, greek: Bool = false) -> Int {
        let bytes = Array(text.utf8)
        guard let equals = bytes.firstIndex(of: 61) else { return 0 }
        var left = Bytes.trimSpaces(bytes[..<equals])
        // With `greek`, a Greek letter is a name as a Latin one is (`\theta = \frac{\pi}{2}` listed after `r = 3`).
        if greek, left.first == 92, case let word = left.dropFirst().prefix(while: Bytes.isLetter), greekNames.contains(Array(word)) {
            left = left[(word.endIndex - 1)...]
        }
        guard let first = left.first, Bytes.isLetter(first) else { return 2 }
        let rest = left.dropFirst()
        let isName = rest.isEmpty || rest.first == 95 && rest.dropFirst().allSatisfy { Bytes.isDigit($0) || Bytes.isLetter($0) || $0 == 123 || $0 == 125 }
        return isName && bytes[(equals + 1)...].firstIndex(of: 61) == nil ? 1 : 2
    }

    static let greekNames: Set<[UInt8]> = Set(["alpha", "beta", "gamma", "delta", "theta", "vartheta", "phi", "varphi", "lambda", "mu",
                                                "rho", "sigma", "tau", "omega", "psi"].map(b))

    /// Whether `first` is a step that `second` solves: `99x = 12` and then `x = \frac{12}{99}` (a multiple of the name
    /// second sets on the left of first).
    static func solvesStep(_ first: String, _ second: String) -> Bool {
        let one = Array(first.utf8).filter { $0 != 32 }, two = Array(second.utf8).filter { $0 != 32 }
        guard two.count >= 3, Bytes.isLetter(two[0]), two[1] == 61, let equals = one.firstIndex(of: 61), equals >= 2,
              one[equals - 1] == two[0], one[..<(equals - 1)].allSatisfy({ Bytes.isDigit($0) || $0 == 46 }) else { return solvedBefore(one, two) }
        return true
    }

    /// Whether `two` (without spaces) sets one letter (`x=…`, `r\approx…`) that the left side of the equation or
    /// approximation `one` holds among other terms: `(2x-1)(x-2)=0` and then `x=0.5\text{or}x=2`, `1+r/100\approx1.0417`
    /// and then `r\approx4.2\%`. The first is the equation the second solves.
    static func solvedBefore(_ one: [UInt8], _ two: [UInt8]) -> Bool {
        // `63\,p(8)=\frac{27}{8}` and then `p(8)=\frac{3}{56}`: a function's value that the left side before holds among
        // other terms.
        if two.count >= 5, Bytes.isLetter(two[0]), two[1] == 40, let close = two.firstIndex(of: 41), close <= 8, close + 1 < two.count,
           two[close + 1] == 61, let relation = one.firstIndex(of: 61), relation > close + 1 {
            let name = Array(two[...close]), left = Array(one[..<relation])
            if let at = Bytes.find(left, name), at == 0 || !Bytes.isLetter(left[at - 1]) { return true }
        }
        guard two.count >= 3, Bytes.isLetter(two[0]), two[1] == 61 || Bytes.hasPrefix(two, at: 1, approximately),
              let relation = one.firstIndex(of: 61) ?? Bytes.find(one, approximately), relation >= 2 else { return false }
        let left = one[..<relation]
        return left.indices.contains { index in
            left[index] == two[0] && (index == left.startIndex || !(Bytes.isLetter(left[index - 1]) || left[index - 1] == 92))
                && (index + 1 == left.endIndex || !Bytes.isLetter(left[index + 1]))
        }
    }

    static let approximately = b("\\approx")

    /// Whether "and then" joins two values of different one-letter variables (`$y = -1$ and then $x = 2$`): one solution
    /// found in two steps.
    static func assignsInTurn(_ between: ArraySlice<UInt8>, _ first: String, _ second: String) -> Bool {
        guard Bytes.trimSpaces(between).map(Bytes.lower).elementsEqual(b("and then")) else { return false }
        func name(_ text: String) -> UInt8? {
            let bytes = Array(text.utf8).filter { $0 != 32 }
            guard bytes.count >= 3, Bytes.isLetter(bytes[0]), bytes[1] == 61, !bytes[2...].contains(where: Bytes.isLetter),
                  !bytes[2...].contains(61) else { return nil }
            return bytes[0]
        }
        guard let one = name(first), let two = name(second) else { return false }
        return one != two
    }

    /// Whether the text between two math segments only joins them into a list: `, `, ` and `, ` or `, `, and `.
    static func isListJoin(_ between: ArraySlice<UInt8>) -> Bool {
        var words = Bytes.trimSpaces(between)
        // "at $t = 1$ s (going up) and $t = 3$ s": the first item's unit is not part of the join either.
        if let first = words.first, Bytes.isLetter(first) {
            let unit = words.prefix(while: Bytes.isLetter)
            if unit.count < words.count, listItemUnits.contains(unit.map(Bytes.lower)), case let next = words[unit.endIndex], next == 32 || next == 44 || next == 40 {
                words = Bytes.trimSpaces(words[unit.endIndex...])
            }
        }
        // A remark in parentheses on the first item ("$x = 2$ (a double root) and $x = 5$") is not part of the join.
        if words.first == 40, let close = words.firstIndex(of: 41), !words[words.startIndex..<close].contains(36), words.count <= 60 {
            words = Bytes.trimSpaces(words[(close + 1)...])
        }
        // "$a=1,b=1006$; $a=3,b=331$; and $a=11,b=31$", "$x=3$、$x=5$ 和 $x=7$": a semicolon or an ideographic comma
        // separates items as a comma does.
        if words.first == 44 || words.first == 59 { words = Bytes.trimSpaces(words.dropFirst()) }
        else if Bytes.hasPrefix(Array(words), at: 0, ideographicComma) || Bytes.hasPrefix(Array(words), at: 0, fullWidthSemicolon) {
            words = Bytes.trimSpaces(words.dropFirst(3))
            if words.isEmpty { return true }
        }
        if words.isEmpty { return between.contains(44) || between.contains(59) }
        let lowered = words.map(Bytes.lower)
        return listJoinWords.contains(lowered) || functionListJoins.contains(lowered)
    }

    static let ideographicComma = b("、"), fullWidthSemicolon = b("；")

    /// Units that may follow a listed value before the word that joins the next ("$t = 1$ s and $t = 3$ s").
    static let listItemUnits: Set<[UInt8]> = Set(["s", "sec", "seconds", "second", "min", "minutes", "minute", "h", "hr", "hours",
                                                   "hour", "days", "day", "m", "meters", "metres", "cm", "km", "kg", "g", "units"].map(b))

    /// "$f(x) = x + 1$ and the constant function $f(x) = -1$": words that join two functions of a list.
    static let functionListJoins: Set<[UInt8]> = Set(["and the constant function", "or the constant function", "and the function",
                                                      "or the function", "and the zero function", "and the identity function"].map(b))

    /// "and" and "or" in the languages models answer in (French, Portuguese, Spanish, Italian, German, Russian, Chinese,
    /// Arabic, Hindi, Urdu, Japanese, Korean, Polish, Czech, Slovak, Croatian, Swedish, Norwegian, Turkish, Indonesian,
    /// Vietnamese, Thai, Bengali, Swahili, Finnish), and the Arabic comma: between two math segments they join a list as
    /// the English words do.
    static let orWords: Set<[UInt8]> = Set(["or", "ou", "o", "oder", "или", "或", "或者", "أو", "または", "또는", "lub", "veya",
                                            "atau", "hoặc", "oppure", "หรือ", "nebo", "या", "eller",
                                            "або", "vagy", "sau", "tai", "או", "یا", "ή", "albo", "alebo", "ili"].map(b))
    static let listJoinWords: Set<[UInt8]> = orWords.union(["and", "et", "y", "e", "und", "и", "和", "与", "and when", "or when", "and at", "or at",
                                                            "و", "と", "및", "i", "ve", "dan", "và", "a", "และ", "और", "och", "og", "،", "oraz", "en", "sowie", "και",
                                                            "および", "এবং", "ও", "na", "ja", "तथा", "एवं", "اور"].map(b))

    /// "When" of Vietnamese, French, Spanish, Portuguese and German opens a condition clause as "when" does ("Giá trị lớn
    /// nhất là 5, đạt được khi $x = 2$").
    static let foreignWhenWords: [[UInt8]] = ["khi", "quand", "lorsque", "cuando", "quando", "wenn"].map(b)
    static let conditionWords: [[UInt8]] = ["when", "whenever", "where", "at", "if", "for", "with", "after"].map(b) + foreignWhenWords
        + durationPrepositions
    /// Words that put a duration after a value ("sold 291 sunflowers in 3 days", "spends $75.00 on yogurt over 30 days"):
    /// conditions only before a duration.
    static let durationPrepositions: [[UInt8]] = ["in", "over", "within", "during"].map(b)

    /// Where the display (`\[ … \]` or `$$ … $$`) that ends on the line above `lineStart` opens; nil when that line ends
    /// no display.
    static func displayAbove(_ text: [UInt8], lineStart: Int) -> Int? {
        var end = lineStart - 1
        while end > 0, Bytes.isSpace(text[end - 1]) { end -= 1 }
        guard end >= 2 else { return nil }
        // The display's closing mark (`\]` or `$$`) ends that line; its opening mark is looked for before it.
        let opener: [UInt8] = text[end - 2] == 92 && text[end - 1] == 93 ? b("\\[") : text[end - 2] == 36 && text[end - 1] == 36 ? b("$$") : []
        guard !opener.isEmpty, let open = Bytes.findLast(text, opener, end: end - 2) else { return nil }
        return open
    }

    /// The value a sentence states before a condition that the last value only describes: "The minimum value is 6,
    /// which occurs when $x = 2$" → `6`; "the greatest value, 45, is reached at $t=5$" → `45`. The last value must
    /// follow a condition word ("when", "where", "at", "if", "for", "with") in its sentence with only words between,
    /// and be a relation (`x = 2`) or come after such words ("when the sides are $5$, $6$ and $7$"), so a time such as
    /// "arrived at 5" is not a condition. Nil when no value comes before the condition word in the sentence.
    static func valueBeforeCondition(_ text: [UInt8], segment: Segment, policy: AnswerPolicy) -> String? {
        // The sentence: back to the last ". ", "; ", newline or the start.
        var sentenceStart = segment.start
        while sentenceStart > 0 {
            let byte = text[sentenceStart - 1]
            if byte == 10 {
                // "the minimum value is⏎\[⏎-\frac{9}{4}⏎\]⏎attained at …": a line in lower case goes on with the sentence of the
                // display above it.
                if let display = displayAbove(text, lineStart: sentenceStart), sentenceStart < text.count, (97...122).contains(text[sentenceStart]) {
                    sentenceStart = display
                    // "… the minimum value is⏎\[": the line above the display, when it does not end a sentence, opens it.
                    var above = display
                    while above > 0, text[above - 1] == 32 || text[above - 1] == 10 { above -= 1 }
                    if above < display, above > 0, Bytes.isLetter(text[above - 1]) || text[above - 1] == 58 { sentenceStart = above }
                    continue
                }
                break
            }
            if (byte == 46 || byte == 33 || byte == 63), sentenceStart < text.count, text[sentenceStart] == 32 { break }
            sentenceStart -= 1
        }
        let prefix = Array(text[sentenceStart..<segment.start])
        // Every whole condition word in the sentence, nearest first.
        var candidates: [(start: Int, end: Int)] = []
        for word in conditionWords {
            var searchEnd = prefix.count
            while searchEnd >= word.count, let found = Bytes.findLastIgnoringCase(prefix, word, end: searchEnd) {
                let end = found + word.count
                if (found == 0 || !Bytes.isLetter(prefix[found - 1])) && (end == prefix.count || !Bytes.isLetter(prefix[end])) {
                    candidates.append((found, end))
                }
                searchEnd = found + word.count - 1
            }
        }
        let beforeDuration = durationWords.contains(where: { Bytes.hasPrefixIgnoringCase(text, at: segment.end, $0) })
        for (conditionStart, wordEnd) in candidates.sorted(by: { $0.start > $1.start }) {
            // "in", "over", "within", "during" are conditions only right before the duration the value holds over.
            if durationPrepositions.contains(prefix[conditionStart..<wordEnd].map(Bytes.lower)),
               !(beforeDuration && Bytes.trimSpaces(prefix[wordEnd...]).isEmpty) { continue }
            // "at least", "at most" make a bound, not a condition.
            if Bytes.hasPrefixIgnoringCase(prefix, at: conditionStart, b("at least")) || Bytes.hasPrefixIgnoringCase(prefix, at: conditionStart, b("at most")) {
                return nil
            }
            let between = prefix[wordEnd...]
            // "for which", "at which": a relative clause about the value, not a condition.
            let nextWord = Bytes.trimSpaces(between).prefix { Bytes.isLetter($0) }.map(Bytes.lower)
            if nextWord == b("which") || nextWord == b("whom") { return nil }
            let clauseWord = prefix[conditionStart..<wordEnd].map(Bytes.lower)
            // "when", "where", "if" open a clause ("when the sides are …"); "at", "for", "with" make a condition only
            // before a relation ("at $x = 2$"), so "for a total of 70" is none.
            let takesClause = clauseWord == b("when") || clauseWord == b("whenever") || clauseWord == b("where") || clauseWord == b("if")
                || foreignWhenWords.contains(clauseWord)
                // "126 dollars for the week after working all 7 days"; never "after correcting it, it is 13".
                || clauseWord == b("after") && !between.contains(44) && !between.contains(61)
                    && !(prefix[..<conditionStart].split(separator: 32).last.map({ [b("and"), b("then"), b("but")].contains($0.map(Bytes.lower)) || $0.last == 44 }) ?? true)
                    && !between.split(separator: 32).contains(where: { [b("is"), b("are"), b("was"), b("it"), b("get"), b("gives")].contains($0.map(Bytes.lower)) })
            let onlyWords = between.allSatisfy { Bytes.isLetter($0) || $0 == 32 || $0 == 44 || $0 == 61 || $0 == 95 }
            let region = Array(prefix[..<conditionStart])
            // "$\binom{8}{3} = 56$, or, if the three seats are distinguishable roles, $8\cdot 7\cdot 6 = 336$": "or, if" offers
            // another reading with its own value, which is no condition on the first.
            if clauseWord == b("if"), Bytes.trimSpaces(region[...]).suffix(3).map(Bytes.lower) == b("or,") { return nil }
            // "… they start 250 km apart, so they meet after $t = 2.5$ hours.": a value before ", so" is a reason, and the clause
            // after it holds the answer.
            if let so = Bytes.findLast(region, b(", so ")), let digit = region.lastIndex(where: Bytes.isDigit), digit < so { return nil }
            // "$\tan x = 1$ exactly when $x = \frac{\pi}{4} + n\pi$": "exactly when", "precisely if", "if and only if" solve the
            // equation before them, so the values after them are the answer.
            if clauseWord == b("when") || clauseWord == b("if"), Bytes.trimSpaces(between).isEmpty,
               let word = region.split(separator: 32).last.map({ $0.map(Bytes.lower) }),
               word == b("exactly") || word == b("precisely") || word == b("only") && region.split(separator: 32).dropLast().last.map({ $0.map(Bytes.lower) }) == b("and") {
                return nil
            }
            // "… is attained at $x = 0$, where it equals $\pi/2$": "where it equals" states the value at the point before.
            if clauseWord == b("where"), let subject = between.split(separator: 32).first.map({ $0.map(Bytes.lower) }),
               subject == b("it") || subject == b("its") { return nil }
            // "… occurs at $x=1$, where the value is $\frac{1}{e}$": a clause whose subject is the result states it.
            if takesClause, case let words = between.split(separator: 32).map({ $0.map(Bytes.lower) }), words.count >= 2, words.count <= 5,
               let verb = words.last, [b("is"), b("equals"), b("becomes"), b("was")].contains(verb),
               words.dropLast().contains(where: { resultNouns.contains($0) }) { return nil }
            // "They meet after 1.5 hours, when Alicia has biked $18 \times 1.5 = 27$ miles.": a computation of numbers after
            // the clause's words is its result, not a value the clause sets.
            if takesClause, between.contains(where: Bytes.isLetter), let equals = segment.text.utf8.firstIndex(of: 61),
               case let left = Array(segment.text.utf8[..<equals]), left.contains(where: Bytes.isDigit), !hasPlainLetter(left) { return nil }
            // "Ang mga solusyon: x = 1/2 at x = −3": Tagalog "at" ("and") between two values of one name is no condition.
            if setsSameName(region, as: Bytes.trimSpaces(between).isEmpty ? segment.text : Bytes.string(between) + segment.text) { return nil }
            // "There are $3.2\times 10^{4}$ bacteria after 5 hours.", "He will have 30 dollars after 5 weeks.": a duration
            // after "after" says when the value stated after "are"/"have" holds.
            if clauseWord == b("after") || durationPrepositions.contains(clauseWord), beforeDuration, Bytes.trimSpaces(between).isEmpty,
               let value = statedValue(region, policy: policy) {
                let words = Bytes.trimSpaces(region[value.end...])
                var lead = value.start
                while lead > 0, region[lead - 1] == 32 || region[lead - 1] == 36 { lead -= 1 }
                // "he is 180 − 135 = 45 miles from home after 4 hours": the verb comes before the computation of the value.
                if lead > 0, region[lead - 1] == 61 {
                    while lead > 0, computationBytes.contains(region[lead - 1]) { lead -= 1 }
                    while lead > 0, region[lead - 1] == 32 { lead -= 1 }
                }
                let verb = region[..<lead].split(separator: 32).last.map { $0.map(Bytes.lower) } ?? []
                if words.allSatisfy({ Bytes.isLetter($0) || $0 == 32 }), words.split(separator: 32).count <= 3,
                   holdingVerbs.contains(verb) || amountVerbs.contains(verb) {
                    return value.text
                }
            }
            if durationPrepositions.contains(clauseWord) { continue }
            if !onlyWords {
                // A clause with numbers in it ("The remainder is 4 when 49 is divided by 5") only right after the
                // stated value, so "the height is 5, and when $t = 2$ it is $9$" keeps 9.
                // A new clause after the condition ("… when divided by 4, so the units digit is 7") ends its scope.
                if clauseBreaks.contains(where: { Bytes.find(Array(between), $0) != nil }) { continue }
                guard takesClause, let value = statedValue(region, policy: policy),
                      Bytes.trimSpaces(region[value.end...]).allSatisfy({ $0 == 44 }) else { return nil }
                // "$(x-2)(x-3) > 0$ when x < 2 or x > 3.": an inequality holds when its solution's relations do; those are
                // the answer.
                if value.text.utf8.contains(where: { $0 == 60 || $0 == 62 }), between.contains(where: { $0 == 60 || $0 == 62 }) { return nil }
                return value.text
            }
            // A clause joined on after the condition ("when order does not matter and 12 when it does") ends its scope.
            let betweenWords = between.split(separator: 32).map { $0.map(Bytes.lower) }
            // "… when both factors have the same sign, so $x < -2$ or $x > 3$": "so" ends it too.
            if betweenWords.contains(where: { $0 == b("and") || $0 == b("but") || $0 == b("while") || $0 == b("then") || $0 == b("so")
                || $0 == b("hence") || $0 == b("thus") || $0 == b("therefore") }) { continue }
            let hasWords = between.contains(where: Bytes.isLetter) && !between.contains(61)
            // The condition names a variable's value (`x = 2`); `f(1) = -3` states a value, it sets none.
            // A domain restriction (`for $x \neq 1$`) describes the value before it too.
            // A membership (`for all $n \in \mathbb{N}$`, `where $k \in \mathbb{Z}$`) is the domain of the answer stated
            // before it, which may hold no digit (`$f(n) = n$ for all $n \in \mathbb{N}$`).
            if isMembership(segment.text), let stated = mathSegments(region).last(where: { $0.text.contains(where: { !$0.isWhitespace }) }),
               Bytes.trimSpaces(region[stated.end...]).allSatisfy({ $0 == 44 || $0 == 36 }) {
                return stated.text
            }
            // "for the 45 hours", "for each 3 rows": a quantity from the question that the value is for, not the answer.
            if clauseWord == b("for"), segment.text.utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 44 || $0 == 46 }),
               perDeterminers.contains(Bytes.trimSpaces(between).map(Bytes.lower)),
               let value = statedValue(region, policy: policy), Bytes.trimSpaces(region[value.end...]).allSatisfy(Bytes.isLetter) {
                return value.text
            }
            // A quantified domain (`for every $n \ge 2$`, `for all $x > 0$`) is where the answer stated before it holds,
            // which may hold no digit.
            if clauseWord == b("for"), isQuantifier(Bytes.trimSpaces(between).split(separator: 32).map { $0.map(Bytes.lower) }), isBound(segment.text),
               let stated = mathSegments(region).last(where: { $0.text.contains(where: { !$0.isWhitespace }) }),
               Bytes.trimSpaces(region[stated.end...]).allSatisfy({ $0 == 44 || $0 == 36 }) {
                return stated.text
            }
            // "where $a = 4$ and $b = 7$": the parts of the value stated before, named after it.
            // Every part names one letter (`a = 4`) that the stated value holds (`a+b = 11`).
            let namesParts = clauseWord == b("where") && segment.text.utf8.contains(61) && {
                let parts = segment.text.split(separator: ",").map(String.init)
                guard let stated = statedValue(region, policy: policy)?.text else { return false }
                return parts.allSatisfy { part in
                    guard segmentKind(part) == 1, let name = part.utf8.first(where: { !Bytes.isSpace($0) }) else { return false }
                    return stated.utf8.contains(name)
                }
            }()
            // Several relations joined into one list (`x = 2, y = 2` from "at $x = 2$ and $y = 2$") set values too.
            // Not when they name the parts of the stated value: "$\frac{m}{n}=\frac{221}{8}$ with $m=221$ and $n=8$".
            let parts = segment.text.split(separator: ",").map(String.init)
            let relations = segmentKind(segment.text) == 1
                || parts.count > 1 && parts.allSatisfy { segmentKind($0) == 1 } && statedValue(region, policy: policy).map({ stated in
                    !parts.allSatisfy { part in part.utf8.first(where: { !Bytes.isSpace($0) }).map { stated.text.utf8.contains($0) } ?? false }
                }) ?? false
            let isRelation = relations || between.contains(61) || isExclusion(segment.text) || namesParts
            // "so 8 of the 20 cookies remain after 3 hours.": a span that closes a sentence about what remains.
            let remains = clauseWord == b("after") && Bytes.trimSpaces(between).isEmpty && isPlainNumber(segment.text)
                && region.split(separator: 32).last.map({ [b("remain"), b("remains"), b("left"), b("remaining")].contains($0.map(Bytes.lower)) }) ?? false
            guard isRelation || hasWords && takesClause || remains else { continue }
            if remains, let value = statedValue(region, policy: policy) { return partOfWhole(region, number: value) ?? value.text }
            guard let stated = statedValue(region, policy: policy) else { return nil }
            // "gives $4x + 6 = 0$, so the vertex is at $x = -\frac{3}{2}$", "$\cos x = 0$ exactly when $x = \frac{\pi}{2} +
            // n\pi$": an equation set to zero in the condition's variable is solved by the condition, which is the answer.
            if isSolved(stated.text, by: segment.text) { return nil }
            return stated.text
        }
        return nil
    }

    /// Nouns that name a result: a clause "where the value is …" states the answer rather than a condition.
    static let resultNouns: Set<[UInt8]> = Set(["value", "maximum", "minimum", "result", "total", "answer", "sum", "product",
                                                 "area", "max", "min"].map(b))

    /// Whether `region` ends with a value set to the one-letter name that `relation` sets (`… x = 1/2 ` and `x = −3`).
    static func setsSameName(_ region: [UInt8], as relation: String) -> Bool {
        let sides = relation.split(separator: "=", maxSplits: 1)
        guard sides.count == 2, case let name = Array(sides[0].trimmingCharacters(in: .whitespaces).utf8), name.count == 1,
              Bytes.isLetter(name[0]), let equals = region.lastIndex(of: 61) else { return false }
        let value = Bytes.trimSpaces(region[(equals + 1)...])
        var before = equals
        while before > 0, region[before - 1] == 32 { before -= 1 }
        return !value.isEmpty && value.count <= 20 && !value.contains(where: Bytes.isLetter) && before >= 1 && region[before - 1] == name[0]
            && (before == 1 || !Bytes.isLetter(region[before - 2]))
    }

    /// Whether `equation` is an expression in one letter set to zero (`4x + 6 = 0`, `\cos x = 0`) and `condition` gives
    /// that letter a value (`x = -\frac{3}{2}`).
    static func isSolved(_ equation: String, by condition: String) -> Bool {
        let sides = equation.split(separator: "=", omittingEmptySubsequences: false)
        let names = condition.split(separator: "=", omittingEmptySubsequences: false)
        guard sides.count == 2, sides[1].trimmingCharacters(in: .whitespaces) == "0", names.count == 2 else { return false }
        let name = Array(names[0].trimmingCharacters(in: .whitespaces).utf8)
        guard name.count == 1, Bytes.isLetter(name[0]) else { return false }
        let left = Array(sides[0].utf8)
        return left.indices.contains { index in
            left[index] == name[0] && (index == 0 || !Bytes.isLetter(left[index - 1]) && left[index - 1] != 92)
                && (index + 1 == left.count || !Bytes.isLetter(left[index + 1]))
        }
    }

    /// The `(` of a parenthesised sentence that holds `position` and closes the text: it opens a line or follows a
    /// sentence's end, starts with a capital letter, and its `)` ends the text (emphasis marks around it aside). Nil
    /// otherwise.
    static func asideOpening(_ text: [UInt8], holding position: Int) -> Int? {
        var depth = 0
        var index = position - 1
        while index >= 0 {
            if text[index] == 41 { depth += 1 } else if text[index] == 40 { if depth == 0 { break }; depth -= 1 }
            index -= 1
        }
        guard index > 0, index + 1 < text.count, (65...90).contains(text[index + 1]) else { return nil }
        var before = index
        // "*(If the order mattered we would get $\boxed{30}$.)*": emphasis marks around the aside.
        while before > 0, text[before - 1] == 32 || text[before - 1] == 42 || text[before - 1] == 95 { before -= 1 }
        guard before > 0, text[before - 1] == 10 || text[before - 1] == 46 else { return nil }
        guard var last = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        while last > 0, text[last] == 42 || text[last] == 95 { last -= 1 }
        guard text[last] == 41 || text[last] == 46 && last > 0 && text[last - 1] == 41 else { return nil }
        return index
    }

    static let cjkSideClauses: [[UInt8]] = ["，当", "，其", "，它的", "，此时"].map(b)
    static let cjkSentenceEnd = b("。")

    /// Where a side clause of the last Chinese sentence starts ("，当 … 时", "，其 …", "，它的 …"), when a value stands
    /// before it in the sentence and the clause runs to the sentence's end; nil otherwise.
    static func cjkSideClause(_ text: [UInt8]) -> Int? {
        guard text.count <= 6000, text.contains(0xEF) || Bytes.contains(text, cjkSentenceEnd) else { return nil }
        var end = text.count
        while end > 0, Bytes.isSpace(text[end - 1]) { end -= 1 }
        if end >= 3, Bytes.hasPrefix(text, at: end - 3, cjkSentenceEnd) { end -= 3 }
        var start = end
        while start > 0, text[start - 1] != 10, !(start >= 3 && Bytes.hasPrefix(text, at: start - 3, cjkSentenceEnd)) { start -= 1 }
        let sentence = Array(text[start..<end])
        guard let clause = cjkSideClauses.compactMap({ Bytes.find(sentence, $0) }).min(),
              sentence[..<clause].contains(where: { Bytes.isDigit($0) || $0 == 36 }) else { return nil }
        return start + clause
    }

    /// Where a closing parenthesised remark starts: `(` at the start of a line or after a sentence's end, or right after a
    /// value when the remark opens with a lower-case word or a number that was rounded, compares two amounts ("52 in vs 51
    /// in") or restates the amount in another currency ("7500 cents ($75.00)"); closing at the end of the text, holding
    /// words (not a choice label `(C)`), with a digit before it; nil otherwise.
    static func trailingAside(_ text: [UInt8]) -> Int? {
        var depth = 0
        var index = text.count - 1
        while index >= 0 {
            if text[index] == 41 { depth += 1 } else if text[index] == 40 { depth -= 1; if depth == 0 { break } }
            index -= 1
        }
        guard index > 0 else { return nil }
        var before = index
        while before > 0, text[before - 1] == 32 { before -= 1 }
        guard before > 0 else { return nil }
        let inside = text[(index + 1)..<(text.count - 1)]
        // "each kid gets 5 cookies (20 ÷ 4).": the computation of the value just stated, after a space.
        if before < index, Bytes.isLetter(text[before - 1]) || Bytes.isDigit(text[before - 1]), isBareComputation(inside) { return index }
        // "sold 14 three-packs (14 × 3 = 42 pairs, plus 5 loose pairs = 47 ✓).": a check that computes from the value
        // just stated (its first number, an operator after it, and a `=`).
        if before < index, Bytes.isLetter(text[before - 1]) || Bytes.isDigit(text[before - 1]), inside.count <= 160, inside.contains(61),
           let stated = text[max(0, before - 40)..<before].lastIndex(where: Bytes.isDigit) {
            var start = stated
            while start > 0, Bytes.isDigit(text[start - 1]) || text[start - 1] == 46 { start -= 1 }
            let value = text[start...stated], opening = Bytes.trimSpaces(inside)
            let operatorAfter = opening.dropFirst(value.count).drop(while: { $0 == 32 }).first
            if opening.starts(with: value), let operatorAfter, [42, 43, 45, 47, 0xC3, 0xC2, 0xE2].contains(operatorAfter),
               opening.count == value.count || !Bytes.isDigit(opening[opening.startIndex + value.count]) { return index }
        }
        // "the value of k is 7 (k = −7 would make the denominator zero, so it is rejected).": a rejected value in an aside.
        if before < index, inside.count <= 160, text[..<index].contains(where: Bytes.isDigit),
           rejectionWords.contains(where: { Bytes.contains(inside.map(Bytes.lower), $0) }) { return index }
        // "Cole is 1 in. taller than Xavier (52 in vs 51 in).": the two amounts the value compares, after a space.
        if before < index, inside.count <= 80, inside.contains(where: Bytes.isDigit), text[..<index].contains(where: Bytes.isDigit),
           [b(" vs "), b(" vs. "), b(" versus ")].contains(where: { Bytes.contains(inside.map(Bytes.lower), $0) }) { return index }
        // "Total: 2500 + 5000 = 7500 cents ($75.00)": the same amount in another unit, after a value and its unit word.
        if before < index, case let amount = Bytes.trimSpaces(inside), amount.first == 36 || amount.first == 0xE2 || amount.first == 0xC2,
           amount.dropFirst().allSatisfy({ Bytes.isDigit($0) || $0 == 44 || $0 == 46 || $0 >= 0x80 }), amount.contains(where: Bytes.isDigit),
           Bytes.isLetter(text[before - 1]), let digit = text[..<before].lastIndex(where: Bytes.isDigit),
           text[(digit + 1)..<before].allSatisfy({ Bytes.isLetter($0) || $0 == 32 }) { return index }
        guard text.count - index >= 12 else { return nil }
        // After a sentence, or right after a value when it opens with a lower-case word: "150 min (that is 2.5 hours)",
        // "$5x - 7y + 11z + 4 = 0$ (normal vector $(5,-7,11)$)".
        let opening = Bytes.trimSpaces(inside)
        // … or a number and a word about it: "so she needs 5 boxes (4.2 rounded up)", "4 buses (3 full and one partly full)".
        let digits = opening.prefix { Bytes.isDigit($0) || $0 == 46 }
        // A word of another script counts ("(kökler 16 ve −8)", "(корни 16 и −8)").
        let opensWithWord = opening.count >= 2 && (97...122).contains(opening[opening.startIndex])
                && (Bytes.isLetter(opening[opening.startIndex + 1]) || isForeignLetterLead(opening[opening.startIndex + 1]))
            || !opening.isEmpty && isForeignLetterLead(opening[opening.startIndex])
            || !opening.isEmpty && Bytes.isDigit(opening[opening.startIndex]) && Bytes.find(Array(opening), b(" rounded")) != nil
            || !digits.isEmpty && opening.count > digits.count + 3 && opening[digits.endIndex] == 32
                && (97...122).contains(opening[digits.endIndex + 1]) && Bytes.isLetter(opening[digits.endIndex + 2])
        let previous = text[before - 1]
        // Chinese and Japanese put an aside right after its sentence or its value, with no space: "ビルは今18階にいます。（最初は
        // 3階…）", "赤い鶏は4羽です（白い鶏は6羽）"; an alternative ("（或8）", "（または8）") is no aside.
        let ideographic = before >= 3 && (0xE3...0xE9).contains(text[before - 3]) && !opening.isEmpty && (0xE3...0xE9).contains(opening[opening.startIndex])
            && !cjkAlternativeOpeners.contains(where: { opening.starts(with: $0) })
        // "1/6 = 0.1666… (the 6 repeats forever)": after an ellipsis or another non-ASCII mark too.
        // "**Colin is 20 years old now.** (Check: …)": a sentence that ends inside bold markers.
        let boldSentenceEnd = previous == 42 && before >= 3 && text[before - 2] == 42 && (text[before - 3] == 46 || text[before - 3] == 33)
        guard previous == 10 || previous == 46 || previous == 33 || ideographic || boldSentenceEnd
            // "**14/3** (about 4.67)", "(−2, 5) (and the radius is 3)": after bold markers or a closing bracket too.
            || opensWithWord && before < index
                && (previous == 36 || previous == 41 || previous == 42 || Bytes.isDigit(previous) || Bytes.isLetter(previous) || previous >= 0x80)
        else { return nil }
        // The aside holds a word: four letters in a row, a letter of another script counted by its bytes (two Chinese or
        // Japanese characters make a word), symbols (`≈`, `×`, full-width marks) not.
        var letters = 0, longest = 0, inSymbol = false
        for byte in inside {
            if byte >= 0xC0 { inSymbol = !isForeignLetterLead(byte) } else if byte < 0x80 { inSymbol = false }
            if Bytes.isLetter(byte) || byte >= 0x80 && !inSymbol { letters += 1; longest = max(longest, letters) } else { letters = 0 }
        }
        guard longest >= 4, text[..<index].contains(where: Bytes.isDigit) else { return nil }
        return index
    }

    static let ideographicFullStop = b("。")
    static let cjkAlternativeOpeners: [[UInt8]] = [b("或"), b("または"), b("もしくは"), b("あるいは")]

    /// Whether a byte opens a letter of another script in UTF-8: Latin letters with marks (`ö`, but not `×` or `÷`, whose
    /// lead byte they share, counted as letters harmlessly short), Greek, Cyrillic, kana, Hangul and ideographs; not
    /// Latin-1 signs (C2), general punctuation and mathematical symbols (E2) or full-width forms (EF).
    @inline(__always) static func isForeignLetterLead(_ byte: UInt8) -> Bool {
        byte >= 0xC3 && byte != 0xE2 && byte != 0xEF && byte < 0xF0
    }

    /// Whether text is only arithmetic on numbers, with an operator between two of them: `20 ÷ 4`, `12 × 14 = 168`,
    /// `3*5`.
    static func isBareComputation(_ text: ArraySlice<UInt8>) -> Bool {
        var operators = 0, numbers = 0, previousDigit = false, afterNumber = false
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if Bytes.isDigit(byte) { if !previousDigit { numbers += 1 }; previousDigit = true; afterNumber = true; index += 1; continue }
            // A decimal point or thousands comma inside a number; a comma between numbers makes a tuple, `(3, -1)`.
            if byte == 46 || byte == 44, previousDigit, index + 1 < text.endIndex, Bytes.isDigit(text[index + 1]) { index += 1; continue }
            if byte == 44 { return false }
            previousDigit = false
            if byte == 45, afterNumber { operators += 1; afterNumber = false; index += 1; continue }   // `60 - 15`, not a sign
            if byte == 61 || byte == 40 || byte == 45 { afterNumber = false; index += 1; continue }
            if byte == 32 || byte == 41 { index += 1; continue }
            if byte == 43 || byte == 42 || byte == 47 { operators += 1; afterNumber = false; index += 1; continue }
            if index + 1 < text.endIndex, byte == 0xC3 && (text[index + 1] == 0x97 || text[index + 1] == 0xB7) || byte == 0xC2 && text[index + 1] == 0xB7 {
                operators += 1; afterNumber = false; index += 2; continue
            }
            return false
        }
        return operators >= 1 && numbers >= 2
    }

    /// Whether a math segment only says where a name lives: `n \in \mathbb{N}`, `k \in \mathbb{Z}`.
    static func isMembership(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first(where: { !Bytes.isSpace($0) }), Bytes.isLetter(first),
              let member = Bytes.find(bytes, b("\\in")), member + 3 == bytes.count || !Bytes.isLetter(bytes[member + 3]) else { return false }
        return !bytes[..<member].contains(61)
    }

    /// Whether words open a quantifier over a domain: "every", "all real", "every positive integer".
    static func isQuantifier(_ words: [[UInt8]]) -> Bool {
        guard let first = words.first, quantifierHeads.contains(first) else { return false }
        return words.dropFirst().allSatisfy { domainWords.contains($0) }
    }

    /// Whether a math segment bounds one name by a number: `n \ge 2`, `x > 0`, `k \geq 1`.
    static func isBound(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first(where: { !Bytes.isSpace($0) }), Bytes.isLetter(first), !bytes.contains(61) || bytes.contains(60) || bytes.contains(62) else { return false }
        let relations: [[UInt8]] = [b("\\ge"), b("\\le"), b(">"), b("<"), b("\\gt"), b("\\lt")]
        guard let relation = relations.compactMap({ relation in Bytes.find(bytes, relation).map { (at: $0, count: relation.count) } }).min(by: { $0.at < $1.at }) else { return false }
        let left = Bytes.trimSpaces(bytes[..<relation.at])
        return left.count <= 3 && left.allSatisfy({ Bytes.isLetter($0) || Bytes.isDigit($0) || $0 == 95 })
            && bytes[(relation.at + relation.count)...].contains(where: Bytes.isDigit)
    }

    /// Whether a math segment only excludes values: `x \neq 1`, `x \ne 0`, `x ≠ -2`.
    static func isExclusion(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first(where: { !Bytes.isSpace($0) }), Bytes.isLetter(first) else { return false }
        return Bytes.contains(bytes, b("\\neq")) || Bytes.contains(bytes, b("\\ne ")) || Bytes.contains(bytes, [0xE2, 0x89, 0xA0])
    }

    /// The last value in `region` (a math segment or a number, whichever ends later) when it has a digit.
    static func statedValue(_ region: [UInt8], policy: AnswerPolicy) -> Segment? {
        let math = mathSegments(region).last { $0.text.contains(where: { !$0.isWhitespace }) }
        let number = policy.fallback == .lastMathOrNumber ? lastNumber(region, dollarsAreMath: policy.dollarsAreMath) : nil
        // The stated value is a value: it has a digit (`$n$ for which …` states none).
        if let math, number == nil || math.end >= number!.end { return math.text.utf8.contains(where: Bytes.isDigit) ? math : nil }
        return number
    }

    static let reasonWords: [[UInt8]] = [" since ", " because ", ", as ", " after spending ", " after paying ", " after buying ",
                                          " after giving ", " after using ",
                                          // "$c = 2$, ya que $f(2) = 0$": "since" in Spanish, Portuguese, French, German,
                                          // Italian, Dutch, Russian, Czech and Polish.
                                          " ya que ", " porque ", " puisque ", ", car ", " weil ", " poiché ", " perché ", " pois ",
                                          " omdat ", " так как ", " поскольку ", " protože ", " ponieważ "].map(b)

    /// The value a sentence states before a reason that the last value belongs to: "We need 3 buses, since 2 buses can
    /// carry only 80 students" → `3`. Nil when no value with a digit comes before "since", "because" or ", as".
    static func valueBeforeReason(_ text: [UInt8], segment: Segment, policy: AnswerPolicy) -> String? {
        let sentenceStart = sentenceStart(text, at: segment.start)
        let prefix = Array(text[sentenceStart..<segment.start])
        guard let clause = reasonWords.compactMap({ Bytes.findLastIgnoringCase(prefix, $0) }).max() else { return nil }
        // A reason that opens its clause and is closed by a comma before the last value ("…; since lengths are
        // positive, $x = 4$") gives the reason for the last value, which is the answer.
        // "…, and since $2002 \equiv 1 \pmod 3$, $z_{2002} = z_1 = 274i + 1$": after ", and" too.
        let opening = Bytes.trimSpaces(prefix[..<clause])
        let opener = opening.last
        let afterAnd = opening.count >= 5 && Bytes.hasPrefix(Array(opening.suffix(5)), at: 0, b(", and"))
        if opener == 59 || opener == 58 || opener == nil || afterAnd, prefix[(clause + 1)...].contains(44) { return nil }
        // "…, and since $x > 0$ we get $x = \sqrt{2}$": the reason leads to the last value in its own clause.
        let reasonClause = prefix[(clause + 1)...].map(Bytes.lower)
        if [" we get ", " we have ", " we obtain ", " gives ", " so ", " then ", " it follows "].contains(where: { Bytes.find(reasonClause, b($0)) != nil }) {
            return nil
        }
        let region = Array(prefix[..<clause])
        // "We reject $x = -2$ because a length is positive, leaving $x = 2$.": a rejected value is not the answer.
        if rejectionWords.contains(where: { Bytes.findLastIgnoringCase(region, $0) != nil }) { return nil }
        // "The answer is not $8$, since …": a denied value is not the answer either.
        var valueEnd = region.count
        while valueEnd > 0, Bytes.isSpace(region[valueEnd - 1]) || region[valueEnd - 1] == 44 { valueEnd -= 1 }
        let lead = region[max(0, valueEnd - 24)..<valueEnd].map(Bytes.lower)
        if let not = Bytes.findLast(Array(lead), b(" not ")), !lead[(not + 5)...].contains(where: { Bytes.isLetter($0) }) { return nil }
        let segments = mathSegments(region).filter { $0.text.contains(where: { !$0.isWhitespace }) }
        let stated = policy.fallback == .lastMathOrNumber ? lastNumber(region, dollarsAreMath: policy.dollarsAreMath) : nil
        if let math = segments.last, stated == nil || math.end >= stated!.end {
            guard math.text.utf8.contains(where: Bytes.isDigit) else { return nil }
            // "The pairs are $(0, 0)$ and $(1, 1)$; no others exist because …": a list of segments before the reason.
            var joined = math.text
            var index = segments.count - 1
            while index > 0, isListJoin(region[segments[index - 1].end..<segments[index].start]) {
                joined = segments[index - 1].text + listSeparator(region[segments[index - 1].end..<segments[index].start], segments[index - 1].text, joined) + joined
                index -= 1
            }
            return joined
        }
        // "x^2 = 16 means x = 4 or x = -4 because …": values of one name in plain text are listed whole.
        if let stated, let named = namedValueList(region, number: stated) { return named }
        return stated?.text
    }

    static let durationWords: [[UInt8]] = [" seconds", " minutes", " hours", " days", " weeks", " months", " years", " second",
                                           " minute", " hour", " day", " week", " month", " year"].map(b)
    /// The bytes of a written-out computation: digits, spaces, `+ - * / = . , ( )` and the UTF-8 bytes of `−`, `×`, `·`.
    static let computationBytes: Set<UInt8> = Set(Array(48...57) + [32, 43, 45, 42, 47, 61, 46, 44, 40, 41, 0xE2, 0x88, 0x92, 0xC3, 0x97, 0xC2, 0xB7])

    static let holdingVerbs: Set<[UInt8]> = Set(["is", "are", "was", "were", "has", "have", "had", "be", "holds", "contains"].map(b))
    /// Verbs of an amount spent, earned, sold or made over a duration ("Terry spends $75.00 on yogurt over 30 days").
    static let amountVerbs: Set<[UInt8]> = Set(["spend", "spends", "spent", "sell", "sells", "sold", "earn", "earns", "earned",
                                                "make", "makes", "made", "save", "saves", "saved", "pay", "pays", "paid"].map(b))

    static let rejectionWords: [[UInt8]] = ["reject", "discard", "exclude", "rule out", "rules out", "ruled out", "eliminate",
                                            "throw out", "extraneous", "not valid", "invalid",
                                            // "($x = -1$ entfällt, …)", "(à rejeter)", "(se descarta)", "(не подходит)", "（舍去）", "(不適)"
                                            "entfällt", "verworfen", "ausgeschlossen", "scheidet aus", "rejet", "est exclu", "exclue", "descart",
                                            "scartat", "non accettabil", "не подходит", "посторонн", "舍去", "不合题意", "不符合题意",
                                            "不適", "제외"].map(b)

    static let denialWords: [[UInt8]] = [", not ", "; not ", " rather than ", " instead of ", ", and not ", " (and no ", " (but not ",
                                         " (not "].map(b)

    /// The value a sentence states before denying another: "Thus the required number is 14, not 41." → `14`; the last
    /// value must follow a denial word right before it (", not", "rather than", "instead of"). Nil otherwise.
    static func valueBeforeDenial(_ text: [UInt8], segment: Segment, policy: AnswerPolicy) -> String? {
        var before = segment.start
        while before > 0, text[before - 1] == 36 { before -= 1 }
        guard let word = denialWords.first(where: { before >= $0.count && Bytes.hasPrefixIgnoringCase(text, at: before - $0.count, $0) })
        else { return nil }
        let sentenceStart = sentenceStart(text, at: before - word.count)
        let region = Array(text[sentenceStart..<(before - word.count)])
        // "… is **6**, not 24.": bold markers around the stated value are not text after it.
        // "… there are 3³ = 27 strings, not 6.": a unit word may follow the value.
        guard let value = statedValue(region, policy: policy), region.count - value.end <= 24,
              region[value.end...].allSatisfy({ $0 == 42 || $0 == 32 || Bytes.isLetter($0) }) else { return nil }
        return value.text
    }

    /// The matrix (`\begin{pmatrix}…\end{pmatrix}`, also bmatrix) that a math segment ends with after its last `=`, when
    /// there is one; nil otherwise.
    static func matrixAfterLastEquals(_ math: String) -> String? {
        var bytes = Array(math.utf8)
        while let last = bytes.last, last == 46 || last == 32 || last == 44 { bytes.removeLast() }
        guard bytes.count <= 600, bytes.last == 125, let equals = bytes.lastIndex(of: 61), equals > 0 else { return nil }
        let side = Array(Bytes.trimSpaces(bytes[(equals + 1)...]))
        guard Bytes.hasPrefix(side, at: 0, b("\\begin{")), let end = Bytes.findLast(side, b("\\end{")), side[end...].firstIndex(of: 125) == side.count - 1,
              Bytes.find(side, b("\\begin{"), from: 1) == nil else { return nil }
        return Bytes.string(side)
    }

    /// Whether the sentence holding `position` says it rounds: "to the nearest", "rounded", "round".
    static func roundsOnPurpose(_ text: [UInt8], at position: Int) -> Bool {
        let sentence = Array(text[sentenceStart(text, at: position)..<position]).map(Bytes.lower)
        return Bytes.contains(sentence, b("nearest")) || Bytes.contains(sentence, b("round"))
    }

    static let openingChecks: [[UInt8]] = ["verification", "check", "proof", "explanation", "justification", "why"].map(b)

    /// The value a closing "So …"/"Therefore …" line states when the answer phrase stands on the response's first line and
    /// at least two lines of work come between; nil when the value is the phrase's own or there is no such line.
    static func conclusionAfterOpeningAnswer(_ text: [UInt8], phrase: (answer: String, start: Int), policy: AnswerPolicy) -> String? {
        guard text.count <= 4_000, !text[..<phrase.start].contains(10), let firstBreak = Bytes.find(text, [10], from: phrase.start) else { return nil }
        let lines = text[firstBreak...].split(separator: 10).map { Bytes.trimSpaces($0) }.filter { !$0.isEmpty }
        guard lines.count >= 3, let last = lines.last else { return nil }
        // "Answer: 48.⏎⏎Verification. Write the number as $10a+b$. …": work that opens as a check of the answer ends on the
        // check's values, not on another answer.
        let opening = Array(lines[0].drop { $0 == 42 || $0 == 35 || $0 == 32 })
        guard !openingChecks.contains(where: { Bytes.hasPrefixIgnoringCase(opening, at: 0, $0) }) else { return nil }
        let closing = Array(last)
        guard ["so ", "therefore", "thus", "hence"].contains(where: { Bytes.hasPrefixIgnoringCase(closing, at: 0, b($0)) }),
              let value = lastValue(closing, policy: policy), compactValue(value) != compactValue(phrase.answer) else { return nil }
        return value
    }

    /// The rows of a `cases` environment when each assigns one letter and none has a condition (`&`): `\begin{cases} x =
    /// 2 \\ y = -1 \end{cases}` → `x = 2, y = -1`; nil otherwise.
    static func assignmentsInCases(_ math: String) -> String? {
        let bytes = Array(math.utf8)
        guard bytes.count <= 300, let open = Bytes.find(bytes, b("\\begin{cases}")), let close = Bytes.find(bytes, b("\\end{cases}"), from: open) else { return nil }
        let body = Array(bytes[(open + 13)..<close])
        guard !body.contains(38) else { return nil }
        var rows: [String] = []
        var from = 0
        while from <= body.count {
            let end = Bytes.find(body, b("\\\\"), from: from) ?? body.count
            let row = Array(Bytes.trimSpaces(body[from..<end]))
            if !row.isEmpty {
                guard isLetterAssignment(Bytes.string(row)) else { return nil }
                rows.append(Bytes.string(row))
            }
            from = end + 2
        }
        return rows.count >= 2 ? rows.joined(separator: ", ") : nil
    }

    /// Whether the box's math opens with a named quantity and `=` ("$P(A) = \frac{3}{6} = \boxed{\frac{1}{2}}$"): one to
    /// three letters, maybe with a short argument in parentheses.
    static func namesQuantityBeforeBox(_ text: [UInt8], boxStart: Int) -> Bool {
        guard let dollar = text[max(0, boxStart - 120)..<boxStart].lastIndex(of: 36) else { return false }
        let prefix = Array(Bytes.trimSpaces(text[(dollar + 1)..<boxStart]))
        guard let equals = prefix.firstIndex(of: 61) else { return false }
        var name = Array(Bytes.trimSpaces(prefix[..<equals]))
        if name.last == 41, let open = name.firstIndex(of: 40), name.count - open <= 12 { name = Array(name[..<open]) }
        return (1...3).contains(name.count) && name.allSatisfy(Bytes.isLetter)
    }

    /// Whether a box holds a formula for every index or argument, `a_n = 2^n - 1` or `f(x) = 3x + 1`: a name with one
    /// letter as its subscript or argument, set equal to an expression in that letter.
    static func isGeneralFormula(_ boxed: String) -> Bool {
        let bytes = Array(boxed.utf8).filter { $0 != 32 }
        guard let equals = bytes.firstIndex(of: 61), bytes.lastIndex(of: 61) == equals, equals >= 3, equals <= 8 else { return false }
        let left = Array(bytes[..<equals]), right = Array(bytes[(equals + 1)...])
        guard Bytes.isLetter(left[0]) else { return false }
        var variable: UInt8?
        if left.count == 3, left[1] == 95, Bytes.isLetter(left[2]) { variable = left[2] }                         // a_n
        if left.count == 5, left[1] == 95, left[2] == 123, Bytes.isLetter(left[3]), left[4] == 125 { variable = left[3] }   // a_{n}
        if left.count == 4, left[1] == 40, Bytes.isLetter(left[2]), left[3] == 41 { variable = left[2] }           // f(x)
        guard let variable else { return false }
        // The letter stands alone on the right: the `n` of `2^n - 1`, not of `\sin`.
        return right.indices.contains { right[$0] == variable && ($0 == 0 || !Bytes.isLetter(right[$0 - 1]) || right[$0 - 1] == variable)
            && ($0 + 1 == right.count || !Bytes.isLetter(right[$0 + 1])) }
    }

    /// Whether a box holds one letter's value: `r = 2`, `x=-3`.
    static func isLetterAssignment(_ boxed: String) -> Bool {
        let bytes = Array(boxed.utf8).filter { $0 != 32 }
        return bytes.count >= 3 && Bytes.isLetter(bytes[0]) && bytes[1] == 61 && bytes[2...].contains(where: Bytes.isDigit)
    }

    /// The value of the response's last sentence when it opens with "So", "Therefore", "Thus" or "Hence", stands at least
    /// one sentence after the box and differs from the box's value; nil otherwise.
    static func conclusionAfterBox(_ text: [UInt8], boxEnd: Int, boxed: String, policy: AnswerPolicy) -> String? {
        guard let last = text.lastIndex(where: { !Bytes.isSpace($0) }), last > boxEnd else { return nil }
        var start = sentenceStart(text, at: last)
        while start < last, Bytes.isSpace(text[start]) || text[start] == 42 { start += 1 }
        guard start > boxEnd, text[boxEnd..<start].contains(where: { $0 == 46 || $0 == 10 }) else { return nil }
        let sentence = Array(text[start...last])
        guard ["so ", "therefore", "thus", "hence"].contains(where: { Bytes.hasPrefixIgnoringCase(sentence, at: 0, b($0)) }),
              let value = lastValue(sentence, policy: policy), compactValue(value) != compactValue(boxed) else { return nil }
        return value
    }

    /// Whether the text ends inside math that it opened last and never closed, a `$$` display or inline `$` math
    /// (`… we have $2^{100} = (2^3)^{33}\cdot 2 \equiv`), right after a relation or an operator (`=`, `\equiv`, `\cdot`,
    /// `+`, `-`, `\times`): a response cut off before its answer.
    static func cutInsideDisplay(_ text: [UInt8]) -> Bool {
        guard let open = Bytes.findLast(text, b("$")), text.count - open <= 400 else { return false }
        var displays = 0, inlines = 0, index = 0
        while index < text.count {
            if text[index] == 36, index == 0 || text[index - 1] != 92 {
                if index + 1 < text.count, text[index + 1] == 36 { displays += 1; index += 1 } else { inlines += 1 }
            }
            index += 1
        }
        // Inline math never spans a line break: a `$` left open before one (a price, then "---") opened nothing.
        guard displays % 2 == 1 || inlines % 2 == 1 && !text[open...].contains(10) else { return false }
        let inside = Array(Bytes.trimSpaces(text[(open + 1)...]))
        return danglingOperators.contains { inside.count > $0.count && Array(inside.suffix($0.count)) == $0 }
    }
    static let danglingOperators: [[UInt8]] = ["=", "\\equiv", "\\cdot", "+", "-", "\\times", "\\approx"].map(b)

    /// A value without spaces, `$` or a leading one-letter name (`x = 3` → `3`), to compare two readings of it.
    static func compactValue(_ value: String) -> [UInt8] {
        var bytes = Array(value.utf8).filter { $0 != 32 && $0 != 36 }
        if bytes.count > 2, Bytes.isLetter(bytes[0]), bytes[1] == 61 { bytes.removeFirst(2) }
        while let last = bytes.last, last == 46 { bytes.removeLast() }
        return bytes
    }

    /// The width in bytes of the vulgar fraction at `index` (`¼ ½ ¾` are C2 BC–BE, `⅓ … ⅞` E2 85 93–9E); nil otherwise.
    static func vulgarFractionWidth(_ text: [UInt8], at index: Int) -> Int? {
        if index + 1 < text.count, text[index] == 0xC2, (0xBC...0xBE).contains(text[index + 1]) { return 2 }
        if index + 2 < text.count, text[index] == 0xE2, text[index + 1] == 0x85, (0x93...0x9E).contains(text[index + 2]) { return 3 }
        return nil
    }

    /// The value a sentence after the box states before denying the box's own value ("… is indeed 2, not 3." after
    /// `\boxed{3}`); nil when no denial names it or the stated value is the box's.
    static func valueDenyingBox(_ text: [UInt8], from start: Int, boxed: String, policy: AnswerPolicy) -> String? {
        let value = Array(boxed.utf8)
        guard !value.isEmpty, value.allSatisfy({ Bytes.isDigit($0) || $0 == 45 || $0 == 46 || $0 == 47 }) else { return nil }
        for word in denialWords {
            var from = start
            while let at = Bytes.find(text, word + value, from: from) {
                let end = at + word.count + value.count
                from = at + 1
                guard end == text.count || !Bytes.isDigit(text[end]) && !(text[end] == 46 && end + 1 < text.count && Bytes.isDigit(text[end + 1])) else { continue }
                // "… gives 41, not 42. … so I'll stick with 42.": the box's value named again after the denial keeps it.
                var again = end
                var named = false
                while let later = Bytes.find(text, value, from: again) {
                    let after = later + value.count
                    if !(later > 0 && Bytes.isDigit(text[later - 1])) && (after == text.count || !Bytes.isDigit(text[after])) { named = true; break }
                    again = later + 1
                }
                guard !named else { return nil }
                let segment = Segment(text: boxed, start: at + word.count, end: end)
                if let stated = valueBeforeDenial(text, segment: segment, policy: policy), stated != boxed { return stated }
            }
        }
        return nil
    }

    static let boundWords: [[UInt8]] = ["at least ", "at most ", "more than ", "less than ", "fewer than ", "greater than ",
                                        "no more than ", "no less than ", "up to "].map(b)

    static let comparativeWords: [[UInt8]] = ["more", "less", "fewer", "greater", "smaller", "larger", "higher", "lower",
                                              "times", "longer", "shorter", "older", "younger", "cheaper"].map(b)

    /// The value a sentence states before a comparison that only describes it: "The price is 8 dollars, which is 2 more
    /// than before" → `8`. The last number must be followed by a comparative word ("more", "less", "times", …) and
    /// introduced by ", which is" (or "was"), or follow ", compared with"; nil otherwise or when no number comes before
    /// that clause.
    static func valueBeforeComparison(_ text: [UInt8], number: Segment, policy: AnswerPolicy) -> String? {
        // "B's half-life is $24/3=8$ minutes, compared with 6 minutes for A.": the last number is what the value is compared
        // with when ", compared with" (or "to") stands right before it.
        let sentence = Array(text[sentenceStart(text, at: number.start)..<number.start])
        if let compared = [", compared with ", ", compared to "].compactMap({ Bytes.findLastIgnoringCase(sentence, b($0)) }).max(),
           sentence.count - compared <= 24 {
            return statedValue(Array(sentence[..<compared]), policy: policy)?.text
        }
        var after = number.end
        while after < text.count, text[after] == 32 { after += 1 }
        let comparativeAfter = comparativeWords.contains(where: { word in
            Bytes.hasPrefixIgnoringCase(text, at: after, word) && (after + word.count == text.count || !Bytes.isLetter(text[after + word.count]))
        })
        // Or the last number is what the value is compared with: "23 jewels, which is 2 fewer than Aaron's 25".
        guard comparativeAfter || number.start >= 6 && Bytes.find(Array(text[max(0, number.start - 40)..<number.start]), b(" than ")) != nil
        else { return nil }
        let sentenceStart = sentenceStart(text, at: number.start)
        let prefix = Array(text[sentenceStart..<number.start])
        guard let clause = [", which is", ", which was", ", that is"].compactMap({ Bytes.findLastIgnoringCase(prefix, b($0)) }).max()
        else { return nil }
        let clauseText = Array(Bytes.trimSpaces(prefix[clause...]))
        if comparativeAfter {
            guard clauseText.count <= 16 else { return nil }
        } else {
            // The clause compares: a number, a comparative word and "than" before the last number, nothing else numeric.
            guard clauseText.count <= 48, let than = Bytes.findLast(clauseText, b(" than ")),
                  comparativeWords.contains(where: { Bytes.findLastIgnoringCase(Array(clauseText[..<than]), $0) != nil }),
                  !clauseText[(than + 6)...].contains(where: { Bytes.isDigit($0) || $0 == 36 || $0 == 92 }) else { return nil }
        }
        return statedValue(Array(prefix[..<clause]), policy: policy)?.text
    }

    /// A number written in words in the last sentence, when that sentence has no digits and no math ("Thus there are
    /// seven ways." → `7`); nil otherwise.
    static func lastNumberWord(_ text: [UInt8]) -> String? {
        var end = text.count
        while end > 0, Bytes.isSpace(text[end - 1]) || text[end - 1] == 46 || text[end - 1] == 33 { end -= 1 }
        let start = sentenceStart(text, at: end)
        var sentence = text[start..<end]
        guard sentence.count <= 300 else { return nil }
        // "… gives a total of **seven**.": bold marks around one word are not words ("**half past six**" stays a time).
        if sentence.count >= 5, sentence.suffix(2).elementsEqual([42, 42]), case let inner = sentence.dropLast(2),
           let open = Bytes.findLast(Array(inner), [42, 42]), case let word = inner.dropFirst(open + 2),
           !word.isEmpty, word.allSatisfy({ Bytes.isLetter($0) || $0 == 45 }) {
            sentence = ArraySlice(Array(inner.prefix(open)) + Array(word))
        }
        // "It will take **three days** for …": bold marks around a count in words, inside a sentence without digits, are
        // no part of its words ("**half past six**" stays a time).
        if sentence.contains(42), !sentence.contains(where: Bytes.isDigit), let open = Bytes.find(Array(sentence), [42, 42]),
           case let inner = Array(sentence.dropFirst(open + 2)), let close = Bytes.find(inner, [42, 42]),
           case let words = inner[..<close].split(separator: 32), (1...3).contains(words.count),
           NumberWords.units[Bytes.string(words[0]).lowercased()] != nil {
            sentence = ArraySlice(sentence.filter { $0 != 42 })
        }
        // "… is $\frac{6}{36}$, i.e. one in six.": words after "i.e." restate the value before them.
        if start >= 4, latinAbbreviations.contains(where: { Bytes.hasPrefixIgnoringCase(text, at: start - 4, $0) }) { return nil }
        // "So the chance is one in six.", "… a probability of three out of eight": a chance in words is the fraction.
        if let chance = chanceInNumberWords(Array(sentence)) { return chance }
        // "She finished in third place.", "Sam stands fifth.": a rank in words is its number.
        if !sentence.contains(where: Bytes.isDigit), let rank = rankInWords(Array(sentence)) { return rank }
        // "The first term exceeding 100 is the fifth term.": a sentence that ends by naming a rank after "is the".
        if let rank = closingRank(Array(sentence)) { return rank }
        // A sentence with digits or math: only a new clause after the last of them ("Half of 2 is 1 bolt, so it takes
        // three bolts in total." → `3`), opened by a comma or "so", may give the answer in words.
        if let lastMath = sentence.lastIndex(where: { Bytes.isDigit($0) || $0 == 36 || $0 == 92 }) {
            let tail = sentence[(lastMath + 1)...]
            guard tail.count >= 6, tail.count <= 160 else { return nil }
            if let comma = tail.firstIndex(of: 44) ?? tail.firstIndex(of: 59) ?? clauseSo(tail) {   // `,` `;` "so"
                sentence = tail[(comma + 1)...]
                // "the probability is $\frac{6}{36}$, i.e. one in six": the words restate the value before them.
                let clause = Array(Bytes.trimSpaces(sentence))
                if restatingOpenings.contains(where: { Bytes.hasPrefixIgnoringCase(clause, at: 0, $0) }) { return nil }
            } else {
                // Or it counts in words what the number before names: "Therefore 360 has twenty-four positive divisors."
                if let rewritten = NumberWords.rewritten(Bytes.string(tail)) {
                    let tokens = rewritten.split(separator: " ").map { $0.lowercased() }
                    if tokens.count >= 3, ["has", "have", "had"].contains(tokens[0]), tokens[1].allSatisfy(\.isNumber),
                       tokens[2].first?.isLetter == true {
                        return tokens[1]
                    }
                }
                // Or the sentence ends by stating a number in words: "in 3 years she will be fifteen", "so $x$ equals
                // negative one half", "gives x equal to two-thirds".
                // Cheap first test: the tail's last word is a number or fraction word.
                var lastWord = tail.reversed().drop { !Bytes.isLetter($0) }.prefix { Bytes.isLetter($0) }.reversed().map(Bytes.lower)
                // "an increase of twenty percent": the number word before "percent".
                var percent = false
                if lastWord == b("percent") {
                    let words = tail.split(whereSeparator: { !Bytes.isLetter($0) && $0 != 45 })
                    guard words.count >= 2 else { return nil }
                    lastWord = words[words.count - 2].map(Bytes.lower)
                    percent = true
                }
                let lastString = Bytes.string(lastWord)
                guard NumberWords.units[lastString] != nil || NumberWords.denominators[lastString] != nil || NumberWords.scales[lastString] != nil,
                      let rewritten = NumberWords.rewritten(Bytes.string(tail)) else { return nil }
                var tokens = rewritten.split(separator: " ").map { $0.lowercased() }
                if percent, tokens.last == "percent" { tokens.removeLast() }
                guard let last = tokens.popLast(), last.first?.isNumber == true,
                      last.allSatisfy({ $0.isNumber || $0 == "/" || $0 == "." || $0 == "!" }) else { return nil }
                if percent, let verb = tokens.last, statingVerbs.contains(verb) || verb == "of" { return last + "\\%" }
                if let sign = tokens.last, sign == "negative" || sign == "minus" { tokens.removeLast() }
                guard let verb = tokens.last, statingVerbs.contains(verb) else { return nil }
            }
        }
        guard let rewritten = NumberWords.rewritten(Bytes.string(sentence)) else { return nil }
        let tokens = rewritten.split(separator: " ")
        guard var lastIndex = tokens.lastIndex(where: { $0.first?.isNumber == true }) else { return nil }
        // "Maria needs twelve more eggs, since the recipe calls for eighteen …": the value stated before its reason.
        // ("Two years have passed since then, so Vince is nine": "since then" tells the time, not a reason.)
        if let reason = tokens.indices.first(where: { tokens[$0] == "because" || tokens[$0] == "since" && !(tokens.indices.contains($0 + 1) && tokens[$0 + 1].hasPrefix("then")) }),
           let stated = tokens[..<reason].lastIndex(where: { $0.first?.isNumber == true }) {
            lastIndex = stated
        }
        // "Both values are real, so these are the two solutions.": a number word after "the" counts what was stated (in a
        // finished sentence; a response cut off mid-sentence is left to the reading below). So does one after "all":
        // "$(K,L)=(\pm 3,\pm 2)$, with all four sign combinations."
        if lastIndex > 0, ["the", "these", "those", "all"].contains(tokens[lastIndex - 1].lowercased()), end < text.count, text[end] == 46 || text[end] == 33 {
            return nil
        }
        var digits = String(tokens[lastIndex].prefix { $0.isNumber || $0 == "." || $0 == "/" })
        while digits.hasSuffix(".") { digits.removeLast() }
        // "… is ten degrees below zero Fahrenheit.": the number before "degrees below zero" is below zero.
        if digits == "0", lastIndex >= 3, tokens[lastIndex - 1].lowercased() == "below", tokens[lastIndex - 2].lowercased().hasPrefix("degree"),
           tokens[lastIndex - 3].allSatisfy(\.isNumber) {
            return "-" + tokens[lastIndex - 3]
        }
        // "Ana had one dollar and five cents left.": dollars and cents in words are one amount.
        if lastIndex >= 3, lastIndex + 1 < tokens.count, tokens[lastIndex + 1].lowercased().hasPrefix("cent"), tokens[lastIndex - 1] == "and",
           tokens[lastIndex - 2].lowercased().hasPrefix("dollar"), tokens[lastIndex - 3].allSatisfy(\.isNumber),
           let cents = Int(digits), cents < 100 {
            return tokens[lastIndex - 3] + "." + (cents < 10 ? "0" : "") + String(cents)
        }
        // "the possible values of n are three and seven", "The solutions are negative four and seven.": numbers in words
        // (maybe with a sign word) joined by commas and "and" after a stating verb.
        if lastIndex >= 3, tokens[lastIndex - 1] == "and" {
            var items = [digits]
            var cursor = lastIndex - 2
            while cursor >= 1, items.count < 8 {
                let token = tokens[cursor].hasSuffix(",") ? tokens[cursor].dropLast() : tokens[cursor]
                guard !token.isEmpty, token.allSatisfy({ $0.isNumber }), items.count == 1 || tokens[cursor].hasSuffix(",") else { break }
                if cursor >= 2, ["negative", "minus"].contains(tokens[cursor - 1].lowercased()) {
                    items.insert("-" + token, at: 0)
                    cursor -= 2
                    continue
                }
                items.insert(String(token), at: 0)
                cursor -= 1
            }
            if items.count >= 2, cursor >= 0, statingVerbs.contains(tokens[cursor].lowercased()) { return items.joined(separator: ", ") }
        }
        // "negative four", "minus three": the sign is a word too.
        if lastIndex > 0, ["negative", "minus"].contains(tokens[lastIndex - 1].lowercased()) { digits = "-" + digits }
        return digits
    }

    static let rankNouns: Set<[UInt8]> = Set(["term", "one", "number", "element", "day", "position", "place", "row", "floor", "page"].map(b))

    /// The rank a sentence ends with after "is the" ("The first term exceeding 100 is the fifth term.", "it's the fifth
    /// one") → `5`; nil otherwise, or when the subject is only a value ("so 7 is the fourth term" gives the term's value).
    static func closingRank(_ sentence: [UInt8]) -> String? {
        let lowered = sentence.map(Bytes.lower)
        let words = lowered.split(whereSeparator: { !Bytes.isLetter($0) && $0 != 39 })
        guard words.count >= 4, rankNouns.contains(Array(words[words.count - 1])),
              let index = Ranks.wordBytes.firstIndex(where: { $0.elementsEqual(words[words.count - 2]) }),
              words[words.count - 3].elementsEqual(b("the")),
              ["is", "was", "it's", "be"].contains(where: { words[words.count - 4].elementsEqual(b($0)) }) else { return nil }
        // The clause's subject, from its last comma or "so": words, not a bare value.
        if let verb = [b(" is the "), b(" was the "), b(" be the ")].compactMap({ Bytes.findLast(lowered, $0) }).max() {
            let clauseStart = [b(", "), b(" so ")].compactMap { separator in
                Bytes.findLast(Array(lowered[..<verb]), separator).map { $0 + separator.count }
            }.max() ?? 0
            guard lowered[clauseStart..<verb].contains(where: Bytes.isLetter) else { return nil }
        }
        return String(index + 1)
    }

    static let rankVerbs: Set<[UInt8]> = Set(["stands", "stood", "finished", "finishes", "came", "comes", "placed", "places",
                                              "ranked", "ranks", "is", "was", "ended", "ends", "arrived", "arrives"].map(b))

    /// The number of a rank in words followed by "place" or "position" ("third place" → `3`) or stated as "is the fifth
    /// term" (row, floor, day), when the sentence names exactly one such rank, or of a rank that ends the sentence after
    /// a verb of standing ("Sam stands fifth", "she finished second"). Nil otherwise.
    static func rankInWords(_ sentence: [UInt8]) -> String? {
        let lowered = sentence.map(Bytes.lower)
        let words = lowered.split(whereSeparator: { !Bytes.isLetter($0) })
        if words.count >= 2, let index = Ranks.wordBytes.firstIndex(where: { $0.elementsEqual(words[words.count - 1]) }),
           rankVerbs.contains(Array(words[words.count - 2])) {
            return String(index + 1)
        }
        // Every phrase looked for below holds " place" or " position", or " is the " or " was the ": the nouns the
        // sentence lacks, and the stated ranks without either opening, are not looked for (nor their phrases built).
        let places = [b(" place"), b(" position")].filter { Bytes.contains(lowered, $0) }
        let statesRank = Bytes.contains(lowered, b(" is the ")) || Bytes.contains(lowered, b(" was the "))
        guard !places.isEmpty || statesRank else { return nil }
        var found: String?
        for (index, word) in Ranks.wordBytes.enumerated() {
            for noun in places {
                guard let at = Bytes.find(lowered, word + noun), at == 0 || !Bytes.isLetter(lowered[at - 1]),
                      at + word.count + noun.count == lowered.count || !Bytes.isLetter(lowered[at + word.count + noun.count]) else { continue }
                if found != nil { return nil }
                found = String(index + 1)
            }
            // "It is the fifth term of the sequence.": a rank the sentence states, of a term, row, floor or day.
            for noun in rankedNouns where statesRank {
                guard let at = Bytes.find(lowered, b(" is the ") + word + noun) ?? Bytes.find(lowered, b(" was the ") + word + noun) else { continue }
                let end = at + (lowered[at + 1] == 105 ? 8 : 9) + word.count + noun.count
                guard end == lowered.count || !Bytes.isLetter(lowered[end]) else { continue }
                if found != nil { return nil }
                found = String(index + 1)
            }
        }
        return found
    }
    /// Where the last paragraph starts when it is an aside: it opens (past markdown marks, a rule line and spaces) with a
    /// tip, a note, an example, a what-if or an offer of more ("Tip:", "Example to practice:", "Want me to …", "So if she
    /// leaves at 9:00 …", "Fun fact"), and the text before it holds a digit; nil otherwise.
    static func closingAsideParagraph(_ text: [UInt8]) -> Int? {
        guard text.count <= 12_000, let lastByte = text.lastIndex(where: { !Bytes.isSpace($0) }),
              let gap = Bytes.findLast(text, b("\n\n"), end: lastByte) else { return nil }
        var start = gap + 2
        while start < lastByte, Bytes.isSpace(text[start]) || [42, 95, 35, 62, 45].contains(text[start]) { start += 1 }
        let opening = Array(text[start..<min(lastByte + 1, start + 24)]).map(Bytes.lower)
        guard asideParagraphOpeners.contains(where: { Bytes.hasPrefix(opening, at: 0, $0) }),
              text[..<gap].contains(where: Bytes.isDigit) else { return nil }
        return gap
    }

    static let asideParagraphOpeners: [[UInt8]] = ["tip:", "tip ", "note:", "example to", "example:", "want me to", "would you like",
                                                   "want another", "need help", "so if ", "fun fact", "bonus", "side note",
                                                   "p.s.", "if you'd like", "if you want", "let me know", "remark:", "common mistake",
                                                   "mistake to avoid", "watch out", "pro tip", "caution:", "warning:",
                                                   "additionally, we could", "additionally, one could", "for completeness", "as a bonus",
                                                   // "*Caveat:* this assumes the 60 bees are different bees …"
                                                   "caveat:", "one caveat", "a caveat"].map(b)

    /// Where a last sentence that reminds of the givens ("Recall …", "Remember that …") starts, when text with a digit
    /// comes before it; nil otherwise.
    static func closingReminder(_ text: [UInt8]) -> Int? {
        guard let lastByte = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        var start = sentenceStart(text, at: lastByte)
        while start < lastByte, Bytes.isSpace(text[start]) { start += 1 }
        guard start > 0, [b("recall "), b("recall that "), b("remember "), b("remember that ")].contains(where: { Bytes.hasPrefixIgnoringCase(text, at: start, $0) }),
              text[..<start].contains(where: Bytes.isDigit) else { return nil }
        return start
    }

    /// Whether the last sentence opens with "It depends" or "That depends" and holds no digit and no "not", "nothing" or
    /// "only" ("It depends on the type of interest."; not "It depends on nothing else.").
    static func closesOnItDepends(_ text: [UInt8]) -> Bool {
        guard let lastByte = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return false }
        var start = sentenceStart(text, at: lastByte)
        while start < lastByte, Bytes.isSpace(text[start]) { start += 1 }
        guard [b("it depends"), b("that depends")].contains(where: { Bytes.hasPrefixIgnoringCase(text, at: start, $0) }) else { return false }
        let sentence = text[start...lastByte]
        return !sentence.contains(where: Bytes.isDigit)
            && !sentence.map(Bytes.lower).split(separator: 32).contains(where: { [b("not"), b("nothing"), b("only")].contains(Array($0)) })
    }

    /// Whether a sentence of the response opens with "It depends" or "That depends" (the answer turns on a reading).
    static func saysItDepends(_ text: [UInt8]) -> Bool {
        let lowered = text.map(Bytes.lower)
        for opening in [b("it depends"), b("that depends")] {
            var from = 0
            while let at = Bytes.find(lowered, opening, from: from) {
                var before = at
                while before > 0, text[before - 1] == 32 || text[before - 1] == 42 { before -= 1 }
                if before == 0 || [10, 46, 33, 63, 58].contains(text[before - 1]) { return true }
                from = at + 1
            }
        }
        return false
    }

    /// Where a last sentence that opens as an aside starts ("By the way, the chance of a sum of 7 or less is 7/12.",
    /// "ちなみに、…", "Übrigens …"), when text with a digit comes before it; nil otherwise. The sentence is the text after
    /// the last sentence end (`.`, `!` or `?` before a space, `。`, `！`, a line break).
    static func closingAsideSentence(_ text: [UInt8]) -> Int? {
        guard let lastByte = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        var start = lastByte
        while start > 0 {
            let byte = text[start - 1]
            if byte == 10 || (byte == 46 || byte == 33 || byte == 63) && Bytes.isSpace(text[start]) { break }
            // `。` and `！` (E3 80 82, EF BC 81)
            if start >= 3, text[start - 3] == 0xE3, text[start - 2] == 0x80, text[start - 1] == 0x82 { break }
            if start >= 3, text[start - 3] == 0xEF, text[start - 2] == 0xBC, text[start - 1] == 0x81 { break }
            start -= 1
        }
        while start < lastByte, Bytes.isSpace(text[start]) || text[start] == 42 || text[start] == 95 { start += 1 }
        guard start > 0, asideSentenceOpeners.contains(where: { Bytes.hasPrefixIgnoringCase(text, at: start, $0) }),
              text[..<start].contains(where: Bytes.isDigit) else { return nil }
        return start
    }

    static let asideSentenceOpeners: [[UInt8]] = ["by the way", "incidentally,", "btw,", "ちなみに", "なお、", "顺便说一下", "顺便一提",
                                                  // "I hope this helps — let me know if you'd like … for each of the 3 legs!"
                                                  "i hope this helps", "hope this helps", "let me know if", "feel free to",
                                                  "참고로", "übrigens", "Übrigens", "por cierto", "au passage", "soit dit en passant",
                                                  "кстати", "Кстати", "a propósito", "aliás", "tra l'altro", "per inciso",
                                                  "nawiasem mówiąc", "ngomong-ngomong", "nhân tiện"].map(b)

    /// Whether the last number sits in a sentence that only describes the math before it: "$n = 1, 2, 4, 8$\n\nThese are
    /// all the powers of two up to 8." — the sentence opens with "These are", "This is", "They are" or "Those are", and
    /// the math holds the number.
    static func describesMath(_ text: [UInt8], number: Segment, math: Segment) -> Bool {
        var start = sentenceStart(text, at: number.start)
        while start < number.start, Bytes.isSpace(text[start]) { start += 1 }
        // "$y = (x-1)(x-3)$ — the parabola has roots 1 and 3": a remark after a dash that reads numbers off the math.
        var dashed = math.end
        while dashed < number.start, text[dashed] == 36 || text[dashed] == 32 { dashed += 1 }
        let remark = Bytes.hasPrefix(text, at: dashed, b("— ")) && math.text.utf8.contains(61) && sameSentence(text, math.end, number.start)
        guard remark || start >= math.end && [b("these are "), b("this is "), b("they are "), b("those are ")].contains(where: { Bytes.hasPrefixIgnoringCase(text, at: start, $0) })
        else { return false }
        let values = Array(math.text.utf8).split(whereSeparator: { !Bytes.isDigit($0) && $0 != 46 })
        return values.contains { $0.elementsEqual(number.text.utf8) }
    }

    static let rankedNouns: [[UInt8]] = [" term", " row", " floor", " day"].map(b)

    static let allRealsPhrases: [[UInt8]] = ["all real numbers except", "all reals except", "all real numbers other than",
                                             "every real number except", "all real values except", "all real x except",
                                             "all real numbers x except", "all x except",
                                             // "all real $x$ except $x = 3$": the name in math.
                                             "all real $x$ except", "all real numbers $x$ except", "all $x$ except"].map(b)

    /// The last sentence's "all real numbers except $-3$ (and $3$)" as a union of open intervals around the excluded
    /// values (`(-\infty,-3) \cup (-3,\infty)`); nil when the sentence has no such phrase or a value is not a plain
    /// number or fraction.
    static func allRealsExcept(_ text: [UInt8]) -> String? {
        guard text.count <= 4_000, Bytes.findLastIgnoringCase(text, b(" except")) != nil || Bytes.findLastIgnoringCase(text, b(" other than")) != nil,
              let lastByte = text.lastIndex(where: { !Bytes.isSpace($0) }) else { return nil }
        let sentence = Array(text[sentenceStart(text, at: lastByte)...lastByte])
        guard let found = allRealsPhrases.compactMap({ phrase in Bytes.findLastIgnoringCase(sentence, phrase).map { $0 + phrase.count } }).max()
        else { return nil }
        var rest = Bytes.string(sentence[found...])
        while rest.hasSuffix(".") || rest.hasSuffix(" ") { rest.removeLast() }
        rest = rest.replacingOccurrences(of: "$", with: "").replacingOccurrences(of: "\\(", with: "").replacingOccurrences(of: "\\)", with: "")
        rest = rest.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " or ", with: ",")
        var values: [(value: Double, text: String)] = []
        for raw in rest.split(separator: ",") {
            var item = raw.trimmingCharacters(in: .whitespaces)
            if item.hasPrefix("x ="), let eq = item.firstIndex(of: "=") { item = String(item[item.index(after: eq)...]).trimmingCharacters(in: .whitespaces) }
            if item.hasPrefix("x="), let eq = item.firstIndex(of: "=") { item = String(item[item.index(after: eq)...]) }
            guard !item.isEmpty, let value = plainValue(item) else { return nil }
            values.append((value, item))
        }
        guard !values.isEmpty, values.count <= 4 else { return nil }
        values.sort { $0.value < $1.value }
        var parts: [String] = []
        var left = "-\\infty"
        for item in values { parts.append("(" + left + ", " + item.text + ")"); left = item.text }
        parts.append("(" + left + ", \\infty)")
        return parts.joined(separator: " \\cup ")
    }

    /// A plain number (`-3`, `2.5`) or fraction (`\frac{1}{2}`, `-\frac{3}{4}`, `1/2`) as a Double, for ordering; nil otherwise.
    static func plainValue(_ text: String) -> Double? {
        if let value = Double(text) { return value }
        var body = Substring(text)
        var sign = 1.0
        if body.hasPrefix("-") { sign = -1; body = body.dropFirst() }
        if body.hasPrefix("\\frac{"), body.hasSuffix("}") {
            let inner = body.dropFirst(6).dropLast()
            let parts = inner.split(separator: "}", maxSplits: 1)
            guard parts.count == 2, parts[1].hasPrefix("{"), let n = Double(parts[0]), let d = Double(parts[1].dropFirst()), d != 0 else { return nil }
            return sign * n / d
        }
        let parts = body.split(separator: "/")
        if parts.count == 2, let n = Double(parts[0]), let d = Double(parts[1]), d != 0 { return sign * n / d }
        return nil
    }

    /// The part in "A of the B …" when B is the last number: "So 18 of the 24 students chose pizza." → `18`; nil when
    /// the last number does not follow "<digits> of the ".
    static func partOfWhole(_ text: [UInt8], number: Segment) -> String? {
        guard let part = firstTerm(text, joiner: b(" of the "), number: number), let count = Int(part),
              let whole = Int(number.text), count <= whole else { return nil }
        return String(count)
    }

    /// The whole number written right before `joiner` when the last number follows it ("3" in "3 to 2", "1" in "1 in
    /// 6"), with a space or the start of the text before it; nil otherwise. With `signedDecimals`, both numbers may have a
    /// minus sign and a decimal point ("-1.5 and 2").
    static func firstTerm(_ text: [UInt8], joiner: [UInt8], number: Segment, signedDecimals: Bool = false) -> String? {
        guard number.start >= joiner.count + 1, Bytes.hasPrefix(text, at: number.start - joiner.count, joiner),
              number.text.allSatisfy({ $0.isNumber || signedDecimals && ($0 == "-" || $0 == ".") }) else { return nil }
        let end = number.start - joiner.count
        var first = end
        while first > 0, Bytes.isDigit(text[first - 1]) || signedDecimals && text[first - 1] == 46 { first -= 1 }
        if signedDecimals, first > 0, first < end, text[first - 1] == 45 { first -= 1 }
        // "a **1 in 3** chance": a bold mark may open the pair.
        guard first < end, first == 0 || text[first - 1] == 32 || text[first - 1] == 42 else { return nil }
        return Bytes.string(text[first..<end])
    }

    /// The last clause's values named by distinct variables (one letter or one word) in plain text: "Comparing
    /// coefficients: a = 1, b = -2, c = 3." → `a = 1, b = -2, c = 3` (compared with a tuple in that order), "So mean =
    /// 85, median = 87." → `mean = 85, median = 87`; nil unless the clause after the last colon (or the sentence) is
    /// only two or more such assignments joined by commas or "and". Rounds of the same one-letter names joined by "or"
    /// ("x = 1, y = 2 or x = 2, y = 1") are listed one after another, as assignment rounds compare.
    static func plainAssignments(_ text: [UInt8], number: Segment) -> String? {
        var end = number.end
        while end < text.count, text[end] == 46 || Bytes.isSpace(text[end]) { end += 1 }
        guard end == text.count, number.start >= 6 else { return nil }
        let start = sentenceStart(text, at: number.start)
        var clause = Array(text[start..<number.end])
        if let colon = clause.lastIndex(of: 58) { clause = Array(clause[(colon + 1)...]) }
        // "Adding the equations gives 3x = 6, so x = 2, y = -1.": the clause after the last break.
        if let cut = clauseBreaks.compactMap({ breakWord in Bytes.findLast(clause, breakWord).map { $0 + breakWord.count } }).max() {
            clause = Array(clause[cut...])
        }
        // "So the solution is x = 2, y = 7.", "So mean = 85, median = 87.": the words before the first name.
        if let equals = clause.firstIndex(of: 61) {
            var name = equals
            while name > 0, clause[name - 1] == 32 { name -= 1 }
            var first = name
            while first > 0, Bytes.isLetter(clause[first - 1]) { first -= 1 }
            if first < name, first >= 1, clause[first - 1] == 32 { clause = Array(clause[first...]) }
        }
        func isValue(_ text: String) -> Bool {
            Double(text) != nil || text.split(separator: "/").count == 2 && text.split(separator: "/").allSatisfy { Double($0) != nil }
        }
        // "The solutions are x = 1, y = 2 or x = 2, y = 1.": rounds of the same names joined by "or", one after another.
        if Bytes.contains(clause, b(" or ")) {
            let rounds = Bytes.string(clause).components(separatedBy: " or ").map { round in
                round.replacingOccurrences(of: " and ", with: ",").split(separator: ",").map { $0.filter { $0 != " " } }
            }
            var firstNames: [Substring]?
            var listed: [String] = []
            for parts in rounds {
                var names: [Substring] = []
                for part in parts {
                    guard let equals = part.firstIndex(of: "="), case let name = part[..<equals], name.count == 1,
                          name.allSatisfy({ $0.isLetter && $0.isASCII }), !names.contains(name),
                          isValue(String(part[part.index(after: equals)...])) else { return nil }
                    names.append(name)
                    listed.append(name + " = " + part[part.index(after: equals)...])
                }
                guard names.count >= 2, names == (firstNames ?? names) else { return nil }
                firstNames = names
            }
            return rounds.count >= 2 && rounds.count <= 6 ? listed.joined(separator: ", ") : nil
        }
        let parts = Bytes.string(clause).replacingOccurrences(of: " and ", with: ",").split(separator: ",")
            .map { $0.filter { $0 != " " } }
        guard parts.count >= 2, parts.count <= 6 else { return nil }
        // "So x = -1/2, 3.": one name, then its other values.
        if let first = parts.first, first.count >= 3, first.first!.isLetter, first.first!.isASCII, first.dropFirst().first == "=",
           isValue(String(first.dropFirst(2))), parts.dropFirst().allSatisfy(isValue) {
            return String(first.first!) + " = " + ([String(first.dropFirst(2))] + parts.dropFirst()).joined(separator: ", ")
        }
        // Names of one letter, or words ("mean = 85, median = 87"), each set once.
        var names = Set<Substring>()
        var assignments: [String] = []
        for part in parts {
            guard let equals = part.firstIndex(of: "="), case let name = part[..<equals], (1...12).contains(name.count),
                  name.allSatisfy({ $0.isLetter && $0.isASCII }), isValue(String(part[part.index(after: equals)...])),
                  names.insert(name).inserted else { return nil }
            assignments.append(name + " = " + part[part.index(after: equals)...])
        }
        return assignments.joined(separator: ", ")
    }

    /// A chance written "1 in 6" or "3 out of 4" in a sentence about a chance or probability: `\frac{1}{6}`; nil otherwise.
    static func chanceInWords(_ text: [UInt8], number: Segment) -> String? {
        // "So the probability is 3 out of 4.": "out of" as well as "in".
        // "La probabilità è 1 su 6.", "1 chance sur 6", "1 de cada 6", "1 em 6", "1 из 6", "1 von 6": the same in other languages.
        guard let (first, joiner) = chanceJoiners.lazy.compactMap({ joiner in
            firstTerm(text, joiner: joiner, number: number).map { ($0, joiner) }
        }).first else { return nil }
        let leadEnd = number.start - joiner.count - first.utf8.count
        let lead = Array(text[max(0, leadEnd - 80)..<leadEnd]).map(Bytes.lower)
        // "… so there's a 1 in 6 chance.": the word may follow the pair.
        // "a **1 in 3** chance": a bold mark may close the pair before the word.
        let wordStart = Bytes.hasPrefix(text, at: number.end, [42, 42]) ? number.end + 2 : number.end
        let follows = [" chance", " probability", " likelihood"].contains { Bytes.hasPrefixIgnoringCase(text, at: wordStart, b($0)) }
        guard follows || Bytes.contains(joiner, b("chance")) || chanceWords.contains(where: { Bytes.contains(lead, $0) })
        else { return nil }
        return "\\frac{" + first + "}{" + number.text + "}"
    }

    static let chanceJoiners: [[UInt8]] = [" in ", " out of ", " su ", " sur ", " chance sur ", " chances sur ", " de cada ", " em ",
                                           " из ", " von "].map(b)
    /// Words naming a chance before "1 in 6" (lower-case; Cyrillic as written).
    static let chanceWords: [[UInt8]] = ["chance", "probability", "likelihood", "odds of", "probabilità", "probabilité",
                                         "probabilidad", "probabilidade", "wahrscheinlichkeit", "вероятность", "kans", "peluang"].map(b)

    /// A chance written in number words at the end of a sentence about a chance, probability, likelihood or odds ("So
    /// the chance is one in six", "a probability of three out of eight"): `\frac{1}{6}`; nil for a sentence with digits
    /// or math, or without such a word.
    static func chanceInNumberWords(_ sentence: [UInt8]) -> String? {
        guard sentence.count <= 200, !sentence.contains(where: { Bytes.isDigit($0) || $0 == 36 || $0 == 92 }) else { return nil }
        let lowered = sentence.map(Bytes.lower)
        guard ["chance", "probability", "likelihood", "odds"].contains(where: { Bytes.contains(lowered, b($0)) }),
              let rewritten = NumberWords.rewritten(Bytes.string(sentence)) else { return nil }
        let tokens = rewritten.split(separator: " ").map { $0.lowercased() }
        guard tokens.count >= 3, let second = tokens.last, !second.isEmpty, second.allSatisfy(\.isNumber) else { return nil }
        let first: String
        if tokens[tokens.count - 2] == "in" {
            first = tokens[tokens.count - 3]
        } else if tokens.count >= 4, tokens[tokens.count - 3] == "out", tokens[tokens.count - 2] == "of" {
            first = tokens[tokens.count - 4]
        } else {
            return nil
        }
        guard !first.isEmpty, first.allSatisfy(\.isNumber) else { return nil }
        return "\\frac{" + first + "}{" + second + "}"
    }

    /// A ratio written in words in a sentence about a ratio: "The ratio is $\frac{3}{2}$, i.e. 3 to 2." → `3:2`; nil when
    /// the last number is not the second term of "A to B" or the sentence does not say "ratio". "= A : B" (a colon with
    /// spaces around it, after `=`) is a ratio wherever it stands.
    static func ratioInWords(_ text: [UInt8], number: Segment) -> String? {
        // "Boys : Girls = 3 : 4": a ratio of names set equal to two whole numbers with a spaced colon between them.
        if let first = firstTerm(text, joiner: b(" : "), number: number), case let start = number.start - 3 - first.utf8.count,
           start >= 2, text[start - 1] == 32, text[start - 2] == 61 {
            return first + ":" + number.text
        }
        guard let first = firstTerm(text, joiner: b(" to "), number: number) else { return nil }
        let start = number.start - 4 - first.utf8.count
        guard Bytes.findLastIgnoringCase(Array(text[max(0, start - 80)..<start]), b("ratio")) != nil else { return nil }
        return first + ":" + number.text
    }

    /// The larger units an amount in two units opens with, by the smaller unit that ends it, and how many of the smaller
    /// one make one larger.
    static let compoundUnits: [(small: Set<String>, large: [[UInt8]], factor: Int, name: String)] = [
        (["cents", "cent"], [" dollars and ", " dollars ", " dollar and ", " dollar "].map(b), 100, "dollars"),
        (["minutes", "minute", "min", "mins"], [" hours and ", " hours ", " hour and ", " hour ", " h ", " hr ", " hrs "].map(b), 60, "hours"),
        (["seconds", "second", "sec", "secs", "s"], [" minutes and ", " minutes ", " minute and ", " minute ", " min "].map(b), 60, "minutes"),
    ]

    /// "3 dollars and 50 cents" → `\$3.50`, "2 hours and 30 minutes" → `\frac{150}{60}\text{ hours}`: the amount in the
    /// larger unit when the last number, in the smaller unit, follows a whole number of the larger one; nil otherwise.
    static func compoundAmount(_ text: [UInt8], number: Segment, unit: String) -> String? {
        guard let small = Int(number.text), let entry = compoundUnits.first(where: { $0.small.contains(unit.lowercased()) }),
              small < entry.factor else { return nil }
        for large in entry.large where number.start >= large.count + 1 && Bytes.hasPrefixIgnoringCase(text, at: number.start - large.count, large) {
            var first = number.start - large.count
            let end = first
            while first > 0, Bytes.isDigit(text[first - 1]) { first -= 1 }
            guard first < end, first == 0 || !Bytes.isLetter(text[first - 1]) && text[first - 1] != 46 && text[first - 1] != 44,
                  let whole = Int(Bytes.string(text[first..<end])), whole < 1_000_000 else { return nil }
            if entry.name == "dollars" { return "\\$" + String(whole) + "." + (small < 10 ? "0" : "") + String(small) }
            return "\\frac{" + String(whole * entry.factor + small) + "}{" + String(entry.factor) + "}\\text{ " + entry.name + "}"
        }
        return nil
    }

    /// Other readings of an answer that is an amount in two units: a phrase or marker answer written in words ("5
    /// dollars and 50 cents" → `\$5.50`), and an amount in hours or minutes read in the smaller unit
    /// (`\frac{160}{60}\text{ hours}` → `160\text{ minutes}`, for a gold in minutes). Empty when there is none.
    public static func compoundReadings(_ answer: String) -> [String] {
        let text = Array(answer.utf8)
        guard text.count <= 80 else { return [] }
        if Bytes.hasPrefix(text, at: 0, b("\\frac{")) {
            let parts = answer.dropFirst(6).split(separator: "}", maxSplits: 2)
            if parts.count == 3, let total = Int(parts[0]), parts[1].hasPrefix("{"), Int(parts[1].dropFirst()) != nil {
                if parts[2] == "\\text{ hours}" { return [String(total) + "\\text{ minutes}"] }
                if parts[2] == "\\text{ minutes}" { return [String(total) + "\\text{ seconds}"] }
            }
            return []
        }
        // `4\text{ hours }30\text{ minutes}`: the same words inside text commands.
        if FoundationText.contains(answer, "\\text{") {
            // `4 \text{ hours and } 30 \text{ minutes}`: the spaces on both sides of a command are one.
            let plain = answer.replacingOccurrences(of: "\\text{", with: "").replacingOccurrences(of: "}", with: "")
                .split(separator: " ").joined(separator: " ")
            return plain == answer ? [] : compoundReadings(plain)
        }
        guard text.contains(where: Bytes.isLetter), let number = lastNumber(text, dollarsAreMath: false),
              let unit = measureUnitAfter(text, at: number.end), let compound = compoundAmount(text, number: number, unit: unit) else { return [] }
        return [compound] + compoundReadings(compound)
    }

    static let restatingOpenings: [[UInt8]] = ["i.e", "ie ", "that is", "which is", "or ", "namely", "in words"].map(b)

    /// Words that state the number in words right after them at the end of a sentence ("will be fifteen", "equals seven").
    static let statingVerbs: Set<String> = ["is", "are", "was", "were", "be", "equals", "to", "becomes", "makes", "gives", "get",
                                            "gets", "obtain"]

    /// Where " so " opens a clause in `tail` (the index of its last space), without copying; nil when it does not.
    static func clauseSo(_ tail: ArraySlice<UInt8>) -> Int? {
        var index = tail.startIndex
        while index + 3 < tail.endIndex {
            if tail[index] == 32, tail[index + 1] == 115, tail[index + 2] == 111, tail[index + 3] == 32 { return index + 3 }
            index += 1
        }
        return nil
    }

    /// The last sentence of a response (at most 300 bytes, without its final full stop), for word answers when no
    /// rule found an answer; nil when it is longer or empty.
    static func lastSentence(_ response: String) -> String? {
        let text = Array(response.utf8.suffix(maximumResponseBytes))
        var end = text.count
        while end > 0, Bytes.isSpace(text[end - 1]) || text[end - 1] == 46 || text[end - 1] == 33 { end -= 1 }
        var start = end
        while start > 0, end - start <= 300 {
            let byte = text[start - 1]
            if byte == 10 || (byte == 46 || byte == 33 || byte == 63) && (start == text.count || Bytes.isSpace(text[start])) { break }
            start -= 1
        }
        guard end - start <= 300 else { return nil }
        var sentence = Bytes.trimSpaces(text[start..<end])
        // Markdown bold around a word is emphasis, not math: "she ends up facing **east**".
        if Bytes.contains(Array(sentence), [42, 42]) {
            var plain = Array(sentence)
            Bytes.replaceAll(&plain, [42, 42], with: [])
            sentence = plain[...]
        }
        // A leading connective only links the sentence to the work before it: "Therefore, there are no solutions".
        for word in connectives where Bytes.hasPrefixIgnoringCase(Array(sentence), at: 0, word) {
            let rest = sentence.dropFirst(word.count)
            if let next = rest.first, next == 44 || next == 32 { sentence = Bytes.trimSpaces(rest.drop { $0 == 44 || $0 == 32 }) }
            break
        }
        return sentence.isEmpty ? nil : Bytes.string(sentence)
    }

    /// The numbers of a last sentence that counts several things in prose ("She bought 7 stuffed goats and 4 toy
    /// helicopters."): two to four plain numbers, each followed by a word, and no math, operator or relation in the
    /// sentence. Nil otherwise.
    static func countedValues(_ response: String) -> [String]? {
        guard let sentence = lastSentence(response) else { return nil }
        let bytes = Array(sentence.utf8)
        // Dollar signs only as currency, each right before a digit after a space ("A muffin costs $1.25 and a cookie $2.00.").
        let currency = bytes.indices.allSatisfy { bytes[$0] != 36 || $0 + 1 < bytes.count && Bytes.isDigit(bytes[$0 + 1]) && ($0 == 0 || bytes[$0 - 1] == 32) }
        guard currency, !bytes.contains(where: { [92, 61, 43, 42, 47, 60, 62, 37, 40, 94].contains($0) }) else { return nil }
        var values: [String] = []
        var index = 0
        while index < bytes.count {
            guard Bytes.isDigit(bytes[index]), index == 0 || !(Bytes.isLetter(bytes[index - 1]) || Bytes.isDigit(bytes[index - 1])) else { index += 1; continue }
            var end = index
            while end < bytes.count, Bytes.isDigit(bytes[end]) || (bytes[end] == 46 || bytes[end] == 44) && end + 1 < bytes.count && Bytes.isDigit(bytes[end + 1]) { end += 1 }
            // Each number counts something: a word follows it (an amount of dollars may end the sentence).
            let dollars = index > 0 && bytes[index - 1] == 36
            guard end + 1 < bytes.count && bytes[end] == 32 && Bytes.isLetter(bytes[end + 1]) || dollars && (end == bytes.count || !Bytes.isLetter(bytes[end]))
            else { return nil }
            let negative = index > 0 && bytes[index - 1] == 45
            values.append((negative ? "-" : "") + Bytes.string(bytes[index..<end]))
            index = end
        }
        return (2...4).contains(values.count) ? values : nil
    }

    static let connectives: [[UInt8]] = ["therefore", "thus", "hence", "so", "consequently", "finally", "in conclusion"].map(b)

    /// Also in other languages ("es decir, aproximadamente 0,139", "environ", "etwa", "примерно", "约"; not Italian
    /// "circa", which a fixture's label reads as the committed answer).
    static let approximationWords: [[UInt8]] = ["about", "approximately", "roughly", "around", "nearly", "\\approx", "~", "aproximadamente",
                                                "environ", "etwa", "ungefähr", "около", "примерно", "约", "大约", "約", "대략",
                                                "yaklaşık", "sekitar", "khoảng", "ongeveer", "około"].map(b)

    /// Whether the number starting at `start` is introduced as an approximation (`about 0.17`, `\approx 0.17`, `≈ 0.17`).
    static func isApproximation(_ text: [UInt8], before start: Int) -> Bool {
        var end = start
        while end > 0, text[end - 1] == 32 || text[end - 1] == 36 { end -= 1 }
        if end >= 3, Array(text[(end - 3)..<end]) == [0xE2, 0x89, 0x88] { return true }   // ≈
        for word in approximationWords where end >= word.count {
            if Bytes.hasPrefixIgnoringCase(text, at: end - word.count, word),
               end == word.count || !Bytes.isLetter(text[end - word.count - 1]) || word.first == 92 { return true }
        }
        return false
    }

    static let leadingArrows: [[UInt8]] = ["=>", "->", "\u{21D2}", "\u{2192}", "\\Rightarrow", "\\implies", "\\to", "="].map(b)

    static let functionWords: Set<[UInt8]> = Set(ExpressionParser.functionNames.map { Array($0.utf8) })

    /// The whole response when it is short and reads as a bare answer: no run of three plain letters outside
    /// commands (function names such as `exp` allowed) and outside `\begin{…}`/`\end{…}`.
    static func wholeResponse(_ input: [UInt8]) -> String? {
        // "$x^2 - 5x - 14 \le 0 \iff -2 \le x \le 7$.⏎⏎$$[-2,\ 7]$$": a display alone after a blank line is where the
        // steps before it lead.
        if input.count <= 300, let gap = Bytes.findLast(input, b("\n\n")), let display = closingDisplay(Array(Bytes.trimSpaces(input[(gap + 2)...]))),
           bareResponse(input) != nil {
            return display
        }
        // "3x − 7 = 8⏎3x = 15⏎x = 15 ÷ 3⏎⏎5", "x² − 5x − 14 ≤ 0⏎(x − 7)(x + 2) ≤ 0⏎⏎[-2, 7]": steps in plain text and,
        // after a blank line, one line of math they lead to.
        if input.count <= 300, let gap = Bytes.findLast(input, b("\n\n")), case let last = Array(Bytes.trimSpaces(input[(gap + 2)...])),
           !last.isEmpty, !last.contains(10), input[..<gap].contains(where: { $0 == 61 || $0 == 60 || $0 == 62 || $0 >= 0x80 }),
           bareResponse(input) != nil, let value = bareResponse(last) {
            return value
        }
        if let whole = bareResponse(input) { return whole }
        guard input.count <= 300 else { return nil }
        var text = input
        // A domain after the answer: "f(x) = 2x for all real x".
        if let cut = trailingQuantifier(text) { text = Array(text[..<cut]); if let whole = bareResponse(text) { return whole } }
        // Answers joined by "and": "84 and 69", "f(x)=x and f(x)=2-x" are lists.
        if Bytes.contains(text, b(" and ")) {
            Bytes.replaceAll(&text, b(", and "), with: b(", "))
            Bytes.replaceAll(&text, b(" and "), with: b(", "))
            return bareResponse(text)
        }
        return nil
    }

    static let stepRelations: [String] = ["=", "<", ">", "≤", "≥", "\\le", "\\ge"]

    /// The last of two to eight lines that are each one relation, when it sets a name (a letter, or a letter of another
    /// script) alone on its left that the line before it holds and its right side does not: `2x - 1 ≤ 5`, `x ≤ 3` → `x ≤
    /// 3`. Nil otherwise.
    static func lastLineOfSteps(_ lines: [String]) -> String? {
        guard (2...8).contains(lines.count), lines.allSatisfy({ line in stepRelations.contains(where: { line.contains($0) }) }),
              let last = lines.last, let previous = lines.dropLast().last else { return nil }
        guard let relation = last.firstIndex(where: { "=<>≤≥\\".contains($0) }) else { return nil }
        let name = last[..<relation].trimmingCharacters(in: .whitespaces)
        guard name.count == 1, let letter = name.first, letter.isLetter, previous.contains(letter),
              !last[last.index(after: relation)...].contains(letter) else { return nil }
        // "٢س + ٩ = ٣⏎٢س = −٦⏎س = −٣": a name in another script is no variable the comparison reads; its value alone.
        if !letter.isASCII, last[relation] == "=" { return last[last.index(after: relation)...].trimmingCharacters(in: .whitespaces) }
        return last
    }

    /// The inside of a paragraph that is one display (`$$…$$` or `\[…\]`) or one inline segment (`$x = -\tfrac13 \text{ or }
    /// x = 2$`), trimmed and without a leading `=`; nil otherwise.
    static func closingDisplay(_ paragraph: [UInt8]) -> String? {
        for (open, close) in [(b("$$"), b("$$")), (b("\\["), b("\\]")), (b("$"), b("$"))] where paragraph.count > open.count + close.count
            && Bytes.hasPrefix(paragraph, at: 0, open) && paragraph.suffix(close.count).elementsEqual(close) {
            // "$$= \frac{\sqrt{2}(\sqrt{3}-1)}{4}$$": a display that goes on with the chain before it gives its last side.
            var inner = Array(paragraph[open.count..<(paragraph.count - close.count)])
            while let first = inner.first, first == 61 || Bytes.isSpace(first) { inner.removeFirst() }
            guard !Bytes.contains(inner, open), !Bytes.contains(inner, close), inner.contains(where: { !Bytes.isSpace($0) }) else { return nil }
            return Bytes.string(Bytes.trimSpaces(inner[...]))
        }
        return nil
    }

    /// Where a closing quantifier starts: " for all real x", " for every x", " for all real numbers $x$" (one name at the
    /// end, words of a domain between); nil when there is none.
    static func trailingQuantifier(_ text: [UInt8]) -> Int? {
        guard let at = Bytes.findLastIgnoringCase(text, b(" for ")) else { return nil }
        let words = text[(at + 5)...].split(separator: 32).map { Array($0).filter { $0 != 36 && $0 != 46 }.map(Bytes.lower) }
        guard words.count >= 2, let name = words.last, name.count == 1, Bytes.isLetter(name[0]), isQuantifier(Array(words.dropLast()))
        else { return nil }
        return at
    }
    /// Whether the text between an answer and a bare name quantifies the name: " for all ", " for every positive integer ".
    static func quantifiesName(_ between: ArraySlice<UInt8>) -> Bool {
        guard between.count <= 40, let at = Bytes.findLastIgnoringCase(Array(between), b(" for ")) else { return false }
        let words = between[(between.startIndex + at + 5)...].split(separator: 32).map { Array($0).map(Bytes.lower) }
        return !words.isEmpty && isQuantifier(words)
    }
    static let quantifierHeads: Set<[UInt8]> = Set(["all", "every", "each", "any"].map(b))
    static let domainWords: Set<[UInt8]> = Set(["real", "reals", "number", "numbers", "positive", "nonnegative", "non-negative",
                                                "integer", "integers", "natural", "complex", "values", "of", "the"].map(b))

    static let soWord = b("so"), isWord = b("is")

    static func bareResponse(_ input: [UInt8]) -> String? {
        guard input.count <= 300, input.contains(where: { !Bytes.isSpace($0) }) else { return nil }
        // A leading arrow or equals sign only introduces the result: `=> 81`, `\Rightarrow 81`, `= 81`.
        var text = Array(Bytes.trimSpaces(input[...]))
        for arrow in leadingArrows where Bytes.hasPrefix(text, at: 0, arrow) { text.removeFirst(arrow.count); break }
        // Bold markers around the whole answer: `**42**`.
        if text.count > 4, text.starts(with: [42, 42]), text.suffix(2).elementsEqual([42, 42]) {
            text = Array(Bytes.trimSpaces(text.dropFirst(2).dropLast(2)))
        }
        var run: [UInt8] = []
        var inLetter = false
        var index = 0
        // "so" leads from a step to its result ("$2^x = 3$, so $x = \log_2 3$."): a derivation, not a bare answer.
        // "$\frac{1}{3}$ of 100% is $\frac{100}{3}\%$.": "is" states what one part equals, so it is no bare answer either.
        func allowed(_ word: [UInt8]) -> Bool {
            word.count < 3 && word.map(Bytes.lower) != soWord && word.map(Bytes.lower) != isWord || functionWords.contains(word.map(Bytes.lower))
        }
        while index < text.count {
            let byte = text[index]
            if byte == 92 {
                if !allowed(run) { return nil }
                run = []
                let isEnvironment = Bytes.hasPrefix(text, at: index, b("\\begin{")) || Bytes.hasPrefix(text, at: index, b("\\end{"))
                index += 1
                while index < text.count, Bytes.isLetter(text[index]) { index += 1 }
                if isEnvironment, index < text.count, text[index] == 123, let close = Bytes.matchingBrace(text, from: index) {
                    index = close
                    if index < text.count, text[index] == 123, let spec = Bytes.matchingBrace(text, from: index) { index = spec }
                }
                continue
            }
            // A letter outside ASCII is one lead byte and its continuation bytes (`Ответ`, `解得`: words, never a bare
            // answer); a lead byte of punctuation or symbols (E2, C2: `−`, `·`) and its continuations separate words.
            if Bytes.isLetter(byte) || byte >= 0xC0 && !(byte == 0xE2 || byte == 0xC2) || byte & 0xC0 == 0x80 && inLetter {
                run.append(byte)
                inLetter = byte >= 0x80
            } else {
                if !allowed(run) { return nil }
                run = []
                inLetter = false
            }
            index += 1
        }
        if !allowed(run) { return nil }
        return Bytes.string(Bytes.trimSpaces(text[...]))
    }

    /// `(3, -1)` for a last number that closes "(3 | −1)" in plain text (a Unicode minus read as `-`); nil otherwise.
    static func plainBarPoint(_ text: [UInt8], number: Segment) -> String? {
        var close = number.end
        while close < text.count, text[close] == 32 { close += 1 }
        guard close < text.count, text[close] == 41, let open = text[max(0, number.start - 40)..<number.start].lastIndex(of: 40) else { return nil }
        let inside = Bytes.string(text[(open + 1)..<close]).replacingOccurrences(of: "\u{2212}", with: "-")
        let parts = inside.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts.allSatisfy({ part in
            !part.isEmpty && part.utf8.allSatisfy { Bytes.isDigit($0) || $0 == 45 || $0 == 46 || $0 == 47 || $0 == 44 } && part.utf8.contains(where: Bytes.isDigit)
        }) else { return nil }
        return "(" + parts.map { $0.replacingOccurrences(of: ",", with: ".") }.joined(separator: ", ") + ")"
    }

    /// Dimensions with their units that end at the last number's unit and close the text ("… is 8 m by 6 m.", "a box
    /// that is 4 cm × 5 cm × 6 cm."), as written; nil otherwise.
    static func closingDimensions(_ text: [UInt8], number: Segment) -> String? {
        guard number.start >= 4 else { return nil }
        var start = max(0, number.start - 48)
        while start < number.start {
            if Bytes.isDigit(text[start]), start == 0 || text[start - 1] == 32 || text[start - 1] == 36 || text[start - 1] == 42,
               let (lengths, end) = Dimensions.parse(text, from: start), lengths.allSatisfy({ $0.unit != nil }), end > number.start,
               closesText(text, from: end) {
                return Bytes.string(text[start..<end])
            }
            start += 1
        }
        return nil
    }

    /// Whether only a full stop, bold markers, a closing `$` and spaces follow `index`.
    static func closesText(_ text: [UInt8], from index: Int) -> Bool {
        text[index...].allSatisfy { $0 == 46 || $0 == 42 || $0 == 36 || $0 == 32 || $0 == 10 }
    }

    /// Marks of a time of day that a ratio-like number keeps ("2:30 PM").
    static let meridiemMarkers: [[UInt8]] = [" a.m.", " p.m.", " am", " pm", "am", "pm"].map(b)

    /// The last number not glued to a preceding letter; with `dollarsAreMath`, numbers between paired `$` are skipped.
    static func lastNumber(_ text: [UInt8], dollarsAreMath: Bool) -> Segment? {
        var insideDollars = [Bool](repeating: false, count: dollarsAreMath ? text.count : 0)
        if dollarsAreMath {
            var open: Int?
            for index in 0..<text.count where text[index] == 36 && (index == 0 || text[index - 1] != 92) {
                if let start = open { for cursor in start...index { insideDollars[cursor] = true }; open = nil } else { open = index }
            }
        }
        var best: Segment?
        var index = 0
        while index < text.count {
            let byte = text[index]
            // A vulgar fraction standing alone ("sin 30° = ½", "gets ¾ of a pizza"), maybe after a minus sign.
            if byte == 0xC2 || byte == 0xE2, index == 0 || !Bytes.isDigit(text[index - 1]), let width = vulgarFractionWidth(text, at: index),
               !dollarsAreMath || !insideDollars[index] {
                var start = index
                if start > 0, text[start - 1] == 45 { start -= 1 }
                best = Segment(text: Bytes.string(text[start..<(index + width)]), start: start, end: index + width)
                index += width
                continue
            }
            // The power of a unit after a number in plain text (`12 cm^2`, `12 units^{2}`) is not a number of the answer.
            if Bytes.isDigit(byte), index >= 2, text[index - 1] == 94 || text[index - 1] == 123 && index >= 3 && text[index - 2] == 94,
               isUnitAfterNumber(text, end: text[index - 1] == 94 ? index - 1 : index - 2) {
                while index < text.count, Bytes.isDigit(text[index]) { index += 1 }
                continue
            }
            // "Rp2.000.000", "Rs500": a currency's letters right before the digits.
            if Bytes.isDigit(byte), !dollarsAreMath || !insideDollars[index],
               index == 0 || !(Bytes.isLetter(text[index - 1]) || Bytes.isDigit(text[index - 1]))
                || index >= 2 && (Bytes.hasPrefix(text, at: index - 2, b("Rp")) || Bytes.hasPrefix(text, at: index - 2, b("Rs")))
                    && (index == 2 || !Bytes.isLetter(text[index - 3])) {
                var end = index
                var bracedCommas = false
                while end < text.count {
                    if Bytes.isDigit(text[end]) || ((text[end] == 44 || text[end] == 46) && end + 1 < text.count && Bytes.isDigit(text[end + 1])) {
                        end += 1
                    } else if text[end] == 123, end + 3 < text.count, text[end + 1] == 44, text[end + 2] == 125, Bytes.isDigit(text[end + 3]) {
                        end += 3; bracedCommas = true   // LaTeX's thousands separator `70{,}000`
                    } else { break }
                }
                // Thousands grouped by spaces (`2 500 000 grains`, `1 000 people`): a run of one to three digits, then
                // groups of exactly three digits that no digit, fraction slash or decimal point follows.
                var spacedGroups = false
                if end - index <= 3, end + 3 < text.count, text[end] == 32, !text[index..<end].contains(44), !text[index..<end].contains(46) {
                    while end + 3 < text.count || end + 4 == text.count, text[end] == 32, Bytes.isDigit(text[end + 1]),
                          Bytes.isDigit(text[end + 2]), Bytes.isDigit(text[end + 3]) {
                        let after = end + 4
                        // "Średnia wynosi 2 345,6.": a decimal comma (not a point: `2 500.5`) may end the last group.
                        if after + 1 < text.count, text[after] == 44, Bytes.isDigit(text[after + 1]), !(after + 3 < text.count
                            && Bytes.isDigit(text[after + 2]) && Bytes.isDigit(text[after + 3])) {
                            end = after + 1
                            while end < text.count, Bytes.isDigit(text[end]) { end += 1 }
                            spacedGroups = true
                            break
                        }
                        // Only before a word, a space, bold markers or a sentence's punctuation: not `2 100-gram`, `1 234/5`,
                        // `2 500.5`.
                        // "20 000/π": a group may stand over π.
                        let overPi = after + 2 < text.count && text[after] == 47 && text[after + 1] == 0xCF && text[after + 2] == 0x80
                        if after < text.count, !overPi, !(text[after] == 32 || text[after] == 10 || text[after] == 41 || text[after] == 37 || text[after] == 42
                            || (text[after] == 46 || text[after] == 44 || text[after] == 59 || text[after] == 58 || text[after] == 33
                                || text[after] == 63) && (after + 1 == text.count || !Bytes.isDigit(text[after + 1]))) { break }
                        end = after
                        spacedGroups = true
                    }
                }
                // A fraction `3/8` is one answer (not `3/8/2`, a date-like run).
                if end + 1 < text.count, text[end] == 47, Bytes.isDigit(text[end + 1]), !text[index..<end].contains(44) {
                    var denominator = end + 1
                    while denominator < text.count, Bytes.isDigit(text[denominator]) { denominator += 1 }
                    if denominator == text.count || !(text[denominator] == 47 || Bytes.isLetter(text[denominator]) || text[denominator] == 46
                                                      && denominator + 1 < text.count && Bytes.isDigit(text[denominator + 1])) {
                        end = denominator
                    }
                }
                // E-notation `1.5e3`, `2E-4` (digits after the `e`, no letter after them).
                if end + 1 < text.count, text[end] == 101 || text[end] == 69 {
                    var exponent = end + 1
                    if exponent < text.count, text[exponent] == 45 || text[exponent] == 43 { exponent += 1 }
                    let digits = exponent
                    while exponent < text.count, Bytes.isDigit(text[exponent]) { exponent += 1 }
                    if exponent > digits, exponent == text.count || !Bytes.isLetter(text[exponent]) { end = exponent }
                }
                // A vulgar fraction right after the digits makes a mixed number: `3¾`, `33⅓%`.
                if let width = vulgarFractionWidth(text, at: end) { end += width }
                // A ratio `3:4` is one answer.
                if end + 1 < text.count, text[end] == 58, Bytes.isDigit(text[end + 1]) {
                    end += 1
                    while end < text.count, Bytes.isDigit(text[end]) || text[end] == 46 && end + 1 < text.count && Bytes.isDigit(text[end + 1]) { end += 1 }
                    // A time of day keeps its am/pm: "2:30 PM" (verify reads either clock).
                    for marker in meridiemMarkers where Bytes.hasPrefixIgnoringCase(text, at: end, marker)
                        && (end + marker.count == text.count || !Bytes.isLetter(text[end + marker.count])) {
                        end += marker.count
                        break
                    }
                }
                var start = index
                // A mixed number `2 1/3`: the whole part before a fraction belongs to it.
                if end > index + 2, index >= 2, text[index - 1] == 32, Bytes.isDigit(text[index - 2]), text[index..<end].contains(47) {
                    var whole = index - 1
                    while whole > 0, Bytes.isDigit(text[whole - 1]) { whole -= 1 }
                    if whole == 0 || !(Bytes.isLetter(text[whole - 1]) || [44, 46, 47, 94, 95].contains(text[whole - 1])) { start = whole }
                }
                // A decimal written without its leading zero: "is .125", "$.50".
                var leadingPoint = false
                if start == index, start >= 1, text[start - 1] == 46, end == index || !text[index..<end].contains(46),
                   start == 1 || [32, 36, 10, 40, 45].contains(text[start - 2]) {
                    start -= 1
                    leadingPoint = true
                }
                // A minus sign, not a hyphen between numbers ("the familiar 5-12-13 right triangle").
                if start > 0, text[start - 1] == 45, start < 2 || !Bytes.isDigit(text[start - 2]) { start -= 1 }
                // "The result is negative 7.": the sign in words.
                var signWord = false
                if start == index, start >= 9, Bytes.hasPrefixIgnoringCase(text, at: start - 9, b("negative ")),
                   start == 9 || !Bytes.isLetter(text[start - 10]) {
                    start -= 9
                    signWord = true
                }
                // A Unicode minus sign `−7` (U+2212) is a minus sign.
                var unicodeMinus = false
                if start == index, start >= 3, text[start - 1] == 0x92, text[start - 2] == 0x88, text[start - 3] == 0xE2 {
                    start -= 3; unicodeMinus = true
                }
                var number = Array(text[start..<end])
                if unicodeMinus { number.replaceSubrange(0..<3, with: [45]) }
                if leadingPoint { number.insert(48, at: number.first == 45 ? 1 : 0) }
                if signWord { number.replaceSubrange(0..<9, with: [45]) }
                if bracedCommas { number.removeAll { $0 == 123 || $0 == 125 } }
                if spacedGroups { number.removeAll { $0 == 32 } }
                // A radical written in plain text (`3√13`, `4*sqrt(5)`, `4 times the square root of 3`) or a factorial in
                // words (`5 factorial`) is the value, not the number under it.
                if !spacedGroups, number.allSatisfy(Bytes.isDigit), let radical = plainRadical(text, start: start, end: end) {
                    best = radical
                    index = max(end, radical.end)
                    continue
                }
                if end < text.count, text[end] == 32, number.allSatisfy(Bytes.isDigit), Bytes.hasPrefixIgnoringCase(text, at: end, factorialWord),
                   end + 10 == text.count || !Bytes.isLetter(text[end + 10]) {
                    best = Segment(text: Bytes.string(number) + "!", start: start, end: end + 10)
                    index = end + 10
                    continue
                }
                // A European decimal comma such as 2,74 (one comma, one or two digits after it).
                if let comma = number.firstIndex(of: 44), number.filter({ $0 == 44 || $0 == 46 }).count == 1,
                   number.count - comma - 1 <= 2 { number[comma] = 46 }
                // A percent sign right after the number belongs to it (`12.5%` against gold `\frac18`).
                if end < text.count, text[end] == 37 { number.append(37) }
                else if end + 1 < text.count, text[end] == 92, text[end + 1] == 37 { number.append(37) }
                // "Olasılık: %35": Turkish writes the sign before the number.
                else if start > 0, text[start - 1] == 37, start == 1 || text[start - 2] == 32 || text[start - 2] == 10 { number.append(37) }
                else if Bytes.hasPrefixIgnoringCase(text, at: end, b(" percent")) || Bytes.hasPrefixIgnoringCase(text, at: end, b(" per cent")) {
                    number.append(37)   // `50 percent`
                }
                // "3 dozen eggs" is 36 eggs ("7 dozen." answers in dozens and stays 7).
                else if Bytes.hasPrefixIgnoringCase(text, at: end, b(" dozen ")), end + 7 < text.count, Bytes.isLetter(text[end + 7]),
                        number.allSatisfy(Bytes.isDigit), number.count <= 6, let count = Int(Bytes.string(number)) {
                    number = Array(String(count * 12).utf8)
                }
                // A scale word after the number belongs to it: "1.45 million dollars" (the normaliser reads `1.45 million`).
                else if end + 1 < text.count, text[end] == 32, let scale = scaleWords.first(where: { word in
                    Bytes.hasPrefixIgnoringCase(text, at: end + 1, word) && (end + 1 + word.count == text.count || !Bytes.isLetter(text[end + 1 + word.count]))
                }) {
                    number += [32] + scale
                }
                // "$40k left", "$1.5M": a dollar amount with the letter of thousands or millions.
                else if start > 0, text[start - 1] == 36, end < text.count, [75, 77, 107].contains(text[end]),
                        end + 1 == text.count || !Bytes.isLetter(text[end + 1]) {
                    number += text[end] == 77 ? b(" million") : b(" thousand")
                }
                best = Segment(text: Bytes.string(number), start: start, end: end)
                index = end
                continue
            }
            index += 1
        }
        return best
    }

    /// Scale words a number may carry, in the languages the normaliser reads them in ("1.5 million", "Rp1,5 juta"); not
    /// "mille", which is also the French mile ("à 1,25 mille de son point de départ").
    static let scaleWords: [[UInt8]] = Normalizer.scaleWords.map(\.word).filter { $0 != b("mille") }

    /// Whether the letters that end at `end` are a unit word written after a number and a space (`12 cm` in `12 cm^2`).
    static func isUnitAfterNumber(_ text: [UInt8], end: Int) -> Bool {
        var start = end
        while start > 0, Bytes.isLetter(text[start - 1]) { start -= 1 }
        // After the number's digits, or after the math that writes it (`$\frac{20000}{\pi}$ m^2`, `\(12\) cm^2`).
        guard start < end, start >= 2, text[start - 1] == 32,
              Bytes.isDigit(text[start - 2]) || text[start - 2] == 36 || start >= 3 && text[start - 3] == 92 && text[start - 2] == 41 else { return false }
        let word = text[start..<end].map(Bytes.lower)
        // `864 in^2`: "in" is a unit only with its power (this test runs only before one).
        return measureUnits.contains(word) || Normalizer.unitWordSet.contains(word) || Normalizer.poweredUnitWords.contains(Bytes.string(word))
    }
    static let radicalSign: [UInt8] = [0xE2, 0x88, 0x9A]   // √
    static let factorialWord = b(" factorial"), sqrtCall = b("sqrt("), sqrtCommand = b("\\sqrt{"), squareRootOf = b("square root of "),
               cubeRootOf = b("cube root of "), theWord = b("the ")
    static let radicalCoefficientJoins: [[UInt8]] = [" times the ", " times ", " * ", "*", "\u{00B7}", " ", ""].map(b)

    /// A radical around the digits at `start..<end` written in plain text: `√13`, `sqrt(5)`, `\sqrt{5}`, `the square root
    /// of 3`, `cube root of 9`, with a whole coefficient before it (`3√13`, `4*sqrt(5)`, `4 times the square root of 3`).
    /// Returned as LaTeX (`3\sqrt{13}`); nil when the digits are not under a radical.
    static func plainRadical(_ text: [UInt8], start: Int, end: Int) -> Segment? {
        // Cheap first test: what comes right before the digits can end one of the radical forms.
        guard start > 0, text[start - 1] == 0x9A || text[start - 1] == 40 || text[start - 1] == 123 || text[start - 1] == 32 else { return nil }
        var radicalStart = start
        var radicalEnd = end
        var index = ""
        if start >= 3, Bytes.hasPrefix(text, at: start - 3, radicalSign) {
            radicalStart = start - 3
        } else if start >= 5, end < text.count, text[end] == 41, Bytes.hasPrefixIgnoringCase(text, at: start - 5, sqrtCall) {
            radicalStart = start - 5; radicalEnd = end + 1
            if radicalStart > 0, text[radicalStart - 1] == 92 { radicalStart -= 1 }
        } else if start >= 6, end < text.count, text[end] == 125, Bytes.hasPrefix(text, at: start - 6, sqrtCommand) {
            radicalStart = start - 6; radicalEnd = end + 1
        } else if start >= 15, Bytes.hasPrefixIgnoringCase(text, at: start - 15, squareRootOf) {
            radicalStart = start - 15
            if radicalStart >= 4, Bytes.hasPrefixIgnoringCase(text, at: radicalStart - 4, theWord) { radicalStart -= 4 }
        } else if start >= 13, Bytes.hasPrefixIgnoringCase(text, at: start - 13, cubeRootOf) {
            radicalStart = start - 13; index = "[3]"
            if radicalStart >= 4, Bytes.hasPrefixIgnoringCase(text, at: radicalStart - 4, theWord) { radicalStart -= 4 }
        } else {
            return nil
        }
        guard radicalStart == 0 || !Bytes.isLetter(text[radicalStart - 1]) else { return nil }   // not `isqrt(5)`
        let radical = "\\sqrt\(index){" + Bytes.string(text[start..<end]) + "}"
        // A whole coefficient right before it: `3√13`, `4*sqrt(5)`, `4 times the square root of 3`.
        for join in radicalCoefficientJoins where radicalStart >= join.count + 1 && Bytes.hasPrefixIgnoringCase(text, at: radicalStart - join.count, join) {
            var digits = radicalStart - join.count
            guard Bytes.isDigit(text[digits - 1]) else { continue }
            while digits > 0, Bytes.isDigit(text[digits - 1]) { digits -= 1 }
            if digits > 0, Bytes.isLetter(text[digits - 1]) || text[digits - 1] == 46 || text[digits - 1] == 44 { break }
            if digits > 0, text[digits - 1] == 45 { digits -= 1 }
            return Segment(text: Bytes.string(text[digits..<(radicalStart - join.count)]) + radical, start: digits, end: radicalEnd)
        }
        return Segment(text: radical, start: radicalStart, end: radicalEnd)
    }

    /// A semicolon separates items where a comma is the decimal mark ("2; 3; 5 und 7").
    static let listJoiners: [[UInt8]] = [", and ", ", or ", ", ", " and ", " or ", "; "].map(b)
    /// "2, 4 y 8", "1, 2 et 3", "3, 5 und 7", "4, 6 en 8", "2, 3 e 5", "1, 2 и 4", "(3, 0) 或 (−3, 1)", "(1, 2) と (2, 1)",
    /// "x = 1 এবং x = −3", "(3, 0) na (−3, 1)": a list's last joiner in other languages (Bengali, Thai, Japanese, Swahili,
    /// Finnish, the Scandinavian languages and Greek among them).
    static let foreignListJoiners: [[UInt8]] = [" y ", " et ", " und ", " en ", " e ", " и ", " و ", " i ", " ve ", " dan ", " và ", " hoặc ",
                                                " 或 ", "或", " 和 ", "和", " 및 ", " 또는 ", " और ", " या ", " तथा ", " এবং ", " ও ",
                                                " และ ", " および ", " と ", " na ", " ja ", " och ", " og ", " και ", "、"].map(b)

    /// The words among them, with the space before them (" e", " na"), as they end the text before a list's next tuple.
    static let foreignListWords: [[UInt8]] = foreignListJoiners.filter { $0.first == 32 && $0.last == 32 }.map { Array($0.dropLast()) }
    /// `) e (`, `) na (`: those words between two tuples.
    static let foreignTupleJoins: [[UInt8]] = foreignListJoiners.filter { $0.first == 32 && $0.last == 32 }.map { [41] + $0 + [40] }

    /// The list joiners of English, then those of other languages, in the order they are tried.
    static let anyListJoiners = listJoiners + foreignListJoiners

    static let centSign = b("¢"), degreeSign = b("°")

    /// The plural "are" of German, French, Spanish, Portuguese, Italian, Polish, Dutch and Swedish, with the space before it.
    static let foreignPluralCopulas: [[UInt8]] = [" sind", " sont", " son", " são", " sono", " są", " zijn", " är"].map(b)

    /// Plain numbers listed up to the last one: "n can be 2, 3 or 5" → `2, 3, 5`. At least three numbers with a comma
    /// among the joiners (", ", ", and ", ", or ", " and ", " or ") or one word between each ("2 and 3 and 5"), so "3 and
    /// 5" or "8 hours and 6 hours" stay one number;
    /// two only after a plural "are", "be" or "either", after a colon when they close the response, or when each is set to
    /// one and the same name ("at t = 1.5 s and t = 2.5 s", also with a remark after each: "t = 2 s (going up)").
    static func numberList(_ text: [UInt8], last: Segment) -> String? {
        var items = [last.text]
        var cursor = last.start
        var sawComma = false, sawSemicolon = false
        var joinersSeen: Set<[UInt8]> = []
        // "6 cm, 8 cm, and 10 cm", "98¢ and 89¢", "40°, 60°, and 80°": the last number's unit may follow every number of the
        // list; "$12 and $13": a dollar sign may open each.
        if cursor > 0, text[cursor - 1] == 36 { cursor -= 1 }
        // "at t = 1.5 s and t = 2.5 s": every number set to one name in plain text.
        let name = nameSetBefore(text, at: cursor)
        // "… and t = 3 s (coming down).": a named value's unit may have a remark after it.
        let unitWord = measureUnitAfter(text, at: last.end) ?? (name != nil ? measureUnitBeforeRemark(text, at: last.end) : nil)
        let unit = unitWord.map { b(" " + $0) } ?? [centSign, degreeSign].first(where: { Bytes.hasPrefix(text, at: last.end, $0) })
        if let name { cursor = name.start }
        while true {
            guard let joiner = anyListJoiners.first(where: { cursor >= $0.count && Bytes.hasPrefix(text, at: cursor - $0.count, $0) })
            else { break }
            var start = cursor - joiner.count
            // "at t = 2 s (going up) and t = 3 s (coming down)": a remark in parentheses after a named value.
            if name != nil, start > 1, text[start - 1] == 41, let open = text[max(0, start - 40)..<(start - 1)].lastIndex(of: 40),
               open > 0, text[open - 1] == 32, !text[(open + 1)..<(start - 1)].contains(where: { $0 == 40 || Bytes.isDigit($0) }) {
                start = open - 1
            }
            if let unit, start >= unit.count, Bytes.hasPrefix(text, at: start - unit.count, unit) { start -= unit.count }
            let end = start
            // Digits, a decimal point, or a fraction bar between digits ("1, 1/2, and -3").
            while start > 0, Bytes.isDigit(text[start - 1])
                || (text[start - 1] == 46 || text[start - 1] == 47) && start > 1 && Bytes.isDigit(text[start - 2]) && start < end && Bytes.isDigit(text[start]) {
                start -= 1
            }
            if start > 0, text[start - 1] == 45 { start -= 1 }
            let opening = start > 0 && text[start - 1] == 36 ? start - 1 : start
            // "1、2、3": a number right after a joiner or word of another script opens an item too.
            guard start < end, Bytes.isDigit(text[end - 1]), opening == 0 || text[opening - 1] == 32 || text[opening - 1] == 58
                    || text[opening - 1] >= 0x80 else { break }
            var itemStart = opening
            if let name {
                guard let set = nameSetBefore(text, at: opening), set.letter == name.letter else { break }
                itemStart = set.start
            }
            if joiner.first == 44 || joiner.first == 59 { sawComma = true }
            joinersSeen.insert(joiner)
            if joiner.first == 59 { sawSemicolon = true }
            items.insert(Bytes.string(text[start..<end]), at: 0)
            cursor = itemStart
            if items.count > 64 { break }
        }
        if items.count >= 3 && sawComma || items.count >= 2 && name != nil { return items.joined(separator: ", ") }
        // "2 and 3 and 5", "۲ و ۳ و ۵": three or more numbers joined by one and the same word are a list too.
        if items.count >= 3 && joinersSeen.count == 1 { return items.joined(separator: ", ") }
        // "Цілі корені: −2; 1.": two numbers split by a semicolon right after a label's colon (where a comma would be a
        // decimal comma) are two answers.
        if items.count == 2, sawSemicolon, Bytes.trimSpaces(text[..<cursor]).last == 58 { return items.joined(separator: ", ") }
        // "The perimeter is 21 cm or 24 cm.", "the speeds are 40 km/h and 60 km/h": two values of one unit offered by "is …
        // or …" or listed after "are" are both answers (against a single gold the two still differ from it).
        if items.count == 2, unit != nil, cursor >= 5,
           joinersSeen == [b(" or ")] && Bytes.hasPrefixIgnoringCase(text, at: cursor - 4, b(" is "))
            || Bytes.hasPrefixIgnoringCase(text, at: cursor - 5, b(" are ")) {
            return items.joined(separator: ", ")
        }
        // Two numbers joined by "and"/"or" right after a plural "are" ("The two values are 69 and 84", "the roots are 2
        // or 5") are two answers; "8 hours and 6 hours" or "3 and 5 make 8" stay one number.
        // "either 36 or 48 inches": the unit both share may follow the last.
        if items.count == 2, unitWord != nil || !(Bytes.trimSpaces(text[last.end...]).first.map(Bytes.isLetter) ?? false) {
            var before = cursor
            while before > 0, text[before - 1] == 32 || text[before - 1] == 58 { before -= 1 }
            // "There are exactly two possible values: 2500 and 7500.": after a colon, closing the response (never in a check:
            // "Check: 2, 3").
            if text[before..<cursor].contains(58), text[last.end...].allSatisfy({ $0 == 46 || Bytes.isSpace($0) }),
               !inCheckSentence(text, at: cursor) {
                return items.joined(separator: ", ")
            }
            // Also after "be" or "either": "so k can be 2 or −2", "x is either 3 or 5"; and after the plural "are" of other
            // languages: "Die Nullstellen sind −2 und 1", "Les racines sont 2 et 5".
            // "The legs measure 12 and 5.": two lengths after "measure".
            if before >= 4, Bytes.hasPrefixIgnoringCase(text, at: before - 4, b(" are")) || Bytes.hasPrefixIgnoringCase(text, at: before - 3, b(" be"))
                || before >= 8 && Bytes.hasPrefixIgnoringCase(text, at: before - 8, b(" measure"))
                || before >= 7 && Bytes.hasPrefixIgnoringCase(text, at: before - 7, b(" either"))
                || foreignPluralCopulas.contains(where: { before >= $0.count && Bytes.hasPrefixIgnoringCase(text, at: before - $0.count, $0) }) {
                return items.joined(separator: ", ")
            }
        }
        return nil
    }

    /// The one-letter name set by "X = " (or "X=") right before `at`, after a space or the start, and where it starts.
    static func nameSetBefore(_ text: [UInt8], at: Int) -> (letter: UInt8, start: Int)? {
        var cursor = at
        while cursor > 0, text[cursor - 1] == 32 { cursor -= 1 }
        guard cursor > 0, text[cursor - 1] == 61 else { return nil }
        cursor -= 1
        while cursor > 0, text[cursor - 1] == 32 { cursor -= 1 }
        guard cursor > 0, Bytes.isLetter(text[cursor - 1]), cursor == 1 || text[cursor - 2] == 32 else { return nil }
        return (text[cursor - 1], cursor - 1)
    }

    /// The last multiple-choice letter written `(C)`, `\textbf{(C)}` or `C)`, or named as "option C", "choice C",
    /// "C is correct"; used when the gold is a choice letter and no answer marker was found.
    static func choiceLetter(_ text: String) -> Character? {
        var bytes = Array(text.utf8.suffix(maximumResponseBytes))
        // "故答案选 Ｄ。": full-width letters are the ASCII ones.
        if bytes.contains(0xEF) { rewriteFullWidthPunctuation(&bytes) }
        var best: (position: Int, letter: UInt8)?
        var index = bytes.count - 1
        while index >= 1 {
            let letter = bytes[index - 1]
            if bytes[index] == 41, (65...69).contains(letter) || (97...101).contains(letter), index < 2 || !Bytes.isLetter(bytes[index - 2]) {
                best = (index, letter)
                // "The correct option is (A), since (D) would require $x > 0$.": a letter in the reason after an earlier
                // choice in its sentence gives way to that choice.
                let start = sentenceStart(bytes, at: index)
                let sentence = Array(bytes[start..<index]).map(Bytes.lower)
                if let reason = reasonWords.compactMap({ Bytes.findLast(sentence, $0) }).max() {
                    var cursor = reason - 1
                    while cursor >= 2 {
                        if sentence[cursor] == 41, (97...101).contains(sentence[cursor - 1]), sentence[cursor - 2] == 40 {
                            best = (start + cursor, bytes[start + cursor - 1])
                            break
                        }
                        cursor -= 1
                    }
                }
                break
            }
            index -= 1
        }
        // A capital letter A–E standing alone, named by "option"/"choice" before it or "is correct" after it (a lower-case
        // one right after "option" or "choice").
        for position in bytes.indices.reversed() where position > (best?.position ?? -1) {
            let letter = bytes[position]
            guard (65...69).contains(letter) || (97...101).contains(letter), position == 0 || !Bytes.isLetter(bytes[position - 1]),
                  position + 1 == bytes.count || !Bytes.isLetter(bytes[position + 1]) else { continue }
            // A lower-case letter counts only right after "option" or "choice" ("I choose option d.", "The correct option is d.").
            if (97...101).contains(letter) {
                guard ["option ", "choice ", "option is ", "choice is ", "option: ", "choice: "].contains(where: { word in
                    position >= word.count && Bytes.hasPrefixIgnoringCase(bytes, at: position - word.count, b(word))
                }) else { continue }
                best = (position, letter)
                break
            }
            var before = position
            // "The correct option is **A**: …": bold marks around the letter too.
            while before > 0, bytes[before - 1] == 32 || bytes[before - 1] == 58 || bytes[before - 1] == 42 { before -= 1 }
            if before >= 2, Bytes.hasPrefixIgnoringCase(bytes, at: before - 2, b("is")) { before -= 2; while before > 0, bytes[before - 1] == 32 { before -= 1 } }
            let named = choiceWords.contains { word in before >= word.count && Bytes.hasPrefixIgnoringCase(bytes, at: before - word.count, word) }
            let judged = judgedWords.contains { Bytes.hasPrefixIgnoringCase(bytes, at: position + 1, $0) }
            if named || judged { best = (position, letter); break }
        }
        // A capital letter A–E standing alone as the last word of the response: "I'll go with B." Also after a list of
        // options whose last label the scan above found ("(E) 70 km/h ≈ 19.4 m/s⏎⏎The greatest is **D**.").
        if best == nil || best.map({ optionLabelOpensLine(bytes, closing: $0.position) }) == true,
           let last = bytes.lastIndex(where: { Bytes.isLetter($0) || Bytes.isDigit($0) }), (65...69).contains(bytes[last]),
           last == 0 || !(Bytes.isLetter(bytes[last - 1]) || Bytes.isDigit(bytes[last - 1]) || bytes[last - 1] == 92) {
            best = (last, bytes[last])
        }
        // A response that opens with a choice label, `A. Because …` or `C: the roots are real`, answers that choice.
        if best == nil, bytes.count >= 3, (65...69).contains(bytes[0]), bytes[1] == 46 || bytes[1] == 58, bytes[2] == 32 {
            best = (0, bytes[0])
        }
        // "I'd go with (A) or (C).", "A or C": two letters offered as alternatives choose neither.
        if let chosen = best {
            var at = bytes[chosen.position] == 41 ? chosen.position - 1 : chosen.position
            if at > 0, bytes[at - 1] == 40 { at -= 1 }
            if at >= 5, Bytes.hasPrefixIgnoringCase(bytes, at: at - 4, b(" or ")) {
                var other = at - 5
                if bytes[other] == 41, other > 0 { other -= 1 }
                if (65...69).contains(bytes[other] & ~0x20), other == 0 || !Bytes.isLetter(bytes[other - 1]), bytes[other] & ~0x20 != chosen.letter & ~0x20 {
                    return nil
                }
            }
        }
        return best.map { Character(Unicode.Scalar($0.letter & ~0x20)) }
    }

    /// Whether the `)` at `closing` ends an option's label that opens its line: `(E) 70 km/h` in a list of options.
    static func optionLabelOpensLine(_ bytes: [UInt8], closing: Int) -> Bool {
        guard closing >= 2, bytes[closing] == 41, bytes[closing - 2] == 40 else { return false }
        var before = closing - 2
        while before > 0, bytes[before - 1] == 32 || bytes[before - 1] == 45 || bytes[before - 1] == 42 { before -= 1 }
        return before == 0 || bytes[before - 1] == 10
    }

    static let choiceWords: [[UInt8]] = ["option", "choice", "choose", "chose", "select", "pick", "go with", "would be", "must be",
                                         // "la opción E: hipérbola", "вариант C": the same word in other languages.
                                         "opción", "opção", "opzione", "alternativa", "variante", "вариант", "seçenek", "pilihan",
                                         "đáp án", "odpowiedź",
                                         // "故答案选 D", "选项 B", "選 C".
                                         "选", "选项", "選", "選択肢"].map(b)
    /// Words after a capital letter that judge it the answer: "C is correct", "E is the answer".
    static let judgedWords: [[UInt8]] = [" is correct", " is the correct", " is the answer", " is the right", " is right"].map(b)
}
