// CharTokenizer: the vocabulary of in-process students — end-of-text, newline and printable ASCII as single
// characters, optionally followed by whole words (letters with their leading space). Anything unencodable is an
// error, never silently dropped.

/// Token 0 is end-of-text, token 1 is "\n", tokens 2...96 are ASCII 32...126; ids 97..<128 are unused padding (a
/// multiple of 64 keeps matrix shapes friendly). With words (`train.tokenizer: words`), ids 128, 129, … are those
/// words — a run of ASCII letters, with its leading space when one precedes it (`" apples"`, `"Answer"`) — and the
/// vocabulary is always 128 + `wordSlots` (unused slots are padding), so every arm of a gap has the same parameter
/// count. Digits, operators, punctuation, spaces and newlines stay single characters, so arithmetic is written
/// digit by digit and any text of the character vocabulary still encodes.
public struct CharTokenizer: Sendable, Hashable {
    /// The end-of-text token (ends every training response; generation stops on it).
    public let endOfText: Int32 = 0
    /// The character ids (end-of-text, newline, printable ASCII, padding).
    public static let characterCount = 128
    /// Word ids after the characters (the lab's text has about 150 distinct words).
    public static let wordSlots = 128
    /// Whole-word tokens, id `characterCount + index`; empty for the character vocabulary.
    public let words: [String]
    private let wordIDs: [String: Int32]
    /// Vocabulary size of the model's embedding and head: 128 for characters, 128 + `wordSlots` with words.
    public let vocabularySize: Int

    /// The vocabulary size of a `train.tokenizer` value (`chars` or `words`).
    public static func vocabularySize(tokenizer: String) -> Int {
        tokenizer == "words" ? characterCount + wordSlots : characterCount
    }

    /// The character vocabulary.
    public init() { words = []; wordIDs = [:]; vocabularySize = Self.characterCount }

    /// Characters plus `words` (at most `wordSlots`); throws when a word is not letters with an optional leading
    /// space, or repeats.
    public init(words: [String]) throws {
        guard words.count <= Self.wordSlots else {
            throw TrainError.invalidSetting(name: "tokenizer words", value: String(words.count),
                                            reason: "at most \(Self.wordSlots) words fit the vocabulary")
        }
        var ids: [String: Int32] = [:]
        for (index, word) in words.enumerated() {
            guard Self.isWordToken(word) else {
                throw TrainError.invalidSetting(name: "tokenizer word", value: word.debugDescription,
                                                reason: "a word token is ASCII letters with an optional leading space")
            }
            guard ids[word] == nil else {
                throw TrainError.invalidSetting(name: "tokenizer word", value: word.debugDescription, reason: "listed twice")
            }
            ids[word] = Int32(Self.characterCount + index)
        }
        self.words = words
        wordIDs = ids
        vocabularySize = Self.characterCount + Self.wordSlots
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) }

    static func isWordToken(_ word: String) -> Bool {
        var bytes = Array(word.utf8)
        if bytes.first == 32 { bytes.removeFirst() }
        return !bytes.isEmpty && bytes.allSatisfy(isLetter)
    }

    /// Token ids for `text`; throws `TrainError.unencodableCharacter` naming the first character it cannot encode.
    /// A letter run becomes its word token with the leading space when listed, else the bare word when listed (the
    /// space a character), else characters.
    public func encode(_ text: String) throws -> [Int32] {
        var tokens: [Int32] = []
        tokens.reserveCapacity(text.utf8.count)
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if !wordIDs.isEmpty {
                let start = byte == 32 && index + 1 < bytes.count && Self.isLetter(bytes[index + 1]) ? index + 1
                    : Self.isLetter(byte) ? index : -1
                if start >= 0 {
                    var end = start
                    while end < bytes.count && Self.isLetter(bytes[end]) { end += 1 }
                    let word = String(decoding: bytes[start..<end], as: UTF8.self)
                    if start > index, let id = wordIDs[" " + word] {
                        tokens.append(id); index = end; continue
                    }
                    if start > index { tokens.append(2); index = start }
                    if let id = wordIDs[word] {
                        tokens.append(id)
                    } else {
                        for letter in bytes[start..<end] { tokens.append(Int32(letter) - 30) }
                    }
                    index = end
                    continue
                }
            }
            if byte == 10 {
                tokens.append(1)
            } else if byte >= 32 && byte <= 126 {
                tokens.append(Int32(byte) - 30)
            } else {
                let prefix = String(decoding: bytes[..<index], as: UTF8.self)
                let offset = prefix.unicodeScalars.count
                let scalar = text.unicodeScalars[text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: offset)]
                throw TrainError.unencodableCharacter(character: String(Character(scalar)), offset: offset)
            }
            index += 1
        }
        return tokens
    }

    /// Text for `tokens`; end-of-text and unused ids decode to nothing.
    public func decode(_ tokens: [Int32]) -> String {
        var text = ""
        for token in tokens {
            if token == 1 {
                text.append("\n")
            } else if token >= 2 && token <= 96 {
                text.unicodeScalars.append(Unicode.Scalar(UInt8(token + 30)))
            } else if token >= Self.characterCount && Int(token) < Self.characterCount + words.count {
                text += words[Int(token) - Self.characterCount]
            }
        }
        return text
    }

    /// The `count` most frequent word tokens of `texts` (ties by text), counting each letter run with its leading
    /// space when one precedes it; only words seen at least twice. Deterministic: same texts, same list.
    public static func frequentWords(in texts: [String], count: Int) -> [String] {
        var counts: [String: Int] = [:]
        for text in texts {
            let bytes = Array(text.utf8)
            var index = 0
            while index < bytes.count {
                guard isLetter(bytes[index]) else { index += 1; continue }
                var end = index
                while end < bytes.count && isLetter(bytes[end]) { end += 1 }
                let from = index > 0 && bytes[index - 1] == 32 ? index - 1 : index
                counts[String(decoding: bytes[from..<end], as: UTF8.self), default: 0] += 1
                index = end
            }
        }
        let ranked = counts.filter { $0.value >= 2 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ranked.prefix(count).map(\.key)
    }
}
