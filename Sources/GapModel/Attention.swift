// Causal multi-head self-attention over a packed QKV buffer, forward and backward side by side.
// The BLAS path does Q·Kᵀ, softmax and att·V per (batch, head) with strided GEMMs; the naive path is llm.c's loops.
// Legend: B = batch, T = sequence length, C = channels, NH = heads, HS = head size (C / NH).
// qkv rows are [q (C) | k (C) | v (C)], head h at columns h·HS ..< (h+1)·HS of each part.
import Foundation
import GapTensor

/// Rows (queries) per GEMM block: the causal mask lets block r skip keys after its last row, saving ~40% of the
/// attention FLOPs at T = 256 while keeping GEMMs large enough for BLAS.
let attentionBlock = 64

/// output = softmax(mask(Q·Kᵀ / √HS)) · V per head; att keeps the post-softmax weights (zero above the diagonal).
/// Shapes: output (B, T, C); att (B, NH, T, T); qkv (B, T, 3C).
public func attentionForward(
    output: UnsafeMutablePointer<Float>, att: UnsafeMutablePointer<Float>, qkv: UnsafePointer<Float>,
    batchSize B: Int, length T: Int, channels C: Int, headCount NH: Int
) {
    let HS = C / NH
    let scale = 1 / Float(HS).squareRoot()
    for b in 0..<B {
        for h in 0..<NH {
            let q = qkv + b * T * 3 * C + h * HS
            let k = q + C
            let v = q + 2 * C
            let weights = att + (b * NH + h) * T * T
            for r0 in stride(from: 0, to: T, by: attentionBlock) {
                let end = min(T, r0 + attentionBlock), R = end - r0
                gemm(.none, .transposed, m: R, n: end, k: HS, alpha: scale, a: q + r0 * 3 * C, lda: 3 * C,
                     b: k, ldb: 3 * C, beta: 0, c: weights + r0 * T, ldc: T)
                for t in r0..<end { causalSoftmaxRow(weights + t * T, length: T, last: t) }
                gemm(.none, .none, m: R, n: HS, k: end, a: weights + r0 * T, lda: T, b: v, ldb: 3 * C,
                     beta: 0, c: output + b * T * C + r0 * C + h * HS, ldc: C)
            }
        }
    }
}

/// Softmax over row[0...last]; zeroes row[last+1..<length].
@inline(__always)
func causalSoftmaxRow(_ row: UnsafeMutablePointer<Float>, length: Int, last: Int) {
    let maximum = maximumOfRow(row, count: last + 1)
    let sum = exponentiateRow(row, count: last + 1, subtracting: maximum)
    scaleRow(row, count: last + 1, by: 1 / sum)
    if last + 1 < length { (row + last + 1).update(repeating: 0, count: length - last - 1) }
}

/// In place: dRow[j] = weights[j] · (dRow[j] − Σ_k weights[k] · dRow[k]) for j < count (softmax backward).
@inline(__always)
func softmaxBackwardRow(_ dRow: UnsafeMutablePointer<Float>, weights: UnsafePointer<Float>, count: Int) {
    var lanes = Float16Lanes(repeating: 0)
    var j = 0
    while j + 16 <= count {
        lanes = lanes.addingProduct(loadLanes(weights + j), loadLanes(dRow + j))
        j += 16
    }
    var dot = lanes.sum()
    for k in j..<count { dot += weights[k] * dRow[k] }
    j = 0
    while j + 16 <= count {
        storeLanes(loadLanes(weights + j) * (loadLanes(dRow + j) - dot), dRow + j)
        j += 16
    }
    for k in j..<count { dRow[k] = weights[k] * (dRow[k] - dot) }
}

