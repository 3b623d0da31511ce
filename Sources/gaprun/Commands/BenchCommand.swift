// `gaprun bench`: the group of speed benchmarks — the judge, the trainer and generation, one subcommand each.
import ArgumentParser

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure the judge, the trainer and generation.",
        subcommands: [BenchJudgeCommand.self, BenchTrainCommand.self, BenchGenerateCommand.self])
}
