// InProcessJob: the whole pipeline of one in-process job — build the training set (lab), train the student (with a
// held-out loss at each checkpoint), answer each held-out benchmark, judge the answers — returning a RunOutcome for
// the coordinator to record; or, for the generate stage, answer and judge with another run's trained model.
import Foundation
import GapCore
import GapData
import GapResults
import GapModel
import GapScore
import GapStore
import GapTrain

/// Runs one in-process job in this process. Resumes training from the job's checkpoint when one exists.
public struct InProcessJob: JobExecutor {
    public let job: PlannedJob
    public let paths: RunPaths
    /// Folders searched for `benchmarks-data/<name>.jsonl` before the synthetic sets are regenerated in memory.
    public let dataSearchRoots: [String]

    public init(job: PlannedJob, paths: RunPaths, dataSearchRoots: [String]) {
        self.job = job; self.paths = paths; self.dataSearchRoots = dataSearchRoots
    }

    /// Runs the pipeline. `emit` receives progress; `shouldStop` is polled and, when true, ends the job with
    /// `RunError.interrupted` after a checkpoint is saved.
    public func run(emit: (WorkerEvent) -> Void, shouldStop: () -> Bool) throws -> RunOutcome {
        let spec = job.spec
        let started = Date()
        let seed = UInt64(bitPattern: Int64(spec.seed))
        announceStage(emit: emit)
        if let reuse = job.reuse { return try generate(from: reuse, started: started, emit: emit, shouldStop: shouldStop) }

        emit(WorkerEvent(phase: "data", message: "building the training set"))
        let dataStart = Date()
        let trainingSet = try TrainingSetBuilder.build(data: spec.data, mix: spec.mixWeights, seed: seed)
        let tokenizer = try Self.tokenizer(for: spec)
        let dataSeconds = Date().timeIntervalSince(dataStart)
        guard !trainingSet.examples.isEmpty else {
            throw RunError.invalidJob(jobID: job.id, message: "the training set is empty after rejection sampling",
                                      hint: "raise data.problems or lower the teachers' error_rate")
        }

        setComputeThreads(spec.train.threads)
        let model = try job.model ?? GPTConfiguration(student: spec.studentConfiguration, vocabularySize: tokenizer.vocabularySize)
        let trainer = try Trainer(model: model, training: spec.train, seed: seed, tokenizer: tokenizer)
        let examples = trainingSet.examples.map {
            TrainingExample(prompt: StudentPrompt.render(problem: $0.problem), response: $0.response)
        }
        // A held-out set that cannot be built only costs the validation loss, never the job.
        let heldOut: [TrainingExample]
        do { heldOut = try validationExamples(seed: seed) } catch {
            heldOut = []
            JobWorker.log("gaprun: no held-out loss for this job: \(error)")
        }
        let validationFile = paths.validationLosses
        var validationLosses = FileManager.default.contents(atPath: validationFile)
            .flatMap { try? JSONDecoder().decode([Int: Double].self, from: $0) } ?? [:]
        var validationError: Error?
        emit(WorkerEvent(phase: "train", step: 0, steps: spec.train.steps))
        var lastEmit = Date.distantPast
        let summary: TrainingSummary
        do {
            summary = try trainer.train(
                examples: examples, checkpointDirectory: paths.checkpoints, shouldStop: shouldStop,
                progress: { step in
                    let done = step.step + 1
                    let every = spec.train.checkpointEvery
                    if !heldOut.isEmpty, validationError == nil, done == spec.train.steps || (every > 0 && done % every == 0) {
                        // The parameters after this step, as the checkpoint written next holds them; loss() changes nothing.
                        do {
                            validationLosses[step.step] = try trainer.loss(examples: heldOut)
                            try FileManager.default.createDirectory(atPath: paths.checkpoints, withIntermediateDirectories: true)
                            try RunPaths.writeAtomically(try JSONEncoder().encode(validationLosses), to: validationFile)
                        } catch { validationError = error }
                    }
                    let now = Date()
                    if now.timeIntervalSince(lastEmit) >= 0.5 || step.step == spec.train.steps {
                        lastEmit = now
                        emit(WorkerEvent(phase: "train", step: step.step, steps: spec.train.steps, loss: step.loss))
                    }
                })
        } catch TrainError.interrupted {
            throw RunError.interrupted(jobID: job.id)
        }
        if let validationError { JobWorker.log("gaprun: the held-out loss stopped being measured: \(validationError)") }

        let evalStart = Date()
        let (benchmarks, predictions) = try answerAndJudge(trainer: trainer, seed: seed, emit: emit, shouldStop: shouldStop)
        let evalSeconds = Date().timeIntervalSince(evalStart)

        var metrics: [String: Double] = [
            "data_seconds": dataSeconds, "train_seconds": summary.seconds, "eval_seconds": evalSeconds,
            "trained_tokens": Double(summary.trainedTokens), "truncated_examples": Double(summary.truncatedExamples),
            "training_examples": Double(examples.count), "student_parameters": Double(model.parameterCount),
            "vocabulary_words": Double(tokenizer.words.count),
        ]
        let tail = summary.curve.suffix(20)
        if !tail.isEmpty { metrics["final_loss"] = tail.map(\.loss).reduce(0, +) / Double(tail.count) }
        if let last = validationLosses.max(by: { $0.key < $1.key }) { metrics["final_validation_loss"] = last.value }
        if !heldOut.isEmpty { metrics["validation_examples"] = Double(heldOut.count) }
        metrics.merge(Self.dataMetrics(trainingSet)) { _, new in new }

        let ended = Date()
        return RunOutcome(
            configHash: job.id, benchmarks: benchmarks, predictions: predictions,
            curve: summary.curve.map {
                CurvePoint(step: $0.step, loss: $0.loss, learningRate: $0.learningRate, validationLoss: validationLosses[$0.step])
            },
            metrics: metrics, params: flattenedParameters(of: spec),
            tags: ["host": ProcessInfo.processInfo.hostName, "experiment": job.experiment],
            startedAt: isoTimestamp(started), endedAt: isoTimestamp(ended), wallSeconds: ended.timeIntervalSince(started))
    }

