// Gaps with 95% intervals: Δ = P(treatment) − P(baseline) per student and gap definition (or per benchmark), and the
// interval by the best method the data allows: paired bootstrap over problems and seeds when per-item verdicts exist,
// else Welch's t over seed-level P, else a binomial normal approximation from benchmark totals, else none.
// The method is documented in docs/statistics.md; every estimate says which one it used.
import GapCore

/// How an interval for Δ was computed.
public enum IntervalMethod: String, Sendable, Codable, CaseIterable {
    /// Percentile interval of a paired bootstrap: problems resampled per benchmark (same draw for both arms), seeds
    /// resampled too (jointly when both arms have the same seeds).
    case pairedBootstrap = "paired-bootstrap"
    /// Welch's t interval from seed-level P (needs ≥ 2 seeds in both arms).
    case welchT = "welch-t"
    /// Normal approximation with binomial variances p(1 − p)/n per benchmark (one seed, totals known).
    case binomialNormal = "binomial-normal"
    /// No interval: one seed, no per-item verdicts and no totals.
    case none

    /// A one-line explanation for table notes.
    public var explanation: String {
        switch self {
        case .pairedBootstrap: "paired bootstrap over problems and seeds (percentile interval)"
        case .welchT: "Welch t interval over seed-level P"
        case .binomialNormal: "normal approximation with binomial variance from benchmark totals (one seed)"
        case .none: "no interval (one seed, no per-item results, no totals)"
        }
    }
}

/// Settings of the interval computation.
public struct GapOptions: Sendable, Hashable {
    /// Bootstrap resamples, e.g. 2000.
    public var resamples: Int
    /// Seed of the bootstrap's SplitMix64 stream; each row derives its own stream from it.
    public var seed: UInt64
    /// Two-sided coverage, e.g. 0.95.
    public var confidence: Double

    public init(resamples: Int = 2000, seed: UInt64 = 20_250_217, confidence: Double = 0.95) {
        self.resamples = resamples; self.seed = seed; self.confidence = confidence
    }
}

/// One row of `gaprun gap`.
public struct GapEstimate: Sendable, Hashable {
    /// The gap definition.
    public var gap: GapDefinition
    /// The student row.
    public var student: StudentKey
    /// nil for the macro average P; a benchmark name for `--by-benchmark` rows.
    public var benchmark: String?
    /// P (or benchmark accuracy, in percent) of the treatment, one value per seed.
    public var treatment: Summary
    /// P (or benchmark accuracy, in percent) of the baseline, one value per seed.
    public var baseline: Summary
    /// Δ = mean(treatment) − mean(baseline), unrounded.
    public var delta: Double
    /// The interval for Δ, if the data allows one.
    public var interval: ClosedRange<Double>?
    /// How `interval` was computed.
    public var method: IntervalMethod
    /// Percent of the treatment's and the baseline's responses cut by a length limit (`BudgetHitShare`); nil when
    /// not recorded.
    public var treatmentBudgetHits: Double? = nil
    public var baselineBudgetHits: Double? = nil

    /// The better mix (treatment when Δ > 0, baseline when Δ < 0), or `tie`.
    public var betterMix: String { delta > 0 ? gap.treatment : delta < 0 ? gap.baseline : "tie" }
}

/// Computes gaps and their intervals.
public struct GapEstimator: Sendable {
    /// Resamples, seed and coverage.
    public var options: GapOptions
    public init(options: GapOptions = GapOptions()) { self.options = options }

    /// One estimate per student (by size) and gap definition (in grid order); with `byBenchmark`, one per benchmark
    /// too, after the average row. Students missing either arm of a gap get no row for it.
    public func estimates(_ results: ExperimentResults, byBenchmark: Bool = false) -> [GapEstimate] {
        var rows: [GapEstimate] = []
        let benchmarks = results.benchmarks
        for student in results.students {
            for gap in results.gaps {
                let treatmentRuns = results.runs(student: student, mix: gap.treatment)
                let baselineRuns = results.runs(student: student, mix: gap.baseline)
                if treatmentRuns.isEmpty || baselineRuns.isEmpty { continue }
                rows.append(estimate(gap: gap, student: student, benchmark: nil, treatment: treatmentRuns, baseline: baselineRuns))
                if byBenchmark {
                    for benchmark in benchmarks {
                        let t = treatmentRuns.filter { $0.percent(benchmark) != nil }
                        let b = baselineRuns.filter { $0.percent(benchmark) != nil }
                        if t.isEmpty || b.isEmpty { continue }
                        rows.append(estimate(gap: gap, student: student, benchmark: benchmark, treatment: t, baseline: b))
                    }
                }
            }
        }
        return rows
    }

