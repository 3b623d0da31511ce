// GELU, tanh approximation (GPT-2's, torch `approximate="tanh"`), forward and backward side by side.
// 16 lanes at a time with GapTensor's vector tanh; forward also stores GELU′ so backward is a multiply.
// Legend: N = number of elements.
import Foundation
import GapTensor

@usableFromInline let geluScale: Float = 0.797_884_56  // √(2/π)

/// GELU(x) and, in the same pass, GELU′(x) (one exp per lane for both).
@inline(__always)
private func geluAndDerivativeLanes(_ x: Float16Lanes) -> (value: Float16Lanes, derivative: Float16Lanes) {
    let x2 = x * x
    let t = vectorTanh(geluScale * x.addingProduct(0.044715 * x2, x))
    let half = 0.5 * x
    let value = half.addingProduct(half, t)
    let sech2 = 1 - t * t
    let derivative = (0.5 * (1 + t)).addingProduct(half * sech2 * geluScale, 1 + 3 * 0.044715 * x2)
    return (value, derivative)
}

/// out = 0.5 · x · (1 + tanh(√(2/π) · (x + 0.044715 x³))); when `derivative` is given, also derivative = GELU′(x),
/// so backward is one multiply. `derivative` may be the same buffer as `input` (training keeps only GELU′).
/// Shapes: output, derivative, input (N).
public func geluForward(
    output: UnsafeMutablePointer<Float>, derivative: UnsafeMutablePointer<Float>?, input: UnsafePointer<Float>,
    count N: Int
) {
    var i = 0
    while i + 16 <= N {
        let (value, slope) = geluAndDerivativeLanes(loadLanes(input + i))
        storeLanes(value, output + i)
        if let derivative { storeLanes(slope, derivative + i) }
        i += 16
    }
    if i < N {
        let (value, slope) = geluAndDerivativeLanes(loadPartialLanes(input + i, count: N - i, padding: 0))
        storePartialLanes(value, output + i, count: N - i)
        if let derivative { storePartialLanes(slope, derivative + i, count: N - i) }
    }
}

/// dInput = derivative · dOutput (overwritten), with the GELU′ that `geluForward` stored.
/// Shapes: dInput, derivative, dOutput (N).
public func geluBackward(
    dInput: UnsafeMutablePointer<Float>, derivative: UnsafePointer<Float>, dOutput: UnsafePointer<Float>, count N: Int
) {
    var i = 0
    while i + 16 <= N {
        storeLanes(loadLanes(derivative + i) * loadLanes(dOutput + i), dInput + i)
        i += 16
    }
    while i < N { dInput[i] = derivative[i] * dOutput[i]; i += 1 }
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
