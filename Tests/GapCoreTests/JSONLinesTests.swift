// Tests for JSONL splitting: line numbers survive blank lines and CRLF endings.
import Foundation
import GapCore
import Testing

@Test func splitKeepsLineNumbers() throws {
    let data = Data("{\"a\":1}\n\n{\"a\":2}\r\n  \n{\"a\":3}".utf8)
    let lines = JSONLines.split(data)
    #expect(lines.map(\.number) == [1, 3, 5])
    let third = try JSONLines.object(lines[2], path: "x.jsonl")
    #expect(third["a"] as? Int == 3)
    #expect(throws: FileError.self) { try JSONLines.object(JSONLine(number: 9, bytes: Data("[1]".utf8)), path: "x.jsonl") }
}
