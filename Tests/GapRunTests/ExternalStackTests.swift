// ExternalStackTests: the command executor with the real external tools on the CPU. experiments/external-tiny.conf
// trains random-init Qwen2 and Llama students with `llamafactory-cli train` on the YAML gaprun writes and answers
// with transformers' `generate` (scripts/hf_generate.py); gaprun judges and records every job, locally and through
// the local Slurm with the same ids, responses and judged results (one torch thread per job: deterministic). Needs
// .external/ from scripts/setup-external.sh (scripts/test.sh runs it); skipped, with the reason, only when that
// set-up was impossible. Also: the generator contract's tests, and the set-up's exit 3 with its reason when no
// registry answers.
import Foundation
import Testing

enum ExternalStack {
    /// Runs `process` to its end with stdout discarded; returns what it wrote to stderr.
    static func runCollectingStderr(_ process: Process) throws -> String {
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let output = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output
    }

    static let root = CLIHarness.packageRoot.appendingPathComponent(".external")

    /// True when scripts/setup-external.sh finished: the pinned environment and the tiny students exist.
    static var ready: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("ready").path)
            && FileManager.default.isExecutableFile(atPath: root.appendingPathComponent("venv/bin/llamafactory-cli").path)
    }

    /// Why the external test cannot run: the set-up script's own reason when it recorded one.
    static var skipReason: Comment {
        let recorded = (try? String(contentsOf: root.appendingPathComponent("unavailable"), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return Comment(rawValue: "the external stack is not set up (\(recorded ?? "scripts/setup-external.sh has not run")); "
                       + "run scripts/setup-external.sh with access to the Python package registry")
    }

    /// True when `python3.11` (what scripts/setup-external.sh builds its environment with) is on the PATH.
    static var python311: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/python3.11") }
    }

    /// The first `python3` on the PATH, for the contract tests (standard library only).
    static var python3: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

@Suite(.serialized, .needsBinaryAndSQLite3)
struct ExternalStackTests {
    /// Runs `gaprun` from the checkout root (the grid's relative paths start there), output into `dir`.
    func gaprun(_ arguments: [String], output dir: URL) throws -> CLIHarness.Result {
        let out = dir.appendingPathComponent("out-\(UUID().uuidString.prefix(6)).txt")
        let err = dir.appendingPathComponent("err-\(UUID().uuidString.prefix(6)).txt")
        let process = try CLIHarness.start(arguments, in: CLIHarness.packageRoot, stdoutFile: out, stderrFile: err)
        process.waitUntilExit()
        return CLIHarness.Result(status: process.terminationStatus,
                                 stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                                 stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Runs a program of the external environment from the checkout root, offline, one torch thread, output into `log`.
    func external(_ program: String, _ arguments: [String], log: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = ExternalStack.root.appendingPathComponent("venv/bin/\(program)")
        process.arguments = arguments
        process.currentDirectoryURL = CLIHarness.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment.merge(["HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
                           "OMP_NUM_THREADS": "1"]) { _, new in new }
        process.environment = environment
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    @Test(.enabled(if: ExternalStack.python3 != nil, "needs python3 on the PATH"))
    func generatorContractHolds() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ExternalStack.python3!)
        process.arguments = ["-m", "unittest", "discover", "-s", "scripts", "-p", "test_gaprun_generation.py"]
        process.currentDirectoryURL = CLIHarness.packageRoot
        let output = try ExternalStack.runCollectingStderr(process)
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("\nOK"), "\(output)")
    }

    /// Without a package registry the set-up stops before installing anything, exits 3 and records why (the
    /// external test's skip message). Run on a copy of the script so the checkout's .external/ is untouched.
    @Test(.enabled(if: ExternalStack.python311, "needs python3.11 on the PATH"))
    func setUpWithoutARegistryExitsThreeWithTheReason() throws {
        let dir = try CLIHarness.temporaryDirectory("external-offline")
        defer { try? FileManager.default.removeItem(at: dir) }
        let scripts = dir.appendingPathComponent("scripts"), data = dir.appendingPathComponent("benchmarks-data")
        try FileManager.default.createDirectory(at: scripts, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for file in ["setup-external.sh", "external-requirements.txt", "external-constraints.txt", "make_tiny_students.py"] {
            try FileManager.default.copyItem(at: CLIHarness.packageRoot.appendingPathComponent("scripts/\(file)"),
                                             to: scripts.appendingPathComponent(file))
        }
        try FileManager.default.copyItem(at: CLIHarness.packageRoot.appendingPathComponent("benchmarks-data/gsm-synth.jsonl"),
                                         to: data.appendingPathComponent("gsm-synth.jsonl"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [scripts.appendingPathComponent("setup-external.sh").path]
        var environment = ProcessInfo.processInfo.environment
        // Port 9 (discard) refuses connections: the registry is unreachable, quickly.
        environment.merge(["PIP_INDEX_URL": "http://127.0.0.1:9/simple", "PIP_FIND_LINKS": ""]) { _, new in new }
        process.environment = environment
        let output = try ExternalStack.runCollectingStderr(process)
        #expect(process.terminationStatus == 3, "\(output)")
        #expect(output.contains("the Python package registry could not be reached") && output.contains("will skip"), "\(output)")
        let reason = try String(contentsOf: dir.appendingPathComponent(".external/unavailable"), encoding: .utf8)
        #expect(reason.hasPrefix("the Python package registry could not be reached"), "\(reason)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(".external/ready").path))
    }

    @Test(.enabled(if: ExternalStack.ready, ExternalStack.skipReason))
    func tinyGridRunsEndToEndWithTheRealToolsLocallyAndThroughSlurm() throws {
        let dir = try CLIHarness.temporaryDirectory("external")
        defer { try? FileManager.default.removeItem(at: dir) }
        let grid = "experiments/external-tiny.conf"
        let local = dir.appendingPathComponent("local.sqlite")
        let run = try gaprun(["sweep", grid, "--db", local.path, "--quiet"], output: dir)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let statuses = try CLIHarness.sqlite(local, "SELECT config_hash, status, error FROM runs")
        #expect(try CLIHarness.sqlite(local, "SELECT status, backend, COUNT(*) FROM runs GROUP BY 1, 2") == "COMPLETED|command|4",
                "\(statuses)")
        // Every job judged both benchmarks' 4 problems, each with a recorded response and the judge's reason.
        #expect(try CLIHarness.sqlite(local, "SELECT benchmark, COUNT(*), SUM(total) FROM benchmark_results GROUP BY 1 ORDER BY 1")
                == "gsm-synth|4|16\nmath-synth|4|16")
        #expect(try CLIHarness.sqlite(local, "SELECT COUNT(*) FROM predictions WHERE reason IS NOT NULL AND reason != ''") == "32")
        #expect(try CLIHarness.sqlite(local, "SELECT COUNT(*) FROM predictions WHERE reason = 'missing: no prediction'") == "0")

        // What the real tools read and wrote: the YAML's template, the saved model with LLaMA-Factory's chat template
        // (what the generator formats prompts with), the newest checkpoint kept for resuming, and every step trained.
        let logs = try CLIHarness.sqlite(local, "SELECT log_path FROM runs ORDER BY 1").split(separator: "\n")
        #expect(logs.count == 4)
        for log in logs {
            let folder = URL(fileURLWithPath: String(log)).deletingLastPathComponent()
            let yaml = try String(contentsOf: folder.appendingPathComponent("command/train.yaml"), encoding: .utf8)
            let template = yaml.contains(".external/models/tiny-qwen2.5") ? "qwen" : "llama3"
            #expect(yaml.contains("template: \(template)\n"), "\(yaml)")
            let model = folder.appendingPathComponent("model")
            for file in ["config.json", "model.safetensors", "tokenizer_config.json", "chat_template.jinja",
                         "trainer_log.jsonl", "checkpoint-24"] {
                #expect(FileManager.default.fileExists(atPath: model.appendingPathComponent(file).path), "\(model.path)/\(file)")
            }
            let chat = try String(contentsOf: model.appendingPathComponent("chat_template.jinja"), encoding: .utf8)
            #expect(chat.contains(template == "qwen" ? "<|im_start|>assistant" : "<|start_header_id|>assistant"), "\(chat)")
            let steps = try String(contentsOf: model.appendingPathComponent("trainer_log.jsonl"), encoding: .utf8)
            #expect(steps.contains("\"current_steps\": 24"), "\(steps.suffix(400))")
        }

        // Resuming: a job's train step run again (as after a requeue) continues from the checkpoint LLaMA-Factory
        // left in output_dir; with the step budget raised it trains only the steps that remain.
        let folder = URL(fileURLWithPath: String(logs[0])).deletingLastPathComponent()
        let resumed = try external("llamafactory-cli", ["train", folder.appendingPathComponent("command/train.yaml").path,
                                                         "bf16=false", "max_steps=30"], log: dir.appendingPathComponent("resume.log"))
        #expect(resumed.status == 0, "\(resumed.output.suffix(2000))")
        #expect(resumed.output.contains("Resuming training from") && resumed.output.contains("checkpoint-24")
                && resumed.output.contains("Continuing training from global step 24"), "\(resumed.output.suffix(2000))")
        // trainer_log.jsonl is appended to: step 1 once (the first run), then steps 25…30 of the resumed run.
        let trained = try String(contentsOf: folder.appendingPathComponent("model/trainer_log.jsonl"), encoding: .utf8)
        #expect(trained.components(separatedBy: "\"current_steps\": 1,").count == 2
                && trained.contains("\"current_steps\": 25,") && trained.contains("\"current_steps\": 30,"), "\(trained.suffix(600))")

        guard CLIHarness.hasSlurm else {
            print("ExternalStackTests: the Slurm half skipped: no local Slurm (sbatch and SLURM_CONF; scripts/test.sh starts one)")
            return
        }
        let slurm = dir.appendingPathComponent("slurm.sqlite")
        let submitted = try gaprun(["sweep", grid, "--db", slurm.path, "--backend", "slurm", "--quiet"], output: dir)
        #expect(submitted.status == 0, "\(submitted.stdout)\(submitted.stderr)")
        #expect(try CLIHarness.sqlite(slurm, "SELECT status, COUNT(*), SUM(slurm_job_id IS NOT NULL) FROM runs GROUP BY 1")
                == "COMPLETED|4|4")
        let judged = """
            SELECT r.config_hash, p.benchmark, p.problem_id, p.correct, p.extracted, p.response
            FROM runs r JOIN predictions p USING (run_id) ORDER BY 1, 2, 3
            """
        #expect(try CLIHarness.sqlite(slurm, judged) == CLIHarness.sqlite(local, judged))
    }
}
