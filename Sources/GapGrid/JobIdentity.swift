// JobIdentity: a job's id = SHA-256 of the canonical JSON of everything that can change its results, plus the
// component versions. Also CanonicalJSON, the serialisation it hashes (sorted keys, no whitespace, stable numbers).

import Foundation
import GapCore

/// Job ids. A job's id is its evaluation identity: the trained model (`trainingID`), the benchmarks and generation
/// settings (`generationID`) and the scorer with the judge version. The hashed JSON is `{"job":…,"versions":…}`, where `job` is the JobSpec's JSON (its CodingKeys:
/// student name and config, mix name and weights, seed, swept values, data, train, eval, backend, commands) minus
/// the settings that cannot change results:
/// - `train.checkpoint_every`: how often a resumable checkpoint is written, not what is trained.
/// - `eval.allow_short_budget`: accepts a generation budget, which is itself hashed; it does not set one.
/// - `swept`: the dotted-key list of swept values is a label, not a setting — every swept value is already in
///   `data`/`train`/`eval` — so a cell reached by sweeping `train.learning_rate` shares its id with the same cell
///   written with `learning_rate` fixed in another grid.
/// So the same cell run on a laptop with 1 thread or a server with 8 keeps its id and result. The grid's name,
/// file path, include/exclude rules, gaps and slurm settings are not part of a job either: two grid files that
/// share a cell share its id.
///
/// Where a job runs never enters its id, what it runs does: the hashed `backend` is the job's
/// *executor* (`executor(of:)`): `inprocess` (gaprun's own trainer) or `command` (external programs), so an
/// in-process cell run locally or through Slurm keeps one id. An in-process job's `commands` are never run,
/// so they are hashed as `{}`.
public enum JobIdentity {
    /// Dotted JSON paths left out of the hash, with the reason in the type's documentation.
    public static let excludedKeys: [[String]] = [["train", "checkpoint_every"], ["swept"], ["eval", "allow_short_budget"]]

    /// What runs a job, whatever the launcher: `command` for the command backend or an external model (which
    /// only command templates can train), else `inprocess`. `slurm` is a place, not an executor.
    public static func executor(of job: JobSpec) -> String {
        job.backend == "command" || !job.studentConfiguration.isInProcess ? "command" : "inprocess"
    }

    /// The full 64-hex-digit id of `job` under `versions`.
    public static func id(for job: JobSpec, versions: ComponentVersions) -> String {
        SHA256.hex(canonicalJSON(for: job, versions: versions))
    }

    /// The training identity of `job`: what decides the trained model — student, mix, data, training settings,
    /// seed, executor and the trainer and lab versions; not `eval` and not the judge version. Jobs that differ only
    /// in how they are evaluated share it, and so share one trained model (`runs.train_hash`).
    public static func trainingID(for job: JobSpec, versions: ComponentVersions) -> String {
        SHA256.hex(stageJSON(for: job, versions: versions, stage: "train", dropping: [["eval"]]))
    }

    /// The generation identity of `job`: the trained model plus the benchmarks and generation settings (`eval`
    /// without `scorer`), and the trainer and lab versions. Jobs that differ only in their scorer or judge version
    /// share it, and so share the stored responses (`runs.generation_hash`).
    public static func generationID(for job: JobSpec, versions: ComponentVersions) -> String {
        SHA256.hex(stageJSON(for: job, versions: versions, stage: "generate", dropping: [["eval", "scorer"]]))
    }

    /// `{"job":…,"stage":…,"versions":{"lab":…,"trainer":…}}`, the job without `dropping` and the judge version.
    static func stageJSON(for job: JobSpec, versions: ComponentVersions, stage: String, dropping: [[String]]) -> String {
        var jobValue = CanonicalJSON.value(of: job)
        for path in excludedKeys + dropping { jobValue.remove(path: path) }
        let executor = executor(of: job)
        jobValue.set(path: ["backend"], to: .string(executor))
        if executor == "inprocess" { jobValue.set(path: ["commands"], to: .object([:])) }
        let components = CanonicalJSON.Value.object(["trainer": .string(versions.trainer), "lab": .string(versions.lab)])
        return CanonicalJSON.Value.object(["job": jobValue, "stage": .string(stage), "versions": components]).text
    }

    /// The exact text that `id(for:versions:)` hashes.
    public static func canonicalJSON(for job: JobSpec, versions: ComponentVersions) -> String {
        var jobValue = CanonicalJSON.value(of: job)
        for path in excludedKeys { jobValue.remove(path: path) }
        let executor = executor(of: job)
        jobValue.set(path: ["backend"], to: .string(executor))
        if executor == "inprocess" { jobValue.set(path: ["commands"], to: .object([:])) }
        return CanonicalJSON.Value.object(["job": jobValue, "versions": CanonicalJSON.value(of: versions)]).text
    }
}

