// GapTrain version: bump when training or decoding results can change for the same configuration and seed.
// 2: fused multiply-adds, residual added before the projection GEMM, attention normalised after att·V (rounding only).
// 3: generation splits each decoding step's rows across the job's threads (rounding only, threads ≥ 2), and gaprun
//    replaces OpenBLAS's pre-AVX2 fallback kernels on CPUs it does not know (another kernel set, so other rounding).
public let trainerVersion = "gaprun-trainer/3"
