// SlurmCollector: decides the state of submitted Slurm tasks and ingests finished ones into SQLite (the
// coordinator's side: `gaprun sweep --backend slurm` while waiting, or `gaprun collect` later). Marker files in the
// job folder come first; `squeue` (is the task still queued/running?) and `scontrol`/`sacct` (why did it end?) are
// only a cross-check, so everything works with accounting off.
import Foundation
import GapStore

/// Ingests finished Slurm tasks and records the ones that failed, timed out or were cancelled.
public final class SlurmCollector {
    let store: ResultStore
    let runsDirectory: String
    let client: SlurmClient

    public init(store: ResultStore, runsDirectory: String, client: SlurmClient = SlurmClient()) {
        self.store = store; self.runsDirectory = runsDirectory; self.client = client
    }

    /// A job whose outcome was recorded by this pass.
    public struct Concluded: Sendable {
        public var configHash: String
        public var taskID: String
        public var status: RunStatus
        /// `P = 41.7` for a completed job, else the reason.
        public var message: String
    }

    /// A job still queued or running in Slurm.
    public struct Active: Sendable {
        public var configHash: String
        public var taskID: String
        /// Slurm's state (`PENDING`, `RUNNING`, …), or `UNKNOWN` when squeue could not be asked.
        public var state: String
    }

    /// What one pass found.
    public struct Report: Sendable {
        public var concluded: [Concluded] = []
        public var active: [Active] = []
    }

    /// One pass over the submitted jobs not yet concluded (PENDING/RUNNING, last launched by Slurm: a job taken
    /// over by a local worker since keeps its old Slurm id but is the local coordinator's), optionally only
    /// those in `configHashes`: records finished ones, marks started ones RUNNING, and lists the rest.
    public func collect(configHashes: Set<String>? = nil) throws -> Report {
        let open = try store.openSlurmTasks().compactMap { task -> (jobID: String, task: String, status: RunStatus)? in
            if let configHashes, !configHashes.contains(task.configHash) { return nil }
            return (task.configHash, task.taskID, task.status)
        }
        var report = Report()
        guard !open.isEmpty else { return report }
        let arrays = Array(Set(open.map { arrayID(of: $0.task) })).sorted()
        var queue = client.queue(arrayJobIDs: arrays)
        var undecided: [(jobID: String, task: String, status: RunStatus)] = []
        for job in open {
            let paths = RunPaths(runsDirectory: runsDirectory, jobID: job.jobID)
            // A finished result is final whatever Slurm says (e.g. still COMPLETING).
            if exitCode(paths) == WorkerExit.success, FileManager.default.fileExists(atPath: paths.result) {
                report.concluded.append(record(job.jobID, task: job.task, paths: paths))
                continue
            }
            if let queue, let state = queue[job.task], state.isActive {
                markRunningIfStarted(job, paths: paths, state: state)
                report.active.append(Active(configHash: job.jobID, taskID: job.task, state: state.state))
                continue
            }
            if queue == nil {
                report.active.append(Active(configHash: job.jobID, taskID: job.task, state: "UNKNOWN"))
                continue
            }
            undecided.append(job)
        }
        guard !undecided.isEmpty else { return report }
        // A requeued task is briefly between states: look once more before calling it ended.
        usleep(1_000_000)
        queue = client.queue(arrayJobIDs: arrays)
        for job in undecided {
            let paths = RunPaths(runsDirectory: runsDirectory, jobID: job.jobID)
            if let queue, let state = queue[job.task], state.isActive {
                report.active.append(Active(configHash: job.jobID, taskID: job.task, state: state.state))
                continue
            }
            if exitCode(paths) == WorkerExit.success, FileManager.default.fileExists(atPath: paths.result) {
                report.concluded.append(record(job.jobID, task: job.task, paths: paths))
                continue
            }
            let (status, message) = endedWithoutResult(task: job.task, paths: paths)
            try? store.markEnded(configHash: job.jobID, status: status, error: message)
            report.concluded.append(Concluded(configHash: job.jobID, taskID: job.task, status: status, message: message))
        }
        return report
    }

