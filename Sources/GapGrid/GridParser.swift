// GridParser: reads a grid file (following `extends`), checks every key, type, name and reference, and builds a
// GridSpec. Everything is validated here, before any job exists; the first problem found is thrown as a
// one-line GridError. It does not run, store or schedule anything.

import Foundation
import GapCore

extension GridSpec {
    /// Every top-level key of a grid file.
    static let topLevelKeys = ["name", "extends", "students", "mixes", "seeds", "sweep", "data", "train", "eval", "gaps",
                               "include", "exclude", "backend", "commands", "slurm"]

    /// Loads, merges (`extends`) and validates the grid file at `path`. `backend` (the CLI's `--backend`) replaces the
    /// file's `backend` before anything is validated, so the grid is checked as it will run.
    /// - Throws: `GridError`, one line: `path:line:column: message (hint: …)`.
    public static func load(path: String, vocabulary: GridVocabulary, backend: String? = nil) throws(GridError) -> GridSpec {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadable(FileError(path: path, message: "cannot read the grid file", hint: "check the path"))
        }
        return try parse(text: text, path: path, vocabulary: vocabulary, backend: backend)
    }

    /// Validates grid text as if read from `path` (which names errors and anchors relative `extends` paths).
    public static func parse(text: String, path: String, vocabulary: GridVocabulary,
                             backend: String? = nil) throws(GridError) -> GridSpec {
        var chain: [String] = []
        let tree = try GridFileLoader.resolve(text: text, path: path, chain: &chain)
        var parser = GridParser(vocabulary: vocabulary, path: path)
        parser.backendOverride = backend
        return try parser.build(tree, chain: chain)
    }
}

// MARK: - Files and `extends`

enum GridFileLoader {
    /// The merged tree of `path` and everything it extends. `chain` receives the files, derived first.
    static func resolve(text: String, path: String, chain: inout [String], via: SourceLocation? = nil) throws(GridError) -> YAMLNode {
        let identity = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let identities = chain.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        if identities.contains(identity), let via {
            let cycle = (chain + [path]).map { ($0 as NSString).lastPathComponent }.joined(separator: " → ")
            throw .extendsCycle(FileError(path: via.path, line: via.line, column: via.column,
                                          message: "`extends` makes a cycle: \(cycle)",
                                          hint: "remove `extends` from one of these files"))
        }
        chain.append(path)
        guard let tree = try YAMLReader.parse(text: text, path: path) else {
            throw .invalid(FileError(path: path, line: 1, column: 1, message: "the grid file is empty",
                                     hint: "a grid needs at least `students`, `mixes` and `seeds`"))
        }
        guard var entries = tree.entries else {
            throw .invalid(tree.location, "a grid file must be a mapping of keys, got \(tree.kindDescription)",
                           hint: "start with `students:`, `mixes:` and `seeds:`")
        }
        guard let index = entries.firstIndex(where: { $0.key == "extends" }) else { return tree }
        let extendsNode = entries[index].value
        let relative = try ScalarReader.string(extendsNode, "`extends`")
        let basePath = relative.hasPrefix("/") ? relative
            : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(relative)
        let baseText: String
        do { baseText = try String(contentsOfFile: basePath, encoding: .utf8) } catch {
            throw .unreadable(FileError(path: extendsNode.location.path, line: extendsNode.location.line,
                                        column: extendsNode.location.column,
                                        message: "`extends` names `\(relative)`, which cannot be read (looked for \(basePath))",
                                        hint: "the path is relative to this file's folder"))
        }
        var base = try resolve(text: baseText, path: basePath, chain: &chain, via: extendsNode.location)
        entries.remove(at: index)
        // `name` belongs to the file that states it: a derived grid is never named after its base.
        if let baseEntries = base.entries { base.value = .mapping(baseEntries.filter { $0.key != "name" }) }
        return YAMLMerge.merge(base: base, child: YAMLNode(value: .mapping(entries), location: tree.location))
    }
}

// MARK: - Sections

struct GridParser {
    let vocabulary: GridVocabulary
    let path: String
    /// `--backend` from the command line, which replaces the file's `backend`.
    var backendOverride: String?

