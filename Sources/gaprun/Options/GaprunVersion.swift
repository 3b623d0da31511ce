// The gaprun version printed by `gaprun --version` and recorded in reports: the release and the source commit.
import GapRun

enum GaprunVersion {
    static let text = gaprunReleaseVersion
    /// `0.1.0 (commit 1a2b3c4d5e6f)`.
    static let long = "\(gaprunReleaseVersion) (commit \(gaprunSourceCommit.prefix(12)))"
}
