// The four procedural teachers (short, long, large, small): documented styles that write a solution for a
// problem's plan, and may slip (a wrong step value that propagates to a wrong final answer) at their error rate.
// Styles are fixed properties of each teacher (docs/lab.md); nothing here looks at students or results.
import GapCore

/// A teacher's documented style. Only `errorRate` is configurable (`data.teachers[name].error_rate`).
public struct TeacherStyle: Sendable, Hashable {
    /// `short`, `long`, `large` or `small`.
    public let name: String
    /// One-line description of how it writes.
    public let summary: String
    /// Probability of an arithmetic slip that makes the final answer wrong, before overrides.
    public let defaultErrorRate: Double
    /// The teacher it is paired with in the paper (long/short, large/small).
    public let partner: String
}

/// The teacher registry.
public enum Teachers {
    /// Every teacher, by name.
    public static let styles: [String: TeacherStyle] = [
        "short": TeacherStyle(name: "short", summary: "concise: one line per necessary step (longer plans packed into two lines), whole products in one go",
                              defaultErrorRate: 0.10, partner: "long"),
        "long": TeacherStyle(name: "long", summary: "long chain of thought: restates, one operation per line (multi-digit work in columns and partial products), checks each step, makes and fixes a wrong turn, tries another method",
                             defaultErrorRate: 0.10, partner: "short"),
        "large": TeacherStyle(name: "large", summary: "strong: dense multi-operation lines, polished wording, few errors",
                              defaultErrorRate: 0.05, partner: "small"),
        "small": TeacherStyle(name: "small", summary: "weak: elementary one-operation lines, plain wording, more errors",
                              defaultErrorRate: 0.20, partner: "large"),
    ]

    /// Known teacher names, sorted: `large, long, short, small`.
    public static let names: [String] = styles.keys.sorted()

    /// Probability that the long teacher takes (and then corrects) one wrong turn in a response.
    static let longWrongTurnRate = 0.5
    /// Probability that the long teacher verifies a step with its inverse operation.
    static let longVerifyRate = 0.7
    /// Most operations the large teacher packs into one line.
    static let largeOperationsPerLine = 2
    /// Most lines of work the short teacher writes: a plan with more steps is packed into this many dense lines
    /// (⌈steps / 2⌉ operations per line), so intermediate results go unwritten. Plans of 1–2 steps are unaffected.
    static let shortWorkLines = 2

    /// A response to `problem` by teacher `name`. `slip` draws are taken from `rng` first, so the slip decision
    /// for a problem does not depend on the style's other draws.
    static func solve(teacher name: String, problem original: LabProblem, errorRate: Double, rng: inout SplitMix64) -> String {
        let problem = name == "large" ? (original.shortcutPlan ?? original) : original
        let correct = problem.evaluate()!
        var values = correct
        var slipped: Int? = nil
        if rng.chance(errorRate) {
            // A slip must change the final answer (e.g. 0 / 5 hides a slip in the 5): else slip in the last step.
            let step = rng.index(problem.steps.count)
            let wrong = { (candidate: (step: Int, values: [Rational])) in problem.finalAnswer(values: candidate.values) != problem.answer }
            let candidate = slipValues(problem: problem, step: step, correct: correct, rng: &rng).flatMap { wrong($0) ? $0 : nil }
                ?? slipValues(problem: problem, step: problem.steps.count - 1, correct: correct, rng: &rng)
            if let candidate { values = candidate.values; slipped = candidate.step }
        }
        switch name {
        case "long": return long(problem, values: values, correct: correct, slipped: slipped, rng: &rng)
        case "large": return large(problem, values: values, operationsPerLine: original.shortcutSteps == nil ? largeOperationsPerLine : 3)
        case "small": return small(problem, values: values)
        default: return short(problem, values: values)
        }
    }

