// `gaprun plan`: validate a grid file and list every job it expands to (id prefix, axes, swept values, and with `--db`
// the status of each and the stage it needs: train, generate, judge or none; each job's Slurm request under
// `--backend slurm`), then the counts. Runs nothing and writes nothing.
import ArgumentParser
import Foundation
import GapCore
import GapGrid
import GapRun
import GapStore

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "List the jobs a grid file expands to, with their status.",
        discussion: "Every problem in the grid file is reported as `file:line:column: message (hint: …)` before anything runs.")

    @Argument(help: "Grid file (YAML, usually experiments/*.conf).")
    var grid: String

    @Option(name: .customLong("db"), help: "A results database: show each job's status in it (read only).")
    var database: String?

    @Flag(help: "Print JSON (jobs with full ids, and the counts) instead of a table.")
    var json = false

    @Option(help: "Plan for this backend (inprocess, command or slurm); slurm adds each job's request (CPUs, memory, time).")
    var backend: String?

    func validate() throws {
        if let backend, !Backend.names.contains(backend) {
            throw ValidationError("--backend must be inprocess, command or slurm (got '\(backend)')")
        }
    }

    func run() throws {
        let (spec, jobs) = try SweepPlanner.plan(gridPath: grid, backendOverride: backend)
        var statuses: [String: RunStatus]?
        var stages: [String: JobStageNeed]?
        if let database {
            guard FileManager.default.fileExists(atPath: database) else {
                throw CLIError("\(database): no such database (hint: it is created by `gaprun sweep \(grid) --db \(database)`)")
            }
            let store = try ResultStore.openReadOnly(path: database)
            statuses = try store.statuses(configHashes: jobs.map(\.id))
            stages = try JobStages.plan(jobs, store: store, runsDirectory: RunPaths.runsDirectory(forDatabase: database))
        }
        let requests = spec.place == .slurm
            ? SlurmRequest.byJob(jobs, settings: spec.slurm ?? SlurmSettings(), commandResources: spec.commandResources) : nil
        print(json ? try PlanListing.json(grid: spec, jobs: jobs, statuses: statuses, stages: stages, requests: requests)
                   : PlanListing.text(grid: spec, jobs: jobs, statuses: statuses, stages: stages, requests: requests))
        if !json { for line in try GenerationBudget.describe(grid: spec, jobs: jobs.map(\.spec)) { print(line) } }
    }
}
