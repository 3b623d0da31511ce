// Renders `gaprun gap` rows as aligned text, Markdown, CSV or JSON. Values are computed unrounded and rounded only here
// (text/Markdown to 0.1 as the paper prints; CSV/JSON to 4 decimals for machines).
import Foundation

/// Output formats of `gaprun gap`.
public enum GapFormat: String, Sendable, CaseIterable {
    case text, markdown, csv, json
}

/// Formats gap estimates.
public enum GapFormatter {
    /// Renders `estimates` of experiment `experiment` in `format`. The output ends with a newline.
    public static func render(_ estimates: [GapEstimate], experiment: String, format: GapFormat, byBenchmark: Bool) -> String {
        switch format {
        case .text: return text(estimates, experiment: experiment, byBenchmark: byBenchmark)
        case .markdown: return markdown(estimates, byBenchmark: byBenchmark)
        case .csv: return csv(estimates)
        case .json: return json(estimates)
        }
    }

    static func seeds(_ estimate: GapEstimate) -> String {
        estimate.treatment.count == estimate.baseline.count
            ? "\(estimate.treatment.count)" : "\(estimate.treatment.count)/\(estimate.baseline.count)"
    }

    /// True when any row knows a budget-hit share: only then do text and Markdown show the `hit` columns.
    static func showsHits(_ estimates: [GapEstimate]) -> Bool {
        estimates.contains { $0.treatmentBudgetHits != nil || $0.baselineBudgetHits != nil }
    }

    static func displayRows(_ estimates: [GapEstimate], byBenchmark: Bool) -> (header: [String], rows: [[String]]) {
        let hits = showsHits(estimates)
        var header = ["student", "gap"]
        if byBenchmark { header.append("benchmark") }
        header += ["treatment", "P_treatment"] + (hits ? ["hit"] : []) + ["baseline", "P_baseline"] + (hits ? ["hit"] : [])
            + ["Δ", "95% CI", "better", "seeds", "interval"]
        let rows = estimates.map { estimate -> [String] in
            var row = [estimate.student.label, estimate.gap.name]
            if byBenchmark { row.append(estimate.benchmark ?? "average") }
            row += [estimate.gap.treatment, NumberText.meanStd(estimate.treatment)]
            if hits { row.append(BudgetHitShare.text(estimate.treatmentBudgetHits)) }
            row += [estimate.gap.baseline, NumberText.meanStd(estimate.baseline)]
            if hits { row.append(BudgetHitShare.text(estimate.baselineBudgetHits)) }
            row += [NumberText.fixed(estimate.delta),
                    estimate.interval.map(NumberText.interval) ?? "–", estimate.betterMix, seeds(estimate),
                    estimate.method.rawValue]
            return row
        }
        return (header, rows)
    }

    static func methodNotes(_ estimates: [GapEstimate]) -> [String] {
        IntervalMethod.allCases.filter { method in estimates.contains { $0.method == method } }
            .map { "\($0.rawValue): \($0.explanation)" }
    }

    static func text(_ estimates: [GapEstimate], experiment: String, byBenchmark: Bool) -> String {
        if estimates.isEmpty {
            return "No gaps for experiment `\(experiment)`: no student has completed runs of both mixes of any gap.\n"
        }
        let (header, rows) = displayRows(estimates, byBenchmark: byBenchmark)
        var output = "Gaps of experiment `\(experiment)`: Δ = P(treatment) − P(baseline), in percentage points "
            + "(P = mean benchmark accuracy; mean ± std over seeds).\n"
        output += TextTable.aligned(header: header, rows: rows)
        output += methodNotes(estimates).map { "interval \($0)\n" }.joined()
        output += (showsHits(estimates) ? BudgetHitShare.explanation : BudgetHitShare.notRecorded) + "\n"
        return output
    }

    static func markdown(_ estimates: [GapEstimate], byBenchmark: Bool) -> String {
        let (header, rows) = displayRows(estimates, byBenchmark: byBenchmark)
        let first = byBenchmark ? 4 : 3
        let numeric = showsHits(estimates) ? [first, first + 1, first + 3, first + 4, first + 5, first + 6, first + 8]
                                           : [first, first + 2, first + 3, first + 4, first + 6]
        var output = MarkdownText.table(header: header, rows: rows, numericColumns: Set(numeric))
        let notes = methodNotes(estimates) + (showsHits(estimates) ? [BudgetHitShare.explanation] : [])
        if !notes.isEmpty { output += "\n" + notes.map { "- \($0)\n" }.joined() }
        return output
    }

    static let csvHeader = ["student", "student_size", "gap", "benchmark", "treatment", "baseline", "p_treatment",
                            "p_treatment_std", "p_baseline", "p_baseline_std", "delta", "ci_low", "ci_high", "interval_method",
                            "better", "seeds_treatment", "seeds_baseline", "budget_hit_treatment", "budget_hit_baseline"]

