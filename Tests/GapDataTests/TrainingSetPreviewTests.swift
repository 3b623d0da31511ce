// Tests for the preview text: counts per teacher, context-fit fractions, examples, and fixed-point formatting.
import Foundation
import GapCore
import Testing
@testable import GapData

@Test func previewShowsCountsLengthsAndExamples() throws {
    let mix = TrainingSetBuilder.standardMixes["mix-long"]!
    let set = try TrainingSetBuilder.build(data: configuration(problems: 200), mix: mix, seed: 1)
    let text = TrainingSetPreview.render(set, mix: mix, examplesPerTeacher: 2)
    let long = set.stats.first { $0.teacher == "long" }!
    #expect(text.hasPrefix("mix: long=0.2, short=0.8\nexamples: \(set.examples.count)\n"))
    #expect(text.contains("\nlong     \(long.kept)"))
    #expect(text.contains("prompt + response fits: 512 chars "))
    #expect(text.components(separatedBy: "\n--- long · ").count == 3)
    #expect(text.components(separatedBy: "\n--- short · ").count == 3)
}

@Test func fittingFractionCountsPromptAndResponse() {
    let problem = "1 + 1"
    let promptLength = StudentPrompt.render(problem: problem).utf8.count
    let examples = [
        LabExample(problemId: "a", problem: problem, response: String(repeating: "x", count: 512 - promptLength), teacher: "short"),
        LabExample(problemId: "b", problem: problem, response: String(repeating: "x", count: 513 - promptLength), teacher: "short"),
    ]
    #expect(TrainingSetPreview.fittingFraction(examples, contextLength: 512) == 0.5)
    #expect(TrainingSetPreview.fittingFraction(examples, contextLength: 513) == 1)
    #expect(TrainingSetPreview.fittingFraction([], contextLength: 512) == 0)
}

@Test func fixedPointFormatting() {
    #expect(TrainingSetPreview.fixed(371.94, 1) == "371.9")
    #expect(TrainingSetPreview.fixed(0.05, 2) == "0.05")
    #expect(TrainingSetPreview.fixed(-2.5, 1) == "-2.5")
    #expect(TrainingSetPreview.fixed(99.999, 1) == "100.0")
}
