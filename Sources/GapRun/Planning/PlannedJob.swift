// PlannedJob: a JobSpec with its job id (and its training and generation identities), as expanded from a grid; what
// spec.json holds and what launchers run.
import Foundation
import GapCore
import GapGrid
import GapModel
import GapTrain

/// One job ready to run: its identity and its fully resolved configuration.
public struct PlannedJob: Codable, Sendable, Hashable {
    /// SHA-256 hex of the canonical config and component versions (`runs.config_hash`).
    public var id: String
    /// The grid (experiment) the job was planned from.
    public var experiment: String
    public let spec: JobSpec
    public var versions: ComponentVersions
    /// Set when the job generates from another run's final checkpoint instead of training (not part of its identity).
    public var reuse: ModelReuse?
    /// The in-process student's model shapes, built once per job from `spec` (nil for an external model or a student
    /// that does not build; `SweepPlanner.validate` says why). Not stored in spec.json: a worker rebuilds it.
    public let model: GPTConfiguration?

    public init(id: String, experiment: String, spec: JobSpec, versions: ComponentVersions, reuse: ModelReuse? = nil) {
        self.id = id; self.experiment = experiment; self.spec = spec; self.versions = versions; self.reuse = reuse
        model = Self.model(of: spec)
    }

    enum CodingKeys: String, CodingKey { case id, experiment, spec, versions, reuse }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id),
                  experiment: try container.decode(String.self, forKey: .experiment),
                  spec: try container.decode(JobSpec.self, forKey: .spec),
                  versions: try container.decode(ComponentVersions.self, forKey: .versions),
                  reuse: try container.decodeIfPresent(ModelReuse.self, forKey: .reuse))
    }

    /// The model of an in-process student, or nil.
    static func model(of spec: JobSpec) -> GPTConfiguration? {
        guard spec.executor == .inProcess, spec.studentConfiguration.isInProcess else { return nil }
        return try? GPTConfiguration(student: spec.studentConfiguration,
                                     vocabularySize: CharTokenizer.vocabularySize(tokenizer: spec.train.tokenizerName))
    }

    /// The training identity (`runs.train_hash`): jobs that share it share one trained model.
    public var trainingID: String { JobIdentity.trainingID(for: spec, versions: versions) }
    /// The generation identity (`runs.generation_hash`): jobs that share it share their responses.
    public var generationID: String { JobIdentity.generationID(for: spec, versions: versions) }

    /// The 12-character prefix `plan` and `status` print.
    public var shortID: String { String(id.prefix(12)) }

    /// `student/mix/seed` plus swept values, for progress lines.
    public var label: String {
        var text = "\(spec.student)/\(spec.mix)/seed \(spec.seed)"
        for (key, value) in spec.sweptValues.sorted(by: { $0.key < $1.key }) { text += " \(key)=\(value)" }
        return text
    }
}

/// A stored trained model a job generates from: the run that trained it and its final checkpoint folder.
public struct ModelReuse: Codable, Sendable, Hashable {
    /// The job id of the run whose model is reused.
    public var source: String
    /// Its checkpoint folder (read only).
    public var checkpoint: String
    public init(source: String, checkpoint: String) { self.source = source; self.checkpoint = checkpoint }
}
