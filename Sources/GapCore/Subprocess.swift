// Subprocess: run a short-lived external tool (git, rsvg-convert, sbatch, squeue, …) and collect its output.
// stderr is drained on a background thread so neither pipe can fill up and block the child.
import Foundation
import Synchronization

/// What a finished tool printed.
public struct SubprocessOutput: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs `executable` with `arguments` (in `directory`, with no standard input) and waits for it.
public func runSubprocess(_ executable: String, _ arguments: [String], directory: String? = nil) throws -> SubprocessOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let outPipe = Pipe(), errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
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
    return SubprocessOutput(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                            stderr: String(decoding: errData.withLock { $0 }, as: UTF8.self))
}
