// PendingArithmetic: whether a side of an answer is arithmetic left undone (`1.3 + 1.91`, `57 \div 160`, `\pi \cdot 4^2`,
// `\frac{5}{40}`), so that the approximation a response writes after it (`\approx 3.2`) is the value it answers with.

enum PendingArithmetic {
    private enum Token {
        case number(whole: Int?, pi: Bool)       // `1.91` (whole nil), `18`, `18\pi`
        case fraction(Int, Int, pi: Bool)        // `\frac{5}{40}`, `\frac23`
        case additive, multiplicative, slash     // `+ -`, `\times \cdot \div * ×·÷`, `/`
        case other
    }

    private static let multiplicativeCommands: [[UInt8]] = ["\\times", "\\cdot", "\\div", "×", "·", "÷", "⋅"].map { Array($0.utf8) }
    private static let minusSign = Array("−".utf8)
    private static let piCommand = Array("\\pi".utf8), piLetter = Array("π".utf8), fracCommand = Array("\\frac".utf8)

    /// Whether `side` (one side of a chain, at brace depth 0) holds an operation on plain numbers that its writer did not
    /// carry out: two numbers joined by an arithmetic sign with nothing else around them (`1.3 + 1.91`, `57 \div 160`,
    /// `\tfrac23 \times 18\pi`; π may stand beside a factor of a product, not beside a term of a sum: `\pi + 2` is a
    /// value), a power of plain numbers other than ten's (`4^2`, `(1.01)^{30}`; `3 \times 10^8` is a way of writing a
    /// number), or a fraction of whole numbers not in lowest terms (`\frac{5}{40}`, `2/6`). A number next to a letter or
    /// another command (`2\sqrt{3} + 1`, `3x - 1`, `\sin 2 + 1`) is not plain.
    static func isPending(_ side: ArraySlice<UInt8>) -> Bool {
        let s = Array(side)
        var tokens: [Token] = []
        var i = 0
        func skipSpaces() { while i < s.count, s[i] == 32 { i += 1 } }
        func wholeNumber(_ text: ArraySlice<UInt8>) -> Int? {
            guard !text.isEmpty, text.count <= 9, text.allSatisfy(Bytes.isDigit) else { return nil }
            return text.reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        // After an operand: reads a `\pi`/`π` factor and a power; true when the operand alone is undone arithmetic (a power
        // of plain numbers, an unreduced fraction), false when it is not plain (it was recorded as `.other`), nil when it
        // was recorded as an operand for the sign checks below.
        func finishOperand(_ token: Token, plain: Bool) -> Bool? {
            var token = token
            skipSpaces()
            if Bytes.hasPrefix(s, at: i, piCommand), !(i + 3 < s.count && Bytes.isLetter(s[i + 3])) {
                i += 3
                if case let .number(whole, _) = token { token = .number(whole: whole, pi: true) }
                if case let .fraction(n, d, _) = token { token = .fraction(n, d, pi: true) }
                skipSpaces()
            } else if Bytes.hasPrefix(s, at: i, piLetter) {
                i += 2
                if case let .number(whole, _) = token { token = .number(whole: whole, pi: true) }
                skipSpaces()
            }
            if i < s.count, s[i] == 94, plain {   // `^`: a power of a plain number
                var exponent = i + 1
                if exponent < s.count, s[exponent] == 123 { exponent += 1 }
                let start = exponent
                while exponent < s.count, Bytes.isDigit(s[exponent]) { exponent += 1 }
                if exponent > start, case let .number(whole, false) = token, whole != 10 { return true }
                tokens.append(.other)
                return false
            }
            if i < s.count, Bytes.isLetter(s[i]) || s[i] == 92 && !multiplicativeCommands.contains(where: { Bytes.hasPrefix(s, at: i, $0) })
                || s[i] == 40 || s[i] == 123 || Bytes.isDigit(s[i]) {
                tokens.append(.other)
                return false
            }
            if case let .fraction(n, d, _) = token, d == 1 || gcd(n, d) > 1 { return true }
            tokens.append(token)
            return nil
        }
        while i < s.count {
            skipSpaces()
            guard i < s.count else { break }
            let byte = s[i]
            if Bytes.isDigit(byte) {
                let start = i
                while i < s.count, Bytes.isDigit(s[i]) { i += 1 }
                let integerEnd = i
                if i + 1 < s.count, s[i] == 46, Bytes.isDigit(s[i + 1]) {
                    i += 1
                    while i < s.count, Bytes.isDigit(s[i]) { i += 1 }
                }
                let whole = integerEnd == i ? wholeNumber(s[start..<i]) : nil
                if let verdict = finishOperand(.number(whole: whole, pi: false), plain: true) {
                    if verdict { return true }
                }
                continue
            }
            if Bytes.hasPrefix(s, at: i, fracCommand) {
                // `\frac{5}{40}`, `\frac23`: a fraction of whole numbers
                var cursor = i + 5
                func part() -> Int? {
                    if cursor < s.count, Bytes.isDigit(s[cursor]) { cursor += 1; return Int(s[cursor - 1] - 48) }
                    guard cursor < s.count, s[cursor] == 123, let close = s[cursor...].firstIndex(of: 125) else { return nil }
                    defer { cursor = close + 1 }
                    return wholeNumber(s[(cursor + 1)..<close])
                }
                if let n = part(), let d = part(), d > 0 {
                    i = cursor
                    if let verdict = finishOperand(.fraction(n, d, pi: false), plain: false) {
                        if verdict { return true }
                    }
                    continue
                }
            }
            if byte == 40, i + 1 < s.count {
                // `(1.01)^{30}`: a parenthesised plain number raised to a power
                var cursor = i + 1
                while cursor < s.count, Bytes.isDigit(s[cursor]) || s[cursor] == 46 { cursor += 1 }
                if cursor > i + 1, cursor + 1 < s.count, s[cursor] == 41, s[cursor + 1] == 94 { return true }
            }
            if byte == 43 || byte == 45 { tokens.append(.additive); i += 1; continue }
            if Bytes.hasPrefix(s, at: i, minusSign) { tokens.append(.additive); i += 3; continue }
            if byte == 42 { tokens.append(.multiplicative); i += 1; continue }
            if byte == 47 { tokens.append(.slash); i += 1; continue }
            if let command = multiplicativeCommands.first(where: { Bytes.hasPrefix(s, at: i, $0) }) {
                tokens.append(.multiplicative); i += command.count; continue
            }
            // anything else is one opaque token: a command with its braced arguments, a letter, a bracket
            if byte == 123, let close = Bytes.matchingBrace(s, from: i) { i = close + 1 } else if byte == 92 {
                i += 1
                while i < s.count, Bytes.isLetter(s[i]) { i += 1 }
            } else { i += byte >= 0x80 ? max(1, utf8Width(byte)) : 1 }
            tokens.append(.other)
        }
        // an operand, a sign and an operand, with only signs or the ends of the side around them
        for index in tokens.indices.dropFirst().dropLast() {
            let before = index >= 2 ? tokens[index - 2] : nil, after = index + 2 < tokens.count ? tokens[index + 2] : nil
            func isSign(_ token: Token?) -> Bool {
                guard let token else { return true }
                switch token { case .additive, .multiplicative, .slash: return true; default: return false }
            }
            guard isSign(before), isSign(after) else { continue }
            switch (tokens[index - 1], tokens[index], tokens[index + 1]) {
            case (.number(_, false), .additive, .number(_, false)), (.number(_, false), .additive, .fraction(_, _, false)),
                 (.fraction(_, _, false), .additive, .number(_, false)), (.fraction(_, _, false), .additive, .fraction(_, _, false)):
                return true
            case (.number, .multiplicative, .number), (.number, .multiplicative, .fraction), (.fraction, .multiplicative, .number),
                 (.fraction, .multiplicative, .fraction):
                return true
            case let (.number(a, false), .slash, .number(b, false)):
                guard let a, let b else { return true }   // a decimal over a number
                if b == 0 || b == 1 || gcd(a, b) > 1 { return true }
            case (.fraction, .slash, _), (_, .slash, .fraction):
                return true
            default:
                continue
            }
        }
        return false
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
    private static func utf8Width(_ lead: UInt8) -> Int { lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1 }
}
