// Acceptance: a synthetic 3-seed sweep shows mean ± std and intervals in every table and plot; golden outputs for
// every format of gap, table, plot and report; LaTeX structure (booktabs, balanced, equal column counts).
import Foundation
import GapReport
import Testing

@Test(arguments: GapFormat.allCases)
func syntheticGapsMatchGoldenFiles(format: GapFormat) throws {
    let estimates = GapEstimator().estimates(syntheticSweep())
    let text = GapFormatter.render(estimates, experiment: "synthetic", format: format, byBenchmark: false)
    try expectGolden(text, "synthetic-gap.\(format == .markdown ? "md" : format == .text ? "txt" : format.rawValue)")
    if format == .text || format == .markdown {
        #expect(text.contains(" ± "))
        #expect(text.contains("paired-bootstrap"))
    }
    // Students come out sorted by size.
    #expect(estimates.map(\.student.name) == ["s-tiny", "s-tiny", "s-small", "s-small", "s-base", "s-base"])
}

@Test(arguments: PaperTableKind.allCases, TableFormat.allCases)
func syntheticTablesShowSpreadAndIntervals(kind: PaperTableKind, format: TableFormat) throws {
    let extensions: [TableFormat: String] = [.markdown: "md", .latex: "tex", .csv: "csv"]
    let text = try PaperTables().render(kind, syntheticSweep(), format: format)
    try expectGolden(text, "synthetic-\(kind.rawValue).\(extensions[format]!)")
    switch format {
    case .markdown: #expect(text.contains(" ± "))
    case .latex: #expect(text.contains("$\\pm$"))
    case .csv: #expect(text.split(separator: "\n")[0].contains("_std"))
    }
    if kind != .mix {
        #expect(text.contains(format == .csv ? "ci_low" : "95"))
    } else if format != .csv {
        #expect(text.contains(format == .latex ? "\\textbf{" : "**"))
        #expect(text.contains(format == .latex ? "\\underline{" : "<u>"))
    }
    if format == .latex { try checkLaTeXStructure(text) }
}

/// pdflatex is not installed on the build machine, so check the structure a compile would need.
func checkLaTeXStructure(_ text: String) throws {
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == "\\begin{table}[t]" && lines.last == "\\end{table}")
    for rule in ["\\toprule", "\\midrule", "\\bottomrule"] { #expect(lines.contains(rule)) }
    let spec = try #require(lines.first { $0.hasPrefix("\\begin{tabular}{") })
    let columns = spec.dropFirst("\\begin{tabular}{".count).dropLast().count
    let body = lines.filter { $0.hasSuffix(" \\\\") }
    #expect(!body.isEmpty)
    for row in body {
        // Unescaped ampersands separate cells.
        let separators = row.replacingOccurrences(of: "\\&", with: "").filter { $0 == "&" }.count
        #expect(separators == columns - 1, "\(row)")
        #expect(row.filter { $0 == "{" }.count == row.filter { $0 == "}" }.count, "\(row)")
        #expect(row.filter { $0 == "$" }.count % 2 == 0, "\(row)")
    }
    #expect(!text.contains("±") && !text.contains("Δ") && !text.contains("−"), "non-ASCII maths would break pdflatex")
}

@Test(arguments: PlotKind.allCases)
func syntheticPlotsMatchGoldenFilesAndShowSpread(kind: PlotKind) throws {
    let svg = try Plots().svg(kind, syntheticSweep(), teacher: "long")
    try expectGolden(svg, "synthetic-\(kind.rawValue).svg")
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.hasSuffix("</svg>\n"))
    switch kind {
    case .gapVsSize:
        #expect(svg.contains("stroke-dasharray"))  // the zero line
        #expect(svg.contains("95% CI (paired-bootstrap)"))
        #expect(svg.contains("s-tiny (52.4k)"))
    case .mixWeight:
        #expect(svg.contains("mean ± std over up to 3 seeds"))
        #expect(svg.contains("rest of each mix: short"))
    case .trainingCurves:
        #expect(svg.contains("fill-opacity=\"0.18\""))  // ± std bands
    }
    // Every series of this sweep has error bars or bands (3 seeds).
    #expect(svg.components(separatedBy: "<g class=\"series\"").dropFirst().allSatisfy {
        $0.contains("stroke-width=\"1.5\"") || $0.contains("<polygon points=") })
}

@Test func mixWeightPlotUsesOnlyTheTeachersMixes() throws {
    let chart = try Plots().chart(.mixWeight, syntheticSweep(), teacher: "long")
    // long (1), short (0), mix-long (0.2), mix-long-0.5 (0.5); not large-teacher / small-teacher.
    #expect(chart.series.count == 3)
    #expect(chart.series.allSatisfy { $0.points.map(\.x) == [0, 0.2, 0.5, 1] })
    #expect(throws: ReportError.self) { try Plots().chart(.mixWeight, syntheticSweep(), teacher: "nobody") }
}

