// verify(gold:candidate:): the equivalence entry point (gold first, not symmetric) over normalised, parsed answers.
import Foundation

/// The outcome of comparing one candidate answer with one gold answer.
public struct Verification: Sendable, Equatable {
    /// Whether the candidate equals the gold.
    public var equivalent: Bool
    /// Why: e.g. `identical after normalisation`, `equal as values`, `different`, `gold has no answer`.
    public var reason: String
}

/// Whether `candidate` (already extracted answer text) is equivalent to `gold` under `policy`.
/// Gold may be a bare answer, `$…$`-wrapped, or a full solution whose last `\boxed{}` is the answer.
public func verify(gold: String, candidate: String, policy: AnswerPolicy = .standard) -> Verification {
    // Piecewise answers: `f(x) = \begin{cases} x^2, & x \ge 0 \\ … \end{cases}` against `\begin{cases} x^2 & \text{if } x
    // \geq 0 \\ … \end{cases}`, row by row once the wording around the conditions goes.
    if gold.utf8.count <= 400, candidate.utf8.count <= 400, let goldRows = casesRows(gold), let rows = casesRows(candidate), goldRows == rows {
        return Verification(equivalent: true, reason: "equal as piecewise definitions")
    }
    // An order of named quantities (`c, b, a` for "from least to greatest"): the same letters in another order differ.
    if gold.utf8.count <= 40, candidate.utf8.count <= 40, let goldOrder = letterOrder(gold), let order = letterOrder(candidate),
       goldOrder.sorted() == order.sorted() {
        return Verification(equivalent: goldOrder == order, reason: goldOrder == order ? "the same order of names" : "a different order of names")
    }
    let goldAnswers = GoldCache.forms(gold)
    guard !goldAnswers.isEmpty else { return Verification(equivalent: false, reason: "gold has no answer") }
    var first: Verification?
    for goldAnswer in goldAnswers {
        let result = compare(goldText: goldAnswer, candidateText: candidate, policy: policy)
        if result.equivalent { return result }
        if first == nil { first = result }
        // A time of day in either clock: `3{:}45 \text{ PM}` and `15:45`.
        if candidate.utf8.count <= 24, goldAnswer.utf8.count <= 32, candidate.utf8.contains(58), goldAnswer.utf8.contains(58), let goldTime = clockMinutes(goldAnswer), let time = clockMinutes(candidate) {
            // An answer without am/pm is read on a 24-hour clock ("3:45" is not `3:45 PM`: the extracted answer may have
            // lost an "AM"); a gold without am/pm up to 12:59 names the clock face, so "3:45 PM" answers `3:45`.
            let faceGold = goldTime.marked == false && goldTime.minutes < 13 * 60 && time.marked
            let same = faceGold ? goldTime.minutes % 720 == time.minutes % 720 : goldTime.minutes == time.minutes
            return Verification(equivalent: same, reason: same ? "equal as times of day" : "different times of day")
        }
        // "2:00 pm" against a gold of 2: a time on the hour, with am or pm, names the hour a bare gold from 1 to 12 gives.
        if candidate.utf8.count <= 24, goldAnswer.utf8.count <= 2, candidate.utf8.contains(58), let hour = Int(goldAnswer), (1...12).contains(hour),
           let time = clockMinutes(candidate), time.marked, time.minutes % 60 == 0, (time.minutes / 60) % 12 == hour % 12 {
            return Verification(equivalent: true, reason: "equal as times of day (the hour a bare gold names)")
        }
    }
    // "x = 1,5", "a ≈ 1,68 ; b ≈ 0,45", "2,5 km = 2 500 m": an answer written with decimal commas throughout, against a gold
    // written with points, is read with points (and its semicolons as the list's commas).
    if let pointed = decimalCommasAsPoints(candidate), !hasDecimalCommas(gold) {
        for goldAnswer in goldAnswers {
            let result = compare(goldText: goldAnswer, candidateText: pointed, policy: policy)
            if result.equivalent { return Verification(equivalent: true, reason: result.reason + " (decimal commas)") }
        }
    }
    // "a = b = -2" against `-2,-2`: names set to one value together each take that value (the chain reader writes
    // them out: `a = -2, b = -2`).
    if gold.utf8.contains(44), candidate.utf8.filter({ $0 == 61 }).count >= 2, let shared = AnswerExtractor.chainResult(candidate),
       shared.utf8.contains(61) {
        for goldAnswer in goldAnswers {
            let result = compare(goldText: goldAnswer, candidateText: shared, policy: policy)
            if result.equivalent { return Verification(equivalent: true, reason: result.reason + " (names set to one value)") }
        }
    }
    // OlympiadBench's `$\frac{1}{2},\sqrt{x}$` is one product, `\frac{1}{2}\sqrt{x}`, split by its list marker: a gold of a
    // constant and a factor in variables, against one expression, is read as their product.
    if gold.utf8.contains(44), !candidate.utf8.contains(44), let product = splitProduct(gold) {
        let result = compare(goldText: product, candidateText: candidate, policy: policy)
        if result.equivalent { return Verification(equivalent: true, reason: result.reason + " (a gold product split at a comma)") }
    }
    // `x^8+x^7+\cdots+x+1` against the polynomial written out: a sum of consecutive powers with the middle elided is that
    // sum (either side).
    if let expanded = ElidedPowers.expand(candidate), !ElidedPowers.hasEllipsis(gold) {
        let result = compare(goldText: gold, candidateText: expanded, policy: policy)
        if result.equivalent { return Verification(equivalent: true, reason: result.reason + " (consecutive powers written out)") }
    } else if let expanded = ElidedPowers.expand(gold), !ElidedPowers.hasEllipsis(candidate) {
        let result = compare(goldText: expanded, candidateText: candidate, policy: policy)
        if result.equivalent { return Verification(equivalent: true, reason: result.reason + " (consecutive powers written out)") }
    }
    return first!
}

