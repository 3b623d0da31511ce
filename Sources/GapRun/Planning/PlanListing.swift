// PlanListing: what `gaprun plan` and `gaprun sweep --dry-run` print — one row per job (id prefix, axes, swept
// values, status and needed stage when a database is given, the Slurm request under `--backend slurm`) and the
// counts; as a table or as JSON.
import Foundation
import GapGrid
import GapStore

public enum PlanListing {
    /// The job table, then a line of counts (per status too, when `statuses` is given).
    /// `stages` adds the stage column: what each job still needs (`train`, `generate`, `judge`, or `done`).
    /// `requests` (job id → Slurm request) adds a request column and a line naming the arrays a Slurm sweep would submit.
    public static func text(grid: GridSpec, jobs: [PlannedJob], statuses: [String: RunStatus]?,
                            stages: [String: JobStageNeed]? = nil, requests: [String: SlurmRequest]? = nil) -> String {
        let sweptKeys = grid.sweep.map(\.key)
        let header = ["id", "student", "mix", "seed"] + sweptKeys + (statuses == nil ? [] : ["status"])
            + (stages == nil ? [] : ["stage"]) + (requests == nil ? [] : ["slurm request"])
        let rows = jobs.map { job in
            [job.shortID, job.spec.student, job.spec.mix, String(job.spec.seed)] + sweptKeys.map { job.spec.sweptValues[$0] ?? "" }
                + (statuses.map { [$0[job.id]?.rawValue ?? "NEW"] } ?? [])
                + (stages.map { [$0[job.id]?.name ?? "train"] } ?? [])
                + (requests.map { [$0[job.id]?.summary ?? ""] } ?? [])
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        var lines = ([header] + rows).map { line in
            zip(line, widths).map { $0.0.padding(toLength: $0.1, withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        let counts = Counts(grid: grid, jobs: jobs, statuses: statuses)
        var factors = ["\(counts.students) student\(counts.students == 1 ? "" : "s")",
                       "\(counts.mixes) mix\(counts.mixes == 1 ? "" : "es")",
                       "\(counts.seeds) seed\(counts.seeds == 1 ? "" : "s")"]
        if !grid.sweep.isEmpty { factors.append("\(counts.sweptValues) swept value\(counts.sweptValues == 1 ? "" : "s")") }
        var total = "\(grid.name): \(counts.jobs) job\(counts.jobs == 1 ? "" : "s") (\(factors.joined(separator: " × ")) = "
            + "\(counts.cells) cells, \(counts.excluded) excluded)"
        if let byStatus = counts.byStatus {
            total += "; " + byStatus.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        if let stages {
            var byStage: [String: Int] = [:]
            for job in jobs { byStage[stages[job.id]?.name ?? "train", default: 0] += 1 }
            total += "; stages: " + ["train", "generate", "judge", "done"].compactMap { name in
                byStage[name].map { "\(name) \($0)" }
            }.joined(separator: ", ")
        }
        lines.append(total)
        if let requests {
            var counts: [SlurmRequest: Int] = [:]
            var order: [SlurmRequest] = []
            for job in jobs { if let request = requests[job.id] { if counts[request] == nil { order.append(request) }; counts[request, default: 0] += 1 } }
            lines.append("slurm: \(order.count) array\(order.count == 1 ? "" : "s"): "
                         + order.map { "\(counts[$0]!) × (\($0.summary))" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// The same as JSON: full ids, axes, statuses and counts.
    public static func json(grid: GridSpec, jobs: [PlannedJob], statuses: [String: RunStatus]?,
                            stages: [String: JobStageNeed]? = nil, requests: [String: SlurmRequest]? = nil) throws -> String {
        let output = Output(grid: grid.name, source: grid.sourcePath,
                            jobs: jobs.map { job in
                                Row(id: job.id, student: job.spec.student, mix: job.spec.mix, seed: job.spec.seed,
                                    swept: job.spec.sweptValues, status: statuses.map { $0[job.id]?.rawValue ?? "NEW" },
                                    stage: stages.map { $0[job.id]?.name ?? "train" },
                                    slurmRequest: requests?[job.id]?.directives,
                                    estimate: requests == nil ? nil : Estimate(JobCost(job)))
                            },
                            counts: Counts(grid: grid, jobs: jobs, statuses: statuses))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(output), as: UTF8.self)
    }

    private struct Row: Encodable {
        var id: String, student: String, mix: String, seed: Int, swept: [String: String], status: String?, stage: String?
        var slurmRequest: [String]?
        var estimate: Estimate?
        enum CodingKeys: String, CodingKey {
            case id, student, mix, seed, swept, status, stage, slurmRequest = "slurm_request", estimate
        }
    }

    /// A job's cost estimate as `plan --json --backend slurm` shows it.
    private struct Estimate: Encodable {
        var operations: Double, peakMiB: Int?
        init(_ cost: JobCost) { operations = cost.operations; peakMiB = cost.peakBytes.map { $0 >> 20 } }
        enum CodingKeys: String, CodingKey { case operations, peakMiB = "peak_mib" }
    }

    private struct Counts: Encodable {
        var jobs: Int, cells: Int, excluded: Int, students: Int, mixes: Int, seeds: Int, sweptValues: Int
        var byStatus: [String: Int]?
        init(grid: GridSpec, jobs: [PlannedJob], statuses: [String: RunStatus]?) {
            self.jobs = jobs.count
            cells = GridExpander.cellCount(grid)
            excluded = cells - jobs.count
            students = grid.students.count; mixes = grid.mixes.count; seeds = grid.seeds.count
            sweptValues = grid.sweep.reduce(1) { $0 * $1.values.count }
            byStatus = statuses.map { statuses in
                var counts: [String: Int] = [:]
                for job in jobs { counts[statuses[job.id]?.rawValue ?? "NEW", default: 0] += 1 }
                return counts
            }
        }
        enum CodingKeys: String, CodingKey {
            case jobs, cells, excluded, students, mixes, seeds, sweptValues = "swept_values", byStatus = "by_status"
        }
    }

    private struct Output: Encodable {
        var grid: String, source: String, jobs: [Row], counts: Counts
    }
}
