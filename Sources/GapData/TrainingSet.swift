// Distillation sets: every teacher in a mix (and its pair partner) solves the same problems, rejection sampling
// keeps correct final answers, pairs keep only problems both solved, then one response per problem is drawn
// from teacher t with probability w_t (`combine: sample`) or all kept responses are concatenated (`union`).
import GapCore

/// One training example: a problem and one teacher's response to it.
public struct LabExample: Sendable, Codable, Hashable {
    public var problemId: String
    public var problem: String
    public var response: String
    /// `short`, `long`, `large`, `small`, or an external file's teacher name.
    public var teacher: String

    public init(problemId: String, problem: String, response: String, teacher: String) {
        self.problemId = problemId; self.problem = problem; self.response = response; self.teacher = teacher
    }
}

/// Rejection-sampling counts and length statistics of one teacher's kept responses (before mixing).
public struct TeacherStats: Sendable, Codable, Hashable {
    public var teacher: String
    /// Responses with a correct final answer that survive pairing: the teacher's distillation set.
    public var kept: Int
    /// Responses whose final answer was wrong (rejection sampling).
    public var rejected: Int
    /// Correct responses dropped because the pair partner failed that problem (`data.paired`).
    public var unpaired: Int
    /// Mean and median response length in characters, over kept responses.
    public var meanCharacters: Double
    public var medianCharacters: Double
    /// Mean reasoning lines per kept response: non-empty lines except the final-answer line.
    public var meanSteps: Double

    public init(teacher: String, kept: Int, rejected: Int, unpaired: Int = 0, meanCharacters: Double,
                medianCharacters: Double, meanSteps: Double) {
        self.teacher = teacher; self.kept = kept; self.rejected = rejected; self.unpaired = unpaired
        self.meanCharacters = meanCharacters; self.medianCharacters = medianCharacters; self.meanSteps = meanSteps
    }
}

/// A built training set: the examples in order, and per-teacher statistics.
public struct TrainingSet: Sendable {
    public var examples: [LabExample]
    public var stats: [TeacherStats]

    public init(examples: [LabExample], stats: [TeacherStats]) { self.examples = examples; self.stats = stats }
}

/// Built-in mixes and weight parsing.
public enum Mixes {
    /// The paper's single-teacher sets and 0.2/0.8 mixes.
    public static let standardMixes: [String: [String: Double]] = [
        "short": ["short": 1], "long": ["long": 1],
        "large-teacher": ["large": 1], "small-teacher": ["small": 1],
        "mix-long": ["long": 0.2, "short": 0.8], "mix-large": ["large": 0.2, "small": 0.8],
    ]

    /// `long=0.2,short=0.8` as a weight map (not yet validated against teachers).
    public static func parseWeights(_ text: String) throws -> [String: Double] {
        var weights: [String: Double] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, let weight = Double(parts[1].trimmingSpaces), !parts[0].trimmingSpaces.isEmpty,
                  weights[String(parts[0].trimmingSpaces)] == nil else { throw LabError.malformedWeights(text) }
            weights[String(parts[0].trimmingSpaces)] = weight
        }
        if weights.isEmpty { throw LabError.malformedWeights(text) }
        return weights
    }

    /// A built-in mix by name.
    public static func named(_ name: String) throws -> [String: Double] {
        guard let mix = standardMixes[name] else { throw LabError.unknownMix(name, known: standardMixes.keys.sorted()) }
        return mix
    }

    /// Checks that weights are finite, non-negative and sum to 1 (tolerance 1e-6); `known` lists valid teachers.
    static func validate(_ mix: [String: Double], known: [String]) throws {
        if mix.isEmpty { throw LabError.emptyMix }
        for name in mix.keys.sorted() {
            if !known.contains(name) { throw LabError.unknownTeacher(name, known: known) }
            let weight = mix[name]!
            if !weight.isFinite || weight < 0 || weight > 1 { throw LabError.invalidWeight(teacher: name, weight: weight) }
        }
        let sum = mix.keys.sorted().reduce(0.0) { $0 + mix[$1]! }
        if abs(sum - 1) > 1e-6 { throw LabError.weightsDoNotSumToOne(sum: sum, weights: mix) }
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}

/// Builds training sets from the synthetic lab or from external JSONL, deterministically from a seed.
public enum TrainingSetBuilder {
    /// Built-in mixes (same as `Mixes.standardMixes`): short, long, large-teacher, small-teacher, mix-long, mix-large.
    public static let standardMixes = Mixes.standardMixes

