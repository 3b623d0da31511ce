// `gaprun judge`: placeholder until its issue's work lands.
import ArgumentParser

struct JudgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "judge", abstract: "Judge (prediction, gold) pairs from a JSONL file.")
    func run() async throws { throw CLIError("`gaprun judge` is not built yet") }
}
