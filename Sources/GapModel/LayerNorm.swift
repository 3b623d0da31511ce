// LayerNorm over channels (eps 1e-5), forward and backward side by side; caches mean and 1/std per row.
// Legend: N = rows (B·T), C = channels.
import Foundation
import GapTensor

/// Epsilon added to the variance, as in GPT-2 and torch.nn.LayerNorm.
public let layerNormEpsilon: Float = 1e-5

/// out = (x − mean) / sqrt(var + eps) · weight + bias, per row.
/// Shapes: output, input (N, C); mean, reciprocalStd (N); weight, bias (C).
public func layerNormForward(
    output: UnsafeMutablePointer<Float>, mean: UnsafeMutablePointer<Float>,
    reciprocalStd: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>,
    weight: UnsafePointer<Float>, bias: UnsafePointer<Float>, rows N: Int, channels C: Int
) {
    let inverseC = 1 / Float(C)
    if C % 16 == 0 {
        for row in 0..<N {
            let x = input + row * C, out = output + row * C
            var sumLanes = Float16Lanes(repeating: 0)
            for i in stride(from: 0, to: C, by: 16) { sumLanes += loadLanes(x + i) }
            let m = sumLanes.sum() * inverseC
            var varianceLanes = Float16Lanes(repeating: 0)
            for i in stride(from: 0, to: C, by: 16) {
                let d = loadLanes(x + i) - m
                varianceLanes = varianceLanes.addingProduct(d, d)
            }
            let s = 1 / (varianceLanes.sum() * inverseC + layerNormEpsilon).squareRoot()
            for i in stride(from: 0, to: C, by: 16) {
                storeLanes(((loadLanes(x + i) - m) * s) * loadLanes(weight + i)
                           + loadLanes(bias + i), out + i)
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

/// Accumulates dInput, dWeight and dBias from dOutput, using the cached mean and 1/std.
/// Shapes: dInput, dOutput, input (N, C); dWeight, dBias, weight (C); mean, reciprocalStd (N).
public func layerNormBackward(
    dInput: UnsafeMutablePointer<Float>, dWeight: UnsafeMutablePointer<Float>, dBias: UnsafeMutablePointer<Float>,
    dOutput: UnsafePointer<Float>, input: UnsafePointer<Float>, weight: UnsafePointer<Float>,
    mean: UnsafePointer<Float>, reciprocalStd: UnsafePointer<Float>, rows N: Int, channels C: Int
) {
    let inverseC = 1 / Float(C)
    if C % 16 == 0 {
        for row in 0..<N {
            let dOut = dOutput + row * C, x = input + row * C, dIn = dInput + row * C
            let m = mean[row], s = reciprocalStd[row]
            var meanLanes = Float16Lanes(repeating: 0), normMeanLanes = Float16Lanes(repeating: 0)
            for i in stride(from: 0, to: C, by: 16) {
                let norm = (loadLanes(x + i) - m) * s
                let dNorm = loadLanes(weight + i) * loadLanes(dOut + i)
                meanLanes += dNorm
                normMeanLanes = normMeanLanes.addingProduct(dNorm, norm)
            }
            let dNormMean = meanLanes.sum() * inverseC, dNormNormMean = normMeanLanes.sum() * inverseC
            for i in stride(from: 0, to: C, by: 16) {
                let norm = (loadLanes(x + i) - m) * s
                let g = loadLanes(dOut + i)
                let dNorm = loadLanes(weight + i) * g
                storeLanes(loadLanes(dBias + i) + g, dBias + i)
                storeLanes(loadLanes(dWeight + i).addingProduct(norm, g), dWeight + i)
                storeLanes(loadLanes(dIn + i) + (dNorm - dNormMean - norm * dNormNormMean) * s, dIn + i)
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
    }
}
