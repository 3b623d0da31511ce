// The kernels compiled for AVX2 + FMA (256-bit vectors, `-target-cpu haswell` on x86-64; portable elsewhere).
import GapCore
import GapKernels

/// GapKernels' bodies, specialised in this module.
enum AVX2Kernels: KernelSet {
    static var level: SIMDLevel {
        #if arch(x86_64)
        return .avx2
        #else
        return .baseline
        #endif
    }
}

/// The 256-bit kernel table: safe on every CPU the package is built for.
public func avx2KernelTable() -> KernelTable { KernelTable(AVX2Kernels.self) }
