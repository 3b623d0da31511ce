// The gaprun results schema as migrations. Documented in docs/schema.md; outside scripts rely on `runs.status`,
// `runs.config_hash` and the `gaps` view (student, gap, delta), so those names never change.

/// Every migration gaprun knows, in order.
public let gaprunMigrations = Migrator([
    Migration("v1-initial", sql: """
        CREATE TABLE experiments (
            experiment_id INTEGER PRIMARY KEY,
            name          TEXT NOT NULL UNIQUE,          -- the grid's name (file stem by default), or an import's name
            grid_path     TEXT,                          -- where the grid file was read from
            grid_text     TEXT,                          -- the resolved grid (after extends) as YAML
            source        TEXT NOT NULL DEFAULT 'sweep', -- sweep | import | score
            created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
        );

        CREATE TABLE runs (
            run_id         INTEGER PRIMARY KEY,
            config_hash    TEXT NOT NULL UNIQUE,          -- job id: SHA-256 of the resolved config + component versions
            student        TEXT NOT NULL,
            student_params INTEGER,                       -- parameter count of an in-process student
            student_size   REAL,                          -- sort key for students: parameters (in-process) or size_billions·1e9
            mix            TEXT NOT NULL,
            seed           INTEGER NOT NULL,
            swept          TEXT NOT NULL DEFAULT '{}',    -- JSON of extra swept keys, e.g. {"train.learning_rate":"0.001"}
            backend        TEXT NOT NULL DEFAULT 'inprocess',
            source         TEXT NOT NULL DEFAULT 'inprocess', -- inprocess | command | slurm | import:<file> | score
            status         TEXT NOT NULL DEFAULT 'PENDING'
                           CHECK (status IN ('PENDING','RUNNING','COMPLETED','FAILED','INTERRUPTED','TIMEOUT','CANCELLED')),
            attempt        INTEGER NOT NULL DEFAULT 0,    -- how many times the job was started
            error          TEXT,                          -- the last failure, when status is not COMPLETED
            config_json    TEXT NOT NULL,                 -- the fully resolved JobSpec
            versions_json  TEXT NOT NULL,                 -- trainer/lab/judge versions
            worker         TEXT,                          -- host:pid of the last worker, or the Slurm job id
            slurm_job_id   TEXT,
            log_path       TEXT,
            created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            started_at     TEXT,
            ended_at       TEXT,
            wall_seconds   REAL
        );
        CREATE INDEX runs_cell ON runs(student, mix, seed);

        CREATE TABLE experiment_runs (
            experiment_id INTEGER NOT NULL REFERENCES experiments(experiment_id) ON DELETE CASCADE,
            run_id        INTEGER NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
            PRIMARY KEY (experiment_id, run_id)
        );

        CREATE TABLE gap_definitions (
            experiment_id INTEGER NOT NULL REFERENCES experiments(experiment_id) ON DELETE CASCADE,
            name          TEXT NOT NULL,                  -- e.g. long, large
            treatment     TEXT NOT NULL,                  -- mix name, e.g. long
            baseline      TEXT NOT NULL,                  -- mix name, e.g. short
            position      INTEGER NOT NULL DEFAULT 0,     -- order in the grid file
            PRIMARY KEY (experiment_id, name)
        );

        -- MLflow-style key/value tables.
        CREATE TABLE params (
            run_id INTEGER NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
            key    TEXT NOT NULL,
            value  TEXT NOT NULL,
            PRIMARY KEY (run_id, key)
        );
        CREATE TABLE metrics (
            run_id INTEGER NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
            key    TEXT NOT NULL,
            value  REAL NOT NULL,
            step   INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (run_id, key, step)
        );
        CREATE TABLE tags (
            run_id INTEGER NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
            key    TEXT NOT NULL,
            value  TEXT NOT NULL,
            PRIMARY KEY (run_id, key)
        );

        CREATE TABLE benchmark_results (
            run_id         INTEGER NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
            benchmark      TEXT NOT NULL,                 -- registered name, e.g. gsm-synth, math500
            correct        INTEGER NOT NULL CHECK (correct >= 0),
            total          INTEGER NOT NULL CHECK (total > 0 AND correct <= total),
            accuracy       REAL NOT NULL,                 -- correct / total, a fraction in [0, 1]
            scorer         TEXT NOT NULL,
            scorer_version TEXT NOT NULL,
            PRIMARY KEY (run_id, benchmark)
        );

        CREATE TABLE predictions (
            run_id         INTEGER NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
            benchmark      TEXT NOT NULL,
            problem_id     TEXT NOT NULL,
            response       TEXT NOT NULL,
            extracted      TEXT,                          -- NULL when no answer could be extracted
            correct        INTEGER NOT NULL CHECK (correct IN (0, 1)),
            reason         TEXT NOT NULL,                 -- what the judge matched and why
            scorer         TEXT NOT NULL,
            scorer_version TEXT NOT NULL,
            PRIMARY KEY (run_id, benchmark, problem_id)
        );

        CREATE TABLE training_curves (
            run_id        INTEGER NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
            step          INTEGER NOT NULL,
            loss          REAL NOT NULL,
            learning_rate REAL NOT NULL,
            PRIMARY KEY (run_id, step)
        );

        -- P per completed run: the plain mean of its benchmark accuracies, in percentage points.
        CREATE VIEW run_performance AS
        SELECT r.run_id, r.config_hash, r.student, r.student_size, r.mix, r.seed, r.swept, r.source,
               COUNT(b.benchmark) AS benchmarks,
               100.0 * AVG(b.accuracy) AS p
        FROM runs r JOIN benchmark_results b ON b.run_id = r.run_id
        WHERE r.status = 'COMPLETED'
        GROUP BY r.run_id;

        -- Gaps per experiment, student (and swept values): Δ = P(treatment) − P(baseline), each P averaged over seeds,
        -- in percentage points. Intervals live in `gaprun gap` (bootstrap), not in SQL.
        CREATE VIEW gaps AS
        WITH per_mix AS (
            SELECT er.experiment_id, p.student, p.swept, p.mix, MAX(p.student_size) AS student_size,
                   AVG(p.p) AS p, COUNT(*) AS seeds
            FROM run_performance p JOIN experiment_runs er ON er.run_id = p.run_id
            GROUP BY er.experiment_id, p.student, p.swept, p.mix
        )
        SELECT e.name AS experiment, g.name AS gap, t.student, t.student_size, t.swept,
               g.treatment, g.baseline, t.p AS p_treatment, b.p AS p_baseline, t.p - b.p AS delta,
               t.seeds AS seeds_treatment, b.seeds AS seeds_baseline, g.position
        FROM gap_definitions g
        JOIN experiments e ON e.experiment_id = g.experiment_id
        JOIN per_mix t ON t.experiment_id = g.experiment_id AND t.mix = g.treatment
        JOIN per_mix b ON b.experiment_id = g.experiment_id AND b.mix = g.baseline
                       AND b.student = t.student AND b.swept = t.swept;
        """),
    // Training and evaluation as separate stages; judgments side by side per scorer; held-out loss.
    Migration("v2-stages-and-validation-loss", sql: """
        ALTER TABLE runs ADD COLUMN train_hash TEXT;      -- training identity: the trained model (NULL: not yet known)
        ALTER TABLE runs ADD COLUMN generation_hash TEXT; -- the trained model + benchmarks + generation settings
        ALTER TABLE runs ADD COLUMN stage TEXT;           -- what the run did: train | generate | judge (NULL: train)
        ALTER TABLE runs ADD COLUMN reused_from TEXT;     -- config_hash of the run whose checkpoint or responses it reused
        CREATE INDEX runs_train ON runs(train_hash);
        CREATE INDEX runs_generation ON runs(generation_hash);

        ALTER TABLE training_curves ADD COLUMN validation_loss REAL; -- held-out loss at checkpoint steps, else NULL

        -- P per completed run, now with the scorer that judged it.
        DROP VIEW gaps;
        DROP VIEW run_performance;
        CREATE VIEW run_performance AS
        SELECT r.run_id, r.config_hash, r.student, r.student_size, r.mix, r.seed, r.swept, r.source,
               COUNT(b.benchmark) AS benchmarks,
               100.0 * AVG(b.accuracy) AS p,
               MIN(b.scorer) AS scorer, r.generation_hash
        FROM runs r JOIN benchmark_results b ON b.run_id = r.run_id
        WHERE r.status = 'COMPLETED'
        GROUP BY r.run_id;

        -- Gaps per experiment, scorer, student (and swept values): the scores of one scorer are never averaged with
        -- another's (a rescored experiment has one row per scorer).
        CREATE VIEW gaps AS
        WITH per_mix AS (
            SELECT er.experiment_id, p.scorer, p.student, p.swept, p.mix, MAX(p.student_size) AS student_size,
                   AVG(p.p) AS p, COUNT(*) AS seeds
            FROM run_performance p JOIN experiment_runs er ON er.run_id = p.run_id
            GROUP BY er.experiment_id, p.scorer, p.student, p.swept, p.mix
        )
        SELECT e.name AS experiment, g.name AS gap, t.student, t.student_size, t.swept,
               g.treatment, g.baseline, t.p AS p_treatment, b.p AS p_baseline, t.p - b.p AS delta,
               t.seeds AS seeds_treatment, b.seeds AS seeds_baseline, g.position, t.scorer
        FROM gap_definitions g
        JOIN experiments e ON e.experiment_id = g.experiment_id
        JOIN per_mix t ON t.experiment_id = g.experiment_id AND t.mix = g.treatment
        JOIN per_mix b ON b.experiment_id = g.experiment_id AND b.mix = g.baseline
                       AND b.student = t.student AND b.swept = t.swept AND b.scorer = t.scorer;
        """),
    // Budget hits: how many responses a length limit (the generation budget or the full context) ended.
    Migration("v3-budget-hits", sql: """
        ALTER TABLE predictions ADD COLUMN hit_budget INTEGER CHECK (hit_budget IN (0, 1)); -- 1: ended by a length limit (NULL: not recorded)
        ALTER TABLE benchmark_results ADD COLUMN budget_hits INTEGER CHECK (budget_hits >= 0); -- responses ended by a length limit (NULL: not recorded)
        """),
])

