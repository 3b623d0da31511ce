// JobWorker: runs one job from its folder (spec.json) and leaves result.json or error.txt plus an exit marker.
// `gaprun run-job` calls it in a child process of a local sweep, or inside a Slurm task.
import Foundation
import GapGrid
import GapStore

/// Exit codes a worker leaves in its exit marker.
public enum WorkerExit {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    /// Stopped by a signal after saving its checkpoint; the job can resume.
    public static let interrupted: Int32 = 130
}

public enum JobWorker {
    /// Runs the job in `paths`, holding its lock, and returns the exit code it also writes to the exit marker.
    /// A job whose result.json already exists (e.g. finished by an orphaned worker) is not run again.
    public static func run(paths: RunPaths, dataSearchRoots: [String], emit: (WorkerEvent) -> Void,
                           shouldStop: () -> Bool) -> Int32 {
        let job: PlannedJob
        do {
            job = try JSONDecoder().decode(PlannedJob.self, from: try readFile(paths.spec))
        } catch {
            return finish(paths, code: WorkerExit.failure, error: "cannot read the job spec: \(error)")
        }
        // One worker per job: a second worker waits here until the first one ends.
        let lock = open(paths.lock, O_CREAT | O_RDWR, 0o644)
        if lock < 0 { return finish(paths, code: WorkerExit.failure, error: "cannot open lock \(paths.lock)") }
        defer { close(lock) }
        flock(lock, LOCK_EX)
        defer { flock(lock, LOCK_UN) }

        if let existing = try? JSONDecoder().decode(RunOutcome.self, from: readFile(paths.result)), existing.configHash == job.id {
            emit(WorkerEvent(phase: "done", message: "result already present"))
            return finish(paths, code: WorkerExit.success, error: nil)
        }
        try? FileManager.default.removeItem(atPath: paths.error)
        do {
            // What runs the job (not where): gaprun's trainer, or the grid's command templates.
            let outcome = try job.spec.executor.type.init(job: job, paths: paths, dataSearchRoots: dataSearchRoots)
                .run(emit: emit, shouldStop: shouldStop)
            // Provenance of whatever ran (trainer or command templates): the job's own tags win.
            var recorded = outcome
            recorded.tags.merge(RunProvenance.tags(threads: job.spec.train.threads)) { own, _ in own }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try RunPaths.writeAtomically(try encoder.encode(recorded), to: paths.result)
            emit(WorkerEvent(phase: "done"))
            return finish(paths, code: WorkerExit.success, error: nil)
        } catch RunError.interrupted(let id) {
            return finish(paths, code: WorkerExit.interrupted, error: RunError.interrupted(jobID: id).description)
        } catch {
            return finish(paths, code: WorkerExit.failure, error: "\(error)")
        }
    }

    /// A line for the job's log (stderr).
    static func log(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }

    /// The step of the trainer checkpoint of `paths` (its metadata JSON's `step`), if there is one.
    static func checkpointStep(_ paths: RunPaths) -> Int? {
        guard let data = FileManager.default.contents(atPath: paths.checkpointMetadata),
              let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return nil }
        return object["step"] as? Int
    }

    private static func finish(_ paths: RunPaths, code: Int32, error: String?) -> Int32 {
        if let error { try? RunPaths.writeAtomically(Data((error + "\n").utf8), to: paths.error) }
        try? RunPaths.writeAtomically(Data("\(code)\n".utf8), to: paths.exitMarker)
        return code
    }

    static func readFile(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunError.io(path: path, message: "cannot read file")
        }
        return data
    }
}
