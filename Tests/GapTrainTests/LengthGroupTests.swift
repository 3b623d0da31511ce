// train.length_groups: a batch run as length groups gives one group's loss and gradients up to rounding, at 1 and 2
// threads; one group keeps the trainer's numbers bit for bit; a bad value is refused naming the key.
import Foundation
import GapCore
import GapModel
import GapTensor
@testable import GapTrain
import Testing

/// Examples of clearly different lengths, so that groups pad to different lengths.
private let ragged = (0..<24).map { i in
    TrainingExample(prompt: "Q\(i % 5): " + String(repeating: "ab", count: i % 7),
                    response: String(repeating: "xyz ", count: 1 + (i * 5) % 9))
}

private func raggedModel() throws -> GPTConfiguration {
    try GPTConfiguration(layerCount: 2, channels: 32, headCount: 4, contextLength: 64, vocabularySize: 128)
}

private func raggedTraining(steps: Int, batchSize: Int = 8, groups: Int = 1, threads: Int = 1) -> TrainingConfiguration {
    var training = TrainingConfiguration()
    training.steps = steps
    training.batchSize = batchSize
    training.learningRate = 1e-2
    training.warmupSteps = 2
    training.checkpointEvery = 0
    training.lengthGroups = groups
    training.threads = threads
    return training
}

/// Largest |a − b| over the largest |a|: the error relative to the gradient's scale.
private func relativeDifference(_ a: [Float], _ b: [Float]) -> Float {
    var worst: Float = 0, scale: Float = 0
    for i in a.indices { worst = max(worst, abs(a[i] - b[i])); scale = max(scale, abs(a[i])) }
    return scale > 0 ? worst / scale : worst
}

@Suite struct LengthGroupTests {
    /// Loss and every gradient of one step's batch, run as `groups` length groups on `threads` workers.
    private func step(groups: Int, threads: Int, batchSize: Int = 8) throws -> (loss: Float, gradients: [Float]) {
        // One BLAS thread, as the trainer sets it: where the library's default pool (one thread per core) is still in place
        // when a test starts, the GEMMs' tiles, and so their roundings, would depend on which other test ran first.
        setBLASThreads(1)
        var random = SplitMix64(seed: 11)
        let model = try GPT(configuration: try raggedModel(), random: &random)
        model.workerCount = threads
        let tokenizer = CharTokenizer()
        let (encoded, _) = try encodeExamples(ragged, tokenizer: tokenizer, contextLength: 64)
        var order = DataOrder(random: SplitMix64(seed: 3), count: encoded.count)
        let batches = makeBatchGroups(step: 1, batchSize: batchSize, groups: groups, examples: encoded, order: &order,
                                      padding: tokenizer.endOfText)
        #expect(batches.count == groups)
        #expect(batches.reduce(0) { $0 + $1.batchSize } == batchSize)
        model.zeroGradients()
        let loss = try model.forward(pieces: batches.map {
            BatchPiece(inputs: $0.inputs, targets: $0.targets, batchSize: $0.batchSize, length: $0.length)
        })
        try model.backward()
        return (loss, Array(model.gradientArena.buffer))
    }

    @Test(arguments: [1, 2])
    func groupsMatchOneGroup(threads: Int) throws {
        let whole = try step(groups: 1, threads: threads)
        for groups in [2, 3, 4, 8] {  // 8 = the batch size: one row per group
            let grouped = try step(groups: groups, threads: threads)
            #expect(abs(grouped.loss - whole.loss) <= 1e-5 * abs(whole.loss), "groups \(groups)")
            let difference = relativeDifference(whole.gradients, grouped.gradients)
            #expect(difference <= 1e-5, "groups \(groups), threads \(threads): \(difference)")
            #expect(try step(groups: groups, threads: threads).gradients == grouped.gradients)  // repeats bitwise
        }
    }

    @Test func groupsAreSortedConsecutiveRunsOfTheSameRows() throws {
        let tokenizer = CharTokenizer()
        let (encoded, _) = try encodeExamples(ragged, tokenizer: tokenizer, contextLength: 64)
        var order = DataOrder(random: SplitMix64(seed: 3), count: encoded.count)
        let whole = makeBatch(step: 2, batchSize: 10, examples: encoded, order: &order, padding: tokenizer.endOfText)
        let groups = makeBatchGroups(step: 2, batchSize: 10, groups: 4, examples: encoded, order: &order,
                                     padding: tokenizer.endOfText)
        #expect(groups.map(\.batchSize) == [3, 3, 2, 2])
        #expect(groups.map(\.length) == groups.map(\.length).sorted())
        #expect(groups.reduce(0) { $0 + $1.batchSize * $1.length } < whole.batchSize * whole.length)
        // the same rows (as unpadded inputs), in length order
        func rows(_ batch: Batch) -> [[Int32]] {
            (0..<batch.batchSize).map { b in
                var row = Array(batch.inputs[(b * batch.length)..<((b + 1) * batch.length)])
                while row.count > 1 && row.last == tokenizer.endOfText { row.removeLast() }
                return row
            }
        }
        #expect(Set(rows(whole)) == Set(groups.flatMap(rows)))
        let one = makeBatchGroups(step: 2, batchSize: 10, groups: 1, examples: encoded, order: &order,
                                  padding: tokenizer.endOfText)
        #expect(one.count == 1 && one[0].inputs == whole.inputs && one[0].targets == whole.targets)
    }

