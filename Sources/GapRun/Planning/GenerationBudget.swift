// GenerationBudget: every planned job's generation budget (`eval.max_new_tokens`), from the lab's teachers unless the
// grid sets it, and the plan-time refusals of budgets and contexts that would cut responses or training examples.
// One budget per job, the same for every mix: measured over all of the lab's teachers, never the job's own mix, so
// the long and short arms of a gap are cut (or not) by the same limit.
import GapCore
import GapData
import GapGrid

/// What the budget of one data configuration and benchmark list is made of, in characters (one token each with
/// `train.tokenizer: chars`; with `words` a token holds one or more, so the budget is an upper bound).
public struct BudgetDerivation: Sendable, Hashable {
    /// The families whose teachers' responses decide it (the benchmarks' families).
    public var families: [String]
    /// The longest teacher response of those families, and who wrote it (`long on amc`).
    public var longest: Int
    public var longestBy: String
    /// The largest per-teacher 99th percentile of those families, and whose it is.
    public var p99: Int
    public var p99By: String
    /// The longest student prompt of those families (benchmark and training problems).
    public var longestPrompt: Int
    /// The budget the data gives: `longest` plus the margin, rounded up to a multiple of 16.
    public var budget: Int
}

public enum GenerationBudget {
    /// The margin above the longest teacher response: a quarter of it, at least 32 tokens. It leaves room for a
    /// student that writes one line more than any teacher, while a response that never ends is still cut at a bound
    /// proportional to the data.
    public static func budget(longestResponse: Int) -> Int {
        let raw = longestResponse + max(32, (longestResponse + 3) / 4)
        return (raw + 15) / 16 * 16
    }

    /// The benchmark's lab family (`gsm-synth` → `gsm`); nil for benchmarks outside the lab (real ones).
    static func family(ofBenchmark name: String) -> String? {
        SyntheticBenchmarks.names.contains(name) ? try? SyntheticBenchmarks.family(name: name) : nil
    }

    /// How the data decides the budget for `benchmarks`, from measured lengths. A benchmark outside the lab counts as
    /// every family of `data.families`.
    public static func derivation(lengths: LabResponseLengths, benchmarks: [String], data: DataConfiguration) -> BudgetDerivation {
        var families = Set<String>()
        for name in benchmarks {
            if let family = family(ofBenchmark: name) { families.insert(family) } else { families.formUnion(data.families) }
        }
        let rows = lengths.lengths.filter { families.contains($0.family) }
        let longest = rows.max { $0.longest < $1.longest }
        let p99 = rows.max { $0.p99 < $1.p99 }
        let prompt = families.compactMap { lengths.longestPrompt[$0] }.max() ?? 0
        return BudgetDerivation(
            families: families.sorted(), longest: longest?.longest ?? 0,
            longestBy: longest.map { "\($0.teacher) on \($0.family)" } ?? "no teacher",
            p99: p99?.p99 ?? 0, p99By: p99.map { "\($0.teacher) on \($0.family)" } ?? "no teacher",
            longestPrompt: prompt, budget: budget(longestResponse: longest?.longest ?? 0))
    }

    /// `specs` (a grid's expanded jobs) with their budgets resolved and checked:
    /// - a grid that does not set `eval.max_new_tokens` gets the data's budget (`derivation(…).budget`);
    /// - a grid value below the teachers' 99th percentile is refused unless `eval.allow_short_budget: true`;
    /// - an in-process student whose context cannot hold the longest prompt plus the budget, or the longest
    ///   training example of its mix, is refused, also unless `eval.allow_short_budget: true` (then the trainer cuts
    ///   such examples, counted in the run's `truncated_examples` metric, and generation stops at the full context);
    /// - `data.source: jsonl` has no lab teachers to measure: the grid must set the budget.
    /// Lengths are measured once per data configuration (cached within the call), over the grid's seeds.
    public static func resolve(grid: GridSpec, specs: [JobSpec]) throws -> [JobSpec] {
        let sweptBudget = grid.sweep.first { $0.key == "eval.max_new_tokens" }
        let budgetLocation = sweptBudget?.location ?? grid.settingLocations["eval.max_new_tokens"]
        var cache: [DataConfiguration: LabResponseLengths] = [:]
        var resolved: [JobSpec] = []
        resolved.reserveCapacity(specs.count)
        for var spec in specs {
            guard spec.data.source == "synthetic" else {
                if budgetLocation == nil {
                    throw refusal(grid.settingLocations["data.source"], grid: grid,
                                  "`eval.max_new_tokens` is not set, and with `data.source: \(spec.data.source)` there are no "
                                  + "lab teachers to derive it from",
                                  hint: "set `eval.max_new_tokens` to at least the longest response of the data files, in the "
                                  + "student's tokens")
                }
                resolved.append(spec)
                continue
            }
            let lengths: LabResponseLengths
            if let cached = cache[spec.data] { lengths = cached } else {
                lengths = try TeacherResponseLengths.measure(data: spec.data, seeds: grid.seeds.map { UInt64($0) })
                cache[spec.data] = lengths
            }
            let derivation = derivation(lengths: lengths, benchmarks: spec.eval.benchmarks, data: spec.data)
            if let budgetLocation {
                let value = spec.eval.maxNewTokens
                if value < derivation.p99, spec.eval.allowShortBudget != true {
                    throw refusal(budgetLocation, grid: grid,
                                  "`eval.max_new_tokens` \(value) is below the teachers' 99th percentile response length "
                                  + "\(derivation.p99) (\(derivation.p99By); longest \(derivation.longest), \(derivation.longestBy)): "
                                  + "more than 1% of such responses would be cut",
                                  hint: "remove it to use the data's budget \(derivation.budget), raise it to at least "
                                  + "\(derivation.p99), or set `eval.allow_short_budget: true` to accept the cut")
                }
            } else {
                spec.eval.maxNewTokens = derivation.budget
            }
            try checkContext(spec, derivation: derivation, lengths: lengths, grid: grid, budgetSetByGrid: budgetLocation != nil)
            resolved.append(spec)
        }
        return resolved
    }

