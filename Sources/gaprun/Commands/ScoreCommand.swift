// `gaprun score`: score a predictions file against a benchmark and print accuracy with a 95% Wilson interval.
import ArgumentParser
import Foundation
import GapRun
import GapScore

struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Score model predictions on a benchmark.",
        discussion: """
        Predictions: generic JSONL (`id` or `idx`, plus `response`) or lm-evaluation-harness samples_*.jsonl
        (`doc_id`, `resps`, `filtered_resps`); matched to problems by id, by index, or by order.
        """)

    @Option(help: "Benchmark: \(BenchmarkRegistry.standard.names.joined(separator: ", ")).") var benchmark: String
    @Option(help: "The benchmark's JSONL file (defaults to the synthetic benchmark's committed file).") var data: String?
    @Option(help: "Predictions JSONL.") var predictions: String
    @Option(help: "Scorer: \(ScorerRegistry.standard.names.joined(separator: ", ")).") var scorer = "gaprun"
    @Option(help: "Write per-item results (id, response, extracted, correct, reason) as JSONL here.") var items: String?
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
        guard let dataPath = data ?? definition.defaultDataFile else {
            throw ValidationError("--data is required for \(benchmark) (\(definition.summary))")
        }
        let chosenScorer = try ScorerRegistry.standard.scorer(named: scorer)
        let benchmarkItems = try definition.loadItems(path: dataPath)
        let read = try Scoring.readPredictions(path: predictions)
        let result = try Scoring.score(benchmark: definition, items: benchmarkItems, predictions: read,
                                       predictionsPath: predictions, scorer: chosenScorer)
        if let items {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            var out = Data()
            for item in result.items { out.append(try encoder.encode(item)); out.append(0x0A) }
            guard FileManager.default.createFile(atPath: items, contents: out) else { throw CLIError("cannot write \(items)") }
        }
        let summary = result.summary
        print(String(format: "%@ %@ (%@): accuracy %.2f%% (%d/%d), 95%% CI [%.2f%%, %.2f%%]", benchmark, summary.scorer,
                     summary.scorerVersion, summary.accuracy * 100, summary.correct, summary.count, summary.lower * 100, summary.upper * 100))
        if let database {
            let runName = name ?? URL(fileURLWithPath: predictions).deletingPathExtension().lastPathComponent
            try ScoreRecording.record(result, benchmark: benchmark, name: runName, mix: mix, seed: seed, experiment: experiment,
                                      databasePath: database)
            print("recorded \(summary.count) items as run `\(runName)` (mix \(mix), seed \(seed)) in \(database)")
        }
    }
}
