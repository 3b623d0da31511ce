// One Markdown report of an experiment for a paper draft: the grid, the gaps with intervals, the paper's tables,
// links to the figures (SVG files written beside the report by the caller), per-benchmark breakdowns, and the
// environment (gaprun version and commit, machine, wall times). Pure text; the caller writes files.
import Foundation

/// Where and with what the results were produced.
public struct ReportEnvironment: Sendable {
    /// `gaprun --version`, e.g. `0.1.0`.
    public var gaprunVersion: String
    /// The git commit of gaprun's source tree (when the binary runs from a checkout's .build), when available.
    public var gitCommit: String?
    /// The git commit of the working directory (the experiment's repository), when it differs and is available.
    public var workingDirectoryCommit: String?
    /// Host, OS, cores and memory, e.g. `host (Linux 6.1; 2 cores; 24.0 GiB)`.
    public var machine: String
    /// When the report was generated (ISO 8601); nil leaves it out (golden tests).
    public var generatedAt: String?

    public init(gaprunVersion: String, gitCommit: String?, workingDirectoryCommit: String? = nil, machine: String,
                generatedAt: String?) {
        self.gaprunVersion = gaprunVersion; self.gitCommit = gitCommit; self.workingDirectoryCommit = workingDirectoryCommit
        self.machine = machine; self.generatedAt = generatedAt
    }
}

/// What the database knows about the experiment beyond its runs.
public struct ExperimentInfo: Sendable {
    /// `sweep`, `import` or `score`.
    public var source: String
    /// The grid file, for sweeps.
    public var gridPath: String?
    /// The resolved grid as canonical JSON.
    public var gridText: String?
    /// Run counts per status, e.g. `[("COMPLETED", 12), ("FAILED", 1)]`.
    public var statusCounts: [(status: String, count: Int)]

    public init(source: String, gridPath: String?, gridText: String?, statusCounts: [(status: String, count: Int)]) {
        self.source = source; self.gridPath = gridPath; self.gridText = gridText; self.statusCounts = statusCounts
    }
}

/// A figure of the report: its file (relative to the report) or why it is missing.
public struct ReportFigure: Sendable {
    /// Which figure.
    public var kind: PlotKind
    /// Its file name relative to the report, or nil when not drawn.
    public var file: String?
    /// Why it was not drawn.
    public var missingReason: String?
    public init(kind: PlotKind, file: String?, missingReason: String? = nil) {
        self.kind = kind; self.file = file; self.missingReason = missingReason
    }
}

/// Renders the Markdown report.
public struct MarkdownReport: Sendable {
    /// Computes the gaps and intervals shown.
    public var estimator: GapEstimator
    public init(estimator: GapEstimator = GapEstimator()) { self.estimator = estimator }

    static let figureTitles: [PlotKind: String] = [
        .gapVsSize: "Gap against student size (cf. paper Figs. 2–3)",
        .mixWeight: "Average performance against mix weight (cf. paper Fig. 6)",
        .trainingCurves: "Training loss",
    ]

