// Rational: exact fractions for problem values, so every gold answer is exact (no floating point anywhere).

/// A reduced fraction with a positive denominator. Values in the lab stay small, far from overflow.
struct Rational: Hashable, Sendable {
    let numerator: Int
    let denominator: Int

    init(_ numerator: Int, _ denominator: Int = 1) {
        precondition(denominator != 0, "zero denominator")
        let divisor = Rational.greatestCommonDivisor(abs(numerator), abs(denominator))
        let sign = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / max(divisor, 1)
        self.denominator = sign * denominator / max(divisor, 1)
    }

    static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    var isInteger: Bool { denominator == 1 }
    var isNegative: Bool { numerator < 0 }
    var isZero: Bool { numerator == 0 }

    static func + (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }
    static func - (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
    }
    static func * (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.numerator, a.denominator * b.denominator)
    }
    /// nil when dividing by zero.
    static func / (a: Rational, b: Rational) -> Rational? {
        b.isZero ? nil : Rational(a.numerator * b.denominator, a.denominator * b.numerator)
    }

    /// `5`, `-5`, `\frac{3}{4}`, `-\frac{3}{4}`: the canonical gold form of MATH-style answers.
    var latex: String {
        if isInteger { return String(numerator) }
        return (isNegative ? "-" : "") + "\\frac{\(abs(numerator))}{\(denominator)}"
    }

    /// `5`, `-5`, `3/4`: the plain form used by word problems (whose values are integers).
    var plain: String { isInteger ? String(numerator) : "\(numerator)/\(denominator)" }

    /// Magnitude bound used to keep generated values small.
    var size: Int { max(abs(numerator), denominator) }
}
