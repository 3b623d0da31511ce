// `gaprun collect`: placeholder until its issue's work lands.
import ArgumentParser

struct CollectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "collect", abstract: "Ingest finished job results (e.g. from Slurm) into the database.")
    func run() async throws { throw CLIError("`gaprun collect` is not built yet") }
}
