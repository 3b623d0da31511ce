// Answer-string normalisation: delimiters, spacing macros, \frac variants, degrees, percent, currency, \text and units.
import Foundation

/// Regular-expression helpers, used only off the hot path (tests, the gsm8k-flexible port).
enum LaTeX {
    /// Replaces a regular expression everywhere (templates use `$1`).
    static func replace(_ text: String, _ pattern: String, _ template: String) -> String {
        guard let expression = cachedRegex(pattern) else { return text }
        return expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let expression = cachedRegex(pattern) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static let regexCache = RegexCache()
    static func cachedRegex(_ pattern: String) -> NSRegularExpression? { regexCache.regex(pattern) }
}

/// A thread-safe cache of compiled regular expressions (compiling is far slower than matching).
final class RegexCache: @unchecked Sendable {
    private var cache: [String: NSRegularExpression] = [:]
    private let lock = NSLock()
    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock(); defer { lock.unlock() }
        if let cached = cache[pattern] { return cached }
        let compiled = try? NSRegularExpression(pattern: pattern, options: [])
        cache[pattern] = compiled
        return compiled
    }
}

/// The result of normalising one answer string.
struct NormalizedAnswer: Sendable {
    var text: String
    var hadPercent: Bool
    /// The unit words stripped from the end (lower-cased, spaces removed), if any.
    var unit: String? = nil
    /// Whether the answer carried a dollar sign (`\$0.45`), so a price in cents can be converted to it.
    var hadCurrency = false
    /// Whether the answer opened with ≈ (`\approx 85.71`): it names an approximation, compared exactly as written.
    var approximate = false
}

enum Normalizer {
    /// Whole unit words (never single letters) stripped from the end of an answer that has a number in it.
    static let unitWords: [String] = [
        "square units", "sq units", "units", "unit", "inches", "inch", "feet", "foot", "ft", "yards", "yard", "miles", "mile",
        "meters", "meter", "metres", "metre", "cm", "mm", "km", "km/h", "km/hr", "kph", "km/jam", "km/時", "mph", "m/s", "kg", "grams", "gram", "pounds",
        "pound", "lbs", "ounces", "seconds", "second", "minutes", "minute", "hours", "hour", "days", "day", "weeks",
        "years", "cents", "cent", "dollars", "dollar", "degrees", "degree", "liters", "litres", "people", "students",
        "ways", "points", "sq ft", "square feet", "square inches", "square meters", "cubic feet", "cubic inches", "m²",
        "week", "mg", "ml", "liter", "litre", "milliliters", "millilitres", "kilometers", "kilometres", "centimeters",
        "centimetres", "millimeters", "millimetres", "kilograms", "kilogram", "milligrams", "ounce", "oz", "lb", "yd",
        "hr", "hrs", "min", "mins", "sec", "secs", "months", "month",
        "miles per hour", "kilometers per hour", "kilometres per hour", "meters per second", "metres per second",
        "km per hour", "m per second", "feet per second", "words per minute", "liters per minute", "litres per minute",
        // Qwen2.5-Math's unit list and Minerva's removed expressions (counted things, areas, money in other currencies).
        "rupees", "rupee", "euros", "euro", "usd", "inr", "kmph", "kmh", "gallons", "gallon", "quarts", "quart", "pints", "pint",
        "hectares", "hectare", "acres", "acre", "tons", "ton", "tonnes", "edges", "digits", "integers", "multiples", "meals",
        "sq m", "sq cm", "sq km", "sq in", "cu cm", "cubic cm", "cubic meters", "cubic centimeters", "square centimeters", "square units",
        // Currencies and time units after a value label in other languages ("Odpowiedź: 450 zł", "Đáp số: 2,5 giờ").
        "zł", "złotych", "zl", "đồng", "giờ", "phút", "ngày", "kr", "reais", "pesos", "рублей", "руб", "tl", "lira",
        "dólares", "dólar", "dollari", "dolarów", "dollars américains",
        // Energy in food ("**Antwort:** 2.000 Kalorien").
        "calories", "calorie", "kcal", "kalorien", "calorías", "de lei", "lei", "fl oz", "fl. oz",
        // Speeds of the imperial units and rates per minute ("12π in/s", "5 ft/s").
        "in/s", "in/sec", "ft/s", "ft/sec", "ft/min", "m/min", "cm/s", "mi/h", "mi/hr", "inches per second", "miles per minute",
        // Miles abbreviated, and time in Dutch, German, Spanish, Portuguese, Italian, French and Polish ("Het duurt 2
        // minuten.", "2 Stunden").
        "mi", "minuten", "minuto", "minutos", "minuti", "minut", "minuty", "uur", "stunde", "stunden", "hora", "horas", "ora", "ore",
        "heure", "heures", "godzina", "godziny", "godzin", "seconden", "sekunden", "segundos", "secondi", "secondes", "sekund",
    ]
    /// The unit words as lower-case bytes, for braced units (`100 {cm}^2`).
    static let unitWordSet: Set<[UInt8]> = Set(unitWords.map { Array($0.utf8) })
    /// Currency abbreviations written before an amount (`Rs. 500`, `USD 20`).
    static let currencyPrefixes: [[UInt8]] = ["rs", "inr", "usd", "eur", "gbp", "chf"].map { Array($0.utf8) }
    /// Unit words that are units only with a power: `96 in³` is cubic inches, while `in` alone is a preposition.
    static let poweredUnitWords: [String] = ["in"]
    /// Unit suffixes (with `^2`, `^3` variants), longest first, as lower-case bytes.
    static let unitSuffixes: [(bytes: [UInt8], name: String)] = {
        let powers = ["^2", "^3", "^{2}", "^{3}"]
        var names: [String] = unitWords.flatMap { unit in powers.map { unit + $0 } + [unit] }
        names += poweredUnitWords.flatMap { unit in powers.map { unit + $0 } }
        return names.map { (Array($0.utf8), $0) }.sorted { $0.0.count > $1.0.count }
    }()

