// Byte-level text helpers: the judge works on UTF-8 bytes (every delimiter it looks for is ASCII), which is far faster
// than Foundation's locale-aware String search.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum Bytes {
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }

    static func array(_ text: String) -> [UInt8] { Array(text.utf8) }
    static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 { String(decoding: bytes, as: UTF8.self) }

    @inline(__always) static func hasPrefix(_ haystack: [UInt8], at index: Int, _ needle: [UInt8]) -> Bool {
        guard index >= 0, index + needle.count <= haystack.count else { return false }
        var offset = 0
        while offset < needle.count {
            if haystack[index + offset] != needle[offset] { return false }
            offset += 1
        }
        return true
    }

    /// Case-insensitive (ASCII) prefix test; `needle` must be lower-case.
    @inline(__always) static func hasPrefixIgnoringCase(_ haystack: [UInt8], at index: Int, _ needle: [UInt8]) -> Bool {
        guard index >= 0, index + needle.count <= haystack.count else { return false }
        var offset = 0
        while offset < needle.count {
            if lower(haystack[index + offset]) != needle[offset] { return false }
            offset += 1
        }
        return true
    }

    static func find(_ haystack: [UInt8], _ needle: [UInt8], from start: Int = 0) -> Int? {
        let from = max(0, start)
        guard !needle.isEmpty, haystack.count - from >= needle.count else { return nil }
        // memchr finds candidates for the first byte; the rest is compared in place.
        return haystack.withUnsafeBufferPointer { hay -> Int? in
            needle.withUnsafeBufferPointer { pin -> Int? in
                let base = hay.baseAddress!, last = hay.count - pin.count
                var index = from
                while index <= last {
                    guard let hit = memchr(base + index, Int32(pin[0]), last - index + 1) else { return nil }
                    index = hit.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
                    if pin.count == 1 || memcmp(base + index + 1, pin.baseAddress! + 1, pin.count - 1) == 0 { return index }
                    index += 1
                }
                return nil
            }
        }
    }

    /// The last occurrence that ends at or before `end` (default: the whole haystack).
    static func findLast(_ haystack: [UInt8], _ needle: [UInt8], end: Int? = nil) -> Int? {
        let limit = min(end ?? haystack.count, haystack.count)
        guard !needle.isEmpty, limit >= needle.count else { return nil }
        // In place, without bounds checks: the first byte is compared before the rest.
        return haystack.withUnsafeBufferPointer { hay -> Int? in
            needle.withUnsafeBufferPointer { pin -> Int? in
                let first = pin[0], count = pin.count
                var index = limit - count
                while index >= 0 {
                    if hay[index] == first && memcmp(hay.baseAddress! + index, pin.baseAddress!, count) == 0 { return index }
                    index -= 1
                }
                return nil
            }
        }
    }

    /// The last case-insensitive occurrence that ends at or before `end` (default: the whole haystack).
    static func findLastIgnoringCase(_ haystack: [UInt8], _ needle: [UInt8], end: Int? = nil) -> Int? {
        let limit = min(end ?? haystack.count, haystack.count)
        guard !needle.isEmpty, limit >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay -> Int? in
            needle.withUnsafeBufferPointer { pin -> Int? in
                let first = pin[0], count = pin.count
                var index = limit - count
                search: while index >= 0 {
                    defer { index -= 1 }
                    guard lower(hay[index]) == first else { continue }
                    for offset in 1..<count where lower(hay[index + offset]) != pin[offset] { continue search }
                    return index
                }
                return nil
            }
        }
    }

    @inline(__always) static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool { find(haystack, needle) != nil }

    /// Replaces every occurrence of `needle`; returns whether anything changed.
    @discardableResult
    static func replaceAll(_ text: inout [UInt8], _ needle: [UInt8], with replacement: [UInt8]) -> Bool {
        guard let first = find(text, needle) else { return false }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        result.append(contentsOf: text[0..<first])
        var index = first
        while index < text.count {
            if text[index] == needle[0] && hasPrefix(text, at: index, needle) {
                result.append(contentsOf: replacement)
                index += needle.count
            } else {
                result.append(text[index])
                index += 1
            }
        }
        text = result
        return true
    }

    static func trimSpaces(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }

    /// The index just after the `}` matching the `{` at `open`, or nil when unbalanced (or too deep).
    static func matchingBrace(_ bytes: [UInt8], from open: Int) -> Int? {
        var unlimited = Int.max
        return matchingBrace(bytes, from: open, budget: &unlimited)
    }

    /// As above, spending at most `budget` scanned bytes (shared across calls, so many unclosed braces stay linear).
    static func matchingBrace(_ bytes: [UInt8], from open: Int, budget: inout Int) -> Int? {
        var depth = 0
        var index = open
        while index < bytes.count {
            budget -= 1
            if budget < 0 { return nil }
            let byte = bytes[index]
            if byte == 92, index + 1 < bytes.count { index += 2; continue }   // backslash escapes the next byte
            if byte == 123 { depth += 1; if depth > 200 { return nil } }
            if byte == 125 { depth -= 1; if depth == 0 { return index + 1 } }
            index += 1
        }
        return nil
    }
}

/// The set of byte values in a text (256 bits). A pattern with a byte the text lacks cannot occur in it, so a rewrite
/// pass for that pattern can be skipped; the set may hold more than the text (inserting a replacement keeps it a
/// superset), never less.
struct ByteSet: Equatable {
    var low: UInt64 = 0, high: UInt64 = 0, upperLow: UInt64 = 0, upperHigh: UInt64 = 0

    init() {}

    init<C: Sequence>(_ bytes: C) where C.Element == UInt8 { insert(contentsOf: bytes) }

    /// The set of a whole text, in one pass without branches: the byte's top two bits choose its word, and each word
    /// takes the bit masked by them (a `switch`, or `?:` that the compiler turns into one, mispredicts on text that
    /// mixes letters with digits and spaces).
    init(_ bytes: [UInt8]) {
        var low: UInt64 = 0, high: UInt64 = 0, upperLow: UInt64 = 0, upperHigh: UInt64 = 0
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                let bit = UInt64(1) << UInt64(byte & 63)
                let six = 0 &- UInt64(byte >> 6 & 1), seven = 0 &- UInt64(byte >> 7)   // all ones when that bit is set
                low |= bit & ~six & ~seven
                high |= bit & six & ~seven
                upperLow |= bit & ~six & seven
                upperHigh |= bit & six & seven
            }
        }
        (self.low, self.high, self.upperLow, self.upperHigh) = (low, high, upperLow, upperHigh)
    }

    @inline(__always) mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: low |= bit
        case 1: high |= bit
        case 2: upperLow |= bit
        default: upperHigh |= bit
        }
    }

    mutating func insert<C: Sequence>(contentsOf bytes: C) where C.Element == UInt8 {
        for byte in bytes { insert(byte) }
    }

    func contains(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return low & bit != 0
        case 1: return high & bit != 0
        case 2: return upperLow & bit != 0
        default: return upperHigh & bit != 0
        }
    }

    /// Whether every byte of `other` is in this set.
    @inline(__always) func isSuperset(of other: ByteSet) -> Bool {
        other.low & ~low == 0 && other.high & ~high == 0 && other.upperLow & ~upperLow == 0 && other.upperHigh & ~upperHigh == 0
    }
}