    /// Says in the job's log (stderr) which stage runs, and where a requeued or interrupted job picks up.
    func announceStage(emit: (WorkerEvent) -> Void) {
        if let reuse = job.reuse {
            JobWorker.log("gaprun: stage generate: answering with the trained model of \(reuse.source.prefix(12)) "
                + "(final checkpoint in \(reuse.checkpoint)); nothing is trained")
            return
        }
        JobWorker.log("gaprun: stage train: training \(job.spec.train.steps) steps, then generating and judging")
        if let step = JobWorker.checkpointStep(paths) {
            JobWorker.log("gaprun: resuming from the checkpoint at step \(step) in \(paths.checkpoints)")
            emit(WorkerEvent(phase: "resume", step: step, message: "resuming from the checkpoint"))
        }
    }

    /// The lab's counts per teacher: problems kept and rejected, mean response length, examples used.
    static func dataMetrics(_ trainingSet: TrainingSet) -> [String: Double] {
        var metrics: [String: Double] = [:]
        for stats in trainingSet.stats {
            metrics["data.\(stats.teacher).kept"] = Double(stats.kept)
            metrics["data.\(stats.teacher).rejected"] = Double(stats.rejected)
            metrics["data.\(stats.teacher).mean_characters"] = stats.meanCharacters
        }
        var teacherCounts: [String: Int] = [:]
        for example in trainingSet.examples { teacherCounts[example.teacher, default: 0] += 1 }
        for (teacher, count) in teacherCounts { metrics["data.\(teacher).used"] = Double(count) }
        return metrics
    }

    /// Held-out teacher data for the validation loss: the job's own mix, data settings and teachers, drawn with
    /// another seed stream (at most `validationProblems` problems). Empty for external data (`data.source` other than
    /// `synthetic`), whose rows a second draw would repeat.
    func validationExamples(seed: UInt64) throws -> [TrainingExample] {
        let spec = job.spec
        guard spec.data.source == "synthetic" else { return [] }
        var data = spec.data
        data.problems = min(data.problems, InProcessJob.validationProblems)
        let heldOut = try TrainingSetBuilder.build(data: data, mix: spec.mixWeights, seed: seed ^ 0x6865_6C64_6F75_7421)
        return heldOut.examples.map { TrainingExample(prompt: StudentPrompt.render(problem: $0.problem), response: $0.response) }
    }

