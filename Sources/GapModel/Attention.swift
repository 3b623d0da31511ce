// Causal multi-head self-attention over a packed QKV buffer, forward and backward side by side.
// The BLAS path does Q·Kᵀ, softmax and att·V per (batch, head) with strided GEMMs; the naive path is llm.c's loops.
// Legend: B = batch, T = sequence length, C = channels, NH = heads, HS = head size (C / NH).
// qkv rows are [q (C) | k (C) | v (C)], head h at columns h·HS ..< (h+1)·HS of each part. With `lengths`, sequence b
// has lengths[b] ≤ T positions and the rows of all sequences are packed one after another (GPT's training rows,
// without padding); att and rowScale keep their (B, NH, T, T) and (B, NH, T) layout.
import Foundation
import GapKernels
import GapTensor

/// Rows (queries) per GEMM block: the causal mask lets block r skip keys after its last row, saving ~40% of the
/// attention FLOPs at T = 256 while keeping GEMMs large enough for BLAS.
public let attentionBlockSize = 64

/// output = softmax(mask(Q·Kᵀ / √HS)) · V per head. For backward, att keeps the softmax numerators e^{s − max}
/// and rowScale the reciprocal of each row's sum (softmax = rowScale[t] · att[t, j]): normalising the HS-wide output
/// rows instead of the up-to-T-wide weight rows saves a pass over att. Row t of att holds keys j ≤ t, then zeros up to
/// the end of t's query block; entries past the block are neither read nor written.
/// At head sizes of 16 or less Q·Kᵀ comes from GapKernels' `shortProduct` over a transposed copy of the head's K (in
/// `scratch`) where it gives BLAS's bits (`useShortScores`): the same sums in the same order, without BLAS's packing.
/// Shapes: output (B, T, C); att (B, NH, T, T); rowScale (B, NH, T); qkv (B, T, 3C), or packed rows with `lengths`;
/// scratch `attentionForwardScratchCount` Floats.
public func attentionForward(
    output: UnsafeMutablePointer<Float>, att: UnsafeMutablePointer<Float>, rowScale: UnsafeMutablePointer<Float>,
    scratch: UnsafeMutablePointer<Float>, qkv: UnsafePointer<Float>, batchSize B: Int, length T: Int, channels C: Int,
    headCount NH: Int, lengths: [Int]? = nil
) {
    let HS = C / NH
    let scale = 1 / Float(HS).squareRoot()
    let useShortScores = GapTensor.useShortScores(depth: HS)
    var firstRow = 0
    for b in 0..<B {
        let n = lengths?[b] ?? T  // this sequence's positions
        defer { firstRow += n }
        for h in 0..<NH {
            let q = qkv + firstRow * 3 * C + h * HS
            let k = q + C
            let v = q + 2 * C
            let weights = att + (b * NH + h) * T * T
            let scales = rowScale + (b * NH + h) * T
            let out = output + firstRow * C + h * HS
            let keysTransposed = scratch  // (HS, T)
            if useShortScores { kernels.transposeCopy(keysTransposed, T, k, 3 * C, n, HS) }
            for r0 in stride(from: 0, to: n, by: attentionBlockSize) {
                let end = min(n, r0 + attentionBlockSize), R = end - r0
                if useShortScores {
                    kernels.shortProduct(R, end, HS, scale, q + r0 * 3 * C, 3 * C, 1, keysTransposed, T,
                                         weights + r0 * T, T)
                } else {
                    gemm(.none, .transposed, m: R, n: end, k: HS, alpha: scale, a: q + r0 * 3 * C, lda: 3 * C,
                         b: k, ldb: 3 * C, beta: 0, c: weights + r0 * T, ldc: T)
                }
                for t in r0..<end {
                    scales[t] = exponentiateRow(weights + t * T, from: weights + t * T, count: t + 1, zeroingTo: end)
                }
                gemm(.none, .none, m: R, n: HS, k: end, a: weights + r0 * T, lda: T, b: v, ldb: 3 * C,
                     beta: 0, c: out + r0 * C, ldc: C)
                for t in r0..<end { scaleRow(out + t * C, count: HS, by: scales[t]) }
            }
        }
    }
}

/// Floats of scratch `attentionForward` needs: one head's K transposed (HS, T).
public func attentionForwardScratchCount(length T: Int, channels C: Int, headCount NH: Int) -> Int {
    T * (C / NH)
}

/// Floats of scratch `attentionBackward` needs: dPre (T, T), then dOutput scaled by rowScale for one head (T, HS),
/// then the head's V transposed (HS, T).
public func attentionBackwardScratchCount(length T: Int, channels C: Int, headCount NH: Int) -> Int {
    T * T + 2 * T * (C / NH)
}

