// WorkerEvent: one progress message from a worker to its coordinator, sent as a JSON line on the worker's stdout.
import Foundation

/// One progress message from a worker to its coordinator: a JSON line on the worker's stdout.
public struct WorkerEvent: Codable, Sendable {
    /// `data`, `train`, `eval`, `score`, `done`.
    public var phase: String
    public var step: Int?
    public var steps: Int?
    public var loss: Double?
    public var message: String?

    public init(phase: String, step: Int? = nil, steps: Int? = nil, loss: Double? = nil, message: String? = nil) {
        self.phase = phase; self.step = step; self.steps = steps; self.loss = loss; self.message = message
    }
}
