// The glue between the results database and the renderers: store rows → GapReport values, CSV import, and writing
// plots (SVG, PNG through rsvg-convert when installed) and the Markdown report with its figures beside it.
import Foundation
import GapCore
import GapReport
import GapStore

/// Loads report inputs from a database and writes report files. The CLI's gap/table/plot/import/report commands call this.
public enum ReportData {
    /// Opens an existing results database read-only: never creates, migrates or changes it (a typo in --db should not
    /// yield an empty report, and reading must not change the file).
    public static func openStore(path: String) throws -> ResultStore {
        guard FileManager.default.fileExists(atPath: path) else { throw ReportError.databaseNotFound(path: path) }
        return try ResultStore.openReadOnly(path: path)
    }

    /// One experiment's completed runs as report values (nil: the most recently updated experiment), with what the
    /// database knows about it.
    ///
    /// When the same responses were judged by several scorers (`gaprun rescore`, or a grid whose scorer changed),
    /// one scorer's judgments are used: `scorer`, else `gaprun` when present, else the first by name; `note` receives a
    /// line saying which. Of several judgments by one scorer (e.g. an older judge version) the latest counts.
    public static func load(store: ResultStore, experiment: String?, databaseLabel: String, scorer: String? = nil,
                            note: (String) -> Void = { _ in }) throws -> (results: ExperimentResults, info: ExperimentInfo) {
        guard var snapshot = try store.reportSnapshot(experiment: experiment) else {
            throw ReportError.unknownExperiment(name: experiment, database: databaseLabel,
                                                known: try store.experiments().map(\.name))
        }
        let selection = try selectRuns(snapshot, scorer: scorer)
        if let line = selection.note { note(line) }
        snapshot = snapshot.keeping(selection.runIDs)
        return (results(snapshot),
                ExperimentInfo(source: snapshot.experiment.source, gridPath: snapshot.experiment.gridPath,
                               gridText: snapshot.experiment.gridText, statusCounts: snapshot.statusCounts))
    }

    /// The runs a table uses (see `load`): one scorer's judgments where the same responses were judged by several,
    /// the latest of one scorer's; `note` says which scorer when the experiment has several.
    static func selectRuns(_ snapshot: ReportSnapshot, scorer: String?) throws -> (runIDs: Set<Int64>, note: String?) {
        let scorers = Set(snapshot.runs.compactMap(\.scorer))
        // An experiment with no judged run yet (its jobs still queued, say) has nothing to filter: no error.
        if let scorer, !scorers.isEmpty {
            guard scorers.contains(scorer) else {
                throw ReportError.unknownScorer(name: scorer, experiment: snapshot.experiment.name, known: scorers.sorted())
            }
        }
        let chosen = scorer ?? (scorers.contains("gaprun") ? "gaprun" : scorers.sorted().first)
        var latest: [String: Int64] = [:]  // generation id + scorer → latest run (runs come in recording order)
        var scorersOfGeneration: [String: Set<String>] = [:]
        for run in snapshot.runs {
            guard let generation = run.generationHash else { continue }
            latest[generation + "\u{0}" + (run.scorer ?? "")] = run.runID
            scorersOfGeneration[generation, default: []].insert(run.scorer ?? "")
        }
        let kept = snapshot.runs.filter { run in
            if let generation = run.generationHash, latest[generation + "\u{0}" + (run.scorer ?? "")] != run.runID { return false }
            if scorer != nil { return run.scorer == scorer || run.scorer == "import" }
            if let generation = run.generationHash, scorersOfGeneration[generation, default: []].count > 1 {
                return run.scorer == chosen
            }
            return true
        }
        if kept.count != snapshot.runs.count || scorer != nil, scorers.count > 1, let chosen {
            let others = scorers.subtracting([chosen]).sorted().map { "`\($0)`" }.joined(separator: ", ")
            return (Set(kept.map(\.runID)),
                    "note: scores judged by `\(chosen)` (the experiment also has \(others); pick with --scorer)")
        }
        return (Set(kept.map(\.runID)), nil)
    }

