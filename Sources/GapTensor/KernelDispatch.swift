// Run-time choice of the project's own vector kernels: the AVX-512 table where the CPU has AVX-512 F/BW/DQ/VL, the
// AVX2 table elsewhere, chosen once per process. Both give bitwise-identical numbers (GapKernels/KernelSet.swift).
// GAPRUN_KERNELS=avx2 forces the 256-bit table (an A/B of the two widths, e.g. with `gaprun bench train`).
import Foundation
import GapCore
import GapKernels
import GapKernelsAVX2
import GapKernelsAVX512

/// The kernel tables this CPU can run, narrowest first (for tests).
public let availableKernelTables: [KernelTable] = {
    var tables = [avx2KernelTable()]
    if CPUInfo.current.simdLevel >= .avx512, let wide = avx512KernelTable() { tables.append(wide) }
    return tables
}()

/// The kernel table of this process: the widest available, or the one GAPRUN_KERNELS names (`avx2`, `avx512`)
/// when this CPU runs it. A global constant, so a call through it copies one function value, not the table.
public let kernels: KernelTable = {
    let requested = ProcessInfo.processInfo.environment["GAPRUN_KERNELS"].flatMap(SIMDLevel.init(rawValue:))
    return availableKernelTables.last { requested == nil || $0.level == requested } ?? availableKernelTables.last!
}()
