// A matrix product over a short inner dimension (attention's head size), for attention's score products: one
// (query block × keys) block per call, where OpenBLAS spends more time packing and on call overhead than multiplying.
extension KernelSet {
    /// out[i·ldo + j] = alpha · Σ_k a[i·aRow + k·aColumn] · bt[k·ldb + j] for i < rows, j < columns (out is
    /// overwritten): a is read as stored (aRow = lda, aColumn = 1) or transposed (aRow = 1, aColumn = lda).
    ///
    /// Every sum is one chain of fused multiply-adds in k order starting from zero, then multiplied by alpha once:
    /// how OpenBLAS's sgemm kernels accumulate for the shapes attention's scores have at a depth of 16 or less, so
    /// there the result equals `gemm(.none, .transposed, …)` on the untransposed b bit for bit (GapTensor's
    /// `shortScoresMatchBLAS` checks this in every process before attention relies on it). Tiles are 4 rows × 32
    /// columns, then 16 columns, then single elements; the tile shape changes only which sums run side by side, never
    /// a sum's order.
    @inlinable
    public static func shortProduct(
        rows: Int, columns: Int, depth: Int, alpha: Float, a: UnsafePointer<Float>, aRow: Int, aColumn: Int,
        bt: UnsafePointer<Float>, ldb: Int, out: UnsafeMutablePointer<Float>, ldo: Int
    ) {
        var i = 0
        while i + 4 <= rows {
            let a0 = a + i * aRow, a1 = a0 + aRow, a2 = a1 + aRow, a3 = a2 + aRow
            var j = 0
            while j + 32 <= columns {
                var c00 = Lanes(repeating: 0), c01 = Lanes(repeating: 0), c10 = Lanes(repeating: 0)
                var c11 = Lanes(repeating: 0), c20 = Lanes(repeating: 0), c21 = Lanes(repeating: 0)
                var c30 = Lanes(repeating: 0), c31 = Lanes(repeating: 0)
                var b = bt + j
                for k in 0..<depth {
                    let b0 = load(b), b1 = load(b + 16)
                    let x0 = Lanes(repeating: a0[k * aColumn]), x1 = Lanes(repeating: a1[k * aColumn])
                    let x2 = Lanes(repeating: a2[k * aColumn]), x3 = Lanes(repeating: a3[k * aColumn])
                    c00 = c00.addingProduct(x0, b0); c01 = c01.addingProduct(x0, b1)
                    c10 = c10.addingProduct(x1, b0); c11 = c11.addingProduct(x1, b1)
                    c20 = c20.addingProduct(x2, b0); c21 = c21.addingProduct(x2, b1)
                    c30 = c30.addingProduct(x3, b0); c31 = c31.addingProduct(x3, b1)
                    b += ldb
                }
                let o = out + i * ldo + j
                store(c00 * alpha, o); store(c01 * alpha, o + 16)
                store(c10 * alpha, o + ldo); store(c11 * alpha, o + ldo + 16)
                store(c20 * alpha, o + 2 * ldo); store(c21 * alpha, o + 2 * ldo + 16)
                store(c30 * alpha, o + 3 * ldo); store(c31 * alpha, o + 3 * ldo + 16)
                j += 32
            }
            if j + 16 <= columns {
                var c0 = Lanes(repeating: 0), c1 = Lanes(repeating: 0)
                var c2 = Lanes(repeating: 0), c3 = Lanes(repeating: 0)
                var b = bt + j
                for k in 0..<depth {
                    let b0 = load(b)
                    c0 = c0.addingProduct(Lanes(repeating: a0[k * aColumn]), b0)
                    c1 = c1.addingProduct(Lanes(repeating: a1[k * aColumn]), b0)
                    c2 = c2.addingProduct(Lanes(repeating: a2[k * aColumn]), b0)
                    c3 = c3.addingProduct(Lanes(repeating: a3[k * aColumn]), b0)
                    b += ldb
                }
                let o = out + i * ldo + j
                store(c0 * alpha, o); store(c1 * alpha, o + ldo)
                store(c2 * alpha, o + 2 * ldo); store(c3 * alpha, o + 3 * ldo)
                j += 16
            }
            for row in i..<(i + 4) {
                shortProductTail(row: row, from: j, columns: columns, depth: depth, alpha: alpha, a: a,
                                 aRow: aRow, aColumn: aColumn, bt: bt, ldb: ldb, out: out, ldo: ldo)
            }
            i += 4
        }
        while i < rows {
            let a0 = a + i * aRow
            var j = 0
            while j + 16 <= columns {
                var c0 = Lanes(repeating: 0)
                var b = bt + j
                for k in 0..<depth {
                    c0 = c0.addingProduct(Lanes(repeating: a0[k * aColumn]), load(b))
                    b += ldb
                }
                store(c0 * alpha, out + i * ldo + j)
                j += 16
            }
            shortProductTail(row: i, from: j, columns: columns, depth: depth, alpha: alpha, a: a, aRow: aRow,
                             aColumn: aColumn, bt: bt, ldb: ldb, out: out, ldo: ldo)
            i += 1
        }
    }

    /// The elements of `shortProduct`'s row `row` from column `start` to `columns`, one scalar chain each.
    @inlinable @inline(__always)
    static func shortProductTail(
        row: Int, from start: Int, columns: Int, depth: Int, alpha: Float, a: UnsafePointer<Float>, aRow: Int,
        aColumn: Int, bt: UnsafePointer<Float>, ldb: Int, out: UnsafeMutablePointer<Float>, ldo: Int
    ) {
        let x = a + row * aRow
        for j in start..<max(start, columns) {
            var sum: Float = 0
            for k in 0..<depth { sum = sum.addingProduct(x[k * aColumn], bt[k * ldb + j]) }
            out[row * ldo + j] = sum * alpha
        }
    }

    /// bt[k·ldb + j] = b[j·ldbSource + k] for j < rows, k < columns: a (rows, columns) strided view copied as its
    /// transpose, 16 source rows at a time so each destination row is written in whole 16-lane runs.
    @inlinable
    public static func transposeCopy(
        _ bt: UnsafeMutablePointer<Float>, ldb: Int, from b: UnsafePointer<Float>, ldbSource: Int,
        rows: Int, columns: Int
    ) {
        var j0 = 0
        while j0 < rows {
            let count = min(16, rows - j0)
            for k in 0..<columns {
                let target = bt + k * ldb + j0
                for j in 0..<count { target[j] = b[(j0 + j) * ldbSource + k] }
            }
            j0 += 16
        }
    }
}
