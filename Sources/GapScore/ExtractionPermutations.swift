// Extraction's reading of tuples listed "up to permutation": "the solutions are $(2,2,2)$, $(2,6,11)$ and $(3,5,7)$; all
// permutations of these are solutions" lists every ordering of each tuple. The scorer tries it when the listed tuples
// alone fail against a gold that lists the orderings.

extension AnswerExtractor {
    /// Phrases that say every ordering is a solution (not "up to order", which may drop the orderings).
    static let permutationWords: [[UInt8]] = ["all permutations", "and permutations", "and their permutations", "any permutation",
                                              "all their permutations", "in any order", "and perms", "all orderings",
                                              "all rearrangements", "all of its permutations", "all of their permutations",
                                              "with its permutations", "permutations thereof"].map(b)

    /// Every distinct ordering of each tuple in `answer` (`(2,2,3)` → `(2,2,3), (2,3,2), (3,2,2)`), when the last 400
    /// bytes of the response say every permutation is a solution; at most eight tuples of two to four entries. Nil otherwise.
    static func permutationsListed(_ answer: String, in response: String) -> String? {
        let tail = Array(response.utf8.suffix(400)).map(Bytes.lower)
        guard permutationWords.contains(where: { Bytes.contains(tail, $0) }) else { return nil }
        let items = AnswerParser.splitTopLevel(answer.replacingOccurrences(of: " and ", with: ", "), by: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard (1...8).contains(items.count) else { return nil }
        var seen = Set<[String]>()
        var listed: [String] = []
        for var item in items {
            // "$(a,b,c)=(1,2,3)$ up to order, i.e. any permutation of $(1,2,3)$": the tuple of names before `=` names the entries.
            if item.hasPrefix("("), let equals = item.lastIndex(of: "="), item[..<equals].allSatisfy({ $0.isLetter || $0 == "," || $0 == "(" || $0 == ")" || $0 == " " }) {
                item = item[item.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            }
            guard item.hasPrefix("("), item.hasSuffix(")") else { return nil }
            let entries = AnswerParser.splitTopLevel(String(item.dropFirst().dropLast()), by: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard (2...4).contains(entries.count), entries.allSatisfy({ !$0.isEmpty }) else { return nil }
            for ordering in orderings(entries) where seen.insert(ordering).inserted {
                listed.append("(" + ordering.joined(separator: ",") + ")")
            }
        }
        return listed.count > items.count ? listed.joined(separator: ", ") : nil
    }

    /// Every ordering of `entries` (with repeats when entries repeat; the caller keeps the distinct ones).
    static func orderings(_ entries: [String]) -> [[String]] {
        guard entries.count > 1 else { return [entries] }
        var result: [[String]] = []
        for (index, entry) in entries.enumerated() {
            var rest = entries
            rest.remove(at: index)
            for tail in orderings(rest) { result.append([entry] + tail) }
        }
        return result
    }
}
