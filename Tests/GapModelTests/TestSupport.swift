// Helpers shared by the GapModel tests: seeded random arenas, closeness checks, finite-difference gradient checks.
import GapCore
import GapTensor
import Testing

/// An arena of `count` uniform values in [-scale, scale) drawn from `random`.
func randomArena(_ count: Int, scale: Float = 1, random: inout SplitMix64) -> FloatArena {
    let arena = FloatArena(count: count)
    for i in 0..<count { arena.base[i] = (random.nextFloat() * 2 - 1) * scale }
    return arena
}

/// Largest |a − b| over the first `count` values.
func maxDifference(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
    var worst: Float = 0
    for i in 0..<count { worst = max(worst, abs(a[i] - b[i])) }
    return worst
}

/// Σ output[i] · weights[i] in Double: the scalar whose gradient w.r.t. output is `weights`.
func weightedSum(_ output: UnsafePointer<Float>, _ weights: UnsafePointer<Float>, count: Int) -> Double {
    var sum = 0.0
    for i in 0..<count { sum += Double(output[i]) * Double(weights[i]) }
    return sum
}

/// Compares `analytic[i]` with a central finite difference of `loss` w.r.t. `values[i]` at up to `samples` indices.
/// Returns the worst relative error, with differences below `floor` treated as zero.
func finiteDifferenceError(
    values: UnsafeMutablePointer<Float>, count: Int, analytic: UnsafePointer<Float>, samples: Int = 24,
    epsilon: Float = 1e-2, floor: Double = 2e-3, loss: () -> Double
) -> Double {
    var worst = 0.0
    let stride = max(1, count / samples)
    for i in Swift.stride(from: 0, to: count, by: stride) {
        let saved = values[i]
        values[i] = saved + epsilon
        let plus = loss()
        values[i] = saved - epsilon
        let minus = loss()
        values[i] = saved
        let numeric = (plus - minus) / (2 * Double(epsilon))
        let difference = abs(numeric - Double(analytic[i]))
        if difference < floor { continue }
        worst = max(worst, difference / max(abs(numeric), abs(Double(analytic[i])), 1e-3))
    }
    return worst
}
