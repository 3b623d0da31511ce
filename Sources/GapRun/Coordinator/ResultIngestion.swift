// ResultIngestion: a finished worker's result.json into the database — the one path from a job folder to its rows,
// taken by the local coordinator and the Slurm collector alike.
import Foundation
import GapStore

enum ResultIngestion {
    /// Records job `jobID`'s result file (COMPLETED, with `P = …` for progress lines), or FAILED with the reason when it
    /// cannot be read or belongs to another job. `finisher` names what ran it in that message (`the worker`, `the task`).
    static func ingest(_ jobID: String, paths: RunPaths, store: ResultStore, finisher: String) -> (RunStatus, String) {
        do {
            let p = try store.ingest(resultFile: paths.result, configHash: jobID)
            return (.completed, String(format: "P = %.1f", p))
        } catch {
            let message = "\(finisher) finished but its result could not be recorded: \(error)"
            try? store.markEnded(configHash: jobID, status: .failed, error: message)
            return (.failed, message)
        }
    }
}
