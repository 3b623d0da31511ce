// Expression trees parsed from LaTeX and plain math (`\frac{a}{b}`, `a/b`, `\sqrt[3]{x}`, `e^{16}`, `\binom`, `x!`).
import Foundation

/// A parsed mathematical expression. Numbers keep their literal text so they can be evaluated exactly.
indirect enum Expression: Equatable, Sendable {
    case number(String)
    case constant(String)            // "pi", "e", "i", "infinity"
    case variable(String)            // a single letter, possibly with a subscript: "x", "a_{37}"
    case sum(Expression, Expression)
    case difference(Expression, Expression)
    case product(Expression, Expression)
    case quotient(Expression, Expression)
    case power(Expression, Expression)
    case negation(Expression)
    case function(String, [Expression])   // sin, cos, tan, cot, sec, csc, ln, log, exp, sqrt, root, floor, ceil, abs, binom, factorial, logbase
    case baseLiteral(String, String)      // 204_5: digits and base, compared literally

    /// The free variables, for choosing random evaluation points.
    var variables: Set<String> {
        switch self {
        case .number, .constant, .baseLiteral: return []
        case let .variable(name): return [name]
        case let .sum(a, b), let .difference(a, b), let .product(a, b), let .quotient(a, b), let .power(a, b):
            return a.variables.union(b.variables)
        case let .negation(a): return a.variables
        case let .function(name, arguments):
            let all = arguments.reduce(into: Set<String>()) { $0.formUnion($1.variables) }
            return name == "sum" || name == "prod" ? all.subtracting([Expression.boundIndex]) : all
        }
    }

    /// The reserved name of a sum's or product's index (no answer can write it).
    static let boundIndex = "#k"

    /// Whether a sum or product appears (their bounds must be whole numbers, so variables are sampled at integers).
    var containsSumOrProduct: Bool {
        switch self {
        case .number, .constant, .variable, .baseLiteral: return false
        case let .sum(a, b), let .difference(a, b), let .product(a, b), let .quotient(a, b), let .power(a, b):
            return a.containsSumOrProduct || b.containsSumOrProduct
        case let .negation(a): return a.containsSumOrProduct
        case let .function(name, arguments): return name == "sum" || name == "prod" || arguments.contains(where: \.containsSumOrProduct)
        }
    }

    /// Whether a floor or ceiling appears (`\lfloor\sqrt{n-1}\rfloor`, `\lceil n/2 \rceil`).
    var containsFloorOrCeiling: Bool {
        switch self {
        case .number, .constant, .variable, .baseLiteral: return false
        case let .sum(a, b), let .difference(a, b), let .product(a, b), let .quotient(a, b), let .power(a, b):
            return a.containsFloorOrCeiling || b.containsFloorOrCeiling
        case let .negation(a): return a.containsFloorOrCeiling
        case let .function(name, arguments): return name == "floor" || name == "ceil" || arguments.contains(where: \.containsFloorOrCeiling)
        }
    }

    var containsInfinity: Bool {
        switch self {
        case .constant("infinity"): return true
        case let .negation(a): return a.containsInfinity
        default: return false
        }
    }

    /// Whether the expression contains a constant that makes its value irrational in general (pi, e, roots, logs).
    var hasTranscendentalParts: Bool {
        switch self {
        case .number, .variable, .baseLiteral: return false
        case let .constant(name): return name == "pi" || name == "e"
        case let .sum(a, b), let .difference(a, b), let .product(a, b), let .quotient(a, b):
            return a.hasTranscendentalParts || b.hasTranscendentalParts
        case let .power(a, b): return a.hasTranscendentalParts || b.hasTranscendentalParts || !b.isIntegerLiteral
        case let .negation(a): return a.hasTranscendentalParts
        case let .function(name, arguments):
            if ["floor", "ceil", "abs", "binom", "factorial"].contains(name) { return arguments.contains { $0.hasTranscendentalParts } }
            return true
        }
    }

    /// The digits of a decimal literal, alone or negated (`12.57`, `-.356`), with its point; nil for anything else.
    var decimalLiteralDigits: [UInt8]? {
        switch self {
        case let .number(text): return text.utf8.contains(46) ? Array(text.utf8) : nil
        case let .negation(inner): return inner.decimalLiteralDigits
        default: return nil
        }
    }

    /// Whether a number with a decimal point appears anywhere (`0.5\pi`, `1.41`).
    var containsDecimalLiteral: Bool {
        switch self {
        case let .number(text): return text.utf8.contains(46)
        case .constant, .variable, .baseLiteral: return false
        case let .sum(a, b), let .difference(a, b), let .product(a, b), let .quotient(a, b), let .power(a, b):
            return a.containsDecimalLiteral || b.containsDecimalLiteral
        case let .negation(a): return a.containsDecimalLiteral
        case let .function(_, arguments): return arguments.contains(where: \.containsDecimalLiteral)
        }
    }

    var isIntegerLiteral: Bool {
        if case let .number(text) = self { return !text.contains(".") }
        if case let .negation(inner) = self { return inner.isIntegerLiteral }
        return false
    }
}

