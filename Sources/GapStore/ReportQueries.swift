// Read-only queries for gaps, tables, plots and reports: one experiment's completed runs with their benchmark
// results, per-item verdicts, training curves and gap definitions, as plain row structs (no rendering here).
import Foundation
import GapCore

/// An experiment's row.
public struct ExperimentRow: Sendable, Equatable {
    /// The experiment name (unique).
    public var name: String
    /// Where the grid file was read from, if a sweep made it.
    public var gridPath: String?
    /// The resolved grid (after `extends`) as YAML, in file order.
    public var gridText: String?
    /// `sweep`, `import` or `score` for experiments; `inprocess`, `command`, `slurm` or `import:<file>` for runs.
    public var source: String
    /// Last registration or import, ISO 8601.
    public var updatedAt: String
}

/// A completed run as reports need it.
public struct ReportRunRow: Sendable, Equatable {
    /// The row id in `runs`.
    public var runID: Int64
    /// The job id (SHA-256 of the resolved config).
    public var configHash: String
    /// Student name.
    public var student: String
    /// Sort key: parameters, or size in billions × 1e9.
    public var studentSize: Double?
    /// Mix name.
    public var mix: String
    /// The job seed.
    public var seed: Int
    /// Extra swept keys as canonical JSON, `{}` when none.
    public var swept: String
    /// `inprocess`, `command`, `slurm` or `import`.
    public var backend: String
    /// `sweep`, `import` or `score` for experiments; `inprocess`, `command`, `slurm` or `import:<file>` for runs.
    public var source: String
    /// The resolved JobSpec JSON (its `mix_weights` feed the mix-weight plot).
    public var configJSON: String
    /// Wall-clock seconds of the job, when recorded.
    public var wallSeconds: Double?
    /// The scorer that judged it (`import` for imported numbers), nil without benchmark results.
    public var scorer: String? = nil
    /// Its generation identity: runs sharing it judged the same responses (nil: not known).
    public var generationHash: String? = nil
}

/// One `benchmark_results` row.
public struct BenchmarkResultRow: Sendable, Equatable {
    /// The row id in `runs`.
    public var runID: Int64
    /// Registered benchmark name.
    public var benchmark: String
    /// Correct answers.
    public var correct: Int
    /// Items answered.
    public var total: Int
    /// correct / total (or the imported fraction), in [0, 1].
    public var accuracy: Double
    /// Responses a length limit ended; nil when not recorded.
    public var budgetHits: Int? = nil
}

/// One judged item (`predictions` without the response text).
public struct PredictionVerdictRow: Sendable, Equatable {
    /// The row id in `runs`.
    public var runID: Int64
    /// Registered benchmark name.
    public var benchmark: String
    /// The benchmark item id.
    public var problemID: String
    /// The judge's verdict.
    public var correct: Bool
}

/// One `training_curves` point.
public struct CurvePointRow: Sendable, Equatable {
    /// The row id in `runs`.
    public var runID: Int64
    /// Optimizer step.
    public var step: Int
    /// Training loss at that step.
    public var loss: Double
    /// Held-out loss at that step (checkpoint steps only).
    public var validationLoss: Double? = nil
}

/// One row of the `gaps` view.
public struct GapViewRow: Sendable, Equatable {
    /// Gap definition name.
    public var gap: String
    /// Student name.
    public var student: String
    /// Extra swept keys as canonical JSON, `{}` when none.
    public var swept: String
    /// P of the treatment mix, averaged over seeds (percentage points).
    public var pTreatment: Double
    /// P of the baseline mix, averaged over seeds (percentage points).
    public var pBaseline: Double
    /// Δ = pTreatment − pBaseline.
    public var delta: Double
    /// Completed seeds of the treatment.
    public var seedsTreatment: Int
    /// Completed seeds of the baseline.
    public var seedsBaseline: Int
}

/// Everything reports read about one experiment, fetched together.
public struct ReportSnapshot: Sendable {
    /// Keeps only the runs in `runIDs` (and their rows).
    public func keeping(_ runIDs: Set<Int64>) -> ReportSnapshot {
        var copy = self
        copy.runs = runs.filter { runIDs.contains($0.runID) }
        copy.benchmarks = benchmarks.filter { runIDs.contains($0.runID) }
        copy.predictions = predictions.filter { runIDs.contains($0.runID) }
        copy.curves = curves.filter { runIDs.contains($0.runID) }
        return copy
    }