/// dQKV (overwritten) from dOutput, using att and rowScale from `attentionForward`.
/// Shapes: dQKV, qkv (B, T, 3C); dOutput (B, T, C), or packed rows of both with `lengths`; att (B, NH, T, T);
/// rowScale (B, NH, T); scratch `attentionBackwardScratchCount` Floats.
public func attentionBackward(
    dQKV: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Float>, dOutput: UnsafePointer<Float>,
    qkv: UnsafePointer<Float>, att: UnsafePointer<Float>, rowScale: UnsafePointer<Float>,
    batchSize B: Int, length T: Int, channels C: Int, headCount NH: Int, lengths: [Int]? = nil
) {
    let HS = C / NH
    let scale = 1 / Float(HS).squareRoot()
    let scaledOut = scratch + T * T  // (T, HS): rowScale[t] · dOut[t] for dV = pᵀ · dOut = eᵀ · scaledOut
    let valuesTransposed = scaledOut + T * HS  // (HS, T): dAtt = dOut · Vᵀ by `shortProduct`, as forward
    let useShortScores = GapTensor.useShortScores(depth: HS)
    var firstRow = 0
    for b in 0..<B {
        let n = lengths?[b] ?? T  // this sequence's positions
        defer { firstRow += n }
        for h in 0..<NH {
            let q = qkv + firstRow * 3 * C + h * HS
            let k = q + C
            let v = q + 2 * C
            let dQ = dQKV + firstRow * 3 * C + h * HS
            let dK = dQ + C
            let dV = dQ + 2 * C
            let dOut = dOutput + firstRow * C + h * HS
            let weights = att + (b * NH + h) * T * T
            let scales = rowScale + (b * NH + h) * T
            for t in 0..<n {
                let source = dOut + t * C, target = scaledOut + t * HS, factor = scales[t]
                kernels.scaledCopy(target, source, HS, factor)
            }
            if useShortScores { kernels.transposeCopy(valuesTransposed, T, v, 3 * C, n, HS) }
            // per query block: dAtt = dOut · Vᵀ, softmax backward, dQ = scale · dPre · K (keys up to the block end)
            for r0 in stride(from: 0, to: n, by: attentionBlockSize) {
                let end = min(n, r0 + attentionBlockSize), R = end - r0
                if useShortScores {
                    kernels.shortProduct(R, end, HS, 1, dOut + r0 * C, C, 1, valuesTransposed, T, scratch + r0 * T, T)
                } else {
                    gemm(.none, .transposed, m: R, n: end, k: HS, a: dOut + r0 * C, lda: C, b: v, ldb: 3 * C,
                         beta: 0, c: scratch + r0 * T, ldc: T)
                }
                for t in r0..<end {
                    // dPre = softmax backward in place (GapKernels' softmaxBackwardRow contract)
                    kernels.softmaxBackwardRow(scratch + t * T, weights + t * T, scales[t], t + 1, end)
                }
                gemm(.none, .none, m: R, n: HS, k: end, alpha: scale, a: scratch + r0 * T, lda: T, b: k, ldb: 3 * C,
                     beta: 0, c: dQ + r0 * 3 * C, ldc: 3 * C)
            }
            // per key block: dV = eᵀ · scaledOut and dK = scale · dPreᵀ · Q over the queries at or after the block
            for c0 in stride(from: 0, to: n, by: attentionBlockSize) {
                let width = min(n, c0 + attentionBlockSize) - c0
                gemm(.transposed, .none, m: width, n: HS, k: n - c0, a: weights + c0 * T + c0, lda: T,
                     b: scaledOut + c0 * HS, ldb: HS, beta: 0, c: dV + c0 * 3 * C, ldc: 3 * C)
                gemm(.transposed, .none, m: width, n: HS, k: n - c0, alpha: scale, a: scratch + c0 * T + c0, lda: T,
                     b: q + c0 * 3 * C, ldb: 3 * C, beta: 0, c: dK + c0 * 3 * C, ldc: 3 * C)
            }
        }
    }
}

/// Naive reference for `attentionForward` (llm.c's loops): the same output; att holds the normalised softmax
/// (zero above the diagonal) instead of numerators and row scales.
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
                var maximum = -Float.infinity
                for j in 0...t { maximum = max(maximum, row[j]) }
                var sum: Float = 0
                for j in 0...t { row[j] = expf(row[j] - maximum); sum += row[j] }
                for j in 0...t { row[j] /= sum }
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

/// Naive reference for `attentionBackward` (llm.c's loops) over the naive forward's normalised att; dQKV is
/// overwritten.
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
