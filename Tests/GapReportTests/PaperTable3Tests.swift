// Acceptance: the paper's Table 3 (from its CSV fixture) regenerates every printed average to the printed precision,
// except the one inconsistent row the reference names, and Δ_Long −3.1 / −0.6 for the two 3B students.
import Foundation
import GapReport
import Testing

/// The "Average" column as printed in paper v1 Table 3, in fixture row order.
let printedAverages: [(student: String, mix: String, average: String)] = [
    ("Qwen2.5-3B", "long", "40.3"), ("Qwen2.5-3B", "short", "43.4"), ("Qwen2.5-3B", "large-teacher", "39.7"),
    ("Qwen2.5-3B", "small-teacher", "39.4"), ("Qwen2.5-3B", "deepseek-r1-32b", "33.5"), ("Qwen2.5-3B", "mix-long", "45.9"),
    ("Qwen2.5-3B", "mix-large", "45.8"),
    ("Llama3.2-3B", "long", "32.5"), ("Llama3.2-3B", "short", "33.1"), ("Llama3.2-3B", "large-teacher", "32.8"),
    ("Llama3.2-3B", "small-teacher", "31.2"), ("Llama3.2-3B", "deepseek-r1-32b", "33.3"), ("Llama3.2-3B", "mix-long", "35.1"),
    ("Llama3.2-3B", "mix-large", "34.7"),
]

@Test func paperAveragesRegenerateExceptTheInconsistentLlamaWeakRow() throws {
    let csv = try PaperTables().render(.mix, paperTable3(), format: .csv)
    let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    #expect(rows.count == printedAverages.count)
    for (row, printed) in zip(rows, printedAverages) {
        #expect(row[0] == printed.student && row[1] == printed.mix)
        if printed.student == "Llama3.2-3B" && printed.mix == "small-teacher" {
            // The paper prints 31.2, but its five columns (47.9, 17.5, 74.1, 16.4, 3.3) average 31.84 (docs/statistics.md).
            #expect(row.last == "31.8")
        } else {
            #expect(row.last == printed.average, "\(printed.student) \(printed.mix)")
        }
    }
}

@Test func deltaLongIsMinus3Point1AndMinus0Point6() throws {
    let estimates = GapEstimator().estimates(try paperTable3())
    let long = estimates.filter { $0.gap.name == "long" }
    #expect(long.map(\.student.name) == ["Qwen2.5-3B", "Llama3.2-3B"])
    #expect(long.map { String(format: "%.1f", $0.delta) } == ["-3.1", "-0.6"])
    #expect(long.allSatisfy { $0.betterMix == "short" })
    // Δ comes from unrounded P: Llama 32.459 − 33.077 = −0.617, not 32.5 − 33.1.
    #expect(abs(long[1].delta - (long[1].treatment.mean - long[1].baseline.mean)) < 1e-12)
    // Δ_Large of Qwen matches the printed 0.3; Llama's recomputed 0.9 differs from the printed 1.6 (from 31.2).
    let large = estimates.filter { $0.gap.name == "large" }.map { String(format: "%.1f", $0.delta) }
    #expect(large == ["0.3", "0.9"])
    let table = try PaperTables().render(.longShort, paperTable3(), format: .markdown)
    #expect(table.contains("| Qwen2.5-3B | 40.3 | 43.4 | -3.1 | Short |"))
    #expect(table.contains("| Llama3.2-3B | 32.5 | 33.1 | -0.6 | Short |"))
}

@Test(arguments: PaperTableKind.allCases, TableFormat.allCases)
func paperTablesMatchGoldenFiles(kind: PaperTableKind, format: TableFormat) throws {
    let extensions: [TableFormat: String] = [.markdown: "md", .latex: "tex", .csv: "csv"]
    try expectGolden(PaperTables().render(kind, paperTable3(), format: format), "paper-\(kind.rawValue).\(extensions[format]!)")
}

@Test(arguments: GapFormat.allCases)
func paperGapsMatchGoldenFiles(format: GapFormat) throws {
    let estimates = GapEstimator().estimates(try paperTable3(), byBenchmark: true)
    try expectGolden(GapFormatter.render(estimates, experiment: "paper-table3", format: format, byBenchmark: true),
                     "paper-gap-by-benchmark.\(format == .markdown ? "md" : format == .text ? "txt" : format.rawValue)")
}

@Test func missingGapSaysWhichAndHowToAddIt() throws {
    let results = try paperTable3()
    let noGaps = ExperimentResults(name: results.name, runs: results.runs, gaps: [])
    #expect(throws: ReportError.missingGap(name: "long", experiment: "paper-table3", available: [])) {
        try PaperTables().render(.longShort, noGaps, format: .markdown)
    }
}
