// The held-out synthetic benchmarks gsm-synth, math-synth and amc-synth: 300 fixed-seed problems each, at the
// training defaults committed as benchmarks-data/<name>.jsonl, at any other data difficulty regenerated at that
// difficulty from a seed derived from the benchmark's seed and the difficulty. Training problems never repeat a
// benchmark problem's text: the training generator redraws any problem found in `reservedTexts(for:)`.
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

    /// The benchmark's 300 items at the training defaults (the committed file), regenerated from its fixed seed
    /// (no duplicate problem texts).
    public static func generate(name: String) throws -> [SyntheticBenchmarkItem] {
        try generate(name: name, data: DataConfiguration())
    }

    /// The benchmark's 300 items at `data`'s difficulty (`min_steps`, `max_steps`, `max_number`): the committed
    /// set at the defaults, else a set drawn at that difficulty from `seed.derived(difficultyTag)`, with ids
    /// `<name>-<tag>-0001` so its answers can never be judged against another difficulty's gold.
    public static func generate(name: String, data: DataConfiguration) throws -> [SyntheticBenchmarkItem] {
        try problems(name: name, difficulty: ProblemDifficulty(data: data))
            .map { SyntheticBenchmarkItem(id: $0.id, problem: $0.text, answer: $0.answer) }
    }

    /// True when `data` has the training defaults' difficulty, whose benchmarks are the committed files.
    public static func isDefaultDifficulty(_ data: DataConfiguration) -> Bool {
        ProblemDifficulty(data: data) == difficulty
    }

    /// `s1-4-n99`: the difficulty in benchmark ids and file names (steps 1–4, operands up to 99).
    public static func difficultyTag(_ data: DataConfiguration) -> String {
        "s\(data.minSteps)-\(data.maxSteps)-n\(data.maxNumber)"
    }

    /// The file name a job writes the benchmark to: `gsm-synth.jsonl` at the defaults, `gsm-synth-s1-4-n99.jsonl`
    /// at another difficulty.
    public static func fileName(name: String, data: DataConfiguration) -> String {
        isDefaultDifficulty(data) ? "\(name).jsonl" : "\(name)-\(difficultyTag(data)).jsonl"
    }

    /// Most draws spent looking for 300 distinct problems before the difficulty is declared too small.
    static let drawsPerItem = 1000

    static func problems(name: String, difficulty: ProblemDifficulty = SyntheticBenchmarks.difficulty) throws -> [LabProblem] {
        guard let definition = definitions[name] else { throw LabError.unknownBenchmark(name, known: names) }
        let isDefault = difficulty == Self.difficulty
        var data = DataConfiguration()
        (data.minSteps, data.maxSteps, data.maxNumber) = (difficulty.minSteps, difficulty.maxSteps, difficulty.maxNumber)
        let tag = difficultyTag(data)
        var rng = isDefault ? SplitMix64(seed: definition.seed) : SplitMix64(seed: definition.seed).derived("difficulty \(tag)")
        let prefix = isDefault ? "\(name)-" : "\(name)-\(tag)-"
        var seen: Set<String> = []
        var problems: [LabProblem] = []
        var draws = 0
        while problems.count < itemCount {
            draws += 1
            if draws > drawsPerItem * itemCount { throw LabError.problemSpaceExhausted(family: definition.family) }
            var problem = ProblemFamilies.generate(family: definition.family, difficulty: difficulty, rng: &rng)
            guard seen.insert(problem.text).inserted else { continue }
            problem.id = paddedIdentifier(problems.count + 1, prefix: prefix)
            problems.append(problem)
        }
        return problems
    }

    /// The benchmark file's exact bytes: one `{"id": …, "problem": …, "answer": …}` line per item, keys in that
    /// order. At the defaults these are the committed file's bytes.
    public static func jsonl(name: String, data: DataConfiguration = DataConfiguration()) throws -> String {
        try generate(name: name, data: data).map { item in
            "{\"id\": \(JSONText.quote(item.id)), \"problem\": \(JSONText.quote(item.problem)), \"answer\": \(JSONText.quote(item.answer))}\n"
        }.joined()
    }

    /// Every default benchmark problem text.
    static let reservedTexts: Set<String> = {
        var texts: Set<String> = []
        for name in names { for problem in (try? problems(name: name)) ?? [] { texts.insert(problem.text) } }
        return texts
    }()

    /// The texts training at `difficulty` must not draw: the default benchmarks' and, at another difficulty, those
    /// of the benchmarks generated at that difficulty (the sets a job at that difficulty is scored on).
    static func reservedTexts(for difficulty: ProblemDifficulty) throws -> Set<String> {
        guard difficulty != Self.difficulty else { return reservedTexts }
        var texts = reservedTexts
        for name in names { for problem in try problems(name: name, difficulty: difficulty) { texts.insert(problem.text) } }
        return texts
    }
}

/// `prefix` followed by `number` zero-padded to four digits, e.g. `gsm-synth-0007`.
func paddedIdentifier(_ number: Int, prefix: String) -> String {
    let digits = String(number)
    return prefix + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
