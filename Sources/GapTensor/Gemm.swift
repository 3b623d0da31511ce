// Row-major single-precision matrix multiply: the one BLAS entry point (OpenBLAS / Accelerate CBLAS), plus the naive
// reference loop it is tested against. Every matmul in the model goes through `gemm`; nothing here allocates.
import CBLAS

/// Whether an operand of `gemm` is read as stored or transposed.
public enum Transpose: Sendable {
    case none
    case transposed
}

/// C = alpha · op(A) · op(B) + beta · C, all row-major.
///
/// Shapes: op(A) is (m, k), op(B) is (k, n), C is (m, n). `lda`, `ldb`, `ldc` are the row strides of the stored
/// matrices (so a strided view such as the Q columns of a (T, 3C) QKV buffer works with `lda = 3C`).
@inline(__always)
public func gemm(
    _ transposeA: Transpose, _ transposeB: Transpose, m: Int, n: Int, k: Int,
    alpha: Float = 1, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
    beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
) {
    if m == 0 || n == 0 { return }
    cblas_sgemm(
        CblasRowMajor,
        transposeA == .none ? CblasNoTrans : CblasTrans,
        transposeB == .none ? CblasNoTrans : CblasTrans,
        Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
}

/// The naive triple loop with the same contract as `gemm`; the reference the BLAS path is tested against.
/// Accumulates in Double so that it is a trustworthy reference, not a fast one.
public func gemmNaive(
    _ transposeA: Transpose, _ transposeB: Transpose, m: Int, n: Int, k: Int,
    alpha: Float = 1, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
    beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
) {
    for i in 0..<m {
        for j in 0..<n {
            var sum = 0.0
            for p in 0..<k {
                let aValue = transposeA == .none ? a[i * lda + p] : a[p * lda + i]
                let bValue = transposeB == .none ? b[p * ldb + j] : b[j * ldb + p]
                sum += Double(aValue) * Double(bValue)
            }
            let previous = beta == 0 ? 0 : Double(beta) * Double(c[i * ldc + j])
            c[i * ldc + j] = Float(Double(alpha) * sum + previous)
        }
    }
}
