// Evaluating expression trees: exactly as rationals where possible, otherwise as complex doubles at given points.
import Foundation

extension Expression {
    /// `value` rounded to the nearest whole number when it lies within 1e-9 (relative) of it, otherwise `value`.
    static func snappedToWhole(_ value: Double) -> Double {
        let whole = value.rounded()
        return abs(value - whole) <= 1e-9 * max(1, abs(value)) ? whole : value
    }

    /// The exact rational value, or nil when the expression has variables, irrational parts or overflows 64 bits.
    func exactValue() -> Rational? {
        switch self {
        case let .number(text): return Rational.parseDecimal(text)
        case .constant, .variable, .baseLiteral: return nil
        case let .sum(a, b): guard let x = a.exactValue(), let y = b.exactValue() else { return nil }; return x.adding(y)
        case let .difference(a, b): guard let x = a.exactValue(), let y = b.exactValue() else { return nil }; return x.adding(y.negated())
        case let .product(a, b): guard let x = a.exactValue(), let y = b.exactValue() else { return nil }; return x.multiplying(y)
        case let .quotient(a, b): guard let x = a.exactValue(), let y = b.exactValue() else { return nil }; return x.dividing(y)
        case let .negation(a): return a.exactValue()?.negated()
        case let .power(a, b):
            guard let x = a.exactValue(), let y = b.exactValue(), y.isInteger else { return nil }
            return x.power(y.numerator)
        case let .function(name, arguments):
            if name == "factorial", let x = arguments[0].exactValue(), x.isInteger, x.numerator >= 0, x.numerator <= 20 {
                return Rational(integer: (1...max(1, x.numerator)).reduce(1, *))
            }
            if name == "binom", let n = arguments[0].exactValue(), let k = arguments[1].exactValue(), n.isInteger, k.isInteger,
               k.numerator >= 0, n.numerator >= k.numerator, n.numerator <= 60 {
                var result = 1
                for step in 0..<k.numerator { result = result * (n.numerator - step) / (step + 1) }
                return Rational(integer: result)
            }
            if name == "abs", let x = arguments[0].exactValue() { return x.numerator < 0 ? x.negated() : x }
            if name == "floor" || name == "ceil", let x = arguments[0].exactValue() {
                let value = x.doubleValue
                guard abs(value) < 1e15 else { return nil }
                return Rational(integer: Int(name == "floor" ? value.rounded(.down) : value.rounded(.up)))
            }
            return nil
        }
    }

