// Every layer's backward against central finite differences of its forward (loss = Σ output · random weights).
import GapCore
import GapModel
import GapTensor
import Testing

@Suite struct LayerGradientTests {
    @Test func layerNorm() {
        var random = SplitMix64(seed: 10)
        let N = 6, C = 16
        let input = randomArena(N * C, random: &random), weight = randomArena(C, random: &random)
        let bias = randomArena(C, random: &random), dOutput = randomArena(N * C, random: &random)
        let output = FloatArena(count: N * C), mean = FloatArena(count: N), rstd = FloatArena(count: N)
        func loss() -> Double {
            layerNormForward(output: output.base, mean: mean.base, reciprocalStd: rstd.base, input: input.base,
                             weight: weight.base, bias: bias.base, rows: N, channels: C)
            return weightedSum(output.base, dOutput.base, count: N * C)
        }
        _ = loss()
        let dInput = FloatArena(count: N * C), dWeight = FloatArena(count: C), dBias = FloatArena(count: C)
        layerNormBackward(dInput: dInput.base, dWeight: dWeight.base, dBias: dBias.base, dOutput: dOutput.base,
                          input: input.base, weight: weight.base, mean: mean.base, reciprocalStd: rstd.base,
                          rows: N, channels: C)
        #expect(finiteDifferenceError(values: input.base, count: N * C, analytic: dInput.base, loss: loss) < 2e-2)
        #expect(finiteDifferenceError(values: weight.base, count: C, analytic: dWeight.base, loss: loss) < 2e-2)
        #expect(finiteDifferenceError(values: bias.base, count: C, analytic: dBias.base, loss: loss) < 2e-2)
    }

    @Test func linear() {
        var random = SplitMix64(seed: 11)
        let N = 5, IC = 12, OC = 20
        let input = randomArena(N * IC, random: &random), weight = randomArena(OC * IC, random: &random)
        let bias = randomArena(OC, random: &random), dOutput = randomArena(N * OC, random: &random)
        let output = FloatArena(count: N * OC)
        func loss() -> Double {
            linearForward(output: output.base, input: input.base, weight: weight.base, bias: bias.base,
                          rows: N, inputChannels: IC, outputChannels: OC)
            return weightedSum(output.base, dOutput.base, count: N * OC)
        }
        let dInput = FloatArena(count: N * IC), dWeight = FloatArena(count: OC * IC), dBias = FloatArena(count: OC)
        linearBackward(dInput: dInput.base, dWeight: dWeight.base, dBias: dBias.base, dOutput: dOutput.base,
                       input: input.base, weight: weight.base, rows: N, inputChannels: IC, outputChannels: OC)
        #expect(finiteDifferenceError(values: input.base, count: N * IC, analytic: dInput.base, loss: loss) < 1e-2)
        #expect(finiteDifferenceError(values: weight.base, count: OC * IC, analytic: dWeight.base, loss: loss) < 1e-2)
        #expect(finiteDifferenceError(values: bias.base, count: OC, analytic: dBias.base, loss: loss) < 1e-2)
    }

