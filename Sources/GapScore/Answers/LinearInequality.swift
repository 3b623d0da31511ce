// Linear inequalities in one variable solved for it (`2x > 6` → `x > 3`, `-x \ge -1` → `x \le 1`), so they compare as intervals.

extension AnswerParser {
    /// An inequality whose sides are linear in one variable with rational coefficients, rewritten with that variable
    /// alone: `2x > 6` gives pieces `x`, `3` and kind `>`; `-1 < 2x + 1 \le 5` gives `-1`, `x`, `2` with `<`, `<=`.
    /// Dividing by a negative coefficient turns the relation round. Nil for anything else (`x^2 > 4`, two variables).
    static func solvedLinearInequality(pieces: [String], kinds: [String]) -> (pieces: [String], kinds: [String])? {
        guard kinds.allSatisfy({ ["<", "<=", ">", ">="].contains($0) }) else { return nil }
        let flipped = ["<": ">", "<=": ">=", ">": "<", ">=": "<="]
        if pieces.count == 2 {
            guard let left = try? ExpressionParser.parse(pieces[0]), let right = try? ExpressionParser.parse(pieces[1]) else { return nil }
            let difference = Expression.difference(left, right)
            guard difference.variables.count == 1, let name = difference.variables.first,
                  let (slope, intercept) = linearCoefficients(difference, in: name), let bound = intercept.negated().dividing(slope) else { return nil }
            // slope·x + intercept ⋈ 0  ⇔  x ⋈ −intercept/slope (relation turned round when slope < 0).
            return ([name, text(of: bound)], [slope.numerator < 0 ? flipped[kinds[0]]! : kinds[0]])
        }
        if pieces.count == 3 {
            guard let low = (try? ExpressionParser.parse(pieces[0]))?.exactValue(), let high = (try? ExpressionParser.parse(pieces[2]))?.exactValue(),
                  let middle = try? ExpressionParser.parse(pieces[1]), middle.variables.count == 1, let name = middle.variables.first,
                  let (slope, intercept) = linearCoefficients(middle, in: name),
                  let lowBound = low.adding(intercept.negated())?.dividing(slope),
                  let highBound = high.adding(intercept.negated())?.dividing(slope) else { return nil }
            if slope.numerator > 0 { return ([text(of: lowBound), name, text(of: highBound)], kinds) }
            return ([text(of: highBound), name, text(of: lowBound)], [kinds[1], kinds[0]])
        }
        return nil
    }

    /// `expression` = slope·name + intercept with rational slope ≠ 0 and intercept, checked at four points; else nil.
    static func linearCoefficients(_ expression: Expression, in name: String) -> (Rational, Rational)? {
        func value(at point: Rational) -> Rational? {
            expression.substituting(name, with: .quotient(.number(String(point.numerator)), .number(String(point.denominator)))).exactValue()
        }
        guard let atZero = value(at: Rational(integer: 0)), let atOne = value(at: Rational(integer: 1)),
              let slope = atOne.adding(atZero.negated()), slope.numerator != 0 else { return nil }
        for point in [Rational(integer: -3), Rational(7, 3)!] {
            guard let actual = value(at: point), let expected = slope.multiplying(point)?.adding(atZero), actual == expected else { return nil }
        }
        return (slope, atZero)
    }

    /// A rational as answer text: `3`, `-\frac{7}{2}`.
    static func text(of value: Rational) -> String {
        if value.isInteger { return String(value.numerator) }
        return (value.numerator < 0 ? "-" : "") + "\\frac{\(abs(value.numerator))}{\(value.denominator)}"
    }
}
