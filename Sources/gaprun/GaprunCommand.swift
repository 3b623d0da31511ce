// The gaprun root command: lists the subcommands; every subcommand lives in Commands/ in a file of its own.
import ArgumentParser

struct GaprunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaprun",
        abstract: "Run learnability-gap distillation grids, judge math answers, and regenerate the paper's tables.",
        discussion: """
        Exit codes: 0 success, 1 failure (e.g. a job failed, bad input), 64 usage error.
        Start with `gaprun sweep experiments/quickstart.conf`, then `gaprun gap`.
        """,
        version: GaprunVersion.long,
        subcommands: [
            SweepCommand.self, PlanCommand.self, StatusCommand.self, RunJobCommand.self, CollectCommand.self,
            JudgeCommand.self, ScoreCommand.self, RescoreCommand.self,
            DataCommand.self,
            GapCommand.self, TableCommand.self, PlotCommand.self, ImportCommand.self, ReportCommand.self,
            BenchCommand.self,
        ]
    )
}
