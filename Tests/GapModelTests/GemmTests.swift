// BLAS paths against their naive references: gemm in every transpose mode, the linear layer, causal attention.
import GapCore
import GapModel
import GapTensor
import Testing

@Suite struct GemmTests {
    @Test(arguments: [(Transpose.none, Transpose.none), (.none, .transposed), (.transposed, .none),
                      (.transposed, .transposed)])
    func gemmMatchesNaive(transposeA: Transpose, transposeB: Transpose) {
        var random = SplitMix64(seed: 1)
        let m = 37, n = 29, k = 45
        let lda = (transposeA == .none ? k : m) + 3, ldb = (transposeB == .none ? n : k) + 5, ldc = n + 2
        let a = randomArena((transposeA == .none ? m : k) * lda, random: &random)
        let b = randomArena((transposeB == .none ? k : n) * ldb, random: &random)
        let fast = randomArena(m * ldc, random: &random)
        let slow = FloatArena(count: m * ldc)
        slow.base.update(from: fast.base, count: m * ldc)
        gemm(transposeA, transposeB, m: m, n: n, k: k, alpha: 0.7, a: a.base, lda: lda, b: b.base, ldb: ldb,
             beta: 0.5, c: fast.base, ldc: ldc)
        gemmNaive(transposeA, transposeB, m: m, n: n, k: k, alpha: 0.7, a: a.base, lda: lda, b: b.base, ldb: ldb,
                  beta: 0.5, c: slow.base, ldc: ldc)
        #expect(maxDifference(fast.base, slow.base, count: m * ldc) < 1e-4)
    }

    @Test func linearForwardAndBackwardMatchNaive() {
        var random = SplitMix64(seed: 2)
        let N = 19, IC = 24, OC = 40
        let input = randomArena(N * IC, random: &random), weight = randomArena(OC * IC, random: &random)
        let bias = randomArena(OC, random: &random), dOutput = randomArena(N * OC, random: &random)
        let fastOut = FloatArena(count: N * OC), slowOut = FloatArena(count: N * OC)
        linearForward(output: fastOut.base, input: input.base, weight: weight.base, bias: bias.base,
                      rows: N, inputChannels: IC, outputChannels: OC)
        linearForwardNaive(output: slowOut.base, input: input.base, weight: weight.base, bias: bias.base,
                           rows: N, inputChannels: IC, outputChannels: OC)
        #expect(maxDifference(fastOut.base, slowOut.base, count: N * OC) < 1e-4)
        // with a residual, and each of bias / residual alone (OC = 40 exercises the 16-lane tail)
        let residual = randomArena(N * OC, random: &random)
        for (withBias, withResidual) in [(true, true), (false, true), (true, false), (false, false)] {
            linearForward(output: fastOut.base, input: input.base, weight: weight.base,
                          bias: withBias ? UnsafePointer(bias.base) : nil,
                          residual: withResidual ? UnsafePointer(residual.base) : nil,
                          rows: N, inputChannels: IC, outputChannels: OC)
            linearForwardNaive(output: slowOut.base, input: input.base, weight: weight.base,
                               bias: withBias ? UnsafePointer(bias.base) : nil,
                               residual: withResidual ? UnsafePointer(residual.base) : nil,
                               rows: N, inputChannels: IC, outputChannels: OC)
            #expect(maxDifference(fastOut.base, slowOut.base, count: N * OC) < 1e-4)
        }

        let fast = (FloatArena(count: N * IC), randomArena(OC * IC, random: &random), randomArena(OC, random: &random))
        let slow = (FloatArena(count: N * IC), FloatArena(count: OC * IC), FloatArena(count: OC))
        slow.1.base.update(from: fast.1.base, count: OC * IC)  // accumulation starts from the same values
        slow.2.base.update(from: fast.2.base, count: OC)
        linearBackward(dInput: fast.0.base, dWeight: fast.1.base, dBias: fast.2.base, dOutput: dOutput.base,
                       input: input.base, weight: weight.base, rows: N, inputChannels: IC, outputChannels: OC)
        linearBackwardNaive(dInput: slow.0.base, dWeight: slow.1.base, dBias: slow.2.base, dOutput: dOutput.base,
                            input: input.base, weight: weight.base, rows: N, inputChannels: IC, outputChannels: OC)
        #expect(maxDifference(fast.0.base, slow.0.base, count: N * IC) < 1e-4)
        #expect(maxDifference(fast.1.base, slow.1.base, count: OC * IC) < 1e-4)
        #expect(maxDifference(fast.2.base, slow.2.base, count: OC) < 1e-4)
    }

