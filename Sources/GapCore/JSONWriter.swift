// JSONWriter: JSON text appended to a byte buffer, for JSONL outputs too large for JSONSerialization's speed.
// Escaping matches `JSONText.quote`: `"`, `\`, and control characters only; everything else is written as is.

/// A growing UTF-8 buffer of JSON text. Callers add the punctuation; the writer escapes strings.
public struct JSONWriter: Sendable {
    public var bytes: [UInt8] = []
    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Appends ASCII punctuation or a literal such as `{`, `,"correct":`, `null`.
    public mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends bytes that are already JSON text (a value passed through from an input line).
    public mutating func raw(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
    }

    /// Appends bytes that are already JSON text.
    public mutating func raw(_ text: [UInt8]) {
        bytes.append(contentsOf: text)
    }

    /// Appends `text` as a JSON string literal. Runs without a byte to escape are found eight bytes at a time and
    /// copied whole.
    public mutating func string(_ text: String) {
        var copy = text
        copy.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            let count = utf8.count
            var runStart = 0, offset = 0
            while offset < count {
                if offset + 8 <= count {
                    let escaped = JSONWriter.escapedBytes(UnsafeRawPointer(utf8.baseAddress! + offset).loadUnaligned(as: UInt64.self))
                    if escaped == 0 { offset += 8; continue }
                    offset += escaped.trailingZeroBitCount >> 3   // the first byte to escape
                }
                let byte = utf8[offset]
                offset += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<(offset - 1)]))
                runStart = offset
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case UInt8(ascii: "\n"): raw("\\n")
                case UInt8(ascii: "\r"): raw("\\r")
                case UInt8(ascii: "\t"): raw("\\t")
                default:
                    raw("\\u00")
                    bytes.append(JSONWriter.hexDigits[Int(byte >> 4)])
                    bytes.append(JSONWriter.hexDigits[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// A mask with bit 7 set in the lowest byte of `word` (eight bytes in memory order) that JSON escapes (`"`, `\`,
    /// a control character), zero when there is none; bytes from 0x80 never count. Bits above the lowest set byte may
    /// be false positives (borrows); callers use only the lowest.
    @inline(__always)
    static func escapedBytes(_ word: UInt64) -> UInt64 {
        let word = UInt64(littleEndian: word)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let zeroInQuote = (quote &- ones) & ~quote
        let zeroInBackslash = (backslash &- ones) & ~backslash
        let control = (word &- ones &* 0x20) & ~word
        return (zeroInQuote | zeroInBackslash | control) & (ones &* 0x80)
    }

    /// Appends `text` as a string literal, or `null` when nil.
    public mutating func string(orNull text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// Appends `true` or `false`.
    public mutating func bool(_ flag: Bool) {
        if flag { raw("true") } else { raw("false") }
    }

    /// Appends an integer.
    public mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends a finite double in Swift's shortest round-trip form (`0.5`, `1e-07`); `null` when not finite.
    public mutating func number(_ value: Double) {
        guard value.isFinite else { raw("null"); return }
        if value == value.rounded(), abs(value) < 1e15 { integer(Int(value)); return }
        bytes.append(contentsOf: "\(value)".utf8)
    }

    /// Appends `value` as JSON.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let flag): bool(flag)
        case .number(let literal): bytes.append(contentsOf: literal.utf8)
        case .string(let text): string(text)
        case .array(let elements):
            raw("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { raw(",") }
                self.value(element)
            }
            raw("]")
        case .object(let members):
            raw("{")
            for (index, member) in members.enumerated() {
                if index > 0 { raw(",") }
                string(member.key)
                raw(":")
                self.value(member.value)
            }
            raw("}")
        }
    }
}
