// The gaprun release version printed by `gaprun --version` and recorded in reports.

enum GaprunVersion {
    static let text = "0.1.0"
}
