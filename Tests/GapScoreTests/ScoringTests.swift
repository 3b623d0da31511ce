// Scoring runs: benchmark files, prediction formats (generic and lm-eval samples), matching, the Wilson interval.
import Foundation
import Testing
@testable import GapScore

/// A scratch directory for files a test writes.
func scratchFile(_ name: String, _ contents: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gapscore-tests-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent(name).path
    try contents.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

@Test func wilsonIntervalKnownValues() {
    let (lower, upper) = Scoring.wilsonInterval(successes: 50, total: 100)
    #expect(abs(lower - 0.4038) < 1e-3)
    #expect(abs(upper - 0.5962) < 1e-3)
    let none = Scoring.wilsonInterval(successes: 0, total: 10)
    #expect(none.lower == 0)
    #expect(abs(none.upper - 0.2775) < 1e-3)
    #expect(Scoring.wilsonInterval(successes: 0, total: 0) == (0, 0))
}

@Test func syntheticBenchmarkScoresGenericPredictionsById() throws {
    let data = try scratchFile("math-synth.jsonl", """
    {"id": "math-synth-0001", "problem": "What is 3/4 of 1?", "answer": "\\\\frac{3}{4}"}
    {"id": "math-synth-0002", "problem": "Solve x-5=0.", "answer": "x=5"}
    {"id": "math-synth-0003", "problem": "Simplify 2x+3.", "answer": "2x+3"}
    """)
    let predictions = try scratchFile("predictions.jsonl", """
    {"id": "math-synth-0003", "response": "Final Answer: \\\\boxed{3+2x}"}
    {"id": "math-synth-0001", "response": "Final Answer: \\\\boxed{0.75}"}
    {"id": "math-synth-0002", "response": "x is 5 so 5"}
    """)
    let benchmark = try BenchmarkRegistry.standard.benchmark(named: "math-synth")
    #expect(benchmark.defaultDataFile == "benchmarks-data/math-synth.jsonl")
    let items = try benchmark.loadItems(path: data)
    #expect(items.map(\.id) == ["math-synth-0001", "math-synth-0002", "math-synth-0003"])
    #expect(items[0].prompt.hasPrefix("Problem: What is 3/4"))
    let result = try Scoring.score(benchmark: benchmark, items: items, predictions: try Scoring.readPredictions(path: predictions),
                                   predictionsPath: predictions, scorer: GaprunScorer())
    #expect(result.items.map(\.id) == ["math-synth-0003", "math-synth-0001", "math-synth-0002"])
    #expect(result.items.map(\.correct) == [true, true, false])   // boxed-only policy: no fallback for the third
    #expect(result.summary.correct == 2)
    #expect(result.summary.scorer == "gaprun")
    #expect(result.summary.lower < result.summary.accuracy && result.summary.accuracy < result.summary.upper)
}

@Test func lmEvalSamplesMatchByDocIdAndGsm8kGoldComesAfterTheMarker() throws {
    let data = try scratchFile("gsm8k.jsonl", """
    {"question": "A?", "answer": "3+4=7\\n#### 7"}
    {"question": "B?", "answer": "so\\n#### 1,000"}
    """)
    let samples = try scratchFile("samples_gsm8k.jsonl", """
    {"doc_id": 1, "doc": {}, "resps": [["He has 1,000 now.\\n#### 1,000"]], "filtered_resps": ["1,000"]}
    {"doc_id": 0, "doc": {}, "resps": [["It is 8."]], "filtered_resps": ["8"]}
    """)
    let benchmark = try BenchmarkRegistry.standard.benchmark(named: "gsm8k")
    let items = try benchmark.loadItems(path: data)
    #expect(items.map(\.gold) == ["7", "1000"])
    #expect(items[0].prompt == "A?")
    let result = try Scoring.score(benchmark: benchmark, items: items, predictions: try Scoring.readPredictions(path: samples),
                                   predictionsPath: samples, scorer: GaprunScorer())
    #expect(result.items.map(\.id) == ["1", "0"])
    #expect(result.items.map(\.correct) == [true, false])
}

@Test func badLinesAndUnmatchedPredictionsSayWhere() throws {
    let data = try scratchFile("bad.jsonl", "{\"id\": \"a\", \"problem\": \"p\", \"answer\": \"1\"}\nnot json\n")
    let benchmark = try BenchmarkRegistry.standard.benchmark(named: "gsm-synth")
    do {
        _ = try benchmark.loadItems(path: data)
        Issue.record("a bad line was accepted")
    } catch let error as ScoreError {
        #expect(error.description.hasPrefix("\(data):2:"))
    }
    let good = try scratchFile("good.jsonl", "{\"id\": \"a\", \"problem\": \"p\", \"answer\": \"1\"}\n{\"id\": \"b\", \"problem\": \"q\", \"answer\": \"2\"}\n")
    let predictions = try scratchFile("one.jsonl", "{\"id\": \"zzz\", \"response\": \"#### 1\"}\n")
    let items = try benchmark.loadItems(path: good)
    #expect(throws: ScoreError.self) {
        try Scoring.score(benchmark: benchmark, items: items, predictions: try Scoring.readPredictions(path: predictions),
                          predictionsPath: predictions, scorer: GaprunScorer())
    }
}

