// Structured answers: lists, sets, tuples, intervals and unions, equations, inequalities, matrices, text, expressions.
import Foundation

/// A parsed answer, built from a normalised answer string.
indirect enum AnswerValue: Sendable {
    case expression(Expression, text: String)
    case bracketed(open: Character, close: Character, [AnswerValue])   // tuples and intervals
    case set([AnswerValue])                                             // \{…\}: unordered, duplicates ignored
    case list([AnswerValue])                                            // a, b, c: unordered solution lists
    case union([AnswerValue])
    case equation(lhs: String, rhs: AnswerValue, lhsExpression: Expression?, rhsExpression: Expression?)
    case matrix([[AnswerValue]])
    case text(String)
    case emptySet

    /// A canonical text of the value (for the cheap comparison of very long lists).
    var compactText: String {
        switch self {
        case let .expression(_, text): return AnswerParser.compact(text)
        case let .text(text): return text
        case .emptySet: return "{}"
        case let .equation(lhs, rhs, _, _): return lhs + "=" + rhs.compactText
        case let .bracketed(open, close, values): return String(open) + values.map(\.compactText).joined(separator: ",") + String(close)
        case let .set(values): return "{" + values.map(\.compactText).sorted().joined(separator: ",") + "}"
        case let .list(values): return values.map(\.compactText).sorted().joined(separator: ",")
        case let .union(values): return values.map(\.compactText).sorted().joined(separator: "∪")
        case let .matrix(rows): return "[" + rows.map { $0.map(\.compactText).joined(separator: "&") }.joined(separator: ";") + "]"
        }
    }

    /// Whether the value is an equation (used when mapping `p=5,q=2` onto a tuple).
    var isEquation: Bool { if case .equation = self { return true }; return false }
    /// An equation whose right side is a matrix (`A^{-1} = \begin{pmatrix}…\end{pmatrix}`).
    var givesMatrix: Bool { if case .equation(_, .matrix, _, _) = self { return true }; return false }
    /// Whether the value is a finite set (`\{1,2\}`, `\emptyset`).
    var isSet: Bool {
        switch self {
        case .set, .emptySet: return true
        default: return false
        }
    }
    /// The elements of a finite set (none for anything else).
    var setElements: [AnswerValue] { if case let .set(values) = self { return values }; return [] }
    /// Whether the value is a matrix.
    var isMatrix: Bool { if case .matrix = self { return true }; return false }
    /// Whether the value is a tuple in parentheses (a vector in angle brackets parses as one) or a matrix.
    var isTupleOrMatrix: Bool {
        switch self {
        case .bracketed("(", ")", _), .matrix: return true
        default: return false
        }
    }
    /// Whether the value holds several answers as a list or a set.
    var isCollection: Bool {
        switch self {
        case .list, .set, .emptySet: return true
        default: return false
        }
    }
}

enum AnswerParser {
    static let maximumDepth = 12

    /// Splits at top-level occurrences of `separator` (outside (), [], {} and \\begin…\\end).
    static func splitTopLevel(_ text: String, by separator: String) -> [String] {
        splitTopLevel(Array(text.utf8), by: Array(separator.utf8))
    }

