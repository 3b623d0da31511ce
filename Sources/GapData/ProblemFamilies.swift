// The three seeded problem families (gsm word problems, math with LaTeX answers, amc with optional choices)
// and the difficulty knobs they share. Each family has a handful of fixed templates so wording stays regular.
import GapCore

/// Difficulty knobs: steps per problem, operand size and how often an irrelevant sentence (distractor) appears.
struct ProblemDifficulty: Sendable, Hashable {
    /// Reasoning steps, drawn uniformly in `minSteps...maxSteps` (amc and equations cap at 3).
    var minSteps: Int = 1
    var maxSteps: Int = 2
    /// Largest operand written in a problem, e.g. 9 (single digits: what a one-minute CPU student can learn to copy
    /// and combine; larger numbers left every quickstart student below 10%).
    var maxNumber: Int = 9
    /// Probability of one irrelevant sentence in a word problem.
    var distractorRate: Double = 0.2

    init(minSteps: Int = 1, maxSteps: Int = 2, maxNumber: Int = 9, distractorRate: Double = 0.2) {
        self.minSteps = minSteps; self.maxSteps = maxSteps; self.maxNumber = maxNumber; self.distractorRate = distractorRate
    }

    init(data: DataConfiguration) {
        self.init(minSteps: data.minSteps, maxSteps: data.maxSteps, maxNumber: data.maxNumber)
    }
}

/// The problem families and their seeded generators.
public enum ProblemFamilies {
    /// Family names in the order documented in docs/lab.md.
    public static let names = ["gsm", "math", "amc"]

    /// One problem of `family` (id left empty). Callers check the family name first.
    static func generate(family: String, difficulty: ProblemDifficulty, rng: inout SplitMix64) -> LabProblem {
        switch family {
        case "gsm": return wordProblem(difficulty, &rng)
        case "math": return mathProblem(difficulty, &rng)
        default: return contestProblem(difficulty, &rng)
        }
    }

    // MARK: - gsm: a person, a count of items, and 1-N changes to it

    static let people: [(name: String, pronoun: String)] = [
        ("Mia", "She"), ("Tom", "He"), ("Ava", "She"), ("Leo", "He"), ("Zoe", "She"),
        ("Sam", "He"), ("Ivy", "She"), ("Ben", "He"), ("Lily", "She"), ("Max", "He"),
    ]
    static let items = ["apples", "pencils", "stickers", "marbles", "cookies", "cards", "books", "coins"]

    static func wordProblem(_ difficulty: ProblemDifficulty, _ rng: inout SplitMix64) -> LabProblem {
        let stepCount = rng.integer(difficulty.minSteps...difficulty.maxSteps)
        let maxNumber = max(difficulty.maxNumber, 2)
        let cap = max(10 * maxNumber, 50)
        let person = rng.pick(people)
        let item = rng.pick(items)
        let start = rng.integer(2...maxNumber)
        var current = start
        var sentences = ["\(person.name) has \(start) \(item)."]
        var steps: [Step] = []
        for index in 0..<stepCount {
            let left: Operand = index == 0 ? .number(Rational(start)) : .result(index - 1)
            let multipliers = (2...max(2, min(5, maxNumber / 4))).filter { current * $0 <= cap }
            let divisors = (2...5).filter { current % $0 == 0 && current / $0 >= 2 }
            var choices: [Operation] = [.add]
            if current >= 3 { choices.append(.subtract) }
            if !multipliers.isEmpty { choices.append(.multiply) }
            if !divisors.isEmpty { choices.append(.divide) }
            let operation = rng.pick(choices)
            let operand: Int
            switch operation {
            case .add:
                operand = rng.integer(1...maxNumber)
                sentences.append(rng.chance(0.5) ? "\(person.pronoun) gets \(operand) more." : "\(person.pronoun) finds \(operand) more.")
                current += operand
            case .subtract:
                operand = rng.integer(1...min(maxNumber, current - 1))
                sentences.append(rng.chance(0.5) ? "\(person.pronoun) gives \(operand) away." : "\(person.pronoun) loses \(operand).")
                current -= operand
            case .multiply:
                operand = rng.pick(multipliers)
                switch operand {
                case 2: sentences.append("\(person.pronoun) doubles them.")
                case 3: sentences.append("\(person.pronoun) triples them.")
                default: sentences.append("Now \(person.pronoun.lowercased()) has \(operand) times as many.")
                }
                current *= operand
            case .divide:
                operand = rng.pick(divisors)
                let part = ["half", "a third", "a quarter", "a fifth"][operand - 2]
                sentences.append("\(person.pronoun) keeps \(part) of them.")
                current /= operand
            }
            steps.append(Step(operation: operation, left: left, right: .number(Rational(operand)), unit: item))
        }
        if rng.chance(difficulty.distractorRate) {
            let other = rng.pick(items.filter { $0 != item })
            sentences.append("\(person.pronoun) also has \(rng.integer(2...maxNumber)) \(other).")
        }
        let question = "How many \(item) does \(person.name) have now?"
        sentences.append(question)
        return LabProblem(family: "gsm", text: sentences.joined(separator: " "), question: question,
                          steps: steps, form: .number, notation: .plain)
    }

