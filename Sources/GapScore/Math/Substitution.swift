// Substitution in expression trees: a variable (or a constant-named index) replaced by another expression.

extension Expression {
    /// The expression with every leaf (variable, constant, number, base literal) for which `replacement` returns an
    /// expression replaced by it; the tree's shape is otherwise kept.
    func replacingLeaves(_ replacement: (Expression) -> Expression?) -> Expression {
        switch self {
        case .variable, .constant, .number, .baseLiteral: return replacement(self) ?? self
        case let .sum(a, b): return .sum(a.replacingLeaves(replacement), b.replacingLeaves(replacement))
        case let .difference(a, b): return .difference(a.replacingLeaves(replacement), b.replacingLeaves(replacement))
        case let .product(a, b): return .product(a.replacingLeaves(replacement), b.replacingLeaves(replacement))
        case let .quotient(a, b): return .quotient(a.replacingLeaves(replacement), b.replacingLeaves(replacement))
        case let .power(a, b): return .power(a.replacingLeaves(replacement), b.replacingLeaves(replacement))
        case let .negation(a): return .negation(a.replacingLeaves(replacement))
        case let .function(function, arguments): return .function(function, arguments.map { $0.replacingLeaves(replacement) })
        }
    }

    /// The expression with every occurrence of the variable `name` replaced by `value`.
    func substituting(_ name: String, with value: Expression) -> Expression {
        replacingLeaves { leaf in
            if case let .variable(variable) = leaf, variable == name { return value }
            return nil
        }
    }

    /// The expression with the constant `name` (`i`, `e`) replaced by `value`: a sum's index named like a constant.
    func replacingConstant(_ name: String, with value: Expression) -> Expression {
        replacingLeaves { leaf in
            if case let .constant(constant) = leaf, constant == name { return value }
            return nil
        }
    }
}
