// SplitMix64: the one seeded random generator every module uses, so a seed means the same thing everywhere.
// Not cryptographic. Streams are derived with `derived(_:)` so that, e.g., data order and init never share draws.

/// A small, fast, seedable RNG (Steele et al., 2014). Value type: copying it forks the stream.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable, Codable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An independent stream for one purpose, e.g. `SplitMix64(seed: 7).derived("init")`.
    public func derived(_ purpose: String) -> SplitMix64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a over the purpose, mixed with this state
        for byte in purpose.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        var g = SplitMix64(seed: state ^ h)
        _ = g.next()
        return g
    }

    /// Uniform Float in [0, 1) with 24 random bits.
    public mutating func nextFloat() -> Float { Float(next() >> 40) * (1.0 / 16_777_216.0) }

    /// Uniform Double in [0, 1) with 53 random bits.
    public mutating func nextDouble() -> Double { Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0) }
}