    // MARK: - math: arithmetic with fractions and negatives, linear equations, like terms

    static func mathProblem(_ difficulty: ProblemDifficulty, _ rng: inout SplitMix64) -> LabProblem {
        let stepCount = rng.integer(difficulty.minSteps...difficulty.maxSteps)
        let kind = rng.integer(0...9)
        if kind < 4 { return arithmetic(stepCount, difficulty, &rng) }
        if kind < 7 { return equation(stepCount, difficulty, &rng) }
        return likeTerms(stepCount, difficulty, &rng)
    }

    /// An integer (sometimes negative) or a non-integer fraction, small enough for a character-level student.
    static func mathNumber(_ difficulty: ProblemDifficulty, _ rng: inout SplitMix64) -> Rational {
        if rng.chance(0.25) {
            let denominator = rng.integer(2...9)
            var numerator = rng.integer(1...9)
            while numerator % denominator == 0 { numerator = rng.integer(1...9) }
            return Rational(rng.chance(0.2) ? -numerator : numerator, denominator)
        }
        let magnitude = rng.integer(1...max(difficulty.maxNumber, 2))
        return Rational(rng.chance(0.25) ? -magnitude : magnitude)
    }

    /// `Compute 3 - 7 \cdot 2.`: a chain of steps, each combining the previous result with a new number.
    static func arithmetic(_ stepCount: Int, _ difficulty: ProblemDifficulty, _ rng: inout SplitMix64) -> LabProblem {
        let operations: [Operation] = [.add, .subtract, .multiply, .divide]
        let sizeLimit = max(400, 20 * difficulty.maxNumber)  // keeps answers short; redraw chains that grow past it
        while true {
            var steps: [Step] = []
            var value = mathNumber(difficulty, &rng)
            var valid = true
            for index in 0..<stepCount {
                let operation = rng.pick(operations)
                var number = mathNumber(difficulty, &rng)
                if operation == .multiply || operation == .divide, number.size > 12 { number = Rational(rng.integer(2...9)) }
                let previous: Operand = index == 0 ? .number(value) : .result(index - 1)
                let resultOnLeft = index == 0 || rng.chance(0.7)
                let step = resultOnLeft
                    ? Step(operation: operation, left: previous, right: .number(number))
                    : Step(operation: operation, left: .number(number), right: previous)
                let left = resultOnLeft ? value : number, right = resultOnLeft ? number : value
                guard let next = operation.apply(left, right), next.size <= sizeLimit else { valid = false; break }
                steps.append(step)
                value = next
            }
            guard valid else { continue }
            var problem = LabProblem(family: "math", text: "", question: "", steps: steps, form: .number, notation: .latex)
            let expression = problem.inlineExpression(steps.count - 1, values: nil) { _ in true }
            problem.text = "Compute \(expression)."
            problem.question = problem.text
            return problem
        }
    }

    /// `ax + b` written as `3x + 4`, `x - 4`, `-x`.
    static func linearSide(_ coefficient: Int, _ constant: Int) -> String {
        LabProblem.linearText(coefficient: Rational(coefficient), constant: Rational(constant), variable: "x", spaced: true)
    }