    @Test func gelu() {
        var random = SplitMix64(seed: 12)
        let N = 64
        let input = randomArena(N, scale: 3, random: &random), dOutput = randomArena(N, random: &random)
        let output = FloatArena(count: N), dInput = FloatArena(count: N), derivative = FloatArena(count: N)
        func loss() -> Double {
            geluForward(output: output.base, derivative: nil, input: input.base, count: N)
            return weightedSum(output.base, dOutput.base, count: N)
        }
        geluForward(output: output.base, derivative: derivative.base, input: input.base, count: N)
        geluBackward(dInput: dInput.base, derivative: derivative.base, dOutput: dOutput.base, count: N)
        #expect(finiteDifferenceError(values: input.base, count: N, analytic: dInput.base, samples: N,
                                      epsilon: 1e-3, loss: loss) < 1e-2)
        // against the scalar Double reference, with a 16-lane tail (N = 37) and derivative stored over the input
        let M = 37
        let x = randomArena(M, scale: 4, random: &random), g = randomArena(M, random: &random)
        let fastOut = FloatArena(count: M), fastIn = FloatArena(count: M)
        let slowOut = FloatArena(count: M), slowIn = FloatArena(count: M)
        geluNaive(output: slowOut.base, dInput: slowIn.base, input: x.base, dOutput: g.base, count: M)
        geluForward(output: fastOut.base, derivative: x.base, input: x.base, count: M)  // in place, as GPT does
        geluBackward(dInput: fastIn.base, derivative: x.base, dOutput: g.base, count: M)
        #expect(maxDifference(fastOut.base, slowOut.base, count: M) < 1e-5)
        #expect(maxDifference(fastIn.base, slowIn.base, count: M) < 1e-5)
    }

    @Test func attention() {
        var random = SplitMix64(seed: 13)
        let B = 2, T = 7, C = 8, NH = 2
        let qkv = randomArena(B * T * 3 * C, random: &random), dOutput = randomArena(B * T * C, random: &random)
        let output = FloatArena(count: B * T * C), att = FloatArena(count: B * NH * T * T)
        let rowScale = FloatArena(count: B * NH * T)
        let forwardScratch = FloatArena(count: attentionForwardScratchCount(length: T, channels: C, headCount: NH))
        func loss() -> Double {
            attentionForward(output: output.base, att: att.base, rowScale: rowScale.base,
                             scratch: forwardScratch.base, qkv: qkv.base, batchSize: B, length: T, channels: C,
                             headCount: NH)
            return weightedSum(output.base, dOutput.base, count: B * T * C)
        }
        _ = loss()
        let dQKV = FloatArena(count: B * T * 3 * C)
        let scratch = FloatArena(count: attentionBackwardScratchCount(length: T, channels: C, headCount: NH))
        attentionBackward(dQKV: dQKV.base, scratch: scratch.base, dOutput: dOutput.base, qkv: qkv.base,
                          att: att.base, rowScale: rowScale.base, batchSize: B, length: T, channels: C, headCount: NH)
        #expect(finiteDifferenceError(values: qkv.base, count: B * T * 3 * C, analytic: dQKV.base, samples: 60,
                                      loss: loss) < 2e-2)
    }

    @Test func crossEntropyWithMask() {
        var random = SplitMix64(seed: 14)
        let N = 6, V = 10
        let logits = randomArena(N * V, scale: 2, random: &random)
        let targets: [Int32] = [3, -1, 0, 9, -1, 4]
        let probs = FloatArena(count: N * V), losses = FloatArena(count: N)
        func loss() -> Double {
            let result = crossEntropyForward(probs: probs.base, losses: losses.base, logits: logits.base,
                                             targets: targets, rows: N, vocabularySize: V)
            return result.lossSum / Double(result.count)
        }
        _ = loss()
        let dLogits = FloatArena(count: N * V)
        crossEntropyBackward(dLogits: dLogits.base, probs: probs.base, targets: targets, count: 4, rows: N,
                             vocabularySize: V)
        #expect(finiteDifferenceError(values: logits.base, count: N * V, analytic: dLogits.base, samples: N * V,
                                      epsilon: 1e-3, floor: 1e-4, loss: loss) < 1e-2)
        // masked rows carry no gradient at all
        for row in [1, 4] { for i in 0..<V { #expect(dLogits.base[row * V + i] == 0) } }
    }

    @Test func encoder() {
        var random = SplitMix64(seed: 15)
        let B = 2, T = 3, C = 4, V = 5
        let wte = randomArena(V * C, random: &random), wpe = randomArena(T * C, random: &random)
        let dOutput = randomArena(B * T * C, random: &random), output = FloatArena(count: B * T * C)
        let inputs: [Int32] = [1, 4, 1, 0, 2, 4]
        func loss() -> Double {
            encoderForward(output: output.base, inputs: inputs, wte: wte.base, wpe: wpe.base,
                           batchSize: B, length: T, channels: C)
            return weightedSum(output.base, dOutput.base, count: B * T * C)
        }
        let dWte = FloatArena(count: V * C), dWpe = FloatArena(count: T * C)
        encoderBackward(dWte: dWte.base, dWpe: dWpe.base, dOutput: dOutput.base, inputs: inputs,
                        batchSize: B, length: T, channels: C)
        #expect(finiteDifferenceError(values: wte.base, count: V * C, analytic: dWte.base, samples: V * C,
                                      loss: loss) < 1e-2)
        #expect(finiteDifferenceError(values: wpe.base, count: T * C, analytic: dWpe.base, samples: T * C,
                                      loss: loss) < 1e-2)
    }

    @Test func wholeModelGradients() throws {
        var random = SplitMix64(seed: 16)
        let configuration = try GPTConfiguration(layerCount: 2, channels: 8, headCount: 2, contextLength: 6,
                                                 vocabularySize: 11)
        let model = try GPT(configuration: configuration, random: &random)
        // larger weights than GPT-2 init so that every path carries a visible gradient
        for i in 0..<model.layout.total where model.parameterArena.base[i] != 1 {
            model.parameterArena.base[i] = (random.nextFloat() * 2 - 1) * 0.5
        }
        let inputs: [Int32] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1]
        let targets: [Int32] = [2, 3, -1, 5, 6, 7, -1, 9, 10, 0, 1, 2]
        model.zeroGradients()
        _ = try model.forward(inputs: inputs, targets: targets, batchSize: 2, length: 6)
        try model.backward()
        func loss() -> Double {
            Double(try! model.forward(inputs: inputs, targets: targets, batchSize: 2, length: 6))
        }
        let error = finiteDifferenceError(values: model.parameterArena.base, count: model.layout.total,
                                          analytic: model.gradientArena.base, samples: 150, epsilon: 1e-2,
                                          floor: 2e-3, loss: loss)
        #expect(error < 5e-2)
    }
}
