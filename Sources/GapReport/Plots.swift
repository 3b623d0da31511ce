// The paper's figures as charts: Δ against student size (Figs. 2–3, with 95% intervals and a zero line), average P
// against a teacher's mix weight (Fig. 6, mean ± std over seeds), and training-loss curves (mean, ± std band) with the
// held-out loss at checkpoints where recorded.

import Foundation

/// Which figure to draw.
public enum PlotKind: String, Sendable, CaseIterable {
    /// Δ per student (sorted by size), one series per gap definition, and per setting of the swept keys (e.g. one
    /// line per data difficulty) when the runs have several.
    case gapVsSize = "gap-vs-size"
    /// Average P against the weight of one teacher in each mix, one series per student.
    case mixWeight = "mix-weight"
    /// Training loss against step, one series per student and mix.
    case trainingCurves = "training-curves"
}

/// Builds charts from experiment results.
public struct Plots: Sendable {
    /// Computes the gaps and intervals of gap-vs-size.
    public var estimator: GapEstimator
    /// Most points drawn per curve; longer curves are thinned evenly (the last step is always kept).
    public var maximumCurvePoints: Int

    public init(estimator: GapEstimator = GapEstimator(), maximumCurvePoints: Int = 200) {
        self.estimator = estimator; self.maximumCurvePoints = maximumCurvePoints
    }

    /// The chart of `kind`; `teacher` is the mix-weight plot's x axis teacher (e.g. `long`).
    public func chart(_ kind: PlotKind, _ results: ExperimentResults, teacher: String = "long") throws -> Chart {
        if results.runs.isEmpty { throw ReportError.noCompletedRuns(experiment: results.name) }
        switch kind {
        case .gapVsSize: return try gapVsSize(results)
        case .mixWeight: return try mixWeight(results, teacher: teacher)
        case .trainingCurves: return try trainingCurves(results)
        }
    }

    /// The chart of `kind` as an SVG document.
    /// Training curves are drawn as one panel per student (series = mixes, same colours in every panel).
    public func svg(_ kind: PlotKind, _ results: ExperimentResults, teacher: String = "long") throws -> String {
        let whole = try chart(kind, results, teacher: teacher)
        guard kind == .trainingCurves else { return whole.svg() }
        let panels = results.students.compactMap { student -> Chart? in
            let prefix = student.label + " · "
            // Keep every mix's slot (an empty series keeps its colour) so colours match across panels.
            var series = results.mixes.map { mix in
                whole.series.first { $0.name == prefix + mix }
                    .map { ChartSeries(name: mix, points: $0.points, markers: false, band: true) }
                    ?? ChartSeries(name: mix, points: [], markers: false, band: true)
            }
            // Held-out losses (when recorded) as marked lines, after every mix's training curve.
            if whole.series.contains(where: { $0.name.hasSuffix(Plots.heldOutSuffix) }) {
                series += results.mixes.map { mix in
                    ChartSeries(name: mix + Plots.heldOutSuffix,
                                points: whole.series.first { $0.name == prefix + mix + Plots.heldOutSuffix }?.points ?? [])
                }
            }
            guard series.contains(where: { !$0.points.isEmpty }) else { return nil }
            var panel = whole
            panel.title = "Student \(student.label)"
            panel.subtitle = ""
            panel.series = series
            panel.height = 340
            return panel
        }
        return Chart.panels(panels, title: whole.title, subtitle: whole.subtitle)
    }

    func gapVsSize(_ results: ExperimentResults) throws -> Chart {
        guard !results.gaps.isEmpty else {
            throw ReportError.missingGap(name: "long", experiment: results.name, available: [])
        }
        let estimates = estimator.estimates(results)
        let students = results.students.filter { student in estimates.contains { $0.student == student } }
        // One x position per student name (sorted by size); one line per gap and swept setting (e.g. difficulty).
        let names = orderedUnique(students.map(\.name))
        let settings = orderedUnique(students.map(\.swept))
        let series = results.gaps.flatMap { gap in
            settings.map { setting -> ChartSeries in
                var name = "Δ \(gap.name) = \(gap.treatment) − \(gap.baseline)"
                if settings.count > 1 { name += " · " + Plots.settingLabel(setting) }
                let points = estimates.filter { $0.gap == gap && $0.student.swept == setting }.map { e in
                    ChartPoint(x: Double(names.firstIndex(of: e.student.name)!), y: e.delta, low: e.interval?.lowerBound,
                               high: e.interval?.upperBound)
                }
                return ChartSeries(name: name, points: points)
            }
        }.filter { !$0.points.isEmpty }
        let methods = IntervalMethod.allCases.filter { m in estimates.contains { $0.method == m } }
        let seeds = results.maximumSeeds
        let subtitle = "Experiment \(results.name); error bars: 95% CI (" + methods.map(\.rawValue).joined(separator: ", ")
            + ")" + (seeds > 1 ? "; up to \(seeds) seeds" : "")
        let categories = names.map { name -> String in
            let student = students.first { $0.name == name }!
            return student.size.map { "\(name) (\(NumberText.size($0)))" } ?? name
        }
        return Chart(title: "Learnability gap against student size", subtitle: subtitle,
                     xLabel: "student (sorted by size)", yLabel: "Δ = P(treatment) − P(baseline), points",
                     series: series, categories: categories, zeroLine: true)
    }