    /// Step values after a plausible slip at `step` (off by 1, 2 or 10, or a numerator off by 1), or nil when the
    /// slip would divide by zero or leave integers for a word or contest problem.
    static func slipValues(problem: LabProblem, step: Int, correct: [Rational], rng: inout SplitMix64)
        -> (step: Int, values: [Rational])? {
        let right = correct[step]
        let offsets = right.isInteger ? [1, -1, 2, -2, 10, -10] : [1, -1]
        let offset = rng.pick(offsets)
        let wrong = Rational(right.numerator + offset, right.denominator)
        guard let values = problem.evaluate(slip: (step, wrong)) else { return nil }
        if problem.notation == .plain, values.contains(where: { !$0.isInteger || $0.isNegative }) { return nil }
        return (step, values)
    }

    // MARK: - Shared line pieces

    /// `12 + 5 = 17 apples` or `3x = 19 - 4 = 15`.
    static func stepLine(_ problem: LabProblem, _ index: Int, values: [Rational], expression: String? = nil) -> String {
        let step = problem.steps[index]
        var line = step.subject.map { "\($0) = " } ?? ""
        line += (expression ?? problem.stepExpression(index, values: values)) + " = " + problem.notation.text(values[index])
        if let unit = step.unit { line += " " + unit }
        return capitalized(line)
    }

    /// `Area = …` from `area = …`; a leading variable (`x = …`, `3x = …`) is left as written.
    static func capitalized(_ text: String) -> String {
        let characters = Array(text.prefix(2))
        guard characters.count == 2, characters[0].isLowercase, characters[1].isLowercase else { return text }
        return characters[0].uppercased() + text.dropFirst()
    }

    // MARK: - short: one line per necessary step

    static func short(_ problem: LabProblem, values: [Rational]) -> String {
        let count = problem.steps.count
        var lines = count > shortWorkLines
            ? denseLines(problem, values: values, operationsPerLine: (count + shortWorkLines - 1) / shortWorkLines)
            : problem.steps.indices.map { stepLine(problem, $0, values: values) + "." }
        lines.append(problem.finalLine(problem.finalAnswer(values: values)))
        return lines.joined(separator: "\n")
    }

    // MARK: - long: restate, step with checks, one corrected wrong turn, another method, conclusion

    static func long(_ problem: LabProblem, values: [Rational], correct: [Rational], slipped: Int?,
                     rng: inout SplitMix64) -> String {
        let answer = problem.finalAnswer(values: values)
        var lines = ["Let me restate the problem. \(problem.question)", "Let me work through it step by step."]
        let wrongTurn = rng.chance(longWrongTurnRate) ? rng.index(problem.steps.count) : nil
        for index in problem.steps.indices {
            var label = "Step \(index + 1): "
            if let work = columnWork(problem, index, values: values) {
                lines.append(label + work.heading)
                lines += work.lines
                label = ""
            }
            if index == wrongTurn, index != slipped, values[index].isInteger {
                var wrongValues = values
                wrongValues[index] = Rational(values[index].numerator + rng.pick([1, -1, 2]))
                lines.append(label + stepLine(problem, index, values: wrongValues) + ".")
                lines.append("Hmm, that does not look right. Let me redo it: " + problem.stepExpression(index, values: values)
                             + " = " + problem.notation.text(values[index]) + ".")
            } else {
                lines.append(label + stepLine(problem, index, values: values) + ".")
            }
            if index != slipped, rng.chance(longVerifyRate), let check = inverseCheck(problem, index, values: values) {
                lines.append("Wait, let me check: \(check). Yes, that is right.")
            }
        }
        if slipped == nil {
            lines.append("Let me try another way: \(alternative(problem, values: values)). Both ways agree.")
        }
        lines.append("So the answer is \(answer).")
        lines.append(problem.finalLine(answer))
        return lines.joined(separator: "\n")
    }