/// `c \cdot f` for a gold written `$c,f$`: exactly two parts, `c` a constant and `f` an expression in variables with no
/// sum or difference at its top level (`\sqrt{x}`, `x^2`); nil for anything else.
func splitProduct(_ gold: String) -> String? {
    guard gold.utf8.count <= 40 else { return nil }
    let parts = AnswerParser.splitTopLevel(gold.replacingOccurrences(of: "$", with: ""), by: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    guard parts.count == 2, !parts[1].contains("+"), !parts[1].dropFirst().contains("-"), !parts[1].contains("="),
          case let .expression(constant, _) = GoldCache.parsed(GoldCache.plainNormalized(parts[0]).text), constant.variables.isEmpty,
          case let .expression(factor, _) = GoldCache.parsed(GoldCache.plainNormalized(parts[1]).text), !factor.variables.isEmpty else { return nil }
    return parts[0] + " \\cdot " + parts[1]
}

/// The commas between digits in `text`: where each is, and whether it can only be a decimal comma (not three digits
/// after it, or a whole part of `0`: `1,5`, `0,45`, `2,375`→ no, `0,375` → yes).
private func commasBetweenDigits(_ bytes: [UInt8]) -> [(index: Int, decimal: Bool)] {
    var commas: [(index: Int, decimal: Bool)] = []
    for index in bytes.indices where bytes[index] == 44 && index > 0 && index + 1 < bytes.count && Bytes.isDigit(bytes[index - 1]) && Bytes.isDigit(bytes[index + 1]) {
        var start = index
        while start > 0, Bytes.isDigit(bytes[start - 1]) { start -= 1 }
        var end = index + 1
        while end < bytes.count, Bytes.isDigit(bytes[end]) { end += 1 }
        let wholeIsZero = index - start == 1 && bytes[start] == 48 && (start == 0 || bytes[start - 1] != 44)
        commas.append((index, end - index - 1 != 3 || wholeIsZero))
    }
    return commas
}

/// Whether `text` writes a decimal with a comma (a comma between digits that cannot group thousands) and no point
/// between digits.
func hasDecimalCommas(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    return commasBetweenDigits(bytes).contains { $0.decimal } && !pointBetweenDigits(bytes)
}

private func pointBetweenDigits(_ bytes: [UInt8]) -> Bool {
    bytes.indices.contains { bytes[$0] == 46 && $0 > 0 && $0 + 1 < bytes.count && Bytes.isDigit(bytes[$0 - 1]) && Bytes.isDigit(bytes[$0 + 1]) }
}

/// `text` with every comma between digits made a point and every semicolon a comma, when each of those commas can only
/// be a decimal comma and no point stands between digits; nil otherwise (`1,234` may group thousands: left alone).
func decimalCommasAsPoints(_ text: String) -> String? {
    guard text.utf8.count <= AnswerExtractor.maximumAnswerBytes, text.utf8.contains(44) else { return nil }
    var bytes = Array(text.utf8)
    let commas = commasBetweenDigits(bytes)
    guard !commas.isEmpty, commas.allSatisfy({ $0.decimal }), !pointBetweenDigits(bytes) else { return nil }
    for comma in commas { bytes[comma.index] = 46 }
    for index in bytes.indices where bytes[index] == 59 { bytes[index] = 44 }
    return Bytes.string(bytes)
}

/// Minutes after midnight of a time of day written `H:MM` with an optional am/pm (`3:45 PM`, `3{:}45 \text{ p.m.}`,
/// `15:45`, read on a 24-hour clock without am/pm), and whether it had am/pm; nil for anything else (a ratio `3:4` has
/// no two-digit minutes).
func clockMinutes(_ text: String) -> (minutes: Int, marked: Bool)? {
    var bytes = Array(text.utf8).filter { $0 != 36 && $0 != 123 && $0 != 125 && $0 != 46 }.map(Bytes.lower)
    Bytes.replaceAll(&bytes, Array("\\!".utf8), with: [])   // `3\!:\!45`: negative thin spaces around the colon
    for wrapper in ["\\text", "\\mathrm", "\\mbox", "\\ ", "\\,", "~"] { Bytes.replaceAll(&bytes, Array(wrapper.utf8), with: [32]) }
    var words = bytes.split(separator: 32)
    guard (1...2).contains(words.count) else { return nil }
    var offset: Int?
    if words.count == 2 {
        let marker = Array(words[1])
        guard marker == Array("am".utf8) || marker == Array("pm".utf8) else { return nil }
        offset = marker == Array("am".utf8) ? 0 : 12 * 60
        words.removeLast()
    } else if words[0].count > 2, Array(words[0].suffix(2)) == Array("am".utf8) || Array(words[0].suffix(2)) == Array("pm".utf8) {
        offset = words[0].suffix(2).first == 97 ? 0 : 12 * 60
        words[0] = words[0].dropLast(2)
    }
    let clock = words[0].split(separator: 58, omittingEmptySubsequences: false)
    guard clock.count == 2, (1...2).contains(clock[0].count), clock[1].count == 2, clock.allSatisfy({ $0.allSatisfy(Bytes.isDigit) }),
          let hours = Int(Bytes.string(Array(clock[0]))), let minutes = Int(Bytes.string(Array(clock[1]))), minutes < 60 else { return nil }
    if let offset {
        guard (1...12).contains(hours) else { return nil }
        return ((hours % 12) * 60 + offset + minutes, true)
    }
    guard hours < 24 else { return nil }
    return (hours * 60 + minutes, false)
}

/// The gold's answer forms: its last boxed answer (then all boxed joined) when it contains boxes, else itself.
func goldForms(_ gold: String) -> [String] {
    var bytes = Array(gold.utf8)
    if bytes.count > AnswerExtractor.maximumResponseBytes {   // a gold as long as a response is read like one: its end
        var start = bytes.count - AnswerExtractor.maximumResponseBytes
        while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
        bytes = Array(bytes[start...])
    }
    let trimmed = Bytes.string(Bytes.trimSpaces(bytes[...]))
    if Bytes.contains(bytes, AnswerExtractor.boxedName) || Bytes.contains(bytes, AnswerExtractor.fboxName) {
        let boxes = AnswerExtractor.boxedAnswers(bytes)
        if let last = boxes.last { return boxes.count > 1 ? [last, boxes.joined(separator: ", ")] : [last] }
    }
    return trimmed.isEmpty ? [] : [trimmed]
}

/// A gold that is a multiple-choice letter: `C`, `(C)`, `\text{(C)}`.
func choiceLetter(ofNormalized text: String) -> Character? {
    // A letter, maybe in parentheses and spaced: anything longer names no single choice (and costs no copy).
    guard text.utf8.count <= 16 else { return nil }
    // Without its spaces the text is `L` or `(L)`; the first three bytes that are not spaces and their count tell.
    var kept: (UInt8, UInt8, UInt8) = (0, 0, 0)
    var count = 0
    for byte in text.utf8 where byte != 32 {
        switch count {
        case 0: kept.0 = byte
        case 1: kept.1 = byte
        case 2: kept.2 = byte
        default: return nil
        }
        count += 1
    }
    let letter: UInt8
    if count == 1 { letter = kept.0 } else if count == 3, kept.0 == 40, kept.2 == 41 { letter = kept.1 } else { return nil }
    guard (65...69).contains(letter) else { return nil }
    return Character(Unicode.Scalar(letter))
}

/// A gold of several multiple-choice letters (`\text{A, C, E}`, `(A), (C)`, `A and C`, `ACE`), as a set; nil for one
/// letter or anything else.
func choiceLetterSet(ofNormalized text: String) -> Set<Character>? {
    // Either reading below needs two letters A–E at least: without them, no copy.
    guard text.utf8.lazy.filter({ (65...69).contains($0) }).prefix(2).count == 2 else { return nil }
    let bytes = Array(text.utf8)
    var letters = Set<Character>()
    // `AC`, `BDE`: a multi-select key written as its letters in order, as OlympiadBench-style and AGIEval golds store it.
    if (2...5).contains(bytes.count), bytes.allSatisfy({ (65...69).contains($0) }), zip(bytes, bytes.dropFirst()).allSatisfy({ $0 < $1 }) {
        return Set(bytes.map { Character(Unicode.Scalar($0)) })
    }
    var index = 0
    while index < bytes.count {
        let byte = bytes[index]
        if (65...69).contains(byte) {
            guard index + 1 == bytes.count || !Bytes.isLetter(bytes[index + 1]), index == 0 || !Bytes.isLetter(bytes[index - 1]) else { return nil }
            letters.insert(Character(Unicode.Scalar(byte)))
        } else if Bytes.hasPrefix(bytes, at: index, Array("and".utf8)), index > 0, bytes[index - 1] == 32 {
            index += 3
            continue
        } else if !(byte == 32 || byte == 44 || byte == 40 || byte == 41) {
            return nil
        }
        index += 1
    }
    return letters.count >= 2 ? letters : nil
}

/// The choice letters a sentence ends with ("The correct options are A, E, and C." → A, C, E): at least two standalone
/// letters A–E joined by commas, "and", spaces or parentheses, closing the sentence; nil otherwise.
func trailingChoiceLetters(_ sentence: String) -> Set<Character>? {
    var bytes = Array(sentence.utf8)
    while let last = bytes.last, last == 46 || last == 32 || last == 42 { bytes.removeLast() }
    // "Both A and C are correct.": the letters before a closing "are correct" (true, right).
    for suffix in choiceVerdicts where bytes.count > suffix.count && Bytes.hasPrefixIgnoringCase(bytes, at: bytes.count - suffix.count, suffix) {
        bytes.removeLast(suffix.count)
        break
    }
    // "정답은 A, C입니다.", "答えは A と C です。": a closing word of the sentence, and と ("and") between letters.
    for ending in sentenceEndings where bytes.count > ending.count && Array(bytes.suffix(ending.count)) == ending {
        bytes.removeLast(ending.count)
        while let last = bytes.last, last == 32 { bytes.removeLast() }
        break
    }
    var letters = Set<Character>()
    var index = bytes.count
    while index > 0 {
        let byte = bytes[index - 1]
        if (65...69).contains(byte), index == bytes.count || !Bytes.isLetter(bytes[index]), index == 1 || !Bytes.isLetter(bytes[index - 2]) {
            letters.insert(Character(Unicode.Scalar(byte)))
            index -= 1
        } else if (97...101).contains(byte), index >= 2, bytes[index - 2] == 40, index < bytes.count, bytes[index] == 41 {
            // Options labelled in lower case, in parentheses: `(a), (c)`.
            letters.insert(Character(Unicode.Scalar(byte - 32)))
            index -= 1
        } else if byte == 32 || byte == 44 || byte == 40 || byte == 41 {
            index -= 1
        } else if let joiner = choiceJoiners.first(where: { index >= $0.count && Bytes.hasPrefix(bytes, at: index - $0.count, $0) }) {
            index -= joiner.count   // "A and C", "A e C", "A et C", "A und C", "A y C", "A и C"
        } else {
            break
        }
    }
    return letters.count >= 2 ? letters : nil
}

/// "A and C", "A e C", "A và C", "B 和 D", …; "or" too ("(A) ou (C)"): letters joined either way name several choices.
let choiceJoiners: [[UInt8]] = [" and", " e", " y", " et", " und", " и", "と", "와", "과", " or", " ou", " o", " oder", " или", " 或",
                                " và", " hoặc", " ve", " veya", " dan", " atau", " lub", " و", " أو", " और", " या", " 和", "和", " 与",
                                "、", " 및"].map { Array($0.utf8) }

/// What may close a sentence after the letters it names as correct.
let choiceVerdicts: [[UInt8]] = [" are correct", " are both correct", " are true", " are both true", " are right"].map { Array($0.utf8) }

/// The letter of the one option numbered ① to ⑤ that `sentence` names, when it names exactly one; nil otherwise.
func onlyCircledChoice(_ sentence: String) -> Character? {
    let bytes = Array(sentence.utf8)
    guard bytes.count <= 300 else { return nil }
    var found: Set<UInt8> = []
    var index = 0
    while index + 2 < bytes.count {
        if bytes[index] == 0xE2, bytes[index + 1] == 0x91, (0xA0...0xA4).contains(bytes[index + 2]) { found.insert(bytes[index + 2]); index += 3; continue }
        index += 1
    }
    guard found.count == 1, let only = found.first else { return nil }
    return Character(Unicode.Scalar(65 + only - 0xA0))
}

/// A circled option number standing for its letter, as Korean and Japanese exams number choices (`③입니다` → `C`), an
/// Arabic option letter (`(ب)` → `B`) or the Cyrillic `А`; the answer may keep a closing word. Nil for anything else.
func circledChoice(_ answer: String) -> Character? {
    var bytes = Array(Bytes.trimSpaces(Array(answer.utf8)[...]))
    while let last = bytes.last, last == 46 || last == 32 { bytes.removeLast() }
    for ending in sentenceEndings + [Array("번".utf8)] where bytes.count > ending.count && Array(bytes.suffix(ending.count)) == ending {
        bytes.removeLast(ending.count)
        break
    }
    while let last = bytes.last, last == 32 { bytes.removeLast() }
    if bytes.first == 40, bytes.last == 41 { bytes = Array(bytes.dropFirst().dropLast()) }
    // Arabic options (أ) (ب) (ج) (د) (هـ) are A to E.
    if let index = arabicOptionLetters.firstIndex(of: bytes) { return Character(Unicode.Scalar(65 + UInt8(index % 5))) }
    // ① to ⑤ are U+2460 to U+2464: E2 91 A0 to E2 91 A4.
    guard bytes.count == 3, bytes[0] == 0xE2, bytes[1] == 0x91, (0xA0...0xA4).contains(bytes[2]) else { return nil }
    return Character(Unicode.Scalar(65 + bytes[2] - 0xA0))
}

/// أ ب ج د هـ, then the same with ا for أ and ه for هـ; and the Cyrillic А, which Russian options share with A.
let arabicOptionLetters: [[UInt8]] = ["أ", "ب", "ج", "د", "هـ", "ا", "ب", "ج", "د", "ه", "А"].map { Array($0.utf8) }

/// Words that close a Korean or Japanese sentence after its answer, and the full stop `。`.
let sentenceEndings: [[UInt8]] = ["입니다", "이다", "です", "である", "。"].map { Array($0.utf8) }

/// The rows of the `cases` environment in `text`, each compacted: spaces, `\text{if}`/"if"/"for", a comma before `&` and
/// `\,` go; `\geq`, `≥`, `\leq`, `≤` are `\ge`, `\le`. Nil without a `cases` environment.
func casesRows(_ text: String) -> [String]? {
    let bytes = Array(text.utf8)
    guard let open = Bytes.find(bytes, Array("\\begin{cases}".utf8)), let close = Bytes.find(bytes, Array("\\end{cases}".utf8), from: open) else { return nil }
    var body = Array(bytes[(open + 13)..<close])
    for (from, to) in [("\\text{if}", ""), ("\\text{if }", ""), ("\\text{ if }", ""), ("\\text{for}", ""), ("\\text{for }", ""),
                       ("\\mbox{if}", ""), ("\\quad", ""), ("\\,", ""), ("\\geq", "\\ge"), ("\\leq", "\\le"), ("≥", "\\ge"), ("≤", "\\le"),
                       ("\\left", ""), ("\\right", "")] {
        Bytes.replaceAll(&body, Array(from.utf8), with: Array(to.utf8))
    }
    var rows: [String] = []
    var from = 0
    while from <= body.count {
        let end = Bytes.find(body, Array("\\\\".utf8), from: from) ?? body.count
        var row = Array(body[from..<end])
        if let amp = row.firstIndex(of: 38) {
            var value = Array(Bytes.trimSpaces(row[..<amp])), condition = Array(Bytes.trimSpaces(row[(amp + 1)...]))
            while value.last == 44 || value.last == 32 { value.removeLast() }
            for word in ["if ", "for ", "when "] where condition.starts(with: Array(word.utf8)) { condition.removeFirst(word.utf8.count); break }
            while condition.last == 44 || condition.last == 46 || condition.last == 32 { condition.removeLast() }
            row = value + [38] + condition
        }
        row.removeAll { $0 == 32 }
        if !row.isEmpty { rows.append(Bytes.string(row)) }
        from = end + 2
    }
    return rows.isEmpty ? nil : rows
}

/// Two or more lower-case one-letter names listed with commas (`c, b, a`, `$a, b, c$`); nil for anything else.
func letterOrder(_ text: String) -> [UInt8]? {
    guard text.utf8.contains(44) else { return nil }   // a comma follows the first letter (and costs no copy to find)
    let bytes = Array(text.utf8).filter { $0 != 32 && $0 != 36 }
    guard bytes.count >= 3, bytes.count % 2 == 1 else { return nil }
    var letters: [UInt8] = []
    for (index, byte) in bytes.enumerated() {
        if index % 2 == 0 { guard (97...122).contains(byte) else { return nil }; letters.append(byte) } else { guard byte == 44 else { return nil } }
    }
    return letters
}

/// The text without a leading one-letter name and `=` (`x = -2\frac{1}{3}` → `-2\frac{1}{3}`); the text itself otherwise.
func withoutNamePrefix(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard bytes.count > 2, Bytes.isLetter(bytes[0]) else { return text }
    var at = 1
    while at < bytes.count, bytes[at] == 32 { at += 1 }
    guard at < bytes.count, bytes[at] == 61, at + 1 < bytes.count, bytes[at + 1] != 61 else { return text }
    return Bytes.string(Bytes.trimSpaces(bytes[(at + 1)...]))
}

/// The last side of a computation of numbers (`\frac{1}{9} - 4 = -3\frac{8}{9}` → `-3\frac{8}{9}`): the text after its
/// last `=` when no letter stands outside a command before it; the text itself otherwise.
func computationResult(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard let equals = bytes.lastIndex(of: 61), equals > 0, equals + 1 < bytes.count else { return text }
    var index = 0
    while index < equals {
        if bytes[index] == 92 {
            index += 1
            while index < equals, Bytes.isLetter(bytes[index]) { index += 1 }
            continue
        }
        if Bytes.isLetter(bytes[index]) || bytes[index] >= 0x80 { return text }
        index += 1
    }
    return Bytes.string(Bytes.trimSpaces(bytes[(equals + 1)...]))
}

/// `[3, 4]` → `(3, 4)`: square brackets around two or more plain numbers; nil for anything else.
func bracketedVector(_ text: String) -> String? {
    let inner = text.utf8.dropFirst().dropLast()
    guard inner.count <= 60, inner.contains(44), inner.contains(where: Bytes.isDigit),
          inner.allSatisfy({ Bytes.isDigit($0) || $0 == 44 || $0 == 32 || $0 == 45 || $0 == 46 || $0 == 47 }) else { return nil }
    return "(" + String(decoding: inner, as: UTF8.self) + ")"
}

/// The vector after one `=` whose side before it names vectors (`\mathbf{v}`, `\vec{a} - 2\vec{b}`) or is one letter, when it
/// is a tuple, a bracketed list or a matrix; nil otherwise.
func namedVectorValue(_ text: String) -> String? {
    var bytes = Array(text.utf8).filter { $0 != 36 }   // `$\mathbf{a} = (1, 2)$.` as a whole response
    while let last = bytes.last, last == 46 || last == 32 { bytes.removeLast() }
    guard bytes.count <= 200, let equals = bytes.firstIndex(of: 61), bytes.lastIndex(of: 61) == equals else { return nil }
    let name = Array(Bytes.trimSpaces(bytes[..<equals]))
    let value = Bytes.trimSpaces(bytes[(equals + 1)...])
    guard let first = value.first, first == 40 || first == 91 || Bytes.hasPrefix(Array(value), at: 0, Array("\\begin".utf8)) || Bytes.hasPrefix(Array(value), at: 0, Array("\\left".utf8)),
          name.count == 1 && Bytes.isLetter(name[0])
            || ["\\mathbf{", "\\vec{", "\\vec ", "\\boldsymbol{", "\\overrightarrow{"].contains(where: { Bytes.contains(name, Array($0.utf8)) }) else { return nil }
    let read = Bytes.string(value)
    return first == 91 ? bracketedVector(read) ?? read : read
}

/// The number of "18 км/ч", "12 см²", "5 個", "3 cuộn": a number, a space, then only letters of a non-Latin script (with
/// `/`, `.`, `²`, `³`), or one word of Latin letters with a diacritic (a counted thing in Vietnamese, Spanish, …), scaled
/// when the word is a scale ("14 тыс." is `14\times10^{3}`); nil for anything else.
func numberBeforeForeignUnit(_ text: String) -> String? {
    guard text.utf8.count <= 40, let first = text.utf8.first, Bytes.isDigit(first) || first == 45, text.utf8.contains(where: { $0 >= 0xC3 }) else { return nil }
    let bytes = Array(text.utf8)
    guard bytes.count <= 40, let space = bytes.firstIndex(of: 32), space > 0, space + 1 < bytes.count else { return nil }
    let number = bytes[..<space]
    guard number.allSatisfy({ Bytes.isDigit($0) || $0 == 46 || $0 == 44 || $0 == 45 }), number.contains(where: Bytes.isDigit) else { return nil }
    let unit = String(decoding: bytes[(space + 1)...], as: UTF8.self)
    // "14 тыс.", "2 млн", "3 tỷ", "1 billón": a scale word of another script or with a diacritic scales the number.
    if let scale = Normalizer.scaleWords.first(where: { scale in
        bytes[(space + 1)...].starts(with: scale.word)
            && (space + 1 + scale.word.count == bytes.count || !Bytes.isLetter(bytes[space + 1 + scale.word.count]) && bytes[space + 1 + scale.word.count] < 0x80)
    }) {
        return String(decoding: number, as: UTF8.self) + "\\times10^{\(scale.power)}"
    }
    let nonLatin = bytes[space + 1] >= 0xC3
        && unit.unicodeScalars.allSatisfy({ ($0.properties.isAlphabetic && $0.value >= 0x370) || $0 == "/" || $0 == "." || $0 == "²" || $0 == "³" })
    // One Latin word with a diacritic (not `π`, `√` or a degree sign, which are no letters of a word).
    let latinWord = unit.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.value < 0x370 || (0x1E00...0x1EFF).contains($0.value) })
        && unit.unicodeScalars.contains(where: { $0.value >= 0xC0 })
    guard nonLatin || latinWord else { return nil }
    return String(decoding: number, as: UTF8.self)
}

