// ResourceEstimate: what one in-process job's student costs before it runs — the Floats its trainer and KV-cache
// decoder allocate at their peak, and the floating-point operations of training and of answering the benchmarks.
// Counts follow the arenas of GapModel (parameters, gradients, per-worker gradients, activations for (B, T)) and
// GapTrain (AdamW moments, checkpoint buffer, decoder cache), at the full context length: an upper bound, since a
// batch only pads to its longest example. Legend: L layers, B batch, T context, C channels, NH heads, V vocabulary,
// S decoder slots (eval batch), P parameters.
import GapCore
import GapModel

/// The arena sizes and operation counts of one student's training and generation.
public struct ResourceEstimate: Sendable, Hashable {
    /// Trainable Floats (P).
    public var parameters: Int
    /// Floats alive while training: parameters, gradients (one set per worker thread), AdamW's two moments,
    /// the checkpoint buffer (3P) and the activation arenas of the whole batch counted twice: when a batch
    /// longer than any before arrives, a worker allocates its larger arena before the old one is released.
    public var trainingFloats: Int
    /// Floats of the generation decoder: the KV cache (2·L·S·T·C, T padded to 16) and its per-slot scratch.
    public var generationFloats: Int
    /// Floating-point operations of all training steps: 6·P per token plus attention (6·L·T′·C per token), at
    /// B·T′ tokens per step, T′ being the padded batch length (`trainingLength`); with length groups, the sum over
    /// groups of rows × T′_g × (6·P + 6·L·T′_g·C), T′_g being the length group g pads to (`groupLengths`).
    public var trainingOperations: Double
    /// Floating-point operations of answering `items` problems: 2·P per token plus attention over the cache.
    public var generationOperations: Double

    /// Bytes of the arenas (4 per Float); the trainer's arenas stay alive while it generates.
    public var arenaBytes: Int { 4 * (trainingFloats + generationFloats) }
    /// Both phases' operations.
    public var totalOperations: Double { trainingOperations + generationOperations }

    /// Prompt tokens assumed per answered problem (the student prompt with a short problem is 100–200 characters).
    public static let promptTokens = 160

    /// The estimate for `model` trained with `training` on batches padded to `trainingLength` tokens (nil: the
    /// full context) and answering `items` problems of up to `maxNewTokens` tokens, `evalBatchSize` at a time.
    /// `groupLengths` (one per length group, shortest first; nil or one value: the batch is one group) replaces
    /// `trainingLength` in the operation count when `training.lengthGroups` > 1. Memory is always counted at the full
    /// context: one batch of long examples reaches it, and length groups never hold more rows × length than it.
    public init(model: GPTConfiguration, training: TrainingConfiguration, trainingLength: Int? = nil,
                groupLengths: [Int]? = nil, items: Int, maxNewTokens: Int, evalBatchSize: Int) {
        let L = model.layerCount, C = model.channels, NH = model.headCount, T = model.contextLength
        let V = model.vocabularySize, B = training.batchSize
        let P = model.parameterCount
        let workers = max(1, min(training.threads, B))
        // Per batch row (b = 1): the (B, T, ·) and (L, B, T, ·) tensors of the activation arena, attention included.
        let perRow = 16 * T * C + 16 * L * T * C + 4 * L * T + L * NH * T * (T + 1) + 3 * T + 2 * T * V
        // Per worker: attention backward's (T, T) + (T, C/NH) scratch.
        let perWorker = T * T + T * (C / NH)
        parameters = P
        trainingFloats = P * (1 + workers + 2 + 3) + 2 * (B * perRow + workers * perWorker)
        let S = max(1, min(evalBatchSize, max(1, items)))
        let paddedT = (T + 15) & ~15
        generationFloats = 2 * L * S * paddedT * C + S * (12 * C + 2 + V) + paddedT
        let length = min(T, max(1, trainingLength ?? T))
        let tokensPerStep = Double(B * length)
        if let groupLengths, groupLengths.count > 1 {
            var perStep = 0.0
            for (group, groupLength) in groupLengths.enumerated() {
                let rows = B / groupLengths.count + (group < B % groupLengths.count ? 1 : 0)
                let padded = min(T, max(1, groupLength))
                perStep += Double(rows * padded) * (6 * Double(P) + 6 * Double(L * padded * C))
            }
            trainingOperations = Double(training.steps) * perStep
        } else {
            trainingOperations = Double(training.steps) * tokensPerStep * (6 * Double(P) + 6 * Double(L * length * C))
        }
        let answerTokens = min(T, Self.promptTokens + maxNewTokens)
        // Each generated token attends to the half-full cache on average.
        generationOperations = Double(items) * Double(answerTokens) * (2 * Double(P) + 2 * Double(L * C * answerTokens))
    }
}
