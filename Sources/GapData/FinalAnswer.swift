// Reading a response's final answer for rejection sampling: `#### N` (gsm) or the last `\boxed{…}` (math, amc).
// Deliberately strict and exact: the lab's teachers write canonical answers, so no normalisation is needed.

import Foundation

enum FinalAnswer {
    /// The final answer a response commits to, or nil when it has none.
    static func extract(from response: String, family: String) -> String? {
        if family == "gsm" {
            guard let line = response.split(separator: "\n").last(where: { $0.hasPrefix("#### ") }) else { return nil }
            return String(line.dropFirst(5))
        }
        guard let start = response.range(of: "\\boxed{", options: .backwards) else { return nil }
        var depth = 1
        var index = start.upperBound
        while index < response.endIndex {
            let character = response[index]
            if character == "{" { depth += 1 }
            if character == "}" {
                depth -= 1
                if depth == 0 { return String(response[start.upperBound..<index]) }
            }
            index = response.index(after: index)
        }
        return nil
    }
}
