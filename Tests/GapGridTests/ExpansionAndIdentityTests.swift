// Expansion (order, counts, include/exclude, swept values) and job identity (stability, sharing, sensitivity).
import Foundation
import GapCore
import Testing
@testable import GapGrid

struct ExpansionTests {
    @Test(arguments: [("quickstart.conf", 18), ("paper-toy.conf", 90), ("mix-weight.conf", 21)])
    func experimentJobCounts(file: String, jobs: Int) throws {
        let spec = try GridSpec.load(path: Fixtures.experiments + "/" + file, vocabulary: testVocabulary)
        #expect(GridExpander.expand(spec).count == jobs)
        #expect(GridExpander.cellCount(spec) == jobs)
    }

    @Test func workedExampleOrderAndExclusion() throws {
        let spec = try grid("""
        students:
          s-a: {layers: 1, channels: 32, heads: 2, context_length: 128}
          s-b: {layers: 1, channels: 32, heads: 2, context_length: 128}
        mixes: {short: {short: 1.0}, long: {long: 1.0}}
        seeds: [0, 1]
        sweep: {train.learning_rate: [0.001, 0.003]}
        exclude: [{student: s-b, mix: long}]
        """)
        let jobs = GridExpander.expand(spec)
        #expect(GridExpander.cellCount(spec) == 16)
        #expect(jobs.count == 12)
        let rows = jobs.map { "\($0.student) \($0.mix) \($0.seed) \($0.sweptValues["train.learning_rate"]!)" }
        #expect(Array(rows.prefix(5)) == ["s-a short 0 0.001", "s-a short 0 0.003", "s-a short 1 0.001", "s-a short 1 0.003",
                                          "s-a long 0 0.001"])
        #expect(rows.last == "s-b short 1 0.003")
        #expect(!rows.contains { $0.hasPrefix("s-b long") })
        #expect(jobs.map(\.train.learningRate).prefix(2) == [0.001, 0.003])
    }

    @Test func laterSweptKeyVariesFastest() throws {
        let spec = try grid(minimalGrid + "sweep: {train.steps: [10, 20], data.paired: [true, false]}\ntrain: {warmup_steps: 5}\n")
        let jobs = GridExpander.expand(spec).filter { $0.mix == "short" }
        #expect(jobs.map { "\($0.train.steps)/\($0.data.paired)" } == ["10/true", "10/false", "20/true", "20/false"])
        #expect(jobs[1].sweptValues == ["train.steps": "10", "data.paired": "false"])
    }

    @Test func includeKeepsMatchingCellsAndExcludeWins() throws {
        let spec = try GridSpec.load(path: Fixtures.good + "/full.conf", vocabulary: testVocabulary)
        let jobs = GridExpander.expand(spec)
        #expect(GridExpander.cellCount(spec) == 48)
        // s-a: 3 mixes × 2 seeds × 4 swept = 24; s-b: only mix-long (include), only seed 0 (exclude) × 4 = 4.
        #expect(jobs.count == 28)
        #expect(jobs.filter { $0.student == "s-b" }.allSatisfy { $0.mix == "mix-long" && $0.seed == 0 })
        #expect(Set(jobs.map { JobIdentity.id(for: $0, versions: testVersions) }).count == 28)
    }

    @Test func jobsCarryTheResolvedSections() throws {
        let spec = try GridSpec.load(path: Fixtures.good + "/external.conf", vocabulary: testVocabulary)
        let job = try #require(GridExpander.expand(spec).first)
        #expect(job.student == "qwen-0.5b" && job.studentConfiguration.model == "Qwen/Qwen2.5-0.5B-Instruct")
        #expect(job.mixWeights == ["long": 1.0] && job.seed == 0 && job.sweptValues.isEmpty)
        #expect(job.backend == "command" && job.commands["generate"] == "python gen.py --model {model} --out {predictions}")
        #expect(job.eval.scorer == "gsm8k-flexible" && job.eval.benchmarks == ["gsm8k", "math500"])
    }
}

struct JobIdentityTests {
    private func ids(_ path: String) throws -> [String: String] {
        let spec = try GridSpec.load(path: path, vocabulary: testVocabulary)
        var ids: [String: String] = [:]
        for job in GridExpander.expand(spec) { ids["\(job.student)/\(job.mix)/\(job.seed)"] = JobIdentity.id(for: job, versions: testVersions) }
        return ids
    }

