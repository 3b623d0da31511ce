// SpeedBench: the speed measurements behind `gaprun bench train` and `gaprun bench generate` ("bench": how fast; a
// "benchmark" is an evaluation set): synthetic tokens, timed steps, medians.
// Timing lives here (a library call) so the CLI only parses and prints; tests never time anything.
// Legend: B = batch, T = context length, V = vocabulary.
import Foundation
import GapCore
import GapModel
import GapTensor

/// Steady-state training speed for one configuration.
public struct TrainingBenchResult: Sendable, Codable {
    public var model: GPTConfiguration
    public var batchSize: Int
    public var threads: Int
    public var parameterCount: Int
    /// Timed steps (after warmup).
    public var steps: Int
    public var warmupSteps: Int
    /// B·T / median step time: forward, backward, clipping and AdamW.
    public var tokensPerSecond: Double
    /// B·T · timed steps / total timed seconds.
    public var meanTokensPerSecond: Double
    public var medianStepSeconds: Double
    /// B·T / median process CPU seconds per step: on a shared, busy machine this tracks the work done rather than
    /// the share of the cores the benchmark got (comparable with PyTorch only at 1 thread).
    public var cpuTokensPerSecond: Double
    /// Peak resident memory of the process (VmHWM), bytes; 0 when unknown.
    public var peakMemoryBytes: Int
    /// Loss of the last step's forward pass: a check that the benchmark trained.
    public var lastLoss: Float
    /// SHA-256 of the parameters after the last step: a fingerprint of the numerics, equal across builds or thread
    /// counts exactly when their arithmetic is (an optimisation that must not change a number can be checked with it).
    public var parameterDigest: String
    /// Where it was computed: `ComputePlatform.tags` (CPU, kernel SIMD level, BLAS library and kernel set).
    public var platform: [String: String]
}

/// Generation speed with the KV cache.
public struct GenerationBenchResult: Sendable, Codable {
    public var model: GPTConfiguration
    public var batchSize: Int
    public var threads: Int
    public var promptTokens: Int
    public var newTokens: Int
    /// Generated tokens (all rows) per second, prompt feeding included in the time.
    public var tokensPerSecond: Double
    public var seconds: Double
    public var peakMemoryBytes: Int
    /// Where it was computed: `ComputePlatform.tags`.
    public var platform: [String: String]
}

/// Peak resident set size of this process from /proc/self/status (VmHWM), or 0 when unavailable.
public func peakResidentMemoryBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let digits = line.split(separator: " ").compactMap { Int($0) }
        if let kilobytes = digits.first { return kilobytes * 1024 }
    }
    return 0
}

/// This process's `ComputePlatform` tags as a dictionary (JSON object).
private func platformTags() -> [String: String] {
    Dictionary(ComputePlatform.current().tags.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
}

private func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// CPU seconds used by all threads of this process so far.
private func processCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Runs `warmupSteps + steps` full training steps (forward, backward, clip, AdamW) on random tokens of length
/// contextLength and reports steady-state throughput.
public func benchTraining(
    model configuration: GPTConfiguration, batchSize B: Int, steps: Int, warmupSteps: Int, threads: Int,
    seed: UInt64 = 1
) throws -> TrainingBenchResult {
    setComputeThreads(threads)
    var random = SplitMix64(seed: seed)
    let model = try GPT(configuration: configuration, random: &random)
    model.workerCount = threads  // not only the process default, which a concurrent caller may change
    let optimizer = AdamW(parameterCount: model.layout.total, beta1: 0.9, beta2: 0.95, weightDecay: 0.1)
    let T = configuration.contextLength, V = configuration.vocabularySize
    let tokens = (0..<(B * T + 1)).map { _ in Int32(random.next() % UInt64(V)) }
    let inputs = Array(tokens[0..<(B * T)]), targets = Array(tokens[1...])
    var times: [Double] = [], cpuTimes: [Double] = []
    var lastLoss: Float = .nan
    for step in 0..<(warmupSteps + steps) {
        let start = now(), cpuStart = processCPUSeconds()
        model.zeroGradients()
        lastLoss = try model.forward(inputs: inputs, targets: targets, batchSize: B, length: T)
        try model.backward()
        let norm = AdamW.gradientNorm(model.gradientArena, threads: model.workerCount)
        let scale: Float = norm > 1 ? Float(1 / (norm + 1e-6)) : 1
        optimizer.update(model: model, learningRate: 1e-4, gradientScale: scale, threads: model.workerCount)
        if step >= warmupSteps {
            times.append(now() - start)
            cpuTimes.append(processCPUSeconds() - cpuStart)
        }
    }
    let sorted = times.sorted()
    let cpuMedian = cpuTimes.isEmpty ? 0 : cpuTimes.sorted()[cpuTimes.count / 2]
    let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    let total = times.reduce(0, +)
    return TrainingBenchResult(
        model: configuration, batchSize: B, threads: threads, parameterCount: model.layout.total, steps: steps,
        warmupSteps: warmupSteps, tokensPerSecond: median > 0 ? Double(B * T) / median : 0,
        meanTokensPerSecond: total > 0 ? Double(B * T * steps) / total : 0, medianStepSeconds: median,
        cpuTokensPerSecond: cpuMedian > 0 ? Double(B * T) / cpuMedian : 0, peakMemoryBytes: peakResidentMemoryBytes(),
        lastLoss: lastLoss,
        parameterDigest: SHA256.hex(bytes: SHA256.digest(UnsafeRawBufferPointer(model.parameterArena.buffer))),
        platform: platformTags())
}

/// Greedy decoding of `batchSize` random prompts of `promptTokens` tokens for `newTokens` tokens each, through the KV
/// cache; reports generated tokens per second.
public func benchGeneration(
    model configuration: GPTConfiguration, batchSize B: Int, promptTokens: Int, newTokens: Int, threads: Int,
    seed: UInt64 = 1
) throws -> GenerationBenchResult {
    setComputeThreads(threads)
    guard promptTokens >= 1, promptTokens + newTokens <= configuration.contextLength else {
        throw ModelError.sizeExceeded(what: "prompt + new tokens", size: promptTokens + newTokens,
                                      limit: configuration.contextLength)
    }
    var random = SplitMix64(seed: seed)
    let model = try GPT(configuration: configuration, random: &random)
    let V = configuration.vocabularySize
    let decoder = IncrementalDecoder(model: model, slotCount: B)
    let slots = Array(0..<B)
    var tokens = (0..<B).map { _ in Int32(random.next() % UInt64(V)) }
    let start = now()
    for position in 0..<(promptTokens + newTokens - 1) {
        try decoder.step(tokens: tokens, positions: [Int](repeating: position, count: B), slots: slots)
        for row in 0..<B {
            if position + 1 < promptTokens {
                tokens[row] = Int32(random.next() % UInt64(V))
            } else {
                let logits = decoder.logits + row * V
                var best = 0
                for i in 1..<V where logits[i] > logits[best] { best = i }
                tokens[row] = Int32(best)
            }
        }
    }
    let seconds = now() - start
    return GenerationBenchResult(
        model: configuration, batchSize: B, threads: threads, promptTokens: promptTokens, newTokens: newTokens,
        tokensPerSecond: Double(B * newTokens) / seconds, seconds: seconds, peakMemoryBytes: peakResidentMemoryBytes(),
        platform: platformTags())
}
