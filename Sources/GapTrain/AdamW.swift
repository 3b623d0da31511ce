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

    /// Global L2 norm of all gradients (accumulated in Double).
    static func gradientNorm(_ gradients: FloatArena) -> Double {
        var total = 0.0
        let g = gradients.base
        var i = 0
        let n = gradients.count
        while i < n {
            let end = min(n, i + 4096)
            var partial: Float = 0
            for j in i..<end { partial += g[j] * g[j] }
            total += Double(partial)
            i = end
        }
        return total.squareRoot()
    }

    /// One update: p ← p − lr · (m̂ / (√v̂ + ε) + λ · p) with gradients scaled by `gradientScale` (clipping).
    func update(model: GPT, learningRate: Double, gradientScale: Float) {
        updateCount += 1
        let t = Double(updateCount)
        let correction1 = Float(1 / (1 - pow(Double(beta1), t)))
        let correction2 = Float(1 / (1 - pow(Double(beta2), t)))
        let lr = Float(learningRate)
        let layout = model.layout
        let p = model.parameterArena.base, g = model.gradientArena.base
        let m = firstMoment.base, v = secondMoment.base
        let b1 = beta1, b2 = beta2, eps = epsilon
        for tensor in 0..<layout.sizes.count {
            let start = layout.offsets[tensor], end = start + layout.sizes[tensor]
            let decay: Float = ParameterLayout.decayed[tensor] ? lr * weightDecay : 0
            for i in start..<end {
                let gradient = g[i] * gradientScale
                let mi = b1 * m[i] + (1 - b1) * gradient
                let vi = b2 * v[i] + (1 - b2) * gradient * gradient
                m[i] = mi
                v[i] = vi
                let step = (mi * correction1) / ((vi * correction2).squareRoot() + eps)
                p[i] -= lr * step + decay * p[i]
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
