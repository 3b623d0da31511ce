// AdamW with decoupled weight decay and global-norm gradient clipping over the GPT's parameter arena.
// Both moments are arenas with the parameter layout; decay applies to tensors ParameterLayout marks as decayed.
import GapKernels
import GapModel
import GapTensor

/// The optimizer state: first and second moments and the number of updates made.
final class AdamW {
    let firstMoment: FloatArena   // same layout as the parameters
    let secondMoment: FloatArena  // same layout as the parameters
    var updateCount = 0
    let beta1: Float, beta2: Float, weightDecay: Float
    let epsilon: Float = 1e-8

    init(parameterCount: Int, beta1: Double, beta2: Double, weightDecay: Double) {
        firstMoment = FloatArena(count: parameterCount)
        secondMoment = FloatArena(count: parameterCount)
        self.beta1 = Float(beta1); self.beta2 = Float(beta2); self.weightDecay = Float(weightDecay)
    }

    /// Global L2 norm of all gradients: Float partial sums over fixed 4,096-element chunks, added in chunk order in
    /// Double, so the result does not depend on `threads` (chunks are shared out among them).
    static func gradientNorm(_ gradients: FloatArena, threads: Int = 1) -> Double {
        let g = gradients.base, n = gradients.count
        let chunk = 4096, chunkCount = (n + chunk - 1) / chunk
        var partials = [Double](repeating: 0, count: chunkCount)
        partials.withUnsafeMutableBufferPointer { buffer in
            let out = UncheckedSendableBox(buffer.baseAddress!)
            let parts = max(1, min(threads, chunkCount))
            runInParallel(parts) { part in
                for c in (chunkCount * part / parts)..<(chunkCount * (part + 1) / parts) {
                    let start = c * chunk, end = min(n, start + chunk)
                    let partial = kernels.sumOfSquares(g + start, end - start)
                    out.value[c] = Double(partial)
                }
            }
        }
        return partials.reduce(0, +).squareRoot()
    }

    /// One update: p ← p − lr · (m̂ / (√v̂ + ε) + λ · p) with gradients scaled by `gradientScale` (clipping).
    /// Element-wise, so splitting it over `threads` changes nothing in the result.
    func update(model: GPT, learningRate: Double, gradientScale: Float, threads: Int = 1) {
        updateCount += 1
        let t = Double(updateCount)
        let correction1 = Float(1 / (1 - pow(Double(beta1), t)))
        let correction2 = Float(1 / (1 - pow(Double(beta2), t)))
        let lr = Float(learningRate)
        let layout = model.layout
        let p = model.parameterArena.base, g = model.gradientArena.base
        let m = firstMoment.base, v = secondMoment.base
        let weightDecay = weightDecay
        let settings = { (decay: Float) in
            AdamWSettings(learningRate: lr, decay: decay, beta1: self.beta1, beta2: self.beta2,
                          correction1: correction1, correction2: correction2, epsilon: self.epsilon,
                          gradientScale: gradientScale)
        }
        let total = layout.total
        let parts = max(1, min(threads, total / 4096))
        runInParallel(parts) { part in
            let sliceStart = total * part / parts, sliceEnd = total * (part + 1) / parts
            for tensor in 0..<layout.sizes.count {
                let start = max(sliceStart, layout.offsets[tensor])
                let end = min(sliceEnd, layout.offsets[tensor] + layout.sizes[tensor])
                if start >= end { continue }
                let decay: Float = ParameterLayout.decayed[tensor] ? lr * weightDecay : 0
                kernels.adamWUpdate(p + start, g + start, m + start, v + start, end - start, settings(decay))
            }
        }
    }
}

private func pow(_ x: Double, _ y: Double) -> Double {
    var result = 1.0
    var remaining = Int(y)
    var base = x
    while remaining > 0 {
        if remaining & 1 == 1 { result *= base }
        base *= base
        remaining >>= 1
    }
    return result
}
