// Importing external per-benchmark results (published numbers, GPU runs) from CSV into the results database as
// COMPLETED runs with source `import:<file>`, so the `gaps` view, tables and plots cover them. Parsing validates every
// row first (a bad row names its line); writing is one transaction; a run's id hashes its content, so a second import
// of the same rows adds nothing.
import Foundation
import GapCore

/// One validated data row of an import CSV.
public struct ImportedResultRow: Sendable, Equatable {
    /// 1-based line in the file.
    public var line: Int
    /// Student name as given.
    public var student: String
    /// Mix name as given (gap definitions refer to it).
    public var mix: String
    /// Seed; rows with the same source, student, mix and seed form one run.
    public var seed: Int
    /// Benchmark name as given.
    public var benchmark: String
    /// Correct answers: the `correct` column, or accuracy × total rounded.
    public var correct: Int
    /// Items of the benchmark.
    public var total: Int
    /// A fraction in [0, 1]: the `accuracy` column as given, or correct / total.
    public var accuracy: Double
    /// Where the numbers come from, e.g. `paper-v1-table3`.
    public var source: String
    /// Sort key: the `student_size` column, `size_billions` × 1e9, or a trailing `<n>B` in the student name × 1e9.
    public var studentSize: Double?
}

/// What an import did.
public struct ImportSummary: Sendable, Equatable {
    /// The experiment the runs were linked to.
    public var experiment: String
    /// Data rows read.
    public var rows: Int
    /// Runs (student × mix × seed × source) written now.
    public var runsAdded: Int
    /// Runs already in the database from an earlier import of the same rows (not counted twice).
    public var runsAlreadyPresent: Int
    /// The experiment's gap definitions after the import.
    public var gaps: [GapDefinition]
}

/// The import CSV format: `student,mix,seed,benchmark,total,source` plus `correct` or `accuracy` (either or both),
/// optional `student_size` (parameters) or `size_billions`. `#` lines and blank lines are skipped.
public enum ResultImportCSV {
    static let required = ["student", "mix", "seed", "benchmark", "total", "source"]
    static let optional = ["correct", "accuracy", "student_size", "size_billions"]

