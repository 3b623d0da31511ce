// JobStages: which stage each job of a sweep needs — none (done), judge (re-judge stored responses of the same
// generation), generate (from the stored final checkpoint of the same training) or train — and the judge stage
// itself, which the coordinator runs in-process (no worker, no model): also what `gaprun rescore` does.
import Foundation
import GapCore
import GapResults
import GapGrid
import GapScore
import GapStore

/// What a job still needs.
public enum JobStageNeed: Sendable, Equatable {
    /// COMPLETED already.
    case done
    /// Re-judge the stored responses of run `source` with the job's scorer.
    case judge(source: String)
    /// Generate from the final checkpoint of run `source` (in `checkpoint`), then judge.
    case generate(source: String, checkpoint: String)
    /// Train (or resume training), generate and judge.
    case train

    /// `done`, `judge`, `generate` or `train`, as `gaprun plan` shows it.
    public var name: String {
        switch self {
        case .done: "done"
        case .judge: "judge"
        case .generate: "generate"
        case .train: "train"
        }
    }
}

public enum JobStages {
    /// The identities of a stored run, recomputed from its JSON; nil when the JSON is not a JobSpec of this gaprun or
    /// does not hash to the stored id (then nothing is guessed).
    static func identities(configHash: String, configJSON: String, versionsJSON: String) -> (train: String, generation: String)? {
        guard let spec = try? JSONDecoder().decode(JobSpec.self, from: Data(configJSON.utf8)),
              let versions = try? JSONDecoder().decode(ComponentVersions.self, from: Data(versionsJSON.utf8)),
              JobIdentity.id(for: spec, versions: versions) == configHash else { return nil }
        return (JobIdentity.trainingID(for: spec, versions: versions), JobIdentity.generationID(for: spec, versions: versions))
    }

    /// Stores the identities of runs recorded before identities were stored (e.g. the shipped example), so SQL can
    /// group runs by trained model. Returns how many were filled in.
    @discardableResult
    public static func backfillIdentities(store: ResultStore) throws -> Int {
        let filled = try store.runsWithoutIdentity().compactMap { run in
            identities(configHash: run.configHash, configJSON: run.configJSON, versionsJSON: run.versionsJSON)
                .map { (configHash: run.configHash, trainHash: $0.train, generationHash: $0.generation) }
        }
        try store.setIdentities(filled)
        return filled.count
    }

    /// The stage each job needs (read only: works on a database opened read-only). A job whose responses are stored
    /// under another scorer or judge version is judged; one whose trained model is stored (a COMPLETED run of the
    /// same training identity whose final checkpoint is still on disk) generates; anything else trains.
    public static func plan(_ jobs: [PlannedJob], store: ResultStore, runsDirectory: String) throws -> [String: JobStageNeed] {
        let statuses = try store.statuses(configHashes: jobs.map(\.id))
        var withResponses: [String: String] = [:]  // generation id → most recent run
        var withModel: [String: [ReuseCandidate]] = [:]  // training id → runs, most recent first
        for candidate in try store.reuseCandidates() {
            var train = candidate.trainHash, generation = candidate.generationHash
            if train == nil || generation == nil,
               let computed = identities(configHash: candidate.configHash, configJSON: candidate.configJSON,
                                         versionsJSON: candidate.versionsJSON) {
                train = computed.train; generation = computed.generation
            }
            if let generation, candidate.hasResponses, withResponses[generation] == nil { withResponses[generation] = candidate.configHash }
            if let train { withModel[train, default: []].append(candidate) }
        }
        var needs: [String: JobStageNeed] = [:]
        for job in jobs {
            if statuses[job.id] == .completed { needs[job.id] = .done; continue }
            if let source = withResponses[job.generationID] { needs[job.id] = .judge(source: source); continue }
            let checkpoint = (withModel[job.trainingID] ?? []).lazy.compactMap { candidate -> (String, String)? in
                finalCheckpoint(of: candidate, steps: job.spec.train.steps, runsDirectory: runsDirectory)
                    .map { (candidate.configHash, $0) }
            }.first
            if job.spec.executor == .inProcess, let (source, folder) = checkpoint {
                needs[job.id] = .generate(source: source, checkpoint: folder)
            } else {
                needs[job.id] = .train
            }
        }
        return needs
    }

    /// The folder of a run's final checkpoint (its job folder's `checkpoint/` at step `steps`), if still on disk.
    static func finalCheckpoint(of run: ReuseCandidate, steps: Int, runsDirectory: String) -> String? {
        var folders = [RunPaths(runsDirectory: runsDirectory, jobID: run.configHash)]
        if let log = run.logPath { folders.insert(RunPaths(directory: URL(fileURLWithPath: log).deletingLastPathComponent().path), at: 0) }
        return folders.first { JobWorker.checkpointStep($0) == steps }?.checkpoints
    }