    /// Converts a snapshot into GapReport values.
    public static func results(_ snapshot: ReportSnapshot) -> ExperimentResults {
        let scores = Dictionary(grouping: snapshot.benchmarks, by: \.runID)
        let items = Dictionary(grouping: snapshot.predictions, by: \.runID)
        let curves = Dictionary(grouping: snapshot.curves, by: \.runID)
        let runs = snapshot.runs.map { row in
            var run = RunResult(student: row.student, studentSize: row.studentSize, swept: row.swept, mix: row.mix, seed: row.seed,
                      source: row.source,
                      scores: (scores[row.runID] ?? []).map {
                          BenchmarkScore(benchmark: $0.benchmark, correct: $0.correct, total: $0.total, accuracy: $0.accuracy,
                                         budgetHits: $0.budgetHits)
                      },
                      items: Dictionary(grouping: items[row.runID] ?? [], by: \.benchmark).mapValues { rows in
                          rows.map { ItemVerdict(problemID: $0.problemID, correct: $0.correct) }
                      },
                      mixWeights: mixWeights(configJSON: row.configJSON, mix: row.mix),
                      curve: (curves[row.runID] ?? []).map { LossPoint(step: $0.step, loss: $0.loss, validationLoss: $0.validationLoss) },
                      wallSeconds: row.wallSeconds)
            let eval = (try? JSONSerialization.jsonObject(with: Data(row.configJSON.utf8)) as? [String: Any])?["eval"] as? [String: Any]
            run.generationBudget = (eval?["max_new_tokens"] as? NSNumber)?.intValue
            run.allowsShortBudget = (eval?["allow_short_budget"] as? Bool) ?? false
            return run
        }
        return ExperimentResults(name: snapshot.experiment.name, runs: runs,
                                 gaps: snapshot.gaps)
    }

    /// Teacher weights of a run's mix: the JobSpec's `mix_weights`; else pairs `teacher_weight` in the mix name
    /// (`Mix-Long_long_0.2_short_0.8` → long 0.2, short 0.8); else the mix itself with weight 1 (`long` → long 1).
    public static func mixWeights(configJSON: String, mix: String) -> [String: Double] {
        if let object = try? JSONSerialization.jsonObject(with: Data(configJSON.utf8)) as? [String: Any],
           let weights = object["mix_weights"] as? [String: Any] {
            let numbers = weights.compactMapValues { ($0 as? NSNumber)?.doubleValue }
            if !numbers.isEmpty { return numbers }
        }
        let tokens = mix.split(separator: "_").map(String.init)
        var fromName: [String: Double] = [:]
        var index = 0
        while index + 1 < tokens.count {
            if let weight = Double(tokens[index + 1]), Double(tokens[index]) == nil {
                fromName[tokens[index]] = weight
                index += 2
            } else {
                index += 1
            }
        }
        return fromName.isEmpty ? [mix: 1] : fromName
    }

    // MARK: - Import

    /// Parses `--gap NAME=TREATMENT:BASELINE` arguments.
    public static func gapArguments(_ arguments: [String]) throws -> [GapDefinition] {
        try arguments.map { argument in
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else { throw ReportError.badGapArgument(argument) }
            let mixes = parts[1].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard mixes.count == 2, !mixes[0].isEmpty, !mixes[1].isEmpty else { throw ReportError.badGapArgument(argument) }
            return GapDefinition(name: parts[0], treatment: mixes[0], baseline: mixes[1])
        }
    }

