// CommandJob: the `command` executor — one job run by external programs (e.g. LLaMA-Factory to train, a vLLM
// script to generate). gaprun writes the job's resolved files, runs the grid's `commands.train` once and
// `commands.generate` once per benchmark (logs into the job's log), then judges the predictions JSONL with its own
// scorer and returns a RunOutcome like an in-process job. It does not know any trainer's internals: resuming is
// the external program's business (a finished step is not run again, thanks to its `.done` marker).
import Foundation
import GapCore
import GapData
import GapGrid
import GapScore
import GapStore

/// Runs one job with the grid's command templates and judges its predictions.
public struct CommandJob {
    public let job: PlannedJob
    public let paths: RunPaths
    public let dataSearchRoots: [String]

    public init(job: PlannedJob, paths: RunPaths, dataSearchRoots: [String]) {
        self.job = job; self.paths = paths; self.dataSearchRoots = dataSearchRoots
    }

    // MARK: - Placeholders

    /// Placeholders every step may use (besides every dotted configuration key, e.g. `{train.learning_rate}`).
    public static let commonPlaceholders = [
        "job_id", "job_dir", "experiment", "seed", "student", "model", "size_billions", "mix",
        "train_data", "dataset", "dataset_dir", "train_config", "job_json", "output_dir", "checkpoint_dir", "template",
    ]
    /// Placeholders only `generate` may use: it runs once per benchmark of `eval.benchmarks`.
    public static let generatePlaceholders = ["benchmark", "benchmark_file", "eval_file", "predictions"]

    /// The placeholders a step's template may name, for `job`.
    public static func knownPlaceholders(step: String, job: PlannedJob) -> [String] {
        commonPlaceholders + (step == "generate" ? generatePlaceholders : []) + flattenedParameters(of: job.spec).keys.sorted()
    }

