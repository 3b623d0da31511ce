// Parsing good grid files: defaults from GapCore, overrides, `extends` merging, YAML 1.1 literals, resolved YAML.
import Foundation
import GapCore
import Testing
@testable import GapGrid

struct GridParsingTests {
    @Test(arguments: Fixtures.confFiles(in: Fixtures.good))
    func goodFixtureLoads(file: String) throws {
        let spec = try GridSpec.load(path: Fixtures.good + "/" + file, vocabulary: testVocabulary)
        #expect(!GridExpander.expand(spec).isEmpty)
    }

    @Test(arguments: ["quickstart.conf", "paper-toy.conf", "mix-weight.conf"])
    func experimentLoads(file: String) throws {
        let spec = try GridSpec.load(path: Fixtures.experiments + "/" + file, vocabulary: testVocabulary)
        #expect(spec.name == (file as NSString).deletingPathExtension)
        #expect(spec.extendsChain.count == 2)
    }

    @Test func unsetKeysKeepGapCoreDefaults() throws {
        let spec = try grid(minimalGrid + "train: {steps: 10, warmup_steps: 2}\n")
        var expected = TrainingConfiguration()
        expected.steps = 10
        expected.warmupSteps = 2
        #expect(spec.train == expected)
        #expect(spec.data == DataConfiguration())
        #expect(spec.eval == EvalConfiguration())
        #expect(spec.backend == "inprocess")
        #expect(spec.slurm == nil)
        #expect(spec.name == "inline")
    }