/// dQKV (overwritten) from dOutput, using the cached att weights. `scratch` holds T·T Floats.
/// Shapes: dQKV, qkv (B, T, 3C); dOutput (B, T, C); att (B, NH, T, T); scratch (T, T).
public func attentionBackward(
    dQKV: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Float>, dOutput: UnsafePointer<Float>,
    qkv: UnsafePointer<Float>, att: UnsafePointer<Float>,
    batchSize B: Int, length T: Int, channels C: Int, headCount NH: Int
) {
    let HS = C / NH
    let scale = 1 / Float(HS).squareRoot()
    for b in 0..<B {
        for h in 0..<NH {
            let q = qkv + b * T * 3 * C + h * HS
            let k = q + C
            let v = q + 2 * C
            let dQ = dQKV + b * T * 3 * C + h * HS
            let dK = dQ + C
            let dV = dQ + 2 * C
            let dOut = dOutput + b * T * C + h * HS
            let weights = att + (b * NH + h) * T * T
            // per query block: dAtt = dOut · Vᵀ, softmax backward, dQ = scale · dPre · K (keys up to the block end)
            for r0 in stride(from: 0, to: T, by: attentionBlock) {
                let end = min(T, r0 + attentionBlock), R = end - r0
                gemm(.none, .transposed, m: R, n: end, k: HS, a: dOut + r0 * C, lda: C, b: v, ldb: 3 * C,
                     beta: 0, c: scratch + r0 * T, ldc: T)
                // dPre[t, j] = att[t, j] · (dAtt[t, j] − Σ_k att[t, k] dAtt[t, k]), zero for j > t
                for t in r0..<end {
                    softmaxBackwardRow(scratch + t * T, weights: weights + t * T, count: t + 1)
                    if t + 1 < end { (scratch + t * T + t + 1).update(repeating: 0, count: end - t - 1) }
                }
                gemm(.none, .none, m: R, n: HS, k: end, alpha: scale, a: scratch + r0 * T, lda: T, b: k, ldb: 3 * C,
                     beta: 0, c: dQ + r0 * 3 * C, ldc: 3 * C)
            }
            // per key block: dV = attᵀ · dOut and dK = scale · dPreᵀ · Q over the queries at or after the block
            for c0 in stride(from: 0, to: T, by: attentionBlock) {
                let width = min(T, c0 + attentionBlock) - c0
                gemm(.transposed, .none, m: width, n: HS, k: T - c0, a: weights + c0 * T + c0, lda: T,
                     b: dOut + c0 * C, ldb: C, beta: 0, c: dV + c0 * 3 * C, ldc: 3 * C)
                gemm(.transposed, .none, m: width, n: HS, k: T - c0, alpha: scale, a: scratch + c0 * T + c0, lda: T,
                     b: q + c0 * 3 * C, ldb: 3 * C, beta: 0, c: dK + c0 * 3 * C, ldc: 3 * C)
            }
        }
    }
}

/// Naive reference for `attentionForward` (llm.c's loops); same outputs.
public func attentionForwardNaive(
    output: UnsafeMutablePointer<Float>, att: UnsafeMutablePointer<Float>, qkv: UnsafePointer<Float>,
    batchSize B: Int, length T: Int, channels C: Int, headCount NH: Int
) {
    let HS = C / NH
    let scale = 1 / Float(HS).squareRoot()
    for b in 0..<B {
        for t in 0..<T {
            for h in 0..<NH {
                let q = qkv + (b * T + t) * 3 * C + h * HS
                let row = att + ((b * NH + h) * T + t) * T
                for j in 0..<T {
                    if j > t { row[j] = 0; continue }
                    let k = qkv + (b * T + j) * 3 * C + C + h * HS
                    var dot: Float = 0
                    for i in 0..<HS { dot += q[i] * k[i] }
                    row[j] = dot * scale
                }
                causalSoftmaxRow(row, length: T, last: t)
                let out = output + (b * T + t) * C + h * HS
                for i in 0..<HS { out[i] = 0 }
                for j in 0...t {
                    let v = qkv + (b * T + j) * 3 * C + 2 * C + h * HS
                    for i in 0..<HS { out[i] += row[j] * v[i] }
                }
            }
        }
    }
}

/// Naive reference for `attentionBackward` (llm.c's loops); dQKV is overwritten.
public func attentionBackwardNaive(
    dQKV: UnsafeMutablePointer<Float>, dOutput: UnsafePointer<Float>, qkv: UnsafePointer<Float>,
    att: UnsafePointer<Float>, batchSize B: Int, length T: Int, channels C: Int, headCount NH: Int
) {
    let HS = C / NH
    let scale = 1 / Float(HS).squareRoot()
    dQKV.update(repeating: 0, count: B * T * 3 * C)
    var dRow = [Float](repeating: 0, count: T)
    for b in 0..<B {
        for t in 0..<T {
            for h in 0..<NH {
                let row = att + ((b * NH + h) * T + t) * T
                let dOut = dOutput + (b * T + t) * C + h * HS
                for j in 0...t {
                    let v = qkv + (b * T + j) * 3 * C + 2 * C + h * HS
                    let dV = dQKV + (b * T + j) * 3 * C + 2 * C + h * HS
                    var dot: Float = 0
                    for i in 0..<HS { dot += dOut[i] * v[i]; dV[i] += row[j] * dOut[i] }
                    dRow[j] = dot
                }
                var weighted: Float = 0
                for j in 0...t { weighted += row[j] * dRow[j] }
                let q = qkv + (b * T + t) * 3 * C + h * HS
                let dQ = dQKV + (b * T + t) * 3 * C + h * HS
                for j in 0...t {
                    let dPre = row[j] * (dRow[j] - weighted) * scale
                    let k = qkv + (b * T + j) * 3 * C + C + h * HS
                    let dK = dQKV + (b * T + j) * 3 * C + C + h * HS
                    for i in 0..<HS { dQ[i] += dPre * k[i]; dK[i] += dPre * q[i] }
                }
            }
        }
    }
}
