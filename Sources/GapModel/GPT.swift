// GPT: the model definition — parameter and gradient arenas, forward(), backward(), zeroGradients(), initialisation.
// Reads like the paper: embeddings → L × [LN → attention → residual → LN → GELU MLP → residual] → LN → tied LM head.
// Legend: L = layers, B = batch, T = sequence length, C = channels, NH = heads, V = vocabulary.
import Foundation
import GapCore
import GapTensor

/// A GPT-2-style decoder in fp32 with its gradients. One thread; not Sendable.
public final class GPT {
    /// The model's sizes.
    public let configuration: GPTConfiguration
    /// Parameter arena layout (shared by gradients and optimizer state).
    public let layout: ParameterLayout
    /// All parameters in one arena.
    public let parameterArena: FloatArena
    /// All gradients in one arena, same layout.
    public let gradientArena: FloatArena
    /// Named parameter views.
    public let parameters: ParameterTensors
    /// Named gradient views.
    public let gradients: ParameterTensors

    private var activationArena: FloatArena?
    private var activations: ActivationTensors?
    private var inputs: [Int32] = []    // (B, T) of the last forward
    private var targets: [Int32] = []   // (B, T) of the last forward with targets
    private var lastBatchSize = 0
    private var lastLength = 0
    private var lastTargetCount = 0
    private var hasTargets = false

    /// A model with GPT-2 initialisation drawn from `random`: weights N(0, 0.02), residual projections
    /// N(0, 0.02/√(2L)), biases 0, LayerNorm gains 1.
    public init(configuration: GPTConfiguration, random: inout SplitMix64) throws {
        try configuration.validate()
        self.configuration = configuration
        layout = ParameterLayout(configuration)
        parameterArena = FloatArena(count: layout.total)
        gradientArena = FloatArena(count: layout.total)
        parameters = ParameterTensors(arena: parameterArena, layout: layout)
        gradients = ParameterTensors(arena: gradientArena, layout: layout)
        let residualStd = 0.02 / (2 * Double(configuration.layerCount)).squareRoot()
        for (index, name) in ParameterLayout.names.enumerated() {
            let view = parameterArena.pointer(at: layout.offsets[index])
            let size = layout.sizes[index]
            switch name {
            case "ln1w", "ln2w", "lnfw": view.update(repeating: 1, count: size)
            case "attprojw", "fcprojw": fillNormal(view, count: size, std: residualStd, random: &random)
            case "wte", "wpe", "qkvw", "fcw": fillNormal(view, count: size, std: 0.02, random: &random)
            default: view.update(repeating: 0, count: size)
            }
        }
    }

    /// Zeroes every gradient.
    public func zeroGradients() { gradientArena.zero() }

    private func prepareActivations(batchSize: Int, length: Int) {
        let needed = ActivationTensors.count(configuration, batchSize: batchSize, length: length)
        if activationArena == nil || activationArena!.count < needed {
            activationArena = FloatArena(count: needed)
        }
        activations = ActivationTensors(base: activationArena!.base, configuration: configuration,
                                        batchSize: batchSize, length: length)
    }

    // MARK: - Forward

