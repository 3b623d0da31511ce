// GapTrain version: bump when training or decoding results can change for the same configuration and seed.
// 2: fused multiply-adds, residual added before the projection GEMM, attention normalised after att·V (rounding only).
public let trainerVersion = "gaprun-trainer/2"
