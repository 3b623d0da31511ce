// `gaprun run-job`: run one job from its folder in this process (what sweep workers and Slurm tasks execute).
import ArgumentParser
import Foundation
import GapRun

struct RunJobCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run-job",
        abstract: "Run one job in this process (used by sweep workers and Slurm tasks).",
        discussion: """
        Reads <dir>/spec.json, writes progress as JSON lines on stdout, the log on stderr, and leaves
        <dir>/result.json (or <dir>/error.txt) and the exit marker <dir>/exit. Exit code 130: interrupted,
        checkpoint saved. Users rarely call this directly; `gaprun sweep` does.
        """)

    @Option(help: "The job's folder, holding spec.json.")
    var dir: String

    @Option(name: .customLong("data-root"), help: "A folder to search for benchmarks-data/ (repeatable).")
    var dataRoots: [String] = []

    func run() throws {
        let signals = SignalWatcher(signals: [SIGINT, SIGTERM, SIGUSR1])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let code = JobWorker.run(
            paths: RunPaths(directory: dir), dataSearchRoots: dataRoots + DataRoots.defaults(gridPath: nil),
            emit: { event in
                if let data = try? encoder.encode(event) { FileHandle.standardOutput.write(data + Data("\n".utf8)) }
            },
            shouldStop: { signals.stopRequested })
        if code != 0 {
            if let error = try? String(contentsOfFile: RunPaths(directory: dir).error, encoding: .utf8) {
                FileHandle.standardError.write(Data("Error: \(error)".utf8))
            }
            throw ExitCode(code)
        }
    }
}