let plainFunctionNames: [[UInt8]] = ["arcsin", "arccos", "arctan", "ln", "log", "sin", "cos", "tan", "cot", "sec", "csc", "exp"].map { Array($0.utf8) }

/// An answer written without backslashes whose function names are applied to a number, a bracket or one letter
/// (`ln 4`, `ln 3 / ln 2`, `cos^2(x)`, `1 - cos²x`), with the backslashes: `\ln 4`. Nil when there is none, so a word
/// answer (`tan`) stays a word.
func plainFunctions(_ text: String) -> String? {
    // Cheap first: every name has an `l`, `n`, `s`, `t` or `x`, and the text has no backslash.
    guard text.utf8.count <= 120, text.utf8.count >= 3, !text.utf8.contains(92),
          text.utf8.contains(where: { $0 == 108 || $0 == 110 || $0 == 115 || $0 == 116 || $0 == 120 }) else { return nil }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var index = 0
    var rewrote = false
    while index < bytes.count {
        if index == 0 || !Bytes.isLetter(bytes[index - 1]),
           let name = plainFunctionNames.first(where: { Bytes.hasPrefix(bytes, at: index, $0) }) {
            var after = index + name.count
            if after < bytes.count, bytes[after] == 94 { after += 1; while after < bytes.count, Bytes.isDigit(bytes[after]) { after += 1 } }
            else if after + 1 < bytes.count, bytes[after] == 0xC2, bytes[after + 1] == 0xB2 || bytes[after + 1] == 0xB3 { after += 2 }
            if after < bytes.count, bytes[after] == 95 { after += 1; while after < bytes.count, Bytes.isDigit(bytes[after]) { after += 1 } }   // log_2
            while after < bytes.count, bytes[after] == 32 { after += 1 }
            let applied = after < bytes.count && (Bytes.isDigit(bytes[after]) || bytes[after] == 40
                || Bytes.isLetter(bytes[after]) && (after + 1 == bytes.count || !Bytes.isLetter(bytes[after + 1])))
            if applied, after > index + name.count || Bytes.isDigit(bytes[after]) || bytes[after] == 40 || bytes[index + name.count] == 32 {
                out.append(92)
                rewrote = true
            }
            out.append(contentsOf: name)
            index += name.count
            continue
        }
        out.append(bytes[index])
        index += 1
    }
    return rewrote ? Bytes.string(out) : nil
}

/// An interval written the French way, with `;` between its ends and outward brackets for open ends (`[2 ; 5[`,
/// `]-\infty ; 3]`, `S = [2\,;\,5[`; a comma when a bracket is turned outwards, `\left]-\sqrt3,\ \sqrt3\right[`), in the
/// usual notation (`[2, 5)`, `(-\infty, 3]`); nil for anything else.
func frenchInterval(_ text: String) -> String? {
    guard text.utf8.count <= 80, text.utf8.contains(59) || text.utf8.contains(44) && text.utf8.contains(92) else { return nil }
    var bytes = Array(text.utf8)
    for space in [Array("\\,".utf8), Array("\\;".utf8), Array("\\ ".utf8), Array("~".utf8), [32], Array("\\left".utf8), Array("\\right".utf8)] {
        Bytes.replaceAll(&bytes, space, with: [])
    }
    if let equals = bytes.firstIndex(of: 61), equals <= 2, bytes[..<equals].allSatisfy(Bytes.isLetter) { bytes.removeSubrange(...equals) }
    // `S = \left]-\sqrt3,\ \sqrt3\right[`: with no semicolon, one comma separates the endpoints of brackets turned outwards.
    let separator: UInt8 = bytes.contains(59) ? 59 : 44
    guard bytes.count >= 5, let first = bytes.first, let last = bytes.last, first == 91 || first == 93, last == 91 || last == 93,
          separator == 59 || first == 93 || last == 91,
          bytes.filter({ $0 == separator }).count == 1, let middle = bytes.firstIndex(of: separator) else { return nil }
    let left = bytes[1..<middle], right = bytes[(middle + 1)..<(bytes.count - 1)]
    guard !left.isEmpty, !right.isEmpty, !left.contains(where: { $0 == 91 || $0 == 93 }), !right.contains(where: { $0 == 91 || $0 == 93 }) else { return nil }
    return (first == 91 ? "[" : "(") + Bytes.string(left) + ", " + Bytes.string(right) + (last == 93 ? "]" : ")")
}

/// Spaces removed and ASCII lower-cased: the form for fast string equality.
func compactLowered(_ text: String) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    for byte in text.utf8 where byte != 32 { result.append(Bytes.lower(byte)) }
    return result
}

/// `compactLowered(a) == compactLowered(b)`, without building either.
func compactLoweredEqual(_ a: String, _ b: String) -> Bool {
    var left = a.utf8.makeIterator(), right = b.utf8.makeIterator()
    while true {
        var x = left.next()
        while x == 32 { x = left.next() }
        var y = right.next()
        while y == 32 { y = right.next() }
        guard let first = x, let second = y else { return x == nil && y == nil }
        if Bytes.lower(first) != Bytes.lower(second) { return false }
    }
}

