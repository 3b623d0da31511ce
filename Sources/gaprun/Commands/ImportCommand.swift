// `gaprun import`: external per-benchmark results (published numbers, GPU runs) from CSV into the results database.
import ArgumentParser
import GapResults
import GapRun

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import external per-benchmark results from CSV.",
        discussion: """
        Columns: student,mix,seed,benchmark,total,source and correct (a count) or accuracy (a fraction in [0,1]); \
        optional student_size or size_billions (else a trailing "3B" in the student name sets the size). Each \
        source × student × mix × seed becomes one COMPLETED run with source import:<file>. A bad row names its \
        line and nothing is written; importing the same rows again adds nothing. Without --gap and without \
        existing gap definitions: long = long:short and large = large-teacher:small-teacher.
        """)

    @Argument(help: "The CSV file.")
    var file: String

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Experiment name (default: the file name without extension).")
    var name: String?

    @Option(name: .long, parsing: .singleValue, help: "A gap definition NAME=TREATMENT:BASELINE (repeatable).")
    var gap: [String] = []

    func validate() throws {
        do { _ = try ReportData.gapArguments(gap) } catch { throw ValidationError("\(error)") }
    }

    func run() async throws {
        let summary = try ReportData.importCSV(path: file, databasePath: database.path, experiment: name,
                                               gaps: try ReportData.gapArguments(gap))
        print("imported \(summary.rows) rows from \(file) into experiment `\(summary.experiment)` of \(database.path): "
              + "\(summary.runsAdded) runs added, \(summary.runsAlreadyPresent) already present")
        print("gaps: " + summary.gaps.map { "\($0.name) = \($0.treatment) − \($0.baseline)" }.joined(separator: ", "))
    }
}
