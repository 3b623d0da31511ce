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
    let att: UnsafeMutablePointer<Float>         // (L, B, NH, T, T)
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
    let dAtt: UnsafeMutablePointer<Float>        // (T, T)
    let dFch: UnsafeMutablePointer<Float>        // (B, T, 4C)
    let dFchGelu: UnsafeMutablePointer<Float>    // (B, T, 4C)

    /// Float counts in arena order.
    static func sizes(_ configuration: GPTConfiguration, batchSize B: Int, length T: Int) -> [Int] {
        let L = configuration.layerCount, C = configuration.channels
        let NH = configuration.headCount, V = configuration.vocabularySize
        let BT = B * T
        return [
            BT * C, L * BT * C, L * BT, L * BT, L * BT * 3 * C, L * BT * C, L * B * NH * T * T,
            L * BT * C, L * BT * C, L * BT, L * BT, L * BT * 4 * C, L * BT * 4 * C, L * BT * C,
            BT * C, BT, BT, BT * V, BT * V, BT,
            BT * C, BT * C, BT * C, BT * 3 * C, T * T, BT * 4 * C, BT * 4 * C,
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
        encoded = pointers[0]; ln1 = pointers[1]; ln1Mean = pointers[2]; ln1Rstd = pointers[3]
        qkv = pointers[4]; atty = pointers[5]; att = pointers[6]; residual2 = pointers[7]
        ln2 = pointers[8]; ln2Mean = pointers[9]; ln2Rstd = pointers[10]; fch = pointers[11]
        fchGelu = pointers[12]; residual3 = pointers[13]; lnf = pointers[14]; lnfMean = pointers[15]
        lnfRstd = pointers[16]; logits = pointers[17]; probs = pointers[18]; losses = pointers[19]
        dResidual = pointers[20]; dLn = pointers[21]; dAtty = pointers[22]; dQKV = pointers[23]
        dAtt = pointers[24]; dFch = pointers[25]; dFchGelu = pointers[26]
    }
}