func compare(goldText: String, candidateText: String, policy: AnswerPolicy) -> Verification {
    // Answers too long to be answers are compared as compact strings only, never parsed.
    if goldText.utf8.count > AnswerExtractor.maximumAnswerBytes || candidateText.utf8.count > AnswerExtractor.maximumAnswerBytes {
        let equal = compactLowered(goldText) == compactLowered(candidateText)
        return Verification(equivalent: equal, reason: "\(equal ? "identical" : "different") as text (longer than \(AnswerExtractor.maximumAnswerBytes) bytes: not parsed)")
    }
    // A quantity in two units (`3 \text{ hours } 20 \text{ minutes}`) is one number in the smaller unit.
    // `\sin 30^\circ` is sin(π/6): degree signs inside trigonometric arguments are read before the normaliser drops them.
    // Degree-marked angles against a side that writes π are read as radians (`120^\circ` and `\frac{2\pi}{3}`).
    let radians = DegreeRadians.reading(gold: goldText, candidate: candidateText)
    // `(1,2,4) \text{ in any order}`: the words stay words, never a unit.
    // "The projection is [3, 4].": against a vector gold, numbers in square brackets are the vector, not an interval.
    if let first = candidateText.utf8.first, first == 91, candidateText.utf8.last == 93, goldText.utf8.contains(92),
       FoundationText.contains(goldText, "matrix"), let vector = bracketedVector(candidateText) {
        return compare(goldText: goldText, candidateText: vector, policy: policy)
    }
    // "$\mathbf{v} = [3, 0, -4]$", "$\mathbf{a} - 2\mathbf{b} = (-6, 9, 2)$": against a vector gold, a vector named
    // before `=` is the vector after it.
    if goldText.utf8.contains(92), FoundationText.contains(goldText, "matrix"), let vector = namedVectorValue(candidateText) {
        return compare(goldText: goldText, candidateText: vector, policy: policy)
    }
    // `f(-2) > f(0) > f(3)` against `f(3) < f(0) < f(-2)`: a chain of `>` is the chain of `<` read backwards.
    if let reversed = reversedGreaterChain(candidateText, against: goldText),
       case let verification = compare(goldText: goldText, candidateText: reversed, policy: policy), verification.equivalent {
        return verification
    }
    // `x = -5 \text{ or } x = 1` against `x_1=1, x_2=-5`: the gold's numbered roots of one name are that name's values.
    // `x_1 = 3,\ x_2 = 2` against `x_1=2, x_2=3`: numbered roots of one name on both sides are its values in any order.
    if let roots = numberedRoots(goldText),
       let values = valuesOfName(roots.name, in: candidateText) ?? numberedRoots(candidateText).flatMap({ $0.name == roots.name ? $0.values : nil }) {
        return compare(goldText: roots.values, candidateText: values, policy: policy)
    }
    // "$x=-1,\ y=2$" against `x=-1`: a gold that sets one name is answered by that name's value among the values of
    // other names.
    if let (name, value) = SingleAssignment.parse(goldText), let values = SingleAssignment.list(candidateText),
       let answered = values.first(where: { $0.name == name }),
       case let verification = compare(goldText: value, candidateText: answered.value, policy: policy), verification.equivalent {
        return Verification(equivalent: true, reason: verification.reason + " (the gold's name among the values listed)")
    }
    // `\pm(1, 2)` against `(1,2),(-1,-2)`: a tuple under ± is the tuple and its negative (either side).
    if let both = plusMinusTuple(candidateText), case let verification = compare(goldText: goldText, candidateText: both, policy: policy),
       verification.equivalent {
        return verification
    }
    if let both = plusMinusTuple(goldText), case let verification = compare(goldText: both, candidateText: candidateText, policy: policy),
       verification.equivalent {
        return verification
    }
    // `K = \pm 3, L = \pm 2` against `(3,2),(-3,2),(3,-2),(-3,-2)`: names set with ± are the tuples of every choice of
    // signs; with ∓ the signs go together (`a = 22 \pm 8\sqrt{6}, b = 22 \mp 8\sqrt{6}` is two pairs).
    if let tuples = plusMinusAssignments(candidateText),
       case let verification = compare(goldText: goldText, candidateText: tuples, policy: policy), verification.equivalent {
        return Verification(equivalent: true, reason: verification.reason + " (names set with ±, as tuples)")
    }
    // `x_1 = \tfrac12, x_2 = …, x_3 = …` against `x=\frac{1}{2},\ x=…`: roots numbered with subscripts are values of the
    // one name the gold sets (only when the gold numbers none).
    if let renamed = numberedRootsAsName(candidateText, against: goldText) {
        return compare(goldText: goldText, candidateText: renamed, policy: policy)
    }
    // `a=27,b=20,c=13, a=18,b=20,c=22` against `(27,20,13), (18,20,22)`: one tuple per round of the same names.
    if let rounds = assignmentRounds(candidateText, against: goldText) {
        return compare(goldText: goldText, candidateText: rounds, policy: policy)
    }
    // `{"x": 8, "y": -2}`, `{"answer": 42}`: a JSON object of numbers is its assignments, or its one value.
    if let assignments = jsonAssignments(candidateText) { return compare(goldText: goldText, candidateText: assignments, policy: policy) }
    // "18 км/ч", "12 см": a unit written in another script after a number is a unit.
    if let number = numberBeforeForeignUnit(candidateText) { return compare(goldText: goldText, candidateText: number, policy: policy) }
    // `22^\circ 30'`: degrees and minutes are one number of degrees; `[2 ; 5[`: an interval written the French way;
    // `ln 3 / ln 2`, `1 - cos^2(x)`: functions named without a backslash.
    let candidateSource = DegreesAndMinutes.rewritten(candidateText) ?? frenchInterval(candidateText) ?? plainFunctions(candidateText)
        ?? AnswerParser.openingTextWrappers(radians?.candidate ?? candidateText) ?? radians?.candidate ?? candidateText
    var goldNormalized = radians.map {
        Normalizer.normalize(UnitConversion.compoundQuantity($0.gold) ?? TrigonometryDegrees.rewritten($0.gold))
    } ?? AnswerParser.openingTextWrappers(goldText).map { Normalizer.normalize($0) } ?? GoldCache.normalized(goldText)
    var candidateNormalized = Normalizer.normalize(UnitConversion.compoundQuantity(candidateSource) ?? TrigonometryDegrees.rewritten(candidateSource))
    if goldNormalized.text.isEmpty { return Verification(equivalent: false, reason: "gold is empty after normalisation") }
    if candidateNormalized.text.isEmpty { return Verification(equivalent: false, reason: "answer is empty after normalisation") }
    // `24000 \cdot 1.01^{31} \approx 32{,}348`: an approximation that the arithmetic before it does not round to answers
    // nothing (a wrong exact value is never excused by a right decimal).
    if candidateNormalized.approximate,
       !approximationMatchesArithmetic(candidateText, approximation: candidateNormalized.text, percent: candidateNormalized.hadPercent) {
        return Verification(equivalent: false, reason: "an approximation of a different exact value")
    }

    // "2500 m" against `2.5 \text{ km}`: a unit symbol of one letter written after the value is a unit when the gold has one.
    if goldNormalized.unit != nil, candidateNormalized.unit == nil, let bare = withoutUnitLetter(candidateNormalized.text) {
        let withUnit = Normalizer.normalize(bare + "\\text{ " + String(candidateNormalized.text.suffix(1)) + "}")
        if withUnit.unit != nil { candidateNormalized = withUnit }
    }
    if let goldUnit = goldNormalized.unit, let candidateUnit = candidateNormalized.unit, goldUnit != candidateUnit,
       UnitConversion.alias(goldUnit) != UnitConversion.alias(candidateUnit) {
        // Units of one kind are converted to the gold's (`1.5\text{ km}` = `1500\text{ m}`); others differ.
        guard let factor = UnitConversion.factor(from: candidateUnit, to: goldUnit) else {
            return Verification(equivalent: false, reason: "different units (\(candidateUnit) for \(goldUnit))")
        }
        candidateNormalized.text = scaled(candidateNormalized.text, factor)
    } else if let candidateUnit = candidateNormalized.unit, goldNormalized.unit == nil, goldNormalized.hadCurrency,
              let factor = UnitConversion.factor(from: candidateUnit, to: "dollars") {
        candidateNormalized.text = scaled(candidateNormalized.text, factor)   // `45\text{ cents}` against gold `\$0.45`
    } else if let goldUnit = goldNormalized.unit, candidateNormalized.unit == nil, candidateNormalized.hadCurrency,
              let factor = UnitConversion.factor(from: "dollars", to: goldUnit) {
        candidateNormalized.text = scaled(candidateNormalized.text, factor)
    }
    // A word answer's leading article is not part of it: `\text{an ellipse}` = `\text{ellipse}`, `the circle` = `circle`.
    if let dropped = droppingArticle(candidateNormalized.text) { candidateNormalized.text = dropped }
    if let dropped = droppingArticle(goldNormalized.text) { goldNormalized.text = dropped }
    // A gold that gives the choice and its value (`\textbf{(B) }18`): either the letter or the value answers it.
    if choiceLetter(ofNormalized: goldNormalized.text) == nil, let labelled = leadingChoiceLetter(goldNormalized.text),
       labelled.rest.contains(where: { $0.isNumber || $0 == "\\" }), !severalChoices(goldNormalized.text) {
        let byLetter = compare(goldText: "(\(labelled.letter))", candidateText: candidateText, policy: policy)
        if byLetter.equivalent { return byLetter }
        if leadingChoiceLetter(candidateNormalized.text) == nil {
            return compare(goldText: String(labelled.rest), candidateText: candidateText, policy: policy)
        }
        return byLetter
    }
    if let letter = choiceLetter(ofNormalized: goldNormalized.text) {
        // The answer starts with the letter (`(C) 12`, `D: 45`), or names it (`option D`).
        let several = severalChoices(candidateNormalized.text) || severalChoices(candidateText)
        let leading = several ? nil : leadingChoiceLetter(candidateNormalized.text)
        let chosen = leading?.letter ?? (several ? nil : AnswerExtractor.choiceLetter(candidateNormalized.text))
        let equal = chosen == letter
        return Verification(equivalent: equal, reason: equal ? "same choice letter" : "different choice")
    }

    // A mixed number written with a slash is read as one before anything else: `11 5/6` is 71/6, never 11 × 5/6.
    if let first = candidateNormalized.text.utf8.first, Bytes.isDigit(first) || first == 45, candidateNormalized.text.utf8.contains(47),
       let mixed = slashMixedNumber(candidateNormalized.text) {
        candidateNormalized.text = Normalizer.normalize(negativeMixedNumber(mixed) ?? mixed).text
    }
    // … and so is the value a name is set to: `BH = 1 4/5` is BH = 9/5.
    if candidateNormalized.text.utf8.contains(47), let equals = candidateNormalized.text.firstIndex(of: "="),
       candidateNormalized.text[candidateNormalized.text.index(after: equals)...].firstIndex(of: "=") == nil {
        let name = candidateNormalized.text[..<equals].trimmingCharacters(in: .whitespaces)
        let value = candidateNormalized.text[candidateNormalized.text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        if !name.isEmpty, name.utf8.count <= 12, name.utf8.allSatisfy({ Bytes.isLetter($0) || Bytes.isDigit($0) || $0 == 95 }),
           let firstByte = name.utf8.first, Bytes.isLetter(firstByte), let mixed = slashMixedNumber(value) {
            candidateNormalized.text = name + "=" + Normalizer.normalize(negativeMixedNumber(mixed) ?? mixed).text
        }
    }
    if policy.percent == .asFraction {
        if goldNormalized.hadPercent { goldNormalized.text = "(\(goldNormalized.text))/100" }
        if candidateNormalized.hadPercent { candidateNormalized.text = "(\(candidateNormalized.text))/100" }
    }
    if compactLoweredEqual(goldNormalized.text, candidateNormalized.text) {
        return Verification(equivalent: true, reason: "identical after normalisation")
    }
    // "Ja", "Da", "Sim": a word of another language that the parser would read as letters, against the English word.
    if candidateNormalized.text.utf8.count <= 24, candidateNormalized.text.utf8.contains(where: { Bytes.isLetter($0) || $0 >= 0x80 }),
       let english = EquivalenceChecker.englishWord[Bytes.string(compactLowered(candidateNormalized.text))],
       Array(english.utf8) == compactLowered(goldNormalized.text) {
        return Verification(equivalent: true, reason: "equal as text (the same word in another language)")
    }
    // "짝수(even)", "偶数 (even)": a word in another script glossed in English in parentheses, against that English word.
    if candidateNormalized.text.utf8.count <= 48, candidateNormalized.text.utf8.last == 41, candidateNormalized.text.utf8.first.map({ $0 >= 0x80 }) == true,
       let open = candidateNormalized.text.lastIndex(of: "("),
       candidateNormalized.text[..<open].utf8.allSatisfy({ $0 >= 0x80 || $0 == 32 }) {
        let gloss = candidateNormalized.text[candidateNormalized.text.index(after: open)...].dropLast()
        if gloss.utf8.count >= 2, gloss.utf8.allSatisfy({ Bytes.isLetter($0) || $0 == 32 }),
           compactLowered(String(gloss)) == compactLowered(goldNormalized.text) {
            return Verification(equivalent: true, reason: "equal as text (the English gloss of a word in another script)")
        }
    }
    // `\frac{3}{8} \approx 0.38` against `0.375`, `\frac{1}{8} = 0.125 \approx 12\%` against `12.5\%`: a gold written as a
    // terminating decimal asks for that decimal, and an approximation a response writes last that is another number is
    // its answer (one that is the gold's number still needs an exact part it approximates: `\sqrt{5} \approx 1.73` is
    // not `1.73`).
    if candidateText.utf8.count <= 200, isDecimalLiteral(goldNormalized.text),
       let (approximation, _) = approximationAfterSign(Array(candidateText.utf8)),
       !compare(goldText: goldText, candidateText: approximation, policy: policy).equivalent {
        return Verification(equivalent: false, reason: "an approximation that is not the gold's decimal")
    }
    // "… reduces to 3x = 6." against `x = 2`: an equation that sets a multiple of the gold's name to a number is not solved.
    if unsolvedEquation(candidateNormalized.text, forSolved: goldNormalized.text) {
        return Verification(equivalent: false, reason: "an equation not yet solved for the gold's name")
    }
    let checker = EquivalenceChecker(policy: policy)
    let goldValue = GoldCache.parsed(goldNormalized.text)
    // `1000 \cdot 1.05^{10} \approx \$1{,}628.89` against the gold `1000(1.05)^{10}`: a gold that is itself arithmetic left
    // undone is answered by the exact side before the approximation.
    if candidateNormalized.approximate, PendingArithmetic.isPending(Array(goldNormalized.text.utf8)[...]),
       let exact = exactBeforeApproximation(candidateText) {
        return compare(goldText: goldText, candidateText: exact, policy: policy)
    }
    // `\approx 85.71` names an approximation: it equals a gold of the same number (`2.72` against `\simeq 2{,}72`), never
    // an exact value it rounds (`\frac{600}{7}`).
    if candidateNormalized.approximate, case let .expression(gold, _) = goldValue,
       case let .expression(candidate, _) = AnswerParser.parse(candidateNormalized.text),
       gold.variables.isEmpty, candidate.variables.isEmpty, let a = gold.numericValue([:]), let b = candidate.numericValue([:]) {
        let equal = abs(a.re - b.re) <= 1e-12 * max(1, abs(a.re)) && abs(a.im - b.im) <= 1e-12
        return Verification(equivalent: equal, reason: equal ? "equal as values (an approximation the gold states)" : "an approximation, not the gold's value")
    }
    // A gold written as a repeating decimal (`0.\overline{142857}`) asks for the repeat: a decimal that stops is a
    // truncation of it, however many places it gives.
    if candidateNormalized.text.utf8.contains(46), candidateNormalized.text.utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 46 || $0 == 45 }),
       goldText.utf8.contains(92), Bytes.contains(Array(goldText.utf8), Normalizer.overlineName) {
        return Verification(equivalent: false, reason: "a decimal that stops, against a repeating decimal")
    }
    if checker.equal(goldValue, AnswerParser.parse(candidateNormalized.text)) {
        return Verification(equivalent: true, reason: "equal as values")
    }
    // A bare decimal comma (`3,75`, `-0,5`) against a single number, which the list it would otherwise be never equals.
    if case .expression = goldValue, let decimal = Normalizer.decimalCommaNumber(candidateNormalized.text),
       checker.equal(goldValue, AnswerParser.parse(decimal)) {
        return Verification(equivalent: true, reason: "equal as values (a decimal comma)")
    }
    // The zero matrix or vector named in bold (`\mathbf{0}`, `\vec{0}`) against an all-zero literal; a bare `0` is a number.
    if ScaledIdentity.isZeroMatrix(goldValue), ScaledIdentity.namesZeroInBold(raw: candidateText, normalized: candidateNormalized.text) {
        return Verification(equivalent: true, reason: "equal as values (the zero matrix by its name)")
    }
    // A percentage on one side only may also be read as its fraction of 100: gold `35\%` = `0.35`, gold `0.35` = `35\%`.
    if policy.percent == .signOptional, goldNormalized.hadPercent != candidateNormalized.hadPercent {
        // A plain decimal moves its point (`66.67\%` → `0.6667`), so a rounded percentage gold still reads as a rounding.
        let percentGold = goldNormalized.hadPercent ? GoldCache.parsed(hundredth(goldNormalized.text)) : goldValue
        let candidateText = candidateNormalized.hadPercent ? hundredth(candidateNormalized.text) : candidateNormalized.text
        if checker.equal(percentGold, AnswerParser.parse(candidateText)) {
            return Verification(equivalent: true, reason: "equal as values (percentage read as a fraction of 100)")
        }
    }
    // A mixed number written with a slash: `3 1/2` = 3.5 (as `3\frac{1}{2}` reads); a repeating decimal written with
    // parentheses: `0.(3)` = `0.\overline{3}`.
    // `x = -2\frac{1}{3}`: a one-letter name before the value goes (under the policy that ignores it).
    // `\frac19 - 4 = -3\frac{8}{9}`: a computation's result is its last side.
    let bareCandidate = computationResult(policy.ignoreVariablePrefix ? withoutNamePrefix(candidateNormalized.text) : candidateNormalized.text)
    if let first = bareCandidate.utf8.first, Bytes.isDigit(first) || first == 45,
       let mixed = slashMixedNumber(bareCandidate) ?? Normalizer.parenthesisedPeriod(Array(bareCandidate.utf8)).map(Bytes.string) ?? negativeMixedNumber(bareCandidate),
       checker.equal(goldValue, AnswerParser.parse(Normalizer.normalize(mixed).text)) {
        return Verification(equivalent: true, reason: "equal as values (mixed number or repeating decimal)")
    }
    // A negative mixed number as the gold: `-2\frac{1}{3}` is −7/3.
    if goldNormalized.text.utf8.first == 45, let mixed = negativeMixedNumber(goldNormalized.text),
       checker.equal(AnswerParser.parse(Normalizer.normalize(mixed).text), AnswerParser.parse(bareCandidate)) {
        return Verification(equivalent: true, reason: "equal as values (a negative mixed number)")
    }
    // A decimal comma against a decimal point: `1000,99` = `1000.99`, `0,111` = `0.111` (never a thousands group).
    if let comma = decimalCommaReading(candidateNormalized.text, against: goldNormalized.text)
        ?? decimalCommaReading(goldNormalized.text, against: candidateNormalized.text) {
        if checker.equal(AnswerParser.parse(comma.other), AnswerParser.parse(comma.read)) {
            return Verification(equivalent: true, reason: "equal as values (decimal comma)")
        }
    }
    // `3+4j`: j as the imaginary unit (Qwen2.5-Math and DeepSeek-Math read j as i when no i is written) against a side
    // that writes i.
    if let reading = imaginaryJReading(candidateNormalized.text, against: goldNormalized.text),
       checker.equal(goldValue, AnswerParser.parse(reading)) {
        return Verification(equivalent: true, reason: "equal as values (j read as the imaginary unit)")
    }
    if let reading = imaginaryJReading(goldNormalized.text, against: candidateNormalized.text),
       checker.equal(AnswerParser.parse(reading), AnswerParser.parse(candidateNormalized.text)) {
        return Verification(equivalent: true, reason: "equal as values (j read as the imaginary unit)")
    }
    // A choice label with a full stop before the value (`B. 12`), as OpenCompass's option patterns read `B.`: the value.
    if let label = leadingChoiceLetter(candidateNormalized.text), label.rest.utf8.contains(where: Bytes.isDigit),
       candidateNormalized.text.utf8.drop(while: { $0 == 32 || $0 == 42 }).dropFirst().first == 46,
       checker.equal(goldValue, AnswerParser.parse(String(label.rest))) {
        return Verification(equivalent: true, reason: "equal as values (the value after a choice label)")
    }
    // An answer wrapped in prose (`9 apples`, `The number of students is 28`, `B) 12`): its first math part.
    if let reduced = AnswerProse.firstMathPart(candidateNormalized.text), reduced != candidateNormalized.text {
        // A mixed number before a unit word: `3 3/5 cups` is 18/5, as `3 3/5` alone reads (never 3 × 3/5).
        if let first = reduced.utf8.first, Bytes.isDigit(first) || first == 45, let mixed = slashMixedNumber(reduced) {
            if checker.equal(goldValue, AnswerParser.parse(Normalizer.normalize(negativeMixedNumber(mixed) ?? mixed).text)) {
                return Verification(equivalent: true, reason: "equal as values (a mixed number in a sentence)")
            }
        } else if checker.equal(goldValue, AnswerParser.parse(reduced)) {
            return Verification(equivalent: true, reason: "equal as values (the math part of a sentence)")
        }
        // "The distance between $(1, 2)$ and $(3, 6)$ is $2\sqrt{5}$": with other math before it, the value after the
        // sentence's last "is".
        if let verb = candidateNormalized.text.range(of: " is ", options: .backwards),
           case let rest = String(candidateNormalized.text[verb.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: "$. ")),
           let value = AnswerProse.firstMathPart(rest) ?? Optional(rest),
           value != reduced, !value.isEmpty, checker.equal(goldValue, AnswerParser.parse(value)) {
            return Verification(equivalent: true, reason: "equal as values (the math part after a sentence's last \"is\")")
        }
    }
    // "1 in 6", "3 out of 4": a chance in words is the fraction; "3 to 2" against a ratio gold (`3:2`) is the ratio.
    if let pair = numberPairInWords(candidateNormalized.text), pair.joiner != "to" || goldText.utf8.contains(58),
       checker.equal(goldValue, AnswerParser.parse("\\frac{\(pair.first)}{\(pair.second)}")) {
        return Verification(equivalent: true, reason: "equal as values (\(pair.joiner == "to" ? "a ratio" : "a chance") in words)")
    }
    // "3√2 m", "0.00032 g": a unit symbol of one letter after a value, against a gold with no unit that does not name
    // that letter.
    if goldNormalized.unit == nil, let bare = withoutUnitLetter(candidateNormalized.text), !goldNormalized.text.utf8.contains(candidateNormalized.text.utf8.last!),
       checker.equal(goldValue, AnswerParser.parse(Normalizer.normalize(bare).text)) {
        return Verification(equivalent: true, reason: "equal as values (a unit symbol after the value)")
    }
    // "greater than 2", "all real numbers at least -1": a bound in words against an interval gold is the inequality.
    if goldNormalized.text.contains("\\infty"), let inequality = inequalityInWords(candidateNormalized.text),
       checker.equal(goldValue, AnswerParser.parse(inequality)) {
        return Verification(equivalent: true, reason: "equal as values (a bound in words)")
    }
    // Numbers written in words (`twenty-four`, `seven ways`), read as digits when the answer has none.
    if !candidateNormalized.text.utf8.contains(where: Bytes.isDigit), let digits = NumberWords.rewritten(candidateNormalized.text) {
        // "one in four", "three out of eight": a chance in number words is the fraction.
        if let pair = numberPairInWords(digits), pair.joiner != "to",
           checker.equal(goldValue, AnswerParser.parse("\\frac{\(pair.first)}{\(pair.second)}")) {
            return Verification(equivalent: true, reason: "equal as values (a chance in number words)")
        }
        let lowered = digits.lowercased()
        let sign = ["negative ", "minus "].first(where: { lowered.hasPrefix($0) })
        // A sign word opening the answer is read below with its sign (never as the bare number after it).
        if sign == nil, checker.equal(goldValue, AnswerParser.parse(digits))
            || AnswerProse.firstMathPart(digits).map({ checker.equal(goldValue, AnswerParser.parse($0)) }) == true {
            return Verification(equivalent: true, reason: "equal as values (number in words)")
        }
        // A sign word opening the answer: "negative three" is -3, "minus one half" is -1/2.
        if let sign {
            let rest = String(digits.dropFirst(sign.count))
            let part = AnswerProse.firstMathPart(rest) ?? rest
            if let first = rest.utf8.first, Bytes.isDigit(first), !part.contains(" "),
               checker.equal(goldValue, AnswerParser.parse("-(" + part + ")")) {
                return Verification(equivalent: true, reason: "equal as values (number in words)")
            }
        }
    }
    // Ranks: `\text{second}` against `2` or `2nd` ("She finished in 2nd place"), `5th` against "fifth"; a plain integer
    // counts on one side when the other names a rank.
    if let goldPlace = Ranks.place(goldNormalized.text, plainIntegers: true), let candidatePlace = Ranks.place(candidateNormalized.text, plainIntegers: true),
       Ranks.place(goldNormalized.text) != nil || Ranks.place(candidateNormalized.text) != nil {
        if goldPlace == candidatePlace { return Verification(equivalent: true, reason: "equal as values (the same rank)") }
    }
    // Variables set equal in one chain (`x=y=z=1`) against a tuple of that many equal values: `(1,1,1)`.
    if goldNormalized.text.utf8.contains(44), let tuple = chainedEqualityTuple(candidateNormalized.text),
       compare(goldText: goldText, candidateText: tuple, policy: policy).equivalent {
        return Verification(equivalent: true, reason: "equal as values (variables set equal in one chain)")
    }
    // One answer restated in other forms (`\frac{3}{40}, 7.5\%`): each listed part, normalised on its own (its own percent
    // sign or unit), equals the gold. Only for a gold that is one value, and a short list.
    if candidateText.utf8.contains(37), candidateText.utf8.contains(44), !goldValue.isCollection, !goldNormalized.text.utf8.contains(44) {
        let parts = AnswerParser.splitTopLevel(candidateText, by: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if (2...4).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.utf8.contains(where: Bytes.isDigit) }),
           parts.contains(where: { $0.utf8.contains(37) }),
           parts.allSatisfy({ compare(goldText: goldText, candidateText: $0, policy: policy).equivalent }) {
            return Verification(equivalent: true, reason: "equal as values (one answer in several forms)")
        }
    }
    // An exact value with its approximation (`2\pi \approx 6.28`) against a gold number: the approximation answers it, when
    // the exact value rounds near it (within 1%, so a wrong exact value is never excused by a right decimal).
    if let approximation = approximationAnswering(goldNormalized.text, candidateText: candidateText, exact: candidateNormalized.text),
       compare(goldText: goldText, candidateText: approximation, policy: policy).equivalent {
        return Verification(equivalent: true, reason: "equal as values (the approximation after an exact value)")
    }
    // A word answer stated in a sentence: gold `odd` and `The function is odd`.
    if case let .text(word) = goldValue, word.utf8.count >= 2, AnswerProse.statesWord(candidateNormalized.text, word) {
        return Verification(equivalent: true, reason: "equal as text (stated in a sentence)")
    }
    // A phrase answer of several words said in a sentence that denies nothing: gold `infinitely many` and "There are
    // infinitely many solutions".
    if case .text = goldValue, AnswerProse.statesPhrase(candidateNormalized.text, goldNormalized.text) {
        return Verification(equivalent: true, reason: "equal as text (the phrase stated in a sentence)")
    }
    // A name answer and the sentence that says the name wins: gold `Bob` and `\text{Bob wins}`.
    if case let .text(word) = goldValue, word.utf8.count >= 2, AnswerProse.winnerNamed(candidateNormalized.text) == word {
        return Verification(equivalent: true, reason: "equal as text (the winner named)")
    }
    // A word answer that opens a sentence: gold `yes` and `Yes, it is possible`; gold `no` and `No. Because …`.
    if case let .text(word) = goldValue, word.utf8.count >= 2, AnswerProse.opensWith(candidateNormalized.text, word) {
        return Verification(equivalent: true, reason: "equal as text (the first word of a sentence)")
    }
    // A word answer with a detail in parentheses after it: gold `Navin` and `\text{Navin (Mauritius)}`.
    if case let .text(word) = goldValue, word.utf8.count >= 2, let open = candidateNormalized.text.firstIndex(of: "("),
       candidateNormalized.text.hasSuffix(")"), !candidateNormalized.text[open...].contains(where: { $0.isNumber }),
       candidateNormalized.text[..<open].trimmingCharacters(in: .whitespaces).lowercased() == goldNormalized.text.lowercased() {
        return Verification(equivalent: true, reason: "equal as text (a detail in parentheses after it)")
    }
    // "No" has two letters, too few for a text answer: gold `\text{No}` and `No, it is not possible …`.
    if goldNormalized.text.utf8.count == 2, goldNormalized.text.lowercased() == "no", AnswerProse.opensWith(candidateNormalized.text, "no") {
        return Verification(equivalent: true, reason: "equal as text (the first word of a sentence)")
    }
    return Verification(equivalent: false, reason: "different")
}

