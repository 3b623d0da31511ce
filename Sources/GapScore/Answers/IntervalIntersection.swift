// Intersections of intervals: conditions listed with commas (`x > 0, x \neq 1`) hold together, so their sets intersect;
// conditions no two of which meet (`x < 2, x > 3`) are alternatives, so their sets unite.

extension AnswerParser {
    /// One interval with numeric ends (for ordering) and the ends as written (for comparing).
    struct IntervalPiece {
        var low: Double, lowValue: AnswerValue, lowClosed: Bool
        var high: Double, highValue: AnswerValue, highClosed: Bool
    }

    /// Comma-separated inequalities in one variable, all holding (`x > 0, x \neq 1`; `-1 \le x \le 1, x \ne 0`): the
    /// intersection of their sets. When no two of them meet, the commas list alternatives (`x < -1, x > 2`, as "or"
    /// joins them): the union of their sets. Nil when the parts are anything else, or some meet but not all.
    static func intersectedConditions(_ parts: [String], depth: Int) -> AnswerValue? {
        guard parts.count <= 4, let name = conditionVariable(parts[0]), parts.dropFirst().allSatisfy({ conditionVariable($0) == name }),
              parts.allSatisfy(isInequality) else { return nil }
        var current: [IntervalPiece]?
        var all: [[IntervalPiece]] = []
        for part in parts {
            guard let pieces = intervalPieces(parse(part, depth: depth + 1)) else { return nil }
            current = current.map { intersect($0, pieces) } ?? pieces
            all.append(pieces)
        }
        func values(_ pieces: [IntervalPiece]) -> AnswerValue {
            let values = pieces.map { AnswerValue.bracketed(open: $0.lowClosed ? "[" : "(", close: $0.highClosed ? "]" : ")", [$0.lowValue, $0.highValue]) }
            return values.count == 1 ? values[0] : .union(values)
        }
        guard let result = current else { return nil }
        if !result.isEmpty { return values(result) }
        for first in all.indices { for second in all.indices where second > first && !intersect(all[first], all[second]).isEmpty { return nil } }
        return values(all.flatMap { $0 }.sorted { $0.low < $1.low })
    }

    /// The one variable a condition names (`x` in `-1 \le x \le 1`), ignoring commands; nil for none or several.
    static func conditionVariable(_ text: String) -> String? {
        var letters = Set<UInt8>()
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 92 {   // a command: skip its name
                index += 1
                while index < bytes.count, Bytes.isLetter(bytes[index]) { index += 1 }
                continue
            }
            if Bytes.isLetter(bytes[index]) { letters.insert(bytes[index]) }
            index += 1
        }
        guard letters.count == 1, let letter = letters.first else { return nil }
        return String(Character(Unicode.Scalar(letter)))
    }

    static func intervalPieces(_ value: AnswerValue) -> [IntervalPiece]? {
        func number(_ bound: AnswerValue) -> Double? {
            guard case let .expression(expression, _) = bound else { return nil }
            if expression.containsInfinity { return expression == .constant("infinity") ? .infinity : -.infinity }
            guard let value = expression.numericValue([:]), value.im == 0 else { return nil }
            return value.re
        }
        switch value {
        case let .bracketed(open, close, bounds) where bounds.count == 2 && (open == "(" || open == "[") && (close == ")" || close == "]"):
            guard let low = number(bounds[0]), let high = number(bounds[1]), low <= high else { return nil }
            return [IntervalPiece(low: low, lowValue: bounds[0], lowClosed: open == "[", high: high, highValue: bounds[1], highClosed: close == "]")]
        case let .union(parts):
            var pieces: [IntervalPiece] = []
            for part in parts { guard let more = intervalPieces(part) else { return nil }; pieces += more }
            return pieces
        default: return nil
        }
    }

    static func intersect(_ first: [IntervalPiece], _ second: [IntervalPiece]) -> [IntervalPiece] {
        var result: [IntervalPiece] = []
        for a in first {
            for b in second {
                var piece = a
                if b.low > a.low || b.low == a.low && !b.lowClosed { piece.low = b.low; piece.lowValue = b.lowValue; piece.lowClosed = b.lowClosed }
                if b.high < a.high || b.high == a.high && !b.highClosed { piece.high = b.high; piece.highValue = b.highValue; piece.highClosed = b.highClosed }
                if piece.low < piece.high { result.append(piece) }
            }
        }
        return result.sorted { $0.low < $1.low }
    }
}
