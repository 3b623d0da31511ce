// GapScore version: bump when any verdict can change; stored with every score and part of job identity.
public let judgeVersion = "gaprun-judge/1"
