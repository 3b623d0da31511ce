// Run-time choice of the project's own vector kernels: the AVX-512 table where the CPU has AVX-512 F/BW/DQ/VL, the
// AVX2 table elsewhere, chosen once per process. Both give bitwise-identical numbers (GapKernels/KernelSet.swift).
import GapCore
import GapKernels
import GapKernelsAVX2
import GapKernelsAVX512
import Synchronization

private let narrowTable = avx2KernelTable()
private let wideTable: KernelTable? = CPUInfo.current.simdLevel >= .avx512 ? avx512KernelTable() : nil
private let useWideTable = Atomic<Bool>(wideTable != nil)

/// The kernel table this process uses now.
public var kernels: KernelTable {
    useWideTable.load(ordering: .relaxed) ? wideTable! : narrowTable
}

/// The kernel tables this CPU can run, narrowest first (for tests and `gaprun bench train --kernels`).
public var availableKernelTables: [KernelTable] { [narrowTable] + (wideTable.map { [$0] } ?? []) }

/// Selects the kernels of `level` for every later call; false (and no change) when this CPU or build has none.
/// Results do not change (both levels compute the same bits); only speed does.
@discardableResult
public func selectKernels(_ level: SIMDLevel) -> Bool {
    if level == narrowTable.level {
        useWideTable.store(false, ordering: .relaxed)
        return true
    }
    if let wideTable, level == wideTable.level {
        useWideTable.store(true, ordering: .relaxed)
        return true
    }
    return false
}