    /// The training set for `mix` under `data`. Same inputs, same bytes. Throws `LabError` on bad settings,
    /// unknown teachers, weights not summing to 1, or malformed external files (nothing partial is returned).
    public static func build(data: DataConfiguration, mix: [String: Double], seed: UInt64) throws -> TrainingSet {
        guard data.combine == "sample" || data.combine == "union" else { throw LabError.unknownCombine(data.combine) }
        switch data.source {
        case "synthetic":
            try Mixes.validate(mix, known: Teachers.names)
            let candidates = try syntheticCandidates(data: data, teachers: teachersNeeded(mix: mix, paired: data.paired), seed: seed)
            return combine(candidates, data: data, mix: mix, seed: seed)
        case "jsonl":
            try Mixes.validate(mix, known: data.files.keys.sorted().isEmpty ? Teachers.names : data.files.keys.sorted())
            let candidates = try ExternalTrainingData.candidates(data: data, mixTeachers: mix.keys.sorted(), teachers: teachersNeeded(mix: mix, paired: data.paired))
            return combine(candidates, data: data, mix: mix, seed: seed)
        default:
            throw LabError.unknownSource(data.source)
        }
    }

    /// The mix's teachers plus, when paired, their partners (external teachers without a known partner stand alone).
    static func teachersNeeded(mix: [String: Double], paired: Bool) -> [String] {
        var names = Set(mix.keys)
        if paired { for name in mix.keys { if let partner = Teachers.styles[name]?.partner { names.insert(partner) } } }
        return names.sorted()
    }

    /// Problems and every needed teacher's responses, before pairing and mixing.
    struct Candidates {
        /// (id, text) in problem order.
        var problems: [(id: String, text: String)]
        /// teacher → problem index → response, for correct responses only.
        var correct: [String: [Int: String]]
        /// teacher → number of rejected (wrong) responses.
        var rejected: [String: Int]
    }

    /// Checks the difficulty settings and families, draws the problems, and lets each teacher answer all of them.
    static func syntheticCandidates(data: DataConfiguration, teachers: [String], seed: UInt64) throws -> Candidates {
        if data.problems < 1 { throw LabError.invalidSetting(key: "problems", value: String(data.problems), hint: "use at least 1") }
        if data.minSteps < 1 { throw LabError.invalidSetting(key: "min_steps", value: String(data.minSteps), hint: "use at least 1") }
        if data.maxSteps < data.minSteps || data.maxSteps > 8 {
            throw LabError.invalidSetting(key: "max_steps", value: String(data.maxSteps), hint: "use min_steps...8")
        }
        if data.maxNumber < 5 || data.maxNumber > 1000 {
            throw LabError.invalidSetting(key: "max_number", value: String(data.maxNumber), hint: "use 5...1000")
        }
        if data.families.isEmpty { throw LabError.invalidSetting(key: "families", value: "[]", hint: "list gsm, math and/or amc") }
        for family in data.families where !ProblemFamilies.names.contains(family) {
            throw LabError.unknownFamily(family, known: ProblemFamilies.names)
        }
        var errorRates: [String: Double] = [:]
        for name in data.teachers.keys.sorted() {
            guard let style = Teachers.styles[name] else { throw LabError.unknownTeacher(name, known: Teachers.names) }
            if let rate = data.teachers[name]?.errorRate, !(rate >= 0 && rate < 1) {
                throw LabError.invalidSetting(key: "teachers.\(style.name).error_rate", value: String(rate), hint: "use a value in [0, 1)")
            }
        }
        for name in teachers { errorRates[name] = data.teachers[name]?.errorRate ?? Teachers.styles[name]!.defaultErrorRate }

        let problems = try LabProblems.training(data: data, seed: seed)
        var correct: [String: [Int: String]] = [:]
        var rejected: [String: Int] = [:]
        let base = SplitMix64(seed: seed)
        for name in teachers {
            var rng = base.derived("teacher:\(name)")
            var kept: [Int: String] = [:]
            kept.reserveCapacity(problems.count)
            var wrong = 0
            for (index, problem) in problems.enumerated() {
                let response = Teachers.solve(teacher: name, problem: problem, errorRate: errorRates[name]!, rng: &rng)
                if FinalAnswer.extract(from: response, family: problem.family) == problem.answer { kept[index] = response }
                else { wrong += 1 }
            }
            correct[name] = kept
            rejected[name] = wrong
        }
        return Candidates(problems: problems.map { ($0.id, $0.text) }, correct: correct, rejected: rejected)
    }

