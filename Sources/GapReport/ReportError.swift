// ReportError: why a table, plot or report cannot be rendered from the given results.

/// Rendering failures, each saying what is missing, where, and what to do.
public enum ReportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No experiment of that name (nil: no experiment at all) is in the database.
    case unknownExperiment(name: String?, database: String, known: [String])
    /// The results database file does not exist.
    case databaseNotFound(path: String)
    /// A `--gap` argument is not `NAME=TREATMENT:BASELINE`.
    case badGapArgument(String)
    /// `rsvg-convert` failed or is missing.
    case pngExportFailed(path: String, reason: String)
    /// The experiment has no completed run.
    case noCompletedRuns(experiment: String)
    /// A table or plot needs a gap definition the experiment does not have.
    case missingGap(name: String, experiment: String, available: [String])
    /// The mix-weight plot found no run whose mix gives the teacher a weight.
    case noMixWeights(teacher: String, experiment: String, teachers: [String])
    /// Every run that the mix-weight plot can use gives the teacher the same weight: there is no curve to draw.
    case singleMixWeight(teacher: String, experiment: String)
    /// The training-curves plot found no curve.
    case noTrainingCurves(experiment: String)
    /// `--scorer` names a scorer that judged none of the experiment's runs.
    case unknownScorer(name: String, experiment: String, known: [String])

    public var description: String {
        switch self {
        case .unknownExperiment(let name, let database, let known):
            let list = known.isEmpty ? "" : " (it has: " + known.map { "`\($0)`" }.joined(separator: ", ") + ")"
            if let name { return "no experiment `\(name)` in \(database)\(list) (hint: drop --experiment or pick one of these)" }
            return "no experiments in \(database) (hint: run `gaprun sweep GRID` or `gaprun import FILE.csv` first, or pass --db)"
        case .databaseNotFound(let path):
            return "no results database at \(path) (hint: run `gaprun sweep GRID` or `gaprun import FILE.csv`, or pass --db PATH)"
        case .badGapArgument(let text):
            return "bad gap `\(text)` (hint: write NAME=TREATMENT:BASELINE with mix names, e.g. long=long:short)"
        case .pngExportFailed(let path, let reason):
            return "could not write PNG \(path): \(reason) (hint: install librsvg2-bin for rsvg-convert, or write .svg)"
        case .noCompletedRuns(let experiment):
            return "experiment `\(experiment)` has no completed runs (hint: `gaprun status` shows what ran; "
                + "`gaprun import` adds published numbers)"
        case .missingGap(let name, let experiment, let available):
            let known = available.isEmpty ? "none" : available.map { "`\($0)`" }.joined(separator: ", ")
            return "experiment `\(experiment)` defines no gap named `\(name)` (it has: \(known)) "
                + "(hint: add it under `gaps:` in the grid, or `gaprun import --gap \(name)=TREATMENT:BASELINE`)"
        case .noMixWeights(let teacher, let experiment, let teachers):
            let known = teachers.isEmpty ? "none" : teachers.map { "`\($0)`" }.joined(separator: ", ")
            return "no mix of experiment `\(experiment)` weights teacher `\(teacher)` (teachers seen: \(known)) "
                + "(hint: pass --teacher NAME)"
        case .singleMixWeight(let teacher, let experiment):
            return "every usable mix of experiment `\(experiment)` gives teacher `\(teacher)` the same weight "
                + "(hint: sweep mixes with several weights, e.g. mix_weights {\(teacher): 0.2, …}, or pass --teacher NAME)"
        case .unknownScorer(let name, let experiment, let known):
            return "no run of experiment `\(experiment)` is judged by `\(name)` (hint: judged by "
                + known.map { "`\($0)`" }.joined(separator: ", ") + "; `gaprun rescore --scorer \(name)` adds its judgments)"
        case .noTrainingCurves(let experiment):
            return "experiment `\(experiment)` has no training curves (imported runs have none; "
                + "hint: plot an in-process sweep)"
        }
    }
}
