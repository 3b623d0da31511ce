// BudgetHitShare: the share of responses a length limit ended (the generation budget or the full context), per set of
// runs and benchmark — printed beside P so a gap that is partly truncation shows it.
import Foundation

public enum BudgetHitShare {
    /// Cells above this share (percent of responses) are warned about: more than 2% cut responses is a confound.
    public static let warningPercent = 2.0

    /// The percent of the responses of `runs` (on `benchmark`, or on all benchmarks) that a length limit ended; nil
    /// when a run did not record its budget hits (older databases, imports, generators without `finish_reason`).
    public static func percent(runs: [RunResult], benchmark: String? = nil) -> Double? {
        var hits = 0, total = 0
        for run in runs {
            for score in run.scores where benchmark == nil || score.benchmark == benchmark {
                guard let count = score.budgetHits, let answered = score.total else { return nil }
                hits += count
                total += answered
            }
        }
        return total > 0 ? 100 * Double(hits) / Double(total) : nil
    }

    /// `0.3%`, or `–` when unknown.
    public static func text(_ percent: Double?) -> String { percent.map { NumberText.fixed($0) + "%" } ?? "–" }

    /// The note when no run recorded its budget hits (imports, databases written before they were stored).
    public static let notRecorded = "budget hits: not recorded by these runs"

    /// One line explaining the column, for table notes.
    public static let explanation = "hit = share of responses cut by a length limit (the generation budget "
        + "eval.max_new_tokens or the student's full context); – = not recorded"

    /// Cells (student, swept values, mix) of `results` whose budget-hit share is above `warningPercent`, as
    /// `student/mix: 3.1% of 900 responses`, in the results' student and mix order.
    public static func cellsAboveWarning(_ results: ExperimentResults) -> [String] {
        var lines: [String] = []
        for student in results.students {
            for mix in results.mixes {
                let runs = results.runs(student: student, mix: mix)
                guard let share = percent(runs: runs), share > warningPercent else { continue }
                let responses = runs.flatMap(\.scores).compactMap(\.total).reduce(0, +)
                lines.append("\(student.label)/\(mix): \(NumberText.fixed(share))% of \(responses) responses")
            }
        }
        return lines
    }
}

extension BudgetHitShare {
    /// The report's "Generation budget" section: the budgets the runs used, whether the grid allowed one below the
    /// teachers' 99th percentile, and every cell's budget-hit share beside its P, with cells above 2% named.
    public static func markdownSection(_ results: ExperimentResults) -> String {
        var out = "## Generation budget\n\n"
        let budgets = Set(results.runs.compactMap(\.generationBudget)).sorted()
        out += budgets.isEmpty ? "The runs do not record their generation budget (`eval.max_new_tokens`).\n\n"
            : "Generation budget (`eval.max_new_tokens`): " + budgets.map { "\($0) tokens" }.joined(separator: ", ") + ".\n\n"
        if results.runs.contains(where: \.allowsShortBudget) {
            out += "**The grid allows a budget below the teachers' 99th percentile response length "
                + "(`eval.allow_short_budget: true`)**: responses longer than the budget are cut, and every P and Δ "
                + "includes that cut.\n\n"
        }
        var rows: [[String]] = []
        for student in results.students {
            for mix in results.mixes {
                let runs = results.runs(student: student, mix: mix)
                if runs.isEmpty { continue }
                let responses = runs.flatMap(\.scores).compactMap(\.total).reduce(0, +)
                rows.append([student.label, mix, NumberText.fixed(Summary(runs.map(\.performance)).mean),
                             text(percent(runs: runs)), "\(responses)"])
            }
        }
        out += MarkdownText.table(header: ["student", "mix", "P", "hit", "responses"], rows: rows, numericColumns: [2, 3, 4])
        out += "\n" + explanation + ".\n\n"
        let above = cellsAboveWarning(results)
        if !above.isEmpty {
            out += "Cells where more than \(NumberText.compact(warningPercent))% of the responses were cut: "
                + above.joined(separator: "; ") + ".\n\n"
        }
        return out
    }
}
