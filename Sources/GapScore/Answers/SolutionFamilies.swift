// Families of solutions in an integer parameter: the `k \in \mathbb{Z}` clause, `\frac{5\pi}{4} + k\pi` against
// `\frac{\pi}{4} + k\pi` (one set), and a family with its parameter's values listed.
import Foundation

extension Normalizer {
    static let integersName = b("\\mathbb{Z}"), integersShortName = b("\\mathbb Z"), elementName = b("\\in")

    /// Drops the clause that says a parameter is an integer from the end of an answer: `x = \frac{\pi}{4} + k\pi,\ k \in
    /// \mathbb{Z}` → `x = \frac{\pi}{4} + k\pi`; also `(k \in \mathbb{Z})`. The name is one letter with at most a
    /// subscript, and only the answer's end is read.
    static func removeIntegerParameterClause(_ text: inout [UInt8]) {
        guard let set = Bytes.findLast(text, integersName) ?? Bytes.findLast(text, integersShortName) else { return }
        var end = set + (Bytes.hasPrefix(text, at: set, integersName) ? integersName.count : integersShortName.count)
        var closes = false
        while end < text.count, text[end] == 32 || text[end] == 41 || text[end] == 46 { if text[end] == 41 { closes = true }; end += 1 }
        guard end == text.count else { return }
        var cursor = set
        while cursor > 0, text[cursor - 1] == 32 { cursor -= 1 }
        guard cursor >= elementName.count, Bytes.hasPrefix(text, at: cursor - elementName.count, elementName) else { return }
        cursor -= elementName.count
        while cursor > 0, text[cursor - 1] == 32 { cursor -= 1 }
        // The name: a letter, maybe `_1` or `_{1}`.
        var nameStart = cursor
        while nameStart > 0, Bytes.isDigit(text[nameStart - 1]) || text[nameStart - 1] == 95 || text[nameStart - 1] == 123 || text[nameStart - 1] == 125 { nameStart -= 1 }
        guard nameStart > 0, Bytes.isLetter(text[nameStart - 1]), nameStart == 1 || !Bytes.isLetter(text[nameStart - 2]) && text[nameStart - 2] != 92 else { return }
        nameStart -= 1
        var start = nameStart
        while start > 0, text[start - 1] == 32 { start -= 1 }
        guard start > 0, text[start - 1] == 44 || closes && text[start - 1] == 40 else { return }
        start -= 1
        while start > 0, text[start - 1] == 32 { start -= 1 }
        guard start > 0 else { return }
        text.removeSubrange(start...)
    }
}

extension EquivalenceChecker {
    /// Whether two expressions in one integer parameter (`k`, `n` or `m`, the same name on both sides once renamed) are
    /// the same family c + p·k of an equation's solutions: periods equal up to sign, and offsets that differ by a whole
    /// number of periods. Only for a period that is a rational multiple of π (a trigonometric equation's): `2n + 1`
    /// against `2n + 3` may be a sequence's formula (aₙ), where the two differ.
    func sameSolutionFamily(_ gold: Expression, _ candidate: Expression) -> Bool {
        let variables = gold.variables
        guard variables.count == 1, let name = variables.first, EquivalenceChecker.integerNames.contains(name),
              candidate.variables == variables, isLinear(gold, in: name), isLinear(candidate, in: name),
              let goldOffset = gold.numericValue([name: Complex(0)]), let goldNext = gold.numericValue([name: Complex(1)]),
              let candidateOffset = candidate.numericValue([name: Complex(0)]),
              let candidateNext = candidate.numericValue([name: Complex(1)]) else { return false }
        let period = goldNext - goldOffset, candidatePeriod = candidateNext - candidateOffset
        guard period.im == 0, candidatePeriod.im == 0, goldOffset.im == 0, candidateOffset.im == 0, abs(period.re) > 1e-9,
              abs(abs(period.re) - abs(candidatePeriod.re)) <= 1e-9 * abs(period.re) else { return false }
        let turns = period.re / Double.pi
        guard abs(turns) <= 48, (1...12).contains(where: { abs(turns * Double($0) - (turns * Double($0)).rounded()) < 1e-9 }) else { return false }
        let shift = (goldOffset.re - candidateOffset.re) / period.re
        return shift.isFinite && abs(shift - shift.rounded()) < 1e-9
    }
}

extension EquivalenceChecker {
    /// One family c + p·k: its offset and its period as a fraction of π (numerator, denominator).
    struct SolutionFamily { let offset: Double; let periodNumerator: Int; let periodDenominator: Int }

    /// The families of solutions an answer lists (`x = \frac{\pi}{4} + k\pi` or `x = \frac{3\pi}{4} + k\pi`), each an
    /// expression linear in one integer parameter (`k`, `n`, `m`) with a period that is a rational multiple of π
    /// (denominator up to 12), maybe named by a one-letter variable; nil when any part is something else.
    func solutionFamilies(_ value: AnswerValue) -> [SolutionFamily]? {
        switch value {
        case let .list(items), let .set(items), let .union(items):
            var families: [SolutionFamily] = []
            for item in items {
                guard let inner = solutionFamilies(item) else { return nil }
                families += inner
            }
            return families.isEmpty ? nil : families
        case let .equation(_, right, .variable?, _):
            return solutionFamilies(right)
        case let .expression(expression, text):
            // Every period here has π in it: a text without "pi" is no family (a cheap test before the tree is walked).
            guard mentionsPi(text) else { return nil }
            return families(expression)
        default:
            return nil
        }
    }

