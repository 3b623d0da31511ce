// Database: a small wrapper over the system SQLite (WAL while writing, read-only opening that creates no files, busy
// timeout, foreign keys, transactions, prepared statements).
// One connection per thread; the type is deliberately not Sendable. Statements finalize themselves in deinit.
import CSQLite
import Foundation

/// SQLite's "copy this text now" destructor marker, which the C macro SQLITE_TRANSIENT cannot express in Swift.
let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A value bound to or read from a statement.
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// One SQLite connection.
public final class Database {
    /// Where the database lives.
    public enum Location: Sendable { case path(String), memory }

    let handle: OpaquePointer
    public let location: Location

    /// Opens a database. Read-write (the default) creates the file if needed, switches it to WAL so readers never
    /// block the writer, and waits up to `busyTimeout` seconds for a lock instead of failing with "database is
    /// locked". The file stays in WAL mode: leaving it would take an exclusive lock that a concurrent reader without a
    /// busy timeout (the `sqlite3` CLI) sees as "database is locked".
    /// Read-only never creates, migrates or changes anything, and creates no file beside the database: see
    /// `DatabaseFile.readOnlyURI(path:)` for how.
    public init(_ location: Location, busyTimeout: Double = 30, readOnly: Bool = false) throws {
        self.location = location
        self.readOnly = readOnly
        var db: OpaquePointer?
        let path: String
        var flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        switch location {
        case .path(let p) where readOnly:
            path = DatabaseFile.readOnlyURI(path: p)
            flags |= SQLITE_OPEN_URI
        case .path(let p): path = p
        case .memory: path = ":memory:"
        }
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(db)
            throw SQLiteError(code: rc, message: "\(message) (\(path))")
        }
        handle = db
        sqlite3_busy_timeout(db, Int32(busyTimeout * 1000))
        if !readOnly { try execute("PRAGMA foreign_keys = ON") }
        if case .path = location, !readOnly {
            try execute("PRAGMA journal_mode = WAL")
            try execute("PRAGMA synchronous = NORMAL")
            _ = gaprun_sqlite_no_checkpoint_on_close(db)
        }
    }

    /// True for a connection opened read-only.
    public let readOnly: Bool

    deinit {
        // Copy the WAL into the main file before closing (PASSIVE: never blocks or locks out readers), so the
        // database file alone holds every committed row, e.g. when a user copies results.sqlite.
        if case .path = location, !readOnly { sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil) }
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows.
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if rc != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(errorMessage)
            throw SQLiteError(code: rc, message: message, sql: sql)
        }
    }

    /// Compiles one statement.
    public func prepare(_ sql: String) throws -> Statement { try Statement(database: self, sql: sql) }

    /// Runs one statement with `arguments`, returning no rows.
    public func run(_ sql: String, _ arguments: [SQLValue] = []) throws {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        while try statement.step() {}
    }

    /// All rows of a query, each as column values in order.
    public func rows(_ sql: String, _ arguments: [SQLValue] = []) throws -> [[SQLValue]] {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        var result: [[SQLValue]] = []
        while try statement.step() { result.append((0..<statement.columnCount).map { statement.value(at: $0) }) }
        return result
    }

    /// The first column of the first row, if any.
    public func scalar(_ sql: String, _ arguments: [SQLValue] = []) throws -> SQLValue? {
        try rows(sql, arguments).first?.first
    }

    /// Runs `body` in one IMMEDIATE transaction: all of it is committed, or none of it. Inside another transaction it
    /// is a savepoint of that transaction, so store operations compose into one transaction.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        if sqlite3_get_autocommit(handle) == 0 {
            try execute("SAVEPOINT nested")
            do {
                let value = try body()
                try execute("RELEASE nested")
                return value
            } catch {
                try? execute("ROLLBACK TO nested; RELEASE nested")
                throw error
            }
        }
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The row id of the last INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last statement.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    func error(_ code: Int32, sql: String?) -> SQLiteError {
        SQLiteError(code: code, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}

@available(*, unavailable)
extension Database: Sendable {}
