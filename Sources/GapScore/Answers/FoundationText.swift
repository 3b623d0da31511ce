// Foundation's String search and whitespace trimming, answered from the UTF-8 bytes whenever the bytes settle the outcome
// (always the same answer), and by Foundation itself otherwise: NSString bridging costs more than most judgments' math.
import Foundation

/// Drop-in replacements for `text.contains(needle)`, `text.range(of: needle, options: [.backwards])` and
/// `text.trimmingCharacters(in: .whitespaces / .whitespacesAndNewlines)` as Foundation computes them.
///
/// Why the bytes settle it. Foundation's search (no options) matches up to canonical equivalence and never ends a match
/// inside a character. For a needle of ASCII without `K`, `;` and `` ` `` (the only ASCII characters that a non-ASCII
/// character decomposes to: U+212A, U+037E, U+1FEF), a match is its own bytes, so text without those bytes has none;
/// in all-ASCII text the only multi-scalar character is CR LF, which a needle that neither starts with LF nor ends with
/// CR cannot split, so there the byte search is the answer. Anything else goes to Foundation. (Both facts were checked
/// against Foundation on every scalar inserted into a match, and on random ASCII texts, needles and both directions.)
enum FoundationText {
    /// `text.contains(needle)` as Foundation answers it; `needle` as described above.
    static func contains(_ text: some StringProtocol, _ needle: StaticString) -> Bool {
        switch byteSearch(text, needle, backwards: false) {
        case .absent: return false
        case .found: return true
        case .undecided: return text.contains(needle.description)
        }
    }

    /// `text.range(of: needle)` (or `options: .backwards`) as Foundation answers it; `needle` as described above.
    static func range(of needle: StaticString, in text: String, backwards: Bool = false) -> Range<String.Index>? {
        switch byteSearch(text, needle, backwards: backwards) {
        case .absent: return nil
        case let .found(offset):
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            return start..<text.utf8.index(start, offsetBy: needle.utf8CodeUnitCount)
        case .undecided: return text.range(of: needle.description, options: backwards ? .backwards : [])
        }
    }

    enum Outcome { case absent, found(Int), undecided }

    /// The needle's first (or last) byte offset when the text is ASCII; `.absent` when its bytes lack the needle.
    static func byteSearch(_ text: some StringProtocol, _ needle: StaticString, backwards: Bool) -> Outcome {
        assert(needle.isASCII && needle.utf8CodeUnitCount > 0 && !needle.description.contains(where: { "K;`".contains($0) })
               && !needle.description.hasPrefix("\n") && !needle.description.hasSuffix("\r"))
        let count = needle.utf8CodeUnitCount, pin = needle.utf8Start
        let outcome = text.utf8.withContiguousStorageIfAvailable { hay -> Outcome in
            guard hay.count >= count else { return .absent }
            var found: Int?
            var ascii = true
            let last = hay.count - count
            if backwards {
                var index = last
                while index >= 0 {
                    if hay[index] == pin[0] && memcmp(hay.baseAddress! + index, pin, count) == 0 { found = index; break }
                    index -= 1
                }
            } else {
                var index = 0
                while index <= last {
                    if hay[index] == pin[0] && memcmp(hay.baseAddress! + index, pin, count) == 0 { found = index; break }
                    index += 1
                }
            }
            guard let found else { return .absent }
            for byte in hay where byte >= 0x80 { ascii = false; break }
            return ascii ? .found(found) : .undecided
        }
        return outcome ?? .undecided
    }

    /// `text.trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)` as Foundation answers it.
    /// The ASCII members of those sets are tab and space, and LF, VT, FF and CR with newlines; when the first and last
    /// bytes kept are ASCII, the trim is settled by the bytes (any other character at an end goes to Foundation).
    static func trimmingWhitespace(_ text: some StringProtocol, newlines: Bool) -> String {
        @inline(__always) func isMember(_ byte: UInt8) -> Bool {
            byte == 32 || byte == 9 || newlines && byte >= 10 && byte <= 13
        }
        let trimmed = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var start = 0, end = bytes.count
            while start < end, isMember(bytes[start]) { start += 1 }
            while end > start, isMember(bytes[end - 1]) { end -= 1 }
            if start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let trimmed = trimmed ?? nil { return trimmed }
        return text.trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
    }
}
