// Extraction's reading of a mistake admitted after the box ("so I was wrong: the answer is actually 35/3"), in English
// and the languages models answer in.

extension AnswerExtractor {
    /// Phrases that admit the boxed answer was wrong, lower-case.
    static let mistakeAdmissions: [[UInt8]] = [
        "i was wrong", "i made a mistake", "i made an error", "my mistake", "that was wrong", "the box is wrong",
        "je me suis trompé", "j'ai fait une erreur", "me equivoqué", "me he equivocado", "cometí un error",
        "ich habe mich geirrt", "ich habe mich verrechnet", "mi sono sbagliato", "ho sbagliato", "eu errei", "me enganei",
        "я ошибся", "я ошиблась", "我算错了", "我错了", "算错了", "間違えました", "yanlış hesapladım", "pomyliłem się", "saya salah",
    ].map(b)
    /// Words between an answer phrase's verb and its value that say it replaces an earlier one.
    static let actuallyWords: [[UInt8]] = ["actually ", "en fait ", "en realidad ", "eigentlich ", "in realtà ", "na verdade ",
                                           "на самом деле "].map(b)

    /// The answer of an answer phrase that follows an admitted mistake after the last box (at most 600 bytes after it),
    /// or nil. Only an admission counts: a check that merely restates the box ("Check: 12 × 3 = 36 ✓") leaves it.
    static func admittedMistakeAfterBox(_ text: [UInt8], boxEnd end: Int) -> String? {
        guard end < text.count, text.count - end <= 600 else { return nil }
        let tail = Array(text[end...])
        let lowered = tail.map(Bytes.lower)
        guard let admitted = mistakeAdmissions.compactMap({ Bytes.find(lowered, $0) }).min() else { return nil }
        let after = Array(tail[admitted...])
        guard var answer = answerPhrase(after) ?? (mayHoldForeignAnswerPhrase(after) ? foreignAnswerPhrase(after) : nil) else { return nil }
        for word in actuallyWords where answer.utf8.count > word.count && Bytes.hasPrefixIgnoringCase(Array(answer.utf8), at: 0, word) {
            answer = String(decoding: Array(answer.utf8).dropFirst(word.count), as: UTF8.self)
            break
        }
        return answer
    }
}