    init(vocabulary: GridVocabulary, path: String) { self.vocabulary = vocabulary; self.path = path }

    mutating func build(_ tree: YAMLNode, chain: [String]) throws(GridError) -> GridSpec {
        let entries = tree.entries ?? []
        try ScalarReader.checkKeys(entries, allowed: GridSpec.topLevelKeys, in: "the grid")
        func node(_ key: String) -> YAMLNode? { entries.first { $0.key == key && !$0.value.isNull }?.value }
        func required(_ key: String, _ example: String) throws(GridError) -> YAMLNode {
            guard let value = node(key) else {
                throw .invalid(FileError(path: path, line: 1, column: 1, message: "the grid has no `\(key)` axis",
                                         hint: "add `\(key): \(example)` here or in the file it extends"))
            }
            return value
        }

        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = try node("name").map { n throws(GridError) in try ScalarReader.string(n, "`name`") } ?? stem
        try ScalarReader.checkName(name, at: node("name")?.location ?? tree.location, "the grid name")
        let backendNode = node("backend")
        let fileBackend = try backendNode.map { n throws(GridError) in try ScalarReader.string(n, "`backend`") }
        if let backendNode, let fileBackend, !Backend.names.contains(fileBackend) {
            throw .invalid(backendNode.location, "unknown backend `\(fileBackend)`",
                           hint: Suggestion.hint(for: fileBackend, among: Backend.names))
        }
        let backend = backendOverride ?? fileBackend ?? Executor.inProcess.rawValue

        let students = try parseStudents(try required("students", "{s-tiny: {layers: 1, channels: 32, heads: 2, context_length: 768}}"))
        let mixes = try parseMixes(try required("mixes", "{short: {short: 1.0}}"))
        let seeds = try parseSeeds(try required("seeds", "[0]"))
        var sections = SectionValues()
        for section in ["data", "train", "eval"] {
            if let sectionNode = node(section) { try parseSection(section, sectionNode, into: &sections) }
        }
        let sweep = try node("sweep").map { n throws(GridError) in try parseSweep(n) } ?? []
        let gaps = try node("gaps").map { n throws(GridError) in try parseGaps(n, mixes: mixes) } ?? []
        let include = try node("include").map { n throws(GridError) in
            try parseRules(n, "include", students: students, mixes: mixes, seeds: seeds) } ?? []
        let exclude = try node("exclude").map { n throws(GridError) in
            try parseRules(n, "exclude", students: students, mixes: mixes, seeds: seeds) } ?? []
        let parsedCommands = try node("commands").map { n throws(GridError) in try parseCommands(n) }
        let commands = parsedCommands?.templates ?? [:]
        var slurm = try node("slurm").map { n throws(GridError) in try parseSlurm(n) }
        if backend == "slurm", slurm == nil { slurm = SlurmSettings() }

        let external = students.filter { !$0.configuration.isInProcess }
        if backend == "inprocess", let first = external.first {
            throw .invalid(studentLocations[first.name] ?? tree.location,
                           "student `\(first.name)` is an external model, which backend `inprocess` cannot train",
                           hint: "set `backend: command` (or `slurm`) with `commands`, or give it layers/channels/heads/context_length")
        }
        if backend == "command", let first = students.first(where: { $0.configuration.isInProcess }) {
            throw .invalid(studentLocations[first.name] ?? tree.location,
                           "student `\(first.name)` is an in-process model, which backend `command` cannot run",
                           hint: "give it `model:` (an external model name) or use `backend: inprocess`")
        }
        if backend == "command" || (backend == "slurm" && !external.isEmpty) {
            for step in ["train", "generate"] where commands[step] == nil {
                throw .invalid(node("commands")?.location ?? backendNode?.location ?? tree.location,
                               "backend `\(backend)` with external models needs `commands.\(step)`",
                               hint: "e.g. commands: {train: \"llamafactory-cli train {train_config}\", generate: \"python gen.py --model {model}\"}")
            }
        }

        var spec = GridSpec(name: name, sourcePath: path, extendsChain: chain, students: students, mixes: mixes, seeds: seeds,
                            sweep: sweep, data: sections.data, train: sections.train, eval: sections.eval, gaps: gaps,
                            include: include, exclude: exclude, backend: backend, commands: commands,
                            commandResources: parsedCommands?.resources ?? CommandResources(), slurm: slurm,
                            resolvedYAML: YAMLWriter.write(Self.naming(tree, name)))
        spec.settingLocations = settingLocations
        for (student, location) in studentLocations { spec.settingLocations["students.\(student)"] = location }
        try checkCells(spec, at: node("include")?.location ?? node("exclude")?.location ?? tree.location,
                       sweepLocation: node("sweep")?.location)
        return spec
    }

