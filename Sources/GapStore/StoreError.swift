// StoreError: result-store failures that are not raw SQLite errors.

public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// The database was written by a newer gaprun (it records a migration this binary does not know).
    case newerSchema(migration: String)
    /// No run has this config hash (or id prefix).
    case unknownRun(String)
    /// An id prefix matches several runs.
    case ambiguousRun(prefix: String, matches: Int)

    public var description: String {
        switch self {
        case .newerSchema(let m):
            "the database has schema migration `\(m)`, unknown to this gaprun (hint: upgrade gaprun, or use another --db)"
        case .unknownRun(let id): "no run with id `\(id)` in the database (hint: `gaprun status` lists the runs)"
        case .ambiguousRun(let p, let n): "id prefix `\(p)` matches \(n) runs (hint: give more characters)"
        }
    }
}
