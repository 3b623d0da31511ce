// TeacherResponseLengths: how long every teacher of the lab writes, per problem family, for one data configuration —
// the measure a generation budget is derived from, so that no arm of a gap is cut where its teacher would not be.
// Lengths are in characters: one token each with `train.tokenizer: chars`, an upper bound on the tokens with `words`.
import GapCore
import Synchronization

/// Lengths of one teacher's responses to one family's problems, and of those problems' prompts.
public struct ResponseLengths: Sendable, Hashable, Codable {
    /// `short`, `long`, `large` or `small`.
    public var teacher: String
    /// `gsm`, `math` or `amc`.
    public var family: String
    /// Responses measured (training draws kept by rejection sampling, plus the family's benchmark problems).
    public var count: Int
    /// The 99th percentile (nearest rank) and the longest response, in characters.
    public var p99: Int
    public var longest: Int
    /// The longest prompt plus response of a training example (`StudentPrompt` layout, without end-of-text).
    public var longestExample: Int

    public init(teacher: String, family: String, count: Int, p99: Int, longest: Int, longestExample: Int) {
        self.teacher = teacher; self.family = family; self.count = count; self.p99 = p99; self.longest = longest
        self.longestExample = longestExample
    }
}

/// Every teacher's response lengths for one data configuration, per family.
public struct LabResponseLengths: Sendable, Hashable {
    /// Sorted by family, then teacher.
    public var lengths: [ResponseLengths]
    /// Family → the longest student prompt among its training draws and benchmark problems, in characters.
    public var longestPrompt: [String: Int]

    /// The rows of `family`.
    public func rows(family: String) -> [ResponseLengths] { lengths.filter { $0.family == family } }
}

public enum TeacherResponseLengths {
    /// Every lab teacher answers the training problems of `data` drawn with each of `seeds` (as the training set
    /// builder draws them) and the held-out benchmark problems of each family; returns the lengths per teacher and
    /// family. Responses of the training draws count only when correct (the ones rejection sampling keeps); benchmark
    /// problems count whatever the answer. Deterministic: same inputs, same numbers. Only `data.source: synthetic`.
    public static func measure(data: DataConfiguration, seeds: [UInt64]) throws -> LabResponseLengths {
        guard data.source == "synthetic" else { throw LabError.unknownSource(data.source) }
        let key = MeasureKey(data: data, seeds: seeds)
        if let known = measured.withLock({ $0[key] }) { return known }
        let lengths = try measureAnew(data: data, seeds: seeds)
        measured.withLock { $0[key] = lengths }
        return lengths
    }

    /// Measured lengths by data settings and seeds: planning a grid asks for the same configuration more than once
    /// (to resolve budgets, then to describe them), and a measure draws every training problem of every seed.
    private struct MeasureKey: Hashable { var data: DataConfiguration; var seeds: [UInt64] }
    private static let measured = Mutex<[MeasureKey: LabResponseLengths]>([:])

    private static func measureAnew(data: DataConfiguration, seeds: [UInt64]) throws -> LabResponseLengths {
        var responses: [String: [String: [Int]]] = [:]  // family → teacher → lengths
        var examples: [String: [String: Int]] = [:]     // family → teacher → longest prompt + response
        var prompts: [String: Int] = [:]
        func add(family: String, teacher: String, prompt: Int, response: Int, trained: Bool) {
            responses[family, default: [:]][teacher, default: []].append(response)
            prompts[family] = max(prompts[family] ?? 0, prompt)
            if trained { examples[family, default: [:]][teacher] = max(examples[family]?[teacher] ?? 0, prompt + response) }
        }
        for seed in seeds {
            let candidates = try TrainingSetBuilder.syntheticCandidates(data: data, teachers: Teachers.names, seed: seed)
            let problems = try LabProblems.training(data: data, seed: seed)
            for (index, problem) in problems.enumerated() {
                let prompt = StudentPrompt.render(problem: problem.text).utf8.count
                for teacher in Teachers.names {
                    guard let response = candidates.correct[teacher]?[index] else { continue }
                    add(family: problem.family, teacher: teacher, prompt: prompt, response: response.utf8.count, trained: true)
                }
            }
        }
        for name in SyntheticBenchmarks.names {
            let problems = try SyntheticBenchmarks.problems(name: name)
            for teacher in Teachers.names {
                let errorRate = data.teachers[teacher]?.errorRate ?? Teachers.styles[teacher]!.defaultErrorRate
                var rng = SplitMix64(seed: 0).derived("benchmark-lengths:\(name):\(teacher)")
                for problem in problems {
                    let response = Teachers.solve(teacher: teacher, problem: problem, errorRate: errorRate, rng: &rng)
                    add(family: problem.family, teacher: teacher, prompt: StudentPrompt.render(problem: problem.text).utf8.count,
                        response: response.utf8.count, trained: false)
                }
            }
        }
        var rows: [ResponseLengths] = []
        for family in responses.keys.sorted() {
            for teacher in responses[family]!.keys.sorted() {
                let sorted = responses[family]![teacher]!.sorted()
                rows.append(ResponseLengths(
                    teacher: teacher, family: family, count: sorted.count, p99: nearestRank(sorted, 0.99),
                    longest: sorted.last ?? 0, longestExample: examples[family]?[teacher] ?? 0))
            }
        }
        return LabResponseLengths(lengths: rows, longestPrompt: prompts)
    }

    /// The nearest-rank percentile of ascending `sorted` values: the smallest value with at least `fraction` of the
    /// values at or below it (0 for no values).
    public static func nearestRank(_ sorted: [Int], _ fraction: Double) -> Int {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }
}