    @Test func fullFixtureReadsEverySection() throws {
        let spec = try GridSpec.load(path: Fixtures.good + "/full.conf", vocabulary: testVocabulary)
        #expect(spec.name == "full-example")
        #expect(spec.students.map(\.name) == ["s-a", "s-b"])
        #expect(spec.students[1].configuration == StudentConfiguration(layerCount: 2, channels: 48, headCount: 4, contextLength: 256))
        #expect(spec.mixes.map(\.name) == ["short", "long", "mix-long"])
        #expect(spec.mixes[2].weights == ["long": 0.2, "short": 0.8])
        #expect(spec.mixes[2].teachers == ["long", "short"])
        #expect(spec.seeds == [0, 1])
        #expect(spec.sweep == [SweepAxis(key: "train.learning_rate", values: [.double(0.001), .double(0.003)]),
                               SweepAxis(key: "data.max_steps", values: [.int(3), .int(4)])])
        #expect(spec.data.problems == 200 && spec.data.families == ["gsm", "math"] && spec.data.paired == false)
        #expect(spec.data.teachers == ["small": TeacherOverride(errorRate: 0.25)])
        #expect(spec.train.gradClip == 1.1) // `1.10` is the number 1.1
        #expect(spec.train.threads == 2)
        #expect(spec.eval.benchmarks == ["gsm-synth"] && spec.eval.limit == 20 && spec.eval.scorer == "paper-rule")
        #expect(spec.gaps.map(\.name) == ["long", "mix"])
        #expect(spec.gaps[1] == GapDefinition(name: spec.gaps[1].name, treatment: "mix-long", baseline: "short"))
        #expect(spec.include == [CellRule(student: "s-a"), CellRule(student: "s-b", mix: "mix-long")])
        #expect(spec.exclude == [CellRule(student: "s-b", seed: 1)])
        #expect(spec.backend == "slurm")
        var slurm = SlurmSettings()
        slurm.partition = "debug"; slurm.time = "00:30:00"; slurm.arrayParallelism = 4; slurm.cpusPerTask = 1
        slurm.memory = "2G"; slurm.extraArgs = ["--qos=low"]
        #expect(spec.slurm == slurm)
    }

    @Test func yaml11WordsAreLiteralWhereTextIsExpected() throws {
        let spec = try GridSpec.load(path: Fixtures.good + "/yaml11-literals.conf", vocabulary: testVocabulary)
        #expect(spec.students.map(\.name) == ["no", "012", "off"])
        #expect(spec.mixes.map(\.name) == ["on", "y"])
        #expect(spec.slurm?.time == "1:30")
        #expect(spec.slurm?.partition == "yes")
        #expect(spec.include == [CellRule(student: "no"), CellRule(student: "off", mix: "y")])
    }

    @Test func numberSpellings() throws {
        let spec = try grid(minimalGrid + "train: {learning_rate: 3e-3, weight_decay: .5, beta1: 0.9, steps: +40, warmup_steps: 0}\n")
        #expect(spec.train.learningRate == 0.003)
        #expect(spec.train.weightDecay == 0.5)
        #expect(spec.train.steps == 40)
        #expect(spec.train.warmupSteps == 0)
        let integerForDouble = try grid(minimalGrid + "train: {grad_clip: 2}\n")
        #expect(integerForDouble.train.gradClip == 2)
    }

    @Test func surprisesWhereNumbersOrBooleansAreExpectedFail() {
        let cases: [(String, String)] = [
            ("data: {paired: no}", "`data.paired` must be true or false, got `no`"),
            ("data: {paired: off}", "`data.paired` must be true or false, got `off`"),
            ("data: {paired: Y}", "`data.paired` must be true or false, got `Y`"),
            ("data: {paired: n}", "`data.paired` must be true or false, got `n`"),
            ("train: {steps: yes}", "which YAML 1.1 reads as the boolean true"),
            ("train: {steps: 0777}", "which YAML 1.1 reads as octal (511)"),
            ("train: {steps: 08}", "a number with a leading zero"),
            ("train: {learning_rate: 012}", "which YAML 1.1 reads as octal (10)"),
            ("train: {steps: 1:30:00}", "which YAML 1.1 reads as base-60 (5400)"),
            ("train: {learning_rate: 1_000.5}", "which YAML 1.1 reads as 1000.5 with the underscores dropped"),
            ("train: {learning_rate: -.inf}", "must be a finite number, got `-.inf`"),
            ("train: {learning_rate: .NaN}", "must be a finite number, got `.NaN`"),
            ("eval: {limit: \"20\"}", "got the quoted string \"20\""),
            ("data: {paired: \"true\"}", "got the quoted string \"true\""),
            ("eval: {scorer: ~}", "`eval.scorer` needs a value"),
        ]
        for (section, phrase) in cases {
            let error = gridError(minimalGrid + section + "\n")
            #expect(error?.contains(phrase) == true, "\(section): \(error ?? "parsed")")
            #expect(error?.hasPrefix("inline.conf:7:") == true, "\(section): \(error ?? "parsed")")
        }
    }

    @Test func weightsSumToOneWithinTolerance() throws {
        func mixes(_ weights: String) -> String {
            minimalGrid.replacingOccurrences(of: "long: {long: 1.0}", with: "long: {\(weights)}")
        }
        #expect(try grid(mixes("long: 0.5, short: 0.4999999")).mixes[1].weights["short"] == 0.4999999)
        #expect(try grid(mixes("long: 0.0, short: 1.0")).mixes[1].weights == ["long": 0, "short": 1])
        #expect(gridError(mixes("long: 0.5, short: 0.49999"))?.contains("sum to 0.99999, not 1") == true)
        #expect(gridError(mixes("long: 0.5, short: 0.5000011"))?.contains("sum to 1.0000011, not 1") == true)
    }

    @Test func nullClearsAnOptionalSetting() throws {
        #expect(try grid(minimalGrid + "eval: {limit: null}\n").eval.limit == nil)
        #expect(try grid(minimalGrid + "eval: {limit: 5}\n").eval.limit == 5)
    }

    @Test func extendsMergesMapsReplacesEntriesAndDropsNulls() throws {
        let a = try GridSpec.load(path: Fixtures.good + "/derived-a.conf", vocabulary: testVocabulary)
        let b = try GridSpec.load(path: Fixtures.good + "/derived-b.conf", vocabulary: testVocabulary)
        // `name` is not inherited; each derived file is named after itself.
        #expect(a.name == "derived-a" && b.name == "derived-b")
        #expect(a.extendsChain.map { ($0 as NSString).lastPathComponent } == ["derived-a.conf", "shared.conf"])
        // Maps merge key by key: b changes the checkpoint cadence and keeps the base's steps and learning rate.
        #expect(b.train.checkpointEvery == 10 && b.train.steps == 50 && b.train.learningRate == 0.002)
        #expect(a.train.threads == 1 && a.data.problems == 300 && a.data.maxSteps == 2)
        // A mix is replaced whole (no stray `short: 0.8` from the base), and keeps its place in the order.
        #expect(b.mixes.map(\.name) == ["short", "long", "mix-long"])
        #expect(b.mix(named: "mix-long")?.weights == ["long": 0.5, "small": 0.5])
        // A null removes an inherited key.
        #expect(a.gaps.map(\.name) == ["long"])
        #expect(b.gaps.isEmpty)
    }

    @Test func resolvedYAMLReadsBackToTheSameJobs() throws {
        for path in [Fixtures.good + "/full.conf", Fixtures.good + "/derived-b.conf", Fixtures.good + "/yaml11-literals.conf",
                     Fixtures.good + "/external.conf", Fixtures.experiments + "/mix-weight.conf"] {
            let spec = try GridSpec.load(path: path, vocabulary: testVocabulary)
            #expect(!spec.resolvedYAML.contains("extends"))
            #expect(spec.resolvedYAML.hasPrefix("name: \"\(spec.name)\"\n"))
            let again = try GridSpec.parse(text: spec.resolvedYAML, path: path, vocabulary: testVocabulary)
            let ids = GridExpander.expand(spec).map { JobIdentity.id(for: $0, versions: testVersions) }
            let idsAgain = GridExpander.expand(again).map { JobIdentity.id(for: $0, versions: testVersions) }
            #expect(ids == idsAgain, "\(path)\n\(spec.resolvedYAML)")
            #expect(again.name == spec.name && again.commands == spec.commands)
            #expect(again.gaps == spec.gaps && again.slurm == spec.slurm && again.include == spec.include)
        }
    }

    @Test func vocabularyComesFromTheCaller() throws {
        let text = minimalGrid.replacingOccurrences(of: "long: {long: 1.0}", with: "expert: {expert: 1.0}")
        #expect(gridError(text)?.contains("unknown teacher `expert`") == true)
        var vocabulary = testVocabulary
        vocabulary.teachers.append("expert")
        let spec = try GridSpec.parse(text: text, path: Fixtures.good + "/inline.conf", vocabulary: vocabulary)
        #expect(spec.mixes.map(\.name) == ["short", "expert"])
    }

    @Test func suggestionsNameTheNearestKey() {
        #expect(Suggestion.nearest(to: "lerning_rate", among: SectionSettings.keys(in: "train")) == "learning_rate")
        #expect(Suggestion.nearest(to: "batchsize", among: SectionSettings.keys(in: "train")) == "batch_size")
        #expect(Suggestion.nearest(to: "optimizer", among: SectionSettings.keys(in: "train")) == nil)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
    }

    @Test func everySectionKeyMatchesGapCoreCodingKeys() throws {
        // The key table must name exactly the keys GapCore's structs encode, so no setting is unreachable.
        func encodedKeys<T: Encodable>(_ value: T) throws -> Set<String> {
            let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? [String: Any]
            return Set(object?.keys.map { $0 } ?? [])
        }
        var eval = EvalConfiguration()
        eval.limit = 1 // optional keys are only encoded when set
        eval.allowShortBudget = true
        #expect(Set(SectionSettings.keys(in: "data")) == (try encodedKeys(DataConfiguration())))
        var train = TrainingConfiguration()
        train.tokenizer = "words"
        train.lengthGroups = 4  // stored only when not 1
        #expect(Set(SectionSettings.keys(in: "train")) == (try encodedKeys(train)))
        #expect(Set(SectionSettings.keys(in: "eval")) == (try encodedKeys(eval)))
    }
}
