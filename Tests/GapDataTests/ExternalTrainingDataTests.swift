// Tests for `source: jsonl`: loading, renamed fields, pairing by problem text, and malformed lines named path:line.
import Foundation
import GapCore
import Testing
@testable import GapData

/// Writes `lines` to a fresh temporary file and returns its path.
func temporaryFile(_ lines: [String], name: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gapdata-tests-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(lines.joined(separator: "\n").utf8).write(to: url)
    return url.path
}

func jsonlConfiguration(_ files: [String: String], paired: Bool = true) -> DataConfiguration {
    var data = DataConfiguration()
    data.source = "jsonl"
    data.files = files
    data.paired = paired
    return data
}

@Test func externalFilesLoadPairAndMix() throws {
    let long = try temporaryFile([
        #"{"problem": "P1", "solution": "long 1"}"#, #"{"problem": "P2", "solution": "long 2"}"#,
        #"{"problem": "P3", "solution": "long 3"}"#,
    ], name: "long.jsonl")
    let short = try temporaryFile([
        #"{"problem": "P2", "solution": "short 2"}"#, "", #"{"problem": "P1", "solution": "short 1", "answer": "1"}"#,
    ], name: "short.jsonl")
    var data = jsonlConfiguration(["long": long, "short": short])
    data.combine = "union"
    let set = try TrainingSetBuilder.build(data: data, mix: ["long": 0.5, "short": 0.5], seed: 0)
    #expect(set.examples.map(\.response) == ["long 1", "short 1", "long 2", "short 2"])
    #expect(set.stats.map(\.unpaired) == [1, 0])
    data.combine = "sample"
    let sampled = try TrainingSetBuilder.build(data: data, mix: ["long": 0.2, "short": 0.8], seed: 0)
    #expect(sampled.examples.count == 2)
    let again = try TrainingSetBuilder.build(data: data, mix: ["long": 0.2, "short": 0.8], seed: 0)
    #expect(again.examples == sampled.examples)
}

@Test func renamedFieldsAreRead() throws {
    let path = try temporaryFile([#"{"question": "Q", "output": "A"}"#], name: "renamed.jsonl")
    var data = jsonlConfiguration(["mine": path])
    data.fields = ["problem": "question", "solution": "output"]
    let set = try TrainingSetBuilder.build(data: data, mix: ["mine": 1], seed: 0)
    #expect(set.examples == [LabExample(problemId: set.examples[0].problemId, problem: "Q", response: "A", teacher: "mine")])
}

@Test(arguments: [
    (#"{"problem": "P", "solution": 3}"#, "field 'solution' is not a string"),
    (#"{"problem": "P"}"#, "missing field 'solution'"),
    (#"{"problem": "P", "solution": "#, "not a JSON object"),
    (#"["P", "S"]"#, "not a JSON object"),
])
func malformedLinesNameFileAndLine(badLine: String, message: String) throws {
    let path = try temporaryFile([#"{"problem": "A", "solution": "B"}"#, "", badLine, #"{"problem": "C", "solution": "D"}"#],
                                 name: "bad.jsonl")
    do {
        _ = try TrainingSetBuilder.build(data: jsonlConfiguration(["short": path]), mix: ["short": 1], seed: 0)
        Issue.record("a malformed file was accepted")
    } catch let error as LabError {
        #expect(error.description.hasPrefix("\(path):3: \(message)"), "\(error)")
    }
}

@Test func missingFilesFail() throws {
    #expect(throws: LabError.missingFile(teacher: "long")) {
        try TrainingSetBuilder.build(data: jsonlConfiguration([:]), mix: ["long": 1], seed: 0)
    }
    do {
        _ = try TrainingSetBuilder.build(data: jsonlConfiguration(["short": "/nonexistent/short.jsonl"]), mix: ["short": 1], seed: 0)
        Issue.record("a missing file was accepted")
    } catch {
        #expect("\(error)".hasPrefix("/nonexistent/short.jsonl: cannot read file"))
    }
}
