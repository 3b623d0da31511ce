// `gaprun judge`: judge (prediction, gold) pairs from a JSONL file; one output line per input line, in input order,
// and the summary on standard error (or as JSON with --json, or in a file with --summary).
import ArgumentParser
import Foundation
import GapCore
import GapScore

struct JudgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge", abstract: "Judge (prediction, gold) pairs from a JSONL file.",
        discussion: """
        Each input line needs `prediction` and `gold`; its other members (`id`, `expected`, …) are carried through as \
        written. Each output line is the input line plus `correct`, `extracted` and `reason`: exactly one output line \
        per input line, in input order, so the output joins line by line with the input. The summary (count, \
        agreement with `expected` when present, speed) goes to standard error.
        """)

    @Option(help: "JSONL file of {\"prediction\": …, \"gold\": …} lines ('-': standard input).") var pairs: String
    @Option(help: "Scorer: \(ScorerRegistry.standard.names.joined(separator: ", ")).") var scorer = "gaprun"
    @Option(help: "Use this benchmark's default answer policy (e.g. gsm8k, math500).") var benchmark: String?
    @Option(help: "Named answer policy: \(AnswerPolicy.named.keys.sorted().joined(separator: ", ")).") var policy: String?
    @Option(help: "Write the output lines here ('-' or omitted: standard output).") var output: String?
    @Flag(help: "Print the summary on standard error as one JSON object instead of a sentence.") var json = false
    @Option(help: "Also write the summary as a JSON object to this file.") var summary: String?

    func validate() throws {
        if summary == "-" && (output ?? "-") == "-" {
            throw ValidationError("'--summary -' and the output lines would both go to standard output; name a file for one of them")
        }
    }

    func run() async throws {
        let start = ContinuousClock.now
        let chosenScorer = try ScorerRegistry.standard.scorer(named: scorer)
        var chosenPolicy = AnswerPolicy.standard
        if let benchmark { chosenPolicy = try BenchmarkRegistry.standard.benchmark(named: benchmark).policy }
        if let policy {
            guard let named = AnswerPolicy.named[policy] else {
                throw ValidationError("unknown policy '\(policy)'; available: \(AnswerPolicy.named.keys.sorted().joined(separator: ", "))")
            }
            chosenPolicy = named
        }
        let input = try PairJudging.readFile(pairs)
        let destination = try OutputFile(path: output ?? "-")
        let result = try PairJudging.judge(input, scorer: chosenScorer, policy: chosenPolicy) { writer in
            try destination.write(writer.bytes)
        }
        try destination.commit()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let summaryJSON = ScoreJSON.summary(result, seconds: seconds)
        if let summary { try OutputFile.write(summaryJSON + "\n", to: summary) }
        if json {
            FileHandle.standardError.write(Data((summaryJSON + "\n").utf8))
        } else {
            var text = String(format: "judged %d pairs: %d correct (%.2f%%)", result.count, result.correct,
                              result.count > 0 ? 100 * Double(result.correct) / Double(result.count) : 0)
            if let agreement = result.agreement {
                text += String(format: "; agreement with expected %.2f%% (%d pairs have it)", agreement * 100, result.withExpected)
            }
            text += String(format: "; %@ %@; %.0f lines/s end to end, %.0f judgments/s judging only\n", result.scorer,
                           result.scorerVersion, seconds > 0 ? Double(result.count) / seconds : 0, result.judgmentsPerSecond)
            FileHandle.standardError.write(Data(text.utf8))
        }
    }
}