    /// `tree` with `name` as its first entry, so the stored resolved YAML names its grid even when the name
    /// came from the file's stem.
    private static func naming(_ tree: YAMLNode, _ name: String) -> YAMLNode {
        var entries = (tree.entries ?? []).filter { $0.key != "name" }
        entries.insert(YAMLEntry(key: "name", keyLocation: tree.location,
                                 value: YAMLNode(value: .scalar(text: name, isPlain: false), location: tree.location)), at: 0)
        return YAMLNode(value: .mapping(entries), location: tree.location)
    }

    // MARK: Students

    /// Key location of each student, for errors raised after parsing.
    private var studentLocations: [String: SourceLocation] = [:]

    private mutating func parseStudents(_ node: YAMLNode) throws(GridError) -> [GridStudent] {
        let entries = try ScalarReader.mapping(node, "`students`", example: "{s-tiny: {layers: 1, channels: 32, heads: 2, context_length: 768}}")
        guard !entries.isEmpty else {
            throw .invalid(node.location, "the `students` axis is empty", hint: "name at least one student")
        }
        let keys = ["layers", "channels", "heads", "context_length", "model", "size_billions"]
        var students: [GridStudent] = []
        for entry in entries {
            try ScalarReader.checkName(entry.key, at: entry.keyLocation, "student")
            studentLocations[entry.key] = entry.keyLocation
            let what = "student `\(entry.key)`"
            let fields = try ScalarReader.mapping(entry.value, what, example: "{layers: 1, channels: 32, heads: 2, context_length: 768}")
            try ScalarReader.checkKeys(fields, allowed: keys, in: what)
            var configuration = StudentConfiguration()
            for field in fields {
                let fieldWhat = "`students.\(entry.key).\(field.key)`"
                switch field.key {
                case "model": configuration.model = try ScalarReader.string(field.value, fieldWhat)
                case "size_billions":
                    let size = try ScalarReader.double(field.value, fieldWhat)
                    guard size > 0 else { throw .invalid(field.value.location, "\(fieldWhat) must be positive, got \(CanonicalJSON.number(size))", hint: "write a number above 0") }
                    configuration.sizeBillions = size
                default:
                    let value = try ScalarReader.int(field.value, fieldWhat)
                    guard value > 0 else { throw .invalid(field.value.location, "\(fieldWhat) must be positive, got \(value)", hint: "write a number above 0") }
                    switch field.key {
                    case "layers": configuration.layerCount = value
                    case "channels": configuration.channels = value
                    case "heads": configuration.headCount = value
                    default: configuration.contextLength = value
                    }
                }
            }
            if configuration.model != nil {
                if let field = fields.first(where: { ["layers", "channels", "heads", "context_length"].contains($0.key) }) {
                    throw .invalid(field.keyLocation, "\(what) names an external `model`, so it cannot also set `\(field.key)`",
                                   hint: "an external student takes only `model` and `size_billions`")
                }
            } else {
                if let field = fields.first(where: { $0.key == "size_billions" }) {
                    throw .invalid(field.keyLocation, "\(what) is an in-process model; `size_billions` is only for external models",
                                   hint: "remove `size_billions`, or add `model:`")
                }
                let missing = [("layers", configuration.layerCount), ("channels", configuration.channels),
                               ("heads", configuration.headCount), ("context_length", configuration.contextLength)]
                    .filter { $0.1 == nil }.map(\.0)
                if !missing.isEmpty {
                    throw .invalid(entry.value.location, "\(what) is missing \(missing.map { "`\($0)`" }.joined(separator: ", "))",
                                   hint: "an in-process student needs layers, channels, heads and context_length; an external one needs `model`")
                }
                if let channels = configuration.channels, let heads = configuration.headCount, channels % heads != 0 {
                    let location = fields.first { $0.key == "heads" }?.value.location ?? entry.value.location
                    throw .invalid(location, "\(what): heads (\(heads)) must divide channels (\(channels))",
                                   hint: "pick a divisor of \(channels), e.g. \(nearDivisors(of: channels, near: heads).map(String.init).joined(separator: " or "))")
                }
            }
            students.append(GridStudent(name: entry.key, configuration: configuration))
        }
        return students
    }

