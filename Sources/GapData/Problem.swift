// LabProblem: one generated problem as text plus its exact solution plan (steps over exact rationals).
// Teachers render the same plan in different styles; an arithmetic slip is a perturbed step value that
// propagates downstream. Rendering of operands and expressions (both notations) lives here too.

/// The four arithmetic operations a solution step performs.
enum Operation: Sendable, Hashable {
    case add, subtract, multiply, divide

    var precedence: Int { self == .add || self == .subtract ? 1 : 2 }
    var isCommutative: Bool { self == .add || self == .multiply }

    func apply(_ left: Rational, _ right: Rational) -> Rational? {
        switch self {
        case .add: return left + right
        case .subtract: return left - right
        case .multiply: return left * right
        case .divide: return left / right
        }
    }

    func symbol(_ notation: Notation) -> String {
        switch (self, notation) {
        case (.add, _): return "+"
        case (.subtract, _): return "-"
        case (.multiply, .plain): return "*"
        case (.multiply, .latex): return "\\cdot"
        case (.divide, .plain): return "/"
        case (.divide, .latex): return "\\div"
        }
    }
}

/// How numbers and operators are written: `plain` (word problems: `*`, `/`) or `latex` (`\cdot`, `\div`, `\frac{}{}`).
enum Notation: Sendable, Hashable {
    case plain, latex
    func text(_ value: Rational) -> String { self == .latex ? value.latex : value.plain }
}

/// A step input: a literal number from the problem or the result of an earlier step.
enum Operand: Sendable, Hashable {
    case number(Rational)
    case result(Int)
}

/// One operation of the solution plan. `subject` names what the result is (`3x`, `the area`); `unit` follows the value.
struct Step: Sendable, Hashable {
    var operation: Operation
    var left: Operand
    var right: Operand
    var subject: String? = nil
    var unit: String? = nil
}

/// How the final answer is read off the step values.
enum AnswerForm: Sendable, Hashable {
    /// The last step's value, e.g. `17` or `-\frac{3}{4}`.
    case number
    /// `x=5`: the last step's value as an equation (only when the problem asks for one).
    case equation(variable: String)
    /// `2x+3`: a linear expression from a coefficient and a constant.
    case linear(coefficient: Operand, constant: Operand, variable: String)
}

/// A generated problem with its exact gold answer. Teachers see the (internal) plan; students see only `text`.
public struct LabProblem: Sendable, Hashable {
    /// Stable id inside one training set or benchmark, e.g. `lab-00042` or `math-synth-0007`.
    public var id: String
    /// `gsm`, `math` or `amc`.
    public var family: String
    /// The problem text students see (printable ASCII only).
    public var text: String
    /// The exact canonical gold answer, e.g. `17`, `\frac{3}{4}`, `x=5`, `2x+3`.
    public var answer: String
    /// The sentence a long-CoT teacher restates, e.g. `How many apples does Mia have now?`.
    var question: String
    var steps: [Step]
    var form: AnswerForm
    var notation: Notation
    /// A shorter method with the same answer, when the family knows one (e.g. a^2 - b^2 = (a + b)(a - b)).
    /// The large teacher solves with it; the long teacher uses it as its alternative method.
    var shortcutSteps: [Step]? = nil

    /// This problem solved by its shortcut plan (itself when it has none).
    var shortcutPlan: LabProblem? {
        guard let shortcutSteps else { return nil }
        var plan = self
        plan.steps = shortcutSteps
        plan.shortcutSteps = nil
        return plan
    }

    init(family: String, text: String, question: String, steps: [Step], form: AnswerForm, notation: Notation) {
        self.id = ""
        self.family = family
        self.text = text
        self.question = question
        self.steps = steps
        self.form = form
        self.notation = notation
        self.answer = ""
        if let values = evaluate() { self.answer = finalAnswer(values: values) }
    }

    /// The step values, with an optional slip (`step`'s value replaced by `value`) propagated downstream.
    /// nil when a step divides by zero.
    func evaluate(slip: (step: Int, value: Rational)? = nil) -> [Rational]? {
        var values: [Rational] = []
        values.reserveCapacity(steps.count)
        for (index, step) in steps.enumerated() {
            if let slip, slip.step == index { values.append(slip.value); continue }
            guard let value = step.operation.apply(operandValue(step.left, values), operandValue(step.right, values)) else {
                return nil
            }
            values.append(value)
        }
        return values
    }

