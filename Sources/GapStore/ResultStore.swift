// ResultStore: gaprun's operations on a results database — register sweeps and jobs, move jobs through their
// lifecycle, and record a finished job's results in one transaction (COMPLETED with all its rows, or not at all).
import Foundation
import GapCore

/// A migrated results database.
public final class ResultStore {
    public let database: Database

    /// Opens the database at `path` for writing: creates it when missing, else migrates it, but only a database that
    /// gaprun wrote (or an empty one); anything else is refused before SQLite writes a byte. A new database is built
    /// under a temporary name and renamed into place, so a reader never finds a file that is not yet migrated.
    public convenience init(path: String) throws {
        if try ResultStore.checkWritable(path: path) {
            try self.init(database: Database(.path(path)))
            return
        }
        let temporary = path + ".creating-\(getpid())"
        do {
            let database = try Database(.path(temporary))
            try gaprunMigrations.migrate(database)
            // Move everything into the main file: the WAL is dropped below, and close does not checkpoint.
            try database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        for suffix in ["-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        if link(temporary, path) != 0 && errno != EEXIST {
            let message = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw SQLiteError(code: 14, message: "cannot create \(path): \(message)")
        }
        try? FileManager.default.removeItem(atPath: temporary)
        if try !ResultStore.checkWritable(path: path) { throw StoreError.databaseNotFound(path: path) }
        try self.init(database: Database(.path(path)))
    }

    /// Checks, without changing anything, that a writer may use `path`: true when a file is there that gaprun may
    /// migrate (a gaprun database, or an empty one), false when there is none yet; throws for anything else.
    /// Writers call it before creating lock files or folders beside the database.
    @discardableResult
    public static func checkWritable(path: String) throws -> Bool {
        switch DatabaseFile.inspect(path: path) {
        case .missing: return false
        case .empty: return true
        case .notSQLite(let found): throw StoreError.notADatabase(path: path, found: found)
        case .sqlite:
            if case .foreign(let found) = try classify(Database(.path(path), readOnly: true), path: path) {
                throw StoreError.foreignDatabase(path: path, found: found)
            }
            return true
        }
    }

    /// Wraps an open connection and migrates it.
    public init(database: Database) throws {
        self.database = database
        try gaprunMigrations.migrate(database)
    }

    /// Opens an existing gaprun database for reading only: no migration, no journal-mode change, no file created
    /// beside it. A missing file, a non-database, a foreign database or a newer schema is refused with the path.
    public static func openReadOnly(path: String) throws -> ResultStore {
        switch DatabaseFile.inspect(path: path) {
        case .missing: throw StoreError.databaseNotFound(path: path)
        case .empty: throw StoreError.foreignDatabase(path: path, found: "an empty file")
        case .notSQLite(let found): throw StoreError.notADatabase(path: path, found: found)
        case .sqlite: break
        }
        let database = try Database(.path(path), readOnly: true)
        switch try classify(database, path: path) {
        case .foreign(let found): throw StoreError.foreignDatabase(path: path, found: found)
        case .blank: throw StoreError.foreignDatabase(path: path, found: "no tables")
        case .gaprun: break
        }
        let known = Set(gaprunMigrations.migrations.map(\.name))
        let applied = try database.rows("SELECT name FROM schema_migrations").compactMap { $0.first?.text }
        if let unknown = applied.first(where: { !known.contains($0) }) { throw StoreError.newerSchema(migration: unknown) }
        // An older schema is read as it is: temporary views (in memory, not in the file) give it the current shape.
        try database.execute("PRAGMA temp_store = MEMORY")
        for shim in readOnlyShims where !applied.contains(shim.missing) { try database.execute(shim.sql) }
        return ResultStore(unmigrated: database)
    }

    /// What an SQLite file holds, as far as gaprun is concerned.
    enum Kind: Equatable {
        /// gaprun's: its application id, or (written before the id existed) the `v1-initial` migration and `runs`.
        case gaprun
        /// No tables at all: safe to turn into a gaprun database.
        case blank
        /// Something else; `found` names what.
        case foreign(found: String)
    }

    static func classify(_ database: Database, path: String) throws -> Kind {
        let applicationID: Int
        let tables: [String]
        do {
            applicationID = try database.scalar("PRAGMA application_id")?.int ?? 0
            tables = try database.rows("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")
                .compactMap { $0.first?.text }
        } catch let error as SQLiteError {
            throw StoreError.notADatabase(path: path, found: "a file SQLite cannot read: \(error.message)")
        }
        if applicationID == Int(Migrator.applicationID) { return .gaprun }
        if applicationID != 0 {
            return .foreign(found: String(format: "application id 0x%08X", applicationID))
        }
        if tables.isEmpty { return .blank }
        if tables.contains("schema_migrations"), tables.contains("runs"),
           try database.scalar("SELECT COUNT(*) FROM schema_migrations WHERE name = 'v1-initial'")?.int == 1 {
            return .gaprun
        }
        let shown = tables.prefix(5).map { "`\($0)`" }.joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
        return .foreign(found: "\(tables.count) table\(tables.count == 1 ? "" : "s") or view\(tables.count == 1 ? "" : "s"): \(shown)")
    }

    private init(unmigrated database: Database) { self.database = database }

    /// An empty in-memory store, for tests.
    public static func inMemory() throws -> ResultStore { try ResultStore(database: Database(.memory)) }

    // MARK: - Experiments

    /// Creates or updates an experiment and replaces its gap definitions. Returns its id.
    @discardableResult
    public func registerExperiment(name: String, gridPath: String?, gridText: String?, source: String = "sweep",
                                   gaps: [GapDefinition]) throws -> Int64 {
        try database.transaction {
            try database.run("""
                INSERT INTO experiments(name, grid_path, grid_text, source) VALUES (?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET grid_path = excluded.grid_path, grid_text = excluded.grid_text,
                    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
                """, [.text(name), SQLValue(gridPath), SQLValue(gridText), .text(source)])
            let id = try experimentID(name: name)!
            try database.run("DELETE FROM gap_definitions WHERE experiment_id = ?", [.integer(id)])
            let insert = try database.prepare(
                "INSERT INTO gap_definitions(experiment_id, name, treatment, baseline, position) VALUES (?, ?, ?, ?, ?)")
            for (position, gap) in gaps.enumerated() {
                try insert.run([.integer(id), .text(gap.name), .text(gap.treatment),
                                .text(gap.baseline), .integer(Int64(position))])
            }
            return id
        }
    }

    /// The id of the experiment called `name`, if any.
    public func experimentID(name: String) throws -> Int64? {
        try database.scalar("SELECT experiment_id FROM experiments WHERE name = ?", [.text(name)]).flatMap {
            if case .integer(let v) = $0 { return v } else { return nil }
        }
    }

    // MARK: - Jobs

    /// Adds jobs as PENDING (jobs already known keep their status and results) and links them to the experiment.
    public func registerJobs(_ jobs: [JobRegistration], experimentID: Int64) throws {
        try database.transaction {
            let insert = try database.prepare("""
                INSERT INTO runs(config_hash, student, student_params, student_size, mix, seed, swept, backend, source,
                                 config_json, versions_json, train_hash, generation_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(config_hash) DO UPDATE SET
                    train_hash = COALESCE(runs.train_hash, excluded.train_hash),
                    generation_hash = COALESCE(runs.generation_hash, excluded.generation_hash)
                """)
            let link = try database.prepare("""
                INSERT OR IGNORE INTO experiment_runs(experiment_id, run_id)
                SELECT ?, run_id FROM runs WHERE config_hash = ?
                """)
            for job in jobs {
                try insert.run([.text(job.configHash), .text(job.student), SQLValue(job.studentParameters),
                                SQLValue(job.studentSize), .text(job.mix), .integer(Int64(job.seed)), .text(job.sweptJSON),
                                .text(job.backend), .text(job.source), .text(job.configJSON), .text(job.versionsJSON),
                                SQLValue(job.trainHash), SQLValue(job.generationHash)])
                try link.run([.integer(experimentID), .text(job.configHash)])
            }
        }
    }

    /// The status of each known config hash.
    public func statuses(configHashes: [String]) throws -> [String: RunStatus] {
        var result: [String: RunStatus] = [:]
        let query = try database.prepare("SELECT status FROM runs WHERE config_hash = ?")
        for hash in configHashes {
            try query.bind([.text(hash)])
            if try query.step(), let text = query.value(at: 0).text, let status = RunStatus(rawValue: text) {
                result[hash] = status
            }
        }
        return result
    }

    /// The stored JobSpec JSON of a run.
    public func configJSON(configHash: String) throws -> String {
        guard let text = try database.scalar("SELECT config_json FROM runs WHERE config_hash = ?", [.text(configHash)])?.text
        else { throw StoreError.unknownRun(configHash) }
        return text
    }

    /// Resolves a unique id prefix (as `gaprun plan` prints) to a full config hash.
    public func resolve(idPrefix: String) throws -> String {
        let rows = try database.rows("SELECT config_hash FROM runs WHERE config_hash LIKE ? || '%' LIMIT 2", [.text(idPrefix)])
        if rows.isEmpty { throw StoreError.unknownRun(idPrefix) }
        if rows.count > 1 { throw StoreError.ambiguousRun(prefix: idPrefix, matches: rows.count) }
        return rows[0][0].text!
    }

    /// Marks a job RUNNING and counts the attempt.
    public func markStarted(configHash: String, worker: String, logPath: String?, slurmJobID: String? = nil) throws {
        try database.run("""
            UPDATE runs SET status = 'RUNNING', attempt = attempt + 1, error = NULL, worker = ?, log_path = ?,
                slurm_job_id = COALESCE(?, slurm_job_id), started_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), ended_at = NULL
            WHERE config_hash = ? AND status != 'COMPLETED'
            """, [.text(worker), SQLValue(logPath), SQLValue(slurmJobID), .text(configHash)])
    }

    /// Names the process running a job (`host:pid`) once it has started.
    public func setWorker(configHash: String, worker: String) throws {
        try database.run("UPDATE runs SET worker = ? WHERE config_hash = ?", [.text(worker), .text(configHash)])
    }

    /// Records that jobs were submitted as Slurm array tasks (`taskIDs[i]` runs `configHashes[i]`, logging to
    /// `logPaths[i]`): PENDING in Slurm, the attempt counted, in one transaction. COMPLETED jobs are left alone.
    public func markSubmitted(configHashes: [String], taskIDs: [String], logPaths: [String]) throws {
        try database.transaction {
            for (hash, (task, log)) in zip(configHashes, zip(taskIDs, logPaths)) {
                try database.run("""
                    UPDATE runs SET status = 'PENDING', attempt = attempt + 1, error = NULL, worker = 'slurm', slurm_job_id = ?,
                        log_path = ?,
                        ended_at = NULL WHERE config_hash = ? AND status != 'COMPLETED'
                    """, [.text(task), .text(log), .text(hash)])
            }
        }
    }

    /// Marks a submitted job RUNNING once its Slurm task started on `host`. The attempt was counted at submission
    /// (a requeue restarts the same attempt), so it is not counted again.
    public func markRunningInSlurm(configHash: String, host: String) throws {
        try database.run("""
            UPDATE runs SET status = 'RUNNING', worker = ?, started_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
            WHERE config_hash = ? AND status = 'PENDING'
            """, [.text("slurm:\(host)"), .text(configHash)])
    }

    /// Jobs submitted to Slurm and not yet concluded (PENDING or RUNNING, last launched by Slurm: a job taken over
    /// by a local worker since keeps its old Slurm id but is the local coordinator's), in registration order.
    public func openSlurmTasks() throws -> [(configHash: String, taskID: String, status: RunStatus)] {
        try database.rows("""
            SELECT config_hash, slurm_job_id, status FROM runs
            WHERE slurm_job_id IS NOT NULL AND status IN ('PENDING', 'RUNNING')
              AND (worker = 'slurm' OR worker LIKE 'slurm:%') ORDER BY run_id
            """).compactMap { row in
            guard let hash = row[0].text, let task = row[1].text else { return nil }
            return (hash, task, RunStatus(rawValue: row[2].text ?? "") ?? .pending)
        }
    }

    /// Makes a COMPLETED job runnable again (`--force`): deletes its result rows and sets it PENDING, in one transaction.
    public func reopen(configHash: String) throws {
        try database.transaction {
            let rows = try database.rows("SELECT run_id FROM runs WHERE config_hash = ?", [.text(configHash)])
            guard let first = rows.first else { throw StoreError.unknownRun(configHash) }
            for table in ["params", "metrics", "tags", "benchmark_results", "predictions", "training_curves"] {
                try database.run("DELETE FROM \(table) WHERE run_id = ?", [first[0]])
            }
            try database.run("UPDATE runs SET status = 'PENDING', error = NULL WHERE run_id = ?", [first[0]])
        }
    }

    /// Records that a job ended without results (FAILED, INTERRUPTED, TIMEOUT, CANCELLED). A COMPLETED job is never demoted.
    public func markEnded(configHash: String, status: RunStatus, error: String) throws {
        precondition(status != .completed && status != .pending, "use record(_:) to complete a job")
        try database.run("""
            UPDATE runs SET status = ?, error = ?, ended_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
            WHERE config_hash = ? AND status != 'COMPLETED'
            """, [.text(status.rawValue), .text(error), .text(configHash)])
    }

    /// Records a finished job: replaces any partial rows, inserts all results, and sets COMPLETED, in one transaction.
    /// Recording a job that is already COMPLETED changes nothing and returns false (no double counting).
    @discardableResult
    public func record(_ outcome: RunOutcome) throws -> Bool {
        try database.transaction {
            let rows = try database.rows("SELECT run_id, status FROM runs WHERE config_hash = ?", [.text(outcome.configHash)])
            guard let row = rows.first, case .integer(let runID) = row[0] else { throw StoreError.unknownRun(outcome.configHash) }
            if row[1].text == RunStatus.completed.rawValue { return false }
            let id = SQLValue.integer(runID)
            for table in ["params", "metrics", "tags", "benchmark_results", "predictions", "training_curves"] {
                try database.run("DELETE FROM \(table) WHERE run_id = ?", [id])
            }
            try insertJudged(runID: id, benchmarks: outcome.benchmarks, predictions: outcome.predictions)
            let curve = try database.prepare(
                "INSERT INTO training_curves(run_id, step, loss, learning_rate, validation_loss) VALUES (?, ?, ?, ?, ?)")
            for point in outcome.curve {
                try curve.run([id, .integer(Int64(point.step)), .real(point.loss), .real(point.learningRate),
                               SQLValue(point.validationLoss)])
            }
            let metric = try database.prepare("INSERT INTO metrics(run_id, key, value) VALUES (?, ?, ?)")
            for (key, value) in outcome.metrics.sorted(by: { $0.key < $1.key }) { try metric.run([id, .text(key), .real(value)]) }
            if let source = outcome.reusedFrom {
                // The trained model is the source's: so are its training curve and the training metrics not measured here.
                let sourceID = try database.scalar("SELECT run_id FROM runs WHERE config_hash = ?", [.text(source)]) ?? .null
                if outcome.curve.isEmpty {
                    try database.run("""
                        INSERT INTO training_curves(run_id, step, loss, learning_rate, validation_loss)
                        SELECT ?, step, loss, learning_rate, validation_loss FROM training_curves WHERE run_id = ?
                        """, [id, sourceID])
                }
                try database.run("""
                    INSERT OR IGNORE INTO metrics(run_id, key, value, step) SELECT ?, key, value, step FROM metrics
                    WHERE run_id = ? AND key NOT IN ('eval_seconds')
                    """, [id, sourceID])
            }
            let param = try database.prepare("INSERT INTO params(run_id, key, value) VALUES (?, ?, ?)")
            for (key, value) in outcome.params.sorted(by: { $0.key < $1.key }) { try param.run([id, .text(key), .text(value)]) }
            let tag = try database.prepare("INSERT INTO tags(run_id, key, value) VALUES (?, ?, ?)")
            for (key, value) in outcome.tags.sorted(by: { $0.key < $1.key }) { try tag.run([id, .text(key), .text(value)]) }
            if let source = outcome.reusedFrom {
                // Tags the outcome does not set (e.g. the provenance of re-judged responses) are the source's.
                try database.run("""
                    INSERT OR IGNORE INTO tags(run_id, key, value)
                    SELECT ?, key, value FROM tags WHERE run_id = (SELECT run_id FROM runs WHERE config_hash = ?)
                    """, [id, .text(source)])
            }
            try database.run("""
                UPDATE runs SET status = 'COMPLETED', error = NULL, started_at = COALESCE(started_at, ?), ended_at = ?,
                    wall_seconds = ?, stage = ?, reused_from = ? WHERE run_id = ?
                """, [.text(outcome.startedAt), .text(outcome.endedAt), .real(outcome.wallSeconds),
                      .text((outcome.stage ?? .train).rawValue), SQLValue(outcome.reusedFrom), id])
            return true
        }
    }

    /// Ingests a worker's result file (`RunOutcome` JSON) for job `configHash`: checks that it belongs to that job and
    /// records it (see `record(_:)`). Returns the run's P (mean benchmark accuracy, percent) for progress lines.
    /// The local coordinator and the Slurm collector both ingest through here.
    @discardableResult
    public func ingest(resultFile path: String, configHash: String) throws -> Double {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.badResult(path: path, message: "cannot read the file")
        }
        let outcome: RunOutcome
        do { outcome = try JSONDecoder().decode(RunOutcome.self, from: data) } catch {
            throw StoreError.badResult(path: path, message: "not a result file: \(error)")
        }
        guard outcome.configHash == configHash else {
            throw StoreError.badResult(path: path, message: "result belongs to another job (\(outcome.configHash.prefix(12)))")
        }
        try record(outcome)
        return outcome.benchmarks.isEmpty ? 0
            : 100 * outcome.benchmarks.map(\.accuracy).reduce(0, +) / Double(outcome.benchmarks.count)
    }

