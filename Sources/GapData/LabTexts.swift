// LabTexts: the text every lab teacher writes for one data configuration — student prompts and all four teachers'
// responses — the one source a word vocabulary is built from, so every mix of a grid shares it.
import GapCore

public enum LabTexts {
    /// The student prompts of the training problems of `data` drawn with `seed`, then every lab teacher's correct
    /// responses to them, teacher by teacher in name order. Deterministic: same inputs, same texts. Only
    /// `data.source: synthetic`.
    public static func all(data: DataConfiguration, seed: UInt64 = 0) throws -> [String] {
        guard data.source == "synthetic" else { throw LabError.unknownSource(data.source) }
        let candidates = try TrainingSetBuilder.syntheticCandidates(data: data, teachers: Teachers.names, seed: seed)
        var texts = candidates.problems.map { StudentPrompt.render(problem: $0.text) }
        for teacher in Teachers.names {
            let responses = candidates.correct[teacher] ?? [:]
            for index in responses.keys.sorted() { texts.append(responses[index]!) }
        }
        return texts
    }
}