    /// `Solve for x: 3x + 4 = 19.` (answer `5`) or `... Answer in the form x=c.` (answer `x=5`).
    static func equation(_ stepCount: Int, _ difficulty: ProblemDifficulty, _ rng: inout SplitMix64) -> LabProblem {
        let maxNumber = max(difficulty.maxNumber, 2)
        let solution = rng.integer(-10...10)
        let exact = rng.chance(0.7)
        func coefficient() -> Int { rng.integer(2...9) * (rng.chance(0.2) ? -1 : 1) }
        func constant() -> Int { rng.integer(1...maxNumber) * (rng.chance(0.3) ? -1 : 1) }
        var steps: [Step] = []
        var equationText: String
        switch min(stepCount, 3) {
        case 1:
            if rng.chance(0.5) {
                let leftConstant = constant()
                let rightSide = exact ? solution + leftConstant : constant()
                equationText = "\(linearSide(1, leftConstant)) = \(rightSide)"
                steps = [Step(operation: .subtract, left: .number(Rational(rightSide)), right: .number(Rational(leftConstant)), subject: "x")]
            } else {
                let leftCoefficient = coefficient()
                let rightSide = exact ? leftCoefficient * solution : constant()
                equationText = "\(linearSide(leftCoefficient, 0)) = \(rightSide)"
                steps = [Step(operation: .divide, left: .number(Rational(rightSide)), right: .number(Rational(leftCoefficient)), subject: "x")]
            }
        case 2:
            let leftCoefficient = coefficient(), leftConstant = constant()
            let rightSide = exact ? leftCoefficient * solution + leftConstant : constant()
            equationText = "\(linearSide(leftCoefficient, leftConstant)) = \(rightSide)"
            steps = [
                Step(operation: .subtract, left: .number(Rational(rightSide)), right: .number(Rational(leftConstant)), subject: "\(leftCoefficient)x"),
                Step(operation: .divide, left: .result(0), right: .number(Rational(leftCoefficient)), subject: "x"),
            ]
        default:
            let leftCoefficient = coefficient(), leftConstant = constant()
            var rightCoefficient = coefficient()
            while rightCoefficient == leftCoefficient { rightCoefficient = coefficient() }
            let rightConstant = exact ? (leftCoefficient - rightCoefficient) * solution + leftConstant : constant()
            equationText = "\(linearSide(leftCoefficient, leftConstant)) = \(linearSide(rightCoefficient, rightConstant))"
            steps = [
                Step(operation: .subtract, left: .number(Rational(leftCoefficient)), right: .number(Rational(rightCoefficient)), subject: "coefficient of x"),
                Step(operation: .subtract, left: .number(Rational(rightConstant)), right: .number(Rational(leftConstant)), subject: "constant"),
                Step(operation: .divide, left: .result(1), right: .result(0), subject: "x"),
            ]
        }
        let asEquation = rng.chance(0.3)
        let text = asEquation ? "Solve \(equationText). Answer in the form x=c." : "Solve for x: \(equationText)."
        return LabProblem(family: "math", text: text, question: text, steps: steps,
                          form: asEquation ? .equation(variable: "x") : .number, notation: .latex)
    }

    /// `Simplify 3x + 5 - x - 2.` (answer `2x+3`): steps combine the x coefficients, then the constants.
    static func likeTerms(_ stepCount: Int, _ difficulty: ProblemDifficulty, _ rng: inout SplitMix64) -> LabProblem {
        let maxNumber = max(difficulty.maxNumber, 2)
        while true {
            let termCount = stepCount + 2
            let variableTerms = rng.integer(1...(termCount - 1))
            var terms: [(isVariable: Bool, value: Int)] = []
            for _ in 0..<variableTerms { terms.append((true, rng.integer(1...9) * (rng.chance(0.3) ? -1 : 1))) }
            for _ in variableTerms..<termCount { terms.append((false, rng.integer(1...maxNumber) * (rng.chance(0.35) ? -1 : 1))) }
            rng.shuffle(&terms)
            var steps: [Step] = []
            func combine(_ values: [Int], subject: String) -> Operand {
                var operand: Operand = .number(Rational(values[0]))
                for value in values.dropFirst() {
                    steps.append(Step(operation: value < 0 ? .subtract : .add, left: operand,
                                      right: .number(Rational(abs(value))), subject: subject))
                    operand = .result(steps.count - 1)
                }
                return operand
            }
            let coefficient = combine(terms.filter(\.isVariable).map(\.value), subject: "coefficient of x")
            let constant = combine(terms.filter { !$0.isVariable }.map(\.value), subject: "constant")
            var text = ""
            for (position, term) in terms.enumerated() {
                let magnitude = abs(term.value)
                let body = term.isVariable ? (magnitude == 1 ? "x" : "\(magnitude)x") : String(magnitude)
                if position == 0 { text = (term.value < 0 ? "-" : "") + body }
                else { text += (term.value < 0 ? " - " : " + ") + body }
            }
            let problem = LabProblem(family: "math", text: "Simplify \(text).", question: "Simplify \(text).", steps: steps,
                                     form: .linear(coefficient: coefficient, constant: constant, variable: "x"), notation: .latex)
            if let values = problem.evaluate(), !problem.operandValue(coefficient, values).isZero { return problem }
        }
    }