    /// Records one benchmark's scored predictions into a `score` run (created COMPLETED on first use) in one
    /// transaction, replacing that benchmark's earlier rows: scoring the same file twice never double counts.
    public func recordScore(run: JobRegistration, experiment: String, benchmark: BenchmarkOutcome,
                            predictions: [PredictionRecord]) throws {
        try database.transaction {
            try database.run("""
                INSERT INTO experiments(name, source) VALUES (?, 'score') ON CONFLICT(name) DO UPDATE SET
                    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
                """, [.text(experiment)])
            try database.run("""
                INSERT INTO runs(config_hash, student, student_params, student_size, mix, seed, swept, backend, source,
                                 status, attempt, config_json, versions_json, started_at, ended_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'COMPLETED', 1, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'),
                        strftime('%Y-%m-%dT%H:%M:%fZ','now'))
                ON CONFLICT(config_hash) DO UPDATE SET ended_at = excluded.ended_at
                """, [.text(run.configHash), .text(run.student), SQLValue(run.studentParameters), SQLValue(run.studentSize),
                      .text(run.mix), .integer(Int64(run.seed)), .text(run.sweptJSON), .text(run.backend), .text(run.source),
                      .text(run.configJSON), .text(run.versionsJSON)])
            try database.run("""
                INSERT OR IGNORE INTO experiment_runs(experiment_id, run_id)
                SELECT e.experiment_id, r.run_id FROM experiments e, runs r WHERE e.name = ? AND r.config_hash = ?
                """, [.text(experiment), .text(run.configHash)])
            let id = try database.scalar("SELECT run_id FROM runs WHERE config_hash = ?", [.text(run.configHash)]) ?? .null
            try database.run("DELETE FROM benchmark_results WHERE run_id = ? AND benchmark = ?", [id, .text(benchmark.benchmark)])
            try database.run("DELETE FROM predictions WHERE run_id = ? AND benchmark = ?", [id, .text(benchmark.benchmark)])
            try insertJudged(runID: id, benchmarks: [benchmark], predictions: predictions)
        }
    }

