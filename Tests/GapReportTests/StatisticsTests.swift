// Tests for the statistics helpers and the three interval methods of GapEstimator.
import GapCore
import GapReport
import Testing

@Test(arguments: [(0.975, 2.0, 4.302653), (0.975, 10.0, 2.228139), (0.975, 30.0, 2.042272), (0.95, 5.0, 2.015048)])
func studentTQuantilesMatchTables(probability: Double, degreesOfFreedom: Double, expected: Double) {
    #expect(abs(Statistics.studentTQuantile(probability, degreesOfFreedom: degreesOfFreedom) - expected) < 1e-5)
}

@Test func normalQuantileAndSummaries() {
    #expect(abs(Statistics.normalQuantile(0.975) - 1.959964) < 1e-6)
    #expect(abs(Statistics.normalQuantile(0.5)) < 1e-9)
    let summary = Summary([2, 4, 4, 4, 5, 5, 7, 9])
    #expect(summary.mean == 5)
    #expect(abs(summary.standardDeviation! - 2.138090) < 1e-6)
    #expect(Summary([3]).standardDeviation == nil)
    #expect(Statistics.percentile(sorted: [0, 10], 0.25) == 2.5)
}

func run(_ mix: String, seed: Int, accuracy: Double, items: [Bool]? = nil, total: Int? = nil) -> RunResult {
    RunResult(student: "s", studentSize: 1, mix: mix, seed: seed,
              scores: [BenchmarkScore(benchmark: "b", correct: nil, total: total, accuracy: accuracy)],
              items: items.map { ["b": $0.enumerated().map { ItemVerdict(problemID: "p\($0.offset)", correct: $0.element) }] } ?? [:])
}

let longGap = GapDefinition(name: "long", treatment: "long", baseline: "short")

@Test func welchIntervalFromSeedLevelP() throws {
    // P (percent) long: 10, 20, 30; short: 40, 50, 60. Δ = −30; se = √(100/3 + 100/3) = 8.165; df = 4; t = 2.776445.
    let runs = [0.1, 0.2, 0.3].enumerated().map { run("long", seed: $0.offset, accuracy: $0.element) }
        + [0.4, 0.5, 0.6].enumerated().map { run("short", seed: $0.offset, accuracy: $0.element) }
    let estimate = try #require(GapEstimator().estimates(ExperimentResults(name: "e", runs: runs, gaps: [longGap])).first)
    #expect(estimate.method == .welchT)
    #expect(abs(estimate.delta + 30) < 1e-9)
    let half = 2.776445 * (200.0 / 3).squareRoot()
    #expect(abs(estimate.interval!.lowerBound - (-30 - half)) < 1e-4)
    #expect(abs(estimate.interval!.upperBound - (-30 + half)) < 1e-4)
    #expect(estimate.betterMix == "short")
}

@Test func binomialIntervalWithOneSeedAndTotals() throws {
    // One seed each, 100 items: var = (0.3·0.7 + 0.5·0.5)/100 ·100² = 46 → half = 1.959964·√46.
    let runs = [run("long", seed: 0, accuracy: 0.3, total: 100), run("short", seed: 0, accuracy: 0.5, total: 100)]
    let estimate = try #require(GapEstimator().estimates(ExperimentResults(name: "e", runs: runs, gaps: [longGap])).first)
    #expect(estimate.method == .binomialNormal)
    #expect(abs(estimate.interval!.upperBound - (-20 + 1.959964 * 46.0.squareRoot())) < 1e-4)
    // Without totals there is nothing to build an interval from.
    let bare = [run("long", seed: 0, accuracy: 0.3), run("short", seed: 0, accuracy: 0.5)]
    let none = try #require(GapEstimator().estimates(ExperimentResults(name: "e", runs: bare, gaps: [longGap])).first)
    #expect(none.method == .none && none.interval == nil)
}

@Test func pairedBootstrapIsSeededAndPaired() throws {
    let sweep = syntheticSweep()
    let first = GapEstimator().estimates(sweep)
    let again = GapEstimator().estimates(sweep)
    #expect(first == again)
    #expect(first.allSatisfy { $0.method == .pairedBootstrap })
    #expect(first.allSatisfy { $0.interval!.contains($0.delta) })
    let reseeded = GapEstimator(options: GapOptions(seed: 7)).estimates(sweep)
    #expect(reseeded.map(\.interval) != first.map(\.interval))
    #expect(reseeded.map(\.delta) == first.map(\.delta))

    // Identical verdicts in both arms: every paired resample gives Δ = 0 exactly.
    let items = (0..<50).map { $0 % 3 == 0 }
    let same = [run("long", seed: 0, accuracy: 17.0 / 50, items: items), run("short", seed: 0, accuracy: 17.0 / 50, items: items)]
    let zero = try #require(GapEstimator().estimates(ExperimentResults(name: "e", runs: same, gaps: [longGap])).first)
    #expect(zero.method == .pairedBootstrap && zero.interval == 0...0)

    // Opposite verdicts on half the items: the interval is wide and excludes nothing it should not.
    let flipped = items.map { !$0 }
    let apart = [run("long", seed: 0, accuracy: 33.0 / 50, items: flipped), run("short", seed: 0, accuracy: 17.0 / 50, items: items)]
    let wide = try #require(GapEstimator().estimates(ExperimentResults(name: "e", runs: apart, gaps: [longGap])).first)
    #expect(abs(wide.delta - 32) < 1e-9)
    #expect(wide.interval!.lowerBound > 0 && wide.interval!.upperBound < 64)
    #expect(wide.interval!.upperBound - wide.interval!.lowerBound > 20)
}
