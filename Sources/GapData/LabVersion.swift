// GapData version: bump when generated problems, teacher solutions or mixes can change.
public let labVersion = "gaprun-lab/3"
