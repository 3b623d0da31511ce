// `gaprun data benchmarks`: regenerate benchmarks-data/<name>.jsonl, or check the committed files byte for byte.
import ArgumentParser
import Foundation
import GapCore
import GapData

struct DataBenchmarksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmarks",
        abstract: "Regenerate the held-out synthetic benchmarks (gsm-synth, math-synth, amc-synth).")

    @Option(help: "Directory of the benchmark files.")
    var outputDir: String = "benchmarks-data"

    @Flag(help: "Do not write; fail unless the files are byte-identical to a fresh regeneration.")
    var check = false

    func run() async throws {
        var mismatches: [String] = []
        if !check { try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true) }
        for name in SyntheticBenchmarks.names {
            let path = outputDir + "/" + name + ".jsonl"
            let text = try SyntheticBenchmarks.jsonl(name: name)
            if check {
                let committed = FileManager.default.contents(atPath: path)
                let same = committed == Data(text.utf8)
                print("\(path): \(same ? "identical" : committed == nil ? "MISSING" : "DIFFERS")")
                if !same { mismatches.append(path) }
            } else {
                try OutputFile.write(text, to: path, allowStandardOutput: false)
                print("wrote \(path) (\(SyntheticBenchmarks.itemCount) problems)")
            }
        }
        if !mismatches.isEmpty {
            throw CLIError("\(mismatches.count) benchmark file(s) differ from regeneration (hint: run `gaprun data benchmarks` and commit)")
        }
    }
}
