// Layer kernels: LayerNorm forward/backward over channels and GELU (tanh approximation) forward/backward.
// The layers' contracts and shapes are documented where GapModel calls them (LayerNorm.swift, GELU.swift).
// Legend: N = rows (B·T) or elements, C = channels.

/// √(2/π), GELU's tanh-approximation scale.
@usableFromInline let geluScale: Float = 0.797_884_56
/// Epsilon added to the variance, as in GPT-2 and torch.nn.LayerNorm.
public let layerNormEpsilon: Float = 1e-5

extension KernelSet {
    /// out = (x − mean) / sqrt(var + eps) · weight + bias per row; caches mean and 1/std.
    /// Shapes: output, input (N, C); mean, reciprocalStd (N); weight, bias (C).
    @inlinable
    public static func layerNormForward(
        output: UnsafeMutablePointer<Float>, mean: UnsafeMutablePointer<Float>,
        reciprocalStd: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>,
        weight: UnsafePointer<Float>, bias: UnsafePointer<Float>, rows N: Int, channels C: Int
    ) {
        let inverseC = 1 / Float(C)
        if C % 16 == 0 {
            for row in 0..<N {
                let x = input + row * C, out = output + row * C
                var sumLanes = Lanes(repeating: 0)
                for i in stride(from: 0, to: C, by: 16) { sumLanes += load(x + i) }
                let m = sumLanes.sum() * inverseC
                var varianceLanes = Lanes(repeating: 0)
                for i in stride(from: 0, to: C, by: 16) {
                    let d = load(x + i) - m
                    varianceLanes = varianceLanes.addingProduct(d, d)
                }
                let s = 1 / (varianceLanes.sum() * inverseC + layerNormEpsilon).squareRoot()
                for i in stride(from: 0, to: C, by: 16) {
                    store(((load(x + i) - m) * s) * load(weight + i) + load(bias + i), out + i)
                }
                mean[row] = m
                reciprocalStd[row] = s
            }
            return
        }
        for row in 0..<N {
            let x = input + row * C
            var sum: Float = 0
            for i in 0..<C { sum += x[i] }
            let m = sum * inverseC
            var variance: Float = 0
            for i in 0..<C { let d = x[i] - m; variance += d * d }
            variance *= inverseC
            let s = 1 / (variance + layerNormEpsilon).squareRoot()
            let out = output + row * C
            for i in 0..<C { out[i] = (x[i] - m) * s * weight[i] + bias[i] }
            mean[row] = m
            reciprocalStd[row] = s
        }
    }

    /// Accumulates dInput, dWeight and dBias from dOutput, using the cached mean and 1/std. When `dInputSums` is
    /// given, each row of dInput, once accumulated, is also added into it (row by row, as `addInPlace` would): the
    /// bias gradient of a linear layer whose output gradient dInput is, without another pass over dInput.
    /// Shapes: dInput, dOutput, input (N, C); dWeight, dBias, weight, dInputSums (C); mean, reciprocalStd (N).
    @inlinable
    public static func layerNormBackward(
        dInput: UnsafeMutablePointer<Float>, dWeight: UnsafeMutablePointer<Float>, dBias: UnsafeMutablePointer<Float>,
        dOutput: UnsafePointer<Float>, input: UnsafePointer<Float>, weight: UnsafePointer<Float>,
        mean: UnsafePointer<Float>, reciprocalStd: UnsafePointer<Float>, rows N: Int, channels C: Int,
        dInputSums: UnsafeMutablePointer<Float>? = nil
    ) {
        let inverseC = 1 / Float(C)
        if C % 16 == 0 {
            for row in 0..<N {
                let dOut = dOutput + row * C, x = input + row * C, dIn = dInput + row * C
                let m = mean[row], s = reciprocalStd[row]
                var meanLanes = Lanes(repeating: 0), normMeanLanes = Lanes(repeating: 0)
                for i in stride(from: 0, to: C, by: 16) {
                    let norm = (load(x + i) - m) * s
                    let dNorm = load(weight + i) * load(dOut + i)
                    meanLanes += dNorm
                    normMeanLanes = normMeanLanes.addingProduct(dNorm, norm)
                }
                let dNormMean = meanLanes.sum() * inverseC, dNormNormMean = normMeanLanes.sum() * inverseC
                for i in stride(from: 0, to: C, by: 16) {
                    let norm = (load(x + i) - m) * s
                    let g = load(dOut + i)
                    let dNorm = load(weight + i) * g
                    store(load(dBias + i) + g, dBias + i)
                    store(load(dWeight + i).addingProduct(norm, g), dWeight + i)
                    let accumulated = load(dIn + i) + (dNorm - dNormMean - norm * dNormNormMean) * s
                    store(accumulated, dIn + i)
                    if let dInputSums { store(load(dInputSums + i) + accumulated, dInputSums + i) }
                }
            }
            return
        }
        for row in 0..<N {
            let dOut = dOutput + row * C
            let x = input + row * C
            let dIn = dInput + row * C
            let m = mean[row], s = reciprocalStd[row]
            var dNormMean: Float = 0
            var dNormNormMean: Float = 0
            for i in 0..<C {
                let norm = (x[i] - m) * s
                let dNorm = weight[i] * dOut[i]
                dNormMean += dNorm
                dNormNormMean += dNorm * norm
            }
            dNormMean *= inverseC
            dNormNormMean *= inverseC
            for i in 0..<C {
                let norm = (x[i] - m) * s
                let dNorm = weight[i] * dOut[i]
                dBias[i] += dOut[i]
                dWeight[i] += norm * dOut[i]
                dIn[i] += (dNorm - dNormMean - norm * dNormNormMean) * s
            }
            if let dInputSums { for i in 0..<C { dInputSums[i] += dIn[i] } }
        }
    }

