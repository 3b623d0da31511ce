// `gaprun data`: the synthetic lab's command group (preview a training mix, regenerate the held-out benchmarks).
import ArgumentParser

struct DataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Inspect training mixes and regenerate the synthetic benchmarks.",
        subcommands: [DataPreviewCommand.self, DataBenchmarksCommand.self]
    )
}
