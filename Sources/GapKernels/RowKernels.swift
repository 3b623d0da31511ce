// Row kernels: softmax numerators and their backward (attention, cross-entropy, the KV cache), row add / scale /
// scaled copy, and a sum of squares (the gradient norm).
extension KernelSet {
    /// destination[0..<count] = e^{source − max} (the softmax numerators); destination[count..<end] = 0. Returns the
    /// reciprocal of their sum, so softmax = result · destination. Nothing at or after `end` is read or written, and
    /// `destination` may be `source` (in place). Requires 1 ≤ count ≤ end.
    ///
    /// The last, partial 16-lane chunk is processed as a whole vector with the lanes at or after `count` masked out
    /// whenever it fits below `end`, so short rows (causal attention, a KV-cache score row) need no scalar tail, and
    /// the masked lanes double as the zero fill.
    @inlinable
    public static func exponentiateRow(
        _ destination: UnsafeMutablePointer<Float>, from source: UnsafePointer<Float>, count: Int, zeroingTo end: Int
    ) -> Float {
        let whole = count & ~15, rest = count - whole
        let tailFits = rest > 0 && whole + 16 <= end
        // a vector right-hand side: `.< Int32(rest)` builds the mask one lane at a time through memory
        let lanes = SIMD16<Int32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
        let valid = lanes .< SIMD16<Int32>(repeating: Int32(rest))
        var maxLanes = Lanes(repeating: -.infinity)
        var i = 0
        while i < whole {
            let values = load(source + i)
            maxLanes = maxLanes.replacing(with: values, where: values .> maxLanes)
            i += 16
        }
        var tail = Lanes(repeating: -.infinity)
        if rest > 0 {
            tail = tailFits ? load(source + whole) : loadPartial(source + whole, count: rest, padding: -.infinity)
            tail = tail.replacing(with: -.infinity, where: .!valid)
            maxLanes = maxLanes.replacing(with: tail, where: tail .> maxLanes)
        }
        let maximum = horizontalMaximum(maxLanes)
        var sumLanes = Lanes(repeating: 0)
        i = 0
        while i < whole {
            let e = exp(load(source + i) - maximum)
            store(e, destination + i)
            sumLanes += e
            i += 16
        }
        if rest > 0 {
            let e = exp(tail - maximum).replacing(with: 0, where: .!valid)
            if tailFits { store(e, destination + whole) } else { storePartial(e, destination + whole, count: rest) }
            sumLanes += e
        }
        let written = tailFits ? whole + 16 : count
        if written < end { (destination + written).update(repeating: 0, count: end - written) }
        return 1 / sumLanes.sum()
    }

    /// In place over query row t of a block ending at `end` (count = t + 1), with p = rowScale · e the softmax:
    /// dRow[j] = p[j] · (dRow[j] − Σ_k p[k] · dRow[k]) for j < count, and dRow[count..<end] = 0.
    /// e[count..<end] must be zero (attention forward leaves them so): the last partial chunk runs as a whole vector.
    @inlinable
    public static func softmaxBackwardRow(_ dRow: UnsafeMutablePointer<Float>, numerators e: UnsafePointer<Float>,
                                          rowScale: Float, count: Int, zeroingTo end: Int) {
        let vectorEnd = min((count + 15) & ~15, end)
        var lanes = Lanes(repeating: 0)
        var j = 0
        while j + 16 <= vectorEnd {
            lanes = lanes.addingProduct(load(e + j), load(dRow + j))
            j += 16
        }
        let scalarStart = j, scalarEnd = max(j, count)  // the vector loop may already cover count
        var dot = lanes.sum()
        for k in scalarStart..<scalarEnd { dot += e[k] * dRow[k] }
        dot *= rowScale
        j = 0
        while j + 16 <= vectorEnd {
            store((load(e + j) * rowScale) * (load(dRow + j) - dot), dRow + j)
            j += 16
        }
        for k in scalarStart..<scalarEnd { dRow[k] = (e[k] * rowScale) * (dRow[k] - dot) }
        if scalarEnd < end { (dRow + scalarEnd).update(repeating: 0, count: end - scalarEnd) }
    }

    /// In place: a[i] += b[i] for i < count.
    @inlinable
    public static func addInPlace(_ a: UnsafeMutablePointer<Float>, _ b: UnsafePointer<Float>, count: Int) {
        var i = 0
        while i + 16 <= count {
            store(load(a + i) + load(b + i), a + i)
            i += 16
        }
        while i < count { a[i] += b[i]; i += 1 }
    }

    /// In place: row[i] *= factor for i < count.
    @inlinable
    public static func scaleRow(_ row: UnsafeMutablePointer<Float>, count: Int, by factor: Float) {
        var i = 0
        while i + 16 <= count {
            store(load(row + i) * factor, row + i)
            i += 16
        }
        while i < count { row[i] *= factor; i += 1 }
    }

    /// destination[i] = source[i] · factor for i < count.
    @inlinable
    public static func scaledCopy(_ destination: UnsafeMutablePointer<Float>, from source: UnsafePointer<Float>,
                                  count: Int, by factor: Float) {
        var i = 0
        while i + 16 <= count {
            store(load(source + i) * factor, destination + i)
            i += 16
        }
        while i < count { destination[i] = source[i] * factor; i += 1 }
    }

    /// Σ x[i]² in a fixed order: 16 lane sums of fused multiply-adds over whole chunks, added lane 0 to 15, then the
    /// remaining elements one by one.
    @inlinable
    public static func sumOfSquares(_ x: UnsafePointer<Float>, count: Int) -> Float {
        var lanes = Lanes(repeating: 0)
        var i = 0
        while i + 16 <= count {
            let v = load(x + i)
            lanes = lanes.addingProduct(v, v)
            i += 16
        }
        var partial = lanes.sum()
        while i < count { partial += x[i] * x[i]; i += 1 }
        return partial
    }
}
