// Training and evaluation as separate stages, through the binary: a scorer change only re-judges stored responses
// (no worker, nothing trained), a generation-budget change generates from the stored final checkpoint (no training
// step in the worker's log), a training change retrains, and `gaprun rescore` puts two scorers side by side.
import Foundation
import Testing

@Suite(.serialized, .needsBinaryAndSQLite3)
struct StageSplitCLITests {
    static let example = CLIHarness.packageRoot.appendingPathComponent("results.sqlite.example")

    /// A fresh folder with a finished tiny sweep (1 student × 2 mixes × 1 seed) in `r.sqlite`.
    func sweptFolder(_ name: String) throws -> URL {
        let dir = try CLIHarness.temporaryDirectory(name)
        try CLIHarness.tinyGrid(seeds: [0], steps: 16, limit: 4).write(to: dir.appendingPathComponent("tiny.conf"),
                                                                      atomically: true, encoding: .utf8)
        let sweep = try CLIHarness.run(["sweep", "tiny.conf", "--db", "r.sqlite", "--quiet"], in: dir)
        #expect(sweep.status == 0, "\(sweep.stderr)")
        return dir
    }

    func variant(_ dir: URL, _ file: String, replacing old: String, with new: String) throws {
        let grid = CLIHarness.tinyGrid(seeds: [0], steps: 16, limit: 4)
        #expect(grid.contains(old))
        try grid.replacingOccurrences(of: old, with: new).write(to: dir.appendingPathComponent(file), atomically: true,
                                                                 encoding: .utf8)
    }

