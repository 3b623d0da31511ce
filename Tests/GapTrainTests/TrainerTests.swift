// Trainer behaviour: schedule, determinism, resume equivalence, checkpoint mismatch, interruption, divergence,
// KV-cache decoding against the full forward pass and split across workers, a tiny model memorising strings then reproducing them, and the
// training benchmark's numeric fingerprint.
import Foundation
import GapCore
import GapModel
@testable import GapTrain
import Testing

private func tinyModel(context: Int = 48) throws -> GPTConfiguration {
    try GPTConfiguration(layerCount: 2, channels: 32, headCount: 4, contextLength: context, vocabularySize: 128)
}

private func tinyTraining(steps: Int) -> TrainingConfiguration {
    var training = TrainingConfiguration()
    training.steps = steps
    training.batchSize = 4
    training.learningRate = 1e-2
    training.warmupSteps = 5
    training.checkpointEvery = 0
    return training
}

private let examples = [
    TrainingExample(prompt: "Q: 2+3=", response: "5"),
    TrainingExample(prompt: "Q: 4+4=", response: "8"),
    TrainingExample(prompt: "Q: name?", response: "gaprun"),
    TrainingExample(prompt: "Q: color?", response: "blue sky"),
    TrainingExample(prompt: "Q: 7-2=", response: "5"),
]

private func temporaryDirectory() -> String {
    NSTemporaryDirectory() + "gaprun-trainer-test-" + UUID().uuidString
}

@Suite struct TrainerTests {
    @Test func scheduleWarmsUpThenDecaysToTheFloor() {
        let rate = { (step: Int) in
            learningRate(step: step, totalSteps: 100, warmupSteps: 10, peak: 1, minimumRatio: 0.1)
        }
        #expect(abs(rate(0) - 0.1) < 1e-12)
        #expect(abs(rate(9) - 1) < 1e-12)
        #expect(abs(rate(10) - 1) < 1e-12)
        #expect(abs(rate(99) - 0.1) < 1e-12)
        #expect(rate(50) < rate(30) && rate(50) > rate(80))
    }

