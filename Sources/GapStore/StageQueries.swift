// StageQueries: what the training/evaluation split needs from the store — runs that already hold a job's trained model
// or responses, their stored responses, identities for runs recorded before identities were stored, and recording a
// re-judged run next to the one it re-judges.
import Foundation
import GapCore

/// A completed run whose trained model or responses a new job may reuse.
public struct ReuseCandidate: Sendable, Equatable {
    /// Its job id.
    public var configHash: String
    /// Its stored identities (nil: recorded before identities were stored; recompute from the JSON).
    public var trainHash: String?
    public var generationHash: String?
    /// Its log file, whose folder holds its checkpoint (nil: never run by a worker).
    public var logPath: String?
    /// True when its responses are stored (`predictions`).
    public var hasResponses: Bool
    public var configJSON: String
    public var versionsJSON: String
}

/// A stored run with what is needed to recompute its identities.
public struct StoredRunIdentity: Sendable {
    public var configHash: String
    public var configJSON: String
    public var versionsJSON: String
}

extension ResultStore {
    /// Every completed run of gaprun's own backends, most recent first.
    public func reuseCandidates() throws -> [ReuseCandidate] {
        try database.rows("""
            SELECT r.config_hash, r.train_hash, r.generation_hash, r.log_path,
                   EXISTS (SELECT 1 FROM predictions p WHERE p.run_id = r.run_id), r.config_json, r.versions_json
            FROM runs r WHERE r.status = 'COMPLETED' AND r.backend IN ('inprocess', 'command', 'slurm') ORDER BY r.run_id DESC
            """).map {
            ReuseCandidate(configHash: $0[0].text ?? "", trainHash: $0[1].text, generationHash: $0[2].text, logPath: $0[3].text,
                           hasResponses: ($0[4].int ?? 0) != 0, configJSON: $0[5].text ?? "{}", versionsJSON: $0[6].text ?? "{}")
        }
    }

    /// The stored responses and judgments of a run, by benchmark in recording order and problem.
    public func storedPredictions(configHash: String) throws -> [PredictionRecord] {
        try database.rows("""
            SELECT p.benchmark, p.problem_id, p.response, p.extracted, p.correct, p.reason, p.scorer, p.scorer_version,
                   p.hit_budget
            FROM predictions p JOIN runs r USING (run_id) WHERE r.config_hash = ? ORDER BY p.rowid
            """, [.text(configHash)]).map {
            PredictionRecord(benchmark: $0[0].text ?? "", problemID: $0[1].text ?? "", response: $0[2].text ?? "",
                             extracted: $0[3].text, correct: ($0[4].int ?? 0) != 0, reason: $0[5].text ?? "",
                             scorer: $0[6].text ?? "", scorerVersion: $0[7].text ?? "", hitBudget: $0[8].int.map { $0 != 0 })
        }
    }

    /// Runs of gaprun's own backends whose identities are not stored yet (recorded before they were).
    public func runsWithoutIdentity() throws -> [StoredRunIdentity] {
        try database.rows("""
            SELECT config_hash, config_json, versions_json FROM runs
            WHERE train_hash IS NULL AND backend IN ('inprocess', 'command', 'slurm') ORDER BY run_id
            """).map { StoredRunIdentity(configHash: $0[0].text ?? "", configJSON: $0[1].text ?? "{}", versionsJSON: $0[2].text ?? "{}") }
    }

    /// Stores the identities of runs, in one transaction.
    public func setIdentities(_ identities: [(configHash: String, trainHash: String, generationHash: String)]) throws {
        guard !identities.isEmpty else { return }
        try database.transaction {
            let update = try database.prepare("UPDATE runs SET train_hash = ?, generation_hash = ? WHERE config_hash = ?")
            for identity in identities {
                try update.run([.text(identity.trainHash), .text(identity.generationHash), .text(identity.configHash)])
            }
        }
    }

    /// Completed runs with stored responses (of `experiment`, or all), oldest first, with their experiments.
    public func runsWithStoredResponses(experiment: String?) throws -> [(run: StoredRunIdentity, experiments: [String])] {
        let filter = experiment == nil ? "" : """
            AND r.run_id IN (SELECT er.run_id FROM experiment_runs er JOIN experiments e USING (experiment_id) WHERE e.name = ?)
            """
        return try database.rows("""
            SELECT r.config_hash, r.config_json, r.versions_json,
                   (SELECT group_concat(e.name, char(10)) FROM experiment_runs er JOIN experiments e USING (experiment_id)
                    WHERE er.run_id = r.run_id)
            FROM runs r WHERE r.status = 'COMPLETED' AND EXISTS (SELECT 1 FROM predictions p WHERE p.run_id = r.run_id)
            \(filter) ORDER BY r.run_id
            """, experiment.map { [.text($0)] } ?? []).map {
            (StoredRunIdentity(configHash: $0[0].text ?? "", configJSON: $0[1].text ?? "{}", versionsJSON: $0[2].text ?? "{}"),
             ($0[3].text ?? "").split(separator: "\n").map(String.init))
        }
    }

    /// Registers `job` (if new), links it to `experiments`, and records `outcome` for it, in one transaction: a run
    /// made by re-judging another run's stored responses.
    @discardableResult
    public func recordJudged(_ job: JobRegistration, experiments: [String], outcome: RunOutcome) throws -> Bool {
        try database.transaction {
            for experiment in experiments {
                guard let id = try experimentID(name: experiment) else { continue }
                try registerJobs([job], experimentID: id)
            }
            return try record(outcome)
        }
    }
}

extension ResultStore {
    /// Makes a sweep's experiment hold exactly its grid's jobs (`configHashes`), plus runs that judged the same
    /// responses with another scorer (`scorerOfGeneration`: generation id → the grid's scorer for it), e.g. from
    /// `gaprun rescore`. Runs of cells the grid no longer has, or of an older judge version, are unlinked from the
    /// experiment (never deleted), so its tables never average different settings as if they were seeds.
    public func relinkExperiment(_ experimentID: Int64, configHashes: Set<String>, scorerOfGeneration: [String: String]) throws {
        try database.transaction {
            let linked = try database.rows("""
                SELECT r.run_id, r.config_hash, r.generation_hash,
                       (SELECT MIN(b.scorer) FROM benchmark_results b WHERE b.run_id = r.run_id)
                FROM experiment_runs er JOIN runs r USING (run_id) WHERE er.experiment_id = ?
                """, [.integer(experimentID)])
            for row in linked {
                guard let hash = row[1].text, !configHashes.contains(hash) else { continue }
                if let generation = row[2].text, let gridScorer = scorerOfGeneration[generation], let scorer = row[3].text,
                   scorer != gridScorer {
                    continue
                }
                try database.run("DELETE FROM experiment_runs WHERE experiment_id = ? AND run_id = ?",
                                 [.integer(experimentID), row[0]])
            }
        }
    }
}
