// `train.length_groups` in grids: parsed, swept, checked against batch_size, and part of a job id only when not 1.
import Foundation
import GapCore
import Testing
@testable import GapGrid

struct LengthGroupGridTests {
    private func ids(_ text: String) throws -> [String] {
        GridExpander.expand(try grid(text)).map { JobIdentity.id(for: $0, versions: testVersions) }
    }

    @Test func theKeyParsesAndChangesTheIdOnlyWhenNotOne() throws {
        let grouped = GridExpander.expand(try grid(minimalGrid + "train: {length_groups: 4}\n"))
        #expect(grouped.allSatisfy { $0.train.lengthGroups == 4 })
        let plain = try ids(minimalGrid)
        #expect(Set(plain).isDisjoint(with: try ids(minimalGrid + "train: {length_groups: 4}\n")))
        #expect(try ids(minimalGrid + "train: {length_groups: 1}\n") == plain)
        // a job without the key hashes no trace of it, so ids made before the key existed stay valid
        let job = try #require(GridExpander.expand(try grid(minimalGrid)).first)
        #expect(!JobIdentity.canonicalJSON(for: job, versions: testVersions).contains("length_groups"))
        #expect(job.train.lengthGroups == 1)
        let groupedJob = try #require(grouped.first)
        #expect(JobIdentity.canonicalJSON(for: groupedJob, versions: testVersions).contains("\"length_groups\":4"))
        #expect(JobIdentity.trainingID(for: groupedJob, versions: testVersions)
                != JobIdentity.trainingID(for: job, versions: testVersions))
    }

    @Test func itCanBeSwept() throws {
        let jobs = GridExpander.expand(try grid(minimalGrid + "sweep: {train.length_groups: [1, 4]}\n"))
        #expect(jobs.map(\.train.lengthGroups) == [1, 4, 1, 4])
    }

    @Test func badValuesAreRefusedByName() {
        let zero = gridError(minimalGrid + "train: {length_groups: 0}\n")
        #expect(zero?.contains("`train.length_groups` must be positive") == true, "\(zero ?? "parsed")")
        let tooMany = gridError(minimalGrid + "train: {batch_size: 8, length_groups: 9}\n")
        #expect(tooMany?.contains("`train.length_groups` (9) is larger than `train.batch_size` (8)") == true,
                "\(tooMany ?? "parsed")")
        #expect(gridError(minimalGrid + "train: {batch_size: 8, length_groups: 8}\n") == nil)
    }
}
