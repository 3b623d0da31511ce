// GPT: the model definition — parameter and gradient arenas, forward(), backward(), zeroGradients(), initialisation.
// Reads like the paper: embeddings → L × [LN → attention → residual → LN → GELU MLP → residual] → LN → tied LM head.
// Legend: L = layers, B = batch, T = sequence length, C = channels, NH = heads, V = vocabulary.
import Foundation
import GapCore
import GapTensor

/// Rows of a batch padded to one length: a whole batch, or one length group of it (`GPT.forward(pieces:)`).
public struct BatchPiece: Sendable {
    /// Token ids, (B, T) row-major.
    public var inputs: [Int32]
    /// Target ids, (B, T); -1 (`maskedTarget`) carries no loss; nil runs the model without a loss.
    public var targets: [Int32]?
    /// Rows (B).
    public var batchSize: Int
    /// Padded length of every row (T).
    public var length: Int
    public init(inputs: [Int32], targets: [Int32]?, batchSize: Int, length: Int) {
        self.inputs = inputs; self.targets = targets; self.batchSize = batchSize; self.length = length
    }
}

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

    /// Threads one batch is split across (data parallel, single-threaded BLAS each); defaults to `workerThreads()`
    /// at creation. Same value ⇒ bitwise-identical results; other values change only gradient summation order.
    public var workerCount: Int = workerThreads()
    private var workspaces: [Workspace] = []
    private var workerGradients: [FloatArena] = []  // gradients of workers 1…; worker 0 uses gradientArena
    private var activeCount = 0                     // workspaces[0..<activeCount] hold the last forward pass
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

    /// One share of a piece's rows, run by one worker: its inputs, targets and activation arena. The arena is kept
    /// across steps and only grows, so a slot's memory is bounded by the largest (B, T) it has held.
    private final class Workspace {
        var arena: FloatArena?
        var activations: ActivationTensors?
        var inputs: [Int32] = []    // (B, T) rows of this share
        var targets: [Int32] = []   // (B, T) or empty without targets
        var batchSize = 0
        var length = 0
        var lossSum = 0.0
        var targetCount = 0
        var lengths: [Int] = []       // with targets: each sequence's positions up to its last target (rows packed)
        var rowCount = 0              // rows run by every layer: B·T, or Σ lengths with targets
        var keptRows: [Int] = []      // (packed) rows with an unmasked target, in order (empty without targets)
        var keptTargets: [Int32] = [] // their targets
        var headRows = 0              // rows the last layer's upper half, the final norm and the head ran on

        func prepare(_ configuration: GPTConfiguration, batchSize: Int, length: Int) {
            let needed = ActivationTensors.count(configuration, batchSize: batchSize, length: length)
            if arena == nil || arena!.count < needed { arena = FloatArena(count: needed) }
            activations = ActivationTensors(base: arena!.base, configuration: configuration,
                                            batchSize: batchSize, length: length)
            self.batchSize = batchSize
            self.length = length
        }

        /// With targets, drops each sequence's positions after its last unmasked target (padding, mostly) and packs
        /// the rest one sequence after another: attention is causal and those positions carry no loss, so nothing
        /// they compute reaches the loss, and every layer runs on the packed rows only.
        func dropTrailingPositions() {
            lengths.removeAll(keepingCapacity: true)
            guard !targets.isEmpty else { rowCount = batchSize * length; return }
            var packedInputs: [Int32] = [], packedTargets: [Int32] = []
            packedInputs.reserveCapacity(inputs.count)
            packedTargets.reserveCapacity(targets.count)
            for b in 0..<batchSize {
                let start = b * length
                var n = length
                while n > 0 && targets[start + n - 1] < 0 { n -= 1 }
                lengths.append(n)
                packedInputs += inputs[start..<(start + n)]
                packedTargets += targets[start..<(start + n)]
            }
            inputs = packedInputs
            targets = packedTargets
            rowCount = packedInputs.count
        }
    }

    // MARK: - Forward

    /// Runs the model on `inputs` (B, T) and, when `targets` (B, T; -1 = masked) is given, returns the mean loss over
    /// unmasked targets (0 when all are masked). Without targets it returns 0 and only fills logits.
    /// Rows are split across `workerCount` threads; results do not depend on the split except for gradient
    /// summation order (see docs/trainer.md on determinism).
    @discardableResult
    public func forward(inputs: [Int32], targets: [Int32]?, batchSize B: Int, length T: Int) throws -> Float {
        try forward(pieces: [BatchPiece(inputs: inputs, targets: targets, batchSize: B, length: T)])
    }

    /// Runs the model on several pieces of one batch, each padded to its own length (`train.length_groups`), and
    /// returns the mean loss over the unmasked targets of all of them; `backward()` then averages over the same
    /// count, so the gradient is the whole batch's. Either every piece has targets or none has.
    ///
    /// Each piece's rows are split across up to `workerCount` shares as a single batch's are; share k (counted over
    /// all pieces in order) runs on worker k mod workers, which also accumulates its gradients, so the same pieces
    /// and `workerCount` give bitwise-identical results, and one piece is exactly `forward(inputs:…)`.
    @discardableResult
    public func forward(pieces: [BatchPiece]) throws -> Float {
        let V = configuration.vocabularySize
        precondition(!pieces.isEmpty, "forward needs at least one piece")
        let withTargets = pieces[0].targets != nil
        for piece in pieces {
            let B = piece.batchSize, T = piece.length
            guard T <= configuration.contextLength else {
                throw ModelError.sizeExceeded(what: "sequence length", size: T, limit: configuration.contextLength)
            }
            precondition(B >= 1 && piece.inputs.count == B * T && (piece.targets == nil || piece.targets!.count == B * T),
                         "inputs must be (B, T)")
            precondition((piece.targets != nil) == withTargets, "either every piece has targets or none has")
            for token in piece.inputs where token < 0 || Int(token) >= V {
                throw ModelError.tokenOutOfRange(token: token, vocabularySize: V)
            }
            if let targets = piece.targets {
                for token in targets where token != maskedTarget && (token < 0 || Int(token) >= V) {
                    throw ModelError.tokenOutOfRange(token: token, vocabularySize: V)
                }
            }
        }
        var count = 0
        for piece in pieces {
            let B = piece.batchSize, T = piece.length
            let shares = max(1, min(workerCount, B))
            var rowStart = 0
            for share in 0..<shares {
                let rows = B / shares + (share < B % shares ? 1 : 0)
                if workspaces.count == count { workspaces.append(Workspace()) }
                let workspace = workspaces[count]
                workspace.prepare(configuration, batchSize: rows, length: T)
                workspace.inputs = Array(piece.inputs[(rowStart * T)..<((rowStart + rows) * T)])
                workspace.targets = piece.targets.map { Array($0[(rowStart * T)..<((rowStart + rows) * T)]) } ?? []
                workspace.dropTrailingPositions()
                rowStart += rows
                count += 1
            }
        }
        activeCount = count
        let workers = max(1, min(workerCount, count))
        runInParallel(workers) { worker in
            for k in stride(from: worker, to: count, by: workers) { self.forwardRows(self.workspaces[k]) }
        }
        hasTargets = withTargets
        let active = workspaces[0..<count]
        let lossSum = active.reduce(0.0) { $0 + $1.lossSum }
        lastTargetCount = active.reduce(0) { $0 + $1.targetCount }
        return lastTargetCount > 0 ? Float(lossSum / Double(lastTargetCount)) : 0
    }

    /// Forward pass of one share's rows, through the loss.
    ///
    /// With targets, the rows are packed without each sequence's trailing positions (`dropTrailingPositions`). Of
    /// those, only rows whose target is unmasked reach the loss, and a row's last-layer output feeds nothing else:
    /// attention reads the other rows' keys and values, which come before the last layer's projection. So the last
    /// layer runs its attention over every row, then keeps the rows with a target (`keptRows`, packed in order at the
    /// start of each tensor) for the projection, the MLP, the final norm and the head. The kept rows get the values
    /// they get without the selection; prompt rows (about half of a lab batch of short answers, a fifth of long
    /// ones) skip that work.
    private func forwardRows(_ workspace: Workspace) {
        let C = configuration.channels, L = configuration.layerCount
        let NH = configuration.headCount, V = configuration.vocabularySize
        let a = workspace.activations!, p = parameters
        let B = workspace.batchSize, T = workspace.length, BT = B * T  // BT: the layer stride of stacked tensors
        let N = workspace.rowCount, lengths = workspace.targets.isEmpty ? nil : workspace.lengths
        workspace.keptRows.removeAll(keepingCapacity: true)
        workspace.keptTargets.removeAll(keepingCapacity: true)
        for (row, target) in workspace.targets.enumerated() where target >= 0 {
            workspace.keptRows.append(row)
            workspace.keptTargets.append(target)
        }
        let selects = !workspace.targets.isEmpty && workspace.keptRows.count < N
        let headRows = workspace.targets.isEmpty ? N : workspace.keptRows.count
        workspace.headRows = headRows
        guard N > 0 else { workspace.lossSum = 0; workspace.targetCount = 0; return }  // no share row has a target

        workspace.inputs.withUnsafeBufferPointer {
            encoderForward(output: a.encoded, inputs: $0.baseAddress!, wte: p.wte, wpe: p.wpe,
                           batchSize: B, length: T, channels: C, lengths: lengths)
        }
        for l in 0..<L {
            let residual = l == 0 ? a.encoded : a.residual3 + (l - 1) * BT * C
            let ln1 = a.ln1 + l * BT * C, qkv = a.qkv + l * BT * 3 * C, atty = a.atty + l * BT * C
            let att = a.att + l * B * NH * T * T, residual2 = a.residual2 + l * BT * C
            let ln2 = a.ln2 + l * BT * C, fch = a.fch + l * BT * 4 * C, fchGelu = a.fchGelu + l * BT * 4 * C
            let residual3 = a.residual3 + l * BT * C

            layerNormForward(output: ln1, mean: a.ln1Mean + l * BT, reciprocalStd: a.ln1Rstd + l * BT,
                             input: residual, weight: p.ln1w + l * C, bias: p.ln1b + l * C, rows: N, channels: C)
            linearForward(output: qkv, input: ln1, weight: p.qkvw + l * 3 * C * C, bias: p.qkvb + l * 3 * C,
                          rows: N, inputChannels: C, outputChannels: 3 * C)
            attentionForward(output: atty, att: att, rowScale: a.attRowScale + l * B * NH * T, scratch: a.dAtt,
                             qkv: qkv, batchSize: B, length: T, channels: C, headCount: NH, lengths: lengths)
            // the upper half: every row, or in the last layer the kept rows (atty packed in place, the residual
            // packed into residual2, which the projection then adds onto)
            var rows = N, projectionResidual = UnsafePointer(residual)
            if l == L - 1 && selects {
                rows = headRows
                gatherRows(atty, width: C, rows: workspace.keptRows)
                gatherRows(from: residual, to: residual2, width: C, rows: workspace.keptRows)
                projectionResidual = UnsafePointer(residual2)
            }
            linearForward(output: residual2, input: atty, weight: p.attprojw + l * C * C, bias: p.attprojb + l * C,
                          residual: projectionResidual, rows: rows, inputChannels: C, outputChannels: C)
            layerNormForward(output: ln2, mean: a.ln2Mean + l * BT, reciprocalStd: a.ln2Rstd + l * BT,
                             input: residual2, weight: p.ln2w + l * C, bias: p.ln2b + l * C, rows: rows, channels: C)
            linearForward(output: fch, input: ln2, weight: p.fcw + l * 4 * C * C, bias: p.fcb + l * 4 * C,
                          rows: rows, inputChannels: C, outputChannels: 4 * C)
            geluForward(output: fchGelu, derivative: fch, input: fch, count: rows * 4 * C)  // fch ← GELU′ (backward)
            linearForward(output: residual3, input: fchGelu, weight: p.fcprojw + l * C * 4 * C,
                          bias: p.fcprojb + l * C, residual: residual2, rows: rows, inputChannels: 4 * C,
                          outputChannels: C)
        }
        let last = a.residual3 + (L - 1) * BT * C
        layerNormForward(output: a.lnf, mean: a.lnfMean, reciprocalStd: a.lnfRstd, input: last,
                         weight: p.lnfw, bias: p.lnfb, rows: headRows, channels: C)
        linearForward(output: a.logits, input: a.lnf, weight: p.wte, bias: nil,
                      rows: headRows, inputChannels: C, outputChannels: V)
        let result: (lossSum: Double, count: Int)
        if workspace.targets.isEmpty {
            result = crossEntropyForward(probs: a.probs, losses: a.losses, logits: a.logits, targets: nil,
                                         rows: headRows, vocabularySize: V)
        } else {
            result = workspace.keptTargets.withUnsafeBufferPointer {
                crossEntropyForward(probs: a.probs, losses: a.losses, logits: a.logits, targets: $0.baseAddress,
                                    rows: headRows, vocabularySize: V)
            }
        }
        workspace.lossSum = result.lossSum
        workspace.targetCount = result.count
    }

    /// Number of unmasked targets in the last forward pass.
    public var lastUnmaskedTargetCount: Int { lastTargetCount }

    /// Logits of the last forward pass: without targets every row's, (B, T, V) flattened; with targets only the rows
    /// whose target is unmasked have logits, and those come in row order, (unmasked targets, V). After
    /// `forward(pieces:)`, each piece's in piece order.
    public func lastLogits() -> [Float] {
        var logits: [Float] = []
        for workspace in workspaces[0..<activeCount] {
            logits += UnsafeBufferPointer(start: workspace.activations!.logits,
                                          count: workspace.headRows * configuration.vocabularySize)
        }
        return logits
    }

    // MARK: - Backward

    /// Accumulates d(mean loss)/d(parameters) into `gradients` for the last forward pass (which needs targets).
    public func backward() throws {
        guard hasTargets else { throw ModelError.backwardWithoutTargets }
        hasTargets = false  // probs are overwritten by dLogits below
        let shares = activeCount, workers = max(1, min(workerCount, shares))
        while workerGradients.count < workers - 1 { workerGradients.append(FloatArena(count: layout.total)) }
        let count = lastTargetCount
        runInParallel(workers) { worker in
            let arena = worker == 0 ? self.gradientArena : self.workerGradients[worker - 1]
            if worker > 0 { arena.zero() }
            let gradients = ParameterTensors(arena: arena, layout: self.layout)
            // the shares forward ran on this worker, in the same order: each adds its rows' gradients
            for k in stride(from: worker, to: shares, by: workers) {
                self.backwardRows(self.workspaces[k], gradients: gradients, targetCount: count)
            }
        }
        guard workers > 1 else { return }
        // Sum the workers' gradients into worker 0's, each thread taking a slice; every element is summed in
        // worker order whatever the slicing, so the result depends only on the worker count.
        let total = layout.total
        runInParallel(workers) { part in
            let start = total * part / workers, end = total * (part + 1) / workers
            for worker in 1..<workers {
                addInPlace(self.gradientArena.base + start, self.workerGradients[worker - 1].base + start,
                           count: end - start)
            }
        }
    }

    /// Backward pass of one share's rows into `g`; the loss is averaged over `targetCount` targets of the batch.
    private func backwardRows(_ workspace: Workspace, gradients g: ParameterTensors, targetCount: Int) {
        let a = workspace.activations!
        let B = workspace.batchSize, T = workspace.length, BT = B * T  // BT: the layer stride of stacked tensors
        let C = configuration.channels, L = configuration.layerCount
        let NH = configuration.headCount, V = configuration.vocabularySize
        let p = parameters
        // every layer ran on the N packed rows; the head, the final norm and the last layer's upper half on the kept
        // rows only (forwardRows)
        let N = workspace.rowCount, lengths = workspace.lengths
        let headRows = workspace.headRows, selects = headRows < N
        guard N > 0 else { return }  // no share row has a target: nothing to add

        workspace.keptTargets.withUnsafeBufferPointer {
            guard let targets = $0.baseAddress else { return }  // no row has a target
            crossEntropyBackward(dLogits: a.probs, probs: a.probs, targets: targets, count: targetCount,
                                 rows: headRows, vocabularySize: V)
        }
        linearBackward(dInput: a.dLn, dWeight: g.wte, dBias: nil, dOutput: a.probs, input: a.lnf, weight: p.wte,
                       rows: headRows, inputChannels: C, outputChannels: V)
        a.dResidual.update(repeating: 0, count: headRows * C)
        // Each layer norm's backward also sums its dInput rows into the bias gradient of the projection that reads
        // dResidual next, and GELU's backward into fc's: the same additions in the same row order as
        // `linearBackward`'s dBias, without another pass over the gradient (those calls get dBias nil).
        layerNormBackward(dInput: a.dResidual, dWeight: g.lnfw, dBias: g.lnfb, dOutput: a.dLn,
                          input: a.residual3 + (L - 1) * BT * C, weight: p.lnfw, mean: a.lnfMean,
                          reciprocalStd: a.lnfRstd, rows: headRows, channels: C, dInputSums: g.fcprojb + (L - 1) * C)
        for l in stride(from: L - 1, through: 0, by: -1) {
            let residual = l == 0 ? a.encoded : a.residual3 + (l - 1) * BT * C
            let ln1 = a.ln1 + l * BT * C, qkv = a.qkv + l * BT * 3 * C, atty = a.atty + l * BT * C
            let att = a.att + l * B * NH * T * T, residual2 = a.residual2 + l * BT * C
            let ln2 = a.ln2 + l * BT * C, fch = a.fch + l * BT * 4 * C, fchGelu = a.fchGelu + l * BT * 4 * C
            let rows = l == L - 1 ? headRows : N  // the upper half's rows, as in forward

            // residual3 = residual2 + fcproj: dResidual flows to both.
            linearBackward(dInput: a.dFchGelu, dWeight: g.fcprojw + l * C * 4 * C, dBias: nil,
                           dOutput: a.dResidual, input: fchGelu, weight: p.fcprojw + l * C * 4 * C,
                           rows: rows, inputChannels: 4 * C, outputChannels: C)
            geluBackward(dInput: a.dFch, derivative: fch, dOutput: a.dFchGelu, count: rows * 4 * C,
                         dInputSums: g.fcb + l * 4 * C, columns: 4 * C)
            linearBackward(dInput: a.dLn, dWeight: g.fcw + l * 4 * C * C, dBias: nil,
                           dOutput: a.dFch, input: ln2, weight: p.fcw + l * 4 * C * C,
                           rows: rows, inputChannels: C, outputChannels: 4 * C)
            layerNormBackward(dInput: a.dResidual, dWeight: g.ln2w + l * C, dBias: g.ln2b + l * C, dOutput: a.dLn,
                              input: residual2, weight: p.ln2w + l * C, mean: a.ln2Mean + l * BT,
                              reciprocalStd: a.ln2Rstd + l * BT, rows: rows, channels: C,
                              dInputSums: g.attprojb + l * C)
            // residual2 = residual + attproj: dResidual flows to both.
            linearBackward(dInput: a.dAtty, dWeight: g.attprojw + l * C * C, dBias: nil,
                           dOutput: a.dResidual, input: atty, weight: p.attprojw + l * C * C,
                           rows: rows, inputChannels: C, outputChannels: C)
            if l == L - 1 && selects {  // back to every row: the rows without a target get zero gradient
                scatterRows(a.dAtty, width: C, rows: workspace.keptRows, total: N)
                scatterRows(a.dResidual, width: C, rows: workspace.keptRows, total: N)
            }
            attentionBackward(dQKV: a.dQKV, scratch: a.dAtt, dOutput: a.dAtty, qkv: qkv, att: att,
                              rowScale: a.attRowScale + l * B * NH * T, batchSize: B, length: T, channels: C,
                              headCount: NH, lengths: lengths)
            linearBackward(dInput: a.dLn, dWeight: g.qkvw + l * 3 * C * C, dBias: g.qkvb + l * 3 * C,
                           dOutput: a.dQKV, input: ln1, weight: p.qkvw + l * 3 * C * C,
                           rows: N, inputChannels: C, outputChannels: 3 * C)
            layerNormBackward(dInput: a.dResidual, dWeight: g.ln1w + l * C, dBias: g.ln1b + l * C, dOutput: a.dLn,
                              input: residual, weight: p.ln1w + l * C, mean: a.ln1Mean + l * BT,
                              reciprocalStd: a.ln1Rstd + l * BT, rows: N, channels: C,
                              dInputSums: l > 0 ? g.fcprojb + (l - 1) * C : nil)
        }
        workspace.inputs.withUnsafeBufferPointer {
            encoderBackward(dWte: g.wte, dWpe: g.wpe, dOutput: a.dResidual, inputs: $0.baseAddress!,
                            batchSize: B, length: T, channels: C, lengths: lengths)
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
