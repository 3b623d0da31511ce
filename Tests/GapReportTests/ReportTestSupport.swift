// Test support for GapReport: the fixture folder, golden-file comparison (GAPRUN_UPDATE_GOLDEN=1 rewrites them), the
// paper's Table 3 read from its CSV fixture, and a deterministic synthetic 3-seed sweep with per-item verdicts and curves.
import Foundation
import GapCore
import GapReport
import Testing

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// Compares `text` with the golden file `name`; with GAPRUN_UPDATE_GOLDEN=1 writes it instead.
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = fixtures.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["GAPRUN_UPDATE_GOLDEN"] == "1" {
        try text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    if golden != text {
        let got = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let new = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(got, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, new.count)
        Issue.record("\(name) differs from its golden file at line \(line + 1) (rerun with GAPRUN_UPDATE_GOLDEN=1 to accept)",
                     sourceLocation: sourceLocation)
    }
}

/// The paper's Table 3 (two 3B students, seven methods, five benchmarks) from `Fixtures/paper-table3.csv`:
/// `student,mix,seed,benchmark,correct,total,source`, counts nearest to the printed percentages.
func paperTable3() throws -> ExperimentResults {
    let text = try String(contentsOf: fixtures.appendingPathComponent("paper-table3.csv"), encoding: .utf8)
    var runs: [RunResult] = []
    for line in text.split(separator: "\n").dropFirst(3) {
        let f = line.split(separator: ",").map(String.init)
        let score = BenchmarkScore(benchmark: f[3], correct: Int(f[4])!, total: Int(f[5])!,
                                   accuracy: Double(f[4])! / Double(f[5])!)
        if let index = runs.firstIndex(where: { $0.student == f[0] && $0.mix == f[1] }) {
            runs[index].scores.append(score)
        } else {
            runs.append(RunResult(student: f[0], studentSize: 3e9, mix: f[1], seed: Int(f[2])!, source: "import:paper-table3.csv",
                                  scores: [score], mixWeights: [f[1]: 1]))
        }
    }
    return ExperimentResults(name: "paper-table3", runs: runs, gaps: [
        GapDefinition(name: "long", treatment: "long", baseline: "short"),
        GapDefinition(name: "large", treatment: "large-teacher", baseline: "small-teacher"),
    ])
}

/// A synthetic sweep: 3 in-process students × 6 mixes × 3 seeds, three benchmarks with per-item verdicts, loss
/// curves and wall times. Small students do better on short/small-teacher data, the largest on long data (the
/// paper's pattern), with seed noise, so every table and plot has spreads and intervals to show.
func syntheticSweep(seeds: Int = 3) -> ExperimentResults {
    let students: [(String, Double)] = [("s-tiny", 52_416), ("s-small", 210_112), ("s-base", 838_656)]
    let mixes: [(String, [String: Double])] = [
        ("long", ["long": 1]), ("short", ["short": 1]), ("mix-long", ["long": 0.2, "short": 0.8]),
        ("mix-long-0.5", ["long": 0.5, "short": 0.5]), ("large-teacher", ["large": 1]), ("small-teacher", ["small": 1]),
    ]
    let benchmarks: [(String, Int, Double)] = [("gsm-synth", 120, 0.15), ("math-synth", 100, 0), ("amc-synth", 60, -0.15)]
    var runs: [RunResult] = []
    for (studentIndex, (student, size)) in students.enumerated() {
        for (mix, weights) in mixes {
            for seed in 0..<seeds {
                var random = SplitMix64(seed: UInt64(seed)).derived("\(student)/\(mix)")
                // Long/large data helps with size: −10 points for the tiny student, +10 for the base one.
                let longWeight = (weights["long"] ?? 0) + (weights["large"] ?? 0)
                let sizeEffect = Double(studentIndex - 1) * 0.1 * longWeight
                let mixBonus = mix.hasPrefix("mix-long") ? 0.04 : 0
                let base = 0.25 + 0.12 * Double(studentIndex) + sizeEffect + mixBonus + 0.03 * (random.nextDouble() - 0.5)
                var scores: [BenchmarkScore] = []
                var items: [String: [ItemVerdict]] = [:]
                for (benchmark, count, offset) in benchmarks {
                    var verdicts: [ItemVerdict] = []
                    for item in 0..<count {
                        let difficulty = Double(item) / Double(count) - 0.5
                        let p = min(0.98, max(0.02, base + offset - 0.3 * difficulty))
                        verdicts.append(ItemVerdict(problemID: benchmark + "-" + String(format: "%03d", item), correct: random.nextDouble() < p))
                    }
                    let correct = verdicts.filter(\.correct).count
                    scores.append(BenchmarkScore(benchmark: benchmark, correct: correct, total: count,
                                                 accuracy: Double(correct) / Double(count)))
                    items[benchmark] = verdicts
                }
                let seedOffset = 0.2 * (random.nextDouble() - 0.5)
                let curve = (0...12).map { index -> LossPoint in
                    let step = index * 25
                    let floor = 0.6 + 0.25 * longWeight - 0.1 * Double(studentIndex) + seedOffset
                    return LossPoint(step: step, loss: floor + 2.4 * exp(-Double(step) / 70) + 0.05 * random.nextDouble())
                }
                runs.append(RunResult(student: student, studentSize: size, mix: mix, seed: seed, source: "inprocess",
                                      scores: scores, items: items, mixWeights: weights, curve: curve,
                                      wallSeconds: 30 + 40 * Double(studentIndex) + Double(seed)))
            }
        }
    }
    return ExperimentResults(name: "synthetic", runs: runs, gaps: [
        GapDefinition(name: "long", treatment: "long", baseline: "short"),
        GapDefinition(name: "large", treatment: "large-teacher", baseline: "small-teacher"),
    ])
}