    /// Imports a CSV file into the database at `databasePath` (created when missing). The experiment is `name`, or the
    /// file's stem. With no gaps, existing definitions stay, or the defaults `long = long:short`,
    /// `large = large-teacher:small-teacher` apply.
    public static func importCSV(path: String, databasePath: String, experiment name: String?,
                                 gaps: [GapDefinition]) throws -> ImportSummary {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw FileError(path: path, message: "cannot read the file: \(error.localizedDescription)",
                            hint: "check the path; the file must be UTF-8 CSV")
        }
        let rows = try ResultImportCSV.parse(text, path: path)
        let store = try ResultStore(path: databasePath)
        let url = URL(fileURLWithPath: path)
        return try store.importResults(rows, experiment: name ?? url.deletingPathExtension().lastPathComponent,
                                       fileName: url.lastPathComponent, gaps: gaps.isEmpty ? nil : gaps)
    }

    // MARK: - Files

    /// Writes `svg` to `path`; when `path` ends in `.png`, converts with rsvg-convert instead (the SVG goes beside it).
    /// With `alsoPNG`, an `.svg` path also gets a `.png` twin when rsvg-convert is installed. Returns the files written.
    @discardableResult
    public static func writeFigure(_ svg: String, to path: String, alsoPNG: Bool) throws -> [String] {
        let url = URL(fileURLWithPath: path)
        if url.pathExtension.lowercased() == "png" {
            let svgPath = url.deletingPathExtension().appendingPathExtension("svg").path
            try OutputFile.write(svg, to: svgPath, allowStandardOutput: false)
            try convertToPNG(svgPath: svgPath, pngPath: path)
            return [svgPath, path]
        }
        try OutputFile.write(svg, to: path)
        if alsoPNG, rsvgConvertPath() != nil {
            let pngPath = url.deletingPathExtension().appendingPathExtension("png").path
            try convertToPNG(svgPath: path, pngPath: pngPath)
            return [path, pngPath]
        }
        return [path]
    }

    /// The rsvg-convert executable on PATH, if any.
    public static func rsvgConvertPath() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/rsvg-convert" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func convertToPNG(svgPath: String, pngPath: String) throws {
        guard let tool = rsvgConvertPath() else {
            throw ReportError.pngExportFailed(path: pngPath, reason: "rsvg-convert is not on PATH")
        }
        let output = try run(tool, ["--zoom", "2", "--background-color", "white", "-o", pngPath, svgPath])
        if output.status != 0 { throw ReportError.pngExportFailed(path: pngPath, reason: output.errorText) }
    }

    static func run(_ tool: String, _ arguments: [String], directory: String? = nil) throws
        -> (status: Int32, text: String, errorText: String) {
        let output = try runSubprocess(tool, arguments, directory: directory)
        return (output.status, output.stdout.trimmingCharacters(in: .whitespacesAndNewlines),
                output.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The environment section's facts: what produced the experiment's runs (their provenance tags, grouped), and
    /// the version, embedded source commit (`"unknown"`: none) and machine of the gaprun writing the report, and the time.
    public static func environment(store: ResultStore, experiment: String, scorer: String? = nil,
                                   gaprunVersion: String, sourceCommit: String) throws -> ReportEnvironment {
        let info = ProcessInfo.processInfo
        let memory = String(format: "%.1f GiB", Double(info.physicalMemory) / 1_073_741_824)
        let machine = "\(info.hostName) (\(info.operatingSystemVersionString); \(info.activeProcessorCount) cores; \(memory))"
        let formatter = ISO8601DateFormatter()
        return ReportEnvironment(gaprunVersion: gaprunVersion, gitCommit: sourceCommit == "unknown" ? nil : sourceCommit,
                                 machine: machine, generatedAt: formatter.string(from: Date()),
                                 runPlatforms: try runPlatforms(store: store, experiment: experiment, scorer: scorer))
    }

    /// The completed runs of `experiment` (nil: all) grouped by how they were produced, largest group first. With
    /// an experiment, only the runs its tables use (`scorer` as for `load`).
    public static func runPlatforms(store: ResultStore, experiment: String?, scorer: String? = nil) throws
        -> [(platform: RunPlatform, runs: Int)] {
        var counts: [RunPlatform: Int] = [:]
        var order: [RunPlatform] = []
        var used: Set<Int64>?
        if let experiment, let snapshot = try store.reportSnapshot(experiment: experiment) {
            used = try selectRuns(snapshot, scorer: scorer).runIDs
        }
        for row in try store.runProvenance(experiment: experiment) where used?.contains(row.runID) ?? true {
            let t = row.tags
            let cpu = t["cpu_model_name"].map { name in
                name + ((t["cpu_family"]).map { " (family \($0), model \(t["cpu_model"] ?? "?"))" } ?? "")
            }
            let platform = RunPlatform(gaprunVersion: t["gaprun_version"], commit: t["gaprun_commit"],
                                       binary: t["binary_sha256"], cpu: cpu, blasCore: t["blas_core"], threads: t["threads"])
            if counts[platform] == nil { order.append(platform) }
            counts[platform, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }.sorted { $0.1 > $1.1 }
    }

    /// Writes the Markdown report to `path` and its figures beside it (`<stem>-<plot>.svg`, plus `.png` with `png`).
    /// Figures that cannot be drawn (e.g. no curves for imported runs) are listed in the report with the reason.
    /// Returns the files written.
    @discardableResult
    public static func writeReport(_ results: ExperimentResults, info: ExperimentInfo, environment: ReportEnvironment,
                                   to path: String, teacher: String = "long", png: Bool = false,
                                   estimator: GapEstimator = GapEstimator()) throws -> [String] {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let stem = url.deletingPathExtension().lastPathComponent
        let plots = Plots(estimator: estimator)
        var written: [String] = []
        var figures: [ReportFigure] = []
        for kind in PlotKind.allCases {
            do {
                let svg = try plots.svg(kind, results, teacher: teacher)
                let name = "\(stem)-\(kind.rawValue).svg"
                written += try writeFigure(svg, to: directory.appendingPathComponent(name).path, alsoPNG: png)
                figures.append(ReportFigure(kind: kind, file: name))
            } catch let error as ReportError {
                figures.append(ReportFigure(kind: kind, file: nil, missingReason: error.description))
            }
        }
        let text = MarkdownReport(estimator: estimator).render(results, info: info, environment: environment, figures: figures)
        try OutputFile.write(text, to: path, allowStandardOutput: false)
        return [path] + written
    }
}