    /// The two divisors of `number` closest to `wanted`, ascending.
    private func nearDivisors(of number: Int, near wanted: Int) -> [Int] {
        (1...number).filter { number % $0 == 0 }.sorted { abs($0 - wanted) < abs($1 - wanted) }.prefix(2).sorted()
    }

    // MARK: Mixes and seeds

    private func parseMixes(_ node: YAMLNode) throws(GridError) -> [GridMix] {
        let entries = try ScalarReader.mapping(node, "`mixes`", example: "{short: {short: 1.0}, mix-long: {long: 0.2, short: 0.8}}")
        guard !entries.isEmpty else { throw .invalid(node.location, "the `mixes` axis is empty", hint: "name at least one mix") }
        var mixes: [GridMix] = []
        for entry in entries {
            try ScalarReader.checkName(entry.key, at: entry.keyLocation, "mix")
            let what = "mix `\(entry.key)`"
            let weights = try ScalarReader.mapping(entry.value, what, example: "{long: 0.2, short: 0.8}")
            guard !weights.isEmpty else {
                throw .invalid(entry.value.location, "\(what) names no teacher", hint: "write teacher: weight pairs, e.g. {short: 1.0}")
            }
            var mix = GridMix(name: entry.key, weights: [:], teachers: [])
            for weight in weights {
                guard vocabulary.teachers.contains(weight.key) else {
                    throw .invalid(weight.keyLocation, "unknown teacher `\(weight.key)` in \(what)",
                                   hint: Suggestion.hint(for: weight.key, among: vocabulary.teachers))
                }
                let value = try ScalarReader.double(weight.value, "the weight of `\(weight.key)` in \(what)")
                guard (0...1).contains(value) else {
                    throw .invalid(weight.value.location, "the weight of `\(weight.key)` in \(what) must be between 0 and 1, got \(CanonicalJSON.number(value))", hint: "write a value from 0 to 1")
                }
                mix.weights[weight.key] = value
                mix.teachers.append(weight.key)
            }
            let sum = mix.teachers.reduce(0.0) { $0 + mix.weights[$1]! }
            guard abs(sum - 1) <= 1e-6 else {
                throw .invalid(entry.keyLocation, "the weights of \(what) sum to \(CanonicalJSON.number((sum * 1e9).rounded() / 1e9)), not 1",
                               hint: "make them add up to 1 (tolerance 1e-6)")
            }
            mixes.append(mix)
        }
        return mixes
    }

    private func parseSeeds(_ node: YAMLNode) throws(GridError) -> [Int] {
        let items = try ScalarReader.sequence(node, "`seeds`", example: "[0, 1, 2]")
        guard !items.isEmpty else { throw .invalid(node.location, "the `seeds` axis is empty", hint: "write e.g. [0]") }
        var seeds: [Int] = []
        for item in items {
            let seed = try ScalarReader.int(item, "a seed")
            guard seed >= 0 else { throw .invalid(item.location, "seeds must be 0 or more, got \(seed)", hint: "write 0 or a positive number") }
            guard !seeds.contains(seed) else { throw .invalid(item.location, "seed \(seed) is listed twice", hint: "remove the repeat") }
            seeds.append(seed)
        }
        return seeds
    }

    // MARK: data / train / eval

