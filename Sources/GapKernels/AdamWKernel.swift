// The AdamW element update over a contiguous run of parameters (the optimizer's loop; GapTrain/AdamW.swift).
extension KernelSet {
    /// For i < count: m ← β1·m + (1−β1)·g, v ← β2·v + (1−β2)·g², p ← p − (lr · m̂/(√v̂ + ε) + decay · p), with
    /// g = gradient · gradientScale. The vector and scalar paths do the same operations, so how the parameters are
    /// split into runs (threads, tensors) cannot change a bit.
    @inlinable
    public static func adamWUpdate(
        parameters p: UnsafeMutablePointer<Float>, gradients g: UnsafePointer<Float>,
        firstMoment m: UnsafeMutablePointer<Float>, secondMoment v: UnsafeMutablePointer<Float>, count: Int,
        settings: AdamWSettings
    ) {
        let b1 = settings.beta1, b2 = settings.beta2, eps = settings.epsilon, lr = settings.learningRate
        let decay = settings.decay, gradientScale = settings.gradientScale
        let correction1 = settings.correction1, correction2 = settings.correction2
        var i = 0
        while i + 16 <= count {
            let gradient = load(g + i) * gradientScale
            let mi = (b1 * load(m + i)).addingProduct(1 - b1, gradient)
            let vi = (b2 * load(v + i)).addingProduct((1 - b2) * gradient, gradient)
            store(mi, m + i)
            store(vi, v + i)
            let step = (mi * correction1) / ((vi * correction2).squareRoot() + eps)
            let pi = load(p + i)
            store(pi - (lr * step + decay * pi), p + i)
            i += 16
        }
        while i < count {
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
