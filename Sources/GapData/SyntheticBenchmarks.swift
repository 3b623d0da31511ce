// The held-out synthetic benchmarks gsm-synth, math-synth and amc-synth: 300 fixed-seed problems each,
// committed as benchmarks-data/<name>.jsonl. Training problems never repeat a benchmark problem's text:
// the training generator redraws any problem found in `reservedTexts`.
import GapCore

/// One benchmark item: an id, the problem text and the exact canonical gold answer.
public struct SyntheticBenchmarkItem: Sendable, Codable, Hashable {
    /// `gsm-synth-0001` …
    public var id: String
    public var problem: String
    /// `17`, `\frac{3}{4}`, `x=5` (only when the problem asks for the equation), `2x+3`.
    public var answer: String
}

/// The synthetic benchmark registry and its generator.
public enum SyntheticBenchmarks {
    /// Benchmark names: `gsm-synth`, `math-synth`, `amc-synth`.
    public static let names = ["gsm-synth", "math-synth", "amc-synth"]
    /// Items per benchmark.
    public static let itemCount = 300

    /// Fixed seeds and families. Changing either changes the committed files (bump `labVersion`).
    static let definitions: [String: (family: String, seed: UInt64)] = [
        "gsm-synth": ("gsm", 0x6773_6D2D_7379_6E74),
        "math-synth": ("math", 0x6D61_7468_2D73_796E),
        "amc-synth": ("amc", 0x616D_632D_7379_6E74),
    ]

    /// Mixed difficulty: the training defaults (1–2 steps, numbers up to 9), so easy one-step items are included.
    static let difficulty = ProblemDifficulty()

    /// The family (`gsm`, `math`, `amc`) whose answer format a benchmark uses.
    public static func family(name: String) throws -> String {
        guard let definition = definitions[name] else { throw LabError.unknownBenchmark(name, known: names) }
        return definition.family
    }

    /// The benchmark's 300 items, regenerated from its fixed seed (no duplicate problem texts).
    public static func generate(name: String) throws -> [SyntheticBenchmarkItem] {
        try problems(name: name).map { SyntheticBenchmarkItem(id: $0.id, problem: $0.text, answer: $0.answer) }
    }

    static func problems(name: String) throws -> [LabProblem] {
        guard let definition = definitions[name] else { throw LabError.unknownBenchmark(name, known: names) }
        var rng = SplitMix64(seed: definition.seed)
        var seen: Set<String> = []
        var problems: [LabProblem] = []
        while problems.count < itemCount {
            var problem = ProblemFamilies.generate(family: definition.family, difficulty: difficulty, rng: &rng)
            guard seen.insert(problem.text).inserted else { continue }
            problem.id = paddedIdentifier(problems.count + 1, prefix: "\(name)-")
            problems.append(problem)
        }
        return problems
    }

    /// The committed file's exact bytes: one `{"id": …, "problem": …, "answer": …}` line per item, keys in that order.
    public static func jsonl(name: String) throws -> String {
        try generate(name: name).map { item in
            "{\"id\": \(JSONText.quote(item.id)), \"problem\": \(JSONText.quote(item.problem)), \"answer\": \(JSONText.quote(item.answer))}\n"
        }.joined()
    }

    /// Every benchmark problem text; training generation redraws problems whose text is in this set.
    static let reservedTexts: Set<String> = {
        var texts: Set<String> = []
        for name in names { for problem in (try? problems(name: name)) ?? [] { texts.insert(problem.text) } }
        return texts
    }()
}

/// `prefix` followed by `number` zero-padded to four digits, e.g. `gsm-synth-0007`.
func paddedIdentifier(_ number: Int, prefix: String) -> String {
    let digits = String(number)
    return prefix + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
