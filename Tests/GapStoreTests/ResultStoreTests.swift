// Tests for the result store: migrations, the job lifecycle, one-transaction recording, and the gaps view.
import Foundation
import GapCore
@testable import GapStore
import Testing

func registration(_ hash: String, student: String = "s", mix: String, seed: Int = 0, size: Double = 1000) -> JobRegistration {
    JobRegistration(configHash: hash, student: student, studentParameters: Int(size), studentSize: size, mix: mix, seed: seed,
                    sweptJSON: "{}", backend: "inprocess", source: "inprocess", configJSON: "{}", versionsJSON: "{}")
}

func outcome(_ hash: String, accuracies: [(String, Int, Int)]) -> RunOutcome {
    RunOutcome(configHash: hash,
               benchmarks: accuracies.map { BenchmarkOutcome(benchmark: $0.0, correct: $0.1, total: $0.2, scorer: "gaprun", scorerVersion: "1") },
               predictions: [PredictionRecord(benchmark: accuracies[0].0, problemID: "p1", response: "r", extracted: "1",
                                              correct: true, reason: "boxed", scorer: "gaprun", scorerVersion: "1")],
               curve: [CurvePoint(step: 1, loss: 2.5, learningRate: 0.001)], metrics: ["final_loss": 2.5],
               startedAt: "2026-01-01T00:00:00Z", endedAt: "2026-01-01T00:01:00Z", wallSeconds: 60)
}

@Test func migrationsAreIdempotentAndRecorded() throws {
    let db = try Database(.memory)
    #expect(try gaprunMigrations.migrate(db) == gaprunMigrations.migrations.map(\.name))
    #expect(try gaprunMigrations.migrate(db).isEmpty)
    #expect(try db.scalar("SELECT COUNT(*) FROM schema_migrations")?.int == gaprunMigrations.migrations.count)
    // The three names outside scripts rely on.
    #expect(try db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('runs','gaps')")?.int == 2)
}

@Test func unknownNewerMigrationIsRefused() throws {
    let db = try Database(.memory)
    try gaprunMigrations.migrate(db)
    try db.run("INSERT INTO schema_migrations(name) VALUES ('v99-future')")
    #expect(throws: StoreError.self) { try gaprunMigrations.migrate(db) }
}

@Test func recordingCompletesOnceWithAllRows() throws {
    let store = try ResultStore.inMemory()
    let exp = try store.registerExperiment(name: "e", gridPath: nil, gridText: nil, gaps: [])
    try store.registerJobs([registration("aaa", mix: "short")], experimentID: exp)
    try store.registerJobs([registration("aaa", mix: "short")], experimentID: exp)  // re-registering is harmless
    #expect(try store.statuses(configHashes: ["aaa"]) == ["aaa": .pending])
    try store.markStarted(configHash: "aaa", worker: "host:1", logPath: nil)
    #expect(try store.record(outcome("aaa", accuracies: [("gsm-synth", 3, 10)])))
    #expect(try store.record(outcome("aaa", accuracies: [("gsm-synth", 9, 10)])) == false)
    #expect(try store.statuses(configHashes: ["aaa"]) == ["aaa": .completed])
    #expect(try store.database.scalar("SELECT COUNT(*) FROM benchmark_results")?.int == 1)
    #expect(try store.database.scalar("SELECT correct FROM benchmark_results")?.int == 3)
    // A completed job is never demoted.
    try store.markEnded(configHash: "aaa", status: .failed, error: "late failure")
    #expect(try store.statuses(configHashes: ["aaa"]) == ["aaa": .completed])
}

@Test func failedRecordingLeavesNoRows() throws {
    let store = try ResultStore.inMemory()
    let exp = try store.registerExperiment(name: "e", gridPath: nil, gridText: nil, gaps: [])
    try store.registerJobs([registration("bbb", mix: "short")], experimentID: exp)
    // total = 0 violates a CHECK constraint half-way through the transaction.
    #expect(throws: SQLiteError.self) { try store.record(outcome("bbb", accuracies: [("gsm-synth", 1, 2), ("math-synth", 0, 0)])) }
    #expect(try store.statuses(configHashes: ["bbb"]) == ["bbb": .pending])
    #expect(try store.database.scalar("SELECT COUNT(*) FROM benchmark_results")?.int == 0)
    #expect(try store.database.scalar("SELECT COUNT(*) FROM predictions")?.int == 0)
}

@Test func gapsViewAveragesSeedsAndSubtracts() throws {
    let store = try ResultStore.inMemory()
    let exp = try store.registerExperiment(name: "e", gridPath: nil, gridText: nil,
                                           gaps: [GapDefinition(name: "long", treatment: "long", baseline: "short")])
    let jobs = [registration("l0", mix: "long", seed: 0), registration("l1", mix: "long", seed: 1),
                registration("s0", mix: "short", seed: 0), registration("s1", mix: "short", seed: 1)]
    try store.registerJobs(jobs, experimentID: exp)
    // long: P = mean(10%, 30%) = 20; short: P = mean over benchmarks then seeds = (25 + 35)/2 = 30.
    try store.record(outcome("l0", accuracies: [("a", 1, 10), ("b", 1, 10)]))
    try store.record(outcome("l1", accuracies: [("a", 3, 10), ("b", 3, 10)]))
    try store.record(outcome("s0", accuracies: [("a", 2, 10), ("b", 3, 10)]))
    try store.record(outcome("s1", accuracies: [("a", 3, 10), ("b", 4, 10)]))
    let rows = try store.database.rows("SELECT student, gap, delta, seeds_treatment FROM gaps")
    #expect(rows.count == 1)
    #expect(rows[0][1].text == "long")
    #expect(abs(rows[0][2].double! - (-10.0)) < 1e-9)
    #expect(rows[0][3].int == 2)
}

@Test func walAndConcurrentReaderOnDisk() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gaprun-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("r.sqlite").path
    let store = try ResultStore(path: path)
    #expect(try store.database.scalar("PRAGMA journal_mode")?.text == "wal")
    let exp = try store.registerExperiment(name: "e", gridPath: nil, gridText: nil, gaps: [])
    try store.registerJobs([registration("ccc", mix: "short")], experimentID: exp)
    let reader = try Database(.path(path), readOnly: true)
    try store.database.execute("BEGIN IMMEDIATE")
    try store.database.run("UPDATE runs SET status = 'RUNNING'")
    // The reader sees the last committed state while the writer holds its transaction.
    #expect(try reader.scalar("SELECT status FROM runs")?.text == "PENDING")
    try store.database.execute("COMMIT")
    #expect(try reader.scalar("SELECT status FROM runs")?.text == "RUNNING")
}
