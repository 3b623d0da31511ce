// Judging (prediction, gold) pairs from JSONL, and timing the judge: the library behind `gaprun judge` and `gaprun bench judge`.
import Foundation
import GapCore

/// One (prediction, gold) pair read from a pairs file, with the whole original object carried through.
public struct JudgePair: @unchecked Sendable {
    /// The model's response.
    public var prediction: String
    /// The gold answer (a JSON number is turned into text).
    public var gold: String
    /// The expected verdict, when the file has one.
    public var expected: Bool?
    /// The original JSON object (other fields such as `id` are written back out unchanged).
    public var fields: [String: Any]
}

/// The summary line of a judged pairs file.
public struct PairSummary: Sendable, Codable {
    /// Pairs judged.
    public var count: Int
    /// Pairs judged correct.
    public var correct: Int
    /// Agreement with `expected` over the pairs that have it (nil when none do).
    public var agreement: Double?
    /// Pairs that carry `expected`.
    public var withExpected: Int
    /// Judging speed over the whole file (one thread).
    public var judgmentsPerSecond: Double
    /// The scorer's name.
    public var scorer: String
    /// The scorer's version.
    public var scorerVersion: String
}

/// Reading, judging and timing (prediction, gold) pairs.
public enum PairJudging {
    /// Reads a pairs JSONL file: each line needs `prediction` and `gold` (a string or a number).
    public static func readPairs(path: String) throws -> [JudgePair] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScoreError.unreadable(path: path, hint: "pass a JSONL file of {\"prediction\": …, \"gold\": …} lines with --pairs")
        }
        return try JSONLines.split(data).map { line in
            guard let object = (try? JSONSerialization.jsonObject(with: line.bytes)) as? [String: Any] else {
                throw ScoreError.badLine(path: path, line: line.number, message: "not a JSON object", hint: "each line must be one {…} object")
            }
            guard let prediction = object["prediction"] as? String else {
                throw ScoreError.badLine(path: path, line: line.number, message: "no string field 'prediction'", hint: "each line needs 'prediction' and 'gold'")
            }
            guard let gold = BenchmarkRegistry.string(object["gold"]) else {
                throw ScoreError.badLine(path: path, line: line.number, message: "no field 'gold' (string or number)", hint: "each line needs 'prediction' and 'gold'")
            }
            return JudgePair(prediction: prediction, gold: gold, expected: object["expected"] as? Bool, fields: object)
        }
    }

    /// Judges every pair; returns one JSONL output line per pair (input fields plus `correct`, `extracted`, `reason`)
    /// and the summary.
    public static func judge(_ pairs: [JudgePair], scorer: any Scorer, policy: AnswerPolicy) -> (lines: [Data], summary: PairSummary) {
        let clock = ContinuousClock()
        var judgments: [Judgment] = []
        judgments.reserveCapacity(pairs.count)
        let elapsed = clock.measure {
            for pair in pairs { judgments.append(scorer.judge(response: pair.prediction, gold: pair.gold, policy: policy)) }
        }
        var lines: [Data] = []
        var agreed = 0, withExpected = 0
        for (pair, judgment) in zip(pairs, judgments) {
            var object = pair.fields
            object["correct"] = judgment.correct
            object["extracted"] = judgment.extracted ?? NSNull()
            object["reason"] = judgment.reason
            lines.append((try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8))
            if let expected = pair.expected { withExpected += 1; if expected == judgment.correct { agreed += 1 } }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let summary = PairSummary(count: pairs.count, correct: judgments.filter(\.correct).count,
                                  agreement: withExpected > 0 ? Double(agreed) / Double(withExpected) : nil, withExpected: withExpected,
                                  judgmentsPerSecond: seconds > 0 ? Double(pairs.count) / seconds : 0,
                                  scorer: scorer.name, scorerVersion: scorer.version)
        return (lines, summary)
    }

    /// Speed of the judge on `pairs`, repeated `repetitions` times on one thread, and the slowest single input.
    /// An input's cost is its fastest time over the repetitions, so that a pause of the shared machine is not
    /// mistaken for a slow input.
    public struct Timing: Sendable {
        /// Judgments made.
        public var judgments: Int
        /// Wall time of all judgments.
        public var seconds: Double
        /// Judgments per second.
        public var judgmentsPerSecond: Double
        /// The slowest input's fastest time.
        public var slowestSeconds: Double
        /// The slowest input's index in `pairs`.
        public var slowestIndex: Int
        /// CPU time of this thread over all judgments: on a shared machine, judgments per CPU-second is the stable figure.
        public var cpuSeconds: Double
        public var judgmentsPerCPUSecond: Double { cpuSeconds > 0 ? Double(judgments) / cpuSeconds : 0 }
    }

    /// This thread's CPU time in seconds.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    /// Times `scorer` on `pairs`; see `Timing`.
    public static func time(_ pairs: [JudgePair], scorer: any Scorer, policy: AnswerPolicy, repetitions: Int) -> Timing {
        let clock = ContinuousClock()
        var fastest = [Duration](repeating: .seconds(3600), count: pairs.count)
        var correct = 0
        let cpuStart = threadCPUSeconds()
        let start = clock.now
        for _ in 0..<max(1, repetitions) {
            for (index, pair) in pairs.enumerated() {
                let before = clock.now
                if scorer.judge(response: pair.prediction, gold: pair.gold, policy: policy).correct { correct += 1 }
                let took = clock.now - before
                if took < fastest[index] { fastest[index] = took }
            }
        }
        let total = clock.now - start
        let cpu = threadCPUSeconds() - cpuStart
        func seconds(_ duration: Duration) -> Double { Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18 }
        let count = pairs.count * max(1, repetitions)
        let slowestIndex = fastest.indices.max { fastest[$0] < fastest[$1] } ?? 0
        _ = correct
        return Timing(judgments: count, seconds: seconds(total), judgmentsPerSecond: Double(count) / max(seconds(total), 1e-12),
                      slowestSeconds: pairs.isEmpty ? 0 : seconds(fastest[slowestIndex]), slowestIndex: slowestIndex,
                      cpuSeconds: cpu)
    }
}