    /// The estimate for one student, gap and (optionally) benchmark from the runs of both arms.
    public func estimate(gap: GapDefinition, student: StudentKey, benchmark: String?, treatment: [RunResult],
                         baseline: [RunResult]) -> GapEstimate {
        func value(_ run: RunResult) -> Double { benchmark.flatMap { run.percent($0) } ?? run.performance }
        let treatmentSummary = Summary(treatment.map(value))
        let baselineSummary = Summary(baseline.map(value))
        let delta = treatmentSummary.mean - baselineSummary.mean
        var row = GapEstimate(gap: gap, student: student, benchmark: benchmark, treatment: treatmentSummary,
                              baseline: baselineSummary, delta: delta, interval: nil, method: .none)
        row.treatmentBudgetHits = BudgetHitShare.percent(runs: treatment, benchmark: benchmark)
        row.baselineBudgetHits = BudgetHitShare.percent(runs: baseline, benchmark: benchmark)
        let streamName = "\(gap.name)|\(student.label)|\(benchmark ?? "*")"
        if let interval = bootstrapInterval(benchmark: benchmark, treatment: treatment, baseline: baseline, stream: streamName) {
            row.interval = interval; row.method = .pairedBootstrap
        } else if let interval = welchInterval(treatmentSummary, baselineSummary, delta: delta) {
            row.interval = interval; row.method = .welchT
        } else if let interval = binomialInterval(benchmark: benchmark, treatment: treatment, baseline: baseline, delta: delta) {
            row.interval = interval; row.method = .binomialNormal
        }
        return row
    }

    // MARK: - Paired bootstrap

    /// One benchmark's verdicts aligned on the problems every run of both arms answered: the problem count, and per run
    /// (treatment runs first) the positions of its correct answers among those problems.
    struct AlignedBenchmark {
        var problems: Int
        var correctPositions: [[Int]]
    }

    /// nil when some run lacks items for a benchmark or the runs share no problem.
    func alignedVerdicts(benchmarks: [String], runs: [RunResult]) -> [AlignedBenchmark]? {
        var aligned: [AlignedBenchmark] = []
        for benchmark in benchmarks {
            var common: Set<String>?
            var lookups: [[String: Bool]] = []
            for run in runs {
                guard let items = run.items[benchmark], !items.isEmpty else { return nil }
                let lookup = Dictionary(items.map { ($0.problemID, $0.correct) }, uniquingKeysWith: { first, _ in first })
                lookups.append(lookup)
                common = common.map { $0.intersection(lookup.keys) } ?? Set(lookup.keys)
            }
            let problems = (common ?? []).sorted()
            if problems.isEmpty { return nil }
            aligned.append(AlignedBenchmark(problems: problems.count, correctPositions: lookups.map { lookup in
                problems.indices.filter { lookup[problems[$0]]! }
            }))
        }
        return aligned
    }

