// Vector helpers for code outside the dispatched kernels (the linear layers' bias copies, the KV cache): 16-lane
// loads and stores, and e^x / tanh for tests; and the row kernels (softmax numerators, add, scale) dispatched through
// `kernels` (KernelDispatch.swift), whose bodies live in GapKernels.
import GapCore
import GapKernels

/// 16 Floats, the lane width of every vector helper here.
public typealias Float16Lanes = SIMD16<Float>

/// The 256-bit compilation of GapKernels' lane helpers, for callers outside the dispatched tables.
enum TensorKernels: KernelSet {
    static var level: SIMDLevel { .avx2 }
}

/// e^x per lane, for x clamped to [-87, 88] (results below ~1.6e-38 flush towards zero; NaN is not preserved).
public func vectorExp(_ x: Float16Lanes) -> Float16Lanes { TensorKernels.exp(x) }

/// tanh(x) per lane as 1 − 2 / (e^{2x} + 1).
public func vectorTanh(_ x: Float16Lanes) -> Float16Lanes { TensorKernels.tanh(x) }

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

/// destination[0..<count] = e^{source − max} (the softmax numerators); destination[count..<end] = 0. Returns the
/// reciprocal of their sum, so softmax = result · destination. Nothing at or after `end` is read or written, and
/// `destination` may be `source` (in place). Requires 1 ≤ count ≤ end.
@discardableResult
public func exponentiateRow(
    _ destination: UnsafeMutablePointer<Float>, from source: UnsafePointer<Float>, count: Int, zeroingTo end: Int
) -> Float {
    kernels.exponentiateRow(destination, source, count, end)
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
    kernels.addInPlace(a, b, count)
}

/// In place: row[i] *= factor for i < count.
public func scaleRow(_ row: UnsafeMutablePointer<Float>, count: Int, by factor: Float) {
    kernels.scaleRow(row, count, factor)
}
