// Budget hits through the binary: a real tiny in-process sweep records, per response and per benchmark, which answers
// a length limit ended; `gap`, `table` and the sweep's end show the share; and a grid whose only change is a budget
// from the data (instead of a written one) generates from the stored models without training.
import Foundation
import Testing

@Suite(.serialized, .enabled(if: CLIHarness.hasBinary, "build gaprun first: swift build --build-tests"))
struct BudgetHitCLITests {
    /// The tiny grid with a context that holds the data's budget (prompt + the teachers' longest response + margin).
    static func grid(budget: String) -> String {
        CLIHarness.tinyGrid(seeds: [0], steps: 16, limit: 4)
            .replacingOccurrences(of: "context_length: 384", with: "context_length: 960")
            .replacingOccurrences(of: "allow_short_budget: true, max_new_tokens: 24}", with: budget)
    }

    @Test func aTinyRunRecordsItsBudgetHitsAndEveryTableShowsThem() throws {
        let dir = try CLIHarness.temporaryDirectory("budget-hits")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite")
        try Self.grid(budget: "allow_short_budget: true, max_new_tokens: 24}")
            .write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let sweep = try CLIHarness.run(["sweep", "tiny.conf", "--db", "r.sqlite"], in: dir)
        #expect(sweep.status == 0, "\(sweep.stderr)")

        // Character tokens: a response the budget ended has exactly 24 characters, any other fewer.
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM predictions") == "16")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM predictions WHERE hit_budget IS NULL") == "0")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM predictions WHERE hit_budget = 1 AND length(response) != 24") == "0")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM predictions WHERE hit_budget = 0 AND length(response) >= 24") == "0")
        #expect(try CLIHarness.sqlite(db, """
            SELECT COUNT(*) FROM benchmark_results b WHERE b.budget_hits IS NOT
                (SELECT SUM(p.hit_budget) FROM predictions p WHERE p.run_id = b.run_id AND p.benchmark = b.benchmark)
            """) == "0")

        // The shares `gap` prints beside P are the stored ones.
        let share: (String) throws -> String = { mix in
            try CLIHarness.sqlite(db, """
                SELECT printf('%.1f%%', 100.0 * SUM(p.hit_budget) / COUNT(*)) FROM predictions p JOIN runs r USING (run_id)
                WHERE r.mix = '\(mix)'
                """)
        }
        let long = try share("long"), short = try share("short")
        let gap = try CLIHarness.run(["gap", "--db", "r.sqlite"], in: dir)
        #expect(gap.status == 0)
        let row = gap.stdout.split(separator: "\n").first { $0.hasPrefix("t-16") }.map(String.init) ?? ""
        let columns = row.split(separator: " ").map(String.init)
        #expect(columns.count > 6 && columns[4] == long && columns[7] == short, "\(gap.stdout)")
        #expect(gap.stdout.contains("hit = share of responses cut by a length limit"))
        let csv = try CLIHarness.run(["gap", "--db", "r.sqlite", "--format", "csv"], in: dir)
        #expect(csv.stdout.hasPrefix("student,") && csv.stdout.contains("budget_hit_treatment,budget_hit_baseline"))
        let table = try CLIHarness.run(["table", "long-short", "--db", "r.sqlite"], in: dir)
        #expect(table.stdout.contains("| Hit_Long | Hit_Short |") && table.stdout.contains("| \(long) | \(short) |"),
                "\(table.stdout)")
        // The sweep warns about each cell above 2% at its end, and so does `status`.
        let status = try CLIHarness.run(["status", "--db", "r.sqlite"], in: dir)
        for (mix, text) in [("long", long), ("short", short)] {
            let above = (Double(text.dropLast()) ?? 0) > 2
            #expect(sweep.stderr.contains("warning: t-16/\(mix): ") == above, "\(sweep.stderr)")
            #expect(status.stdout.contains("warning: tiny: t-16/\(mix): ") == above, "\(status.stdout)")
        }
        #expect(long != "0.0%" || short != "0.0%", "an untrained 16-step student should run into a 24-token budget")
        let report = try CLIHarness.run(["report", "--db", "r.sqlite", "-o", "rep/report.md"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOf: dir.appendingPathComponent("rep/report.md"), encoding: .utf8)
        #expect(markdown.contains("## Generation budget") && markdown.contains("Generation budget (`eval.max_new_tokens`): 24 tokens."))
        #expect(markdown.contains("`eval.allow_short_budget: true`"))
    }

    @Test func aBudgetFromTheDataGeneratesFromTheStoredModelsWithoutTraining() throws {
        let dir = try CLIHarness.temporaryDirectory("budget-stage")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite")
        try Self.grid(budget: "allow_short_budget: true, max_new_tokens: 24}")
            .write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        #expect(try CLIHarness.run(["sweep", "tiny.conf", "--db", "r.sqlite", "--quiet"], in: dir).status == 0)
        try Self.grid(budget: "}").replacingOccurrences(of: "limit: 4, }", with: "limit: 4}")
            .write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let plan = try CLIHarness.run(["plan", "tiny.conf", "--db", "r.sqlite"], in: dir)
        #expect(plan.status == 0 && plan.stdout.contains("stages: generate 2"), "\(plan.stdout)\(plan.stderr)")
        let sweep = try CLIHarness.run(["sweep", "tiny.conf", "--db", "r.sqlite", "--quiet"], in: dir)
        #expect(sweep.status == 0, "\(sweep.stderr)")
        #expect(try CLIHarness.sqlite(db, "SELECT stage, COUNT(*) FROM runs GROUP BY stage ORDER BY stage") == "generate|2\ntrain|2")
        #expect(try CLIHarness.sqlite(db, """
            SELECT COUNT(*) FROM runs g JOIN runs t ON t.config_hash = g.reused_from
            WHERE g.stage = 'generate' AND g.train_hash = t.train_hash AND g.generation_hash != t.generation_hash
            """) == "2")
        // The data's budget is one number for both mixes, far above 24.
        let budgets = try CLIHarness.sqlite(db, """
            SELECT DISTINCT value FROM params p JOIN runs r USING (run_id) WHERE r.stage = 'generate' AND p.key = 'eval.max_new_tokens'
            """)
        #expect(!budgets.contains("\n") && (Int(budgets) ?? 0) > 24, "\(budgets)")
        // The same grid with a context too short for prompt + that budget is refused before anything runs.
        try Self.grid(budget: "}").replacingOccurrences(of: "limit: 4, }", with: "limit: 4}")
            .replacingOccurrences(of: "context_length: 960", with: "context_length: 384")
            .write(to: dir.appendingPathComponent("short.conf"), atomically: true, encoding: .utf8)
        let refused = try CLIHarness.run(["sweep", "short.conf", "--db", "r.sqlite"], in: dir)
        #expect(refused.status == 1 && refused.stderr.contains("short.conf:3:") && refused.stderr.contains("context_length 384"),
                "\(refused.stderr)")
    }
}
