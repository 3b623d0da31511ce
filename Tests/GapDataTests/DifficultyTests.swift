// Tests for harder lab settings: the short teacher's compression and the long teacher's written-out multi-digit work
// (fixed teacher properties that only show beyond the defaults), and the benchmarks generated at a data difficulty
// (deterministic, at that difficulty, disjoint from training at that difficulty).
import Foundation
import GapCore
import Testing
@testable import GapData

/// Steps 3–4, operands up to 99: the crossover grid's hardest level.
func hardData(problems: Int = 10) -> DataConfiguration {
    var data = configuration(problems: problems)
    (data.minSteps, data.maxSteps, data.maxNumber) = (3, 4, 99)
    return data
}

/// A one-step plain problem `a op b`.
func oneStep(_ operation: GapData.Operation, _ a: Int, _ b: Int) -> LabProblem {
    LabProblem(family: "gsm", text: "test", question: "test",
               steps: [Step(operation: operation, left: .number(Rational(a)), right: .number(Rational(b)), unit: "apples")],
               form: .number, notation: .plain)
}

@Test func longTeacherWritesMultiDigitWorkOneOperationPerLine() throws {
    let product = oneStep(.multiply, 47, 83)
    let parts = try #require(Teachers.columnWork(product, 0, values: product.evaluate()!))
    #expect(parts.heading == "47 * 83 by parts: 83 = 80 + 3.")
    #expect(parts.lines == ["47 * 80 = 3760.", "47 * 3 = 141.", "3760 + 141 = 3901."])

    let round = oneStep(.multiply, 12, 60)
    #expect(try #require(Teachers.columnWork(round, 0, values: round.evaluate()!)).lines == ["12 * 6 = 72.", "72 * 10 = 720."])

    let sum = oneStep(.add, 958, 67)
    #expect(try #require(Teachers.columnWork(sum, 0, values: sum.evaluate()!)).lines == [
        "Ones: 8 + 7 = 15, write 5, carry 1.", "Tens: 5 + 6 + 1 = 12, write 2, carry 1.", "Hundreds: 9 + 1 = 10."])

    let difference = oneStep(.subtract, 503, 78)
    #expect(try #require(Teachers.columnWork(difference, 0, values: difference.evaluate()!)).lines == [
        "Ones: 3 - 8 needs a borrow: 13 - 8 = 5.", "Tens: 0 - 1 - 7 needs a borrow: 10 - 1 - 7 = 2.", "Hundreds: 5 - 1 = 4."])

    // Not spelled out: a single-digit operand, a negative result, division, and a slipped result.
    #expect(Teachers.columnWork(oneStep(.multiply, 47, 8), 0, values: oneStep(.multiply, 47, 8).evaluate()!) == nil)
    #expect(Teachers.columnWork(oneStep(.subtract, 12, 30), 0, values: oneStep(.subtract, 12, 30).evaluate()!) == nil)
    #expect(Teachers.columnWork(oneStep(.divide, 96, 12), 0, values: oneStep(.divide, 96, 12).evaluate()!) == nil)
    #expect(Teachers.columnWork(product, 0, values: [Rational(3902)]) == nil)
}

@Test func everyWrittenOutLineIsCorrectArithmetic() throws {
    // Every plain `a + b (+ c) = d`, `a - b (- c) = d` and `a * b = c` line of error-free long responses at the hard
    // level (column, borrow and partial-product lines included) must hold, except the deliberate wrong turns.
    var rng = SplitMix64(seed: 9)
    var checked = 0
    for family in ["gsm", "amc", "math"] {
        for problem in sampleProblems(family, count: 300, seed: 4, difficulty: ProblemDifficulty(minSteps: 3, maxSteps: 4, maxNumber: 99)) {
            let response = Teachers.solve(teacher: "long", problem: problem, errorRate: 0, rng: &rng)
            let lines = response.split(separator: "\n")
            // A line followed by `Hmm, …` is the long teacher's deliberate wrong turn.
            for (position, line) in lines.enumerated() where position + 1 == lines.count || !lines[position + 1].hasPrefix("Hmm") {
                guard let equation = line.split(separator: ":").last?.split(separator: ",").first,
                      equation.contains(" = ") else { continue }
                var text = equation.trimmingCharacters(in: .whitespaces)
                if text.hasSuffix(".") { text.removeLast() }
                if let colon = text.range(of: "borrow: ") { text = String(text[colon.upperBound...]) }
                let sides = text.components(separatedBy: " = ")
                guard sides.count == 2, let result = Int(sides[1]) else { continue }
                let tokens = sides[0].split(separator: " ")
                guard tokens.count >= 3, tokens.count % 2 == 1, let first = Int(tokens[0]) else { continue }
                var value = first
                var valid = true
                for index in stride(from: 1, to: tokens.count, by: 2) {
                    guard let operand = Int(tokens[index + 1]) else { valid = false; break }
                    switch tokens[index] {
                    case "+": value += operand
                    case "-": value -= operand
                    case "*": value *= operand
                    default: valid = false
                    }
                }
                guard valid, tokens.count == 3 || !tokens.contains("*") else { continue }
                #expect(value == result, "\(line)\n\(response)")
                checked += 1
            }
        }
    }
    #expect(checked > 1000)
}

