// Exact rationals (overflow-checked 64-bit) and complex doubles: the two number kinds the math core computes with.
import Foundation

/// An exact rational number, always reduced, denominator positive. Arithmetic returns nil on 64-bit overflow,
/// so callers fall back to the numeric (complex double) path rather than ever giving a wrong exact answer.
struct Rational: Hashable, Sendable {
    let numerator: Int
    let denominator: Int

    init?(_ numerator: Int, _ denominator: Int) {
        guard denominator != 0 else { return nil }
        if numerator == Int.min || denominator == Int.min { return nil }
        let divisor = Rational.gcd(abs(numerator), abs(denominator))
        let sign = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / divisor
        self.denominator = sign * denominator / divisor
    }

    init(integer: Int) { numerator = integer; denominator = 1 }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var x = a, y = b
        while y != 0 { (x, y) = (y, x % y) }
        return max(x, 1)
    }

    var isInteger: Bool { denominator == 1 }
    var doubleValue: Double { Double(numerator) / Double(denominator) }

    static func checkedMultiply(_ a: Int, _ b: Int) -> Int? {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? nil : value
    }
    static func checkedAdd(_ a: Int, _ b: Int) -> Int? {
        let (value, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : value
    }

    func adding(_ other: Rational) -> Rational? {
        guard let left = Rational.checkedMultiply(numerator, other.denominator),
              let right = Rational.checkedMultiply(other.numerator, denominator),
              let sum = Rational.checkedAdd(left, right),
              let bottom = Rational.checkedMultiply(denominator, other.denominator) else { return nil }
        return Rational(sum, bottom)
    }
    func negated() -> Rational { Rational(-numerator, denominator)! }
    func multiplying(_ other: Rational) -> Rational? {
        guard let top = Rational.checkedMultiply(numerator, other.numerator),
              let bottom = Rational.checkedMultiply(denominator, other.denominator) else { return nil }
        return Rational(top, bottom)
    }
    func dividing(_ other: Rational) -> Rational? {
        guard other.numerator != 0 else { return nil }
        return multiplying(Rational(other.denominator, other.numerator)!)
    }
    func power(_ exponent: Int) -> Rational? {
        if abs(exponent) > 128 { return nil }
        var result = Rational(integer: 1)
        for _ in 0..<abs(exponent) { guard let next = result.multiplying(self) else { return nil }; result = next }
        return exponent < 0 ? Rational(integer: 1).dividing(result) : result
    }

    /// Parses a plain decimal literal such as `-12`, `0.150` or `3.` exactly; nil when it does not fit in 64 bits.
    static func parseDecimal(_ text: String) -> Rational? {
        // ASCII text (one byte a Character, but CR LF, which is no digit either way) is read from its bytes.
        if let ascii = text.utf8.withContiguousStorageIfAvailable(parseASCIIDecimal), let decided = ascii { return decided }
        var digits = text
        var negative = false
        if digits.hasPrefix("-") { negative = true; digits.removeFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !digits.isEmpty else { return nil }
        let whole = parts[0].isEmpty ? "0" : String(parts[0])
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit), whole.count + fraction.count <= 18
        else { return nil }
        guard let top = Int(whole + fraction) else { return nil }
        var bottom = 1
        for _ in 0..<fraction.count { bottom *= 10 }
        return Rational(negative ? -top : top, bottom)
    }

    /// `parseDecimal` of ASCII bytes, as the Character-based reading above gives it; `.none` when a byte is not ASCII.
    static func parseASCIIDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Rational?? {
        var start = 0
        var negative = false
        if bytes.first == 45 { negative = true; start = 1 }   // `-`
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return .none }
        guard start < bytes.count else { return .some(nil) }
        // One point at most; the whole part may be empty (read as `0`), the fraction too (`3.`).
        var point: Int?
        for index in start..<bytes.count {
            let byte = bytes[index]
            if byte == 46 { guard point == nil else { return .some(nil) }; point = index; continue }
            guard Bytes.isDigit(byte) else { return .some(nil) }
        }
        let wholeEnd = point ?? bytes.count
        let wholeCount = max(1, wholeEnd - start), fractionCount = point.map { bytes.count - $0 - 1 } ?? 0
        guard wholeCount + fractionCount <= 18 else { return .some(nil) }
        var top = 0
        for index in start..<bytes.count where index != point { top = top * 10 + Int(bytes[index] - 48) }
        var bottom = 1
        for _ in 0..<fractionCount { bottom *= 10 }
        return .some(Rational(negative ? -top : top, bottom))
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

/// A complex double, enough for evaluating answers at random points (including `\sqrt{-4} = 2i`).
struct Complex: Sendable, Equatable {
    var re: Double
    var im: Double
    init(_ re: Double, _ im: Double = 0) { self.re = re; self.im = im }

    static let i = Complex(0, 1)
    var isFinite: Bool { re.isFinite && im.isFinite }
    var magnitude: Double { Foundation.hypot(re, im) }

    static func + (a: Complex, b: Complex) -> Complex { Complex(a.re + b.re, a.im + b.im) }
    static func - (a: Complex, b: Complex) -> Complex { Complex(a.re - b.re, a.im - b.im) }
    static prefix func - (a: Complex) -> Complex { Complex(-a.re, -a.im) }
    static func * (a: Complex, b: Complex) -> Complex { Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re) }
    static func / (a: Complex, b: Complex) -> Complex {
        let d = b.re * b.re + b.im * b.im
        return Complex((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d)
    }

    func exp() -> Complex { let m = Foundation.exp(re); return Complex(m * Foundation.cos(im), m * Foundation.sin(im)) }
    func log() -> Complex { Complex(Foundation.log(magnitude), atan2(im, re)) }
    func sqrt() -> Complex {
        if im == 0 { return re >= 0 ? Complex(re.squareRoot()) : Complex(0, (-re).squareRoot()) }
        return pow(Complex(0.5))
    }
    func pow(_ exponent: Complex) -> Complex {
        if exponent.im == 0, exponent.re == exponent.re.rounded(), abs(exponent.re) <= 64 {
            var result = Complex(1), base = self, n = Int(abs(exponent.re))
            while n > 0 { if n & 1 == 1 { result = result * base }; base = base * base; n >>= 1 }
            return exponent.re < 0 ? Complex(1) / result : result
        }
        if im == 0, re > 0, exponent.im == 0 { return Complex(Foundation.pow(re, exponent.re)) }
        if im == 0, re < 0, exponent.im == 0 {
            // Real odd roots of negative numbers stay real: (-8)^(1/3) = -2.
            let reciprocal = 1 / exponent.re
            if abs(reciprocal) < 1e6, abs(reciprocal - reciprocal.rounded()) < 1e-9, Int(reciprocal.rounded()) % 2 != 0 {
                return Complex(-Foundation.pow(-re, exponent.re))
            }
        }
        if re == 0, im == 0 { return Complex(0) }
        return (exponent * log()).exp()
    }
    func sin() -> Complex { Complex(Foundation.sin(re) * cosh(im), Foundation.cos(re) * sinh(im)) }
    func cos() -> Complex { Complex(Foundation.cos(re) * cosh(im), -Foundation.sin(re) * sinh(im)) }
}