    func jobFolders(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("r.runs").path).sorted()
    }

    func logs(_ dir: URL) throws -> String {
        try jobFolders(dir).map { folder in
            (try? String(contentsOf: dir.appendingPathComponent("r.runs/\(folder)/log.txt"), encoding: .utf8)) ?? ""
        }.joined(separator: "\n")
    }

    @Test func aScorerChangeReJudgesStoredResponsesWithoutTrainingOrGenerating() throws {
        let dir = try sweptFolder("rejudge")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite")
        let folders = try jobFolders(dir)
        #expect(try logs(dir).components(separatedBy: "stage train").count - 1 == 2)
        try variant(dir, "rule.conf", replacing: "max_new_tokens: 24}", with: "max_new_tokens: 24, scorer: paper-rule}")

        let plan = try CLIHarness.run(["plan", "rule.conf", "--db", "r.sqlite"], in: dir)
        #expect(plan.status == 0)
        #expect(plan.stdout.contains("stages: judge 2"), "\(plan.stdout)")

        let sweep = try CLIHarness.run(["sweep", "rule.conf", "--db", "r.sqlite"], in: dir)
        #expect(sweep.status == 0, "\(sweep.stderr)")
        #expect(sweep.stderr.contains("re-judged by paper-rule"), "\(sweep.stderr)")
        // No worker ran: no new job folder, no new training in any log.
        #expect(try jobFolders(dir) == folders)
        #expect(try logs(dir).components(separatedBy: "stage train").count - 1 == 2)
        #expect(try CLIHarness.sqlite(db, "SELECT stage, COUNT(*) FROM runs GROUP BY stage ORDER BY stage") == "judge|2\ntrain|2")
        // The same responses, judged by each scorer; the trained model's curve is the source's.
        #expect(try CLIHarness.sqlite(db, """
            SELECT COUNT(*) FROM predictions j JOIN runs rj ON rj.run_id = j.run_id JOIN runs rs ON rs.config_hash = rj.reused_from
            JOIN predictions s ON s.run_id = rs.run_id AND s.benchmark = j.benchmark AND s.problem_id = j.problem_id
            WHERE j.response = s.response AND j.scorer = 'paper-rule' AND s.scorer = 'gaprun'
            """) == "16")
        #expect(try CLIHarness.sqlite(db, """
            SELECT COUNT(DISTINCT train_hash), COUNT(DISTINCT generation_hash), COUNT(DISTINCT config_hash) FROM runs
            """) == "2|2|4")
        #expect(try CLIHarness.sqlite(db, """
            SELECT COUNT(*) FROM training_curves c JOIN runs r USING (run_id) WHERE r.stage = 'judge'
            """) == "32")
        // Side by side: the view has one row per scorer; gap picks one and says so.
        #expect(try CLIHarness.sqlite(db, "SELECT scorer FROM gaps ORDER BY scorer") == "gaprun\npaper-rule")
        let gap = try CLIHarness.run(["gap", "--db", "r.sqlite", "--scorer", "paper-rule"], in: dir)
        #expect(gap.status == 0 && gap.stderr.contains("judged by `paper-rule`"), "\(gap.stderr)")
        let unknown = try CLIHarness.run(["gap", "--db", "r.sqlite", "--scorer", "nobody"], in: dir)
        #expect(unknown.status == 1 && unknown.stderr.contains("no run of experiment `tiny` is judged by `nobody`"))
        // Provenance of every run, and the report's environment reads it.
        #expect(try CLIHarness.sqlite(db, """
            SELECT COUNT(DISTINCT run_id) FROM tags WHERE key IN ('gaprun_commit', 'binary_sha256', 'blas_core')
            """) == "4")
        // A re-judged run keeps the provenance of the responses it judged, and says what judged them.
        #expect(try CLIHarness.sqlite(db, """
            SELECT COUNT(*) FROM runs j JOIN runs s ON s.config_hash = j.reused_from
            JOIN tags tj ON tj.run_id = j.run_id AND tj.key = 'blas_core' JOIN tags ts ON ts.run_id = s.run_id AND ts.key = 'blas_core'
            JOIN tags b ON b.run_id = j.run_id AND b.key = 'judged_by_binary'
            WHERE j.stage = 'judge' AND tj.value = ts.value AND length(b.value) = 64
            """) == "2")
        let status = try CLIHarness.run(["status", "--db", "r.sqlite"], in: dir)
        #expect(status.stdout.contains("Platforms of completed runs") && status.stdout.contains("4 runs: gaprun "),
                "\(status.stdout)")
        let report = try CLIHarness.run(["report", "--db", "r.sqlite", "-o", "out/report.md"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        let text = try String(contentsOf: dir.appendingPathComponent("out/report.md"), encoding: .utf8)
        let binary = try CLIHarness.sqlite(db, "SELECT substr(value, 1, 12) FROM tags WHERE key = 'binary_sha256' LIMIT 1")
        #expect(text.contains("`\(binary)`"))
    }

    @Test func aGenerationBudgetChangeGeneratesFromTheStoredModelWithoutTraining() throws {
        let dir = try sweptFolder("regenerate")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite")
        let before = Set(try jobFolders(dir))
        try variant(dir, "longer.conf", replacing: "max_new_tokens: 24}", with: "max_new_tokens: 32}")
        try variant(dir, "retrain.conf", replacing: "steps: 16,", with: "steps: 17,")
        let plan = try CLIHarness.run(["plan", "longer.conf", "--db", "r.sqlite"], in: dir)
        #expect(plan.stdout.contains("stages: generate 2"), "\(plan.stdout)")
        let retrain = try CLIHarness.run(["plan", "retrain.conf", "--db", "r.sqlite"], in: dir)
        #expect(retrain.stdout.contains("stages: train 2"), "\(retrain.stdout)")

        let sweep = try CLIHarness.run(["sweep", "longer.conf", "--db", "r.sqlite", "--quiet"], in: dir)
        #expect(sweep.status == 0, "\(sweep.stderr)")
        let added = Set(try jobFolders(dir)).subtracting(before)
        #expect(added.count == 2)
        for folder in added {
            let job = dir.appendingPathComponent("r.runs/\(folder)")
            let log = try String(contentsOf: job.appendingPathComponent("log.txt"), encoding: .utf8)
            #expect(log.contains("stage generate") && !log.contains("stage train") && !log.contains("resuming"), "\(log)")
            #expect(!FileManager.default.fileExists(atPath: job.appendingPathComponent("checkpoint").path))
        }
        #expect(try CLIHarness.sqlite(db, "SELECT stage, COUNT(*) FROM runs GROUP BY stage ORDER BY stage") == "generate|2\ntrain|2")
        #expect(try CLIHarness.sqlite(db, """
            SELECT COUNT(*) FROM runs g JOIN runs t ON t.config_hash = g.reused_from
            WHERE g.stage = 'generate' AND g.train_hash = t.train_hash AND g.generation_hash != t.generation_hash
            """) == "2")
        #expect(try CLIHarness.sqlite(db, """
            SELECT COUNT(*) FROM metrics m JOIN runs r USING (run_id) WHERE r.stage = 'generate' AND m.key = 'train_seconds'
            """) == "2")
        // The experiment (same grid name) now holds the edited grid's cells only: no mixing of budgets as seeds.
        #expect(try CLIHarness.sqlite(db, """
            SELECT group_concat(r.stage) FROM experiment_runs er JOIN runs r USING (run_id)
            """) == "generate,generate")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: example.path), "results.sqlite.example is missing"))
    func theQuickstartWithThePaperRuleOnlyReJudgesTheExample() throws {
        let dir = try CLIHarness.temporaryDirectory("quickstart-rule")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Self.example, to: dir.appendingPathComponent("r.sqlite"))
        let experiments = CLIHarness.packageRoot.appendingPathComponent("experiments")
        let quickstart = try String(contentsOf: experiments.appendingPathComponent("quickstart.conf"), encoding: .utf8)
        #expect(quickstart.contains("extends: base.conf"))
        // The example is the quickstart as committed, so only the scorer changes.
        let copy = quickstart.replacingOccurrences(of: "extends: base.conf",
                                                   with: "extends: \(experiments.appendingPathComponent("base.conf").path)")
            + "\neval: {scorer: paper-rule}\n"
        try copy.write(to: dir.appendingPathComponent("rule.conf"), atomically: true, encoding: .utf8)
        let plan = try CLIHarness.run(["plan", "rule.conf", "--db", "r.sqlite"], in: dir)
        // A stale example (the quickstart or the trainer changed since it was run) would make the sweep train 18
        // students: stop here instead and say what to do.
        try #require(plan.stdout.contains("NEW 18; stages: judge 18"),
                     """
                     results.sqlite.example no longer matches experiments/quickstart.conf: rerun the quickstart and \
                     replace it (README, "What you get"). \(plan.stdout) \(plan.stderr)
                     """)
        let judgeRuns = "SELECT COUNT(*) FROM runs WHERE stage = 'judge' AND status = 'COMPLETED'"
        let judgedBefore = Int(try CLIHarness.sqlite(dir.appendingPathComponent("r.sqlite"), judgeRuns)) ?? -1
        let sweep = try CLIHarness.run(["sweep", "rule.conf", "--db", "r.sqlite", "--quiet"], in: dir)
        #expect(sweep.status == 0, "\(sweep.stderr)")
        #expect(sweep.stderr.contains("0 completed, 0 failed, 0 interrupted, 18 already completed"), "\(sweep.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.runs").path))
        #expect(Int(try CLIHarness.sqlite(dir.appendingPathComponent("r.sqlite"), judgeRuns)) == judgedBefore + 18)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: example.path), "results.sqlite.example is missing"))
    func rescoreLeavesAloneRunsNoExperimentHolds() throws {
        let dir = try CLIHarness.temporaryDirectory("rescore-unlinked")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite")
        try FileManager.default.copyItem(at: Self.example, to: db)
        // Runs a later sweep of their grid unlinked (as a judge-version sweep does with the runs it re-judged).
        _ = try CLIHarness.sqlite(db, "DELETE FROM experiment_runs")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM runs WHERE run_id NOT IN (SELECT run_id FROM experiment_runs)") == "18")
        let rescore = try CLIHarness.run(["rescore", "--db", "r.sqlite"], in: dir)
        #expect(rescore.status == 0, "\(rescore.stdout) \(rescore.stderr)")
        #expect(rescore.stdout.contains("rescore: 0 run(s) judged, 0 already judged so, 18 skipped\n"), "\(rescore.stdout)")
        #expect(rescore.stdout.contains("linked to no experiment"), "\(rescore.stdout)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: example.path), "results.sqlite.example is missing"))
    func rescorePutsTwoScorersSideBySideOnTheExample() throws {
        let dir = try CLIHarness.temporaryDirectory("rescore")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite")
        try FileManager.default.copyItem(at: Self.example, to: db)
        let defaultTable = try CLIHarness.run(["table", "long-short", "--db", "r.sqlite"], in: dir)
        #expect(defaultTable.status == 0, "\(defaultTable.stderr)")
        // The example may also hold runs a later judge version's sweep unlinked from the quickstart: left alone.
        let unlinked = try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM runs WHERE run_id NOT IN (SELECT run_id FROM experiment_runs)")
        let judgedRuns = "SELECT COUNT(*) FROM runs WHERE stage = 'judge' AND train_hash IS NOT NULL"
        let judgedBefore = Int(try CLIHarness.sqlite(db, judgedRuns)) ?? -1
        let first = try CLIHarness.run(["rescore", "--db", "r.sqlite", "--scorer", "paper-rule"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("rescore: 18 run(s) judged, 0 already judged so, \(unlinked) skipped\n"), "\(first.stdout)")
        let again = try CLIHarness.run(["rescore", "--db", "r.sqlite", "--scorer", "paper-rule"], in: dir)
        // The originals map to their paper-rule runs, the paper-rule runs to themselves.
        #expect(again.stdout.contains("rescore: 0 run(s) judged, 36 already judged so"), "\(again.stdout)")
        let stillDefault = try CLIHarness.run(["table", "long-short", "--db", "r.sqlite"], in: dir)
        #expect(stillDefault.stdout == defaultTable.stdout)
        let rule = try CLIHarness.run(["table", "long-short", "--db", "r.sqlite", "--scorer", "paper-rule"], in: dir)
        #expect(rule.status == 0 && rule.stdout != defaultTable.stdout)
        #expect(Int(try CLIHarness.sqlite(db, judgedRuns)) == judgedBefore + 18)
    }
}