    // MARK: - amc: short contest questions with integer answers, optionally five choices

    static func contestProblem(_ difficulty: ProblemDifficulty, _ rng: inout SplitMix64) -> LabProblem {
        let stepCount = min(max(rng.integer(difficulty.minSteps...difficulty.maxSteps), 1), 3)
        let maxNumber = max(difficulty.maxNumber, 4)
        func number(_ low: Int = 2) -> Rational { Rational(rng.integer(low...maxNumber)) }
        var steps: [Step]
        var question: String
        var setup = ""
        switch (stepCount, rng.integer(0...2)) {
        case (1, 0), (1, 2):
            let (length, width) = (number(), number())
            setup = "A rectangle is \(length.plain) by \(width.plain)."
            question = "What is its area?"
            steps = [Step(operation: .multiply, left: .number(length), right: .number(width), subject: "area")]
        case (1, _):
            let hours = number(1)
            question = "How many minutes are in \(hours.plain) hours?"
            steps = [Step(operation: .multiply, left: .number(hours), right: .number(Rational(60)), subject: "minutes")]
        case (2, 0), (2, 2):
            let (length, width) = (number(), number())
            setup = "A rectangle is \(length.plain) by \(width.plain)."
            question = "What is its perimeter?"
            steps = [
                Step(operation: .add, left: .number(length), right: .number(width), subject: "half the perimeter"),
                Step(operation: .multiply, left: .number(Rational(2)), right: .result(0), subject: "perimeter"),
            ]
        case (2, _):
            let middle = rng.integer(2...maxNumber)
            setup = "Three consecutive integers sum to \(3 * middle)."
            question = "What is the largest?"
            steps = [
                Step(operation: .divide, left: .number(Rational(3 * middle)), right: .number(Rational(3)), subject: "middle"),
                Step(operation: .add, left: .result(0), right: .number(Rational(1)), subject: "largest"),
            ]
        case (_, 0):
            let count = number(3)
            question = "What is the sum of the integers from 1 to \(count.plain)?"
            steps = [
                Step(operation: .add, left: .number(count), right: .number(Rational(1))),
                Step(operation: .multiply, left: .number(count), right: .result(0)),
                Step(operation: .divide, left: .result(1), right: .number(Rational(2)), subject: "sum"),
            ]
        case (_, 1):
            let larger = number(3)
            let smaller = Rational(rng.integer(1...(larger.numerator - 1)))
            question = "What is \(larger.plain)^2 - \(smaller.plain)^2?"
            steps = [
                Step(operation: .multiply, left: .number(larger), right: .number(larger)),
                Step(operation: .multiply, left: .number(smaller), right: .number(smaller)),
                Step(operation: .subtract, left: .result(0), right: .result(1)),
            ]
        default:
            let people = number(3)
            setup = "Each of \(people.plain) people shakes hands once with each other person."
            question = "How many handshakes are there?"
            steps = [
                Step(operation: .subtract, left: .number(people), right: .number(Rational(1))),
                Step(operation: .multiply, left: .number(people), right: .result(0)),
                Step(operation: .divide, left: .result(1), right: .number(Rational(2)), subject: "handshakes"),
            ]
        }
        var text = setup.isEmpty ? question : "\(setup) \(question)"
        var problem = LabProblem(family: "amc", text: text, question: text, steps: steps, form: .number, notation: .plain)
        if question.hasSuffix("^2?"), case let .number(larger) = steps[0].left, case let .number(smaller) = steps[1].left {
            problem.shortcutSteps = [
                Step(operation: .add, left: .number(larger), right: .number(smaller)),
                Step(operation: .subtract, left: .number(larger), right: .number(smaller)),
                Step(operation: .multiply, left: .result(0), right: .result(1)),
            ]
        }
        if rng.chance(0.3), let gold = Int(problem.answer) {
            var choices: Set<Int> = [gold]
            let offsets = [-3, -2, -1, 1, 2, 3, gold / 2, gold, 10, -10]
            while choices.count < 5 {
                let candidate = gold + rng.pick(offsets)
                if candidate >= 0 { choices.insert(candidate) }
            }
            let letters = ["A", "B", "C", "D", "E"]
            let listed = choices.sorted().enumerated().map { "(\(letters[$0.offset])) \($0.element)" }.joined(separator: " ")
            text += " " + listed
            problem.text = text
        }
        return problem
    }
}