    static func b(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Byte patterns the normaliser tests on every answer, built once rather than per call.
    static let omegaName = b("\\Omega")
    static let beginName = b("\\begin"), equivName = b("\\equiv"), fracName = b("\\frac"), approxName = b("\\approx")
    static let escapedPercent = b("\\%"), percentSign = b("%"), escapedDollar = b("\\$")
    static let midCommand = b("\\mid")
    static let thousandsMark = b(",\\!"), bracedComma = b("{,}"), bracedPoint = b("{.}"), overlineName = b("\\overline")

    static let unicodeReplacements: [([UInt8], [UInt8])] = [
        ("−", "-"), ("–", "-"), ("°", "^\\circ"), ("×", "\\times "), ("·", "\\cdot "), ("÷", "\\div "), ("\u{2044}", "/"), ("≤", "\\le "), ("≥", "\\ge "),
        ("≠", "\\neq "), ("∞", "\\infty "), ("π", "\\pi "), ("√", "\\sqrt"), ("∛", "\\sqrt[3]"), ("∜", "\\sqrt[4]"), ("€", ""), ("£", ""), ("¥", ""), ("₹", ""), ("₩", ""), ("₽", ""), ("₺", ""), ("₦", ""), ("₱", ""), ("₫", ""), ("₴", ""), ("₪", ""), ("฿", ""), ("¢", "\\text{ cents}"), ("٪", "%"), ("\u{00A0}", " "), ("、", ", "),
        ("∪", "\\cup "), ("∅", "\\emptyset "), ("∈", "\\in "), ("ℤ", "\\mathbb{Z}"), ("²", "^2"), ("³", "^3"),
        ("ℝ", "\\mathbb{R}"), ("ℕ", "\\mathbb{N}"), ("ℚ", "\\mathbb{Q}"), ("ℂ", "\\mathbb{C}"),
        ("θ", "\\theta "), ("α", "\\alpha "), ("β", "\\beta "), ("γ", "\\gamma "), ("λ", "\\lambda "), ("φ", "\\varphi "),
        ("ω", "\\omega "), ("μ", "\\mu "), ("σ", "\\sigma "), ("Δ", "\\Delta "),
        ("⌊", "\\lfloor "), ("⌋", "\\rfloor "), ("⌈", "\\lceil "), ("⌉", "\\rceil "),
        ("≈", "\\approx "), ("±", "\\pm "), ("∓", "\\mp "), ("⟨", "\\langle "), ("⟩", "\\rangle "),
        // Vulgar fractions; after a digit they make a mixed number (`1½` → `1\frac{1}{2}`).
        ("½", "\\frac{1}{2}"), ("⅓", "\\frac{1}{3}"), ("⅔", "\\frac{2}{3}"), ("¼", "\\frac{1}{4}"), ("¾", "\\frac{3}{4}"),
        ("⅕", "\\frac{1}{5}"), ("⅙", "\\frac{1}{6}"), ("⅛", "\\frac{1}{8}"), ("⅜", "\\frac{3}{8}"), ("⅝", "\\frac{5}{8}"),
        ("⅞", "\\frac{7}{8}"), ("⅖", "\\frac{2}{5}"), ("⅗", "\\frac{3}{5}"), ("⅘", "\\frac{4}{5}"), ("⅚", "\\frac{5}{6}"),
    ].map { (b($0.0), b($0.1)) }
    static let removed: [[UInt8]] = ["\\textdollar", "US\\$", "US$", "R\\$", "\\$", "$", "\\[", "\\]", "\\(", "\\)", "\\left.", "\\right.", "\\left", "\\right", "\\displaystyle", "\\textstyle", "\\scriptstyle", "\\normalsize", "\\footnotesize", "\\scriptsize",
                                     "\\large", "\\Large", "\\LARGE", "\\huge", "\\Huge", "\\small", "\\tiny", "\\!", "\\therefore", "\\because", "\\notag", "\\nonumber", "\\bigl",
                                     "\\bigr", "\\Bigl", "\\Bigr", "\\big", "\\Big"].map(b)
    static let spacing: [[UInt8]] = ["\\,", "\\;", "\\:", "\\ ", "~", "\\qquad", "\\quad", "\n", "\t", "\r"].map(b)
    static let fracVariants: [[UInt8]] = ["\\dfrac", "\\tfrac", "\\cfrac"].map(b)
    static let degreeTokens: [[UInt8]] = ["^{\\circ}", "^\\circ", "^{\\circ }", "\\circ", "\\degree", "\\textdegree"].map(b)
    static let wrappers: [[UInt8]] = ["textbf", "textit", "textrm", "textsf", "texttt", "textup", "textnormal", "text", "mbox",
                                      "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "emph", "boxed", "hbox", "textsl", "textsc", "textmd", "underline",
                                      "num", "bm", "boldsymbol", "mathbfit", "textcolor"].map { b("\\" + $0) }   // `\num{2500}`: siunitx's number
    /// Wrappers whose content at the end of an answer, after a number, is a unit (`3\ \mathrm{h}`, `25\text{ m}^2`).
    static let unitWrappers: [[UInt8]] = ["\\text{", "\\mathrm{", "\\textrm{", "\\mbox{"].map(b)
    static let relationRewrites: [([UInt8], [UInt8])] = [
        ("\\geqslant", "\\ge"), ("\\leqslant", "\\le"), ("\\geq", "\\ge"), ("\\leq", "\\le"), (">=", "\\ge "), ("<=", "\\le "),
        ("!=", "\\neq "), ("\\ne ", "\\neq "), ("\\varnothing", "\\emptyset"), ("\\{\\}", "\\emptyset"), ("+\\infty", "\\infty"),
        ("\\lbrace", "\\{"), ("\\ldots", "\\dots"), ("\\cdots", "\\dots"), ("\\rbrace", "\\}"), ("\\lvert", "|"), ("\\rvert", "|"), ("\\vert", "|"), ("\\mathbb{R}", "(-\\infty,\\infty)"),
    ].map { (b($0.0), b($0.1)) }

    static let baseInParentheses = b("_{(")

    /// `52_{(8)}` → `52_{8}`: a subscript base written in parentheses.
    static func rewriteBaseInParentheses(_ text: inout [UInt8]) {
        var from = 0
        while let at = Bytes.find(text, baseInParentheses, from: from) {
            var end = at + baseInParentheses.count
            while end < text.count, Bytes.isDigit(text[end]) { end += 1 }
            if end > at + baseInParentheses.count, end + 1 < text.count, text[end] == 41, text[end + 1] == 125 {
                text.remove(at: end)
                text.remove(at: at + 2)
            }
            from = at + 2
        }
    }

    /// Words for "base" after its number in Chinese, Japanese and Korean (`8進法`, `8进制`, `8進数`, `8진법`).
    static let cjkBaseWords: [[UInt8]] = ["進法", "进制", "進制", "進数", "진법", "진수"].map(b)

    /// The bases Chinese writes in numerals before 进制 (`八进制`, `十六进制`), longest first.
    static let cjkBaseNumerals: [([UInt8], Int)] = [("十六", 16), ("十二", 12), ("二", 2), ("三", 3), ("四", 4), ("五", 5),
                                                     ("六", 6), ("七", 7), ("八", 8), ("九", 9), ("十", 10)].map { (b($0.0), $0.1) }

    /// `2516(8進法)` → `2516_{8}`, `144(八进制)` → `144_{8}`: digits with their base in parentheses, named by a Chinese,
    /// Japanese or Korean word, the base in digits or in Chinese numerals.
    static func rewriteCJKBaseInParentheses(_ text: inout [UInt8]) {
        guard let open = text.lastIndex(of: 40), open > 0, text.last == 41 else { return }
        let inside = text[(open + 1)..<(text.count - 1)]
        // The base's width in bytes: its digits, or its numerals.
        var width = inside.prefix(while: Bytes.isDigit).count
        var base = Int(Bytes.string(inside.prefix(width))) ?? 0
        if width == 0, let (numeral, value) = cjkBaseNumerals.first(where: { inside.starts(with: $0.0) }) {
            width = numeral.count
            base = value
        }
        guard width > 0, width <= 6, (2...36).contains(base),
              cjkBaseWords.contains(where: { inside.dropFirst(width).elementsEqual($0) }) else { return }
        let numeral = Bytes.trimSpaces(text[..<open])
        guard !numeral.isEmpty, numeral.allSatisfy({ Bytes.isDigit($0) || (65...90).contains($0) }) else { return }
        text = Array(numeral) + b("_{\(base)}")
    }

    static let baseInText = b("_{\\text{")

    /// `40_{\text{nine}}` → `40_{9}`, `1011_{\text{two}}` → `1011_{2}`: a subscript that names a base from 2 to 36 in
    /// English words.
    static func rewriteBaseInWords(_ text: inout [UInt8]) {
        var from = 0
        while let at = Bytes.find(text, baseInText, from: from) {
            let wordStart = at + baseInText.count
            guard let close = text[wordStart...].firstIndex(of: 125), close + 1 < text.count, text[close + 1] == 125,
                  case let words = NumberWords.words(Bytes.string(text[wordStart..<close]).lowercased()), !words.isEmpty,
                  let base = NumberWords.value(of: words), (2...36).contains(base) else {
                from = wordStart
                continue
            }
            text.replaceSubrange((at + 2)...(close + 1), with: Array(String(base).utf8) + [125])
            from = at + 2
        }
    }

    /// Whether the bytes before a bar-separated point's `(` are its name: one capital letter with primes or digits after it,
    /// then nothing or an `=` (`P`, `P''`, `A1 = `).
    static func pointNamePrefix(_ name: ArraySlice<UInt8>) -> Bool {
        guard let first = name.first, (65...90).contains(first) else { return false }
        var rest = name.dropFirst().drop { $0 == 39 || Bytes.isDigit($0) }
        rest = Bytes.trimSpaces(rest)
        return rest.isEmpty || rest == [61]
    }

    /// The bytes of each pattern above, for the pre-filter in `normalize` (a pattern with a byte the text lacks is skipped).
    static let unicodeReplacementBytes = unicodeReplacements.map { ByteSet($0.0) }
    static let removedBytes = removed.map { ByteSet($0) }, spacingBytes = spacing.map { ByteSet($0) }
    static let fracVariantBytes = fracVariants.map { ByteSet($0) }, degreeTokenBytes = degreeTokens.map { ByteSet($0) }
    static let relationRewriteBytes = relationRewrites.map { ByteSet($0.0) }

    static let siCommand = b("\\si{"), siValueCommand = b("\\SI{"), closeOrOpen = b(")or(")

    /// Rewrites siunitx's `\si{\km\per\hour}` as `\text{ km per hour}` and `\SI{60}{\km\per\hour}` as `60\text{ km per
    /// hour}`: `\per` becomes "per", other unit commands their names, so the unit passes read them as any unit in `\text{}`.
    static func rewriteSIUnits(_ text: inout [UInt8]) {
        var result: [UInt8] = []
        result.reserveCapacity(text.count + 8)
        var index = 0
        while index < text.count {
            let value = Bytes.hasPrefix(text, at: index, siValueCommand)
            guard value || Bytes.hasPrefix(text, at: index, siCommand), let close = Bytes.matchingBrace(text, from: index + 3) else {
                result.append(text[index]); index += 1; continue
            }
            var unitOpen = index + 3, unitClose = close
            if value {
                result.append(contentsOf: text[(index + 4)..<close])
                guard close + 1 < text.count, text[close + 1] == 123, let second = Bytes.matchingBrace(text, from: close + 1) else {
                    index = close + 1; continue
                }
                unitOpen = close + 1; unitClose = second
            }
            var unit: [UInt8] = []
            var cursor = unitOpen + 1
            while cursor < unitClose {
                if Bytes.hasPrefix(text, at: cursor, b("\\per")), !(cursor + 4 < unitClose && Bytes.isLetter(text[cursor + 4])) {
                    unit.append(contentsOf: b(" per ")); cursor += 4; continue
                }
                if text[cursor] != 92 { unit.append(text[cursor]) }
                cursor += 1
            }
            result.append(contentsOf: b("\\text{ ") + unit + [125])
            index = unitClose + 1
        }
        text = result
    }

    static func normalize(_ raw: String) -> NormalizedAnswer {
        var text = Array(raw.utf8)
        var approximate = false
        if text.count <= 32, text.last == 41, let periodic = parenthesisedPeriod(text) { text = periodic }
        // `8 m by 6 m`, `4 cm × 5 cm × 6 cm`: dimensions are the list of their lengths.
        if Dimensions.mayHold(text) { Dimensions.rewrite(&text) }
        // `n = 2, 3, \ldots, 8`, `\{1, 2, \dots, 5\}`: an elided list of whole numbers is every term.
        if ElidedRanges.mayHold(text) { ElidedRanges.expand(&text) }
        // `\{x\in\mathbb{Z} : -1\le x\le 2\}`: the whole numbers between two bounds, written out.
        if ElidedRanges.mayHoldIntegerRange(text) { ElidedRanges.expandIntegerRange(&text) }
        // `M(-1 \mid 6)`: the bar written as a command.
        if text.count <= 48, text.last == 41, Bytes.contains(text, midCommand) { _ = Bytes.replaceAll(&text, midCommand, with: [124]) }
        if text.count <= 40, text.last == 41, text.contains(124), let point = barSeparatedPoint(text) { text = point }
        // `{10 \choose 3}`: the binomial coefficient in TeX's own notation is `\binom{10}{3}`.
        if text.contains(92), Bytes.contains(text, chooseCommand) { rewriteChoose(&text) }
        // `\frac{(2 n) !}{n !(n+1) !}` (OlympiadBench's spacing): in a fraction, a factorial sign after a space belongs to
        // what precedes it (elsewhere a spaced `!` may end a French sentence: "C'est 42 !").
        if text.contains(33), text.contains(32), Bytes.contains(text, fracName) { removeSpacesBeforeFactorials(&text) }
        // `$(9,4)or(4,9)$` (OlympiadBench): "or" between two groups with no space around it is a word, as in `(9,4) or (4,9)`.
        if text.contains(41), Bytes.contains(text, closeOrOpen) { Bytes.replaceAll(&text, closeOrOpen, with: b(") or (")) }
        // `{-}\frac{1}{2}`: a sign in braces (TeX's way to space it as a unary sign) is the sign.
        if text.contains(123), Bytes.contains(text, bracedMinus) || Bytes.contains(text, bracedPlus) {
            Bytes.replaceAll(&text, bracedMinus, with: [45])
            Bytes.replaceAll(&text, bracedPlus, with: [43])
        }
        // `60\ \si{\km\per\hour}`, `\SI{60}{\km\per\hour}`: siunitx's units are units, as `\text{ km per hour}` is.
        if text.contains(92), Bytes.contains(text, siCommand) || Bytes.contains(text, siValueCommand) { rewriteSIUnits(&text) }
        let commands = commandsPresent(text)
        if commands.begin { takeLastAlignedRow(&text) }
        // Every byte the text may hold: kept a superset as the text changes (passes below only remove bytes, or insert
        // their replacement's), so a pass whose pattern has a byte outside it cannot match and is skipped.
        var present = ByteSet(text)
        let hasNonASCII = present.upperLow | present.upperHigh != 0
        if hasNonASCII {
            for index in unicodeReplacements.indices where present.isSuperset(of: unicodeReplacementBytes[index]) {
                let (from, to) = unicodeReplacements[index]
                if Bytes.replaceAll(&text, from, with: to) { present.insert(contentsOf: to) }
            }
        }
        if hasNonASCII, present.contains(0x82) { rewriteSubscriptDigits(&text) }
        // `1.5 x 10^4`: a letter x between a number and a power of ten is the times sign of scientific notation.
        if present.contains(120) || present.contains(88), Bytes.contains(text, letterTimesTen) || Bytes.contains(text, capitalTimesTen) {
            rewriteLetterTimesTen(&text)
            present.insert(contentsOf: timesTen)
        }
        // "٪٤٠" (Arabic, its percent sign first in the text's order): the sign after the number.
        if hasNonASCII, text.count > 1, text[0] == 37, Bytes.isDigit(text[1]), !text.dropFirst().contains(37) { text = Array(text.dropFirst()) + [37] }
        let backslash = UInt8(ascii: "\\")
        // `f(x)=-1\ \ \text{for all }x\qquad\text{and}\qquad f(x)=x+1\ \ \text{for all }x`: where each answer holds.
        if text.contains(backslash), Bytes.contains(text, forWord) { removeQuantifierClauses(&text); present.insert(32) }
        if text.contains(backslash) {
            // "\\le" written with an escaped backslash (outside matrices, where \\ separates rows).
            if !Bytes.contains(text, beginName) { collapseDoubleBackslashBeforeLetter(&text) }
        }
        removeThousandsMarks(&text)
        // `(1,000, 2,000)`: in a tuple whose entries are split by ", ", a comma before three digits groups thousands.
        if text.count <= 64, text.first == 40, text.last == 41, Bytes.contains(text, commaSpace) { removeThousandsInSpacedTuple(&text) }
        // `52_{(8)}`: the base in parentheses, as Polish and Czech textbooks write it, is the base.
        if text.contains(95), Bytes.contains(text, baseInParentheses) { rewriteBaseInParentheses(&text) }
        // `2516(8進法)`: the base in parentheses, named in Chinese, Japanese or Korean.
        if hasNonASCII, text.last == 41 { rewriteCJKBaseInParentheses(&text) }
        // `40_{\text{nine}}`: the base in words is the base.
        if text.contains(95), Bytes.contains(text, baseInText) { rewriteBaseInWords(&text) }
        if text.contains(39) || hasNonASCII || text.contains(46) && (text.contains(44) || text.lazy.filter({ $0 == 46 }).count >= 2) {
            removeGroupedThousands(&text)
        }
        if text.count <= 48, text.contains(46) { rewriteEllipsisDecimal(&text) }
        // `\boxed{\frac{1}{2}` with its closing brace lost: the box's content.
        if text.first == backslash, Bytes.hasPrefix(text, at: 0, boxedOpen), Bytes.matchingBrace(text, from: 6) == nil { text.removeFirst(7) }
        // `(x - 5)(x - 4)}`, `\{-1, 4`, `(4, -1`, `[0, \infty`: brackets a weak model left unbalanced at the end.
        if present.contains(123) || present.contains(125) || present.contains(40) || present.contains(91) { repairUnbalancedEnd(&text) }
        if text.contains(backslash), Bytes.contains(text, angName) { rewriteAngles(&text); present.insert(contentsOf: b("^\\circ")) }
        // `2\operatorname{cis} 60^\circ`: cis form is the complex number it writes.
        if text.contains(backslash), Bytes.contains(text, cisName) { rewriteCisForms(&text); present.insert(contentsOf: b("\\left(\\cos() + i\\sin()\\right)\\frac{\\pi}{180}")) }
        if commands.begin, Bytes.contains(text, rowSpacingOpen) { removeRowSpacing(&text) }
        var hasBackslash = text.contains(backslash)
        for index in removed.indices where present.isSuperset(of: removedBytes[index]) && (hasBackslash || removed[index][0] != backslash) {
            Bytes.replaceAll(&text, removed[index], with: [])
        }
        // Protect matrix row breaks (\\) from the spacing macro "\ ".
        let rowBreak: [UInt8] = [1]
        let hadRows = Bytes.replaceAll(&text, [backslash, backslash], with: rowBreak)
        if hadRows { present.insert(1) }
        hasBackslash = text.contains(backslash)
        if hasBackslash, text.last == 41 { removeQuadRemark(&text) }
        for index in spacing.indices where present.isSuperset(of: spacingBytes[index]) && (hasBackslash || spacing[index][0] != backslash) {
            if Bytes.replaceAll(&text, spacing[index], with: [32]) { present.insert(32) }
        }
        if hadRows { Bytes.replaceAll(&text, rowBreak, with: [backslash, backslash]) }
        if hasBackslash, Bytes.contains(text, neName) { removeTrailingExclusion(&text) }
        // `f(x) \equiv -1`, `f \equiv -1`: a function identically equal to a value, not a congruence.
        if hasBackslash, Bytes.contains(text, equivName), equivalesFunctions(text) { Bytes.replaceAll(&text, equivName, with: [61]) }
        if hasBackslash, let congruence = Bytes.find(text, equivName) { keepCongruenceResidue(&text, at: congruence) }
        else if hasBackslash, text.contains(109) { removeTrailingModulus(&text) }   // 'm' of \pmod, \bmod, \mod
        if hasBackslash, text.count > 9 { keepConsequence(&text) }
        if hasBackslash, text.last == 125 || text.last == 41 { removeParenthesisedTextRemark(&text) }
        if hasBackslash, text.last == 41 || text.last == 46 { removeTrailingDomain(&text) }
        if hasBackslash {
            // `\frac`'s bytes are all in the variant it replaces: the set stays a superset.
            for index in fracVariants.indices where present.isSuperset(of: fracVariantBytes[index]) {
                Bytes.replaceAll(&text, fracVariants[index], with: fracName)
            }
            if Bytes.contains(text, approximateSigns[0]) || Bytes.contains(text, approximateSigns[1]) { rewriteApproximateSigns(&text) }
            // `a \approx 1.68, b \approx 0.45`: names each set to a rounded value are assignments, `a = 1.68, b = 0.45`.
            if let approx = Bytes.find(text, approxName), Bytes.find(text, approxName, from: approx + 1) != nil { rewriteApproximateAssignments(&text) }
            if let approx = Bytes.find(text, approxName) {
                // `r \approx 4.2\%` names its value: the value is after the sign. Otherwise the exact value before it stays,
                // unless it is arithmetic left undone (`1.3 + 1.91 \approx 3.2`): then the approximation is the value given.
                let left = Bytes.trimSpaces(text[..<approx])
                if left.isEmpty || PendingArithmetic.isPending(lastSide(left)) { approximate = true }
                if approximate || isName(left) { text.removeSubrange(..<(approx + approxName.count)) }
                else { text.removeSubrange(approx...) }
            }
        }
        var hadDegree = false
        for index in degreeTokens.indices where present.isSuperset(of: degreeTokenBytes[index]) && (hasBackslash || degreeTokens[index][0] != backslash) {
            if Bytes.replaceAll(&text, degreeTokens[index], with: []) { hadDegree = true }
        }
        // `25°C`, `98.6^\circ F`: a temperature's scale letter after the degree sign is its unit.
        // `59^\circ\text{F} \le T \le 77^\circ\text{F}`: the scale after each bound of a relation goes too.
        if hadDegree, Bytes.contains(text, leName) || text.contains(60) || text.contains(62) { stripTemperatureScalesInRelation(&text) }
        let temperatureUnit = hadDegree ? stripTemperatureScale(&text) : nil
        var hadPercent = false
        if present.contains(37) {   // both percent forms need a `%`
            if Bytes.replaceAll(&text, escapedPercent, with: []) { hadPercent = true }
            if Bytes.replaceAll(&text, percentSign, with: []) { hadPercent = true }
        }
        if text.contains(112) || text.contains(80), removePercentWords(&text) { hadPercent = true }   // only with a 'p'/'P'

        // `8\,\Omega`: the ohm's sign after a number is its unit.
        if hasBackslash, text.count > omegaName.count, text.suffix(omegaName.count).elementsEqual(omegaName),
           case let before = Bytes.trimSpaces(text[..<(text.count - omegaName.count)]), let last = before.last, Bytes.isDigit(last) {
            text = Array(before) + b("\\text{ ohms}")
        }
        hasBackslash = text.contains(backslash)
        var wrappedUnit: String?
        // "\frac{2\times10^{4}}{\pi}\text{ m}^2.": a full stop after a unit ends the sentence; the unit is read without it.
        if text.count >= 4, text.last == 46, !Bytes.isDigit(text[text.count - 2]) || text[text.count - 3] == 94 { text.removeLast() }
        if !hasBackslash, text.last == 84 || text.last == 125 { transposeVector(&text) }   // `[1, 2]^T`, `(1, 2)^{T}`
        if hasBackslash {
            if commands.phantom { removePhantoms(&text) }
            if commands.color { removeColors(&text) }
            removeEquationTags(&text)
            transposeVector(&text)
            // `3\mathbf{i} - 2\mathbf{j}`: a sum of unit vectors is the column vector of its coefficients.
            if commands.unitVector, let vector = UnitVectors.columnVector(text) { text = vector }
            // `\mathbf{a} \times \mathbf{b} = 4\mathbf{i} - 2\mathbf{j} + 6\mathbf{k}`: the vector the equation names.
            else if commands.unitVector, let equals = text.lastIndex(of: 61), text.filter({ $0 == 61 }).count == 1,
                    let vector = UnitVectors.columnVector(Array(text[(equals + 1)...])) { text = vector }
            if commands.o { rewriteOver(&text); rewriteOperatorNames(&text) }
            rewriteRomanFunctionNames(&text)
            // `12\text{ km/h}, 18\text{ km/h}`: a list whose every value has the same unit.
            wrappedUnit = !text.contains(40) && text.contains(44) ? stripTupleUnits(&text) ?? stripWrappedUnit(&text) : stripWrappedUnit(&text)
            if commands.o { rewriteRepeatingDecimals(&text) }
            text = unwrap(text, commands: wrappers)
        }
        // Python syntax, as sympy's `parse_expr` reads it in Qwen2.5-Math's and DeepSeek-Math's graders: `x**2`, `2*pi`, `abs(-3)`.
        rewritePythonSyntax(&text)
        // Word rewrites, only for answers with a plain letter right after a digit or a space (one cheap pass first).
        if hasWordAfterNumberOrSpace(text) {
            rewriteScaleWords(&text)
            removeOrdinalSuffixes(&text)
            removeOClock(&text)
            if text.count >= 8, Bytes.findLastIgnoringCase(text, b("infinity")) != nil { replaceInfinityWords(&text) }
        }
        if text.count >= 15, text.count <= 40, text[0] | 0x20 == 105 { rewriteInfinitelyMany(&text) }   // 'i'
        // The passes above rewrite freely: the set is taken afresh for the relation rewrites.
        present = ByteSet(text)
        for index in relationRewrites.indices
        where present.isSuperset(of: relationRewriteBytes[index]) && (hasBackslash || relationRewrites[index].0[0] != backslash) {
            let (from, to) = relationRewrites[index]
            if Bytes.replaceAll(&text, from, with: to) { present.insert(contentsOf: to) }
        }
        text = collapseSpaces(text)
        if text.first == 40, text.last == 41, Bytes.contains(text, tuplesApart) { joinTuplesApart(&text) }
        if hasBackslash, text.last == 125 || text.last == 41 || text.last == 90 || text.last == 46 { removeIntegerParameterClause(&text) }   // } ) Z .
        if text.first == 93 || text.last == 91 { rewriteReversedBrackets(&text) }
        if hasBackslash, text.contains(93), Bytes.contains(text, cupName) || Bytes.contains(text, inName) { rewriteReversedBracketsInUnion(&text) }
        if hasBackslash, Bytes.contains(text, mapstoName) { rewriteMapsTo(&text) }
        if let first = text.first, Bytes.isLetter(first) { removeCurrencyPrefix(&text) }
        if text.last == 125 || text.count >= 3 && text[text.count - 3] == 125 || text.count >= 5 && text[text.count - 5] == 125 {
            unbraceUnit(&text)
        }
        // `12 km/h, 18 km/h`: a list whose every value has the same unit.
        var unit = !text.contains(40) && text.contains(44) && text.count >= 7 ? stripTupleUnits(&text) : nil
        if unit == nil { unit = stripUnits(&text) }
        if unit == nil, text.last == 41, text.count >= 7 { unit = stripTupleUnits(&text) }
        if unit == nil, hasNonASCII { stripForeignUnitWords(&text) }
        if text.contains(40), text.count >= 5 { removePointNames(&text) }
        if let wrappedUnit { unit = unit.map { wrappedUnit + " " + $0 } ?? wrappedUnit }
        if let temperatureUnit { unit = unit.map { temperatureUnit + " " + $0 } ?? temperatureUnit }
        while let last = text.last, last == 46 || last == 44 || last == 59 || last == 32 { text.removeLast() }   // . , ; space
        while let first = text.first, first == 32 || first == 44 { text.removeFirst() }
        // `42"`: the inch mark after a number (and no other quote).
        if text.count >= 2, text.last == 34, Bytes.isDigit(text[text.count - 2]), !text.dropLast().contains(34) { text.removeLast() }
        rewriteRatio(&text)
        if text.contains(95), Bytes.contains(text, subscriptOpen) { unbraceOneCharacterSubscripts(&text) }
        let hadCurrency = raw.utf8.contains(36) && Bytes.contains(Array(raw.utf8), escapedDollar)
        // `$40k`, `\$2.5K`: an amount of money in thousands.
        if raw.utf8.contains(36), text.count >= 2, text.count <= 16, text.last! | 0x20 == 107, Bytes.isDigit(text[0]),
           text.dropLast().allSatisfy({ Bytes.isDigit($0) || $0 == 46 }) {
            text = Array(text.dropLast()) + b("\\times10^{3}")
        }
        return NormalizedAnswer(text: Bytes.string(text), hadPercent: hadPercent, unit: unit, hadCurrency: hadCurrency, approximate: approximate)
    }

    static let subscriptOpen = b("_{")
    static let bracedMinus = b("{-}"), bracedPlus = b("{+}")

    /// `\angle BEA_{1}` → `\angle BEA_1`: a subscript of one letter or digit is the same with or without its braces (not
    /// before another letter or digit, where `x_12` would read as `x_{12}`).
    static func unbraceOneCharacterSubscripts(_ text: inout [UInt8]) {
        var index = 0
        while index + 3 < text.count {
            if text[index] == 95, text[index + 1] == 123, text[index + 3] == 125, Bytes.isDigit(text[index + 2]) || Bytes.isLetter(text[index + 2]),
               index + 4 == text.count || !(Bytes.isDigit(text[index + 4]) || Bytes.isLetter(text[index + 4])) {
                text.remove(at: index + 3)
                text.remove(at: index + 1)
            }
            index += 1
        }
    }

    static func collapseDoubleBackslashBeforeLetter(_ text: inout [UInt8]) {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if text[index] == 92, index + 2 < text.count, text[index + 1] == 92, Bytes.isLetter(text[index + 2]) {
                result.append(92); index += 2; continue
            }
            result.append(text[index]); index += 1
        }
        text = result
    }

