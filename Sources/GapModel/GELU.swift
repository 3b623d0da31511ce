// GELU, tanh approximation (GPT-2's, torch `approximate="tanh"`), forward and backward side by side.
// 16 lanes at a time with GapTensor's vector tanh; the scalar tail uses the same lane code on a padded vector.
// Legend: N = number of elements.
import GapTensor

@usableFromInline let geluScale: Float = 0.797_884_56  // √(2/π)

@inline(__always)
private func geluLanes(_ x: Float16Lanes) -> Float16Lanes {
    let t = vectorTanh(geluScale * (x + 0.044715 * x * x * x))
    return 0.5 * x * (1 + t)
}

@inline(__always)
private func geluDerivativeLanes(_ x: Float16Lanes) -> Float16Lanes {
    let x2 = x * x
    let t = vectorTanh(geluScale * (x + 0.044715 * x2 * x))
    let sech2 = 1 - t * t
    return 0.5 * (1 + t) + 0.5 * x * sech2 * geluScale * (1 + 3 * 0.044715 * x2)
}

/// out = 0.5 · x · (1 + tanh(√(2/π) · (x + 0.044715 x³))). Shapes: output, input (N).
public func geluForward(output: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>, count N: Int) {
    var i = 0
    while i + 16 <= N {
        storeLanes(geluLanes(loadLanes(input + i)), output + i)
        i += 16
    }
    if i < N {
        storePartialLanes(geluLanes(loadPartialLanes(input + i, count: N - i, padding: 0)), output + i, count: N - i)
    }
}

/// dInput = GELU′(input) · dOutput (overwritten). Shapes: dInput, input, dOutput (N).
public func geluBackward(
    dInput: UnsafeMutablePointer<Float>, input: UnsafePointer<Float>, dOutput: UnsafePointer<Float>, count N: Int
) {
    var i = 0
    while i + 16 <= N {
        storeLanes(geluDerivativeLanes(loadLanes(input + i)) * loadLanes(dOutput + i), dInput + i)
        i += 16
    }
    if i < N {
        let derivative = geluDerivativeLanes(loadPartialLanes(input + i, count: N - i, padding: 0))
        storePartialLanes(derivative * loadPartialLanes(dOutput + i, count: N - i, padding: 0), dInput + i,
                          count: N - i)
    }
}
