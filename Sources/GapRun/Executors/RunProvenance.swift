// RunProvenance: what produced a run — gaprun's version, the source commit embedded at build time, the SHA-256 of the
// running binary, the host, OS kernel, CPU, SIMD level, BLAS kernel set and threads — as the run tags a worker records.
import Foundation
import GapCore
import GapTensor

public enum RunProvenance {
    /// Tag keys this file writes (besides `ComputePlatform.tags`'s `cpu_*`, `kernel_simd`, `blas_*`).
    public static let versionKey = "gaprun_version", commitKey = "gaprun_commit", binaryKey = "binary_sha256"
    public static let hostKey = "host", kernelKey = "os_kernel", threadsKey = "threads"

    /// The provenance tags of a run computed in this process with `threads` compute threads.
    public static func tags(threads: Int) -> [String: String] {
        var tags = [versionKey: gaprunReleaseVersion, commitKey: gaprunSourceCommit, binaryKey: binarySHA256,
                    hostKey: ProcessInfo.processInfo.hostName, kernelKey: kernelRelease, threadsKey: String(threads)]
        for (key, value) in ComputePlatform.current().tags { tags[key] = value }
        return tags
    }

    /// SHA-256 of this process's executable, computed once: `sha256sum` when installed (fast even for a large debug
    /// binary), else GapCore's SHA-256; `unknown` when the file cannot be read. Read through /proc/<pid>/exe, which
    /// opens the binary this process runs even when a rebuild has since replaced the file at its path (in the
    /// sha256sum child, /proc/self/exe would be sha256sum itself, hence the pid).
    public static let binarySHA256: String = {
        let executable = "/proc/\(getpid())/exe"
        for tool in ["/usr/bin/sha256sum", "/bin/sha256sum"] where FileManager.default.isExecutableFile(atPath: tool) {
            if let output = try? runSubprocess(tool, [executable]), output.status == 0,
               let hash = output.stdout.split(separator: " ").first, hash.count == 64 {
                return String(hash)
            }
        }
        guard let data = FileManager.default.contents(atPath: executable) else { return "unknown" }
        return SHA256.hex(bytes: SHA256.digest(data))
    }()

    /// `uname -r`, e.g. `6.1.0-28-cloud-amd64`.
    public static let kernelRelease: String = {
        var name = utsname()
        uname(&name)
        return withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }()
}
