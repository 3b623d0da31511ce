// JSONValue: a parsed JSON value that keeps numbers as written and object members in file order (duplicates too).
import Foundation

/// A JSON value as `JSONParser` reads it. Numbers keep their literal text (`27.0` stays `27.0`), object members
/// keep their order and duplicates; lookups take the last member of a name, as `JSONSerialization` does.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number literal exactly as written, e.g. `27.0`, `-1e3`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The last member named `key` of an object; nil for other values or a missing key.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The text of a string value; nil otherwise.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The elements of an array value; nil otherwise.
    public var array: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// A string as is, a number as `NSNumber.stringValue` gives it after `JSONSerialization` (`1e3` → `1000.0`,
    /// `5` → `5`); nil for other values. Ids and golds read this way keep the meaning they had with Foundation.
    public var text: String? {
        switch self {
        case .string(let text): return text
        case .number(let literal): return JSONValue.foundationNumberText(literal)
        default: return nil
        }
    }

    /// `NSNumber.stringValue` of the number `JSONSerialization` reads from `literal`. Plain integers (the common
    /// case: ids, indices) are their own text, without calling Foundation; other literals go through it.
    public static func foundationNumberText(_ literal: String) -> String? {
        let utf8 = literal.utf8
        let digits = utf8.first == UInt8(ascii: "-") ? utf8.dropFirst() : utf8[...]
        if !digits.isEmpty, digits.count < 19, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           digits.first != 0x30 || digits.count == 1, literal != "-0" {
            return literal
        }
        guard let value = try? JSONSerialization.jsonObject(with: Data(utf8), options: [.fragmentsAllowed]),
              let number = value as? NSNumber else { return nil }
        return number.stringValue
    }

    /// The value as `JSONSerialization` objects (`String`, `NSNumber`, `[Any]`, `[String: Any]`, `NSNull`), for code
    /// written against Foundation's parser.
    public var foundationObject: Any {
        switch self {
        case .null: return NSNull()
        case .bool(let flag): return NSNumber(value: flag)
        case .number(let literal):
            return (try? JSONSerialization.jsonObject(with: Data(literal.utf8), options: [.fragmentsAllowed])) ?? NSNull()
        case .string(let text): return text
        case .array(let elements): return elements.map(\.foundationObject)
        case .object(let members):
            var object: [String: Any] = [:]
            for member in members { object[member.key] = member.value.foundationObject }
            return object
        }
    }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue
    public init(key: String, value: JSONValue) { self.key = key; self.value = value }
}
