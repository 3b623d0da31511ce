// Slurm backend against a real (one-node, localhost) Slurm: same ids and metrics as a local sweep, one array per
// resource request, detach + collect + resubmission of only the missing jobs, a time-limited task recorded TIMEOUT,
// and a requeued task resuming from its checkpoint. Skips where `sbatch` or SLURM_CONF is missing (scripts/test.sh
// starts ../shared/slurm-local).
import Foundation
import Testing

@Suite(.serialized, .needsBinaryAndSQLite3,
       .enabled(if: CLIHarness.hasSlurm, "needs gaprun built, sbatch on PATH and SLURM_CONF (scripts/test.sh)"))
struct SlurmBackendTests {
    func grid(seeds: [Int], steps: Int = 24, checkpointEvery: Int = 8, mixes: [String] = ["short", "long"]) -> String {
        """
        name: tiny
        students:
          t-16: {layers: 1, channels: 16, heads: 2, context_length: 384}
        mixes:
        \(mixes.map { "  \($0): {\($0): 1.0}" }.joined(separator: "\n"))
        seeds: \(seeds)
        data: {problems: 80}
        train: {steps: \(steps), batch_size: 4, warmup_steps: 2, checkpoint_every: \(checkpointEvery)}
        eval: {benchmarks: [gsm-synth, amc-synth], limit: 6, max_new_tokens: 24, allow_short_budget: true}
        \(CLIHarness.localSlurmSection)
        """
    }

    /// (config_hash, benchmark, correct, final_loss) per run: what must match between local and Slurm runs.
    func results(_ db: URL) throws -> String {
        try CLIHarness.sqlite(db, """
            SELECT r.config_hash, b.benchmark, b.correct, b.total, m.value FROM runs r
            JOIN benchmark_results b USING (run_id) JOIN metrics m ON m.run_id = r.run_id AND m.key = 'final_loss'
            WHERE r.status = 'COMPLETED' ORDER BY 1, 2
            """)
    }

    @Test func sameIdsAndMetricsLocallyAndThroughSlurm() throws {
        let dir = try CLIHarness.temporaryDirectory("slurm-same")
        defer { try? FileManager.default.removeItem(at: dir) }
        try grid(seeds: [0, 1]).write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let local = dir.appendingPathComponent("local.sqlite"), slurm = dir.appendingPathComponent("slurm.sqlite")
        let localRun = try CLIHarness.run(["sweep", "tiny.conf", "--db", local.path, "--quiet"], in: dir)
        #expect(localRun.status == 0, "\(localRun.stderr)")
        let slurmRun = try CLIHarness.run(["sweep", "tiny.conf", "--db", slurm.path, "--backend", "slurm"], in: dir)
        #expect(slurmRun.status == 0, "\(slurmRun.stderr)")
        #expect(slurmRun.stderr.contains("submitted 4 job(s) as Slurm array"))
        #expect(try CLIHarness.sqlite(slurm, "SELECT COUNT(*) FROM runs WHERE status = 'COMPLETED' AND slurm_job_id LIKE '%\\_%' ESCAPE '\\'") == "4")
        let localResults = try results(local), slurmResults = try results(slurm)
        #expect(localResults.split(separator: "\n").count == 8)
        #expect(slurmResults == localResults)
        // One array: every task id shares the array id.
        #expect(try CLIHarness.sqlite(slurm, "SELECT COUNT(DISTINCT substr(slurm_job_id, 1, instr(slurm_job_id, '_'))) FROM runs") == "1")
        // status shows Slurm ids and where the logs are.
        let status = try CLIHarness.run(["status", "--db", slurm.path, "--all"], in: dir)
        #expect(status.stdout.contains("slurm ") && status.stdout.contains("log: ") && status.stdout.contains("slurm output: "))
    }

