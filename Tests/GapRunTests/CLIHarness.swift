// CLIHarness: runs the built `gaprun` binary from tests, and writes small grids that train in seconds.
import Foundation
import Testing

enum CLIHarness {
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The debug `gaprun` binary that `swift build --build-tests` leaves, if present.
    static var binary: String? {
        let path = packageRoot.appendingPathComponent(".build/debug/gaprun").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static var hasBinary: Bool { binary != nil }
    /// The `sqlite3` command-line tool, which tests use to read databases as a user would.
    static let hasSQLite3 = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/sqlite3") }
    /// Why the suites that drive the binary and read its databases cannot run here, or nil when they can.
    static let cliUnavailable: String? = !hasBinary ? "build gaprun first: swift build --build-tests"
        : !hasSQLite3 ? "needs the sqlite3 command-line tool (apt-get install sqlite3)" : nil

    /// A fresh temporary folder.
    static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gaprun-\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A grid of `students` × {short, long} × `seeds` that trains and evaluates in a few seconds per job.
    static func tinyGrid(seeds: [Int] = [0, 1], steps: Int = 200, limit: Int = 6) -> String {
        """
        name: tiny
        students:
          t-16: {layers: 1, channels: 16, heads: 2, context_length: 384}
        mixes:
          short: {short: 1.0}
          long: {long: 1.0}
        seeds: \(seeds)
        data: {problems: 80}
        train: {steps: \(steps), batch_size: 4, warmup_steps: 2, checkpoint_every: 8}
        eval: {benchmarks: [gsm-synth, amc-synth], limit: \(limit), allow_short_budget: true, max_new_tokens: 24}
        gaps:
          long: {treatment: long, baseline: short}
        """
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// Runs `gaprun` with `arguments` in `directory` and waits for it (output through files: no pipe deadlocks).
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        let out = directory.appendingPathComponent("out-\(UUID().uuidString.prefix(6)).txt")
        let err = directory.appendingPathComponent("err-\(UUID().uuidString.prefix(6)).txt")
        let process = try start(arguments, in: directory, stdoutFile: out, stderrFile: err, environment: environment)
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        return Result(status: process.terminationStatus,
                      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Starts `gaprun` without waiting, its output going to files.
    static func start(_ arguments: [String], in directory: URL, stdoutFile: URL, stderrFile: URL,
                      environment extra: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary!)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GAPRUN_DATA_DIR"] = packageRoot.path
        environment.merge(extra) { _, new in new }
        process.environment = environment
        _ = FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdoutFile)
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs the `sqlite3` CLI on `database` and returns its stdout, or throws with its stderr.
    static func sqlite(_ database: URL, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database.path, sql]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            throw SQLiteCLIError(message: String(decoding: stderr, as: UTF8.self))
        }
        return String(decoding: stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct SQLiteCLIError: Error, CustomStringConvertible { var message: String; var description: String { message } }

    /// True when a local Slurm is usable: `sbatch` on the PATH and SLURM_CONF set (scripts/test.sh starts one).
    static var hasSlurm: Bool {
        guard hasBinary, let conf = ProcessInfo.processInfo.environment["SLURM_CONF"], !conf.isEmpty,
              FileManager.default.fileExists(atPath: conf) else { return false }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/sbatch") }
    }

    /// The Slurm settings a test grid needs on the one-node local cluster: one CPU per task, no memory request
    /// (the node advertises 1 MB).
    static let localSlurmSection = "slurm: {cpus_per_task: 1, mem: \"0\", array_parallelism: 2, time: \"00:05:00\"}"

    /// Runs a program from the PATH (e.g. `scancel`, `scontrol`) and returns its exit status and stdout.
    @discardableResult
    static func tool(_ program: String, _ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Polls `condition` every 0.2 s until it holds or `seconds` pass; returns whether it held.
    static func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(200_000)
        }
        return condition()
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs a suite only where the gaprun binary and the sqlite3 tool are present; otherwise it is skipped, saying which
    /// is missing.
    static var needsBinaryAndSQLite3: Self {
        .enabled(if: CLIHarness.cliUnavailable == nil, Comment(rawValue: CLIHarness.cliUnavailable ?? ""))
    }
}
