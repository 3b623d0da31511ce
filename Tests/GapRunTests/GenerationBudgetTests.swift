// The generation budget at plan time: derived from the lab's teachers (the same for every mix, cached per data
// configuration), grid values below the teachers' 99th percentile refused unless `eval.allow_short_budget`, contexts
// that cannot hold prompt + budget or the longest training example refused, and job identities: the budget is part of
// the generation identity, never of the training identity.
import Foundation
import GapCore
import GapData
import GapGrid
import Testing
@testable import GapRun

struct GenerationBudgetTests {
    /// Writes `text` as `g.conf` in a fresh folder and plans it.
    func plan(_ text: String) throws -> (grid: GridSpec, jobs: [PlannedJob]) {
        let dir = try CLIHarness.temporaryDirectory("budget")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.conf").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try SweepPlanner.plan(gridPath: path)
    }

    func grid(context: Int = 960, eval: String = "{benchmarks: [gsm-synth, amc-synth]}", data: String = "{problems: 200}") -> String {
        """
        students:
          s: {layers: 1, channels: 16, heads: 2, context_length: \(context)}
        mixes: {short: {short: 1.0}, long: {long: 1.0}}
        seeds: [0, 1]
        data: \(data)
        eval: \(eval)
        """
    }

    func lengths(problems: Int = 200) throws -> LabResponseLengths {
        var data = DataConfiguration()
        data.problems = problems
        return try TeacherResponseLengths.measure(data: data, seeds: [0, 1])
    }

    @Test func theBudgetIsTheLongestResponsePlusAMarginRoundedTo16() {
        #expect(GenerationBudget.budget(longestResponse: 603) == 768)  // 603 + 151 = 754 → 768
        #expect(GenerationBudget.budget(longestResponse: 100) == 144)  // 100 + 32 = 132 → 144
        #expect(GenerationBudget.budget(longestResponse: 0) == 32)
        #expect(TeacherResponseLengths.nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.99) == 10)
        #expect(TeacherResponseLengths.nearestRank(Array(1...200), 0.99) == 198)
        #expect(TeacherResponseLengths.nearestRank([], 0.99) == 0)
    }

    @Test func lengthsAreDeterministicAndCoverEveryTeacherAndFamily() throws {
        let first = try lengths(), second = try lengths()
        #expect(first == second)
        #expect(Set(first.lengths.map(\.teacher)) == Set(Teachers.names))
        #expect(Set(first.lengths.map(\.family)) == ["amc", "gsm", "math"])
        for row in first.lengths {
            #expect(row.p99 <= row.longest && row.count >= 300)  // at least the family's 300 benchmark problems
            #expect(row.longestExample > 0)  // every teacher has kept training responses in every family
        }
        // The long teacher writes the longest responses of every family.
        for family in ["amc", "gsm", "math"] {
            let rows = first.rows(family: family)
            #expect(rows.max { $0.longest < $1.longest }?.teacher == "long")
        }
    }

    @Test func withoutAGridValueEveryMixGetsTheDatasBudget() throws {
        let (_, jobs) = try plan(grid())
        let derivation = GenerationBudget.derivation(lengths: try lengths(), benchmarks: ["gsm-synth", "amc-synth"],
                                                     data: jobs[0].spec.data)
        #expect(derivation.families == ["amc", "gsm"])
        #expect(jobs.count == 4)
        #expect(Set(jobs.map(\.spec.eval.maxNewTokens)) == [derivation.budget])
        #expect(derivation.budget == GenerationBudget.budget(longestResponse: derivation.longest))
        #expect(derivation.longestBy.hasPrefix("long on "))
    }

