// verify(gold:candidate:): the equivalence entry point (gold first, not symmetric) over normalised, parsed answers.
import Foundation

/// The outcome of comparing one candidate answer with one gold answer.
public struct Verification: Sendable, Equatable {
    public var equivalent: Bool
    /// Why: e.g. `identical after normalisation`, `equal as values`, `different`, `gold has no answer`.
    public var reason: String
}

/// Whether `candidate` (already extracted answer text) is equivalent to `gold` under `policy`.
/// Gold may be a bare answer, `$…$`-wrapped, or a full solution whose last `\boxed{}` is the answer.
public func verify(gold: String, candidate: String, policy: AnswerPolicy = .standard) -> Verification {
    let goldAnswers = goldForms(gold)
    guard !goldAnswers.isEmpty else { return Verification(equivalent: false, reason: "gold has no answer") }
    for goldAnswer in goldAnswers {
        let result = compare(goldText: goldAnswer, candidateText: candidate, policy: policy)
        if result.equivalent { return result }
    }
    return compare(goldText: goldAnswers[0], candidateText: candidate, policy: policy)
}

/// The gold's answer forms: its last boxed answer (then all boxed joined) when it contains boxes, else itself.
func goldForms(_ gold: String) -> [String] {
    let trimmed = gold.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.contains("\\boxed") || trimmed.contains("\\fbox") {
        let boxes = AnswerExtractor.boxedAnswers(trimmed)
        if let last = boxes.last { return boxes.count > 1 ? [last, boxes.joined(separator: ", ")] : [last] }
    }
    return trimmed.isEmpty ? [] : [trimmed]
}

/// A gold that is a multiple-choice letter: `C`, `(C)`, `\text{(C)}`.
func choiceLetter(ofNormalized text: String) -> Character? {
    var stripped = text.replacingOccurrences(of: " ", with: "")
    if stripped.hasPrefix("("), stripped.hasSuffix(")") { stripped = String(stripped.dropFirst().dropLast()) }
    guard stripped.count == 1, let letter = stripped.first, "ABCDE".contains(letter) else { return nil }
    return letter
}

func compare(goldText: String, candidateText: String, policy: AnswerPolicy) -> Verification {
    var goldNormalized = Normalizer.normalize(goldText)
    var candidateNormalized = Normalizer.normalize(candidateText)
    if goldNormalized.text.isEmpty { return Verification(equivalent: false, reason: "gold is empty after normalisation") }
    if candidateNormalized.text.isEmpty { return Verification(equivalent: false, reason: "answer is empty after normalisation") }

    if let goldUnit = goldNormalized.unit, let candidateUnit = candidateNormalized.unit, goldUnit != candidateUnit {
        return Verification(equivalent: false, reason: "different units (\(candidateUnit) for \(goldUnit))")
    }
    if let letter = choiceLetter(ofNormalized: goldNormalized.text) {
        var candidate = candidateNormalized.text.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: " ", with: "")
        if candidate.hasPrefix("("), candidate.hasSuffix(")") { candidate = String(candidate.dropFirst().dropLast()) }
        if candidate.hasSuffix(")") { candidate.removeLast() }
        let equal = candidate.count == 1 && candidate.uppercased() == String(letter)
        return Verification(equivalent: equal, reason: equal ? "same choice letter" : "different choice")
    }

    if policy.percent == .asFraction {
        if goldNormalized.hadPercent { goldNormalized.text = "(\(goldNormalized.text))/100" }
        if candidateNormalized.hadPercent { candidateNormalized.text = "(\(candidateNormalized.text))/100" }
    }
    if AnswerParser.compact(goldNormalized.text).lowercased() == AnswerParser.compact(candidateNormalized.text).lowercased() {
        return Verification(equivalent: true, reason: "identical after normalisation")
    }
    let goldValue = AnswerParser.parse(goldNormalized.text)
    let candidateValue = AnswerParser.parse(candidateNormalized.text)
    let equal = EquivalenceChecker(policy: policy).equal(goldValue, candidateValue)
    return Verification(equivalent: equal, reason: equal ? "equal as values" : "different")
}
