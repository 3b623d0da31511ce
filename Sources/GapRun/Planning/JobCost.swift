// JobCost: what a planned job will cost, known before it runs — floating-point operations (to order jobs
// costliest first and to turn finished jobs' measured seconds into an ETA) and, for in-process jobs, the resident
// memory peak a Slurm request must cover. Built on the trainer's own arena sizes (GapTrain.ResourceEstimate).
import Foundation
import GapCore
import GapData
import GapModel
import GapTrain
import Synchronization

/// The estimated cost of one job.
public struct JobCost: Sendable, Hashable {
    /// Floating-point operations of the whole job (training + answering the benchmarks).
    public var operations: Double
    /// The training part of `operations` (a running job's step counter covers this part).
    public var trainingOperations: Double
    /// Estimated peak resident bytes of the worker process; nil for command jobs (their programs' memory is
    /// unknown to gaprun).
    public var peakBytes: Int?

    /// Resident bytes of a worker besides its arenas and training text: the Swift runtime, Foundation, OpenBLAS,
    /// the benchmarks and the answers (`gaprun bench train` peaks at about 28 MiB above its arenas; rounded up).
    public static let processBaseBytes = 48 << 20
    /// Bytes per character of training text kept while training: the lab's strings, the prompt/response copies
    /// and their Int32 tokens (1 + 1 + 1 + 4, rounded up).
    static let bytesPerTrainingCharacter = 8
    /// Problems per benchmark when eval.limit is unset: the synthetic sets have 300; others are assumed to be
    /// MATH-500 sized.
    static func itemCount(benchmark: String) -> Int {
        SyntheticBenchmarks.names.contains(benchmark) ? SyntheticBenchmarks.itemCount : 500
    }
    /// Tokens per training example assumed for external (command) models, and their default size: only used to
    /// order command jobs among themselves.
    static let externalSequenceTokens = 2048
    static let externalDefaultBillions = 1.0

    public init(operations: Double, trainingOperations: Double, peakBytes: Int?) {
        self.operations = operations; self.trainingOperations = trainingOperations; self.peakBytes = peakBytes
    }

    /// The estimate for `job`.
    public init(_ job: PlannedJob) {
        let spec = job.spec
        let items = spec.eval.benchmarks.reduce(0) { total, name in
            let count = Self.itemCount(benchmark: name)
            return total + (spec.eval.limit.map { min($0, count) } ?? count)
        }
        if let model = job.model {
            let sampled = Self.trainingLength(data: spec.data, mix: spec.mixWeights, tokenizer: spec.train.tokenizerName,
                                              contextLength: model.contextLength)
            let length = sampled.tokens
            let groups = spec.train.lengthGroups > 1
                ? Self.groupLengths(data: spec.data, mix: spec.mixWeights, tokenizer: spec.train.tokenizerName,
                                    contextLength: model.contextLength, batchSize: spec.train.batchSize,
                                    groups: spec.train.lengthGroups)
                : nil
            let estimate = ResourceEstimate(model: model, training: spec.train, trainingLength: length,
                                            groupLengths: groups, items: items, maxNewTokens: spec.eval.maxNewTokens,
                                            evalBatchSize: spec.eval.batchSize)
            operations = estimate.totalOperations
            trainingOperations = estimate.trainingOperations
            // Paired mixes build every teacher's response to each problem, about `characters` characters each.
            let teachers = max(2, spec.mixWeights.count)
            let dataBytes = spec.data.problems * teachers * sampled.characters * Self.bytesPerTrainingCharacter
            peakBytes = Self.processBaseBytes + estimate.arenaBytes + dataBytes
        } else {
            let parameters = (spec.studentConfiguration.sizeBillions ?? Self.externalDefaultBillions) * 1e9
            let tokens = Double(spec.train.steps * spec.train.batchSize * Self.externalSequenceTokens)
            trainingOperations = 6 * parameters * tokens
            operations = trainingOperations + 2 * parameters * Double(items * spec.eval.maxNewTokens)
            peakBytes = nil
        }
    }

