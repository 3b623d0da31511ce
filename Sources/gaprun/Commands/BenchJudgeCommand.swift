// `gaprun bench judge`: judgments per second of a scorer on the dev corpus (one thread), its slowest single input, and
// the slowest of the adversarial pairs (inputs built to be slow to judge).
import ArgumentParser
import Foundation
import GapScore

struct BenchJudgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "judge", abstract: "Judgments per second on the dev corpus, one thread.")

    @Option(help: "Pairs JSONL to time.") var corpus = "../shared/eval-cases/answer-equivalence-dev.jsonl"
    @Option(help: "Scorer to time.") var scorer = "gaprun"
    @Option(help: "How many passes over the corpus.") var repeats = 20

    func run() async throws {
        let chosenScorer = try ScorerRegistry.standard.scorer(named: scorer)
        let pairs = try PairJudging.readPairs(path: corpus)
        guard !pairs.isEmpty else { throw CLIError("\(corpus) has no pairs") }
        _ = PairJudging.time(pairs, scorer: chosenScorer, policy: .standard, repetitions: 1)   // warm caches
        let timing = PairJudging.time(pairs, scorer: chosenScorer, policy: .standard, repetitions: repeats)
        let slowest = pairs[timing.slowestIndex]
        let slowestId = slowest.id ?? "line \(slowest.line)"
        print(String(format: "%@: %d judgments in %.3f s = %.0f judgments/s (one thread); %.0f judgments per CPU-second",
                     chosenScorer.name, timing.judgments, timing.seconds, timing.judgmentsPerSecond, timing.judgmentsPerCPUSecond))
        print(String(format: "slowest single input (its fastest of the repeats): %.3f ms (%@, %d characters)", timing.slowestSeconds * 1000, slowestId,
                     slowest.prediction.count + slowest.gold.count))
        let adversarial = AdversarialPairs.all
        let hard = PairJudging.time(adversarial, scorer: chosenScorer, policy: .standard, repetitions: 3)
        let hardest = adversarial[hard.slowestIndex]
        print(String(format: "slowest of %d adversarial inputs (its fastest of 3): %.3f ms (%@, %d characters)", adversarial.count,
                     hard.slowestSeconds * 1000, hardest.id ?? "?", hardest.prediction.count + hardest.gold.count))
    }
}