    /// `max_steps=4, max_number=99` from the swept keys' canonical JSON `{"data.max_number":99,"data.max_steps":4}`
    /// (section prefixes dropped, the data difficulty's keys first in the order steps, operands).
    static func settingLabel(_ swept: String) -> String {
        let body = swept.trimmingCharacters(in: CharacterSet(charactersIn: "{}"))
        guard !body.isEmpty else { return "no swept keys" }
        let order = ["data.min_steps", "data.max_steps", "data.max_number"]
        let pairs = body.split(separator: ",").map { pair -> (key: String, value: String) in
            let parts = pair.split(separator: ":", maxSplits: 1).map { $0.replacingOccurrences(of: "\"", with: "") }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }.sorted { (order.firstIndex(of: $0.key) ?? order.count, $0.key) < (order.firstIndex(of: $1.key) ?? order.count, $1.key) }
        return pairs.map { pair in
            let key = pair.key.split(separator: ".", maxSplits: 1).last.map(String.init) ?? pair.key
            return "\(key)=\(pair.value)"
        }.joined(separator: ", ")
    }

    func mixWeight(_ results: ExperimentResults, teacher: String) throws -> Chart {
        let partners = Set(results.runs.filter { $0.mixWeights[teacher] != nil }.flatMap { $0.mixWeights.keys })
        guard !partners.isEmpty else {
            throw ReportError.noMixWeights(teacher: teacher, experiment: results.name,
                                           teachers: Array(Set(results.runs.flatMap { $0.mixWeights.keys })).sorted())
        }
        // Only mixes made of this teacher and the teachers it is mixed with (e.g. long and short, not large-teacher).
        let runs = results.runs.filter { !$0.mixWeights.isEmpty && Set($0.mixWeights.keys).isSubset(of: partners) }
        let subset = ExperimentResults(name: results.name, runs: runs, gaps: results.gaps)
        var series: [ChartSeries] = []
        for student in subset.students {
            let studentRuns = runs.filter { $0.student == student.name && $0.swept == student.swept }
            let byWeight = Dictionary(grouping: studentRuns) { $0.mixWeights[teacher] ?? 0 }
            let points = byWeight.keys.sorted().map { weight -> ChartPoint in
                let summary = Summary(byWeight[weight]!.map(\.performance))
                let spread = summary.standardDeviation
                return ChartPoint(x: weight, y: summary.mean, low: spread.map { summary.mean - $0 },
                                  high: spread.map { summary.mean + $0 })
            }
            series.append(ChartSeries(name: student.label, points: points))
        }
        if Set(runs.map { $0.mixWeights[teacher] ?? 0 }).count < 2 {
            throw ReportError.singleMixWeight(teacher: teacher, experiment: results.name)
        }
        let others = partners.subtracting([teacher]).sorted().joined(separator: ", ")
        let seeds = subset.maximumSeeds
        let subtitle = "Experiment \(results.name); rest of each mix: \(others.isEmpty ? "none" : others); "
            + (seeds > 1 ? "error bars: mean ± std over up to \(seeds) seeds" : "one seed, no error bars")
        return Chart(title: "Average performance against mix weight of \(teacher)", subtitle: subtitle,
                     xLabel: "weight of teacher \(teacher) in the mix", yLabel: "average P (%)", series: series)
    }

    /// Names the held-out loss series of a mix (`long (held-out)`).
    static let heldOutSuffix = " (held-out)"

    func trainingCurves(_ results: ExperimentResults) throws -> Chart {
        var series: [ChartSeries] = []
        for student in results.students {
            for mix in results.mixes {
                let runs = results.runs(student: student, mix: mix).filter { !$0.curve.isEmpty }
                if runs.isEmpty { continue }
                var lossesByStep: [Int: [Double]] = [:]
                for run in runs { for point in run.curve { lossesByStep[point.step, default: []].append(point.loss) } }
                let steps = lossesByStep.keys.sorted()
                let stride = max(1, (steps.count + maximumCurvePoints - 1) / maximumCurvePoints)
                let kept = steps.enumerated().filter { $0.offset % stride == 0 || $0.offset == steps.count - 1 }.map(\.element)
                let points = kept.map { step -> ChartPoint in
                    let summary = Summary(lossesByStep[step]!)
                    let spread = summary.standardDeviation
                    return ChartPoint(x: Double(step), y: summary.mean, low: spread.map { summary.mean - $0 },
                                      high: spread.map { summary.mean + $0 })
                }
                series.append(ChartSeries(name: "\(student.label) · \(mix)", points: points, markers: false, band: true))
                var heldOutByStep: [Int: [Double]] = [:]
                for run in runs {
                    for point in run.curve { if let loss = point.validationLoss { heldOutByStep[point.step, default: []].append(loss) } }
                }
                if !heldOutByStep.isEmpty {
                    let heldOut = heldOutByStep.keys.sorted().map { step in
                        ChartPoint(x: Double(step), y: Summary(heldOutByStep[step]!).mean)
                    }
                    series.append(ChartSeries(name: "\(student.label) · \(mix)" + Plots.heldOutSuffix, points: heldOut))
                }
            }
        }
        if series.isEmpty { throw ReportError.noTrainingCurves(experiment: results.name) }
        let seeds = results.maximumSeeds
        let subtitle = "Experiment \(results.name); " + (seeds > 1 ? "mean over up to \(seeds) seeds, band: ± std" : "one seed")
        let heldOut = series.contains { $0.name.hasSuffix(Plots.heldOutSuffix) }
        return Chart(title: heldOut ? "Training and held-out loss" : "Training loss",
                     subtitle: subtitle + (heldOut ? "; markers: loss on held-out teacher data at checkpoints" : ""),
                     xLabel: "optimizer step",
                     yLabel: heldOut ? "loss (cross-entropy per token)" : "training loss (cross-entropy per token)",
                     series: series)
    }
}
