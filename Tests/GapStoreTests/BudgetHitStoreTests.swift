// Budget hits in the store: recorded per benchmark and per response, NULL (unknown) in a database written before the
// `v3-budget-hits` migration, whether it is read as it is or migrated; re-judging keeps them.
import Foundation
import GapCore
@testable import GapStore
import Testing

@Suite struct BudgetHitStoreTests {
    func scratchFile() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gaprun-budget-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("r.sqlite").path
    }

    func hitOutcome(_ hash: String) -> RunOutcome {
        RunOutcome(configHash: hash,
                   benchmarks: [BenchmarkOutcome(benchmark: "gsm-synth", correct: 1, total: 3, scorer: "gaprun",
                                                 scorerVersion: "1", budgetHits: 2)],
                   predictions: (1...3).map { index in
                       PredictionRecord(benchmark: "gsm-synth", problemID: "p\(index)", response: "r\(index)", extracted: nil,
                                        correct: index == 1, reason: "r", scorer: "gaprun", scorerVersion: "1",
                                        hitBudget: index != 1)
                   },
                   startedAt: "2026-01-01T00:00:00Z", endedAt: "2026-01-01T00:01:00Z", wallSeconds: 60)
    }

    @Test func hitsAreRecordedPerBenchmarkAndPerResponse() throws {
        let store = try ResultStore.inMemory()
        let exp = try store.registerExperiment(name: "e", gridPath: nil, gridText: nil, gaps: [])
        try store.registerJobs([registration("aaa", mix: "long")], experimentID: exp)
        try store.record(hitOutcome("aaa"))
        #expect(try store.database.scalar("SELECT budget_hits FROM benchmark_results")?.int == 2)
        #expect(try store.database.scalar("SELECT SUM(hit_budget) FROM predictions")?.int == 2)
        let stored = try store.storedPredictions(configHash: "aaa")
        #expect(stored.map(\.hitBudget) == [false, true, true])
        #expect(PredictionRecord.budgetHits(stored) == 2)
        #expect(try store.reportSnapshot(experiment: "e")?.benchmarks.first?.budgetHits == 2)
    }

    @Test func anOlderDatabaseReadsHitsAsUnknownAsItIsAndAfterMigrating() throws {
        let path = try scratchFile()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        do {
            let database = try Database(.path(path))
            try gaprunMigrations.migrate(database, upTo: "v2-stages-and-validation-loss")
            try database.execute("""
                INSERT INTO experiments(name) VALUES ('old');
                INSERT INTO runs(config_hash, student, mix, seed, status, config_json, versions_json)
                    VALUES ('old1', 's', 'long', 0, 'COMPLETED', '{}', '{}');
                INSERT INTO experiment_runs VALUES (1, 1);
                INSERT INTO benchmark_results VALUES (1, 'gsm-synth', 1, 2, 0.5, 'gaprun', '1');
                INSERT INTO predictions VALUES (1, 'gsm-synth', 'p1', 'r', NULL, 1, 'r', 'gaprun', '1');
                """)
            #expect(try database.scalar("SELECT COUNT(*) FROM pragma_table_info('benchmark_results') WHERE name = 'budget_hits'")?.int == 0)
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let reader = try ResultStore.openReadOnly(path: path)
            let snapshot = try #require(try reader.reportSnapshot(experiment: "old"))
            #expect(snapshot.benchmarks.count == 1 && snapshot.benchmarks[0].budgetHits == nil)
            #expect(try reader.storedPredictions(configHash: "old1").map(\.hitBudget) == [nil])
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        do {
            let writer = try ResultStore(path: path)
            #expect(try writer.database.scalar("SELECT COUNT(*) FROM schema_migrations WHERE name = 'v3-budget-hits'")?.int == 1)
            #expect(try writer.database.scalar("SELECT budget_hits IS NULL FROM benchmark_results")?.int == 1)
            #expect(try writer.database.scalar("SELECT hit_budget IS NULL FROM predictions")?.int == 1)
            #expect(PredictionRecord.budgetHits(try writer.storedPredictions(configHash: "old1")) == nil)
        }
    }

    @Test func theCheckConstraintsRefuseImpossibleCounts() throws {
        let store = try ResultStore.inMemory()
        let exp = try store.registerExperiment(name: "e", gridPath: nil, gridText: nil, gaps: [])
        try store.registerJobs([registration("aaa", mix: "long")], experimentID: exp)
        try store.record(hitOutcome("aaa"))
        #expect(throws: (any Error).self) { try store.database.execute("UPDATE predictions SET hit_budget = 2") }
        #expect(throws: (any Error).self) { try store.database.execute("UPDATE benchmark_results SET budget_hits = -1") }
    }
}
