// Incremental decoding with a key/value cache: one new token per sequence per step, batched over sequences.
// Each sequence owns a cache slot and its own position, so prompts of different lengths advance together. Rows are
// independent, so a step splits them into contiguous parts, one per worker thread (the model's `workerCount`).
// The cache keeps each head's keys and values transposed, (HS, TP) with TP = T rounded up to 16, so scoring a new
// query against all earlier keys runs 16 positions wide for any head size.
// Legend: L = layers, S = cache slots, T = context length, TP = T rounded up to 16, C = channels, NH = heads,
// HS = head size, N = sequences in this step, V = vocabulary.
import Foundation
import GapTensor

/// Batched next-token logits for a `GPT`, reusing cached keys and values of earlier positions.
public final class IncrementalDecoder {
    /// The model decoded (its parameters are read, never changed).
    public let model: GPT
    /// Number of sequences the cache holds.
    public let slotCount: Int
    private let keys: FloatArena      // (L, S, NH, HS, TP)
    private let values: FloatArena    // (L, S, NH, HS, TP)
    private let paddedLength: Int     // TP
    private let scratch: FloatArena
    private let x: UnsafeMutablePointer<Float>        // (S, C) residual stream
    private let normed: UnsafeMutablePointer<Float>   // (S, C)
    private let qkv: UnsafeMutablePointer<Float>      // (S, 3C)
    private let atty: UnsafeMutablePointer<Float>     // (S, C)
    private let projected: UnsafeMutablePointer<Float> // (S, C)
    private let fch: UnsafeMutablePointer<Float>      // (S, 4C)
    private let fchGelu: UnsafeMutablePointer<Float>  // (S, 4C)
    private let statistics: UnsafeMutablePointer<Float> // (2S) LayerNorm mean and 1/std, unused after
    private let scores: UnsafeMutablePointer<Float>   // (W, TP), one row per worker
    /// Logits of the last step, (N, V).
    public let logits: UnsafeMutablePointer<Float>    // (S, V)

    /// Threads a step's rows are split across (W); the model's `workerCount` when the decoder was made.
    public let workerCount: Int

    /// A decoder with room for `slotCount` sequences of up to the model's context length, splitting each step's rows
    /// across `workerCount` threads (default: the model's).
    public init(model: GPT, slotCount: Int, workerCount: Int? = nil) {
        self.model = model
        self.slotCount = slotCount
        self.workerCount = max(1, workerCount ?? model.workerCount)
        let c = model.configuration
        let L = c.layerCount, S = slotCount, T = c.contextLength, C = c.channels, V = c.vocabularySize
        let TP = (T + 15) & ~15
        paddedLength = TP
        keys = FloatArena(count: L * S * TP * C)
        values = FloatArena(count: L * S * TP * C)
        let sizes = [S * C, S * C, S * 3 * C, S * C, S * C, S * 4 * C, S * 4 * C, 2 * S, self.workerCount * TP, S * V]
        scratch = FloatArena(count: sizes.reduce(0, +))
        var offset = 0
        var pointers: [UnsafeMutablePointer<Float>] = []
        for size in sizes { pointers.append(scratch.pointer(at: offset)); offset += size }
        x = pointers[0]; normed = pointers[1]; qkv = pointers[2]; atty = pointers[3]; projected = pointers[4]
        fch = pointers[5]; fchGelu = pointers[6]; statistics = pointers[7]; scores = pointers[8]; logits = pointers[9]
    }

    /// Feeds `tokens[i]` at `positions[i]` for the sequence in cache slot `slots[i]`, stores its key and value, and
    /// fills `logits` row i with the next-token logits. Positions of a slot must be fed in order 0, 1, 2, ….
    public func step(tokens: [Int32], positions: [Int], slots: [Int]) throws {
        let c = model.configuration
        let T = c.contextLength, C = c.channels, TP = paddedLength, V = c.vocabularySize
        let N = tokens.count
        let p = model.parameters
        for i in 0..<N {
            guard positions[i] < T else { throw ModelError.sizeExceeded(what: "position", size: positions[i] + 1, limit: T) }
            guard tokens[i] >= 0 && Int(tokens[i]) < V else {
                throw ModelError.tokenOutOfRange(token: tokens[i], vocabularySize: V)
            }
            let row = x + i * C, tokenRow = p.wte + Int(tokens[i]) * C, positionRow = p.wpe + positions[i] * C
            for j in 0..<C { row[j] = tokenRow[j] + positionRow[j] }
        }
        let workers = min(workerCount, N)
        runInParallel(workers) { worker in
            let first = N * worker / workers, count = N * (worker + 1) / workers - first
            self.forwardRows(first..<(first + count), positions: positions, slots: slots,
                             scores: self.scores + worker * TP)
        }
    }

