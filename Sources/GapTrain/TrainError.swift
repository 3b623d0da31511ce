// TrainError: the one error enum of GapTrain — tokenizer, data, checkpoint, divergence and interruption failures.

/// Errors thrown by GapTrain. Each message says what went wrong, where, and a hint.
public enum TrainError: Error, CustomStringConvertible, Equatable {
    /// A character the tokenizer cannot encode, with its offset (in Unicode scalars) in the text.
    case unencodableCharacter(character: String, offset: Int)
    /// A training setting is out of range.
    case invalidSetting(name: String, value: String, reason: String)
    /// `train` was called with no examples.
    case noExamples
    /// The checkpoint in a directory was written for another configuration or seed.
    case checkpointMismatch(path: String, field: String, expected: String, found: String)
    /// A checkpoint file is unreadable or truncated.
    case checkpointUnreadable(path: String, reason: String)
    /// Writing an export (safetensors / config.json) failed.
    case exportFailed(path: String, reason: String)
    /// The loss became NaN or infinite at this (0-based) step.
    case diverged(step: Int, loss: Double)
    /// `shouldStop` asked to stop; a checkpoint was saved before this (0-based) step when a directory was given.
    case interrupted(step: Int)

    public var description: String {
        switch self {
        case let .unencodableCharacter(character, offset):
            let scalars = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
            return "cannot encode character \(character.debugDescription) (\(scalars.joined(separator: " "))) at offset \(offset). "
                + "Hint: the character vocabulary is newline plus printable ASCII; replace or strip it in the data."
        case let .invalidSetting(name, value, reason):
            return "invalid training setting \(name) = \(value): \(reason). Hint: fix `train.\(name)` in the grid file."
        case .noExamples:
            return "no training examples. Hint: check the data section; rejection sampling may have kept nothing."
        case let .checkpointMismatch(path, field, expected, found):
            return "checkpoint \(path) was written with \(field) = \(found), but this job has \(expected). "
                + "Hint: delete the checkpoint directory or restore the job's original settings."
        case let .checkpointUnreadable(path, reason):
            return "cannot read checkpoint \(path): \(reason). Hint: delete the checkpoint directory to start over."
        case let .exportFailed(path, reason):
            return "cannot export the model to \(path): \(reason). Hint: check the directory is writable and has space."
        case let .diverged(step, loss):
            return "training diverged at step \(step): loss is \(loss). Hint: lower learning_rate or keep grad_clip on."
        case let .interrupted(step):
            return "training interrupted before step \(step); the checkpoint allows resuming."
        }
    }
}
