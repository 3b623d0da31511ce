// Tests for training-set building: determinism for every teacher and mix, weights, pairing, sampling, union.
import Foundation
import GapCore
import Testing
@testable import GapData

/// The set's examples as canonical JSON bytes (the "same bytes" the builder promises).
func bytes(_ set: TrainingSet) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(set.examples) + encoder.encode(set.stats)
}

@Test(arguments: TrainingSetBuilder.standardMixes.keys.sorted())
func sameSeedGivesSameBytes(mixName: String) throws {
    let mix = TrainingSetBuilder.standardMixes[mixName]!
    for combine in ["sample", "union"] {
        var data = configuration(problems: 300)
        data.combine = combine
        let first = try bytes(TrainingSetBuilder.build(data: data, mix: mix, seed: 7))
        let second = try bytes(TrainingSetBuilder.build(data: data, mix: mix, seed: 7))
        let other = try bytes(TrainingSetBuilder.build(data: data, mix: mix, seed: 8))
        #expect(first == second)
        #expect(first != other)
    }
}

@Test func weightsMustSumToOneAndTeachersMustExist() {
    let data = configuration(problems: 10)
    do {
        _ = try TrainingSetBuilder.build(data: data, mix: ["long": 0.2, "short": 0.7], seed: 0)
        Issue.record("weights summing to 0.9 were accepted")
    } catch let error as LabError {
        guard case let .weightsDoNotSumToOne(sum, _) = error else { Issue.record("wrong error \(error)"); return }
        #expect(abs(sum - 0.9) < 1e-9)
        #expect(error.description.contains("not 1 (long=0.2, short=0.7)"))
    } catch { Issue.record("unexpected \(error)") }
    do {
        _ = try TrainingSetBuilder.build(data: data, mix: ["tiny": 1], seed: 0)
        Issue.record("an unknown teacher was accepted")
    } catch {
        #expect("\(error)" == "unknown teacher 'tiny' (known: large, long, short, small)")
    }
    #expect(throws: LabError.emptyMix) { try TrainingSetBuilder.build(data: data, mix: [:], seed: 0) }
    #expect((try? TrainingSetBuilder.build(data: data, mix: ["long": 0.2 + 1e-7, "short": 0.8], seed: 0)) != nil)
    var badFamily = data
    badFamily.families = ["gsm", "olympiad"]
    #expect(throws: LabError.unknownFamily("olympiad", known: ["gsm", "math", "amc"])) {
        try TrainingSetBuilder.build(data: badFamily, mix: ["short": 1], seed: 0)
    }
}

@Test func pairedTeachersShareExactlyTheProblemsBothSolved() throws {
    var data = configuration(problems: 800)
    data.combine = "union"
    let paired = try TrainingSetBuilder.build(data: data, mix: ["large": 0.5, "small": 0.5], seed: 4)
    let byTeacher = Dictionary(grouping: paired.examples, by: \.teacher).mapValues { Set($0.map(\.problemId)) }
    #expect(byTeacher["large"] == byTeacher["small"])
    for stats in paired.stats { #expect(stats.kept + stats.rejected + stats.unpaired == 800) }
    data.paired = false
    let unpaired = try TrainingSetBuilder.build(data: data, mix: ["large": 0.5, "small": 0.5], seed: 4)
    let alone = Dictionary(grouping: unpaired.examples, by: \.teacher).mapValues { Set($0.map(\.problemId)) }
    #expect(alone["large"] != alone["small"])
    #expect(unpaired.stats.allSatisfy { $0.unpaired == 0 })
}

@Test func sampleDrawsOneResponsePerProblemInProportion() throws {
    let set = try TrainingSetBuilder.build(data: configuration(problems: 3000), mix: TrainingSetBuilder.standardMixes["mix-long"]!, seed: 5)
    #expect(Set(set.examples.map(\.problemId)).count == set.examples.count)
    #expect(set.examples.count == set.stats.first { $0.teacher == "long" }!.kept)
    let longShare = Double(set.examples.filter { $0.teacher == "long" }.count) / Double(set.examples.count)
    #expect(abs(longShare - 0.2) < 0.03, "long share \(longShare)")
}

@Test func teachersAnswerTheSameProblemsTheSameWayInEveryMix() throws {
    let data = configuration(problems: 500)
    let shortOnly = try TrainingSetBuilder.build(data: data, mix: ["short": 1], seed: 6)
    let mixed = try TrainingSetBuilder.build(data: data, mix: ["long": 0.2, "short": 0.8], seed: 6)
    let shortResponses = Dictionary(uniqueKeysWithValues: shortOnly.examples.map { ($0.problemId, $0.response) })
    for example in mixed.examples where example.teacher == "short" {
        #expect(shortResponses[example.problemId] == example.response)
    }
}

@Test func mixWeightsParse() throws {
    #expect(try Mixes.parseWeights("long=0.2,short=0.8") == ["long": 0.2, "short": 0.8])
    #expect(try Mixes.parseWeights(" large = 1 ") == ["large": 1])
    #expect(throws: LabError.malformedWeights("long:0.2")) { try Mixes.parseWeights("long:0.2") }
    #expect(throws: LabError.malformedWeights("long=1,long=0")) { try Mixes.parseWeights("long=1,long=0") }
    #expect(throws: LabError.self) { try Mixes.named("mix-huge") }
    #expect(TrainingSetBuilder.standardMixes["mix-large"] == ["large": 0.2, "small": 0.8])
}

@Test func settingsOutOfRangeAreRejected() {
    var data = configuration(problems: 10)
    data.maxSteps = 0
    #expect(throws: LabError.self) { try TrainingSetBuilder.build(data: data, mix: ["short": 1], seed: 0) }
    data = configuration(problems: 10, errorRate: 1)
    #expect(throws: LabError.self) { try TrainingSetBuilder.build(data: data, mix: ["short": 1], seed: 0) }
    data = configuration(problems: 10)
    data.combine = "concat"
    #expect(throws: LabError.unknownCombine("concat")) { try TrainingSetBuilder.build(data: data, mix: ["short": 1], seed: 0) }
}

@Test(arguments: [(1, 1, 5), (8, 8, 1000), (1, 8, 100)])
func extremeDifficultySettingsBuildWithExactGold(minSteps: Int, maxSteps: Int, maxNumber: Int) throws {
    var data = configuration(problems: 300, errorRate: 0)
    (data.minSteps, data.maxSteps, data.maxNumber) = (minSteps, maxSteps, maxNumber)
    let set = try TrainingSetBuilder.build(data: data, mix: ["large": 0.5, "small": 0.5], seed: 2)
    // Error-free teachers must reproduce every gold answer, whatever the difficulty.
    #expect(set.stats.allSatisfy { $0.kept == 300 && $0.rejected == 0 })
    #expect(set.examples.allSatisfy { LabText.isStudentVocabulary($0.problem) && LabText.isStudentVocabulary($0.response) })
}