    /// The job's tokenizer: characters, or characters plus the most frequent words of every lab teacher's text at the
    /// job's data settings (the same words for every mix of a grid).
    static func tokenizer(for spec: JobSpec) throws -> CharTokenizer {
        guard spec.train.tokenizerName == "words" else { return CharTokenizer() }
        return try CharTokenizer(words: CharTokenizer.frequentWords(in: try LabTexts.all(data: spec.data),
                                                                    count: CharTokenizer.wordSlots))
    }

    /// Problems drawn for the held-out set (before rejection sampling).
    static let validationProblems = 32

    /// The generate stage: the trained model of another run, loaded from its final checkpoint (read only), answers
    /// and is judged; nothing is trained. The training curve and training metrics are the source run's (copied by
    /// the store when this run is recorded).
    func generate(from reuse: ModelReuse, started: Date, emit: (WorkerEvent) -> Void, shouldStop: () -> Bool) throws -> RunOutcome {
        let spec = job.spec
        let seed = UInt64(bitPattern: Int64(spec.seed))
        setComputeThreads(spec.train.threads)
        let tokenizer = try Self.tokenizer(for: spec)
        let model = try job.model ?? GPTConfiguration(student: spec.studentConfiguration, vocabularySize: tokenizer.vocabularySize)
        let trainer = try Trainer(model: model, training: spec.train, seed: seed, tokenizer: tokenizer)
        try trainer.loadCheckpoint(from: reuse.checkpoint)
        guard trainer.completedSteps == spec.train.steps else {
            throw RunError.invalidJob(jobID: job.id, message: "the checkpoint in \(reuse.checkpoint) is at step "
                                      + "\(trainer.completedSteps), not the final step \(spec.train.steps)",
                                      hint: "run the sweep with --force to train this job itself")
        }
        emit(WorkerEvent(phase: "eval", message: "generating from the trained model of \(reuse.source.prefix(12))"))
        let evalStart = Date()
        let (benchmarks, predictions) = try answerAndJudge(trainer: trainer, seed: seed, emit: emit, shouldStop: shouldStop)
        let ended = Date()
        return RunOutcome(
            configHash: job.id, benchmarks: benchmarks, predictions: predictions,
            metrics: ["eval_seconds": ended.timeIntervalSince(evalStart), "student_parameters": Double(model.parameterCount)],
            params: flattenedParameters(of: spec),
            tags: ["host": ProcessInfo.processInfo.hostName, "experiment": job.experiment],
            startedAt: isoTimestamp(started), endedAt: isoTimestamp(ended), wallSeconds: ended.timeIntervalSince(started),
            stage: .generate, reusedFrom: reuse.source)
    }

    /// Answers each benchmark of the job with `trainer`'s model and judges the answers.
    func answerAndJudge(trainer: Trainer, seed: UInt64, emit: (WorkerEvent) -> Void, shouldStop: () -> Bool) throws
        -> (benchmarks: [BenchmarkOutcome], predictions: [PredictionRecord]) {
        let spec = job.spec
        let scorer = try ScorerRegistry.standard.scorer(named: spec.eval.scorer)
        var benchmarks: [BenchmarkOutcome] = []
        var predictions: [PredictionRecord] = []
        for name in spec.eval.benchmarks {
            if shouldStop() { throw RunError.interrupted(jobID: job.id) }
            let definition = try BenchmarkRegistry.standard.benchmark(named: name)
            var items = try definition.loadItems(path: try BenchmarkFiles.locate(
                definition, data: spec.data, searchRoots: dataSearchRoots, scratchDirectory: paths.directory))
            if let limit = spec.eval.limit { items = Array(items.prefix(limit)) }
            emit(WorkerEvent(phase: "eval", message: "\(name): answering \(items.count) problems"))
            let responses = try trainer.generateResponses(
                prompts: items.map(\.prompt), maxNewTokens: spec.eval.maxNewTokens, temperature: spec.eval.temperature,
                stopStrings: definition.stopStrings, batchSize: spec.eval.batchSize, seed: seed)
            let judged = BenchmarkJudging.judge(name, definition: definition, items: items, responses: responses.map(\.text),
                                                scorer: scorer, hitBudget: responses.map(\.stop.hitLimit))
            benchmarks.append(judged.benchmark)
            predictions += judged.predictions
        }
        return (benchmarks, predictions)
    }

}
