// `gaprun sweep`: validate a grid, register its jobs, run the pending ones on N local workers or as one Slurm job
// array (`--backend slurm`), print the gap table.
import ArgumentParser
import Foundation
import GapCore
import GapGrid
import GapReport
import GapResults
import GapRun
import GapStore

struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run every pending job of a grid file.",
        discussion: """
        Jobs already COMPLETED in the database are skipped, so running the same command again resumes a sweep.
        FAILED jobs are skipped too unless --rerun-failed. Ctrl-C stops cleanly (running jobs save a checkpoint and
        are recorded INTERRUPTED; the next sweep resumes them); a second Ctrl-C exits at once.
        Exit code 1 when any job failed or the sweep was interrupted.
        Jobs start costliest first (estimated operations), so the workers finish together.
        With --backend slurm (or `backend: slurm` in the grid) the pending jobs go out as one Slurm job array per
        resource request — CPUs from train.threads, memory and time limit from the trainer's estimates, unless the
        grid's slurm section or --cpus-per-task/--mem/--time set them — and the sweep waits for them (Ctrl-C stops
        waiting, not the jobs, and exits 0 unless a job failed); --detach submits and returns, and `gaprun collect`
        ingests the results later. `gaprun plan GRID --backend slurm` shows each job's request.
        """)

    @Argument(help: "The grid file (YAML), e.g. experiments/quickstart.conf.")
    var grid: String

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("jobs"), help: "Parallel workers (default: cores ÷ train.threads).")
    var workers: Int?

    @Flag(help: "Run FAILED jobs again.")
    var rerunFailed = false

    @Flag(help: "Run every job again, COMPLETED ones included (their old results are replaced).")
    var force = false

    @Flag(help: "Validate and list the jobs that would run; write nothing.")
    var dryRun = false

    @Flag(help: "Print only failures and the final summary.")
    var quiet = false

    @Flag(help: "Print progress events and the summary as JSON lines on stdout.")
    var json = false

    @Option(help: "Override the grid's backend: inprocess, command or slurm.")
    var backend: String?

    @Option(help: "Slurm partition (default: the grid's slurm.partition, else the cluster's default).")
    var partition: String?

    @Option(help: "Slurm: most array tasks running at once (--array=0-K%N).")
    var arrayParallelism: Int?

    @Option(help: "Slurm: time limit per task, e.g. 30, 01:00:00 or 1-00:00:00 (default: from each job's estimated cost).")
    var time: String?

    @Option(help: "Slurm: memory per task, e.g. 512M or 4G (default: the trainer's estimate of its peak plus headroom).")
    var mem: String?

    @Option(help: "Slurm: CPUs per task (default: the job's train.threads, or commands.cpus for command jobs).")
    var cpusPerTask: Int?

    @Flag(help: "Slurm: submit and return without waiting; `gaprun collect` ingests the results later.")
    var detach = false

    func validate() throws {
        if let workers, workers < 1 { throw ValidationError("--jobs must be at least 1") }
        if quiet && json { throw ValidationError("'--quiet' and '--json' are mutually exclusive") }
        if let backend, !Backend.names.contains(backend) {
            throw ValidationError("--backend must be inprocess, command or slurm (got '\(backend)')")
        }
        if let arrayParallelism, arrayParallelism < 1 { throw ValidationError("--array-parallelism must be at least 1") }
        if let time, SlurmBatchScript.timeLimitSeconds(time) == nil {
            throw ValidationError("--time must be a Slurm time such as 30, 01:00:00 or 1-00:00:00 (got '\(time)')")
        }
        if let mem, !SlurmSettings.isValidMemory(mem) {
            throw ValidationError("--mem must be a Slurm memory size such as 512M, 4G or 0 (got '\(mem)')")
        }
        if let cpusPerTask, cpusPerTask < 1 { throw ValidationError("--cpus-per-task must be at least 1") }
    }

    func run() throws {
        let (gridSpec, plannedJobs) = try SweepPlanner.plan(gridPath: grid, backendOverride: backend)
        var jobs = plannedJobs
        let settings = slurmSettings(grid: gridSpec)
        let onSlurm = gridSpec.place == .slurm
        // Before anything is written: Slurm flags on a local sweep are a usage error.
        if !onSlurm && (detach || partition != nil || arrayParallelism != nil || time != nil || mem != nil || cpusPerTask != nil) {
            throw ValidationError("--detach, --partition, --array-parallelism, --time, --mem and --cpus-per-task need --backend slurm")
        }
        if dryRun {
            let statuses = try existingStatuses(jobs.map(\.id))
            let selection = jobsToRun(jobs, statuses: statuses, rerunFailed: rerunFailed, force: force)
            let stages = try existingStages(jobs)
            let requests = onSlurm ? SlurmRequest.byJob(jobs, settings: settings, commandResources: gridSpec.commandResources) : nil
            print(PlanListing.text(grid: gridSpec, jobs: jobs, statuses: statuses, stages: force ? nil : stages,
                                   requests: requests))
            print("dry run: \(selection.run.count) of \(jobs.count) jobs would run; nothing was written")
            return
        }
        try ResultStore.checkWritable(path: database.path)  // refuse a foreign file before creating anything beside it
        let lock = try DatabaseLock(databasePath: database.path)
        defer { withExtendedLifetime(lock) {} }
        let store = try ResultStore(path: database.path)
        try SweepPlanner.register(grid: gridSpec, jobs: jobs, in: store)
        var judgedFailures = 0
        if !force {
            // Jobs whose responses or trained model are stored already only judge (here, now) or only generate.
            let prepared = try JobStages.prepare(
                jobs, store: store, runsDirectory: RunPaths.runsDirectory(forDatabase: database.path),
                dataSearchRoots: DataRoots.defaults(gridPath: grid), rerunFailed: rerunFailed,
                report: { line in
                    if !json && !quiet || line.hasPrefix("FAILED") { FileHandle.standardError.write(Data((line + "\n").utf8)) }
                })
            jobs = prepared.jobs
            judgedFailures = prepared.failed
        }

        let threads = max(1, jobs.first?.spec.train.threads ?? 1)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let mode: OutputMode = json ? .json : quiet ? .quiet : (isatty(STDERR_FILENO) != 0 ? .live : .plain)
        let options = SweepOptions(
            workers: workers ?? max(1, cores / threads), rerunFailed: rerunFailed, force: force, output: mode,
            executablePath: DataRoots.executablePath(), dataSearchRoots: DataRoots.defaults(gridPath: grid))
        let signals = SignalWatcher()
        let (launcher, place) = try makeLauncher(grid: gridSpec, settings: settings, store: store, options: options)
        if mode != .json && mode != .quiet {
            FileHandle.standardError.write(Data(("sweep \(gridSpec.name): \(jobs.count) jobs, \(place), "
                + "database \(database.path)\n").utf8))
        }
        let summary = try launcher.run(jobs, signals: signals)
        if detach {
            FileHandle.standardError.write(Data(("sweep \(gridSpec.name): submitted; \(summary.inSlurm) job(s) in Slurm, "
                + "\(summary.skippedCompleted) already completed (hint: `gaprun collect --db \(database.path)` ingests results)\n").utf8))
            return
        }
        if summary.aborted {
            FileHandle.standardError.write(Data("aborted by a second Ctrl-C; running jobs recorded INTERRUPTED\n".utf8))
            throw ExitCode.failure
        }
        let line = "sweep \(gridSpec.name): \(summary.completed) completed, \(summary.failed) failed, "
            + "\(summary.interrupted) interrupted, \(summary.skippedCompleted) already completed"
            + (summary.inSlurm > 0 ? ", \(summary.inSlurm) still queued or running in Slurm (hint: `gaprun collect --db "
                + "\(database.path)` ingests them)" : "")
            + (summary.skippedFailed > 0 ? ", \(summary.skippedFailed) failed earlier (skipped)" : "")
            + " in \(formatDuration(summary.wallSeconds))"
        // The grid's own scorer, also when the experiment holds other scorers' judgments of the same responses.
        let (results, _) = try ReportData.load(store: store, experiment: gridSpec.name, databaseLabel: database.path,
                                               scorer: jobs.first?.spec.eval.scorer)
        let cutCells = BudgetHitShare.cellsAboveWarning(results)
        if json {
            let object: [String: Any] = ["event": "summary", "budget_hit_cells": cutCells, "experiment": gridSpec.name, "completed": summary.completed,
                                         "failed": summary.failed, "interrupted": summary.interrupted,
                                         "skipped_completed": summary.skippedCompleted, "skipped_failed": summary.skippedFailed,
                                         "in_slurm": summary.inSlurm,
                                         "wall_seconds": summary.wallSeconds]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            FileHandle.standardError.write(Data((line + "\n").utf8))
            for cell in cutCells {
                FileHandle.standardError.write(Data(("warning: \(cell) hit the generation budget or the full context "
                    + "(above \(Int(BudgetHitShare.warningPercent))%): if they are cut answers rather than loops, raise "
                    + "eval.max_new_tokens or context_length\n").utf8))
            }
            if !quiet {
                let estimates = GapEstimator(options: GapOptions()).estimates(results, byBenchmark: false)
                print(GapFormatter.render(estimates, experiment: results.name, format: .text, byBenchmark: false), terminator: "")
            }
        }
        if summary.failed > 0 || summary.interrupted > 0 || judgedFailures > 0 { throw ExitCode.failure }
    }

    /// The grid's `slurm` settings with the command line's overrides.
    private func slurmSettings(grid: GridSpec) -> SlurmSettings {
        var settings = grid.slurm ?? SlurmSettings()
        if let partition { settings.partition = partition }
        if let arrayParallelism { settings.arrayParallelism = arrayParallelism }
        if let time { settings.time = time }
        if let mem { settings.memory = mem }
        if let cpusPerTask { settings.cpusPerTask = cpusPerTask }
        return settings
    }

    /// The launcher for the grid's place, and how the start line names it.
    private func makeLauncher(grid: GridSpec, settings: SlurmSettings, store: ResultStore, options: SweepOptions) throws
        -> (launcher: any Launcher, place: String) {
        let runsDirectory = RunPaths.runsDirectory(forDatabase: database.path)
        switch grid.place {
        case .local:
            return (LocalLauncher(runner: SweepRunner(store: store, runsDirectory: runsDirectory, options: options)),
                    "\(options.workers) worker(s)")
        case .slurm:
            guard SlurmClient.isAvailable else {
                throw CLIError("--backend slurm: `sbatch` is not on the PATH (hint: run on a Slurm login node, or set SLURM_CONF)")
            }
            let launcher = SlurmLauncher(
                store: store, runsDirectory: runsDirectory, experiment: grid.name,
                options: SlurmSweepOptions(settings: settings, commandResources: grid.commandResources,
                                           executablePath: options.executablePath,
                                           dataSearchRoots: options.dataSearchRoots, rerunFailed: rerunFailed, force: force,
                                           detach: detach, output: options.output))
            return (launcher, "Slurm arrays (one per resource request, at most \(settings.arrayParallelism) tasks of each at once)")
        }
    }

    private func existingStages(_ jobs: [PlannedJob]) throws -> [String: JobStageNeed]? {
        guard FileManager.default.fileExists(atPath: database.path) else { return nil }
        return try JobStages.plan(jobs, store: ResultStore.openReadOnly(path: database.path),
                                  runsDirectory: RunPaths.runsDirectory(forDatabase: database.path))
    }

    private func existingStatuses(_ ids: [String]) throws -> [String: RunStatus] {
        guard FileManager.default.fileExists(atPath: database.path) else { return [:] }
        return try ResultStore.openReadOnly(path: database.path).statuses(configHashes: ids)
    }
}