    @Test func twoGridFilesSharingACellShareItsId() throws {
        let a = try ids(Fixtures.good + "/derived-a.conf")
        let b = try ids(Fixtures.good + "/derived-b.conf")
        // Same student, mix, seed and settings (checkpoint_every differs, but cannot change results).
        #expect(a["s-b/short/0"] != nil && a["s-b/short/0"] == b["s-b/short/0"])
        #expect(a["s-b/long/0"] == b["s-b/long/0"])
        // mix-long has other weights in b, so it is another job.
        #expect(a["s-b/mix-long/0"] != b["s-b/mix-long/0"])
        #expect(Set(a.values).count == a.count)
    }

    @Test func changingOneTrainingValueChangesEveryId() throws {
        let before = try grid(minimalGrid + "train: {learning_rate: 0.003}\n")
        let after = try grid(minimalGrid + "train: {learning_rate: 0.002}\n")
        let idsBefore = GridExpander.expand(before).map { JobIdentity.id(for: $0, versions: testVersions) }
        let idsAfter = GridExpander.expand(after).map { JobIdentity.id(for: $0, versions: testVersions) }
        #expect(idsBefore.count == 2 && Set(idsBefore).isDisjoint(with: idsAfter))
        // Writing the default explicitly, or as `3e-3`, changes nothing.
        let spelled = try grid(minimalGrid + "train: {learning_rate: 3e-3}\n")
        let implicit = try grid(minimalGrid)
        #expect(GridExpander.expand(spelled).map { JobIdentity.id(for: $0, versions: testVersions) } == idsBefore)
        #expect(GridExpander.expand(implicit).map { JobIdentity.id(for: $0, versions: testVersions) } == idsBefore)
    }

    @Test func aSweptCellSharesItsIdWithTheSameFixedCell() throws {
        let swept = try grid(minimalGrid + "sweep: {train.learning_rate: [0.002, 0.005]}\n")
        let fixed = try grid(minimalGrid + "train: {learning_rate: 0.002}\n")
        let sweptIds = GridExpander.expand(swept).filter { $0.train.learningRate == 0.002 }.map { JobIdentity.id(for: $0, versions: testVersions) }
        let fixedIds = GridExpander.expand(fixed).map { JobIdentity.id(for: $0, versions: testVersions) }
        #expect(sweptIds.count == 2 && sweptIds == fixedIds)
    }

    @Test func resultIndependentSettingsDoNotChangeIds() throws {
        var job = JobSpec(student: "s", studentConfiguration: .init(layerCount: 1, channels: 8, headCount: 2, contextLength: 16),
                          mix: "short", mixWeights: ["short": 1], seed: 3)
        let id = JobIdentity.id(for: job, versions: testVersions)
        job.train.checkpointEvery = 7
        #expect(JobIdentity.id(for: job, versions: testVersions) == id)
        // Thread counts change floating-point summation order, hence results (docs/trainer.md): part of the id.
        var threaded = job
        threaded.train.threads = 2
        #expect(JobIdentity.id(for: threaded, versions: testVersions) != id)
        job.eval.maxNewTokens += 1
        #expect(JobIdentity.id(for: job, versions: testVersions) != id)
    }

    /// Where a job runs (local workers or Slurm) never changes its id; what runs it does.
    @Test func whereAJobRunsDoesNotChangeItsIdButWhatRunsItDoes() {
        let inProcess = JobSpec(student: "s", studentConfiguration: .init(layerCount: 1, channels: 8, headCount: 2, contextLength: 16),
                                mix: "short", mixWeights: ["short": 1], seed: 3)
        var viaSlurm = inProcess; viaSlurm.backend = "slurm"
        var withUnusedCommands = viaSlurm; withUnusedCommands.commands = ["train": "x"]
        let id = JobIdentity.id(for: inProcess, versions: testVersions)
        #expect(JobIdentity.id(for: viaSlurm, versions: testVersions) == id)
        #expect(JobIdentity.id(for: withUnusedCommands, versions: testVersions) == id)
        #expect(viaSlurm.executor == .inProcess && viaSlurm.place == .slurm)

        let external = JobSpec(student: "q", studentConfiguration: .init(model: "Qwen/Qwen2.5-0.5B-Instruct", sizeBillions: 0.5),
                               mix: "short", mixWeights: ["short": 1], seed: 3, backend: "command",
                               commands: ["train": "train {model}", "generate": "gen {predictions}"])
        var externalViaSlurm = external; externalViaSlurm.backend = "slurm"
        var otherTemplate = external; otherTemplate.commands["train"] = "train2 {model}"
        let externalID = JobIdentity.id(for: external, versions: testVersions)
        #expect(externalViaSlurm.executor == .command)
        #expect(JobIdentity.id(for: externalViaSlurm, versions: testVersions) == externalID)
        #expect(JobIdentity.id(for: otherTemplate, versions: testVersions) != externalID)
        var inProcessAsCommand = inProcess; inProcessAsCommand.backend = "command"
        #expect(JobIdentity.id(for: inProcessAsCommand, versions: testVersions) != id)
    }

