// The JSON reader and writer against Foundation's JSONSerialization on tricky inputs, and their error locations.
import Foundation
import GapCore
import Testing

/// Parses `text` with Foundation, `nil` when it refuses.
private func foundation(_ text: String) -> Any? {
    try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

/// Whether two Foundation object trees are equal (numbers by value, keys unordered).
private func same(_ a: Any, _ b: Any) -> Bool {
    switch (a, b) {
    case let (x as String, y as String): return x == y
    case let (x as NSNumber, y as NSNumber): return x == y
    case (is NSNull, is NSNull): return true
    case let (x as [Any], y as [Any]): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
    case let (x as [String: Any], y as [String: Any]):
        return x.count == y.count && x.allSatisfy { key, value in y[key].map { same(value, $0) } ?? false }
    default: return false
    }
}

private let validTexts: [String] = [
    #"{"a": "x\"y\\z\/w\b\f\n\r\t"}"#,
    #"{"emoji": "\ud83d\ude00 and \uD834\uDD1E", "bmp": "\u00e9\u4e2d\u0000\u001F"}"#,
    #"{"raw": "é中😀 Ω", "key with spaces": 1, "": "empty key"}"#,
    #"{"n": [0, -0, 1, -1, 27.0, 0.0008, 1e3, 1E-7, -2.5e+10, 123456789012345678]}"#,
    #"{"nested": {"a": [1, [2, [3, {"b": null}]]], "t": true, "f": false}, "empty": {}, "list": []}"#,
    #"  {"dup": 1, "dup": 2}  "#,
    #"["a", 1, null]"#,
    #""just a string""#,
    "{\"tabs\":\t[\r\n1 ,\t2 ]\n}",
]

private let invalidTexts: [(text: String, column: Int)] = [
    (#"{"a": 01}"#, 7), (#"{"a": 1.}"#, 9), (#"{"a": -}"#, 7), (#"{"a": 1e}"#, 9), (#"{"a": .5}"#, 7),
    (#"{"a": [1,]}"#, 10), (#"{"a": 1,}"#, 9), (#"{"a" 1}"#, 6), (#"{a: 1}"#, 2), (#"{"a": tru}"#, 7),
    (#"{"a": "\x"}"#, 8), (#"{"a": "\u12"}"#, 8), (#"{"a": "\ud83d"}"#, 8), (#"{"a": "\ude00"}"#, 8),
    (#"{"a": "\ud83d\u0041"}"#, 14), ("{\"a\": \"tab\there\"}", 11), (#"{"a": "open}"#, 7),
    (#"{"a": 1} x"#, 10), (#"{"a": 1"#, 8), ("", 1),
]

@Test(arguments: validTexts)
func parsesLikeFoundation(_ text: String) throws {
    let ours = try JSONParser.parse(text)
    let theirs = try #require(foundation(text), "Foundation refused \(text)")
    #expect(same(ours.foundationObject, theirs), "\(text)")
    // Written back and read again, the value is the same.
    var writer = JSONWriter()
    writer.value(ours)
    let again = try JSONParser.parse(String(decoding: writer.bytes, as: UTF8.self))
    #expect(again == ours)
    #expect(same(try #require(foundation(String(decoding: writer.bytes, as: UTF8.self))), theirs))
}

@Test(arguments: invalidTexts)
func rejectsInvalidTextAtItsColumn(_ text: String, _ column: Int) {
    do {
        _ = try JSONParser.parse(text)
        Issue.record("accepted invalid JSON: \(text)")
    } catch {
        #expect(error.column == column, "\(text): \(error)")
    }
}

@Test func rejectsInvalidUTF8AndDeepNesting() {
    let invalid: [[UInt8]] = [[0x22, 0xFF, 0x22], [0x22, 0xC3, 0x28, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22],
                              [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0x22, 0xE2, 0x82]]
    for bytes in invalid {
        #expect(throws: JSONSyntaxError.self, "\(bytes)") { try bytes.withUnsafeBufferPointer { try JSONParser.parse($0) } }
    }
    let deep = String(repeating: "[", count: JSONParser.maximumDepth + 2) + String(repeating: "]", count: JSONParser.maximumDepth + 2)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
}

@Test func numbersKeepTheirLiteralAndFoundationText() throws {
    let value = try JSONParser.parse(#"{"a": 27.0, "b": 1e3, "c": 5, "d": -0, "e": 1.5E-7}"#)
    #expect(value["a"] == .number("27.0"))
    for key in ["a", "b", "c", "d", "e"] {
        let literal = try #require(value[key].flatMap { if case .number(let text) = $0 { text } else { nil } })
        let expected = (foundation(literal) as? NSNumber)?.stringValue
        #expect(value[key]?.text == expected, "\(key)")
    }
}

@Test func writerEscapesLikeJSONText() throws {
    let texts = ["plain", "quote \" backslash \\ slash /", "controls \u{0}\u{1}\u{8}\u{C}\n\r\t\u{1F}", "é中😀", ""]
    for text in texts {
        var writer = JSONWriter()
        writer.string(text)
        let written = String(decoding: writer.bytes, as: UTF8.self)
        #expect(written == JSONText.quote(text))
        #expect(foundation(written) as? String == text)
    }
    #expect(JSONText.quote("a\u{1}\n\"") == #""a\u0001\n\"""#)
}

@Test func linesKeepNumbersFieldsAndRawValues() throws {
    let text = "{\"id\": \"a\", \"n\": 27.0, \"x\": [1, {\"y\": \"\\u00e9\"}], \"ok\": true}\n\n  \r\n{\"id\": 7}\r\n{}"
    let file = JSONLinesFile(bytes: Array(text.utf8), path: "x.jsonl")
    var seen: [(Int, [String])] = []
    try file.forEachObject { line in
        seen.append((line.number, line.fields.map(\.key)))
        if line.number == 1 {
            #expect(line.string("id") == "a")
            #expect(line.text("n") == "27.0")
            #expect(line.bool("ok") == true)
            #expect(String(decoding: line.raw(line.field("x")!), as: UTF8.self) == "[1, {\"y\": \"\\u00e9\"}]")
            #expect(line.value(line.field("x")!) == .array([.number("1"), .object([JSONMember(key: "y", value: .string("é"))])]))
        }
        if line.number == 4 { #expect(line.text("id") == "7" && line.string("id") == nil) }
    }
    #expect(seen.map(\.0) == [1, 4, 5])
    #expect(seen.map(\.1) == [["id", "n", "x", "ok"], ["id"], []])
}

@Test func lineErrorsNamePathLineAndColumn() {
    let cases: [(String, String)] = [
        ("{\"a\": 1}\n[1, 2]\n", "x.jsonl:2:1: not a JSON object"),
        ("{\"a\": 1}\n\n{\"a\": \"\\q\"}\n", "x.jsonl:3:8: invalid escape '\\q'"),
        ("{\"a\": 1}\n{\"a\": 1} {\"b\": 2}\n", "x.jsonl:2:10: unexpected text after the object"),
    ]
    for (text, prefix) in cases {
        do {
            try JSONLinesFile(bytes: Array(text.utf8), path: "x.jsonl").forEachObject { _ in }
            Issue.record("accepted: \(text)")
        } catch let error as FileError {
            #expect(error.description.hasPrefix(prefix), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
