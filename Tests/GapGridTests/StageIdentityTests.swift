// Training and generation identities: what each one covers (docs/grid.md, "Training and evaluation identities").
import Foundation
import GapCore
import Testing
@testable import GapGrid

struct StageIdentityTests {
    let versions = ComponentVersions(trainer: "t1", lab: "l1", judge: "j1")

    func job() throws -> JobSpec { try #require(GridExpander.expand(try grid(minimalGrid)).first) }

    @Test func aScorerOrJudgeChangeKeepsTheModelAndTheResponses() throws {
        let base = try job()
        var rule = base
        rule.eval.scorer = "paper-rule"
        var newJudge = versions
        newJudge.judge = "j2"
        for (spec, components) in [(rule, versions), (base, newJudge)] {
            #expect(JobIdentity.id(for: spec, versions: components) != JobIdentity.id(for: base, versions: versions))
            #expect(JobIdentity.trainingID(for: spec, versions: components) == JobIdentity.trainingID(for: base, versions: versions))
            #expect(JobIdentity.generationID(for: spec, versions: components)
                    == JobIdentity.generationID(for: base, versions: versions))
        }
    }

    @Test func aGenerationChangeKeepsOnlyTheModel() throws {
        let base = try job()
        var longer = base
        longer.eval.maxNewTokens += 64
        var more = base
        more.eval.benchmarks.append("aime-synth")
        for spec in [longer, more] {
            #expect(JobIdentity.trainingID(for: spec, versions: versions) == JobIdentity.trainingID(for: base, versions: versions))
            #expect(JobIdentity.generationID(for: spec, versions: versions)
                    != JobIdentity.generationID(for: base, versions: versions))
        }
    }

    @Test func aTrainingChangeChangesEveryIdentity() throws {
        let base = try job()
        var steps = base
        steps.train.steps += 1
        var trainer = versions
        trainer.trainer = "t2"
        for (spec, components) in [(steps, versions), (base, trainer)] {
            #expect(JobIdentity.trainingID(for: spec, versions: components) != JobIdentity.trainingID(for: base, versions: versions))
            #expect(JobIdentity.generationID(for: spec, versions: components)
                    != JobIdentity.generationID(for: base, versions: versions))
        }
        // The three identities never collide with one another.
        let ids = [JobIdentity.id(for: base, versions: versions), JobIdentity.trainingID(for: base, versions: versions),
                   JobIdentity.generationID(for: base, versions: versions)]
        #expect(Set(ids).count == 3)
    }
}