    /// Layers, final LayerNorm and logits for rows `rows` of a step whose embeddings are in `x`. Touches only those
    /// rows of every buffer (and its own `scores` row), so parts run in parallel.
    private func forwardRows(_ rows: Range<Int>, positions: [Int], slots: [Int], scores: UnsafeMutablePointer<Float>) {
        let c = model.configuration
        let L = c.layerCount, S = slotCount, C = c.channels, TP = paddedLength
        let NH = c.headCount, HS = c.headSize, V = c.vocabularySize
        let N = rows.count, r0 = rows.lowerBound
        let p = model.parameters
        let scale = 1 / Float(HS).squareRoot()
        let x = self.x + r0 * C, normed = self.normed + r0 * C, qkv = self.qkv + r0 * 3 * C
        let atty = self.atty + r0 * C, projected = self.projected + r0 * C
        let fch = self.fch + r0 * 4 * C, fchGelu = self.fchGelu + r0 * 4 * C, logits = self.logits + r0 * V
        let mean = statistics + r0, reciprocalStd = statistics + S + r0
        for l in 0..<L {
            layerNormForward(output: normed, mean: mean, reciprocalStd: reciprocalStd, input: x,
                             weight: p.ln1w + l * C, bias: p.ln1b + l * C, rows: N, channels: C)
            linearForward(output: qkv, input: normed, weight: p.qkvw + l * 3 * C * C, bias: p.qkvb + l * 3 * C,
                          rows: N, inputChannels: C, outputChannels: 3 * C)
            for i in 0..<N {
                let position = positions[r0 + i]
                let chunks = (position + 16) / 16
                for h in 0..<NH {
                    let head = ((l * S + slots[r0 + i]) * NH + h) * HS * TP
                    let keysT = keys.pointer(at: head), valuesT = values.pointer(at: head)
                    let q = qkv + i * 3 * C + h * HS
                    for d in 0..<HS {
                        keysT[d * TP + position] = q[C + d]
                        valuesT[d * TP + position] = q[2 * C + d]
                    }
                    // scores[j] = scale · q · k[j] for j ≤ position, 16 positions at a time
                    for chunk in 0..<chunks {
                        var acc = Float16Lanes(repeating: 0)
                        for d in 0..<HS { acc = acc.addingProduct(q[d], loadLanes(keysT + d * TP + chunk * 16)) }
                        storeLanes(acc * scale, scores + chunk * 16)
                    }
                    softmaxRow(scores, from: scores, count: position + 1, zeroingTo: chunks * 16)
                    // out[d] = Σ_j scores[j] · v[j, d]; scores past `position` are zero
                    let out = atty + i * C + h * HS
                    for d in 0..<HS {
                        var acc = Float16Lanes(repeating: 0)
                        for chunk in 0..<chunks {
                            acc = acc.addingProduct(loadLanes(scores + chunk * 16),
                                                    loadLanes(valuesT + d * TP + chunk * 16))
                        }
                        out[d] = acc.sum()
                    }
                }
            }
            linearForward(output: projected, input: atty, weight: p.attprojw + l * C * C, bias: p.attprojb + l * C,
                          rows: N, inputChannels: C, outputChannels: C)
            for j in 0..<N * C { x[j] += projected[j] }
            layerNormForward(output: normed, mean: mean, reciprocalStd: reciprocalStd, input: x,
                             weight: p.ln2w + l * C, bias: p.ln2b + l * C, rows: N, channels: C)
            linearForward(output: fch, input: normed, weight: p.fcw + l * 4 * C * C, bias: p.fcb + l * 4 * C,
                          rows: N, inputChannels: C, outputChannels: 4 * C)
            geluForward(output: fchGelu, derivative: nil, input: fch, count: N * 4 * C)
            linearForward(output: projected, input: fchGelu, weight: p.fcprojw + l * C * 4 * C,
                          bias: p.fcprojb + l * C, rows: N, inputChannels: 4 * C, outputChannels: C)
            for j in 0..<N * C { x[j] += projected[j] }
        }
        layerNormForward(output: normed, mean: mean, reciprocalStd: reciprocalStd, input: x,
                         weight: p.lnfw, bias: p.lnfb, rows: N, channels: C)
        linearForward(output: logits, input: normed, weight: p.wte, bias: nil,
                      rows: N, inputChannels: C, outputChannels: V)
    }
}
