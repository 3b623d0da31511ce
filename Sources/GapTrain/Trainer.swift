// Trainer: the in-process training loop — batches, forward/backward, clipping, schedule, AdamW, divergence checks,
// interruption and periodic checkpoints. One seed drives initialisation ("init"), data order ("data") and, in
// generate(), sampling; the same configuration and seed give a bitwise-identical curve for a given thread count.
import Foundation
import GapCore
import GapModel
import GapTensor

/// One optimizer step's record (0-based step).
public struct TrainingStep: Sendable, Codable, Hashable {
    public var step: Int
    public var loss: Double
    public var learningRate: Double
    public init(step: Int, loss: Double, learningRate: Double) {
        self.step = step; self.loss = loss; self.learningRate = learningRate
    }
}

/// The outcome of `Trainer.train`: the whole loss curve (including steps restored from a checkpoint), examples cut
/// to the context, unmasked target tokens trained on (all steps), and wall-clock seconds of this call.
public struct TrainingSummary: Sendable, Codable {
    public var curve: [TrainingStep]
    public var truncatedExamples: Int
    public var trainedTokens: Int
    public var seconds: Double
    public init(curve: [TrainingStep], truncatedExamples: Int, trainedTokens: Int, seconds: Double) {
        self.curve = curve; self.truncatedExamples = truncatedExamples
        self.trainedTokens = trainedTokens; self.seconds = seconds
    }
}

/// Trains and samples one in-process GPT student on the calling thread.
public final class Trainer {
    /// The student's sizes.
    public let modelConfiguration: GPTConfiguration
    /// Optimizer and schedule settings.
    public let trainingConfiguration: TrainingConfiguration
    /// The job's seed.
    public let seed: UInt64
    /// The tokenizer used for training and generation (characters, optionally plus words).
    public let tokenizer: CharTokenizer
    /// The model being trained (parameters and gradients).
    public let network: GPT
    let optimizer: AdamW
    let dataRandom: SplitMix64
    /// Optimizer steps completed so far (restored from a checkpoint on resume).
    public internal(set) var completedSteps = 0
    var curve: [TrainingStep] = []
    var trainedTokens = 0

    /// A freshly initialised student that trains on `training.threads` threads (BLAS itself single-threaded).
    public init(model: GPTConfiguration, training: TrainingConfiguration, seed: UInt64,
                tokenizer: CharTokenizer = CharTokenizer()) throws {
        try model.validate()
        try Self.validate(training)
        if model.vocabularySize < tokenizer.vocabularySize {
            throw TrainError.invalidSetting(name: "vocab_size", value: String(model.vocabularySize),
                                            reason: "must be at least the tokenizer's \(tokenizer.vocabularySize)")
        }
        self.tokenizer = tokenizer
        modelConfiguration = model
        trainingConfiguration = training
        self.seed = seed
        let root = SplitMix64(seed: seed)
        var initRandom = root.derived("init")
        network = try GPT(configuration: model, random: &initRandom)
        optimizer = AdamW(parameterCount: network.layout.total, beta1: training.beta1, beta2: training.beta2,
                          weightDecay: training.weightDecay)
        dataRandom = root.derived("data")
        network.workerCount = training.threads
        setBLASThreads(1)
    }

    static func validate(_ training: TrainingConfiguration) throws {
        func check(_ ok: Bool, _ name: String, _ value: Any, _ reason: String) throws {
            if !ok { throw TrainError.invalidSetting(name: name, value: "\(value)", reason: reason) }
        }
        try check(training.steps >= 0, "steps", training.steps, "must be zero or more")
        try check(training.batchSize >= 1, "batch_size", training.batchSize, "must be at least 1")
        try check(training.learningRate > 0 && training.learningRate.isFinite, "learning_rate",
                  training.learningRate, "must be positive")
        try check(training.minLearningRateRatio >= 0 && training.minLearningRateRatio <= 1, "min_lr_ratio",
                  training.minLearningRateRatio, "must be in [0, 1]")
        try check(training.warmupSteps >= 0, "warmup_steps", training.warmupSteps, "must be zero or more")
        try check(training.weightDecay >= 0, "weight_decay", training.weightDecay, "must be zero or more")
        try check(training.beta1 >= 0 && training.beta1 < 1, "beta1", training.beta1, "must be in [0, 1)")
        try check(training.beta2 >= 0 && training.beta2 < 1, "beta2", training.beta2, "must be in [0, 1)")
        try check(training.gradClip >= 0, "grad_clip", training.gradClip, "must be zero (off) or positive")
        try check(training.threads >= 1, "threads", training.threads, "must be at least 1")
        try check(training.lengthGroups >= 1 && training.lengthGroups <= max(1, training.batchSize), "length_groups",
                  training.lengthGroups, "must be between 1 and batch_size (\(training.batchSize))")
        try check(training.checkpointEvery >= 0, "checkpoint_every", training.checkpointEvery, "must be zero or more")
    }

