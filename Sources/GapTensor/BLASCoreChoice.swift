// BLASCoreChoice: which OpenBLAS kernel set a CPU should run when OpenBLAS's own model table does not know it.
// OpenBLAS (DYNAMIC_ARCH) picks its kernels from the CPU's family/model numbers when it loads; a model newer than
// the library (Debian bookworm's 0.3.21 on an Emerald Rapids Xeon) falls back to SSE3 "Prescott" kernels at a third
// of the speed. OpenBLAS reads OPENBLAS_CORETYPE only when it loads, so the CLI applies this choice by setting the
// variable and re-executing itself (gaprun/BLASStartup.swift). This file is the pure decision, tested on its own.
import GapCore

/// The SIMD level an OpenBLAS kernel set (`openblas_get_corename()`) is written for.
public func openBLASCoreLevel(_ coreName: String) -> SIMDLevel {
    switch coreName.lowercased() {
    case "skylakex", "cooperlake", "sapphirerapids": return .avx512
    case "haswell", "zen", "zen3", "zen4", "zen5", "excavator_avx2": return .avx2
    default: return .baseline
    }
}

/// The OpenBLAS core to force for a CPU, or nil to leave OpenBLAS's own choice alone.
///
/// - A setting the user made (`OPENBLAS_CORETYPE`, any non-empty value) always wins: nil.
/// - Only a fallback is corrected: when OpenBLAS chose kernels below AVX2 on a CPU with AVX2 and FMA. A kernel set
///   OpenBLAS picked for a CPU it knows (e.g. Cooperlake on Zen 4, Haswell on a CPU whose OS hides AVX-512) is kept.
/// - AVX-512 (F, BW, DQ, VL) → `SkylakeX`; AVX2 + FMA → `Zen` on AMD, `Haswell` otherwise.
public func chooseOpenBLASCore(cpu: CPUInfo, reportedCore: String, userSetting: String?) -> String? {
    if let userSetting, !userSetting.isEmpty { return nil }
    let available = cpu.simdLevel
    guard available >= .avx2, openBLASCoreLevel(reportedCore) < .avx2 else { return nil }
    switch available {
    case .avx512: return "SkylakeX"
    case .avx2: return cpu.vendor == "AuthenticAMD" ? "Zen" : "Haswell"
    case .baseline: return nil
    }
}