/// What a read-only connection runs (in its own TEMP schema, never in the file) so that a database of an older
/// schema reads like the current one: keyed by the migration it lacks. Temporary views shadow the file's tables and
/// views of the same name; the columns a migration added read as NULL. A view that stands for a table keeps its
/// `rowid` as a column, so queries that order by recording order read an old file in the same order.
let readOnlyShims: [(missing: String, sql: String)] = [
    ("v2-stages-and-validation-loss", """
        CREATE TEMP VIEW runs AS SELECT *, NULL AS train_hash, NULL AS generation_hash, NULL AS stage, NULL AS reused_from
            FROM main.runs;
        CREATE TEMP VIEW training_curves AS SELECT *, NULL AS validation_loss FROM main.training_curves;
        CREATE TEMP VIEW run_performance AS
        SELECT r.run_id, r.config_hash, r.student, r.student_size, r.mix, r.seed, r.swept, r.source,
               COUNT(b.benchmark) AS benchmarks, 100.0 * AVG(b.accuracy) AS p, MIN(b.scorer) AS scorer, r.generation_hash
        FROM temp.runs r JOIN main.benchmark_results b ON b.run_id = r.run_id
        WHERE r.status = 'COMPLETED'
        GROUP BY r.run_id;
        CREATE TEMP VIEW gaps AS
        WITH per_mix AS (
            SELECT er.experiment_id, p.scorer, p.student, p.swept, p.mix, MAX(p.student_size) AS student_size,
                   AVG(p.p) AS p, COUNT(*) AS seeds
            FROM temp.run_performance p JOIN main.experiment_runs er ON er.run_id = p.run_id
            GROUP BY er.experiment_id, p.scorer, p.student, p.swept, p.mix
        )
        SELECT e.name AS experiment, g.name AS gap, t.student, t.student_size, t.swept,
               g.treatment, g.baseline, t.p AS p_treatment, b.p AS p_baseline, t.p - b.p AS delta,
               t.seeds AS seeds_treatment, b.seeds AS seeds_baseline, g.position, t.scorer
        FROM main.gap_definitions g
        JOIN main.experiments e ON e.experiment_id = g.experiment_id
        JOIN per_mix t ON t.experiment_id = g.experiment_id AND t.mix = g.treatment
        JOIN per_mix b ON b.experiment_id = g.experiment_id AND b.mix = g.baseline
                       AND b.student = t.student AND b.swept = t.swept AND b.scorer = t.scorer;
        """),
    ("v3-budget-hits", """
        CREATE TEMP VIEW predictions AS SELECT rowid AS rowid, *, NULL AS hit_budget FROM main.predictions;
        CREATE TEMP VIEW benchmark_results AS SELECT rowid AS rowid, *, NULL AS budget_hits FROM main.benchmark_results;
        """),
]
