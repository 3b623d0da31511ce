// `gaprun import`: placeholder until its issue's work lands.
import ArgumentParser

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import external per-benchmark results from CSV.")
    func run() async throws { throw CLIError("`gaprun import` is not built yet") }
}
