// The versions of the trainer, lab and judge compiled into this binary; they enter every job id.
import GapCore
import GapData
import GapScore
import GapTrain

extension ComponentVersions {
    /// The components this binary runs.
    public static let current = ComponentVersions(trainer: trainerVersion, lab: labVersion, judge: judgeVersion)
}
