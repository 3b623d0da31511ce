// Tests for opening databases: readers change nothing and create no file; writers refuse files gaprun did not write;
// a database written before the application id existed is still recognised and migrated; a closed writer's main file
// holds every committed row.
import Foundation
import GapCore
@testable import GapStore
import Testing

private func scratch() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gaprun-open-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

/// The file names in `dir`, sorted.
private func listing(_ dir: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() }

/// A foreign SQLite database: one unrelated table.
private func foreignDatabase(at path: String) throws {
    let handle = try Database(.path(path))
    try handle.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES ('keep me')")
}

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
private let example = packageRoot.appendingPathComponent("results.sqlite.example")

@Test func headerInspectionTellsFilesApart() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = dir.appendingPathComponent("notes.txt").path
    try "hello, world\n".write(toFile: text, atomically: true, encoding: .utf8)
    let empty = dir.appendingPathComponent("empty").path
    #expect(FileManager.default.createFile(atPath: empty, contents: nil))
    #expect(DatabaseFile.inspect(path: dir.appendingPathComponent("none").path) == .missing)
    #expect(DatabaseFile.inspect(path: empty) == .empty)
    #expect(DatabaseFile.inspect(path: text) == .notSQLite(found: "a text file starting `hello, world`"))
    #expect(DatabaseFile.percentEncoded("/a b/c?d#e%f") == "/a%20b/c%3Fd%23e%25f")
}

@Test func aForeignDatabaseIsRefusedByReadersAndWritersAndLeftByteIdentical() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("other.sqlite").path
    try foreignDatabase(at: path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let files = try listing(dir)
    for open in [{ _ = try ResultStore(path: path) }, { _ = try ResultStore.openReadOnly(path: path) }] {
        do {
            try open()
            Issue.record("a foreign database was opened")
        } catch let error as StoreError {
            #expect("\(error)".contains(path) && "\(error)".contains("`notes`"), "\(error)")
        }
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try listing(dir) == files)
}

@Test func aFileThatIsNotADatabaseIsRefusedWithItsPath() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("results.sqlite").path
    let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
    try bytes.write(to: URL(fileURLWithPath: path))
    for open in [{ _ = try ResultStore(path: path) }, { _ = try ResultStore.openReadOnly(path: path) }] {
        #expect(throws: StoreError.self) { try open() }
    }
    do { _ = try ResultStore(path: path) } catch {
        #expect("\(error)".contains("\(path) is not an SQLite database"), "\(error)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    #expect(try listing(dir) == ["results.sqlite"])
}

@Test func aClosedWritersFileHoldsEveryRowAndReadersAddNoFile() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("r.sqlite").path
    do {
        let store = try ResultStore(path: path)
        #expect(try store.database.scalar("PRAGMA journal_mode")?.text == "wal")
        let id = try store.registerExperiment(name: "e", gridPath: nil, gridText: nil, gaps: [])
        try store.registerJobs([registration("aaa", mix: "short")], experimentID: id)
    }
    let files = try listing(dir)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    do {
        let reader = try ResultStore.openReadOnly(path: path)
        #expect(try reader.runs().count == 1)
        #expect(try reader.database.scalar("PRAGMA application_id")?.int == Int(Migrator.applicationID))
        #expect(try reader.database.scalar("PRAGMA user_version")?.int == gaprunMigrations.migrations.count)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try listing(dir) == files)
    // The main file alone (as a user copies it) holds the committed rows.
    let copyDir = dir.appendingPathComponent("copy")
    try FileManager.default.createDirectory(at: copyDir, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: path, toPath: copyDir.appendingPathComponent("r.sqlite").path)
    #expect(try ResultStore.openReadOnly(path: copyDir.appendingPathComponent("r.sqlite").path).runs().count == 1)
    #expect(try listing(copyDir) == ["r.sqlite"])
}

@Test func aWALModeCopyIsReadWithoutCreatingFiles() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("r.sqlite").path
    let writer = try ResultStore(path: path)
    let id = try writer.registerExperiment(name: "e", gridPath: nil, gridText: nil, gaps: [])
    try writer.registerJobs([registration("aaa", mix: "short")], experimentID: id)
    try writer.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    // A copy of the main file alone: WAL mode in its header, no -wal or -shm beside it (like a shipped example).
    let copyDir = dir.appendingPathComponent("copy")
    try FileManager.default.createDirectory(at: copyDir, withIntermediateDirectories: true)
    let copy = copyDir.appendingPathComponent("r.sqlite").path
    try FileManager.default.copyItem(atPath: path, toPath: copy)
    #expect(DatabaseFile.inspect(path: copy) == .sqlite(wal: true))
    let before = try Data(contentsOf: URL(fileURLWithPath: copy))
    do { #expect(try ResultStore.openReadOnly(path: copy).runs().count == 1) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    #expect(try listing(copyDir) == ["r.sqlite"])
}

@Suite(.enabled(if: FileManager.default.fileExists(atPath: example.path), "results.sqlite.example is not in the package root"))
struct ShippedExampleTests {
    @Test func theExampleIsReadByteIdenticalAndItsCopyMigrates() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("example.sqlite").path
        try FileManager.default.copyItem(atPath: example.path, toPath: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        do {
            let reader = try ResultStore.openReadOnly(path: copy)
            #expect(try reader.runs().isEmpty == false)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
        #expect(try listing(dir) == ["example.sqlite"])
        // A writer recognises it (written before the application id existed) and migrates it.
        do {
            let store = try ResultStore(path: copy)
            #expect(try store.database.scalar("PRAGMA application_id")?.int == Int(Migrator.applicationID))
            #expect(try store.database.scalar("SELECT COUNT(*) FROM schema_migrations")?.int == gaprunMigrations.migrations.count)
        }
        #expect(try ResultStore.openReadOnly(path: copy).runs().isEmpty == false)
    }
}
