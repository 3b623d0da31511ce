// SlurmLauncher: submits a sweep's pending jobs as one Slurm job array per resource request (SlurmRequest) and
// (unless detached) waits for them, ingesting each result as its task ends. Each task runs `gaprun run-job --dir
// <job folder>` from a `#!/bin/bash` batch script written into `<runs>/slurm/`; the task's index picks its folder
// from a list file. Requeued tasks append to their logs and resume from their checkpoints. State comes from marker
// files (SlurmCollector).
import Foundation
import GapGrid
import GapStore

/// How a Slurm sweep is submitted and followed.
public struct SlurmSweepOptions: Sendable {
    /// The grid's `slurm` settings with command-line overrides applied.
    public var settings: SlurmSettings
    /// What command jobs ask of a node (the grid's `commands.gpus`/`commands.cpus`).
    public var commandResources: CommandResources
    /// The gaprun executable the tasks run (must be visible on the compute nodes).
    public var executablePath: String
    /// Roots searched for benchmark data files, passed to every task.
    public var dataSearchRoots: [String]
    public var rerunFailed: Bool
    public var force: Bool
    /// Submit and return without waiting (`gaprun collect` ingests later).
    public var detach: Bool
    /// Seconds between two looks at the marker files while waiting.
    public var pollSeconds: Double
    public var output: OutputMode

    public init(settings: SlurmSettings, commandResources: CommandResources = CommandResources(), executablePath: String,
                dataSearchRoots: [String], rerunFailed: Bool = false, force: Bool = false, detach: Bool = false,
                pollSeconds: Double = 2, output: OutputMode = .plain) {
        self.settings = settings; self.commandResources = commandResources; self.executablePath = executablePath; self.dataSearchRoots = dataSearchRoots
        self.rerunFailed = rerunFailed; self.force = force; self.detach = detach; self.pollSeconds = pollSeconds
        self.output = output
    }
}

/// One submitted array.
public struct SlurmSubmission: Sendable {
    /// The array's Slurm job id; task i is `<arrayJobID>_<i>`.
    public var arrayJobID: String
    /// The jobs in task-index order.
    public var jobIDs: [String]
    /// The batch script and the task list file.
    public var scriptPath: String
    public var tasksPath: String
}

/// Slurm array tasks: submits pending jobs as one array, then waits and ingests (or detaches).
public final class SlurmLauncher: Launcher {
    let store: ResultStore
    let runsDirectory: String
    let options: SlurmSweepOptions
    let client: SlurmClient
    let experiment: String
    /// Arrays submitted by this launcher, numbering their script and task files.
    private var submittedArrays = 0

    public init(store: ResultStore, runsDirectory: String, experiment: String, options: SlurmSweepOptions,
                client: SlurmClient = SlurmClient()) {
        self.store = store; self.runsDirectory = runsDirectory; self.experiment = experiment; self.options = options
        self.client = client
    }

    /// The folder holding batch scripts, task lists and Slurm's own output files.
    public static func slurmDirectory(runsDirectory: String) -> String {
        URL(fileURLWithPath: runsDirectory).appendingPathComponent("slurm").path
    }

    /// Slurm's output file of a task (`--output`), e.g. `<runs>/slurm/slurm-12_3.out`.
    public static func outputPath(runsDirectory: String, taskID: String) -> String {
        URL(fileURLWithPath: slurmDirectory(runsDirectory: runsDirectory)).appendingPathComponent("slurm-\(taskID).out").path
    }

