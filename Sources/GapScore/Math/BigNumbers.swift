// Arbitrary-precision integers and rationals: the exact path for values beyond 64 bits (bounded in size for speed).
import Foundation

/// A signed big integer: sign and magnitude in little-endian 32-bit limbs, never with high zero limbs.
struct BigInt: Equatable, Sendable {
    private(set) var negative: Bool
    private(set) var limbs: [UInt32]

    /// Values larger than this many limbs (about 1,230 decimal digits) are refused: callers fall back to numeric.
    static let maximumLimbs = 128

    init(_ value: Int) {
        negative = value < 0
        var magnitude = value.magnitude
        limbs = []
        while magnitude > 0 { limbs.append(UInt32(truncatingIfNeeded: magnitude)); magnitude >>= 32 }
    }

    init(negative: Bool, limbs: [UInt32]) {
        var trimmed = limbs
        while let last = trimmed.last, last == 0 { trimmed.removeLast() }
        self.limbs = trimmed
        self.negative = trimmed.isEmpty ? false : negative
    }

    /// Parses optional `-` then decimal digits.
    init?(decimal text: String) {
        var digits = Substring(text)
        var isNegative = false
        if digits.first == "-" { isNegative = true; digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 1200, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        var result: [UInt32] = []
        for character in digits {
            var carry = UInt64(character.asciiValue! - 48)
            for index in result.indices {
                let product = UInt64(result[index]) * 10 + carry
                result[index] = UInt32(truncatingIfNeeded: product)
                carry = product >> 32
            }
            if carry > 0 { result.append(UInt32(carry)) }
        }
        self.init(negative: isNegative, limbs: result)
    }

    var isZero: Bool { limbs.isEmpty }
    var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }
    var fitsLimit: Bool { limbs.count <= BigInt.maximumLimbs }

    static func compareMagnitude(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for index in stride(from: a.count - 1, through: 0, by: -1) where a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
        return 0
    }
    static func addMagnitude(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result = [UInt32](repeating: 0, count: max(a.count, b.count) + 1)
        var carry: UInt64 = 0
        for index in 0..<(result.count - 1) {
            let sum = UInt64(index < a.count ? a[index] : 0) + UInt64(index < b.count ? b[index] : 0) + carry
            result[index] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        result[result.count - 1] = UInt32(carry)
        return result
    }
    /// a - b for |a| >= |b|.
    static func subtractMagnitude(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result = a
        var borrow: Int64 = 0
        for index in 0..<a.count {
            var difference = Int64(a[index]) - Int64(index < b.count ? b[index] : 0) - borrow
            borrow = difference < 0 ? 1 : 0
            if difference < 0 { difference += 1 << 32 }
            result[index] = UInt32(difference)
        }
        return result
    }

    static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.negative == b.negative { return BigInt(negative: a.negative, limbs: addMagnitude(a.limbs, b.limbs)) }
        if compareMagnitude(a.limbs, b.limbs) >= 0 { return BigInt(negative: a.negative, limbs: subtractMagnitude(a.limbs, b.limbs)) }
        return BigInt(negative: b.negative, limbs: subtractMagnitude(b.limbs, a.limbs))
    }
    static prefix func - (a: BigInt) -> BigInt { BigInt(negative: !a.negative, limbs: a.limbs) }
    static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }
    static func * (a: BigInt, b: BigInt) -> BigInt {
        if a.isZero || b.isZero { return BigInt(0) }
        var result = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
        for i in 0..<a.limbs.count {
            var carry: UInt64 = 0
            let x = UInt64(a.limbs[i])
            for j in 0..<b.limbs.count {
                let current = x * UInt64(b.limbs[j]) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: current)
                carry = current >> 32
            }
            result[i + b.limbs.count] = UInt32(carry)
        }
        return BigInt(negative: a.negative != b.negative, limbs: result)
    }

    var trailingZeroBits: Int {
        for (index, limb) in limbs.enumerated() where limb != 0 { return index * 32 + limb.trailingZeroBitCount }
        return 0
    }
    func shiftedRight(_ bits: Int) -> BigInt {
        let limbShift = bits / 32, bitShift = bits % 32
        guard limbShift < limbs.count else { return BigInt(0) }
        var result = [UInt32](repeating: 0, count: limbs.count - limbShift)
        for index in 0..<result.count {
            let low = UInt64(limbs[index + limbShift]) >> UInt64(bitShift)
            let high = index + limbShift + 1 < limbs.count && bitShift > 0 ? UInt64(limbs[index + limbShift + 1]) << UInt64(32 - bitShift) : 0
            result[index] = UInt32(truncatingIfNeeded: low | high)
        }
        return BigInt(negative: negative, limbs: result)
    }
    func shiftedLeft(_ bits: Int) -> BigInt {
        guard !isZero else { return self }
        let limbShift = bits / 32, bitShift = bits % 32
        var result = [UInt32](repeating: 0, count: limbs.count + limbShift + 1)
        for (index, limb) in limbs.enumerated() {
            let wide = UInt64(limb) << UInt64(bitShift)
            result[index + limbShift] |= UInt32(truncatingIfNeeded: wide)
            result[index + limbShift + 1] |= UInt32(truncatingIfNeeded: wide >> 32)
        }
        return BigInt(negative: negative, limbs: result)
    }
    var magnitudeValue: BigInt { BigInt(negative: false, limbs: limbs) }

    /// Binary GCD of the magnitudes (shifts and subtractions only).
    static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var x = a.magnitudeValue, y = b.magnitudeValue
        if x.isZero { return y }
        if y.isZero { return x }
        let shift = min(x.trailingZeroBits, y.trailingZeroBits)
        x = x.shiftedRight(x.trailingZeroBits)
        repeat {
            y = y.shiftedRight(y.trailingZeroBits)
            if compareMagnitude(x.limbs, y.limbs) > 0 { swap(&x, &y) }
            y = y - x
        } while !y.isZero
        return x.shiftedLeft(shift)
    }

    /// Exact division of magnitudes known to divide evenly (used after gcd); binary long division.
    static func divide(_ a: BigInt, by b: BigInt) -> BigInt {
        if b.limbs == [1] { return b.negative ? -a : a }
        var quotient = [UInt32](repeating: 0, count: a.limbs.count)
        var remainder = BigInt(0)
        let divisor = b.magnitudeValue
        for bit in stride(from: a.limbs.count * 32 - 1, through: 0, by: -1) {
            remainder = remainder.shiftedLeft(1)
            if (a.limbs[bit / 32] >> UInt32(bit % 32)) & 1 == 1 { remainder = remainder + BigInt(1) }
            if compareMagnitude(remainder.limbs, divisor.limbs) >= 0 {
                remainder = remainder - divisor
                quotient[bit / 32] |= 1 << UInt32(bit % 32)
            }
        }
        return BigInt(negative: a.negative != b.negative, limbs: quotient)
    }
}

