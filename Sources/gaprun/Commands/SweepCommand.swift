// `gaprun sweep`: validate a grid, register its jobs, run the pending ones on N workers, print the gap table.
import ArgumentParser
import Foundation
import GapReport
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

    func validate() throws {
        if let workers, workers < 1 { throw ValidationError("--jobs must be at least 1") }
        if quiet && json { throw ValidationError("'--quiet' and '--json' are mutually exclusive") }
        if let backend, !["inprocess", "command", "slurm"].contains(backend) {
            throw ValidationError("--backend must be inprocess, command or slurm (got '\(backend)')")
        }
    }

    func run() throws {
        let (gridSpec, jobs) = try SweepPlanner.plan(gridPath: grid, backendOverride: backend)
        if dryRun {
            let statuses = try existingStatuses(jobs.map(\.id))
            let selection = jobsToRun(jobs, statuses: statuses, rerunFailed: rerunFailed, force: force)
            print(PlanListing.text(grid: gridSpec, jobs: jobs, statuses: statuses))
            print("dry run: \(selection.run.count) of \(jobs.count) jobs would run; nothing was written")
            return
        }
        let lock = try DatabaseLock(databasePath: database.path)
        defer { withExtendedLifetime(lock) {} }
        let store = try ResultStore(path: database.path)
        try SweepPlanner.register(grid: gridSpec, jobs: jobs, in: store)

        let threads = max(1, jobs.first?.spec.train.threads ?? 1)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let mode: OutputMode = json ? .json : quiet ? .quiet : (isatty(STDERR_FILENO) != 0 ? .live : .plain)
        let options = SweepOptions(
            workers: workers ?? max(1, cores / threads), rerunFailed: rerunFailed, force: force, output: mode,
            executablePath: DataRoots.executablePath(), dataSearchRoots: DataRoots.defaults(gridPath: grid))
        let signals = SignalWatcher()
        let runner = SweepRunner(store: store, runsDirectory: RunPaths.runsDirectory(forDatabase: database.path), options: options)
        if mode != .json && mode != .quiet {
            FileHandle.standardError.write(Data(("sweep \(gridSpec.name): \(jobs.count) jobs, \(options.workers) worker(s), "
                + "database \(database.path)\n").utf8))
        }
        let summary = try runner.run(jobs, signals: signals)
        if summary.aborted {
            FileHandle.standardError.write(Data("aborted by a second Ctrl-C; running jobs recorded INTERRUPTED\n".utf8))
            throw ExitCode.failure
        }
        let line = "sweep \(gridSpec.name): \(summary.completed) completed, \(summary.failed) failed, "
            + "\(summary.interrupted) interrupted, \(summary.skippedCompleted) already completed"
            + (summary.skippedFailed > 0 ? ", \(summary.skippedFailed) failed earlier (skipped)" : "")
            + " in \(formatDuration(summary.wallSeconds))"
        if json {
            let object: [String: Any] = ["event": "summary", "experiment": gridSpec.name, "completed": summary.completed,
                                         "failed": summary.failed, "interrupted": summary.interrupted,
                                         "skipped_completed": summary.skippedCompleted, "skipped_failed": summary.skippedFailed,
                                         "wall_seconds": summary.wallSeconds]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            FileHandle.standardError.write(Data((line + "\n").utf8))
            if !quiet {
                let (results, _) = try ReportData.load(store: store, experiment: gridSpec.name, databaseLabel: database.path)
                let estimates = GapEstimator(options: GapOptions()).estimates(results, byBenchmark: false)
                print(GapFormatter.render(estimates, experiment: results.name, format: .text, byBenchmark: false), terminator: "")
            }
        }
        if summary.failed > 0 || summary.interrupted > 0 { throw ExitCode.failure }
    }

    private func existingStatuses(_ ids: [String]) throws -> [String: RunStatus] {
        guard FileManager.default.fileExists(atPath: database.path) else { return [:] }
        return try ResultStore.openReadOnly(path: database.path).statuses(configHashes: ids)
    }
}