/// Parser limits: inputs beyond these are cut off with a reason instead of being parsed.
enum ParseLimits {
    static let maximumDepth = 48
    static let maximumLength = 600
}

/// Why a parse failed; the text is reported as part of a judgment's reason.
struct ParseFailure: Error { let reason: String }

/// A recursive-descent parser over Unicode scalars of an already normalised answer string.
struct ExpressionParser {
    private var scalars: [Unicode.Scalar]
    private var position = 0
    private var depth = 0
    /// How many `|…|` are open: inside one, a `|` closes it rather than starting an implicit product.
    private var openBars = 0

    /// Function names recognised both as `\name` and as plain text `name(`.
    static let functionNames: Set<String> = [
        "sin", "cos", "tan", "cot", "sec", "csc", "ln", "log", "exp", "sqrt", "arcsin", "arccos", "arctan",
        "sinh", "cosh", "tanh",
    ]

    /// Greek letters read as variables.
    static let greekLetters: Set<String> = ["alpha", "beta", "gamma", "delta", "theta", "lambda", "mu", "phi", "omega", "sigma", "tau",
                                            "rho", "epsilon", "varepsilon"]

    /// Function names longest first, as scalars, for plain-text matching.
    static let sortedFunctionNames: [(String, [Unicode.Scalar])] = functionNames.sorted { $0.count > $1.count }.map { ($0, Array($0.unicodeScalars)) }

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// Parses the whole text as one expression; throws `ParseFailure` when anything is left over or malformed.
    static func parse(_ text: String) throws -> Expression {
        guard text.unicodeScalars.count <= ParseLimits.maximumLength else { throw ParseFailure(reason: "answer longer than \(ParseLimits.maximumLength) characters") }
        var parser = ExpressionParser(text)
        parser.skipSpaces()
        let expression = try parser.parseSum()
        parser.skipSpaces()
        guard parser.position == parser.scalars.count else {
            throw ParseFailure(reason: "unexpected '\(String(String.UnicodeScalarView(parser.scalars[parser.position...].prefix(12))))'")
        }
        return expression
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
    private func peek(_ offset: Int = 0) -> Unicode.Scalar? { position + offset < scalars.count ? scalars[position + offset] : nil }

    private mutating func skipSpaces() {
        while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" { position += 1 }
    }

    /// Skips spaces, then consumes `scalar` or fails with `reason`.
    private mutating func expect(_ scalar: Unicode.Scalar, _ reason: @autoclosure () -> String) throws {
        skipSpaces()
        guard current == scalar else { throw ParseFailure(reason: reason()) }
        position += 1
    }

    private mutating func enter() throws {
        depth += 1
        if depth > ParseLimits.maximumDepth { throw ParseFailure(reason: "nesting deeper than \(ParseLimits.maximumDepth)") }
    }

    /// Reads `\name` at the current position without consuming it.
    /// `scalar.properties.isAlphabetic && scalar.isASCII` without the Unicode property lookup: the alphabetic ASCII
    /// scalars are exactly the letters A–Z and a–z.
    @inline(__always) static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 && Bytes.isLetter(UInt8(scalar.value))
    }

