// `gaprun score`: placeholder until its issue's work lands.
import ArgumentParser

struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "score", abstract: "Score model predictions on a benchmark.")
    func run() async throws { throw CLIError("`gaprun score` is not built yet") }
}
