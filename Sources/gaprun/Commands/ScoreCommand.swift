// `gaprun score`: score a predictions file against a whole benchmark and print accuracy with a 95% Wilson interval;
// items without a prediction count as wrong unless --allow-missing.
import ArgumentParser
import Foundation
import GapCore
import GapResults
import GapRun
import GapScore

struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Score model predictions on a benchmark.",
        discussion: """
        Predictions: generic JSONL (`id` or `idx`, plus `response`) or lm-evaluation-harness samples_*.jsonl
        (`doc_id`, `resps`, `filtered_resps`); matched to problems by id, by index, or by order. Every item of the
        benchmark counts: an item without a prediction is wrong and reported as missing. --allow-missing scores the
        answered items only, and every output says so.
        """)

    @Option(help: "Benchmark: \(BenchmarkRegistry.standard.names.joined(separator: ", ")).") var benchmark: String
    @Option(help: "The benchmark's JSONL file (defaults to the synthetic benchmark's committed file, found as `gaprun sweep` finds it).") var data: String?
    @Option(help: "Predictions JSONL ('-': standard input).") var predictions: String
    @Option(help: "Scorer: \(ScorerRegistry.standard.names.joined(separator: ", ")).") var scorer = "gaprun"
    @Flag(help: "Score answered items only (missing items are left out of the accuracy, and the outputs say so).")
    var allowMissing = false
    @Flag(help: "Print the summary as one JSON object (accuracy, interval, counts, missing, scorer, version).") var json = false
    @Option(help: "Write per-item results (id, response, extracted, correct, reason, missing) as JSONL here ('-': standard output; the summary then goes to standard error).")
    var items: String?
    @Option(name: .customLong("db"), help: "Record the run and every judged item in this results database.") var database: String?
    @Option(help: "Run name in the database (the model), e.g. Qwen2.5-3B-Instruct_Mix-Long; default: the predictions file's name.")
    var name: String?
    @Option(help: "Mix (training set) of the run, for gaps and tables.") var mix = "external"
    @Option(help: "Seed of the run.") var seed = 0
    @Option(help: "Experiment to record into.") var experiment = "score"

    func validate() throws {
        if database == nil && name != nil { throw ValidationError("'--name' needs '--db'") }
    }

    func run() async throws {
        let definition = try BenchmarkRegistry.standard.benchmark(named: benchmark)
        // Found as jobs find it, under the data roots (`$GAPRUN_DATA_DIR`, the working directory, the checkout gaprun
        // was built in); else the default file's relative path, so that the error names it.
        guard let dataPath = data ?? BenchmarkFiles.find(definition, searchRoots: DataRoots.defaults(gridPath: nil))
                ?? definition.defaultDataFile else {
            throw ValidationError("--data is required for \(benchmark) (\(definition.summary))")
        }
        let chosenScorer = try ScorerRegistry.standard.scorer(named: scorer)
        let benchmarkItems = try definition.loadItems(path: dataPath)
        let read = try Scoring.readPredictions(path: predictions)
        let result = try Scoring.score(benchmark: definition, items: benchmarkItems, predictions: read,
                                       predictionsPath: predictions, scorer: chosenScorer, answeredOnly: allowMissing)
        if let items {
            var writer = JSONWriter(capacity: 1 << 20)
            for item in result.items { ScoreJSON.write(item, into: &writer) }
            try OutputFile.write(writer.bytes, to: items)
        }
        let summary = result.summary
        // Standard output carries one thing: the item lines with `--items -`, else the summary.
        let report: (String) -> Void = { text in
            if items == "-" { FileHandle.standardError.write(Data((text + "\n").utf8)) } else { print(text) }
        }
        if json {
            report(ScoreJSON.summary(summary, benchmark: benchmark, predictions: predictions, data: dataPath))
        } else {
            var line = String(format: "%@ %@ (%@): accuracy %.2f%% (%d/%d), 95%% CI [%.2f%%, %.2f%%]", benchmark, summary.scorer,
                              summary.scorerVersion, summary.accuracy * 100, summary.correct, summary.count,
                              summary.lower * 100, summary.upper * 100)
            if summary.answeredOnly {
                line += "; answered items only (--allow-missing): \(summary.answered) of \(summary.benchmarkItems)"
                    + (summary.missing > 0 ? ", \(summary.missing) missing not counted" : "")
            } else if summary.missing > 0 {
                line += "; missing \(summary.missing) of \(summary.benchmarkItems) (counted wrong)"
            }
            report(line)
        }
        if summary.missing > 0 && !summary.answeredOnly {
            FileHandle.standardError.write(Data(("warning: \(summary.missing) of \(summary.benchmarkItems) \(benchmark) items have no "
                + "prediction in \(predictions); they count as wrong (--allow-missing scores answered items only)\n").utf8))
        }
        if let database {
            let runName = name ?? URL(fileURLWithPath: predictions).deletingPathExtension().lastPathComponent
            try ScoreRecording.record(result, benchmark: benchmark, name: runName, mix: mix, seed: seed, experiment: experiment,
                                      databasePath: database)
            let scope = summary.answeredOnly ? " (answered items only, --allow-missing)" : ""
            let message = "recorded \(summary.count) items\(scope) as run `\(runName)` (mix \(mix), seed \(seed)) in \(database)"
            if json { FileHandle.standardError.write(Data((message + "\n").utf8)) } else { report(message) }
        }
    }
}
