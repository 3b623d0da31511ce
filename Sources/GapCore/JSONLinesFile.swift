// JSONLinesFile: a JSONL file read in one piece and walked line by line as top-level objects, without Foundation's
// parser: each member's key and the raw bytes of its value, validated, decoded only when asked for.
import Foundation

/// The bytes of a JSON Lines file (`-` reads standard input) and its path for error messages.
public struct JSONLinesFile: Sendable {
    public let path: String
    public let bytes: [UInt8]

    /// Reads `path` (a regular file, FIFO or device; `-` is standard input); throws `FileError` when it cannot.
    public init(path: String) throws {
        self.path = path
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw FileError(path: path, message: "cannot open: \(String(cString: strerror(errno)))",
                            hint: "check the path and its permissions")
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var status = stat()
        let sizeHint = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
        // Read into uninitialised storage (a regular file in one buffer of its size, not zeroed first); a stream that
        // fills the buffer is copied into one twice as large.
        var buffer: [UInt8] = []
        var capacity = max(sizeHint + 1, 1 << 16)
        var finished = false
        while !finished {
            let previous = buffer
            buffer = try [UInt8](unsafeUninitializedCapacity: capacity) { storage, initialized in
                let base = storage.baseAddress!
                previous.withUnsafeBufferPointer { if let old = $0.baseAddress { base.initialize(from: old, count: $0.count) } }
                initialized = previous.count
                while initialized < capacity {
                    let got = read(descriptor, base + initialized, capacity - initialized)
                    if got < 0 {
                        if errno == EINTR { continue }
                        throw FileError(path: path, message: "cannot read: \(String(cString: strerror(errno)))")
                    }
                    if got == 0 { finished = true; return }
                    initialized += got
                }
            }
            capacity *= 2
        }
        self.bytes = buffer
    }

    /// A file made of `bytes` (tests, in-memory input).
    public init(bytes: [UInt8], path: String) {
        self.path = path
        self.bytes = bytes
    }

    /// Calls `body` with each non-blank line parsed as a top-level object, in order. A line that is not exactly one
    /// valid JSON object throws `FileError` with `path:line:column`. The line is valid only during the call.
    public func forEachObject(_ body: (JSONObjectLine) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { all in
            var fields: [JSONField] = []
            var lineStart = 0
            var number = 0
            while lineStart < all.count {
                number += 1
                var lineEnd = all.count
                if let found = memchr(all.baseAddress! + lineStart, 0x0A, all.count - lineStart) {
                    lineEnd = all.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                }
                defer { lineStart = lineEnd + 1 }
                let line = UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])
                fields.removeAll(keepingCapacity: true)
                do throws(JSONSyntaxError) {
                    guard try JSONObjectLine.scan(line, into: &fields) else { continue }
                } catch {
                    throw FileError(path: path, line: number, column: error.column, message: error.message,
                                    hint: "each line must be one JSON object")
                }
                try body(JSONObjectLine(number: number, bytes: line, fields: fields, path: path))
            }
        }
    }
}

/// One member of a line's top-level object: its key and where its key and value are in the line.
public struct JSONField: Sendable {
    /// The decoded key.
    public let key: String
    /// The value's kind.
    public let kind: JSONKind
    /// The key with its quotes, as written.
    let keyRange: Range<Int>
    /// The value, as written.
    let valueRange: Range<Int>
    /// Whether the value is a string with escapes (a string without is its bytes between the quotes).
    let escaped: Bool
    /// Whether the key is written in ASCII without escapes (two such keys are equal exactly when their bytes are).
    let asciiKey: Bool

    /// Whether the key is `name`: compared as bytes when both are ASCII, else as Strings (canonical equivalence:
    /// `"\u212A"` is `"K"`).
    public func hasKey(_ name: StaticString) -> Bool {
        guard asciiKey, name.isASCII else { return key == name.description }
        let count = name.utf8CodeUnitCount
        guard keyRange.count - 2 == count else { return false }
        if count == 0 { return true }
        return key.utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, name.utf8Start, count) == 0 } ?? (key == name.description)
    }

}

/// A JSONL line's top-level object. It points into the file's bytes: use it only inside `forEachObject`'s body.
public struct JSONObjectLine {
    /// 1-based line number.
    public let number: Int
    /// The line's bytes.
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The members in the order written (duplicates kept).
    public let fields: [JSONField]
    /// The file, for error messages.
    public let path: String

    /// Scans `line` into `fields`; false for a blank line. Every value is validated, none is built.
    static func scan(_ line: UnsafeBufferPointer<UInt8>, into fields: inout [JSONField]) throws(JSONSyntaxError) -> Bool {
        var parser = JSONParser(line)
        parser.skipWhitespace()
        guard let first = parser.current else { return false }
        guard first == UInt8(ascii: "{") else {
            _ = try parser.parseValue(depth: 0, build: false)
            throw JSONSyntaxError(column: 1, message: "not a JSON object")
        }
        parser.index += 1
        parser.skipWhitespace()
        if parser.current == UInt8(ascii: "}") {
            parser.index += 1
        } else {
            while true {
                parser.skipWhitespace()
                guard parser.current == UInt8(ascii: "\"") else {
                    throw parser.error(parser.current == nil ? "unexpected end inside the object" : "expected a \"key\"")
                }
                let keyStart = parser.index
                let key = try parser.parseString()
                let keyRange = keyStart..<parser.index
                let asciiKey = !line[keyRange].contains { $0 >= 0x80 || $0 == UInt8(ascii: "\\") }
                try parser.expect(UInt8(ascii: ":"), "':' after the key")
                parser.skipWhitespace()
                let kind = try parser.kind()
                let valueStart = parser.index
                var escaped = false
                if kind == .string { escaped = try parser.skipString() } else { _ = try parser.parseValue(depth: 1, build: false) }
                fields.append(JSONField(key: key, kind: kind, keyRange: keyRange, valueRange: valueStart..<parser.index,
                                        escaped: escaped, asciiKey: asciiKey))
                parser.skipWhitespace()
                switch parser.current {
                case UInt8(ascii: ","): parser.index += 1
                case UInt8(ascii: "}"): parser.index += 1
                case nil: throw parser.error("unexpected end of the line inside the object, expected ',' or '}'")
                default: throw parser.error("expected ',' or '}'")
                }
                if line[parser.index - 1] == UInt8(ascii: "}") { break }
            }
        }
        parser.skipWhitespace()
        if parser.index < line.count { throw parser.error("unexpected text after the object") }
        return true
    }

