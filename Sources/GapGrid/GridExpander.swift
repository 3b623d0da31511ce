// GridExpander: a validated GridSpec → the list of fully resolved JobSpecs it stands for. Pure: no I/O, no
// launching (launchers live in GapRun), no validation (GridSpec.load has done it all).

import GapCore

/// Expands a grid into jobs: the cartesian product students × mixes × seeds × swept values, in that nesting
/// order (the last factor varies fastest; each axis keeps file order), then keeps the cells that match any
/// `include` rule (all cells when there is none) and no `exclude` rule.
///
/// Worked example — a grid with
/// ```yaml
/// students: {s-a: {…}, s-b: {…}}
/// mixes: {short: {short: 1.0}, long: {long: 1.0}}
/// seeds: [0, 1]
/// sweep: {train.learning_rate: [0.001, 0.003]}
/// exclude: [{student: s-b, mix: long}]
/// ```
/// gives 2 × 2 × 2 × 2 = 16 cells, of which the 4 with s-b × long are excluded, leaving 12 jobs in this order:
/// (s-a, short, 0, 0.001), (s-a, short, 0, 0.003), (s-a, short, 1, 0.001), (s-a, short, 1, 0.003),
/// (s-a, long, 0, 0.001), …, (s-b, short, 1, 0.003). With several swept keys, the later key varies faster.
public enum GridExpander {
    /// Every job of `grid`, in the documented order.
    public static func expand(_ grid: GridSpec) -> [JobSpec] {
        let base = SectionValues(data: grid.data, train: grid.train, eval: grid.eval)
        let combinations = sweepCombinations(grid.sweep)
        var jobs: [JobSpec] = []
        for student in grid.students {
            for mix in grid.mixes {
                for seed in grid.seeds where isKept(student: student.name, mix: mix.name, seed: seed, grid: grid) {
                    for combination in combinations {
                        var sections = base
                        var swept: [String: String] = [:]
                        for (key, value) in combination {
                            SectionSettings.apply(value, to: key, in: &sections)
                            swept[key] = value.description
                        }
                        jobs.append(JobSpec(student: student.name, studentConfiguration: student.configuration,
                                            mix: mix.name, mixWeights: mix.weights, seed: seed, sweptValues: swept,
                                            data: sections.data, train: sections.train, eval: sections.eval,
                                            backend: grid.backend, commands: grid.commands))
                    }
                }
            }
        }
        return jobs
    }

    /// Cells before include/exclude: students × mixes × seeds × the product of swept value counts.
    public static func cellCount(_ grid: GridSpec) -> Int {
        grid.students.count * grid.mixes.count * grid.seeds.count * grid.sweep.reduce(1) { $0 * $1.values.count }
    }

    /// True when the cell matches an include rule (or there are none) and no exclude rule.
    static func isKept(student: String, mix: String, seed: Int, grid: GridSpec) -> Bool {
        let included = grid.include.isEmpty || grid.include.contains { $0.matches(student: student, mix: mix, seed: seed) }
        return included && !grid.exclude.contains { $0.matches(student: student, mix: mix, seed: seed) }
    }

    /// The product of the swept axes as (key, value) lists; the last axis varies fastest. `[[]]` without a sweep.
    static func sweepCombinations(_ axes: [SweepAxis]) -> [[(String, SettingValue)]] {
        var combinations: [[(String, SettingValue)]] = [[]]
        for axis in axes {
            combinations = combinations.flatMap { prefix in axis.values.map { prefix + [(axis.key, $0)] } }
        }
        return combinations
    }
}