    /// Text of scalars known to be ASCII (digits and points), built from their bytes.
    static func asciiText(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (offset, scalar) in scalars.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: scalar.value) }
            return scalars.count
        }
    }

    private func commandName(at start: Int) -> String? {
        guard start < scalars.count, scalars[start] == "\\" else { return nil }
        var end = start + 1
        while end < scalars.count, Self.isASCIILetter(scalars[end]) { end += 1 }
        guard end > start + 1 else { return nil }
        return String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
    }

    private mutating func consumeCommand(_ name: String) -> Bool {
        skipSpaces()
        if commandName(at: position) == name { position += name.unicodeScalars.count + 1; return true }
        return false
    }

    mutating func parseSum() throws -> Expression {
        try enter(); defer { depth -= 1 }
        skipSpaces()
        var left = try parseProduct()
        while true {
            skipSpaces()
            if current == "+" { position += 1; left = .sum(left, try parseProduct()) }
            else if current == "-" { position += 1; left = .difference(left, try parseProduct()) }
            else { return left }
        }
    }

    /// Whether the next scalar continues a bare function argument: a letter or a constant-like command, with no space.
    private func startsGluedFactor() -> Bool {
        guard let scalar = current else { return false }
        if Self.isASCIILetter(scalar) {
            for (_, nameScalars) in ExpressionParser.sortedFunctionNames where position + nameScalars.count <= scalars.count
                && Array(scalars[position..<(position + nameScalars.count)]) == nameScalars { return false }
            return true
        }
        if scalar == "\\", let name = commandName(at: position) { return name == "pi" || ExpressionParser.greekLetters.contains(name) }
        return false
    }

    private func startsOperand() -> Bool {
        guard let scalar = current else { return false }
        if scalar == "(" || scalar == "{" { return true }
        if scalar == "|" { return openBars == 0 }
        if Self.isASCIILetter(scalar) { return true }
        if ("0"..."9").contains(scalar) || scalar == "." { return true }
        if scalar == "\\", let name = commandName(at: position) {
            return !["cdot", "times", "div", "right", "rfloor", "rceil", "end", "cup", "le", "ge", "leq", "geq", "neq", "in", "pm", "mp", "approx", "to"].contains(name)
        }
        return false
    }

    mutating func parseProduct() throws -> Expression {
        try enter(); defer { depth -= 1 }
        var left = try parseUnary()
        while true {
            skipSpaces()
            if current == "*" { position += 1; left = .product(left, try parseUnary()) }
            else if current == "/" { position += 1; left = .quotient(left, try parseUnary()) }
            else if consumeCommand("cdot") || consumeCommand("times") { left = .product(left, try parseUnary()) }
            else if consumeCommand("div") { left = .quotient(left, try parseUnary()) }
            else if startsOperand() {
                let right = try parsePower()
                // A mixed number: an integer followed directly by a fraction of integers, `137 \frac{1}{2}` = 137.5.
                if case let .number(whole) = left, !whole.contains("."), case let .quotient(.number(top), .number(bottom)) = right,
                   !top.contains("."), !bottom.contains(".") {
                    left = .sum(left, right)
                } else if case let .negation(.number(whole)) = left, !whole.contains("."), case let .quotient(.number(top), .number(bottom)) = right,
                          !top.contains("."), !bottom.contains(".") {
                    left = .negation(.sum(.number(whole), right))   // `-1\tfrac12` = -1.5, as `1\tfrac12` = 1.5
                } else {
                    left = .product(left, right)
                }
            }
            else { return left }
        }
    }

    mutating func parseUnary() throws -> Expression {
        try enter(); defer { depth -= 1 }
        skipSpaces()
        if current == "-" { position += 1; return .negation(try parseUnary()) }
        if current == "+" { position += 1; return try parseUnary() }
        return try parsePower()
    }

    mutating func parsePower() throws -> Expression {
        try enter(); defer { depth -= 1 }
        var base = try parsePostfix()
        skipSpaces()
        if current == "^" {
            position += 1
            skipSpaces()
            let exponent: Expression
            // An exponent of several digits without braces is the whole digit run (`2^50` = `2^{50}`), as for `\sqrt66`:
            // TeX would raise to one digit, but plain-text answers (`100!/2^50`) mean the run.
            if current == "-" { position += 1; exponent = .negation(try parsePostfix()) } else if let first = current,
               ("0"..."9").contains(first), let next = peek(1), ("0"..."9").contains(next) {
                exponent = try parseNumber(singleCharacter: false)
            } else { exponent = try parsePostfix(singleCharacter: true) }
            base = .power(base, exponent)
            skipSpaces()
            while current == "!" { position += 1; base = .function("factorial", [base]) }
        }
        return base
    }

    mutating func parsePostfix(singleCharacter: Bool = false) throws -> Expression {
        var atom = try parseAtom(singleCharacter: singleCharacter)
        while current == "!" { position += 1; atom = .function("factorial", [atom]) }
        return atom
    }

    /// A `{…}` group, or a single character/command when braces are omitted (`\frac 59`, `\sqrt2`, `x^2`).
    private mutating func parseArgument() throws -> Expression {
        skipSpaces()
        if current == "{" {
            position += 1
            let inner = try parseSum()
            skipSpaces()
            guard current == "}" else { throw ParseFailure(reason: "unbalanced '{'") }
            position += 1
            return inner
        }
        return try parseAtom(singleCharacter: true)
    }

    private mutating func parseNumber(singleCharacter: Bool) throws -> Expression {
        let start = position
        if singleCharacter { position += 1; return .number(String(Character(scalars[start]))) }
        while let scalar = current, ("0"..."9").contains(scalar) { position += 1 }
        if current == ".", let next = peek(1), ("0"..."9").contains(next) {
            position += 1
            while let scalar = current, ("0"..."9").contains(scalar) { position += 1 }
        } else if current == ".", position > start, !(peek(1).map { $0.properties.isAlphabetic } ?? false) {
            position += 1 // "3." reads as 3
        }
        var text = Self.asciiText(scalars[start..<position])   // digits and points only
        if text.hasSuffix(".") { text.removeLast() }
        if text.hasPrefix(".") { text = "0" + text }
        guard !text.isEmpty else { throw ParseFailure(reason: "empty number") }
        // Scientific notation written plainly: 1.5e-3, 2E10.
        if let marker = current, marker == "e" || marker == "E", let next = peek(1) {
            var offset = 1
            if next == "-" || next == "+" { offset = 2 }
            if let digit = peek(offset), ("0"..."9").contains(digit) {
                position += offset
                let exponentStart = position
                while let scalar = current, ("0"..."9").contains(scalar) { position += 1 }
                let exponent = String(String.UnicodeScalarView(scalars[exponentStart..<position]))
                let signed = next == "-" ? Expression.negation(.number(exponent)) : .number(exponent)
                return .product(.number(text), .power(.number("10"), signed))
            }
        }
        // A base subscript: 204_5, 4210_{5}.
        if current == "_" { return .baseLiteral(text, try parseBaseSubscript()) }
        return .number(text)
    }

    /// The base after `_` (at `current`): `5` in `204_5`, `{16}` in `4210_{16}`.
    mutating func parseBaseSubscript() throws -> String {
        position += 1
        var base = ""
        if current == "{" {
            position += 1
            while let scalar = current, scalar != "}" { base.unicodeScalars.append(scalar); position += 1 }
            guard current == "}" else { throw ParseFailure(reason: "unbalanced base subscript") }
            position += 1
        } else if let scalar = current { base.unicodeScalars.append(scalar); position += 1 }
        return base.trimmingCharacters(in: .whitespaces)
    }

    mutating func parseAtom(singleCharacter: Bool = false) throws -> Expression {
        try enter(); defer { depth -= 1 }
        skipSpaces()
        guard let scalar = current else { throw ParseFailure(reason: "expression ends too early") }
        if ("0"..."9").contains(scalar) || (scalar == "." && (peek(1).map { ("0"..."9").contains($0) } ?? false)) {
            return try parseNumber(singleCharacter: singleCharacter)
        }
        if scalar == "(" || scalar == "{" || scalar == "[" {
            let closing: Unicode.Scalar = scalar == "(" ? ")" : scalar == "{" ? "}" : "]"
            position += 1
            let inner = try parseSum()
            skipSpaces()
            guard current == closing else { throw ParseFailure(reason: "unbalanced '\(scalar)'") }
            position += 1
            // Digits in brackets with a base, `(1011)_2`, are a base literal like `1011_2`.
            if current == "_", case let .number(digits) = inner, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
                return .baseLiteral(digits, try parseBaseSubscript())
            }
            return inner
        }
        if scalar == "|" {
            position += 1
            openBars += 1
            defer { openBars -= 1 }
            let inner = try parseSum()
            skipSpaces()
            guard current == "|" else { throw ParseFailure(reason: "unbalanced '|'") }
            position += 1
            return .function("abs", [inner])
        }
        if scalar == "\\" {
            guard let name = commandName(at: position) else { throw ParseFailure(reason: "stray backslash") }
            position += name.unicodeScalars.count + 1
            return try parseCommand(name)
        }
        if scalar.properties.isAlphabetic {
            // Plain-text function names: exp(16), sqrt(2), sin(x).
            if !singleCharacter {
                for (name, nameScalars) in ExpressionParser.sortedFunctionNames where nameScalars[0] == scalar {
                    let count = nameScalars.count
                    if position + count < scalars.count, scalars[position + count] == "(",
                       Array(scalars[position..<(position + count)]) == nameScalars {
                        position += count
                        return try parseFunction(name)
                    }
                }
            }
            position += 1
            var name = String(Character(scalar))
            if !singleCharacter && current == "_" {
                position += 1
                if current == "{" {
                    let start = position
                    var level = 0
                    while let next = current {
                        if next == "{" { level += 1 } else if next == "}" { level -= 1; if level == 0 { position += 1; break } }
                        position += 1
                    }
                    name += "_" + String(String.UnicodeScalarView(scalars[start..<position]))
                } else if let next = current { position += 1; name += "_{\(Character(next))}" }
            }
            if name == "e" { return .constant("e") }
            if name == "i" { return .constant("i") }
            return .variable(name)
        }
        throw ParseFailure(reason: "unexpected '\(Character(scalar))'")
    }

    private mutating func parseFunction(_ name: String) throws -> Expression {
        skipSpaces()
        // \sin^2 x: a power written before the argument.
        var exponent: Expression?
        if current == "^" {
            position += 1
            exponent = try parseArgument()
        }
        skipSpaces()
        let argument: Expression
        if current == "(" {
            position += 1
            argument = try parseSum()
            skipSpaces()
            guard current == ")" else { throw ParseFailure(reason: "unbalanced '(' after \(name)") }
            position += 1
        } else {
            // Without parentheses the argument is the product written directly after it: `\cos 2x`, `\sin 3\theta`
            // (as Math-Verify and sympy read them); a following function (`\sin x \cos x`) or a space ends it.
            var product = try parsePower()
            while startsGluedFactor() { product = .product(product, try parsePower()) }
            argument = product
        }
        // `\sin^{-1} x`, `\tan^{-1} x`: the inverse function (arcsin, arctan), not a reciprocal.
        if case .negation(.number("1"))? = exponent, let inverse = ["sin": "arcsin", "cos": "arccos", "tan": "arctan"][name] {
            return .function(inverse, [argument])
        }
        let applied = Expression.function(name, [argument])
        return exponent.map { .power(applied, $0) } ?? applied
    }

    private mutating func parseCommand(_ name: String) throws -> Expression {
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = try parseArgument()
            let denominator = try parseArgument()
            return .quotient(numerator, denominator)
        case "binom", "dbinom", "tbinom":
            return .function("binom", [try parseArgument(), try parseArgument()])
        case "sum", "prod":
            // `\sum_{k=1}^{n} k^2`: body, lower and upper bound; the index is renamed to one reserved name, so sums that
            // differ only in the name of their index are the same tree.
            try expect("_", "\\\(name) without a lower bound")
            try expect("{", "\\\(name) lower bound not braced")
            skipSpaces()
            guard let index = current, Self.isASCIILetter(index) else { throw ParseFailure(reason: "\\\(name) without an index") }
            position += 1
            try expect("=", "\\\(name) index without '='")
            let lower = try parseSum()
            try expect("}", "unbalanced '{' in \\\(name)")
            try expect("^", "\\\(name) without an upper bound")
            let upper = try parseArgument()
            skipSpaces()
            var body = try parsePower()
            while startsGluedFactor() { body = .product(body, try parsePower()) }
            var renamed = body.substituting(String(Character(index)), with: .variable(Expression.boundIndex))
            // An index named `i` or `e` was read as the constant inside the body.
            if index == "i" || index == "e" { renamed = renamed.replacingConstant(String(Character(index)), with: .variable(Expression.boundIndex)) }
            return .function(name, [renamed, lower, upper])
        case "sqrt":
            skipSpaces()
            if current == "[" {
                position += 1
                let index = try parseSum()
                skipSpaces()
                guard current == "]" else { throw ParseFailure(reason: "unbalanced '[' in \\sqrt") }
                position += 1
                // `\sqrt[3]500`, `∛500`: a radicand of several digits without braces, as for square roots below.
                skipSpaces()
                if let first = current, ("0"..."9").contains(first), let next = peek(1), ("0"..."9").contains(next) {
                    return .function("root", [try parseNumber(singleCharacter: false), index])
                }
                return .function("root", [try parseArgument(), index])
            }
            // A radicand of several digits without braces is the whole digit run (`\sqrt66` = `\sqrt{66}`, `√66`), as
            // Qwen2.5-Math's `_fix_sqrt` reads it; TeX would take one digit, but no one writes 6√6 that way.
            if let first = current, ("0"..."9").contains(first), let next = peek(1), ("0"..."9").contains(next) {
                return .function("sqrt", [try parseNumber(singleCharacter: false)])
            }
            return .function("sqrt", [try parseArgument()])
        case "pi": return .constant("pi")
        case "infty", "infinity": return .constant("infinity")
        case "exp": return try parseFunction("exp")
        case "log", "lg":
            skipSpaces()
            if current == "_" {
                position += 1
                let base = try parseArgument()
                let argument = try parseFunction("ln")
                return .quotient(argument, .function("ln", [base]))
            }
            return try parseFunction("log")   // no base: natural or common, decided when compared (see commonLogarithms)
        case "ln": return try parseFunction("ln")
        case "lfloor":
            let inner = try parseSum()
            guard consumeCommand("rfloor") else { throw ParseFailure(reason: "\\lfloor without \\rfloor") }
            return .function("floor", [inner])
        case "lceil":
            let inner = try parseSum()
            guard consumeCommand("rceil") else { throw ParseFailure(reason: "\\lceil without \\rceil") }
            return .function("ceil", [inner])
        case "mathrm", "mathit", "text", "textrm", "operatorname", "mathbf", "boldsymbol":
            return try parseArgument()
        case _ where ExpressionParser.greekLetters.contains(name):
            return .variable("\\" + name)
        default:
            if ExpressionParser.functionNames.contains(name) { return try parseFunction(name) }
            throw ParseFailure(reason: "unsupported command \\\(name)")
        }
    }
}

extension Expression {
    /// Whether the expression is one name and nothing else (`x`, `E`, `a_{1}`).
    var isBareName: Bool {
        if case .variable = self { return true }
        return false
    }
}