    /// Trains until `training.steps` optimizer steps are done.
    ///
    /// - Resumes from the checkpoint in `checkpointDirectory` when there is one (another configuration or seed:
    ///   `TrainError.checkpointMismatch`); writes one every `checkpointEvery` steps and at the end.
    /// - Calls `shouldStop` before each step; when it returns true, saves a checkpoint and throws
    ///   `TrainError.interrupted(step:)`.
    /// - A NaN or infinite loss or gradient norm throws `TrainError.diverged(step:loss:)`.
    public func train(
        examples: [TrainingExample], checkpointDirectory: String?, shouldStop: () -> Bool,
        progress: (TrainingStep) -> Void
    ) throws -> TrainingSummary {
        let started = DispatchTime.now().uptimeNanoseconds
        guard !examples.isEmpty else { throw TrainError.noExamples }
        let (encoded, truncated) = try encodeExamples(
            examples, tokenizer: tokenizer, contextLength: modelConfiguration.contextLength)
        if let checkpointDirectory, Checkpoint.exists(in: checkpointDirectory) {
            try loadCheckpoint(from: checkpointDirectory)
        }
        let training = trainingConfiguration
        var order = DataOrder(random: dataRandom, count: encoded.count)
        while completedSteps < training.steps {
            let step = completedSteps
            if shouldStop() {
                if let checkpointDirectory { try saveCheckpoint(to: checkpointDirectory) }
                throw TrainError.interrupted(step: step)
            }
            let groups = makeBatchGroups(step: step, batchSize: training.batchSize, groups: training.lengthGroups,
                                         examples: encoded, order: &order, padding: tokenizer.endOfText)
            network.zeroGradients()
            // the loss and its gradient are averaged over the whole batch's targets, however many groups it has
            let loss = try network.forward(pieces: groups.map {
                BatchPiece(inputs: $0.inputs, targets: $0.targets, batchSize: $0.batchSize, length: $0.length)
            })
            guard loss.isFinite else { throw TrainError.diverged(step: step, loss: Double(loss)) }
            try network.backward()
            let norm = AdamW.gradientNorm(network.gradientArena, threads: network.workerCount)
            guard norm.isFinite else { throw TrainError.diverged(step: step, loss: norm) }
            let clip = training.gradClip
            let scale: Float = clip > 0 && norm > clip ? Float(clip / (norm + 1e-6)) : 1
            let rate = learningRate(step: step, totalSteps: training.steps, warmupSteps: training.warmupSteps,
                                    peak: training.learningRate, minimumRatio: training.minLearningRateRatio)
            optimizer.update(model: network, learningRate: rate, gradientScale: scale,
                             threads: network.workerCount)
            trainedTokens += network.lastUnmaskedTargetCount
            let record = TrainingStep(step: step, loss: Double(loss), learningRate: rate)
            curve.append(record)
            completedSteps += 1
            progress(record)
            if let checkpointDirectory, training.checkpointEvery > 0,
               completedSteps % training.checkpointEvery == 0, completedSteps < training.steps {
                try saveCheckpoint(to: checkpointDirectory)
            }
        }
        if let checkpointDirectory { try saveCheckpoint(to: checkpointDirectory) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return TrainingSummary(curve: curve, truncatedExamples: truncated, trainedTokens: trainedTokens,
                               seconds: seconds)
    }

    /// Mean masked loss of `examples` (prompt masked, as in training) without changing the model; for evaluation
    /// and tests. Examples are run `batchSize` at a time in order, each batch as one group (`length_groups` is a
    /// training setting only).
    public func loss(examples: [TrainingExample], batchSize: Int = 16) throws -> Double {
        let (encoded, _) = try encodeExamples(examples, tokenizer: tokenizer,
                                              contextLength: modelConfiguration.contextLength)
        var total = 0.0, count = 0
        var start = 0
        while start < encoded.count {
            let rows = Array(encoded[start..<min(encoded.count, start + batchSize)])
            var order = DataOrder(identityOver: rows.count)
            let batch = makeBatch(step: 0, batchSize: rows.count, examples: rows, order: &order,
                                  padding: tokenizer.endOfText)
            let loss = try network.forward(inputs: batch.inputs, targets: batch.targets,
                                           batchSize: batch.batchSize, length: batch.length)
            total += Double(loss) * Double(network.lastUnmaskedTargetCount)
            count += network.lastUnmaskedTargetCount
            start += batchSize
        }
        return count > 0 ? total / Double(count) : 0
    }
}