/// Whether the arithmetic before an approximation (`\pi \cdot 4^2` of `\pi \cdot 4^2 \approx 50.27`) rounds to it: within
/// one unit of the approximation's last decimal place, or 0.5% of it (`\approx 2.27 \times 10^6`). True when there is
/// nothing before the approximation or either side has no numeric value. An approximation in percent may round the
/// arithmetic's value or a hundred times it (`\frac{6}{48} \approx 13\%`).
func approximationMatchesArithmetic(_ candidateText: String, approximation: String, percent: Bool) -> Bool {
    guard let exact = exactBeforeApproximation(candidateText),
          case let exactSide = Bytes.string(Normalizer.lastSide(Array(exact.utf8)[...])),
          case let .expression(exactExpression, _) = AnswerParser.parse(Normalizer.normalize(exactSide).text),
          case let .expression(approximateExpression, _) = AnswerParser.parse(approximation),
          let exactValue = exactExpression.numericValue([:]), let approximateValue = approximateExpression.numericValue([:]),
          exactValue.im == 0, approximateValue.im == 0 else { return true }
    let places = approximation.split(separator: ".").dropFirst().first.map { $0.prefix(while: \.isNumber).count } ?? 0
    return (percent ? [exactValue.re, 100 * exactValue.re] : [exactValue.re]).contains { value in
        let difference = abs(value - approximateValue.re)
        return difference <= pow(10, -Double(places)) || difference <= 0.005 * abs(approximateValue.re)
    }
}

/// The text before the last `\approx` (or `≈`) of an answer (`1000 \cdot 1.05^{10}`), when there is text before it.
func exactBeforeApproximation(_ candidateText: String) -> String? {
    let bytes = Array(candidateText.utf8)
    guard let marker = lastApproximationSign(bytes) else { return nil }
    let exact = Bytes.trimSpaces(bytes[..<marker.position])
    return exact.isEmpty ? nil : Bytes.string(exact)
}

/// Where the last `\\approx` (or, without one, the last `≈`) of an answer stands, and its length in bytes.
func lastApproximationSign(_ bytes: [UInt8]) -> (position: Int, length: Int)? {
    Bytes.findLast(bytes, Array("\\approx".utf8)).map { ($0, 7) } ?? Bytes.findLast(bytes, Array("≈".utf8)).map { ($0, 3) }
}

