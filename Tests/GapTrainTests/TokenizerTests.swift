// CharTokenizer: round trips, fixed ids, a clear error naming an unencodable character and its offset, and word tokens.
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

/// Word tokens: whole letter runs with their leading space, characters for everything else.
@Suite struct WordTokenizerTests {
    let tokenizer = try! CharTokenizer(words: [" apples", "Answer", " has", "Sam"])

    @Test func wordsAreSingleTokensAndDigitsStayCharacters() throws {
        let text = "Sam has 12 apples.\nAnswer: 7 + 2 = 9 apples."
        let tokens = try tokenizer.encode(text)
        #expect(tokenizer.decode(tokens) == text)
        #expect(tokenizer.vocabularySize == CharTokenizer.characterCount + CharTokenizer.wordSlots)
        #expect(try tokenizer.encode(" apples") == [128])
        #expect(try tokenizer.encode("Sam has") == [131, 130])
        // digits, operators and the space before a number stay characters
        #expect(try tokenizer.encode(" 12") == [2, Int32(UInt8(ascii: "1")) - 30, Int32(UInt8(ascii: "2")) - 30])
        #expect(tokens.count < text.count)
    }

    @Test func unseenWordsFallBackToCharacters() throws {
        for text in ["Zed ate pears", " apple", "applesauce", "Answers", "\\frac{1}{2}", "x^2 + 3x", ""] {
            let tokens = try tokenizer.encode(text)
            #expect(tokenizer.decode(tokens) == text, "\(text)")
            #expect(tokens.allSatisfy { $0 > 0 && $0 < 128 }, "\(text) has no listed word")
        }
        // the bare word is used when the spaced one is not listed; the space is a character
        #expect(try tokenizer.encode(" Answer") == [2, 129])
        #expect(throws: TrainError.unencodableCharacter(character: "é", offset: 8)) { try tokenizer.encode("Sam has é") }
    }

    @Test func wordListIsCheckedAndRankedDeterministically() throws {
        #expect(throws: TrainError.self) { try CharTokenizer(words: ["two words"]) }
        #expect(throws: TrainError.self) { try CharTokenizer(words: [" 12"]) }
        #expect(throws: TrainError.self) { try CharTokenizer(words: ["a", "a"]) }
        #expect(throws: TrainError.self) { try CharTokenizer(words: (0..<200).map { "w" + String(repeating: "a", count: $0) }) }
        let texts = ["Bo has 3 figs. Bo has 2 figs.", "Answer: Bo eats figs.", "Answer: once"]
        // by count, then text; words seen once are left out
        #expect(CharTokenizer.frequentWords(in: texts, count: 10) == [" figs", " Bo", " has", "Answer"])
        #expect(CharTokenizer.frequentWords(in: texts, count: 2) == [" figs", " Bo"])
        #expect(CharTokenizer.frequentWords(in: texts.reversed(), count: 10) == CharTokenizer.frequentWords(in: texts, count: 10))
    }
}
