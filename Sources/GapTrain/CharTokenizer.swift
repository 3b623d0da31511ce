// CharTokenizer: the fixed character vocabulary of in-process students (end-of-text, newline, printable ASCII).
// Covers the synthetic lab and LaTeX answers; anything else is an error, never silently dropped.

/// Token 0 is end-of-text, token 1 is "\n", tokens 2...96 are ASCII 32...126; ids 97..<128 are unused padding so the
/// vocabulary is 128 (a multiple of 64 keeps matrix shapes friendly).
public struct CharTokenizer: Sendable {
    /// The end-of-text token (ends every training response; generation stops on it).
    public let endOfText: Int32 = 0
    /// Vocabulary size of the model's embedding and head.
    public let vocabularySize = 128

    public init() {}

    /// Token ids for `text`; throws `TrainError.unencodableCharacter` naming the first character it cannot encode.
    public func encode(_ text: String) throws -> [Int32] {
        var tokens: [Int32] = []
        tokens.reserveCapacity(text.utf8.count)
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            if value == 10 {
                tokens.append(1)
            } else if value >= 32 && value <= 126 {
                tokens.append(Int32(value - 30))
            } else {
                throw TrainError.unencodableCharacter(character: String(Character(scalar)), offset: offset)
            }
        }
        return tokens
    }

    /// Text for `tokens`; end-of-text and unused ids decode to nothing.
    public func decode(_ tokens: [Int32]) -> String {
        var scalars = String.UnicodeScalarView()
        for token in tokens {
            if token == 1 {
                scalars.append("\n")
            } else if token >= 2 && token <= 96 {
                scalars.append(Unicode.Scalar(UInt8(token + 30)))
            }
        }
        return String(scalars)
    }
}
