// GapTrain version: bump when training or decoding results can change for the same configuration and seed.
// 2: fused multiply-adds, residual added before the projection GEMM, attention normalised after att·V (rounding only).
// 3: generation splits each decoding step's rows across the job's threads (rounding only, threads ≥ 2), and gaprun
//    replaces OpenBLAS's pre-AVX2 fallback kernels on CPUs it does not know (another kernel set, so other rounding).
// 4: training runs each sequence only up to its last target (padding dropped, rows packed) and the last layer after
//    attention, the final norm and the head only on rows with a target (the same values; other rounding of the weight
//    gradients, whose sums skip the zero rows).
public let trainerVersion = "gaprun-trainer/4"