    /// Key location of each data/train/eval setting, for errors that span keys.
    private var settingLocations: [String: SourceLocation] = [:]

    private mutating func parseSection(_ section: String, _ node: YAMLNode, into values: inout SectionValues) throws(GridError) {
        let entries = try ScalarReader.mapping(node, "`\(section)`", example: "{key: value, …}")
        try ScalarReader.checkKeys(entries, allowed: SectionSettings.keys(in: section), in: "`\(section)`")
        for entry in entries {
            let key = "\(section).\(entry.key)"
            settingLocations[key] = entry.keyLocation
            if let setting = SectionSettings.setting(section: section, name: entry.key) {
                SectionSettings.apply(try SectionSettings.read(entry.value, for: setting, vocabulary: vocabulary), to: key, in: &values)
                continue
            }
            switch key {
            case "data.families":
                values.data.families = try namedList(entry.value, "`data.families`", allowed: vocabulary.families, kind: "family")
            case "eval.benchmarks":
                values.eval.benchmarks = try namedList(entry.value, "`eval.benchmarks`", allowed: vocabulary.benchmarks, kind: "benchmark")
            case "data.teachers":
                var overrides: [String: TeacherOverride] = [:]
                for teacher in try ScalarReader.mapping(entry.value, "`data.teachers`", example: "{small: {error_rate: 0.3}}") {
                    try checkTeacher(teacher, in: "`data.teachers`")
                    let fields = try ScalarReader.mapping(teacher.value, "`data.teachers.\(teacher.key)`", example: "{error_rate: 0.3}")
                    try ScalarReader.checkKeys(fields, allowed: ["error_rate"], in: "`data.teachers.\(teacher.key)`")
                    var override = TeacherOverride()
                    for field in fields {
                        let rate = try ScalarReader.double(field.value, "`data.teachers.\(teacher.key).error_rate`")
                        guard (0..<1).contains(rate) else {
                            throw .invalid(field.value.location, "`data.teachers.\(teacher.key).error_rate` must be at least 0 and below 1, got \(CanonicalJSON.number(rate))", hint: "write a value in [0, 1), e.g. 0.9")
                        }
                        override.errorRate = rate
                    }
                    overrides[teacher.key] = override
                }
                values.data.teachers = overrides
            case "data.files":
                var files: [String: String] = [:]
                for teacher in try ScalarReader.mapping(entry.value, "`data.files`", example: "{long: data/long.jsonl}") {
                    try checkTeacher(teacher, in: "`data.files`")
                    files[teacher.key] = try ScalarReader.string(teacher.value, "`data.files.\(teacher.key)`")
                }
                values.data.files = files
            default: // data.fields
                var fields: [String: String] = [:]
                let entries = try ScalarReader.mapping(entry.value, "`data.fields`", example: "{problem: question, solution: response}")
                try ScalarReader.checkKeys(entries, allowed: ["problem", "solution", "answer"], in: "`data.fields`")
                for field in entries { fields[field.key] = try ScalarReader.string(field.value, "`data.fields.\(field.key)`") }
                values.data.fields = fields
            }
        }
    }

    private func checkTeacher(_ entry: YAMLEntry, in what: String) throws(GridError) {
        guard vocabulary.teachers.contains(entry.key) else {
            throw .invalid(entry.keyLocation, "unknown teacher `\(entry.key)` in \(what)",
                           hint: Suggestion.hint(for: entry.key, among: vocabulary.teachers))
        }
    }

    private func namedList(_ node: YAMLNode, _ what: String, allowed: [String], kind: String) throws(GridError) -> [String] {
        let items = try ScalarReader.sequence(node, what, example: "[\(allowed.prefix(2).joined(separator: ", "))]")
        guard !items.isEmpty else { throw .invalid(node.location, "\(what) is empty", hint: "list at least one \(kind)") }
        var names: [String] = []
        for item in items {
            let name = try ScalarReader.string(item, "a \(kind) in \(what)")
            guard allowed.contains(name) else {
                throw .invalid(item.location, "unknown \(kind) `\(name)` in \(what)", hint: Suggestion.hint(for: name, among: allowed))
            }
            guard !names.contains(name) else { throw .invalid(item.location, "\(kind) `\(name)` is listed twice in \(what)", hint: "remove the repeat") }
            names.append(name)
        }
        return names
    }

