// GapTrain version: bump when training or decoding results can change for the same configuration and seed.
public let trainerVersion = "gaprun-trainer/1"