@Test func shortTeacherPacksLongPlansIntoTwoLinesAndLeavesShortPlansAlone() throws {
    var rng = SplitMix64(seed: 3)
    var packed = 0
    for difficulty in [ProblemDifficulty(), ProblemDifficulty(minSteps: 3, maxSteps: 6, maxNumber: 99)] {
        for problem in sampleProblems("gsm", count: 300, seed: 8, difficulty: difficulty) {
            let response = Teachers.solve(teacher: "short", problem: problem, errorRate: 0, rng: &rng)
            let lines = LabText.reasoningLines(response)
            if problem.steps.count <= Teachers.shortWorkLines {
                #expect(lines == problem.steps.count, "\(response)")
            } else {
                // Intermediate results go unwritten: two dense lines, whatever the number of steps.
                #expect(lines == 2, "\(response)")
                packed += 1
            }
        }
    }
    #expect(packed > 200)
}

@Test func longTeacherSpellsOutWhatShortSkipsOnlyWhenProblemsAreHarder() throws {
    // Teacher properties only: reasoning lines per plan step, long vs. short, grows from the defaults to the hard level.
    func linesPerStep(_ teacher: String, _ difficulty: ProblemDifficulty) -> Double {
        var rng = SplitMix64(seed: 12)
        var lines = 0, steps = 0
        for family in ProblemFamilies.names {
            for problem in sampleProblems(family, count: 300, seed: 21, difficulty: difficulty) {
                lines += LabText.reasoningLines(Teachers.solve(teacher: teacher, problem: problem, errorRate: 0, rng: &rng))
                steps += problem.steps.count
            }
        }
        return Double(lines) / Double(steps)
    }
    let easy = ProblemDifficulty(), hard = ProblemDifficulty(minSteps: 3, maxSteps: 4, maxNumber: 99)
    let easyRatio = linesPerStep("long", easy) / linesPerStep("short", easy)
    let hardRatio = linesPerStep("long", hard) / linesPerStep("short", hard)
    #expect(hardRatio > 1.3 * easyRatio, "long/short lines per step: \(easyRatio) at the defaults, \(hardRatio) at steps 3-4, operands ≤ 99")
    // At the defaults neither property shows: no column work, and short writes one line per step (tested above).
    var rng = SplitMix64(seed: 1)
    for family in ProblemFamilies.names {
        for problem in sampleProblems(family, count: 2000, seed: 2) {
            let response = Teachers.solve(teacher: "long", problem: problem, errorRate: 0.1, rng: &rng)
            #expect(!response.contains(" by parts: ") && !response.contains(" in columns."), "\(response)")
        }
    }
}

@Test func defaultTeacherOutputIsPinned() throws {
    // The bytes every teacher writes at the defaults (lab version 2): harder-level properties must not change them.
    let set = try TrainingSetBuilder.build(data: configuration(problems: 1500), mix: ["long": 0.25, "short": 0.25, "large": 0.25, "small": 0.25],
                                           seed: 0)
    #expect(set.examples.count > 1000)
    var all = DataConfiguration()
    all.problems = 1500
    all.combine = "union"
    let union = try TrainingSetBuilder.build(data: all, mix: ["long": 0.25, "short": 0.25, "large": 0.25, "small": 0.25], seed: 0)
    let text = union.examples.map { "\($0.problemId)\u{1}\($0.teacher)\u{1}\($0.problem)\u{1}\($0.response)" }.joined(separator: "\u{2}")
    #expect(SHA256.hex(text) == pinnedDefaultUnionDigest)
}

