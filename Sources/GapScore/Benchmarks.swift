// The benchmark registry: each benchmark's JSONL fields, where its gold comes from, its prompt, stop strings and policy.
import Foundation
import GapCore

/// One problem of a benchmark, ready to prompt and to judge.
public struct BenchmarkItem: Sendable {
    /// The item id (the file's id field, else the 0-based line index).
    public var id: String
    /// The problem text.
    public var problem: String
    /// The prompt a model sees (the paper's prompt, or `StudentPrompt` for synthetic benchmarks).
    public var prompt: String
    /// The gold answer as text.
    public var gold: String
    /// An item.
    public init(id: String, problem: String, prompt: String, gold: String) {
        self.id = id; self.problem = problem; self.prompt = prompt; self.gold = gold
    }
}

/// A registered benchmark: how to read its file, its paper prompt, stop strings and default answer policy.
public struct BenchmarkDefinition: Sendable {
    /// The registry name, e.g. `math500`.
    public var name: String
    /// The default answer policy for this benchmark.
    public var policy: AnswerPolicy
    /// Generation stops at any of these.
    public var stopStrings: [String]
    /// Repo-relative default data file (synthetic benchmarks), or nil when the user supplies the file.
    public var defaultDataFile: String?
    /// One line of description: the source and where the gold comes from.
    public var summary: String
    let problemField: String
    let makeGold: @Sendable (_ line: BenchmarkLine) -> String?
    let makeId: @Sendable (_ line: BenchmarkLine, _ index: Int) -> String
    let makePrompt: @Sendable (_ problem: String) -> String

    /// Reads the benchmark's JSONL file; a bad line throws `ScoreError.badLine` with `path:line`.
    public func loadItems(path: String) throws -> [BenchmarkItem] {
        let file: JSONLinesFile
        do { file = try JSONLinesFile(path: path) } catch let error as FileError {
            throw ScoreError.unreadable(path: path, hint: "\(error.message); `gaprun score --data` takes the benchmark's JSONL file")
        }
        var items: [BenchmarkItem] = []
        // GapCore's line reader reads each line in place and builds only the members a benchmark reads, with the values
        // JSONSerialization gave (the last of a duplicated key winning; numbers as NSNumber prints them).
        do { try file.forEachObject { json in
            let object = BenchmarkLine(json)
            guard let problem = json.string(problemField) else {
                throw ScoreError.badLine(path: path, line: json.number, message: "no string field '\(problemField)'",
                                         hint: "is this a \(name) file? its problems are in '\(problemField)'")
            }
            guard let gold = makeGold(object), !gold.isEmpty else {
                throw ScoreError.badLine(path: path, line: json.number, message: "no gold answer", hint: summary)
            }
            items.append(BenchmarkItem(id: makeId(object, items.count), problem: problem, prompt: makePrompt(problem), gold: gold))
        } } catch let error as FileError {   // a line that is not one JSON object
            throw ScoreError.badLine(path: path, line: error.line ?? 0, message: "not a JSON object", hint: "each line must be one {…} object")
        }
        return items
    }
}

/// The registered benchmarks: the paper's six and the synthetic lab's three.
public struct BenchmarkRegistry: Sendable {
    /// The registered benchmarks, in registry order.
    public let benchmarks: [BenchmarkDefinition]
    /// A registry of `benchmarks`.
    public init(benchmarks: [BenchmarkDefinition]) { self.benchmarks = benchmarks }

    /// The registered names.
    public var names: [String] { benchmarks.map(\.name) }

    /// The benchmark called `named`; throws `ScoreError.unknownBenchmark` with the nearest name and the list.
    public func benchmark(named: String) throws -> BenchmarkDefinition {
        if let found = benchmarks.first(where: { $0.name == named }) { return found }
        throw ScoreError.unknownBenchmark(name: named, nearest: nearestName(named, in: names), available: names)
    }

    /// The paper's prompt for AIME, AMC, OlympiadBench and MATH-500 (lm-eval task YAMLs of the paper repository).
    public static func paperPrompt(_ problem: String) -> String {
        "Solve the following math problem. Present the final answer in the format: Final Answer: \\boxed{your_answer}.\nProblem: \(problem)\nAnswer:"
    }
    /// The paper's prompt for the full MATH subtasks ("…problem and present…").
    public static func fullMathPrompt(_ problem: String) -> String {
        "Solve the following math problem and present the final answer in the format: Final Answer: \\boxed{your_answer}.\nProblem: \(problem)\nAnswer:"
    }
    static let mathStops = ["Problem:"]
    static let gsm8kStops = ["Q:", "</s>", "<|im_end|>", "<|eot_id|>", "<|start_header_id|>user<|end_header_id|>"]

    /// GSM8K's gold: the text after the last `#### `, thousands commas removed.
    static func gsm8kGold(_ answer: String) -> String? {
        guard let range = answer.range(of: "#### ", options: .backwards) else { return nil }
        return answer[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: ",", with: "")
    }

    static func identifier(_ object: BenchmarkLine, _ keys: [String], _ index: Int) -> String {
        for key in keys { if let value = object.text(key) { return value } }
        return String(index)
    }

