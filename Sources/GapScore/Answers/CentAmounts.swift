// Amounts in cents against amounts in dollars: "35 cents" answers `\$0.35`, "4 dollars and 50 cents" answers `\$4.50`,
// and "$0.40" answers `40\text{ cents}`.
enum CentAmounts {
    /// The amount in dollars that `sentence` gives when the number `answer` is read in it as cents ("35 cents",
    /// "35¢", "4 dollars and 35 cents", "$4 and 35 cents"); nil when `answer` is not a whole number of cents there.
    static func dollars(answer: String, sentence: String) -> String? {
        guard let cents = Int(answer), cents >= 0, cents < 100 else { return nil }
        let lowered = sentence.lowercased()
        guard let found = [answer + " cents", answer + " cent", answer + "¢", answer + " ¢"].compactMap({ lowered.range(of: $0) }).first
        else { return nil }
        // The number must start a word: "135 cents" is not "35 cents".
        if found.lowerBound > lowered.startIndex, lowered[lowered.index(before: found.lowerBound)].isNumber { return nil }
        var whole = 0
        let before = lowered[..<found.lowerBound]
        for joint in [" dollars and ", " dollar and ", " and "] where before.hasSuffix(joint) {
            let amount = before.dropLast(joint.count).reversed().prefix { $0.isNumber || $0 == "," }
            guard !amount.isEmpty, let value = Int(String(amount.reversed()).replacingOccurrences(of: ",", with: "")) else { continue }
            let rest = before.dropLast(joint.count + amount.count)
            // "$4 and 35 cents" or "4 dollars and 35 cents"; "4 apples and 35 cents" is no amount.
            guard joint != " and " || rest.hasSuffix("$") else { continue }
            whole = value
            break
        }
        return "\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// The number of cents that `sentence` gives as a dollar amount `$answer` ("$0.40"); nil otherwise.
    static func cents(answer: String, sentence: String) -> String? {
        guard sentence.contains("$" + answer), let point = answer.firstIndex(of: "."), answer.distance(from: point, to: answer.endIndex) == 3,
              let value = Int(answer.replacingOccurrences(of: ".", with: "")) else { return nil }
        return String(value)
    }
}
