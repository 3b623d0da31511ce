// Factorisations compared as written: a candidate written as a product with fewer polynomial factors than a factored
// gold (`2(x^2-4)` against `2(x-2)(x+2)`) has not factored completely, though the two are equal as values.
extension EquivalenceChecker {
    /// Whether `candidate` is a product of polynomial factors with fewer factors that hold a variable than `gold`, a
    /// product of at least two such factors (a power counts its exponent's times); false for anything else.
    static func isLessFactored(candidate: Expression, than gold: Expression) -> Bool {
        guard let goldCount = polynomialFactorCount(gold), goldCount >= 2,
              let candidateCount = polynomialFactorCount(candidate) else { return false }
        return candidateCount < goldCount
    }

    /// The number of factors holding a variable in a product of polynomials (`2(x-2)(x+2)` → 2, `x^2(x+1)` → 3); nil when
    /// the expression is not a product, or a factor is not a polynomial.
    static func polynomialFactorCount(_ expression: Expression) -> Int? {
        var top = expression
        while case let .negation(inner) = top { top = inner }
        guard case .product = top else { return nil }
        var count = 0
        var pending = [top]
        while let next = pending.popLast() {
            switch next {
            case let .product(a, b): pending.append(a); pending.append(b)
            case let .negation(a): pending.append(a)
            default:
                guard isPolynomial(next) else { return nil }
                if next.variables.isEmpty { continue }
                if case let .power(_, .number(text)) = next, let times = Int(text), times >= 1 {
                    count += times
                } else {
                    count += 1
                }
            }
        }
        return count
    }

    /// Whether an expression is built from numbers, names, sums, products and whole powers only.
    static func isPolynomial(_ expression: Expression) -> Bool {
        switch expression {
        case .number, .variable: return true
        case let .sum(a, b), let .difference(a, b), let .product(a, b): return isPolynomial(a) && isPolynomial(b)
        case let .negation(a): return isPolynomial(a)
        case let .power(base, .number(text)):
            guard let exponent = Int(text), exponent >= 0 else { return false }
            return isPolynomial(base)
        case let .quotient(a, b): return b.variables.isEmpty && isPolynomial(a) && isPolynomial(b)
        default: return false
        }
    }
}
