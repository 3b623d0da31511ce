// JSONText: writing JSON by hand where byte-exact output matters (canonical job ids, committed benchmark files).

public enum JSONText {
    /// A JSON string literal: quotes, backslashes and control characters escaped (`\n`, `\r`, `\t`, else
    /// `\u00xx`), everything else kept as is. The escaping is `JSONWriter.string`'s, so both always agree.
    public static func quote(_ text: String) -> String {
        var writer = JSONWriter(capacity: text.utf8.count + 2)
        writer.string(text)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
