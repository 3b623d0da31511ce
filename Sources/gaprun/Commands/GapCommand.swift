// `gaprun gap`: Δ per student and gap definition with a 95% interval, as text, Markdown, CSV or JSON.
// Also defines the --db/--experiment options shared by the gap, table, plot and report commands.
import ArgumentParser
import Foundation
import GapReport
import GapRun

/// Where the results are: the database file and the experiment in it.
struct ResultsOptions: ParsableArguments {
    @Option(name: .long, help: "Results database (SQLite).")
    var db: String = "results.sqlite"

    @Option(name: .long, help: "Experiment name (default: the most recently updated one).")
    var experiment: String?

    /// Opens the database and loads the experiment's completed runs; says on stderr which experiment was picked
    /// when several exist and none was named.
    func load() throws -> (results: ExperimentResults, info: ExperimentInfo) {
        let store = try ReportData.openStore(path: db)
        let loaded = try ReportData.load(store: store, experiment: experiment, databaseLabel: db)
        let count = try store.experiments().count
        if experiment == nil && count > 1 {
            let note = "note: using experiment `\(loaded.results.name)`, the most recently updated of \(count) in \(db) "
                + "(pick another with --experiment)\n"
            FileHandle.standardError.write(Data(note.utf8))
        }
        return loaded
    }
}

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
