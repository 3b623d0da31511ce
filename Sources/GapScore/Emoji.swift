// Emoji: the pictographs of chat responses ("… tan θ 😊", "It's a hyperbola! 🎯") are decoration, removed before extraction.

extension AnswerExtractor {
    /// Whether `text` may hold a pictograph (see `isPictograph`): a byte that leads a four-byte character (F0), or one that
    /// leads U+2000–U+2FFF (E2) or U+F000–U+FFFF (EF, the variation selector U+FE0F).
    static func mayHoldEmoji(_ seen: ByteSet) -> Bool {
        seen.contains(0xF0) || seen.contains(0xE2) || seen.contains(0xEF)
    }

    /// `response` without its pictographs (the same string when it has none): the scorer's fallbacks read the response
    /// itself, not the extractor's text.
    public static func removingEmoji(_ response: String) -> String {
        var text = Array(response.utf8)
        guard firstPictograph(text) != nil else { return response }
        removeEmoji(&text)
        return Bytes.string(text)
    }

    /// Removes pictographs with their variation selectors, joiners, skin tones and keycaps, and a space before one when
    /// punctuation, a line end or the text's end follows ("chance 🎲." → "chance."). Kept: marks that say a value is
    /// wrong (❌ ❎ ✗ ✘), multiplication signs (✕ ✖), dingbat digits (❶ ➀ …) and arrows other than ⬅ ⬆ ⬇ (➡ is read
    /// as a step arrow).
    static func removeEmoji(_ text: inout [UInt8]) {
        guard let first = firstPictograph(text) else { return }
        var output = Array(text[..<first])
        var index = first, removed = false
        while index < text.count {
            let byte = text[index]
            let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            guard width >= 3, index + width <= text.count else {
                output.append(byte); index += 1; continue
            }
            var scalar = UInt32(byte & (width == 4 ? 0x07 : 0x0F))
            for offset in 1..<width { scalar = scalar << 6 | UInt32(text[index + offset] & 0x3F) }
            if isPictograph(scalar) {
                index += width
                removed = true
                // "chance 🎲." and "tan θ 😊⏎": the space before the pictograph goes with it.
                let next = index < text.count ? text[index] : 10
                if output.last == 32, next == 10 || next == 46 || next == 44 || next == 33 || next == 63 || next == 59 || next == 58 {
                    output.removeLast()
                }
                continue
            }
            output.append(contentsOf: text[index..<(index + width)])
            index += width
        }
        if removed { text = output }
    }

    /// The byte offset of the first pictograph, found without decoding most characters.
    static func firstPictograph(_ text: [UInt8]) -> Int? {
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0xE2 { index += 1; continue }
            let width = byte >= 0xF0 ? 4 : 3
            guard index + width <= text.count else { return nil }
            var scalar = UInt32(byte & (width == 4 ? 0x07 : 0x0F))
            for offset in 1..<width { scalar = scalar << 6 | UInt32(text[index + offset] & 0x3F) }
            if isPictograph(scalar) { return index }
            index += width
        }
        return nil
    }

    /// Pictographs and their modifiers, by code point.
    static func isPictograph(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x1F100...0x1F1E5: return false                      // 🄰 🅐: enclosed letters and digits
        case 0x1F000...0x1FAFF: return true                       // emoji, skin tones, flags' letters
        case 0xFE0F, 0x200D, 0x20E3: return true                  // variation selector, joiner, keycap
        case 0x2600...0x26FF: return true                         // ☀ ☺ ⚠ ⭐'s neighbours
        case 0x2715, 0x2716, 0x2717, 0x2718, 0x274C, 0x274E: return false   // ✕ ✖ ✗ ✘ ❌ ❎
        case 0x2700...0x2775: return true                         // ✅ ✔ ✨ ❓ ❗ ❤
        case 0x2B05, 0x2B06, 0x2B07, 0x2B1B, 0x2B1C, 0x2B50, 0x2B55: return true   // ⬅ ⬆ ⬇ ⬛ ⬜ ⭐ ⭕
        default: return false
        }
    }
}