@Test func syntheticReportMatchesGoldenFile() throws {
    let environment = ReportEnvironment(gaprunVersion: "0.1.0", gitCommit: "0123456789abcdef", machine: "test-host", generatedAt: nil)
    let info = ExperimentInfo(source: "sweep", gridPath: "experiments/synthetic.conf", gridText: "{\"name\":\"synthetic\"}",
                              statusCounts: [("COMPLETED", 54), ("FAILED", 1)])
    let figures = PlotKind.allCases.map { ReportFigure(kind: $0, file: "report-\($0.rawValue).svg") }
    let text = MarkdownReport().render(syntheticSweep(), info: info, environment: environment, figures: figures)
    try expectGolden(text, "synthetic-report.md")
    for section in ["## Grid", "## Gaps", "## Tables", "## Figures", "## Per-benchmark breakdown", "## Environment"] {
        #expect(text.contains(section))
    }
    #expect(text.contains("![Gap against student size (cf. paper Figs. 2–3)](report-gap-vs-size.svg)"))
    #expect(text.contains("commit `0123456789abcdef`"))
}

@Test func paperReportSaysWhatIsMissing() throws {
    let environment = ReportEnvironment(gaprunVersion: "0.1.0", gitCommit: nil, machine: "test-host", generatedAt: nil)
    let info = ExperimentInfo(source: "import", gridPath: nil, gridText: nil, statusCounts: [("COMPLETED", 14)])
    let figures = [ReportFigure(kind: .trainingCurves, file: nil, missingReason: "no curves")]
    let text = MarkdownReport().render(try paperTable3(), info: info, environment: environment, figures: figures)
    try expectGolden(text, "paper-report.md")
    #expect(text.contains("Not drawn: no curves."))
    #expect(text.contains("wall times: none recorded"))
}

let pdflatex = ["/usr/bin/pdflatex", "/usr/local/bin/pdflatex", "/Library/TeX/texbin/pdflatex"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// Where pdflatex is installed, every LaTeX table must compile in a minimal document with booktabs.
@Test(.enabled(if: pdflatex != nil, "pdflatex is not installed"), arguments: PaperTableKind.allCases)
func latexTablesCompileWithPdflatex(kind: PaperTableKind) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gaprun-latex-\(kind.rawValue)-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let tables = try PaperTables().render(kind, syntheticSweep(), format: .latex) + PaperTables().render(kind, paperTable3(), format: .latex)
    let document = "\\documentclass{article}\n\\usepackage{booktabs}\n\\begin{document}\n\(tables)\\end{document}\n"
    try document.write(to: directory.appendingPathComponent("table.tex"), atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: pdflatex!)
    process.arguments = ["-interaction=nonstopmode", "-halt-on-error", "table.tex"]
    process.currentDirectoryURL = directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("table.pdf").path))
}

@Test func gapVsSizeDrawsOneLinePerDifficulty() throws {
    // The synthetic sweep at two difficulty levels (the swept data keys), the harder one with every Δ shifted.
    let base = syntheticSweep()
    let levels = [#"{"data.max_number":"9","data.max_steps":"2"}"#, #"{"data.max_number":"99","data.max_steps":"4"}"#]
    var runs: [RunResult] = []
    for (level, swept) in levels.enumerated() {
        for var run in base.runs {
            run.swept = swept
            if level == 1, run.mix == "long" {
                run.scores = run.scores.map { var score = $0; score.accuracy = min(1, score.accuracy + 0.1); return score }
                run.items = run.items.mapValues { $0.map { ItemVerdict(problemID: $0.problemID, correct: true) } }
            }
            runs.append(run)
        }
    }
    let results = ExperimentResults(name: "levels", runs: runs, gaps: base.gaps)
    let chart = try Plots().chart(.gapVsSize, results)
    // One x position per student, not per student and level.
    #expect(chart.categories == ["s-tiny (52.4k)", "s-small (210.1k)", "s-base (838.7k)"])
    // One line per gap and level, each with a point per student, labelled by steps then operands.
    #expect(chart.series.map(\.name) == [
        "Δ long = long − short · max_steps=2, max_number=9", "Δ long = long − short · max_steps=4, max_number=99",
        "Δ large = large-teacher − small-teacher · max_steps=2, max_number=9",
        "Δ large = large-teacher − small-teacher · max_steps=4, max_number=99"])
    #expect(chart.series.allSatisfy { $0.points.map(\.x) == [0, 1, 2] })
    // Each line's points are that level's gaps; the easy level's equal the single-level chart's.
    let estimates = GapEstimator().estimates(results)
    for series in chart.series {
        let level = series.name.hasSuffix("max_number=9") ? levels[0] : levels[1]
        let gap = series.name.hasPrefix("Δ long") ? "long" : "large"
        let expected = estimates.filter { $0.student.swept == level && $0.gap.name == gap }.map(\.delta)
        #expect(series.points.map(\.y) == expected)
    }
    let single = try Plots().chart(.gapVsSize, base)
    #expect(chart.series[0].points.map(\.y) == single.series[0].points.map(\.y))
    #expect(chart.series[1].points.map(\.y) != chart.series[0].points.map(\.y))
    // A grid without swept keys keeps its plain legend.
    #expect(single.series.map(\.name) == ["Δ long = long − short", "Δ large = large-teacher − small-teacher"])
}
