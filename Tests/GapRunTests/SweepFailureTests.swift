// Failures and interruptions, end to end through the binary: a diverging job is FAILED and the rest complete;
// Ctrl-C leaves jobs INTERRUPTED and the next sweep resumes them; broken grids write nothing.
import Foundation
import Testing

@Suite(.serialized, .needsBinaryAndSQLite3)
struct SweepFailureTests {
    @Test func divergingJobIsFailedOthersCompleteAndRerunFailedRetries() throws {
        let dir = try CLIHarness.temporaryDirectory("diverge")
        defer { try? FileManager.default.removeItem(at: dir) }
        let grid = CLIHarness.tinyGrid(seeds: [0], steps: 24) + "\nsweep:\n  train.learning_rate: [0.003, 1.0e+30]\n"
        try grid.write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("r.sqlite")
        let first = try CLIHarness.run(["sweep", "tiny.conf", "--db", db.path, "--quiet"], in: dir)
        #expect(first.status == 1)
        #expect(try CLIHarness.sqlite(db, "SELECT status, COUNT(*) FROM runs GROUP BY status ORDER BY 1") == "COMPLETED|2\nFAILED|2")
        let error = try CLIHarness.sqlite(db, "SELECT error FROM runs WHERE status = 'FAILED' LIMIT 1")
        #expect(error.lowercased().contains("nan") || error.lowercased().contains("diverg") || error.lowercased().contains("inf"),
                "unexpected error: \(error)")
        #expect(first.stderr.contains("FAILED"))
        // By default failed jobs are skipped; --rerun-failed tries them again (and they fail again, attempt 2).
        let again = try CLIHarness.run(["sweep", "tiny.conf", "--db", db.path, "--quiet"], in: dir)
        #expect(again.status == 0)
        #expect(try CLIHarness.sqlite(db, "SELECT MAX(attempt) FROM runs") == "1")
        let retry = try CLIHarness.run(["sweep", "tiny.conf", "--db", db.path, "--quiet", "--rerun-failed"], in: dir)
        #expect(retry.status == 1)
        #expect(try CLIHarness.sqlite(db, "SELECT attempt FROM runs WHERE status = 'FAILED' LIMIT 1") == "2")
        let status = try CLIHarness.run(["status", "--db", db.path], in: dir)
        #expect(status.stdout.contains("FAILED 2"))
    }

    /// A local sweep runs no Slurm tool: every one of them on the PATH leaves a trace if it is called.
    @Test func aLocalSweepNeverAsksSlurm() throws {
        let dir = try CLIHarness.temporaryDirectory("no-slurm")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bin = dir.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let trace = dir.appendingPathComponent("slurm-called")
        for tool in ["sbatch", "squeue", "scontrol", "sacct", "scancel", "sinfo"] {
            let path = bin.appendingPathComponent(tool).path
            try "#!/bin/sh\necho \"$0 $*\" >> '\(trace.path)'\nexit 1\n".write(toFile: path, atomically: true, encoding: .utf8)
            chmod(path, 0o755)
        }
        try CLIHarness.tinyGrid(seeds: [0], steps: 8, limit: 2).write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("r.sqlite")
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let sweep = try CLIHarness.run(["sweep", "tiny.conf", "--db", db.path, "--quiet"], in: dir, environment: ["PATH": path])
        #expect(sweep.status == 0, "\(sweep.stderr)")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM runs WHERE status = 'COMPLETED'") == "2")
        #expect(!FileManager.default.fileExists(atPath: trace.path),
                "called: \((try? String(contentsOf: trace, encoding: .utf8)) ?? "")")
    }

    @Test func ctrlCInterruptsCleanlyAndTheNextSweepResumes() throws {
        let dir = try CLIHarness.temporaryDirectory("sigint")
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLIHarness.tinyGrid(seeds: [0], steps: 600).write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("r.sqlite")
        let sweep = try CLIHarness.start(["sweep", "tiny.conf", "--db", db.path, "--jobs", "2"], in: dir,
                                         stdoutFile: dir.appendingPathComponent("o"), stderrFile: dir.appendingPathComponent("e"))
        let deadline = Date().addingTimeInterval(60)
        // Wait for a checkpoint to exist, so the interruption has training state to keep.
        var checkpointSeen = false
        while Date() < deadline && !checkpointSeen {
            let runs = dir.appendingPathComponent("r.runs")
            if let jobs = try? FileManager.default.contentsOfDirectory(atPath: runs.path) {
                checkpointSeen = jobs.contains { job in
                    let checkpoint = runs.appendingPathComponent(job).appendingPathComponent("checkpoint")
                    return ((try? FileManager.default.contentsOfDirectory(atPath: checkpoint.path)) ?? []).isEmpty == false
                }
            }
            usleep(50_000)
        }
        #expect(checkpointSeen)
        kill(sweep.processIdentifier, SIGINT)
        sweep.waitUntilExit()
        #expect(sweep.terminationStatus == 1)
        let statuses = try CLIHarness.sqlite(db, "SELECT DISTINCT status FROM runs ORDER BY 1")
        #expect(statuses.contains("INTERRUPTED"))
        #expect(!statuses.contains("RUNNING"))
        let resume = try CLIHarness.run(["sweep", "tiny.conf", "--db", db.path, "--quiet"], in: dir)
        #expect(resume.status == 0, "\(resume.stderr)")
        #expect(try CLIHarness.sqlite(db, "SELECT status, COUNT(*) FROM runs GROUP BY status") == "COMPLETED|2")
        #expect(try CLIHarness.sqlite(db, "SELECT MAX(attempt) FROM runs") == "2")
    }

    @Test func brokenGridsFailWithALocationAndWriteNothing() throws {
        let fixtures = CLIHarness.packageRoot.appendingPathComponent("Tests/GapGridTests/Fixtures/broken")
        let files = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".conf") }.sorted()
        #expect(files.count >= 20)
        let dir = try CLIHarness.temporaryDirectory("broken")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("never.sqlite")
        for file in files {
            let result = try CLIHarness.run(["sweep", fixtures.appendingPathComponent(file).path, "--db", db.path], in: dir)
            #expect(result.status == 1, "\(file): exit \(result.status)")
            let errorLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("Error:") }
            #expect(errorLines.count == 1, "\(file): \(result.stderr)")
            #expect(errorLines.first?.contains(".conf:") == true, "\(file): no location in \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: db.path), "\(file) created the database")
        }
    }
}
