// Matrix arithmetic in answers: sums, differences and products of matrix literals (`A + B`, `I \cdot I`), evaluated
// element by element into expression trees so they compare like any matrix; the identity (`-I`, `2\mathbf{I}`) and the
// zero matrix (`\mathbf{0}`) by their names.

extension AnswerParser {
    /// Evaluates a text made only of matrix literals (square ones up to 4×4 may carry `^{-1}`) joined by `+`, `-`, `\cdot`, `\times`
    /// or juxtaposition;
    /// nil when the text is anything else or the shapes do not fit.
    static func evaluateMatrixExpression(_ text: String, depth: Int) -> AnswerValue? {
        let bytes = Array(text.utf8)
        let begin = Array("\\begin{".utf8)
        var index = 0
        var terms: [(sign: Bool, factors: [[[Expression]]])] = []
        var sign = true
        var factors: [[[Expression]]] = []
        var sawInverse = false
        var sawLargeInverse = false   // 3×3 and 4×4 inverses are big trees: only alone, never multiplied again
        func skipSpaces() { while index < bytes.count, bytes[index] == 32 { index += 1 } }
        while true {
            skipSpaces()
            guard index < bytes.count else { break }
            if Bytes.hasPrefix(bytes, at: index, begin) {
                let nameStart = index + begin.count
                guard let nameEnd = bytes[nameStart...].firstIndex(of: 125) else { return nil }
                let end = Array("\\end{".utf8) + bytes[nameStart..<nameEnd] + [125]
                guard let close = Bytes.find(bytes, end, from: nameEnd) else { return nil }
                let literal = Bytes.string(bytes[index..<(close + end.count)])
                guard case let .matrix(rows)? = parseMatrix(literal, depth: depth + 1) else { return nil }
                var matrix: [[Expression]] = []
                for row in rows {
                    var values: [Expression] = []
                    for cell in row { guard case let .expression(expression, _) = cell else { return nil }; values.append(expression) }
                    matrix.append(values)
                }
                guard let width = matrix.first?.count, matrix.allSatisfy({ $0.count == width }) else { return nil }
                index = close + end.count
                // The inverse of a square literal up to 4×4, `M^{-1}`: its adjugate over its determinant.
                if let inverse = inverseSuffix(bytes, at: index) {
                    guard matrix.count == width, (2...4).contains(width) else { return nil }
                    factors.append(inverted(matrix))
                    if width > 2 { sawLargeInverse = true }
                    index = inverse
                    sawInverse = true
                    continue
                }
                // A small integer power of a square literal, `M^2` or `M^{3}`: that many factors.
                var power = 1
                if index + 1 < bytes.count, bytes[index] == 94 {
                    var cursor = index + 1
                    let braced = bytes[cursor] == 123
                    if braced { cursor += 1 }
                    guard cursor < bytes.count, Bytes.isDigit(bytes[cursor]) else { return nil }
                    power = Int(bytes[cursor] - 48)
                    cursor += 1
                    if braced { guard cursor < bytes.count, bytes[cursor] == 125 else { return nil }; cursor += 1 }
                    guard (1...8).contains(power), matrix.count == width else { return nil }
                    index = cursor
                }
                for _ in 0..<power { factors.append(matrix) }
                continue
            }
            if bytes[index] == 43 || bytes[index] == 45 {   // + or -
                guard !factors.isEmpty else { return nil }
                terms.append((sign, factors))
                factors = []
                sign = bytes[index] == 43
                index += 1
                continue
            }
            if Bytes.hasPrefix(bytes, at: index, Array("\\cdot".utf8)) { index += 5; continue }
            if Bytes.hasPrefix(bytes, at: index, Array("\\times".utf8)) { index += 6; continue }
            return nil
        }
        guard !factors.isEmpty else { return nil }
        terms.append((sign, factors))
        guard terms.count > 1 || terms[0].factors.count > 1 || sawInverse else { return nil }
        if sawLargeInverse, terms.count > 1 || terms[0].factors.count > 1 { return nil }

        var total: [[Expression]]?
        for term in terms {
            var product = term.factors[0]
            for factor in term.factors.dropFirst() {
                guard product[0].count == factor.count else { return nil }
                product = product.map { row in
                    (0..<factor[0].count).map { column in
                        (1..<row.count).reduce(Expression.product(row[0], factor[0][column])) { .sum($0, .product(row[$1], factor[$1][column])) }
                    }
                }
            }
            if let current = total {
                guard current.count == product.count, current[0].count == product[0].count else { return nil }
                total = zip(current, product).map { zip($0, $1).map { term.sign ? .sum($0, $1) : .difference($0, $1) } }
            } else {
                total = term.sign ? product : product.map { $0.map { .negation($0) } }
            }
        }
        return total.map { .matrix($0.map { $0.map { .expression($0, text: "") } }) }
    }

    /// The inverse of a square matrix as expressions: entry (i, j) is the cofactor (j, i) over the determinant.
    static func inverted(_ matrix: [[Expression]]) -> [[Expression]] {
        let determinant = self.determinant(matrix)
        let size = matrix.count
        return (0..<size).map { row in
            (0..<size).map { column in
                let cofactor = self.determinant(minor(matrix, removing: column, row))
                return .quotient((row + column) % 2 == 0 ? cofactor : .negation(cofactor), determinant)
            }
        }
    }

    /// The determinant by expansion along the first row (sizes up to 4, so at most 24 products).
    static func determinant(_ matrix: [[Expression]]) -> Expression {
        if matrix.count == 1 { return matrix[0][0] }
        var total: Expression?
        for column in 0..<matrix.count {
            let term = Expression.product(matrix[0][column], determinant(minor(matrix, removing: 0, column)))
            if let sum = total { total = column % 2 == 0 ? .sum(sum, term) : .difference(sum, term) } else { total = term }
        }
        return total!
    }

