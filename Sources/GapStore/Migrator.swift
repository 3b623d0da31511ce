// Migrator: named, append-only schema migrations, each in its own transaction, recorded in `schema_migrations`.
// A migration never changes once shipped; a new schema change is a new named step (GRDB's rule).

/// One schema step: a stable name and the SQL it runs.
public struct Migration: Sendable {
    public var name: String
    public var sql: String
    public init(_ name: String, sql: String) { self.name = name; self.sql = sql }
}

/// Applies pending migrations in order, and marks the file as a gaprun database: `PRAGMA application_id` is
/// `applicationID` and `PRAGMA user_version` the number of migrations applied.
public struct Migrator: Sendable {
    public var migrations: [Migration]
    public init(_ migrations: [Migration]) { self.migrations = migrations }

    /// `GAPR` in ASCII: SQLite's application id of a gaprun results database (see `PRAGMA application_id`).
    public static let applicationID: Int64 = 0x4741_5052

    /// Applies every migration not yet recorded (up to and including `upTo`, when given). Returns the names applied.
    @discardableResult
    public func migrate(_ database: Database, upTo last: String? = nil) throws -> [String] {
        try database.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))
            """)
        let done = Set(try database.rows("SELECT name FROM schema_migrations").compactMap { $0.first?.text })
        let known = Set(migrations.map(\.name))
        if let unknown = done.subtracting(known).sorted().first {
            throw StoreError.newerSchema(migration: unknown)
        }
        var applied: [String] = []
        for migration in migrations {
            if !done.contains(migration.name) {
                try database.transaction {
                    try database.execute(migration.sql)
                    try database.run("INSERT INTO schema_migrations(name) VALUES (?)", [.text(migration.name)])
                }
                applied.append(migration.name)
            }
            if migration.name == last { break }
        }
        let count = try database.scalar("SELECT COUNT(*) FROM schema_migrations")?.int ?? 0
        if try database.scalar("PRAGMA application_id")?.int != Int(Migrator.applicationID)
            || database.scalar("PRAGMA user_version")?.int != count {
            try database.execute("PRAGMA application_id = \(Migrator.applicationID); PRAGMA user_version = \(count)")
        }
        return applied
    }
}
