// `gaprun judge`: judge (prediction, gold) pairs from a JSONL file; one output line per pair plus a summary line.
import ArgumentParser
import Foundation
import GapScore

struct JudgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge", abstract: "Judge (prediction, gold) pairs from a JSONL file.",
        discussion: """
        Each input line needs `prediction` and `gold`; other fields (`id`, `expected`, …) are carried through.
        Each output line adds `correct`, `extracted` and `reason`; a final `summary` line gives the count, the agreement
        with `expected` when present, and judgments per second.
        """)

    @Option(help: "JSONL file of {\"prediction\": …, \"gold\": …} lines.") var pairs: String
    @Option(help: "Scorer: \(ScorerRegistry.standard.names.joined(separator: ", ")).") var scorer = "gaprun"
    @Option(help: "Use this benchmark's default answer policy (e.g. gsm8k, math500).") var benchmark: String?
    @Option(help: "Named answer policy: \(AnswerPolicy.named.keys.sorted().joined(separator: ", ")).") var policy: String?
    @Option(help: "Write the output lines here instead of standard output.") var output: String?

    func run() async throws {
        let chosenScorer = try ScorerRegistry.standard.scorer(named: scorer)
        var chosenPolicy = AnswerPolicy.standard
        if let benchmark { chosenPolicy = try BenchmarkRegistry.standard.benchmark(named: benchmark).policy }
        if let policy {
            guard let named = AnswerPolicy.named[policy] else {
                throw ValidationError("unknown policy '\(policy)'; available: \(AnswerPolicy.named.keys.sorted().joined(separator: ", "))")
            }
            chosenPolicy = named
        }
        let input = try PairJudging.readPairs(path: pairs)
        let (lines, summary) = PairJudging.judge(input, scorer: chosenScorer, policy: chosenPolicy)
        var summaryObject: [String: Any] = [
            "count": summary.count, "correct": summary.correct, "judgments_per_second": (summary.judgmentsPerSecond * 10).rounded() / 10,
            "scorer": summary.scorer, "scorer_version": summary.scorerVersion,
        ]
        if let agreement = summary.agreement { summaryObject["agreement"] = agreement; summaryObject["with_expected"] = summary.withExpected }
        let summaryLine = try JSONSerialization.data(withJSONObject: ["summary": summaryObject], options: [.sortedKeys])
        var out = Data()
        for line in lines { out.append(line); out.append(0x0A) }
        out.append(summaryLine); out.append(0x0A)
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: out) else { throw CLIError("cannot write \(output)") }
            print(String(decoding: summaryLine, as: UTF8.self))
        } else {
            FileHandle.standardOutput.write(out)
        }
    }
}
