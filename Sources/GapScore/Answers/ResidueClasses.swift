// Residue classes: a congruence (`n \equiv 0, 3 \pmod{4}`) and the forms that list its classes (`4k, 4k+3`,
// `x = 7k + 4`) name the same integers, so either answers the other.
enum ResidueClasses {
    /// Whether `gold` and `candidate` name the same residue classes, one as a congruence and the other as forms or a
    /// congruence; false when either is neither, or neither is a congruence.
    static func same(gold: String, candidate: String) -> Bool {
        // One side must be a congruence, and a congruence has `\equiv`: a byte search turns the rest away.
        guard FoundationText.contains(gold, "\\equiv") || FoundationText.contains(candidate, "\\equiv"),
              let goldClasses = parse(gold), let candidateClasses = parse(candidate) else { return false }
        return goldClasses.modulus == candidateClasses.modulus && goldClasses.residues == candidateClasses.residues
    }

    /// The modulus and residues (each in 0 ..< modulus) that `text` names: `x \equiv 1, 2 \pmod{3}` or `3k+1, 3k+2`.
    static func parse(_ text: String) -> (modulus: Int, residues: Set<Int>)? {
        var cleaned = text
        for noise in ["$", "\\,", "\\;", "\\!", "\\left", "\\right", "\\quad", "~"] { cleaned = cleaned.replacingOccurrences(of: noise, with: "") }
        for or in ["\\text{ or }", "\\text{or}", "\\text{ and }", "\\text{and}", " or ", " and ", "\\lor"] {
            cleaned = cleaned.replacingOccurrences(of: or, with: ",")
        }
        return congruence(cleaned) ?? forms(cleaned)
    }

    /// `n \equiv 0, 3 \pmod{4}`, `x \equiv 4 \pmod 7`, `x \equiv 4 (\mod 7)`.
    static func congruence(_ text: String) -> (modulus: Int, residues: Set<Int>)? {
        guard let equiv = text.range(of: "\\equiv") else { return nil }
        let rest = text[equiv.upperBound...]
        guard let marker = ["\\pmod", "\\bmod", "(\\mod", "\\mod", "(mod", "mod"].compactMap({ rest.range(of: $0) })
            .min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let after = rest[marker.upperBound...].filter { $0 != " " && $0 != "{" && $0 != "}" && $0 != ")" && $0 != "." }
        guard let modulus = Int(after), modulus >= 2, modulus <= 1_000_000 else { return nil }
        let left = text[..<equiv.lowerBound].filter { $0 != " " }
        guard left.count <= 3, left.allSatisfy({ $0.isLetter || $0 == "_" || $0.isNumber }) else { return nil }
        var residues = Set<Int>()
        for part in rest[..<marker.lowerBound].split(separator: ",") {
            guard let residue = Int(part.filter { $0 != " " }) else { return nil }
            residues.insert(((residue % modulus) + modulus) % modulus)
        }
        return residues.isEmpty ? nil : (modulus, residues)
    }

    /// `4k, 4k+3`, `x = 7k + 4`, `7n-3`: terms `m·k ± r` with one modulus and one letter.
    static func forms(_ text: String) -> (modulus: Int, residues: Set<Int>)? {
        var body = Substring(text.filter { $0 != " " })
        if let equals = body.firstIndex(of: "="), body[..<equals].count <= 3, body[..<equals].allSatisfy({ $0.isLetter }) {
            body = body[body.index(after: equals)...]
        }
        var modulus: Int?, letter: Character?
        var residues = Set<Int>()
        for term in body.split(separator: ",") {
            guard let (coefficient, name, residue) = form(term), coefficient >= 2, coefficient <= 1_000_000 else { return nil }
            if modulus == nil { modulus = coefficient; letter = name }
            guard modulus == coefficient, letter == name else { return nil }
            residues.insert(((residue % coefficient) + coefficient) % coefficient)
        }
        guard let modulus, !residues.isEmpty else { return nil }
        return (modulus, residues)
    }

    /// One term `mk`, `mk+r`, `mk-r` or `r+mk`: its coefficient, letter and constant.
    static func form(_ term: Substring) -> (Int, Character, Int)? {
        let characters = Array(term)
        guard let letterIndex = characters.firstIndex(where: { $0.isLetter }),
              characters.filter({ $0.isLetter }).count == 1 else { return nil }
        var coefficientStart = letterIndex
        while coefficientStart > 0, characters[coefficientStart - 1].isNumber { coefficientStart -= 1 }
        guard coefficientStart < letterIndex, let coefficient = Int(String(characters[coefficientStart..<letterIndex])) else { return nil }
        let before = String(characters[..<coefficientStart]), after = String(characters[(letterIndex + 1)...])
        if before.isEmpty {
            if after.isEmpty { return (coefficient, characters[letterIndex], 0) }
            guard let constant = Int(after.hasPrefix("+") ? String(after.dropFirst()) : after), after.first == "+" || after.first == "-" else { return nil }
            return (coefficient, characters[letterIndex], constant)
        }
        guard after.isEmpty, before.hasSuffix("+"), let constant = Int(before.dropLast()) else { return nil }
        return (coefficient, characters[letterIndex], constant)
    }
}
