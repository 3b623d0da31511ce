// `gaprun bench`: the group of speed benchmarks (the judge now; the trainer and generation join it later).
import ArgumentParser

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure the judge, the trainer and generation.",
        subcommands: [BenchJudgeCommand.self])
}