/// An exact rational over `BigInt`, reduced, denominator positive; nil results when sizes exceed the limit.
struct BigRational: Equatable, Sendable {
    let numerator: BigInt
    let denominator: BigInt

    init?(_ numerator: BigInt, _ denominator: BigInt) {
        guard !denominator.isZero, numerator.fitsLimit, denominator.fitsLimit else { return nil }
        let divisor = BigInt.gcd(numerator, denominator)
        let reduced = divisor.limbs == [1]
        var top = reduced ? numerator : BigInt.divide(numerator, by: divisor)
        var bottom = reduced ? denominator : BigInt.divide(denominator, by: divisor)
        if bottom.negative { top = -top; bottom = -bottom }
        self.numerator = top
        self.denominator = bottom
    }

    /// An already reduced fraction (powers of a reduced fraction stay reduced).
    private init(reducedNumerator: BigInt, denominator: BigInt) {
        numerator = reducedNumerator
        self.denominator = denominator
    }

    init(_ rational: Rational) {
        numerator = BigInt(rational.numerator)
        denominator = BigInt(rational.denominator)
    }

    var isInteger: Bool { denominator == BigInt(1) }

    static func decimal(_ text: String) -> BigRational? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = BigInt(decimal: (parts[0].isEmpty ? "0" : String(parts[0])) + (parts.count == 2 ? String(parts[1]) : ""))
        else { return nil }
        var scale = BigInt(1)
        if parts.count == 2 { for _ in 0..<parts[1].count { scale = scale * BigInt(10) } }
        return BigRational(whole, scale)
    }

    func adding(_ other: BigRational) -> BigRational? {
        BigRational(numerator * other.denominator + other.numerator * denominator, denominator * other.denominator)
    }
    func negated() -> BigRational { BigRational(-numerator, denominator)! }
    func multiplying(_ other: BigRational) -> BigRational? { BigRational(numerator * other.numerator, denominator * other.denominator) }
    func dividing(_ other: BigRational) -> BigRational? {
        guard !other.numerator.isZero else { return nil }
        return BigRational(numerator * other.denominator, denominator * other.numerator)
    }
    func power(_ exponent: Int) -> BigRational? {
        guard abs(exponent) <= 4096, let top = BigRational.power(numerator, abs(exponent)),
              let bottom = BigRational.power(denominator, abs(exponent)) else { return nil }
        if exponent >= 0 { return BigRational(reducedNumerator: top, denominator: bottom) }
        guard !top.isZero else { return nil }
        return top.negative ? BigRational(reducedNumerator: -bottom, denominator: -top) : BigRational(reducedNumerator: bottom, denominator: top)
    }

    /// `base^exponent` by squaring; nil beyond the size limit.
    private static func power(_ base: BigInt, _ exponent: Int) -> BigInt? {
        var result = BigInt(1), square = base, remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result = result * square; guard result.fitsLimit else { return nil } }
            remaining >>= 1
            if remaining > 0 { square = square * square; guard square.limbs.count <= 2 * BigInt.maximumLimbs else { return nil } }
        }
        return result
    }
}

extension Expression {
    /// The exact value over big integers, for values beyond 64 bits; nil for variables, irrational parts or huge sizes.
    func exactBigValue() -> BigRational? {
        switch self {
        case let .number(text): return BigRational.decimal(text)
        case .constant, .variable, .baseLiteral: return nil
        case let .sum(a, b): guard let x = a.exactBigValue(), let y = b.exactBigValue() else { return nil }; return x.adding(y)
        case let .difference(a, b): guard let x = a.exactBigValue(), let y = b.exactBigValue() else { return nil }; return x.adding(y.negated())
        case let .product(a, b): guard let x = a.exactBigValue(), let y = b.exactBigValue() else { return nil }; return x.multiplying(y)
        case let .quotient(a, b): guard let x = a.exactBigValue(), let y = b.exactBigValue() else { return nil }; return x.dividing(y)
        case let .negation(a): return a.exactBigValue()?.negated()
        case let .power(a, b):
            guard let y = b.exactValue(), y.isInteger, let x = a.exactBigValue() else { return nil }
            return x.power(y.numerator)
        case let .function(name, arguments):
            if name == "factorial", let n = arguments[0].exactValue(), n.isInteger, n.numerator >= 0, n.numerator <= 400 {
                var result = BigInt(1)
                if n.numerator > 1 { for factor in 2...n.numerator { result = result * BigInt(factor) } }
                return BigRational(result, BigInt(1))
            }
            return exactValue().map(BigRational.init)
        }
    }
}
