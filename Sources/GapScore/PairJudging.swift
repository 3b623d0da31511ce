// Judging (prediction, gold) pairs from JSONL, and timing the judge: the library behind `gaprun judge` and `gaprun bench judge`.
// Lines are read and written with GapCore's JSON reader and writer: with JSONSerialization, JSON would take over 95%
// of the time.
import Foundation
import GapCore

/// One (prediction, gold) pair read from a pairs file, with the line's other members carried through as JSON text.
public struct JudgePair: Sendable {
    /// The model's response.
    public var prediction: String
    /// The gold answer (a JSON number is turned into text as Foundation prints it: `27.0`, `1000.0`).
    public var gold: String
    /// The expected verdict, when the file has one.
    public var expected: Bool?
    /// The line's `id` (a string or number), when it has one.
    public var id: String?
    /// 1-based line number in the pairs file.
    public var line: Int
    /// Every member of the input line as written (`"id": "a","gold": 3`), in input order, except `correct`,
    /// `extracted` and `reason`, which the judge writes; of a duplicated key only the last member is kept.
    public var carried: [UInt8]
}

/// The summary of a judged pairs file.
public struct PairSummary: Sendable, Codable {
    /// Pairs judged.
    public var count: Int
    /// Pairs judged correct.
    public var correct: Int
    /// Agreement with `expected` over the pairs that have it (nil when none do).
    public var agreement: Double?
    /// Pairs that carry `expected`.
    public var withExpected: Int
    /// Judging speed, judging time only (one thread).
    public var judgmentsPerSecond: Double
    /// The scorer's name.
    public var scorer: String
    /// The scorer's version.
    public var scorerVersion: String
}

/// Reading, judging and timing (prediction, gold) pairs.
public enum PairJudging {
    /// Appends the members of `line` that its output line carries, as written (raw bytes, never decoded): every one
    /// but the verdict keys and members shadowed by a later one of the same key, as `"key":value` joined by commas.
    static func appendCarried(_ line: JSONObjectLine, to bytes: inout [UInt8]) {
        line.appendMembers(to: &bytes, dropping: verdictKeys)
    }

    /// The members the judge writes; an input member of one of these names is replaced.
    static let verdictKeys: [StaticString] = ["correct", "extracted", "reason"]

    /// The pair on one line of a pairs file: it needs `prediction` (a string) and `gold` (a string or a number).
    public static func pair(from line: JSONObjectLine) throws -> JudgePair {
        var pair = try uncarriedPair(from: line)
        pair.carried.reserveCapacity(line.bytes.count)
        appendCarried(line, to: &pair.carried)
        return pair
    }

    /// `pair(from:)` without `carried` (empty): the streaming judge copies the members straight to its output.
    static func uncarriedPair(from line: JSONObjectLine) throws -> JudgePair {
        let read = try streamedPair(from: line)
        return JudgePair(prediction: read.prediction, gold: read.gold, expected: read.expected, id: line.text("id"),
                         line: line.number, carried: [])
    }

    /// What the streaming judge reads of a line: `prediction`, `gold` and `expected` (the last member of each name, as
    /// `JSONObjectLine.field` finds it), found in one pass over the members; `id` is not decoded (nothing uses it).
    static func streamedPair(from line: JSONObjectLine) throws -> (prediction: String, gold: String, expected: Bool?) {
        var prediction: Int?, gold: Int?, expected: Int?
        for index in line.fields.indices {
            let field = line.fields[index]
            if field.hasKey("prediction") { prediction = index }
            else if field.hasKey("gold") { gold = index }
            else if field.hasKey("expected") { expected = index }
        }
        guard let prediction = prediction.flatMap({ line.string(line.fields[$0]) }) else {
            throw ScoreError.badLine(path: line.path, line: line.number, message: "no string field 'prediction'",
                                     hint: "each line needs 'prediction' and 'gold'")
        }
        guard let gold = gold.flatMap({ line.text(line.fields[$0]) }) else {
            throw ScoreError.badLine(path: line.path, line: line.number, message: "no field 'gold' (string or number)",
                                     hint: "each line needs 'prediction' and 'gold'")
        }
        return (prediction, gold, expected.flatMap { line.bool(line.fields[$0]) })
    }

    /// Reads a pairs JSONL file (`-` is standard input); see `pair(from:)`.
    public static func readPairs(path: String) throws -> [JudgePair] {
        var pairs: [JudgePair] = []
        try readFile(path).forEachObject { pairs.append(try pair(from: $0)) }
        return pairs
    }

