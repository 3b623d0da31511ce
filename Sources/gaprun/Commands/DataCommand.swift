// `gaprun data`: the synthetic lab's commands (placeholder until the lab lands).
import ArgumentParser

struct DataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "data", abstract: "Inspect training mixes and regenerate the synthetic benchmarks.")
    func run() async throws { throw CLIError("`gaprun data` is not built yet") }
}
