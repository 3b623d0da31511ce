// `gaprun status`: placeholder until its issue's work lands.
import ArgumentParser

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show sweeps, job counts per status, and failures.")
    func run() async throws { throw CLIError("`gaprun status` is not built yet") }
}