    /// The trainer's loop as it was before length groups (one padded batch per step, `forward(inputs:…)`).
    private func referenceRun(training: TrainingConfiguration, seed: UInt64) throws -> ([TrainingStep], [Float]) {
        let trainer = try Trainer(model: try raggedModel(), training: training, seed: seed)
        let network = trainer.network
        let (encoded, _) = try encodeExamples(ragged, tokenizer: trainer.tokenizer, contextLength: 64)
        var order = DataOrder(random: trainer.dataRandom, count: encoded.count)
        var curve: [TrainingStep] = []
        for step in 0..<training.steps {
            let batch = makeBatch(step: step, batchSize: training.batchSize, examples: encoded, order: &order,
                                  padding: trainer.tokenizer.endOfText)
            network.zeroGradients()
            let loss = try network.forward(inputs: batch.inputs, targets: batch.targets, batchSize: batch.batchSize,
                                           length: batch.length)
            try network.backward()
            let norm = AdamW.gradientNorm(network.gradientArena, threads: network.workerCount)
            let scale: Float = training.gradClip > 0 && norm > training.gradClip
                ? Float(training.gradClip / (norm + 1e-6)) : 1
            let rate = learningRate(step: step, totalSteps: training.steps, warmupSteps: training.warmupSteps,
                                    peak: training.learningRate, minimumRatio: training.minLearningRateRatio)
            trainer.optimizer.update(model: network, learningRate: rate, gradientScale: scale,
                                     threads: network.workerCount)
            curve.append(TrainingStep(step: step, loss: Double(loss), learningRate: rate))
        }
        return (curve, Array(network.parameterArena.buffer))
    }

    @Test(arguments: [1, 2])
    func oneGroupKeepsTheTrainersNumbersBitForBit(threads: Int) throws {
        let training = raggedTraining(steps: 6, threads: threads)
        #expect(training.lengthGroups == 1 && training.lengthGroupsSetting == nil)
        let trainer = try Trainer(model: try raggedModel(), training: training, seed: 5)
        let summary = try trainer.train(examples: ragged, checkpointDirectory: nil, shouldStop: { false },
                                        progress: { _ in })
        let reference = try referenceRun(training: training, seed: 5)
        #expect(summary.curve == reference.0)
        #expect(Array(trainer.network.parameterArena.buffer) == reference.1)
    }

    @Test(arguments: [1, 2])
    func groupedTrainingFollowsTheSameCurveAndRepeats(threads: Int) throws {
        func run(groups: Int) throws -> (curve: [TrainingStep], tokens: Int, parameters: [Float]) {
            let trainer = try Trainer(model: try raggedModel(), training: raggedTraining(steps: 5, groups: groups,
                                                                                         threads: threads), seed: 5)
            let summary = try trainer.train(examples: ragged, checkpointDirectory: nil, shouldStop: { false },
                                            progress: { _ in })
            return (summary.curve, summary.trainedTokens, Array(trainer.network.parameterArena.buffer))
        }
        let one = try run(groups: 1), four = try run(groups: 4), again = try run(groups: 4)
        #expect(four.tokens == one.tokens)
        for (a, b) in zip(one.curve, four.curve) {
            #expect(abs(a.loss - b.loss) <= 1e-4 * abs(a.loss), "step \(a.step): \(a.loss) against \(b.loss)")
        }
        #expect(four.curve == again.curve && four.parameters == again.parameters)
    }

    @Test func aCheckpointResumesWithAnotherGroupCount() throws {
        let directory = NSTemporaryDirectory() + "gaprun-length-groups-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try Trainer(model: try raggedModel(), training: raggedTraining(steps: 4), seed: 5)
        var calls = 0
        #expect(throws: TrainError.interrupted(step: 2)) {
            _ = try first.train(examples: ragged, checkpointDirectory: directory,
                                shouldStop: { calls += 1; return calls > 2 }, progress: { _ in })
        }
        let resumed = try Trainer(model: try raggedModel(), training: raggedTraining(steps: 4, groups: 4), seed: 5)
        var steps: [Int] = []
        let summary = try resumed.train(examples: ragged, checkpointDirectory: directory, shouldStop: { false },
                                        progress: { steps.append($0.step) })
        #expect(steps == [2, 3] && summary.curve.count == 4)
    }

    @Test(arguments: [0, 9])
    func aBadGroupCountIsRefusedByName(groups: Int) throws {
        var training = raggedTraining(steps: 1)  // batch size 8
        training.lengthGroups = groups
        do {
            _ = try Trainer(model: try raggedModel(), training: training, seed: 1)
            Issue.record("length_groups \(groups) was accepted")
        } catch let error as TrainError {
            #expect(error == .invalidSetting(name: "length_groups", value: "\(groups)",
                                             reason: "must be between 1 and batch_size (8)"))
            #expect(error.description.contains("`train.length_groups`"))
        }
    }
}
