// `gaprun gap`: placeholder until its issue's work lands.
import ArgumentParser

struct GapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gap", abstract: "Show the learnability gaps per student with intervals.")
    func run() async throws { throw CLIError("`gaprun gap` is not built yet") }
}
