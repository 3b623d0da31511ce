// Small statistics for reports: mean, sample standard deviation, percentiles, and the normal and Student-t quantiles
// (by bisection on their CDFs; accurate to ~1e-9, plenty for a 95% interval). No resampling here (see GapEstimator).
import Foundation

/// Mean, sample standard deviation and count of a set of values (e.g. P over seeds).
public struct Summary: Sendable, Hashable, Codable {
    /// The values summarized, e.g. P per seed.
    public var values: [Double]
    public init(_ values: [Double]) { self.values = values }

    /// How many values.
    public var count: Int { values.count }
    /// The arithmetic mean (0 for no values).
    public var mean: Double { Statistics.mean(values) }
    /// The sample standard deviation (n − 1 in the denominator); nil with fewer than two values.
    public var standardDeviation: Double? { Statistics.sampleStandardDeviation(values) }
}

/// Numerical helpers used by gap intervals and tables.
public enum Statistics {
    /// The arithmetic mean; 0 for an empty array.
    public static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// The sample standard deviation √(Σ(x − x̄)² / (n − 1)); nil when n < 2.
    public static func sampleStandardDeviation(_ values: [Double]) -> Double? {
        guard values.count >= 2 else { return nil }
        let m = mean(values)
        return (values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count - 1)).squareRoot()
    }

    /// The q-quantile (q in [0, 1]) of already sorted values, by linear interpolation between order statistics.
    public static func percentile(sorted values: [Double], _ q: Double) -> Double {
        precondition(!values.isEmpty, "percentile of no values")
        let position = q * Double(values.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, values.count - 1)
        let fraction = position - Double(lower)
        return values[lower] + fraction * (values[upper] - values[lower])
    }

    /// Φ⁻¹(p) of the standard normal, e.g. 1.959964 for p = 0.975.
    public static func normalQuantile(_ p: Double) -> Double {
        bisect(p) { 0.5 * erfc(-$0 / 2.0.squareRoot()) }
    }

    /// The p-quantile of Student's t with `degreesOfFreedom` (may be fractional, as Welch's is),
    /// e.g. 4.302653 for p = 0.975, df = 2.
    public static func studentTQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        bisect(p) { t in
            let tail = 0.5 * regularizedIncompleteBeta(a: df / 2, b: 0.5, x: df / (df + t * t))
            return t >= 0 ? 1 - tail : tail
        }
    }

    /// Solves cdf(x) = p for an increasing cdf on [−1e4, 1e4].
    static func bisect(_ p: Double, cdf: (Double) -> Double) -> Double {
        var low = -1e4, high = 1e4
        for _ in 0..<200 {
            let middle = 0.5 * (low + high)
            if cdf(middle) < p { low = middle } else { high = middle }
        }
        return 0.5 * (low + high)
    }

    /// I_x(a, b), the regularized incomplete beta function, by its continued fraction (Numerical Recipes §6.4).
    static func regularizedIncompleteBeta(a: Double, b: Double, x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logGammas: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let logFront = logGammas + logPowers
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * betaContinuedFraction(a: a, b: b, x: x) / a
        }
        return 1 - exp(logFront) * betaContinuedFraction(a: b, b: a, x: 1 - x) / b
    }

    static func betaContinuedFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d; if abs(d) < tiny { d = tiny }
            c = 1 + even / c; if abs(c) < tiny { c = tiny }
            d = 1 / d; h *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d; if abs(d) < tiny { d = tiny }
            c = 1 + odd / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            h *= step
            if abs(step - 1) < 1e-15 { break }
        }
        return h
    }
}
