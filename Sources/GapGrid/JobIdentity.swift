// JobIdentity: a job's id = SHA-256 of the canonical JSON (GapCore's CanonicalJSON) of everything that can change its
// results, plus the component versions; and its training and generation identities.

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
/// *executor* (`JobSpec.executor`): `inprocess` (gaprun's own trainer) or `command` (external programs), so an
/// in-process cell run locally or through Slurm keeps one id. An in-process job's `commands` are never run,
/// so they are hashed as `{}`.
public enum JobIdentity {
    /// Dotted JSON paths left out of the hash, with the reason in the type's documentation.
    public static let excludedKeys: [[String]] = [["train", "checkpoint_every"], ["swept"], ["eval", "allow_short_budget"]]

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
        jobValue.set(path: ["backend"], to: .string(job.executor.rawValue))
        if job.executor == .inProcess { jobValue.set(path: ["commands"], to: .object([:])) }
        let components = CanonicalJSON.Value.object(["trainer": .string(versions.trainer), "lab": .string(versions.lab)])
        return CanonicalJSON.Value.object(["job": jobValue, "stage": .string(stage), "versions": components]).text
    }

    /// The exact text that `id(for:versions:)` hashes.
    public static func canonicalJSON(for job: JobSpec, versions: ComponentVersions) -> String {
        var jobValue = CanonicalJSON.value(of: job)
        for path in excludedKeys { jobValue.remove(path: path) }
        jobValue.set(path: ["backend"], to: .string(job.executor.rawValue))
        if job.executor == .inProcess { jobValue.set(path: ["commands"], to: .object([:])) }
        return CanonicalJSON.Value.object(["job": jobValue, "versions": CanonicalJSON.value(of: versions)]).text
    }
}
