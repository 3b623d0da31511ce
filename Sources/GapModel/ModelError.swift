// ModelError: the one error enum of GapModel — invalid configurations and misuse of the forward/backward contract.

/// Errors thrown by GapModel. Each message says what went wrong, where, and a hint.
public enum ModelError: Error, CustomStringConvertible, Equatable {
    /// A GPT configuration field is out of range (field name as in YAML, its value, why).
    case invalidConfiguration(field: String, value: Int, reason: String)
    /// A student section lacks a field the in-process trainer needs.
    case missingField(String)
    /// A sequence or batch does not fit the model (what, the size asked, the limit).
    case sizeExceeded(what: String, size: Int, limit: Int)
    /// A token id outside the vocabulary was given (the id, the vocabulary size).
    case tokenOutOfRange(token: Int32, vocabularySize: Int)
    /// `backward()` was called without a forward pass with targets.
    case backwardWithoutTargets

    public var description: String {
        switch self {
        case let .invalidConfiguration(field, value, reason):
            return "invalid GPT configuration: \(field) = \(value): \(reason). Hint: fix `student.\(field)` in the grid file."
        case let .missingField(field):
            return "the student has no `\(field)`. Hint: in-process students need layers, channels, heads and context_length."
        case let .sizeExceeded(what, size, limit):
            return "\(what) is \(size), above the limit \(limit). Hint: shorten the input or raise context_length."
        case let .tokenOutOfRange(token, vocabularySize):
            return "token id \(token) is outside the vocabulary of \(vocabularySize). Hint: the tokenizer and vocab_size disagree."
        case .backwardWithoutTargets:
            return "backward() needs a forward pass with targets first. Hint: pass targets to forward(…)."
        }
    }
}