    /// Runs the model on `inputs` (B, T) and, when `targets` (B, T; -1 = masked) is given, returns the mean loss over
    /// unmasked targets (0 when all are masked). Without targets it returns 0 and only fills logits.
    @discardableResult
    public func forward(inputs: [Int32], targets: [Int32]?, batchSize B: Int, length T: Int) throws -> Float {
        let C = configuration.channels, L = configuration.layerCount
        let NH = configuration.headCount, V = configuration.vocabularySize
        guard T <= configuration.contextLength else {
            throw ModelError.sizeExceeded(what: "sequence length", size: T, limit: configuration.contextLength)
        }
        precondition(inputs.count == B * T && (targets == nil || targets!.count == B * T), "inputs must be (B, T)")
        for token in inputs where token < 0 || Int(token) >= V {
            throw ModelError.tokenOutOfRange(token: token, vocabularySize: V)
        }
        if let targets {
            for token in targets where token != maskedTarget && (token < 0 || Int(token) >= V) {
                throw ModelError.tokenOutOfRange(token: token, vocabularySize: V)
            }
        }
        prepareActivations(batchSize: B, length: T)
        let a = activations!, p = parameters
        let BT = B * T
        self.inputs = inputs
        lastBatchSize = B; lastLength = T

        inputs.withUnsafeBufferPointer { encoderForward(output: a.encoded, inputs: $0.baseAddress!, wte: p.wte,
                                                        wpe: p.wpe, batchSize: B, length: T, channels: C) }
        for l in 0..<L {
            let residual = l == 0 ? a.encoded : a.residual3 + (l - 1) * BT * C
            let ln1 = a.ln1 + l * BT * C, qkv = a.qkv + l * BT * 3 * C, atty = a.atty + l * BT * C
            let att = a.att + l * B * NH * T * T, residual2 = a.residual2 + l * BT * C
            let ln2 = a.ln2 + l * BT * C, fch = a.fch + l * BT * 4 * C, fchGelu = a.fchGelu + l * BT * 4 * C
            let residual3 = a.residual3 + l * BT * C

            layerNormForward(output: ln1, mean: a.ln1Mean + l * BT, reciprocalStd: a.ln1Rstd + l * BT,
                             input: residual, weight: p.ln1w + l * C, bias: p.ln1b + l * C, rows: BT, channels: C)
            linearForward(output: qkv, input: ln1, weight: p.qkvw + l * 3 * C * C, bias: p.qkvb + l * 3 * C,
                          rows: BT, inputChannels: C, outputChannels: 3 * C)
            attentionForward(output: atty, att: att, qkv: qkv, batchSize: B, length: T, channels: C, headCount: NH)
            linearForward(output: residual2, input: atty, weight: p.attprojw + l * C * C, bias: p.attprojb + l * C,
                          rows: BT, inputChannels: C, outputChannels: C)
            for i in 0..<BT * C { residual2[i] += residual[i] }
            layerNormForward(output: ln2, mean: a.ln2Mean + l * BT, reciprocalStd: a.ln2Rstd + l * BT,
                             input: residual2, weight: p.ln2w + l * C, bias: p.ln2b + l * C, rows: BT, channels: C)
            linearForward(output: fch, input: ln2, weight: p.fcw + l * 4 * C * C, bias: p.fcb + l * 4 * C,
                          rows: BT, inputChannels: C, outputChannels: 4 * C)
            geluForward(output: fchGelu, input: fch, count: BT * 4 * C)
            linearForward(output: residual3, input: fchGelu, weight: p.fcprojw + l * C * 4 * C,
                          bias: p.fcprojb + l * C, rows: BT, inputChannels: 4 * C, outputChannels: C)
            for i in 0..<BT * C { residual3[i] += residual2[i] }
        }
        let last = a.residual3 + (L - 1) * BT * C
        layerNormForward(output: a.lnf, mean: a.lnfMean, reciprocalStd: a.lnfRstd, input: last,
                         weight: p.lnfw, bias: p.lnfb, rows: BT, channels: C)
        linearForward(output: a.logits, input: a.lnf, weight: p.wte, bias: nil,
                      rows: BT, inputChannels: C, outputChannels: V)
        let result: (lossSum: Double, count: Int)
        if let targets {
            self.targets = targets
            result = targets.withUnsafeBufferPointer {
                crossEntropyForward(probs: a.probs, losses: a.losses, logits: a.logits, targets: $0.baseAddress!,
                                    rows: BT, vocabularySize: V)
            }
        } else {
            result = crossEntropyForward(probs: a.probs, losses: a.losses, logits: a.logits, targets: nil,
                                         rows: BT, vocabularySize: V)
        }
        hasTargets = targets != nil
        lastTargetCount = result.count
        return result.count > 0 ? Float(result.lossSum / Double(result.count)) : 0
    }

    /// Number of unmasked targets in the last forward pass.
    public var lastUnmaskedTargetCount: Int { lastTargetCount }

    /// Logits of the last forward pass, (B, T, V) flattened.
    public func lastLogits() -> [Float] {
        guard let a = activations else { return [] }
        return Array(UnsafeBufferPointer(start: a.logits, count: lastBatchSize * lastLength * configuration.vocabularySize))
    }

    // MARK: - Backward

