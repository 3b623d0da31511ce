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
        let vocabulary = CharTokenizer.vocabularySize(tokenizer: spec.train.tokenizerName)
        if spec.studentConfiguration.isInProcess,
           let model = try? GPTConfiguration(student: spec.studentConfiguration, vocabularySize: vocabulary) {
            let length = Self.trainingLength(data: spec.data, mix: spec.mixWeights, contextLength: model.contextLength)
            let estimate = ResourceEstimate(model: model, training: spec.train, trainingLength: length, items: items,
                                            maxNewTokens: spec.eval.maxNewTokens, evalBatchSize: spec.eval.batchSize)
            operations = estimate.totalOperations
            trainingOperations = estimate.trainingOperations
            // Paired mixes build every teacher's response to each problem, about `length` characters each.
            let teachers = max(2, spec.mixWeights.count)
            let dataBytes = spec.data.problems * teachers * length * Self.bytesPerTrainingCharacter
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
    /// Sampled lengths by data settings and mix (the same for every student and seed of a grid).
    private static let sampledLengths = Mutex<[String: Int]>([:])

    /// The length a training batch typically pads to: the 95th percentile of prompt + response characters (one
    /// token each) over the examples of a `sampleProblems`-problem draw of the mix (seed 0), at most the context.
    /// Long chain-of-thought mixes train on sequences several times longer than short ones. When the sample
    /// cannot be drawn (e.g. a missing JSONL file, reported when the job runs), the full context.
    static func trainingLength(data: DataConfiguration, mix: [String: Double], contextLength: Int) -> Int {
        var sample = data
        sample.problems = min(data.problems, sampleProblems)
        let key = canonicalJSON(sample) + canonicalJSON(mix)
        if let known = sampledLengths.withLock({ $0[key] }) { return min(known, contextLength) }
        var length = contextLength
        if let set = try? TrainingSetBuilder.build(data: sample, mix: mix, seed: 0), !set.examples.isEmpty {
            let lengths = set.examples.map { StudentPrompt.render(problem: $0.problem).utf8.count + $0.response.utf8.count }
                .sorted()
            length = lengths[min(lengths.count - 1, lengths.count * 95 / 100)]
        }
        sampledLengths.withLock { $0[key] = length }
        return min(length, contextLength)
    }

    /// `jobs` costliest first; equal costs keep their grid order, so the order is deterministic.
    public static func costliestFirst(_ jobs: [PlannedJob]) -> [PlannedJob] {
        let costs = jobs.map { JobCost($0).operations }
        return jobs.indices.sorted { a, b in costs[a] != costs[b] ? costs[a] > costs[b] : a < b }.map { jobs[$0] }
    }
}
