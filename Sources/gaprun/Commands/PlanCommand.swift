// `gaprun plan`: loads and validates a grid file, then lists every job it expands to (id prefix, axes, swept
// values) and the counts. Runs nothing and opens no database (status per job arrives with `--db`).
import ArgumentParser
import Foundation
import GapCore
import GapGrid
import GapRun

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "List the jobs a grid file expands to, with their status.",
        discussion: "Every problem in the grid file is reported as `file:line:column: message (hint: …)` before anything runs.")

    @Argument(help: "Grid file (YAML, usually experiments/*.conf).")
    var grid: String

    @Flag(help: "Print JSON (jobs with full ids, and the counts) instead of a table.")
    var json = false

    /// Placeholder names until the lead wires in the teacher, benchmark and scorer registries.
    static let vocabulary = GridVocabulary(
        teachers: ["short", "long", "large", "small"],
        benchmarks: ["gsm-synth", "math-synth", "amc-synth", "gsm8k", "math500", "math", "aime24", "amc23", "olympiadbench"],
        scorers: ["gaprun", "paper-rule", "gsm8k-flexible"])

    func run() async throws {
        let spec = try GridSpec.load(path: grid, vocabulary: Self.vocabulary)
        let jobs = GridExpander.expand(spec)
        let rows = jobs.map { job in
            PlanRow(id: JobIdentity.id(for: job, versions: .current), student: job.student, mix: job.mix, seed: job.seed,
                    swept: job.sweptValues)
        }
        let cells = GridExpander.cellCount(spec)
        let counts = PlanCounts(jobs: jobs.count, cells: cells, excluded: cells - jobs.count, students: spec.students.count,
                                mixes: spec.mixes.count, seeds: spec.seeds.count,
                                sweptValues: spec.sweep.reduce(1) { $0 * $1.values.count })
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let output = PlanOutput(grid: spec.name, source: spec.sourcePath, jobs: rows, counts: counts)
            print(String(decoding: try encoder.encode(output), as: UTF8.self))
            return
        }
        printTable(rows, sweptKeys: spec.sweep.map(\.key))
        var factors = ["\(counts.students) student\(counts.students == 1 ? "" : "s")",
                       "\(counts.mixes) mix\(counts.mixes == 1 ? "" : "es")",
                       "\(counts.seeds) seed\(counts.seeds == 1 ? "" : "s")"]
        if !spec.sweep.isEmpty { factors.append("\(counts.sweptValues) swept value\(counts.sweptValues == 1 ? "" : "s")") }
        print("\(spec.name): \(counts.jobs) job\(counts.jobs == 1 ? "" : "s") (\(factors.joined(separator: " × ")) = \(cells) cells, \(counts.excluded) excluded)")
    }

    private func printTable(_ rows: [PlanRow], sweptKeys: [String]) {
        let header = ["id", "student", "mix", "seed"] + sweptKeys
        let lines = rows.map { row in
            [String(row.id.prefix(12)), row.student, row.mix, String(row.seed)] + sweptKeys.map { row.swept[$0] ?? "" }
        }
        let widths = header.indices.map { column in ([header] + lines).map { $0[column].count }.max() ?? 0 }
        for line in [header] + lines {
            print(zip(line, widths).map { $0.0.padding(toLength: $0.1, withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
    }
}

/// One job in `gaprun plan --json`.
private struct PlanRow: Encodable {
    var id: String
    var student: String
    var mix: String
    var seed: Int
    var swept: [String: String]
}

/// The totals in `gaprun plan --json`.
private struct PlanCounts: Encodable {
    var jobs: Int
    var cells: Int
    var excluded: Int
    var students: Int
    var mixes: Int
    var seeds: Int
    var sweptValues: Int
    enum CodingKeys: String, CodingKey {
        case jobs, cells, excluded, students, mixes, seeds, sweptValues = "swept_values"
    }
}

private struct PlanOutput: Encodable {
    var grid: String
    var source: String
    var jobs: [PlanRow]
    var counts: PlanCounts
}