    /// Parses and validates `text` read from `path`. Throws a `FileError` naming the first bad line.
    public static func parse(_ text: String, path: String) throws -> [ImportedResultRow] {
        var header: [String]?
        var rows: [ImportedResultRow] = []
        var firstLine: [String: Int] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = try splitFields(line, path: path, line: lineNumber)
            guard let columns = header else {
                header = try validateHeader(fields, path: path, line: lineNumber)
                continue
            }
            guard fields.count == columns.count else {
                throw FileError(path: path, line: lineNumber, message: "expected \(columns.count) fields, found \(fields.count)",
                                hint: "columns are \(columns.joined(separator: ","))")
            }
            let row = try parseRow(Dictionary(uniqueKeysWithValues: zip(columns, fields)), path: path, line: lineNumber)
            let key = [row.source, row.student, row.mix, String(row.seed), row.benchmark].joined(separator: "\u{1}")
            if let earlier = firstLine[key] {
                throw FileError(path: path, line: lineNumber,
                                message: "duplicate result for \(row.student)/\(row.mix)/seed \(row.seed)/\(row.benchmark)",
                                hint: "line \(earlier) has the same student, mix, seed, benchmark and source")
            }
            firstLine[key] = lineNumber
            rows.append(row)
        }
        if header == nil { throw FileError(path: path, line: nil, message: "the file has no header row", hint: headerHint) }
        if rows.isEmpty { throw FileError(path: path, line: nil, message: "the file has no data rows") }
        return rows
    }

    static let headerHint = "the first line must name the columns student,mix,seed,benchmark,total,source and correct or accuracy"

    static func validateHeader(_ fields: [String], path: String, line: Int) throws -> [String] {
        let names = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for name in names where !required.contains(name) && !optional.contains(name) {
            throw FileError(path: path, line: line, message: "unknown column `\(name)`", hint: headerHint)
        }
        for name in required where !names.contains(name) {
            throw FileError(path: path, line: line, message: "missing column `\(name)`", hint: headerHint)
        }
        if !names.contains("correct") && !names.contains("accuracy") {
            throw FileError(path: path, line: line, message: "missing column `correct` or `accuracy`", hint: headerHint)
        }
        if Set(names).count != names.count {
            throw FileError(path: path, line: line, message: "a column is named twice", hint: headerHint)
        }
        return names
    }

    static func parseRow(_ values: [String: String], path: String, line: Int) throws -> ImportedResultRow {
        func fail(_ message: String, _ hint: String? = nil) -> FileError {
            FileError(path: path, line: line, message: message, hint: hint)
        }
        func text(_ column: String) throws -> String {
            let value = values[column] ?? ""
            if value.isEmpty { throw fail("empty `\(column)`") }
            return value
        }
        let student = try text("student"), mix = try text("mix"), benchmark = try text("benchmark"), source = try text("source")
        guard let seed = Int(try text("seed")) else { throw fail("`seed` must be an integer, found `\(values["seed"]!)`") }
        guard let total = Int(try text("total")), total > 0 else {
            throw fail("`total` must be a positive integer, found `\(values["total"]!)`", "the number of items of the benchmark")
        }
        let correctText = values["correct"] ?? "", accuracyText = values["accuracy"] ?? ""
        var correct: Int?, accuracy: Double?
        if !correctText.isEmpty {
            guard let value = Int(correctText), value >= 0, value <= total else {
                throw fail("`correct` must be an integer in 0…\(total), found `\(correctText)`")
            }
            correct = value
        }
        if !accuracyText.isEmpty {
            guard let value = Double(accuracyText), value >= 0, value <= 1 else {
                throw fail("`accuracy` must be a fraction in [0, 1], found `\(accuracyText)`", "write 56.2% as 0.562")
            }
            accuracy = value
        }
        switch (correct, accuracy) {
        case (nil, nil):
            throw fail("neither `correct` nor `accuracy` is given")
        case let (count?, fraction?) where abs(Double(count) / Double(total) - fraction) > 0.0005 + 0.5 / Double(total):
            throw fail("`correct` \(count)/\(total) disagrees with `accuracy` \(fraction)")
        default:
            break
        }
        var size: Double?
        if let text = values["student_size"], !text.isEmpty {
            guard let value = Double(text), value > 0 else { throw fail("`student_size` must be a positive number, found `\(text)`") }
            size = value
        } else if let text = values["size_billions"], !text.isEmpty {
            guard let value = Double(text), value > 0 else { throw fail("`size_billions` must be a positive number, found `\(text)`") }
            size = value * 1e9
        } else {
            size = sizeFromName(student)
        }
        let finalCorrect = correct ?? Int((accuracy! * Double(total)).rounded())
        return ImportedResultRow(line: line, student: student, mix: mix, seed: seed, benchmark: benchmark, correct: finalCorrect,
                                 total: total, accuracy: accuracy ?? Double(finalCorrect) / Double(total), source: source,
                                 studentSize: size)
    }

    /// `Qwen2.5-0.5B` → 5e8, `Llama3.2-3B` → 3e9; nil without a trailing `<number>B`.
    public static func sizeFromName(_ name: String) -> Double? {
        guard let match = name.range(of: #"(\d+(\.\d+)?)[Bb]$"#, options: .regularExpression) else { return nil }
        return Double(name[match].dropLast()).map { $0 * 1e9 }
    }

    /// Splits one CSV line into trimmed fields; double quotes may enclose commas and `""` escapes a quote.
    static func splitFields(_ line: String, path: String, line number: Int) throws -> [String] {
        var fields: [String] = [], current = "", quoted = false, wasQuoted = false
        var iterator = Array(line).makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { current.append("\"") }
                        else if next == "," { quoted = false; fields.append(current); current = ""; wasQuoted = false }
                        else { quoted = false; current.append(next) }
                    } else { quoted = false }
                } else { current.append(character) }
            } else if character == "," {
                fields.append(wasQuoted ? current : current.trimmingCharacters(in: .whitespaces)); current = ""; wasQuoted = false
            } else if character == "\"" && current.trimmingCharacters(in: .whitespaces).isEmpty {
                quoted = true; wasQuoted = true; current = ""
            } else { current.append(character) }
        }
        if quoted { throw FileError(path: path, line: number, message: "unterminated quoted field") }
        fields.append(wasQuoted ? current : current.trimmingCharacters(in: .whitespaces))
        return fields
    }
}

extension ResultStore {
    /// The gap definitions an import gets when neither `--gap` nor an existing grid gives any.
    public static let defaultImportGaps: [GapDefinition] = [
        GapDefinition(name: "long", treatment: "long", baseline: "short"),
        GapDefinition(name: "large", treatment: "large-teacher", baseline: "small-teacher"),
    ]

    /// The run id of imported results: SHA-256 of source, student, mix and seed (so re-imports match).
    public static func importConfigHash(source: String, student: String, mix: String, seed: Int) -> String {
        SHA256.hex(["import", source, student, mix, String(seed)].joined(separator: "\u{0}"))
    }

