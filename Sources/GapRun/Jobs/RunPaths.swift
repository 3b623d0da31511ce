// RunPaths: the one place that names every per-job file (spec, result, error, log, exit marker, lock, checkpoint and
// its held-out losses, the command executor's files); the Slurm markers are in RunPaths+Slurm.swift.
// Local workers and Slurm tasks write here; only the coordinator writes SQLite.
import Foundation
import GapCore

/// Files of one job under `<runs directory>/<job id prefix>/`.
public struct RunPaths: Sendable {
    /// The job's folder.
    public let directory: String

    /// The runs directory that sits beside a database: `results.sqlite` → `results.runs/`.
    public static func runsDirectory(forDatabase databasePath: String) -> String {
        let url = URL(fileURLWithPath: databasePath)
        let stem = url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent(stem + ".runs").path
    }

    public init(runsDirectory: String, jobID: String) {
        directory = URL(fileURLWithPath: runsDirectory).appendingPathComponent(String(jobID.prefix(16))).path
    }

    public init(directory: String) { self.directory = directory }

    /// The resolved JobSpec with its id, written before the job starts (`PlannedJob` JSON).
    public var spec: String { file("spec.json") }
    /// The finished job's `RunOutcome` JSON, written atomically by the worker.
    public var result: String { file("result.json") }
    /// The failure message of a failed attempt.
    public var error: String { file("error.txt") }
    /// The worker's log (appended across attempts and requeues).
    public var log: String { file("log.txt") }
    /// The worker's exit marker: its exit code as text, written last.
    public var exitMarker: String { file("exit") }
    /// Held (flock) by the worker running this job, so two workers never run one job.
    public var lock: String { file("lock") }
    /// Trainer checkpoints, for resuming after an interruption, crash or Slurm requeue.
    public var checkpoints: String { file("checkpoint") }
    /// The checkpoint's metadata (GapTrain's `checkpoint.json`; its `step` counts completed optimizer steps).
    public var checkpointMetadata: String { URL(fileURLWithPath: checkpoints).appendingPathComponent("checkpoint.json").path }
    /// Held-out loss per step, kept beside the checkpoint so a resumed job keeps the losses of the steps before.
    public var validationLosses: String { URL(fileURLWithPath: checkpoints).appendingPathComponent("validation-loss.json").path }
    /// `command/`: everything gaprun writes for a command job's external programs.
    public var commandDirectory: String { file("command") }
    /// `model/`: where a command job's training step writes the model.
    public var commandModel: String { file("model") }

    func file(_ name: String) -> String { URL(fileURLWithPath: directory).appendingPathComponent(name).path }

    /// Creates the folder if needed.
    public func create() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// Writes `data` to `path` through a temporary file and a rename, so readers never see half a file
    /// (`OutputFile`: a symlink is followed, a device or FIFO is written in place).
    public static func writeAtomically(_ data: Data, to path: String) throws {
        do { try OutputFile.write(data, to: path, allowStandardOutput: false) } catch let error as FileError {
            throw RunError.io(path: path, message: error.message)
        }
    }
}
