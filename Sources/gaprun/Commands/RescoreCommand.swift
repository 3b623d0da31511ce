// `gaprun rescore`: re-judges the responses stored in a database with a scorer (default: each run's own, at this
// binary's judge version), recording each as a run of its own beside the original — nothing is trained or generated.
import ArgumentParser
import Foundation
import GapRun
import GapScore

struct RescoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rescore", abstract: "Re-judge the stored responses of completed runs.",
        discussion: """
        Each completed run with stored responses is judged again by --scorer (default: the scorer it was judged by, at \
        this gaprun's judge version). The judgments are recorded as a run of their own (stage `judge`, linked to the \
        same experiments), so the scores of two scorers sit side by side: `gaprun table … --scorer paper-rule`. Runs \
        already judged by that scorer and judge version are left alone, and so are runs no experiment holds any more \
        (a later sweep of their grid replaced them). Nothing is trained or generated.
        """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The scorer to judge with (default: each run's own).")
    var scorer: String?

    @Option(help: "Only the runs of this experiment.")
    var experiment: String?

    func validate() throws {
        if let scorer, !ScorerRegistry.standard.names.contains(scorer) {
            throw ValidationError("--scorer must be one of \(ScorerRegistry.standard.names.joined(separator: ", ")) (got '\(scorer)')")
        }
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: database.path) else {
            throw CLIError("\(database.path): no such database (hint: `gaprun sweep GRID --db \(database.path)` first)")
        }
        let summary = try Rescoring.rescore(databasePath: database.path, scorer: scorer, experiment: experiment,
                                            dataSearchRoots: DataRoots.defaults(gridPath: nil)) { line in print(line) }
        print("rescore: \(summary.judged) run(s) judged, \(summary.upToDate) already judged so, \(summary.skipped) skipped"
              + (summary.failed > 0 ? ", \(summary.failed) failed" : ""))
        if summary.failed > 0 { throw ExitCode.failure }
    }
}