    @Test func twoStudentSizesGoOutAsTwoArraysWithTheirOwnRequestsAndFinish() throws {
        let dir = try CLIHarness.temporaryDirectory("slurm-shapes")
        defer { try? FileManager.default.removeItem(at: dir) }
        // No cpus_per_task/mem/time: every request is derived. The wide student's attention at T = 1024 and B = 24
        // takes its estimated peak well past the 512M floor; a few steps keep both quick.
        try """
            name: shapes
            students:
              t-16: {layers: 1, channels: 16, heads: 2, context_length: 384}
              t-wide: {layers: 1, channels: 16, heads: 4, context_length: 1024}
            mixes: {short: {short: 1.0}}
            seeds: [0, 1]
            data: {problems: 80}
            train: {steps: 4, batch_size: 24, warmup_steps: 1}
            eval: {benchmarks: [gsm-synth], limit: 4, max_new_tokens: 16, allow_short_budget: true}
            slurm: {array_parallelism: 2}
            """.write(to: dir.appendingPathComponent("shapes.conf"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("r.sqlite")
        let plan = try CLIHarness.run(["plan", "shapes.conf", "--backend", "slurm"], in: dir)
        #expect(plan.stdout.contains("slurm: 2 arrays: 2 × (1 CPU, 512M, 0:15:00), 2 × (1 CPU, 1280M, 0:15:00)"), "\(plan.stdout)")
        let sweep = try CLIHarness.run(["sweep", "shapes.conf", "--db", db.path, "--backend", "slurm"], in: dir)
        #expect(sweep.status == 0, "\(sweep.stderr)")
        #expect(try CLIHarness.sqlite(db, "SELECT status, COUNT(*) FROM runs GROUP BY status") == "COMPLETED|4")
        // Two arrays, each holding one student's jobs.
        let arrays = try CLIHarness.sqlite(db, """
            SELECT substr(slurm_job_id, 1, instr(slurm_job_id, '_') - 1), COUNT(*), COUNT(DISTINCT student) FROM runs
            GROUP BY 1 ORDER BY 1
            """).split(separator: "\n").map { $0.split(separator: "|").dropFirst().joined(separator: "|") }
        #expect(arrays == ["2|1", "2|1"], "\(arrays)")
        // The submitted scripts ask for different memory (the costlier student's array first), and Slurm recorded
        // what each asked.
        let scripts = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("r.runs/slurm").path)
            .filter { $0.hasSuffix(".sh") }.sorted()
        let memory = try scripts.map { name -> String in
            let text = try String(contentsOf: dir.appendingPathComponent("r.runs/slurm/\(name)"), encoding: .utf8)
            return text.split(separator: "\n").first { $0.hasPrefix("#SBATCH --mem=") }.map(String.init) ?? "none"
        }
        #expect(memory == ["#SBATCH --mem=1280M", "#SBATCH --mem=512M"], "\(memory)")
        for task in try CLIHarness.sqlite(db, "SELECT slurm_job_id FROM runs").split(separator: "\n") {
            let shown = try CLIHarness.tool("scontrol", ["-o", "show", "job", String(task)]).stdout
            #expect(shown.isEmpty || shown.contains("MinMemoryNode=1280M") || shown.contains("MinMemoryNode=512M"), "\(shown)")
        }
        #expect(sweep.stderr.contains("1 CPU, 1280M, 0:15:00") && sweep.stderr.contains("1 CPU, 512M, 0:15:00"))
    }

    @Test func stoppingTheWaitNamesTasksStillInSlurmAndInterruptsNothing() throws {
        let dir = try CLIHarness.temporaryDirectory("slurm-stop")
        defer { try? FileManager.default.removeItem(at: dir) }
        // Minutes of training per job and one task at a time: one runs, one waits in the queue.
        try grid(seeds: [0, 1], steps: 200_000, checkpointEvery: 500, mixes: ["short"])
            .replacingOccurrences(of: "array_parallelism: 2", with: "array_parallelism: 1")
            .write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("r.sqlite")
        let err = dir.appendingPathComponent("e")
        let sweep = try CLIHarness.start(["sweep", "tiny.conf", "--db", db.path, "--backend", "slurm"], in: dir,
                                         stdoutFile: dir.appendingPathComponent("o"), stderrFile: err)
        let runs = dir.appendingPathComponent("r.runs")
        let training = CLIHarness.waitUntil(seconds: 60) {
            let folders = (try? FileManager.default.contentsOfDirectory(atPath: runs.path)) ?? []
            return folders.contains { folder in
                let progress = (try? String(contentsOf: runs.appendingPathComponent("\(folder)/progress.jsonl"), encoding: .utf8)) ?? ""
                return progress.contains("\"step\"")
            }
        }
        #expect(training)
        sweep.interrupt()
        sweep.waitUntilExit()
        let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        for task in try CLIHarness.sqlite(db, "SELECT slurm_job_id FROM runs").split(separator: "\n") {
            try CLIHarness.tool("scancel", [String(task)])
        }
        #expect(sweep.terminationStatus == 0, "\(stderr)")
        #expect(stderr.contains("stopped waiting: 2 job(s) still in Slurm (1 running, 1 queued: "), "\(stderr)")
        #expect(stderr.contains("0 interrupted") && stderr.contains("2 still queued or running in Slurm"), "\(stderr)")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM runs WHERE status = 'INTERRUPTED'") == "0")
    }

    @Test func detachCollectAndResubmitOnlyTheMissingJobs() throws {
        let dir = try CLIHarness.temporaryDirectory("slurm-partial")
        defer { try? FileManager.default.removeItem(at: dir) }
        try grid(seeds: [0, 1]).write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("r.sqlite")
        // One task at a time, so the last one is still queued when we cancel it: a partial run.
        let submit = try CLIHarness.run(["sweep", "tiny.conf", "--db", db.path, "--backend", "slurm", "--detach",
                                         "--array-parallelism", "1"], in: dir)
        #expect(submit.status == 0, "\(submit.stderr)")
        // Tasks run costliest job first, not in run_id order: cancel the task with the highest index.
        let lastTask = try CLIHarness.sqlite(db, """
            SELECT slurm_job_id FROM runs ORDER BY CAST(substr(slurm_job_id, instr(slurm_job_id, '_') + 1) AS INTEGER) DESC LIMIT 1
            """)
        #expect(lastTask.hasSuffix("_3"))
        try CLIHarness.tool("scancel", [lastTask])

        let collect = try CLIHarness.run(["collect", "--db", db.path, "--wait", "--interval", "1"], in: dir)
        #expect(collect.status == 1, "a cancelled job makes collect exit 1: \(collect.stdout)")
        #expect(collect.stdout.contains("nothing pending in Slurm"))
        #expect(try CLIHarness.sqlite(db, "SELECT status, COUNT(*) FROM runs GROUP BY status ORDER BY 1") == "CANCELLED|1\nCOMPLETED|3")
        let firstArray = try CLIHarness.sqlite(db, "SELECT slurm_job_id FROM runs WHERE slurm_job_id != '\(lastTask)' LIMIT 1")

        let resubmit = try CLIHarness.run(["sweep", "tiny.conf", "--db", db.path, "--backend", "slurm", "--json"], in: dir)
        #expect(resubmit.status == 0, "\(resubmit.stderr)")
        #expect(resubmit.stdout.contains("\"jobs\":\"1\"") && resubmit.stdout.contains("\"skipped_completed\":3"))
        #expect(try CLIHarness.sqlite(db, "SELECT status, COUNT(*) FROM runs GROUP BY status") == "COMPLETED|4")
        // The three finished jobs were not run again.
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM runs WHERE slurm_job_id = '\(firstArray)' AND attempt = 1") == "1")
        #expect(try CLIHarness.sqlite(db, "SELECT MAX(attempt) FROM runs WHERE slurm_job_id LIKE '\(lastTask.prefix { $0 != "_" })\\_%' ESCAPE '\\'") == "1")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM predictions") == String(4 * 2 * 6))
    }

    @Test func aTaskStoppedByItsTimeLimitIsRecordedTimeoutWithTheReason() throws {
        let dir = try CLIHarness.temporaryDirectory("slurm-timeout")
        defer { try? FileManager.default.removeItem(at: dir) }
        // Minutes of training (~400 steps/s here): Slurm's warning before the 1-minute limit always comes first.
        try grid(seeds: [0], steps: 200_000, checkpointEvery: 500, mixes: ["short"])
            .write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("r.sqlite")
        let run = try CLIHarness.run(["sweep", "tiny.conf", "--db", db.path, "--backend", "slurm", "--time", "1"], in: dir)
        #expect(run.status == 1)
        #expect(try CLIHarness.sqlite(db, "SELECT status FROM runs") == "TIMEOUT")
        let error = try CLIHarness.sqlite(db, "SELECT error FROM runs")
        #expect(error.contains("time limit") && error.contains("--time"), "\(error)")
        let status = try CLIHarness.run(["status", "--db", db.path], in: dir)
        #expect(status.stdout.contains("TIMEOUT") && status.stdout.contains("time limit"))
    }

    @Test func aRequeuedTaskResumesFromItsCheckpointAndFinishes() throws {
        let dir = try CLIHarness.temporaryDirectory("slurm-requeue")
        defer { try? FileManager.default.removeItem(at: dir) }
        try grid(seeds: [0], steps: 6_000, checkpointEvery: 200, mixes: ["short"])
            .write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("r.sqlite")
        let sweep = try CLIHarness.start(["sweep", "tiny.conf", "--db", db.path, "--backend", "slurm"], in: dir,
                                         stdoutFile: dir.appendingPathComponent("o"), stderrFile: dir.appendingPathComponent("e"))
        let runs = dir.appendingPathComponent("r.runs")
        func jobFolder() -> URL? {
            (try? FileManager.default.contentsOfDirectory(atPath: runs.path))?.first { $0 != "slurm" }
                .map { runs.appendingPathComponent($0) }
        }
        let checkpointed = CLIHarness.waitUntil(seconds: 60) {
            guard let folder = jobFolder() else { return false }
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent("checkpoint/checkpoint.json").path)
        }
        #expect(checkpointed)
        let task = try CLIHarness.sqlite(db, "SELECT slurm_job_id FROM runs")
        #expect(try CLIHarness.tool("scontrol", ["requeue", task]).status == 0)
        sweep.waitUntilExit()
        #expect(sweep.terminationStatus == 0, "\((try? String(contentsOf: dir.appendingPathComponent("e"), encoding: .utf8)) ?? "")")
        #expect(try CLIHarness.sqlite(db, "SELECT status FROM runs") == "COMPLETED")
        let log = try String(contentsOf: jobFolder()!.appendingPathComponent("log.txt"), encoding: .utf8)
        // Both attempts are in the one log (appended), and the second picked up from the checkpoint.
        #expect(log.contains("(restart 0)") && log.contains("(restart 1)"), "\(log)")
        #expect(log.contains("resuming from the checkpoint at step"), "\(log)")
        // The curve covers every step once.
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(DISTINCT step) = COUNT(*) FROM training_curves") == "1")
    }
}
