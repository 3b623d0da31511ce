// `gaprun sweep`: placeholder until its issue's work lands.
import ArgumentParser

struct SweepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sweep", abstract: "Run every pending job of a grid file.")
    func run() async throws { throw CLIError("`gaprun sweep` is not built yet") }
}
