// Reliability of sweeps, end to end through the real binary: kill -9 and resume, a concurrent sqlite3 reader,
// exactly-once completion, and an intact database. Skips (with a message) when the binary has not been built.
import Foundation
import Testing

@Suite(.serialized, .needsBinaryAndSQLite3)
struct SweepReliabilityTests {
    @Test func killNineMidSweepThenResumeCompletesEachJobOnce() throws {
        let dir = try CLIHarness.temporaryDirectory("kill9")
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLIHarness.tinyGrid(seeds: [0, 1, 2], steps: 300).write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("r.sqlite")
        let sweep = try CLIHarness.start(["sweep", "tiny.conf", "--db", db.path, "--jobs", "2", "--quiet"], in: dir,
                                         stdoutFile: dir.appendingPathComponent("o1"), stderrFile: dir.appendingPathComponent("e1"))
        // Wait until jobs are running (or some are done), then kill the coordinator without warning.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let running = (try? CLIHarness.sqlite(db, "SELECT COUNT(*) FROM runs WHERE status IN ('RUNNING','COMPLETED')")) ?? "0"
            if (Int(running) ?? 0) >= 2 { break }
            usleep(50_000)
        }
        kill(sweep.processIdentifier, SIGKILL)
        sweep.waitUntilExit()

        let rerun = try CLIHarness.run(["sweep", "tiny.conf", "--db", db.path, "--jobs", "2", "--quiet"], in: dir)
        #expect(rerun.status == 0, "rerun failed: \(rerun.stderr)")
        #expect(try CLIHarness.sqlite(db, "SELECT status, COUNT(*) FROM runs GROUP BY status") == "COMPLETED|6")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM benchmark_results") == "12")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM predictions") == String(6 * 2 * 6))
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM (SELECT run_id, benchmark, problem_id FROM predictions GROUP BY 1, 2, 3 HAVING COUNT(*) > 1)") == "0")
        #expect(try CLIHarness.sqlite(db, "PRAGMA integrity_check") == "ok")
        // A third run has nothing left to do.
        let third = try CLIHarness.run(["sweep", "tiny.conf", "--db", db.path, "--json"], in: dir)
        #expect(third.status == 0)
        #expect(third.stdout.contains("\"skipped_completed\":6"))
    }

    @Test func concurrentSQLiteReaderNeverLockedNorSeesHalfAJob() throws {
        let dir = try CLIHarness.temporaryDirectory("reader")
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLIHarness.tinyGrid(seeds: [0, 1, 2], steps: 400).write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("r.sqlite")
        let sweep = try CLIHarness.start(["sweep", "tiny.conf", "--db", db.path, "--jobs", "2", "--quiet"], in: dir,
                                         stdoutFile: dir.appendingPathComponent("o"), stderrFile: dir.appendingPathComponent("e"))
        var queries = 0
        var sawSweepMidway = false  // a read while some, but not all, jobs were COMPLETED
        var errors: [String] = []
        // Every COMPLETED run must show both benchmarks and all its predictions, whenever we look.
        let halfWritten = """
            SELECT COUNT(*) FROM runs r WHERE r.status = 'COMPLETED' AND (
              (SELECT COUNT(*) FROM benchmark_results b WHERE b.run_id = r.run_id) != 2 OR
              (SELECT COUNT(*) FROM predictions p WHERE p.run_id = r.run_id) != 12)
            """
        while sweep.isRunning {
            if FileManager.default.fileExists(atPath: db.path) {
                do {
                    let bad = try CLIHarness.sqlite(db, halfWritten)
                    if bad != "0" && !bad.isEmpty { errors.append("half-written job seen: \(bad)") }
                    let completed = Int(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM runs WHERE status = 'COMPLETED'")) ?? 0
                    if completed > 0 && completed < 6 { sawSweepMidway = true }
                    queries += 1
                } catch {
                    let message = "\(error)"
                    // Before the first migration commits there may be no tables yet; anything else is a failure.
                    if !message.contains("no such table") { errors.append(message) }
                }
            }
            usleep(20_000)
        }
        sweep.waitUntilExit()
        #expect(sweep.terminationStatus == 0)
        #expect(queries >= 5)
        #expect(sawSweepMidway, "the reader never looked while the sweep was half done")
        #expect(errors.isEmpty, "\(errors.prefix(3))")
        #expect(!errors.contains { $0.contains("locked") })
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM runs WHERE status = 'COMPLETED'") == "6")
    }
}