    /// `17 - 5 = 12` for the step `12 + 5 = 17`: the inverse operation recovers the left operand.
    static func inverseCheck(_ problem: LabProblem, _ index: Int, values: [Rational]) -> String? {
        let step = problem.steps[index]
        let left = problem.operandValue(step.left, values), right = problem.operandValue(step.right, values)
        let result = values[index]
        let inverse: Operation
        switch step.operation {
        case .add: inverse = .subtract
        case .subtract: inverse = .add
        case .multiply: inverse = .divide
        case .divide: inverse = .multiply
        }
        guard let recovered = inverse.apply(result, right), recovered == left else { return nil }
        let notation = problem.notation
        let rightText = right.isNegative ? "(\(notation.text(right)))" : notation.text(right)
        return "\(notation.text(result)) \(inverse.symbol(notation)) \(rightText) = \(notation.text(recovered))"
    }

    /// Another method: the whole computation as one expression (several steps), or the operands swapped (one step).
    static func alternative(_ problem: LabProblem, values: [Rational]) -> String {
        let last = problem.steps.count - 1
        if let shortcut = problem.shortcutPlan {
            return shortcut.inlineExpression(shortcut.steps.count - 1, values: nil) { _ in true } + " = " + problem.notation.text(values[last])
        }
        let result = problem.notation.text(values[last])
        let step = problem.steps[last]
        if problem.steps.count == 1 {
            let notation = problem.notation
            let left = problem.operandValue(step.left, values), right = problem.operandValue(step.right, values)
            if step.operation.isCommutative {
                return "\(problem.operandText(step.right, values: values, isRight: false)) \(step.operation.symbol(notation)) "
                    + "\(problem.operandText(step.left, values: values, isRight: true)) = \(result)"
            }
            // a - b = v  because  b + v = a;  a / b = v  because  b * v = a.
            let inverse: Operation = step.operation == .subtract ? .add : .multiply
            let shown = values[last].isNegative ? "(\(result))" : result
            return "\(notation.text(right)) \(inverse.symbol(notation)) \(shown) = \(notation.text(left)), so the result is \(result)"
        }
        return problem.inlineExpression(last, values: values) { _ in true } + " = " + result
    }

    // MARK: - long: multi-digit work spelled out

    /// Names of decimal places, ones first.
    static let placeNames = ["Ones", "Tens", "Hundreds", "Thousands", "Ten thousands", "Hundred thousands"]

