// Through the binary: reading commands leave a database byte-identical with no file beside it, and no command
// touches a foreign SQLite file or a file that is not a database; each says which path and what was found.
import Foundation
import Testing

@Suite(.serialized, .needsBinaryAndSQLite3)
struct DatabaseSafetyCLITests {
    static let example = CLIHarness.packageRoot.appendingPathComponent("results.sqlite.example")

    func listing(_ dir: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: example.path), "results.sqlite.example is missing"))
    func readingCommandsLeaveTheExampleByteIdentical() throws {
        let dir = try CLIHarness.temporaryDirectory("readonly")
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let db = data.appendingPathComponent("results.sqlite.example")
        try FileManager.default.copyItem(at: Self.example, to: db)
        let before = try Data(contentsOf: db)
        let out = dir.appendingPathComponent("out")
        let commands: [[String]] = [
            ["gap", "--db", db.path], ["status", "--db", db.path, "--all"], ["table", "long-short", "--db", db.path],
            ["report", "--db", db.path, "-o", out.appendingPathComponent("report.md").path],
            ["plot", "gap-vs-size", "--db", db.path, "-o", out.appendingPathComponent("gap.svg").path],
            ["plan", CLIHarness.packageRoot.appendingPathComponent("experiments/quickstart.conf").path, "--db", db.path],
        ]
        for command in commands {
            let result = try CLIHarness.run(command, in: dir)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(try Data(contentsOf: db) == before, "\(command) changed the database")
            #expect(try listing(data) == ["results.sqlite.example"], "\(command) created files beside the database")
        }
    }

    @Test func aForeignSQLiteFileAndANonDatabaseAreLeftByteIdentical() throws {
        let dir = try CLIHarness.temporaryDirectory("foreign")
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let foreign = data.appendingPathComponent("other.sqlite")
        _ = try CLIHarness.sqlite(foreign, "CREATE TABLE inventory(item TEXT); INSERT INTO inventory VALUES ('lamp');")
        let garbage = data.appendingPathComponent("notes.sqlite")
        try Data("this is a text file, not a database\n".utf8).write(to: garbage)
        try CLIHarness.tinyGrid(seeds: [0], steps: 4).write(to: dir.appendingPathComponent("tiny.conf"), atomically: true,
                                                           encoding: .utf8)
        let csv = dir.appendingPathComponent("import.csv")
        try "student,mix,seed,benchmark,total,source,correct\nm-1B,long,0,gsm-synth,10,paper,5\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        for (file, found) in [(foreign, "`inventory`"), (garbage, "not an SQLite database")] {
            let before = try Data(contentsOf: file)
            let files = try listing(data)
            let commands: [[String]] = [
                ["gap", "--db", file.path], ["status", "--db", file.path], ["report", "--db", file.path, "-o", "r.md"],
                ["plan", "tiny.conf", "--db", file.path], ["sweep", "tiny.conf", "--db", file.path, "--quiet"],
                ["import", csv.path, "--db", file.path],
            ]
            for command in commands {
                let result = try CLIHarness.run(command, in: dir)
                #expect(result.status == 1, "\(command): exit \(result.status)")
                #expect(result.stderr.contains(file.path) && result.stderr.contains(found), "\(command): \(result.stderr)")
                #expect(try Data(contentsOf: file) == before, "\(command) changed \(file.lastPathComponent)")
                #expect(try listing(data) == files, "\(command) created files beside \(file.lastPathComponent)")
            }
        }
    }
}
