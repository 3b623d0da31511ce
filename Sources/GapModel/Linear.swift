// Linear layer (x · Wᵀ + b) through BLAS, forward and backward side by side, each with its naive reference loop.
// Legend: N = rows (B·T), IC = input channels, OC = output channels. Weights are (OC, IC) like torch.nn.Linear.
import GapTensor

/// output = input · weightᵀ + bias (+ residual). The bias and residual are written first and the GEMM accumulates
/// onto them, so a residual connection costs no extra pass.
/// Shapes: output, residual (N, OC); input (N, IC); weight (OC, IC); bias (OC) or nil.
public func linearForward(
    output: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>, weight: UnsafePointer<Float>,
    bias: UnsafePointer<Float>?, residual: UnsafePointer<Float>? = nil,
    rows N: Int, inputChannels IC: Int, outputChannels OC: Int
) {
    switch (bias, residual) {
    case let (bias?, residual?):
        for row in 0..<N {
            let out = output + row * OC, res = residual + row * OC
            var o = 0
            while o + 16 <= OC {
                storeLanes(loadLanes(res + o) + loadLanes(bias + o), out + o)
                o += 16
            }
            while o < OC { out[o] = res[o] + bias[o]; o += 1 }
        }
    case let (bias?, nil):
        for row in 0..<N {  // a vector loop: a memmove call per (short) row cost more than the copy
            let out = output + row * OC
            var o = 0
            while o + 16 <= OC {
                storeLanes(loadLanes(bias + o), out + o)
                o += 16
            }
            while o < OC { out[o] = bias[o]; o += 1 }
        }
    case let (nil, residual?):
        output.update(from: residual, count: N * OC)
    case (nil, nil):
        break
    }
    gemm(.none, .transposed, m: N, n: OC, k: IC, a: input, lda: IC, b: weight, ldb: IC,
         beta: bias == nil && residual == nil ? 0 : 1, c: output, ldc: OC)
}

/// Naive reference for `linearForward`.
public func linearForwardNaive(
    output: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>, weight: UnsafePointer<Float>,
    bias: UnsafePointer<Float>?, residual: UnsafePointer<Float>? = nil,
    rows N: Int, inputChannels IC: Int, outputChannels OC: Int
) {
    for row in 0..<N {
        for o in 0..<OC {
            var sum: Float = (bias?[o] ?? 0) + (residual?[row * OC + o] ?? 0)
            for i in 0..<IC { sum += input[row * IC + i] * weight[o * IC + i] }
            output[row * OC + o] = sum
        }
    }
}

/// dInput = dOutput · weight (overwritten); dWeight += dOutputᵀ · input; dBias += column sums of dOutput.
/// Shapes: dInput, input (N, IC); dWeight, weight (OC, IC); dBias (OC) or nil; dOutput (N, OC).
public func linearBackward(
    dInput: UnsafeMutablePointer<Float>, dWeight: UnsafeMutablePointer<Float>, dBias: UnsafeMutablePointer<Float>?,
    dOutput: UnsafePointer<Float>, input: UnsafePointer<Float>, weight: UnsafePointer<Float>,
    rows N: Int, inputChannels IC: Int, outputChannels OC: Int
) {
    gemm(.none, .none, m: N, n: IC, k: OC, a: dOutput, lda: OC, b: weight, ldb: IC, beta: 0, c: dInput, ldc: IC)
    gemm(.transposed, .none, m: OC, n: IC, k: N, a: dOutput, lda: OC, b: input, ldb: IC, beta: 1, c: dWeight, ldc: IC)
    if let dBias {
        for row in 0..<N { addInPlace(dBias, dOutput + row * OC, count: OC) }
    }
}

/// Naive reference for `linearBackward` (same overwrite/accumulate contract).
public func linearBackwardNaive(
    dInput: UnsafeMutablePointer<Float>, dWeight: UnsafeMutablePointer<Float>, dBias: UnsafeMutablePointer<Float>?,
    dOutput: UnsafePointer<Float>, input: UnsafePointer<Float>, weight: UnsafePointer<Float>,
    rows N: Int, inputChannels IC: Int, outputChannels OC: Int
) {
    for row in 0..<N {
        for i in 0..<IC {
            var sum: Float = 0
            for o in 0..<OC { sum += dOutput[row * OC + o] * weight[o * IC + i] }
            dInput[row * IC + i] = sum
        }
    }
    for o in 0..<OC {
        for i in 0..<IC {
            var sum: Float = 0
            for row in 0..<N { sum += dOutput[row * OC + o] * input[row * IC + i] }
            dWeight[o * IC + i] += sum
        }
        if let dBias {
            var sum: Float = 0
            for row in 0..<N { sum += dOutput[row * OC + o] }
            dBias[o] += sum
        }
    }
}
