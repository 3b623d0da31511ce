// CommandJob: the `command` executor — one job run by external programs (e.g. LLaMA-Factory to train, a vLLM
// script to generate). gaprun writes the job's resolved files, runs the grid's `commands.train` once and
// `commands.generate` once per benchmark (logs into the job's log), then judges the predictions JSONL with its own
// scorer and returns a RunOutcome like an in-process job. It does not know any trainer's internals: resuming is
// the external program's business (a finished step is not run again, thanks to its `.done` marker).
import Foundation
import GapCore
import GapData
import GapResults
import GapGrid
import GapScore
import GapStore

/// Runs one job with the grid's command templates and judges its predictions.
public struct CommandJob: JobExecutor {
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
    var commandDirectory: String { paths.commandDirectory }
    func commandFile(_ name: String) -> String { URL(fileURLWithPath: commandDirectory).appendingPathComponent(name).path }

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

        let outputDirectory = paths.commandModel
        let template = LlamaFactoryConfig.chatTemplate(model: model)
        let yaml = LlamaFactoryConfig.trainYAML(job: job, model: model, datasetDirectory: commandDirectory,
                                                outputDirectory: outputDirectory)
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
        for name in spec.eval.benchmarks {
            let definition = try BenchmarkRegistry.standard.benchmark(named: name)
            let benchmarkFile = try BenchmarkFiles.locate(definition, data: spec.data, searchRoots: dataSearchRoots,
                                                          scratchDirectory: paths.directory)
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
            let generations = try CommandJob.readGenerations(path: predictionsFile, ids: items.map(\.id))
            // A missing prediction was not cut by any limit: false, not unknown.
            let judged = BenchmarkJudging.judge(name, definition: definition, items: items,
                                                responses: generations.map { $0?.response },
                                                scorer: scorer, hitBudget: generations.map { $0.map(\.hitBudget) ?? false })
            benchmarks.append(judged.benchmark)
            predictions += judged.predictions
        }
        metrics["generate_seconds"] = generateSeconds
        let ended = Date()
        return RunOutcome(
            configHash: job.id, benchmarks: benchmarks, predictions: predictions, metrics: metrics,
            params: flattenedParameters(of: spec),
            tags: ["host": ProcessInfo.processInfo.hostName, "experiment": job.experiment, "executor": "command"],
            startedAt: isoTimestamp(started), endedAt: isoTimestamp(ended), wallSeconds: ended.timeIntervalSince(started))
    }

    /// The response to each problem (nil: none) in a predictions JSONL; see `readGenerations`.
    public static func readPredictions(path: String, ids: [String]) throws -> [String?] {
        try readGenerations(path: path, ids: ids).map { $0?.response }
    }

    /// Each problem's response (nil: none) and whether a length limit cut it, from a predictions JSONL read by GapScore's
    /// reader (`response`, or `output`/`text`; `finish_reason`, vLLM's word: `length` when the token budget or the
    /// context cut the response, anything else when the model ended it, so `hitBudget` is nil for a line without it),
    /// matched line by line: by `id` when it names a problem, else by `idx` (its position in `{eval_file}`), else in
    /// order among the lines that carry neither.
    public static func readGenerations(path: String, ids: [String]) throws -> [(response: String, hitBudget: Bool?)?] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw RunError.io(path: path, message: "the generate step left no predictions file "
                              + "(hint: the template must write {predictions})")
        }
        let read: [Prediction]
        do { read = try Scoring.readPredictions(path: path) } catch {
            throw RunError.badResult(path: path, message: "\(error)")
        }
        typealias Generation = (response: String, hitBudget: Bool?)
        let position = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var generations = [Generation?](repeating: nil, count: ids.count)
        var inOrder: [Generation] = []
        for prediction in read {
            let generation: Generation = (prediction.response, prediction.finishReason.map { $0 == "length" })
            if let id = prediction.id, let index = position[id] ?? Int(id).flatMap({ ids.indices.contains($0) ? $0 : nil }) {
                generations[index] = generation
            } else if prediction.id == nil {
                inOrder.append(generation)
            }
        }
        for (index, generation) in inOrder.enumerated() where index < ids.count && generations[index] == nil {
            generations[index] = generation
        }
        return generations
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