/// The approximation after the last `\approx` (or `≈`) of an answer, with a digit in it, and where the sign stands.
func approximationAfterSign(_ bytes: [UInt8]) -> (approximation: String, position: Int)? {
    guard let (position, length) = lastApproximationSign(bytes) else { return nil }
    var tail = Array(bytes[(position + length)...])
    // The approximation ends the math: a closing `$` or `\)` and what follows go (an escaped `\$` is a currency sign:
    // `\approx \$32{,}348`).
    if let dollar = tail.indices.first(where: { tail[$0] == 36 && ($0 == 0 || tail[$0 - 1] != 92) }) { tail = Array(tail[..<dollar]) }
    let approximation = Bytes.string(Bytes.trimSpaces(tail[...]))
    guard approximation.utf8.contains(where: Bytes.isDigit) else { return nil }
    return (approximation, position)
}

/// The approximation after the last `\approx` (or `≈`) of an answer, when the gold is a plain decimal (`6.28`) and the
/// answer's exact part before it (the last side of a chain, normalised; else `exact`, the normalised answer, from which
/// the normaliser drops the approximation) is a number within 1% of it; nil otherwise. A whole-number gold (`32348`, money
/// rounded to the dollar) is answered only when the exact part rounds to the approximation: `24000 \cdot 1.01^{30}
/// \approx 32{,}348`.
func approximationAnswering(_ gold: String, candidateText: String, exact: String) -> String? {
    let goldBytes = Array(gold.utf8)
    guard goldBytes.contains(where: Bytes.isDigit), goldBytes.allSatisfy({ Bytes.isDigit($0) || $0 == 46 || $0 == 45 }) else { return nil }
    let whole = !goldBytes.contains(46)
    let bytes = Array(candidateText.utf8)
    guard let (approximation, position) = approximationAfterSign(bytes) else { return nil }
    // The exact part: what stands before the marker (after a last `$`), normalised.
    var head = Array(bytes[..<position])
    if let dollar = head.lastIndex(of: 36) { head = Array(head[(dollar + 1)...]) }
    if let equals = head.lastIndex(of: 61) { head = Array(head[(equals + 1)...]) }   // `C = 2\pi \approx 6.28`
    let exactText = Normalizer.normalize(Bytes.string(head)).text
    guard case let .expression(exactExpression, _) = AnswerParser.parse(exactText.isEmpty ? exact : exactText), exactExpression.variables.isEmpty,
          let exactValue = exactExpression.numericValue([:]), exactValue.im == 0,
          case let .expression(approximateExpression, _) = AnswerParser.parse(Normalizer.normalize(approximation).text),
          let approximateValue = approximateExpression.numericValue([:]), approximateValue.im == 0,
          abs(exactValue.re - approximateValue.re) <= 0.01 * abs(exactValue.re),
          !whole || abs(exactValue.re - approximateValue.re) <= 0.5 else { return nil }
    return approximation
}

/// Positions of a letter standing alone (no letter or backslash next to it): `j` in `3+4j`, not in `\jmath` or `adj`.
func standaloneLetterPositions(_ bytes: [UInt8], _ letter: UInt8) -> [Int] {
    var positions: [Int] = []
    for index in bytes.indices where bytes[index] == letter {
        let before = index > 0 ? bytes[index - 1] : 32, after = index + 1 < bytes.count ? bytes[index + 1] : 32
        if !Bytes.isLetter(before), before != 92, !Bytes.isLetter(after) { positions.append(index) }
    }
    return positions
}

/// `text` with a standalone `j` read as `i` when it writes j and no i while `other` writes i and no j; nil otherwise.
func imaginaryJReading(_ text: String, against other: String) -> String? {
    guard text.utf8.contains(106), other.utf8.contains(105) else { return nil }   // j, i
    var bytes = Array(text.utf8)
    let otherBytes = Array(other.utf8)
    let js = standaloneLetterPositions(bytes, 106)
    guard !js.isEmpty, standaloneLetterPositions(bytes, 105).isEmpty, !standaloneLetterPositions(otherBytes, 105).isEmpty,
          standaloneLetterPositions(otherBytes, 106).isEmpty else { return nil }
    for index in js { bytes[index] = 105 }
    return Bytes.string(bytes)
}

/// `3 1/2` (an integer, one space, a fraction of integers) as `3\frac{1}{2}`; nil for anything else.
func slashMixedNumber(_ text: String) -> String? {
    guard text.utf8.contains(47), text.utf8.contains(32) else { return nil }
    let parts = text.split(separator: " ")
    guard parts.count == 2, let whole = parts.first, let fraction = parts.last else { return nil }
    let pieces = fraction.split(separator: "/")
    let digits = { (part: Substring) in !part.isEmpty && part.utf8.allSatisfy(Bytes.isDigit) }
    guard digits(whole.hasPrefix("-") ? whole.dropFirst() : whole), pieces.count == 2, digits(pieces[0]), digits(pieces[1]) else { return nil }
    // `-2 1/3` is −(2 + 1/3), as `-2\frac{1}{3}` reads (`negativeMixedNumber`).
    if whole.hasPrefix("-") { return "-(\(whole.dropFirst())\\frac{\(pieces[0])}{\(pieces[1])})" }
    return "\(whole)\\frac{\(pieces[0])}{\(pieces[1])}"
}

/// `{"x": 8, "y": -2}` → `x = 8, y = -2`; `{"answer": 42}` → `42`: a JSON object whose keys are quoted names and whose
/// values are plain numbers; nil otherwise.
func jsonAssignments(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 7, bytes.count <= 200, bytes.first == 123, bytes.last == 125, bytes.contains(34) else { return nil }
    var pairs: [(name: String, value: String)] = []
    for member in bytes[1..<(bytes.count - 1)].split(separator: 44) {
        let parts = member.split(separator: 58, maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let key = Bytes.trimSpaces(parts[0]), value = Bytes.trimSpaces(parts[1])
        guard key.count >= 3, key.first == 34, key.last == 34, key.dropFirst().dropLast().allSatisfy({ Bytes.isLetter($0) || $0 == 95 }),
              !value.isEmpty, value.allSatisfy({ Bytes.isDigit($0) || $0 == 45 || $0 == 46 || $0 == 47 }), value.contains(where: Bytes.isDigit)
        else { return nil }
        pairs.append((Bytes.string(key.dropFirst().dropLast()), Bytes.string(value)))
    }
    if pairs.count == 1 { return pairs[0].value }
    return pairs.map { $0.name + " = " + $0.value }.joined(separator: ", ")
}

/// `1 in 6`, `3 out of 4`, `3 to 2`: two whole numbers joined by those words, with the joiner; nil otherwise.
func numberPairInWords(_ text: String) -> (first: Substring, second: Substring, joiner: String)? {
    guard text.utf8.count <= 24, let first = text.utf8.first, Bytes.isDigit(first), text.utf8.contains(32) else {
        return nil
    }
    for joiner in [" in ", " out of ", " to "] {
        guard let range = text.range(of: joiner) else { continue }
        let left = text[..<range.lowerBound], right = text[range.upperBound...]
        guard !left.isEmpty, !right.isEmpty, left.utf8.allSatisfy(Bytes.isDigit), right.utf8.allSatisfy(Bytes.isDigit) else { return nil }
        return (left, right, joiner.trimmingCharacters(in: .whitespaces))
    }
    return nil
}

/// `x > 2` for "greater than 2", "all values greater than 2", "x is at least -1": a one-sided bound in words on an
/// unnamed value (a few opening words naming the values may precede it); nil for anything else.
func inequalityInWords(_ text: String) -> String? {
    guard text.utf8.count <= 48 else { return nil }
    var rest = Substring(text.lowercased()).drop(while: { $0 == " " })
    for opening in ["all real numbers ", "all numbers ", "all values ", "any real number ", "any number ", "x is ", "x "]
    where rest.hasPrefix(opening) {
        rest = rest.dropFirst(opening.count)
        break
    }
    let phrases: [(words: String, relation: String)] = [
        ("greater than or equal to ", "\\ge"), ("less than or equal to ", "\\le"), ("greater than ", ">"), ("more than ", ">"),
        ("larger than ", ">"), ("bigger than ", ">"), ("less than ", "<"), ("smaller than ", "<"), ("at least ", "\\ge"),
        ("at most ", "\\le"), ("no less than ", "\\ge"), ("no more than ", "\\le"),
    ]
    guard let phrase = phrases.first(where: { rest.hasPrefix($0.words) }) else { return nil }
    let bound = rest.dropFirst(phrase.words.count).trimmingCharacters(in: .whitespaces)
    guard let first = bound.utf8.first, Bytes.isDigit(first) || first == 45,
          bound.utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 45 || $0 == 46 || $0 == 47 }) else { return nil }
    return "x " + phrase.relation + " " + bound
}

/// `3\sqrt{2} m`, `0.00032 g`: the value before a unit symbol of one letter (g, m, s, h, l, L) written after a space;
/// nil otherwise.
func withoutUnitLetter(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 3, AnswerProse.unitLetters.contains(bytes[bytes.count - 1]), bytes[bytes.count - 2] == 32 else { return nil }
    let before = bytes[bytes.count - 3]
    guard Bytes.isDigit(before) || before == 125 || before == 41 else { return nil }
    return Bytes.string(bytes.dropLast(2))
}

/// A word answer without its leading article ("a", "an", "the"): `an ellipse` → `ellipse`; nil when there is none or
/// the rest is not words of letters (at least three).
func droppingArticle(_ text: String) -> String? {
    guard let first = text.utf8.first, first | 0x20 == 97 || first | 0x20 == 116 else { return nil }
    let bytes = Array(text.utf8)
    let article = [Normalizer.b("an "), Normalizer.b("a "), Normalizer.b("the ")].first { Bytes.hasPrefixIgnoringCase(bytes, at: 0, $0) }
    guard let article else { return nil }
    let rest = Bytes.trimSpaces(bytes[article.count...])
    guard rest.count >= 3, rest.allSatisfy({ Bytes.isLetter($0) || $0 == 32 || $0 == 45 }),
          rest.split(separator: 32).contains(where: { $0.count >= 3 }) else { return nil }
    return Bytes.string(rest)
}

/// `-2\frac{1}{3}`: a negative mixed number, −(2 + 1/3), as `-(2\frac{1}{3})`; nil for anything else.
func negativeMixedNumber(_ text: String) -> String? {
    guard text.utf8.first == 45, text.utf8.contains(92) else { return nil }
    let compact = text.filter { $0 != " " }
    guard compact.hasPrefix("-"), let frac = compact.range(of: "\\frac{") else { return nil }
    let whole = compact[compact.index(after: compact.startIndex)..<frac.lowerBound]
    let fraction = compact[frac.upperBound...]
    guard !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }), fraction.hasSuffix("}"),
          fraction.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "{" || $0 == "}") }) else { return nil }
    return "-(" + compact.dropFirst() + ")"
}

/// `text` read with a decimal comma (`1000,99` → `1000.99`) when `other` is a decimal written with a point. Only a
/// single comma between digits that cannot be a thousands mark (not three digits after it, or a leading `0,`), so
/// `1,234` stays one thousand two hundred and thirty-four and `1,2` stays a list unless the other side is `1.2`.
/// Math-Verify reads `1,22` as 1.22 and `0,111` as 0.111 (European decimal commas).
func decimalCommaReading(_ text: String, against other: String) -> (read: String, other: String)? {
    guard text.utf8.contains(44), other.utf8.contains(46) else { return nil }
    var bytes = Array(text.utf8)
    if bytes.first == 45 { bytes.removeFirst() }
    guard let comma = bytes.firstIndex(of: 44), comma > 0, comma + 1 < bytes.count,
          bytes.allSatisfy({ Bytes.isDigit($0) || $0 == 44 }), bytes.filter({ $0 == 44 }).count == 1,
          bytes.count - comma - 1 != 3 || bytes[0] == 48 && comma == 1 else { return nil }
    var otherBytes = Array(other.utf8)
    if otherBytes.first == 45 { otherBytes.removeFirst() }
    guard otherBytes.contains(46), otherBytes.allSatisfy({ Bytes.isDigit($0) || $0 == 46 }),
          otherBytes.filter({ $0 == 46 }).count == 1 else { return nil }
    return (text.replacingOccurrences(of: ",", with: "."), other)
}

/// `text` times a unit factor, as expression text: `(1.5)*1000/1`.
func scaled(_ text: String, _ factor: (numerator: Int, denominator: Int)) -> String {
    // `2,500` is one number here, not a pair.
    let plain = AnswerParser.isThousandsNumber(Array(text.utf8)) ? text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: " ", with: "") : text
    return "(\(plain))*\(factor.numerator)/\(factor.denominator)"
}

