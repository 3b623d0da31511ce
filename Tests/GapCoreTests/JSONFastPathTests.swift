// The JSON reader's and writer's fast paths (eight bytes at a time, escape-free and one-pass decoding, raw members,
// key comparison) against Foundation and a byte-at-a-time reference, at every offset around the 8-byte words.
import Foundation
import GapCore
import Testing

/// JSON's escaping done one byte at a time, as the writer did before its fast path: the reference.
private func referenceQuote(_ text: String) -> [UInt8] {
    var out: [UInt8] = [0x22]
    for byte in text.utf8 {
        switch byte {
        case 0x22: out += Array(#"\""#.utf8)
        case 0x5C: out += Array(#"\\"#.utf8)
        case 0x0A: out += Array(#"\n"#.utf8)
        case 0x0D: out += Array(#"\r"#.utf8)
        case 0x09: out += Array(#"\t"#.utf8)
        case 0..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
        default: out.append(byte)
        }
    }
    return out + [0x22]
}

/// Escapes and characters that stop the 8-byte scan: quotes, backslashes, controls, 2-, 3- and 4-byte UTF-8, and a
/// surrogate pair.
private let pieces: [(json: String, text: String)] = [
    (#"\""#, "\""), (#"\\"#, "\\"), (#"\/"#, "/"), (#"\n"#, "\n"), (#"\t"#, "\t"), (#"\u0001"#, "\u{1}"), (#"\u00e9"#, "é"),
    ("é", "é"), ("中", "中"), ("😀", "😀"), (#"\ud83d\ude00"#, "😀"), (#"\uD834\uDD1E"#, "𝄞"), (#"\u4E2D"#, "中"),
]

@Test func stringsDecodeLikeFoundationAtEveryOffset() throws {
    for piece in pieces {
        for before in 0...17 {
            for after in [0, 1, 7, 8, 9] {
                let padBefore = String(repeating: "a", count: before), padAfter = String(repeating: "b", count: after)
                let json = "{\"k\": \"\(padBefore)\(piece.json)\(padAfter)\", \"z\": 1}"
                let expected = padBefore + piece.text + padAfter
                #expect(try JSONParser.parse(json)["k"] == .string(expected), "\(json)")
                let foundation = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
                #expect(foundation?["k"] as? String == expected)
                // The line reader decodes the member the same way, from its recorded range.
                try JSONLinesFile(bytes: Array(json.utf8), path: "x.jsonl").forEachObject { line in
                    #expect(line.string("k") == expected, "\(json)")
                    #expect(line.text("z") == "1")
                }
            }
        }
    }
}

@Test func escapeFreeAndEscapedStringsOfEveryLength() throws {
    for length in 0...40 {
        let plain = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x61 + $0 % 26))) })
        #expect(try JSONParser.parse("\"\(plain)\"") == .string(plain))
        let escaped = plain + "\\n" + plain
        #expect(try JSONParser.parse("\"\(escaped)\"") == .string(plain + "\n" + plain))
    }
}

@Test func invalidBytesAreFoundAtEveryOffset() {
    // A control character, an invalid UTF-8 byte, a truncated sequence and a lone surrogate: each is an error at its
    // column wherever it sits in the 8-byte words.
    let bad: [[UInt8]] = [[0x01], [0x1F], [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xC0, 0xAF]]
    for bytes in bad {
        for before in 0...17 {
            let line = [0x22] + Array(repeating: UInt8(0x61), count: before) + bytes + Array("bbbbbbbbb\"".utf8)
            do {
                _ = try line.withUnsafeBufferPointer { try JSONParser.parse($0) }
                Issue.record("accepted \(line)")
            } catch let error as JSONSyntaxError {
                #expect(error.column == before + 2, "\(bytes) after \(before): \(error)")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(#""aaaaaaaaa\ud83d bbbbbbbbb""#) }
}

@Test func writerEscapesLikeTheByteAtATimeReference() {
    let specials = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "é", "中", "😀", "/"]
    for special in specials {
        for before in 0...17 {
            for after in [0, 1, 8, 9] {
                let text = String(repeating: "x", count: before) + special + String(repeating: "y", count: after) + special
                var writer = JSONWriter()
                writer.string(text)
                #expect(writer.bytes == referenceQuote(text), "\(text.debugDescription)")
            }
        }
    }
}

@Test func membersPassThroughAsWritten() throws {
    let text = #"{"id": "a\u00e9\/", "n": 1E+2, "x": [1, {"y": "\ud83d\ude00"}], "ok": true, "s": "plain"}"#
    try JSONLinesFile(bytes: Array(text.utf8), path: "x.jsonl").forEachObject { line in
        let raws = line.fields.map { String(decoding: line.raw($0), as: UTF8.self) }
        #expect(raws == [#""a\u00e9\/""#, "1E+2", #"[1, {"y": "\ud83d\ude00"}]"#, "true", #""plain""#])
        #expect(line.fields.map { String(decoding: line.rawKey($0), as: UTF8.self) } == [#""id""#, #""n""#, #""x""#, #""ok""#, #""s""#])
        #expect(line.string("id") == "aé/")
        #expect(line.text("n") == JSONValue.foundationNumberText("1E+2"))
    }
}

@Test func keysCompareAsStrings() throws {
    // `\u212A` (Kelvin sign) is canonically `K`, as Swift and JSONSerialization compare keys; an escaped ASCII key is
    // its text; keys of other lengths never match.
    let text = #"{"\u212A": 1, "a\u0062": 2, "ab": 3, "abc": 4, "": 5}"#
    try JSONLinesFile(bytes: Array(text.utf8), path: "x.jsonl").forEachObject { line in
        #expect(line.text("K") == "1")
        #expect(line.text("ab") == "3")
        #expect(line.text("abc") == "4")
        #expect(line.text("") == "5")
        #expect(line.text("a") == nil)
        #expect(line.fields[1].hasKey("ab") && line.fields[2].hasKey("ab") && !line.fields[3].hasKey("ab"))
        #expect(line.fields[0].hasKey("K") && line.fields[4].hasKey("") && !line.fields[4].hasKey("a"))
        #expect(line.isShadowed(2) == false)
    }
}

@Test func aFileIsReadWholeFromDisk() throws {
    // Larger than the first read and not a multiple of it: every byte comes back, lines in order.
    let lines = (0..<5000).map { #"{"i": \#($0), "s": "\#(String(repeating: "é", count: $0 % 50))"}"# }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("json-fast-\(UUID().uuidString).jsonl").path
    let text = lines.joined(separator: "\n") + "\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let file = try JSONLinesFile(path: path)
    #expect(file.bytes == Array(text.utf8))
    var count = 0
    try file.forEachObject { line in
        #expect(line.text("i") == String(count))
        count += 1
    }
    #expect(count == 5000)
}
