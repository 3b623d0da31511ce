// The one prompt/response layout in-process students see, in training and in evaluation alike.
// Kept short because students are character-level with contexts of a few hundred tokens; it ends like the
// paper's prompt (`…\nAnswer:`), and `Problem:` is the stop string, as in the paper's harness.

public enum StudentPrompt {
    /// The text a student is conditioned on for `problem`.
    public static func render(problem: String) -> String { "Problem: \(problem)\nAnswer: " }

    /// Generation stops at any of these (the end-of-text token also stops it).
    public static let stopStrings = ["\nProblem:"]
}
