// `train.length_groups` at plan time: its own job ids, and a training estimate that counts each group's padding.
import Foundation
import GapCore
import GapGrid
import Testing
@testable import GapRun

struct LengthGroupPlanTests {
    func plan(_ train: String) throws -> [PlannedJob] {
        let dir = try CLIHarness.temporaryDirectory("length-groups")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.conf").path
        try """
        students:
          s: {layers: 1, channels: 16, heads: 2, context_length: 960}
        mixes: {short: {short: 1.0}, long: {long: 1.0}}
        seeds: [0]
        data: {problems: 300}
        train: \(train)
        eval: {max_new_tokens: 800}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return try SweepPlanner.plan(gridPath: path).jobs
    }

    @Test func groupsGetTheirOwnIdsAndACheaperTrainingEstimate() throws {
        let plain = try plan("{steps: 100}")
        let one = try plan("{steps: 100, length_groups: 1}")
        let four = try plan("{steps: 100, length_groups: 4}")
        #expect(plain.map(\.id) == one.map(\.id))
        #expect(plain.map(\.trainingID) == one.map(\.trainingID))
        #expect(Set(plain.map(\.id)).isDisjoint(with: four.map(\.id)))
        for (whole, grouped) in zip(plain, four) {
            let (wholeCost, groupedCost) = (JobCost(whole).trainingOperations, JobCost(grouped).trainingOperations)
            // each group pads to a lower percentile of the mix's lengths than the whole batch does
            #expect(groupedCost < 0.95 * wholeCost && groupedCost > 0.3 * wholeCost,
                    "\(whole.spec.mix): \(groupedCost) against \(wholeCost)")
            #expect(JobCost(whole).peakBytes == JobCost(grouped).peakBytes)
        }
    }
}
