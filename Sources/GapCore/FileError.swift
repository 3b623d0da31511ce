// FileError: an input-file problem that says what, where (path:line[:column]) and what to do.

/// A problem in an input file. Its description reads `path:line:column: message (hint: …)`.
public struct FileError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String
    public var hint: String?

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String, hint: String? = nil) {
        self.path = path; self.line = line; self.column = column; self.message = message; self.hint = hint
    }

    public var description: String {
        var location = path
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(message)" + (hint.map { " (hint: \($0))" } ?? "")
    }
}
