// `gaprun run-job`: placeholder until its issue's work lands.
import ArgumentParser

struct RunJobCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run-job", abstract: "Run one job in this process (used by sweep workers and Slurm tasks).")
    func run() async throws { throw CLIError("`gaprun run-job` is not built yet") }
}
