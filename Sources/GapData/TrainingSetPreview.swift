// A plain-text preview of a training set for `gaprun data preview`: per-teacher counts, length statistics,
// the fraction of examples that fit common student contexts, and a few examples per teacher.
import GapCore

/// Renders what a researcher checks before spending compute on a mix.
public enum TrainingSetPreview {
    /// Student context sizes (characters = tokens for the character-level students) reported by the preview.
    public static let contextLengths = [512, 640, 768]

    /// Fraction of `examples` whose student text (prompt + response) fits in `contextLength` characters.
    public static func fittingFraction(_ examples: [LabExample], contextLength: Int) -> Double {
        guard !examples.isEmpty else { return 0 }
        let fitting = examples.filter { StudentPrompt.render(problem: $0.problem).utf8.count + $0.response.utf8.count <= contextLength }
        return Double(fitting.count) / Double(examples.count)
    }

    /// The preview text: a statistics table, context-fit fractions, then `examplesPerTeacher` examples per teacher.
    public static func render(_ set: TrainingSet, mix: [String: Double], examplesPerTeacher: Int) -> String {
        var out = "mix: " + mix.keys.sorted().map { "\($0)=\(mix[$0]!)" }.joined(separator: ", ")
        out += "\nexamples: \(set.examples.count)\n\n"
        out += pad("teacher", 9) + pad("kept", 8) + pad("rejected", 10) + pad("unpaired", 10)
            + pad("mean chars", 12) + pad("median", 9) + pad("steps", 7) + "chars/step\n"
        for stats in set.stats {
            out += pad(stats.teacher, 9) + pad(String(stats.kept), 8) + pad(String(stats.rejected), 10)
                + pad(String(stats.unpaired), 10) + pad(fixed(stats.meanCharacters, 1), 12)
                + pad(fixed(stats.medianCharacters, 1), 9) + pad(fixed(stats.meanSteps, 2), 7)
                + fixed(stats.meanSteps > 0 ? stats.meanCharacters / stats.meanSteps : 0, 1) + "\n"
        }
        out += "\nin the set: "
        let teachers = Set(set.examples.map(\.teacher)).sorted()
        out += teachers.map { name in "\(name) \(set.examples.filter { $0.teacher == name }.count)" }.joined(separator: ", ")
        out += "\nprompt + response fits: "
        out += contextLengths.map { "\($0) chars \(fixed(100 * fittingFraction(set.examples, contextLength: $0), 1))%" }
            .joined(separator: ", ") + "\n"
        for name in teachers {
            for example in set.examples.filter({ $0.teacher == name }).prefix(examplesPerTeacher) {
                out += "\n--- \(name) · \(example.problemId) · \(example.response.utf8.count) chars\n"
                out += StudentPrompt.render(problem: example.problem) + example.response + "\n"
            }
        }
        return out
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// `value` with `digits` decimals, without Foundation's locale-dependent formatting.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value * scale).rounded()
        let integer = Int(scaled)
        let whole = abs(integer) / Int(scale), fraction = abs(integer) % Int(scale)
        let sign = integer < 0 ? "-" : ""
        if digits == 0 { return sign + String(whole) }
        let fractionText = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }
}
