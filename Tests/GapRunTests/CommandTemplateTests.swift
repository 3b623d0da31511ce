// Command templates: which `{placeholders}` a template names, how values are substituted (shell-quoted), and how
// predictions JSONL lines are matched to problems (by id, by idx, by order).
import Foundation
import Testing
@testable import GapRun

struct CommandTemplateTests {
    @Test func placeholdersSkipShellVariablesAndDoubledBraces() {
        #expect(CommandJob.placeholders(in: "train {model} --lr {train.learning_rate} ${HOME} {{literal}} {seed}")
                == ["model", "train.learning_rate", "seed"])
    }

    @Test func valuesAreShellQuotedOnlyWhenNeeded() {
        let resolved = CommandJob.resolve("run {model} --out {predictions} --note {note} ${X} {{x}}",
                                          values: ["model": "Qwen/Qwen2.5-0.5B-Instruct", "predictions": "/tmp/my dir/p.jsonl",
                                                   "note": "it's"])
        #expect(resolved == "run Qwen/Qwen2.5-0.5B-Instruct --out '/tmp/my dir/p.jsonl' --note 'it'\\''s' ${X} {x}")
    }

    @Test func predictionsMatchByIdThenIdxThenOrder() throws {
        let ids = ["a", "b", "c"]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pred-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "{\"id\": \"c\", \"response\": \"C\"}\n{\"idx\": 0, \"response\": \"A\"}\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try CommandJob.readPredictions(path: path, ids: ids) == ["A", nil, "C"])
        try "{\"response\": \"A\"}\n{\"output\": \"B\"}\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try CommandJob.readPredictions(path: path, ids: ids) == ["A", "B", nil])
        try "{\"id\": \"a\"}\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: RunError.self) { try CommandJob.readPredictions(path: path, ids: ids) }
    }
}
