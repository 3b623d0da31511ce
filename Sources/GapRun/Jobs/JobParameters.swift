// JobParameters: a job's configuration as flat dotted keys (`train.learning_rate` → `0.003`): the rows of the `params`
// table and the `{placeholders}` of command templates.
import Foundation
import GapCore

/// The job's configuration as flat dotted keys, values as text (numbers without a fraction as integers, anything
/// that is not a scalar or an object as canonical JSON).
public func flattenedParameters(of spec: JobSpec) -> [String: String] {
    var result: [String: String] = [:]
    func visit(_ value: CanonicalJSON.Value, _ key: String) {
        switch value {
        case .object(let members) where !members.isEmpty:
            for (k, v) in members { visit(v, key.isEmpty ? k : "\(key).\(k)") }
        case .string(let text): result[key] = text
        case .number(let number): result[key] = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let flag): result[key] = flag ? "true" : "false"
        case .null: result[key] = "null"
        default: result[key] = value.text
        }
    }
    visit(CanonicalJSON.value(of: spec), "")
    return result
}
