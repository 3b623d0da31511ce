// ResultsOptions: --db, --experiment and --scorer, shared by the gap, table, plot and report commands (read-only).
import ArgumentParser
import Foundation
import GapReport
import GapResults
import GapRun

/// Where the results are: the database file and the experiment in it.
struct ResultsOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Experiment name (default: the most recently updated one).")
    var experiment: String?

    @Option(name: .long, help: "Use the judgments of this scorer (e.g. paper-rule) where the same responses were judged by several.")
    var scorer: String?

    /// Opens the database read-only and loads the experiment's completed runs; says on stderr which experiment (and
    /// scorer) was picked when several exist and none was named.
    func load() throws -> (results: ExperimentResults, info: ExperimentInfo) {
        let store = try ReportData.openStore(path: database.path)
        let loaded = try ReportData.load(store: store, experiment: experiment, databaseLabel: database.path, scorer: scorer,
                                         note: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
        let count = try store.experiments().count
        if experiment == nil && count > 1 {
            let note = "note: using experiment `\(loaded.results.name)`, the most recently updated of \(count) in \(database.path) "
                + "(pick another with --experiment)\n"
            FileHandle.standardError.write(Data(note.utf8))
        }
        return loaded
    }
}