    /// Inserts a run's benchmark results and judged predictions (inside the caller's transaction): the one place
    /// both tables are written, for sweep jobs and `score` runs alike.
    private func insertJudged(runID id: SQLValue, benchmarks: [BenchmarkOutcome], predictions: [PredictionRecord]) throws {
        let benchmark = try database.prepare("""
            INSERT INTO benchmark_results(run_id, benchmark, correct, total, accuracy, scorer, scorer_version, budget_hits)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for b in benchmarks {
            try benchmark.run([id, .text(b.benchmark), .integer(Int64(b.correct)), .integer(Int64(b.total)),
                               .real(b.accuracy), .text(b.scorer), .text(b.scorerVersion), SQLValue(b.budgetHits)])
        }
        let prediction = try database.prepare("""
            INSERT INTO predictions(run_id, benchmark, problem_id, response, extracted, correct, reason, scorer, scorer_version,
                                    hit_budget)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for p in predictions {
            try prediction.run([id, .text(p.benchmark), .text(p.problemID), .text(p.response), SQLValue(p.extracted),
                                SQLValue(p.correct), .text(p.reason), .text(p.scorer), .text(p.scorerVersion),
                                SQLValue(p.hitBudget)])
        }
    }

    // MARK: - Queries for status

    /// Runs of one experiment (or all), in registration order.
    public func runs(experiment: String? = nil) throws -> [RunSummary] {
        let filter = experiment == nil ? "" : """
            WHERE r.run_id IN (SELECT er.run_id FROM experiment_runs er JOIN experiments e USING (experiment_id) WHERE e.name = ?)
            """
        let rows = try database.rows("""
            SELECT r.config_hash, r.student, r.mix, r.seed, r.status, r.attempt, r.error, r.worker, r.slurm_job_id,
                   r.log_path, r.wall_seconds FROM runs r \(filter) ORDER BY r.run_id
            """, experiment.map { [.text($0)] } ?? [])
        return rows.map { row in
            RunSummary(configHash: row[0].text ?? "", student: row[1].text ?? "", mix: row[2].text ?? "", seed: row[3].int ?? 0,
                       status: RunStatus(rawValue: row[4].text ?? "") ?? .pending, attempt: row[5].int ?? 0,
                       error: row[6].text, worker: row[7].text, slurmJobID: row[8].text, logPath: row[9].text,
                       wallSeconds: row[10].double)
        }
    }

    /// Experiment names with their run counts, oldest first.
    public func experiments() throws -> [(name: String, source: String, runs: Int, updatedAt: String)] {
        try database.rows("""
            SELECT e.name, e.source, COUNT(er.run_id), e.updated_at FROM experiments e
            LEFT JOIN experiment_runs er USING (experiment_id) GROUP BY e.experiment_id ORDER BY e.experiment_id
            """).map { ($0[0].text ?? "", $0[1].text ?? "", $0[2].int ?? 0, $0[3].text ?? "") }
    }
}
