// External training data (`source: jsonl`): one file of `{problem, solution}` lines per teacher, as in the paper's
// released sets; `data.fields` renames the keys. Every line is validated before anything is returned.
import Foundation
import GapCore

enum ExternalTrainingData {
    /// Reads the files of `teachers` (a mix teacher without a file fails; a pair partner without one is skipped),
    /// keyed by problem text so that pairing matches the same problem across files.
    static func candidates(data: DataConfiguration, mixTeachers: [String], teachers: [String]) throws -> TrainingSetBuilder.Candidates {
        let problemKey = data.fields["problem"] ?? "problem"
        let solutionKey = data.fields["solution"] ?? "solution"
        var order: [String] = []
        var indexOfProblem: [String: Int] = [:]
        var correct: [String: [Int: String]] = [:]
        for name in teachers {
            guard let path = data.files[name] else {
                if mixTeachers.contains(name) { throw LabError.missingFile(teacher: name) }
                continue
            }
            let rows = try read(path: path, problemKey: problemKey, solutionKey: solutionKey)
            var responses: [Int: String] = [:]
            for row in rows {
                let index: Int
                if let known = indexOfProblem[row.problem] { index = known }
                else { index = order.count; indexOfProblem[row.problem] = index; order.append(row.problem) }
                if responses[index] == nil { responses[index] = row.solution }
            }
            correct[name] = responses
        }
        let problems = order.map { (id: "ext-" + String(SHA256.hex($0).prefix(12)), text: $0) }
        return TrainingSetBuilder.Candidates(problems: problems, correct: correct,
                                             rejected: correct.mapValues { _ in 0 })
    }

    /// The `(problem, solution)` rows of one file, or a `LabError.file` naming `path:line`.
    static func read(path: String, problemKey: String, solutionKey: String) throws -> [(problem: String, solution: String)] {
        do {
            var rows: [(problem: String, solution: String)] = []
            for line in try JSONLines.read(path: path) {
                let object = try JSONLines.object(line, path: path)
                func field(_ key: String, role: String) throws -> String {
                    guard let value = object[key] else {
                        throw FileError(path: path, line: line.number, message: "missing field '\(key)'",
                                        hint: "each line needs '\(key)'; set data.fields.\(role) if the file names it differently")
                    }
                    guard let text = value as? String else {
                        throw FileError(path: path, line: line.number, message: "field '\(key)' is not a string",
                                        hint: "write the \(role) as a JSON string")
                    }
                    return text
                }
                rows.append((try field(problemKey, role: "problem"), try field(solutionKey, role: "solution")))
            }
            if rows.isEmpty { throw FileError(path: path, message: "no training lines", hint: "the file needs one {problem, solution} object per line") }
            return rows
        } catch let error as FileError {
            throw LabError.file(error)
        }
    }
}