/// A percentage's value as a fraction of 100: a plain decimal moves its point (`66.67` → `0.6667`, so it still counts
/// as a rounded decimal), anything else is divided (`(\frac{100}{3})/100`).
func hundredth(_ text: String) -> String {
    var bytes = Array(text.utf8)
    var negative = false
    if bytes.first == 45 { negative = true; bytes.removeFirst() }
    guard !bytes.isEmpty, bytes.allSatisfy({ Bytes.isDigit($0) || $0 == 46 }), bytes.filter({ $0 == 46 }).count <= 1,
          bytes.first != 46 || bytes.count > 1 else { return "(\(text))/100" }
    let point = bytes.firstIndex(of: 46) ?? bytes.count
    var whole = Array(bytes[..<point])
    let fraction = point < bytes.count ? Array(bytes[(point + 1)...]) : []
    while whole.count < 3 { whole.insert(48, at: 0) }
    let newWhole = whole.dropLast(2).drop { $0 == 48 }
    let result = (newWhole.isEmpty ? "0" : Bytes.string(newWhole)) + "." + Bytes.string(whole.suffix(2) + fraction)
    return (negative ? "-" : "") + result
}

/// Whether an answer starts with one choice and joins another (`(B) and (D)`, `A or C`): several answers, not one.
func severalChoices(_ text: String) -> Bool {
    // Wrappers (`\text{(B)}, \text{(E)}`) do not separate the letters.
    var rest = Substring(text.contains("{") || text.contains("\\") ? withoutCommandsAndBraces(text) : text).drop { $0 == " " || $0 == "*" }
    // A hedge between choices: "either (A) or (C)".
    if rest.lowercased().hasPrefix("either ") { rest = rest.dropFirst(7) }
    rest = rest.drop { $0 == " " || $0 == "*" || $0 == "(" }
    guard let first = rest.first, let ascii = first.asciiValue, (65...69).contains(ascii & ~0x20) else { return false }
    let afterLetter = rest.dropFirst().drop { $0 == ")" || $0 == " " }
    rest = rest.dropFirst().drop { $0 == ")" || $0 == " " || $0 == "," }
    let lowered = rest.lowercased()
    if lowered.hasPrefix("and") || lowered.hasPrefix("or") { return true }
    // "(B) vagy (E)", "(B) dan (D)": "and" or "or" of another language before a second letter.
    let word = lowered.prefix(while: { $0.isLetter })
    if !word.isEmpty, AnswerExtractor.listJoinWords.contains(Array(word.utf8)) {
        let after = rest.dropFirst(word.count).drop { $0 == " " || $0 == "*" }
        let parenthesised = after.first == "("
        if let letter = after.drop(while: { $0 == "(" }).first?.asciiValue,
           (65...69).contains(letter) || parenthesised && (97...101).contains(letter) { return true }
    }
    // `B, C`, `(B), (D)`: a second letter standing alone after a comma.
    guard afterLetter.first == ",", let second = rest.drop(while: { $0 == "(" }).first, let code = second.asciiValue,
          (65...69).contains(code) else { return false }
    let tail = rest.drop(while: { $0 == "(" }).dropFirst()
    return tail.first.map { !$0.isLetter && !$0.isNumber } ?? true
}

/// The text without LaTeX command names and braces: `\text{(B)}, \textbf{(E)}` → `(B), (E)`.
func withoutCommandsAndBraces(_ text: String) -> String {
    var out = ""
    var inCommand = false
    for character in text {
        if character == "\\" { inCommand = true; continue }
        if inCommand, character.isLetter { continue }
        inCommand = false
        if character != "{" && character != "}" { out.append(character) }
    }
    return out
}

/// The choice letter an answer starts with: `C`, `(C)`, `C)`, `C:`, `C.`, `(c) 12`, `**C**`; with the text after it.
func leadingChoiceLetter(_ text: String) -> (letter: Character, rest: Substring)? {
    var bytes = Substring(text).drop { $0 == " " || $0 == "*" }
    // "Ответ: Г) $9\pi$": the Cyrillic option labels А–Д (or а–д) with a closing parenthesis are A–E.
    // "Ответ: Б" alone (or "Б.") is the letter too.
    if let first = bytes.first, first.utf8.first == 0xD0, bytes.count == 1 || bytes.count == 2 && bytes.last == "."
        || bytes.dropFirst().first == ")",
       let index = cyrillicChoiceLabels.firstIndex(of: first) ?? cyrillicChoiceLabels.firstIndex(of: Character(first.uppercased())) {
        let remainder = bytes.dropFirst(2).drop { $0 == " " || $0 == "*" }
        return (Character(Unicode.Scalar(UInt8(65 + index))), remainder)
    }
    var parenthesised = false
    if bytes.first == "(" { bytes = bytes.dropFirst(); parenthesised = true }
    guard let first = bytes.first, let ascii = first.asciiValue, (65...69).contains(ascii) || (97...101).contains(ascii) else { return nil }
    var rest = bytes.dropFirst()
    if parenthesised {
        guard rest.first == ")" else { return nil }
        rest = rest.dropFirst()
    } else if let next = rest.first {
        guard next == ")" || next == ":" || next == "." || next == "," || next == " " || next == "*" else { return nil }
        // A lower-case letter alone may be a variable (`a + 1`); it counts only when closed by `)` or ending the answer.
        if ascii >= 97, next != ")" { return nil }
        if next == ")" || next == ":" || next == "." || next == "," { rest = rest.dropFirst() }
    }
    let remainder = rest.drop { $0 == " " || $0 == "*" }
    // A letter followed by an operator is an expression (`C + 1`), not a choice; one followed by "and"/"or" is one of
    // several choices (`(B) and (D)`), which is not one answer.
    if let next = remainder.first, "+-=^/<>".contains(next) { return nil }
    if opensWithAndOr(remainder) { return nil }
    // "A careful count gives 14, which is choice (C).": a capital A before a lower-case word, in text that names a choice
    // in parentheses, is the article.
    if ascii == 65, !parenthesised, rest.first == " ", let word = remainder.first, word.isLowercase,
       remainder.utf8.count <= 200, hasParenthesisedChoice(remainder) {
        return nil
    }
    return (Character(Unicode.Scalar(ascii & ~0x20)), remainder)
}

let cyrillicChoiceLabels: [Character] = ["А", "Б", "В", "Г", "Д"]

/// Whether `text` holds a choice label in parentheses: `(A)` … `(E)`.
private func hasParenthesisedChoice(_ text: Substring) -> Bool {
    let bytes = Array(text.utf8)
    return bytes.indices.dropLast(2).contains { bytes[$0] == 40 && (65...69).contains(bytes[$0 + 1]) && bytes[$0 + 2] == 41 }
}

/// `text.lowercased().hasPrefix("and") || text.lowercased().hasPrefix("or")`, without lower-casing all of `text` when
/// its first four bytes are ASCII: an ASCII character never joins the one before it (but LF after CR, neither a letter),
/// and only the ASCII letters lower-case to a, n, d, o or r, so those bytes settle it.
func opensWithAndOr(_ text: Substring) -> Bool {
    let head = text.utf8.prefix(4)
    guard head.allSatisfy({ $0 < 0x80 }) else {
        return text.lowercased().hasPrefix("and") || text.lowercased().hasPrefix("or")
    }
    let lowered = head.map(Bytes.lower)
    return lowered.starts(with: [97, 110, 100]) || lowered.starts(with: [111, 114])
}

/// `a > b \ge c` as `c \le b < a` when `gold` is a chain of `<`/`\le` and `text` one of `>`/`\ge` (neither mixes the
/// two directions); nil otherwise.
func reversedGreaterChain(_ text: String, against gold: String) -> String? {
    // Cheap gates first: every judged pair passes here.
    guard text.utf8.contains(where: { $0 == 62 || $0 == 92 || $0 == 0xE2 }), gold.utf8.contains(where: { $0 == 60 || $0 == 92 || $0 == 0xE2 })
    else { return nil }
    let textBytes = Bytes.array(text), goldBytes = Bytes.array(gold)
    let greater = ChainMarks.greater.contains { Bytes.contains(textBytes, $0) } && !ChainMarks.less.contains { Bytes.contains(textBytes, $0) }
    let less = ChainMarks.less.contains { Bytes.contains(goldBytes, $0) } && !ChainMarks.greater.contains { Bytes.contains(goldBytes, $0) }
    guard greater, less else { return nil }
    var body = Bytes.array(text)
    while let last = body.last, last == 36 || last == 32 || last == 46 { body.removeLast() }
    while let first = body.first, first == 36 || first == 32 { body.removeFirst() }
    _ = Bytes.replaceAll(&body, Bytes.array("\\geq"), with: Bytes.array("≥"))
    _ = Bytes.replaceAll(&body, Bytes.array("\\ge"), with: Bytes.array("≥"))
    // No arrows (`->`) and no other `\g…` command: the chain is terms between `>` and `≥` only.
    guard !Bytes.contains(body, Bytes.array("->")), !body.contains(92) || !Bytes.contains(body, Bytes.array("\\g")) else { return nil }
    let greaterOrEqual = Bytes.array("≥")
    var parts: [[UInt8]] = [], marks: [String] = []
    var start = 0, index = 0
    while index < body.count {
        if body[index] == 62 {
            parts.append(Array(body[start..<index])); marks.append("<"); index += 1; start = index; continue
        }
        if Bytes.hasPrefix(body, at: index, greaterOrEqual) {
            parts.append(Array(body[start..<index])); marks.append("\\le"); index += greaterOrEqual.count; start = index; continue
        }
        index += 1
    }
    parts.append(Array(body[start...]))
    guard (2...6).contains(parts.count), parts.allSatisfy({ !Bytes.trimSpaces($0[...]).isEmpty && !$0.contains(36) && !$0.contains(10) }) else { return nil }
    var reversed = Bytes.string(Bytes.trimSpaces(parts.last![...]))
    for (part, mark) in zip(parts.dropLast().reversed(), marks.reversed()) {
        reversed += " \(mark) " + Bytes.string(Bytes.trimSpaces(part[...]))
    }
    return reversed
}

/// Assignments of one-letter names that set the same names in the same order two or more times (`a=27,b=20,c=13,
/// a=18,b=20,c=22`) as one tuple per round (`(27,20,13), (18,20,22)`), when `gold` has a parenthesis and `text` none;
/// nil otherwise.
/// Whether `text` is a number written with a decimal point and nothing else (`0.375`, `-12.5`, `.35625`).
func isDecimalLiteral(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    return bytes.count <= 24 && bytes.contains(46) && bytes.contains(where: Bytes.isDigit)
        && bytes.allSatisfy({ Bytes.isDigit($0) || $0 == 46 || $0 == 45 }) && bytes.filter({ $0 == 46 }).count == 1
}

/// Whether `candidate` is one equation that sets a multiple of the one-letter name `gold` solves for (`x = 2`) to a
/// number (`3x = 6`). Other forms stay equations of the same line or plane (`y - 3 = 0` is `y = 3`).
func unsolvedEquation(_ candidate: String, forSolved gold: String) -> Bool {
    let g = Array(gold.utf8), c = Array(candidate.utf8)
    guard c.count <= 40, g.count <= 24, g.count >= 3, let goldEquals = g.firstIndex(of: 61), g.lastIndex(of: 61) == goldEquals else { return false }
    let name = Bytes.trimSpaces(g[..<goldEquals])
    guard name.count == 1, let letter = name.first, Bytes.isLetter(letter),
          !g[(goldEquals + 1)...].contains(where: Bytes.isLetter), g[(goldEquals + 1)...].contains(where: Bytes.isDigit),
          let equals = c.firstIndex(of: 61), c.lastIndex(of: 61) == equals else { return false }
    let left = Bytes.trimSpaces(c[..<equals]), right = Bytes.trimSpaces(c[(equals + 1)...])
    guard !right.isEmpty, right.allSatisfy({ Bytes.isDigit($0) || $0 == 45 || $0 == 46 }), right.contains(where: Bytes.isDigit),
          left.count >= 2, left.last == letter else { return false }
    let coefficient = left.dropLast()
    return coefficient.allSatisfy({ Bytes.isDigit($0) || $0 == 46 }) && coefficient.contains(where: { Bytes.isDigit($0) && $0 != 49 || $0 == 46 })
}

/// The candidate with its numbered names `x_1`, `x_{2}`, … (one letter, two or more distinct digit subscripts, each
/// set with `=`) written as the one name `x` that the gold sets and never numbers; nil otherwise.
func numberedRootsAsName(_ candidate: String, against gold: String) -> String? {
    let text = Array(candidate.utf8), goldBytes = Array(gold.utf8)
    guard text.count <= 400, text.contains(95), text.contains(61), !goldBytes.contains(95) else { return nil }
    var output: [UInt8] = []
    var letter: UInt8?
    var subscripts = Set<[UInt8]>()
    var index = 0
    while index < text.count {
        guard text[index] == 95, index > 0, Bytes.isLetter(text[index - 1]), index < 2 || !Bytes.isLetter(text[index - 2]) && text[index - 2] != 92 else {
            output.append(text[index]); index += 1; continue
        }
        var end = index + 1
        let braced = end < text.count && text[end] == 123
        if braced { end += 1 }
        let digitsStart = end
        while end < text.count, Bytes.isDigit(text[end]) { end += 1 }
        guard end > digitsStart, !braced || end < text.count && text[end] == 125 else { return nil }
        let digits = Array(text[digitsStart..<end])
        if braced { end += 1 }
        var after = end
        while after < text.count, text[after] == 32 { after += 1 }
        guard after < text.count, text[after] == 61, letter == nil || letter == text[index - 1], subscripts.insert(digits).inserted else { return nil }
        letter = text[index - 1]
        index = end
    }
    guard let letter, subscripts.count >= 2, goldBytes.contains(letter),
          let goldName = goldBytes.firstIndex(where: { $0 == letter }), goldName + 1 < goldBytes.count,
          goldBytes[(goldName + 1)...].drop(while: { $0 == 32 }).first == 61 else { return nil }
    return Bytes.string(output)
}

