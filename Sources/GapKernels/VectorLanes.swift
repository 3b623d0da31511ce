// Lane helpers of the kernels: unaligned loads and stores, partial chunks, a horizontal maximum, and e^x and tanh
// by Cephes' polynomial with exact power-of-two scaling (a few ulp; libm's scalar expf/tanhf cost ~30% of a step).
extension KernelSet {
    /// e^x per lane, for x clamped to [-87, 88] (results below ~1.6e-38 flush towards zero; NaN is not preserved).
    @inlinable @inline(__always)
    public static func exp(_ x: Lanes) -> Lanes {
        // compare-and-blend rather than `clamped`/`pointwiseMin`, which compile to scalar NaN-aware loops
        let low = x.replacing(with: -87, where: x .< -87)
        let clamped = low.replacing(with: 88, where: low .> 88)
        // n = round(x / ln 2) via the 1.5·2²³ trick: the low mantissa bits of `shifted` hold n.
        let magic: Float = 12_582_912
        let shifted = Lanes(repeating: magic).addingProduct(clamped, 1.442_695_04)
        let n = shifted - magic
        var r = clamped.addingProduct(n, Lanes(repeating: -0.693_359_375))
        r = r.addingProduct(n, Lanes(repeating: 2.121_944_4e-4))
        // Horner steps as fused multiply-adds (`addingProduct`): Swift does not contract `p * r + c` by itself.
        var p = Lanes(repeating: 1.987_569_15e-4)
        p = Lanes(repeating: 1.398_199_950_7e-3).addingProduct(p, r)
        p = Lanes(repeating: 8.333_451_907_3e-3).addingProduct(p, r)
        p = Lanes(repeating: 4.166_579_589_4e-2).addingProduct(p, r)
        p = Lanes(repeating: 1.666_666_545_9e-1).addingProduct(p, r)
        p = Lanes(repeating: 5.000_000_120_1e-1).addingProduct(p, r)
        p = r.addingProduct(p, r * r) + 1
        let shiftedBits = unsafeBitCast(shifted, to: SIMD16<UInt32>.self)
        let exponentBits = (shiftedBits &- 0x4B40_0000 &+ 127) &<< 23
        return p * unsafeBitCast(exponentBits, to: Lanes.self)
    }

    /// tanh(x) per lane as 1 − 2 / (e^{2x} + 1).
    @inlinable @inline(__always)
    public static func tanh(_ x: Lanes) -> Lanes {
        1 - 2 / (exp(x + x) + 1)
    }

    /// Loads 16 Floats from `pointer` (no alignment needed).
    @inlinable @inline(__always)
    public static func load(_ pointer: UnsafePointer<Float>) -> Lanes {
        UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
    }

    /// Stores 16 Floats to `pointer` (no alignment needed).
    @inlinable @inline(__always)
    public static func store(_ value: Lanes, _ pointer: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: Lanes.self)
    }

    /// Loads `count` < 16 Floats, padding the rest with `padding`.
    @inlinable @inline(__always)
    public static func loadPartial(_ pointer: UnsafePointer<Float>, count: Int, padding: Float) -> Lanes {
        var lanes = Lanes(repeating: padding)
        for i in 0..<count { lanes[i] = pointer[i] }
        return lanes
    }

    /// Stores the first `count` < 16 lanes.
    @inlinable @inline(__always)
    public static func storePartial(_ value: Lanes, _ pointer: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { pointer[i] = value[i] }
    }

    /// The largest lane, by a pairwise tree of compare-and-blend (the generic `max()` is a scalar loop).
    @inlinable @inline(__always)
    public static func horizontalMaximum(_ v: Lanes) -> Float {
        let low8 = v.lowHalf, high8 = v.highHalf
        let m8 = low8.replacing(with: high8, where: high8 .> low8)
        let low4 = m8.lowHalf, high4 = m8.highHalf
        let m4 = low4.replacing(with: high4, where: high4 .> low4)
        return max(max(m4[0], m4[1]), max(m4[2], m4[3]))
    }
}
