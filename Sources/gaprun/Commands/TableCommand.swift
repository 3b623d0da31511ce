// `gaprun table`: placeholder until its issue's work lands.
import ArgumentParser

struct TableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "table", abstract: "Regenerate the paper's tables.")
    func run() async throws { throw CLIError("`gaprun table` is not built yet") }
}