    @Test func configurationValidation() {
        #expect(throws: ModelError.self) {
            try GPTConfiguration(layerCount: 2, channels: 30, headCount: 4, contextLength: 8, vocabularySize: 128)
        }
        #expect(throws: ModelError.missingField("heads")) {
            try GPTConfiguration(student: StudentConfiguration(layerCount: 1, channels: 8, contextLength: 8),
                                 vocabularySize: 128)
        }
        #expect(throws: TrainError.self) {
            var training = TrainingConfiguration()
            training.batchSize = 0
            _ = try Trainer(model: try tinyModel(), training: training, seed: 1)
        }
    }

    @Test func sameSeedGivesIdenticalCurveAndOutputs() throws {
        func run(seed: UInt64) throws -> ([TrainingStep], [String]) {
            let trainer = try Trainer(model: try tinyModel(), training: tinyTraining(steps: 12), seed: seed)
            let summary = try trainer.train(examples: examples, checkpointDirectory: nil, shouldStop: { false },
                                            progress: { _ in })
            let outputs = try trainer.generate(prompts: ["Q: 2+3=", "Q: name?"], maxNewTokens: 8, temperature: 0.8,
                                               stopStrings: [], batchSize: 2, seed: 5)
            return (summary.curve, outputs)
        }
        let first = try run(seed: 42), second = try run(seed: 42), other = try run(seed: 43)
        #expect(first.0 == second.0)
        #expect(first.1 == second.1)
        #expect(first.0 != other.0)
    }

    @Test func resumeMatchesOneRun() throws {
        let steps = 10
        let straight = try Trainer(model: try tinyModel(), training: tinyTraining(steps: steps), seed: 7)
        let full = try straight.train(examples: examples, checkpointDirectory: nil, shouldStop: { false },
                                      progress: { _ in })

        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let firstHalf = try Trainer(model: try tinyModel(), training: tinyTraining(steps: steps), seed: 7)
        var calls = 0
        #expect(throws: TrainError.interrupted(step: steps / 2)) {
            _ = try firstHalf.train(examples: examples, checkpointDirectory: directory,
                                    shouldStop: { calls += 1; return calls > steps / 2 }, progress: { _ in })
        }
        let resumed = try Trainer(model: try tinyModel(), training: tinyTraining(steps: steps), seed: 7)
        var resumedSteps: [Int] = []
        let second = try resumed.train(examples: examples, checkpointDirectory: directory, shouldStop: { false },
                                       progress: { resumedSteps.append($0.step) })
        #expect(resumedSteps == Array(steps / 2..<steps))
        #expect(second.curve == full.curve)
        #expect(second.curve.last!.loss == full.curve.last!.loss)
        #expect(second.trainedTokens == full.trainedTokens)
    }

    @Test func mismatchedCheckpointIsRejected() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let trainer = try Trainer(model: try tinyModel(), training: tinyTraining(steps: 2), seed: 7)
        _ = try trainer.train(examples: examples, checkpointDirectory: directory, shouldStop: { false },
                              progress: { _ in })
        let other = try Trainer(model: try tinyModel(context: 32), training: tinyTraining(steps: 2), seed: 7)
        do {
            _ = try other.train(examples: examples, checkpointDirectory: directory, shouldStop: { false },
                                progress: { _ in })
            Issue.record("a checkpoint of another model was accepted")
        } catch let error as TrainError {
            guard case let .checkpointMismatch(_, field, _, _) = error else {
                Issue.record("unexpected error \(error)"); return
            }
            #expect(field == "model")
            #expect(error.description.contains("context_length"))
        }
    }

    @Test func divergenceStopsTraining() throws {
        var training = tinyTraining(steps: 20)
        training.learningRate = 1e30
        training.gradClip = 0
        training.warmupSteps = 0
        let trainer = try Trainer(model: try tinyModel(), training: training, seed: 3)
        do {
            _ = try trainer.train(examples: examples, checkpointDirectory: nil, shouldStop: { false },
                                  progress: { _ in })
            Issue.record("training with an absurd learning rate did not diverge")
        } catch let error as TrainError {
            guard case .diverged = error else { Issue.record("unexpected error \(error)"); return }
        }
    }

    @Test func cachedDecodingMatchesFullForward() throws {
        let configuration = try tinyModel(context: 16)
        var random = SplitMix64(seed: 9)
        let model = try GPT(configuration: configuration, random: &random)
        for i in 0..<model.layout.total { model.parameterArena.base[i] += (random.nextFloat() - 0.5) * 0.2 }
        let sequences: [[Int32]] = [[5, 9, 13, 2, 77, 40, 3], [8, 8, 1, 60, 22, 11, 90]]
        try model.forward(inputs: sequences.flatMap { $0 }, targets: nil, batchSize: 2, length: 7)
        let full = model.lastLogits()
        let decoder = IncrementalDecoder(model: model, slotCount: 2)
        let V = configuration.vocabularySize
        for t in 0..<7 {
            // feed the rows in swapped slot order to check slots are independent
            try decoder.step(tokens: [sequences[1][t], sequences[0][t]], positions: [t, t], slots: [1, 0])
            for (k, row) in [1, 0].enumerated() {
                var worst: Float = 0
                for i in 0..<V { worst = max(worst, abs(decoder.logits[k * V + i] - full[(row * 7 + t) * V + i])) }
                #expect(worst < 1e-4, "row \(row) position \(t)")
            }
        }
    }

    @Test func decodingWorkersMatchOneWorker() throws {  // and the same worker count repeats bitwise
        let configuration = try tinyModel(context: 24)
        var random = SplitMix64(seed: 19)
        let model = try GPT(configuration: configuration, random: &random)
        for i in 0..<model.layout.total { model.parameterArena.base[i] += (random.nextFloat() - 0.5) * 0.2 }
        let V = configuration.vocabularySize, rows = 5
        let single = IncrementalDecoder(model: model, slotCount: rows, workerCount: 1)
        let split = IncrementalDecoder(model: model, slotCount: rows, workerCount: 3)
        let again = IncrementalDecoder(model: model, slotCount: rows, workerCount: 3)
        #expect(split.workerCount == 3)
        // ragged: row r starts r steps late, so rows sit at different positions in every step
        var positions = [Int](repeating: 0, count: rows)
        for step in 0..<12 {
            let active = (0..<rows).filter { $0 <= step }
            let tokens = active.map { Int32(($0 * 31 + step * 7) % V) }
            let at = active.map { positions[$0] }
            try single.step(tokens: tokens, positions: at, slots: active)
            try split.step(tokens: tokens, positions: at, slots: active)
            try again.step(tokens: tokens, positions: at, slots: active)
            for row in active { positions[row] += 1 }
            // BLAS may round a row differently when it is multiplied in a smaller batch of rows (fewer per worker)
            var worst: Float = 0
            for i in 0..<(active.count * V) { worst = max(worst, abs(single.logits[i] - split.logits[i])) }
            #expect(worst < 1e-5, "step \(step)")
            #expect((0..<(active.count * V)).allSatisfy { split.logits[$0].bitPattern == again.logits[$0].bitPattern })
        }
    }

    @Test func tinyModelMemorisesAndRegenerates() throws {
        let memorised = [
            TrainingExample(prompt: "A:", response: "the cat sat"),
            TrainingExample(prompt: "B:", response: "x = 42"),
            TrainingExample(prompt: "C:", response: "\\boxed{7}"),
        ]
        var training = tinyTraining(steps: 150)
        training.batchSize = 3
        training.weightDecay = 0
        let trainer = try Trainer(model: try tinyModel(context: 24), training: training, seed: 11)
        let summary = try trainer.train(examples: memorised, checkpointDirectory: nil, shouldStop: { false },
                                        progress: { _ in })
        #expect(summary.curve.last!.loss < 0.05)
        let outputs = try trainer.generate(prompts: ["A:", "B:", "C:"], maxNewTokens: 20, temperature: 0,
                                           stopStrings: [], batchSize: 2, seed: 0)
        #expect(outputs == ["the cat sat", "x = 42", "\\boxed{7}"])
        let stopped = try trainer.generate(prompts: ["A:"], maxNewTokens: 20, temperature: 0, stopStrings: [" sat"],
                                           batchSize: 4, seed: 0)
        #expect(stopped == ["the cat"])
        let capped = try trainer.generate(prompts: ["A:"], maxNewTokens: 3, temperature: 0, stopStrings: [],
                                          batchSize: 4, seed: 0)
        #expect(capped == ["the"])
    }

    @Test func wordTokenizerTrainsRegeneratesAndGuardsItsCheckpoint() throws {
        let words = try CharTokenizer(words: ["the", " cat", " sat"])
        let model = try GPTConfiguration(layerCount: 2, channels: 32, headCount: 4, contextLength: 24,
                                         vocabularySize: words.vocabularySize)
        let memorised = [TrainingExample(prompt: "A:", response: "the cat sat"), TrainingExample(prompt: "B:", response: "x = 42")]
        var training = tinyTraining(steps: 150)
        training.batchSize = 2
        training.weightDecay = 0
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let trainer = try Trainer(model: model, training: training, seed: 11, tokenizer: words)
        let summary = try trainer.train(examples: memorised, checkpointDirectory: directory, shouldStop: { false },
                                        progress: { _ in })
        #expect(summary.curve.last!.loss < 0.05)
        // "the cat sat" + end-of-text is 4 targets, "x = 42" + end-of-text 7: 11 per step
        #expect(summary.trainedTokens == 150 * 11)
        #expect(try trainer.generate(prompts: ["A:", "B:"], maxNewTokens: 20, temperature: 0, stopStrings: [],
                                     batchSize: 2, seed: 0) == ["the cat sat", "x = 42"])
        // the budget counts tokens: two tokens are two words here
        let capped = try trainer.generateResponses(prompts: ["A:"], maxNewTokens: 2, temperature: 0, stopStrings: [],
                                                   batchSize: 1, seed: 0)
        #expect(capped == [GeneratedResponse(text: "the cat", stop: .budget)])
        #expect(try trainer.generate(prompts: ["A:"], maxNewTokens: 20, temperature: 0, stopStrings: ["t s"],
                                     batchSize: 1, seed: 0) == ["the ca"])
        // the same words resume; other words (same vocabulary size) are refused
        let same = try Trainer(model: model, training: training, seed: 11, tokenizer: words)
        try same.loadCheckpoint(from: directory)
        #expect(same.completedSteps == 150)
        let other = try Trainer(model: model, training: training, seed: 11, tokenizer: try CharTokenizer(words: ["the", " cat"]))
        #expect(throws: TrainError.checkpointMismatch(path: directory + "/checkpoint.json", field: "tokenizer words",
                                                      expected: "[\"the\",\" cat\"]", found: "[\"the\",\" cat\",\" sat\"]")) {
            try other.loadCheckpoint(from: directory)
        }
        #expect(throws: TrainError.self) { try Trainer(model: try tinyModel(), training: training, seed: 11, tokenizer: words) }
    }

    @Test func truncationIsCounted() throws {
        let trainer = try Trainer(model: try tinyModel(context: 24), training: tinyTraining(steps: 1), seed: 1)
        let long = TrainingExample(prompt: "Q:", response: String(repeating: "a", count: 40))
        let summary = try trainer.train(examples: examples + [long], checkpointDirectory: nil, shouldStop: { false },
                                        progress: { _ in })
        #expect(summary.truncatedExamples == 1)
        #expect(summary.trainedTokens > 0)
    }
}

