// Encoder: token embedding plus learned position embedding, forward and backward side by side.
// Legend: B = batch, T = sequence length, C = channels, V = vocabulary.

/// out[b, t, :] = wte[inputs[b, t], :] + wpe[t, :].
/// Shapes: output (B, T, C), inputs (B, T), wte (V, C), wpe (T, C).
public func encoderForward(
    output: UnsafeMutablePointer<Float>, inputs: UnsafePointer<Int32>,
    wte: UnsafePointer<Float>, wpe: UnsafePointer<Float>, batchSize B: Int, length T: Int, channels C: Int
) {
    for b in 0..<B {
        for t in 0..<T {
            let out = output + (b * T + t) * C
            let tokenRow = wte + Int(inputs[b * T + t]) * C
            let positionRow = wpe + t * C
            for i in 0..<C { out[i] = tokenRow[i] + positionRow[i] }
        }
    }
}

/// Accumulates dwte[inputs[b, t], :] += dOutput[b, t, :] and dwpe[t, :] += dOutput[b, t, :].
public func encoderBackward(
    dWte: UnsafeMutablePointer<Float>, dWpe: UnsafeMutablePointer<Float>, dOutput: UnsafePointer<Float>,
    inputs: UnsafePointer<Int32>, batchSize B: Int, length T: Int, channels C: Int
) {
    for b in 0..<B {
        for t in 0..<T {
            let dOut = dOutput + (b * T + t) * C
            let dTokenRow = dWte + Int(inputs[b * T + t]) * C
            let dPositionRow = dWpe + t * C
            for i in 0..<C {
                dTokenRow[i] += dOut[i]
                dPositionRow[i] += dOut[i]
            }
        }
    }
}
