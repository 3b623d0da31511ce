// `gaprun report`: placeholder until its issue's work lands.
import ArgumentParser

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Write one Markdown report of a database.")
    func run() async throws { throw CLIError("`gaprun report` is not built yet") }
}
