// Training examples and batches: prompt + response + end-of-text, targets masked on the prompt, padded per batch
// (or per length group of a batch, train.length_groups).
// Data order is a pure function of (seed, step): epoch e is a seeded shuffle, so resuming needs no extra state.
// Legend: B = batch, T = padded sequence length of a batch.
import GapCore

/// One supervised example: the loss covers `response` and the final end-of-text, never `prompt`.
public struct TrainingExample: Sendable {
    public var prompt: String
    public var response: String
    public init(prompt: String, response: String) { self.prompt = prompt; self.response = response }
}

/// An example as tokens: `tokens` = prompt + response + end-of-text, cut to contextLength + 1.
struct EncodedExample {
    var tokens: [Int32]
    var promptCount: Int
    /// Targets that carry loss.
    var trainedTargets: Int { max(0, tokens.count - max(promptCount, 1)) }
}

/// Encodes examples; returns them and how many were truncated to fit the context.
func encodeExamples(_ examples: [TrainingExample], tokenizer: CharTokenizer, contextLength: Int) throws
    -> (encoded: [EncodedExample], truncated: Int)
{
    var encoded: [EncodedExample] = []
    var truncated = 0
    for example in examples {
        let prompt = try tokenizer.encode(example.prompt)
        var tokens = prompt + (try tokenizer.encode(example.response)) + [tokenizer.endOfText]
        if tokens.count > contextLength + 1 {
            tokens.removeLast(tokens.count - contextLength - 1)
            truncated += 1
        }
        encoded.append(EncodedExample(tokens: tokens, promptCount: prompt.count))
    }
    return (encoded, truncated)
}

/// One padded batch, or one length group of a batch: inputs and targets (B, T), T = its longest input.
struct Batch {
    var inputs: [Int32]
    var targets: [Int32]
    var batchSize: Int
    var length: Int
}

/// Seeded epoch shuffles: the example at global position i is permutation(i / N)[i % N].
struct DataOrder {
    let random: SplitMix64
    let count: Int
    private var cachedEpoch = -1
    private var cachedPermutation: [Int] = []

    private let shuffled: Bool

    init(random: SplitMix64, count: Int) { self.random = random; self.count = count; shuffled = true }

    /// Positions map to examples in their given order (evaluation).
    init(identityOver count: Int) { random = SplitMix64(seed: 0); self.count = count; shuffled = false }

    mutating func index(at position: Int) -> Int {
        if !shuffled { return position % count }
        let epoch = position / count
        if epoch != cachedEpoch {
            var generator = random.derived("epoch \(epoch)")
            var permutation = Array(0..<count)
            for i in stride(from: count - 1, to: 0, by: -1) {
                let j = Int(generator.next() % UInt64(i + 1))
                permutation.swapAt(i, j)
            }
            cachedPermutation = permutation
            cachedEpoch = epoch
        }
        return cachedPermutation[position % count]
    }
}

/// The examples of the batch for `step`: positions step·B ..< (step+1)·B of the data order.
func batchRows(step: Int, batchSize B: Int, examples: [EncodedExample], order: inout DataOrder) -> [EncodedExample] {
    (0..<B).map { examples[order.index(at: step * B + $0)] }
}

/// `rows` padded to the longest input among them with end-of-text inputs and masked targets.
func padRows(_ rows: [EncodedExample], padding: Int32) -> Batch {
    let B = rows.count
    let T = max(1, rows.map { $0.tokens.count - 1 }.max() ?? 1)
    var inputs = [Int32](repeating: padding, count: B * T)
    var targets = [Int32](repeating: -1, count: B * T)
    for (b, row) in rows.enumerated() {
        let n = row.tokens.count - 1
        guard n > 0 else { continue }
        for t in 0..<n {
            inputs[b * T + t] = row.tokens[t]
            // the target at t is token t+1; it carries loss only when it is past the prompt
            if t + 1 >= row.promptCount { targets[b * T + t] = row.tokens[t + 1] }
        }
    }
    return Batch(inputs: inputs, targets: targets, batchSize: B, length: T)
}

/// The batch for `step`: examples at positions step·B ..< (step+1)·B of the data order, padded with end-of-text
/// inputs and masked targets.
func makeBatch(step: Int, batchSize B: Int, examples: [EncodedExample], order: inout DataOrder, padding: Int32) -> Batch {
    padRows(batchRows(step: step, batchSize: B, examples: examples, order: &order), padding: padding)
}

/// The batch for `step` as `groups` length groups (train.length_groups): the same examples as `makeBatch`, stably
/// sorted by length (ties keep their batch order), cut into `groups` consecutive runs of B/groups rows (the first
/// B mod groups runs one row longer), each padded to its own longest row. One group is exactly `[makeBatch(…)]`,
/// unsorted. Worked example: B = 16, groups = 4 → the 4 shortest rows, the next 4, …, the 4 longest.
func makeBatchGroups(step: Int, batchSize B: Int, groups: Int, examples: [EncodedExample], order: inout DataOrder,
                     padding: Int32) -> [Batch] {
    let rows = batchRows(step: step, batchSize: B, examples: examples, order: &order)
    guard groups > 1 else { return [padRows(rows, padding: padding)] }
    let sorted = rows.indices.sorted { (rows[$0].tokens.count, $0) < (rows[$1].tokens.count, $1) }.map { rows[$0] }
    var batches: [Batch] = []
    var start = 0
    for group in 0..<min(groups, B) {
        let count = B / groups + (group < B % groups ? 1 : 0)
        batches.append(padRows(Array(sorted[start..<(start + count)]), padding: padding))
        start += count
    }
    return batches
}
