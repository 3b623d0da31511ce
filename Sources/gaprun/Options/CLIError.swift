// CLIError: failures the command layer itself detects; printed as `Error: …` with exit code 1.

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
