// `gaprun plot`: the paper's figures as hand-written SVG (PNG too through rsvg-convert when installed).
import ArgumentParser
import Foundation
import GapCore
import GapReport
import GapResults
import GapRun

extension PlotKind: ExpressibleByArgument {}

/// The file format of a figure.
enum FigureFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case svg, png
}

struct PlotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot", abstract: "Draw the paper's figures as SVG.",
        discussion: """
        gap-vs-size: Δ per student sorted by size, 95% intervals, zero line (Figs. 2–3). mix-weight: average P \
        against the weight of --teacher in each mix, mean ± std over seeds (Fig. 6). training-curves: loss per \
        step, mean over seeds with a ± std band. The format comes from --format, else from -o's extension (.svg, \
        .png), else SVG; PNG runs rsvg-convert. Every output, PNG included, replaces a regular file atomically, is \
        written in place into a device or FIFO, and follows a symlink.
        """)

    @Argument(help: "Which figure.")
    var kind: PlotKind

    @OptionGroup var results: ResultsOptions

    @Option(name: .shortAndLong, help: "Output file (any name with --format; '-': the SVG on standard output).")
    var output: String

    @Option(name: .long, help: "svg or png (default: from -o's extension, else svg).")
    var format: FigureFormat?

    @Option(name: .long, help: "mix-weight: the teacher whose weight is the x axis.")
    var teacher = "long"

    @Flag(name: .long, help: "Also write a PNG beside an .svg output (needs rsvg-convert).")
    var png = false

    /// The format named by `-o`'s extension, nil when it has none of ours.
    var extensionFormat: FigureFormat? {
        FigureFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased())
    }

    /// The format to write: --format, else -o's extension, else SVG.
    var resolvedFormat: FigureFormat { format ?? extensionFormat ?? .svg }

    func validate() throws {
        let pathExtension = URL(fileURLWithPath: output).pathExtension.lowercased()
        if let format, let named = extensionFormat, named != format {
            throw ValidationError("'-o \(output)' names a .\(named.rawValue) file but '--format \(format.rawValue)' was given; make them agree")
        }
        if format == nil, extensionFormat == nil, !pathExtension.isEmpty, output != "-" {
            throw ValidationError("'-o \(output)': unknown figure extension '.\(pathExtension)'; use .svg or .png, or give --format svg|png")
        }
        if output == "-" && resolvedFormat == .png {
            throw ValidationError("a PNG is not text and is not written to standard output; give '-o FILE'")
        }
        if png {
            if output == "-" { throw ValidationError("'--png' needs a file: '-o -' writes the SVG to standard output") }
            if resolvedFormat == .png { throw ValidationError("'--png' adds a PNG beside an SVG; the output is already a PNG") }
            if pathExtension != "svg" { throw ValidationError("'--png' writes NAME.png beside '-o NAME.svg'; '\(output)' does not end in .svg") }
        }
    }

    func run() async throws {
        let (experimentResults, _) = try results.load()
        let svg = try Plots().svg(kind, experimentResults, teacher: teacher)
        var written: [String] = []
        switch resolvedFormat {
        case .svg:
            try OutputFile.write(svg, to: output)
            written.append(output)
            if png {
                let pngPath = URL(fileURLWithPath: output).deletingPathExtension().appendingPathExtension("png").path
                try OutputFile.write(try Self.renderPNG(svg, for: pngPath), to: pngPath, allowStandardOutput: false)
                written.append(pngPath)
            }
        case .png:
            try OutputFile.write(try Self.renderPNG(svg, for: output), to: output, allowStandardOutput: false)
            written.append(output)
        }
        for file in written where file != "-" { print("wrote \(file)") }
    }

    /// The PNG bytes of `svg`, rendered by rsvg-convert from standard input to standard output, so the file is written
    /// by `OutputFile` like every other output. `path` only names the target in errors.
    static func renderPNG(_ svg: String, for path: String) throws -> [UInt8] {
        guard let tool = ReportData.rsvgConvertPath() else {
            throw ReportError.pngExportFailed(path: path, reason: "rsvg-convert is not on PATH")
        }
        let result = try runSubprocess(tool, ["--zoom", "2", "--background-color", "white", "--format", "png"],
                                       input: Data(svg.utf8))
        guard result.status == 0, !result.output.isEmpty else {
            let reason = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            throw ReportError.pngExportFailed(path: path, reason: reason.isEmpty ? "rsvg-convert exited with status \(result.status)" : reason)
        }
        return Array(result.output)
    }
}