@Test(.enabled(if: SharedFixtures.hasBenchmark("amc23/test.jsonl"), "../shared/benchmarks (the real test sets) is absent"))
func realBenchmarkFilesLoadWithTheirGoldForms() throws {
    let amcPath = SharedFixtures.benchmarks + "/amc23/test.jsonl"
    let amc = try BenchmarkRegistry.standard.benchmark(named: "amc23").loadItems(path: amcPath)
    #expect(amc.count == 40)
    #expect(amc[0].gold == "27.0")
    #expect(amc[0].prompt.hasPrefix("Solve the following math problem. Present the final answer in the format: Final Answer: \\boxed{your_answer}.\nProblem: "))
    let aime = try BenchmarkRegistry.standard.benchmark(named: "aime24").loadItems(path: SharedFixtures.benchmarks + "/aime24/test.jsonl")
    #expect(aime.count == 30)
    #expect(aime.contains { $0.gold.hasPrefix("0") })
    let olympiad = try BenchmarkRegistry.standard.benchmark(named: "olympiadbench").loadItems(path: SharedFixtures.benchmarks + "/olympiadbench/test.jsonl")
    #expect(olympiad.count == 675)
    let gsm = try BenchmarkRegistry.standard.benchmark(named: "gsm8k").loadItems(path: SharedFixtures.benchmarks + "/gsm8k/test.jsonl")
    #expect(gsm.count == 1319)
    #expect(gsm.allSatisfy { Int($0.gold) != nil })
}

@Test func benchmarkLinesReadGoldsAndIdsAsFoundationDid() throws {
    // Numbers and booleans print as NSNumber printed them, a duplicated key keeps its last value, an id falls back
    // from key to key and then to the line index.
    let math = try scratchFile("math-golds.jsonl", """
    {"unique_id": "a", "problem": "p", "answer": 5}
    {"unique_id": 7, "problem": "p", "answer": 1e3}
    {"idx": 3, "problem": "p", "answer": "x", "answer": "y"}
    {"problem": "p", "solution": "so \\\\boxed{12}"}
    """)
    let items = try BenchmarkRegistry.standard.benchmark(named: "math").loadItems(path: math)
    #expect(items.map(\.gold) == ["5", "1000.0", "y", "12"])
    #expect(items.map(\.id) == ["a", "7", "3", "3"])
    let amc = try scratchFile("amc-golds.jsonl", """
    {"id": 0, "problem": "p", "answer": 27}
    {"id": 1, "problem": "p", "answer": -0.5}
    {"id": 2, "problem": "p", "answer": "033"}
    """)
    #expect(try BenchmarkRegistry.standard.benchmark(named: "amc23").loadItems(path: amc).map(\.gold) == ["27.0", "-0.5", "033"])
    let olympiad = try scratchFile("olympiad-golds.jsonl", """
    {"id": 9, "question": "q", "final_answer": ["$3$", "$4$"]}
    {"id": 10, "question": "q", "final_answer": [2.5]}
    {"id": 11, "question": "q", "final_answer": "$3$"}
    """)
    #expect(throws: ScoreError.self) { try BenchmarkRegistry.standard.benchmark(named: "olympiadbench").loadItems(path: olympiad) }
    let good = try scratchFile("olympiad-good.jsonl", """
    {"id": 9, "question": "q", "final_answer": ["$3$", "$4$"]}
    {"id": 10, "question": "q", "final_answer": [2.5]}
    """)
    #expect(try BenchmarkRegistry.standard.benchmark(named: "olympiadbench").loadItems(path: good).map(\.gold) == ["$3$", "2.5"])
}

@Test func pairJudgingCarriesFieldsAndSummarises() throws {
    let path = try scratchFile("pairs.jsonl", """
    {"id": "a", "prediction": "\\\\boxed{27}", "gold": 27.0, "expected": true}
    {"id": "b", "prediction": "The answer is 5.", "gold": "6", "expected": true}
    """)
    let pairs = try PairJudging.readPairs(path: path)
    let (lines, summary) = PairJudging.judge(pairs, scorer: GaprunScorer(), policy: .standard)
    #expect(lines.count == 2)
    let first = try #require(try JSONSerialization.jsonObject(with: lines[0]) as? [String: Any])
    #expect(first["id"] as? String == "a")
    #expect(first["correct"] as? Bool == true)
    #expect(first["extracted"] as? String == "27")
    #expect(summary.count == 2)
    #expect(summary.agreement == 0.5)
}
