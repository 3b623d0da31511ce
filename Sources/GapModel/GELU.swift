// GELU, tanh approximation (GPT-2's, torch `approximate="tanh"`), forward and backward side by side.
// The bodies are GapKernels' (16 lanes, dispatched to 256- or 512-bit vectors); forward also stores GELU′ so backward
// is a multiply.
// Legend: N = number of elements.
import Foundation
import GapKernels
import GapTensor

/// out = 0.5 · x · (1 + tanh(√(2/π) · (x + 0.044715 x³))); when `derivative` is given, also derivative = GELU′(x),
/// so backward is one multiply. `derivative` may be the same buffer as `input` (training keeps only GELU′).
/// Shapes: output, derivative, input (N).
public func geluForward(
    output: UnsafeMutablePointer<Float>, derivative: UnsafeMutablePointer<Float>?, input: UnsafePointer<Float>,
    count N: Int
) {
    kernels.geluForward(output, derivative, input, N)
}

/// dInput = derivative · dOutput (overwritten), with the GELU′ that `geluForward` stored. When `dInputSums` is given,
/// dInput is (N / columns, columns) and each of its rows is added into `dInputSums` in row order: the bias gradient of
/// the linear layer before the GELU, in the same pass (so `linearBackward` is then called without dBias).
/// Shapes: dInput, derivative, dOutput (N); dInputSums (columns).
public func geluBackward(
    dInput: UnsafeMutablePointer<Float>, derivative: UnsafePointer<Float>, dOutput: UnsafePointer<Float>, count N: Int,
    dInputSums: UnsafeMutablePointer<Float>? = nil, columns: Int = 1
) {
    precondition(dInputSums == nil || (columns > 0 && N % columns == 0), "count must be whole rows")
    kernels.geluBackward(dInput, derivative, dOutput, dInputSums, dInputSums == nil ? 1 : N / columns,
                         dInputSums == nil ? N : columns)
}

/// Reference for the pair above, in scalar Double from the formula: out = GELU(x), dInput = GELU′(x) · dOutput.
public func geluNaive(
    output: UnsafeMutablePointer<Float>, dInput: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>,
    dOutput: UnsafePointer<Float>, count N: Int
) {
    let scale = (2 / Double.pi).squareRoot()
    for i in 0..<N {
        let x = Double(input[i])
        let t = tanh(scale * (x + 0.044715 * x * x * x))
        output[i] = Float(0.5 * x * (1 + t))
        let derivative = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * scale * (1 + 3 * 0.044715 * x * x)
        dInput[i] = Float(derivative * Double(dOutput[i]))
    }
}