@Suite struct WorkerThreadTests {
    @Test func twoWorkersMatchOneWorker() throws {
        func gradients(threads: Int) throws -> (Float, [Float]) {
            var random = SplitMix64(seed: 21)
            let configuration = try GPTConfiguration(layerCount: 2, channels: 16, headCount: 2, contextLength: 9,
                                                     vocabularySize: 40)
            let model = try GPT(configuration: configuration, random: &random)
            model.workerCount = threads
            let inputs = (0..<(3 * 9)).map { _ in Int32(random.next() % 40) }
            var targets = (0..<(3 * 9)).map { _ in Int32(random.next() % 40) }
            targets[0] = -1; targets[20] = -1
            model.zeroGradients()
            let loss = try model.forward(inputs: inputs, targets: targets, batchSize: 3, length: 9)
            try model.backward()
            return (loss, Array(model.gradientArena.buffer))
        }
        let one = try gradients(threads: 1), two = try gradients(threads: 2), again = try gradients(threads: 2)
        #expect(abs(one.0 - two.0) < 1e-6)
        var worst: Float = 0
        for i in one.1.indices { worst = max(worst, abs(one.1[i] - two.1[i])) }
        #expect(worst < 1e-6)
        #expect(two.1 == again.1)  // bitwise deterministic for a fixed thread count
    }

