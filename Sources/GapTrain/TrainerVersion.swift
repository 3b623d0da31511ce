// GapTrain version: bump when training or decoding results can change for the same configuration and seed.
// 2: fused multiply-adds in exp/GELU/AdamW, residual added before the projection GEMM (rounding changes only).
public let trainerVersion = "gaprun-trainer/2"
