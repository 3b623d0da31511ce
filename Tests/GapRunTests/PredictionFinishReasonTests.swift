// The predictions file of a command job: an optional `finish_reason` per line (vLLM's word) becomes the budget hit of
// that response — `length` a hit, another word none, no field unknown — and a non-string one is refused with its line.
import Foundation
import Testing
@testable import GapRun

struct PredictionFinishReasonTests {
    @Test func finishReasonsBecomeBudgetHits() throws {
        let dir = try CLIHarness.temporaryDirectory("finish")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("p.jsonl").path
        try """
            {"id": "a", "response": "1 + 1 = 2 + 2", "finish_reason": "length"}
            {"id": "b", "response": "#### 3", "finish_reason": "stop"}
            {"id": "c", "response": "#### 4"}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let read = try CommandJob.readGenerations(path: path, ids: ["a", "b", "c", "d"])
        #expect(read.map { $0?.response } == ["1 + 1 = 2 + 2", "#### 3", "#### 4", nil])
        #expect(read.map { $0?.hitBudget } == [true, false, nil, nil])
        #expect(try CommandJob.readPredictions(path: path, ids: ["a", "b", "c", "d"]) == ["1 + 1 = 2 + 2", "#### 3", "#### 4", nil])

        try "{\"id\": \"a\", \"response\": \"x\", \"finish_reason\": 1}\n".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try CommandJob.readGenerations(path: path, ids: ["a"])
            Issue.record("a numeric finish_reason was accepted")
        } catch {
            #expect("\(error)".contains("p.jsonl:1") && "\(error)".contains("`finish_reason` is not a string"), "\(error)")
        }
    }
}