/// SHA-256 of the union of all four teachers' kept responses, 1,500 problems, seed 0, defaults (lab version 2).
let pinnedDefaultUnionDigest = "f619db6030e03b780a842852005a388b384e487d90b97ae5ef81370118a1e4a0"

// MARK: - Benchmarks at a data difficulty

@Test(arguments: SyntheticBenchmarks.names)
func benchmarksAtAnotherDifficultyAreDeterministicAndNew(name: String) throws {
    let data = hardData()
    let first = try SyntheticBenchmarks.jsonl(name: name, data: data)
    #expect(first == (try SyntheticBenchmarks.jsonl(name: name, data: data)))
    let items = try SyntheticBenchmarks.generate(name: name, data: data)
    #expect(items.count == SyntheticBenchmarks.itemCount)
    #expect(Set(items.map(\.problem)).count == items.count)
    #expect(items.first?.id == "\(name)-s3-4-n99-0001")
    #expect(SyntheticBenchmarks.fileName(name: name, data: data) == "\(name)-s3-4-n99.jsonl")
    // The defaults give the committed set, under its own ids; another difficulty shares none of its problems.
    #expect(try SyntheticBenchmarks.generate(name: name, data: DataConfiguration()) == SyntheticBenchmarks.generate(name: name))
    #expect(SyntheticBenchmarks.fileName(name: name, data: DataConfiguration()) == "\(name).jsonl")
    let defaults = Set(try SyntheticBenchmarks.generate(name: name).map(\.problem))
    #expect(items.allSatisfy { !defaults.contains($0.problem) })
    // Another difficulty, another set.
    var other = data
    other.maxNumber = 50
    #expect(try SyntheticBenchmarks.jsonl(name: name, data: other) != first)
}

@Test(arguments: SyntheticBenchmarks.names)
func benchmarksAtAnotherDifficultyHaveThatDifficulty(name: String) throws {
    let difficulty = ProblemDifficulty(minSteps: 3, maxSteps: 4, maxNumber: 99)
    let problems = try SyntheticBenchmarks.problems(name: name, difficulty: difficulty)
    let family = try SyntheticBenchmarks.family(name: name)
    for problem in problems {
        // amc plans and equations have at most 3 steps (docs/lab.md).
        let capped = family == "amc" || problem.text.hasPrefix("Solve")
        #expect(problem.steps.count >= 3 && problem.steps.count <= (capped ? 3 : 4), "\(problem.text)")
    }
    if family == "gsm" {
        // Every number a word problem states is an operand: at most 99, and many have two digits.
        let numbers = problems.flatMap { $0.text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) } }
        #expect(numbers.allSatisfy { $0 <= 99 })
        #expect(numbers.filter { $0 >= 10 }.count > numbers.count / 3)
    }
}

@Test func trainingAtADifficultyNeverDrawsItsBenchmarks() throws {
    let data = hardData()
    var reserved = Set<String>()
    for name in SyntheticBenchmarks.names { for item in try SyntheticBenchmarks.generate(name: name, data: data) { reserved.insert(item.problem) } }
    // The generator without reservation does draw benchmark problems (so the check below can fail) …
    var rng = SplitMix64(seed: 0).derived("problems")
    let difficulty = ProblemDifficulty(data: data)
    var collisions = 0
    for index in 0..<20_000 {
        let family = ProblemFamilies.names[index % 3]
        if reserved.contains(ProblemFamilies.generate(family: family, difficulty: difficulty, rng: &rng).text) { collisions += 1 }
    }
    #expect(collisions > 0)
    // … and training sets at that difficulty never do.
    for seed in UInt64(0)..<4 {
        let problems = try LabProblems.training(data: hardData(problems: 5000), seed: seed)
        #expect(problems.allSatisfy { !reserved.contains($0.text) && !SyntheticBenchmarks.reservedTexts.contains($0.text) })
    }
}
