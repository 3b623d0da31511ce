// Ranks: ordinal words and numbers ("second", "2nd", "fifth place", `5^{th}`) read as the place they name.

/// Reads ranks, the answers to "in which place did she finish?": `\text{second}`, `2nd`, "third place".
enum Ranks {
    /// Ordinal words in order: `words[0]` is "first".
    static let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth"]
    static let wordBytes = words.map { Array($0.utf8) }
    static let suffixes = ["st", "nd", "rd", "th"].map { Array($0.utf8) }
    static let wrappers = ["\\text{", "\\mathrm{", "\\textrm{"].map { Array($0.utf8) }

    /// The place `text` names: an ordinal word or a number with an ordinal suffix (`2nd`, `5^{th}`, `5^\text{th}`),
    /// optionally after "the" and before "place" or "position"; a plain integer when `plainIntegers` is set. Nil for
    /// anything else. Bytes only, and most texts are turned away after one pass: every ordinal word and suffix holds
    /// "st", "nd", "rd" or "th".
    static func place(_ text: String, plainIntegers: Bool = false) -> Int? {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 48 else { return nil }
        if bytes.allSatisfy(Bytes.isDigit) { return plainIntegers && bytes.count <= 4 ? Int(text) : nil }
        let lowered = bytes.map(Bytes.lower)
        guard suffixes.contains(where: { Bytes.find(lowered, $0) != nil }) else { return nil }
        // Drop `\text{`, `\mathrm{`, `^`, braces and full stops: `5^{\text{th}}` → `5th`, `\text{second}` → `second`.
        for wrapper in wrappers { while let at = Bytes.find(bytes, wrapper) { bytes.removeSubrange(at..<(at + wrapper.count)) } }
        bytes = bytes.filter { $0 != 94 && $0 != 123 && $0 != 125 && $0 != 46 }.map(Bytes.lower)
        var tokens = bytes.split(separator: 32).map(Array.init)
        if tokens.first == Array("the".utf8) { tokens.removeFirst() }
        if let last = tokens.last, last == Array("place".utf8) || last == Array("position".utf8) { tokens.removeLast() }
        guard tokens.count == 1, let token = tokens.first else { return nil }
        if let index = wordBytes.firstIndex(of: token) { return index + 1 }
        let digits = token.prefix(while: Bytes.isDigit)
        guard !digits.isEmpty, digits.count <= 4, suffixes.contains(Array(token.dropFirst(digits.count))) else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }
}
