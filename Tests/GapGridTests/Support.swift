// Shared helpers for GapGrid's tests: fixture paths, the test vocabulary, and loading grid text.
import Foundation
import GapCore
import GapData
import GapScore
@testable import GapGrid

enum Fixtures {
    /// Tests/GapGridTests/Fixtures
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    static let broken = root + "/broken"
    static let good = root + "/good"
    /// The repository's experiments/ folder.
    static let experiments = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("experiments").path

    /// `*.conf` files directly in `folder` (not in sub-folders), sorted.
    static func confFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".conf") }.sorted()
    }
}

/// The names a grid may use, read from the real registries (as `SweepPlanner.vocabulary` does), so that a teacher,
/// benchmark, scorer or family added to the project is known to these tests at once.
let testVocabulary = GridVocabulary(
    teachers: Teachers.names, benchmarks: BenchmarkRegistry.standard.names, scorers: ScorerRegistry.standard.names,
    families: ProblemFamilies.names)

let testVersions = ComponentVersions(trainer: "trainer-1", lab: "lab-1", judge: "judge-1")

/// Parses `text` as if it were the file `name` in the good fixtures folder.
func grid(_ text: String, name: String = "inline.conf") throws -> GridSpec {
    try GridSpec.parse(text: text, path: Fixtures.good + "/" + name, vocabulary: testVocabulary)
}

/// The rendered error of parsing `text`, with the fixtures folder removed from paths; nil when it parses.
func gridError(_ text: String) -> String? {
    do { _ = try grid(text); return nil } catch {
        return String(describing: error).replacingOccurrences(of: Fixtures.good + "/", with: "")
    }
}

/// A valid grid body to which tests add sections.
let minimalGrid = """
students:
  s-a: {layers: 1, channels: 32, heads: 2, context_length: 128}
mixes:
  short: {short: 1.0}
  long: {long: 1.0}
seeds: [0]

"""
