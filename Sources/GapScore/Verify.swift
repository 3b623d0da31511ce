// verify(gold:candidate:): the equivalence entry point (gold first, not symmetric) over normalised, parsed answers.
import Foundation

/// The outcome of comparing one candidate answer with one gold answer.
public struct Verification: Sendable, Equatable {
    /// Whether the candidate equals the gold.
    public var equivalent: Bool
    /// Why: e.g. `identical after normalisation`, `equal as values`, `different`, `gold has no answer`.
    public var reason: String
}

/// Whether `candidate` (already extracted answer text) is equivalent to `gold` under `policy`.
/// Gold may be a bare answer, `$…$`-wrapped, or a full solution whose last `\boxed{}` is the answer.
public func verify(gold: String, candidate: String, policy: AnswerPolicy = .standard) -> Verification {
    let goldAnswers = goldForms(gold)
    guard !goldAnswers.isEmpty else { return Verification(equivalent: false, reason: "gold has no answer") }
    var first: Verification?
    for goldAnswer in goldAnswers {
        let result = compare(goldText: goldAnswer, candidateText: candidate, policy: policy)
        if result.equivalent { return result }
        if first == nil { first = result }
    }
    return first!
}

/// The gold's answer forms: its last boxed answer (then all boxed joined) when it contains boxes, else itself.
func goldForms(_ gold: String) -> [String] {
    var bytes = Array(gold.utf8)
    if bytes.count > AnswerExtractor.maximumResponseBytes {   // a gold as long as a response is read like one: its end
        var start = bytes.count - AnswerExtractor.maximumResponseBytes
        while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
        bytes = Array(bytes[start...])
    }
    let trimmed = Bytes.string(Bytes.trimSpaces(bytes[...]))
    if Bytes.contains(bytes, AnswerExtractor.boxedName) || Bytes.contains(bytes, AnswerExtractor.fboxName) {
        let boxes = AnswerExtractor.boxedAnswers(bytes)
        if let last = boxes.last { return boxes.count > 1 ? [last, boxes.joined(separator: ", ")] : [last] }
    }
    return trimmed.isEmpty ? [] : [trimmed]
}

/// A gold that is a multiple-choice letter: `C`, `(C)`, `\text{(C)}`.
func choiceLetter(ofNormalized text: String) -> Character? {
    var bytes = text.utf8.filter { $0 != 32 }[...]
    if bytes.first == 40, bytes.last == 41 { bytes = bytes.dropFirst().dropLast() }
    guard bytes.count == 1, let letter = bytes.first, (65...69).contains(letter) else { return nil }
    return Character(Unicode.Scalar(letter))
}

/// Spaces removed and ASCII lower-cased: the form for fast string equality.
func compactLowered(_ text: String) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    for byte in text.utf8 where byte != 32 { result.append(Bytes.lower(byte)) }
    return result
}

func compare(goldText: String, candidateText: String, policy: AnswerPolicy) -> Verification {
    // Answers too long to be answers are compared as compact strings only, never parsed.
    if goldText.utf8.count > AnswerExtractor.maximumAnswerBytes || candidateText.utf8.count > AnswerExtractor.maximumAnswerBytes {
        let equal = compactLowered(goldText) == compactLowered(candidateText)
        return Verification(equivalent: equal, reason: "\(equal ? "identical" : "different") as text (longer than \(AnswerExtractor.maximumAnswerBytes) bytes: not parsed)")
    }
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
    if compactLowered(goldNormalized.text) == compactLowered(candidateNormalized.text) {
        return Verification(equivalent: true, reason: "identical after normalisation")
    }
    let goldValue = AnswerParser.parse(goldNormalized.text)
    let candidateValue = AnswerParser.parse(candidateNormalized.text)
    let equal = EquivalenceChecker(policy: policy).equal(goldValue, candidateValue)
    return Verification(equivalent: equal, reason: equal ? "equal as values" : "different")
}
