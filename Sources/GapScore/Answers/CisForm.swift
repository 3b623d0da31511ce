// Complex numbers in cis form: `2\operatorname{cis} 60^\circ` is `2\left(\cos(\frac{60\pi}{180}) + i\sin(\frac{60\pi}{180})\right)`.

extension Normalizer {
    static let cisName = b("{cis}")
    static let cisCommands: [[UInt8]] = ["\\operatorname{cis}", "\\mathrm{cis}", "\\text{cis}", "\\textrm{cis}"].map(b)

    /// Rewrites every `\operatorname{cis}θ` (or `\mathrm{cis}`, `\text{cis}`) as `\left(\cos(θ) + i\sin(θ)\right)`, so the
    /// evaluator reads the complex number it writes. The angle is a group in braces or parentheses (`\left(…\right)`
    /// too), a `\frac` with its two groups, or a run of digits, letters and commands, maybe a number of degrees (written
    /// in radians); a cis whose angle cannot be read stays as it is.
    static func rewriteCisForms(_ text: inout [UInt8]) {
        for command in cisCommands {
            var from = 0
            while let at = Bytes.find(text, command, from: from) {
                var start = at + command.count
                while start < text.count, text[start] == 32 { start += 1 }
                guard let (inner, end) = cisAngle(text, from: start) else { from = at + command.count; continue }
                let replacement = b("\\left(\\cos(") + inner + b(") + i\\sin(") + inner + b(")\\right)")
                text.replaceSubrange(at..<end, with: replacement)
                from = at + replacement.count
            }
        }
    }

    /// The angle after a cis command at `start` and the index after it; nil when none can be read.
    static func cisAngle(_ text: [UInt8], from start: Int) -> (inner: [UInt8], end: Int)? {
        guard start < text.count else { return nil }
        if Bytes.hasPrefix(text, at: start, b("\\left(")) {
            guard let close = Bytes.find(text, b("\\right)"), from: start + 6) else { return nil }
            return (Array(text[(start + 6)..<close]), close + 7)
        }
        if text[start] == 40 {
            var depth = 0
            for index in start..<text.count {
                if text[index] == 40 { depth += 1 }
                if text[index] == 41 { depth -= 1; if depth == 0 { return (Array(text[(start + 1)..<index]), index + 1) } }
            }
            return nil
        }
        if text[start] == 123 {
            guard let end = Bytes.matchingBrace(text, from: start) else { return nil }
            return (Array(text[(start + 1)..<(end - 1)]), end)
        }
        var end = start
        for fraction in [b("\\frac"), b("\\dfrac"), b("\\tfrac")] where Bytes.hasPrefix(text, at: start, fraction) {
            guard start + fraction.count < text.count, text[start + fraction.count] == 123,
                  let numerator = Bytes.matchingBrace(text, from: start + fraction.count), numerator < text.count, text[numerator] == 123,
                  let denominator = Bytes.matchingBrace(text, from: numerator) else { return nil }
            end = denominator
        }
        if end == start {
            while end < text.count, Bytes.isDigit(text[end]) || Bytes.isLetter(text[end]) || text[end] == 46 || text[end] == 47
                || text[end] == 92 && end + 1 < text.count && Bytes.isLetter(text[end + 1]) {
                end += 1
            }
        }
        guard end > start else { return nil }
        // `60^\circ`: a number of degrees is written in radians, `\frac{60\pi}{180}` (degree signs are dropped later).
        for degree in [b("^\\circ"), b("^{\\circ}"), b("°")] where Bytes.hasPrefix(text, at: end, degree) {
            let number = Array(text[start..<end])
            guard number.allSatisfy({ Bytes.isDigit($0) || $0 == 46 }) else { return nil }
            return (b("\\frac{") + number + b("\\pi}{180}"), end + degree.count)
        }
        return (Array(text[start..<end]), end)
    }
}
