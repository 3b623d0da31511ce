// SlurmRequest: what one job's Slurm task asks for — CPUs, memory, time limit, GPUs — derived from the job unless
// the grid's `slurm:` section or a flag fixes it, and the grouping of jobs into one array per distinct request.
import Foundation
import GapGrid

/// The resources one array task asks for. Jobs with equal requests share an array.
public struct SlurmRequest: Sendable, Hashable {
    /// `--cpus-per-task`.
    public var cpus: Int
    /// `--mem` text (`768M`, `4G`, `0`); nil asks for the cluster's default.
    public var memory: String?
    /// `--time` text; nil leaves the partition's default limit.
    public var time: String?
    /// `--gres=gpu:N` when above 0.
    public var gpus: Int

    public init(cpus: Int, memory: String?, time: String?, gpus: Int) {
        self.cpus = cpus; self.memory = memory; self.time = time; self.gpus = gpus
    }

    /// Memory requests are whole multiples of this many MiB.
    public static let memoryStepMiB = 256
    /// The smallest derived memory request, in MiB.
    public static let memoryFloorMiB = 512
    /// Headroom on the estimated peak (allocator slack, page tables, thread stacks): 10 %, the estimate itself
    /// being an upper bound (measured peaks are 71–79 % of it; docs/scale-out.md).
    public static let memoryHeadroom = 1.1
    /// Floating-point operations per second and thread assumed for a derived time limit: about a quarter of what
    /// the quickstart measured on a 2-core Xeon (1.9e10 per core, OpenBLAS on its generic kernels), and close to
    /// what it got with six processes per core (docs/scale-out.md).
    public static let assumedOperationsPerSecond = 5.0e9
    /// A derived time limit is this many times the estimate at `assumedOperationsPerSecond`…
    public static let timeFactor = 3.0
    /// …rounded up to the next of these limits (15 min, 30 min, 1 h, 2 h, 4 h, 8 h, 12 h, 1 d, 2 d, 4 d, 7 d), so
    /// that jobs of similar cost share an array instead of each asking a slightly different time.
    public static let timeLadderSeconds = [900, 1800, 3600, 7200, 14400, 28800, 43200, 86400, 172_800, 345_600, 604_800]
    /// The shortest derived time limit.
    public static var minimumTimeSeconds: Int { timeLadderSeconds[0] }

    /// The request of `job`: each field from `settings` when set there, otherwise derived from the job.
    public init(job: PlannedJob, cost: JobCost, settings: SlurmSettings, commandResources: CommandResources) {
        let inProcess = job.spec.studentConfiguration.isInProcess
        let threads = max(1, job.spec.train.threads)
        cpus = settings.cpusPerTask ?? (inProcess ? threads : commandResources.cpus ?? 1)
        gpus = inProcess ? 0 : commandResources.gpus
        memory = settings.memory ?? cost.peakBytes.map { Self.memoryText(bytes: $0) }
        if let time = settings.time {
            self.time = time
        } else if inProcess {
            let seconds = cost.operations / (Self.assumedOperationsPerSecond * Double(threads)) * Self.timeFactor
            self.time = Self.timeText(seconds: Self.roundedTimeSeconds(seconds))
        } else {
            self.time = nil
        }
    }

    /// `--mem` for an estimated peak: with headroom, rounded up to `memoryStepMiB`, at least `memoryFloorMiB`.
    public static func memoryMiB(bytes: Int) -> Int {
        let mib = Double(bytes) * memoryHeadroom / Double(1 << 20)
        let steps = Int((mib / Double(memoryStepMiB)).rounded(.up))
        return max(memoryFloorMiB, steps * memoryStepMiB)
    }

    /// `768M`, or `2G` when a whole number of GiB.
    public static func memoryText(bytes: Int) -> String {
        let mib = memoryMiB(bytes: bytes)
        return mib % 1024 == 0 ? "\(mib / 1024)G" : "\(mib)M"
    }

    /// Seconds rounded up to the next step of `timeLadderSeconds` (past the last, to whole days).
    public static func roundedTimeSeconds(_ seconds: Double) -> Int {
        if let step = timeLadderSeconds.first(where: { Double($0) >= seconds }) { return step }
        return Int((seconds / 86400).rounded(.up)) * 86400
    }

    /// Slurm's `H:MM:SS`, or `D-HH:MM:SS` from a day up.
    public static func timeText(seconds: Int) -> String {
        let days = seconds / 86400, hours = (seconds % 86400) / 3600, minutes = (seconds % 3600) / 60
        let rest = seconds % 60
        return days > 0 ? String(format: "%d-%02d:%02d:%02d", days, hours, minutes, rest)
            : String(format: "%d:%02d:%02d", hours, minutes, rest)
    }

    /// The `#SBATCH` options of this request.
    public var directives: [String] {
        var lines = ["--cpus-per-task=\(cpus)"]
        if let memory { lines.append("--mem=\(memory)") }
        if let time { lines.append("--time=\(time)") }
        if gpus > 0 { lines.append("--gres=gpu:\(gpus)") }
        return lines
    }

    /// `1 CPU, 768M, 0:15:00` for listings.
    public var summary: String {
        var parts = ["\(cpus) CPU\(cpus == 1 ? "" : "s")"]
        if gpus > 0 { parts.append("\(gpus) GPU\(gpus == 1 ? "" : "s")") }
        parts.append(memory.map { $0 == "0" ? "mem 0" : $0 } ?? "default mem")
        parts.append(time ?? "default time")
        return parts.joined(separator: ", ")
    }

    /// Every job's request as it would be submitted (its array's), keyed by job id (for listings).
    public static func byJob(_ jobs: [PlannedJob], settings: SlurmSettings, commandResources: CommandResources)
        -> [String: SlurmRequest] {
        var requests: [String: SlurmRequest] = [:]
        for array in arrays(jobs, settings: settings, commandResources: commandResources) {
            for job in array.jobs { requests[job.id] = array.request }
        }
        return requests
    }

    /// One array per resource shape (CPUs, memory, GPUs), so small jobs never wait behind a large request; an
    /// array's time limit is the longest of its jobs'. Jobs are costliest first within an array, and arrays are
    /// ordered by their costliest job, so the order is deterministic and large jobs are submitted first.
    public static func arrays(_ jobs: [PlannedJob], settings: SlurmSettings, commandResources: CommandResources)
        -> [(request: SlurmRequest, jobs: [PlannedJob])] {
        var groups: [SlurmRequest: (request: SlurmRequest, jobs: [PlannedJob])] = [:]
        var order: [SlurmRequest] = []
        for job in JobCost.costliestFirst(jobs) {
            let request = SlurmRequest(job: job, cost: JobCost(job), settings: settings, commandResources: commandResources)
            var shape = request
            shape.time = nil
            if var group = groups[shape] {
                group.jobs.append(job)
                if let time = request.time,
                   (group.request.time.flatMap(SlurmSettings.timeLimitSeconds) ?? 0) < (SlurmSettings.timeLimitSeconds(time) ?? 0) {
                    group.request.time = time
                }
                groups[shape] = group
            } else {
                order.append(shape)
                groups[shape] = (request, [job])
            }
        }
        return order.map { groups[$0]! }
    }
}
