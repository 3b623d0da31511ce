// BenchmarkFiles: where a benchmark's data file is — the one locator for in-process jobs, command jobs and
// `gaprun score`: `benchmarks-data/<name>.jsonl` (or the benchmark's default file) under a data root, else, for the
// synthetic sets, the lab's byte-identical regeneration.
import Foundation
import GapData
import GapScore

public enum BenchmarkFiles {
    /// The path of `definition`'s file relative to a data root.
    static func relativePath(of definition: BenchmarkDefinition) -> String {
        definition.defaultDataFile ?? "benchmarks-data/\(definition.name).jsonl"
    }

    /// The benchmark's file under the first of `searchRoots` that has it.
    public static func find(_ definition: BenchmarkDefinition, searchRoots: [String]) -> String? {
        let relative = relativePath(of: definition)
        return searchRoots.map { URL(fileURLWithPath: $0).appendingPathComponent(relative).path }
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The benchmark's file under a search root, else (synthetic sets) the lab's regeneration written into
    /// `scratchDirectory`. Throws `RunError.benchmarkData` naming every path searched.
    public static func locate(_ definition: BenchmarkDefinition, searchRoots: [String], scratchDirectory: String) throws -> String {
        if let found = find(definition, searchRoots: searchRoots) { return found }
        if SyntheticBenchmarks.names.contains(definition.name) {
            try FileManager.default.createDirectory(atPath: scratchDirectory, withIntermediateDirectories: true)
            let path = URL(fileURLWithPath: scratchDirectory).appendingPathComponent("\(definition.name).jsonl").path
            try RunPaths.writeAtomically(Data(try SyntheticBenchmarks.jsonl(name: definition.name).utf8), to: path)
            return path
        }
        let relative = relativePath(of: definition)
        throw RunError.benchmarkData(benchmark: definition.name,
                                     searched: searchRoots.map { URL(fileURLWithPath: $0).appendingPathComponent(relative).path })
    }
}
