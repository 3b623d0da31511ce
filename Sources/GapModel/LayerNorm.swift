// LayerNorm over channels (eps 1e-5), forward and backward side by side; caches mean and 1/std per row. The bodies
// are GapKernels' (dispatched to 256- or 512-bit vectors).
// Legend: N = rows (B·T), C = channels.
import Foundation
import GapKernels
import GapTensor

/// out = (x − mean) / sqrt(var + eps) · weight + bias, per row.
/// Shapes: output, input (N, C); mean, reciprocalStd (N); weight, bias (C).
public func layerNormForward(
    output: UnsafeMutablePointer<Float>, mean: UnsafeMutablePointer<Float>,
    reciprocalStd: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>,
    weight: UnsafePointer<Float>, bias: UnsafePointer<Float>, rows N: Int, channels C: Int
) {
    kernels.layerNormForward(output, mean, reciprocalStd, input, weight, bias, N, C)
}

/// Accumulates dInput, dWeight and dBias from dOutput, using the cached mean and 1/std. When `dInputSums` is given,
/// every accumulated row of dInput is added into it too, in row order: the bias gradient of the linear layer that
/// takes dInput as its output gradient next (so `linearBackward` is then called without dBias).
/// Shapes: dInput, dOutput, input (N, C); dWeight, dBias, weight, dInputSums (C); mean, reciprocalStd (N).
public func layerNormBackward(
    dInput: UnsafeMutablePointer<Float>, dWeight: UnsafeMutablePointer<Float>, dBias: UnsafeMutablePointer<Float>,
    dOutput: UnsafePointer<Float>, input: UnsafePointer<Float>, weight: UnsafePointer<Float>,
    mean: UnsafePointer<Float>, reciprocalStd: UnsafePointer<Float>, rows N: Int, channels C: Int,
    dInputSums: UnsafeMutablePointer<Float>? = nil
) {
    kernels.layerNormBackward(dInput, dWeight, dBias, dOutput, input, weight, mean, reciprocalStd, N, C, dInputSums)
}
