// The kernels compiled for AVX-512 (512-bit vectors, `-target-cpu skylake-avx512`). Calling this table on a CPU
// without AVX-512 F/BW/DQ/VL crashes with an illegal instruction: GapTensor only selects it where the CPU has them.
import GapCore
import GapKernels

/// GapKernels' bodies, specialised in this module.
enum AVX512Kernels: KernelSet {
    static var level: SIMDLevel { .avx512 }
}

/// The 512-bit kernel table, or nil where this build has none (not x86-64).
public func avx512KernelTable() -> KernelTable? {
    #if arch(x86_64)
    return KernelTable(AVX512Kernels.self)
    #else
    return nil
    #endif
}
