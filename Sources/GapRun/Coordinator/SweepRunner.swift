// SweepRunner: the local coordinator. Runs pending jobs in isolated worker processes (`gaprun run-job`), N at a time,
// and is the only writer of the database: each finished job is recorded in one transaction. A crashing worker only
// fails its own job; Ctrl-C stops cleanly (jobs recorded INTERRUPTED, resumable); a second Ctrl-C exits at once.
import Foundation
import GapStore
import Synchronization

/// How a sweep runs.
public struct SweepOptions: Sendable {
    /// Parallel worker processes.
    public var workers: Int
    /// Run FAILED jobs again (by default they are skipped, like COMPLETED ones).
    public var rerunFailed: Bool
    /// Run every job again, COMPLETED ones included (their rows are replaced when the new result is recorded).
    public var force: Bool
    public var output: OutputMode
    /// The gaprun executable that workers run (`gaprun run-job`).
    public let executablePath: String
    /// Roots searched for benchmark data files.
    public var dataSearchRoots: [String]

    public init(workers: Int, rerunFailed: Bool = false, force: Bool = false, output: OutputMode = .plain,
                executablePath: String, dataSearchRoots: [String]) {
        self.workers = workers; self.rerunFailed = rerunFailed; self.force = force; self.output = output
        self.executablePath = executablePath; self.dataSearchRoots = dataSearchRoots
        workerLaunchPath = Self.launchPath(for: executablePath)
    }

    /// The path workers are started from, fixed when the options are made (at the start of a sweep). When
    /// `executablePath` is this very process's binary (the CLI's sweep), it is `/proc/<pid>/exe`, which opens the
    /// binary the coordinator was started from even after a rebuild replaced or removed the file: every job of a sweep
    /// runs the same trainer and judge. Otherwise (tests, other hosts) `executablePath` itself.
    public let workerLaunchPath: String

    static func launchPath(for executablePath: String) -> String {
        let own = "/proc/\(getpid())/exe"
        guard let running = try? FileManager.default.destinationOfSymbolicLink(atPath: own),
              running == executablePath, FileManager.default.isExecutableFile(atPath: own) else { return executablePath }
        return own
    }
}

/// What a sweep did.
public struct SweepSummary: Sendable {
    public var total = 0
    public var skippedCompleted = 0
    public var skippedFailed = 0
    public var completed = 0
    public var failed = 0
    public var interrupted = 0
    /// Jobs left queued or running in Slurm (detached, or the sweep stopped waiting): not interrupted; `gaprun
    /// collect` ingests them when they end.
    public var inSlurm = 0
    public var wallSeconds = 0.0
    /// True when a second Ctrl-C ended the sweep at once.
    public var aborted = false
}

/// Which of `jobs` a sweep runs, given their stored statuses.
public func jobsToRun(_ jobs: [PlannedJob], statuses: [String: RunStatus], rerunFailed: Bool, force: Bool)
    -> (run: [PlannedJob], skippedCompleted: Int, skippedFailed: Int) {
    var run: [PlannedJob] = []
    var completed = 0, failed = 0
    for job in jobs {
        switch statuses[job.id] {
        case .completed? where !force: completed += 1
        case .failed? where !(rerunFailed || force): failed += 1
        default: run.append(job)
        }
    }
    return (run, completed, failed)
}

/// Picks the jobs to run from their stored statuses, announces the skipped ones, and starts the summary.
func beginSweep(_ jobs: [PlannedJob], store: ResultStore, rerunFailed: Bool, force: Bool, display: ProgressDisplay) throws
    -> (run: [PlannedJob], summary: SweepSummary) {
    var summary = SweepSummary()
    summary.total = jobs.count
    let statuses = try store.statuses(configHashes: jobs.map(\.id))
    let selection = jobsToRun(jobs, statuses: statuses, rerunFailed: rerunFailed, force: force)
    summary.skippedCompleted = selection.skippedCompleted
    summary.skippedFailed = selection.skippedFailed
    if summary.skippedCompleted + summary.skippedFailed > 0 {
        display.event("skipping \(summary.skippedCompleted) completed and \(summary.skippedFailed) failed jobs"
                      + (summary.skippedFailed > 0 ? " (--rerun-failed runs failed jobs again)" : ""),
                      json: ["event": "skipped", "completed": String(summary.skippedCompleted),
                             "failed": String(summary.skippedFailed)])
    }
    return (selection.run, summary)
}

public final class SweepRunner {
    let store: ResultStore
    let runsDirectory: String
    let options: SweepOptions