    /// The experiment.
    public var experiment: ExperimentRow
    /// Gap definitions in grid order.
    public var gaps: [GapDefinition]
    /// Completed runs in registration order.
    public var runs: [ReportRunRow]
    /// Benchmark results of those runs, in recording order.
    public var benchmarks: [BenchmarkResultRow]
    /// Per-item verdicts of those runs.
    public var predictions: [PredictionVerdictRow]
    /// Training curves of those runs, by run and step.
    public var curves: [CurvePointRow]
    /// Runs of the experiment per status (all statuses), e.g. COMPLETED 12, FAILED 1.
    public var statusCounts: [(status: String, count: Int)]
}

extension ResultStore {
    /// The experiment called `name`; with nil, the most recently updated one; nil when there is none.
    public func reportExperiment(named name: String?) throws -> ExperimentRow? {
        let rows = try database.rows("""
            SELECT name, grid_path, grid_text, source, updated_at FROM experiments
            \(name == nil ? "" : "WHERE name = ?") ORDER BY updated_at DESC, experiment_id DESC LIMIT 1
            """, name.map { [.text($0)] } ?? [])
        guard let row = rows.first else { return nil }
        return ExperimentRow(name: row[0].text ?? "", gridPath: row[1].text, gridText: row[2].text,
                             source: row[3].text ?? "", updatedAt: row[4].text ?? "")
    }

    /// Gap definitions of an experiment in grid order.
    public func gapDefinitions(experiment: String) throws -> [GapDefinition] {
        try database.rows("""
            SELECT g.name, g.treatment, g.baseline FROM gap_definitions g JOIN experiments e USING (experiment_id)
            WHERE e.name = ? ORDER BY g.position, g.name
            """, [.text(experiment)]).map {
            GapDefinition(name: $0[0].text ?? "", treatment: $0[1].text ?? "", baseline: $0[2].text ?? "")
        }
    }

    /// The `gaps` view's rows of an experiment (students unsorted; the view averages seeds and subtracts).
    public func gapViewRows(experiment: String) throws -> [GapViewRow] {
        try database.rows("""
            SELECT gap, student, swept, p_treatment, p_baseline, delta, seeds_treatment, seeds_baseline
            FROM gaps WHERE experiment = ? ORDER BY position, student_size, student
            """, [.text(experiment)]).map {
            GapViewRow(gap: $0[0].text ?? "", student: $0[1].text ?? "", swept: $0[2].text ?? "{}", pTreatment: $0[3].double ?? 0,
                       pBaseline: $0[4].double ?? 0, delta: $0[5].double ?? 0, seedsTreatment: $0[6].int ?? 0,
                       seedsBaseline: $0[7].int ?? 0)
        }
    }