    /// Re-judges stored responses with the scorer `scorerName`: per benchmark (in stored order) the same items, each
    /// judged against its gold answer from the benchmark's data file.
    public static func rejudge(_ stored: [PredictionRecord], scorerName: String, data: DataConfiguration,
                               dataSearchRoots: [String], scratchDirectory: String) throws -> (benchmarks: [BenchmarkOutcome], predictions: [PredictionRecord]) {
        let scorer = try ScorerRegistry.standard.scorer(named: scorerName)
        var order: [String] = []
        var byBenchmark: [String: [PredictionRecord]] = [:]
        for record in stored {
            if byBenchmark[record.benchmark] == nil { order.append(record.benchmark) }
            byBenchmark[record.benchmark, default: []].append(record)
        }
        var benchmarks: [BenchmarkOutcome] = []
        var predictions: [PredictionRecord] = []
        for name in order {
            let definition = try BenchmarkRegistry.standard.benchmark(named: name)
            let file = try BenchmarkFiles.locate(definition, data: data, searchRoots: dataSearchRoots,
                                                scratchDirectory: scratchDirectory)
            let itemByID = Dictionary(try definition.loadItems(path: file).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let records = byBenchmark[name]!
            let items = try records.map { record in
                guard let item = itemByID[record.problemID] else {
                    throw RunError.badResult(path: file, message: "\(name) has no item `\(record.problemID)`, which a stored "
                                             + "response answers (hint: the benchmark data changed since it was generated)")
                }
                return item
            }
            let judged = BenchmarkJudging.judge(name, definition: definition, items: items, responses: records.map(\.response),
                                                scorer: scorer, hitBudget: records.map(\.hitBudget))
            benchmarks.append(judged.benchmark)
            predictions += judged.predictions
        }
        return (benchmarks, predictions)
    }

    /// The judge stage of `job`: the stored responses of run `source`, re-judged with the job's scorer, as the job's
    /// outcome (its training curve and training metrics are the source's, copied when it is recorded).
    public static func judge(_ job: PlannedJob, source: String, store: ResultStore, dataSearchRoots: [String],
                             scratchDirectory: String) throws -> RunOutcome {
        let started = Date()
        let stored = try store.storedPredictions(configHash: source)
        let judged = try rejudge(stored, scorerName: job.spec.eval.scorer, data: job.spec.data, dataSearchRoots: dataSearchRoots,
                                 scratchDirectory: scratchDirectory)
        let ended = Date()
        // The numbers come from the source's responses, so the run keeps the source's provenance (copied when it is
        // recorded); what judged them is recorded beside it.
        let own = RunProvenance.tags(threads: job.spec.train.threads)
        let tags = ["experiment": job.experiment, "judged_by_version": own[RunProvenance.versionKey] ?? "",
                    "judged_by_commit": own[RunProvenance.commitKey] ?? "",
                    "judged_by_binary": own[RunProvenance.binaryKey] ?? "", "judged_on_host": own[RunProvenance.hostKey] ?? ""]
        return RunOutcome(configHash: job.id, benchmarks: judged.benchmarks, predictions: judged.predictions,
                          metrics: ["judge_seconds": ended.timeIntervalSince(started)], params: flattenedParameters(of: job.spec),
                          tags: tags, startedAt: isoTimestamp(started), endedAt: isoTimestamp(ended),
                          wallSeconds: ended.timeIntervalSince(started), stage: .judge, reusedFrom: source)
    }
}

extension JobStages {
    /// Before a sweep launches its jobs: runs the judge stage of every job that needs only that (in this process,
    /// recording each), and points every job that needs only generation at its stored model. Returns the jobs to hand
    /// to the launcher (judged ones are COMPLETED, so launchers skip them) and how many were judged and how many failed.
    /// FAILED jobs are left alone unless `rerunFailed`, as the launchers do.
    public static func prepare(_ jobs: [PlannedJob], store: ResultStore, runsDirectory: String, dataSearchRoots: [String],
                               rerunFailed: Bool, report: (String) -> Void) throws -> (jobs: [PlannedJob], judged: Int, failed: Int) {
        let needs = try plan(jobs, store: store, runsDirectory: runsDirectory)
        let statuses = try store.statuses(configHashes: jobs.map(\.id))
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gaprun-judge-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var judged = 0, failed = 0
        var prepared: [PlannedJob] = []
        for var job in jobs {
            if statuses[job.id] == .failed && !rerunFailed { prepared.append(job); continue }
            switch needs[job.id] {
            case .judge(let source)?:
                do {
                    let outcome = try judge(job, source: source, store: store, dataSearchRoots: dataSearchRoots,
                                            scratchDirectory: scratch)
                    try store.record(outcome)
                    judged += 1
                    let p = 100 * outcome.benchmarks.map(\.accuracy).reduce(0, +) / Double(max(1, outcome.benchmarks.count))
                    report("judged \(job.shortID) \(job.label): stored responses of \(source.prefix(12)) re-judged by "
                           + "\(job.spec.eval.scorer), P = \(String(format: "%.1f", p)); nothing trained or generated")
                } catch {
                    failed += 1
                    try store.markEnded(configHash: job.id, status: .failed, error: "re-judging the stored responses of "
                                        + "\(source.prefix(12)) failed: \(error)")
                    report("FAILED \(job.shortID) \(job.label): re-judging failed: \(error)")
                }
            case .generate(let source, let checkpoint)?:
                job.reuse = ModelReuse(source: source, checkpoint: checkpoint)
            default:
                break
            }
            prepared.append(job)
        }
        return (prepared, judged, failed)
    }
}
