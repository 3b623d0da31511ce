// One Markdown report of an experiment for a paper draft: the grid, the gaps with intervals, the paper's tables,
// links to the figures (SVG files written beside the report by the caller), per-benchmark breakdowns, and the
// environment (what produced the runs — commits, binaries, CPUs, from the runs themselves — with a warning when they
// are mixed; the gaprun and machine that wrote the report; wall times). Pure text; the caller writes files.
import Foundation

/// One group of runs produced the same way: same gaprun version, source commit, binary, CPU, BLAS kernels, threads.
/// A nil field is a fact the runs did not record (imported runs, runs of an older gaprun).
public struct RunPlatform: Sendable, Hashable {
    public var gaprunVersion: String?
    public var commit: String?
    /// SHA-256 of the binary that ran the job.
    public var binary: String?
    /// CPU model name, with family/model, e.g. `Intel Xeon … (6/207)`.
    public var cpu: String?
    /// The BLAS kernel set, e.g. `Haswell`.
    public var blasCore: String?
    public var threads: String?
    public init(gaprunVersion: String?, commit: String?, binary: String?, cpu: String?, blasCore: String?, threads: String?) {
        self.gaprunVersion = gaprunVersion; self.commit = commit; self.binary = binary; self.cpu = cpu
        self.blasCore = blasCore; self.threads = threads
    }
}

/// Where and with what the results were produced, and what wrote the report.
public struct ReportEnvironment: Sendable {
    /// `gaprun --version` of the binary writing the report, e.g. `0.1.0`.
    public var gaprunVersion: String
    /// The source commit embedded in the binary writing the report, when known.
    public var gitCommit: String?
    /// The git commit of the working directory (the experiment's repository), when it differs and is available.
    public var workingDirectoryCommit: String?
    /// Host, OS, cores and memory, e.g. `host (Linux 6.1; 2 cores; 24.0 GiB)`.
    public var machine: String
    /// When the report was generated (ISO 8601); nil leaves it out (golden tests).
    public var generatedAt: String?

    /// The report's completed runs grouped by how they were produced, with their counts (empty: not looked up).
    public var runPlatforms: [(platform: RunPlatform, runs: Int)]

    public init(gaprunVersion: String, gitCommit: String?, workingDirectoryCommit: String? = nil, machine: String,
                generatedAt: String?, runPlatforms: [(platform: RunPlatform, runs: Int)] = []) {
        self.gaprunVersion = gaprunVersion; self.gitCommit = gitCommit; self.workingDirectoryCommit = workingDirectoryCommit
        self.machine = machine; self.generatedAt = generatedAt; self.runPlatforms = runPlatforms
    }

    /// Warnings for one table built from runs of several commits, binaries or CPUs (BLAS kernel sets count as
    /// CPUs: they change the last bits of every result).
    public var mixWarnings: [String] {
        let platforms = runPlatforms.map(\.platform)
        var warnings: [String] = []
        func check(_ name: String, _ values: [String?], _ consequence: String) {
            let known = Set(values.compactMap { $0 })
            let unknown = values.contains(nil)
            if known.count > 1 || (unknown && !known.isEmpty) {
                let listed = known.sorted().map { value in
                    "`\(value.count >= 40 && value.allSatisfy(\.isHexDigit) ? String(value.prefix(12)) : value)`"
                } + (unknown ? ["not recorded"] : [])
                warnings.append("the runs mix \(name) (\(listed.joined(separator: ", "))); " + consequence)
            }
        }
        check("source commits", platforms.map(\.commit), "their numbers may differ for code reasons.")
        check("binaries", platforms.map(\.binary), "the same job id can give other numbers with another build.")
        check("CPUs or BLAS kernel sets", platforms.map { p in p.cpu.map { "\($0) / \(p.blasCore ?? "?")" } },
              "results differ in the last bits between kernel sets, which can move P by a point or two per cell.")
        return warnings
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

        out += BudgetHitShare.markdownSection(results)

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
        if environment.runPlatforms.isEmpty {
            out += "What produced the runs was not looked up.\n\n"
        } else {
            out += "What produced the runs, from the runs themselves (`tags`; `—`: not recorded, e.g. imported runs):\n\n"
            out += MarkdownText.table(
                header: ["runs", "gaprun", "commit", "binary (SHA-256)", "CPU", "BLAS kernels", "threads"],
                rows: environment.runPlatforms.map { group in
                    let p = group.platform
                    return ["\(group.runs)", p.gaprunVersion ?? "—", p.commit.map { "`\($0.prefix(12))`" } ?? "—",
                            p.binary.map { "`\($0.prefix(12))`" } ?? "—", p.cpu ?? "—", p.blasCore ?? "—", p.threads ?? "—"]
                }, numericColumns: [0]) + "\n"
            for warning in environment.mixWarnings { out += "> **Warning:** \(warning)\n>\n" }
            if !environment.mixWarnings.isEmpty { out += "\n" }
        }
        out += "- report written by gaprun \(environment.gaprunVersion)"
            + (environment.gitCommit.map { ", commit `\($0)`" } ?? ", commit unknown")
            + "\n" + (environment.workingDirectoryCommit.map { "- working directory commit `\($0)`\n" } ?? "")
            + "- report written on: \(environment.machine)\n"
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