    @Test func optimizerStepIsTheSameOnAnyThreadCount() throws {
        func update(threads: Int) throws -> (parameters: [Float], norm: Double) {
            var random = SplitMix64(seed: 8)
            let configuration = try GPTConfiguration(layerCount: 2, channels: 64, headCount: 2, contextLength: 8,
                                                     vocabularySize: 40)
            let model = try GPT(configuration: configuration, random: &random)
            let optimizer = AdamW(parameterCount: model.layout.total, beta1: 0.9, beta2: 0.95, weightDecay: 0.1)
            var norm = 0.0
            for _ in 0..<2 {
                for i in 0..<model.gradientArena.count { model.gradientArena.base[i] = Float(random.nextDouble() - 0.5) }
                norm = AdamW.gradientNorm(model.gradientArena, threads: threads)
                optimizer.update(model: model, learningRate: 1e-2, gradientScale: 0.5, threads: threads)
            }
            return (Array(model.parameterArena.buffer), norm)
        }
        // three slices start off the 16-lane grid, so some elements move between the vector and scalar paths
        let one = try update(threads: 1), three = try update(threads: 3)
        #expect(one.norm == three.norm)
        #expect(one.parameters == three.parameters)
    }
}

@Suite struct TrainingBenchmarkTests {
    @Test func fingerprintIsReproducibleAndTracksTheArithmetic() throws {
        let configuration = try GPTConfiguration(layerCount: 1, channels: 32, headCount: 2, contextLength: 16,
                                                 vocabularySize: 40)
        func run(steps: Int) throws -> TrainingBenchResult {
            try benchTraining(model: configuration, batchSize: 2, steps: steps, warmupSteps: 1, threads: 1)
        }
        let first = try run(steps: 2), again = try run(steps: 2), longer = try run(steps: 3)
        #expect(first.lastLoss.isFinite && first.lastLoss > 0)
        #expect(first.parameterDigest.count == 64)
        #expect(first.parameterDigest == again.parameterDigest && first.lastLoss == again.lastLoss)
        #expect(first.parameterDigest != longer.parameterDigest)  // one more AdamW step moves the parameters
    }
}