    /// Ingests what earlier submissions finished, submits the rest as one array per resource request (costliest
    /// jobs first), then waits (unless detached), showing progress and an ETA from the marker files.
    public func run(_ jobs: [PlannedJob], signals: SignalWatcher) throws -> SweepSummary {
        let started = Date()
        let display = ProgressDisplay(mode: options.output, total: jobs.count)
        let collector = SlurmCollector(store: store, runsDirectory: runsDirectory, client: client)
        // Results of an earlier (detached or interrupted) submission first, so they are never run twice.
        let earlier = try collector.collect(configHashes: Set(jobs.map(\.id)))
        report(earlier.concluded, display: display)

        let (selected, initial) = try beginSweep(jobs, store: store, rerunFailed: options.rerunFailed, force: options.force,
                                                 display: display)
        var summary = initial
        let active = Set(earlier.active.map(\.configHash))
        let toSubmit = selected.filter { !active.contains($0.id) }
        if !active.isEmpty {
            display.event("\(active.count) job(s) still queued or running in Slurm from an earlier submission; not resubmitted",
                          json: ["event": "slurm_active", "count": String(active.count)])
        }
        var waitingFor = Set(active)
        for (request, group) in SlurmRequest.arrays(toSubmit, settings: options.settings,
                                                    commandResources: options.commandResources) {
            let submission = try submit(group, request: request)
            waitingFor.formUnion(submission.jobIDs)
            display.event("submitted \(group.count) job(s) as Slurm array \(submission.arrayJobID) "
                          + "(\(request.summary); script \(submission.scriptPath))",
                          json: ["event": "submitted", "slurm_job_id": submission.arrayJobID,
                                 "jobs": String(group.count), "request": request.directives.joined(separator: " "),
                                 "script": submission.scriptPath])
        }
        if options.detach || waitingFor.isEmpty {
            if options.detach && !waitingFor.isEmpty {
                display.event("detached: \(waitingFor.count) job(s) in Slurm; `gaprun collect` ingests their results",
                              json: ["event": "detached", "pending": String(waitingFor.count)])
            }
            summary.inSlurm = options.detach ? waitingFor.count : 0
            display.finish()
            summary.wallSeconds = Date().timeIntervalSince(started)
            return summary
        }

        let costs = Dictionary(jobs.map { ($0.id, JobCost($0)) }, uniquingKeysWith: { first, _ in first })
        let labels = Dictionary(jobs.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        var eta = SweepETA()
        var mostRunning = 0
        while !waitingFor.isEmpty {
            let stopping = signals.stopRequested
            let pass = try collector.collect(configHashes: waitingFor)
            report(pass.concluded, display: display)
            for item in pass.concluded {
                waitingFor.remove(item.configHash)
                switch item.status {
                case .completed:
                    summary.completed += 1
                    let paths = RunPaths(runsDirectory: runsDirectory, jobID: item.configHash)
                    if let cost = costs[item.configHash], let seconds = Self.taskSeconds(paths) {
                        eta.finished(cost: cost, seconds: seconds)
                    }
                case .interrupted: summary.interrupted += 1
                default: summary.failed += 1
                }
            }
            if stopping && !waitingFor.isEmpty {
                // Named from this last pass: what Slurm says now, not two seconds ago.
                let running = pass.active.filter { $0.state == "RUNNING" }.count
                let tasks = pass.active.map(\.taskID).sorted()
                let listed = tasks.prefix(8).joined(separator: ", ") + (tasks.count > 8 ? ", …" : "")
                display.event("stopped waiting: \(waitingFor.count) job(s) still in Slurm (\(running) running, "
                              + "\(waitingFor.count - running) queued\(tasks.isEmpty ? "" : ": " + listed)); they keep "
                              + "running, and `gaprun collect` ingests them",
                              json: ["event": "detached", "pending": String(waitingFor.count), "running": String(running)])
                summary.inSlurm = waitingFor.count
                break
            }
            showProgress(of: waitingFor, costs: costs, labels: labels, eta: eta, mostRunning: &mostRunning,
                         summary: summary, display: display)
            if waitingFor.isEmpty { break }
            // Sleep in small slices so Ctrl-C is seen quickly.
            let until = Date().addingTimeInterval(options.pollSeconds)
            while Date() < until && !signals.stopRequested { usleep(100_000) }
        }
        display.finish()
        summary.wallSeconds = Date().timeIntervalSince(started)
        return summary
    }

    /// The progress line while waiting: each running task's last event (from its marker files) and the ETA.
    private func showProgress(of waitingFor: Set<String>, costs: [String: JobCost], labels: [String: String], eta: SweepETA,
                              mostRunning: inout Int, summary: SweepSummary, display: ProgressDisplay) {
        var states: [RunningJobState] = []
        let running = waitingFor.sorted().compactMap { id -> SweepETA.Running? in
            let paths = RunPaths(runsDirectory: runsDirectory, jobID: id)
            guard let cost = costs[id], let elapsed = Self.runningSeconds(paths) else { return nil }
            let event = Self.lastEvent(paths)
            if let label = labels[id] {
                states.append(RunningJobState(label: label, phase: event?.phase ?? "starting", step: event?.step,
                                              steps: event?.steps, loss: event?.loss, message: event?.message))
            }
            return SweepETA.Running(cost: cost, elapsed: elapsed, trainingFraction: event.flatMap(Self.trainingFraction))
        }
        mostRunning = max(mostRunning, running.count)
        let queued = waitingFor.sorted()
            .filter { Self.runningSeconds(RunPaths(runsDirectory: runsDirectory, jobID: $0)) == nil }
            .compactMap { costs[$0] }.sorted { $0.operations > $1.operations }
        let slots = mostRunning > 0 ? mostRunning : options.settings.arrayParallelism
        display.update(done: summary.skippedCompleted + summary.completed, failed: summary.failed + summary.skippedFailed,
                       running: states, runningCount: running.count,
                       remainingSeconds: eta.remainingSeconds(running: running, pending: queued, slots: slots))
    }

    /// Seconds a task has been running: since its batch script wrote `slurm-task`, while no `exit` marker exists.
    static func runningSeconds(_ paths: RunPaths) -> Double? {
        guard let started = modified(paths.slurmTask), modified(paths.exitMarker) == nil else { return nil }
        return max(0, Date().timeIntervalSince(started))
    }

    /// Seconds a finished task ran: from `slurm-task` to the `exit` marker.
    static func taskSeconds(_ paths: RunPaths) -> Double? {
        guard let started = modified(paths.slurmTask), let ended = modified(paths.exitMarker) else { return nil }
        return ended.timeIntervalSince(started)
    }

    /// The task's last progress event (the worker's JSON lines in `progress.jsonl`), if any.
    static func lastEvent(_ paths: RunPaths) -> WorkerEvent? {
        guard let handle = FileHandle(forReadingAtPath: paths.progress) else { return nil }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 4096 ? size - 4096 : 0)
        guard let data = try? handle.readToEnd() else { return nil }
        let decoder = JSONDecoder()
        // The last line may still be half written.
        return data.split(separator: 0x0A).reversed().lazy.compactMap { try? decoder.decode(WorkerEvent.self, from: Data($0)) }.first
    }