    /// `12_3` → `12`.
    func arrayID(of task: String) -> String { String(task.split(separator: "_").first ?? Substring(task)) }

    func exitCode(_ paths: RunPaths) -> Int32? {
        guard let text = try? String(contentsOfFile: paths.exitMarker, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Records a finished job's result.json (COMPLETED), or FAILED when it cannot be read.
    func record(_ jobID: String, task: String, paths: RunPaths) -> Concluded {
        let (status, message) = ResultIngestion.ingest(jobID, paths: paths, store: store, finisher: "the task")
        return Concluded(configHash: jobID, taskID: task, status: status, message: message)
    }

    /// The task started (its batch script left `slurm-task`): the job is RUNNING.
    func markRunningIfStarted(_ job: (jobID: String, task: String, status: RunStatus), paths: RunPaths, state: SlurmTaskState) {
        guard job.status == .pending, state.state == "RUNNING",
              let started = try? String(contentsOfFile: paths.slurmTask, encoding: .utf8) else { return }
        let host = started.components(separatedBy: " host ").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
        try? store.markRunningInSlurm(configHash: job.jobID, host: host)
    }

    /// Why a task that is gone from the queue left no result: its markers first, Slurm's memory second.
    func endedWithoutResult(task: String, paths: RunPaths) -> (RunStatus, String) {
        let signal = (try? String(contentsOfFile: paths.slurmSignal, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let code = exitCode(paths)
        let errorText = (try? String(contentsOfFile: paths.error, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let tail = logTail(paths.log, lines: 5)
        let resume = "its checkpoint is kept; `gaprun sweep … --backend slurm` resubmits and resumes it"
        if signal == "USR1" || signal == "TERM TimeLimit" {
            return (.timeout, "Slurm task \(task) reached its time limit (\(signal == "USR1" ? "SIGUSR1 before the limit" : "Reason=TimeLimit")); "
                    + "\(resume) (hint: raise --time)")
        }
        if let code, code == WorkerExit.failure {
            return (.failed, errorText.map { $0.isEmpty ? "worker failed; log tail: \(tail)" : $0 } ?? "worker failed; log tail: \(tail)")
        }
        // No marker, or stopped by a signal: ask Slurm while it still remembers (scontrol: MinJobAge; sacct: if on).
        let slurm = client.finalState(taskID: task)
        switch slurm?.state {
        case "TIMEOUT"?, "DEADLINE"?:
            return (.timeout, "Slurm task \(task) was killed at its time limit (Reason=\(slurm?.reason ?? "TimeLimit")); "
                    + "\(resume) (hint: raise --time)")
        case "CANCELLED"?, "PREEMPTED"?:
            return (.cancelled, "Slurm task \(task) was \(slurm!.state.lowercased()); \(resume)")
        case "OUT_OF_MEMORY"?, "NODE_FAIL"?, "BOOT_FAIL"?:
            return (.failed, "Slurm task \(task) ended \(slurm!.state); log tail: \(tail)")
        default: break
        }
        if code == WorkerExit.interrupted || signal != nil {
            return (.cancelled, "Slurm task \(task) was stopped (\(signal ?? "signal")) and not requeued; \(resume)")
        }
        if let code {
            return (.failed, "Slurm task \(task): worker exited with code \(code); "
                    + (errorText.map { $0.isEmpty ? "log tail: \(tail)" : $0 } ?? "log tail: \(tail)"))
        }
        if !FileManager.default.fileExists(atPath: paths.slurmTask) {
            return (.cancelled, "Slurm task \(task) left the queue without starting (Slurm state "
                    + "\(slurm?.state ?? "unknown")); `gaprun sweep … --backend slurm` resubmits it")
        }
        let output = logTail(SlurmLauncher.outputPath(runsDirectory: runsDirectory, taskID: task), lines: 3)
        return (.failed, "Slurm task \(task) ended without an exit marker (Slurm state \(slurm?.state ?? "unknown, accounting off")); "
                + "log tail: \(tail); slurm output: \(output)")
    }
}
