// Run provenance: the worker's tags name the version, embedded commit, binary hash and CPU; the report's environment
// groups completed runs by them and warns when one table mixes commits, binaries or CPUs.
import Foundation
import GapCore
@testable import GapReport
@testable import GapResults
@testable import GapRun
import GapStore
import Testing

@Test func provenanceTagsNameVersionCommitBinaryAndCPU() throws {
    let tags = RunProvenance.tags(threads: 2)
    #expect(tags["gaprun_version"] == gaprunReleaseVersion)
    #expect(tags["gaprun_commit"] == gaprunSourceCommit)
    #expect(gaprunSourceCommit == "unknown" || (gaprunSourceCommit.count == 40 && gaprunSourceCommit.allSatisfy(\.isHexDigit)))
    #expect(tags["binary_sha256"]?.count == 64)
    #expect(tags["threads"] == "2")
    for key in ["cpu_model_name", "cpu_family", "cpu_model", "blas_core", "os_kernel", "host"] { #expect(tags[key] != nil, "\(key)") }
    #expect(Set(tags.keys).isSubset(of: Set(ResultStore.provenanceTagKeys)))
}

@Test func reportEnvironmentGroupsRunsAndWarnsWhenPlatformsMix() throws {
    let store = try ResultStore.inMemory()
    let experiment = try store.registerExperiment(name: "e", gridPath: nil, gridText: nil, gaps: [])
    let base = RunProvenance.tags(threads: 1)
    let variants: [[String: String]] = [base, base, base.merging(["blas_core": "NotThisMachine"]) { $1 },
                                        base.merging(["gaprun_commit": String(repeating: "e", count: 40)]) { $1 }]
    for (index, tags) in variants.enumerated() {
        let hash = "run\(index)"
        try store.registerJobs([JobRegistration(configHash: hash, student: "s", studentParameters: 1, studentSize: 1, mix: "m",
                                                seed: index, sweptJSON: "{}", backend: "inprocess", source: "inprocess",
                                                configJSON: "{}", versionsJSON: "{}")], experimentID: experiment)
        try store.record(RunOutcome(configHash: hash, benchmarks: [BenchmarkOutcome(benchmark: "b", correct: 1, total: 2,
                                    scorer: "gaprun", scorerVersion: "1")], tags: tags, startedAt: "t", endedAt: "t",
                                    wallSeconds: 1))
    }
    let platforms = try ReportData.runPlatforms(store: store, experiment: "e")
    #expect(platforms.map(\.runs) == [2, 1, 1])
    let environment = ReportEnvironment(gaprunVersion: "0", gitCommit: nil, machine: "m", generatedAt: nil, runPlatforms: platforms)
    #expect(environment.mixWarnings.count == 2)
    #expect(environment.mixWarnings.contains { $0.hasPrefix("the runs mix source commits (") && $0.contains("`eeeeeeeeeeee`") })
    #expect(environment.mixWarnings.contains { $0.hasPrefix("the runs mix CPUs or BLAS kernel sets (") && $0.contains("NotThisMachine") })
    let same = ReportEnvironment(gaprunVersion: "0", gitCommit: nil, machine: "m", generatedAt: nil,
                                 runPlatforms: [platforms[0]])
    #expect(same.mixWarnings.isEmpty)
}

@Test(.enabled(if: CLIHarness.hasBinary, "build gaprun first: swift build --build-tests"))
func versionNamesTheEmbeddedCommit() throws {
    let dir = try CLIHarness.temporaryDirectory("version")
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLIHarness.run(["--version"], in: dir)
    #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            == "\(gaprunReleaseVersion) (commit \(gaprunSourceCommit.prefix(12)))")
}
