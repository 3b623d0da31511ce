// OutputFile in-process: the cases the CLI tests do not reach (dangling and chained symlinks, folders, an abandoned
// output, reading a JSONL file from a FIFO).
import Foundation
import GapCore
import Testing

private func scratchFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("outputfile-\(UUID().uuidString.prefix(8))").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func isSymlink(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
}

@Test func chainedAndDanglingSymlinksAreFollowedAndStayLinks() throws {
    let dir = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // first -> second -> sub/final (which does not exist yet)
    try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: dir + "/second", withDestinationPath: "sub/final")
    try FileManager.default.createSymbolicLink(atPath: dir + "/first", withDestinationPath: dir + "/second")
    try OutputFile.write("one\n", to: dir + "/first")
    #expect(isSymlink(dir + "/first") && isSymlink(dir + "/second"))
    #expect(try String(contentsOfFile: dir + "/sub/final", encoding: .utf8) == "one\n")
    try OutputFile.write("two\n", to: dir + "/first")
    #expect(try String(contentsOfFile: dir + "/sub/final", encoding: .utf8) == "two\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/sub") == ["final"])
}

@Test func anAbandonedOutputLeavesTheOldFileAndNoTemporary() throws {
    let dir = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "old\n".write(toFile: dir + "/out.txt", atomically: false, encoding: .utf8)
    do {
        let output = try OutputFile(path: dir + "/out.txt")
        try output.write("half of the new")
        #expect(output.mode != .inPlace)
    }   // dropped without commit()
    #expect(try String(contentsOfFile: dir + "/out.txt", encoding: .utf8) == "old\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.txt"])
}

@Test func foldersLoopsAndStandardOutputRulesAreErrors() throws {
    let dir = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(throws: FileError(path: dir, message: "is a directory", hint: "name a file inside it")) {
        try OutputFile.write("x", to: dir)
    }
    try FileManager.default.createSymbolicLink(atPath: dir + "/a", withDestinationPath: "b")
    try FileManager.default.createSymbolicLink(atPath: dir + "/b", withDestinationPath: "a")
    #expect(throws: FileError.self) { try OutputFile.write("x", to: dir + "/a") }
    #expect(throws: FileError.self) { try OutputFile.write("x", to: "-", allowStandardOutput: false) }
}

@Test func aJSONLinesFileIsReadFromAFIFO() throws {
    let dir = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fifo = dir + "/in.jsonl"
    #expect(mkfifo(fifo, 0o644) == 0)
    let text = (1...3000).map { "{\"n\": \($0)}" }.joined(separator: "\n") + "\n"   // more than one pipe buffer
    Thread.detachNewThread {
        if let output = try? OutputFile(path: fifo) { try? output.write(text); try? output.commit() }
    }
    let file = try JSONLinesFile(path: fifo)
    var count = 0
    try file.forEachObject { line in
        count += 1
        #expect(line.text("n") == String(line.number))
    }
    #expect(count == 3000)
}