    /// The long teacher's written-out work for step `index` when both operands are whole numbers of two or more
    /// digits: partial products by the right operand's place values for `*`, columns with carries for `+`, columns
    /// with borrows for `-` (when the result is not negative). A heading for the `Step k:` line, then one operation
    /// per line. nil for any other step, and for a slipped step (the slip is in the result written in one go).
    static func columnWork(_ problem: LabProblem, _ index: Int, values: [Rational]) -> (heading: String, lines: [String])? {
        let step = problem.steps[index]
        let left = problem.operandValue(step.left, values), right = problem.operandValue(step.right, values)
        guard left.isInteger, right.isInteger, left.numerator >= 10, right.numerator >= 10,
              step.operation.apply(left, right) == values[index] else { return nil }
        let (a, b) = (left.numerator, right.numerator)
        let symbol = step.operation.symbol(problem.notation)
        switch step.operation {
        case .multiply:
            var parts: [Int] = []
            var place = 1, rest = b
            while rest > 0 {
                if rest % 10 > 0 { parts.append(rest % 10 * place) }
                rest /= 10; place *= 10
            }
            parts.reverse()
            if parts.count == 1 {
                // A round number: its digit first, then the zeros (47 * 60 = 47 * 6 * 10).
                let part = parts[0]
                var digit = part, scale = 1
                while digit % 10 == 0 { digit /= 10; scale *= 10 }
                return ("\(a) \(symbol) \(b) by parts: \(b) = \(digit) \(symbol) \(scale).",
                        ["\(a) \(symbol) \(digit) = \(a * digit).", "\(a * digit) \(symbol) \(scale) = \(a * part)."])
            }
            var lines = parts.map { "\(a) \(symbol) \($0) = \(a * $0)." }
            var total = a * parts[0]
            for part in parts.dropFirst() {
                lines.append("\(total) + \(a * part) = \(total + a * part).")
                total += a * part
            }
            return ("\(a) \(symbol) \(b) by parts: \(b) = \(parts.map(String.init).joined(separator: " + ")).", lines)
        case .add:
            let (top, bottom) = (digits(a), digits(b))
            let columns = max(top.count, bottom.count)
            var lines: [String] = []
            var carry = 0
            for column in 0..<columns {
                var terms: [Int] = []
                if column < top.count { terms.append(top[column]) }
                if column < bottom.count { terms.append(bottom[column]) }
                if carry > 0 { terms.append(carry) }
                let sum = terms.reduce(0, +)
                let name = placeName(column)
                if terms.count == 1 {
                    lines.append("\(name): bring down \(sum).")
                } else if column == columns - 1 {
                    lines.append("\(name): \(terms.map(String.init).joined(separator: " + ")) = \(sum).")
                } else {
                    let carried = sum >= 10 ? ", carry \(sum / 10)" : ""
                    lines.append("\(name): \(terms.map(String.init).joined(separator: " + ")) = \(sum), write \(sum % 10)\(carried).")
                }
                carry = column == columns - 1 ? 0 : sum / 10
            }
            return ("\(a) + \(b) in columns.", lines)
        case .subtract:
            guard a >= b else { return nil }
            let (top, bottom) = (digits(a), digits(b))
            var lines: [String] = []
            var borrow = 0
            for column in 0..<top.count {
                let name = placeName(column)
                let digit = top[column]
                let lent = borrow > 0 ? " - 1" : ""
                let subtrahend = column < bottom.count ? bottom[column] : nil
                let available = digit - borrow
                if available < (subtrahend ?? 0) {
                    let value = available + 10 - (subtrahend ?? 0)
                    lines.append("\(name): \(digit)\(lent)" + (subtrahend.map { " - \($0)" } ?? "")
                                 + " needs a borrow: \(digit + 10)\(lent)" + (subtrahend.map { " - \($0)" } ?? "") + " = \(value).")
                    borrow = 1
                } else if let subtrahend {
                    lines.append("\(name): \(digit)\(lent) - \(subtrahend) = \(available - subtrahend).")
                    borrow = 0
                } else if borrow > 0 {
                    lines.append("\(name): \(digit) - 1 = \(available).")
                    borrow = 0
                } else {
                    lines.append("\(name): bring down \(digit).")
                }
            }
            return ("\(a) - \(b) in columns.", lines)
        case .divide:
            return nil
        }
    }

    /// Decimal digits of a non-negative number, ones first.
    static func digits(_ number: Int) -> [Int] {
        var result: [Int] = []
        var rest = number
        repeat { result.append(rest % 10); rest /= 10 } while rest > 0
        return result
    }

    static func placeName(_ column: Int) -> String {
        column < placeNames.count ? placeNames[column] : "Place \(column + 1)"
    }

    // MARK: - large: dense lines of up to two operations, polished conclusion

    static func large(_ problem: LabProblem, values: [Rational], operationsPerLine: Int) -> String {
        var lines = denseLines(problem, values: values, operationsPerLine: operationsPerLine)
        let answer = problem.finalAnswer(values: values)
        lines.append("Therefore, the answer is \(answer).")
        lines.append(problem.finalLine(answer))
        return lines.joined(separator: "\n")
    }

    /// The plan as lines of up to `operationsPerLine` operations: a step's result used only once is written inside
    /// the step that uses it (`Perimeter = 2 * (8 + 19) = 54.`) while the line's budget lasts.
    static func denseLines(_ problem: LabProblem, values: [Rational], operationsPerLine: Int) -> [String] {
        let steps = problem.steps
        var useCount = [Int](repeating: 0, count: steps.count)
        for step in steps {
            for operand in [step.left, step.right] { if case let .result(index) = operand { useCount[index] += 1 } }
        }
        var operations = [Int](repeating: 1, count: steps.count)
        var inlined = [Bool](repeating: false, count: steps.count)
        for (index, step) in steps.enumerated() {
            for operand in [step.left, step.right] {
                guard case let .result(child) = operand, useCount[child] == 1,
                      operations[index] + operations[child] <= operationsPerLine else { continue }
                inlined[child] = true
                operations[index] += operations[child]
            }
        }
        var lines: [String] = []
        for index in steps.indices where !inlined[index] {
            let expression = problem.inlineExpression(index, values: values) { inlined[$0] }
            lines.append(stepLine(problem, index, values: values, expression: expression) + ".")
        }
        return lines
    }

