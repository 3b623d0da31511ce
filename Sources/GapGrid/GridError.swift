// GridError: every way a grid file can be rejected, each rendered on one line as `file:line:column: message (hint: …)`.

import GapCore

/// A grid file that cannot be run. Every case carries a `FileError` (path, line, column, message, hint), so the
/// rendered text is always one line: `experiments/quickstart.conf:12:5: unknown key `lerning_rate` in `train` (hint: did you mean `learning_rate`?)`.
public enum GridError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file could not be read (missing file, bad `extends` path).
    case unreadable(FileError)
    /// The text is not well-formed YAML (indentation, an unclosed quote, a tab, a duplicate key).
    case syntax(FileError)
    /// The YAML is well-formed but a key, type, value or reference is wrong.
    case invalid(FileError)
    /// `extends` chains back to a file already in the chain.
    case extendsCycle(FileError)

    /// The location, message and hint of this error.
    public var fileError: FileError {
        switch self {
        case .unreadable(let error), .syntax(let error), .invalid(let error), .extendsCycle(let error): return error
        }
    }

    /// One line: `path:line:column: message (hint: …)`.
    public var description: String { fileError.description }
}

extension GridError {
    /// An `.invalid` error at `location`.
    static func invalid(_ location: SourceLocation, _ message: String, hint: String? = nil) -> GridError {
        .invalid(FileError(path: location.path, line: location.line, column: location.column, message: message, hint: hint))
    }
}
