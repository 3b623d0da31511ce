// RunError: sweep and job failures, each saying what, where (job id, file) and what to do.

public enum RunError: Error, CustomStringConvertible, Sendable {
    /// A file could not be read or written.
    case io(path: String, message: String)
    /// A grid or job is invalid for the backend that should run it.
    case invalidJob(jobID: String, message: String, hint: String?)
    /// Another gaprun sweep holds the database.
    case databaseBusy(path: String, holder: String)
    /// A benchmark's data file could not be found.
    case benchmarkData(benchmark: String, searched: [String])
    /// The job was stopped by Ctrl-C (or SIGTERM) after saving its checkpoint.
    case interrupted(jobID: String)
    /// A worker's result file is missing or unreadable.
    case badResult(path: String, message: String)
    /// A Slurm command failed.
    case slurm(command: String, message: String, hint: String?)
    /// A command template names a placeholder gaprun does not know.
    case unknownPlaceholder(step: String, placeholder: String, known: [String])
    /// A command step exited non-zero.
    case stepFailed(step: String, status: Int32, logTail: String)

    public var description: String {
        switch self {
        case .io(let path, let message): "\(path): \(message)"
        case .invalidJob(let id, let message, let hint):
            "job \(id.prefix(12)): \(message)" + (hint.map { " (hint: \($0))" } ?? "")
        case .databaseBusy(let path, let holder):
            "\(path) is in use by another gaprun sweep (\(holder)) (hint: wait for it, or use another --db)"
        case .benchmarkData(let name, let searched):
            "no data file for benchmark `\(name)`; looked in: \(searched.joined(separator: ", ")) "
                + "(hint: run from the gaprun checkout, set GAPRUN_DATA_DIR, or run `gaprun data benchmarks`)"
        case .interrupted(let id): "job \(id.prefix(12)) interrupted; its checkpoint is kept and the next sweep resumes it"
        case .badResult(let path, let message): "\(path): \(message)"
        case .slurm(let command, let message, let hint):
            "slurm: `\(command)` failed: \(message)" + (hint.map { " (hint: \($0))" } ?? "")
        case .unknownPlaceholder(let step, let placeholder, let known):
            "commands.\(step): unknown placeholder `{\(placeholder)}` (hint: known placeholders: "
                + known.map { "{\($0)}" }.joined(separator: ", ") + ")"
        case .stepFailed(let step, let status, let tail):
            "step `\(step)` exited with code \(status); log tail: \(tail)"
        }
    }
}
