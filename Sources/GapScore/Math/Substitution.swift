// Substitution in expression trees: a variable (or a constant-named index) replaced by another expression.

extension Expression {
    /// The expression with every occurrence of the variable `name` replaced by `value`.
    func substituting(_ name: String, with value: Expression) -> Expression {
        switch self {
        case let .variable(variable): return variable == name ? value : self
        case .number, .constant, .baseLiteral: return self
        case let .sum(a, b): return .sum(a.substituting(name, with: value), b.substituting(name, with: value))
        case let .difference(a, b): return .difference(a.substituting(name, with: value), b.substituting(name, with: value))
        case let .product(a, b): return .product(a.substituting(name, with: value), b.substituting(name, with: value))
        case let .quotient(a, b): return .quotient(a.substituting(name, with: value), b.substituting(name, with: value))
        case let .power(a, b): return .power(a.substituting(name, with: value), b.substituting(name, with: value))
        case let .negation(a): return .negation(a.substituting(name, with: value))
        case let .function(function, arguments): return .function(function, arguments.map { $0.substituting(name, with: value) })
        }
    }
}

extension Expression {
    /// The expression with the constant `name` (`i`, `e`) replaced by `value`: a sum's index named like a constant.
    func replacingConstant(_ name: String, with value: Expression) -> Expression {
        switch self {
        case let .constant(constant): return constant == name ? value : self
        case .number, .variable, .baseLiteral: return self
        case let .sum(a, b): return .sum(a.replacingConstant(name, with: value), b.replacingConstant(name, with: value))
        case let .difference(a, b): return .difference(a.replacingConstant(name, with: value), b.replacingConstant(name, with: value))
        case let .product(a, b): return .product(a.replacingConstant(name, with: value), b.replacingConstant(name, with: value))
        case let .quotient(a, b): return .quotient(a.replacingConstant(name, with: value), b.replacingConstant(name, with: value))
        case let .power(a, b): return .power(a.replacingConstant(name, with: value), b.replacingConstant(name, with: value))
        case let .negation(a): return .negation(a.replacingConstant(name, with: value))
        case let .function(function, arguments): return .function(function, arguments.map { $0.replacingConstant(name, with: value) })
        }
    }
}
