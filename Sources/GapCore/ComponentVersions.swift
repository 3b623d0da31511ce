// ComponentVersions: the version of every component that changes results; part of every job's identity.

/// Bump a component's version whenever its results can change; old results then stay intact under old ids.
public struct ComponentVersions: Codable, Sendable, Hashable {
    public var trainer: String
    public var lab: String
    public var judge: String
    public init(trainer: String, lab: String, judge: String) { self.trainer = trainer; self.lab = lab; self.judge = judge }
}
