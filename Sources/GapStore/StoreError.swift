// StoreError: result-store failures that are not raw SQLite errors.

public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// The database was written by a newer gaprun (it records a migration this binary does not know).
    case newerSchema(migration: String)
    /// No run has this config hash (or id prefix).
    case unknownRun(String)
    /// An id prefix matches several runs.
    case ambiguousRun(prefix: String, matches: Int)
    /// A worker's result file that cannot be recorded.
    case badResult(path: String, message: String)
    /// No database at the path (readers never create one).
    case databaseNotFound(path: String)
    /// The file is not an SQLite database at all.
    case notADatabase(path: String, found: String)
    /// An SQLite database that gaprun did not write; gaprun neither reads nor migrates it.
    case foreignDatabase(path: String, found: String)

    public var description: String {
        switch self {
        case .newerSchema(let m):
            "the database has schema migration `\(m)`, unknown to this gaprun (hint: upgrade gaprun, or use another --db)"
        case .unknownRun(let id): "no run with id `\(id)` in the database (hint: `gaprun status` lists the runs)"
        case .ambiguousRun(let p, let n): "id prefix `\(p)` matches \(n) runs (hint: give more characters)"
        case .badResult(let path, let message): "\(path): \(message)"
        case .databaseNotFound(let path):
            "\(path): no such database (hint: `gaprun sweep GRID --db \(path)` or `gaprun import` creates one)"
        case .notADatabase(let path, let found):
            "\(path) is not an SQLite database (found \(found)); gaprun left it unchanged "
                + "(hint: check --db, or give a new file name)"
        case .foreignDatabase(let path, let found):
            "\(path) is an SQLite database that gaprun did not write (found \(found)); gaprun neither reads nor "
                + "changes it (hint: give --db a gaprun results database, or a new file name)"
        }
    }
}
