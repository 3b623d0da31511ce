// `gaprun plan`: placeholder until its issue's work lands.
import ArgumentParser

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: "List the jobs a grid file expands to, with their status.")
    func run() async throws { throw CLIError("`gaprun plan` is not built yet") }
}