    private func mentionsPi(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 112, byte == 105 { return true }   // "pi"
            previous = byte
        }
        return false
    }

    /// The families an expression in one integer parameter holds: one when it is linear in it (c + p·k); two when it
    /// alternates as well, `(-1)^k \frac{\pi}{6} + k\pi`, whose even and odd k each step by the same period
    /// (`\frac{\pi}{6} + 2k\pi` and `\frac{5\pi}{6} + 2k\pi`), checked for k from −2 to 6.
    private func families(_ expression: Expression) -> [SolutionFamily]? {
        let variables = expression.variables
        guard variables.count == 1, let name = variables.first, EquivalenceChecker.integerNames.contains(name) else { return nil }
        func value(_ k: Int) -> Double? {
            guard let value = expression.numericValue([name: Complex(Double(k))]), abs(value.im) <= 1e-9 * max(1, abs(value.re)) else { return nil }
            return value.re
        }
        if isLinear(expression, in: name) {
            guard let offset = value(0), let next = value(1) else { return nil }
            return family(offset: offset, period: next - offset).map { [$0] }
        }
        var values: [Double] = []
        for k in -2...6 {
            guard let v = value(k) else { return nil }
            values.append(v)
        }
        let period = values[4] - values[2]   // k = 2 against k = 0
        guard (0..<(values.count - 2)).allSatisfy({ abs(values[$0 + 2] - values[$0] - period) <= 1e-9 * max(1, abs(period)) }),
              let even = family(offset: values[2], period: period), let odd = family(offset: values[3], period: period) else { return nil }
        return [even, odd]
    }

    /// The family offset + period·k when the period is a nonzero rational multiple of π (denominator up to 12).
    private func family(offset: Double, period: Double) -> SolutionFamily? {
        let turns = abs(period) / Double.pi
        guard turns > 1e-9, turns <= 48, offset.isFinite, let denominator = (1...12).first(where: { abs(turns * Double($0) - (turns * Double($0)).rounded()) < 1e-9 }) else { return nil }
        let numerator = Int((turns * Double(denominator)).rounded())
        guard numerator > 0, numerator <= 48 else { return nil }
        return SolutionFamily(offset: offset, periodNumerator: numerator, periodDenominator: denominator)
    }

    /// Whether two unions of families hold the same numbers: each family's residues modulo the least common period
    /// compared as sets (`\frac{\pi}{4} + k\pi` or `\frac{3\pi}{4} + k\pi` is `\frac{\pi}{4} + \frac{k\pi}{2}`). Nil when
    /// the common period needs more than 96 residues.
    func sameFamilies(_ gold: [SolutionFamily], _ candidate: [SolutionFamily]) -> Bool? {
        let all = gold + candidate
        // Periods as multiples of π/D, with D the least common denominator.
        let denominator = all.reduce(1) { $0 / Rational.gcd($0, $1.periodDenominator) * $1.periodDenominator }
        let steps = all.map { $0.periodNumerator * (denominator / $0.periodDenominator) }
        let common = steps.reduce(1) { $0 / Rational.gcd($0, $1) * $1 }
        guard common <= 96 else { return nil }
        let unit = Double.pi / Double(denominator), modulus = Double(common) * unit
        func residues(_ families: [SolutionFamily], _ steps: ArraySlice<Int>) -> [Double] {
            var values: [Double] = []
            for (family, step) in zip(families, steps) {
                for j in 0..<(common / step) {
                    var residue = (family.offset + Double(j * step) * unit).truncatingRemainder(dividingBy: modulus)
                    if residue < 0 { residue += modulus }
                    if modulus - residue < 1e-9 { residue = 0 }
                    values.append(residue)
                }
            }
            return values.sorted()
        }
        let a = residues(gold, steps[..<gold.count]), b = residues(candidate, steps[gold.count...])
        func distinct(_ values: [Double]) -> [Double] {
            values.reduce(into: []) { result, value in if result.last.map({ abs($0 - value) > 1e-9 }) ?? true { result.append(value) } }
        }
        let x = distinct(a), y = distinct(b)
        return x.count == y.count && zip(x, y).allSatisfy { abs($0 - $1) <= 1e-9 }
    }
}

extension EquivalenceChecker {
    /// `x = \frac{\pi}{4} + \frac{k\pi}{2},\ k = 0, 1, 2, 3`: a formula in one integer parameter (`k`, `n`, `m`), maybe
    /// naming a variable, followed by that parameter set to two to twelve whole numbers, as the list of the formula's values
    /// there; nil for anything else.
    func listedParameterValues(_ value: AnswerValue) -> AnswerValue? {
        guard case let .list(items) = value, items.count >= 3, items.count <= 13 else { return nil }
        let formula: Expression, formulaText: String
        switch items[0] {
        case let .expression(expression, text): (formula, formulaText) = (expression, text.trimmingCharacters(in: .whitespaces))
        case let .equation(_, .expression(expression, text), .variable?, _):
            (formula, formulaText) = (expression, text.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
        guard case let .equation(name, .expression(first, _), _, _) = items[1] else { return nil }
        let parameter = name.trimmingCharacters(in: .whitespaces)
        guard EquivalenceChecker.integerNames.contains(parameter), formula.variables == [parameter] else { return nil }
        var numbers: [Int] = []
        for item in [AnswerValue.expression(first, text: "")] + items[2...] {
            guard case let .expression(expression, _) = item, let number = expression.exactValue(), number.isInteger else { return nil }
            numbers.append(number.numerator)
        }
        return .list(numbers.map { number in
            .expression(formula.substituting(parameter, with: number < 0 ? .negation(.number(String(-number))) : .number(String(number))), text: "\\left.\(formulaText)\\right|_{\(parameter)=\(number)}")
        })
    }
}