    static func splitTopLevel(_ bytes: [UInt8], by separator: [UInt8]) -> [String] {
        guard Bytes.contains(bytes, separator) else { return [] }   // callers only act on two or more parts
        let isCommand = separator.first == 92 && Bytes.isLetter(separator.last!)
        let begin = Array("\\begin".utf8), end = Array("\\end".utf8)
        var parts: [String] = []
        var depth = 0
        var environment = 0
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 92 {
                if Bytes.hasPrefix(bytes, at: index, begin) { environment += 1 }
                if Bytes.hasPrefix(bytes, at: index, end) { environment -= 1 }
            }
            if byte == 40 || byte == 91 || byte == 123 { depth += 1 }
            else if byte == 41 || byte == 93 || byte == 125 { depth -= 1 }
            else if depth == 0, environment == 0, byte == separator[0], Bytes.hasPrefix(bytes, at: index, separator) {
                // A command separator such as \cup must not be a prefix of a longer command.
                let next = index + separator.count
                if !isCommand || next >= bytes.count || !Bytes.isLetter(bytes[next]) {
                    parts.append(Bytes.string(Bytes.trimSpaces(bytes[start..<index])))
                    start = next
                    index = next
                    continue
                }
            }
            index += 1
        }
        parts.append(Bytes.string(Bytes.trimSpaces(bytes[start...])))
        return parts
    }

    /// Whether the bracket at index 0 is closed exactly at the last byte (so the brackets wrap the whole text).
    static func wrapsWhole(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first, first == 40 || first == 91 || first == 123,
              let last = bytes.last, last == 41 || last == 93 || last == 125 else { return false }
        var depth = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 40 || byte == 91 || byte == 123 { depth += 1 }
            else if byte == 41 || byte == 93 || byte == 125 {
                depth -= 1
                if depth == 0 && index != bytes.count - 1 { return false }
            }
        }
        return depth == 0
    }

    /// `1,000`, `-12,345.5` or `1 234 567`: digits in groups of three after the first, one kind of separator
    /// (a comma, or a single space as in SI style and `1\,234` after normalisation).
    static func isThousandsNumber(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == 45 || bytes[index] == 43 { index += 1 }
        var leading = 0
        while index < bytes.count, Bytes.isDigit(bytes[index]) { leading += 1; index += 1 }
        guard (1...3).contains(leading), index < bytes.count else { return false }
        let separator = bytes[index]
        guard separator == 44 || separator == 32 else { return false }
        var groups = 0
        while index < bytes.count, bytes[index] == separator {
            index += 1
            var count = 0
            while index < bytes.count, Bytes.isDigit(bytes[index]) { count += 1; index += 1 }
            guard count == 3 else { return false }
            groups += 1
        }
        guard groups > 0 else { return false }
        if index < bytes.count, bytes[index] == 46 {
            index += 1
            var decimals = 0
            while index < bytes.count, Bytes.isDigit(bytes[index]) { decimals += 1; index += 1 }
            guard decimals > 0 else { return false }
        }
        return index == bytes.count
    }

    /// Whether the bracket opening at `from` is closed only by the last byte (brackets of any kind counted together).
    static func closesOnlyAtEnd(_ bytes: [UInt8], from: Int) -> Bool {
        var depth = 0
        for index in from..<bytes.count {
            let byte = bytes[index]
            if byte == 40 || byte == 91 || byte == 123 { depth += 1 } else if byte == 41 || byte == 93 || byte == 125 { depth -= 1 }
            if depth == 0 { return index == bytes.count - 1 }
        }
        return false
    }

    /// Parses a normalised answer into a structured value; never throws, text is the last resort.
    static func parse(_ raw: String, depth: Int = 0) -> AnswerValue {
        let text = Bytes.string(Bytes.trimSpaces(Array(raw.utf8)[...]))
        if depth > maximumDepth || text.utf8.count > ParseLimits.maximumLength { return .text(compact(text)) }
        if text == "\\emptyset" || text == "\\{\\}" || text == "{}" { return .emptySet }
        // A vector in angle brackets, `\langle 3, -1, 2\rangle`, is the tuple of its entries.
        if text.hasPrefix("\\langle"), text.hasSuffix("\\rangle"), !text.dropFirst(7).contains("\\langle") {
            let inner = String(text.dropFirst(7).dropLast(7))
            if splitTopLevel(inner, by: ",").count > 1 { return parse("(" + inner + ")", depth: depth + 1) }
        }
        // `\mathbf{w} = \langle 6, -3 \rangle`: a vector in angle brackets that closes an equation.
        if text.hasSuffix("\\rangle"), let open = text.range(of: "\\langle"), text[..<open.lowerBound].last(where: { $0 != " " }) == "=",
           !text[open.upperBound...].contains("\\langle") {
            let inner = String(text[open.upperBound..<text.index(text.endIndex, offsetBy: -7)])
            if splitTopLevel(inner, by: ",").count > 1 { return parse(String(text[..<open.lowerBound]) + "(" + inner + ")", depth: depth + 1) }
        }
        let bytes = Array(text.utf8)
        // A variable glued to a half-open interval, `t(0,4]` (an OlympiadBench gold that lost its `\in`): the interval.
        // Mismatched brackets never hold a function's argument or a product's factor.
        if bytes.count >= 6, Bytes.isLetter(bytes[0]), bytes[1] == 40 && bytes.last == 93 || bytes[1] == 91 && bytes.last == 41,
           AnswerParser.closesOnlyAtEnd(bytes, from: 1) {
            return parse(String(text.dropFirst()), depth: depth + 1)
        }
        // `(1,2,4) and all its permutations`, `(a,b,c) is any permutation of (1,4,5)`: the list of the orderings (a whole
        // answer only, so the test runs once per answer).
        if depth == 0, bytes.count >= 16, saysAnyOrder(bytes), let orderings = permutationsPhrase(bytes, depth: depth) {
            return orderings
        }
        if isThousandsNumber(bytes) {
            let plain = Bytes.string(bytes.filter { $0 != 44 && $0 != 32 })   // all ASCII: commas and spaces go
            if let expression = try? ExpressionParser.parse(plain) { return .expression(expression, text: plain) }
        }
        // `x = 1,000,000`, `2^{20} = 1,048,576`: a thousands-grouped number after the one `=` is one number, not a list.
        if bytes.count <= 64, bytes.contains(44), let equals = bytes.firstIndex(of: 61), bytes.lastIndex(of: 61) == equals,
           !bytes[..<equals].contains(44), isThousandsNumber(Array(Bytes.trimSpaces(bytes[(equals + 1)...]))) {
            return parse(Bytes.string(bytes.filter { $0 != 44 }), depth: depth + 1)
        }
        for separator in listSeparators {
            let parts = splitTopLevel(bytes, by: separator).filter { !$0.isEmpty }
            if parts.count > 1 {
                let values = parts.map { parse($0, depth: depth + 1) }
                // Inequalities joined by "or" are a union, by "and" an intersection (`x \ge 2 and x \le 6` = [2,6]).
                if parts.allSatisfy(isInequality) {
                    if andSeparators.contains(separator), values.count == 2, let both = intersection(values[0], values[1]) { return both }
                    if !andSeparators.contains(separator), separator != semicolonSeparator { return .union(values) }
                }
                // `3, 4, and 5`: a part that ends in a comma is the start of the same list, not a group of its own.
                if parts.dropLast().contains(where: { $0.hasSuffix(",") }) {
                    let items = parts.enumerated().flatMap { index, part -> [AnswerValue] in
                        guard part.hasSuffix(","), index < parts.count - 1 else { return [values[index]] }
                        if case let .list(inner) = parse(String(part.dropLast()), depth: depth + 1) { return inner }
                        return [parse(String(part.dropLast()), depth: depth + 1)]
                    }
                    return .list(items)
                }
                // `$21,16$ or $11$`: a group of plain values joined by "or"/"and" is part of one list of answers; groups of
                // assignments keep their grouping (`p=5,q=2 and p=7,q=2` is two pairs).
                if separator != semicolonSeparator {
                    return .list(values.flatMap { value -> [AnswerValue] in
                        if case let .list(inner) = value, !inner.contains(where: \.isEquation) || sameLeftSide(inner) { return inner }
                        return [value]
                    })
                }
                return .list(values)
            }
        }
        if let difference = setDifference(bytes, depth: depth) { return difference }
        let unionParts = splitTopLevel(bytes, by: cupSeparator)
        if unionParts.count > 1 { return .union(unionParts.map { parse($0, depth: depth + 1) }) }
        // The last item of a list may carry its conjunction: `3, 4, and 5`, `1, 2 \text{ or } 3` (after the comma).
        let commaParts = splitTopLevel(bytes, by: [44]).map(withoutLeadingConjunction).filter { !$0.isEmpty }
        if commaParts.count > 1 {
            if let excluded = excludedValues(commaParts, depth: depth) { return excluded }
            if let both = intersectedConditions(commaParts, depth: depth) { return both }
            return .list(flattened(commaParts.map { parse($0, depth: depth + 1) }))
        }

        // ± and ∓ give two answers (at most four signs, so at most 16 answers; more is compared as text).
        let signs = countOccurrences(bytes, plusMinus) + countOccurrences(bytes, minusPlus)
        // `x \neq \pm 1` excludes both values: the real line without them.
        if signs == 1, let excluded = excludedPlusMinus(text, depth: depth) { return excluded }
        if signs > 4 { return .text(Bytes.string(compactLowered(text))) }
        // In a set (`\{1\pm\sqrt{5},-2\}`, also `q \in \{0, \pm 3\}`) each element expands on its own (below).
        let isSet = text.hasPrefix("\\{") && text.hasSuffix("\\}") || signs > 0 && signsInsideSet(bytes)
        // ± and ∓ together are paired (`(\pm 2, \mp 3)` is (2,-3) and (-2,3)): every ± takes one sign and every ∓ the other.
        if signs > 1, !isSet, Bytes.contains(bytes, plusMinus), Bytes.contains(bytes, minusPlus) {
            let upper = text.replacingOccurrences(of: "\\pm", with: "+").replacingOccurrences(of: "\\mp", with: "-")
            let lower = text.replacingOccurrences(of: "\\pm", with: "-").replacingOccurrences(of: "\\mp", with: "+")
            return .list(flattened([parse(withoutLeadingPlus(upper), depth: depth + 1), parse(withoutLeadingPlus(lower), depth: depth + 1)]))
        }
        // Otherwise the signs are independent (`(\pm 4, \pm 1)` is four pairs, as `(\pm 1, \pm 1, \pm 1)` names the eight
        // corners of a cube): each ± doubles the answers, flattened into one list.
        for sign in ["\\pm", "\\mp"] where signs > 0 && !isSet && Bytes.contains(bytes, Array(sign.utf8)) {
            let range = text.range(of: sign)!
            // `(x,y,z) = \pm(1,1,1)`: a sign before a tuple signs every entry, (1,1,1) and (-1,-1,-1).
            if let signed = signedTuple(text, after: range) {
                return .list(flattened([parse(signed.plus, depth: depth + 1), parse(signed.minus, depth: depth + 1)]))
            }
            let plus = text.replacingCharacters(in: range, with: "+")
            let minus = text.replacingCharacters(in: range, with: "-")
            // A leading ± means "+a or -a".
            return .list(flattened([parse(withoutLeadingPlus(plus), depth: depth + 1), parse(minus, depth: depth + 1)]))
        }

        if text.hasPrefix("\\begin{") {
            if let matrix = evaluateMatrixExpression(text, depth: depth) { return matrix }
            if let matrix = parseMatrix(text, depth: depth) { return matrix }
        } else if Bytes.contains(bytes, beginBytes), let matrix = scaledMatrix(text, depth: depth) {
            return matrix
        }

        // Not two sets: `\{(a,b)\} = \{(11,31),(3,331)\}` names the set on its right.
        if text.hasPrefix("\\{"), text.hasSuffix("\\}"), closesOnlyAtEnd(bytes, from: 1) {
            let inner = String(text.dropFirst(2).dropLast(2))
            if inner.trimmingCharacters(in: .whitespaces).isEmpty { return .emptySet }
            // Set-builder notation: `\{x \mid x > 2\}` is the set its condition defines.
            for bar in ["\\mid", "|", ":"] {
                let sides = splitTopLevel(inner, by: bar)
                // `\{x \mid x = 1 \text{ or } x = 4\}` is `\{1, 4\}`; `\{x \mid x < -1 \text{ or } x > 3\}` the union.
                if sides.count == 2, isSingleVariable(sides[0]), listSeparators.dropFirst().contains(where: { Bytes.contains(Array(sides[1].utf8), $0) }) {
                    let name = realDomainDropped(sides[0]).trimmingCharacters(in: .whitespaces)
                    switch parse(sides[1], depth: depth + 1) {
                    case let .union(parts): return .union(parts)
                    case let .list(items):
                        let values = items.compactMap { item -> AnswerValue? in
                            if case let .equation(lhs, rhs, _, _) = item, lhs.trimmingCharacters(in: .whitespaces) == name { return rhs }
                            return nil
                        }
                        if values.count == items.count { return .set(values) }
                    default: break
                    }
                }
                if sides.count == 2, isSingleVariable(sides[0]), let condition = parseRelation(sides[1], depth: depth + 1) {
                    return condition
                }
            }
            var parts = splitTopLevel(inner, by: ",")
            let semicolonParts = splitTopLevel(inner, by: ";")   // `\{1 ; 2 ; 3\}`, `\{0,5 ; 2\}`: as in tuples
            if semicolonParts.count > 1 { parts = semicolonParts.map(decimalCommasToPoints) }
            // `\{1\pm\sqrt{5},-2\}` holds three elements: a ± element is two.
            return .set(flattened((parts.isEmpty ? [inner] : parts).map { parse($0, depth: depth + 1) }))
        }
        if wrapsWhole(bytes) {
            let inner = Bytes.string(bytes[1..<(bytes.count - 1)])
            var parts = splitTopLevel(Array(bytes[1..<(bytes.count - 1)]), by: [44])
            // `(1;2;3)`, `[0,5 ; 8]`: semicolons separate a tuple's entries in decimal-comma locales, where a comma
            // between digits is then a decimal comma.
            if bytes.first != 123 {
                let entries = splitTopLevel(Array(bytes[1..<(bytes.count - 1)]), by: [59])
                if entries.count > 1 { parts = entries.map(decimalCommasToPoints) }
            }
            let open = Character(Unicode.Scalar(bytes.first!)), close = Character(Unicode.Scalar(bytes.last!))
            if open == "{" {
                if parts.count > 1 { return .set(flattened(parts.map { parse($0, depth: depth + 1) })) }
            } else if parts.count > 1 {
                return .bracketed(open: open, close: close, parts.map { parse($0, depth: depth + 1) })
            } else if (open == "(" && close == ")" || open == "[" && close == "]") && inner.contains("\\begin") {
                return parse(inner, depth: depth + 1)
            } else if open == "[", inner.hasPrefix("["), inner.hasSuffix("]"), case let .bracketed("[", "]", row) = parse(inner, depth: depth + 1),
                      row.count > 1 {
                return .bracketed(open: "[", close: "]", [.bracketed(open: "[", close: "]", row)])   // `[[1,2,3]]`: one row
            }
        }
        if let relation = parseRelation(text, depth: depth) { return relation }
        if isWordLike(text) { return .text(Bytes.string(compactLowered(text))) }
        if let expression = try? ExpressionParser.parse(text) { return .expression(expression, text: text) }
        return .text(Bytes.string(compactLowered(text)))
    }

    /// An entry of a semicolon-separated group, where `0,5` is a decimal comma: `0.5`. An entry with brackets
    /// (`(1,2)` in `\{(1,2);(3,4)\}`) keeps its commas.
    static func decimalCommasToPoints(_ entry: String) -> String {
        var bytes = Array(entry.utf8)
        guard bytes.contains(44), !bytes.contains(where: { $0 == 40 || $0 == 91 || $0 == 123 }) else { return entry }
        for index in bytes.indices.dropFirst().dropLast() where bytes[index] == 44 && Bytes.isDigit(bytes[index - 1]) && Bytes.isDigit(bytes[index + 1]) {
            bytes[index] = 46
        }
        return Bytes.string(bytes)
    }

    /// A list item without a leading "and" or "or" (plain or in `\text{…}`).
    static func withoutLeadingConjunction(_ part: String) -> String {
        guard let first = part.utf8.first, first == 97 || first == 111 || first == 92 else { return part }   // a, o, backslash
        for word in ["\\text{ and }", "\\text{and }", "\\text{ and}", "\\text{and}", "\\text{ or }", "\\text{or }", "\\text{ or}", "\\text{or}",
                     "and ", "or "] where part.hasPrefix(word) {
            return String(part.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
        }
        return part
    }

    static let plusMinus = Array("\\pm".utf8), minusPlus = Array("\\mp".utf8)

    /// Words that say a tuple stands for its orderings: "permutation(s)", "in any order", "in some order",
    /// "rearrangement(s)", "up to order".
    static let anyOrderPhrases = ["ermutation", "any order", "some order", "rearrangement", "up to order"].map { Array($0.utf8) }

    /// Whether the text holds one of `anyOrderPhrases` (a cheap first test: every phrase has `rm`, `rd` or `rr`).
    static func saysAnyOrder(_ bytes: [UInt8]) -> Bool {
        mayHoldAnyOrderWords(bytes) && anyOrderPhrases.contains { Bytes.contains(bytes, $0) }
    }

    /// One pass without copying: whether an `r` is followed by `m`, `d` or `r` (as in every any-order phrase).
    static func mayHoldAnyOrderWords<Text: Sequence>(_ bytes: Text) -> Bool where Text.Element == UInt8 {
        var afterR = false
        for byte in bytes {
            if afterR, byte == 109 || byte == 100 || byte == 114 { return true }
            afterR = byte == 114
        }
        return false
    }

    /// `text` with its `\text{…}` wrappers opened when it says a tuple stands for its orderings (so the words are never
    /// read as a unit: `(1,2,4) \text{ in any order}`); nil otherwise.
    static func openingTextWrappers(_ text: String) -> String? {
        guard text.utf8.count >= 16, mayHoldAnyOrderWords(text.utf8) else { return nil }
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, saysAnyOrder(bytes), Bytes.contains(bytes, Array("\\text{".utf8)) else { return nil }
        var result: [UInt8] = []
        var closers: [Bool] = []   // for each open brace: whether it opened a \text wrapper
        var index = 0
        while index < bytes.count {
            if Bytes.hasPrefix(bytes, at: index, Array("\\text{".utf8)) { closers.append(true); index += 6; continue }
            if bytes[index] == 123, index == 0 || bytes[index - 1] != 92 { closers.append(false) }
            if bytes[index] == 125, index == 0 || bytes[index - 1] != 92, let wrapper = closers.popLast(), wrapper { index += 1; continue }
            result.append(bytes[index])
            index += 1
        }
        return Bytes.string(result)
    }

    /// A tuple of numbers said to stand for all its orderings: `(1,2,4) and all its permutations`, `any permutation of
    /// (1,4,5)`, `(a,b,c) is a permutation of (1,4,5)`; with "cyclic", its rotations only. The list of the distinct
    /// orderings; nil when the text holds other numbers, a denial ("not"), more than one tuple of numbers or more than
    /// six entries.
    static func permutationsPhrase(_ bytes: [UInt8], depth: Int) -> AnswerValue? {
        let lowered = bytes.map(Bytes.lower)
        guard !Bytes.contains(lowered, Array(" not ".utf8)), !Bytes.contains(lowered, Array("except".utf8)) else { return nil }
        var entries: [AnswerValue]?
        var index = 0
        var outside: [UInt8] = []
        while index < bytes.count {
            guard bytes[index] == 40 else { outside.append(bytes[index]); index += 1; continue }
            var level = 0, end = index
            while end < bytes.count {
                if bytes[end] == 40 { level += 1 } else if bytes[end] == 41 { level -= 1; if level == 0 { break } }
                end += 1
            }
            guard end < bytes.count else { return nil }
            let parts = splitTopLevel(Array(bytes[(index + 1)..<end]), by: [44])
            guard parts.count >= 2 else { return nil }
            let values = parts.map { parse($0, depth: depth + 1) }
            let numeric = values.allSatisfy { if case let .expression(expression, _) = $0 { return expression.variables.isEmpty }; return false }
            let names = values.allSatisfy { if case .expression(.variable, _) = $0 { return true }; return false }
            if numeric {
                guard entries == nil, values.count <= 6 else { return nil }
                entries = values
            } else if !names {
                return nil
            }
            index = end + 1
        }
        guard let entries, !outside.contains(where: Bytes.isDigit) else { return nil }
        var orderings: [[AnswerValue]] = []
        if Bytes.contains(lowered, Array("cyclic".utf8)) {
            orderings = (0..<entries.count).map { Array(entries[$0...] + entries[..<$0]) }
        } else {
            func permute(_ chosen: [AnswerValue], _ rest: [AnswerValue]) {
                if rest.isEmpty { orderings.append(chosen); return }
                for position in rest.indices {
                    var remaining = rest
                    let next = remaining.remove(at: position)
                    permute(chosen + [next], remaining)
                }
            }
            permute([], entries)
        }
        var seen = Set<String>()
        let distinct = orderings.map { AnswerValue.bracketed(open: "(", close: ")", $0) }.filter { seen.insert($0.compactText).inserted }
        return .list(distinct)
    }

    /// Whether every value is an equation with one and the same left side (`q = 3`, `q = -3` from `q = \pm 3`).
    static func sameLeftSide(_ values: [AnswerValue]) -> Bool {
        guard case let .equation(first, _, _, _)? = values.first else { return false }
        return values.allSatisfy { if case let .equation(left, _, _, _) = $0 { return left == first }; return false }
    }

    /// The text with the tuple that the sign at `sign` stands before written with every entry positive, then negated:
    /// `\pm(1,1,1)` → `(1,1,1)` and `(-(1),-(1),-(1))`. Nil when no tuple of two or more entries follows the sign.
    static func signedTuple(_ text: String, after sign: Range<String.Index>) -> (plus: String, minus: String)? {
        let bytes = Array(text.utf8)
        var open = text.utf8.distance(from: text.startIndex, to: sign.upperBound)
        while open < bytes.count, bytes[open] == 32 { open += 1 }
        guard open < bytes.count, bytes[open] == 40 else { return nil }
        var depth = 0, close = open
        while close < bytes.count {
            if bytes[close] == 40 || bytes[close] == 91 || bytes[close] == 123 { depth += 1 }
            if bytes[close] == 41 || bytes[close] == 93 || bytes[close] == 125 { depth -= 1; if depth == 0 { break } }
            close += 1
        }
        guard close < bytes.count, bytes[close] == 41 else { return nil }
        let entries = splitTopLevel(Array(bytes[(open + 1)..<close]), by: [44])
        guard entries.count >= 2, entries.allSatisfy({ !$0.isEmpty }) else { return nil }
        let head = Bytes.string(bytes[..<text.utf8.distance(from: text.startIndex, to: sign.lowerBound)])
        let tail = Bytes.string(bytes[(close + 1)...])
        let positive = "(" + entries.joined(separator: ",") + ")"
        let negative = "(" + entries.map { "-(" + $0 + ")" }.joined(separator: ",") + ")"
        return (head + positive + tail, head + negative + tail)
    }

    /// `text` without a leading `+` (the `+` a leading ± leaves).
    static func withoutLeadingPlus(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : text
    }

    /// Whether the first ± or ∓ stands inside a set's braces `\{…\}` (`q \in \{0, \pm 3\}`): the set expands it.
    static func signsInsideSet(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 3 else { return false }
        var open = 0
        for index in 0..<(bytes.count - 2) where bytes[index] == 92 {
            let next = bytes[index + 1]
            if next == 123 { open += 1 } else if next == 125 { open -= 1 }
            else if next == 112 || next == 109, bytes[index + 2] == (next == 112 ? 109 : 112),
                    index + 3 == bytes.count || !Bytes.isLetter(bytes[index + 3]) { return open > 0 }
        }
        return false
    }
    static let backslashWord = Array("\\backslash".utf8)
    static let setminus = Array("\\setminus".utf8), beginBytes = Array("\\begin{".utf8)

    /// `x \neq -3, 2`: the real line without the listed values (the values after the first carry no relation).
    static func excludedValues(_ parts: [String], depth: Int) -> AnswerValue? {
        let sides = splitTopLevel(parts[0], by: "\\neq")
        guard sides.count == 2, isSingleVariable(sides[0]),
              parts.dropFirst().allSatisfy({ part in
                  !part.utf8.contains(where: { $0 == 61 || $0 == 60 || $0 == 62 })
                      && !["\\le", "\\ge", "\\neq", "\\lt", "\\gt", "\\in"].contains(where: part.contains) })
        else { return nil }
        let values = ([sides[1]] + parts.dropFirst()).joined(separator: ",")
        return setDifference(Array("(-\\infty,\\infty)\\setminus\\{\(values)\\}".utf8), depth: depth)
    }

    /// `x \neq a \pm b`: the real line without both values, as a union of intervals; nil for any other text.
    static func excludedPlusMinus(_ text: String, depth: Int) -> AnswerValue? {
        let sides = splitTopLevel(text, by: "\\neq")
        guard sides.count == 2, isSingleVariable(sides[0]), sides[1].contains("\\pm") else { return nil }
        let plus = sides[1].replacingOccurrences(of: "\\pm", with: "+"), minus = sides[1].replacingOccurrences(of: "\\pm", with: "-")
        return setDifference(Array("(-\\infty,\\infty)\\setminus\\{\(plus),\(minus)\\}".utf8), depth: depth)
    }

    /// An interval minus finitely many points or intervals, `\mathbb{R} \setminus \{2\}` (normalised to
    /// `(-\infty,\infty) \setminus \{2\}`), `\mathbb{R} \setminus [2,3]`: the union of the pieces left, so it equals
    /// `(-\infty,2)\cup(2,\infty)` and `x \neq 2`, and `(-\infty,2)\cup(3,\infty)`.
    static func setDifference(_ bytes: [UInt8], depth: Int) -> AnswerValue? {
        guard Bytes.contains(bytes, setminus) else {
            // `\backslash` written for `\setminus`.
            guard bytes.count > 10, Bytes.contains(bytes, backslashWord) else { return nil }
            var replaced = bytes
            Bytes.replaceAll(&replaced, backslashWord, with: setminus)
            return setDifference(replaced, depth: depth)
        }
        let sides = splitTopLevel(bytes, by: setminus)
        guard sides.count == 2, case let .bracketed(open, close, bounds) = parse(sides[0], depth: depth + 1), bounds.count == 2 else { return nil }
        // Each removed piece: its ends, and the brackets the pieces left get there (a removed point or closed end leaves
        // an open one).
        var removed: [(low: AnswerValue, high: AnswerValue, close: Character, open: Character)] = []
        func removing(_ value: AnswerValue) -> Bool {
            switch value {
            case let .expression(expression, text): removed.append((.expression(expression, text: text), .expression(expression, text: text), ")", "("))
            case let .bracketed(removedOpen, removedClose, ends) where ends.count == 2 && "([".contains(removedOpen) && ")]".contains(removedClose):
                removed.append((ends[0], ends[1], removedOpen == "[" ? ")" : "]", removedClose == "]" ? "(" : "["))
            default: return false
            }
            return true
        }
        var removedText = sides[1].trimmingCharacters(in: .whitespaces)
        // `\setminus ([0,1] \cup [2,3])`: the parentheses only group the union.
        if removedText.hasPrefix("("), removedText.hasSuffix(")"), removedText.contains("\\cup"),
           closesOnlyAtEnd(Array(removedText.utf8), from: 0) { removedText = String(removedText.dropFirst().dropLast()) }
        switch parse(removedText, depth: depth + 1) {
        case let .set(values): guard values.allSatisfy({ if case .expression = $0 { return removing($0) }; return false }) else { return nil }
        case let .union(values): guard values.allSatisfy({ if case .bracketed = $0 { return removing($0) }; return false }) else { return nil }
        case let value: guard removing(value) else { return nil }
        }
        func value(_ bound: AnswerValue) -> Double? {
            guard case let .expression(expression, _) = bound else { return nil }
            if expression.containsInfinity { return expression == .constant("infinity") ? .infinity : -.infinity }
            guard let number = expression.numericValue([:]), number.im == 0 else { return nil }
            return number.re
        }
        guard let low = value(bounds[0]), let high = value(bounds[1]) else { return nil }
        var pieces: [(low: Double, high: Double, piece: (low: AnswerValue, high: AnswerValue, close: Character, open: Character))] = []
        for piece in removed {
            guard let from = value(piece.low), let to = value(piece.high), from > low, to < high, from <= to else { return nil }
            pieces.append((from, to, piece))
        }
        pieces.sort { $0.low < $1.low }
        // Removed pieces that meet or overlap leave nothing between them: not read.
        for (first, second) in zip(pieces, pieces.dropFirst()) where first.high >= second.low { return nil }
        var left: [AnswerValue] = []
        var leftBound = (bound: bounds[0], open: open)
        for piece in pieces {
            left.append(.bracketed(open: leftBound.open, close: piece.piece.close, [leftBound.bound, piece.piece.low]))
            leftBound = (piece.piece.high, piece.piece.open)
        }
        left.append(.bracketed(open: leftBound.open, close: close, [leftBound.bound, bounds[1]]))
        return left.count == 1 ? left[0] : .union(left)
    }

    static func countOccurrences(_ bytes: [UInt8], _ needle: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while let found = Bytes.find(bytes, needle, from: index) { count += 1; index = found + needle.count }
        return count
    }

    /// "ou" (French, Portuguese), "oder" (German), "или" (Russian) and "或" (Chinese) join solutions as "or" does; "und",
    /// "et", "en", "ve", "и", "dan", "và", "oraz", "och" as "and" does ("2500 ve 7500", "(2,6) en (-6,6)").
    static let listSeparators: [[UInt8]] = [";", "\\text{ or }", " or ", " and ", " ou ", " oder ", " или ", " 或 ",
                                            " und ", " et ", " en ", " ve ", " и ", " dan ", " và ", " oraz ", " och "].map { Array($0.utf8) }
    static let semicolonSeparator = Array(";".utf8)
    static let andSeparators: Set<[UInt8]> = Set([" and ", " und ", " et ", " en ", " ve ", " и ", " dan ", " và ", " oraz ", " och "].map { Array($0.utf8) })

    /// `\pm` lists inside a comma list are one list: `\pm 2, \pm 2i` holds four answers. (Lists split at `;`, `or`,
    /// `and` keep their groups: `p=5,q=2;p=7,q=2` is two pairs.)
    static func flattened(_ values: [AnswerValue]) -> [AnswerValue] {
        values.flatMap { value -> [AnswerValue] in
            if case let .list(inner) = value { return inner }
            return [value]
        }
    }

    /// Whether a part is a one-variable inequality (`x < 1`, `x \ge 4`, `-2 < x \le 5`).
    static func isInequality(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.contains(60) || bytes.contains(62) || Bytes.contains(bytes, Array("\\le".utf8)) || Bytes.contains(bytes, Array("\\ge".utf8))
                || Bytes.contains(bytes, Array("\\neq".utf8)) else { return false }
        if case .bracketed = parse(text, depth: maximumDepth) { return true }
        if case .union = parse(text, depth: maximumDepth) { return true }
        return false
    }

    /// The intersection of a ray to the right and a ray to the left, `[a,\infty)` and `(-\infty,b]`, as `[a,b]`.
    static func intersection(_ first: AnswerValue, _ second: AnswerValue) -> AnswerValue? {
        guard case let .bracketed(open1, close1, bounds1) = first, case let .bracketed(open2, close2, bounds2) = second,
              bounds1.count == 2, bounds2.count == 2 else { return nil }
        let infinity = positiveInfinity.compactText, negative = negativeInfinity.compactText
        if bounds1[1].compactText == infinity, bounds2[0].compactText == negative {
            return .bracketed(open: open1, close: close2, [bounds1[0], bounds2[1]])
        }
        if bounds2[1].compactText == infinity, bounds1[0].compactText == negative {
            return .bracketed(open: open2, close: close1, [bounds2[0], bounds1[1]])
        }
        return nil
    }
    static let cupSeparator = Array("\\cup".utf8)

    /// Letters and spaces only, with at least three letters: a word answer such as `Evelyn` or `even`.
    static func isWordLike(_ text: String) -> Bool {
        var letters = 0
        for byte in text.utf8 {
            if Bytes.isLetter(byte) { letters += 1 } else if byte != 32 && byte != 45 && byte != 39 { return false }
        }
        return letters >= 3
    }

    /// Removes all spaces: the form used for fast string equality.
    static func compact(_ text: String) -> String { Bytes.string(text.utf8.filter { $0 != 32 }) }

    static func parseMatrix(_ text: String, depth: Int) -> AnswerValue? {
        guard let nameEnd = text.firstIndex(of: "}") else { return nil }
        let name = String(text[text.index(text.startIndex, offsetBy: 7)..<nameEnd])
        guard ["pmatrix", "bmatrix", "matrix", "array", "vmatrix", "Bmatrix", "smallmatrix"].contains(name),
              text.hasSuffix("\\end{\(name)}"), text.count >= 2 * name.count + 14 else { return nil }
        var body = String(text[text.index(after: nameEnd)..<text.index(text.endIndex, offsetBy: -(name.count + 6))])
        if name == "array", body.hasPrefix("{"), let close = body.firstIndex(of: "}") { body = String(body[body.index(after: close)...]) }
        var rows = body.components(separatedBy: "\\\\").map { $0.trimmingCharacters(in: .whitespaces) }
        while let last = rows.last, last.isEmpty { rows.removeLast() }
        guard !rows.isEmpty else { return nil }
        let cells = rows.map { row in row.components(separatedBy: "&").map { parse($0, depth: depth + 1) } }
        // `\begin{vmatrix}…\end{vmatrix}` is a determinant (square, up to 4×4): its value.
        if name == "vmatrix", (1...4).contains(cells.count), cells.allSatisfy({ $0.count == cells.count }) {
            var entries: [[Expression]] = []
            for row in cells {
                var values: [Expression] = []
                for cell in row { guard case let .expression(expression, _) = cell else { return .matrix(cells) }; values.append(expression) }
                entries.append(values)
            }
            return .expression(determinant(entries), text: "")
        }
        return .matrix(cells)
    }

    /// Relations: `x \in S`, equations (chains keep first and last side), and one-variable inequalities as intervals.
    static func parseRelation(_ text: String, depth: Int) -> AnswerValue? {
        let inParts = splitTopLevel(text, by: "\\in")
        if inParts.count == 2, !inParts[1].isEmpty { return parse(inParts[1], depth: depth + 1) }
        // `x \notin [2,3]`: the real line without the set.
        let notInParts = splitTopLevel(text, by: "\\notin")
        if notInParts.count == 2, isSingleVariable(notInParts[0]),
           let difference = setDifference(Array("(-\\infty,\\infty)\\setminus \(notInParts[1])".utf8), depth: depth) {
            return difference
        }

        // Tokenise on top-level relation operators.
        var pieces: [String] = []
        var kinds: [String] = []
        let bytes = Array(text.utf8)
        var depthCount = 0
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 40 || byte == 91 || byte == 123 { depthCount += 1 } else if byte == 41 || byte == 93 || byte == 125 { depthCount -= 1 }
            if depthCount == 0, byte == 92 || byte == 60 || byte == 62 || byte == 61 {
                var matched = false
                for (token, kind) in relationOperators where Bytes.hasPrefix(bytes, at: index, token) {
                    let end = index + token.count
                    if token.first == 92, end < bytes.count, Bytes.isLetter(bytes[end]) { continue }
                    pieces.append(Bytes.string(Bytes.trimSpaces(bytes[start..<index])))
                    kinds.append(kind)
                    start = end
                    index = end
                    matched = true
                    break
                }
                if matched { continue }
            }
            index += 1
        }
        guard !kinds.isEmpty else { return nil }
        pieces.append(Bytes.string(Bytes.trimSpaces(bytes[start...])))
        guard !pieces.contains(where: \.isEmpty) else { return .text(Bytes.string(compactLowered(text))) }

        if kinds.allSatisfy({ $0 == "=" }) {
            var lhs = pieces.first!, rhs = pieces.last!
            var left = try? ExpressionParser.parse(lhs), right = try? ExpressionParser.parse(rhs)
            // `6 = x + 2y` is `x + 2y = 6` written the other way round (a constant left of one equation with variables on
            // the right), not a computation standing for its result.
            if pieces.count == 2, let leftSide = left, leftSide.variables.isEmpty, let rightSide = right, !rightSide.variables.isEmpty {
                swap(&lhs, &rhs)
                swap(&left, &right)
            }
            return .equation(lhs: compact(lhs), rhs: parse(rhs, depth: depth + 1), lhsExpression: left, rhsExpression: right)
        }
        if let interval = inequalityInterval(pieces: pieces, kinds: kinds) { return interval }
        if let solved = solvedLinearInequality(pieces: pieces, kinds: kinds),
           let interval = inequalityInterval(pieces: solved.pieces, kinds: solved.kinds) { return interval }
        return .text(Bytes.string(compactLowered(text)))
    }

    static let relationOperators: [([UInt8], String)] = [("\\le", "<="), ("\\ge", ">="), ("\\neq", "!="), ("\\lt", "<"), ("\\gt", ">"),
                                                          ("<", "<"), (">", ">"), ("=", "=")].map { (Array($0.0.utf8), $0.1) }

    static let negativeInfinity = AnswerValue.expression(.negation(.constant("infinity")), text: "-\\infty")
    static let positiveInfinity = AnswerValue.expression(.constant("infinity"), text: "\\infty")

    /// The name an inequality bounds: a variable (`x`) or a function's value (`f(x)`, `g(t)`), as in `0 < f(x) < 1`.
    static func isIntervalVariable(_ text: String) -> Bool {
        isSingleVariable(text) || EquivalenceChecker.definesFunction(compact(text)) && text != "y"
    }

    static func isSingleVariable(_ text: String) -> Bool {
        guard let expression = try? ExpressionParser.parse(realDomainDropped(text)), case .variable = expression else { return false }
        return true
    }

    static let realDomains = ["\\in(-\\infty,\\infty)", "\\in\\mathbb{R}", "\\in\\mathbbR", "\\in\\R", "∈ℝ"]

    /// `x \in \mathbb{R}` → `x`: a set-builder variable ranging over the reals names the variable alone (the set is then
    /// its condition's interval); any other domain (`\mathbb{Z}`) stays. The normaliser has written the reals
    /// `(-\infty,\infty)`.
    static func realDomainDropped(_ text: String) -> String {
        guard text.utf8.count <= 40, text.contains("\\in") || text.contains("∈") else { return text }
        let compact = text.filter { $0 != " " }
        for domain in realDomains where compact.hasSuffix(domain) { return String(compact.dropLast(domain.count)) }
        return text
    }

    /// `a < x < b`, `x \ge a`, `a \le x`, `x \neq a` as interval values.
    static func inequalityInterval(pieces: [String], kinds: [String]) -> AnswerValue? {
        func bound(_ text: String) -> AnswerValue { parse(text, depth: 1) }
        if pieces.count == 2 {
            let kind = kinds[0]
            // |x| < b is (-b, b); |x| > b is (-\infty,-b) \cup (b,\infty).
            if pieces[0].hasPrefix("|"), pieces[0].hasSuffix("|"), pieces[0].count > 2,
               isSingleVariable(String(pieces[0].dropFirst().dropLast())) {
                let low = bound("-(\(pieces[1]))"), high = bound(pieces[1])
                switch kind {
                case "<": return .bracketed(open: "(", close: ")", [low, high])
                case "<=": return .bracketed(open: "[", close: "]", [low, high])
                case ">": return .union([.bracketed(open: "(", close: ")", [negativeInfinity, low]), .bracketed(open: "(", close: ")", [high, positiveInfinity])])
                case ">=": return .union([.bracketed(open: "(", close: "]", [negativeInfinity, low]), .bracketed(open: "[", close: ")", [high, positiveInfinity])])
                default: return nil
                }
            }
            // |x - 2| < 3 is -1 < x < 5; |2x + 1| \ge 3 is x \le -2 or x \ge 1: an absolute value of a linear expression.
            if pieces[0].hasPrefix("|"), pieces[0].hasSuffix("|"), pieces[0].count > 2, ["<", "<=", ">", ">="].contains(kind),
               (try? ExpressionParser.parse(pieces[1]))?.exactValue() != nil {
                let inner = String(pieces[0].dropFirst().dropLast())
                if kind == "<" || kind == "<=" {
                    guard let solved = solvedLinearInequality(pieces: ["-(\(pieces[1]))", inner, pieces[1]], kinds: [kind, kind]) else { return nil }
                    return inequalityInterval(pieces: solved.pieces, kinds: solved.kinds)
                }
                let opposite = kind == ">" ? "<" : "<="
                guard let below = solvedLinearInequality(pieces: [inner, "-(\(pieces[1]))"], kinds: [opposite]),
                      let above = solvedLinearInequality(pieces: [inner, pieces[1]], kinds: [kind]),
                      let belowInterval = inequalityInterval(pieces: below.pieces, kinds: below.kinds),
                      let aboveInterval = inequalityInterval(pieces: above.pieces, kinds: above.kinds) else { return nil }
                // With a negative slope the half below -b lies to the right: keep the union in increasing order.
                let increasing = below.kinds[0] == "<" || below.kinds[0] == "<="
                return .union(increasing ? [belowInterval, aboveInterval] : [aboveInterval, belowInterval])
            }
            if isIntervalVariable(pieces[0]) {
                let value = bound(pieces[1])
                switch kind {
                case "<": return .bracketed(open: "(", close: ")", [negativeInfinity, value])
                case "<=": return .bracketed(open: "(", close: "]", [negativeInfinity, value])
                case ">": return .bracketed(open: "(", close: ")", [value, positiveInfinity])
                case ">=": return .bracketed(open: "[", close: ")", [value, positiveInfinity])
                case "!=": return .union([.bracketed(open: "(", close: ")", [negativeInfinity, value]),
                                          .bracketed(open: "(", close: ")", [value, positiveInfinity])])
                default: return nil
                }
            }
            if isIntervalVariable(pieces[1]) {
                let flipped = ["<": ">", "<=": ">=", ">": "<", ">=": "<=", "!=": "!="][kind]!
                return inequalityInterval(pieces: [pieces[1], pieces[0]], kinds: [flipped])
            }
            return nil
        }
        // `a \le |x| \le b`: two intervals, [-b, -a] and [a, b] (brackets from the relations).
        if pieces.count == 3, pieces[1].hasPrefix("|"), pieces[1].hasSuffix("|"), pieces[1].count > 2,
           isSingleVariable(String(pieces[1].dropFirst().dropLast())),
           (kinds[0] == "<" || kinds[0] == "<="), (kinds[1] == "<" || kinds[1] == "<=") {
            let lowOpen = kinds[0] == "<", highOpen = kinds[1] == "<"
            return .union([.bracketed(open: highOpen ? "(" : "[", close: lowOpen ? ")" : "]", [bound("-(\(pieces[2]))"), bound("-(\(pieces[0]))")]),
                           .bracketed(open: lowOpen ? "(" : "[", close: highOpen ? ")" : "]", [bound(pieces[0]), bound(pieces[2])])])
        }
        if pieces.count == 3, isIntervalVariable(pieces[1]) {
            let lowKind = kinds[0], highKind = kinds[1]
            if (lowKind == "<" || lowKind == "<=") && (highKind == "<" || highKind == "<=") {
                return .bracketed(open: lowKind == "<" ? "(" : "[", close: highKind == "<" ? ")" : "]", [bound(pieces[0]), bound(pieces[2])])
            }
            if (lowKind == ">" || lowKind == ">=") && (highKind == ">" || highKind == ">=") {
                return .bracketed(open: highKind == ">" ? "(" : "[", close: lowKind == ">" ? ")" : "]", [bound(pieces[2]), bound(pieces[0])])
            }
        }
        return nil
    }
}
