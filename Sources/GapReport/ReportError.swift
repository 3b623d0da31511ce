// ReportError: why a table, plot or report cannot be rendered from the given results.

/// Rendering failures, each saying what is missing, where, and what to do.
public enum ReportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The experiment has no completed run.
    case noCompletedRuns(experiment: String)
    /// A table or plot needs a gap definition the experiment does not have.
    case missingGap(name: String, experiment: String, available: [String])
    /// The mix-weight plot found no run whose mix gives the teacher a weight.
    case noMixWeights(teacher: String, experiment: String, teachers: [String])
    /// The training-curves plot found no curve.
    case noTrainingCurves(experiment: String)

    public var description: String {
        switch self {
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
        case .noTrainingCurves(let experiment):
            return "experiment `\(experiment)` has no training curves (imported runs have none; "
                + "hint: plot an in-process sweep)"
        }
    }
}
