// The paper's three tables from run values: Table 1 (long vs short CoT), Table 2 (large vs small teacher) and Table 3
// (every mix per benchmark), as Markdown, booktabs LaTeX or CSV. Mean ± std over seeds when a cell has several seeds;
// Δ from unrounded P; a 95% CI column when seeds or per-item results allow a data-driven interval.
import Foundation

/// Which of the paper's tables to render.
public enum PaperTableKind: String, Sendable, CaseIterable {
    /// Table 1: Student, P_Long, P_Short, Δ_Long, Better? (gap `long`).
    case longShort = "long-short"
    /// Table 2: Student, P_Large, P_Small, Δ_Large, Better? (gap `large`).
    case teacher
    /// Table 3: one row per student and mix, a column per benchmark, plus Average.
    case mix
}

/// Output formats of `gaprun table`.
public enum TableFormat: String, Sendable, CaseIterable {
    case markdown, latex, csv
}

/// Bold for the best value of a column, underline for the second best.
enum Emphasis: Sendable { case none, best, second }

/// One table cell in its Markdown/plain and LaTeX spellings.
struct TableCell: Sendable {
    var plain: String
    var latex: String
    var emphasis: Emphasis = .none

    static func text(_ text: String) -> TableCell { TableCell(plain: text, latex: LaTeXText.escape(text)) }

    static func summary(_ summary: Summary) -> TableCell {
        let mean = NumberText.fixed(summary.mean)
        guard let sd = summary.standardDeviation else { return TableCell(plain: mean, latex: mean) }
        let spread = NumberText.fixed(sd)
        return TableCell(plain: "\(mean) ± \(spread)", latex: "\(mean) $\\pm$ \(spread)")
    }

    var markdown: String {
        let text = MarkdownText.escape(plain)
        switch emphasis {
        case .none: return text
        case .best: return "**\(text)**"
        case .second: return "<u>\(text)</u>"
        }
    }

    var latexMarked: String {
        switch emphasis {
        case .none: return latex
        case .best: return "\\textbf{\(latex)}"
        case .second: return "\\underline{\(latex)}"
        }
    }
}

/// A rendered-agnostic table: header cells, rows, the rows where a new student group starts, and a caption.
struct TableModel: Sendable {
    var header: [TableCell]
    var rows: [[TableCell]]
    /// Row indices (other than 0) before which LaTeX draws a \midrule.
    var groupStarts: Set<Int> = []
    var numericColumns: Set<Int>
    var caption: String
    var label: String

