// GapScore version: bump when any verdict can change; stored with every score and part of job identity.
/// The version of the `gaprun` scorer, stored with every score.
public let judgeVersion = "gaprun-judge/121"