    /// The matrix without one row and one column.
    static func minor(_ matrix: [[Expression]], removing row: Int, _ column: Int) -> [[Expression]] {
        matrix.enumerated().filter { $0.offset != row }.map { entry in entry.element.enumerated().filter { $0.offset != column }.map(\.element) }
    }

    /// The index after `^{-1}` (or `^-1`) at `index`, or nil.
    static func inverseSuffix(_ bytes: [UInt8], at index: Int) -> Int? {
        for suffix in ["^{-1}", "^-1"] where Bytes.hasPrefix(bytes, at: index, Array(suffix.utf8)) { return index + suffix.utf8.count }
        return nil
    }

    /// A scalar written before a matrix (`2\begin{pmatrix}1&2\\3&4\end{pmatrix}`, `-\frac12 \begin{bmatrix}…\end{bmatrix}`):
    /// the matrix with every entry multiplied; nil when the text is anything else.
    static func scaledMatrix(_ text: String, depth: Int) -> AnswerValue? {
        guard let range = text.range(of: "\\begin{"), range.lowerBound > text.startIndex else { return nil }
        var scalarText = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        guard scalarText.utf8.count <= 40, !scalarText.contains("&"), !scalarText.contains("\\end") else { return nil }
        for operation in ["\\cdot", "\\times"] where scalarText.hasSuffix(operation) {
            scalarText = String(scalarText.dropLast(operation.count)).trimmingCharacters(in: .whitespaces)
        }
        let scalar: Expression
        if scalarText == "-" { scalar = .negation(.number("1")) }
        else { guard let parsed = try? ExpressionParser.parse(scalarText) else { return nil }; scalar = parsed }
        let rest = String(text[range.lowerBound...])
        guard let matrix = evaluateMatrixExpression(rest, depth: depth) ?? parseMatrix(rest, depth: depth),
              case let .matrix(rows) = matrix else { return nil }
        var scaled: [[AnswerValue]] = []
        for row in rows {
            var values: [AnswerValue] = []
            for cell in row {
                guard case let .expression(expression, _) = cell else { return nil }
                values.append(.expression(.product(scalar, expression), text: ""))
            }
            scaled.append(values)
        }
        return .matrix(scaled)
    }
}

/// The identity matrix by its name: `I`, `-I`, `2I`, `\frac12 I`, `\mathbf{I}` (the normaliser keeps `I`), `I_2`, or `E`
/// as Russian and German texts name it (`-E`), read as a scaled identity when the other side is a square matrix literal
/// (uf-0179: `A^3 = -I`).
enum ScaledIdentity {
    /// The scale of `expression` when it is a constant times `I` (or `I_n` with n the size); nil otherwise.
    static func scale(_ expression: Expression, size: Int) -> Expression? {
        switch expression {
        case let .variable(name):
            if name == "I" || name == "E" { return .number("1") }
            guard name.hasPrefix("I_") else { return nil }
            let subscriptText = name.dropFirst(2).filter { $0 != "{" && $0 != "}" }
            return subscriptText == String(size) ? .number("1") : nil
        case let .negation(inner): return scale(inner, size: size).map { .negation($0) }
        case let .product(a, b):
            if a.variables.isEmpty, let inner = scale(b, size: size) { return .product(a, inner) }
            if b.variables.isEmpty, let inner = scale(a, size: size) { return .product(b, inner) }
            return nil
        default: return nil
        }
    }

    /// The rows of a square literal (at least 2×2); nil for any other value.
    static func squareRows(_ value: AnswerValue) -> [[AnswerValue]]? {
        guard case let .matrix(rows) = value, rows.count >= 2, rows.allSatisfy({ $0.count == rows.count }) else { return nil }
        return rows
    }

    /// `scale` times the identity of the given size, as a matrix value.
    static func matrix(size: Int, scale: Expression) -> AnswerValue {
        // The text of a diagonal entry is a marker no answer writes, so it never equals another entry as text.
        let diagonal = AnswerValue.expression(scale, text: "\u{1}I")
        let zero = AnswerValue.expression(.number("0"), text: "0")
        return .matrix((0..<size).map { row in (0..<size).map { $0 == row ? diagonal : zero } })
    }

    /// Whether every entry of a matrix value is exactly zero.
    static func isZeroMatrix(_ value: AnswerValue) -> Bool {
        guard case let .matrix(rows) = value, !rows.isEmpty else { return false }
        return rows.allSatisfy { row in
            !row.isEmpty && row.allSatisfy { entry in
                if case let .expression(expression, _) = entry, let exact = expression.exactValue() { return exact.numerator == 0 }
                return false
            }
        }
    }

    static let boldZeros: [[UInt8]] = ["\\mathbf{0}", "\\mathbf 0", "\\boldsymbol{0}", "\\bm{0}", "\\vec{0}", "\\vec 0"]
        .map { Array($0.utf8) }

    /// Whether the answer is the zero matrix or vector named in bold (`\mathbf{0}`, `\vec{0}`: written so, and `0` once
    /// normalised, perhaps still under `\vec`); a bare `0` is a number.
    static func namesZeroInBold(raw: String, normalized: String) -> Bool {
        guard raw.utf8.contains(92), normalized.utf8.count <= 10 else { return false }
        let rest = normalized.replacingOccurrences(of: "\\vec", with: "").filter { $0 != "{" && $0 != "}" && $0 != " " }
        guard rest == "0" else { return false }
        let bytes = Array(raw.utf8)
        return boldZeros.contains { Bytes.contains(bytes, $0) }
    }
}
