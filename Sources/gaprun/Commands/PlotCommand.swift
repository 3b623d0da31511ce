// `gaprun plot`: the paper's figures as hand-written SVG (PNG too through rsvg-convert when installed).
import ArgumentParser
import GapReport
import GapResults
import GapRun

extension PlotKind: ExpressibleByArgument {}

struct PlotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot", abstract: "Draw the paper's figures as SVG.",
        discussion: """
        gap-vs-size: Δ per student sorted by size, 95% intervals, zero line (Figs. 2–3). mix-weight: average P \
        against the weight of --teacher in each mix, mean ± std over seeds (Fig. 6). training-curves: loss per \
        step, mean over seeds with a ± std band. An -o ending in .png (or --png) also runs rsvg-convert.
        """)

    @Argument(help: "Which figure.")
    var kind: PlotKind

    @OptionGroup var results: ResultsOptions

    @Option(name: .shortAndLong, help: "Output file (.svg, or .png to convert with rsvg-convert; '-': the SVG on standard output).")
    var output: String

    @Option(name: .long, help: "mix-weight: the teacher whose weight is the x axis.")
    var teacher = "long"

    @Flag(name: .long, help: "Also write a PNG beside the SVG (needs rsvg-convert).")
    var png = false

    func validate() throws {
        let lower = output.lowercased()
        if output == "-" && png { throw ValidationError("'--png' needs a file: '-o -' writes the SVG to standard output") }
        if output != "-" && !lower.hasSuffix(".svg") && !lower.hasSuffix(".png") {
            throw ValidationError("'-o' must end in .svg or .png (or be '-' for standard output), got '\(output)'")
        }
    }

    func run() async throws {
        let (experimentResults, _) = try results.load()
        let svg = try Plots().svg(kind, experimentResults, teacher: teacher)
        for file in try ReportData.writeFigure(svg, to: output, alsoPNG: png) where file != "-" { print("wrote \(file)") }
    }
}
