// Number words: English cardinals ("seven", "twenty-four", "one hundred five", "zero") and fractions ("three eighths",
// "two-thirds", "one half", "a dozen", "half of") read as their value, single number words of French, Spanish,
// German, Portuguese and Italian ("douze"), and numbers of several words in French, Spanish, Italian and Portuguese
// ("quatre mille quatre cent quatre-vingt-quinze"). No ordinals, no "a half", no decimals in words.

/// Reads English cardinal numbers written as words, as answers to word problems often are ("there are seven ways").
/// Only whole numbers below a trillion; "a", "and" between parts ("one hundred and five"), hyphens and spaces.
enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Int] = ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000]

    /// Denominators of fractions in words: "three eighths", "two-thirds", "one half".
    static let denominators: [String: Int] = [
        "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "eleventh": 11, "elevenths": 11, "twelfth": 12, "twelfths": 12,
        "thirteenth": 13, "thirteenths": 13, "fourteenth": 14, "fourteenths": 14, "fifteenth": 15, "fifteenths": 15,
        "sixteenth": 16, "sixteenths": 16, "seventeenth": 17, "seventeenths": 17, "eighteenth": 18, "eighteenths": 18,
        "nineteenth": 19, "nineteenths": 19, "twentieth": 20, "twentieths": 20, "hundredth": 100, "hundredths": 100,
    ]

    /// A hyphenated fraction such as `three-eighths` or `one-half` (lower-cased, no punctuation), as `3/8`; nil otherwise.
    static func hyphenatedFraction(_ core: String) -> String? {
        guard core.contains("-") else { return nil }
        var parts = core.split(separator: "-")
        guard parts.count >= 2, let denominator = denominators[String(parts.removeLast())],
              let numerator = value(of: parts), isNumerator(numerator, of: denominator) else { return nil }
        return "\(numerator)/\(denominator)"
    }

    /// Whether `numerator` before a denominator word makes a fraction, not an ordinal: "twenty-fourth" and "one hundred
    /// fifth" are ordinals, "three eighths" a fraction; only "one half" (never "two halves", pieces).
    static func isNumerator(_ numerator: Int, of denominator: Int) -> Bool {
        numerator > 0 && (numerator < 20 || numerator % 10 != 0 || denominator >= 100) && (denominator != 2 || numerator == 1)
    }

    /// Whether a lower-cased word is part of a number written in words.
    static func isNumberWord(_ word: Substring) -> Bool { units[String(word)] != nil || scales[String(word)] != nil }

    /// The value of words such as `["twenty", "four"]` or `["one", "hundred", "and", "five"]`; nil when they are not one
    /// well-formed number (`"two three"`, a scale first, a dangling "and").
    static func value<S: Sequence>(of words: S) -> Int? where S.Element == Substring {
        var total = 0, current = 0
        var sawDigitWord = false, lastWasUnit = false, lastUnit = 0, pendingAnd = false
        for word in words {
            if word == "and" {
                guard sawDigitWord, !pendingAnd else { return nil }
                pendingAnd = true
                continue
            }
            if let unit = units[String(word)] {
                // "twenty four" is one number; "four twenty" and "two three" are not.
                if lastWasUnit, !(lastUnit >= 20 && lastUnit % 10 == 0 && unit < 10 && unit > 0) { return nil }
                if unit == 0, sawDigitWord { return nil }
                current += unit
                lastWasUnit = true
                lastUnit = unit
                sawDigitWord = true
            } else if let scale = scales[String(word)] {
                guard sawDigitWord, !pendingAnd else { return nil }
                if scale == 100 {
                    guard current > 0, current < 100 else { return nil }
                    current *= 100
                } else {
                    guard current > 0 else { return nil }
                    total += current * scale
                    current = 0
                }
                lastWasUnit = false
            } else {
                return nil
            }
            pendingAnd = false
        }
        guard sawDigitWord, !pendingAnd else { return nil }
        return total + current
    }

    /// The words of a lower-cased text split at spaces and hyphens ("twenty-four" → twenty, four).
    static func words(_ text: String) -> [Substring] {
        text.split { $0 == " " || $0 == "-" }
    }

    /// The whole text as one number in words (`Twenty-four`, `one hundred and five`), or nil.
    static func wholeValue(_ text: String) -> Int? {
        let lowered = text.lowercased()
        guard lowered.allSatisfy({ $0 == " " || $0 == "-" || ($0 >= "a" && $0 <= "z") }) else { return nil }
        return value(of: words(lowered))
    }

    /// Rewrites every run of number words in `text` as digits (`seven ways` → `7 ways`); nil when there is none.
    /// "one" alone is a pronoun, not a number, after a determiner ("the correct one", "each one") or before "of",
    /// "that", "is", "half" … ("one of them", "one half"), unless stated ("is one"); it stays then.
    static func rewritten(_ text: String) -> String? {
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false)
        var output: [String] = []
        var changed = false
        var index = 0
        while index < tokens.count {
            // "a dozen" is 12, "half a dozen" 6; "half of her money" is 1/2 of it.
            let lowered = splitPunctuation(tokens[index]).core.lowercased()
            if lowered == "a" || lowered == "half", index + 1 < tokens.count {
                let (next, nextTrailing) = splitPunctuation(tokens[index + 1])
                if lowered == "a", next.lowercased() == "dozen" {
                    output.append("12" + nextTrailing); changed = true; index += 2; continue
                }
                if lowered == "half", next.lowercased() == "a", index + 2 < tokens.count,
                   case let (third, thirdTrailing) = splitPunctuation(tokens[index + 2]), third.lowercased() == "dozen" {
                    output.append("6" + thirdTrailing); changed = true; index += 3; continue
                }
                let previous = index > 0 ? tokens[index - 1].lowercased() : ""
                if lowered == "half", splitPunctuation(tokens[index]).trailing.isEmpty, next.lowercased() == "of", nextTrailing.isEmpty,
                   previous != "a", previous != "and", value(of: [Substring(previous)]) == nil {
                    output.append("1/2"); changed = true; index += 1; continue
                }
            }
            // "three-eighths", "one-half": one token.
            if tokens[index].utf8.contains(45), case let (firstCore, firstTrailing) = splitPunctuation(tokens[index]),
               let fraction = hyphenatedFraction(firstCore.lowercased()) {
                output.append(fraction + firstTrailing)
                changed = true
                index += 1
                continue
            }
            var end = index
            var best: (end: Int, value: Int, trailing: String)?
            while end < tokens.count {
                let (core, trailing) = splitPunctuation(tokens[end])
                let lowered = core.lowercased()
                let parts = lowered.split(separator: "-")
                guard !parts.isEmpty, parts.allSatisfy({ isNumberWord($0) || $0 == "and" }) else { break }
                let run = tokens[index...end].map { splitPunctuation($0).core.lowercased() }.joined(separator: " ")
                if let value = value(of: words(run)) { best = (end, value, trailing) }
                if !trailing.isEmpty { break }
                end += 1
            }
            // "three eighths", "one half": a number and a denominator word after it that ends the clause or is followed
            // by "of" ("three quarters of an hour"); "two quarters and a dime" are coins.
            if let found = best, found.trailing.isEmpty, found.end + 1 < tokens.count {
                let (core, trailing) = splitPunctuation(tokens[found.end + 1])
                let closes = !trailing.isEmpty || found.end + 2 == tokens.count || tokens[found.end + 2].lowercased() == "of"
                if closes, let denominator = denominators[core.lowercased()], isNumerator(found.value, of: denominator) {
                    output.append("\(found.value)/\(denominator)" + trailing)
                    changed = true
                    index = found.end + 2
                    continue
                }
            }
            // "three dozen eggs" is 36 eggs; "7 dozen." at the end of a clause answers in dozens and stays.
            if let found = best, found.trailing.isEmpty, found.end + 2 < tokens.count,
               case let (core, trailing) = splitPunctuation(tokens[found.end + 1]), core.lowercased() == "dozen", trailing.isEmpty,
               tokens[found.end + 2].first?.isLetter == true {
                output.append(String(found.value * 12))
                changed = true
                index = found.end + 2
                continue
            }
            if let found = best {
                let single = found.end == index ? splitPunctuation(tokens[index]).core.lowercased() : ""
                let previous = index > 0 ? tokens[index - 1].lowercased() : ""
                let next = found.end + 1 < tokens.count ? tokens[found.end + 1].lowercased() : ""
                let pronoun = single == "one" && !statingWords.contains(previous)
                    && (pronounBefore.contains(previous) || found.trailing.isEmpty && pronounAfter.contains(next))
                if !pronoun {
                    // "two and a half" is 2.5.
                    if found.trailing.isEmpty, found.end + 3 < tokens.count,
                       tokens[found.end + 1].lowercased() == "and", tokens[found.end + 2].lowercased() == "a",
                       splitPunctuation(tokens[found.end + 3]).core.lowercased() == "half" {
                        output.append(String(found.value) + ".5" + splitPunctuation(tokens[found.end + 3]).trailing)
                        changed = true
                        index = found.end + 4
                        continue
                    }
                    output.append(String(found.value) + found.trailing)
                    changed = true
                    index = found.end + 1
                    continue
                }
            }
            output.append(String(tokens[index]))
            index += 1
        }
        return changed ? output.joined(separator: " ") : nil
    }

    /// Words before a lone "one" that make it a pronoun ("the correct one", "each one") or that state it ("is one").
    static let pronounBefore: Set<String> = ["no", "each", "every", "any", "which", "this", "that", "the", "correct",
                                             "right", "other", "same", "such", "last", "first", "another", "wrong", "true"]
    static let statingWords: Set<String> = ["is", "are", "was", "were", "be", "equals", "="]
    /// Words after a lone "one" that make it a pronoun or a fraction's numerator ("one of", "one that", "one half").
    static let pronounAfter: Set<String> = ["of", "another", "that", "which", "who", "is", "was", "works", "half", "third",
                                            "quarter", "fourth", "fifth", "sixth", "eighth", "tenth", "can", "could", "would",
                                            "must", "should", "has", "does"]

    /// A token's letters and hyphens, and the punctuation after them (`seven.` → `seven`, `.`).
    static func splitPunctuation(_ token: Substring) -> (core: Substring, trailing: String) {
        var end = token.endIndex
        while end > token.startIndex, let scalar = token[token.index(before: end)].asciiValue,
              scalar == 46 || scalar == 44 || scalar == 59 || scalar == 58 || scalar == 33 || scalar == 63 {
            end = token.index(before: end)
        }
        return (token[..<end], String(token[end...]))
    }

    /// Number words of French, Spanish, German, Portuguese, Italian, Polish, Russian, Ukrainian, Dutch, Turkish, Indonesian,
    /// Arabic, Hebrew, Hindi, Czech, Slovak, Swedish, Finnish, Hungarian, Romanian and Greek with their values, and Korean native numbers to 59 (words that are also English words, such as Spanish
    /// "once" or Turkish "on", are left out).
    static let foreignWords: [String: Int] = {
        var table: [String: Int] = [:]
        let lists: [[String]] = [
            ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze",
             "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"],
            ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "", "doce", "trece", "catorce",
             "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte"],
            ["", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn",
             "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig"],
            ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "catorze",
             "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte"],
            ["", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "tredici",
             "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti"],
            ["", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć", "dziesięć", "jedenaście",
             "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście",
             "dwadzieścia"],
            ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать",
             "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
             "девятнадцать", "двадцать"],
            ["nul", "een", "twee", "drie", "", "vijf", "zes", "zeven", "", "negen", "tien", "", "twaalf", "dertien", "veertien",
             "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"],
            ["нуль", "", "", "", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять", "десять"],
            ["אפס", "אחד", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר"],
            ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"],
            ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"],
            ["صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"],
            ["शून्य", "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ", "दस", "ग्यारह", "बारह", "तेरह", "चौदह",
             "पंद्रह", "सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस"],
            // Czech, Slovak, Swedish, Finnish, Hungarian and Romanian ("hat", "opt", "sex", "en" are English words).
            ["nula", "jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět", "deset", "jedenáct", "dvanáct", "třináct",
             "čtrnáct", "patnáct", "šestnáct", "sedmnáct", "osmnáct", "devatenáct", "dvacet"],
            ["", "", "dve", "tri", "štyri", "päť", "šesť", "sedem", "osem", "deväť", "desať", "jedenásť", "dvanásť", "trinásť",
             "štrnásť", "pätnásť", "šestnásť", "sedemnásť", "osemnásť", "devätnásť", "dvadsať"],
            ["noll", "ett", "två", "tre", "fyra", "fem", "", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton",
             "femton", "sexton", "sjutton", "arton", "nitton", "tjugo"],
            ["nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen"],
            ["nulla", "egy", "kettő", "három", "négy", "öt", "", "hét", "nyolc", "kilenc", "tíz"],
            ["", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "", "nouă", "zece"],
            ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "επτά", "οκτώ", "εννέα", "δέκα", "έντεκα", "δώδεκα", "δεκατρία",
             "δεκατέσσερα", "δεκαπέντε", "δεκαέξι", "δεκαεπτά", "δεκαοκτώ", "δεκαεννέα", "είκοσι"],
        ]
        for list in lists { for (value, word) in list.enumerated() where !word.isEmpty { table[word] = value } }
        for (word, value) in [("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60), ("cent", 100), ("mille", 1000),
                              ("treinta", 30), ("cuarenta", 40), ("cincuenta", 50), ("cien", 100), ("mil", 1000),
                              ("dreißig", 30), ("vierzig", 40), ("fünfzig", 50), ("hundert", 100), ("tausend", 1000),
                              ("trinta", 30), ("quarenta", 40), ("cinquenta", 50), ("cem", 100),
                              ("trenta", 30), ("quaranta", 40), ("cinquanta", 50), ("cento", 100),
                              ("yirmi", 20), ("otuz", 30), ("kırk", 40), ("elli", 50), ("yüz", 100),
                              ("тридцать", 30), ("сорок", 40), ("пятьдесят", 50), ("сто", 100), ("тысяча", 1000)] { table[word] = value }
        // Korean native numbers: a tens word, then a units word written on (`스물넷` is 24).
        let koreanUnits = ["하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"]
        for (tens, value) in [("", 0), ("열", 10), ("스물", 20), ("서른", 30), ("마흔", 40), ("쉰", 50)] {
            if !tens.isEmpty { table[tens] = value }
            for (index, unit) in koreanUnits.enumerated() { table[tens + unit] = value + index + 1 }
        }
        table["스무"] = 20
        // Greek spellings of 7 to 9 beside the table's; Arabic teens and twenty, written as two words ("خمسة عشر" is 15).
        for (word, value) in [("εφτά", 7), ("οχτώ", 8), ("εννιά", 9), ("أحد عشر", 11), ("اثنا عشر", 12), ("اثني عشر", 12), ("ثلاثة عشر", 13), ("أربعة عشر", 14), ("خمسة عشر", 15),
                              ("ستة عشر", 16), ("سبعة عشر", 17), ("ثمانية عشر", 18), ("تسعة عشر", 19), ("عشرون", 20), ("عشرين", 20)] {
            table[word] = value
        }
        return table
    }()

    /// The digits of an answer that is one number word of another language ("douze", "Zwölf."); nil otherwise.
    static func foreignWordValue(_ answer: String) -> String? {
        // Cheap first test, before trimming and lower-casing: no table word is this long or holds a digit, a backslash or
        // a dollar sign.
        // "huit tiers, soit environ 2,67": a clause after the comma restates the value.
        let answer = answer.firstIndex(of: ",").map { String(answer[..<$0]) } ?? answer
        guard answer.utf8.count <= 64, !answer.utf8.contains(where: { Bytes.isDigit($0) || $0 == 92 || $0 == 36 }) else { return nil }
        var word = FoundationText.trimmingWhitespace(answer, newlines: false)
        while word.hasSuffix(".") || word.hasSuffix("!") { word.removeLast() }
        // "dois terços", "huit tiers", "drei Viertel", "две третьих": a number word and a denominator word.
        let words = word.lowercased().split(separator: " ")
        if words.count == 2, let numerator = foreignWords[String(words[0])] ?? (["un", "um", "una", "une", "ein", "eine"].contains(words[0]) ? 1 : nil),
           let denominator = denominatorWords[String(words[1])] {
            return "\(numerator)/\(denominator)"
        }
        // "خمسة عشر", "خمسة عشر كتابًا": a number of two words, alone or with the noun it counts.
        if words.count == 2 || words.count == 3, let value = foreignWords[words[0] + " " + words[1]],
           words.count == 2 || words[2].count >= 3 && words[2].allSatisfy(\.isLetter) {
            return String(value)
        }
        // "세 개", "두 명": a Korean native number before its counter takes a short form.
        if words.count == 2, let value = koreanDeterminers[String(words[0])], koreanCounters.contains(String(words[1])) { return String(value) }
        if let value = compoundForeignValue(words) { return String(value) }
        if let value = foreignCardinal(words) { return String(value) }
        // "quatorze billes", "doce manzanas": a number word and the noun it counts.
        if words.count == 2, denominatorWords[String(words[1])] == nil, foreignWords[String(words[1])] == nil,
           let value = foreignWords[String(words[0])], words[1].count >= 3, words[1].allSatisfy(\.isLetter) {
            return String(value)
        }
        var half = false
        if let suffix = andAHalfWords.first(where: { word.lowercased().hasSuffix($0) }) {
            word = String(word.dropLast(suffix.count))
            half = true
        }
        if !half, words.count >= 3, let value = soleNumberWord(words) { return String(value) }
        guard !word.isEmpty, word.utf8.count <= 40, !FoundationText.contains(word, " ") else { return nil }   // "девятнадцать" has 24 bytes
        if !half, let value = sinoKoreanValue(word) { return String(value) }
        return (foreignWords[word.lowercased()] ?? germanicCompound(word.lowercased())).map { half ? "\($0).5" : String($0) }
    }

    /// The one number word of a short answer sentence in German, Dutch, Spanish, French, Italian or Portuguese, every
    /// other word plain letters: "Es bleiben zwölf Katzen auf dem Felsen", "quedan doce gatos", "Sarah hat
    /// siebenundzwanzig Stifte". Nil when there is no such word or more than one, or a word makes the number a bound, a
    /// denial or a hedge ("mehr als zwölf", "no doce", "zwölf oder dreizehn"). Only the words of `soleWordValues` and
    /// German and Dutch compounds count: other languages' tens are missing from the tables, so in "trzydzieści sześć" the
    /// six would be read alone.
    static func soleNumberWord(_ words: [Substring]) -> Int? {
        guard words.count <= 10 else { return nil }
        var found: Int?
        for raw in words {
            let word = splitPunctuation(raw).core
            guard !word.isEmpty, word.allSatisfy(\.isLetter), !foreignBoundWords.contains(word) else { return nil }
            guard let value = soleWordValues[String(word)] ?? germanicCompound(String(word)) else { continue }
            if found != nil { return nil }
            found = value
        }
        return found
    }

    /// Words of other languages that make a number a bound, a denial or a hedge: "more", "less", "at least", "not", "no",
    /// "or".
    static let foreignBoundWords: Set<Substring> = ["mehr", "weniger", "mindestens", "höchstens", "nicht", "kein", "keine",
                                                    "más", "menos", "no", "ni", "plus", "moins", "pas", "ne", "não", "mais",
                                                    "non", "più", "meno", "niet", "meer", "minder", "geen", "oder", "ou", "o", "of"]

    /// Number words of four letters or more that `soleNumberWord` reads, with their values: German, Dutch, Spanish,
    /// French, Italian and Portuguese from two to the tens (not `six`, `sept`, `otto`, `mille`, `cent`: words or names
    /// elsewhere).
    static let soleWordValues: [String: Int] = {
        var table: [String: Int] = [:]
        let lists: [[String]] = [
            ["", "", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "", "zwölf", "dreizehn",
             "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig"],
            ["", "", "twee", "drie", "vier", "vijf", "", "zeven", "acht", "negen", "tien", "", "twaalf", "dertien", "veertien",
             "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"],
            ["", "", "", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "", "doce", "trece", "catorce",
             "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte"],
            ["", "", "deux", "trois", "quatre", "cinq", "", "", "huit", "neuf", "", "onze", "douze", "treize", "quatorze",
             "quinze", "seize", "", "", "", "vingt"],
            ["", "", "", "", "quattro", "cinque", "", "sette", "", "nove", "dieci", "undici", "dodici", "tredici",
             "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti"],
            ["", "", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "", "onze", "doze", "treze", "catorze",
             "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte"],
        ]
        for list in lists { for (value, word) in list.enumerated() where !word.isEmpty { table[word] = value } }
        let tens: [[String]] = [
            ["dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"],
            ["dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"],
            ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
            ["trente", "quarante", "cinquante", "soixante"],
            ["trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"],
            ["trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"],
        ]
        for list in tens { for (index, word) in list.enumerated() { table[word] = 30 + 10 * index } }
        return table
    }()

    /// A German or Dutch number written as one word: "siebenundzwanzig" (27), "einhundertzwanzig" (120), "zweitausend"
    /// (2000), "zevenentwintig" (27), "tweeëntwintig" (22), "honderdvijftig" (150). Nil for anything else.
    static func germanicCompound(_ word: String) -> Int? {
        guard word.utf8.count >= 6, word.utf8.count <= 60 else { return nil }
        for (thousand, hundred, joiners, units, tens) in germanicNumberWords {
            if let value = germanicValue(word, thousand: thousand, hundred: hundred, joiners: joiners, units: units, tens: tens) {
                return value
            }
        }
        return nil
    }

    /// German and Dutch: the words for a thousand and a hundred, the joiners of units and tens, units 1–19, tens.
    static let germanicNumberWords: [(String, String, [String], [String: Int], [String: Int])] = [
        ("tausend", "hundert", ["und"],
         ["ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
          "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
          "achtzehn": 18, "neunzehn": 19],
         ["zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
          "achtzig": 80, "neunzig": 90]),
        ("duizend", "honderd", ["en", "ën"],
         ["een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
          "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
          "achttien": 18, "negentien": 19],
         ["twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
          "negentig": 90]),
    ]

    /// `word` read as thousands, hundreds, then units and tens of one Germanic language; nil unless all of it is read.
    static func germanicValue(_ word: String, thousand: String, hundred: String, joiners: [String], units: [String: Int],
                              tens: [String: Int]) -> Int? {
        func belowHundred(_ part: Substring) -> Int? {
            if part.isEmpty { return 0 }
            if let value = units[String(part)] ?? tens[String(part)] { return value == 1 && part == "ein" ? nil : value }
            for (tensWord, tensValue) in tens where part.hasSuffix(tensWord) {
                let head = part.dropLast(tensWord.count)
                for joiner in joiners where head.hasSuffix(joiner) {
                    if let unit = units[String(head.dropLast(joiner.count))], unit <= 9 { return unit + tensValue }
                }
            }
            return nil
        }
        func belowThousand(_ part: Substring) -> Int? {
            guard let range = part.range(of: hundred) else { return belowHundred(part) }
            let head = part[..<range.lowerBound]
            let count = head.isEmpty ? 1 : units[String(head)].flatMap { $0 <= 9 ? $0 : nil }
            guard let count, let rest = belowHundred(part[range.upperBound...]) else { return nil }
            return count * 100 + rest
        }
        let lower = word[...]
        guard lower.contains(hundred) || lower.contains(thousand) || joiners.contains(where: { lower.contains($0) }) else {
            return nil
        }
        if let range = lower.range(of: thousand) {
            let head = lower[..<range.lowerBound]
            guard let count = head.isEmpty ? 1 : belowThousand(head), count > 0,
                  let rest = belowThousand(lower[range.upperBound...]) else { return nil }
            return count * 1000 + rest
        }
        return belowThousand(lower)
    }

    /// Words for "minus" before a number word ("minus zehn", "минус пять", "moins trois").
    static let foreignMinusWords: Set<String> = ["minus", "минус", "мінус", "moins", "menos", "meno", "eksi"]

    /// Words that join tens and units: "vinte e sete", "treinta y siete", "einundzwanzig" is one word.
    static let tensUnitsJoiners: Set<String> = ["e", "y", "i", "und"]

    /// A number of tens and units written as two words ("двадцать семь", "dwadzieścia siedem", "dvacet sedm", "vinte e
    /// sete"), maybe after a word for minus ("minus zehn") and before one or two words of what it counts ("градусов", "Grad
    /// Fahrenheit"); nil for anything else, or for a single number word with no sign (the other readers take those).
    static func compoundForeignValue(_ words: [Substring]) -> Int? {
        var rest = words.map(String.init)
        let negative = rest.first.map { foreignMinusWords.contains($0) } ?? false
        if negative { rest.removeFirst() }
        guard let first = rest.first, let leading = foreignWords[first] else { return nil }
        rest.removeFirst()
        var value = leading
        var compound = false
        if leading >= 20, leading % 10 == 0, leading < 100 {
            var units = rest
            if let joiner = units.first, tensUnitsJoiners.contains(joiner) { units.removeFirst() }
            if let unit = units.first, let digit = foreignWords[unit], (1...9).contains(digit) {
                value += digit
                compound = true
                rest = Array(units.dropFirst())
            }
        }
        guard negative || compound, rest.count <= 2,
              rest.allSatisfy({ $0.count >= 3 && $0.allSatisfy(\.isLetter) && foreignWords[$0] == nil && denominatorWords[$0] == nil })
        else { return nil }
        return negative ? -value : value
    }

    /// The short forms Korean native numbers take before a counter, and the counters.
    static let koreanDeterminers: [String: Int] = ["한": 1, "두": 2, "세": 3, "네": 4, "스무": 20]
    static let koreanCounters: Set<String> = ["개", "명", "마리", "권", "장", "대", "번", "살", "병", "잔", "그루", "송이", "켤레", "벌", "채", "척"]

    /// Sino-Korean digits (`일` … `구`), units (`십` `백` `천`) and myriads (`만` `억`).
    static let sinoKoreanDigits: [Character: Int] = ["영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9]
    static let sinoKoreanUnits: [Character: Int] = ["십": 10, "백": 100, "천": 1000]
    static let sinoKoreanMyriads: [Character: Int] = ["만": 10_000, "억": 100_000_000]

    /// The value of a number written in Sino-Korean syllables (`천사백사십` is 1440, `이만 오천` written on is 25000): at
    /// least two syllables, all numerals, with a unit or myriad among them (a lone `이` or `오` is a word). Nil otherwise.
    static func sinoKoreanValue(_ word: String) -> Int? {
        guard word.count >= 2, word.count <= 12, word.unicodeScalars.allSatisfy({ (0xAC00...0xD7A3).contains($0.value) }) else { return nil }
        var total = 0, section = 0
        var digit: Int? = nil
        var sawUnit = false
        for syllable in word {
            if let value = sinoKoreanDigits[syllable] {
                guard digit == nil else { return nil }
                digit = value
            } else if let unit = sinoKoreanUnits[syllable] {
                section += (digit ?? 1) * unit
                digit = nil
                sawUnit = true
            } else if let myriad = sinoKoreanMyriads[syllable] {
                section += digit ?? 0
                total += (section == 0 ? 1 : section) * myriad
                section = 0
                digit = nil
                sawUnit = true
            } else {
                return nil
            }
        }
        guard sawUnit else { return nil }
        return total + section + (digit ?? 0)
    }

    /// Denominators in words of Portuguese, Spanish, French, Italian, German and Russian ("terços", "tiers", "Viertel",
    /// "третьих"), singular and plural.
    static let denominatorWords: [String: Int] = {
        var table: [String: Int] = [:]
        for (words, value) in [(["meio", "meios", "medio", "medios", "demi", "demis", "mezzo", "mezzi", "вторых", "вторая", "вторые"], 2),
                               (["terço", "terços", "tercio", "tercios", "tiers", "terzo", "terzi", "drittel", "третьих", "третья", "третьи",
                                 "tredjedel", "tredjedelar", "třetina", "třetiny"], 3),
                               (["quarto", "quartos", "cuarto", "cuartos", "quart", "quarts", "quarti", "viertel", "четвёртых", "четвертых",
                                 "четверть", "четверти", "fjärdedel", "fjärdedelar", "čtvrtina", "čtvrtiny"], 4),
                               (["quinto", "quintos", "cinquième", "cinquièmes", "quinti", "fünftel", "пятых", "пятая", "пятые", "femtedel", "femtedelar",
                                 "pětina", "pětiny"], 5),
                               (["sexto", "sextos", "sixième", "sixièmes", "sesto", "sesti", "sechstel", "шестых"], 6),
                               (["oitavo", "oitavos", "octavo", "octavos", "huitième", "huitièmes", "ottavo", "ottavi", "achtel", "восьмых"], 8)] {
            for word in words { table[word] = value }
        }
        return table
    }()

    /// "and a half" in Spanish, Italian, French and Portuguese, after a number word.
    static let andAHalfWords = [" y medio", " y media", " e mezzo", " e mezza", " et demi", " et demie", " e meio", " e meia"]

    /// Tens and hundreds of French, Spanish, Italian and Portuguese that the single-word table leaves out, for numbers of
    /// several words.
    static let foreignTensAndHundreds: [String: Int] = {
        var table: [String: Int] = ["septante": 70, "huitante": 80, "nonante": 90, "sesenta": 60, "setenta": 70, "ochenta": 80,
                                    "noventa": 90, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90, "sessenta": 60,
                                    "oitenta": 80, "ciento": 100, "vingts": 20]
        for (index, unit) in ["uno", "dós", "trés", "cuatro", "cinco", "séis", "siete", "ocho", "nueve"].enumerated() {
            table["veinti" + unit] = 21 + index
        }
        table["veintiún"] = 21; table["veintiuna"] = 21; table["veintidos"] = 22; table["veintitres"] = 23; table["veintiseis"] = 26
        for (stem, value) in [("dos", 200), ("tres", 300), ("cuatro", 400), ("quin", 500), ("seis", 600), ("sete", 700),
                              ("ocho", 800), ("nove", 900)] {
            let cientos = stem == "quin" ? "quinient" : stem + "cient"
            table[cientos + "os"] = value; table[cientos + "as"] = value
        }
        for (word, value) in [("duzentos", 200), ("trezentos", 300), ("quatrocentos", 400), ("quinhentos", 500), ("seiscentos", 600),
                              ("setecentos", 700), ("oitocentos", 800), ("novecentos", 900)] {
            table[word] = value; table[String(word.dropLast(2)) + "as"] = value
        }
        return table
    }()
    /// Words that multiply what comes before them: hundreds (French `cent`, `cents`), thousands and millions.
    static let foreignMultipliers: [String: Int] = ["cent": 100, "cents": 100, "mille": 1_000, "mil": 1_000, "mila": 1_000, "tausend": 1_000,
                                                    "million": 1_000_000, "millions": 1_000_000, "millón": 1_000_000, "millones": 1_000_000,
                                                    "milione": 1_000_000, "milioni": 1_000_000, "milhão": 1_000_000, "milhões": 1_000_000]
    /// Words that join the parts of a number ("vingt et un", "treinta y dos", "vinte e sete").
    static let foreignNumberJoiners: Set<Substring> = ["et", "y", "e"]
    static let foreignArticles: Set<Substring> = ["un", "une", "uno", "una", "um", "uma"]

    /// The value of the one number written in several French, Spanish, Italian or Portuguese words in a short answer
    /// (given as its lower-cased words), with words of what it counts around it: "vingt-sept", "quatre mille quatre cent
    /// quatre-vingt-quinze", "hay doscientas diez maneras", "corre quinientos cuarenta metros". Each part must be smaller
    /// than the one before it (or multiply it: `cent`, `mil`); `quatre-vingt` is 80; an article (`un`, `una`) counts only
    /// after a joiner ("vingt et un"). Nil when the answer holds no such number of two or more words, or more than one.
    static func foreignCardinal(_ words: [Substring]) -> Int? {
        guard words.count <= 12 else { return nil }
        func partValue(_ token: Substring) -> Int? { foreignTensAndHundreds[String(token)] ?? foreignWords[String(token)] }
        // Most answers that reach here hold no number word at all: look for one before splitting at hyphens.
        guard words.contains(where: { $0.contains("-") || partValue($0) != nil || foreignMultipliers[String($0)] != nil }) else { return nil }
        let tokens = words.flatMap { $0.split(separator: "-") }
        guard tokens.count >= 2, tokens.count <= 12 else { return nil }
        var runs: [Int] = []
        var index = 0
        while index < tokens.count {
            guard partValue(tokens[index]) != nil || foreignMultipliers[String(tokens[index])] != nil,
                  !foreignArticles.contains(tokens[index]) else { index += 1; continue }
            var total = 0, current = 0, last = Int.max, parts = 0
            var valid = true
            while index < tokens.count {
                let token = tokens[index]
                if foreignNumberJoiners.contains(token), index + 1 < tokens.count, parts > 0,
                   partValue(tokens[index + 1]) != nil {
                    index += 1
                    continue
                }
                if let multiplier = foreignMultipliers[String(token)] {
                    if multiplier == 100 {
                        guard current < 10 else { valid = false; break }
                        current = max(current, 1) * 100
                    } else {
                        guard total == 0 || total > multiplier * max(current, 1) else { valid = false; break }
                        total += max(current, 1) * multiplier
                        current = 0
                    }
                    last = multiplier
                } else if let value = partValue(token), !foreignArticles.contains(token) || index > 0 && foreignNumberJoiners.contains(tokens[index - 1]) {
                    if (value == 20) && token.hasPrefix("vingt") && current % 100 == 4 && last == 4 {
                        current += 76   // quatre-vingt: 4 × 20
                        last = 20
                    } else {
                        guard value < last || last >= 100 && value < 100 else { valid = false; break }
                        current += value
                        last = value
                    }
                } else { break }
                parts += 1
                index += 1
            }
            guard valid else { return nil }
            if parts >= 2 { runs.append(total + current) }
        }
        return runs.count == 1 ? runs[0] : nil
    }
}