    func operandValue(_ operand: Operand, _ values: [Rational]) -> Rational {
        switch operand {
        case let .number(value): return value
        case let .result(index): return values[index]
        }
    }

    /// The final answer text for these step values, in the family's canonical form.
    func finalAnswer(values: [Rational]) -> String {
        switch form {
        case .number:
            return notation.text(values[values.count - 1])
        case let .equation(variable):
            return "\(variable)=\(notation.text(values[values.count - 1]))"
        case let .linear(coefficient, constant, variable):
            return LabProblem.linearText(coefficient: operandValue(coefficient, values),
                                         constant: operandValue(constant, values), variable: variable)
        }
    }

    /// `2x+3`, `-x`, `x-4`, `\frac{1}{2}x+1`, or just the constant when the coefficient is 0.
    static func linearText(coefficient: Rational, constant: Rational, variable: String, spaced: Bool = false) -> String {
        var text = ""
        if !coefficient.isZero {
            if coefficient == Rational(1) { text = variable }
            else if coefficient == Rational(-1) { text = "-" + variable }
            else { text = coefficient.latex + variable }
        }
        if constant.isZero { return text.isEmpty ? "0" : text }
        if text.isEmpty { return constant.latex }
        let sign = constant.isNegative ? "-" : "+"
        let magnitude = Rational(abs(constant.numerator), constant.denominator).latex
        return spaced ? "\(text) \(sign) \(magnitude)" : "\(text)\(sign)\(magnitude)"
    }

    /// The line that ends every response of this family: `#### 17` or `Final Answer: \boxed{17}`.
    func finalLine(_ answer: String) -> String {
        family == "gsm" ? "#### \(answer)" : "Final Answer: \\boxed{\(answer)}"
    }

    // MARK: - Rendering steps and expressions

    /// An operand as written inside a step line: its value, parenthesised when negative on the right.
    func operandText(_ operand: Operand, values: [Rational], isRight: Bool) -> String {
        let value = operandValue(operand, values)
        let text = notation.text(value)
        return value.isNegative && isRight ? "(\(text))" : text
    }

    /// `12 + 5` for step `index` with the given values.
    func stepExpression(_ index: Int, values: [Rational]) -> String {
        let step = steps[index]
        return "\(operandText(step.left, values: values, isRight: false)) \(step.operation.symbol(notation)) "
            + operandText(step.right, values: values, isRight: true)
    }

    /// Step `index` as one expression, with the results of steps where `inline` is true written out as
    /// sub-expressions (minimal parentheses), e.g. `(12 + 5) * 3`. `values` supplies results not inlined.
    func inlineExpression(_ index: Int, values: [Rational]?, inline: (Int) -> Bool) -> String {
        inlineTerm(index, values: values, inline: inline).text
    }

    private func inlineTerm(_ index: Int, values: [Rational]?, inline: (Int) -> Bool) -> (text: String, precedence: Int) {
        let step = steps[index]
        func side(_ operand: Operand, isRight: Bool) -> String {
            if case let .result(child) = operand, inline(child) || values == nil {
                let term = inlineTerm(child, values: values, inline: inline)
                let needsParentheses = term.precedence < step.operation.precedence
                    || (isRight && term.precedence == step.operation.precedence && !step.operation.isCommutative)
                    || (isRight && term.precedence == step.operation.precedence && step.operation == .multiply
                        && steps[child].operation == .divide)
                    || (isRight && term.text.hasPrefix("-"))
                return needsParentheses ? "(\(term.text))" : term.text
            }
            let value: Rational
            switch operand {
            case let .number(number): value = number
            case let .result(child): value = values![child]
            }
            let text = notation.text(value)
            return value.isNegative && isRight ? "(\(text))" : text
        }
        let text = "\(side(step.left, isRight: false)) \(step.operation.symbol(notation)) \(side(step.right, isRight: true))"
        return (text, step.operation.precedence)
    }
}
