// Numerals with their base in plain text: "11 in binary is 1011_{2}." ends on the base, which belongs to the numeral.
extension AnswerExtractor {
    /// The numeral `1011_{2}` or `1011_2` when the last number is the base subscript after it; nil otherwise.
    static func numeralWithBase(_ text: [UInt8], number: Segment) -> String? {
        guard let base = Int(number.text), (2...36).contains(base) else { return nil }
        var underscore = number.start - 1
        let braced = underscore >= 0 && text[underscore] == 123
        if braced { underscore -= 1 }
        guard underscore >= 1, text[underscore] == 95 else { return nil }
        if braced { guard number.end < text.count, text[number.end] == 125 else { return nil } }
        var start = underscore
        while start > 0, Bytes.isDigit(text[start - 1]) || (text[start - 1] >= 65 && text[start - 1] <= 90) { start -= 1 }
        guard start < underscore, start == 0 || !(Bytes.isLetter(text[start - 1]) || Bytes.isDigit(text[start - 1])) else { return nil }
        return Bytes.string(text[start..<(braced ? number.end + 1 : number.end)])
    }
}