    @Test func aGridValueBelowTheTeachersP99IsRefusedWithItsLineUnlessAllowed() throws {
        let text = grid(eval: "{benchmarks: [gsm-synth], max_new_tokens: 40}")
        do {
            _ = try plan(text)
            Issue.record("a budget of 40 was accepted")
        } catch {
            let message = "\(error)"
            #expect(message.contains("g.conf:6:") && message.contains("`eval.max_new_tokens` 40 is below the teachers' 99th percentile"),
                    "\(message)")
            #expect(message.contains("eval.allow_short_budget: true"), "\(message)")
        }
        let allowed = try plan(grid(eval: "{benchmarks: [gsm-synth], max_new_tokens: 40, allow_short_budget: true}")).jobs
        #expect(allowed.allSatisfy { $0.spec.eval.maxNewTokens == 40 && $0.spec.eval.allowShortBudget == true })
        // A swept value is refused at its place in `sweep`.
        do {
            _ = try plan(grid(eval: "{benchmarks: [gsm-synth]}") + "\nsweep: {eval.max_new_tokens: [700, 40]}")
            Issue.record("a swept budget of 40 was accepted")
        } catch {
            #expect("\(error)".contains("g.conf:7:") && "\(error)".contains("`eval.max_new_tokens` 40"), "\(error)")
        }
    }

    @Test func theAllowKeyAndTheBudgetNeverChangeTheTrainingIdentity() throws {
        let fromData = try plan(grid(eval: "{benchmarks: [gsm-synth]}")).jobs
        let budget = fromData[0].spec.eval.maxNewTokens
        let same = try plan(grid(eval: "{benchmarks: [gsm-synth], max_new_tokens: \(budget)}")).jobs
        let allowed = try plan(grid(eval: "{benchmarks: [gsm-synth], max_new_tokens: \(budget), allow_short_budget: true}")).jobs
        let other = try plan(grid(eval: "{benchmarks: [gsm-synth], max_new_tokens: \(budget + 16)}")).jobs
        // Written or derived, the same budget is the same job; the allow key is not part of any identity.
        #expect(same.map(\.id) == fromData.map(\.id))
        #expect(allowed.map(\.id) == fromData.map(\.id))
        // Another budget: new job and generation ids, the same trained models.
        #expect(zip(other, fromData).allSatisfy { $0.id != $1.id && $0.generationID != $1.generationID })
        #expect(other.map(\.trainingID) == fromData.map(\.trainingID))
    }

    @Test func aContextTooShortForPromptPlusBudgetOrTheLongestExampleIsRefused() throws {
        do {
            _ = try plan(grid(context: 700))
            Issue.record("context 700 was accepted")
        } catch {
            let message = "\(error)"
            #expect(message.contains("g.conf:2:") && message.contains("student `s` has context_length 700"), "\(message)")
            #expect(message.contains("longest prompt") && message.contains("set `context_length:"), "\(message)")
        }
        // A grid budget at gsm's p99 in a context that holds gsm's prompt + that budget, but not the long teacher's
        // longest training example: only the long mix is refused, naming the example; the allow key accepts the cut.
        let lengths = try lengths()
        var data = DataConfiguration()
        data.problems = 200
        let gsm = GenerationBudget.derivation(lengths: lengths, benchmarks: ["gsm-synth"], data: data)
        let context = gsm.longestPrompt + gsm.p99
        let longest = lengths.lengths.max { $0.longestExample < $1.longestExample }!
        #expect(longest.teacher == "long" && longest.longestExample > context)
        let eval = "{benchmarks: [gsm-synth], max_new_tokens: \(gsm.p99)"
        do {
            _ = try plan(grid(context: context, eval: eval + "}"))
            Issue.record("context \(context) was accepted")
        } catch {
            #expect("\(error)".contains("shorter than the longest training example of mix `long` (\(longest.longestExample) tokens"),
                    "\(error)")
        }
        #expect(try plan(grid(context: context, eval: eval + ", allow_short_budget: true}")).jobs.count == 4)
        // The short teacher's examples alone fit.
        #expect(try plan(grid(context: context, eval: eval + "}").replacingOccurrences(of: ", long: {long: 1.0}", with: ""))
                    .jobs.count == 2)
    }

    @Test func externalDataNeedsAnExplicitBudget() throws {
        do {
            _ = try plan(grid(data: "{source: jsonl, files: {short: s.jsonl, long: l.jsonl}}"))
            Issue.record("a jsonl grid without a budget was accepted")
        } catch {
            #expect("\(error)".contains("`eval.max_new_tokens` is not set") && "\(error)".contains("g.conf:5:"), "\(error)")
        }
    }
}
