// Budget-hit shares beside P: pooled over runs and benchmarks, unknown when any run did not record them, shown by
// `gap` (text, CSV) and the long-short table, and named when above 2%.
import GapCore
import Foundation
import GapReport
import Testing

struct BudgetHitShareTests {
    func run(_ mix: String, seed: Int, hits: Int?, accuracy: Double) -> RunResult {
        RunResult(student: "s", studentSize: 1000, mix: mix, seed: seed,
                  scores: [BenchmarkScore(benchmark: "gsm-synth", correct: Int(accuracy * 100), total: 100, accuracy: accuracy,
                                          budgetHits: hits),
                           BenchmarkScore(benchmark: "amc-synth", correct: 0, total: 100, accuracy: 0, budgetHits: hits.map { _ in 0 })])
    }

    func results(longHits: Int?) -> ExperimentResults {
        ExperimentResults(name: "e", runs: [run("long", seed: 0, hits: longHits, accuracy: 0.1), run("long", seed: 1, hits: 0, accuracy: 0.2),
                                            run("short", seed: 0, hits: 4, accuracy: 0.3), run("short", seed: 1, hits: 0, accuracy: 0.3)],
                          gaps: [GapDefinition(name: "long", treatment: "long", baseline: "short")])
    }

    @Test func sharesArePooledOverRunsAndBenchmarksAndUnknownWhenAnyRunLacksThem() {
        let known = results(longHits: 12)
        #expect(BudgetHitShare.percent(runs: known.runs.filter { $0.mix == "long" }) == 3)  // 12 of 400 responses
        #expect(BudgetHitShare.percent(runs: known.runs.filter { $0.mix == "long" }, benchmark: "gsm-synth") == 6)
        #expect(BudgetHitShare.percent(runs: known.runs.filter { $0.mix == "short" }) == 1)
        #expect(BudgetHitShare.percent(runs: results(longHits: nil).runs.filter { $0.mix == "long" }) == nil)
        #expect(BudgetHitShare.cellsAboveWarning(known) == ["s/long: 3.0% of 400 responses"])
        #expect(BudgetHitShare.cellsAboveWarning(results(longHits: 8)).isEmpty)  // exactly 2% is not above it
    }

    @Test func gapAndTablePrintTheShareBesideP() throws {
        let estimates = GapEstimator().estimates(results(longHits: 12))
        #expect(estimates.count == 1 && estimates[0].treatmentBudgetHits == 3 && estimates[0].baselineBudgetHits == 1)
        let text = GapFormatter.render(estimates, experiment: "e", format: .text, byBenchmark: false)
        let lines = text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines[1][3...7] == ["P_treatment", "hit", "baseline", "P_baseline", "hit"])
        #expect(lines[2][3...7] == ["7.5", "±", "3.5", "3.0%", "short"], "\(text)")
        #expect(text.contains(BudgetHitShare.explanation))
        let csv = GapFormatter.render(estimates, experiment: "e", format: .csv, byBenchmark: false)
        #expect(csv.split(separator: "\n")[1].hasSuffix(",3.0000,1.0000"), "\(csv)")
        let table = try PaperTables().render(.longShort, results(longHits: 12), format: .markdown)
        #expect(table.contains("| Hit_Long | Hit_Short |") && table.contains("| 3.0% | 1.0% |"), "\(table)")
        // Without recorded hits the columns are left out and a note says so.
        let unknown = GapFormatter.render(GapEstimator().estimates(results(longHits: nil)), experiment: "e", format: .text,
                                          byBenchmark: false)
        #expect(unknown.contains(" hit ") && unknown.contains("–"))
        let none = ExperimentResults(name: "e", runs: results(longHits: nil).runs.map { run in
            var run = run
            run.scores = run.scores.map { var score = $0; score.budgetHits = nil; return score }
            return run
        }, gaps: results(longHits: nil).gaps)
        let plain = GapFormatter.render(GapEstimator().estimates(none), experiment: "e", format: .text, byBenchmark: false)
        #expect(!plain.contains(" hit ") && plain.contains(BudgetHitShare.notRecorded))
    }
}
