// Vectorised transcendental helpers (16 lanes): exp via Cephes' polynomial with exact power-of-two scaling, and
// tanh and softmax built on it. libm's scalar expf/tanhf took ~30% of a small training step; these are ~10× faster
// and accurate to a few ulp (tested against Foundation in GapModelTests). Inlinable so callers inline the lanes.
// Also the row helpers the layers share (add, scale).

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
    let shifted = Float16Lanes(repeating: magic).addingProduct(clamped, 1.442_695_04)
    let n = shifted - magic
    var r = clamped.addingProduct(n, Float16Lanes(repeating: -0.693_359_375))
    r = r.addingProduct(n, Float16Lanes(repeating: 2.121_944_4e-4))
    // Horner steps as fused multiply-adds (`addingProduct`): Swift does not contract `p * r + c` by itself.
    var p = Float16Lanes(repeating: 1.987_569_15e-4)
    p = Float16Lanes(repeating: 1.398_199_950_7e-3).addingProduct(p, r)
    p = Float16Lanes(repeating: 8.333_451_907_3e-3).addingProduct(p, r)
    p = Float16Lanes(repeating: 4.166_579_589_4e-2).addingProduct(p, r)
    p = Float16Lanes(repeating: 1.666_666_545_9e-1).addingProduct(p, r)
    p = Float16Lanes(repeating: 5.000_000_120_1e-1).addingProduct(p, r)
    p = r.addingProduct(p, r * r) + 1
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

/// The largest lane, by a pairwise tree of compare-and-blend (the generic `max()` is a scalar loop).
@inlinable @inline(__always)
public func horizontalMaximum(_ v: Float16Lanes) -> Float {
    let low8 = v.lowHalf, high8 = v.highHalf
    let m8 = low8.replacing(with: high8, where: high8 .> low8)
    let low4 = m8.lowHalf, high4 = m8.highHalf
    let m4 = low4.replacing(with: high4, where: high4 .> low4)
    return max(max(m4[0], m4[1]), max(m4[2], m4[3]))
}

/// destination[0..<count] = e^{source − max} (the softmax numerators); destination[count..<end] = 0. Returns the
/// reciprocal of their sum, so softmax = result · destination. Nothing at or after `end` is read or written, and
/// `destination` may be `source` (in place). Requires 1 ≤ count ≤ end.
///
/// The last, partial 16-lane chunk is processed as a whole vector with the lanes at or after `count` masked out
/// whenever it fits below `end`, so short rows (causal attention, a KV-cache score row) need no scalar tail, and the
/// masked lanes double as the zero fill.
@discardableResult
public func exponentiateRow(
    _ destination: UnsafeMutablePointer<Float>, from source: UnsafePointer<Float>, count: Int, zeroingTo end: Int
) -> Float {
    let whole = count & ~15, rest = count - whole
    let tailFits = rest > 0 && whole + 16 <= end
    // a vector right-hand side: `.< Int32(rest)` builds the mask one lane at a time through memory
    let lanes = SIMD16<Int32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
    let valid = lanes .< SIMD16<Int32>(repeating: Int32(rest))
    var maxLanes = Float16Lanes(repeating: -.infinity)
    var i = 0
    while i < whole {
        let values = loadLanes(source + i)
        maxLanes = maxLanes.replacing(with: values, where: values .> maxLanes)
        i += 16
    }
    var tail = Float16Lanes(repeating: -.infinity)
    if rest > 0 {
        tail = tailFits ? loadLanes(source + whole) : loadPartialLanes(source + whole, count: rest, padding: -.infinity)
        tail = tail.replacing(with: -.infinity, where: .!valid)
        maxLanes = maxLanes.replacing(with: tail, where: tail .> maxLanes)
    }
    let maximum = horizontalMaximum(maxLanes)
    var sumLanes = Float16Lanes(repeating: 0)
    i = 0
    while i < whole {
        let e = vectorExp(loadLanes(source + i) - maximum)
        storeLanes(e, destination + i)
        sumLanes += e
        i += 16
    }
    if rest > 0 {
        let e = vectorExp(tail - maximum).replacing(with: 0, where: .!valid)
        if tailFits { storeLanes(e, destination + whole) } else { storePartialLanes(e, destination + whole, count: rest) }
        sumLanes += e
    }
    let written = tailFits ? whole + 16 : count
    if written < end { (destination + written).update(repeating: 0, count: end - written) }
    return 1 / sumLanes.sum()
}

/// destination[0..<count] = softmax(source[0..<count]); destination[count..<end] = 0, as `exponentiateRow`.
public func softmaxRow(
    _ destination: UnsafeMutablePointer<Float>, from source: UnsafePointer<Float>, count: Int, zeroingTo end: Int
) {
    let inverse = exponentiateRow(destination, from: source, count: count, zeroingTo: end)
    scaleRow(destination, count: count, by: inverse)
}

/// In place: a[i] += b[i] for i < count.
public func addInPlace(_ a: UnsafeMutablePointer<Float>, _ b: UnsafePointer<Float>, count: Int) {
    var i = 0
    while i + 16 <= count {
        storeLanes(loadLanes(a + i) + loadLanes(b + i), a + i)
        i += 16
    }
    while i < count { a[i] += b[i]; i += 1 }
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