    /// The `{name}` placeholders of a template, in order. `{{` is a literal `{`; `${…}` (shell) is left alone.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        let characters = Array(template)
        var index = 0
        while index < characters.count {
            if characters[index] == "{" {
                if index + 1 < characters.count, characters[index + 1] == "{" { index += 2; continue }
                if index > 0, characters[index - 1] == "$" { index += 1; continue }
                if let close = characters[index...].firstIndex(of: "}") {
                    names.append(String(characters[(index + 1)..<close]))
                    index = close + 1
                    continue
                }
            }
            index += 1
        }
        return names
    }

    /// Checks every command template of a command job before anything runs: an unknown placeholder is named.
    public static func validate(_ job: PlannedJob) throws {
        for (step, template) in job.spec.commands.sorted(by: { $0.key < $1.key }) {
            let known = Set(knownPlaceholders(step: step, job: job))
            if let unknown = placeholders(in: template).first(where: { !known.contains($0) }) {
                throw RunError.unknownPlaceholder(step: step, placeholder: unknown,
                                                  known: commonPlaceholders + (step == "generate" ? generatePlaceholders : [])
                                                      + ["train.learning_rate", "eval.max_new_tokens", "… (any dotted key)"])
            }
        }
    }

    /// `template` with every placeholder replaced by its shell-quoted value.
    static func resolve(_ template: String, values: [String: String]) -> String {
        var output = ""
        let characters = Array(template)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "{" {
                if index + 1 < characters.count, characters[index + 1] == "{" { output.append("{"); index += 2; continue }
                if index == 0 || characters[index - 1] != "$", let close = characters[index...].firstIndex(of: "}"),
                   let value = values[String(characters[(index + 1)..<close])] {
                    output += shellWord(value)
                    index = close + 1
                    continue
                }
            }
            if character == "}", index + 1 < characters.count, characters[index + 1] == "}" { output.append("}"); index += 2; continue }
            output.append(character)
            index += 1
        }
        return output
    }

    /// `value` as one shell word: as it is when it is plain, else single-quoted.
    static func shellWord(_ value: String) -> String {
        let plain = !value.isEmpty && value.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "-_./:=,+@%".unicodeScalars.contains($0)
        }
        return plain ? value : "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    // MARK: - Files

    /// `<job>/command/`: everything gaprun writes for the external programs.
    var commandDirectory: String { URL(fileURLWithPath: paths.directory).appendingPathComponent("command").path }
    func commandFile(_ name: String) -> String { URL(fileURLWithPath: commandDirectory).appendingPathComponent(name).path }

    /// LLaMA-Factory's chat template for a model name (`qwen` for Qwen, `llama3` for Llama 3), else `default`.
    static func chatTemplate(model: String) -> String {
        let lower = model.lowercased()
        if lower.contains("qwen") { return "qwen" }
        if lower.contains("llama-3") || lower.contains("llama3") { return "llama3" }
        return "default"
    }

    /// The values of every common placeholder, writing the files they name.
    func prepare() throws -> (values: [String: String], trainingExamples: Int, dataSeconds: Double) {
        let spec = job.spec
        try FileManager.default.createDirectory(atPath: commandDirectory, withIntermediateDirectories: true)
        let model = spec.studentConfiguration.model ?? spec.student
        let start = Date()
        // The mixed training set (lab or released JSONL files), as alpaca-style JSONL for LLaMA-Factory.
        let trainingSet = try TrainingSetBuilder.build(data: spec.data, mix: spec.mixWeights, seed: UInt64(bitPattern: Int64(spec.seed)))
        var lines = Data()
        for example in trainingSet.examples {
            let line: [String: String] = ["instruction": example.problem, "input": "", "output": example.response,
                                          "teacher": example.teacher, "id": example.problemId]
            lines.append(try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys, .withoutEscapingSlashes]))
            lines.append(0x0A)
        }
        try RunPaths.writeAtomically(lines, to: commandFile("train.jsonl"))
        let datasetInfo = #"{"gaprun_train": {"file_name": "train.jsonl", "formatting": "alpaca", "#
            + #""columns": {"prompt": "instruction", "query": "input", "response": "output"}}}"# + "\n"
        try RunPaths.writeAtomically(Data(datasetInfo.utf8), to: commandFile("dataset_info.json"))
        let dataSeconds = Date().timeIntervalSince(start)

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try RunPaths.writeAtomically(try encoder.encode(job), to: commandFile("job.json"))

        let outputDirectory = URL(fileURLWithPath: paths.directory).appendingPathComponent("model").path
        let template = CommandJob.chatTemplate(model: model)
        let train = spec.train
        // The paper trains 14B and larger with LoRA, the rest fully (its README).
        let finetuning = (spec.studentConfiguration.sizeBillions ?? 0) >= 14
            ? "finetuning_type: lora\nlora_target: all" : "finetuning_type: full"
        // LLaMA-Factory SFT settings (the paper's repo: exp/MATH_*.yaml); loss on responses only is its default.
        // Resuming needs only the newest checkpoint (`save_total_limit: 1`: a full 7B checkpoint with optimizer state
        // is ~100 GB); `report_to: none` keeps a batch task from waiting on an installed logger's login (e.g. wandb).
        let yaml = """
            # Written by gaprun for job \(job.id) (\(job.label)). Run: llamafactory-cli train <this file>
            model_name_or_path: \(model)
            stage: sft
            do_train: true
            \(finetuning)
            dataset: gaprun_train
            dataset_dir: \(commandDirectory)
            template: \(template)
            cutoff_len: 16384
            overwrite_cache: true
            output_dir: \(outputDirectory)
            logging_steps: 1
            save_steps: \(max(1, train.checkpointEvery))
            save_total_limit: 1
            report_to: none
            per_device_train_batch_size: \(train.batchSize)
            gradient_accumulation_steps: 1
            learning_rate: \(CanonicalJSON.number(train.learningRate))
            max_steps: \(train.steps)
            lr_scheduler_type: cosine
            warmup_steps: \(train.warmupSteps)
            weight_decay: \(CanonicalJSON.number(train.weightDecay))
            adam_beta1: \(CanonicalJSON.number(train.beta1))
            adam_beta2: \(CanonicalJSON.number(train.beta2))
            max_grad_norm: \(CanonicalJSON.number(train.gradClip))
            bf16: true
            seed: \(spec.seed)

            """
        try RunPaths.writeAtomically(Data(yaml.utf8), to: commandFile("train.yaml"))

        var values: [String: String] = flattenedParameters(of: spec)
        values.merge([
            "job_id": job.id, "job_dir": paths.directory, "experiment": job.experiment, "seed": String(spec.seed),
            "student": spec.student, "model": model,
            "size_billions": spec.studentConfiguration.sizeBillions.map { CanonicalJSON.number($0) } ?? "",
            "mix": spec.mix, "train_data": commandFile("train.jsonl"), "dataset": "gaprun_train",
            "dataset_dir": commandDirectory, "train_config": commandFile("train.yaml"), "job_json": commandFile("job.json"),
            "output_dir": outputDirectory, "checkpoint_dir": paths.checkpoints, "template": template,
        ]) { _, new in new }
        return (values, trainingSet.examples.count, dataSeconds)
    }

    /// A benchmark's data file: `benchmarks-data/<name>.jsonl` under a data root (also for the paper's benchmarks,
    /// which have no default file), else the synthetic regeneration.
    func dataFile(for definition: BenchmarkDefinition, locator: InProcessJob) throws -> String {
        let relative = definition.defaultDataFile ?? "benchmarks-data/\(definition.name).jsonl"
        for root in dataSearchRoots where !SyntheticBenchmarks.names.contains(definition.name) {
            let path = URL(fileURLWithPath: root).appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return try locator.dataFile(for: definition)
    }

    // MARK: - Running

    /// Runs the job's steps and judges its predictions. Throws `RunError.stepFailed` (with the log tail) when a
    /// step exits non-zero and `RunError.interrupted` when `shouldStop` turns true (the step gets SIGTERM).
    public func run(emit: (WorkerEvent) -> Void, shouldStop: () -> Bool) throws -> RunOutcome {
        let spec = job.spec
        let started = Date()
        try CommandJob.validate(job)
        emit(WorkerEvent(phase: "data", message: "writing the job's files"))
        let prepared = try prepare()
        var metrics: [String: Double] = ["data_seconds": prepared.dataSeconds,
                                         "training_examples": Double(prepared.trainingExamples)]

        if let train = spec.commands["train"] {
            emit(WorkerEvent(phase: "train", message: "running commands.train"))
            metrics["train_seconds"] = try runStep("train", template: train, values: prepared.values, shouldStop: shouldStop)
        }

        let scorer = try ScorerRegistry.standard.scorer(named: spec.eval.scorer)
        var benchmarks: [BenchmarkOutcome] = []
        var predictions: [PredictionRecord] = []
        var generateSeconds = 0.0
        let locator = InProcessJob(job: job, paths: paths, dataSearchRoots: dataSearchRoots)
        for name in spec.eval.benchmarks {
            let definition = try BenchmarkRegistry.standard.benchmark(named: name)
            let benchmarkFile = try dataFile(for: definition, locator: locator)
            var items = try definition.loadItems(path: benchmarkFile)
            if let limit = spec.eval.limit { items = Array(items.prefix(limit)) }
            // One uniform input for any generator (scripts/gaprun_generation.py reads it): id, idx, problem, the
            // prompt gaprun would use and the benchmark's stop strings.
            var evalLines = Data()
            for (index, item) in items.enumerated() {
                let object: [String: Any] = ["id": item.id, "idx": index, "problem": item.problem, "prompt": item.prompt,
                                             "stop": definition.stopStrings]
                evalLines.append(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
                evalLines.append(0x0A)
            }
            let evalFile = commandFile("eval-\(name).jsonl")
            try RunPaths.writeAtomically(evalLines, to: evalFile)
            let predictionsFile = commandFile("predictions-\(name).jsonl")
            var values = prepared.values
            values.merge(["benchmark": name, "benchmark_file": benchmarkFile, "eval_file": evalFile,
                          "predictions": predictionsFile]) { _, new in new }
            if let generate = spec.commands["generate"] {
                emit(WorkerEvent(phase: "eval", message: "\(name): running commands.generate on \(items.count) problems"))
                generateSeconds += try runStep("generate", label: "generate-\(name)", template: generate, values: values,
                                               shouldStop: shouldStop)
            }
            emit(WorkerEvent(phase: "score", message: "\(name): judging"))
            let responses = try CommandJob.readGenerations(path: predictionsFile, ids: items.map(\.id))
            var correct = 0
            var records: [PredictionRecord] = []
            for (item, generation) in zip(items, responses) {
                let response = generation?.response
                let judgment = scorer.judge(response: response ?? "", gold: item.gold, policy: definition.policy)
                if judgment.correct { correct += 1 }
                records.append(PredictionRecord(
                    benchmark: name, problemID: item.id, response: response ?? "", extracted: judgment.extracted,
                    correct: judgment.correct, reason: response == nil ? "no prediction for this problem" : judgment.reason,
                    scorer: scorer.name, scorerVersion: scorer.version, hitBudget: generation.map { $0.hitBudget } ?? false))
            }
            predictions += records
            benchmarks.append(BenchmarkOutcome(benchmark: name, correct: correct, total: items.count,
                                               scorer: scorer.name, scorerVersion: scorer.version,
                                               budgetHits: PredictionRecord.budgetHits(records)))
        }
        metrics["generate_seconds"] = generateSeconds
        let ended = Date()
        return RunOutcome(
            configHash: job.id, benchmarks: benchmarks, predictions: predictions, metrics: metrics,
            params: flattenedParameters(of: spec),
            tags: ["host": ProcessInfo.processInfo.hostName, "experiment": job.experiment, "executor": "command"],
            startedAt: isoTimestamp(started), endedAt: isoTimestamp(ended), wallSeconds: ended.timeIntervalSince(started))
    }

    /// Reads a predictions JSONL: lines carry `response` (or `output`/`text`) and `id` or `idx`; lines without
    /// either match the problems in order. Returns one response (or nil) per problem id.
    public static func readPredictions(path: String, ids: [String]) throws -> [String?] {
        try readGenerations(path: path, ids: ids).map { $0?.response }
    }

    /// `readPredictions` with each line's optional `finish_reason` (vLLM's word: `length` when the token budget or the
    /// context cut the response, anything else when the model ended it): `hitBudget` is true for `length`, false for
    /// another reason, nil when the line has none.
    public static func readGenerations(path: String, ids: [String]) throws -> [(response: String, hitBudget: Bool?)?] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunError.io(path: path, message: "the generate step left no predictions file "
                              + "(hint: the template must write {predictions})")
        }
        typealias Generation = (response: String, hitBudget: Bool?)
        var byID: [String: Generation] = [:]
        var byIndex: [Int: Generation] = [:]
        var inOrder: [Generation] = []
        for line in JSONLines.split(data) {
            guard let object = (try? JSONSerialization.jsonObject(with: line.bytes)) as? [String: Any] else {
                throw RunError.badResult(path: "\(path):\(line.number)", message: "not a JSON object")
            }
            guard let text = (object["response"] ?? object["output"] ?? object["text"]) as? String else {
                throw RunError.badResult(path: "\(path):\(line.number)", message: "no string field `response`")
            }
            var hitBudget: Bool?
            if let reason = object["finish_reason"], !(reason is NSNull) {
                guard let word = reason as? String else {
                    throw RunError.badResult(path: "\(path):\(line.number)", message: "`finish_reason` is not a string "
                                             + "(hint: write \"length\" when the token limit cut the response, else \"stop\")")
                }
                hitBudget = word == "length"
            }
            let response: Generation = (text, hitBudget)
            if let id = object["id"] {
                byID["\(id)"] = response
            } else if let index = object["idx"] as? Int {
                byIndex[index] = response
            } else {
                inOrder.append(response)
            }
        }
        return ids.enumerated().map { index, id in
            byID[id] ?? byIndex[index] ?? (index < inOrder.count ? inOrder[index] : nil)
        }
    }

    /// Runs one step under bash (output into the job's log) unless its `.done` marker says it already finished.
    /// Returns its seconds.
    func runStep(_ step: String, label: String? = nil, template: String, values: [String: String],
                 shouldStop: () -> Bool) throws -> Double {
        let name = label ?? step
        let done = commandFile("\(name).done")
        if FileManager.default.fileExists(atPath: done) {
            log("=== \(isoTimestamp(Date())) \(name): already done in an earlier attempt, skipped\n")
            return 0
        }
        let command = CommandJob.resolve(template, values: values)
        log("=== \(isoTimestamp(Date())) \(name): \(command)\n")
        let start = Date()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        // The step runs where the sweep was started (local workers and Slurm tasks both inherit it), so relative
        // paths in templates mean the same everywhere; the job's folder is {job_dir} and $GAPRUN_JOB_DIR.
        var environment = ProcessInfo.processInfo.environment
        environment["GAPRUN_JOB_DIR"] = paths.directory
        environment["GAPRUN_JOB_ID"] = job.id
        environment["GAPRUN_STEP"] = name
        process.environment = environment
        // The worker's stderr is the job's log (appended): the step shares it, so nothing is overwritten.
        process.standardOutput = FileHandle.standardError
        process.standardError = FileHandle.standardError
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var signalled = false
        while process.isRunning {
            if shouldStop() && !signalled {
                signalled = true
                kill(process.processIdentifier, SIGTERM)
            }
            usleep(50_000)
        }
        if signalled { throw RunError.interrupted(jobID: job.id) }
        let seconds = Date().timeIntervalSince(start)
        let status = process.terminationStatus
        log("=== \(isoTimestamp(Date())) \(name): exit \(status) after \(String(format: "%.1f", seconds)) s\n")
        guard process.terminationReason == .exit, status == 0 else {
            throw RunError.stepFailed(step: name, status: status, logTail: logTail(paths.log, lines: 8))
        }
        try RunPaths.writeAtomically(Data("\(isoTimestamp(Date()))\n".utf8), to: done)
        return seconds
    }

    func log(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
