// Tests for the held-out benchmarks: committed files equal regeneration, formats, easy items, and disjointness
// from every training problem the lab generates under shipped settings.
import Foundation
import GapCore
import Testing
@testable import GapData

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Test(arguments: SyntheticBenchmarks.names)
func committedFileEqualsRegeneration(name: String) throws {
    let committed = try Data(contentsOf: repositoryRoot.appendingPathComponent("benchmarks-data/\(name).jsonl"))
    let regenerated = try SyntheticBenchmarks.jsonl(name: name)
    let identical = committed == Data(regenerated.utf8)
    #expect(identical, "\(name) differs from regeneration: run `gaprun data benchmarks` and commit benchmarks-data/")
    #expect(try SyntheticBenchmarks.jsonl(name: name) == regenerated)
}

@Test(arguments: SyntheticBenchmarks.names)
func benchmarkItemsAreWellFormed(name: String) throws {
    let items = try SyntheticBenchmarks.generate(name: name)
    #expect(items.count == 300)
    #expect(items.first?.id == "\(name)-0001" && items.last?.id == "\(name)-0300")
    #expect(Set(items.map(\.problem)).count == 300)
    let lines = try SyntheticBenchmarks.jsonl(name: name).split(separator: "\n")
    for (line, item) in zip(lines, items) {
        #expect(line.hasPrefix("{\"id\": \"\(item.id)\", \"problem\": \""))
        let decoded = try JSONDecoder().decode(SyntheticBenchmarkItem.self, from: Data(line.utf8))
        #expect(decoded == item)
        #expect(LabText.isStudentVocabulary(item.problem) && LabText.isStudentVocabulary(item.answer))
    }
    // Mixed difficulty with easy items, and the gold is what an error-free teacher writes.
    let problems = try SyntheticBenchmarks.problems(name: name)
    #expect(problems.filter { $0.steps.count == 1 }.count >= 60)
    #expect(Set(problems.map(\.steps.count)).count >= 2)  // 1 and 2 steps at the defaults
    var rng = SplitMix64(seed: 0)
    let family = try SyntheticBenchmarks.family(name: name)
    for problem in problems {
        let response = Teachers.solve(teacher: "short", problem: problem, errorRate: 0, rng: &rng)
        #expect(FinalAnswer.extract(from: response, family: family) == problem.answer)
    }
    #expect(throws: LabError.self) { try SyntheticBenchmarks.generate(name: "gsm8k") }
}

/// Settings the shipped grids use (the defaults) and nearby difficulty variants.
let shippedSettings: [(minSteps: Int, maxSteps: Int, maxNumber: Int)] = [(1, 2, 9), (1, 3, 20), (1, 1, 10), (1, 2, 20), (2, 4, 20), (1, 3, 50)]

@Test func trainingProblemsNeverRepeatABenchmarkProblem() throws {
    var reserved: Set<String> = []
    for name in SyntheticBenchmarks.names { for item in try SyntheticBenchmarks.generate(name: name) { reserved.insert(item.problem) } }
    #expect(reserved.count == 900)
    for seed in 0..<10 {
        for setting in shippedSettings {
            var data = DataConfiguration()
            data.problems = setting == shippedSettings[0] ? 10_000 : 1_000
            (data.minSteps, data.maxSteps, data.maxNumber) = setting
            let problems = try LabProblems.training(data: data, seed: UInt64(seed))
            #expect(problems.count == data.problems)
            #expect(problems.allSatisfy { !reserved.contains($0.text) }, "seed \(seed), setting \(setting)")
        }
    }
}