    func bootstrapInterval(benchmark: String?, treatment: [RunResult], baseline: [RunResult],
                           stream: String) -> ClosedRange<Double>? {
        let benchmarks = benchmark.map { [$0] } ?? orderedUnique(treatment.flatMap { $0.scores.map(\.benchmark) })
        guard !benchmarks.isEmpty, options.resamples > 0,
              let verdicts = alignedVerdicts(benchmarks: benchmarks, runs: treatment + baseline) else { return nil }
        let treatmentCount = treatment.count, baselineCount = baseline.count
        let pairedSeeds = treatment.map(\.seed).sorted() == baseline.map(\.seed).sorted()
        // Seeds: when both arms ran the same seeds, resample seed positions jointly (baseline runs reordered to match).
        let baselineOrder: [Int] = pairedSeeds
            ? treatment.map { seed in baseline.firstIndex { $0.seed == seed.seed }! } : Array(0..<baselineCount)
        var generator = SplitMix64(seed: options.seed).derived(stream)
        var deltas: [Double] = []
        deltas.reserveCapacity(options.resamples)
        var performance = [Double](repeating: 0, count: treatmentCount + baselineCount)
        var multiplicity = [Int](repeating: 0, count: verdicts.map(\.problems).max() ?? 0)
        for _ in 0..<options.resamples {
            for index in performance.indices { performance[index] = 0 }
            for perBenchmark in verdicts {
                // Draw the resample as how many times each problem was picked; a run's correct count is then the sum
                // of the multiplicities of the problems it got right (exact integers, same for both arms: paired).
                let problems = perBenchmark.problems
                multiplicity.withUnsafeMutableBufferPointer { counts in
                    for index in 0..<problems { counts[index] = 0 }
                    for _ in 0..<problems { counts[Int(generator.next() % UInt64(problems))] += 1 }
                    for (run, positions) in perBenchmark.correctPositions.enumerated() {
                        var correct = 0
                        positions.withUnsafeBufferPointer { for position in $0 { correct += counts[position] } }
                        performance[run] += 100 * Double(correct) / Double(problems)
                    }
                }
            }
            let benchmarkCount = Double(verdicts.count)
            var treatmentSum = 0.0, baselineSum = 0.0
            if pairedSeeds {
                for _ in 0..<treatmentCount {
                    let draw = Int(generator.next() % UInt64(treatmentCount))
                    treatmentSum += performance[draw]
                    baselineSum += performance[treatmentCount + baselineOrder[draw]]
                }
                deltas.append((treatmentSum - baselineSum) / (benchmarkCount * Double(treatmentCount)))
            } else {
                for _ in 0..<treatmentCount { treatmentSum += performance[Int(generator.next() % UInt64(treatmentCount))] }
                for _ in 0..<baselineCount {
                    baselineSum += performance[treatmentCount + Int(generator.next() % UInt64(baselineCount))]
                }
                deltas.append(treatmentSum / (benchmarkCount * Double(treatmentCount))
                              - baselineSum / (benchmarkCount * Double(baselineCount)))
            }
        }
        deltas.sort()
        let tail = (1 - options.confidence) / 2
        return Statistics.percentile(sorted: deltas, tail)...Statistics.percentile(sorted: deltas, 1 - tail)
    }

    // MARK: - Seed-level and binomial intervals

    func welchInterval(_ treatment: Summary, _ baseline: Summary, delta: Double) -> ClosedRange<Double>? {
        guard let treatmentSD = treatment.standardDeviation, let baselineSD = baseline.standardDeviation else { return nil }
        let a = treatmentSD * treatmentSD / Double(treatment.count)
        let b = baselineSD * baselineSD / Double(baseline.count)
        let standardError = (a + b).squareRoot()
        if standardError == 0 { return delta...delta }
        let df = (a + b) * (a + b) / (a * a / Double(treatment.count - 1) + b * b / Double(baseline.count - 1))
        let half = Statistics.studentTQuantile(1 - (1 - options.confidence) / 2, degreesOfFreedom: df) * standardError
        return (delta - half)...(delta + half)
    }

    func binomialInterval(benchmark: String?, treatment: [RunResult], baseline: [RunResult],
                          delta: Double) -> ClosedRange<Double>? {
        // Var(P) of one run = (100/K)² Σ_k p_k(1 − p_k)/n_k; the arm's mean over s seeds divides by s².
        func variance(_ runs: [RunResult]) -> Double? {
            var total = 0.0
            for run in runs {
                let scores = benchmark.map { name in run.scores.filter { $0.benchmark == name } } ?? run.scores
                if scores.isEmpty { return nil }
                var sum = 0.0
                for score in scores {
                    guard let n = score.total, n > 0 else { return nil }
                    sum += score.accuracy * (1 - score.accuracy) / Double(n)
                }
                total += 10_000 * sum / Double(scores.count * scores.count)
            }
            return total / Double(runs.count * runs.count)
        }
        guard let treatmentVariance = variance(treatment), let baselineVariance = variance(baseline) else { return nil }
        let half = Statistics.normalQuantile(1 - (1 - options.confidence) / 2) * (treatmentVariance + baselineVariance).squareRoot()
        return (delta - half)...(delta + half)
    }
}
