// `gaprun bench train`: steady-state training tokens/s (forward + backward + AdamW) and peak memory for one config.
import ArgumentParser
import Foundation
import GapModel
import GapTensor
import GapTrain

struct BenchTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Measure in-process training speed on random tokens.",
        discussion: """
        Example: gaprun bench train --layers 4 --channels 128 --heads 4 --vocab 128 --batch 8 --context 256
        The last line names the platform: CPU, the SIMD level of gaprun's own kernels, the BLAS library and kernel set.
        GAPRUN_KERNELS=avx2 runs the 256-bit kernels on an AVX-512 CPU (same numbers, for an A/B).
        """)

    @OptionGroup var shape: ModelShapeOptions
    @Option(help: "Sequences per step (B).") var batch = 8
    @Option(help: "Sequence length (T).") var context = 256
    @Option(help: "Timed steps.") var steps = 20
    @Option(help: "Untimed warmup steps.") var warmup = 3
    @Option(help: "Compute threads.") var threads = 1
    @Flag(help: "Print one JSON object instead of text.") var json = false

    func run() throws {
        let model = try shape.configuration(context: context)
        let result = try benchTraining(model: model, batchSize: batch, steps: steps, warmupSteps: warmup,
                                           threads: threads)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        } else {
            print(String(format: "train L%d C%d H%d V%d T%d B%d threads %d: %.0f tok/s (median of %d steps, %.1f ms/step; mean %.0f tok/s; %.0f tok per CPU-s), %d params, peak memory %.1f MiB",
                         shape.layers, shape.channels, shape.heads, shape.vocab, context, batch, threads, result.tokensPerSecond, steps,
                         result.medianStepSeconds * 1000, result.meanTokensPerSecond, result.cpuTokensPerSecond, result.parameterCount,
                         Double(result.peakMemoryBytes) / 1_048_576))
            print("last loss \(result.lastLoss), parameters sha256 \(result.parameterDigest.prefix(16))…")
            print("platform: \(ComputePlatform.current().summary)")
        }
    }
}
