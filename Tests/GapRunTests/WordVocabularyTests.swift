// `train.tokenizer: words`: one vocabulary per data configuration, built from every lab teacher's text, the same for
// every mix and every build; every teacher's text and benchmark prompt round-trips; job ids and plan-time checks.
import Foundation
import GapCore
import GapData
import GapGrid
import GapTrain
import Testing
@testable import GapRun

struct WordVocabularyTests {
    func plan(_ text: String) throws -> [PlannedJob] {
        let dir = try CLIHarness.temporaryDirectory("words")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.conf").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try SweepPlanner.plan(gridPath: path).jobs
    }

    func grid(train: String, data: String = "{problems: 300}") -> String {
        """
        students:
          s: {layers: 1, channels: 16, heads: 2, context_length: 960}
        mixes: {short: {short: 1.0}, long: {long: 1.0}, large-teacher: {large: 1.0}, small-teacher: {small: 1.0}}
        seeds: [0, 1]
        data: \(data)
        train: \(train)
        eval: {max_new_tokens: 800}
        """
    }

    @Test func everyMixAndSeedSharesOneDeterministicVocabulary() throws {
        let jobs = try plan(grid(train: "{tokenizer: words}"))
        #expect(jobs.count == 8)
        let first = try InProcessJob.tokenizer(for: jobs[0].spec)
        #expect(first.words.count > 50 && first.words.count <= CharTokenizer.wordSlots)
        #expect(first.vocabularySize == CharTokenizer.vocabularySize(tokenizer: "words"))
        #expect(first.words.contains("Wait") && first.words.contains("Answer") && first.words.contains(" apples"), "\(first.words)")
        for job in jobs { #expect(try InProcessJob.tokenizer(for: job.spec) == first, "\(job.spec.mix) seed \(job.spec.seed)") }
        // another data configuration may have other words, but never changes the vocabulary size
        let other = try InProcessJob.tokenizer(for: try plan(grid(train: "{tokenizer: words}", data: "{problems: 40}"))[0].spec)
        #expect(other.vocabularySize == first.vocabularySize)
    }

    @Test func everyTeachersTextAndEveryBenchmarkPromptRoundTrips() throws {
        var data = DataConfiguration()
        data.problems = 300
        let tokenizer = try CharTokenizer(words: CharTokenizer.frequentWords(in: try LabTexts.all(data: data),
                                                                             count: CharTokenizer.wordSlots))
        // other draws than the vocabulary's, and the held-out benchmarks' prompts
        var texts = try LabTexts.all(data: data, seed: 5)
        for name in SyntheticBenchmarks.names {
            let file = CLIHarness.packageRoot.appendingPathComponent("benchmarks-data/\(name).jsonl")
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                texts.append(StudentPrompt.render(problem: row["problem"] as! String))
            }
        }
        var characters = 0, tokens = 0
        for text in texts {
            let encoded = try tokenizer.encode(text)
            #expect(tokenizer.decode(encoded) == text)
            characters += text.count; tokens += encoded.count
        }
        #expect(texts.count > 1000)
        #expect(Double(tokens) < 0.6 * Double(characters), "\(tokens) tokens for \(characters) characters")
    }

    @Test func theTokenizerIsPartOfTheTrainingIdentityAndCharsKeepTheirIds() throws {
        let plain = try plan(grid(train: "{steps: 100}"))
        let chars = try plan(grid(train: "{steps: 100, tokenizer: chars}"))
        let words = try plan(grid(train: "{steps: 100, tokenizer: words}"))
        #expect(plain.map(\.id) == chars.map(\.id))
        #expect(Set(plain.map(\.id)).isDisjoint(with: words.map(\.id)))
        // the cost estimate counts tokens: word tokens roughly halve a lab example, which outweighs the larger head
        let (wordCost, charCost) = (JobCost(words[0]).trainingOperations, JobCost(plain[0]).trainingOperations)
        #expect(wordCost < 0.8 * charCost && wordCost > 0.3 * charCost, "\(wordCost) against \(charCost)")
        #expect(try InProcessJob.tokenizer(for: plain[0].spec) == CharTokenizer())
    }

    @Test func wordsNeedTheLab() throws {
        #expect(throws: (any Error).self) {
            _ = try plan(grid(train: "{tokenizer: words}", data: "{source: jsonl, files: {short: s.jsonl, long: l.jsonl, large: a.jsonl, small: b.jsonl}}"))
        }
        do {
            _ = try plan(grid(train: "{tokenizer: words}", data: "{source: jsonl, files: {short: s.jsonl, long: l.jsonl, large: a.jsonl, small: b.jsonl}}"))
        } catch {
            #expect("\(error)".contains("train.tokenizer"), "\(error)")
        }
    }
}

/// A word-token sweep through the binary: trains, answers, stores its word list in the checkpoint, and a larger
/// budget reuses the model (same words) without training.
@Suite(.serialized, .enabled(if: CLIHarness.hasBinary, "build gaprun first: swift build --build-tests"))
struct WordTokenSweepCLITests {
    @Test func aWordTokenSweepTrainsAnswersAndReusesItsModel() throws {
        let dir = try CLIHarness.temporaryDirectory("word-sweep")
        defer { try? FileManager.default.removeItem(at: dir) }
        let grid = CLIHarness.tinyGrid(seeds: [0], steps: 12, limit: 2)
            .replacingOccurrences(of: "checkpoint_every: 8}", with: "checkpoint_every: 8, tokenizer: words}")
        #expect(grid.contains("tokenizer: words"))
        try grid.write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let sweep = try CLIHarness.run(["sweep", "tiny.conf", "--db", "r.sqlite", "--quiet"], in: dir)
        #expect(sweep.status == 0, "\(sweep.stderr)")
        let db = dir.appendingPathComponent("r.sqlite")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM runs WHERE status = 'COMPLETED'") == "2")
        // 80 problems give fewer than 128 words seen twice; both mixes have the same list
        let counts = try CLIHarness.sqlite(db, "SELECT group_concat(DISTINCT value) FROM metrics WHERE key = 'vocabulary_words'")
        #expect(Int(Double(counts) ?? 0) > 20 && Int(Double(counts) ?? 0) <= 128, "\(counts)")
        var lists: [[String]] = []
        for folder in try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("r.runs").path) {
            let file = dir.appendingPathComponent("r.runs/\(folder)/checkpoint/checkpoint.json")
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: Any]
            lists.append(json["words"] as! [String])
        }
        #expect(lists.count == 2 && lists[0] == lists[1] && lists[0].contains("Answer"))
        // a larger budget: the generate stage loads the model and its word list
        try grid.replacingOccurrences(of: "max_new_tokens: 24", with: "max_new_tokens: 32")
            .write(to: dir.appendingPathComponent("tiny.conf"), atomically: true, encoding: .utf8)
        let again = try CLIHarness.run(["sweep", "tiny.conf", "--db", "r.sqlite", "--quiet"], in: dir)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try CLIHarness.sqlite(db, "SELECT COUNT(*) FROM runs WHERE stage = 'generate' AND status = 'COMPLETED'") == "2")
    }
}
