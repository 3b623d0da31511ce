// CPUInfo: what the processor is and which vector instructions it offers, read from /proc/cpuinfo (Linux).
import Foundation

/// The widest vector instruction set the project's kernels may use on a CPU.
public enum SIMDLevel: String, Codable, Sendable, Comparable, CaseIterable {
    /// x86-64 without AVX2+FMA (or another architecture): portable code only.
    case baseline
    /// AVX2 with FMA (256-bit vectors).
    case avx2
    /// AVX-512 F, BW, DQ and VL (512-bit vectors).
    case avx512

    public static func < (lhs: SIMDLevel, rhs: SIMDLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The level a set of `/proc/cpuinfo` flags allows.
    public init(flags: Set<String>) {
        if ["avx512f", "avx512bw", "avx512dq", "avx512vl", "avx2", "fma"].allSatisfy(flags.contains) {
            self = .avx512
        } else if ["avx2", "fma"].allSatisfy(flags.contains) {
            self = .avx2
        } else {
            self = .baseline
        }
    }
}

/// The processor this process runs on: vendor, model name, family and model numbers, feature flags.
public struct CPUInfo: Sendable, Equatable {
    public var vendor: String
    public var modelName: String
    public var family: Int?
    public var model: Int?
    public var flags: Set<String>

    public init(vendor: String, modelName: String, family: Int?, model: Int?, flags: Set<String>) {
        self.vendor = vendor
        self.modelName = modelName
        self.family = family
        self.model = model
        self.flags = flags
    }

    /// The SIMD level the flags allow.
    public var simdLevel: SIMDLevel { SIMDLevel(flags: flags) }

    /// One line for logs and reports: `Intel(R) Xeon(R) Processor (family 6, model 207, avx512)`.
    public var summary: String {
        let family = family.map(String.init) ?? "?"
        let model = model.map(String.init) ?? "?"
        return "\(modelName) (family \(family), model \(model), \(simdLevel.rawValue))"
    }

    /// Parses the text of `/proc/cpuinfo`; the first processor's block describes the machine.
    public init(procCPUInfo text: String) {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !fields.isEmpty { break }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if fields[key] == nil { fields[key] = value }
        }
        self.init(
            vendor: fields["vendor_id"] ?? "unknown",
            modelName: fields["model name"] ?? "unknown",
            family: fields["cpu family"].flatMap { Int($0) },
            model: fields["model"].flatMap { Int($0) },
            flags: Set((fields["flags"] ?? "").split(separator: " ").map(String.init)))
    }

    /// The CPU of this machine; a CPU with unknown facts where `/proc/cpuinfo` cannot be read.
    public static let current: CPUInfo = {
        let text = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        return CPUInfo(procCPUInfo: text)
    }()
}
