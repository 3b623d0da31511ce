// The versions compiled into this binary: gaprun's release version, and the trainer, lab and judge versions that
// enter every job id.
import GapCore
import GapData
import GapScore
import GapTrain

extension ComponentVersions {
    /// The components this binary runs.
    public static let current = ComponentVersions(trainer: trainerVersion, lab: labVersion, judge: judgeVersion)
}

/// The gaprun release version printed by `gaprun --version` and recorded with every run.
public let gaprunReleaseVersion = "0.1.0"