    // MARK: sweep, gaps, rules

    private func parseSweep(_ node: YAMLNode) throws(GridError) -> [SweepAxis] {
        let entries = try ScalarReader.mapping(node, "`sweep`", example: "{train.learning_rate: [0.001, 0.003]}")
        let sweepable = SectionSettings.all.filter(\.changesResults).map(\.dottedKey)
        var axes: [SweepAxis] = []
        for entry in entries {
            let parts = entry.key.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, let setting = SectionSettings.setting(section: parts[0], name: parts[1]) else {
                let structured = parts.count == 2 && (SectionSettings.structuredKeys[parts[0]] ?? []).contains(parts[1])
                throw .invalid(entry.keyLocation, structured
                               ? "`\(entry.key)` holds a list or map and cannot be swept"
                               : "`\(entry.key)` in `sweep` is not a data/train/eval key",
                               hint: structured ? "sweep single-value keys such as train.learning_rate"
                                                : Suggestion.hint(for: entry.key, among: sweepable))
            }
            guard setting.changesResults else {
                throw .invalid(entry.keyLocation, "`\(entry.key)` cannot change results, so sweeping it would make identical jobs",
                               hint: "set it once under `\(setting.section)`")
            }
            let items = try ScalarReader.sequence(entry.value, "`sweep.\(entry.key)`", example: "[0.001, 0.003]")
            guard !items.isEmpty else { throw .invalid(entry.value.location, "`sweep.\(entry.key)` is empty", hint: "list at least one value") }
            var values: [SettingValue] = []
            for item in items {
                guard let value = try SectionSettings.read(item, for: setting, vocabulary: vocabulary) else {
                    throw .invalid(item.location, "`sweep.\(entry.key)` cannot hold null", hint: "list values only")
                }
                guard !values.contains(value) else {
                    throw .invalid(item.location, "`sweep.\(entry.key)` lists \(value) twice", hint: "remove the repeat")
                }
                values.append(value)
            }
            axes.append(SweepAxis(key: entry.key, values: values, location: entry.keyLocation))
        }
        return axes
    }

    private func parseGaps(_ node: YAMLNode, mixes: [GridMix]) throws(GridError) -> [GapDefinition] {
        let entries = try ScalarReader.mapping(node, "`gaps`", example: "{long: {treatment: long, baseline: short}}")
        var gaps: [GapDefinition] = []
        for entry in entries {
            try ScalarReader.checkName(entry.key, at: entry.keyLocation, "gap")
            let fields = try ScalarReader.mapping(entry.value, "gap `\(entry.key)`", example: "{treatment: long, baseline: short}")
            try ScalarReader.checkKeys(fields, allowed: ["treatment", "baseline"], in: "gap `\(entry.key)`")
            var names: [String: String] = [:]
            for role in ["treatment", "baseline"] {
                guard let field = fields.first(where: { $0.key == role }) else {
                    throw .invalid(entry.value.location, "gap `\(entry.key)` has no `\(role)`", hint: "name the \(role) mix")
                }
                let mix = try ScalarReader.string(field.value, "`gaps.\(entry.key).\(role)`")
                guard mixes.contains(where: { $0.name == mix }) else {
                    throw .invalid(field.value.location, "gap `\(entry.key)` names mix `\(mix)`, which is not in `mixes`",
                                   hint: Suggestion.hint(for: mix, among: mixes.map(\.name)))
                }
                names[role] = mix
            }
            gaps.append(GapDefinition(name: entry.key, treatment: names["treatment"]!, baseline: names["baseline"]!))
        }
        return gaps
    }

