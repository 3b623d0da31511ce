// JobLog: how lines in a job's log are stamped, and the log's tail quoted in error messages.
import Foundation

/// `2026-11-27T11:03:54.123Z`.
public func isoTimestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.string(from: date)
}

/// The last `lines` lines of a log file, joined with " ⏎ ".
public func logTail(_ path: String, lines: Int) -> String {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return "(no log)" }
    return text.split(separator: "\n").suffix(lines).joined(separator: " ⏎ ")
}