    /// The last member named `key` (as `JSONSerialization` keeps the last duplicate).
    public func field(_ key: String) -> JSONField? {
        var name = key
        return name.withUTF8 { name in
            // Two ASCII keys without escapes are equal exactly when their bytes are; any other pair compares as Strings.
            let ascii = !name.contains { $0 >= 0x80 }
            return fields.last { field in
                guard ascii, field.asciiKey else { return field.key == key }
                return field.keyRange.count - 2 == name.count
                    && (name.isEmpty || memcmp(bytes.baseAddress! + field.keyRange.lowerBound + 1, name.baseAddress!, name.count) == 0)
            }
        }
    }

    /// Whether a later member has the same key as `fields[index]` (which then wins, as in `JSONSerialization`).
    public func isShadowed(_ index: Int) -> Bool {
        // Through a buffer pointer, the members are read in place (no copy, no retain of their keys).
        fields.withUnsafeBufferPointer { fields in
            let keyStart = fields[index].keyRange.lowerBound, length = fields[index].keyRange.count
            var other = index + 1
            while other < fields.count {
                defer { other += 1 }
                guard fields[other].keyRange.count == length else { continue }
                // Two ASCII keys without escapes are equal exactly when their bytes are.
                if fields[index].asciiKey && fields[other].asciiKey {
                    if memcmp(bytes.baseAddress! + keyStart, bytes.baseAddress! + fields[other].keyRange.lowerBound, length) == 0 { return true }
                } else if fields[other].key == fields[index].key {
                    return true
                }
            }
            return false
        }
    }

    /// Appends the members as written (raw bytes, never decoded), as `"key":value` joined by commas: every one but
    /// those named in `dropped` (`JSONField.hasKey`) and those shadowed by a later member of the same key.
    public func appendMembers(to output: inout [UInt8], dropping dropped: [StaticString]) {
        fields.withUnsafeBufferPointer { fields in
            var first = true
            for index in fields.indices where !dropped.contains(where: { fields[index].hasKey($0) }) && !isShadowed(index) {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[fields[index].keyRange]))
                output.append(UInt8(ascii: ":"))
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[fields[index].valueRange]))
            }
        }
    }

    /// The raw bytes of a member's value, as written.
    public func raw(_ field: JSONField) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[field.valueRange])
    }

    /// The raw bytes of a member's key, with its quotes, as written.
    public func rawKey(_ field: JSONField) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[field.keyRange])
    }

    /// The member's value, built.
    public func value(_ field: JSONField) -> JSONValue {
        // The value was validated by `scan`, so this parse cannot fail.
        var parser = JSONParser(bytes, index: field.valueRange.lowerBound)
        return (try? parser.parseValue(depth: 1, build: true)) ?? .null
    }

    /// The text of the member `key` when it is a string; nil when absent or not a string.
    public func string(_ key: String) -> String? {
        guard let field = field(key) else { return nil }
        return string(field)
    }

    /// The text of a member's value when it is a string; nil otherwise.
    public func string(_ field: JSONField) -> String? {
        guard field.kind == .string else { return nil }
        // Validated by `scan`: decoded in one pass; without escapes the text is the bytes between the quotes.
        let start = field.valueRange.lowerBound + 1, end = field.valueRange.upperBound - 1
        if !field.escaped { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
        return JSONParser.decodeValidatedString(bytes, from: start, to: end)
    }

    /// The member `key` as text: a string as is, a number as Foundation would print it (`JSONValue.text`).
    public func text(_ key: String) -> String? {
        guard let field = field(key) else { return nil }
        return text(field)
    }

    /// A member's value as text: a string as is, a number as Foundation would print it; nil for any other kind.
    public func text(_ field: JSONField) -> String? {
        switch field.kind {
        case .string: return string(field)
        case .number: return JSONValue.foundationNumberText(String(decoding: raw(field), as: UTF8.self))
        default: return nil
        }
    }

    /// The member `key` when it is `true` or `false`.
    public func bool(_ key: String) -> Bool? {
        guard let field = field(key) else { return nil }
        return bool(field)
    }

    /// A member's value when it is `true` or `false`.
    public func bool(_ field: JSONField) -> Bool? {
        guard field.kind == .bool else { return nil }
        return bytes[field.valueRange.lowerBound] == UInt8(ascii: "t")
    }

    /// A `FileError` at this line.
    public func error(_ message: String, hint: String? = nil) -> FileError {
        FileError(path: path, line: number, message: message, hint: hint)
    }
}
