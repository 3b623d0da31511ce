// Extraction's reading of numbers by the language a response is written in: in German, French, Spanish, Portuguese,
// Italian, Turkish, Vietnamese, Indonesian, Dutch, Polish, Russian or Scandinavian prose "10.000" is ten thousand and
// "2,375" is a decimal. Called once on the extracted answer.

extension AnswerExtractor {
    /// Words that mark prose in a language that writes decimal commas and groups thousands with dots. Words common in
    /// English math prose ("also", "total", "um") are left out; rarer ones ("die", "hat") count only beside another.
    static let decimalCommaWords: Set<[UInt8]> = Set([
        "und", "ist", "der", "die", "das", "den", "dem", "ein", "eine", "im", "hat", "durch", "von", "wir", "nicht", "für",
        "sind", "ergibt", "gilt", "bleiben", "antwort", "lösung", "insgesamt",
        "são", "também", "então", "resposta", "uma", "com", "para", "não", "em", "de", "ano",
        "la", "los", "las", "respuesta", "entonces", "tiene", "hay", "es", "el", "del", "por", "que", "se", "en", "cada", "más",
        "est", "les", "une", "donc", "réponse", "avec", "pour", "sont", "des",
        "è", "sono", "quindi", "risposta", "della", "che",
        "é", "após", "aproximadamente", "cerca", "valor", "di", "il", "del", "dei", "delle", "totale",
        "sonuç", "cevap", "için", "olan", "bir", "adım", "sayı", "toplam",
        "có", "là", "số", "vậy", "các", "và", "của", "được",
        "jadi", "adalah", "yang", "untuk", "dengan", "selama", "totalnya", "jumlah", "jawaban", "jawabannya", "maka", "sehingga",
        "het", "een", "dus", "zijn", "wordt", "worden", "antwoord", "kans", "totaal", "niet", "elke", "keer", "bij",
        "jest", "więc", "odpowiedź", "wynosi", "wynik", "razem", "oraz",
        "ответ", "это", "равно", "итого", "поэтому", "всего",
        "och", "är", "svar", "svaret", "alltså", "og", "derfor", "blir",
    ].map(b))

    /// Whether the response's prose is in one of those languages: at least two distinct marker words, and more of them
    /// than there are of a few English ones ("the", "is", "and", "of").
    static func writesDecimalCommas(_ text: [UInt8]) -> Bool {
        let counts = localeWordCounts(text)
        return counts.marked >= 2 && counts.marked > counts.english
    }

    /// The English words that count against those languages.
    static let englishMarkers: [[UInt8]] = ["the", "is", "and", "of"].map(b)

    /// The first bytes of the marker words and of the English ones (all lower case).
    static let markerFirstBytes: ByteSet = {
        var set = ByteSet()
        for word in decimalCommaWords.union(englishMarkers) { set.insert(word[0]) }
        return set
    }()

    /// How many distinct marker words of those languages the text holds, and how many of the English ones.
    static func localeWordCounts(_ text: [UInt8]) -> (marked: Int, english: Int) {
        var found = Set<[UInt8]>()
        var english = 0
        var index = 0
        while index < text.count {
            guard Bytes.isLetter(text[index]) || text[index] >= 0xC3 else { index += 1; continue }
            var end = index
            while end < text.count, Bytes.isLetter(text[end]) || text[end] >= 0x80 { end += 1 }
            // A word of more than 16 bytes (the longest marker word, "aproximadamente", has 15), or whose first byte starts
            // no marker word, is neither kind (and is not copied).
            if end - index <= 16, markerFirstBytes.contains(Bytes.lower(text[index])) {
                let word = text[index..<end].map(Bytes.lower)
                if decimalCommaWords.contains(word) { found.insert(word) }
                else if englishMarkers.contains(word) { english += 1 }
            }
            index = end
        }
        return (found.count, english)
    }

    /// "Quindi servono 1.500 litri d'acqua.": a whole number grouped with thousands dots whose last group ends in 0 (no
    /// English decimal is written "1.500"), in prose with a marker word of those languages and no English one.
    /// A unit word after the number ("2.000 Kalorien") does not change how the number is read.
    static func looksDottedInLocale(_ answer: [UInt8], in text: [UInt8]) -> Bool {
        var answer = answer
        if let space = answer.firstIndex(of: 32), space >= 5, answer.count - space <= 16,
           answer[(space + 1)...].allSatisfy({ Bytes.isLetter($0) || $0 >= 0x80 || $0 == 32 }) {
            answer = Array(answer[..<space])
        }
        guard answer.count >= 5, answer.count <= 15, let firstDot = answer.firstIndex(of: 46), (1...3).contains(firstDot), answer.last == 48 else { return false }
        let groups = answer[firstDot...].split(separator: 46, omittingEmptySubsequences: false).dropFirst()
        guard answer[..<firstDot].allSatisfy(Bytes.isDigit), groups.allSatisfy({ $0.count == 3 && $0.allSatisfy(Bytes.isDigit) }) else { return false }
        let counts = localeWordCounts(text)
        return counts.marked >= 1 && counts.english == 0
    }