    private func parseRules(_ node: YAMLNode, _ what: String, students: [GridStudent], mixes: [GridMix], seeds: [Int]) throws(GridError) -> [CellRule] {
        let items = try ScalarReader.sequence(node, "`\(what)`", example: "[{student: s-tiny, mix: short}]")
        var rules: [CellRule] = []
        for item in items {
            let fields = try ScalarReader.mapping(item, "a rule in `\(what)`", example: "{student: s-tiny, mix: short, seed: 0}")
            guard !fields.isEmpty else {
                throw .invalid(item.location, "an empty rule in `\(what)` matches every cell", hint: "name a student, mix or seed")
            }
            try ScalarReader.checkKeys(fields, allowed: ["student", "mix", "seed"], in: "a rule in `\(what)`")
            var rule = CellRule()
            for field in fields {
                switch field.key {
                case "student":
                    let name = try ScalarReader.string(field.value, "`student` in `\(what)`")
                    guard students.contains(where: { $0.name == name }) else {
                        throw .invalid(field.value.location, "`\(what)` names student `\(name)`, which is not in `students`",
                                       hint: Suggestion.hint(for: name, among: students.map(\.name)))
                    }
                    rule.student = name
                case "mix":
                    let name = try ScalarReader.string(field.value, "`mix` in `\(what)`")
                    guard mixes.contains(where: { $0.name == name }) else {
                        throw .invalid(field.value.location, "`\(what)` names mix `\(name)`, which is not in `mixes`",
                                       hint: Suggestion.hint(for: name, among: mixes.map(\.name)))
                    }
                    rule.mix = name
                default:
                    let seed = try ScalarReader.int(field.value, "`seed` in `\(what)`")
                    guard seeds.contains(seed) else {
                        throw .invalid(field.value.location, "`\(what)` names seed \(seed), which is not in `seeds`",
                                       hint: "seeds are \(seeds.map(String.init).joined(separator: ", "))")
                    }
                    rule.seed = seed
                }
            }
            rules.append(rule)
        }
        return rules
    }

    // MARK: backend settings

