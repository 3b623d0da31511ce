// CharTokenizer: round trips, fixed ids, and a clear error naming an unencodable character and its offset.
import GapTrain
import Testing

@Suite struct TokenizerTests {
    @Test func roundTripsLabText() throws {
        let tokenizer = CharTokenizer()
        let text = "Tom has 3 apples.\nAnswer: \\boxed{\\frac{1}{2}} ~ x^2 + y_1 = 5%"
        let tokens = try tokenizer.encode(text)
        #expect(tokens.count == text.unicodeScalars.count)
        #expect(tokens.allSatisfy { $0 > 0 && Int($0) < tokenizer.vocabularySize })
        #expect(tokenizer.decode(tokens) == text)
        #expect(tokenizer.decode(tokens + [tokenizer.endOfText]) == text)
    }

    @Test func fixedIds() throws {
        let tokenizer = CharTokenizer()
        #expect(try tokenizer.encode("\n ~") == [1, 2, 96])
        #expect(tokenizer.endOfText == 0)
        #expect(tokenizer.vocabularySize == 128)
    }

    @Test func unencodableCharacterIsNamed() {
        #expect(throws: TrainError.unencodableCharacter(character: "é", offset: 4)) {
            try CharTokenizer().encode("caf\u{20}é")
        }
        #expect(throws: TrainError.unencodableCharacter(character: "\t", offset: 1)) {
            try CharTokenizer().encode("a\tb")
        }
    }
}
