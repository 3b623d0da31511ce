// DatabaseFile: what a path holds before SQLite touches it (missing, empty, not SQLite, SQLite in WAL or rollback
// mode, read from the 100-byte header), and the URI that opens it read-only without creating any file beside it.
import Foundation

/// What is at a database path, judged from the file itself.
public enum DatabaseFile: Sendable, Equatable {
    /// No file at the path.
    case missing
    /// A zero-length file (SQLite treats it as an empty database).
    case empty
    /// A file that does not start with SQLite's header; `found` says what it looks like.
    case notSQLite(found: String)
    /// An SQLite database; `wal` when its header says WAL mode (bytes 18–19 are 2).
    case sqlite(wal: Bool)

    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// Reads the header of `path` (never opens it with SQLite, so nothing is created or changed).
    public static func inspect(path: String) -> DatabaseFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue { return .notSQLite(found: "a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .notSQLite(found: "a file that cannot be read") }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        if header.isEmpty { return .empty }
        guard header.count >= 20, Array(header.prefix(16)) == magic else {
            let printable = header.prefix(16).allSatisfy { $0 == 9 || $0 == 10 || $0 == 13 || (32..<127).contains($0) }
            let start = String(decoding: header.prefix(16), as: UTF8.self)
                .replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
            return .notSQLite(found: printable ? "a text file starting `\(start)`" : "a file of \(fileSize(path)) bytes "
                              + "without SQLite's header")
        }
        return .sqlite(wal: header[18] == 2 || header[19] == 2)
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The `file:` URI that opens `path` read-only without writing or creating anything:
    /// - a `-wal` file beside it means a writer is (or was) at work: an ordinary read-only connection, which shares
    ///   the writer's `-shm` index and sees every committed transaction;
    /// - WAL mode without a `-wal` file (no connection open, e.g. a copied file): `immutable=1`, because an ordinary
    ///   read-only connection would create `-wal` and `-shm` beside it (SQLite's "read-only WAL databases" rule);
    /// - rollback-journal mode: an ordinary read-only connection, which creates no file.
    public static func readOnlyURI(path: String) -> String {
        var uri = "file:" + percentEncoded(path) + "?mode=ro"
        if case .sqlite(wal: true) = inspect(path: path), !FileManager.default.fileExists(atPath: path + "-wal") {
            uri += "&immutable=1"
        }
        return uri
    }

    /// `path` with the characters a URI path cannot hold literally (`%`, `?`, `#`, space, controls) percent-encoded.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if byte == UInt8(ascii: "%") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") || byte <= 32 || byte >= 127 {
                out += String(format: "%%%02X", byte)
            } else {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return out
    }
}