    /// All report inputs of one experiment (nil: the most recently updated), completed runs only;
    /// nil when no such experiment exists.
    public func reportSnapshot(experiment name: String?) throws -> ReportSnapshot? {
        guard let experiment = try reportExperiment(named: name) else { return nil }
        let key = SQLValue.text(experiment.name)
        let inExperiment = """
            r.run_id IN (SELECT er.run_id FROM experiment_runs er JOIN experiments e USING (experiment_id) WHERE e.name = ?)
            """
        let runs = try database.rows("""
            SELECT r.run_id, r.config_hash, r.student, r.student_size, r.mix, r.seed, r.swept, r.backend, r.source,
                   r.config_json, r.wall_seconds, (SELECT MIN(b.scorer) FROM benchmark_results b WHERE b.run_id = r.run_id),
                   r.generation_hash
            FROM runs r WHERE r.status = 'COMPLETED' AND \(inExperiment) ORDER BY r.run_id
            """, [key]).map { row in
            ReportRunRow(runID: Int64(row[0].int ?? 0), configHash: row[1].text ?? "", student: row[2].text ?? "",
                         studentSize: row[3].double, mix: row[4].text ?? "", seed: row[5].int ?? 0, swept: row[6].text ?? "{}",
                         backend: row[7].text ?? "", source: row[8].text ?? "", configJSON: row[9].text ?? "{}",
                         wallSeconds: row[10].double, scorer: row[11].text, generationHash: row[12].text)
        }
        let benchmarks = try database.rows("""
            SELECT b.run_id, b.benchmark, b.correct, b.total, b.accuracy, b.budget_hits
            FROM benchmark_results b JOIN runs r USING (run_id)
            WHERE r.status = 'COMPLETED' AND \(inExperiment) ORDER BY b.run_id, b.rowid
            """, [key]).map {
            BenchmarkResultRow(runID: Int64($0[0].int ?? 0), benchmark: $0[1].text ?? "", correct: $0[2].int ?? 0,
                               total: $0[3].int ?? 0, accuracy: $0[4].double ?? 0, budgetHits: $0[5].int)
        }
        let predictions = try database.rows("""
            SELECT p.run_id, p.benchmark, p.problem_id, p.correct FROM predictions p JOIN runs r USING (run_id)
            WHERE r.status = 'COMPLETED' AND \(inExperiment) ORDER BY p.run_id, p.benchmark, p.problem_id
            """, [key]).map {
            PredictionVerdictRow(runID: Int64($0[0].int ?? 0), benchmark: $0[1].text ?? "", problemID: $0[2].text ?? "",
                                 correct: ($0[3].int ?? 0) != 0)
        }
        let curves = try database.rows("""
            SELECT c.run_id, c.step, c.loss, c.validation_loss FROM training_curves c JOIN runs r USING (run_id)
            WHERE r.status = 'COMPLETED' AND \(inExperiment) ORDER BY c.run_id, c.step
            """, [key]).map {
            CurvePointRow(runID: Int64($0[0].int ?? 0), step: $0[1].int ?? 0, loss: $0[2].double ?? 0, validationLoss: $0[3].double)
        }
        let statusCounts = try database.rows("""
            SELECT r.status, COUNT(*) FROM runs r WHERE \(inExperiment) GROUP BY r.status ORDER BY r.status
            """, [key]).map { (status: $0[0].text ?? "", count: $0[1].int ?? 0) }
        return ReportSnapshot(experiment: experiment, gaps: try gapDefinitions(experiment: experiment.name), runs: runs,
                              benchmarks: benchmarks, predictions: predictions, curves: curves, statusCounts: statusCounts)
    }
}

/// What produced one completed run, from its tags (nil where a run carries no such tag, e.g. imported or older runs).
public struct RunProvenanceRow: Sendable, Equatable {
    /// The row id in `runs`.
    public var runID: Int64
    /// Tag name → value, for the provenance tags only.
    public var tags: [String: String]
}

extension ResultStore {
    /// Tag keys that describe how a run was produced (written by the worker; see docs/schema.md).
    public static let provenanceTagKeys = [
        "gaprun_version", "gaprun_commit", "binary_sha256", "host", "os_kernel", "threads", "cpu_model_name",
        "cpu_family", "cpu_model", "cpu_simd", "kernel_simd", "blas_config", "blas_core",
    ]

    /// The provenance tags of an experiment's completed runs (nil: every completed run), by run.
    public func runProvenance(experiment name: String?) throws -> [RunProvenanceRow] {
        let keys = ResultStore.provenanceTagKeys.map { "'\($0)'" }.joined(separator: ", ")
        let filter = name == nil ? "" : """
            AND r.run_id IN (SELECT er.run_id FROM experiment_runs er JOIN experiments e USING (experiment_id) WHERE e.name = ?)
            """
        let rows = try database.rows("""
            SELECT r.run_id, t.key, t.value FROM runs r LEFT JOIN tags t ON t.run_id = r.run_id AND t.key IN (\(keys))
            WHERE r.status = 'COMPLETED' \(filter) ORDER BY r.run_id
            """, name.map { [.text($0)] } ?? [])
        var result: [RunProvenanceRow] = []
        for row in rows {
            let id = Int64(row[0].int ?? 0)
            if result.last?.runID != id { result.append(RunProvenanceRow(runID: id, tags: [:])) }
            if let key = row[1].text, let value = row[2].text { result[result.count - 1].tags[key] = value }
        }
        return result
    }
}
