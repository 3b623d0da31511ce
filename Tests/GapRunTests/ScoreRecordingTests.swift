// `gaprun score --db`: external predictions recorded as a run, one benchmark at a time, never double counted; every
// benchmark item is recorded (missing ones as wrong) unless --allow-missing.
import Foundation
import Testing

@Suite(.serialized, .needsBinaryAndSQLite3)
struct ScoreRecordingTests {
    /// Predictions for the first `count` items of a synthetic benchmark: the gold for even items, a wrong number for odd.
    private func predictions(benchmark: String, count: Int, in dir: URL) throws -> URL {
        let data = try String(contentsOf: CLIHarness.packageRoot.appendingPathComponent("benchmarks-data/\(benchmark).jsonl"),
                              encoding: .utf8)
        var lines: [String] = []
        for (index, line) in data.split(separator: "\n").prefix(count).enumerated() {
            let item = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let gold = item["answer"] as! String
            let answer = index % 2 == 0 ? gold : "123456"
            let response = benchmark.hasPrefix("gsm") ? "So it is \(answer).\n#### \(answer)" : "Final Answer: \\boxed{\(answer)}"
            let object: [String: Any] = ["id": item["id"] as! String, "response": response]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        let url = dir.appendingPathComponent("\(benchmark)-predictions.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func scoringIntoADatabaseRecordsOnceAndAddsBenchmarksToTheRun() throws {
        let dir = try CLIHarness.temporaryDirectory("score")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite")
        let gsm = try predictions(benchmark: "gsm-synth", count: 10, in: dir)
        let arguments = ["score", "--benchmark", "gsm-synth", "--data",
                         CLIHarness.packageRoot.appendingPathComponent("benchmarks-data/gsm-synth.jsonl").path,
                         "--predictions", gsm.path, "--db", db.path, "--name", "model-a", "--mix", "short", "--allow-missing"]
        let first = try CLIHarness.run(arguments, in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("accuracy 50.00% (5/10)"), "\(first.stdout)")
        #expect(first.stdout.contains("recorded 10 items (answered items only, --allow-missing)"), "\(first.stdout)")
        _ = try CLIHarness.run(arguments, in: dir)  // the same file again replaces, never adds
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*), MIN(status), MIN(source) FROM runs") == "1|COMPLETED|score")
        #expect(try CLIHarness.sqlite(db, "SELECT benchmark, correct, total FROM benchmark_results") == "gsm-synth|5|10")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*), SUM(correct) FROM predictions") == "10|5")
        let amc = try predictions(benchmark: "amc-synth", count: 4, in: dir)
        let second = try CLIHarness.run(["score", "--benchmark", "amc-synth", "--data",
                                         CLIHarness.packageRoot.appendingPathComponent("benchmarks-data/amc-synth.jsonl").path,
                                         "--predictions", amc.path, "--db", db.path, "--name", "model-a", "--mix", "short",
                                         "--allow-missing"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM runs") == "1")
        #expect(try CLIHarness.sqlite(db, "SELECT ROUND(p, 1) FROM run_performance") == "50.0")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM benchmark_results") == "2")
    }

    @Test func withoutAllowMissingEveryItemIsRecordedAndMissingOnesAreWrong() throws {
        let dir = try CLIHarness.temporaryDirectory("score-all")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite")
        let gsm = try predictions(benchmark: "gsm-synth", count: 10, in: dir)
        let result = try CLIHarness.run(["score", "--benchmark", "gsm-synth", "--predictions", gsm.path, "--db", db.path,
                                         "--name", "model-b"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("(5/300)") && result.stdout.contains("missing 290 of 300"), "\(result.stdout)")
        #expect(try CLIHarness.sqlite(db, "SELECT correct, total FROM benchmark_results") == "5|300")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*), SUM(correct), SUM(reason LIKE 'missing%') FROM predictions") == "300|5|290")
    }
}
