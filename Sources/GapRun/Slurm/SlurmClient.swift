// SlurmClient: the Slurm commands gaprun uses (sbatch, squeue, scontrol, sacct), run as child processes.
// It only asks Slurm; deciding a job's state from marker files first and Slurm second is SlurmCollector's work.
import Foundation
import GapCore

/// A Slurm task's state as the scheduler reports it (`squeue`/`scontrol`/`sacct` `JobState`).
public struct SlurmTaskState: Sendable, Equatable {
    /// `PENDING`, `RUNNING`, `COMPLETING`, `REQUEUED`, `COMPLETED`, `FAILED`, `TIMEOUT`, `CANCELLED`, `PREEMPTED`, …
    public var state: String
    /// Slurm's reason text, e.g. `TimeLimit`, `BeginTime`, `None`.
    public var reason: String?

    /// True while the task may still run (queued, running, requeued).
    public var isActive: Bool {
        ["PENDING", "RUNNING", "CONFIGURING", "COMPLETING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESIZING",
         "SUSPENDED", "STAGE_OUT", "SIGNALING"].contains(state)
    }
}

/// Runs Slurm's client commands. Every command honours `SLURM_CONF` from the environment.
public struct SlurmClient: Sendable {
    public init() {}

    /// True when `sbatch` is on the PATH.
    public static var isAvailable: Bool { which("sbatch") != nil }

    /// The full path of `program` on the PATH, if any.
    static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Submits `script` with `sbatch --parsable`; returns the (array) job id.
    public func submit(script: String, workingDirectory: String) throws -> String {
        let result = try run("sbatch", ["--parsable", script], workingDirectory: workingDirectory)
        guard result.status == 0 else {
            throw RunError.slurm(command: "sbatch \(script)", message: result.stderr.trimmingCharacters(in: .whitespacesAndNewlines),
                                 hint: "`gaprun plan GRID --backend slurm` shows what each job asks for; set it with --partition, "
                                     + "--time, --mem, --cpus-per-task or the grid's slurm section (on nodes that declare no "
                                     + "RealMemory, --mem 0)")
        }
        // `--parsable` prints `jobid` or `jobid;cluster`.
        let id = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ";").first.map(String.init) ?? ""
        guard !id.isEmpty, id.allSatisfy(\.isNumber) else {
            throw RunError.slurm(command: "sbatch", message: "unexpected output `\(result.stdout)`", hint: nil)
        }
        return id
    }

    /// Queued and running tasks of the given array jobs, keyed `arrayID_index` (squeue; nil when squeue failed,
    /// e.g. the controller is down, so callers never mistake "cannot ask" for "gone").
    public func queue(arrayJobIDs: [String]) -> [String: SlurmTaskState]? {
        guard !arrayJobIDs.isEmpty else { return [:] }
        // %i prints `A_[1-3%2]` for pending ranges; -r expands every array task onto its own line.
        guard let result = try? run("squeue", ["-h", "-r", "-o", "%i|%T|%r", "-j", arrayJobIDs.joined(separator: ",")]),
              result.status == 0 else {
            return nil
        }
        var states: [String: SlurmTaskState] = [:]
        for line in result.stdout.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else { continue }
            states[fields[0]] = SlurmTaskState(state: fields[1], reason: fields.count > 2 ? fields[2] : nil)
        }
        return states
    }

    /// The final state of a task from `scontrol show job` (kept `MinJobAge` seconds after it ends) or, with
    /// accounting on, `sacct`. Nil when Slurm no longer knows.
    public func finalState(taskID: String) -> SlurmTaskState? {
        if let result = try? run("scontrol", ["-o", "show", "job", taskID]), result.status == 0 {
            var state: String?, reason: String?
            for field in result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                if field.hasPrefix("JobState=") { state = String(field.dropFirst(9)) }
                if field.hasPrefix("Reason=") { reason = String(field.dropFirst(7)) }
            }
            if let state { return SlurmTaskState(state: state, reason: reason) }
        }
        if let result = try? run("sacct", ["-n", "-X", "-P", "-o", "State,Reason", "-j", taskID]), result.status == 0,
           let line = result.stdout.split(separator: "\n").first {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            // sacct prints `CANCELLED by 0`; keep the state word.
            if let state = fields.first?.split(separator: " ").first { return SlurmTaskState(state: String(state), reason: fields.count > 1 ? fields[1] : nil) }
        }
        return nil
    }

    typealias Output = SubprocessOutput

    /// Runs a Slurm command and collects its output.
    func run(_ program: String, _ arguments: [String], workingDirectory: String? = nil) throws -> Output {
        guard let executable = SlurmClient.which(program) else {
            throw RunError.slurm(command: program, message: "not found on PATH",
                                 hint: "install Slurm's client tools (slurm-client) or run where they exist")
        }
        return try runSubprocess(executable, arguments, directory: workingDirectory)
    }
}
