// The parameter arena layout (llm.c's fill_in_parameter_sizes) and named views into an arena of that layout.
// The same layout serves parameters, gradients and both Adam moments. Weights are (out, in) like torch.nn.Linear.
// Legend: L = layers, C = channels, V = vocabulary, T = context length.
import GapTensor

/// Sizes and offsets of the 16 parameter tensors, in arena order.
public struct ParameterLayout: Sendable {
    /// Tensor names in arena order (PyTorch-like, used by the reference fixture and checkpoints).
    public static let names = [
        "wte", "wpe", "ln1w", "ln1b", "qkvw", "qkvb", "attprojw", "attprojb",
        "ln2w", "ln2b", "fcw", "fcb", "fcprojw", "fcprojb", "lnfw", "lnfb",
    ]
    /// Whether AdamW weight decay applies (matrices and embeddings, not biases or LayerNorm gains).
    public static let decayed = [
        true, true, false, false, true, false, true, false,
        false, false, true, false, true, false, false, false,
    ]
    /// Float count of each tensor.
    public let sizes: [Int]
    /// Arena offset of each tensor.
    public let offsets: [Int]
    /// Total Floats.
    public let total: Int

    /// The layout for one configuration.
    public init(_ configuration: GPTConfiguration) {
        let L = configuration.layerCount, C = configuration.channels
        let V = configuration.vocabularySize, T = configuration.contextLength
        sizes = [
            V * C,          // wte      (V, C)
            T * C,          // wpe      (T, C)
            L * C,          // ln1w     (L, C)
            L * C,          // ln1b     (L, C)
            L * 3 * C * C,  // qkvw     (L, 3C, C)
            L * 3 * C,      // qkvb     (L, 3C)
            L * C * C,      // attprojw (L, C, C)
            L * C,          // attprojb (L, C)
            L * C,          // ln2w     (L, C)
            L * C,          // ln2b     (L, C)
            L * 4 * C * C,  // fcw      (L, 4C, C)
            L * 4 * C,      // fcb      (L, 4C)
            L * C * 4 * C,  // fcprojw  (L, C, 4C)
            L * C,          // fcprojb  (L, C)
            C,              // lnfw     (C)
            C,              // lnfb     (C)
        ]
        var running = 0
        var offsets: [Int] = []
        for size in sizes { offsets.append(running); running += size }
        self.offsets = offsets
        total = running
    }
}

/// Named views of one parameter-shaped arena (parameters, gradients or an Adam moment).
public struct ParameterTensors {
    public let wte: UnsafeMutablePointer<Float>       // (V, C)
    public let wpe: UnsafeMutablePointer<Float>       // (T, C)
    public let ln1w: UnsafeMutablePointer<Float>      // (L, C)
    public let ln1b: UnsafeMutablePointer<Float>      // (L, C)
    public let qkvw: UnsafeMutablePointer<Float>      // (L, 3C, C)
    public let qkvb: UnsafeMutablePointer<Float>      // (L, 3C)
    public let attprojw: UnsafeMutablePointer<Float>  // (L, C, C)
    public let attprojb: UnsafeMutablePointer<Float>  // (L, C)
    public let ln2w: UnsafeMutablePointer<Float>      // (L, C)
    public let ln2b: UnsafeMutablePointer<Float>      // (L, C)
    public let fcw: UnsafeMutablePointer<Float>       // (L, 4C, C)
    public let fcb: UnsafeMutablePointer<Float>       // (L, 4C)
    public let fcprojw: UnsafeMutablePointer<Float>   // (L, C, 4C)
    public let fcprojb: UnsafeMutablePointer<Float>   // (L, C)
    public let lnfw: UnsafeMutablePointer<Float>      // (C)
    public let lnfb: UnsafeMutablePointer<Float>      // (C)

    /// Views into `arena`, which must hold `layout.total` Floats.
    public init(arena: FloatArena, layout: ParameterLayout) {
        let o = layout.offsets
        wte = arena.pointer(at: o[0]); wpe = arena.pointer(at: o[1])
        ln1w = arena.pointer(at: o[2]); ln1b = arena.pointer(at: o[3])
        qkvw = arena.pointer(at: o[4]); qkvb = arena.pointer(at: o[5])
        attprojw = arena.pointer(at: o[6]); attprojb = arena.pointer(at: o[7])
        ln2w = arena.pointer(at: o[8]); ln2b = arena.pointer(at: o[9])
        fcw = arena.pointer(at: o[10]); fcb = arena.pointer(at: o[11])
        fcprojw = arena.pointer(at: o[12]); fcprojb = arena.pointer(at: o[13])
        lnfw = arena.pointer(at: o[14]); lnfb = arena.pointer(at: o[15])
    }
}