    /// The report text.
    public func render(_ results: ExperimentResults, info: ExperimentInfo, environment: ReportEnvironment,
                       figures: [ReportFigure]) -> String {
        var out = "# gaprun report: \(results.name)\n\n"
        let seeds = results.maximumSeeds
        out += "\(results.runs.count) completed runs: \(results.students.count) students × \(results.mixes.count) mixes"
            + " × up to \(seeds) seed\(seeds == 1 ? "" : "s"), scored on \(results.benchmarks.count) benchmarks ("
            + results.benchmarks.map { "`\($0)`" }.joined(separator: ", ") + "). "
        out += "P is the unweighted mean of the benchmark accuracies in percent, as in the paper; "
            + "Δ = P(treatment) − P(baseline) is computed from unrounded P and rounded only for display.\n\n"
        if let generatedAt = environment.generatedAt { out += "Generated \(generatedAt).\n\n" }

        out += "## Grid\n\n"
        out += "Experiment source: `\(info.source)`" + (info.gridPath.map { ", grid file `\($0)`" } ?? "") + ".\n\n"
        let sources = Dictionary(grouping: results.runs, by: \.source).map { ($0.key, $0.value.count) }.sorted { $0.0 < $1.0 }
        out += MarkdownText.table(header: ["run source", "completed runs"], rows: sources.map { [$0.0, "\($0.1)"] },
                                  numericColumns: [1]) + "\n"
        if !info.statusCounts.isEmpty {
            out += MarkdownText.table(header: ["status", "runs"], rows: info.statusCounts.map { [$0.status, "\($0.count)"] },
                                      numericColumns: [1]) + "\n"
        }
        out += "Students (by size): " + results.students.map { student in
            "`\(student.label)`" + (student.size.map { " (\(NumberText.size($0)))" } ?? "")
        }.joined(separator: ", ") + ".\n\n"
        out += "Mixes: " + results.mixes.map { mix in
            let weights = results.runs.first { $0.mix == mix }?.mixWeights ?? [:]
            let text = weights.keys.sorted().map { "\($0) \(NumberText.compact(weights[$0]!))" }.joined(separator: ", ")
            return "`\(mix)`" + (text.isEmpty ? "" : " (\(text))")
        }.joined(separator: ", ") + ".\n\n"
        if results.gaps.isEmpty {
            out += "No gap definitions.\n\n"
        } else {
            out += MarkdownText.table(header: ["gap", "treatment", "baseline"],
                                      rows: results.gaps.map { [$0.name, $0.treatment, $0.baseline] }) + "\n"
        }
        if let gridText = info.gridText, !gridText.isEmpty {
            out += "<details><summary>Resolved grid</summary>\n\n```yaml\n\(gridText)\n```\n\n</details>\n\n"
        }

        out += "## Gaps\n\n"
        let estimates = estimator.estimates(results)
        out += estimates.isEmpty ? "No student has completed runs of both mixes of a gap.\n\n"
            : GapFormatter.render(estimates, experiment: results.name, format: .markdown, byBenchmark: false) + "\n"

        out += "## Tables\n\n"
        let tables = PaperTables(estimator: estimator)
        for (kind, title, gap) in [(PaperTableKind.longShort, "Table 1: long vs short CoT", "long"),
                                   (.teacher, "Table 2: large vs small teacher", "large"),
                                   (.mix, "Table 3: every mix per benchmark", nil)] as [(PaperTableKind, String, String?)] {
            out += "### \(title)\n\n"
            if let gap, results.gap(named: gap) == nil {
                out += "Not available: the experiment defines no gap named `\(gap)`.\n\n"
                continue
            }
            do { out += try tables.render(kind, results, format: .markdown) + "\n" } catch { out += "Not available: \(error)\n\n" }
        }

        out += "## Figures\n\n"
        for figure in figures {
            let title = MarkdownReport.figureTitles[figure.kind] ?? figure.kind.rawValue
            if let file = figure.file {
                out += "### \(title)\n\n![\(title)](\(file))\n\n"
            } else {
                out += "### \(title)\n\nNot drawn: \(figure.missingReason ?? "no data").\n\n"
            }
        }

        out += "## Per-benchmark breakdown\n\n"
        let byBenchmark = estimator.estimates(results, byBenchmark: true)
        out += byBenchmark.isEmpty ? "No gaps to break down.\n\n"
            : GapFormatter.render(byBenchmark, experiment: results.name, format: .markdown, byBenchmark: true) + "\n"

        out += "## Environment\n\n"
        out += "- gaprun \(environment.gaprunVersion)" + (environment.gitCommit.map { ", commit `\($0)`" } ?? ", commit unknown")
            + "\n" + (environment.workingDirectoryCommit.map { "- working directory commit `\($0)`\n" } ?? "")
            + "- machine: \(environment.machine)\n"
        let timed = Dictionary(grouping: results.runs.filter { $0.wallSeconds != nil }, by: \.source)
        if timed.isEmpty {
            out += "- wall times: none recorded (imported results carry none)\n"
        } else {
            out += "\n" + MarkdownText.table(
                header: ["source", "timed runs", "total wall time", "mean per run", "longest run"],
                rows: timed.keys.sorted().map { source in
                    let times = timed[source]!.compactMap(\.wallSeconds)
                    return [source, "\(times.count)", MarkdownReport.duration(times.reduce(0, +)),
                            MarkdownReport.duration(Statistics.mean(times)), MarkdownReport.duration(times.max() ?? 0)]
                }, numericColumns: [1, 2, 3, 4])
        }
        return out
    }

    /// `42.0 s`, `12.5 min`, `3.20 h`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 120 { return NumberText.fixed(seconds) + " s" }
        if seconds < 7200 { return NumberText.fixed(seconds / 60) + " min" }
        return NumberText.fixed(seconds / 3600, 2) + " h"
    }
}
