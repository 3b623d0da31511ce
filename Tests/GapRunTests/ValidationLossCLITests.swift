// Held-out loss during training, through the binary: a validation loss at each checkpoint step in training_curves,
// carried over to runs that reuse the model, and drawn by `gaprun plot training-curves`.
import Foundation
import Testing

@Suite(.serialized, .needsBinaryAndSQLite3)
struct ValidationLossCLITests {
    @Test func checkpointStepsCarryAHeldOutLossThatThePlotDraws() throws {
        let dir = try CLIHarness.temporaryDirectory("validation")
        defer { try? FileManager.default.removeItem(at: dir) }
        // 20 steps, a checkpoint every 8: held-out losses after steps 8, 16 and the last (20).
        try CLIHarness.tinyGrid(seeds: [0], steps: 20, limit: 2).write(to: dir.appendingPathComponent("tiny.conf"),
                                                                      atomically: true, encoding: .utf8)
        let sweep = try CLIHarness.run(["sweep", "tiny.conf", "--db", "r.sqlite", "--quiet"], in: dir)
        #expect(sweep.status == 0, "\(sweep.stderr)")
        let db = dir.appendingPathComponent("r.sqlite")
        #expect(try CLIHarness.sqlite(db, """
            SELECT group_concat(step) FROM (SELECT DISTINCT step FROM training_curves WHERE validation_loss IS NOT NULL ORDER BY step)
            """) == "7,15,19")
        #expect(try CLIHarness.sqlite(db, """
            SELECT COUNT(*) FROM training_curves WHERE validation_loss IS NOT NULL AND validation_loss > 0 AND validation_loss < 10
            """) == "6")
        // Held-out data differs from the training data, so its loss is not the training loss of the same step.
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM training_curves WHERE validation_loss = loss") == "0")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM metrics WHERE key = 'final_validation_loss'") == "2")
        // Kept beside each checkpoint, so a job resumed after an interruption keeps its earlier held-out losses.
        for folder in try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("r.runs").path) {
            let file = dir.appendingPathComponent("r.runs/\(folder)/checkpoint/validation-loss.json")
            let losses = try JSONDecoder().decode([Int: Double].self, from: Data(contentsOf: file))
            #expect(losses.keys.sorted() == [7, 15, 19])
        }
        let plot = try CLIHarness.run(["plot", "training-curves", "--db", "r.sqlite", "-o", "curves.svg"], in: dir)
        #expect(plot.status == 0, "\(plot.stderr)")
        let svg = try String(contentsOf: dir.appendingPathComponent("curves.svg"), encoding: .utf8)
        #expect(svg.contains("long (held-out)") && svg.contains("Training and held-out loss"))
    }
}
