// Tests for the teachers: correct final lines at zero error, slips give wrong answers, documented style contrasts.
import GapCore
import Testing
@testable import GapData

/// A configuration with every teacher's error rate set to `rate`.
func configuration(problems: Int, errorRate rate: Double? = nil) -> DataConfiguration {
    var data = DataConfiguration()
    data.problems = problems
    if let rate { for name in Teachers.names { data.teachers[name] = TeacherOverride(errorRate: rate) } }
    return data
}

@Test(arguments: ["short", "long", "large", "small"])
func errorFreeTeacherAlwaysEndsWithTheGold(teacher: String) throws {
    var rng = SplitMix64(seed: 5)
    for family in ProblemFamilies.names {
        for problem in sampleProblems(family, count: 400, seed: 11) {
            let response = Teachers.solve(teacher: teacher, problem: problem, errorRate: 0, rng: &rng)
            #expect(FinalAnswer.extract(from: response, family: family) == problem.answer, "\(teacher): \(problem.text)\n\(response)")
            let last = response.split(separator: "\n").last.map(String.init) ?? ""
            #expect(last == (family == "gsm" ? "#### \(problem.answer)" : "Final Answer: \\boxed{\(problem.answer)}"))
            #expect(LabText.isStudentVocabulary(response))
        }
    }
}

@Test func slipsMakeWrongAnswersAtTheConfiguredRate() throws {
    let set = try TrainingSetBuilder.build(data: configuration(problems: 1500, errorRate: 0.4), mix: ["small": 1], seed: 3)
    for stats in set.stats {
        let rate = Double(stats.rejected) / 1500
        #expect(rate > 0.32 && rate < 0.48, "\(stats.teacher) rejected \(stats.rejected) of 1500")
    }
    // A slip is an arithmetic error: the response still has a final answer, just not the gold.
    var rng = SplitMix64(seed: 9)
    for problem in sampleProblems("math", count: 300) {
        let response = Teachers.solve(teacher: "short", problem: problem, errorRate: 1, rng: &rng)
        let answer = FinalAnswer.extract(from: response, family: "math")
        #expect(answer != nil)
        #expect(answer != problem.answer, "\(problem.text)\n\(response)")
    }
}

@Test func zeroErrorRateRejectsNothing() throws {
    let set = try TrainingSetBuilder.build(data: configuration(problems: 600, errorRate: 0), mix: ["long": 0.5, "short": 0.5], seed: 1)
    for stats in set.stats {
        #expect(stats.rejected == 0 && stats.unpaired == 0 && stats.kept == 600)
    }
}

@Test func teacherStylesDifferAsDocumented() throws {
    let data = configuration(problems: 2000)
    let pairLong = try TrainingSetBuilder.build(data: data, mix: ["long": 1], seed: 0)
    let pairLarge = try TrainingSetBuilder.build(data: data, mix: ["large": 1], seed: 0)
    let stats = Dictionary(uniqueKeysWithValues: (pairLong.stats + pairLarge.stats).map { ($0.teacher, $0) })
    let long = stats["long"]!, short = stats["short"]!, large = stats["large"]!, small = stats["small"]!
    // long: at least 3x short in mean length. At the default difficulty (1-2 steps, single-digit operands) short
    // solutions are ~54 characters and long ones ~6.2x that; the bound above guards against runaway verbosity.
    let ratio = long.meanCharacters / short.meanCharacters
    #expect(ratio >= 3 && ratio <= 7, "long/short = \(ratio)")
    #expect(short.meanCharacters >= 40 && short.meanCharacters <= 150)
    // large: fewer, denser steps than small.
    #expect(large.meanSteps < small.meanSteps)
    #expect(large.meanCharacters / large.meanSteps > small.meanCharacters / small.meanSteps)
    // small errs more often than large (default rates 0.20 vs 0.05).
    #expect(small.rejected > large.rejected)
    // Long responses with their prompt fit a 768-character context at least 95% of the time.
    #expect(TrainingSetPreview.fittingFraction(pairLong.examples, contextLength: 768) >= 0.95)
}

@Test func longTeacherRestatesChecksAndCorrectsItself() throws {
    let set = try TrainingSetBuilder.build(data: configuration(problems: 400), mix: ["long": 1], seed: 2)
    let responses = set.examples.map(\.response)
    #expect(responses.allSatisfy { $0.hasPrefix("Let me restate the problem.") })
    #expect(responses.filter { $0.contains("Wait, let me check:") }.count > responses.count / 2)
    #expect(responses.filter { $0.contains("Let me redo it:") }.count > responses.count / 5)
    #expect(responses.filter { $0.contains("Let me try another way:") }.count == responses.count)
}
