// The command backend end to end through the real binary, with tiny shell-script "trainers" and "generators" written
// by the test: resolved files and placeholders, logs captured, predictions judged by gaprun (matched by id, by idx
// and by order), a failing step recorded FAILED with its log tail, and an unknown placeholder refused at plan time.
import Foundation
import Testing

@Suite(.serialized, .needsBinaryAndSQLite3)
struct CommandBackendTests {
    func grid(train: String, generate: String) -> String {
        """
        name: ext
        backend: command
        students:
          qwen-05: {model: Qwen/Qwen2.5-0.5B-Instruct, size_billions: 0.5}
        mixes:
          short: {short: 1.0}
        seeds: [7]
        data: {problems: 20}
        train: {steps: 5, warmup_steps: 1, learning_rate: 0.00001}
        eval: {benchmarks: [gsm-synth], limit: 4}
        commands:
          train: "\(train)"
          generate: "\(generate)"
        \(CLIHarness.localSlurmSection)
        """
    }

    /// The first `count` gsm-synth problems: (id, gold answer).
    func gsmItems(_ count: Int) throws -> [(id: String, answer: String)] {
        let data = try Data(contentsOf: CLIHarness.packageRoot.appendingPathComponent("benchmarks-data/gsm-synth.jsonl"))
        return try data.split(separator: 0x0A).prefix(count).map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
            return (object["id"] as! String, object["answer"] as! String)
        }
    }

    func write(_ text: String, _ url: URL, executable: Bool = false) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
        if executable { chmod(url.path, 0o755) }
    }

    /// Writes the answers, the fake trainer and generator and `ext.conf` into `dir`; returns the gsm-synth items.
    @discardableResult
    func writeFakeSteps(in dir: URL) throws -> [(id: String, answer: String)] {
        let items = try gsmItems(4)
        // Answers: item 0 right by id, item 1 right by idx, item 2 wrong by id, item 3 missing.
        let answers = [
            "{\"id\": \"\(items[0].id)\", \"response\": \"so the total is 1 + 1. #### \(items[0].answer)\"}",
            "{\"idx\": 1, \"response\": \"#### \(items[1].answer)\"}",
            "{\"id\": \"\(items[2].id)\", \"response\": \"#### 123456789\"}",
        ]
        try write(answers.joined(separator: "\n") + "\n", dir.appendingPathComponent("answers-gsm-synth.jsonl"))
        try write("""
            #!/bin/bash
            # fake trainer: prove the resolved files exist and the values arrived
            set -e
            echo "training $1 at lr $2 seed $3"
            test -s "$4"; grep -q '^model_name_or_path: Qwen/Qwen2.5-0.5B-Instruct' "$4"; grep -q '^template: qwen' "$4"
            test "$(wc -l < "$5")" -gt 0
            mkdir -p "$6"; echo trained > "$6/weights.txt"
            """, dir.appendingPathComponent("train.sh"), executable: true)
        try write("""
            #!/bin/bash
            # fake generator: answers from a file the test wrote; checks the uniform eval file (with the stop strings)
            set -e
            test "$(wc -l < "$3")" -eq 4
            test "$(grep -cF '"stop":["\\nProblem:"]' "$3")" -eq 4
            test -s "$5/weights.txt"
            cp "$(dirname "$0")/answers-$1.jsonl" "$2"
            echo "generated $1"
            """, dir.appendingPathComponent("gen.sh"), executable: true)
        try write(grid(train: "\(dir.path)/train.sh {model} {train.learning_rate} {seed} {train_config} {train_data} {output_dir}",
                       generate: "\(dir.path)/gen.sh {benchmark} {predictions} {eval_file} {benchmark_file} {output_dir}"),
                  dir.appendingPathComponent("ext.conf"))
        return items
    }

    @Test func stepsRunWithResolvedFilesAndPredictionsAreJudged() throws {
        let dir = try CLIHarness.temporaryDirectory("command")
        defer { try? FileManager.default.removeItem(at: dir) }
        let items = try writeFakeSteps(in: dir)
        let db = dir.appendingPathComponent("r.sqlite")
        let plan = try CLIHarness.run(["plan", "ext.conf"], in: dir)
        #expect(plan.status == 0, "\(plan.stdout)\(plan.stderr)")
        let run = try CLIHarness.run(["sweep", "ext.conf", "--db", db.path], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try CLIHarness.sqlite(db, "SELECT status, backend FROM runs") == "COMPLETED|command")
        #expect(try CLIHarness.sqlite(db, "SELECT benchmark, correct, total FROM benchmark_results") == "gsm-synth|2|4")
        #expect(try CLIHarness.sqlite(db, "SELECT problem_id, correct FROM predictions ORDER BY problem_id")
                == items.enumerated().map { "\($1.id)|\($0 < 2 ? 1 : 0)" }.joined(separator: "\n"))
        #expect(try CLIHarness.sqlite(db, "SELECT reason FROM predictions WHERE problem_id = '\(items[3].id)'") == "missing: no prediction")
        #expect(try CLIHarness.sqlite(db, "SELECT value FROM params WHERE key = 'train.learning_rate'") == "1e-05")
        let log = try String(contentsOf: URL(fileURLWithPath: try CLIHarness.sqlite(db, "SELECT log_path FROM runs")), encoding: .utf8)
        #expect(log.contains("training Qwen/Qwen2.5-0.5B-Instruct at lr 1e-05 seed 7") && log.contains("generated gsm-synth"), "\(log)")
    }

    /// Slurm runs command jobs too: same id, same judged predictions as the local run.
    @Test(.enabled(if: CLIHarness.hasSlurm, "needs sbatch and SLURM_CONF")) func commandJobsRunThroughSlurmWithTheSameIds() throws {
        let dir = try CLIHarness.temporaryDirectory("command-slurm")
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFakeSteps(in: dir)
        let local = dir.appendingPathComponent("local.sqlite"), slurm = dir.appendingPathComponent("slurm.sqlite")
        #expect(try CLIHarness.run(["sweep", "ext.conf", "--db", local.path, "--quiet"], in: dir).status == 0)
        let run = try CLIHarness.run(["sweep", "ext.conf", "--db", slurm.path, "--backend", "slurm"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let query = "SELECT r.config_hash, p.problem_id, p.correct FROM runs r JOIN predictions p USING (run_id) ORDER BY 1, 2"
        #expect(try CLIHarness.sqlite(slurm, query) == CLIHarness.sqlite(local, query))
        #expect(try CLIHarness.sqlite(slurm, "SELECT slurm_job_id IS NOT NULL FROM runs") == "1")
    }

    @Test func aFailingStepMakesTheJobFailedWithItsLogTail() throws {
        let dir = try CLIHarness.temporaryDirectory("command-fail")
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("#!/bin/bash\necho 'loading {model}'\necho 'CUDA out of memory on device 0' >&2\nexit 3\n",
                  dir.appendingPathComponent("train.sh"), executable: true)
        try write(grid(train: "\(dir.path)/train.sh", generate: "true {predictions}"), dir.appendingPathComponent("ext.conf"))
        let db = dir.appendingPathComponent("r.sqlite")
        let run = try CLIHarness.run(["sweep", "ext.conf", "--db", db.path], in: dir)
        #expect(run.status == 1)
        #expect(try CLIHarness.sqlite(db, "SELECT status FROM runs") == "FAILED")
        let error = try CLIHarness.sqlite(db, "SELECT error FROM runs")
        #expect(error.contains("step `train` exited with code 3") && error.contains("CUDA out of memory"), "\(error)")
    }

    @Test func anUnknownPlaceholderIsRefusedAtPlanTime() throws {
        let dir = try CLIHarness.temporaryDirectory("command-placeholder")
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(grid(train: "train {model} {learnig_rate}", generate: "gen {predictions} ${HOME}"), dir.appendingPathComponent("ext.conf"))
        let plan = try CLIHarness.run(["plan", "ext.conf"], in: dir)
        #expect(plan.status == 1)
        #expect(plan.stderr.contains("commands.train: unknown placeholder `{learnig_rate}`"), "\(plan.stderr)")
        // `{predictions}` belongs to generate only.
        try write(grid(train: "train {predictions}", generate: "gen {predictions}"), dir.appendingPathComponent("ext.conf"))
        let second = try CLIHarness.run(["plan", "ext.conf"], in: dir)
        #expect(second.status == 1 && second.stderr.contains("`{predictions}`"), "\(second.stderr)")
    }
}