    public init(store: ResultStore, runsDirectory: String, options: SweepOptions) {
        self.store = store; self.runsDirectory = runsDirectory; self.options = options
    }

    /// A running job's display state, updated from the worker's output by a background reader.
    final class SharedState: Sendable {
        let state: Mutex<RunningJobState>
        let pending = Mutex(Data())
        init(_ initial: RunningJobState) { state = Mutex(initial) }
    }

    private final class Slot {
        let job: PlannedJob
        let paths: RunPaths
        let process: Process
        let shared: SharedState
        let started = Date()
        init(job: PlannedJob, paths: RunPaths, process: Process, state: RunningJobState) {
            self.job = job; self.paths = paths; self.process = process; self.shared = SharedState(state)
        }
    }

    /// Runs the jobs that are not done yet. `jobs` must already be registered in the store.
    public func run(_ jobs: [PlannedJob], signals: SignalWatcher) throws -> SweepSummary {
        let started = Date()
        let display = ProgressDisplay(mode: options.output, total: jobs.count)
        let (selected, initial) = try beginSweep(jobs, store: store, rerunFailed: options.rerunFailed, force: options.force,
                                                 display: display)
        var summary = initial
        // Costliest first, so the last jobs to start are short ones and the workers finish together.
        var queue = JobCost.costliestFirst(selected)[...]
        let costs = Dictionary(selected.map { ($0.id, JobCost($0)) }, uniquingKeysWith: { first, _ in first })
        var eta = SweepETA()
        var running: [Slot] = []
        var forwarded = false
        let workers = max(1, options.workers)

        while true {
            if signals.signalCount >= 2 {
                for slot in running { kill(slot.process.processIdentifier, SIGKILL) }
                for slot in running {
                    try? store.markEnded(configHash: slot.job.id, status: .interrupted,
                                         error: "interrupted: the sweep was stopped with a second Ctrl-C")
                    summary.interrupted += 1
                }
                summary.aborted = true
                break
            }
            if signals.stopRequested && !forwarded {
                forwarded = true
                for slot in running { kill(slot.process.processIdentifier, SIGINT) }
                display.event("stopping: waiting for \(running.count) running job(s) to save a checkpoint "
                              + "(Ctrl-C again to exit at once)", json: ["event": "stopping"])
            }
            while !signals.stopRequested, running.count < workers, let job = queue.popFirst() {
                do {
                    running.append(try launch(job))
                    display.event("start  \(job.shortID) \(job.label)", json: ["event": "started", "id": job.id, "label": job.label])
                } catch {
                    try? store.markEnded(configHash: job.id, status: .failed, error: "could not start a worker: \(error)")
                    summary.failed += 1
                    display.event("FAILED \(job.shortID) \(job.label): could not start a worker: \(error)",
                                  json: ["event": "failed", "id": job.id, "error": "\(error)"], isFailure: true)
                }
            }
            let ended = running.filter { !$0.process.isRunning }
            for slot in ended {
                report(slot, stopping: signals.stopRequested, summary: &summary, eta: &eta, cost: costs[slot.job.id],
                       display: display)
            }
            running.removeAll { slot in ended.contains { $0 === slot } }
            if running.isEmpty && (queue.isEmpty || signals.stopRequested) { break }
            let states = running.map { $0.shared.state.withLock { $0 } }
            let now = Date()
            let progress = zip(running, states).compactMap { slot, state -> SweepETA.Running? in
                guard let cost = costs[slot.job.id] else { return nil }
                let fraction = state.step.flatMap { step in state.steps.map { Double(step) / Double(max(1, $0)) } }
                return SweepETA.Running(cost: cost, elapsed: now.timeIntervalSince(slot.started),
                                        trainingFraction: state.phase == "train" ? fraction : (state.phase == "eval" ? 1 : nil))
            }
            display.update(done: summary.skippedCompleted + summary.completed, failed: summary.failed + summary.skippedFailed,
                           running: states, remainingSeconds: eta.remainingSeconds(
                               running: progress, pending: queue.compactMap { costs[$0.id] }, slots: workers))
            usleep(100_000)
        }
        if signals.stopRequested {
            summary.interrupted += queue.count  // never started; they stay PENDING and run next time
        }
        display.finish()
        summary.wallSeconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Records a worker that ended (`conclude`), counts it and shows it.
    private func report(_ slot: Slot, stopping: Bool, summary: inout SweepSummary, eta: inout SweepETA, cost: JobCost?,
                        display: ProgressDisplay) {
        let (status, message) = conclude(slot, stopping: stopping)
        let seconds = Date().timeIntervalSince(slot.started)
        switch status {
        case .completed:
            summary.completed += 1
            if let cost { eta.finished(cost: cost, seconds: seconds) }
            display.event("done   \(slot.job.shortID) \(slot.job.label) in \(formatDuration(seconds))"
                          + (message.isEmpty ? "" : "  \(message)"),
                          json: ["event": "completed", "id": slot.job.id, "seconds": String(format: "%.1f", seconds)])
        case .interrupted:
            summary.interrupted += 1
            display.event("interrupted \(slot.job.shortID) \(slot.job.label)", json: ["event": "interrupted", "id": slot.job.id])
        default:
            summary.failed += 1
            display.event("FAILED \(slot.job.shortID) \(slot.job.label): \(message)",
                          json: ["event": "failed", "id": slot.job.id, "error": message], isFailure: true)
        }
    }

    /// Writes the job's spec, marks it RUNNING and starts `gaprun run-job` on it.
    private func launch(_ job: PlannedJob) throws -> Slot {
        let paths = RunPaths(runsDirectory: runsDirectory, jobID: job.id)
        try paths.create()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try RunPaths.writeAtomically(try encoder.encode(job), to: paths.spec)
        if options.force {
            try? FileManager.default.removeItem(atPath: paths.result)
            try store.reopen(configHash: job.id)
        }
        try? FileManager.default.removeItem(atPath: paths.exitMarker)

        if !FileManager.default.fileExists(atPath: paths.log) { _ = FileManager.default.createFile(atPath: paths.log, contents: nil) }
        guard let log = FileHandle(forWritingAtPath: paths.log) else { throw RunError.io(path: paths.log, message: "cannot open log") }
        log.seekToEndOfFile()
        log.write(Data("=== \(isoTimestamp(Date())) worker started for \(job.id) (\(job.label))\n".utf8))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: options.workerLaunchPath)
        process.arguments = ["run-job", "--dir", paths.directory] + options.dataSearchRoots.flatMap { ["--data-root", $0] }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        let slot = Slot(job: job, paths: paths, process: process, state: RunningJobState(label: job.label))
        output.fileHandleForReading.readabilityHandler = { [shared = slot.shared] handle in
            let chunk = handle.availableData
            if chunk.isEmpty { handle.readabilityHandler = nil; return }
            let lines: [Data] = shared.pending.withLock { pending in
                pending.append(chunk)
                var complete: [Data] = []
                while let newline = pending.firstIndex(of: 0x0A) {
                    complete.append(pending[pending.startIndex..<newline])
                    pending.removeSubrange(pending.startIndex...newline)
                }
                return complete
            }
            for line in lines {
                guard let event = try? JSONDecoder().decode(WorkerEvent.self, from: line) else { continue }
                shared.state.withLock { s in
                    s.phase = event.phase
                    if event.phase == "train" { s.step = event.step; s.steps = event.steps; s.loss = event.loss ?? s.loss }
                    else { s.step = nil; s.steps = nil }
                    s.message = event.message
                }
            }
        }
        try store.markStarted(configHash: job.id, worker: "\(ProcessInfo.processInfo.hostName):pending", logPath: paths.log)
        try process.run()
        try log.close()
        try store.setWorker(configHash: job.id, worker: "\(ProcessInfo.processInfo.hostName):\(process.processIdentifier)")
        return slot
    }

    /// Records a finished worker's job: COMPLETED with its results, or FAILED/INTERRUPTED with the reason.
    private func conclude(_ slot: Slot, stopping: Bool) -> (RunStatus, String) {
        let process = slot.process
        let code = process.terminationStatus
        let bySignal = process.terminationReason == .uncaughtSignal
        if !bySignal && code == WorkerExit.success {
            return ResultIngestion.ingest(slot.job.id, paths: slot.paths, store: store, finisher: "the worker")
        }
        if (!bySignal && code == WorkerExit.interrupted) || (bySignal && stopping) {
            let message = "interrupted; resumes from its checkpoint on the next sweep"
            try? store.markEnded(configHash: slot.job.id, status: .interrupted, error: message)
            return (.interrupted, message)
        }
        var message = bySignal ? "worker crashed (signal \(code))" : "worker exited with code \(code)"
        if let error = try? String(contentsOfFile: slot.paths.error, encoding: .utf8), !error.isEmpty {
            message = error.trimmingCharacters(in: .whitespacesAndNewlines)
        } else {
            message += "; log tail: " + logTail(slot.paths.log, lines: 5)
        }
        try? store.markEnded(configHash: slot.job.id, status: .failed, error: message)
        return (.failed, message)
    }
}