    /// Refuses an in-process student whose context cannot hold the longest prompt plus the budget, or the longest
    /// training example (prompt + response) of the job's mix.
    static func checkContext(_ spec: JobSpec, derivation: BudgetDerivation, lengths: LabResponseLengths, grid: GridSpec,
                             budgetSetByGrid: Bool) throws {
        guard spec.executor == .inProcess, let context = spec.studentConfiguration.contextLength,
              spec.eval.allowShortBudget != true else { return }
        let location = grid.settingLocations["students.\(spec.student)"]
        let budget = spec.eval.maxNewTokens
        let needed = derivation.longestPrompt + budget
        if needed > context {
            let source = budgetSetByGrid ? "set by the grid" : "from the data: the teachers' longest response \(derivation.longest) "
                + "(\(derivation.longestBy)) plus the margin"
            throw refusal(location, grid: grid,
                          "student `\(spec.student)` has context_length \(context), which cannot hold the longest prompt "
                          + "(\(derivation.longestPrompt) tokens) plus the generation budget (\(budget), \(source)) = \(needed)",
                          hint: "set `context_length: \(needed)` or more for `\(spec.student)`"
                          + (budgetSetByGrid ? ", or lower `eval.max_new_tokens`" : "")
                          + ", or set `eval.allow_short_budget: true` to accept cut responses")
        }
        let teachers = Set(spec.mixWeights.filter { $0.value > 0 }.keys)
        let rows = lengths.lengths.filter { teachers.contains($0.teacher) && spec.data.families.contains($0.family) }
        if let longest = rows.max(by: { $0.longestExample < $1.longestExample }), longest.longestExample > context {
            throw refusal(location, grid: grid,
                          "student `\(spec.student)` has context_length \(context), shorter than the longest training example "
                          + "of mix `\(spec.mix)` (\(longest.longestExample) tokens: prompt + response of the \(longest.teacher) "
                          + "teacher on \(longest.family)): the trainer would cut such examples",
                          hint: "set `context_length: \(longest.longestExample)` or more for `\(spec.student)`, or set "
                          + "`eval.allow_short_budget: true` to accept cut examples")
        }
    }

    static func refusal(_ location: SourceLocation?, grid: GridSpec, _ message: String, hint: String) -> GridError {
        let at = location ?? SourceLocation(path: grid.sourcePath, line: 1, column: 1)
        return .invalid(FileError(path: at.path, line: at.line, column: at.column, message: message, hint: hint))
    }
}

extension GenerationBudget {
    /// One line per distinct budget of `jobs` (resolved by `resolve`), saying where it comes from, e.g.
    /// `generation budget: 768 tokens from the data (teachers' longest response 603, long on math; p99 522, long on
    /// math; longest prompt 142) for 18 jobs`. Measures the lengths again (once per data configuration).
    public static func describe(grid: GridSpec, jobs: [JobSpec]) throws -> [String] {
        let setByGrid = grid.sweep.contains { $0.key == "eval.max_new_tokens" } || grid.settingLocations["eval.max_new_tokens"] != nil
        var cache: [DataConfiguration: LabResponseLengths] = [:]
        var counts: [String: Int] = [:]
        var order: [String] = []
        for spec in jobs {
            var line = "generation budget: \(spec.eval.maxNewTokens) tokens " + (setByGrid ? "set by the grid" : "from the data")
            if spec.data.source == "synthetic" {
                let lengths: LabResponseLengths
                if let cached = cache[spec.data] { lengths = cached } else {
                    lengths = try TeacherResponseLengths.measure(data: spec.data, seeds: grid.seeds.map { UInt64($0) })
                    cache[spec.data] = lengths
                }
                let d = derivation(lengths: lengths, benchmarks: spec.eval.benchmarks, data: spec.data)
                line += " (teachers' longest response \(d.longest), \(d.longestBy); p99 \(d.p99), \(d.p99By); longest prompt "
                    + "\(d.longestPrompt))"
                if spec.eval.maxNewTokens < d.p99 { line += ", below the p99: allowed by eval.allow_short_budget" }
            }
            if counts[line] == nil { order.append(line) }
            counts[line, default: 0] += 1
        }
        return order.map { "\($0) for \(counts[$0]!) job\(counts[$0]! == 1 ? "" : "s")" }
    }
}
