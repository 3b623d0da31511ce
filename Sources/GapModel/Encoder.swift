// Encoder: token embedding plus learned position embedding, forward and backward side by side.
// Legend: B = batch, T = sequence length, C = channels, V = vocabulary. With `lengths`, sequence b has lengths[b] ≤ T
// positions and the rows of all sequences are packed one after another (GPT's training rows, without padding).

/// out[b, t, :] = wte[inputs[b, t], :] + wpe[t, :].
/// Shapes: output (B, T, C), inputs (B, T), wte (V, C), wpe (T, C); packed rows (Σ lengths) with `lengths`.
public func encoderForward(
    output: UnsafeMutablePointer<Float>, inputs: UnsafePointer<Int32>,
    wte: UnsafePointer<Float>, wpe: UnsafePointer<Float>, batchSize B: Int, length T: Int, channels C: Int,
    lengths: [Int]? = nil
) {
    var row = 0
    for b in 0..<B {
        for t in 0..<(lengths?[b] ?? T) {
            let out = output + row * C
            let tokenRow = wte + Int(inputs[row]) * C
            let positionRow = wpe + t * C
            for i in 0..<C { out[i] = tokenRow[i] + positionRow[i] }
            row += 1
        }
    }
}

/// Accumulates dwte[inputs[b, t], :] += dOutput[b, t, :] and dwpe[t, :] += dOutput[b, t, :] (rows packed as in
/// `encoderForward` with `lengths`).
public func encoderBackward(
    dWte: UnsafeMutablePointer<Float>, dWpe: UnsafeMutablePointer<Float>, dOutput: UnsafePointer<Float>,
    inputs: UnsafePointer<Int32>, batchSize B: Int, length T: Int, channels C: Int, lengths: [Int]? = nil
) {
    var row = 0
    for b in 0..<B {
        for t in 0..<(lengths?[b] ?? T) {
            let dOut = dOutput + row * C
            let dTokenRow = dWte + Int(inputs[row]) * C
            let dPositionRow = dWpe + t * C
            for i in 0..<C {
                dTokenRow[i] += dOut[i]
                dPositionRow[i] += dOut[i]
            }
            row += 1
        }
    }
}
