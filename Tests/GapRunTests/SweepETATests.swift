// The sweep's ETA from estimated costs and measured times (no clock: elapsed seconds are given), and the
// costliest-first order of pending jobs.
import Foundation
import GapGrid
import Testing
@testable import GapRun

struct SweepETATests {
    func cost(_ operations: Double, training: Double? = nil) -> JobCost {
        JobCost(operations: operations, trainingOperations: training ?? operations, peakBytes: nil)
    }

    @Test func nothingKnownGivesNoETA() {
        let eta = SweepETA()
        #expect(eta.remainingSeconds(running: [.init(cost: cost(100), elapsed: 5, trainingFraction: nil)],
                                     pending: [cost(100)], slots: 2) == nil)
        // Under 5 % of training is too little to judge by.
        #expect(eta.remainingSeconds(running: [.init(cost: cost(100), elapsed: 5, trainingFraction: 0.01)],
                                     pending: [], slots: 2) == nil)
    }

    @Test func finishedJobsSetTheRateAndPendingJobsFillTheSlotThatFreesFirst() throws {
        var eta = SweepETA()
        eta.finished(cost: cost(100), seconds: 50)          // 0.5 s per operation
        // Two slots: one running job with 20 s left (100 × 0.5 − 30); pending 100 and 40 → 50 s and 20 s.
        let remaining = try #require(eta.remainingSeconds(
            running: [.init(cost: cost(100), elapsed: 30, trainingFraction: 0.6)], pending: [cost(100), cost(40)], slots: 2))
        // Slot A: 20 (running) + 20 (the 40-op job) = 40; slot B: 50 (the 100-op job) → 50.
        #expect(remaining == 50)
    }

    @Test func theETAFallsWhileJobsRunWithoutAnyFinishing() throws {
        var eta = SweepETA()
        eta.finished(cost: cost(100), seconds: 100)
        let pending = [cost(200)]
        let early = try #require(eta.remainingSeconds(
            running: [.init(cost: cost(300), elapsed: 10, trainingFraction: nil)], pending: pending, slots: 1))
        let later = try #require(eta.remainingSeconds(
            running: [.init(cost: cost(300), elapsed: 100, trainingFraction: nil)], pending: pending, slots: 1))
        #expect(early == 490 && later == 400)
    }

    @Test func beforeAnyJobFinishesTheRateComesFromTrainingProgress() throws {
        let eta = SweepETA()
        // 40 s for 50 % of 80 training operations → 1 s per operation; the job has 100 − 40 = 60 s left.
        let remaining = try #require(eta.remainingSeconds(
            running: [.init(cost: cost(100, training: 80), elapsed: 40, trainingFraction: 0.5)], pending: [], slots: 2))
        #expect(remaining == 60)
    }

    @Test func costliestJobsStartFirstAndTiesKeepGridOrder() throws {
        let dir = try CLIHarness.temporaryDirectory("order")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.conf").path
        try """
            students:
              small: {layers: 1, channels: 16, heads: 2, context_length: 128}
              large: {layers: 2, channels: 32, heads: 2, context_length: 128}
            mixes: {short: {short: 1.0}, long: {long: 1.0}}
            seeds: [0, 1]
            eval: {allow_short_budget: true}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let (_, jobs) = try SweepPlanner.plan(gridPath: path)
        let ordered = JobCost.costliestFirst(jobs)
        #expect(ordered.map(\.spec.student) == ["large", "large", "large", "large", "small", "small", "small", "small"])
        // Within a student the grid order stays: (short, 0), (short, 1), (long, 0), (long, 1).
        #expect(ordered.prefix(4).map(\.id) == jobs.filter { $0.spec.student == "large" }.map(\.id))
        #expect(JobCost.costliestFirst(jobs).map(\.id) == ordered.map(\.id))
    }
}
