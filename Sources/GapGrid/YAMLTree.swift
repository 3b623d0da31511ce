// YAMLTree: a grid file's YAML as an ordered tree whose every node knows its file, line and column.
// Built from `Yams.compose` (which keeps order and marks); scalars stay raw text here — typing, and the guard
// against YAML 1.1 surprises, happens in ScalarReader. Also: the `extends` merge and the resolved-YAML writer.

import Foundation
import GapCore
import Yams

/// Where a node starts: file path, 1-based line and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public init(path: String, line: Int, column: Int) { self.path = path; self.line = line; self.column = column }
    public var description: String { "\(path):\(line):\(column)" }
}

/// One node of the tree: a scalar (raw text), a sequence or an ordered mapping.
struct YAMLNode: Sendable {
    indirect enum Value: Sendable {
        /// `text` is the scalar exactly as written (without quotes); `isPlain` is false for quoted and block scalars.
        case scalar(text: String, isPlain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLEntry])
    }
    var value: Value
    var location: SourceLocation

    /// True for a plain `~`, `null`, `Null`, `NULL` or an empty plain scalar.
    var isNull: Bool {
        if case .scalar(let text, true) = value { return ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }

    /// The mapping's entries, or nil when this node is not a mapping.
    var entries: [YAMLEntry]? { if case .mapping(let entries) = value { return entries } else { return nil } }

    /// A short word for the node's shape, for error messages.
    var kindDescription: String {
        switch value {
        case .scalar(let text, let isPlain):
            if isNull { return "null" }
            return isPlain ? "`\(text)`" : "the quoted string \"\(text)\""
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// One `key: value` pair; keys are always read by their literal text.
struct YAMLEntry: Sendable {
    var key: String
    var keyLocation: SourceLocation
    var value: YAMLNode
}

// MARK: - Reading

enum YAMLReader {
    /// Parses `text` (from `path`) into a tree; nil for an empty document.
    static func parse(text: String, path: String) throws(GridError) -> YAMLNode? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, path: path, text: text)
        } catch {
            throw .syntax(.init(path: path, message: "cannot parse YAML: \(error)"))
        }
        guard let node else { return nil }
        return try convert(node, path: path)
    }

    private static func convert(_ node: Node, path: String) throws(GridError) -> YAMLNode {
        let location = SourceLocation(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            return YAMLNode(value: .scalar(text: scalar.string, isPlain: scalar.style == .plain || scalar.style == .any),
                            location: location)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence { items.append(try convert(item, path: path)) }
            return YAMLNode(value: .sequence(items), location: location)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                let keyLocation = SourceLocation(path: path, line: key.mark?.line ?? location.line,
                                                 column: key.mark?.column ?? location.column)
                guard case .scalar(let keyScalar) = key else {
                    throw .invalid(keyLocation, "a key must be a plain name, not a list or mapping",
                                   hint: "write `name: value`")
                }
                if let first = entries.first(where: { $0.key == keyScalar.string }) {
                    throw .syntax(.init(path: path, line: keyLocation.line, column: keyLocation.column,
                                        message: "duplicate key `\(keyScalar.string)` (first at line \(first.keyLocation.line))",
                                        hint: "keep one of them"))
                }
                entries.append(YAMLEntry(key: keyScalar.string, keyLocation: keyLocation,
                                         value: try convert(value, path: path)))
            }
            return YAMLNode(value: .mapping(entries), location: location)
        case .alias:
            throw .invalid(location, "YAML aliases are not supported in grid files", hint: "use `extends` to share settings")
        }
    }

    /// Turns a Yams error into a one-line `FileError`. Yams reports duplicate keys at the first occurrence; we
    /// point at the second one when it can be found by indentation, since that is usually the one to delete.
    private static func syntaxError(_ error: YamlError, path: String, text: String) -> GridError {
        func make(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> GridError {
            let contextText = context.map { "\($0.text) at line \($0.mark.line): " } ?? ""
            return .syntax(.init(path: path, line: mark.line, column: mark.column,
                                 message: "YAML syntax: \(contextText)\(problem)",
                                 hint: "check indentation (spaces, not tabs), colons and closing quotes or brackets"))
        }
        switch error {
        case let .scanner(context, problem, mark, _): return make(problem, context, mark)
        case let .parser(context, problem, mark, _): return make(problem, context, mark)
        case let .composer(context, problem, mark, _): return make(problem, context, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            var (line, column) = (context.mark.line, context.mark.column)
            let lines = text.components(separatedBy: "\n")
            let indent = String(repeating: " ", count: max(0, column - 1))
            if line < lines.count,
               let later = lines[line...].firstIndex(where: { $0.hasPrefix(indent + key + ":") }) {
                (line, column) = (later + 1, column)
            }
            return .syntax(.init(path: path, line: line, column: column,
                                 message: "duplicate key `\(key)`", hint: "keep one of them"))
        case let .reader(problem, _, _, _):
            return .syntax(.init(path: path, message: "cannot read YAML: \(problem)", hint: "save the file as UTF-8"))
        default:
            return .syntax(.init(path: path, message: "cannot parse YAML: \(error)"))
        }
    }
}

// MARK: - Merging (`extends`)

enum YAMLMerge {
    /// Overlays `child` on `base`: mappings merge key by key (recursively), lists and scalars replace, and a null
    /// value removes the inherited key. Entries under `wholeEntrySections` (one student, one mix, one gap) are
    /// replaced whole, so a derived mix never inherits a stray teacher weight from the base's mix of the same name.
    static func merge(base: YAMLNode, child: YAMLNode, path: [String] = []) -> YAMLNode {
        guard let baseEntries = base.entries, let childEntries = child.entries else { return child }
        if path.count == 2, wholeEntrySections.contains(path[0]) { return child }
        var merged = baseEntries
        for entry in childEntries {
            if let index = merged.firstIndex(where: { $0.key == entry.key }) {
                if entry.value.isNull {
                    merged.remove(at: index)
                } else {
                    merged[index] = YAMLEntry(key: entry.key, keyLocation: entry.keyLocation,
                                              value: merge(base: merged[index].value, child: entry.value,
                                                           path: path + [entry.key]))
                }
            } else {
                merged.append(entry)
            }
        }
        return YAMLNode(value: .mapping(merged), location: child.location)
    }

    static let wholeEntrySections: Set<String> = ["students", "mixes", "gaps"]
}

// MARK: - Writing

enum YAMLWriter {
    /// Block-style YAML of `node`; every non-plain scalar is written double-quoted, plain scalars as written, so
    /// the text reads back to the same values under ScalarReader's rules.
    static func write(_ node: YAMLNode) -> String {
        var lines: [String] = []
        emit(node, indent: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func scalarText(_ text: String, isPlain: Bool) -> String {
        if isPlain, !text.isEmpty, !needsQuotes(text) { return text }
        if isPlain, text.isEmpty { return "null" }
        return JSONText.quote(text)  // a JSON string literal is a valid YAML double-quoted scalar
    }

    /// True when a plain scalar's text cannot be written plain in flow style (it would end the collection, start
    /// a comment or a tag); such text is only ever a string, so writing it quoted reads back the same.
    private static func needsQuotes(_ text: String) -> Bool {
        if text.contains(where: { ",[]{}".contains($0) }) || text.contains(": ") || text.contains(" #") || text.hasSuffix(":") {
            return true
        }
        return text.first.map { "!&*?|>'\"%@`#".contains($0) } ?? false
    }

    /// Flow style: `[a, b]`, `{k: v}`.
    private static func inline(_ node: YAMLNode) -> String {
        switch node.value {
        case .scalar(let text, let isPlain): return scalarText(text, isPlain: isPlain)
        case .sequence(let items): return "[" + items.map(inline).joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "{" + entries.map { "\(key($0.key)): \(inline($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    private static func key(_ text: String) -> String {
        let safe = !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || "._-/".contains($0) }
        return safe ? text : scalarText(text, isPlain: false)
    }

    /// Writes a mapping's entries in block style; an entry whose value holds a nested mapping opens a block,
    /// anything flatter is written on one line in flow style.
    private static func emit(_ node: YAMLNode, indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for entry in node.entries ?? [] {
            if let children = entry.value.entries, children.contains(where: { $0.value.entries != nil }) {
                lines.append("\(pad)\(key(entry.key)):")
                emit(entry.value, indent: indent + 2, into: &lines)
            } else {
                lines.append("\(pad)\(key(entry.key)): \(inline(entry.value))")
            }
        }
    }
}
