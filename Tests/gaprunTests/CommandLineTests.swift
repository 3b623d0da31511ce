// The CLI contract: --help on every command, word for word as in Fixtures/help/, exit code 64 for usage errors, 1 for
// failures, and one-line errors.
// To regenerate the help texts after changing a command on purpose:
//   GAPRUN_UPDATE_HELP=1 swift test --filter CommandLineTests   (then review `git diff Tests/gaprunTests/Fixtures/help`)
import Foundation
import Testing

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
private let binary = packageRoot.appendingPathComponent(".build/debug/gaprun").path
private let hasBinary = FileManager.default.isExecutableFile(atPath: binary)

private let helpFixtures = packageRoot.appendingPathComponent("Tests/gaprunTests/Fixtures/help")

/// Runs gaprun and returns (exit code, stdout + stderr). Help is laid out for 80 columns whatever the terminal.
private func gaprun(_ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["COLUMNS"] = "80"
    process.environment = environment
    process.currentDirectoryURL = FileManager.default.temporaryDirectory
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("gaprun-cli-\(UUID().uuidString).txt")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: output) }
    let handle = try FileHandle(forWritingTo: output)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
}

private let commands: [[String]] = [
    [], ["sweep"], ["plan"], ["status"], ["run-job"], ["collect"], ["judge"], ["score"], ["rescore"], ["data"], ["data", "preview"],
    ["data", "benchmarks"], ["gap"], ["table"], ["plot"], ["import"], ["report"], ["bench"], ["bench", "judge"],
    ["bench", "train"], ["bench", "generate"],
]

@Suite(.enabled(if: hasBinary, "build gaprun first: swift build --build-tests"))
struct CommandLineTests {
    @Test(arguments: commands)
    func everyCommandHasHelp(_ path: [String]) throws {
        let (status, text) = try gaprun(path + ["--help"])
        #expect(status == 0, "\(path): exit \(status)")
        #expect(text.contains("USAGE: gaprun" + (path.isEmpty ? "" : " " + path.joined(separator: " "))), "\(path): \(text.prefix(200))")
        #expect(text.contains("OVERVIEW:"))
    }

    /// Every command's --help, compared exactly with its fixture (`gaprun-sweep.txt` for `gaprun sweep`).
    @Test(arguments: commands)
    func everyHelpTextIsAsWritten(_ path: [String]) throws {
        let (status, text) = try gaprun(path + ["--help"])
        #expect(status == 0)
        let fixture = helpFixtures.appendingPathComponent((["gaprun"] + path).joined(separator: "-") + ".txt")
        if ProcessInfo.processInfo.environment["GAPRUN_UPDATE_HELP"] == "1" {
            try FileManager.default.createDirectory(at: helpFixtures, withIntermediateDirectories: true)
            try text.write(to: fixture, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: fixture, encoding: .utf8)
        #expect(text == expected, "\(fixture.lastPathComponent) differs; if the change is meant, regenerate (see the top of this file)")
    }

    @Test func usageErrorsExit64() throws {
        #expect(try gaprun(["sweep"]).0 == 64)                          // missing grid
        #expect(try gaprun(["sweep", "g.conf", "--jobs", "0"]).0 == 64)  // validate()
        #expect(try gaprun(["no-such-command"]).0 == 64)
        #expect(try gaprun(["table", "no-such-table"]).0 == 64)
    }

    @Test func failuresExit1WithOneErrorLine() throws {
        let (status, text) = try gaprun(["plan", "/nonexistent/grid.conf"])
        #expect(status == 1)
        let errors = text.split(separator: "\n").filter { $0.hasPrefix("Error:") }
        #expect(errors.count == 1 && errors[0].contains("/nonexistent/grid.conf"), "\(text)")
        let (statusDB, textDB) = try gaprun(["status", "--db", "/nonexistent/results.sqlite"])
        #expect(statusDB == 1 && textDB.contains("no such database"))
    }
}