    static let rowSpacingOpen = b("\\\\[")

    /// Drops the spacing argument of a matrix row break (`\\[2pt]`, `\\[0.5em]`): layout, not an entry (and not `\[`).
    static func removeRowSpacing(_ text: inout [UInt8]) {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            result.append(text[index])
            if text[index] == 92, index + 1 < text.count, text[index + 1] == 92 {
                result.append(92)
                index += 1
                var cursor = index + 1
                while cursor < text.count, text[cursor] == 32 { cursor += 1 }
                if cursor < text.count, text[cursor] == 91, let close = text[cursor...].firstIndex(of: 93),
                   text[(cursor + 1)..<close].contains(where: Bytes.isLetter),
                   text[(cursor + 1)..<close].allSatisfy({ Bytes.isDigit($0) || Bytes.isLetter($0) || $0 == 46 || $0 == 32 || $0 == 45 }) {
                    index = close + 1
                    continue
                }
            }
            index += 1
        }
        text = result
    }

    /// `10,\!000` and `10{,}000` are thousands separators between digits: both marks go; `326{,}5` is a decimal comma
    /// (`bracedCommaIsDecimal`), and `0{.}375` a decimal point in braces.
    static func removeThousandsMarks(_ text: inout [UInt8]) {
        let mark = thousandsMark, braced = bracedComma
        guard Bytes.contains(text, mark) || Bytes.contains(text, braced) || Bytes.contains(text, bracedPoint) else { return }
        var result: [UInt8] = []
        var index = 0
        while index < text.count {
            if index > 0, Bytes.isDigit(text[index - 1]) {
                if Bytes.hasPrefix(text, at: index, mark) {
                    var next = index + mark.count
                    while next < text.count, text[next] == 32 { next += 1 }
                    // A group of exactly three digits follows a thousands mark; `[-1,\!2)` keeps its comma.
                    var digits = next
                    while digits < text.count, Bytes.isDigit(text[digits]) { digits += 1 }
                    if digits - next == 3 { index = next; continue }
                    if digits > next { result.append(44); index = next; continue }
                }
                // `0{,}\overline{6}`: a repeating decimal's comma.
                if Bytes.hasPrefix(text, at: index, braced), Bytes.hasPrefix(text, at: index + 3, overlineName) { result.append(46); index += 3; continue }
                if Bytes.hasPrefix(text, at: index, braced), index + 3 < text.count, Bytes.isDigit(text[index + 3]) {
                    if bracedCommaIsDecimal(text, at: index) { result.append(46) }
                    index += 3; continue
                }
                if Bytes.hasPrefix(text, at: index, bracedPoint), index + 3 < text.count, Bytes.isDigit(text[index + 3]) {
                    result.append(46); index += 3; continue
                }
            }
            result.append(text[index]); index += 1
        }
        text = result
    }

    /// Removes the words "percent", "percentage", "per cent" and "pct" after a number (and the spaces before them);
    /// true when any went.
    static func removePercentWords(_ text: inout [UInt8]) -> Bool {
        var changed = false
        if Bytes.findLastIgnoringCase(text, b("per cent")) != nil { changed = removeWord(&text, b("per cent")) }
        if Bytes.findLastIgnoringCase(text, b("pct")) != nil { changed = removeWord(&text, b("pct")) || changed }
        guard Bytes.findLastIgnoringCase(text, b("percent")) != nil else { return changed }
        return removeWord(&text, b("percent")) || changed
    }

    /// Removes a whole word (optionally followed by "age"), with the spaces before it; true when any went.
    static func removeWord(_ text: inout [UInt8], _ word: [UInt8]) -> Bool {
        var result: [UInt8] = []
        var index = 0
        var changed = false
        while index < text.count {
            if Bytes.hasPrefixIgnoringCase(text, at: index, word), index == 0 || !Bytes.isLetter(text[index - 1]) {
                var end = index + word.count
                if Bytes.hasPrefixIgnoringCase(text, at: end, b("age")) { end += 3 }
                if end == text.count || !Bytes.isLetter(text[end]) {
                    while let last = result.last, last == 32 { result.removeLast() }
                    index = end
                    changed = true
                    continue
                }
            }
            result.append(text[index]); index += 1
        }
        text = result
        return changed
    }

    /// Replaces every `\command{content}` by `content` (brace-balanced), for wrappers such as `\text`.
    static func unwrap(_ input: [UInt8], commands: [[UInt8]]) -> [UInt8] {
        var text = input
        for _ in 0..<32 {
            var changed = false
            var index = 0
            while index < text.count {
                if text[index] == 92 {
                    for command in commands where Bytes.hasPrefix(text, at: index, command) {
                        var brace = index + command.count
                        if brace < text.count, Bytes.isLetter(text[brace]) { continue }   // \textbf is not \text + bf
                        while brace < text.count, text[brace] == 32 { brace += 1 }
                        if brace < text.count, text[brace] == 123, let close = Bytes.matchingBrace(text, from: brace) {
                            text.replaceSubrange(index..<close, with: text[(brace + 1)..<(close - 1)])
                            changed = true
                            break
                        }
                    }
                }
                index += 1
            }
            if !changed { break }
        }
        return text
    }

    static let foreignFunctionNames: [String: String] = ["ctg": "cot", "tg": "tan", "cotg": "cot", "cosec": "csc", "arctg": "arctan"]

    /// `\operatorname{sin}` is the function `\sin`: the wrapper goes and the name becomes a command.
    static func rewriteOperatorNames(_ text: inout [UInt8]) {
        let marker = b("\\operatorname")
        while let start = Bytes.find(text, marker) {
            var brace = start + marker.count
            while brace < text.count, text[brace] == 32 { brace += 1 }
            guard brace < text.count, text[brace] == 123, let close = Bytes.matchingBrace(text, from: brace) else {
                text.removeSubrange(start..<(start + marker.count)); continue
            }
            var name = Array(text[(brace + 1)..<(close - 1)])
            // The Russian and European names of cotangent and tangent (`\operatorname{ctg} x`, `\operatorname{tg} x`).
            if let standard = foreignFunctionNames[Bytes.string(name)] { name = b(standard) }
            let known = ExpressionParser.functionNames.contains(Bytes.string(name))
            text.replaceSubrange(start..<close, with: known ? [92] + name + [32] : name)
        }
    }

    static let mathrmName = b("\\mathrm{")

    /// `\mathrm{ln}\,2`, `\mathrm{sin} x`: a function name set upright is the function (`\ln 2`), never a unit.
    static func rewriteRomanFunctionNames(_ text: inout [UInt8]) {
        var from = 0
        while let start = Bytes.find(text, mathrmName, from: from) {
            let open = start + mathrmName.count - 1
            guard let close = Bytes.matchingBrace(text, from: open) else { return }
            let name = Array(text[(open + 1)..<(close - 1)])
            if !name.isEmpty, name.count <= 6, ExpressionParser.functionNames.contains(Bytes.string(name)) {
                text.replaceSubrange(start..<close, with: [92] + name + [32])
            }
            from = start + 1
        }
    }

    /// A trailing `\text{…}` (or `\mathrm`, `\mbox`) of letters only, after something with a digit, is a unit, even a
    /// one-letter one (`3\ \mathrm{h}`, `30\text{ s}`, `25\text{ m}^2`): it goes, and is returned lower-cased.
    static func stripWrappedUnit(_ text: inout [UInt8]) -> String? {
        var end = text.count
        while end > 0, text[end - 1] == 32 { end -= 1 }
        var power: [UInt8] = []
        if end >= 2, text[end - 2] == 94, text[end - 1] == 50 || text[end - 1] == 51 { power = Array(text[(end - 2)..<end]); end -= 2 }
        else if end >= 4, text[end - 4] == 94, text[end - 3] == 123, text[end - 1] == 125, text[end - 2] == 50 || text[end - 2] == 51 {
            power = [94, text[end - 2]]; end -= 4
        }
        guard end > 0, text[end - 1] == 125 else { return nil }
        for wrapper in unitWrappers {
            guard end > wrapper.count, let start = Bytes.findLast(text, wrapper, end: end),
                  let close = Bytes.matchingBrace(text, from: start + wrapper.count - 1), close == end else { continue }
            var content = Bytes.trimSpaces(text[(start + wrapper.count)..<(end - 1)])
            // `h = 20t - 5t^2 \text{ (meters)}`: a known unit word in parentheses.
            if content.count >= 3, content.first == 40, content.last == 41,
               case let inner = Bytes.trimSpaces(content.dropFirst().dropLast()), unitWordSet.contains(inner.map(Bytes.lower)) {
                content = inner
            }
            guard !content.isEmpty, content.count <= 24,
                  content.allSatisfy({ Bytes.isLetter($0) || $0 == 47 || $0 == 32 || $0 == 46 }),
                  Bytes.isLetter(content.first!) else { return nil }
            let before = Bytes.trimSpaces(text[..<start])
            // `\mathrm{i}` and `\mathrm{e}` are the constants, never units; a quantity may end in a command (`2\pi`).
            guard content.count != 1 || (content[content.startIndex] != 105 && content[content.startIndex] != 101) else { return nil }
            let endsInCommand = before.reversed().drop(while: Bytes.isLetter).first == 92 && before.last.map(Bytes.isLetter) == true
            guard let last = before.last, Bytes.isDigit(last) || last == 125 || last == 41 || last == 32 || endsInCommand,
                  before.contains(where: Bytes.isDigit) else { return nil }
            // A bound or a choice is no unit: `10\text{ or more}`, `4\text{ at least}`.
            let words = content.split(separator: 32).map { Array($0.map(Bytes.lower)) }
            guard !words.contains(where: { AnswerProse.joiners.contains($0) || AnswerProse.qualifiers.contains($0) }) else { return nil }
            let word = content.filter { $0 != 32 && $0 != 46 }.map(Bytes.lower)
            // Words that join answers are not units (`2 \text{or}`), and scale words are numbers (`2.5\text{ million}`).
            guard word != b("and"), word != b("or"), !scaleWords.contains(where: { $0.word == word }) else { return nil }
            text = Array(before)
            return Bytes.string(word + power)
        }
        return nil
    }

    /// `0.1\overline{6}` is the repeating decimal 0.1666…: rewritten as the exact fraction `\frac{15}{90}`.
    /// Every one is rewritten (the entries of a vector `\begin{pmatrix} -0.\overline{3} \\ 0.\overline{6} \end{pmatrix}`).
    static func rewriteRepeatingDecimals(_ text: inout [UInt8]) {
        var from = 0
        while let start = Bytes.find(text, repeatMarker, from: from) {
            from = rewriteRepeatingDecimal(&text, at: start)
        }
    }

    static let repeatMarker = b("\\overline{"), boxedOpen = b("\\boxed{")
    static let ellipses: [[UInt8]] = ["...", "..", "\u{2026}", "\\ldots", "\\dots", "\\cdots"].map(b)

    /// A decimal that ends its digits with an ellipsis after a repeated block is that repeating decimal, as a fraction:
    /// `0.333...` = 1/3, `0.1666…` = 1/6, `0.142857142857\ldots` = 1/7. The block (one to six digits) must be written
    /// at least twice before the ellipsis; anything else is left as it is. So is one that closes a computation,
    /// `\frac{4}{33} = 0.121212\ldots` (the side after the last `=`).
    static func rewriteEllipsisDecimal(_ text: inout [UInt8]) {
        var body = Array(Bytes.trimSpaces(text[...]))
        // Inside math delimiters (`$0.3333\ldots$`, `\(0.1666\dots\)`), which later passes remove.
        for (open, close) in [("$", "$"), ("\\(", "\\)")].map({ (b($0.0), b($0.1)) })
        where body.count > open.count + close.count && Bytes.hasPrefix(body, at: 0, open) && Bytes.hasPrefix(body, at: body.count - close.count, close) {
            body = Array(Bytes.trimSpaces(body[open.count..<(body.count - close.count)]))
        }
        if let equals = body.lastIndex(of: 61) {
            var side = Array(Bytes.trimSpaces(body[(equals + 1)...]))
            let before = side
            rewriteEllipsisDecimal(&side)
            if side != before { text = Array(body[...equals]) + side }
            return
        }
        guard let ellipsis = ellipses.first(where: { body.count > $0.count && Bytes.hasPrefix(body, at: body.count - $0.count, $0) }) else { return }
        body.removeLast(ellipsis.count)
        let negative = body.first == 45
        if negative { body.removeFirst() }
        guard let point = body.firstIndex(of: 46), point > 0, body[..<point].allSatisfy(Bytes.isDigit),
              body[(point + 1)...].allSatisfy(Bytes.isDigit), body.count - point - 1 >= 2, body.count <= 30 else { return }
        let whole = Array(body[..<point]), fraction = Array(body[(point + 1)...])
        for period in 1...6 where fraction.count >= 2 * period {
            let block = Array(fraction.suffix(period))
            guard Array(fraction.suffix(2 * period).prefix(period)) == block else { continue }
            var prefix = Array(fraction.dropLast(period))
            while prefix.count >= period, Array(prefix.suffix(period)) == block { prefix.removeLast(period) }
            // x = whole + (int(prefix + block) − int(prefix)) / ((10^period − 1) · 10^len(prefix))
            guard let all = Int(Bytes.string(prefix + block)), let head = prefix.isEmpty ? 0 : Int(Bytes.string(prefix)),
                  let integer = Int(Bytes.string(whole)), prefix.count <= 12 else { return }
            var denominator = 1
            for _ in 0..<period { denominator *= 10 }
            denominator -= 1
            for _ in 0..<prefix.count { denominator *= 10 }
            let (scaled, overflow) = integer.multipliedReportingOverflow(by: denominator)
            let (numerator, overflowSum) = scaled.addingReportingOverflow(all - head)
            guard !overflow, !overflowSum else { return }
            text = Array(((negative ? "-" : "") + "\\frac{\(numerator)}{\(denominator)}").utf8)
            return
        }
    }

    /// TeX's `{3 \over 4}` is `\frac{3}{4}`: the group around `\over` (or the whole answer) is numerator over denominator.
    static func rewriteOver(_ text: inout [UInt8]) {
        var from = 0
        while let at = Bytes.find(text, overName, from: from) {
            let after = at + overName.count
            guard after >= text.count || !Bytes.isLetter(text[after]) else { from = after; continue }
            var open = -1, depth = 0, index = at - 1
            while index >= 0 {
                if text[index] == 125 { depth += 1 } else if text[index] == 123 { if depth == 0 { open = index; break }; depth -= 1 }
                index -= 1
            }
            let close = open >= 0 ? Bytes.matchingBrace(text, from: open).map { $0 - 1 } : text.count
            guard let close, close > after else { from = after; continue }
            let numerator = Array(text[(open + 1)..<at]), denominator = Array(text[after..<close])
            let fraction = b("\\frac{") + numerator + b("}{") + denominator + b("}")
            text.replaceSubrange((open >= 0 ? open : 0)..<(open >= 0 ? close + 1 : close), with: fraction)
            from = (open >= 0 ? open : 0) + fraction.count
        }
    }

    static let overName = b("\\over")
    static let mapstoName = b("\\mapsto")

    /// The French notation for an open end, a bracket turned outwards: `]2, +\infty[` is `(2, +\infty)`, `[0, 1[` is
    /// `[0, 1)`, `]3 ; 4]` is `(3 ; 4]`. Only for an interval: one comma (or, with none, one semicolon), a bracket at each end.
    static func rewriteReversedBrackets(_ text: inout [UInt8]) {
        guard text.count >= 5, let first = text.first, let last = text.last, first == 91 || first == 93, last == 91 || last == 93,
              text.filter({ $0 == 44 }).count == 1 || !text.contains(44) && text.filter({ $0 == 59 }).count == 1, !text
            .dropFirst().dropLast().contains(where: { $0 == 91 || $0 == 93 }) else { return }
        if first == 93 { text[0] = 40 }
        if last == 91 { text[text.count - 1] = 41 }
    }

    static let cupName = b("\\cup"), inName = b("\\in "), toName = b("\\to")

    /// `x \in ]-\infty ; -1] \cup [2 ; +\infty[`: each interval of a union (after an optional `x \in`) as
    /// `rewriteReversedBrackets` rewrites a lone one.
    static func rewriteReversedBracketsInUnion(_ text: inout [UInt8]) {
        var start = 0
        if let element = Bytes.find(text, inName), element <= 4 { start = element + inName.count }
        var pieces: [[UInt8]] = []
        var from = start
        while let cup = Bytes.find(text, cupName, from: from) {
            pieces.append(Array(text[from..<cup])); from = cup + cupName.count
        }
        pieces.append(Array(text[from...]))
        guard pieces.count >= 2 || start > 0 else { return }
        let rewritten = pieces.map { piece -> [UInt8] in
            var interval = Array(Bytes.trimSpaces(piece[...]))
            rewriteReversedBrackets(&interval)
            return interval
        }
        text = Array(text[..<start]) + Array(rewritten.joined(separator: b(" \\cup ")))
    }

    /// A function written as a map: `f\colon x \mapsto 2x` (or `f: x \mapsto 2x`) is `f(x)=2x`; `x \mapsto 2x` alone is its
    /// body, `2x`.
    static func rewriteMapsTo(_ text: inout [UInt8]) {
        guard let arrow = Bytes.find(text, mapstoName) else { return }
        var left = Array(Bytes.trimSpaces(text[..<arrow]))
        let body = Array(Bytes.trimSpaces(text[(arrow + mapstoName.count)...]))
        guard !body.isEmpty, let variable = left.last, Bytes.isLetter(variable) else { return }
        left.removeLast()
        var name = Array(Bytes.trimSpaces(left[...]))
        // `f:\mathbb{N}\to\mathbb{N},\ n \mapsto n^2`: the domain and codomain before the map go.
        if let arrow = Bytes.find(name, toName), let colon = name[..<arrow].lastIndex(of: 58) ?? Bytes.find(name, b("\\colon")) {
            name = Array(Bytes.trimSpaces(name[..<colon])) + [58]
        }
        for separator in [b("\\colon"), b(":")] where name.count > separator.count && Array(name.suffix(separator.count)) == separator {
            name = Array(Bytes.trimSpaces(name.dropLast(separator.count)))
        }
        if name.isEmpty { text = body; return }
        guard name.count == 1, Bytes.isLetter(name[0]) else { return }
        text = name + [40, variable, 41, 61] + body
    }

    /// A repeating decimal written with its period in parentheses, as Russian, German and French schools write it:
    /// `0,(3)`, `0.1(6)`, `0{,}(3)`, `-2,(45)` → `0.\overline{3}`, `0.1\overline{6}`, … (a period of at most eight
    /// digits); nil for anything else. Verify reads a candidate's value this way too after a name (`x = 0.(3)`).
    static func parenthesisedPeriod(_ text: [UInt8]) -> [UInt8]? {
        var bytes = text
        Bytes.replaceAll(&bytes, b("{,}"), with: [44])
        var index = 0
        if bytes.first == 45 { index = 1 }
        let whole = index
        while index < bytes.count, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > whole, index < bytes.count, bytes[index] == 44 || bytes[index] == 46 else { return nil }
        let point = index
        index += 1
        while index < bytes.count, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == 40 else { return nil }
        let open = index
        index += 1
        while index < bytes.count, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > open + 1, index - open - 1 <= 8, index == bytes.count - 1, bytes[index] == 41 else { return nil }
        return Array(bytes[..<point]) + [46] + Array(bytes[(point + 1)..<open]) + b("\\overline{") + Array(bytes[(open + 1)..<index]) + [125]
    }

    /// Unicode subscript digits are a subscript: `2516₈` → `2516_{8}`, `log₂3` → `log_{2}3`, `x₁₀` → `x_{10}`.
    static func rewriteSubscriptDigits(_ text: inout [UInt8]) {
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if index + 2 < text.count, text[index] == 0xE2, text[index + 1] == 0x82, (0x80...0x89).contains(text[index + 2]) {
                output += b("_{")
                while index + 2 < text.count, text[index] == 0xE2, text[index + 1] == 0x82, (0x80...0x89).contains(text[index + 2]) {
                    output.append(48 + text[index + 2] - 0x80)
                    index += 3
                }
                output.append(125)
            } else {
                output.append(text[index])
                index += 1
            }
        }
        text = output
    }

    /// Rewrites the repeating decimal whose `\overline{` starts at `start`; returns where to search for the next one.
    static func rewriteRepeatingDecimal(_ text: inout [UInt8], at start: Int) -> Int {
        let marker = repeatMarker
        guard let close = Bytes.matchingBrace(text, from: start + marker.count - 1) else { return start + marker.count }
        let repeating = Array(text[(start + marker.count)..<(close - 1)])
        // `0,\overline{4}`, `0,1\overline{6}`: a decimal comma before the bar's digits (no thousands group ends there).
        var comma = start
        while comma > 0, Bytes.isDigit(text[comma - 1]), start - comma < 8 { comma -= 1 }
        if comma > 1, text[comma - 1] == 44, Bytes.isDigit(text[comma - 2]), !text[..<start].contains(46) { text[comma - 1] = 46 }
        var digitsStart = start
        while digitsStart > 0, Bytes.isDigit(text[digitsStart - 1]) || text[digitsStart - 1] == 46 { digitsStart -= 1 }
        let prefix = Array(text[digitsStart..<start])
        guard !repeating.isEmpty, repeating.count <= 8, repeating.allSatisfy(Bytes.isDigit), prefix.count <= 9,
              prefix.filter({ $0 == 46 }).count <= 1 else { return close }
        let parts = prefix.split(separator: 46, omittingEmptySubsequences: false)
        let whole = parts.first.map { Array($0) } ?? []
        let decimals = parts.count > 1 ? Array(parts[1]) : []
        guard parts.count == 2 || prefix.isEmpty else { return close }
        // x = W.D(R): x = (WDR − WD) / (10^(|D|+|R|) − 10^|D|).
        guard let withRepeat = Int(Bytes.string(whole + decimals + repeating)), let without = Int(Bytes.string(whole + decimals).isEmpty ? "0" : Bytes.string(whole + decimals)) else { return close }
        var low = 1
        for _ in decimals { low *= 10 }
        var high = low
        for _ in repeating { high *= 10 }
        let fraction = b("\\frac{\(withRepeat - without)}{\(high - low)}")
        text.replaceSubrange(digitsStart..<close, with: fraction)
        return digitsStart + fraction.count
    }

    /// One pass over the backslashes: whether the text has `\begin{`, a `\…phantom`, or a command starting with `o`
    /// (`\operatorname`, `\overline`), so the rewrites for them run only when needed.
    static func commandsPresent(_ text: [UInt8]) -> (begin: Bool, phantom: Bool, o: Bool, color: Bool, unitVector: Bool) {
        var result = (begin: false, phantom: false, o: false, color: false, unitVector: false)
        var index = 0
        while let found = text[index...].firstIndex(of: 92) {
            let next = found + 1 < text.count ? text[found + 1] : 0
            if next == 98, Bytes.hasPrefix(text, at: found + 1, b("begin{")) { result.begin = true }
            else if next == 111 { result.o = true }
            else if next == 99 || next == 116, Bytes.hasPrefix(text, at: found + 1, b("color")) || Bytes.hasPrefix(text, at: found + 1, b("textcolor")) {
                result.color = true
            }
            else if next == 109 || next == 104 || next == 118 || next == 98 || next == 119, UnitVectors.startsMarker(text, at: found) {
                result.unitVector = true
            }
            else if next == 112 || next == 104 || next == 118, Bytes.hasPrefix(text, at: found + (next == 112 ? 1 : 2), b("phantom")) {
                result.phantom = true
            }
            index = found + 1
        }
        return result
    }

    static let alignedEnvironments: [[UInt8]] = ["align*", "align", "aligned", "eqnarray*", "eqnarray", "gather*", "gather",
                                                 "gathered", "split", "equation*", "equation", "displaymath"].map { b("\\begin{" + $0 + "}") }

    /// An answer that is an aligned derivation (`\begin{aligned} y &= 2+3 \\ &= 5 \end{aligned}`) is read by its last
    /// line, without alignment marks and a leading `=`: here `5`; rows that each set another variable are all kept.
    static func takeLastAlignedRow(_ text: inout [UInt8]) {
        guard let environment = alignedEnvironments.first(where: { Bytes.contains(text, $0) }),
              let start = Bytes.find(text, environment) else { return }
        let name = environment[7..<(environment.count - 1)]
        let end = b("\\end{") + name + [125]
        guard let close = Bytes.find(text, end, from: start) else { return }
        let body = Array(text[(start + environment.count)..<close])
        var rows: [[UInt8]] = []
        var rowStart = 0
        var index = 0
        while index + 1 < body.count {
            if body[index] == 92, body[index + 1] == 92 { rows.append(Array(body[rowStart..<index])); index += 2; rowStart = index; continue }
            index += 1
        }
        rows.append(Array(body[rowStart...]))
        // Rows that each set one variable (`x &= 1, \\ y &= -2, \\ z &= 3.`) are a system's solution: all of them.
        let assignments = rows.filter { $0.contains { !Bytes.isSpace($0) } }.map { row -> [UInt8] in
            var cleaned = Array(Bytes.trimSpaces(row.filter { $0 != 38 }[...]))
            while cleaned.last == 44 || cleaned.last == 46 || cleaned.last == 32 { cleaned.removeLast() }
            return cleaned
        }
        if assignments.count >= 2, assignments.allSatisfy({ $0.count >= 3 && Bytes.isLetter($0[0]) && ($0[1] == 61 || $0[1] == 32 && $0[2] == 61) }),
           Set(assignments.map { $0[0] }).count == assignments.count {
            text = Array(assignments.joined(separator: b(", ")))
            return
        }
        guard var last = rows.last(where: { $0.contains { !Bytes.isSpace($0) } }) else { return }
        last.removeAll { $0 == 38 }
        var row = Bytes.trimSpaces(last[...])
        if row.first == 61 { row = Bytes.trimSpaces(row.dropFirst()) }
        text = Array(row)
    }

    static let transposeMarks: [[UInt8]] = ["^T", "^{T}", "^\\top", "^{\\top}", "^\\intercal", "^{\\intercal}", "^{\\mathsf{T}}", "^\\mathsf{T}"].map(b)

    /// A row vector transposed (`\begin{pmatrix} 0 & 0 & 0 \end{pmatrix}^T`) is the column vector, and a column vector
    /// transposed the row: the mark goes and the separators swap. Only for a whole answer that is one vector. A list
    /// transposed (`[-2, -14, -7]^T`) is a tuple.
    static func transposeVector(_ text: inout [UInt8]) {
        guard let mark = transposeMarks.first(where: { mark in
            text.count > mark.count && Bytes.hasPrefix(text, at: text.count - mark.count, mark)
        }) else { return }
        var body = Array(Bytes.trimSpaces(text[..<(text.count - mark.count)]))
        // `[-2, -14, -7]^T`, `(1, 2)^T`: a list of entries transposed is the column vector of them, read as a tuple.
        if let first = body.first, first == 91 || first == 40, body.last == (first == 91 ? 93 : 41), body.contains(44),
           !body.dropFirst().dropLast().contains(where: { [40, 41, 91, 93].contains($0) }) {
            text = [40] + body.dropFirst().dropLast() + [41]
            return
        }
        guard Bytes.hasPrefix(body, at: 0, b("\\begin{")), body.last == 125,
              let open = body.firstIndex(of: 125), let close = Bytes.findLast(body, b("\\end{")), close > open else { return }
        var inner = Array(body[(open + 1)..<close])
        let rowBreak = b("\\\\")
        let hasRows = Bytes.contains(inner, rowBreak), hasColumns = inner.contains(38)
        guard hasRows != hasColumns else { return }
        if hasColumns { inner = inner.flatMap { $0 == 38 ? rowBreak : [$0] } } else { Bytes.replaceAll(&inner, rowBreak, with: [38]) }
        body.replaceSubrange((open + 1)..<close, with: inner)
        text = body
    }

    /// An equation number `\tag{3}` (or `\tag*{…}`) after a displayed answer is not part of it: `n = 7 \tag{3}` is `n = 7`.
    static func removeEquationTags(_ text: inout [UInt8]) {
        let name = b("\\tag")
        while let start = Bytes.find(text, name) {
            var open = start + name.count
            if open < text.count, text[open] == 42 { open += 1 }
            guard open < text.count, text[open] == 123, let close = Bytes.matchingBrace(text, from: open) else { return }
            text.removeSubrange(start...close)
        }
    }

    /// `\textcolor{red}{12}` and `\color{blue}12` print their content: the colour argument goes (the `\textcolor` wrapper is
    /// then unwrapped like `\text`).
    static func removeColors(_ text: inout [UInt8]) {
        for name in [b("\\textcolor{"), b("\\color{")] {
            var from = 0
            while let start = Bytes.find(text, name, from: from), let close = Bytes.matchingBrace(text, from: start + name.count - 1) {
                // Keep `\textcolor` itself so that its second argument is unwrapped; drop `\color` whole.
                let keep = name.count == 11 ? 10 : 0
                text.removeSubrange((start + keep)..<close)
                from = start + keep + 1
            }
        }
    }

    /// `**` between operands is Python's power (`x**2` → `x^{2}`); a standalone `pi` is π; `abs(…)` is `|…|`; `inf` and
    /// `oo` are `\infty`. One pass finds which of them can occur, so most answers pay only for that pass.
    static func rewritePythonSyntax(_ text: inout [UInt8]) {
        var star = false, pi = false, infinity = false, abs = false, logBase = false
        var index = 0
        let count = text.count
        while index + 1 < count {
            let byte = text[index], next = text[index + 1]
            // `6 + 9*I`: sympy's imaginary unit after a multiplication sign is `i`.
            if byte == 42, next == 73, index + 2 == count || !Bytes.isLetter(text[index + 2]) && !Bytes.isDigit(text[index + 2]) {
                text[index + 1] = 105
            }
            if byte == 42, next == 42 { star = true }
            else if byte == 112, next == 105 { pi = true }
            else if byte == 105, next == 110, index + 2 < count, text[index + 2] == 102 { infinity = true }
            else if byte == 111, next == 111 { infinity = true }
            else if byte == 97, next == 98, index + 3 < count, text[index + 2] == 115, text[index + 3] == 40 { abs = true }
            else if byte == 108, next == 111, index + 3 < count, text[index + 2] == 103, text[index + 3] == 95,
                    index == 0 || !(Bytes.isLetter(text[index - 1]) || text[index - 1] == 92) { logBase = true }
            index += 1
        }
        // `log_2 3` written without its backslash is `\log_2 3`.
        if logBase { rewritePlainLogs(&text) }
        if star { rewritePythonPowers(&text) }
        if pi { replacePiWords(&text) }
        if infinity { replaceInfinityTokens(&text) }
        if abs { rewriteAbsCalls(&text) }
    }

    /// Puts the backslash before each `log_` that has none and is not inside a word (`2+log_2 3` → `2+\log_2 3`).
    static func rewritePlainLogs(_ text: inout [UInt8]) {
        var index = 0
        while index + 3 < text.count {
            if text[index] == 108, text[index + 1] == 111, text[index + 2] == 103, text[index + 3] == 95,
               index == 0 || !(Bytes.isLetter(text[index - 1]) || text[index - 1] == 92) {
                text.insert(92, at: index)
                index += 4
            } else { index += 1 }
        }
    }

    /// `a**b` → `a^{b}`: the exponent is braced (`2**10` → `2^{10}`, not LaTeX's `2^1` then `0`): a run of digits, letters
    /// and points, or a parenthesised group, with an optional sign.
    static func rewritePythonPowers(_ text: inout [UInt8]) {
        var result: [UInt8] = []
        result.reserveCapacity(text.count + 4)
        var index = 0
        while index < text.count {
            if text[index] == 42, index + 1 < text.count, text[index + 1] == 42, index > 0, index + 2 < text.count,
               text[index - 1] != 42, text[index + 2] != 42 {
                var end = index + 2
                if end < text.count, text[end] == 45 || text[end] == 43 { end += 1 }
                if end < text.count, text[end] == 40 {
                    var depth = 0
                    while end < text.count {
                        if text[end] == 40 { depth += 1 }
                        if text[end] == 41 { depth -= 1; if depth == 0 { end += 1; break } }
                        end += 1
                    }
                } else {
                    while end < text.count, Bytes.isDigit(text[end]) || Bytes.isLetter(text[end]) || text[end] == 46 { end += 1 }
                }
                result += [94, 123] + text[(index + 2)..<end] + [125]
                index = end
                continue
            }
            result.append(text[index]); index += 1
        }
        text = result
    }

    /// A standalone `pi` (not inside a word, not `\pi`) is `\pi`.
    static func replacePiWords(_ text: inout [UInt8]) {
        var index = 0
        while index + 1 < text.count {
            if text[index] == 112, text[index + 1] == 105, index == 0 || !(Bytes.isLetter(text[index - 1]) || text[index - 1] == 92),
               index + 2 == text.count || !Bytes.isLetter(text[index + 2]) {
                text.replaceSubrange(index..<(index + 2), with: piCommand)
                index += piCommand.count
                continue
            }
            index += 1
        }
    }
    static let piCommand = b("\\pi "), absCall = b("abs(")

    /// `abs(…)` (not inside a word or a command) is `|…|`.
    static func rewriteAbsCalls(_ text: inout [UInt8]) {
        var from = 0
        while let start = Bytes.find(text, absCall, from: from) {
            from = start + 1
            guard start == 0 || !Bytes.isLetter(text[start - 1]) && text[start - 1] != 92 else { continue }
            var depth = 0
            var close: Int?
            for index in (start + 3)..<text.count {
                if text[index] == 40 { depth += 1 }
                if text[index] == 41 { depth -= 1; if depth == 0 { close = index; break } }
            }
            guard let end = close else { return }
            text.replaceSubrange(end...end, with: [124])
            text.replaceSubrange(start..<(start + 4), with: [124])
        }
    }

    /// A standalone `inf` or `oo` (not inside a word or a command) becomes `\infty`.
    static func replaceInfinityTokens(_ text: inout [UInt8]) {
        var index = 0
        while index + 1 < text.count {
            let length = Bytes.hasPrefix(text, at: index, infWord) ? 3 : Bytes.hasPrefix(text, at: index, ooWord) ? 2 : 0
            if length > 0, index == 0 || !(Bytes.isLetter(text[index - 1]) || text[index - 1] == 92),
               index + length == text.count || !Bytes.isLetter(text[index + length]) {
                text.replaceSubrange(index..<(index + length), with: infinityCommand)
                index += infinityCommand.count
                continue
            }
            index += 1
        }
    }
    static let infWord = b("inf"), ooWord = b("oo"), infinityCommand = b("\\infty ")

    static let forWord = b("for "), textOpen = b("\\text{")
    static let quantifierWords: [[UInt8]] = ["for all", "for every", "for each", "for any", "for all real", "for every real"].map(b)
    static let spacingBefore: [[UInt8]] = ["\\ ", "\\,", "\\;", "\\quad", "\\qquad", " "].map(b)

    /// Removes a quantifier in `\text{}` that follows an answer with its one-letter name and maybe a domain
    /// (`\text{ for all } x`, `\text{for all }x \in \mathbb{Q}`), with the spacing before it, when a separator or the end
    /// comes next: the answer holds everywhere, so the clause adds nothing to compare.
    static func removeQuantifierClauses(_ text: inout [UInt8]) {
        var from = 0
        while let at = Bytes.find(text, textOpen, from: from), let close = Bytes.matchingBrace(text, from: at + 5) {
            from = close
            let inner = Array(Bytes.trimSpaces(text[(at + 6)..<(close - 1)])).map(Bytes.lower)
            guard quantifierWords.contains(inner) else { continue }
            var end = close
            while end < text.count, text[end] == 32 || text[end] == 36 { end += 1 }
            guard end < text.count, Bytes.isLetter(text[end]), end + 1 == text.count || !Bytes.isLetter(text[end + 1]) else { continue }
            end += 1
            // A domain: `\in \mathbb{R}`, `\in\mathbb Q`.
            var probe = end
            while probe < text.count, text[probe] == 32 { probe += 1 }
            if Bytes.hasPrefix(text, at: probe, b("\\in")), probe + 3 < text.count, !Bytes.isLetter(text[probe + 3]) {
                probe += 3
                while probe < text.count, text[probe] == 32 { probe += 1 }
                if Bytes.hasPrefix(text, at: probe, b("\\mathbb")) {
                    probe += 7
                    while probe < text.count, text[probe] == 32 || text[probe] == 123 || text[probe] == 125 || Bytes.isLetter(text[probe]) && probe < end + 24 {
                        probe += 1
                    }
                    end = probe
                }
            }
            var next = end
            while next < text.count, text[next] == 32 || text[next] == 36 { next += 1 }
            guard next == text.count || [44, 46, 59, 92].contains(text[next]) else { continue }
            var start = at
            while let spacing = spacingBefore.first(where: { start >= $0.count && Bytes.hasPrefix(text, at: start - $0.count, $0) }) { start -= spacing.count }
            text.removeSubrange(start..<end)
            text.insert(32, at: start)
            from = start + 1
        }
    }

    static let leName = b("\\le")
    static let wrappedScales: [[UInt8]] = ["\\text{F}", "\\text{C}", "\\text{ F}", "\\text{ C}", "\\mathrm{F}", "\\mathrm{C}"].map(b)

    /// Removes the temperature scales (`\text{F}`, `\mathrm{C}`, or a bare `F` or `C` after a digit) of a relation's
    /// bounds, once their degree signs are gone: `59\text{F} \le T \le 77\text{F}` → `59 \le T \le 77`.
    static func stripTemperatureScalesInRelation(_ text: inout [UInt8]) {
        for scale in wrappedScales { Bytes.replaceAll(&text, scale, with: []) }
        var index = text.count - 1
        while index >= 1 {
            if text[index] == 67 || text[index] == 70, Bytes.isDigit(text[index - 1]) || text[index - 1] == 32 && index >= 2 && Bytes.isDigit(text[index - 2]),
               index + 1 == text.count || !Bytes.isLetter(text[index + 1]) && text[index + 1] != 40 {
                text.remove(at: index)
            }
            index -= 1
        }
    }

    /// After a degree sign, a lone `C` or `F` at the end is the temperature scale (`25°C`): it goes and is returned as the
    /// unit (`c`, `f`), as `25^\circ\text{C}` gives.
    static func stripTemperatureScale(_ text: inout [UInt8]) -> String? {
        guard let last = text.last, last == 67 || last == 70, text.count >= 2 else { return nil }
        var before = text.count - 1
        while before > 0, text[before - 1] == 32 { before -= 1 }
        guard before > 0, Bytes.isDigit(text[before - 1]) || text[before - 1] == 125 else { return nil }
        text.removeSubrange(before...)
        return last == 67 ? "c" : "f"
    }

    /// A leading currency abbreviation before an amount (`Rs. 500`, `USD 20`) goes, as Qwen2.5-Math's unit list drops `rs`.
    static func removeCurrencyPrefix(_ text: inout [UInt8]) {
        for prefix in currencyPrefixes where Bytes.hasPrefixIgnoringCase(text, at: 0, prefix) {
            var cursor = prefix.count
            if cursor < text.count, text[cursor] == 46 { cursor += 1 }
            while cursor < text.count, text[cursor] == 32 { cursor += 1 }
            guard cursor < text.count, cursor > prefix.count, Bytes.isDigit(text[cursor]) else { return }
            text.removeSubrange(0..<cursor)
            return
        }
    }

    /// A unit word in braces at the end (`100 {cm}^2`, DeepSeek-Math strips `{cm}`, `{m}`) loses its braces.
    static func unbraceUnit(_ text: inout [UInt8]) {
        var end = text.count
        if end >= 3, text[end - 2] == 94, text[end - 3] == 125 { end -= 2 }
        else if end >= 5, text[end - 4] == 94, text[end - 5] == 125 { end -= 4 }
        guard end >= 3, text[end - 1] == 125, let open = text[..<(end - 1)].lastIndex(of: 123) else { return }
        let word = text[(open + 1)..<(end - 1)].map(Bytes.lower)
        guard !word.isEmpty, word.allSatisfy(Bytes.isLetter), unitWordSet.contains(word), open > 0,
              text[open - 1] == 32 || Bytes.isDigit(text[open - 1]) else { return }
        text.remove(at: end - 1)
        text.remove(at: open)
    }

    /// `\phantom{x}`, `\hphantom{…}`, `\vphantom{…}` take space but print nothing: they go with their argument.
    static func removePhantoms(_ text: inout [UInt8]) {
        for name in ["\\phantom{", "\\hphantom{", "\\vphantom{"].map(b) {
            while let start = Bytes.find(text, name), let close = Bytes.matchingBrace(text, from: start + name.count - 1) {
                text.removeSubrange(start..<close)
            }
        }
    }

    static let ordinalSuffixes: [[UInt8]] = ["st", "nd", "rd", "th"].map(b)

    /// An ordinal suffix after digits goes (`5^{th}`, `5^{\text{th}}` once unwrapped, `3rd`, `21st`): the answer is the number.
    static func removeOrdinalSuffixes(_ text: inout [UInt8]) {
        guard text.count >= 3 else { return }
        var index = 1
        while index < text.count {
            guard Bytes.isDigit(text[index - 1]) else { index += 1; continue }
            var cursor = index
            var braced = false
            if text[cursor] == 94 { cursor += 1 }
            if cursor < text.count, text[cursor] == 123 { cursor += 1; braced = true }
            // Only the suffix that fits the number (1st, 2nd, 3rd, 11th, 24th), so `2nd` as a product of n and d stays rare.
            let last = Int(text[index - 1] - 48), tens = index >= 2 && Bytes.isDigit(text[index - 2]) ? Int(text[index - 2] - 48) : 0
            let suffix = ordinalSuffixes[tens == 1 || last == 0 || last > 3 ? 3 : last - 1]
            guard cursor + 2 <= text.count, Bytes.hasPrefixIgnoringCase(text, at: cursor, suffix) else { index += 1; continue }
            var end = cursor + suffix.count
            if braced { guard end < text.count, text[end] == 125 else { index += 1; continue }; end += 1 }
            guard end == text.count || !Bytes.isLetter(text[end]) else { index += 1; continue }
            text.removeSubrange(index..<end)
            index += 1
        }
    }

    /// Whether a letter follows a digit, a space, a `^` or a `{` (or starts the text): the only places where scale words,
    /// ordinal suffixes and the word "infinity" begin.
    static func hasWordAfterNumberOrSpace(_ text: [UInt8]) -> Bool {
        if let first = text.first, Bytes.isLetter(first) { return true }
        var index = 1
        while index < text.count {
            // A Cyrillic letter counts ("14 тыс").
            if Bytes.isLetter(text[index]) || text[index] == 0xD0 || text[index] == 0xD1 {
                let previous = text[index - 1]
                if Bytes.isDigit(previous) || previous == 32 || previous == 94 || previous == 123 { return true }
            }
            index += 1
        }
        return false
    }

    /// The word "infinity" is `\infty` (Qwen2.5-Math's parser does the same).
    static func replaceInfinityWords(_ text: inout [UInt8]) {
        let word = b("infinity")
        var index = 0
        while index + word.count <= text.count {
            if Bytes.hasPrefixIgnoringCase(text, at: index, word), index == 0 || !(Bytes.isLetter(text[index - 1]) || text[index - 1] == 92),
               index + word.count == text.count || !Bytes.isLetter(text[index + word.count]) {
                text.replaceSubrange(index..<(index + word.count), with: b("\\infty "))
                index += 7
                continue
            }
            index += 1
        }
    }

    static let infinitelyMany = b("infinitely many")

    /// "infinitely many" (maybe with one noun after it, "infinitely many solutions") as a whole answer is the count
    /// `\infty`, the form MATH and OlympiadBench golds store.
    static func rewriteInfinitelyMany(_ text: inout [UInt8]) {
        guard Bytes.hasPrefixIgnoringCase(text, at: 0, infinitelyMany) else { return }
        let rest = Bytes.trimSpaces(text[infinitelyMany.count...])
        guard rest.allSatisfy({ Bytes.isLetter($0) }) else { return }
        text = b("\\infty")
    }

    static let chooseCommand = b("\\choose")

    /// `n !` → `n!`, `(2 n) !` → `(2 n)!`: spaces between a letter, digit, `)` or `}` and a `!` that is no `!=` go.
    static func removeSpacesBeforeFactorials(_ text: inout [UInt8]) {
        var index = 1
        while index < text.count {
            if text[index] == 33, text[index - 1] == 32, index + 1 == text.count || text[index + 1] != 61 {
                var start = index - 1
                while start > 0, text[start - 1] == 32 { start -= 1 }
                if start > 0, Bytes.isLetter(text[start - 1]) || Bytes.isDigit(text[start - 1]) || text[start - 1] == 41 || text[start - 1] == 125 {
                    text.removeSubrange(start..<index)
                    index = start
                }
            }
            index += 1
        }
    }

    /// `{n \choose k}` → `\binom{n}{k}`, for each group of braces that holds a `\choose`; a `\choose` outside braces stays.
    static func rewriteChoose(_ text: inout [UInt8]) {
        var from = 0
        while let at = Bytes.find(text, chooseCommand, from: from) {
            from = at + chooseCommand.count
            var depth = 0, index = at - 1
            var open: Int?
            while index >= 0 {
                if text[index] == 125 { depth += 1 } else if text[index] == 123 { if depth == 0 { open = index; break }; depth -= 1 }
                index -= 1
            }
            guard let open, let end = Bytes.matchingBrace(text, from: open), end - 1 > at + chooseCommand.count else { continue }
            let upper = Bytes.trimSpaces(text[(open + 1)..<at]), lower = Bytes.trimSpaces(text[(at + chooseCommand.count)..<(end - 1)])
            guard !upper.isEmpty, !lower.isEmpty else { continue }
            let binomial = b("\\binom{") + upper + b("}{") + lower + b("}")
            text.replaceSubrange(open..<end, with: binomial)
            from = open + binomial.count
        }
    }

    /// A point in the notation of German-speaking schools, `(2|5)`, `P(-1,5|3)`: numbers separated by bars, whose commas
    /// are decimal commas, as the tuple `(2,5)`, `(-1.5,3)`; the point's name may carry primes and an `=` (`P'' = (2|4)`).
    /// Nil for anything else (`(a|b)`, `|x|`).
    static func barSeparatedPoint(_ raw: [UInt8]) -> [UInt8]? {
        // `S(2\,|\,5)`, `S(2{,}5 | -1)`: thin spaces around the bar and a braced decimal comma.
        var text = raw
        if text.contains(92) || text.contains(123) {
            for spacing in [b("\\,"), b("\\;"), b("\\:"), b("\\!")] { Bytes.replaceAll(&text, spacing, with: []) }
            Bytes.replaceAll(&text, b("{,}"), with: [44])
        }
        guard let open = text.firstIndex(of: 40), open == 0 || pointNamePrefix(text[..<open]) else { return nil }
        let entries = text[(open + 1)..<(text.count - 1)].split(separator: 124, omittingEmptySubsequences: false)
        guard (2...3).contains(entries.count) else { return nil }
        var point: [UInt8] = [40]
        for (number, entry) in entries.enumerated() {
            let value = Bytes.trimSpaces(entry)
            guard let first = value.first, Bytes.isDigit(first) || first == 45 && value.count > 1,
                  value.dropFirst().allSatisfy({ Bytes.isDigit($0) || $0 == 44 || $0 == 46 }), value.filter({ $0 == 44 || $0 == 46 }).count <= 1
            else { return nil }
            if number > 0 { point.append(44) }
            point.append(contentsOf: value.map { $0 == 44 ? 46 : $0 })
        }
        point.append(41)
        return point
    }

    /// Scale words after a number and their powers of ten, in English and the languages models answer in ("12,5 juta",
    /// "3 Millionen", "2,5 milioni", "1,2 milhões", "14 mille", "14 тыс.", "2 billones", "3 tỷ"); the Indian lakh and
    /// crore. Spanish `billón` is 10¹² (the long scale); English `billion` is 10⁹. Not `mil` and `mila`: they are thousand
    /// in Spanish and Italian but miles in Polish ("27 mil od miasta A"); not Portuguese `bilhão`, 10⁹ in Brazil and 10¹²
    /// in Portugal.
    static let scaleWords: [(word: [UInt8], power: Int)] = [
        ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12), ("millions", 6), ("billions", 9),
        ("millionen", 6), ("milliarden", 9), ("millones", 6), ("millón", 6), ("milioni", 6), ("miliardi", 9),
        ("milhões", 6), ("milhão", 6), ("milliards", 9), ("juta", 6), ("ribu", 3), ("miliar", 9), ("lakh", 5), ("crore", 7),
        ("тысячи", 3), ("тысяч", 3), ("тысяча", 3), ("тыс", 3), ("млн", 6), ("млрд", 9), ("mille", 3), ("tausend", 3),
        ("duizend", 3), ("billones", 12), ("billón", 12), ("milliarde", 9), ("miliardo", 9), ("milyon", 6), ("milyar", 9),
        ("triệu", 6), ("tỷ", 9), ("nghìn", 3), ("ngàn", 3), ("milion", 6), ("miliony", 6), ("milionów", 6), ("miliardów", 9),
        ("tysiąc", 3), ("tysiące", 3), ("tysięcy", 3),
    ].map { (b($0.0), $0.1) }

    static let oClockWords: [[UInt8]] = [" o'clock", " o’clock", " oclock"].map(b)

    /// `3 o'clock` is the hour 3 (a full stop may follow).
    static func removeOClock(_ text: inout [UInt8]) {
        var end = text.count
        while end > 0, text[end - 1] == 46 { end -= 1 }
        for word in oClockWords where end > word.count && Bytes.hasPrefixIgnoringCase(text, at: end - word.count, word)
            && Bytes.isDigit(text[end - word.count - 1]) {
            text.removeSubrange((end - word.count)...)
            return
        }
    }

    static let letterTimesTen = b(" x 10^"), capitalTimesTen = b(" X 10^"), timesTen = b(" \\times 10^")

    /// `2.5 x 10^4` is `2.5 \times 10^4` (only after a digit: `a x 10^2` is left as it is).
    static func rewriteLetterTimesTen(_ text: inout [UInt8]) {
        var index = 1
        while index + letterTimesTen.count <= text.count {
            if Bytes.isDigit(text[index - 1]), Bytes.hasPrefix(text, at: index, letterTimesTen) || Bytes.hasPrefix(text, at: index, capitalTimesTen) {
                text.replaceSubrange(index..<(index + letterTimesTen.count), with: timesTen)
                index += timesTen.count
            } else {
                index += 1
            }
        }
    }

    /// `2.5 million` is `2.5\times10^{6}`: a scale word right after a number (and a space) becomes its power of ten.
    static func rewriteScaleWords(_ text: inout [UInt8]) {
        guard text.count >= 6, let last = text.last, Bytes.isLetter(last) || last >= 0x80 || last == 32 else { return }
        for (word, power) in scaleWords {
            guard let start = Bytes.findLastIgnoringCase(text, word), start >= 2 else { continue }
            let end = start + word.count
            // Whole words only, in any script ("14 тысячи" is not "14 тыс" and "и").
            guard end == text.count || !Bytes.isLetter(text[end]) && text[end] < 0x80, !Bytes.isLetter(text[start - 1]) else { continue }
            var before = start
            while before > 0, text[before - 1] == 32 { before -= 1 }
            guard before > 0, Bytes.isDigit(text[before - 1]) else { continue }
            text.replaceSubrange(before..<end, with: b("\\times10^{\(power)}"))
            return
        }
    }

    static let tuplesApart = b(") (")

    /// `(1,-4,-2)\quad (3,2,3)\quad (13,2,-2)` (after the spacing became one space): tuples set apart by spaces are a
    /// list of tuples, `(1,-4,-2),(3,2,3),(13,2,-2)`. Only when every group holds a comma of its own, so that a product of
    /// factors (`(x-1) (x+2)`) stays one.
    static func joinTuplesApart(_ text: inout [UInt8]) {
        var groups: [ArraySlice<UInt8>] = []
        var index = 0
        while index < text.count {
            guard text[index] == 40 else { return }
            var depth = 0, end = index, comma = false
            while end < text.count {
                let byte = text[end]
                if byte == 40 || byte == 91 || byte == 123 { depth += 1 } else if byte == 41 || byte == 93 || byte == 125 { depth -= 1 }
                if byte == 44 && depth == 1 { comma = true }
                if depth == 0 { break }
                end += 1
            }
            guard end < text.count, text[end] == 41, comma else { return }
            groups.append(text[index...end])
            index = end + 1
            if index < text.count {
                guard text[index] == 32, index + 1 < text.count else { return }
                index += 1
            }
        }
        guard groups.count >= 2 else { return }
        text = Array(groups.joined(separator: [44]))
    }

    static func collapseSpaces(_ text: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var lastWasSpace = true
        for byte in text {
            if byte == 32 { if !lastWasSpace { result.append(32) }; lastWasSpace = true }
            else { result.append(byte); lastWasSpace = false }
        }
        if result.last == 32 { result.removeLast() }
        return result
    }

    /// Strips whole unit words at the end (with an optional `^2`), only when something numeric remains before them.
    /// Returns the stripped units (lower-case, without spaces or braces), or nil.
    static func stripUnits(_ text: inout [UInt8]) -> String? {
        var units: [String] = []
        for _ in 0..<3 {
            // Only answers ending in a letter (or a unit power such as `^2`, `^{3}`) can end in a unit word.
            guard let last = text.last else { break }
            let endsInPower = text.count >= 3 && (last == 50 || last == 51) && text[text.count - 2] == 94
                || text.count >= 5 && last == 125 && text[text.count - 4] == 94 && text[text.count - 3] == 123
            guard Bytes.isLetter(last) || last >= 0x80 || endsInPower else { break }
            var stripped = false
            for (suffix, name) in unitSuffixes where suffix.count < text.count {
                let start = text.count - suffix.count
                guard Bytes.hasPrefixIgnoringCase(text, at: start, suffix) else { continue }
                let previous = text[start - 1]
                // Whole words only: the unit must follow a space, a digit or a closing brace, never a letter.
                guard previous == 32 || Bytes.isDigit(previous) || previous == 125 else { continue }
                let remaining = Bytes.trimSpaces(text[..<start])
                guard remaining.contains(where: Bytes.isDigit) else { continue }
                text = Array(remaining)
                units.insert(name.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "{", with: "")
                    .replacingOccurrences(of: "}", with: ""), at: 0)
                stripped = true
                break
            }
            if !stripped { break }
        }
        return units.isEmpty ? nil : units.joined(separator: " ")
    }

    /// Unit symbols of one letter that an entry of a tuple may carry after a space or in `\text{}` (`(20 h, 30 h)`).
    static let tupleUnitLetters: Set<[UInt8]> = Set(["h", "m", "s", "g", "l"].map(b))

    /// `\{` and `\}`, a set's braces.
    static let setOpen = b("\\{"), setClose = b("\\}")

    /// A tuple whose entries are plain numbers that all carry the same unit, `(12 kg, 15 kg, 20 kg)`, `(20 h, 30 h)`,
    /// `(3\text{ m}, 4\text{ m})`, `(12 km/h, 3 km/h)`, is the tuple of the numbers: the unit is returned, as
    /// `stripUnits` returns a value's. Entries that differ in unit, hold a name or a bracket are left alone.
    /// Also the tuple after a tuple of names, `(x, y) = (20 h, 30 h)`, a bare list, `12\text{ km/h}, 18\text{ km/h}`,
    /// and a set, `\{5\text{ cm}, 12\text{ cm}\}`.
    static func stripTupleUnits(_ text: inout [UInt8]) -> String? {
        // `\{5\text{ cm}, 12\text{ cm}\}`: a set of such values, its braces kept.
        if text.count >= 6, Bytes.hasPrefix(text, at: 0, setOpen), Bytes.hasPrefix(text, at: text.count - 2, setClose) {
            var inner = Array(text[2..<(text.count - 2)])
            guard !inner.contains(40), !Bytes.contains(inner, setOpen), let unit = stripTupleUnits(&inner) else { return nil }
            text = setOpen + inner + setClose
            return unit
        }
        // A bare list (no parentheses at all) is read whole.
        let open = text.lastIndex(of: 40)
        if let open {
            let before = Bytes.trimSpaces(text[..<open])
            guard before.isEmpty || before.last == 61 && before.first == 40 else { return nil }
        }
        let inner = open.map { text[($0 + 1)..<(text.count - 1)] } ?? text[...]
        guard !inner.contains(where: { $0 == 40 || $0 == 41 || $0 == 91 || $0 == 93 }) else { return nil }
        var numbers: [ArraySlice<UInt8>] = [], unit: [UInt8]? = nil
        for entry in inner.split(separator: 44, omittingEmptySubsequences: false) {
            let entry = Bytes.trimSpaces(entry)
            var end = entry.startIndex
            if end < entry.endIndex, entry[end] == 45 { end += 1 }
            let digits = end
            while end < entry.endIndex, Bytes.isDigit(entry[end]) || entry[end] == 46 { end += 1 }
            guard end > digits, Bytes.isDigit(entry[end - 1]), end < entry.endIndex else { return nil }
            var rest = Array(entry[end...])
            let wrapped = Bytes.hasPrefixIgnoringCase(rest, at: 0, b("\\text{")) || Bytes.hasPrefixIgnoringCase(rest, at: 0, b("\\mathrm{"))
            if wrapped {
                guard rest.last == 125, let open = rest.firstIndex(of: 123) else { return nil }
                rest = Array(rest[(open + 1)..<(rest.count - 1)])
            }
            let spaced = rest.first == 32 || wrapped
            let word = Array(Bytes.trimSpaces(rest[...])).map(Bytes.lower)
            // A rate's slash stays in the unit: `(12 km/h, 3 km/h)`.
            guard !word.isEmpty, word.allSatisfy({ Bytes.isLetter($0) || $0 == 47 }), word.first != 47, word.last != 47,
                  unitWordSet.contains(word) || spaced && tupleUnitLetters.contains(word), unit == nil || unit == word else { return nil }
            unit = word
            numbers.append(entry[..<end])
        }
        guard numbers.count >= 2, let unit else { return nil }
        let listed = Array(numbers.joined(separator: b(", ")))
        text = open.map { Array(text[..<$0]) + [40] + listed + [41] } ?? listed
        return Bytes.string(unit[...])
    }

    /// A ratio of two plain numbers (`3:4`, `2.5:1`) is their quotient, `\frac{3}{4}`, so `3:4` = `6:8` = `0.75`.
    static func rewriteRatio(_ text: inout [UInt8]) {
        guard text.count >= 3, text.count <= 40, let colon = text.firstIndex(of: 58) else { return }
        let left = Bytes.trimSpaces(text[..<colon]), right = Bytes.trimSpaces(text[(colon + 1)...])
        func plain(_ part: ArraySlice<UInt8>) -> Bool {
            !part.isEmpty && Bytes.isDigit(part.first!) && Bytes.isDigit(part.last!) && part.allSatisfy { Bytes.isDigit($0) || $0 == 46 }
                && part.filter { $0 == 46 }.count <= 1
        }
        guard plain(left), plain(right) else { return }
        text = b("\\frac{") + left + b("}{") + right + b("}")
    }

    /// `N \equiv 3 \pmod 7` (also `\pmod{7}`, `\bmod 7`, `(\mod 7)`) answers with its residue: `3`.
    static let modulusMarkers: [[UInt8]] = ["(\\mod", "(\\bmod", "\\pmod", "\\bmod", "\\mod"].map(b)

    /// `3 \pmod 7`, `3 \pmod{7}`, `3 (\mod 7)`: a residue with its modulus is the residue. Only after a number.
    static func removeTrailingModulus(_ text: inout [UInt8]) {
        for marker in modulusMarkers {
            guard let cut = Bytes.find(text, marker) else { continue }
            let before = Bytes.trimSpaces(text[..<cut])
            guard let last = before.last, Bytes.isDigit(last) || last == 125, before.contains(where: Bytes.isDigit) else { return }
            text = Array(before)
            return
        }
    }

    static let consequenceArrows: [[UInt8]] = ["\\Longrightarrow", "\\Rightarrow", "\\implies", "\\therefore", "\\iff",
                                               "\\Leftrightarrow", "\\Longleftrightarrow"].map(b)

    /// `\cos x = 0 \Rightarrow x = \frac{\pi}{2} + k\pi`: a derivation's last step, what follows the last arrow.
    static func keepConsequence(_ text: inout [UInt8]) {
        guard let (at, arrow) = consequenceArrows.compactMap({ arrow in Bytes.findLast(text, arrow).map { ($0, arrow) } })
            .max(by: { $0.0 < $1.0 }) else { return }
        let rest = Bytes.trimSpaces(text[(at + arrow.count)...])
        guard !rest.isEmpty, at > 0 else { return }
        text = Array(rest)
    }

    static let neName = b("\\ne")

    /// Rewrites `\approx` as `=` in a list whose every entry is a name set approximately to a value (`a \approx 1.68,
    /// b \approx 0.45`); any other text stays.
    static func rewriteApproximateAssignments(_ text: inout [UInt8]) {
        let entries = text.split(separator: 44, omittingEmptySubsequences: false)
        guard entries.count >= 2, entries.allSatisfy({ entry in
            guard let at = Bytes.find(Array(entry), approxName) else { return false }
            let left = Bytes.trimSpaces(Array(entry)[..<at]), right = Bytes.trimSpaces(Array(entry)[(at + approxName.count)...])
            return isName(left) && !right.isEmpty && right.contains(where: Bytes.isDigit) && Bytes.find(Array(right), approxName) == nil
        }) else { return }
        Bytes.replaceAll(&text, approxName, with: [61])
    }

    /// What follows the last `=` outside brackets (`1.3 + 1.91` of `b + c = 1.3 + 1.91`), or all of `text`.
    static func lastSide(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var depth = 0, start = text.startIndex
        for index in text.indices {
            switch text[index] {
            case 40, 91, 123: depth += 1
            case 41, 93, 125: depth -= 1
            case 61 where depth == 0: start = index + 1
            default: break
            }
        }
        return text[start...]
    }

    /// A name: one letter, maybe with a subscript (`r`, `N_A`, `x_1`, `v_{0}`), as `N_A \approx 6.02 \cdot 10^{23}` names
    /// its value.
    static func isName(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, Bytes.isLetter(first) else { return false }
        let rest = text.dropFirst()
        if rest.isEmpty { return true }
        guard rest.first == 95 else { return false }
        let subscriptText = rest.dropFirst()
        if subscriptText.count == 1 { return Bytes.isLetter(subscriptText.first!) || Bytes.isDigit(subscriptText.first!) }
        return subscriptText.first == 123 && subscriptText.last == 125 && subscriptText.count <= 6
            && subscriptText.dropFirst().dropLast().allSatisfy { Bytes.isLetter($0) || Bytes.isDigit($0) }
    }

    /// `3 + x (x \ne 3)` (after `\quad` became a space), `\frac{x+3}{x-1}, x \neq 2`: a closing exclusion of one value of a
    /// one-letter name, after `(` or a comma, is a remark on the domain, not part of an answer that is an expression (a
    /// relation before it keeps it: `x > 0, x \neq 1` is a domain).
    static func removeTrailingExclusion(_ text: inout [UInt8]) {
        guard let at = Bytes.findLast(text, neName) else { return }
        var end = at + neName.count
        if end < text.count, text[end] == 113 { end += 1 }   // `\neq`
        var value = Bytes.trimSpaces(text[end...])
        while value.last == 46 { value = Bytes.trimSpaces(value.dropLast()) }
        var parenthesised = false
        if value.last == 41 { value = Bytes.trimSpaces(value.dropLast()); parenthesised = true }
        guard !value.isEmpty, value.count <= 12, value.allSatisfy({ Bytes.isDigit($0) || Bytes.isLetter($0) || $0 == 45 || $0 == 46 || $0 == 32 }) else { return }
        var cursor = at
        while cursor > 0, text[cursor - 1] == 32 { cursor -= 1 }
        guard cursor >= 2, Bytes.isLetter(text[cursor - 1]), !Bytes.isLetter(text[cursor - 2]), text[cursor - 2] != 92 else { return }
        cursor -= 1
        while cursor > 0, text[cursor - 1] == 32 { cursor -= 1 }
        guard cursor > 0, parenthesised ? text[cursor - 1] == 40 : text[cursor - 1] == 44 || text[cursor - 1] == 59 else { return }
        let kept = Bytes.trimSpaces(text[..<(cursor - 1)])
        // A relation before it makes a domain (`x > 0, x \neq 1`), where the exclusion is part of the answer.
        guard !kept.isEmpty, !kept.contains(60), !kept.contains(62),
              ![b("\\le"), b("\\ge"), b("\\in"), b("\\ne")].contains(where: { Bytes.contains(Array(kept), $0) }) else { return }
        text = Array(kept)
    }

    static let textOpenParenthesis = b("\\text{(")

    /// `18\ \text{(the other candidate, 24, exceeds the limit)}`: a parenthesised remark in text at the end goes; so do
    /// `x = 5 \ (\text{$x=1$ is extraneous})` and `\frac{1}{10}\text{ (i.e. }10\%\text{)}`.
    static func removeParenthesisedTextRemark(_ text: inout [UInt8]) {
        if let at = Bytes.findLast(text, textOpenParenthesis), at > 0, let close = Bytes.matchingBrace(text, from: at + 5),
           close == text.count, text[close - 2] == 41 {
            text = Array(Bytes.trimSpaces(text[..<at]))
        } else if let at = Bytes.findLast(text, parenthesisOpenText), at > 0, let close = Bytes.matchingBrace(text, from: at + 6),
                  close + 1 == text.count, text[close] == 41 {
            text = Array(Bytes.trimSpaces(text[..<at]))
        } else if text.count > textCloseParenthesis.count, Bytes.hasPrefix(text, at: text.count - textCloseParenthesis.count, textCloseParenthesis),
                  let at = Bytes.findLast(text, textSpaceOpenParenthesis), at > 0,
                  text[at..<(text.count - textCloseParenthesis.count)].contains(where: Bytes.isLetter) {
            text = Array(Bytes.trimSpaces(text[..<at]))
        } else { return }
        while text.count >= 2, text[text.count - 2] == 92, text[text.count - 1] == 32 || text[text.count - 1] == 44 { text.removeLast(2) }
        text = Array(Bytes.trimSpaces(text[...]))
    }

    static let commaSpace: [UInt8] = [44, 32]

    /// Removes the commas of a tuple that group thousands (`(1,000, 2,000)` → `(1000, 2000)`): every comma is followed by
    /// a space, or stands between a digit and three digits that end the entry; at least one of each.
    static func removeThousandsInSpacedTuple(_ text: inout [UInt8]) {
        var grouping: [Int] = []
        var index = 1
        while index < text.count - 1 {
            defer { index += 1 }
            guard text[index] == 44 else { continue }
            if text[index + 1] == 32 { continue }
            guard Bytes.isDigit(text[index - 1]), index + 4 < text.count, text[(index + 1)...(index + 3)].allSatisfy(Bytes.isDigit),
                  [44, 41, 46].contains(text[index + 4]) else { return }
            grouping.append(index)
        }
        guard !grouping.isEmpty else { return }
        for comma in grouping.reversed() { text.remove(at: comma) }
    }

    /// `x=5 \quad (x=1 \text{ is extraneous})`: a remark in parentheses after `\quad` (or `\qquad`) that says something
    /// in words goes, with the spacing (read before spacing commands become spaces). So do the parameters an equation
    /// was found with: `f(x)=x+22 \quad (a=1,\ b=22)`.
    static func removeQuadRemark(_ text: inout [UInt8]) {
        guard text.last == 41, let quad = Bytes.findLast(text, quadParenthesis), quad >= 2,
              text[quad - 1] == 92 || text[quad - 1] == 113 && text[quad - 2] == 92,
              closesOnlyAtEnd(text[(quad + quadParenthesis.count - 1)...])
        else { return }
        let inside = text[(quad + quadParenthesis.count)...]
        let saysWords = Bytes.find(text, textCommand, from: quad).map { words in
            text[words...].split(whereSeparator: { !Bytes.isLetter($0) }).contains(where: { $0.count >= 3 && !$0.elementsEqual(textName) })
        } ?? false
        let namesParameters = text[..<quad].contains(61) && inside.split(separator: 44).allSatisfy { part in
            let item = Array(part).filter { $0 != 32 && $0 != 92 && $0 != 41 }
            return item.count >= 3 && Bytes.isLetter(item[0]) && item[1] == 61
        }
        guard saysWords || namesParameters else { return }
        text = Array(Bytes.trimSpaces(text[..<(text[quad - 1] == 92 ? quad - 1 : quad - 2)]))
    }

    /// Whether the `(` opening `text` is closed by its last byte and by no byte before.
    static func closesOnlyAtEnd(_ text: ArraySlice<UInt8>) -> Bool {
        var depth = 0
        for (offset, byte) in text.enumerated() {
            if byte == 40 { depth += 1 } else if byte == 41 { depth -= 1; if depth == 0 { return offset == text.count - 1 } }
        }
        return false
    }

    static let quadParenthesis = b("quad ("), textCommand = b("\\text{"), textName = b("text")
    static let parenthesisOpenText = b("(\\text{"), textCloseParenthesis = b("\\text{)}"), textSpaceOpenParenthesis = b("\\text{ (")

    /// `f(x)=x^2\quad (x\in\mathbb N).`: a domain in parentheses after an equation says where it holds; it goes (with a
    /// full stop after it).
    static func removeTrailingDomain(_ text: inout [UInt8]) {
        var end = text.count
        if text[end - 1] == 46 { end -= 1 }
        guard end >= 8, text[end - 1] == 41, let open = text[..<end].lastIndex(of: 40), open > 0, text[..<open].contains(61) else { return }
        let inner = text[(open + 1)..<(end - 1)].filter { $0 != 32 && $0 != 123 && $0 != 125 }
        guard inner.count >= 10, Bytes.isLetter(inner[0]), Bytes.hasPrefix(Array(inner), at: 1, b("\\in\\mathbb")),
              inner.count == 11 + 1, Bytes.isLetter(inner[11]) else { return }
        text = Array(Bytes.trimSpaces(text[..<open]))
    }

    /// Whether every `\equiv` in `text` follows a function's name (`f`, `g`, `h`) or its value at a letter (`f(x)`), with
    /// no modulus anywhere: the function is identically that value.
    static func equivalesFunctions(_ text: [UInt8]) -> Bool {
        guard Bytes.find(text, b("mod")) == nil else { return false }
        var from = 0
        while let at = Bytes.find(text, equivName, from: from) {
            var left = Array(Bytes.trimSpaces(text[..<at]))
            if left.count >= 3, left.last == 41, Bytes.isLetter(left[left.count - 2]), left[left.count - 3] == 40 { left.removeLast(3) }
            guard let name = left.last, [102, 103, 104].contains(name), left.count == 1 || !Bytes.isLetter(left[left.count - 2]) && left[left.count - 2] != 92
            else { return false }
            from = at + equivName.count
        }
        return from > 0
    }

    static func keepCongruenceResidue(_ text: inout [UInt8], at index: Int) {
        var rest = Array(text[(index + 6)...])
        for marker in ["(\\mod", "(\\bmod", "\\pmod", "\\bmod", "\\mod"].map(b) {
            if let cut = Bytes.find(rest, marker) { rest.removeSubrange(cut...); break }
        }
        let residue = Bytes.trimSpaces(rest[...])
        guard !residue.isEmpty else { return }
        text = Array(residue)
    }
}
