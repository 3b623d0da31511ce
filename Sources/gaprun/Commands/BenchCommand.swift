// `gaprun bench`: speed benchmarks (placeholder until the judge and trainer land).
import ArgumentParser

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Measure the judge, the trainer and generation.")
    func run() async throws { throw CLIError("`gaprun bench` is not built yet") }
}