    public static let standard = BenchmarkRegistry(benchmarks: [
        BenchmarkDefinition(
            name: "gsm8k", policy: .gsm8k, stopStrings: gsm8kStops, defaultDataFile: nil,
            summary: "GSM8K test (openai/grade-school-math): gold is the text after the last '#### ' of 'answer'",
            problemField: "question", makeGold: { $0.text("answer").flatMap(gsm8kGold) },
            makeId: { identifier($0, ["idx", "id"], $1) }, makePrompt: { $0 }),
        BenchmarkDefinition(
            name: "math500", policy: .boxedMath, stopStrings: mathStops, defaultDataFile: nil,
            summary: "MATH-500 (prm800k split): gold is 'answer'",
            problemField: "problem", makeGold: { $0.text("answer") },
            makeId: { identifier($0, ["unique_id", "id"], $1) }, makePrompt: paperPrompt),
        BenchmarkDefinition(
            name: "math", policy: .boxedMath, stopStrings: mathStops, defaultDataFile: nil,
            summary: "full MATH test (5,000; user-supplied): gold is 'answer', else the last \\boxed{} of 'solution'",
            problemField: "problem",
            makeGold: { object in
                if let answer = object.text("answer") { return answer }
                guard let solution = object.text("solution") else { return nil }
                return AnswerExtractor.boxedAnswers(solution).last
            },
            makeId: { identifier($0, ["unique_id", "idx", "id"], $1) }, makePrompt: fullMathPrompt),
        BenchmarkDefinition(
            name: "aime24", policy: .boxedMath, stopStrings: mathStops, defaultDataFile: nil,
            summary: "AIME 2024: gold is 'answer', a string that may be zero-padded ('033')",
            problemField: "problem", makeGold: { $0.text("answer") },
            makeId: { identifier($0, ["id"], $1) }, makePrompt: paperPrompt),
        BenchmarkDefinition(
            name: "amc23", policy: { var policy = AnswerPolicy.boxedMath; policy.goldIsFloat = true; return policy }(),
            stopStrings: mathStops, defaultDataFile: nil,
            summary: "AMC 2023: gold is 'answer', a JSON float such as 27.0",
            problemField: "problem", makeGold: { $0.pythonFloat("answer") },
            makeId: { identifier($0, ["id"], $1) }, makePrompt: paperPrompt),
        BenchmarkDefinition(
            name: "olympiadbench", policy: .boxedMath, stopStrings: mathStops, defaultDataFile: nil,
            summary: "OlympiadBench OE_TO_maths_en_COMP: gold is final_answer[0] (often $…$; several answers when is_multiple_answer)",
            problemField: "question",
            makeGold: { $0.firstElementText("final_answer") },
            makeId: { identifier($0, ["id"], $1) }, makePrompt: paperPrompt),
        synthetic("gsm-synth", policy: .gsm8k, summary: "synthetic GSM-like lab problems; solutions end with '#### N'"),
        synthetic("math-synth", policy: .boxedOnly, summary: "synthetic MATH-like lab problems; solutions end with 'Final Answer: \\boxed{…}'"),
        synthetic("amc-synth", policy: .boxedOnly, summary: "synthetic AMC-like lab problems; solutions end with 'Final Answer: \\boxed{…}'"),
    ])

    static func synthetic(_ name: String, policy: AnswerPolicy, summary: String) -> BenchmarkDefinition {
        BenchmarkDefinition(
            name: name, policy: policy, stopStrings: StudentPrompt.stopStrings, defaultDataFile: "benchmarks-data/\(name).jsonl",
            summary: summary + "; gold is 'answer'", problemField: "problem", makeGold: { $0.text("answer") },
            makeId: { identifier($0, ["id"], $1) }, makePrompt: { StudentPrompt.render(problem: $0) })
    }
}

/// One line of a benchmark file, as the registry's gold and id rules read it: each member is built only when asked for,
/// with the value `JSONSerialization` gave before (the last of a duplicated key; a number or boolean as `NSNumber`
/// prints it). Valid only inside `JSONLinesFile.forEachObject`'s body, like the line it wraps.
struct BenchmarkLine {
    let json: JSONObjectLine
    init(_ json: JSONObjectLine) { self.json = json }

    /// A string as is, a number as `NSNumber.stringValue`, a boolean as `1` or `0`; nil for anything else.
    func text(_ key: String) -> String? {
        guard let field = json.field(key) else { return nil }
        return Self.text(json.value(field))
    }

    /// The first element of an array member, as `text` reads it.
    func firstElementText(_ key: String) -> String? {
        guard let field = json.field(key), field.kind == .array, let first = json.value(field).array?.first else { return nil }
        return Self.text(first)
    }

    /// A string as is; a number (or boolean) as Python prints a float: `27.0`, `-1.0`, `0.5`.
    func pythonFloat(_ key: String) -> String? {
        guard let field = json.field(key) else { return nil }
        let double: Double
        switch json.value(field) {
        case .string(let text): return text
        case .bool(let flag): double = flag ? 1 : 0
        case .number(let literal):
            guard let value = Double(literal) else { return nil }
            double = value
        default: return nil
        }
        if double == double.rounded(), abs(double) < 1e15 { return "\(Int(double)).0" }
        return "\(double)"
    }

    static func text(_ value: JSONValue) -> String? {
        if case .bool(let flag) = value { return flag ? "1" : "0" }
        return value.text
    }
}