    func markdown() -> String {
        var lines = ["| " + header.map(\.markdown).joined(separator: " | ") + " |"]
        lines.append("|" + header.indices.map { numericColumns.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|")
        for row in rows { lines.append("| " + row.map(\.markdown).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n\n" + caption + "\n"
    }

    func latex() -> String {
        let alignment = header.indices.map { numericColumns.contains($0) ? "r" : "l" }.joined()
        var lines = ["\\begin{table}[t]", "\\centering", "\\begin{tabular}{\(alignment)}", "\\toprule",
                     header.map(\.latexMarked).joined(separator: " & ") + " \\\\", "\\midrule"]
        for (index, row) in rows.enumerated() {
            if groupStarts.contains(index), index > 0 { lines.append("\\midrule") }
            lines.append(row.map(\.latexMarked).joined(separator: " & ") + " \\\\")
        }
        lines += ["\\bottomrule", "\\end{tabular}", "\\caption{\(LaTeXText.prose(caption))}", "\\label{\(label)}",
                  "\\end{table}"]
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Renders the paper's tables.
public struct PaperTables: Sendable {
    /// Computes Δ and the intervals of Tables 1 and 2.
    public var estimator: GapEstimator
    public init(estimator: GapEstimator = GapEstimator()) { self.estimator = estimator }

    /// Renders table `kind` of `results` in `format`. Throws when the experiment lacks the gap the table needs.
    public func render(_ kind: PaperTableKind, _ results: ExperimentResults, format: TableFormat) throws -> String {
        if results.runs.isEmpty { throw ReportError.noCompletedRuns(experiment: results.name) }
        switch kind {
        case .longShort:
            return try gapTable(results, gapName: "long", labels: ("Long", "Short"), words: ("Long", "Short"),
                                title: "long-CoT", format: format)
        case .teacher:
            return try gapTable(results, gapName: "large", labels: ("Large", "Small"), words: ("Strong", "Weak"),
                                title: "large-teacher", format: format)
        case .mix:
            return mixTable(results, format: format)
        }
    }

    // MARK: - Tables 1 and 2

    func gapTable(_ results: ExperimentResults, gapName: String, labels: (String, String), words: (String, String),
                  title: String, format: TableFormat) throws -> String {
        guard let gap = results.gap(named: gapName) else {
            throw ReportError.missingGap(name: gapName, experiment: results.name, available: results.gaps.map(\.name))
        }
        let estimates = estimator.estimates(ExperimentResults(name: results.name, runs: results.runs, gaps: [gap]))
        let showInterval = estimates.contains { $0.method == .pairedBootstrap || $0.method == .welchT }
        func better(_ delta: Double) -> String { delta > 0 ? words.0 : delta < 0 ? words.1 : "Tie" }

        if format == .csv {
            let t = labels.0.lowercased(), b = labels.1.lowercased()
            var header = ["student", "p_\(t)", "p_\(b)", "delta_\(t)", "better"]
            if showInterval { header += ["p_\(t)_std", "p_\(b)_std", "ci_low", "ci_high", "interval_method", "seeds"] }
            if GapFormatter.showsHits(estimates) { header += ["hit_\(t)", "hit_\(b)"] }
            var lines = [header.joined(separator: ",")]
            for e in estimates {
                var fields = [e.student.label, NumberText.fixed(e.treatment.mean), NumberText.fixed(e.baseline.mean),
                              NumberText.fixed(e.delta), better(e.delta)]
                if showInterval {
                    fields += [e.treatment.standardDeviation.map { NumberText.fixed($0) } ?? "",
                               e.baseline.standardDeviation.map { NumberText.fixed($0) } ?? "",
                               e.interval.map { NumberText.fixed($0.lowerBound) } ?? "",
                               e.interval.map { NumberText.fixed($0.upperBound) } ?? "", e.method.rawValue,
                               GapFormatter.seeds(e)]
                }
                if GapFormatter.showsHits(estimates) {
                    fields += [e.treatmentBudgetHits.map { NumberText.fixed($0, 4) } ?? "",
                               e.baselineBudgetHits.map { NumberText.fixed($0, 4) } ?? ""]
                }
                lines.append(fields.map(CSVText.field).joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }

        var header: [TableCell] = [
            .text("Student"),
            TableCell(plain: "P_\(labels.0)", latex: "$P_{\\mathrm{\(labels.0)}}$"),
            TableCell(plain: "P_\(labels.1)", latex: "$P_{\\mathrm{\(labels.1)}}$"),
        ]
        let hits = GapFormatter.showsHits(estimates)
        if hits {
            header += [TableCell(plain: "Hit_\(labels.0)", latex: "Hit$_{\\mathrm{\(labels.0)}}$"),
                       TableCell(plain: "Hit_\(labels.1)", latex: "Hit$_{\\mathrm{\(labels.1)}}$")]
        }
        header.append(TableCell(plain: "Δ_\(labels.0)", latex: "$\\Delta_{\\mathrm{\(labels.0)}}$"))
        if showInterval { header.append(TableCell(plain: "95% CI", latex: "95\\% CI")) }
        header.append(.text("Better?"))
        let rows = estimates.map { e -> [TableCell] in
            var row: [TableCell] = [.text(e.student.label), .summary(e.treatment), .summary(e.baseline)]
            if hits { row += [.text(BudgetHitShare.text(e.treatmentBudgetHits)), .text(BudgetHitShare.text(e.baselineBudgetHits))] }
            row.append(.text(NumberText.fixed(e.delta)))
            if showInterval { row.append(.text(e.interval.map(NumberText.interval) ?? "–")) }
            row.append(.text(better(e.delta)))
            return row
        }
        var caption = "Average performance P (%) of each student fine-tuned on `\(gap.treatment)` (\(labels.0)) and "
            + "`\(gap.baseline)` (\(labels.1)); Δ_\(labels.0) = P_\(labels.0) − P_\(labels.1), from unrounded P "
            + "(experiment `\(results.name)`, \(title) gap)."
        caption += seedNote(results, estimates: estimates, showInterval: showInterval)
        if hits {
            caption += " Hit_\(labels.0), Hit_\(labels.1): share of responses cut by a length limit (the generation budget "
                + "or the full context); – = not recorded."
        }
        let numericCount = 3 + (showInterval ? 1 : 0) + (hits ? 2 : 0)
        let model = TableModel(header: header, rows: rows, numericColumns: Set(1...numericCount), caption: caption,
                               label: "tab:gaprun-\(gapName)")
        return format == .latex ? model.latex() : model.markdown()
    }

    func seedNote(_ results: ExperimentResults, estimates: [GapEstimate], showInterval: Bool) -> String {
        var note = ""
        let seeds = results.maximumSeeds
        if seeds > 1 { note += " Mean ± sample std over up to \(seeds) seeds." }
        if showInterval {
            let methods = IntervalMethod.allCases.filter { m in estimates.contains { $0.method == m } }
            note += " 95% CI: " + methods.map(\.explanation).joined(separator: "; ") + "."
        }
        return note
    }

    // MARK: - Table 3

    struct MixRow {
        var student: StudentKey
        var mix: String
        var benchmarks: [Summary?]
        var average: Summary
    }

    func mixRows(_ results: ExperimentResults) -> [MixRow] {
        let benchmarks = results.benchmarks
        var rows: [MixRow] = []
        for student in results.students {
            for mix in results.mixes {
                let runs = results.runs(student: student, mix: mix)
                if runs.isEmpty { continue }
                let perBenchmark = benchmarks.map { name -> Summary? in
                    let values = runs.compactMap { $0.percent(name) }
                    return values.isEmpty ? nil : Summary(values)
                }
                rows.append(MixRow(student: student, mix: mix, benchmarks: perBenchmark, average: Summary(runs.map(\.performance))))
            }
        }
        return rows
    }

    func mixTable(_ results: ExperimentResults, format: TableFormat) -> String {
        let benchmarks = results.benchmarks
        let rows = mixRows(results)
        let multiSeed = results.maximumSeeds > 1

        if format == .csv {
            var header = ["student", "mix"] + benchmarks + ["average"]
            if multiSeed { header += benchmarks.map { "\($0)_std" } + ["average_std", "seeds"] }
            var lines = [header.map(CSVText.field).joined(separator: ",")]
            for row in rows {
                let summaries = row.benchmarks + [row.average]
                var fields = [row.student.label, row.mix] + summaries.map { $0.map { NumberText.fixed($0.mean) } ?? "" }
                if multiSeed {
                    fields += summaries.map { $0?.standardDeviation.map { NumberText.fixed($0) } ?? "" }
                    fields.append("\(row.average.count)")
                }
                lines.append(fields.map(CSVText.field).joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }

        let header: [TableCell] = [.text("Student"), .text("Mix")] + benchmarks.map { .text($0) } + [.text("Average")]
        var cells: [[TableCell]] = []
        var groupStarts: Set<Int> = []
        var previous: StudentKey?
        for row in rows {
            let first = row.student != previous
            if first { groupStarts.insert(cells.count) }
            previous = row.student
            let studentCell: TableCell = format == .latex && !first ? .text("") : .text(row.student.label)
            cells.append([studentCell, .text(row.mix)]
                         + (row.benchmarks + [row.average]).map { $0.map(TableCell.summary) ?? .text("–") })
        }
        // Best and second best per column within each student group, on the displayed (rounded) means.
        let starts = groupStarts.sorted() + [cells.count]
        for (start, end) in zip(starts, starts.dropFirst()) {
            for column in 0...benchmarks.count {
                let values = (start..<end).map { index -> Double? in
                    let summaries = rows[index].benchmarks + [rows[index].average]
                    return summaries[column].map { (($0.mean) * 10).rounded() / 10 }
                }
                let distinct = Array(Set(values.compactMap { $0 })).sorted(by: >)
                if distinct.count < 2 { continue }
                for (offset, value) in values.enumerated() {
                    if value == distinct[0] { cells[start + offset][column + 2].emphasis = .best }
                    else if value == distinct[1] { cells[start + offset][column + 2].emphasis = .second }
                }
            }
        }
        var caption = "Accuracy (%) per benchmark and Average P (unweighted mean of the benchmark columns) for each "
            + "student and mix (experiment `\(results.name)`). Bold: best, underlined: second best per column within "
            + "each student."
        if multiSeed { caption += " Mean ± sample std over up to \(results.maximumSeeds) seeds." }
        let model = TableModel(header: header, rows: cells, groupStarts: groupStarts,
                               numericColumns: Set(2..<(benchmarks.count + 3)), caption: caption, label: "tab:gaprun-mix")
        return format == .latex ? model.latex() : model.markdown()
    }
}
