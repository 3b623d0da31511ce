// Tests for the report queries and the CSV import: the paper's Table 3 imported into a store reproduces Δ_Long through
// the `gaps` view; bad rows name their line and write nothing; re-imports are not double-counted; a synthetic 3-seed
// store built with registerJobs/record returns every seed, item verdict and curve point to the report layer.
import Foundation
import GapCore
@testable import GapStore
import Testing

let reportFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("GapReportTests/Fixtures")

func paperRows() throws -> [ImportedResultRow] {
    let path = reportFixtures.appendingPathComponent("paper-table3.csv").path
    return try ResultImportCSV.parse(String(contentsOfFile: path, encoding: .utf8), path: path)
}

@Test func paperTable3ImportGivesDeltaLongThroughTheGapsView() throws {
    let store = try ResultStore.inMemory()
    let summary = try store.importResults(paperRows(), experiment: "paper", fileName: "paper-table3.csv", gaps: nil)
    #expect(summary.rows == 70 && summary.runsAdded == 14 && summary.runsAlreadyPresent == 0)
    #expect(summary.gaps.map(\.name) == ["long", "large"])
    let gaps = try store.gapViewRows(experiment: "paper").filter { $0.gap == "long" }
    #expect(Set(gaps.map { "\($0.student) \(String(format: "%.1f", $0.delta))" }) == ["Qwen2.5-3B -3.1", "Llama3.2-3B -0.6"])
    // Imported runs are COMPLETED, marked by their source, sized from their names.
    #expect(try store.database.scalar("SELECT COUNT(*) FROM runs WHERE status = 'COMPLETED' AND source = 'import:paper-table3.csv'")?.int == 14)
    #expect(try store.database.scalar("SELECT DISTINCT student_size FROM runs")?.double == 3e9)
    // P per run through the run_performance view: Llama small-teacher is 31.85 (the paper prints 31.2).
    let p = try store.database.scalar("SELECT p FROM run_performance WHERE student = 'Llama3.2-3B' AND mix = 'small-teacher'")?.double
    #expect(String(format: "%.1f", p!) == "31.8")
}

@Test func reimportingTheSameFileAddsNothing() throws {
    let store = try ResultStore.inMemory()
    try store.importResults(paperRows(), experiment: "paper", fileName: "paper-table3.csv", gaps: nil)
    let again = try store.importResults(paperRows(), experiment: "paper", fileName: "paper-table3.csv", gaps: nil)
    #expect(again.runsAdded == 0 && again.runsAlreadyPresent == 14)
    #expect(try store.database.scalar("SELECT COUNT(*) FROM benchmark_results")?.int == 70)
    // Under another experiment name the same rows are linked, not copied.
    let other = try store.importResults(paperRows(), experiment: "other", fileName: "copy.csv", gaps: nil)
    #expect(other.runsAlreadyPresent == 14)
    #expect(try store.database.scalar("SELECT COUNT(*) FROM runs")?.int == 14)
    #expect(try store.gapViewRows(experiment: "other").count == 4)
}

@Test(arguments: [
    ("seed,student,mix,benchmark,total,source,correct\n0,s,long,b,10,x,3\n1,s,long,b,0,x,0\n", 3, "`total` must be a positive integer"),
    ("student,mix,seed,benchmark,total,source,accuracy\ns,long,0,b,10,x,0.5\ns,long,0,c,10,x,56.2\n", 3, "fraction in [0, 1]"),
    ("student,mix,seed,benchmark,total,source,correct\ns,long,0,b,10,x,3\ns,long,0,b,10,x,4\n", 3, "duplicate result"),
    ("student,mix,seed,benchmark,total,source,correct\n# comment\ns,long,zero,b,10,x,3\n", 3, "`seed` must be an integer"),
    ("student,mix,seed,benchmark,total,source,correct\ns,long,0,b,10,x\n", 2, "expected 7 fields, found 6"),
    ("student,mix,seed,benchmark,total,source,correct\ns,long,0,b,10,x,11\n", 2, "`correct` must be an integer in 0…10"),
    ("student,mix,seed,benchmark,total,source\ns,long,0,b,10,x\n", 1, "missing column `correct` or `accuracy`"),
    ("student,mix,seed,benchmark,total,source,correct,colour\n", 1, "unknown column `colour`"),
    ("student,mix,seed,benchmark,total,source,correct,accuracy\ns,long,0,b,10,x,3,0.5\n", 2, "disagrees"),
])
func badRowsNameTheirLine(text: String, line: Int, message: String) throws {
    do {
        _ = try ResultImportCSV.parse(text, path: "bad.csv")
        Issue.record("expected an error for line \(line)")
    } catch let error as FileError {
        #expect(error.line == line)
        #expect(error.description.hasPrefix("bad.csv:\(line): "))
        #expect(error.description.contains(message), "\(error)")
    }
}

