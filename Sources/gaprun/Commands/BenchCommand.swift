// `gaprun bench`: speed benchmarks, one subcommand each (the trainer's here; the judge's join this group).
import ArgumentParser

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure the judge, the trainer and generation.",
        subcommands: [BenchTrainCommand.self, BenchGenerateCommand.self])
}