    /// The fraction of training steps done by `event`: its step counter while training, 1 once the job evaluates;
    /// nil before training starts.
    static func trainingFraction(_ event: WorkerEvent) -> Double? {
        if event.phase == "train", let step = event.step, let steps = event.steps, steps > 0 {
            return Double(step) / Double(steps)
        }
        return ["eval", "score", "done"].contains(event.phase) ? 1 : nil
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    private func report(_ concluded: [SlurmCollector.Concluded], display: ProgressDisplay) {
        for item in concluded {
            let short = String(item.configHash.prefix(12))
            if item.status == .completed {
                display.event("done   \(short) (slurm \(item.taskID))  \(item.message)",
                              json: ["event": "completed", "id": item.configHash, "slurm_job_id": item.taskID])
            } else {
                display.event("\(item.status.rawValue) \(short) (slurm \(item.taskID)): \(item.message)",
                              json: ["event": item.status.rawValue.lowercased(), "id": item.configHash,
                                     "slurm_job_id": item.taskID, "error": item.message], isFailure: true)
            }
        }
    }

    /// Writes every job's spec, the task list and the batch script, submits ONE array asking `request` per task,
    /// and stores each task's id.
    public func submit(_ jobs: [PlannedJob], request: SlurmRequest) throws -> SlurmSubmission {
        let slurmDirectory = SlurmLauncher.slurmDirectory(runsDirectory: runsDirectory)
        try FileManager.default.createDirectory(atPath: slurmDirectory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        var folders: [String] = []
        for job in jobs {
            let paths = RunPaths(runsDirectory: runsDirectory, jobID: job.id)
            try paths.create()
            try RunPaths.writeAtomically(try encoder.encode(job), to: paths.spec)
            if options.force {
                try? FileManager.default.removeItem(atPath: paths.result)
                try store.reopen(configHash: job.id)
            }
            for stale in [paths.exitMarker, paths.error, paths.slurmSignal, paths.slurmTask] {
                try? FileManager.default.removeItem(atPath: stale)
            }
            folders.append(URL(fileURLWithPath: paths.directory).standardizedFileURL.path)
        }
        let stamp = "\(Int(Date().timeIntervalSince1970))-\(getpid())-\(submittedArrays)"
        submittedArrays += 1
        let tasksPath = URL(fileURLWithPath: slurmDirectory).appendingPathComponent("array-\(stamp).tasks").path
        let scriptPath = URL(fileURLWithPath: slurmDirectory).appendingPathComponent("array-\(stamp).sh").path
        try RunPaths.writeAtomically(Data((folders.joined(separator: "\n") + "\n").utf8), to: tasksPath)
        let script = SlurmBatchScript.text(
            experiment: experiment, taskCount: jobs.count, settings: options.settings, request: request, tasksPath: tasksPath,
            outputPattern: URL(fileURLWithPath: slurmDirectory).appendingPathComponent("slurm-%A_%a.out").path,
            executablePath: options.executablePath, dataSearchRoots: options.dataSearchRoots)
        try RunPaths.writeAtomically(Data(script.utf8), to: scriptPath)
        chmod(scriptPath, 0o755)

        // Tasks start in the directory the sweep was started from, like local workers: relative data paths in the
        // grid (data.files) and command templates mean the same thing on both.
        let arrayID = try client.submit(script: scriptPath, workingDirectory: FileManager.default.currentDirectoryPath)
        try store.markSubmitted(configHashes: jobs.map(\.id), taskIDs: jobs.indices.map { "\(arrayID)_\($0)" },
                                logPaths: jobs.map { RunPaths(runsDirectory: runsDirectory, jobID: $0.id).log })
        return SlurmSubmission(arrayJobID: arrayID, jobIDs: jobs.map(\.id), scriptPath: scriptPath, tasksPath: tasksPath)
    }
}

/// The `#!/bin/bash` batch script of an array (`--wrap` would run dash, and `[[ ]]` fails there).
public enum SlurmBatchScript {
    /// Seconds before the time limit at which Slurm sends SIGUSR1 to the batch shell, so the worker saves a
    /// checkpoint: half the limit, at least 10 s and at most 5 min (Slurm fires it up to ~15 s early).
    /// Without a limit (nil: the partition's default) it is 2 min.
    public static func signalLeadSeconds(time: String?) -> Int {
        guard let time, let limit = timeLimitSeconds(time) else { return 120 }
        return max(10, min(300, limit / 2))
    }

    /// Seconds of a Slurm `--time` text; nil when unparsable (see `SlurmSettings.timeLimitSeconds`).
    public static func timeLimitSeconds(_ text: String) -> Int? { SlurmSettings.timeLimitSeconds(text) }

    /// Single-quotes `text` for bash.
    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// The script. Task i runs the folder on line i+1 of `tasksPath`. Markers it leaves in the folder:
    /// `slurm-task` (task id, restart count, host: the task started), `slurm-signal` (why Slurm stopped it:
    /// `USR1` = time limit near, `TERM <Reason>` = time limit / cancel / requeue), and `exit` as a fallback when
    /// the worker died without writing its own.
    /// `settings` gives the partition, the array parallelism and extra arguments; `request` what each task asks.
    public static func text(experiment: String, taskCount: Int, settings: SlurmSettings, request: SlurmRequest,
                            tasksPath: String, outputPattern: String, executablePath: String,
                            dataSearchRoots: [String]) -> String {
        var directives = [
            "--job-name=gaprun-\(experiment)",
            "--array=0-\(taskCount - 1)%\(max(1, settings.arrayParallelism))",
            "--output=\(outputPattern)",
            "--open-mode=append",
            "--requeue",
            "--signal=B:USR1@\(signalLeadSeconds(time: request.time))",
        ] + request.directives
        if let partition = settings.partition { directives.append("--partition=\(partition)") }
        directives += settings.extraArgs
        let roots = dataSearchRoots.map { "--data-root \(quote($0))" }.joined(separator: " ")
        return """
            #!/bin/bash
            \(directives.map { "#SBATCH \($0)" }.joined(separator: "\n"))
            # Written by gaprun for experiment \(experiment): \(taskCount) job(s). Task i runs the job folder on line
            # i+1 of the task list; the worker leaves result.json or error.txt and an `exit` marker there. A requeued
            # task appends to its logs and resumes from <folder>/checkpoint.
            set -u
            tasks=\(quote(tasksPath))
            dir=$(sed -n "$((SLURM_ARRAY_TASK_ID + 1))p" "$tasks")
            if [ -z "$dir" ] || [ ! -d "$dir" ]; then echo "gaprun: no job folder for task $SLURM_ARRAY_TASK_ID in $tasks" >&2; exit 1; fi
            task="${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}"
            restart="${SLURM_RESTART_COUNT:-0}"
            now() { date -u +%Y-%m-%dT%H:%M:%SZ; }
            rm -f "$dir/exit" "$dir/slurm-signal"
            printf '%s restart %s host %s\\n' "$task" "$restart" "$(hostname)" > "$dir/slurm-task"
            echo "=== $(now) slurm task $task (restart $restart) on $(hostname)" >> "$dir/log.txt"
            worker=
            on_usr1() {
              echo USR1 > "$dir/slurm-signal"
              echo "=== $(now) slurm: time limit near (SIGUSR1); saving a checkpoint" >> "$dir/log.txt"
              [ -n "$worker" ] && kill -USR1 "$worker" 2>/dev/null
            }
            on_term() {
              reason=$(scontrol -o show job "$SLURM_JOB_ID" 2>/dev/null | tr ' ' '\\n' | sed -n 's/^Reason=//p' | head -1)
              [ -f "$dir/slurm-signal" ] || echo "TERM ${reason:-unknown}" > "$dir/slurm-signal"
              echo "=== $(now) slurm: SIGTERM (reason ${reason:-unknown}); saving a checkpoint" >> "$dir/log.txt"
              [ -n "$worker" ] && kill -TERM "$worker" 2>/dev/null
            }
            trap on_usr1 USR1
            trap on_term TERM
            \(quote(executablePath)) run-job --dir "$dir" \(roots) >> "$dir/progress.jsonl" 2>> "$dir/log.txt" &
            worker=$!
            code=0
            while :; do wait "$worker"; code=$?; kill -0 "$worker" 2>/dev/null || break; done
            [ -f "$dir/exit" ] || echo "$code" > "$dir/exit"
            echo "=== $(now) slurm task $task ended with code $code" >> "$dir/log.txt"
            exit "$code"

            """
    }
}