@Test func accuracyColumnAndQuotedFieldsAndSizes() throws {
    let rows = try ResultImportCSV.parse(#"""
        student,mix,seed,benchmark,total,source,accuracy,size_billions
        "Qwen2.5-0.5B, instruct",long,0,MATH,5000,paper,0.148,0.5
        Qwen2.5-1.5B,long,0,MATH,5000,"paper ""v1""",0.27,
        """#, path: "ok.csv")
    #expect(rows.count == 2)
    #expect(rows[0].student == "Qwen2.5-0.5B, instruct" && rows[0].studentSize == 5e8 && rows[0].correct == 740)
    #expect(rows[1].source == "paper \"v1\"" && rows[1].studentSize == 1.5e9 && rows[1].accuracy == 0.27)
    #expect(ResultImportCSV.sizeFromName("Llama-3.3-70B") == 70e9)
    #expect(ResultImportCSV.sizeFromName("s-tiny") == nil)
}

@Test func aFailedImportWritesNothing() throws {
    let store = try ResultStore.inMemory()
    var rows = try paperRows()
    // Parsing validates everything first; a row that slips past it (here: correct > total, forged) fails inside the
    // transaction, which rolls back the experiment, its gaps and every run before it.
    rows[40].correct = rows[40].total + 1
    #expect(throws: SQLiteError.self) {
        try store.importResults(rows, experiment: "paper", fileName: "paper-table3.csv", gaps: nil)
    }
    for table in ["experiments", "gap_definitions", "runs", "benchmark_results", "experiment_runs"] {
        #expect(try store.database.scalar("SELECT COUNT(*) FROM \(table)")?.int == 0, "\(table)")
    }
}

@Test func explicitGapsReplaceAndExistingGapsStay() throws {
    let store = try ResultStore.inMemory()
    try store.registerExperiment(name: "grid", gridPath: "g.conf", gridText: "{\"a\":1}",
                                 gaps: [GapDefinition(name: "teacher", treatment: "large-teacher", baseline: "small-teacher")])
    let kept = try store.importResults(paperRows(), experiment: "grid", fileName: "p.csv", gaps: nil)
    #expect(kept.gaps == [GapDefinition(name: "teacher", treatment: "large-teacher", baseline: "small-teacher")])
    #expect(try store.reportExperiment(named: "grid")?.gridText == "{\"a\":1}")  // the grid is not wiped
    let replaced = try store.importResults(paperRows(), experiment: "grid", fileName: "p.csv",
                                           gaps: [GapDefinition(name: "mix", treatment: "mix-long", baseline: "long")])
    #expect(replaced.gaps.map(\.name) == ["mix"])
}

@Test func snapshotOfASyntheticThreeSeedSweep() throws {
    let store = try ResultStore.inMemory()
    let experiment = try store.registerExperiment(name: "sweep", gridPath: nil, gridText: nil,
                                                  gaps: [GapDefinition(name: "long", treatment: "long", baseline: "short")])
    var jobs: [JobRegistration] = []
    for student in ["s-tiny", "s-base"] {
        for mix in ["long", "short"] {
            for seed in 0..<3 {
                jobs.append(JobRegistration(configHash: "\(student)-\(mix)-\(seed)", student: student, studentParameters: nil,
                                            studentSize: student == "s-tiny" ? 1000 : 9000, mix: mix, seed: seed, sweptJSON: "{}",
                                            backend: "inprocess", source: "inprocess",
                                            configJSON: "{\"mix_weights\":{\"\(mix)\":1}}", versionsJSON: "{}"))
            }
        }
    }
    try store.registerJobs(jobs, experimentID: experiment)
    for (index, job) in jobs.enumerated() {
        let correct = (0..<20).map { ($0 + index) % 3 != 0 }
        try store.record(RunOutcome(
            configHash: job.configHash,
            benchmarks: [BenchmarkOutcome(benchmark: "gsm-synth", correct: correct.filter { $0 }.count, total: 20,
                                          scorer: "gaprun", scorerVersion: "1")],
            predictions: correct.enumerated().map {
                PredictionRecord(benchmark: "gsm-synth", problemID: "p\($0.offset)", response: "r", extracted: nil,
                                 correct: $0.element, reason: "test", scorer: "gaprun", scorerVersion: "1")
            },
            curve: (0..<5).map { CurvePoint(step: $0 * 10, loss: 3 - Double($0) * 0.5, learningRate: 0.001) },
            startedAt: "2026-01-01T00:00:00Z", endedAt: "2026-01-01T00:01:00Z", wallSeconds: 60 + Double(index)))
    }
    // One job failed: it is counted by status but not reported as a result.
    try store.registerJobs([JobRegistration(configHash: "failed", student: "s-tiny", studentParameters: nil, studentSize: 1000,
                                            mix: "long", seed: 9, sweptJSON: "{}", backend: "inprocess", source: "inprocess",
                                            configJSON: "{}", versionsJSON: "{}")], experimentID: experiment)
    try store.markEnded(configHash: "failed", status: .failed, error: "boom")

    let snapshot = try #require(try store.reportSnapshot(experiment: nil))
    #expect(snapshot.experiment.name == "sweep")
    #expect(snapshot.runs.count == 12)
    #expect(Set(snapshot.runs.map(\.seed)) == [0, 1, 2])
    #expect(snapshot.benchmarks.count == 12)
    #expect(snapshot.predictions.count == 240)
    #expect(snapshot.curves.count == 60)
    #expect(snapshot.gaps == [GapDefinition(name: "long", treatment: "long", baseline: "short")])
    #expect(snapshot.statusCounts.map(\.status) == ["COMPLETED", "FAILED"])
    #expect(snapshot.statusCounts.map(\.count) == [12, 1])
    #expect(snapshot.runs.allSatisfy { $0.wallSeconds != nil && $0.configJSON.contains("mix_weights") })
    #expect(try store.gapViewRows(experiment: "sweep").map(\.seedsTreatment) == [3, 3])
    #expect(try store.reportSnapshot(experiment: "nope") == nil)
}