    /// The numeric value with `variables` bound; nil when something is undefined, overflows, or a variable is unbound.
    func numericValue(_ bindings: [String: Complex]) -> Complex? {
        switch self {
        case let .number(text): return Double(text).map { Complex($0) }
        case let .constant(name):
            switch name {
            case "pi": return Complex(Double.pi)
            case "e": return Complex(M_E)
            case "i": return Complex.i
            default: return nil
            }
        case let .variable(name): return bindings[name]
        case let .baseLiteral(digits, base):
            guard let radix = Int(base), (2...36).contains(radix), let value = Int(digits, radix: radix) else { return nil }
            return Complex(Double(value))
        case let .sum(a, b): return combine(a, b, bindings, +)
        case let .difference(a, b): return combine(a, b, bindings, -)
        case let .product(a, b): return combine(a, b, bindings, *)
        case let .quotient(a, b):
            guard let y = b.numericValue(bindings), y.magnitude > 0, let x = a.numericValue(bindings) else { return nil }
            return finite(x / y)
        case let .power(a, b):
            guard let x = a.numericValue(bindings), let y = b.numericValue(bindings) else { return nil }
            if y.magnitude > 4096 { return nil }
            return finite(x.pow(y))
        case let .negation(a): return a.numericValue(bindings).map { -$0 }
        case let .function(name, arguments) where name == "sum" || name == "prod":
            // Whole-number bounds only, at most 1,000 terms, no sum inside the body (so no input is slow); an empty range is undefined (so a closed form is compared
            // only where the sum has terms: `\sum_{k=1}^{n} k^2` is not 0 at n = -3 for this purpose).
            guard let low = arguments[1].numericValue(bindings), let high = arguments[2].numericValue(bindings),
                  low.im == 0, high.im == 0, abs(low.re - low.re.rounded()) < 1e-9, abs(high.re - high.re.rounded()) < 1e-9,
                  high.re >= low.re, high.re - low.re < 1_000, !arguments[0].containsSumOrProduct else { return nil }
            var total = Complex(name == "sum" ? 0 : 1)
            var inner = bindings
            var index = low.re.rounded()
            while index <= high.re.rounded() {
                inner[Expression.boundIndex] = Complex(index)
                guard let term = arguments[0].numericValue(inner) else { return nil }
                total = name == "sum" ? total + term : total * term
                index += 1
            }
            return finite(total)
        case let .function(name, arguments):
            let values = arguments.map { $0.numericValue(bindings) }
            guard values.allSatisfy({ $0 != nil }) else { return nil }
            let x = values[0]!
            let result: Complex?
            switch name {
            case "sqrt": result = x.sqrt()
            case "root": result = x.pow(Complex(1) / values[1]!)
            case "sin": result = x.sin()
            case "cos": result = x.cos()
            case "tan": result = x.sin() / x.cos()
            case "cot": result = x.cos() / x.sin()
            case "sec": result = Complex(1) / x.cos()
            case "csc": result = Complex(1) / x.sin()
            case "ln", "log": result = x.magnitude > 0 ? x.log() : nil
            case "exp": result = x.re > 700 ? nil : x.exp()
            case "abs": result = Complex(x.magnitude)
            // A value within rounding of a whole number is that number: `\log_2 8` computes as 2.9999999999999996, whose
            // floor must still be 3.
            case "floor": result = x.im == 0 ? Complex(Self.snappedToWhole(x.re).rounded(.down)) : nil
            case "ceil": result = x.im == 0 ? Complex(Self.snappedToWhole(x.re).rounded(.up)) : nil
            case "arcsin": result = x.im == 0 && abs(x.re) <= 1 ? Complex(asin(x.re)) : nil
            case "arccos": result = x.im == 0 && abs(x.re) <= 1 ? Complex(acos(x.re)) : nil
            case "arctan": result = x.im == 0 ? Complex(atan(x.re)) : nil
            case "sinh": result = x.im == 0 ? Complex(sinh(x.re)) : nil
            case "cosh": result = x.im == 0 ? Complex(cosh(x.re)) : nil
            case "tanh": result = x.im == 0 ? Complex(tanh(x.re)) : nil
            case "factorial":
                // Beyond 170! doubles overflow; refuse rather than compare infinities or zeros.
                guard x.im == 0, x.re >= 0, x.re <= 170 else { return nil }
                result = Complex(tgamma(x.re + 1))
            case "binom":
                let n = x.re, k = values[1]!.re
                guard x.im == 0, values[1]!.im == 0 else { return nil }
                if k >= 0, k <= 30, k == k.rounded() {
                    // A whole k: n(n-1)…(n-k+1)/k!, a polynomial in n, so `\binom{n}{2}` = `\frac{n(n-1)}{2}` at any point.
                    var value = 1.0
                    for j in 0..<Int(k) { value *= (n - Double(j)) / Double(j + 1) }
                    result = Complex(n == n.rounded() ? value.rounded() : value)
                } else {
                    guard n >= 0, k >= 0, n <= 170, k <= n else { return nil }
                    // Through the gamma function, rounded only at whole n and k: `\binom{2n}{n}` = `\frac{(2n)!}{(n!)^2}` at
                    // every sample point, where the factorials are gamma functions too.
                    let value = tgamma(n + 1) / (tgamma(k + 1) * tgamma(n - k + 1))
                    result = Complex(n == n.rounded() && k == k.rounded() ? value.rounded() : value)
                }
            default: result = nil
            }
            return result.flatMap(finite)
        }
    }

    private func combine(_ a: Expression, _ b: Expression, _ bindings: [String: Complex], _ operation: (Complex, Complex) -> Complex) -> Complex? {
        guard let x = a.numericValue(bindings), let y = b.numericValue(bindings) else { return nil }
        return finite(operation(x, y))
    }

    private func finite(_ value: Complex) -> Complex? { value.isFinite ? value : nil }
}

/// Numeric closeness with a relative tolerance (documented in docs/scoring.md): |a-b| <= 1e-9 * max(1, |a|, |b|).
func numericallyClose(_ a: Complex, _ b: Complex, tolerance: Double = 1e-9) -> Bool {
    let scale = max(1, a.magnitude, b.magnitude)
    return (a - b).magnitude <= tolerance * scale
}