    /// Pairing, statistics and the final draw (shared by the synthetic and JSONL sources).
    static func combine(_ candidates: Candidates, data: DataConfiguration, mix: [String: Double], seed: UInt64) -> TrainingSet {
        let teachers = candidates.correct.keys.sorted()
        var usable = candidates.correct
        if data.paired {
            for name in teachers {
                guard let partner = Teachers.styles[name]?.partner, let partnerSolved = candidates.correct[partner] else { continue }
                usable[name] = candidates.correct[name]!.filter { partnerSolved[$0.key] != nil }
            }
        }
        let stats = teachers.map { name in
            statistics(teacher: name, responses: usable[name]!.keys.sorted().map { usable[name]![$0]! },
                       rejected: candidates.rejected[name] ?? 0, unpaired: candidates.correct[name]!.count - usable[name]!.count)
        }
        let mixTeachers = mix.keys.sorted().filter { mix[$0]! > 0 }
        var examples: [LabExample] = []
        if data.combine == "union" {
            for (index, problem) in candidates.problems.enumerated() {
                for name in mixTeachers {
                    if let response = usable[name]![index] {
                        examples.append(LabExample(problemId: problem.id, problem: problem.text, response: response, teacher: name))
                    }
                }
            }
        } else {
            var rng = SplitMix64(seed: seed).derived("mix")
            for (index, problem) in candidates.problems.enumerated() {
                let draw = rng.nextDouble()
                var cumulative = 0.0
                var chosen = mixTeachers[mixTeachers.count - 1]
                for name in mixTeachers {
                    cumulative += mix[name]!
                    if draw < cumulative { chosen = name; break }
                }
                // A drawn teacher without a usable response drops the problem (never happens for paired mixes).
                if let response = usable[chosen]![index] {
                    examples.append(LabExample(problemId: problem.id, problem: problem.text, response: response, teacher: chosen))
                }
            }
        }
        return TrainingSet(examples: examples, stats: stats)
    }

    static func statistics(teacher: String, responses: [String], rejected: Int, unpaired: Int) -> TeacherStats {
        let lengths = responses.map { Double($0.utf8.count) }.sorted()
        let steps = responses.map { Double(LabText.reasoningLines($0)) }
        let mean = lengths.isEmpty ? 0 : lengths.reduce(0, +) / Double(lengths.count)
        let median: Double
        if lengths.isEmpty { median = 0 }
        else if lengths.count % 2 == 1 { median = lengths[lengths.count / 2] }
        else { median = (lengths[lengths.count / 2 - 1] + lengths[lengths.count / 2]) / 2 }
        return TeacherStats(teacher: teacher, kept: responses.count, rejected: rejected, unpaired: unpaired,
                            meanCharacters: mean, medianCharacters: median,
                            meanSteps: steps.isEmpty ? 0 : steps.reduce(0, +) / Double(steps.count))
    }
}

/// Text measures shared by statistics and tests.
public enum LabText {
    /// Non-empty lines of a response except its final-answer line (`#### N` or `Final Answer: …`).
    public static func reasoningLines(_ response: String) -> Int {
        response.split(separator: "\n").filter { line in
            !line.allSatisfy { $0 == " " } && !line.hasPrefix("#### ") && !line.hasPrefix("Final Answer:")
        }.count
    }

    /// True when every character is `\n` or printable ASCII 32...126 (the students' whole vocabulary).
    public static func isStudentVocabulary(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x0A || (0x20...0x7E).contains($0) }
    }
}

/// Training problem draws for the synthetic source.
enum LabProblems {
    /// `data.problems` problems from `data.families`, never repeating a problem of the default benchmarks or of the
    /// benchmarks generated at `data`'s difficulty.
    static func training(data: DataConfiguration, seed: UInt64) throws -> [LabProblem] {
        var rng = SplitMix64(seed: seed).derived("problems")
        let difficulty = ProblemDifficulty(data: data)
        let reserved = try SyntheticBenchmarks.reservedTexts(for: difficulty)
        var problems: [LabProblem] = []
        problems.reserveCapacity(data.problems)
        for index in 0..<data.problems {
            let family = data.families[rng.index(data.families.count)]
            var attempts = 0
            var problem = ProblemFamilies.generate(family: family, difficulty: difficulty, rng: &rng)
            while reserved.contains(problem.text) {
                attempts += 1
                if attempts > 1000 { throw LabError.problemSpaceExhausted(family: family) }
                problem = ProblemFamilies.generate(family: family, difficulty: difficulty, rng: &rng)
            }
            problem.id = "lab-\(index + 1)"
            problems.append(problem)
        }
        return problems
    }
}
