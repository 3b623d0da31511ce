// OutputFile: writing a file the user named without ever replacing what the path points at. A regular file (or a
// new path) is written to a temporary file beside it and renamed over it, so readers never see half a file; a
// symlink is followed and the rule applied to its target; a device, FIFO or socket is written in place; `-` is
// standard output.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An output being written. Call `commit()` when done; an output dropped without it leaves the target untouched
/// (its temporary file is removed).
public final class OutputFile {
    /// How the output reaches its target.
    public enum Mode: Sendable, Equatable {
        /// `-`: standard output.
        case standardOutput
        /// A regular file or a new path: a temporary file renamed over `target` on commit.
        case replace(temporary: String)
        /// A character or block device, FIFO or socket: opened and written as it is.
        case inPlace
    }

    /// The path as given.
    public let path: String
    /// The path written to after following symlinks.
    public let target: String
    public let mode: Mode
    private var descriptor: Int32
    private var finished = false

    /// Opens `path` for writing under the rules above. `-` means standard output unless `allowStandardOutput` is
    /// false (binary outputs, outputs that are folders).
    public init(path: String, allowStandardOutput: Bool = true) throws {
        self.path = path
        if path == "-" {
            guard allowStandardOutput else {
                throw FileError(path: path, message: "this output cannot go to standard output", hint: "name a file")
            }
            target = path
            mode = .standardOutput
            descriptor = STDOUT_FILENO
            return
        }
        // The kernel follows every link first, /proc's magic ones too (`/dev/stdout` → a pipe or terminal).
        var status = stat()
        let exists = stat(path, &status) == 0
        let type = status.st_mode & S_IFMT
        if exists && type == S_IFDIR {
            throw FileError(path: path, message: "is a directory", hint: "name a file inside it")
        }
        if exists && type != S_IFREG {
            let opened = open(path, O_WRONLY | O_CLOEXEC)
            guard opened >= 0 else { throw OutputFile.failure(path, "cannot open for writing") }
            target = path
            mode = .inPlace
            descriptor = opened
            return
        }
        // A regular file or a new one: the temporary file goes beside the link's final target.
        target = try OutputFile.followSymlinks(path)
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let opened = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard opened >= 0 else {
            throw OutputFile.failure(path, "cannot create a file in '\(folder.isEmpty ? "." : folder)'",
                                     hint: "check that the folder exists and is writable")
        }
        if exists { fchmod(opened, status.st_mode & 0o7777) }   // a replaced file keeps its permissions
        mode = .replace(temporary: temporary)
        descriptor = opened
    }

    deinit {
        if !finished { discard() }
    }

    /// The final path after following every symlink in the last component (a dangling link gives its target).
    static func followSymlinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw failure(path, "cannot read the symlink '\(current)'") }
            let destination = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        throw FileError(path: path, message: "too many levels of symbolic links", hint: "check the links for a loop")
    }

    static func failure(_ path: String, _ what: String, hint: String? = nil) -> FileError {
        FileError(path: path, message: "\(what): \(String(cString: strerror(errno)))", hint: hint)
    }

    /// Writes all of `bytes`.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputFile.failure(path, "cannot write")
            }
            offset += written
        }
    }

    /// Writes all of `bytes`.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Writes `text` as UTF-8.
    public func write(_ text: String) throws {
        var copy = text
        try copy.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Finishes the output: renames the temporary file over the target, or closes the device or FIFO.
    public func commit() throws {
        finished = true
        switch mode {
        case .standardOutput:
            return
        case .inPlace:
            guard close(descriptor) == 0 else { throw OutputFile.failure(path, "cannot finish writing") }
        case .replace(let temporary):
            guard close(descriptor) == 0 else {
                let error = OutputFile.failure(path, "cannot finish writing")
                unlink(temporary)
                throw error
            }
            guard rename(temporary, target) == 0 else {
                let error = OutputFile.failure(path, "cannot replace '\(target)'")
                unlink(temporary)
                throw error
            }
        }
    }

    /// Abandons the output: the target is left as it was.
    public func discard() {
        finished = true
        switch mode {
        case .standardOutput: return
        case .inPlace: close(descriptor)
        case .replace(let temporary): close(descriptor); unlink(temporary)
        }
    }

    // MARK: - One-shot writes

    /// Writes `bytes` to `path` under the rules above.
    public static func write(_ bytes: [UInt8], to path: String, allowStandardOutput: Bool = true) throws {
        let output = try OutputFile(path: path, allowStandardOutput: allowStandardOutput)
        try output.write(bytes)
        try output.commit()
    }

    /// Writes `data` to `path` under the rules above.
    public static func write(_ data: Data, to path: String, allowStandardOutput: Bool = true) throws {
        let output = try OutputFile(path: path, allowStandardOutput: allowStandardOutput)
        try data.withUnsafeBytes { try output.write($0) }
        try output.commit()
    }

    /// Writes `text` as UTF-8 to `path` under the rules above.
    public static func write(_ text: String, to path: String, allowStandardOutput: Bool = true) throws {
        let output = try OutputFile(path: path, allowStandardOutput: allowStandardOutput)
        try output.write(text)
        try output.commit()
    }
}