    /// Accumulates d(mean loss)/d(parameters) into `gradients` for the last forward pass (which needs targets).
    public func backward() throws {
        guard hasTargets, let a = activations else { throw ModelError.backwardWithoutTargets }
        hasTargets = false  // probs are overwritten by dLogits below
        let B = lastBatchSize, T = lastLength, BT = B * T
        let C = configuration.channels, L = configuration.layerCount
        let NH = configuration.headCount, V = configuration.vocabularySize
        let p = parameters, g = gradients

        targets.withUnsafeBufferPointer {
            crossEntropyBackward(dLogits: a.probs, probs: a.probs, targets: $0.baseAddress!, count: lastTargetCount,
                                 rows: BT, vocabularySize: V)
        }
        linearBackward(dInput: a.dLn, dWeight: g.wte, dBias: nil, dOutput: a.probs, input: a.lnf, weight: p.wte,
                       rows: BT, inputChannels: C, outputChannels: V)
        a.dResidual.update(repeating: 0, count: BT * C)
        layerNormBackward(dInput: a.dResidual, dWeight: g.lnfw, dBias: g.lnfb, dOutput: a.dLn,
                          input: a.residual3 + (L - 1) * BT * C, weight: p.lnfw, mean: a.lnfMean,
                          reciprocalStd: a.lnfRstd, rows: BT, channels: C)
        for l in stride(from: L - 1, through: 0, by: -1) {
            let residual = l == 0 ? a.encoded : a.residual3 + (l - 1) * BT * C
            let ln1 = a.ln1 + l * BT * C, qkv = a.qkv + l * BT * 3 * C, atty = a.atty + l * BT * C
            let att = a.att + l * B * NH * T * T, residual2 = a.residual2 + l * BT * C
            let ln2 = a.ln2 + l * BT * C, fch = a.fch + l * BT * 4 * C, fchGelu = a.fchGelu + l * BT * 4 * C

            // residual3 = residual2 + fcproj: dResidual flows to both.
            linearBackward(dInput: a.dFchGelu, dWeight: g.fcprojw + l * C * 4 * C, dBias: g.fcprojb + l * C,
                           dOutput: a.dResidual, input: fchGelu, weight: p.fcprojw + l * C * 4 * C,
                           rows: BT, inputChannels: 4 * C, outputChannels: C)
            geluBackward(dInput: a.dFch, input: fch, dOutput: a.dFchGelu, count: BT * 4 * C)
            linearBackward(dInput: a.dLn, dWeight: g.fcw + l * 4 * C * C, dBias: g.fcb + l * 4 * C,
                           dOutput: a.dFch, input: ln2, weight: p.fcw + l * 4 * C * C,
                           rows: BT, inputChannels: C, outputChannels: 4 * C)
            layerNormBackward(dInput: a.dResidual, dWeight: g.ln2w + l * C, dBias: g.ln2b + l * C, dOutput: a.dLn,
                              input: residual2, weight: p.ln2w + l * C, mean: a.ln2Mean + l * BT,
                              reciprocalStd: a.ln2Rstd + l * BT, rows: BT, channels: C)
            // residual2 = residual + attproj: dResidual flows to both.
            linearBackward(dInput: a.dAtty, dWeight: g.attprojw + l * C * C, dBias: g.attprojb + l * C,
                           dOutput: a.dResidual, input: atty, weight: p.attprojw + l * C * C,
                           rows: BT, inputChannels: C, outputChannels: C)
            attentionBackward(dQKV: a.dQKV, scratch: a.dAtt, dOutput: a.dAtty, qkv: qkv, att: att,
                              batchSize: B, length: T, channels: C, headCount: NH)
            linearBackward(dInput: a.dLn, dWeight: g.qkvw + l * 3 * C * C, dBias: g.qkvb + l * 3 * C,
                           dOutput: a.dQKV, input: ln1, weight: p.qkvw + l * 3 * C * C,
                           rows: BT, inputChannels: C, outputChannels: 3 * C)
            layerNormBackward(dInput: a.dResidual, dWeight: g.ln1w + l * C, dBias: g.ln1b + l * C, dOutput: a.dLn,
                              input: residual, weight: p.ln1w + l * C, mean: a.ln1Mean + l * BT,
                              reciprocalStd: a.ln1Rstd + l * BT, rows: BT, channels: C)
        }
        inputs.withUnsafeBufferPointer {
            encoderBackward(dWte: g.wte, dWpe: g.wpe, dOutput: a.dResidual, inputs: $0.baseAddress!,
                            batchSize: B, length: T, channels: C)
        }
    }
}

/// Fills `count` Floats with N(0, std²) draws (Box–Muller on SplitMix64).
func fillNormal(_ pointer: UnsafeMutablePointer<Float>, count: Int, std: Double, random: inout SplitMix64) {
    var i = 0
    while i < count {
        let u1 = max(random.nextDouble(), 1e-300)
        let u2 = random.nextDouble()
        let radius = (-2 * log(u1)).squareRoot() * std
        pointer[i] = Float(radius * cos(2 * Double.pi * u2))
        if i + 1 < count { pointer[i + 1] = Float(radius * sin(2 * Double.pi * u2)) }
        i += 2
    }
}
