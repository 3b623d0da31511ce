// Tests for the problem families: vocabulary, canonical gold formats, gold checked by independent re-solving, sizes.
import Foundation
import GapCore
import Testing
@testable import GapData

/// Draws `count` default-difficulty problems of `family` (no benchmark exclusion needed here).
func sampleProblems(_ family: String, count: Int, seed: UInt64 = 1, difficulty: ProblemDifficulty = ProblemDifficulty()) -> [LabProblem] {
    var rng = SplitMix64(seed: seed)
    return (0..<count).map { _ in ProblemFamilies.generate(family: family, difficulty: difficulty, rng: &rng) }
}

/// Parses `5`, `-5`, `\frac{3}{4}`, `-\frac{3}{4}` (the lab's canonical numbers).
func parseCanonical(_ text: String) -> Rational? {
    if let integer = Int(text) { return Rational(integer) }
    var body = Substring(text)
    let negative = body.hasPrefix("-")
    if negative { body = body.dropFirst() }
    guard body.hasPrefix("\\frac{"), body.hasSuffix("}") else { return nil }
    let parts = body.dropFirst(6).dropLast().split(separator: "}")
    guard parts.count == 2, parts[1].hasPrefix("{"), let top = Int(parts[0]), let bottom = Int(parts[1].dropFirst()),
          bottom > 1, Rational.greatestCommonDivisor(top, bottom) == 1 else { return nil }
    return Rational(negative ? -top : top, bottom)
}

/// Evaluates a linear side like `3x + 4`, `-x - 2`, `x` at `x`.
func evaluateLinear(_ side: String, x: Rational) -> Rational? {
    var total = Rational(0)
    var sign = 1
    for token in side.split(separator: " ") {
        if token == "+" { sign = 1; continue }
        if token == "-" { sign = -1; continue }
        var term = token
        if term.hasPrefix("-") { sign = -sign; term = term.dropFirst() }
        if term.hasSuffix("x") {
            let coefficient = term == "x" ? 1 : Int(term.dropLast())
            guard let coefficient else { return nil }
            total = total + Rational(sign * coefficient) * x
        } else {
            guard let constant = Int(term) else { return nil }
            total = total + Rational(sign * constant)
        }
        sign = 1
    }
    return total
}

@Test func wordProblemGoldMatchesAnIndependentReading() {
    for problem in sampleProblems("gsm", count: 2000) {
        var count = 0
        for sentence in problem.text.split(separator: ".").map({ $0.trimmingCharacters() }) {
            let words = sentence.split(separator: " ")
            func number(_ position: Int) -> Int { Int(words[position])! }
            if words.count > 2, words[1] == "has", !sentence.contains("also") { count = number(2) }
            else if sentence.hasSuffix("more") { count += number(2) }
            else if sentence.hasSuffix("away") || words[1] == "loses" { count -= number(2) }
            else if sentence.contains("times as many") { count *= number(3) }
            else if sentence.hasSuffix("doubles them") { count *= 2 }
            else if sentence.hasSuffix("triples them") { count *= 3 }
            else if words[1] == "keeps" {
                count /= ["half": 2, "a third": 3, "a quarter": 4, "a fifth": 5][words.dropFirst(2).dropLast(2).joined(separator: " ")]!
            }
        }
        #expect(problem.answer == String(count), "\(problem.text)")
        #expect(count >= 0)
    }
}

@Test func equationGoldSatisfiesTheEquation() {
    let equations = sampleProblems("math", count: 3000).filter { $0.text.hasPrefix("Solve") }
    #expect(equations.count > 500)
    for problem in equations {
        var text = problem.text
        let asEquation = text.hasSuffix(" Answer in the form x=c.")
        text = text.replacingOccurrences(of: " Answer in the form x=c.", with: "")
            .replacingOccurrences(of: "Solve for x: ", with: "").replacingOccurrences(of: "Solve ", with: "")
        text.removeLast()  // the final full stop
        let sides = text.components(separatedBy: " = ")
        var answer = problem.answer
        if asEquation {
            #expect(answer.hasPrefix("x="), "\(problem.text)")
            answer = String(answer.dropFirst(2))
        }
        guard let x = parseCanonical(answer), sides.count == 2 else { Issue.record("unreadable: \(problem.text) → \(problem.answer)"); continue }
        #expect(evaluateLinear(sides[0], x: x) == evaluateLinear(sides[1], x: x), "\(problem.text) → \(problem.answer)")
    }
}

@Test func likeTermsGoldIsTheCanonicalSum() {
    let simplifications = sampleProblems("math", count: 3000, seed: 2).filter { $0.text.hasPrefix("Simplify") }
    #expect(simplifications.count > 500)
    for problem in simplifications {
        let expression = String(problem.text.dropFirst("Simplify ".count).dropLast())
        guard let atZero = evaluateLinear(expression, x: Rational(0)), let atOne = evaluateLinear(expression, x: Rational(1)) else {
            Issue.record("unreadable: \(problem.text)"); continue
        }
        let expected = LabProblem.linearText(coefficient: atOne - atZero, constant: atZero, variable: "x")
        #expect(problem.answer == expected, "\(problem.text)")
        #expect(!problem.answer.contains(" "))
    }
}

@Test func goldAnswersHaveTheCanonicalFormOfTheirFamily() {
    for problem in sampleProblems("gsm", count: 500) + sampleProblems("amc", count: 500) {
        #expect(Int(problem.answer) != nil && !problem.answer.hasPrefix("-"), "\(problem.text) → \(problem.answer)")
    }
    for problem in sampleProblems("math", count: 2000) {
        let answer = problem.answer
        if problem.text.hasPrefix("Simplify") { continue }
        let number = answer.hasPrefix("x=") ? String(answer.dropFirst(2)) : answer
        #expect(parseCanonical(number) != nil, "\(problem.text) → \(answer)")
        #expect(answer.hasPrefix("x=") == problem.text.contains("in the form x=c"))
    }
}

@Test func problemsUseOnlyTheStudentVocabularyAndMostlyFitTheBudget() {
    var withinBudget = 0
    for family in ProblemFamilies.names {
        let problems = sampleProblems(family, count: 2000)
        #expect(problems.allSatisfy { LabText.isStudentVocabulary($0.text) && LabText.isStudentVocabulary($0.answer) })
        let short = problems.filter { $0.text.utf8.count <= 110 }.count
        withinBudget += short
        // Three-step word problems run a little over 110 characters; math and amc rarely do.
        #expect(Double(short) / Double(problems.count) >= (family == "gsm" ? 0.65 : 0.9),
                "\(family): \(short) of \(problems.count) within 110 characters")
        // Easy items exist: one step and small numbers.
        #expect(problems.filter { $0.steps.count == 1 }.count >= problems.count / 5)
    }
    #expect(withinBudget >= 6000 * 8 / 10, "\(withinBudget) of 6000 within 110 characters")
}

@Test func difficultyKnobsChangeStepsAndNumbers() {
    let hard = ProblemDifficulty(minSteps: 3, maxSteps: 3, maxNumber: 50)
    let easy = ProblemDifficulty(minSteps: 1, maxSteps: 1, maxNumber: 5)
    for problem in sampleProblems("gsm", count: 300, difficulty: hard) { #expect(problem.steps.count == 3) }
    for problem in sampleProblems("gsm", count: 300, difficulty: easy) {
        #expect(problem.steps.count == 1)
        #expect(problem.text.split(separator: " ").compactMap { Int($0) }.allSatisfy { $0 <= 5 })
    }
}

extension Substring {
    func trimmingCharacters() -> String { String(self.drop(while: { $0 == " " })) }
}
