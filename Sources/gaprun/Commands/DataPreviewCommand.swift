// `gaprun data preview`: build a mix's training set and print counts, length statistics and examples per teacher.
import ArgumentParser
import GapCore
import GapData
import GapGrid
import GapRun

struct DataPreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Preview a training mix: kept/rejected counts, lengths per teacher, and examples.",
        discussion: """
        Built-in mixes: \(TrainingSetBuilder.standardMixes.keys.sorted().joined(separator: ", ")). With --grid, --mix names \
        one of the grid's mixes and the grid's data settings are used (--problems, --combine override them).
        """)

    @Option(help: "A mix name: built-in, or one of --grid's mixes, e.g. mix-long.")
    var mix: String?

    @Option(help: "A grid file: preview its data settings and its mix named by --mix.")
    var grid: String?

    @Option(help: "Explicit teacher weights instead of --mix, e.g. long=0.2,short=0.8.")
    var weights: String?

    @Option(help: "Training problems drawn before rejection sampling (default 200, or the grid's).")
    var problems: Int?

    @Option(help: "Seed for problems, teachers and the mix draw.")
    var seed: UInt64 = 0

    @Option(help: "Examples printed per teacher.")
    var examples: Int = 2

    @Option(help: "Combine mode: sample (one response per problem) or union (default sample, or the grid's).")
    var combine: String?

    func validate() throws {
        if (mix == nil) == (weights == nil) { throw ValidationError("pass exactly one of --mix and --weights") }
        if let problems, problems < 1 { throw ValidationError("--problems must be at least 1") }
        if grid != nil && weights != nil { throw ValidationError("'--grid' goes with '--mix', not '--weights'") }
        if examples < 0 { throw ValidationError("--examples must be 0 or more") }
    }

    func run() async throws {
        var data = DataConfiguration()
        data.problems = 200
        var gridWeights: [String: Double]?
        if let grid {
            let spec = try GridSpec.load(path: grid, vocabulary: SweepPlanner.vocabulary)
            data = spec.data
            guard let named = spec.mix(named: mix!) else {
                throw CLIError("\(grid): no mix `\(mix!)` (hint: its mixes are \(spec.mixes.map(\.name).joined(separator: ", ")))")
            }
            gridWeights = named.weights
        }
        if let problems { data.problems = problems }
        if let combine { data.combine = combine }
        do {
            let teacherWeights = try gridWeights ?? weights.map(Mixes.parseWeights) ?? Mixes.named(mix!)
            let set = try TrainingSetBuilder.build(data: data, mix: teacherWeights, seed: seed)
            print(TrainingSetPreview.render(set, mix: teacherWeights, examplesPerTeacher: examples), terminator: "")
        } catch let error as LabError {
            throw CLIError(error.description)
        }
    }
}
