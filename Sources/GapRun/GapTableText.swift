// GapTableText: the compact Δ table a sweep prints when it ends (from the `gaps` view); `gaprun gap` has the full one.
import Foundation
import GapStore

public enum GapTableText {
    /// One row per gap and student, smallest student first.
    public static func render(store: ResultStore, experiment: String) throws -> String {
        let rows = try store.database.rows("""
            SELECT gap, student, treatment, baseline, p_treatment, p_baseline, delta, seeds_treatment, seeds_baseline, swept
            FROM gaps WHERE experiment = ? ORDER BY position, student_size, student, swept
            """, [.text(experiment)])
        if rows.isEmpty {
            return "No gaps yet for \(experiment): each gap needs COMPLETED runs of both its mixes for a student."
        }
        var lines: [String] = []
        let studentWidth = max(7, rows.map { ($0[1].text ?? "").count }.max() ?? 0)
        var currentGap = ""
        for row in rows {
            let gap = row[0].text ?? "", treatment = row[2].text ?? "", baseline = row[3].text ?? ""
            if gap != currentGap {
                currentGap = gap
                if !lines.isEmpty { lines.append("") }
                lines.append("Δ_\(gap) = P(\(treatment)) − P(\(baseline))  [percentage points]")
                let header: [String] = ["student".padded(studentWidth), "  ", "P_treat".padded(8), "P_base".padded(8),
                                        "Δ".padded(8), "better".padded(10), "seeds"]
                lines.append(header.joined())
            }
            let pt = row[4].double ?? 0, pb = row[5].double ?? 0, delta = row[6].double ?? 0
            let better = delta > 0 ? treatment : delta < 0 ? baseline : "tie"
            let cells: [String] = [(row[1].text ?? "").padded(studentWidth), "  ", String(format: "%.1f", pt).padded(8),
                                   String(format: "%.1f", pb).padded(8), String(format: "%+.1f", delta).padded(8),
                                   better.padded(10), "\(row[7].int ?? 0)/\(row[8].int ?? 0)"]
            var line = cells.joined()
            if let swept = row[9].text, swept != "{}" { line += "  " + swept }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