    /// The pairs file, or `ScoreError.unreadable` with a hint.
    public static func readFile(_ path: String) throws -> JSONLinesFile {
        do { return try JSONLinesFile(path: path) } catch let error as FileError {
            throw ScoreError.unreadable(path: path, hint: "\(error.message); pass a JSONL file of {\"prediction\": …, \"gold\": …} lines with --pairs")
        }
    }

    /// Appends the output line of `pair`: its carried members, then `correct`, `extracted` and `reason`, and `\n`.
    public static func write(_ pair: JudgePair, _ judgment: Judgment, into writer: inout JSONWriter) {
        writer.raw("{")
        writer.raw(pair.carried)
        writeVerdict(judgment, first: pair.carried.isEmpty, into: &writer)
    }

    /// Appends `"correct":…,"extracted":…,"reason":…` (after a comma unless `first`), `}` and `\n`.
    static func writeVerdict(_ judgment: Judgment, first: Bool, into writer: inout JSONWriter) {
        writer.raw(first ? "\"correct\":" : ",\"correct\":")
        writer.bool(judgment.correct)
        writer.raw(",\"extracted\":")
        writer.string(orNull: judgment.extracted)
        writer.raw(",\"reason\":")
        writer.string(judgment.reason)
        writer.raw("}\n")
    }

    /// Counts verdicts and judging time for the summary.
    struct Tally {
        var count = 0, correct = 0, agreed = 0, withExpected = 0
        var judging = Duration.zero

        mutating func add(_ pair: JudgePair, _ judgment: Judgment, took: Duration) {
            add(expected: pair.expected, judgment, took: took)
        }

        mutating func add(expected: Bool?, _ judgment: Judgment, took: Duration) {
            count += 1
            if judgment.correct { correct += 1 }
            if let expected { withExpected += 1; if expected == judgment.correct { agreed += 1 } }
            judging += took
        }

        func summary(scorer: any Scorer) -> PairSummary {
            let seconds = Double(judging.components.seconds) + Double(judging.components.attoseconds) * 1e-18
            return PairSummary(count: count, correct: correct,
                               agreement: withExpected > 0 ? Double(agreed) / Double(withExpected) : nil, withExpected: withExpected,
                               judgmentsPerSecond: seconds > 0 ? Double(count) / seconds : 0,
                               scorer: scorer.name, scorerVersion: scorer.version)
        }
    }

    /// Judges every line of `file` in order and hands the output lines (one per input line, JSONL) to `emit` in
    /// pieces of about `chunkBytes`; `emit` must consume `writer.bytes` (the caller writes them out). One pass,
    /// one thread: memory stays at the input file plus one piece.
    public static func judge(_ file: JSONLinesFile, scorer: any Scorer, policy: AnswerPolicy, chunkBytes: Int = 1 << 20,
                             emit: (inout JSONWriter) throws -> Void) throws -> PairSummary {
        let clock = ContinuousClock()
        var tally = Tally()
        var writer = JSONWriter(capacity: chunkBytes + (1 << 16))
        try file.forEachObject { line in
            let pair = try streamedPair(from: line)
            let before = clock.now
            let judgment = scorer.judge(response: pair.prediction, gold: pair.gold, policy: policy)
            tally.add(expected: pair.expected, judgment, took: clock.now - before)
            // As `write(_:_:into:)`, with the carried members copied from the line into the output directly.
            writer.raw("{")
            let start = writer.bytes.count
            appendCarried(line, to: &writer.bytes)
            writeVerdict(judgment, first: writer.bytes.count == start, into: &writer)
            if writer.bytes.count >= chunkBytes {
                try emit(&writer)
                writer.bytes.removeAll(keepingCapacity: true)
            }
        }
        if !writer.bytes.isEmpty { try emit(&writer) }
        return tally.summary(scorer: scorer)
    }

    /// Judges every pair; returns one JSONL output line per pair (without its newline) and the summary.
    public static func judge(_ pairs: [JudgePair], scorer: any Scorer, policy: AnswerPolicy) -> (lines: [Data], summary: PairSummary) {
        let clock = ContinuousClock()
        var tally = Tally()
        var lines: [Data] = []
        lines.reserveCapacity(pairs.count)
        for pair in pairs {
            let before = clock.now
            let judgment = scorer.judge(response: pair.prediction, gold: pair.gold, policy: policy)
            tally.add(pair, judgment, took: clock.now - before)
            var writer = JSONWriter()
            write(pair, judgment, into: &writer)
            lines.append(Data(writer.bytes.dropLast()))
        }
        return (lines, tally.summary(scorer: scorer))
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
