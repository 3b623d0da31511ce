// Generation: batched greedy or temperature sampling with the KV-cache decoder, stop strings, max new tokens, and
// why each response stopped. Prompts are fed token by token through the cache, each row at its own position, so
// ragged prompts share a batch. Legend: T = context length, V = vocabulary.
import Foundation
import GapCore
import GapModel

/// Why a generated response ended.
public enum GenerationStop: String, Sendable, Hashable, Codable {
    /// The model wrote end-of-text.
    case endOfText = "end_of_text"
    /// A stop string appeared (the response is cut before it).
    case stopString = "stop_string"
    /// `maxNewTokens` tokens were written: the generation budget cut the response.
    case budget
    /// The context was full: the student's context length cut the response.
    case context
    /// No token was generated (an empty prompt list or a budget of 0).
    case empty

    /// True when a length limit (the budget or the context), not the model, ended the response.
    public var hitLimit: Bool { self == .budget || self == .context }
}

/// One generated response and why it stopped.
public struct GeneratedResponse: Sendable, Hashable {
    public var text: String
    public var stop: GenerationStop
    public init(text: String, stop: GenerationStop) { self.text = text; self.stop = stop }
}

extension Trainer {
    /// Continuations of `prompts`, each cut before the first stop string or end-of-text, at most `maxNewTokens` long.
    /// The texts of `generateResponses`.
    public func generate(
        prompts: [String], maxNewTokens: Int, temperature: Double, stopStrings: [String], batchSize: Int, seed: UInt64
    ) throws -> [String] {
        try generateResponses(prompts: prompts, maxNewTokens: maxNewTokens, temperature: temperature,
                              stopStrings: stopStrings, batchSize: batchSize, seed: seed).map(\.text)
    }

    /// Continuations of `prompts` with the reason each stopped: cut before the first stop string or end-of-text, at
    /// most `maxNewTokens` long.
    ///
    /// Greedy when `temperature == 0`, otherwise sampled from softmax(logits / temperature) with a stream seeded by
    /// `seed`. Prompts run `batchSize` at a time. A prompt longer than contextLength − 1 keeps its last tokens;
    /// generation also stops when the context is full. An empty prompt starts from end-of-text. A stop string found
    /// by the token that also reaches a length limit counts as the stop string: the response was complete.
    public func generateResponses(
        prompts: [String], maxNewTokens: Int, temperature: Double, stopStrings: [String], batchSize: Int, seed: UInt64
    ) throws -> [GeneratedResponse] {
        let T = modelConfiguration.contextLength, V = modelConfiguration.vocabularySize
        var random = SplitMix64(seed: seed).derived("sample")
        let encodedPrompts: [[Int32]] = try prompts.map { prompt in
            var tokens = try tokenizer.encode(prompt)
            if tokens.isEmpty { tokens = [tokenizer.endOfText] }
            let keep = max(1, T - 1)
            if tokens.count > keep { tokens.removeFirst(tokens.count - keep) }
            return tokens
        }
        var results = [GeneratedResponse](repeating: GeneratedResponse(text: "", stop: .empty), count: prompts.count)
        guard !prompts.isEmpty, maxNewTokens > 0 else { return results }
        let chunkSize = max(1, min(batchSize, prompts.count))
        // the job's threads split each decoding step's rows (greedy output does not depend on the split)
        let decoder = IncrementalDecoder(model: network, slotCount: chunkSize, workerCount: trainingConfiguration.threads)
        let stopTexts = stopStrings.filter { !$0.isEmpty }
        var probabilities = [Double](repeating: 0, count: V)

        for chunkStart in stride(from: 0, to: prompts.count, by: chunkSize) {
            let rows = Array(chunkStart..<min(prompts.count, chunkStart + chunkSize))
            var positions = [Int](repeating: 0, count: rows.count)
            var generated = [[Int32]](repeating: [], count: rows.count)
            var texts = [String](repeating: "", count: rows.count)
            var done = [Bool](repeating: false, count: rows.count)
            var stops = [GenerationStop](repeating: .empty, count: rows.count)
            while true {
                let active = rows.indices.filter { !done[$0] }
                if active.isEmpty { break }
                let tokens: [Int32] = active.map { slot in
                    let prompt = encodedPrompts[rows[slot]]
                    return positions[slot] < prompt.count ? prompt[positions[slot]] : generated[slot].last!
                }
                try decoder.step(tokens: tokens, positions: active.map { positions[$0] }, slots: active)
                for (k, slot) in active.enumerated() {
                    let promptCount = encodedPrompts[rows[slot]].count
                    let position = positions[slot]
                    positions[slot] += 1
                    guard position >= promptCount - 1 else { continue }
                    let logits = decoder.logits + k * V
                    let next: Int32
                    if temperature <= 0 {
                        var best = 0
                        for i in 1..<V where logits[i] > logits[best] { best = i }
                        next = Int32(best)
                    } else {
                        var maximum = -Float.infinity
                        for i in 0..<V { maximum = max(maximum, logits[i]) }
                        var sum = 0.0
                        for i in 0..<V {
                            probabilities[i] = exp(Double(logits[i] - maximum) / temperature)
                            sum += probabilities[i]
                        }
                        let target = random.nextDouble() * sum
                        var cumulative = 0.0
                        var choice = V - 1
                        for i in 0..<V {
                            cumulative += probabilities[i]
                            if cumulative > target { choice = i; break }
                        }
                        next = Int32(choice)
                    }
                    if next == tokenizer.endOfText { done[slot] = true; stops[slot] = .endOfText; continue }
                    generated[slot].append(next)
                    texts[slot] += tokenizer.decode([next])
                    if let cut = earliestStop(in: texts[slot], stops: stopTexts) {
                        texts[slot] = String(texts[slot][..<cut])
                        done[slot] = true
                        stops[slot] = .stopString
                    }
                    if generated[slot].count >= maxNewTokens || position + 1 >= T {
                        if !done[slot] { stops[slot] = generated[slot].count >= maxNewTokens ? .budget : .context }
                        done[slot] = true
                    }
                }
            }
            for (slot, row) in rows.enumerated() { results[row] = GeneratedResponse(text: texts[slot], stop: stops[slot]) }
        }
        return results
    }
}

/// Where the first occurrence of any stop string starts, if one occurs.
func earliestStop(in text: String, stops: [String]) -> String.Index? {
    var earliest: String.Index?
    for stop in stops {
        if let range = text.range(of: stop), earliest == nil || range.lowerBound < earliest! {
            earliest = range.lowerBound
        }
    }
    return earliest
}