    /// Whether the response writes at least two numbers with dots before groups of exactly three digits ("Kosten: 80.000 $
    /// + 50.000 $ = 130.000 $") and no number whose dot stands before anything else (`1.5`, `0.125`): its dots group
    /// thousands, whatever its words.
    static func groupsThousandsWithDots(_ text: [UInt8]) -> Bool {
        guard text.count <= 20_000 else { return false }
        var dotted = Set<[UInt8]>()
        var index = 0
        while index < text.count {
            guard Bytes.isDigit(text[index]), index == 0 || !(Bytes.isDigit(text[index - 1]) || text[index - 1] == 46 || text[index - 1] == 44) else {
                index += 1
                continue
            }
            var end = index
            while end < text.count, Bytes.isDigit(text[end]) || text[end] == 46 && end + 1 < text.count && Bytes.isDigit(text[end + 1]) { end += 1 }
            let number = text[index..<end]
            if let dot = number.firstIndex(of: 46) {
                let groups = number[(dot + 1)...].split(separator: 46, omittingEmptySubsequences: false)
                guard dot - index <= 3, number.first != 48, groups.allSatisfy({ $0.count == 3 }) else { return false }
                dotted.insert(Array(number))
            }
            index = end
        }
        return dotted.count >= 2
    }

    /// Whether an answer holds a number a locale could read two ways: digits, `.` or `,`, digits.
    static func hasLocaleNumber(_ answer: [UInt8]) -> Bool {
        guard answer.count >= 3 else { return false }
        if Bytes.contains(answer, decimalCommaBraced) { return true }
        for index in 1..<(answer.count - 1) where (answer[index] == 46 || answer[index] == 44) && Bytes.isDigit(answer[index - 1]) && Bytes.isDigit(answer[index + 1]) {
            return true
        }
        return false
    }

    /// The answer's numbers as English writes them: a dot before exactly three digits groups thousands (`10.000` →
    /// `10000`), a comma between digits is a decimal point (`2,375` → `2.375`, `2{,}5` → `2.5`), `\mid` between coordinates is a comma
    /// (`S(1,5 \mid -2)` → `S(1.5 , -2)`), and a leading `R$`, `US$` or `Rp` goes.
    static func readDecimalCommas(_ answer: [UInt8]) -> [UInt8] {
        // `2{,}5`: LaTeX's braced comma, the decimal comma of German typesetting.
        var answer = answer
        Bytes.replaceAll(&answer, decimalCommaBraced, with: [44])
        var out: [UInt8] = []
        out.reserveCapacity(answer.count)
        let separators = pairSeparatorCommas(answer)
        var index = 0
        while index < answer.count {
            if separators.contains(index) { out.append(44); index += 1; continue }
            let byte = answer[index]
            let between = index > 0 && index + 1 < answer.count && Bytes.isDigit(answer[index - 1]) && Bytes.isDigit(answer[index + 1])
            if byte == 46, between {
                var digits = index + 1
                while digits < answer.count, Bytes.isDigit(answer[digits]) { digits += 1 }
                if digits - index - 1 == 3 { index += 1; continue }   // a thousands dot
            }
            if byte == 44, between { out.append(46); index += 1; continue }
            out.append(byte)
            index += 1
        }
        Bytes.replaceAll(&out, b("\\mid"), with: [44])
        if Bytes.hasPrefix(out, at: 0, b("R$")) { out.removeFirst(2) }
        if Bytes.hasPrefix(out, at: 0, b("US$")) { out.removeFirst(3) }   // "Resposta: US$ 18,90"
        // "Jawaban: Rp1.250.000": the rupiah's letters before the digits.
        if Bytes.hasPrefix(out, at: 0, b("Rp")), out.count > 2, Bytes.isDigit(out[2]) || out[2] == 32 { out = Array(Bytes.trimSpaces(out.dropFirst(2))) }
        return out
    }

    static let decimalCommaBraced: [UInt8] = b("{,}")

    /// The commas that separate the coordinates of a bracketed pair or tuple (`$(1,2)$ y $(2,1)$`) rather than mark a
    /// decimal: every comma inside `(…)` or `[…]` that holds only numbers, commas and spaces. A decimal-comma writer
    /// separates coordinates with `;`, `|` or `\mid` (`(1,5; 2)`, `S(1,5 \mid -2)`), which this leaves alone.
    static func pairSeparatorCommas(_ answer: [UInt8]) -> Set<Int> {
        var commas = Set<Int>()
        var index = 0
        while index < answer.count {
            guard answer[index] == 40 || answer[index] == 91 else { index += 1; continue }
            let closer: UInt8 = answer[index] == 40 ? 41 : 93
            var end = index + 1
            while end < answer.count, answer[end] != closer, answer[end] != 40, answer[end] != 91 { end += 1 }
            guard end < answer.count, answer[end] == closer else { index += 1; continue }
            let inside = answer[(index + 1)..<end]
            if inside.allSatisfy({ Bytes.isDigit($0) || $0 == 44 || $0 == 32 || $0 == 45 || $0 == 46 }) {
                // `(0,5, 1,5)`: when some commas are followed by a space and some not, the spaced ones separate and the
                // others are decimal commas.
                let spaced = ((index + 1)..<end).filter { answer[$0] == 44 && $0 + 1 < end && answer[$0 + 1] == 32 }
                let all = ((index + 1)..<end).filter { answer[$0] == 44 }
                commas.formUnion(spaced.isEmpty ? all : spaced)
            }
            index = end + 1
        }
        return commas
    }

