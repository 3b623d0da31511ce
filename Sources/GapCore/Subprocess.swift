// Subprocess: run a short-lived external tool (git, rsvg-convert, sbatch, squeue, …), optionally feeding it standard
// input, and collect its output. Input is fed and stderr drained on background threads, so no pipe can fill up and
// block the child.
import Foundation
import Synchronization

/// What a finished tool printed.
public struct SubprocessOutput: Sendable {
    public var status: Int32
    /// Standard output as bytes (e.g. a PNG).
    public var output: Data
    public var stderr: String
    /// Standard output as UTF-8 text.
    public var stdout: String { String(decoding: output, as: UTF8.self) }
}

/// Runs `executable` with `arguments` (in `directory`; `input` on its standard input, else none) and waits for it.
public func runSubprocess(_ executable: String, _ arguments: [String], directory: String? = nil,
                          input: Data? = nil) throws -> SubprocessOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
    try process.run()
    if let input {
        let handle = inPipe.fileHandleForWriting
        DispatchQueue.global().async {
            try? handle.write(contentsOf: input)
            try? handle.close()
        }
    }
    let errData = Mutex(Data())
    let drained = DispatchSemaphore(value: 0)
    let errHandle = errPipe.fileHandleForReading
    DispatchQueue.global().async {
        let data = errHandle.readDataToEndOfFile()
        errData.withLock { $0 = data }
        drained.signal()
    }
    let out = outPipe.fileHandleForReading.readDataToEndOfFile()
    drained.wait()
    process.waitUntilExit()
    return SubprocessOutput(status: process.terminationStatus, output: out,
                            stderr: String(decoding: errData.withLock { $0 }, as: UTF8.self))
}
