// DatabaseLock: one coordinator per database. A sweep holds `<db>.lock` (flock) while it runs, so a job left
// RUNNING by a killed coordinator can safely be taken over by the next sweep.
import Foundation

public final class DatabaseLock {
    private let descriptor: Int32
    public let path: String

    /// Takes the lock or throws `RunError.databaseBusy` naming the holder.
    public init(databasePath: String) throws {
        path = databasePath + ".lock"
        descriptor = open(path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { throw RunError.io(path: path, message: String(cString: strerror(errno))) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            close(descriptor)
            throw RunError.databaseBusy(path: databasePath, holder: holder.flatMap { $0.isEmpty ? nil : $0 } ?? "unknown process")
        }
        ftruncate(descriptor, 0)
        let text = "pid \(getpid()) on \(ProcessInfo.processInfo.hostName)\n"
        _ = text.withCString { write(descriptor, $0, strlen($0)) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
