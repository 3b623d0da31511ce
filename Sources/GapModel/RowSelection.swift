// Row selection for the last layer's upper half: gather the rows that carry a loss, scatter their gradients back.
// Rows are `width` Floats apart; `rows` lists kept row indices in increasing order.

/// Moves rows `rows[i]` of `base` to row i, in place (each source row is at or after its target, so none is
/// overwritten before it is read).
func gatherRows(_ base: UnsafeMutablePointer<Float>, width: Int, rows: [Int]) {
    for (i, row) in rows.enumerated() where row != i {
        (base + i * width).update(from: base + row * width, count: width)
    }
}

/// Copies rows `rows[i]` of `source` to row i of `target` (separate buffers).
func gatherRows(from source: UnsafePointer<Float>, to target: UnsafeMutablePointer<Float>, width: Int, rows: [Int]) {
    for (i, row) in rows.enumerated() {
        (target + i * width).update(from: source + row * width, count: width)
    }
}

/// The inverse of the in-place `gatherRows`: row i moves back to row `rows[i]`, and every row of the `total` not
/// listed becomes zero.
func scatterRows(_ base: UnsafeMutablePointer<Float>, width: Int, rows: [Int], total: Int) {
    var end = total  // rows from here on are final
    for i in rows.indices.reversed() {
        let row = rows[i]
        if row + 1 < end { (base + (row + 1) * width).update(repeating: 0, count: (end - row - 1) * width) }
        if row != i { (base + row * width).update(from: base + i * width, count: width) }
        end = row
    }
    if end > 0 { base.update(repeating: 0, count: end * width) }
}
