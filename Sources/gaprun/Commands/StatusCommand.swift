// `gaprun status` (read-only): the sweeps in a database, job counts per status, the platforms the runs were computed
// on, each failure with the tail of its error, and for Slurm jobs their task ids, live Slurm states (squeue) and logs.
import ArgumentParser
import Foundation
import GapReport
import GapResults
import GapRun
import GapStore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show sweeps, job counts per status, and failures.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only this experiment (grid name).")
    var experiment: String?

    @Flag(help: "List every job, not only failures.")
    var all = false

    func run() throws {
        guard FileManager.default.fileExists(atPath: database.path) else {
            throw CLIError("\(database.path): no such database (hint: run `gaprun sweep GRID --db \(database.path)` first)")
        }
        let store = try ResultStore.openReadOnly(path: database.path)
        print("Database: \(database.path)")
        let experiments = try store.experiments()
        print("Sweeps:")
        for e in experiments where experiment == nil || e.name == experiment {
            print("  \(e.name.padding(toLength: max(14, e.name.count), withPad: " ", startingAt: 0))  \(e.runs) jobs  (\(e.source), updated \(e.updatedAt))")
        }
        let runs = try store.runs(experiment: experiment)
        var counts: [RunStatus: Int] = [:]
        for run in runs { counts[run.status, default: 0] += 1 }
        print("Jobs: \(runs.count) — " + RunStatus.allCases.compactMap { s in counts[s].map { "\(s.rawValue) \($0)" } }
            .joined(separator: ", "))
        let platforms = try ReportData.runPlatforms(store: store, experiment: experiment)
        if !platforms.isEmpty { print("Platforms of completed runs (from their tags; — not recorded):") }
        for (p, count) in platforms {
            print("  \(count) run\(count == 1 ? "" : "s"): gaprun \(p.gaprunVersion ?? "—") commit \(p.commit.map { String($0.prefix(12)) } ?? "—")"
                  + " binary \(p.binary.map { String($0.prefix(12)) } ?? "—"), CPU \(p.cpu ?? "—"), BLAS \(p.blasCore ?? "—"), "
                  + "threads \(p.threads ?? "—")")
        }
        for warning in ReportEnvironment(gaprunVersion: "", gitCommit: nil, machine: "", generatedAt: nil,
                                         runPlatforms: platforms).mixWarnings {
            print("  warning: \(warning)")
        }
        // Cells whose answers a length limit cut (more than 2%): part of their P is the cut, not the student.
        for e in experiments where (experiment == nil || e.name == experiment) && e.source == "sweep" {
            guard let results = try? ReportData.load(store: store, experiment: e.name, databaseLabel: database.path).results
            else { continue }
            for cell in BudgetHitShare.cellsAboveWarning(results) {
                print("  warning: \(e.name): \(cell) hit the generation budget or the full context")
            }
        }
        let slurmOpen = runs.filter { $0.slurmJobID != nil && ($0.status == .pending || $0.status == .running) }
        let slurmStates: [String: SlurmTaskState] = slurmOpen.isEmpty || !SlurmClient.isAvailable ? [:]
            : SlurmClient().queue(arrayJobIDs: Array(Set(slurmOpen.compactMap { $0.slurmJobID?.split(separator: "_").first.map(String.init) }))) ?? [:]
        let runsDirectory = RunPaths.runsDirectory(forDatabase: database.path)
        let shown = runs.filter { all || ($0.status != .completed && ($0.status != .pending || $0.slurmJobID != nil)) }
        if !shown.isEmpty { print(all ? "Jobs:" : "Not completed:") }
        for run in shown {
            var line = "  \(run.configHash.prefix(12))  \(run.status.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) "
                + "\(run.student)/\(run.mix)/seed \(run.seed)  attempt \(run.attempt)"
            if let seconds = run.wallSeconds { line += String(format: "  %.0fs", seconds) }
            if let slurm = run.slurmJobID {
                line += "  slurm \(slurm)"
                if run.status == .pending || run.status == .running {
                    line += " " + (slurmStates[slurm]?.state
                        ?? (SlurmClient.isAvailable ? "not queued (run `gaprun collect`)" : "(no Slurm tools here to ask)"))
                }
            }
            print(line)
            if let error = run.error, run.status != .completed {
                let tail = error.split(separator: "\n").suffix(3).joined(separator: "\n      ")
                print("      \(tail)")
            }
            if let log = run.logPath, run.status != .completed || all { print("      log: \(log)") }
            if let slurm = run.slurmJobID, run.status != .completed || all {
                print("      slurm output: \(SlurmLauncher.outputPath(runsDirectory: runsDirectory, taskID: slurm))")
            }
        }
    }
}
