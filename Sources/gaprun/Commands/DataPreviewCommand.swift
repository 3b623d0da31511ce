// `gaprun data preview`: build a mix's training set and print counts, length statistics and examples per teacher.
import ArgumentParser
import GapCore
import GapData

struct DataPreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Preview a training mix: kept/rejected counts, lengths per teacher, and examples.",
        discussion: "Built-in mixes: \(TrainingSetBuilder.standardMixes.keys.sorted().joined(separator: ", ")).")

    @Option(help: "A built-in mix name, e.g. mix-long.")
    var mix: String?

    @Option(help: "Explicit teacher weights instead of --mix, e.g. long=0.2,short=0.8.")
    var weights: String?

    @Option(help: "Training problems drawn before rejection sampling.")
    var problems: Int = 200

    @Option(help: "Seed for problems, teachers and the mix draw.")
    var seed: UInt64 = 0

    @Option(help: "Examples printed per teacher.")
    var examples: Int = 2

    @Option(help: "Combine mode: sample (one response per problem) or union.")
    var combine: String = "sample"

    func validate() throws {
        if (mix == nil) == (weights == nil) { throw ValidationError("pass exactly one of --mix and --weights") }
        if problems < 1 { throw ValidationError("--problems must be at least 1") }
        if examples < 0 { throw ValidationError("--examples must be 0 or more") }
    }

    func run() async throws {
        var data = DataConfiguration()
        data.problems = problems
        data.combine = combine
        do {
            let teacherWeights = try weights.map(Mixes.parseWeights) ?? Mixes.named(mix!)
            let set = try TrainingSetBuilder.build(data: data, mix: teacherWeights, seed: seed)
            print(TrainingSetPreview.render(set, mix: teacherWeights, examplesPerTeacher: examples), terminator: "")
        } catch let error as LabError {
            throw CLIError(error.description)
        }
    }
}