    /// An answer grouped with thousands dots ("1.200") that the response computed without them ("… = 1200"): the
    /// undotted number, whatever language the prose is in. Nil otherwise.
    static func dottedThousands(_ answer: String, in text: [UInt8]) -> String? {
        let bytes = Array(answer.utf8)
        guard bytes.count >= 5, bytes.count <= 15, let firstDot = bytes.firstIndex(of: 46), (1...3).contains(firstDot) else { return nil }
        let groups = bytes[firstDot...].split(separator: 46, omittingEmptySubsequences: false).dropFirst()
        guard bytes[..<firstDot].allSatisfy(Bytes.isDigit), groups.allSatisfy({ $0.count == 3 && $0.allSatisfy(Bytes.isDigit) }) else { return nil }
        let plain = bytes.filter { $0 != 46 }
        // "4 × 5 × 60 € = 1.200 €", "R$ 1.200", "Rp2.000.000": an amount written with the euro sign after it or the real
        // or rupiah sign before it is written the way continental Europe, Brazil and Indonesia group thousands.
        for marked in [bytes + b(" €"), bytes + b("€"), bytes + b("$ €"), b("R$ ") + bytes, b("R$") + bytes, b("Rp") + bytes, b("Rp ") + bytes]
        where Bytes.find(text, marked) != nil {
            return Bytes.string(plain)
        }
        var from = 0
        while let at = Bytes.find(text, plain, from: from) {
            let end = at + plain.count
            let before = at == 0 || !(Bytes.isDigit(text[at - 1]) || text[at - 1] == 46 || text[at - 1] == 44)
            let after = end == text.count || !(Bytes.isDigit(text[end]) || (text[end] == 46 || text[end] == 44) && end + 1 < text.count && Bytes.isDigit(text[end + 1]))
            var previous = at
            while previous > 0, text[previous - 1] == 32 || text[previous - 1] == 36 { previous -= 1 }
            if before && after, previous > 0, text[previous - 1] == 61 { return Bytes.string(plain) }
            from = at + 1
        }
        return nil
    }

    /// Thousands marks between digits that the number readers do not know: a no-break or thin space (`12 345`, U+00A0,
    /// U+202F, U+2009) becomes a space, a Swiss apostrophe before exactly three digits (`1'250`, also `’`) goes. The same
    /// spaces between a number and its percent sign (French `60 %`) become a space too.
    static func rewriteThousandsMarks(_ text: inout [UInt8]) {
        var out: [UInt8]?   // allocated at the first mark, so a text without one is not copied
        var index = 0
        func threeDigitsAt(_ at: Int) -> Bool {
            at + 2 < text.count && text[at...(at + 2)].allSatisfy(Bytes.isDigit) && (at + 3 == text.count || !Bytes.isDigit(text[at + 3]))
        }
        func skip(_ width: Int, replacement: UInt8?) {
            if out == nil { out = Array(text[..<index]) }
            if let replacement { out!.append(replacement) }
            index += width
        }
        while index < text.count {
            let byte = text[index]
            if byte == 0xC2 || byte == 0xE2 || byte == 39, index > 0, Bytes.isDigit(text[index - 1]) {
                if byte == 0xC2, index + 2 < text.count, text[index + 1] == 0xA0, Bytes.isDigit(text[index + 2]) || text[index + 2] == 37 {
                    skip(2, replacement: 32); continue
                }
                if byte == 0xE2, index + 3 < text.count, text[index + 1] == 0x80 {
                    let third = text[index + 2]
                    if third == 0x99, threeDigitsAt(index + 3) { skip(3, replacement: nil); continue }
                    if third == 0xAF || third == 0x89, Bytes.isDigit(text[index + 3]) || text[index + 3] == 37 { skip(3, replacement: 32); continue }
                }
                if byte == 39, threeDigitsAt(index + 1) { skip(1, replacement: nil); continue }
            }
            out?.append(byte)
            index += 1
        }
        if let out { text = out }
    }

    /// Whether an answer is a number grouped the Indian way (`1,20,000`, `12,34,567`): one or two digits, pairs, then
    /// three digits.
    static func isIndianGrouping(_ answer: [UInt8]) -> Bool {
        let groups = answer.split(separator: 44, omittingEmptySubsequences: false)
        guard groups.count >= 3, let first = groups.first, let last = groups.last, (1...2).contains(first.count), last.count == 3 else { return false }
        return groups.allSatisfy { $0.allSatisfy(Bytes.isDigit) } && groups.dropFirst().dropLast().allSatisfy { $0.count == 2 }
    }
}
