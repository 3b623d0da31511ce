// AdamW with decoupled weight decay and global-norm gradient clipping over the GPT's parameter arena.
// Both moments are arenas with the parameter layout; decay applies to tensors ParameterLayout marks as decayed.
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
                    var lanes = Float16Lanes(repeating: 0)
                    var i = start
                    while i + 16 <= end {
                        let v = loadLanes(g + i)
                        lanes = lanes.addingProduct(v, v)
                        i += 16
                    }
                    var partial = lanes.sum()
                    while i < end { partial += g[i] * g[i]; i += 1 }
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
        let b1 = beta1, b2 = beta2, eps = epsilon, weightDecay = weightDecay
        let total = layout.total
        let parts = max(1, min(threads, total / 4096))
        runInParallel(parts) { part in
            let sliceStart = total * part / parts, sliceEnd = total * (part + 1) / parts
            for tensor in 0..<layout.sizes.count {
                let start = max(sliceStart, layout.offsets[tensor])
                let end = min(sliceEnd, layout.offsets[tensor] + layout.sizes[tensor])
                if start >= end { continue }
                let decay: Float = ParameterLayout.decayed[tensor] ? lr * weightDecay : 0
                var i = start
                while i + 16 <= end {
                    let gradient = loadLanes(g + i) * gradientScale
                    let mi = (b1 * loadLanes(m + i)).addingProduct(1 - b1, gradient)
                    let vi = (b2 * loadLanes(v + i)).addingProduct((1 - b2) * gradient, gradient)
                    storeLanes(mi, m + i)
                    storeLanes(vi, v + i)
                    let step = (mi * correction1) / ((vi * correction2).squareRoot() + eps)
                    let pi = loadLanes(p + i)
                    storeLanes(pi - (lr * step + decay * pi), p + i)
                    i += 16
                }
                while i < end {  // the same operations as the lanes above, so slicing cannot change a bit
                    let gradient = g[i] * gradientScale
                    let mi = (b1 * m[i]).addingProduct(1 - b1, gradient)
                    let vi = (b2 * v[i]).addingProduct((1 - b2) * gradient, gradient)
                    m[i] = mi
                    v[i] = vi
                    let step = (mi * correction1) / ((vi * correction2).squareRoot() + eps)
                    p[i] = p[i] - (lr * step + decay * p[i])
                    i += 1
                }
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
