// `gaprun report`: one Markdown report (grid, gaps, tables, figures, per-benchmark breakdowns, environment).
import ArgumentParser
import GapResults
import GapRun

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write one Markdown report of a database.",
        discussion: "The figures are written beside the report as <report>-<figure>.svg and linked from it.")

    @OptionGroup var results: ResultsOptions

    @Option(name: .shortAndLong, help: "The Markdown file to write.")
    var output = "report.md"

    @Option(name: .long, help: "Teacher whose weight is the mix-weight figure's x axis.")
    var teacher = "long"

    @Flag(name: .long, help: "Also write PNG figures (needs rsvg-convert).")
    var png = false

    func run() async throws {
        let (experimentResults, info) = try results.load()
        let environment = try ReportData.environment(store: ReportData.openStore(path: results.database.path),
                                                     experiment: experimentResults.name, scorer: results.scorer,
                                                     gaprunVersion: GaprunVersion.text, sourceCommit: gaprunSourceCommit)
        let files = try ReportData.writeReport(experimentResults, info: info, environment: environment,
                                               to: output, teacher: teacher, png: png)
        for file in files { print("wrote \(file)") }
    }
}
