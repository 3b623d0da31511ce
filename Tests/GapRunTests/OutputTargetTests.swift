// Outputs never replace what they point at: every kind of target (regular file, symlink, FIFO, character device,
// `-`) through the real binary, for `judge --output`, `score --items`, `plot -o`, `report -o` and `data benchmarks`.
import Foundation
import Testing

/// A small pairs file: five pairs with ids, one of them wrong.
private func writePairs(in dir: URL) throws -> URL {
    let lines = (1...5).map { index in
        "{\"id\": \"p\(index)\", \"prediction\": \"The answer is \\\\boxed{\(index == 3 ? 99 : index)}.\", \"gold\": \"\(index)\"}"
    }
    let url = dir.appendingPathComponent("pairs.jsonl")
    try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    return url
}

/// A copy of the committed example database in `dir` (commands never touch the committed file).
private func exampleDatabase(in dir: URL) throws -> String {
    let copy = dir.appendingPathComponent("results.sqlite")
    if !FileManager.default.fileExists(atPath: copy.path) {
        try FileManager.default.copyItem(at: CLIHarness.packageRoot.appendingPathComponent("results.sqlite.example"), to: copy)
    }
    return copy.path
}

/// The file type bits of `path` (without following a symlink).
private func fileType(_ path: String) -> mode_t {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
}

/// The commands under test, each writing its output to `target`.
private enum Writer: String, CaseIterable, Sendable {
    case judge, score, plot, report

    func arguments(target: String, dir: URL) throws -> [String] {
        switch self {
        case .judge:
            return ["judge", "--pairs", try writePairs(in: dir).path, "--output", target]
        case .score:
            let predictions = dir.appendingPathComponent("predictions.jsonl")
            try "{\"id\": \"gsm-synth-0001\", \"response\": \"#### 1\"}\n".write(to: predictions, atomically: true, encoding: .utf8)
            return ["score", "--benchmark", "gsm-synth", "--predictions", predictions.path, "--allow-missing", "--items", target]
        case .plot:
            return ["plot", "gap-vs-size", "--db", try exampleDatabase(in: dir), "-o", target]
        case .report:
            return ["report", "--db", try exampleDatabase(in: dir), "-o", target]
        }
    }

    /// Whether `text` is a complete output of this command.
    func isComplete(_ text: String) -> Bool {
        switch self {
        case .judge: return text.split(separator: "\n").count == 5 && text.contains("\"id\":\"p5\"")
        case .score: return text.split(separator: "\n").count == 1 && text.contains("\"id\":\"gsm-synth-0001\"")
        case .plot: return (text.hasPrefix("<svg") || text.hasPrefix("<?xml")) && text.contains("</svg>")
        case .report: return text.hasPrefix("# gaprun report") && text.contains("## Environment")
        }
    }

    /// A file name the command accepts for `-o` (plot wants .svg).
    var fileName: String { self == .plot ? "out.svg" : self == .report ? "out.md" : "out.jsonl" }
}

/// True when this process may create a device node and write to it (root, and a file system that allows devices).
private let canMakeDevices: Bool = {
    guard getuid() == 0, let dir = try? CLIHarness.temporaryDirectory("mknod-probe") else { return false }
    defer { try? FileManager.default.removeItem(at: dir) }
    let node = dir.appendingPathComponent("null").path
    guard (try? CLIHarness.tool("mknod", [node, "c", "1", "3"]).status) == 0, fileType(node) == S_IFCHR else { return false }
    let descriptor = open(node, O_WRONLY)
    if descriptor >= 0 { close(descriptor) }
    return descriptor >= 0
}()

