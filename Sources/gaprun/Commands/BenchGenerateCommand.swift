// `gaprun bench generate`: batched greedy generation tokens/s with the KV cache, for one config.
import ArgumentParser
import Foundation
import GapModel
import GapTensor
import GapTrain

struct BenchGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Measure batched KV-cache generation speed on a random model.",
        discussion: "Example: gaprun bench generate --layers 4 --channels 128 --heads 4 --batch 64 --context 512")

    @OptionGroup var shape: ModelShapeOptions
    @Option(help: "Prompts decoded together.") var batch = 64
    @Option(help: "Context length (T).") var context = 512
    @Option(help: "Prompt tokens per row.") var prompt = 64
    @Option(help: "New tokens per row.") var newTokens = 256
    @Option(help: "Compute threads.") var threads = 1
    @Flag(help: "Print one JSON object instead of text.") var json = false

    func run() throws {
        let model = try shape.configuration(context: context)
        let result = try benchGeneration(model: model, batchSize: batch, promptTokens: prompt,
                                             newTokens: newTokens, threads: threads)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        } else {
            print(String(format: "generate L%d C%d H%d V%d batch %d prompt %d new %d threads %d: %.0f tok/s (%.2f s), peak memory %.1f MiB",
                         shape.layers, shape.channels, shape.heads, shape.vocab, batch, prompt, newTokens, threads, result.tokensPerSecond,
                         result.seconds, Double(result.peakMemoryBytes) / 1_048_576))
            print("platform: \(ComputePlatform.current().summary)")
        }
    }
}
