// Degrees inside trigonometric arguments: `\sin 30^\circ` is sin(π/6), so the degree sign is read there, not dropped.

enum TrigonometryDegrees {
    static let functions: [[UInt8]] = ["\\sin", "\\cos", "\\tan", "\\cot", "\\sec", "\\csc"].map { Array($0.utf8) }
    static let degreeSigns: [[UInt8]] = ["^{\\circ}", "^\\circ", "°"].map { Array($0.utf8) }

    /// The text with every `\sin N^\circ` (also `\cos(N^{\circ})`, `\tan N°`) rewritten as `\sin(N\pi/180)`; the text
    /// itself when there is none. Elsewhere degree signs keep their meaning as a unit (the normaliser drops them).
    static func rewritten(_ text: String) -> String {
        // Cheap test first, without copying: a degree sign needs `^` (`^\circ`) or the byte 0xC2 (`°`).
        guard text.utf8.count <= 1_000, text.utf8.contains(where: { $0 == 94 || $0 == 0xC2 }) else { return text }
        let bytes = Array(text.utf8)
        guard Bytes.contains(bytes, Array("circ".utf8)) || Bytes.contains(bytes, degreeSigns[2]) else { return text }
        var output: [UInt8] = []
        var index = 0
        var changed = false
        while index < bytes.count {
            if bytes[index] == 92, let function = functions.first(where: { Bytes.hasPrefix(bytes, at: index, $0) }),
               index + function.count >= bytes.count || !Bytes.isLetter(bytes[index + function.count]) {
                var cursor = index + function.count
                // A power written before the argument stays: `\cos^2 60^\circ`, `\sin^{2} 30^\circ`.
                if cursor < bytes.count, bytes[cursor] == 94 {
                    cursor += 1
                    if cursor < bytes.count, bytes[cursor] == 123 {
                        while cursor < bytes.count, bytes[cursor] != 125 { cursor += 1 }
                        cursor += 1
                    } else { cursor += 1 }
                }
                let head = Array(bytes[index..<min(cursor, bytes.count)])
                while cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
                let parenthesised = cursor < bytes.count && (bytes[cursor] == 40 || bytes[cursor] == 123)
                if parenthesised { cursor += 1 }
                while cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
                let numberStart = cursor
                while cursor < bytes.count, Bytes.isDigit(bytes[cursor]) || bytes[cursor] == 46 { cursor += 1 }
                let numberEnd = cursor
                while cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
                if numberEnd > numberStart, let sign = degreeSigns.first(where: { Bytes.hasPrefix(bytes, at: cursor, $0) }) {
                    var end = cursor + sign.count
                    if parenthesised {
                        while end < bytes.count, bytes[end] == 32 { end += 1 }
                        guard end < bytes.count, bytes[end] == 41 || bytes[end] == 125 else { output.append(bytes[index]); index += 1; continue }
                        end += 1
                    }
                    output += head + Array("(".utf8) + bytes[numberStart..<numberEnd] + Array("\\pi/180)".utf8)
                    index = end
                    changed = true
                    continue
                }
            }
            output.append(bytes[index])
            index += 1
        }
        return changed ? Bytes.string(output) : text
    }
}