    /// The command templates, and the node resources a command job asks for (`gpus`, `cpus`: requests, kept
    /// apart so they never enter a job id).
    private func parseCommands(_ node: YAMLNode) throws(GridError) -> (templates: [String: String], resources: CommandResources) {
        let entries = try ScalarReader.mapping(node, "`commands`", example: "{train: \"…\", generate: \"…\", gpus: 4}")
        try ScalarReader.checkKeys(entries, allowed: ["train", "generate", "gpus", "cpus"], in: "`commands`")
        var commands: [String: String] = [:]
        var resources = CommandResources()
        for entry in entries {
            if entry.key == "gpus" || entry.key == "cpus" {
                let what = "`commands.\(entry.key)`"
                let value = try ScalarReader.int(entry.value, what)
                guard value >= (entry.key == "gpus" ? 0 : 1) else {
                    throw .invalid(entry.value.location, "\(what) must be \(entry.key == "gpus" ? "0 or more" : "positive"), got \(value)",
                                   hint: "write how many each job's task needs, e.g. 4")
                }
                if entry.key == "gpus" { resources.gpus = value } else { resources.cpus = value }
                continue
            }
            let command = try ScalarReader.string(entry.value, "`commands.\(entry.key)`")
            guard !command.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .invalid(entry.value.location, "`commands.\(entry.key)` is empty", hint: "write the command line to run")
            }
            commands[entry.key] = command
        }
        return (commands, resources)
    }

    private func parseSlurm(_ node: YAMLNode) throws(GridError) -> SlurmSettings {
        let entries = try ScalarReader.mapping(node, "`slurm`", example: "{partition: debug, time: \"00:30:00\"}")
        try ScalarReader.checkKeys(entries, allowed: ["partition", "time", "array_parallelism", "cpus_per_task", "mem", "extra_args"],
                                   in: "`slurm`")
        var settings = SlurmSettings()
        for entry in entries {
            let what = "`slurm.\(entry.key)`"
            switch entry.key {
            case "partition": settings.partition = try ScalarReader.string(entry.value, what)
            case "time":
                let time = try ScalarReader.string(entry.value, what)
                guard SlurmSettings.timeLimitSeconds(time) != nil else {
                    throw .invalid(entry.value.location, "\(what) must be a Slurm time such as 30, 01:00:00 or 1-00:00:00, got `\(time)`",
                                   hint: "quote it (\"00:30:00\"), or leave `time` out to derive it from each job's estimated cost")
                }
                settings.time = time
            case "mem":
                let memory = try ScalarReader.string(entry.value, what)
                guard SlurmSettings.isValidMemory(memory) else {
                    throw .invalid(entry.value.location, "\(what) must be a Slurm memory size such as 512M, 4G or 0, got `\(memory)`",
                                   hint: "write a whole number with an optional unit K, M, G or T, or leave `mem` out to derive it from each job")
                }
                settings.memory = memory
            case "extra_args":
                var arguments: [String] = []
                for item in try ScalarReader.sequence(entry.value, what, example: "[\"--qos=low\"]") {
                    arguments.append(try ScalarReader.string(item, "an argument in \(what)"))
                }
                settings.extraArgs = arguments
            default:
                let value = try ScalarReader.int(entry.value, what)
                guard value > 0 else { throw .invalid(entry.value.location, "\(what) must be positive, got \(value)", hint: "write a number above 0") }
                if entry.key == "array_parallelism" { settings.arrayParallelism = value } else { settings.cpusPerTask = value }
            }
        }
        return settings
    }

    // MARK: cells

    /// Checks every expanded cell: rules that span keys (min_steps ≤ max_steps, warmup_steps ≤ steps, length_groups ≤
    /// batch_size, a file for each mixed teacher when `data.source: jsonl`), which a sweep can break in some cells
    /// only, and that include/exclude leave at least one job.
    private func checkCells(_ spec: GridSpec, at rulesLocation: SourceLocation, sweepLocation: SourceLocation?) throws(GridError) {
        let jobs = GridExpander.expand(spec)
        guard !jobs.isEmpty else {
            throw .invalid(rulesLocation, "`include`/`exclude` leave no jobs", hint: "loosen the rules")
        }
        for job in jobs {
            let swept = job.sweptValues.isEmpty ? "" : " (with " + job.sweptValues.sorted { $0.key < $1.key }
                .map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + ")"
            // Point at the sweep when it supplied one of the two values, otherwise at the key in its section.
            func location(_ keys: String...) -> SourceLocation {
                (keys.contains { job.sweptValues[$0] != nil } ? sweepLocation : nil)
                    ?? keys.lazy.compactMap { settingLocations[$0] }.first ?? SourceLocation(path: path, line: 1, column: 1)
            }
            if job.data.minSteps > job.data.maxSteps {
                throw .invalid(location("data.min_steps", "data.max_steps"), "`data.min_steps` (\(job.data.minSteps)) is larger than `data.max_steps` (\(job.data.maxSteps))\(swept)",
                               hint: "make min_steps ≤ max_steps")
            }
            if job.data.source == "jsonl", let teacher = job.mixWeights.keys.sorted().first(where: { job.data.files[$0] == nil }) {
                throw .invalid(location("data.source", "data.files"),
                               "`data.source: jsonl` needs a file for teacher `\(teacher)` (used by mix `\(job.mix)`)\(swept)",
                               hint: "add `files: {\(teacher): path/to/\(teacher).jsonl}` under `data`")
            }
            if job.train.tokenizerName == "words" && job.data.source != "synthetic" {
                throw .invalid(location("train.tokenizer", "data.source"),
                               "`train.tokenizer: words` builds its words from the lab's teachers, but `data.source` is `\(job.data.source)`\(swept)",
                               hint: "use `train.tokenizer: chars` with external data")
            }
            if job.train.lengthGroups > job.train.batchSize {
                throw .invalid(location("train.length_groups", "train.batch_size"), "`train.length_groups` (\(job.train.lengthGroups)) is larger than `train.batch_size` (\(job.train.batchSize))\(swept)",
                               hint: "use at most one group per batch row")
            }
            if job.train.warmupSteps > job.train.steps {
                throw .invalid(location("train.warmup_steps", "train.steps"), "`train.warmup_steps` (\(job.train.warmupSteps)) is larger than `train.steps` (\(job.train.steps))\(swept)",
                               hint: "warm up for fewer steps than the run has")
            }
        }
    }
}
