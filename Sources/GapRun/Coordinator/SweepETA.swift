// SweepETA: the time left in a sweep, from each job's estimated cost (JobCost.operations) and the measured seconds
// of the jobs that finished. It changes between completions: running jobs' elapsed time is subtracted from their
// expected time, and before any job finished the rate comes from running jobs' training step counters.
import Foundation

/// Seconds per estimated operation, learnt from finished (and running) jobs, and the remaining time it implies.
struct SweepETA {
    /// One running job: its estimated cost, the seconds it has run and, when known, the fraction of its training
    /// steps done.
    struct Running {
        var cost: JobCost
        var elapsed: Double
        var trainingFraction: Double?
    }

    private(set) var finishedOperations = 0.0
    private(set) var finishedSeconds = 0.0

    /// A job finished after `seconds`.
    mutating func finished(cost: JobCost, seconds: Double) {
        guard seconds > 0, cost.operations > 0 else { return }
        finishedOperations += cost.operations
        finishedSeconds += seconds
    }

    /// Seconds per operation: from finished jobs, else from running jobs at least 5 % into their training (their
    /// elapsed time over the training operations done so far); nil when nothing is known yet.
    func secondsPerOperation(running: [Running]) -> Double? {
        if finishedOperations > 0 { return finishedSeconds / finishedOperations }
        var seconds = 0.0, operations = 0.0
        for job in running {
            guard let fraction = job.trainingFraction, fraction >= 0.05 else { continue }
            seconds += job.elapsed
            operations += fraction * job.cost.trainingOperations
        }
        return operations > 0 ? seconds / operations : nil
    }

    /// Seconds until every job is done on `slots` parallel slots: running jobs keep their slots for what is left
    /// of their expected time; pending jobs, in the order they will start, each take the slot that frees first.
    /// Nil when no rate is known yet.
    func remainingSeconds(running: [Running], pending: [JobCost], slots: Int) -> Double? {
        guard let rate = secondsPerOperation(running: running) else { return nil }
        var free = running.map { max(0, $0.cost.operations * rate - $0.elapsed) }
        let width = max(1, slots, free.count)
        free += Array(repeating: 0, count: width - free.count)
        for cost in pending {
            let slot = free.indices.min { free[$0] < free[$1] }!
            free[slot] += cost.operations * rate
        }
        return free.max() ?? 0
    }
}
