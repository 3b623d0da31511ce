// `gaprun collect`: ingest the results of submitted Slurm tasks into the database (after `sweep --detach`, or when a
// waiting sweep was stopped), record tasks that failed, timed out or were cancelled, and list what is still pending.
import ArgumentParser
import Foundation
import GapRun
import GapStore

struct CollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect", abstract: "Ingest finished Slurm job results into the database.",
        discussion: """
        State comes from the marker files each task leaves in its job folder; squeue/scontrol/sacct are only a
        cross-check, so this works with Slurm accounting off. Safe to run any number of times. Exit code 1 when a
        collected job failed, timed out or was cancelled.
        """)

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Keep collecting until no submitted job is pending.")
    var wait = false

    @Option(help: "Seconds between passes with --wait.")
    var interval: Double = 5

    func run() throws {
        guard FileManager.default.fileExists(atPath: database.path) else {
            throw CLIError("\(database.path): no such database (hint: `gaprun sweep GRID --backend slurm --db \(database.path)` first)")
        }
        try ResultStore.checkWritable(path: database.path)  // refuse a foreign file before creating anything beside it
        let lock = try DatabaseLock(databasePath: database.path)
        defer { withExtendedLifetime(lock) {} }
        let store = try ResultStore(path: database.path)
        let collector = SlurmCollector(store: store, runsDirectory: RunPaths.runsDirectory(forDatabase: database.path))
        let signals = SignalWatcher()
        var bad = 0, completed = 0
        while true {
            let report = try collector.collect()
            for item in report.concluded {
                if item.status == .completed { completed += 1 } else { bad += 1 }
                print("\(item.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(item.configHash.prefix(12))"
                      + "  slurm \(item.taskID)  \(item.message)")
            }
            if report.active.isEmpty || !wait || signals.stopRequested {
                var states: [String: Int] = [:]
                for item in report.active { states[item.state, default: 0] += 1 }
                let pending = states.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                print("collected \(completed) completed, \(bad) failed/timed out/cancelled; "
                      + (report.active.isEmpty ? "nothing pending in Slurm" : "still in Slurm: \(pending)"))
                break
            }
            let until = Date().addingTimeInterval(interval)
            while Date() < until && !signals.stopRequested { usleep(100_000) }
        }
        if bad > 0 { throw ExitCode.failure }
    }
}
