// A local sweep starts its costliest pending jobs first (larger students before smaller ones, grid order among
// equals), whatever their order in the grid file.
import Foundation
import Testing

@Suite(.enabled(if: CLIHarness.hasBinary, "needs gaprun built (swift build --build-tests)"))
struct SweepOrderTests {
    @Test func theLargerStudentStartsFirstThoughItIsListedLast() throws {
        let dir = try CLIHarness.temporaryDirectory("order")
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
            name: order
            students:
              t-8: {layers: 1, channels: 8, heads: 2, context_length: 256}
              t-32: {layers: 2, channels: 32, heads: 2, context_length: 384}
            mixes: {short: {short: 1.0}}
            seeds: [0, 1]
            data: {problems: 60}
            train: {steps: 6, batch_size: 4, warmup_steps: 1}
            eval: {benchmarks: [gsm-synth], limit: 3, max_new_tokens: 12, allow_short_budget: true}
            """.write(to: dir.appendingPathComponent("order.conf"), atomically: true, encoding: .utf8)
        let run = try CLIHarness.run(["sweep", "order.conf", "--db", dir.appendingPathComponent("r.sqlite").path,
                                      "--jobs", "1", "--json"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let started = run.stdout.split(separator: "\n").compactMap { line -> String? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String],
                  object["event"] == "started" else { return nil }
            return object["label"]
        }
        #expect(started == ["t-32/short/seed 0", "t-32/short/seed 1", "t-8/short/seed 0", "t-8/short/seed 1"], "\(started)")
    }
}
