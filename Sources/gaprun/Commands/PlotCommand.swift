// `gaprun plot`: placeholder until its issue's work lands.
import ArgumentParser

struct PlotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plot", abstract: "Draw the paper's figures as SVG.")
    func run() async throws { throw CLIError("`gaprun plot` is not built yet") }
}