    @Test func everyResultFieldAndVersionChangesTheId() {
        let base = JobSpec(student: "s", studentConfiguration: .init(layerCount: 1, channels: 8, headCount: 2, contextLength: 16),
                           mix: "short", mixWeights: ["short": 1], seed: 3)
        var variants: [JobSpec] = []
        var job = base; job.student = "t"; variants.append(job)
        job = base; job.studentConfiguration.channels = 16; variants.append(job)
        job = base; job.mix = "other"; variants.append(job)
        job = base; job.mixWeights = ["long": 1]; variants.append(job)
        job = base; job.seed = 4; variants.append(job)
        job = base; job.data.problems += 1; variants.append(job)
        job = base; job.train.beta2 = 0.99; variants.append(job)
        job = base; job.eval.scorer = "paper-rule"; variants.append(job)
        job = base; job.backend = "command"; variants.append(job)
        let ids = [JobIdentity.id(for: base, versions: testVersions)] + variants.map { JobIdentity.id(for: $0, versions: testVersions) }
        #expect(Set(ids).count == ids.count)
        for changed in [ComponentVersions(trainer: "trainer-2", lab: "lab-1", judge: "judge-1"),
                        ComponentVersions(trainer: "trainer-1", lab: "lab-2", judge: "judge-1"),
                        ComponentVersions(trainer: "trainer-1", lab: "lab-1", judge: "judge-2")] {
            #expect(JobIdentity.id(for: base, versions: changed) != ids[0])
        }
    }

    @Test func canonicalJSONIsSortedCompactAndHashed() throws {
        let job = JobSpec(student: "s/x \"q\"", studentConfiguration: .init(model: "org/model", sizeBillions: 0.5),
                          mix: "m", mixWeights: ["short": 0.8, "long": 0.2], seed: 1)
        let text = JobIdentity.canonicalJSON(for: job, versions: testVersions)
        #expect(!text.contains(" :") && !text.contains("\n") && !text.contains(", "))
        #expect(text.hasPrefix("{\"job\":{\"backend\":\"command\",\"commands\":{},\"data\":{"))  // external model
        #expect(text.contains("\"mix_weights\":{\"long\":0.2,\"short\":0.8}"))
        #expect(text.contains("\"student\":\"s/x \\\"q\\\"\""))
        #expect(text.contains("\"student_config\":{\"model\":\"org/model\",\"size_billions\":0.5}"))
        #expect(text.contains("\"threads\":1") && !text.contains("checkpoint_every") && !text.contains("swept"))
        #expect(text.hasSuffix("\"versions\":{\"judge\":\"judge-1\",\"lab\":\"lab-1\",\"trainer\":\"trainer-1\"}}"))
        #expect(JobIdentity.id(for: job, versions: testVersions) == SHA256.hex(text))
        #expect(JobIdentity.id(for: job, versions: testVersions).count == 64)
    }

    @Test func numbersHaveOneSpelling() {
        #expect(CanonicalJSON.number(3) == "3")
        #expect(CanonicalJSON.number(3.0) == "3")
        #expect(CanonicalJSON.number(0.001) == "0.001")
        #expect(CanonicalJSON.number(0.1 + 0.2) == "0.30000000000000004")
        #expect(CanonicalJSON.number(1e-5) == "1e-05")
        #expect(CanonicalJSON.number(-2.5) == "-2.5")
        #expect(CanonicalJSON.Value.object(["b": .number(1), "a": .array([.bool(true), .null, .string("é\n")])]).text
                == "{\"a\":[true,null,\"é\\n\"],\"b\":1}")
    }
}
