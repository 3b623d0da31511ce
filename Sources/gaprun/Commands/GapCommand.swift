// `gaprun gap`: Δ per student and gap definition with a 95% interval, as text, Markdown, CSV or JSON.
import ArgumentParser
import Foundation
import GapReport
import GapRun

extension GapFormat: ExpressibleByArgument {}

struct GapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gap", abstract: "Show the learnability gaps per student with 95% intervals.",
        discussion: """
        One row per student (sorted by size) and gap definition: P_treatment, P_baseline (mean ± std over seeds), \
        Δ = P_treatment − P_baseline from unrounded P, the better mix, seeds, and a 95% interval for Δ: a paired \
        bootstrap over problems and seeds when per-item results exist, else Welch's t over seeds, else a binomial \
        approximation from benchmark totals (see docs/statistics.md).
        """)

    @OptionGroup var results: ResultsOptions

    @Option(name: .long, help: "Output format: text, markdown, csv or json.")
    var format: GapFormat = .text

    @Flag(name: .long, help: "Add one row per benchmark under each gap.")
    var byBenchmark = false

    @Option(name: .long, help: "Bootstrap resamples.")
    var resamples = 2000

    @Option(name: .long, help: "Seed of the bootstrap's random stream.")
    var seed: UInt64 = 20_250_217

    func validate() throws {
        if resamples < 100 { throw ValidationError("'--resamples' must be at least 100, got \(resamples)") }
    }

    func run() async throws {
        let (experimentResults, _) = try results.load()
        let estimator = GapEstimator(options: GapOptions(resamples: resamples, seed: seed))
        let estimates = estimator.estimates(experimentResults, byBenchmark: byBenchmark)
        print(GapFormatter.render(estimates, experiment: experimentResults.name, format: format, byBenchmark: byBenchmark),
              terminator: "")
    }
}
