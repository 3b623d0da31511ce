// `gaprun judge` and `gaprun score` through the real binary: one output line per input line in order, the summary on
// standard error or as JSON, and every benchmark item counted (missing predictions are wrong unless --allow-missing).
import Foundation
import Testing

@Suite(.enabled(if: CLIHarness.hasBinary, "build gaprun first: swift build --build-tests"))
struct JudgeScoreCommandTests {
    private static let pairs = """
    {"id": "a", "prediction": "The answer is \\\\boxed{27}.", "gold": 27.0, "expected": true, "meta": {"k": [1, 2.50, "\\u00e9"]}}
    {"id": "b", "prediction": "so 5", "gold": "6", "expected": true, "correct": "stale verdict"}

    {"gold": "x=5", "prediction": "Final answer: 5", "id": 7, "tags": []}
    {"id": "d", "prediction": "\\\\frac{1}{2}", "gold": "0.5", "id": "d2"}

    """

    private func lines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test func judgeWritesOneLinePerInputLineInOrderAndTheSummaryToStandardError() throws {
        let dir = try CLIHarness.temporaryDirectory("judge")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("pairs.jsonl")
        try Self.pairs.write(to: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out.jsonl").path
        let summary = dir.appendingPathComponent("summary.json").path
        let result = try CLIHarness.run(["judge", "--pairs", input.path, "--output", output, "--summary", summary], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("judged 4 pairs: 3 correct (75.00%); agreement with expected 50.00% (2 pairs have it)"),
                "\(result.stderr)")
        let written = try lines(try String(contentsOfFile: output, encoding: .utf8))
        #expect(written.count == 4)
        #expect(written.map { "\($0["id"]!)" } == ["a", "b", "7", "d2"])
        #expect(written.map { $0["correct"] as? Bool } == [true, false, true, true])
        let meta = try #require(written[0]["meta"] as? [String: Any])
        #expect((meta["k"] as? [Any])?.count == 3 && (meta["k"] as? [Any])?[2] as? String == "é")
        #expect(written[0]["extracted"] as? String == "27" && written[1]["reason"] is String)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("\"meta\":{\"k\": [1, 2.50, \"\\u00e9\"]}"), "nested values are carried as written")
        let machine = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary))) as? [String: Any])
        #expect(machine["count"] as? Int == 4 && machine["correct"] as? Int == 3 && machine["with_expected"] as? Int == 2)
        #expect(machine["scorer"] as? String == "gaprun" && machine["lines_per_second"] is Double)

        let json = try CLIHarness.run(["judge", "--pairs", input.path, "--json"], in: dir)
        #expect(json.status == 0)
        #expect(try lines(json.stdout).count == 4, "results on standard output, nothing else")
        let stderrSummary = try #require(try JSONSerialization.jsonObject(with: Data(json.stderr.utf8)) as? [String: Any])
        #expect(stderrSummary["agreement"] as? Double == 0.5)
    }

    @Test func pairsComeFromStandardInputWithDash() throws {
        let dir = try CLIHarness.temporaryDirectory("judge-stdin")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("pairs.jsonl")
        try Self.pairs.write(to: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out.jsonl")
        let result = try CLIHarness.tool("sh", ["-c", "cat '\(input.path)' | '\(CLIHarness.binary!)' judge --pairs - --output '\(output.path)' 2>/dev/null; echo $?"])
        #expect(result.stdout == "0\n")
        #expect(try lines(try String(contentsOf: output, encoding: .utf8)).map { "\($0["id"]!)" } == ["a", "b", "7", "d2"])
        // `/dev/stdout` on a pipe is the pipe, written in place.
        let piped = try CLIHarness.tool("sh", ["-c", "'\(CLIHarness.binary!)' judge --pairs '\(input.path)' --output /dev/stdout 2>/dev/null | cat"])
        #expect(try lines(piped.stdout).count == 4, "\(piped.stdout)")
    }

    @Test func aBadLineFailsWithItsLocationAndLeavesTheOutputAlone() throws {
        let dir = try CLIHarness.temporaryDirectory("judge-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("pairs.jsonl")
        try "{\"prediction\": \"1\", \"gold\": \"1\"}\n{\"prediction\": \"1\", \"gold\": \"1\",}\n".write(to: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out.jsonl").path
        try "previous results\n".write(toFile: output, atomically: true, encoding: .utf8)
        let result = try CLIHarness.run(["judge", "--pairs", input.path, "--output", output], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(input.path):2:33: expected a \"key\""), "\(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous results\n")
        let noGold = dir.appendingPathComponent("nogold.jsonl")
        try "{\"prediction\": \"1\", \"gold\": [1]}\n".write(to: noGold, atomically: true, encoding: .utf8)
        let missing = try CLIHarness.run(["judge", "--pairs", noGold.path], in: dir)
        #expect(missing.status == 1 && missing.stderr.contains("nogold.jsonl:1: no field 'gold' (string or number)"), "\(missing.stderr)")
    }

    /// Two predictions for gsm-synth: items 1 (right) and 2 (wrong).
    private func twoPredictions(in dir: URL) throws -> URL {
        let data = try String(contentsOf: CLIHarness.packageRoot.appendingPathComponent("benchmarks-data/gsm-synth.jsonl"), encoding: .utf8)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(data.split(separator: "\n")[0].utf8)) as? [String: Any])
        let url = dir.appendingPathComponent("two.jsonl")
        try """
        {"id": "gsm-synth-0001", "response": "#### \(first["answer"] as! String)"}
        {"id": "gsm-synth-0002", "response": "#### 123456789"}

        """.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func scoreCountsMissingItemsAsWrongAndSaysSo() throws {
        let dir = try CLIHarness.temporaryDirectory("score-missing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let predictions = try twoPredictions(in: dir).path
        let items = dir.appendingPathComponent("items.jsonl").path
        let result = try CLIHarness.run(["score", "--benchmark", "gsm-synth", "--predictions", predictions, "--items", items], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("accuracy 0.33% (1/300)") && result.stdout.contains("missing 298 of 300 (counted wrong)"),
                "\(result.stdout)")
        #expect(result.stderr.contains("warning: 298 of 300 gsm-synth items have no prediction"))
        let scored = try lines(try String(contentsOfFile: items, encoding: .utf8))
        #expect(scored.count == 300)
        #expect(scored.filter { $0["missing"] as? Bool == true }.count == 298)
        #expect(scored.prefix(2).map { $0["id"] as? String } == ["gsm-synth-0001", "gsm-synth-0002"])

        let json = try CLIHarness.run(["score", "--benchmark", "gsm-synth", "--predictions", predictions, "--json"], in: dir)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(summary["count"] as? Int == 300 && summary["missing"] as? Int == 298 && summary["answered"] as? Int == 2)
        #expect(summary["correct"] as? Int == 1 && summary["allow_missing"] as? Bool == false)
        #expect(summary["scorer"] as? String == "gaprun" && (summary["scorer_version"] as? String)?.isEmpty == false)
        let interval = try #require(summary["interval"] as? [String: Any])
        #expect((interval["lower"] as? Double ?? 1) < 1.0 / 300 && 1.0 / 300 < (interval["upper"] as? Double ?? 0))

        let answered = try CLIHarness.run(["score", "--benchmark", "gsm-synth", "--predictions", predictions, "--allow-missing"], in: dir)
        #expect(answered.status == 0)
        #expect(answered.stdout.contains("accuracy 50.00% (1/2)")
                && answered.stdout.contains("answered items only (--allow-missing): 2 of 300, 298 missing not counted"), "\(answered.stdout)")
        let answeredJSON = try CLIHarness.run(["score", "--benchmark", "gsm-synth", "--predictions", predictions, "--allow-missing", "--json"],
                                              in: dir)
        let answeredSummary = try #require(try JSONSerialization.jsonObject(with: Data(answeredJSON.stdout.utf8)) as? [String: Any])
        #expect(answeredSummary["allow_missing"] as? Bool == true && answeredSummary["count"] as? Int == 2
                && answeredSummary["missing"] as? Int == 298)
    }

    @Test func twoPredictionsForOneItemAreAnError() throws {
        let dir = try CLIHarness.temporaryDirectory("score-duplicate")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("dup.jsonl")
        try "{\"id\": \"gsm-synth-0001\", \"response\": \"#### 1\"}\n{\"id\": \"gsm-synth-0001\", \"response\": \"#### 2\"}\n"
            .write(to: url, atomically: true, encoding: .utf8)
        let result = try CLIHarness.run(["score", "--benchmark", "gsm-synth", "--predictions", url.path], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("dup.jsonl:2: a second prediction for item 'gsm-synth-0001' (the first is on line 1)"),
                "\(result.stderr)")
    }
}
