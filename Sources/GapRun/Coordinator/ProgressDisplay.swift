// ProgressDisplay: what a sweep shows while it runs — a live redrawn line on a TTY, plain log lines otherwise,
// JSON lines with --json, and only failures and the summary with --quiet. Writes to stderr (JSON to stdout).
import Foundation

/// How a sweep reports progress.
public enum OutputMode: String, Sendable {
    case live, plain, quiet, json
}

/// The state of one running job, as the display shows it.
public struct RunningJobState: Sendable {
    public var label: String
    public var phase: String = "starting"
    public var step: Int?
    public var steps: Int?
    public var loss: Double?
    public var message: String?
}

final class ProgressDisplay {
    let mode: OutputMode
    let total: Int
    private var lastPlain = Date.distantPast
    private var liveLineShown = false
    let started = Date()

    init(mode: OutputMode, total: Int) { self.mode = mode; self.total = total }

    /// A job started, finished or failed: one permanent line.
    func event(_ text: String, json: [String: String], isFailure: Bool = false) {
        switch mode {
        case .json: emitJSON(json)
        case .quiet: if isFailure { writeLine(text) }
        case .plain: writeLine(text)
        case .live:
            clearLive()
            writeLine(text)
        }
    }

    /// The periodic view: counts, the ETA (`remainingSeconds`, nil before anything is known) and, locally, what
    /// each running job is doing. `runningCount` may exceed `running.count` (Slurm tasks report no phase here).
    func update(done: Int, failed: Int, running: [RunningJobState], runningCount: Int? = nil, remainingSeconds: Double?) {
        let active = runningCount ?? running.count
        let pending = max(0, total - done - failed - active)
        let eta = remainingSeconds.map { "ETA " + formatDuration(max(0, $0)) } ?? "ETA --"
        let head = "[\(done)/\(total) done\(failed > 0 ? ", \(failed) failed" : ""), \(active) running, \(pending) pending] \(eta)"
        let jobs = running.map(describe).joined(separator: " | ")
        switch mode {
        case .live:
            let width = terminalWidth()
            var line = head + (jobs.isEmpty ? "" : "  " + jobs)
            if line.count > width - 1 { line = String(line.prefix(max(10, width - 2))) + "…" }
            writeRaw("\r\u{1B}[2K" + line)
            liveLineShown = true
        case .plain:
            if Date().timeIntervalSince(lastPlain) >= 10 {
                lastPlain = Date()
                writeLine(head + (jobs.isEmpty ? "" : "  " + jobs))
            }
        case .json:
            if Date().timeIntervalSince(lastPlain) >= 10 {
                lastPlain = Date()
                var object = ["event": "progress", "done": String(done), "failed": String(failed), "total": String(total),
                              "running": String(active), "pending": String(pending)]
                if let remainingSeconds { object["eta_seconds"] = String(Int(max(0, remainingSeconds).rounded())) }
                emitJSON(object)
            }
        case .quiet: break
        }
    }

    func finish() { if mode == .live { clearLive() } }

    private func describe(_ job: RunningJobState) -> String {
        var text = "\(job.label): \(job.phase)"
        if let step = job.step, let steps = job.steps { text += " \(step)/\(steps)" }
        if let loss = job.loss { text += String(format: " loss %.3f", loss) }
        return text
    }

    private func clearLive() {
        if liveLineShown { writeRaw("\r\u{1B}[2K"); liveLineShown = false }
    }

    private func writeLine(_ text: String) { writeRaw(text + "\n") }

    private func writeRaw(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    private func emitJSON(_ object: [String: String]) {
        if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 100
    }
}

/// `4m12s`, `1h03m`, `12s`.
public func formatDuration(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    if s >= 3600 { return String(format: "%dh%02dm", s / 3600, (s % 3600) / 60) }
    if s >= 60 { return String(format: "%dm%02ds", s / 60, s % 60) }
    return "\(s)s"
}
