// Sums of consecutive powers written with the middle elided: `x^8+x^7+\cdots+x+1` is x^8 + x^7 + … + x + 1 in full.

enum ElidedPowers {
    static let ellipses = ["\\cdots", "\\ldots", "\\dots", "...", "…", "⋯"]

    /// Whether `text` holds one of `ellipses`: the ASCII ones found in its bytes, the others (`…`, `⋯`) only looked for
    /// in text that is not all ASCII (Foundation's search on every judged text cost 6% of the judge CLI's time).
    static func hasEllipsis(_ text: String) -> Bool {
        FoundationText.contains(text, "\\cdots") || FoundationText.contains(text, "\\ldots") || FoundationText.contains(text, "\\dots")
            || FoundationText.contains(text, "...") || (text.utf8.contains { $0 >= 0x80 } && (text.contains("…") || text.contains("⋯")))
    }

    /// The sum written out when `text` (with or without `$…$`) is a sum of powers of one letter with coefficient 1, whose
    /// exponents step by one up or down on both sides of one ellipsis term (`x^8+x^7+\cdots+x+1`, `1 + x + x^2 + \dots +
    /// x^5`); at most 40 terms. Nil otherwise.
    static func expand(_ text: String) -> String? {
        guard text.utf8.count <= 120, hasEllipsis(text) else { return nil }
        var body = text.replacingOccurrences(of: "$", with: "").replacingOccurrences(of: " ", with: "")
        for ellipsis in ellipses { body = body.replacingOccurrences(of: ellipsis, with: "…") }
        let terms = body.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        guard terms.count >= 4, terms.filter({ $0 == "…" }).count == 1, let gap = terms.firstIndex(of: "…"), gap >= 1, gap < terms.count - 1
        else { return nil }
        var letter: Character?
        var exponents: [Int] = []
        for (index, term) in terms.enumerated() where index != gap {
            guard let power = power(term, letter: &letter) else { return nil }
            exponents.append(power)
        }
        let before = Array(exponents[..<gap]), after = Array(exponents[gap...])
        guard let name = letter, let last = before.last, let next = after.first else { return nil }
        let step = before.count >= 2 ? before[1] - before[0] : (after.count >= 2 ? after[1] - after[0] : (next > last ? 1 : -1))
        guard step == 1 || step == -1, zip(before, before.dropFirst()).allSatisfy({ $1 - $0 == step }),
              zip(after, after.dropFirst()).allSatisfy({ $1 - $0 == step }), (next - last) * step > 1, abs(next - last) <= 40 else { return nil }
        var all = before
        var value = last + step
        while value != next { all.append(value); value += step }
        all += after
        return all.map { $0 == 0 ? "1" : $0 == 1 ? String(name) : "\(name)^{\($0)}" }.joined(separator: "+")
    }

    /// The exponent of one term: `1` is 0, `x` is 1, `x^8` and `x^{12}` their exponents; the letter must be the same in
    /// every term. Nil for anything else.
    private static func power(_ term: String, letter: inout Character?) -> Int? {
        if term == "1" { return 0 }
        guard let first = term.first, first.isASCII, first.isLetter, letter == nil || letter == first else { return nil }
        letter = first
        let rest = term.dropFirst()
        if rest.isEmpty { return 1 }
        guard rest.first == "^" else { return nil }
        let exponent = rest.dropFirst().filter { $0 != "{" && $0 != "}" }
        guard let value = Int(exponent), value >= 0 else { return nil }
        return value
    }
}