func assignmentRounds(_ text: String, against gold: String) -> String? {
    guard text.utf8.count <= 200, gold.utf8.contains(40), text.utf8.contains(61), !text.utf8.contains(40) else { return nil }
    var names: [UInt8] = [], values: [String] = []
    // `p = 2,\ q = 3, p = 3,\ q = 2`: LaTeX spacing between the items.
    var bytes = Bytes.array(text)
    if bytes.contains(92) { for space in SingleAssignment.spacing { _ = Bytes.replaceAll(&bytes, space, with: [32]) } }
    for item in bytes.split(separator: 44) {
        let sides = item.split(separator: 61, omittingEmptySubsequences: false)
        guard sides.count == 2 else { return nil }
        let name = Bytes.trimSpaces(sides[0].drop { $0 == 36 }), value = Bytes.trimSpaces(sides[1].reversed().drop { $0 == 36 }.reversed()[...])
        guard name.count == 1, Bytes.isLetter(name.first!), !value.isEmpty, !value.contains(61) else { return nil }
        names.append(name.first!)
        values.append(Bytes.string(value))
    }
    guard let period = names.dropFirst().firstIndex(of: names[0]), period >= 2, names.count % period == 0,
          Set(names[..<period]).count == period,
          stride(from: period, to: names.count, by: period).allSatisfy({ names[$0..<($0 + period)].elementsEqual(names[..<period]) })
    else { return nil }
    return stride(from: 0, to: names.count, by: period).map { "(" + values[$0..<($0 + period)].joined(separator: ",") + ")" }.joined(separator: ", ")
}

/// The name and values of a gold that numbers the roots of one letter (`x_1=1, x_2=-5`, `$x_{1}=2$, $x_{2}=3$`): `x` and
/// `1, -5`; nil for anything else (two or more roots, numbered from 1 in order).
func numberedRoots(_ gold: String) -> (name: UInt8, values: String)? {
    guard gold.utf8.count <= 120, gold.utf8.contains(95), gold.utf8.contains(61) else { return nil }
    var spaced = Bytes.array(gold)
    if spaced.contains(92) { for space in SingleAssignment.spacing { _ = Bytes.replaceAll(&spaced, space, with: [32]) } }
    let bytes = spaced.filter { $0 != 36 && $0 != 32 && $0 != 123 && $0 != 125 }
    let items = bytes.split(separator: 44)
    guard items.count >= 2 else { return nil }
    var name: UInt8?
    var values: [String] = []
    for (index, item) in items.enumerated() {
        let number = Array(String(index + 1).utf8)
        guard item.count >= 5, Bytes.isLetter(item[item.startIndex]), name == nil || name == item[item.startIndex], item[item.startIndex + 1] == 95,
              item.dropFirst(2).starts(with: number), item[item.startIndex + 2 + number.count] == 61 else { return nil }
        let value = item.dropFirst(3 + number.count)
        guard !value.isEmpty, !value.contains(61) else { return nil }
        name = item[item.startIndex]
        values.append(Bytes.string(value))
    }
    return name.map { ($0, values.joined(separator: ", ")) }
}

/// The values of `name` that `text` lists (`x = -5 \text{ or } x = 1`, `x=1, x=-5`, `$x = 2$ and $x = 3$`): `-5, 1`; nil
/// unless every item sets `name` and there are two or more.
func valuesOfName(_ name: UInt8, in text: String) -> String? {
    guard text.utf8.count <= 160, text.utf8.contains(61) else { return nil }
    var bytes = Bytes.array(text).filter { $0 != 36 }
    for joiner in RootJoiners.words { _ = Bytes.replaceAll(&bytes, joiner, with: [44]) }
    let items = bytes.split(separator: 44).map { Bytes.trimSpaces($0) }
    guard items.count >= 2 else { return nil }
    var values: [String] = []
    for item in items {
        guard item.count >= 3, item.first == name, let equals = item.firstIndex(of: 61),
              Bytes.trimSpaces(item[(item.startIndex + 1)..<equals]).isEmpty else { return nil }
        let value = Bytes.trimSpaces(item[(equals + 1)...])
        guard !value.isEmpty, !value.contains(61) else { return nil }
        values.append(Bytes.string(value))
    }
    return values.joined(separator: ", ")
}

/// Two to four names set to values of which some hold `\pm` (or `±`), written as the tuples of their values in the
/// names' order: every choice of signs (`K = \pm 3, L = \pm 2` → `(3, 2), (3, -2), (-3, 2), (-3, -2)`), or, when a value
/// holds `\mp` (`∓`), the two choices where ∓ takes the sign opposite to ±'s. Nil otherwise.
func plusMinusAssignments(_ text: String) -> String? {
    guard text.utf8.count <= 160, holdsPlusMinus(text), let listed = SingleAssignment.list(text), (2...4).contains(listed.count)
    else { return nil }
    func signed(_ value: String, plus: Bool) -> String {
        value.replacingOccurrences(of: "\\mp", with: plus ? "-" : "+").replacingOccurrences(of: "∓", with: plus ? "-" : "+")
            .replacingOccurrences(of: "\\pm", with: plus ? "+" : "-").replacingOccurrences(of: "±", with: plus ? "+" : "-")
    }
    let hasMinusPlus = listed.contains { $0.value.contains("\\mp") || $0.value.contains("∓") }
    let varying = listed.indices.filter { listed[$0].value.contains("\\pm") || listed[$0].value.contains("±") }
    guard !varying.isEmpty else { return nil }
    var choices: [[Bool]] = []
    if hasMinusPlus {
        choices = [Array(repeating: true, count: listed.count), Array(repeating: false, count: listed.count)]
    } else {
        for mask in 0..<(1 << varying.count) {
            var choice = Array(repeating: true, count: listed.count)
            for (bit, index) in varying.enumerated() { choice[index] = mask & (1 << bit) == 0 }
            choices.append(choice)
        }
    }
    return choices.map { choice in
        "(" + listed.indices.map { signed(listed[$0].value, plus: choice[$0]) }.joined(separator: ", ") + ")"
    }.joined(separator: ", ")
}

/// Whether `text` holds `\pm`, `\mp`, `±` or `∓`: one pass over its bytes, without a copy.
private func holdsPlusMinus(_ text: String) -> Bool {
    var twoBack: UInt8 = 0, previous: UInt8 = 0
    for byte in text.utf8 {
        if byte == 0xB1 && previous == 0xC2 || byte == 0x93 && previous == 0x88 && twoBack == 0xE2 { return true }   // ± ∓
        if twoBack == 92, previous == 112 && byte == 109 || previous == 109 && byte == 112 { return true }         // \pm \mp
        twoBack = previous
        previous = byte
    }
    return false
}

/// `\pm(1, 2)` (or `±(1, -2)`, math delimiters allowed) as the tuple and its negative, `(1, 2), (-1, -2)`: two to four
/// entries, each a number or LaTeX without a comma; nil for anything else.
func plusMinusTuple(_ text: String) -> String? {
    // A backslash or the first byte of `±` opens it (cheap test first: this runs for every comparison).
    guard text.utf8.count <= 80, let opening = text.utf8.first(where: { $0 != 32 && $0 != 36 }), opening == 92 || opening == 0xC2,
          text.utf8.contains(40) else { return nil }
    var bytes = Bytes.array(text).filter { $0 != 36 }
    bytes = Array(Bytes.trimSpaces(bytes[...]))
    let sign: [UInt8] = Bytes.hasPrefix(bytes, at: 0, Bytes.array("\\pm")) ? Bytes.array("\\pm") : Bytes.hasPrefix(bytes, at: 0, Bytes.array("±")) ? Bytes.array("±") : []
    guard !sign.isEmpty else { return nil }
    let rest = Bytes.trimSpaces(bytes[sign.count...])
    guard rest.first == 40, rest.last == 41, !rest.dropFirst().dropLast().contains(40) else { return nil }
    let entries = rest.dropFirst().dropLast().split(separator: 44, omittingEmptySubsequences: false).map { Bytes.string(Bytes.trimSpaces($0)) }
    guard (2...4).contains(entries.count), entries.allSatisfy({ !$0.isEmpty && $0.utf8.contains(where: Bytes.isDigit) }) else { return nil }
    let negated = entries.map { $0.hasPrefix("-") ? String($0.dropFirst()) : "-" + $0 }
    return "(" + entries.joined(separator: ", ") + "), (" + negated.joined(separator: ", ") + ")"
}

/// Answers that set one-letter names: `x=-1` and lists such as `x=-1,\ y=2`.
enum SingleAssignment {
    /// LaTeX spacing between listed assignments.
    static let spacing: [[UInt8]] = ["\\qquad", "\\quad", "\\,", "\\;", "\\ ", "\\!"].map(Bytes.array)

    /// The name and value of `x = -1` (math delimiters allowed); nil for anything else.
    static func parse(_ text: String) -> (name: UInt8, value: String)? {
        guard text.utf8.count <= 60, text.utf8.contains(61) else { return nil }
        return item(Bytes.array(text).filter { $0 != 36 }[...])
    }

    /// The names and values of two or more assignments to distinct one-letter names, separated by commas, semicolons,
    /// spacing or "and"; nil for anything else.
    static func list(_ text: String) -> [(name: UInt8, value: String)]? {
        guard text.utf8.count <= 160, text.utf8.contains(61) else { return nil }
        var bytes = Bytes.array(text).filter { $0 != 36 }
        for joiner in spacing + [";", "\\text{ and }", " and "].map(Bytes.array) { _ = Bytes.replaceAll(&bytes, joiner, with: [44]) }
        let parts = bytes.split(separator: 44).map { Bytes.trimSpaces($0) }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return nil }
        var listed: [(name: UInt8, value: String)] = []
        for part in parts {
            guard let assignment = item(part), !listed.contains(where: { $0.name == assignment.name }) else { return nil }
            listed.append(assignment)
        }
        return listed
    }

    /// One `name = value`: a one-letter name, and a value with no `=`, comma or letter outside a command.
    private static func item(_ bytes: ArraySlice<UInt8>) -> (name: UInt8, value: String)? {
        let trimmed = Bytes.trimSpaces(bytes)
        guard let equals = trimmed.firstIndex(of: 61), case let left = Bytes.trimSpaces(trimmed[..<equals]), left.count == 1,
              let name = left.first, Bytes.isLetter(name) else { return nil }
        let value = Bytes.trimSpaces(trimmed[(equals + 1)...])
        guard !value.isEmpty, !value.contains(61), !value.contains(44), !hasBareLetter(value) else { return nil }
        return (name, Bytes.string(value))
    }

    /// Whether `bytes` hold a letter outside a command's name (`2y` does; `\frac{1}{2}` does not).
    private static func hasBareLetter(_ bytes: ArraySlice<UInt8>) -> Bool {
        var inCommand = false
        for byte in bytes {
            if byte == 92 { inCommand = true; continue }
            if Bytes.isLetter(byte) { if !inCommand { return true } } else { inCommand = false }
        }
        return false
    }
}

/// Words that join the values of one name in a list.
enum RootJoiners {
    static let words: [[UInt8]] = ["\\text{ or }", "\\text{or}", "\\quad", " or ", " and "].map(Bytes.array)
}

/// The marks of the two directions of an order chain.
enum ChainMarks {
    static let greater: [[UInt8]] = [">", "\\ge", "≥"].map(Bytes.array)
    static let less: [[UInt8]] = ["<", "\\le", "≤"].map(Bytes.array)
}

/// `x=y=z=1` as the tuple `(1,1,1)`: two to six single-letter variables set equal in one chain to one value without a
/// letter or a comma. Nil otherwise.
func chainedEqualityTuple(_ text: String) -> String? {
    guard text.utf8.contains(61) else { return nil }
    let parts = text.split(separator: "=", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    guard (3...7).contains(parts.count), let value = parts.last, !value.isEmpty,
          !value.utf8.contains(where: { $0 == 44 || $0 == 60 || $0 == 62 }) else { return nil }
    // The value has no letters outside LaTeX commands (`\frac{1}{2}` is a value, `t` or `2k` is not).
    var inCommand = false
    for byte in value.utf8 {
        if byte == 92 { inCommand = true; continue }
        if Bytes.isLetter(byte) { if !inCommand { return nil } } else { inCommand = false }
    }
    let names = parts.dropLast()
    guard names.allSatisfy({ $0.utf8.count == 1 && Bytes.isLetter($0.utf8.first!) }), Set(names).count == names.count else { return nil }
    return "(" + Array(repeating: value, count: names.count).joined(separator: ",") + ")"
}