    static func csv(_ estimates: [GapEstimate]) -> String {
        var lines = [csvHeader.joined(separator: ",")]
        for e in estimates {
            let fields: [String] = [
                e.student.label, e.student.size.map { NumberText.compact($0) } ?? "", e.gap.name, e.benchmark ?? "average",
                e.gap.treatment, e.gap.baseline, NumberText.fixed(e.treatment.mean, 4),
                e.treatment.standardDeviation.map { NumberText.fixed($0, 4) } ?? "", NumberText.fixed(e.baseline.mean, 4),
                e.baseline.standardDeviation.map { NumberText.fixed($0, 4) } ?? "", NumberText.fixed(e.delta, 4),
                e.interval.map { NumberText.fixed($0.lowerBound, 4) } ?? "",
                e.interval.map { NumberText.fixed($0.upperBound, 4) } ?? "",
                e.method.rawValue, e.betterMix, "\(e.treatment.count)", "\(e.baseline.count)",
                e.treatmentBudgetHits.map { NumberText.fixed($0, 4) } ?? "", e.baselineBudgetHits.map { NumberText.fixed($0, 4) } ?? "",
            ]
            lines.append(fields.map(CSVText.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    struct JSONRow: Encodable {
        var student: String
        var studentSize: Double?
        var gap: String
        var benchmark: String?
        var treatment: String
        var baseline: String
        var pTreatment: Double
        var pTreatmentStd: Double?
        var pBaseline: Double
        var pBaselineStd: Double?
        var delta: Double
        var ciLow: Double?
        var ciHigh: Double?
        var intervalMethod: String
        var better: String
        var seedsTreatment: Int
        var seedsBaseline: Int
        var budgetHitTreatment: Double?
        var budgetHitBaseline: Double?

        enum CodingKeys: String, CodingKey {
            case student, studentSize = "student_size", gap, benchmark, treatment, baseline, pTreatment = "p_treatment"
            case pTreatmentStd = "p_treatment_std", pBaseline = "p_baseline", pBaselineStd = "p_baseline_std", delta
            case ciLow = "ci_low", ciHigh = "ci_high", intervalMethod = "interval_method", better
            case seedsTreatment = "seeds_treatment", seedsBaseline = "seeds_baseline"
            case budgetHitTreatment = "budget_hit_treatment", budgetHitBaseline = "budget_hit_baseline"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(student, forKey: .student); try c.encode(studentSize, forKey: .studentSize)
            try c.encode(gap, forKey: .gap); try c.encode(benchmark, forKey: .benchmark)
            try c.encode(treatment, forKey: .treatment); try c.encode(baseline, forKey: .baseline)
            try c.encode(pTreatment, forKey: .pTreatment); try c.encode(pTreatmentStd, forKey: .pTreatmentStd)
            try c.encode(pBaseline, forKey: .pBaseline); try c.encode(pBaselineStd, forKey: .pBaselineStd)
            try c.encode(delta, forKey: .delta); try c.encode(ciLow, forKey: .ciLow); try c.encode(ciHigh, forKey: .ciHigh)
            try c.encode(intervalMethod, forKey: .intervalMethod); try c.encode(better, forKey: .better)
            try c.encode(seedsTreatment, forKey: .seedsTreatment); try c.encode(seedsBaseline, forKey: .seedsBaseline)
            try c.encode(budgetHitTreatment, forKey: .budgetHitTreatment); try c.encode(budgetHitBaseline, forKey: .budgetHitBaseline)
        }
    }

    static func json(_ estimates: [GapEstimate]) -> String {
        let rows = estimates.map { e in
            JSONRow(student: e.student.label, studentSize: e.student.size, gap: e.gap.name, benchmark: e.benchmark,
                    treatment: e.gap.treatment, baseline: e.gap.baseline, pTreatment: NumberText.rounded(e.treatment.mean),
                    pTreatmentStd: e.treatment.standardDeviation.map { NumberText.rounded($0) },
                    pBaseline: NumberText.rounded(e.baseline.mean),
                    pBaselineStd: e.baseline.standardDeviation.map { NumberText.rounded($0) }, delta: NumberText.rounded(e.delta),
                    ciLow: e.interval.map { NumberText.rounded($0.lowerBound) },
                    ciHigh: e.interval.map { NumberText.rounded($0.upperBound) }, intervalMethod: e.method.rawValue,
                    better: e.betterMix, seedsTreatment: e.treatment.count, seedsBaseline: e.baseline.count,
                    budgetHitTreatment: e.treatmentBudgetHits.map { NumberText.rounded($0) },
                    budgetHitBaseline: e.baselineBudgetHits.map { NumberText.rounded($0) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? encoder.encode(rows)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
