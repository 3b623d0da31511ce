// Extraction's reading of a temperature below zero written after its number, in English and other languages:
// "10 degrees below zero", "10 grados Fahrenheit bajo cero", "5 Grad unter null", "3 °C sous zéro" are negative.
extension AnswerExtractor {
    /// Degree words that may stand between the number and the phrase (with the space before them), longest first so that
    /// `gradi` is not read as `grad`.
    static let belowZeroDegreeWords: [[UInt8]] = [" degrees", " degree", " grados", " grado", " grad", " degrés", " degré",
                                                  " gradi", " graus", " grau", " graden", " stopni", " stopnie",
                                                  " градусов", " градуса", " градус", " °", "°"]
        .map(b).sorted { $0.count > $1.count }
    /// Scales that may follow the degree word.
    static let belowZeroScales: [[UInt8]] = [" fahrenheit", " celsius", " centígrados", " centigrados", " f", " c", "f", "c"]
        .map(b).sorted { $0.count > $1.count }
    /// The phrases themselves (with the space before them).
    static let belowZeroPhrases: [[UInt8]] = [" below zero", " bajo cero", " unter null", " sous zéro", " au-dessous de zéro",
                                              " en dessous de zéro", " sotto zero", " sotto lo zero", " abaixo de zero",
                                              " onder nul", " poniżej zera", " ниже нуля"].map(b)

    /// Where a below-zero phrase that starts at `start` (right after a number) ends, past an optional degree word and
    /// scale; nil when none starts there or a letter follows it.
    static func belowZeroEnd(_ text: [UInt8], from start: Int) -> Int? {
        var at = start
        if let degree = belowZeroDegreeWords.first(where: { Bytes.hasPrefixIgnoringCase(text, at: at, $0) }) {
            at += degree.count
            if let scale = belowZeroScales.first(where: { Bytes.hasPrefixIgnoringCase(text, at: at, $0) }),
               at + scale.count == text.count || !Bytes.isLetter(text[at + scale.count]) && text[at + scale.count] < 0x80 {
                at += scale.count
            }
        }
        guard let phrase = belowZeroPhrases.first(where: { Bytes.hasPrefixIgnoringCase(text, at: at, $0) }) else { return nil }
        let end = at + phrase.count
        guard end == text.count || !Bytes.isLetter(text[end]) && text[end] < 0x80 else { return nil }
        return end
    }
}