    /// GELU(x) and, in the same pass, GELU′(x) (one exp per lane for both).
    @inlinable @inline(__always)
    static func geluAndDerivative(_ x: Lanes) -> (value: Lanes, derivative: Lanes) {
        let x2 = x * x
        let t = tanh(geluScale * x.addingProduct(0.044715 * x2, x))
        let half = 0.5 * x
        let value = half.addingProduct(half, t)
        let sech2 = 1 - t * t
        let derivative = (0.5 * (1 + t)).addingProduct(half * sech2 * geluScale, 1 + 3 * 0.044715 * x2)
        return (value, derivative)
    }

    /// out = GELU(x); when `derivative` is given, also derivative = GELU′(x) (it may be `input`).
    /// Shapes: output, derivative, input (N).
    @inlinable
    public static func geluForward(
        output: UnsafeMutablePointer<Float>, derivative: UnsafeMutablePointer<Float>?, input: UnsafePointer<Float>,
        count N: Int
    ) {
        var i = 0
        while i + 16 <= N {
            let (value, slope) = geluAndDerivative(load(input + i))
            store(value, output + i)
            if let derivative { store(slope, derivative + i) }
            i += 16
        }
        if i < N {
            let (value, slope) = geluAndDerivative(loadPartial(input + i, count: N - i, padding: 0))
            storePartial(value, output + i, count: N - i)
            if let derivative { storePartial(slope, derivative + i, count: N - i) }
        }
    }

    /// dInput = derivative · dOutput (overwritten), over `rows` rows of `columns`. When `dInputSums` is given, each
    /// finished row of dInput is also added into it (row by row, as `addInPlace` would): the bias gradient of the
    /// linear layer whose output gradient dInput is, while the row is at hand.
    /// Shapes: dInput, derivative, dOutput (rows, columns); dInputSums (columns).
    @inlinable
    public static func geluBackward(
        dInput: UnsafeMutablePointer<Float>, derivative: UnsafePointer<Float>, dOutput: UnsafePointer<Float>,
        dInputSums: UnsafeMutablePointer<Float>?, rows: Int, columns: Int
    ) {
        guard let dInputSums else {
            let N = rows * columns
            var i = 0
            while i + 16 <= N {
                store(load(derivative + i) * load(dOutput + i), dInput + i)
                i += 16
            }
            while i < N { dInput[i] = derivative[i] * dOutput[i]; i += 1 }
            return
        }
        for row in 0..<rows {
            let offset = row * columns
            let dIn = dInput + offset, slope = derivative + offset, dOut = dOutput + offset
            var i = 0
            while i + 16 <= columns {
                let product = load(slope + i) * load(dOut + i)
                store(product, dIn + i)
                store(load(dInputSums + i) + product, dInputSums + i)
                i += 16
            }
            while i < columns {
                let product = slope[i] * dOut[i]
                dIn[i] = product
                dInputSums[i] += product
                i += 1
            }
        }
    }
}
