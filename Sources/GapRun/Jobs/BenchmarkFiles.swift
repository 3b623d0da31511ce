// BenchmarkFiles: where a benchmark's data file is — the one locator for in-process jobs, command jobs, re-judged
// responses and `gaprun score`: `benchmarks-data/<name>.jsonl` (or the benchmark's default file) under a data root, else,
// for the synthetic sets, the lab's byte-identical regeneration at the job's data difficulty.
import Foundation
import GapCore
import GapData
import GapScore

public enum BenchmarkFiles {
    /// The path of `definition`'s file relative to a data root.
    static func relativePath(of definition: BenchmarkDefinition) -> String {
        definition.defaultDataFile ?? "benchmarks-data/\(definition.name).jsonl"
    }

    /// The benchmark's file (at the lab's default difficulty) under the first of `searchRoots` that has it.
    public static func find(_ definition: BenchmarkDefinition, searchRoots: [String]) -> String? {
        let relative = relativePath(of: definition)
        return searchRoots.map { URL(fileURLWithPath: $0).appendingPathComponent(relative).path }
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The benchmark's file for a job whose lab settings are `data`: under a search root, else (synthetic sets) the
    /// lab's regeneration written into `scratchDirectory`. A synthetic set of a job whose `data` is not at the lab's
    /// default difficulty is always regenerated at that difficulty (docs/lab.md, "Held-out benchmarks"). Throws
    /// `RunError.benchmarkData` naming every path searched.
    public static func locate(_ definition: BenchmarkDefinition, data: DataConfiguration, searchRoots: [String],
                              scratchDirectory: String) throws -> String {
        let synthetic = SyntheticBenchmarks.names.contains(definition.name)
        if !synthetic || SyntheticBenchmarks.isDefaultDifficulty(data), let found = find(definition, searchRoots: searchRoots) {
            return found
        }
        if synthetic {
            try FileManager.default.createDirectory(atPath: scratchDirectory, withIntermediateDirectories: true)
            let file = SyntheticBenchmarks.fileName(name: definition.name, data: data)
            let path = URL(fileURLWithPath: scratchDirectory).appendingPathComponent(file).path
            try RunPaths.writeAtomically(Data(try SyntheticBenchmarks.jsonl(name: definition.name, data: data).utf8), to: path)
            return path
        }
        let relative = relativePath(of: definition)
        throw RunError.benchmarkData(benchmark: definition.name,
                                     searched: searchRoots.map { URL(fileURLWithPath: $0).appendingPathComponent(relative).path })
    }
}
