// The activation arena: every tensor the forward pass keeps for backward, plus backward scratch, for one (B, T).
// Layer-stacked tensors are laid out (L, B, T, …) for the batch actually run, so a shorter batch uses a prefix.
// Legend: L = layers, B = batch, T = sequence length, C = channels, NH = heads, V = vocabulary.

/// Named views of an activation arena sized for batch B and length T.
struct ActivationTensors {
    let encoded: UnsafeMutablePointer<Float>     // (B, T, C)
    let ln1: UnsafeMutablePointer<Float>         // (L, B, T, C)
    let ln1Mean: UnsafeMutablePointer<Float>     // (L, B, T)
    let ln1Rstd: UnsafeMutablePointer<Float>     // (L, B, T)
    let qkv: UnsafeMutablePointer<Float>         // (L, B, T, 3C)
    let atty: UnsafeMutablePointer<Float>        // (L, B, T, C)
    let att: UnsafeMutablePointer<Float>         // (L, B, NH, T, T) softmax numerators (see attentionForward)
    let attRowScale: UnsafeMutablePointer<Float> // (L, B, NH, T) reciprocal row sums: softmax = attRowScale · att
    let residual2: UnsafeMutablePointer<Float>   // (L, B, T, C)
    let ln2: UnsafeMutablePointer<Float>         // (L, B, T, C)
    let ln2Mean: UnsafeMutablePointer<Float>     // (L, B, T)
    let ln2Rstd: UnsafeMutablePointer<Float>     // (L, B, T)
    let fch: UnsafeMutablePointer<Float>         // (L, B, T, 4C) fc output, then GELU′ of it (all backward needs)
    let fchGelu: UnsafeMutablePointer<Float>     // (L, B, T, 4C)
    let residual3: UnsafeMutablePointer<Float>   // (L, B, T, C)
    let lnf: UnsafeMutablePointer<Float>         // (B, T, C)
    let lnfMean: UnsafeMutablePointer<Float>     // (B, T)
    let lnfRstd: UnsafeMutablePointer<Float>     // (B, T)
    let logits: UnsafeMutablePointer<Float>      // (B, T, V)
    let probs: UnsafeMutablePointer<Float>       // (B, T, V); becomes dLogits in backward
    let losses: UnsafeMutablePointer<Float>      // (B, T)
    // backward scratch, reused by every layer
    let dResidual: UnsafeMutablePointer<Float>   // (B, T, C)
    let dLn: UnsafeMutablePointer<Float>         // (B, T, C)
    let dAtty: UnsafeMutablePointer<Float>       // (B, T, C)
    let dQKV: UnsafeMutablePointer<Float>        // (B, T, 3C)
    let dAtt: UnsafeMutablePointer<Float>        // attentionBackwardScratchCount; forward's scratch too
    let dFch: UnsafeMutablePointer<Float>        // (B, T, 4C)
    let dFchGelu: UnsafeMutablePointer<Float>    // (B, T, 4C)

    /// Float counts in arena order.
    static func sizes(_ configuration: GPTConfiguration, batchSize B: Int, length T: Int) -> [Int] {
        let L = configuration.layerCount, C = configuration.channels
        let NH = configuration.headCount, V = configuration.vocabularySize
        let BT = B * T
        return [
            BT * C, L * BT * C, L * BT, L * BT, L * BT * 3 * C, L * BT * C, L * B * NH * T * T, L * B * NH * T,
            L * BT * C, L * BT * C, L * BT, L * BT, L * BT * 4 * C, L * BT * 4 * C, L * BT * C,
            BT * C, BT, BT, BT * V, BT * V, BT,
            BT * C, BT * C, BT * C, BT * 3 * C,
            attentionBackwardScratchCount(length: T, channels: C, headCount: NH), BT * 4 * C, BT * 4 * C,
        ]
    }

    /// Total Floats for one (B, T).
    static func count(_ configuration: GPTConfiguration, batchSize: Int, length: Int) -> Int {
        sizes(configuration, batchSize: batchSize, length: length).reduce(0, +)
    }

    init(base: UnsafeMutablePointer<Float>, configuration: GPTConfiguration, batchSize: Int, length: Int) {
        var pointers: [UnsafeMutablePointer<Float>] = []
        var offset = 0
        for size in Self.sizes(configuration, batchSize: batchSize, length: length) {
            pointers.append(base + offset)
            offset += size
        }
        var next = pointers.makeIterator()
        encoded = next.next()!; ln1 = next.next()!; ln1Mean = next.next()!; ln1Rstd = next.next()!
        qkv = next.next()!; atty = next.next()!; att = next.next()!; attRowScale = next.next()!
        residual2 = next.next()!; ln2 = next.next()!; ln2Mean = next.next()!; ln2Rstd = next.next()!
        fch = next.next()!; fchGelu = next.next()!; residual3 = next.next()!; lnf = next.next()!
        lnfMean = next.next()!; lnfRstd = next.next()!; logits = next.next()!; probs = next.next()!
        losses = next.next()!; dResidual = next.next()!; dLn = next.next()!; dAtty = next.next()!
        dQKV = next.next()!; dAtt = next.next()!; dFch = next.next()!; dFchGelu = next.next()!
    }
}