    /// T spans several causal blocks; head size 6 is not a multiple of 4, 16 is the lab students' and 24 is past
    /// attention's short score products.
    @Test(arguments: [(18, 3), (32, 2), (48, 2)])
    func attentionMatchesNaive(channels C: Int, headCount NH: Int) {
        var random = SplitMix64(seed: 3)
        let B = 2, T = 150
        let qkv = randomArena(B * T * 3 * C, random: &random)
        let dOutput = randomArena(B * T * C, random: &random)
        let fastOut = FloatArena(count: B * T * C), slowOut = FloatArena(count: B * T * C)
        let fastAtt = FloatArena(count: B * NH * T * T), slowAtt = FloatArena(count: B * NH * T * T)
        let rowScale = FloatArena(count: B * NH * T)
        let forwardScratch = FloatArena(count: attentionForwardScratchCount(length: T, channels: C, headCount: NH))
        attentionForward(output: fastOut.base, att: fastAtt.base, rowScale: rowScale.base,
                         scratch: forwardScratch.base, qkv: qkv.base, batchSize: B, length: T, channels: C,
                         headCount: NH)
        attentionForwardNaive(output: slowOut.base, att: slowAtt.base, qkv: qkv.base,
                              batchSize: B, length: T, channels: C, headCount: NH)
        #expect(maxDifference(fastOut.base, slowOut.base, count: B * T * C) < 1e-5)
        // att · rowScale is the softmax up to the end of each row's query block (then zeros); beyond it is never used
        var worstAtt: Float = 0
        for bh in 0..<(B * NH) {
            for t in 0..<T {
                let blockEnd = min(T, (t / attentionBlockSize + 1) * attentionBlockSize)
                for j in 0..<blockEnd {
                    let index = (bh * T + t) * T + j
                    let weight = fastAtt.base[index] * rowScale.base[bh * T + t]
                    worstAtt = max(worstAtt, abs(weight - slowAtt.base[index]))
                    if j > t { #expect(fastAtt.base[index] == 0) }
                }
            }
        }
        #expect(worstAtt < 1e-5)

        let fastD = FloatArena(count: B * T * 3 * C), slowD = FloatArena(count: B * T * 3 * C)
        let scratch = FloatArena(count: attentionBackwardScratchCount(length: T, channels: C, headCount: NH))
        attentionBackward(dQKV: fastD.base, scratch: scratch.base, dOutput: dOutput.base, qkv: qkv.base,
                          att: fastAtt.base, rowScale: rowScale.base, batchSize: B, length: T, channels: C,
                          headCount: NH)
        attentionBackwardNaive(dQKV: slowD.base, dOutput: dOutput.base, qkv: qkv.base, att: slowAtt.base,
                               batchSize: B, length: T, channels: C, headCount: NH)
        #expect(maxDifference(fastD.base, slowD.base, count: B * T * 3 * C) < 1e-5)

    }

    /// Sequences packed without their trailing positions (`lengths`, as training runs them) get what each gets in a
    /// padded batch: attention and the encoder, forward and backward, for a full, an empty and a cut sequence.
    @Test func packedSequencesMatchPaddedOnes() {
        var random = SplitMix64(seed: 12)
        let B = 3, T = 150, C = 32, NH = 2, V = 11
        let lengths = [150, 0, 97]
        let N = lengths.reduce(0, +)
        let starts = [0, 150, 150]  // packed row where each sequence starts
        let padded = randomArena(B * T * 3 * C, random: &random)
        let paddedDOut = randomArena(B * T * C, random: &random)
        for b in 0..<B {  // positions past a sequence's length carry no gradient, as in training
            (paddedDOut.base + (b * T + lengths[b]) * C).update(repeating: 0, count: (T - lengths[b]) * C)
        }
        let packed = FloatArena(count: N * 3 * C), packedDOut = FloatArena(count: N * C)
        for b in 0..<B {
            (packed.base + starts[b] * 3 * C).update(from: padded.base + b * T * 3 * C, count: lengths[b] * 3 * C)
            (packedDOut.base + starts[b] * C).update(from: paddedDOut.base + b * T * C, count: lengths[b] * C)
        }
        let scratch = FloatArena(count: attentionBackwardScratchCount(length: T, channels: C, headCount: NH))
        let attP = FloatArena(count: B * NH * T * T), attQ = FloatArena(count: B * NH * T * T)
        let scaleP = FloatArena(count: B * NH * T), scaleQ = FloatArena(count: B * NH * T)
        let outP = FloatArena(count: B * T * C), outQ = FloatArena(count: N * C)
        attentionForward(output: outP.base, att: attP.base, rowScale: scaleP.base, scratch: scratch.base,
                         qkv: padded.base, batchSize: B, length: T, channels: C, headCount: NH)
        attentionForward(output: outQ.base, att: attQ.base, rowScale: scaleQ.base, scratch: scratch.base,
                         qkv: packed.base, batchSize: B, length: T, channels: C, headCount: NH, lengths: lengths)
        let dP = FloatArena(count: B * T * 3 * C), dQ = FloatArena(count: N * 3 * C)
        attentionBackward(dQKV: dP.base, scratch: scratch.base, dOutput: paddedDOut.base, qkv: padded.base,
                          att: attP.base, rowScale: scaleP.base, batchSize: B, length: T, channels: C, headCount: NH)
        attentionBackward(dQKV: dQ.base, scratch: scratch.base, dOutput: packedDOut.base, qkv: packed.base,
                          att: attQ.base, rowScale: scaleQ.base, batchSize: B, length: T, channels: C, headCount: NH,
                          lengths: lengths)
        let inputs: [Int32] = (0..<(B * T)).map { Int32($0 % V) }
        var packedInputs: [Int32] = []
        for b in 0..<B { packedInputs += inputs[(b * T)..<(b * T + lengths[b])] }
        let wte = randomArena(V * C, random: &random), wpe = randomArena(T * C, random: &random)
        let encP = FloatArena(count: B * T * C), encQ = FloatArena(count: N * C)
        encoderForward(output: encP.base, inputs: inputs, wte: wte.base, wpe: wpe.base, batchSize: B, length: T,
                       channels: C)
        encoderForward(output: encQ.base, inputs: packedInputs, wte: wte.base, wpe: wpe.base, batchSize: B,
                       length: T, channels: C, lengths: lengths)
        let dWteP = FloatArena(count: V * C), dWpeP = FloatArena(count: T * C)
        let dWteQ = FloatArena(count: V * C), dWpeQ = FloatArena(count: T * C)
        encoderBackward(dWte: dWteP.base, dWpe: dWpeP.base, dOutput: paddedDOut.base, inputs: inputs, batchSize: B,
                        length: T, channels: C)
        encoderBackward(dWte: dWteQ.base, dWpe: dWpeQ.base, dOutput: packedDOut.base, inputs: packedInputs,
                        batchSize: B, length: T, channels: C, lengths: lengths)
        for b in 0..<B where lengths[b] > 0 {
            let n = lengths[b]
            #expect(maxDifference(outP.base + b * T * C, outQ.base + starts[b] * C, count: n * C) < 1e-6, "b=\(b)")
            #expect(maxDifference(dP.base + b * T * 3 * C, dQ.base + starts[b] * 3 * C, count: n * 3 * C) < 1e-6)
            #expect(maxDifference(encP.base + b * T * C, encQ.base + starts[b] * C, count: n * C) == 0)
        }
        #expect(maxDifference(dWteP.base, dWteQ.base, count: V * C) < 1e-5)
        #expect(maxDifference(dWpeP.base, dWpeQ.base, count: T * C) == 0)
    }
}
