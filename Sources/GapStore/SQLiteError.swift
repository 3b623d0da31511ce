// SQLiteError: a failed SQLite call with its result code, SQLite's message and the SQL that failed.
import CSQLite

/// An SQLite failure. Reads like `SQLite error 19: NOT NULL constraint failed: runs.status - while executing INSERT …`.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// SQLite's primary or extended result code, e.g. 5 (SQLITE_BUSY) or 19 (SQLITE_CONSTRAINT).
    public var code: Int32
    public var message: String
    /// The statement that failed, when there was one.
    public var sql: String?

    public init(code: Int32, message: String, sql: String? = nil) { self.code = code; self.message = message; self.sql = sql }

    public var description: String {
        "SQLite error \(code): \(message)" + (sql.map { " - while executing `\($0.prefix(200))`" } ?? "")
    }

    /// True for SQLITE_BUSY / SQLITE_LOCKED, which a retry can cure.
    public var isBusy: Bool { code & 0xFF == SQLITE_BUSY || code & 0xFF == SQLITE_LOCKED }
}