/// Canonical JSON: object keys sorted by their UTF-8 bytes, no whitespace, numbers in one stable form — an
/// integral value below 2^53 as an integer (`3`, whether it was 3 or 3.0), any other as Swift's shortest
/// round-trip text (`0.001`, `1e-05`) — and strings escaped minimally (`"`, `\`, control characters as \uXXXX).
/// It goes through JSONEncoder and then re-reads the output, so number formatting never depends on the
/// Foundation version.
public enum CanonicalJSON {
    /// A parsed JSON value.
    public indirect enum Value: Sendable, Hashable {
        case object([String: Value]), array([Value]), string(String), number(Double), bool(Bool), null

        /// The canonical text.
        public var text: String {
            switch self {
            case .object(let members):
                let sorted = members.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
                return "{" + sorted.map { JSONText.quote($0.key) + ":" + $0.value.text }.joined(separator: ",") + "}"
            case .array(let items): return "[" + items.map(\.text).joined(separator: ",") + "]"
            case .string(let string): return JSONText.quote(string)
            case .number(let number): return CanonicalJSON.number(number)
            case .bool(let bool): return bool ? "true" : "false"
            case .null: return "null"
            }
        }

        /// Sets the member at `path` (object keys) when its parent object exists.
        mutating func set(path: [String], to value: Value) {
            guard case .object(var members) = self, let first = path.first else { return }
            if path.count == 1 { members[first] = value } else { members[first]?.set(path: Array(path.dropFirst()), to: value) }
            self = .object(members)
        }

        /// Removes the member at `path` (object keys), if present.
        mutating func remove(path: [String]) {
            guard case .object(var members) = self, let first = path.first else { return }
            if path.count == 1 { members[first] = nil } else { members[first]?.remove(path: Array(path.dropFirst())) }
            self = .object(members)
        }
    }

    /// The canonical JSON text of any Encodable value.
    public static func text<T: Encodable>(of value: T) -> String { self.value(of: value).text }

    /// `value` encoded with JSONEncoder and read back as a `Value`.
    public static func value<T: Encodable>(of value: T) -> Value {
        // Our Codable types (GapCore's structs) cannot fail to encode; a failure here is a programming error.
        let data = try! JSONEncoder().encode(value)
        var parser = Parser(bytes: Array(data))
        return parser.parseValue()
    }

    /// Stable number text: integers below 2^53 without a fraction, others in Swift's shortest round-trip form.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A minimal reader for JSONEncoder's output (well-formed by construction).
    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func skipSpace() { while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 } }

        mutating func parseValue() -> Value {
            skipSpace()
            guard index < bytes.count else { return .null }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var members: [String: Value] = [:]
                skipSpace()
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                while true {
                    skipSpace()
                    let key = parseString()
                    skipSpace(); index += 1 // ':'
                    members[key] = parseValue()
                    skipSpace()
                    let separator = bytes[index]; index += 1
                    if separator == UInt8(ascii: "}") { return .object(members) }
                }
            case UInt8(ascii: "["):
                index += 1
                var items: [Value] = []
                skipSpace()
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                while true {
                    items.append(parseValue())
                    skipSpace()
                    let separator = bytes[index]; index += 1
                    if separator == UInt8(ascii: "]") { return .array(items) }
                }
            case UInt8(ascii: "\""): return .string(parseString())
            case UInt8(ascii: "t"): index += 4; return .bool(true)
            case UInt8(ascii: "f"): index += 5; return .bool(false)
            case UInt8(ascii: "n"): index += 4; return .null
            default:
                let start = index
                while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
                return .number(Double(String(decoding: bytes[start..<index], as: UTF8.self)) ?? .nan)
            }
        }

        mutating func parseString() -> String {
            index += 1 // opening quote
            var scalars = String.UnicodeScalarView()
            var raw: [UInt8] = []
            func flush() { scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars); raw.removeAll() }
            var pendingHighSurrogate: UInt32?
            while bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "\\") {
                    flush()
                    let escape = bytes[index + 1]; index += 2
                    switch escape {
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "b"): scalars.append("\u{8}")
                    case UInt8(ascii: "f"): scalars.append("\u{C}")
                    case UInt8(ascii: "u"):
                        let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) ?? 0xFFFD
                        index += 4
                        if (0xD800..<0xDC00).contains(code) { pendingHighSurrogate = code; continue }
                        if let high = pendingHighSurrogate, (0xDC00..<0xE000).contains(code) {
                            let combined = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
                            scalars.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
                        } else {
                            scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                        }
                        pendingHighSurrogate = nil
                    default: scalars.append(Unicode.Scalar(escape)) // \" \\ \/
                    }
                } else {
                    raw.append(bytes[index]); index += 1
                }
            }
            flush()
            index += 1 // closing quote
            return String(scalars)
        }
    }
}
