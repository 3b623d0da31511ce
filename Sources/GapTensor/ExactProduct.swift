// ExactProduct: attention's score products Q·Kᵀ and dOut·Vᵀ through GapKernels' `shortProduct` where it is known
// to give this process's BLAS's exact bits. At a head size of 16 or less OpenBLAS spends most of such a product's time
// packing and on call overhead; the kernel multiplies in place. Whether the two agree is measured once per process, so
// a BLAS that sums in another order simply keeps BLAS, and no result depends on the choice.
import GapCore
import GapKernels

/// The deepest product `shortScores` takes over from BLAS.
public let shortScoresMaximumDepth = 16

/// Whether `shortProduct` over a `transposeCopy` equals gemm(.none, .transposed) bit for bit in this process at every
/// depth up to `shortScoresMaximumDepth`, for row and column counts with every kind of tail (OpenBLAS's SkylakeX
/// small-matrix kernels sum some narrow shapes in another order from a depth of 32 on; up to 16 they all agree).
public let shortScoresMatchBLAS: Bool = {
    var random = SplitMix64(seed: 0x5eed)
    for depth in 1...shortScoresMaximumDepth {
        for (rows, columns) in [(64, 64), (64, 960), (13, 333), (1, 17), (64, 5), (16, 48), (7, 1)] {
            for alpha: Float in [1, 0.25] {
                let a = (0..<(rows * depth)).map { _ in Float(random.nextDouble() * 2 - 1) }
                let b = (0..<(columns * depth)).map { _ in Float(random.nextDouble() * 2 - 1) }
                var blas = [Float](repeating: 0, count: rows * columns)
                var mine = [Float](repeating: 1, count: rows * columns)
                var transposed = [Float](repeating: 0, count: depth * columns)
                blas.withUnsafeMutableBufferPointer {
                    gemm(.none, .transposed, m: rows, n: columns, k: depth, alpha: alpha, a: a, lda: depth, b: b,
                         ldb: depth, beta: 0, c: $0.baseAddress!, ldc: columns)
                }
                kernels.transposeCopy(&transposed, columns, b, depth, columns, depth)
                mine.withUnsafeMutableBufferPointer {
                    kernels.shortProduct(rows, columns, depth, alpha, a, depth, 1, transposed, columns,
                                         $0.baseAddress!, columns)
                }
                if blas.map(\.bitPattern) != mine.map(\.bitPattern) { return false }
            }
        }
    }
    return true
}()

/// Whether attention computes its scores for head size `depth` with `shortProduct`.
public func useShortScores(depth: Int) -> Bool { depth <= shortScoresMaximumDepth && shortScoresMatchBLAS }
