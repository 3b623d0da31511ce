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
        "short": TeacherStyle(name: "short", summary: "concise: one line per necessary step, then the final answer",
                              defaultErrorRate: 0.10, partner: "long"),
        "long": TeacherStyle(name: "long", summary: "long chain of thought: restates, checks each step, makes and fixes a wrong turn, tries another method",
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
        var lines = problem.steps.indices.map { stepLine(problem, $0, values: values) + "." }
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
            let label = "Step \(index + 1): "
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

    // MARK: - large: dense lines of up to two operations, polished conclusion

    static func large(_ problem: LabProblem, values: [Rational], operationsPerLine: Int) -> String {
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
        let answer = problem.finalAnswer(values: values)
        lines.append("Therefore, the answer is \(answer).")
        lines.append(problem.finalLine(answer))
        return lines.joined(separator: "\n")
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