    /// Problems drawn to sample a mix's example lengths.
    static let sampleProblems = 200
    /// Sampled lengths (tokens, characters) by data settings, mix and tokenizer (the same for every student and
    /// seed of a grid), with every sampled example's token count, sorted (empty when the sample failed).
    private static let sampledLengths = Mutex<[String: (tokens: Int, characters: Int, all: [Int])]>([:])

    /// The length a training batch typically pads to: the 95th percentile of prompt + response tokens over the
    /// examples of a `sampleProblems`-problem draw of the mix (seed 0), at most the context. Long chain-of-thought
    /// mixes train on sequences several times longer than short ones. With `train.tokenizer: words` the examples are
    /// encoded with the words of the sample's own lab texts (the job's word list is drawn from all of its problems;
    /// the frequent words are the same, so the lengths differ little), else one token per character. When the sample
    /// cannot be drawn (e.g. a missing JSONL file, reported when the job runs), the full context. `characters` is the
    /// same percentile in characters, for the memory the training text takes.
    static func trainingLength(data: DataConfiguration, mix: [String: Double], tokenizer: String,
                               contextLength: Int) -> (tokens: Int, characters: Int) {
        let known = sampledExamples(data: data, mix: mix, tokenizer: tokenizer, contextLength: contextLength)
        return (min(known.tokens, contextLength), known.characters)
    }

    /// The lengths the `groups` length groups of a `batchSize` batch typically pad to (train.length_groups), shortest
    /// first: group g, holding the rows up to the c_g-th shortest of B, pads to the sample's (95·c_g/B)th percentile,
    /// so the last group pads to `trainingLength`'s 95th percentile, as a whole batch does.
    static func groupLengths(data: DataConfiguration, mix: [String: Double], tokenizer: String, contextLength: Int,
                             batchSize: Int, groups: Int) -> [Int] {
        let known = sampledExamples(data: data, mix: mix, tokenizer: tokenizer, contextLength: contextLength)
        let lengths = known.all.isEmpty ? [known.tokens] : known.all
        var result: [Int] = []
        var rows = 0
        for group in 0..<groups {
            rows += batchSize / groups + (group < batchSize % groups ? 1 : 0)
            let rank = min(lengths.count - 1, lengths.count * 95 * rows / (100 * batchSize))
            result.append(min(lengths[rank], contextLength))
        }
        return result
    }

    /// The sample behind `trainingLength` and `groupLengths`, drawn once per data settings, mix and tokenizer.
    private static func sampledExamples(data: DataConfiguration, mix: [String: Double], tokenizer: String,
                                        contextLength: Int) -> (tokens: Int, characters: Int, all: [Int]) {
        var sample = data
        sample.problems = min(data.problems, sampleProblems)
        let key = CanonicalJSON.text(of: sample) + CanonicalJSON.text(of: mix) + tokenizer
        if let known = sampledLengths.withLock({ $0[key] }) { return known }
        var length = (tokens: contextLength, characters: contextLength, all: [Int]())
        if let set = try? TrainingSetBuilder.build(data: sample, mix: mix, seed: 0), !set.examples.isEmpty {
            let texts = set.examples.map { StudentPrompt.render(problem: $0.problem) + $0.response }
            let encoder = tokenizer == "words" && data.source == "synthetic"
                ? (try? LabTexts.all(data: sample)).flatMap {
                    try? CharTokenizer(words: CharTokenizer.frequentWords(in: $0, count: CharTokenizer.wordSlots))
                } : nil
            let tokens = texts.map { text in (encoder.flatMap { try? $0.encode(text).count }) ?? text.utf8.count }.sorted()
            let characters = texts.map(\.utf8.count).sorted()
            let at95 = min(texts.count - 1, texts.count * 95 / 100)
            length = (tokens[at95], characters[at95], tokens)
        }
        sampledLengths.withLock { $0[key] = length }
        return length
    }

    /// `jobs` costliest first; equal costs keep their grid order, so the order is deterministic.
    public static func costliestFirst(_ jobs: [PlannedJob]) -> [PlannedJob] {
        let costs = jobs.map { JobCost($0).operations }
        return jobs.indices.sorted { a, b in costs[a] != costs[b] ? costs[a] > costs[b] : a < b }.map { jobs[$0] }
    }
}