@Suite(.enabled(if: CLIHarness.hasBinary, "build gaprun first: swift build --build-tests"))
struct OutputTargetTests {
    @Test(arguments: Writer.allCases)
    private func regularFileIsReplacedWhole(_ writer: Writer) throws {
        let dir = try CLIHarness.temporaryDirectory("out-regular")
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent(writer.fileName).path
        try "old content that is longer than nothing\n".write(toFile: target, atomically: false, encoding: .utf8)
        chmod(target, 0o640)
        let result = try CLIHarness.run(try writer.arguments(target: target, dir: dir), in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(fileType(target) == S_IFREG)
        #expect(writer.isComplete(try String(contentsOfFile: target, encoding: .utf8)))
        var status = stat()
        stat(target, &status)
        #expect(status.st_mode & 0o777 == 0o640, "a replaced file keeps its permissions")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    @Test(arguments: Writer.allCases)
    private func symlinkStaysALinkAndItsTargetIsReplaced(_ writer: Writer) throws {
        let dir = try CLIHarness.temporaryDirectory("out-symlink")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("real"), withIntermediateDirectories: true)
        let real = dir.appendingPathComponent("real/" + writer.fileName).path
        try "old\n".write(toFile: real, atomically: false, encoding: .utf8)
        let link = dir.appendingPathComponent("link-" + writer.fileName).path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/" + writer.fileName)
        let result = try CLIHarness.run(try writer.arguments(target: link, dir: dir), in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(fileType(link) == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/" + writer.fileName)
        #expect(writer.isComplete(try String(contentsOfFile: real, encoding: .utf8)))
    }

    @Test(arguments: Writer.allCases)
    private func fifoIsWrittenInPlaceWhileBeingRead(_ writer: Writer) throws {
        let dir = try CLIHarness.temporaryDirectory("out-fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent(writer.fileName).path
        #expect(mkfifo(fifo, 0o644) == 0)
        final class Received: @unchecked Sendable { var data = Data() }
        let received = Received()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            if let handle = FileHandle(forReadingAtPath: fifo) { received.data = handle.readDataToEndOfFile() }
            done.signal()
        }
        let result = try CLIHarness.run(try writer.arguments(target: fifo, dir: dir), in: dir)
        if done.wait(timeout: .now() + 5) == .timedOut {
            // gaprun never opened the FIFO: release the reader with an end of file, then fail below.
            let descriptor = open(fifo, O_WRONLY | O_NONBLOCK)
            if descriptor >= 0 { close(descriptor) }
            done.wait()
        }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(fileType(fifo) == S_IFIFO, "the FIFO was replaced")
        #expect(writer.isComplete(String(decoding: received.data, as: UTF8.self)), "\(received.data.count) bytes read")
    }

    @Test(arguments: [Writer.judge, Writer.score])
    private func devNullStaysACharacterDevice(_ writer: Writer) throws {
        let dir = try CLIHarness.temporaryDirectory("out-devnull")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(fileType("/dev/null") == S_IFCHR)
        let result = try CLIHarness.run(try writer.arguments(target: "/dev/null", dir: dir), in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(fileType("/dev/null") == S_IFCHR, "/dev/null was replaced")
    }

    @Test(.enabled(if: canMakeDevices, "needs root and a file system that allows device nodes (mknod c 1 3)"),
          arguments: Writer.allCases)
    private func deviceNodeStaysACharacterDevice(_ writer: Writer) throws {
        let dir = try CLIHarness.temporaryDirectory("out-device")
        defer { try? FileManager.default.removeItem(at: dir) }
        let node = dir.appendingPathComponent(writer.fileName).path
        #expect(try CLIHarness.tool("mknod", [node, "c", "1", "3"]).status == 0)
        let result = try CLIHarness.run(try writer.arguments(target: node, dir: dir), in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(fileType(node) == S_IFCHR, "the device node was replaced")
    }

    @Test(arguments: [Writer.judge, Writer.score, Writer.plot])
    private func dashIsStandardOutput(_ writer: Writer) throws {
        let dir = try CLIHarness.temporaryDirectory("out-dash")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIHarness.run(try writer.arguments(target: "-", dir: dir), in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(writer.isComplete(result.stdout), "\(result.stdout.prefix(300))")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
    }

    @Test func dataBenchmarksWritesThroughLinksAndDevicesAndReplacesFiles() throws {
        let dir = try CLIHarness.temporaryDirectory("out-data")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("data").path
        try FileManager.default.createDirectory(atPath: out + "/real", withIntermediateDirectories: true)
        try "old\n".write(toFile: out + "/real/gsm.jsonl", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: out + "/gsm-synth.jsonl", withDestinationPath: "real/gsm.jsonl")
        try "old\n".write(toFile: out + "/math-synth.jsonl", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: out + "/amc-synth.jsonl", withDestinationPath: "/dev/null")
        let result = try CLIHarness.run(["data", "benchmarks", "--output-dir", out], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let committed = CLIHarness.packageRoot.appendingPathComponent("benchmarks-data")
        #expect(fileType(out + "/gsm-synth.jsonl") == S_IFLNK && fileType(out + "/amc-synth.jsonl") == S_IFLNK)
        #expect(FileManager.default.contents(atPath: out + "/real/gsm.jsonl")
                == FileManager.default.contents(atPath: committed.appendingPathComponent("gsm-synth.jsonl").path))
        #expect(FileManager.default.contents(atPath: out + "/math-synth.jsonl")
                == FileManager.default.contents(atPath: committed.appendingPathComponent("math-synth.jsonl").path))
        #expect(fileType("/dev/null") == S_IFCHR)
    }

    /// PNG output goes through the same output rules: rsvg-convert (here a stand-in on PATH that prints a PNG marker
    /// and the SVG it was fed) renders to a pipe, and the bytes replace a regular file, follow a symlink and are
    /// written into a device in place; `--format png` needs no .png name.
    @Test func plotPNGReplacesFilesFollowsLinksAndWritesDevicesInPlace() throws {
        let dir = try CLIHarness.temporaryDirectory("out-png")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fakeBin = dir.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: fakeBin, withIntermediateDirectories: true)
        let fake = fakeBin.appendingPathComponent("rsvg-convert").path
        try "#!/bin/sh\nprintf 'PNG-stand-in:'\ncat\n".write(toFile: fake, atomically: true, encoding: .utf8)
        #expect(chmod(fake, 0o755) == 0)
        let database = try exampleDatabase(in: dir)
        func plot(_ extra: [String]) throws -> Int32 {
            try CLIHarness.tool("env", ["PATH=\(fakeBin.path):/usr/bin:/bin", CLIHarness.binary!, "plot", "gap-vs-size",
                                        "--db", database] + extra).status
        }
        func isPNG(_ path: String) -> Bool {
            let text = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
            return text.hasPrefix("PNG-stand-in:") && text.contains("</svg>")
        }
        let file = dir.appendingPathComponent("fig.png").path
        try "old".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(try plot(["-o", file]) == 0)
        #expect(isPNG(file) && fileType(file) == S_IFREG)
        let real = dir.appendingPathComponent("real.png").path, link = dir.appendingPathComponent("link.png").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.png")
        #expect(try plot(["-o", link]) == 0)
        #expect(fileType(link) == S_IFLNK && isPNG(real))
        let bare = dir.appendingPathComponent("figure").path
        #expect(try plot(["-o", bare, "--format", "png"]) == 0)
        #expect(isPNG(bare))
        #expect(try plot(["-o", "/dev/null", "--format", "png"]) == 0)
        #expect(fileType("/dev/null") == S_IFCHR)
        #expect(try plot(["-o", dir.appendingPathComponent("fig.pdf").path]) != 0, "an unknown extension without --format is refused")
        #expect(try plot(["-o", "-", "--format", "png"]) != 0, "a PNG is not written to standard output")
    }

    @Test func foldersAndMissingFoldersAreClearErrors() throws {
        let dir = try CLIHarness.temporaryDirectory("out-errors")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pairs = try writePairs(in: dir).path
        let folder = try CLIHarness.run(["judge", "--pairs", pairs, "--output", dir.path], in: dir)
        #expect(folder.status == 1 && folder.stderr.contains("\(dir.path): is a directory"), "\(folder.stderr)")
        let missing = try CLIHarness.run(["judge", "--pairs", pairs, "--output", dir.path + "/no/such/out.jsonl"], in: dir)
        #expect(missing.status == 1 && missing.stderr.contains("no/such/out.jsonl: cannot create a file in"), "\(missing.stderr)")
        let report = try CLIHarness.run(["report", "--db", try exampleDatabase(in: dir), "-o", "-"], in: dir)
        #expect(report.status == 1 && report.stderr.contains("cannot go to standard output"), "\(report.stderr)")
    }
}
