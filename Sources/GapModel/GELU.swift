// GELU, tanh approximation (GPT-2's, torch `approximate="tanh"`), forward and backward side by side.
// Legend: N = number of elements.
import Foundation

private let geluScale: Float = (2 / Float.pi).squareRoot()

/// out = 0.5 · x · (1 + tanh(√(2/π) · (x + 0.044715 x³))). Shapes: output, input (N).
public func geluForward(output: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>, count N: Int) {
    for i in 0..<N {
        let x = input[i]
        let u = geluScale * (x + 0.044715 * x * x * x)
        output[i] = 0.5 * x * (1 + tanhf(u))
    }
}

/// dInput = GELU′(input) · dOutput (overwritten). Shapes: dInput, input, dOutput (N).
public func geluBackward(
    dInput: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>, dOutput: UnsafePointer<Float>, count N: Int
) {
    for i in 0..<N {
        let x = input[i]
        let u = geluScale * (x + 0.044715 * x * x * x)
        let t = tanhf(u)
        let sech2 = 1 - t * t
        let derivative = 0.5 * (1 + t) + 0.5 * x * sech2 * geluScale * (1 + 3 * 0.044715 * x * x)
        dInput[i] = derivative * dOutput[i]
    }
}
