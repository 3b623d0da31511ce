// Migrator: named, append-only schema migrations, each in its own transaction, recorded in `schema_migrations`.
// A migration never changes once shipped; a new schema change is a new named step (GRDB's rule).

/// One schema step: a stable name and the SQL it runs.
public struct Migration: Sendable {
    public var name: String
    public var sql: String
    public init(_ name: String, sql: String) { self.name = name; self.sql = sql }
}

/// Applies pending migrations in order.
public struct Migrator: Sendable {
    public var migrations: [Migration]
    public init(_ migrations: [Migration]) { self.migrations = migrations }

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
        return applied
    }
}
