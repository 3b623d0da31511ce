// Text helpers shared by every renderer: number rounding for display, aligned plain-text tables, Markdown tables,
// CSV quoting and LaTeX escaping. Rounding happens only here; all arithmetic upstream is unrounded.
import Foundation

/// Number display rules.
enum NumberText {
    /// `x` with `decimals` places, never `-0.0`.
    static func fixed(_ x: Double, _ decimals: Int = 1) -> String {
        let text = String(format: "%.\(decimals)f", x)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(text.dropFirst()) }
        return text
    }

    /// `40.3` for one value, `40.3 ± 1.2` for several (sample std).
    static func meanStd(_ summary: Summary, _ decimals: Int = 1) -> String {
        guard let sd = summary.standardDeviation else { return fixed(summary.mean, decimals) }
        return "\(fixed(summary.mean, decimals)) ± \(fixed(sd, decimals))"
    }

    /// `[-5.0, -1.2]`.
    static func interval(_ range: ClosedRange<Double>) -> String {
        "[\(fixed(range.lowerBound)), \(fixed(range.upperBound))]"
    }

    /// Rounded to 4 decimals, for JSON.
    static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    /// Shortest text for sizes: `3000000000`, `52416`, `0.5`.
    static func compact(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }

    /// A student size for people: `3B`, `0.5B`, `52.4k params`.
    static func size(_ x: Double) -> String {
        if x >= 1e8 { return compact((x / 1e9 * 10).rounded() / 10) + "B" }
        if x >= 1e6 { return fixed(x / 1e6) + "M" }
        if x >= 1e3 { return fixed(x / 1e3) + "k" }
        return compact(x)
    }
}

/// Plain-text tables with columns padded to their widest cell.
enum TextTable {
    static func aligned(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

/// GitHub-flavoured Markdown tables.
enum MarkdownText {
    static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }

    static func table(header: [String], rows: [[String]], numericColumns: Set<Int> = []) -> String {
        var lines = ["| " + header.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + header.indices.map { numericColumns.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|")
        for row in rows { lines.append("| " + row.map(escape).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// RFC 4180 CSV fields.
enum CSVText {
    static func field(_ text: String) -> String {
        text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

/// LaTeX text escaping.
enum LaTeXText {
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\textbackslash{}"
            case "&", "%", "$", "#", "_", "{", "}": result += "\\\(character)"
            case "~": result += "\\textasciitilde{}"
            case "^": result += "\\textasciicircum{}"
            case "–": result += "--"
            case "−": result += "$-$"
            case "±": result += "$\\pm$"
            default: result.append(character)
            }
        }
        return result
    }

    /// Escapes prose and turns its notation into math: `P_Long` → `$P_{\mathrm{Long}}$`, `Δ_Long` →
    /// `$\Delta_{\mathrm{Long}}$`, `` `name` `` → `\texttt{name}`.
    static func prose(_ text: String) -> String {
        var result = escape(text)
        let rules: [(String, String)] = [
            (#"Δ\\_([A-Za-z]+)"#, #"\$\\Delta_{\\mathrm{$1}}\$"#),
            (#"\bP\\_([A-Za-z]+)"#, #"\$P_{\\mathrm{$1}}\$"#),
            (#"`([^`]*)`"#, #"\\texttt{$1}"#),
        ]
        for (pattern, template) in rules {
            result = result.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return result.replacingOccurrences(of: "Δ", with: "$\\Delta$")
    }
}