    /// Writes validated rows as COMPLETED runs (one per source × student × mix × seed) of experiment `experiment`,
    /// with `runs.source` = `import:<fileName>`, in one transaction. `gaps` replaces the experiment's gap definitions;
    /// nil keeps existing ones, or sets `defaultImportGaps` when the experiment has none.
    /// Runs already imported are linked to the experiment but not written again.
    @discardableResult
    public func importResults(_ rows: [ImportedResultRow], experiment: String, fileName: String,
                              gaps: [GapDefinition]?) throws -> ImportSummary {
        try database.transaction {
            try database.run("""
                INSERT INTO experiments(name, source) VALUES (?, 'import')
                ON CONFLICT(name) DO UPDATE SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
                """, [.text(experiment)])
            let experimentID = try experimentID(name: experiment)!
            let existingGaps = try database.scalar("SELECT COUNT(*) FROM gap_definitions WHERE experiment_id = ?",
                                                   [.integer(experimentID)])?.int ?? 0
            let newGaps = gaps ?? (existingGaps == 0 ? ResultStore.defaultImportGaps : nil)
            if let newGaps {
                try database.run("DELETE FROM gap_definitions WHERE experiment_id = ?", [.integer(experimentID)])
                for (position, gap) in newGaps.enumerated() {
                    try database.run("""
                        INSERT INTO gap_definitions(experiment_id, name, treatment, baseline, position) VALUES (?, ?, ?, ?, ?)
                        """, [.integer(experimentID), .text(gap.name), .text(gap.treatment),
                              .text(gap.baseline), .integer(Int64(position))])
                }
            }

            var groups: [String: [ImportedResultRow]] = [:]
            var order: [String] = []
            for row in rows {
                let hash = ResultStore.importConfigHash(source: row.source, student: row.student, mix: row.mix, seed: row.seed)
                if groups[hash] == nil { order.append(hash) }
                groups[hash, default: []].append(row)
            }
            let insertRun = try database.prepare("""
                INSERT INTO runs(config_hash, student, student_size, mix, seed, backend, source, status, attempt,
                                 config_json, versions_json, started_at, ended_at)
                VALUES (?, ?, ?, ?, ?, 'import', ?, 'COMPLETED', 1, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'),
                        strftime('%Y-%m-%dT%H:%M:%fZ','now'))
                """)
            let insertResult = try database.prepare("""
                INSERT INTO benchmark_results(run_id, benchmark, correct, total, accuracy, scorer, scorer_version)
                VALUES (?, ?, ?, ?, ?, 'import', ?)
                """)
            let insertTag = try database.prepare("INSERT INTO tags(run_id, key, value) VALUES (?, ?, ?)")
            let link = try database.prepare("INSERT OR IGNORE INTO experiment_runs(experiment_id, run_id) VALUES (?, ?)")
            var added = 0, present = 0
            for hash in order {
                let group = groups[hash]!
                let first = group[0]
                if let runID = try database.scalar("SELECT run_id FROM runs WHERE config_hash = ?", [.text(hash)])?.int {
                    try link.run([.integer(experimentID), .integer(Int64(runID))])
                    present += 1
                    continue
                }
                let config: [String: Any] = ["student": first.student, "mix": first.mix, "seed": first.seed,
                                             "import_source": first.source, "import_file": fileName]
                let configJSON = String(decoding: try JSONSerialization.data(withJSONObject: config, options: [.sortedKeys]),
                                        as: UTF8.self)
                try insertRun.run([.text(hash), .text(first.student), SQLValue(group.compactMap(\.studentSize).first),
                                   .text(first.mix), .integer(Int64(first.seed)), .text("import:\(fileName)"), .text(configJSON),
                                   .text(#"{"import":"1"}"#)])
                let runID = SQLValue.integer(database.lastInsertRowID)
                for row in group {
                    try insertResult.run([runID, .text(row.benchmark), .integer(Int64(row.correct)), .integer(Int64(row.total)),
                                          .real(row.accuracy), .text(row.source)])
                }
                try insertTag.run([runID, .text("import_source"), .text(first.source)])
                try insertTag.run([runID, .text("import_file"), .text(fileName)])
                try link.run([.integer(experimentID), runID])
                added += 1
            }
            return ImportSummary(experiment: experiment, rows: rows.count, runsAdded: added, runsAlreadyPresent: present,
                                 gaps: try gapDefinitions(experiment: experiment))
        }
    }
}