@Suite struct ExportTests {
    @Test func safetensorsHeaderAndDataRoundTrip() throws {
        let directory = NSTemporaryDirectory() + "gaprun-export-test-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let configuration = try GPTConfiguration(layerCount: 1, channels: 8, headCount: 2, contextLength: 4,
                                                 vocabularySize: 128)
        var training = TrainingConfiguration()
        training.steps = 0
        let trainer = try Trainer(model: configuration, training: training, seed: 3)
        try trainer.exportSafetensors(to: directory)
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/model.safetensors"))
        let headerLength = data.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        let header = try JSONSerialization.jsonObject(with: data.subdata(in: 8..<(8 + headerLength))) as! [String: Any]
        #expect(header.count == 1 + 2 + 12 + 2)  // metadata, embeddings, one block, final LayerNorm
        // c_attn.weight is (C, 3C): element [i, o] is qkvw[o, i]
        let entry = header["transformer.h.0.attn.c_attn.weight"] as! [String: Any]
        #expect(entry["shape"] as! [Int] == [8, 24])
        let begin = (entry["data_offsets"] as! [Int])[0] + 8 + headerLength
        let values = data.subdata(in: begin..<(begin + 8 * 24 * 4)).withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
        let qkvw = trainer.network.parameters.qkvw
        #expect(values[2 * 24 + 5] == qkvw[5 * 8 + 2])
        let config = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: directory + "/config.json"))) as! [String: Any]
        #expect(config["n_embd"] as? Int == 8 && config["n_layer"] as? Int == 1)
    }
}

/// Why generation stopped: a length limit (the budget or the full context) is told apart from the model ending its
/// answer, and the texts are those of `generate` (stop reasons add nothing to the numerics).
@Suite struct GenerationStopTests {
    @Test func budgetAndContextStopsAreCountedAndTextsAreUnchanged() throws {
        let trainer = try Trainer(model: try tinyModel(), training: tinyTraining(steps: 4), seed: 3)
        _ = try trainer.train(examples: examples, checkpointDirectory: nil, shouldStop: { false }, progress: { _ in })
        let prompts = ["Q: 2+3=", "Q: name?", "Q: color?", "Q: 7-2="]
        let responses = try trainer.generateResponses(prompts: prompts, maxNewTokens: 5, temperature: 0,
                                                      stopStrings: ["Q:"], batchSize: 2, seed: 1)
        let texts = try trainer.generate(prompts: prompts, maxNewTokens: 5, temperature: 0, stopStrings: ["Q:"],
                                         batchSize: 2, seed: 1)
        #expect(responses.map(\.text) == texts)
        for response in responses {
            switch response.stop {
            case .budget: #expect(response.text.count == 5)
            case .endOfText, .stopString: #expect(response.text.count <= 5)
            case .context, .empty: Issue.record("unexpected stop \(response.stop) for \(response.text)")
            }
            #expect(response.stop.hitLimit == (response.stop == .budget))
        }
        // A budget larger than the context left after the prompt: the full context ends every unfinished response.
        let long = String(repeating: "Q: 1+1=2 ", count: 4)  // 36 tokens of a 48-token context
        let cut = try trainer.generateResponses(prompts: [long], maxNewTokens: 100, temperature: 0, stopStrings: [],
                                                batchSize: 1, seed: 1)[0]
        if cut.stop == .context { #expect(cut.text.count == 48 - 36 + 1) } else { #expect(cut.stop == .endOfText) }
        #expect(try trainer.generateResponses(prompts: prompts, maxNewTokens: 0, temperature: 0, stopStrings: [],
                                              batchSize: 2, seed: 1).allSatisfy { $0.stop == .empty && !$0.stop.hitLimit })
    }
}