    // MARK: - small: one elementary operation per line, plain wording

    static func small(_ problem: LabProblem, values: [Rational]) -> String {
        var lines: [String] = []
        let notation = problem.notation
        for (index, step) in problem.steps.enumerated() {
            let left = problem.operandValue(step.left, values), right = problem.operandValue(step.right, values)
            let result = notation.text(values[index])
            let times = Operation.multiply.symbol(notation)
            if step.operation == .multiply, left.isInteger, right.isInteger, left.numerator >= 10, right.numerator > 0 {
                let tens = left.numerator / 10 * 10, units = left.numerator % 10
                lines.append("\(tens) \(times) \(right.numerator) = \(tens * right.numerator).")
                if units > 0 {
                    lines.append("\(units) \(times) \(right.numerator) = \(units * right.numerator).")
                    lines.append("\(tens * right.numerator) + \(units * right.numerator) = \(result).")
                }
            } else if (step.operation == .add || step.operation == .subtract), !(left.isInteger && right.isInteger) {
                let common = left.denominator / Rational.greatestCommonDivisor(left.denominator, right.denominator) * right.denominator
                let leftTop = left.numerator * (common / left.denominator), rightTop = right.numerator * (common / right.denominator)
                if left.denominator != common { lines.append("\(notation.text(left)) = \(fraction(leftTop, common)).") }
                if right.denominator != common { lines.append("\(notation.text(right)) = \(fraction(rightTop, common)).") }
                let top = step.operation == .add ? leftTop + rightTop : leftTop - rightTop
                lines.append("\(fraction(leftTop, common)) \(step.operation.symbol(notation)) \(parenthesized(fraction(rightTop, common), rightTop < 0)) = \(fraction(top, common)).")
                if Rational.greatestCommonDivisor(abs(top), common) != 1 {
                    lines.append("\(fraction(top, common)) = \(result).")
                }
            } else if step.operation == .multiply || step.operation == .divide, !(left.isInteger && right.isInteger) {
                var factor = right
                if step.operation == .divide, let reciprocal = Rational(1) / right {
                    lines.append("Dividing by \(notation.text(right)) is multiplying by \(notation.text(reciprocal)).")
                    factor = reciprocal
                }
                let top = left.numerator * factor.numerator, bottom = left.denominator * factor.denominator
                lines.append("Top: \(left.numerator) \(times) \(parenthesized(String(factor.numerator), factor.isNegative)) = \(top).")
                lines.append("Bottom: \(left.denominator) \(times) \(factor.denominator) = \(bottom).")
                lines.append("\(fraction(top, bottom)) = \(result).")
            } else {
                lines.append(problem.stepExpression(index, values: values) + " = " + result + ".")
            }
            if let subject = step.subject { lines.append("So \(subject) = \(result).") }
        }
        let answer = problem.finalAnswer(values: values)
        lines.append("So the answer is \(answer).")
        lines.append(problem.finalLine(answer))
        return lines.joined(separator: "\n")
    }

    /// `\frac{3}{6}` without reducing (small's intermediate lines), `-\frac{3}{6}` when negative.
    static func fraction(_ numerator: Int, _ denominator: Int) -> String {
        (numerator < 0 ? "-" : "") + "\\frac{\(abs(numerator))}{\(denominator)}"
    }

    static func parenthesized(_ text: String, _ condition: Bool) -> String { condition ? "(\(text))" : text }
}
