// Vectorised transcendental helpers (16 lanes): exp via Cephes' polynomial with exact power-of-two scaling, and
// tanh and softmax built on it. libm's scalar expf/tanhf took ~30% of a small training step; these are ~10× faster
// and accurate to a few ulp (tested against Foundation in GapModelTests). Inlinable so callers inline the lanes.

/// 16 Floats, the lane width of every vector helper here.
public typealias Float16Lanes = SIMD16<Float>

/// e^x per lane, for x clamped to [-87, 88] (results below ~1.6e-38 flush towards zero; NaN is not preserved).
@inlinable @inline(__always)
public func vectorExp(_ x: Float16Lanes) -> Float16Lanes {
    // compare-and-blend rather than `clamped`/`pointwiseMin`, which compile to scalar NaN-aware loops
    let low = x.replacing(with: -87, where: x .< -87)
    let clamped = low.replacing(with: 88, where: low .> 88)
    // n = round(x / ln 2) via the 1.5·2²³ trick: the low mantissa bits of `shifted` hold n.
    let magic: Float = 12_582_912
    let shifted = clamped * 1.442_695_04 + magic
    let n = shifted - magic
    var r = clamped - n * 0.693_359_375
    r = r + n * 2.121_944_4e-4
    var p = Float16Lanes(repeating: 1.987_569_15e-4)
    p = p * r + 1.398_199_950_7e-3
    p = p * r + 8.333_451_907_3e-3
    p = p * r + 4.166_579_589_4e-2
    p = p * r + 1.666_666_545_9e-1
    p = p * r + 5.000_000_120_1e-1
    p = p * (r * r) + r + 1
    let shiftedBits = unsafeBitCast(shifted, to: SIMD16<UInt32>.self)
    let exponentBits = (shiftedBits &- 0x4B40_0000 &+ 127) &<< 23
    return p * unsafeBitCast(exponentBits, to: Float16Lanes.self)
}

/// tanh(x) per lane as 1 − 2 / (e^{2x} + 1).
@inlinable @inline(__always)
public func vectorTanh(_ x: Float16Lanes) -> Float16Lanes {
    1 - 2 / (vectorExp(x + x) + 1)
}

/// Loads 16 Floats from `pointer` (no alignment needed).
@inlinable @inline(__always)
public func loadLanes(_ pointer: UnsafePointer<Float>) -> Float16Lanes {
    UnsafeRawPointer(pointer).loadUnaligned(as: Float16Lanes.self)
}

/// Stores 16 Floats to `pointer` (no alignment needed).
@inlinable @inline(__always)
public func storeLanes(_ value: Float16Lanes, _ pointer: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: Float16Lanes.self)
}

/// Loads `count` < 16 Floats, padding the rest with `padding`.
@inlinable @inline(__always)
public func loadPartialLanes(_ pointer: UnsafePointer<Float>, count: Int, padding: Float) -> Float16Lanes {
    var lanes = Float16Lanes(repeating: padding)
    for i in 0..<count { lanes[i] = pointer[i] }
    return lanes
}

/// Stores the first `count` < 16 lanes.
@inlinable @inline(__always)
public func storePartialLanes(_ value: Float16Lanes, _ pointer: UnsafeMutablePointer<Float>, count: Int) {
    for i in 0..<count { pointer[i] = value[i] }
}

/// In place: row[i] = e^{row[i] − maximum} for i < count; returns the sum of the results.
public func exponentiateRow(_ row: UnsafeMutablePointer<Float>, count: Int, subtracting maximum: Float) -> Float {
    var sum = Float16Lanes(repeating: 0)
    var i = 0
    while i + 16 <= count {
        let e = vectorExp(loadLanes(row + i) - maximum)
        storeLanes(e, row + i)
        sum += e
        i += 16
    }
    var total = sum.sum()
    if i < count {
        let e = vectorExp(loadPartialLanes(row + i, count: count - i, padding: maximum) - maximum)
        storePartialLanes(e, row + i, count: count - i)
        for lane in 0..<(count - i) { total += e[lane] }
    }
    return total
}

/// The largest of row[0..<count] (count ≥ 1).
public func maximumOfRow(_ row: UnsafePointer<Float>, count: Int) -> Float {
    var lanes = Float16Lanes(repeating: -.infinity)
    var i = 0
    while i + 16 <= count {
        let values = loadLanes(row + i)
        lanes = lanes.replacing(with: values, where: values .> lanes)
        i += 16
    }
    var result = lanes.max()
    while i < count { result = max(result, row[i]); i += 1 }
    return result
}

/// In place: row[i] *= factor for i < count.
public func scaleRow(_ row: UnsafeMutablePointer<Float>, count: Int, by factor: Float) {
    var i = 0
    while i + 16 <= count {
        storeLanes(loadLanes(row + i) * factor, row + i)
        i += 16
    }
    while i < count { row[i] *= factor; i += 1 }
}
