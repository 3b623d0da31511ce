// ModelShapeOptions: the model shape flags `gaprun bench train` and `bench generate` share (glossary letters in help).
import ArgumentParser
import GapModel

struct ModelShapeOptions: ParsableArguments {
    @Option(help: "Transformer blocks (L).") var layers = 2
    @Option(help: "Residual width (C).") var channels = 64
    @Option(help: "Attention heads; must divide channels.") var heads = 4
    @Option(help: "Vocabulary size (V).") var vocab = 128

    /// The GPT configuration for a context of `context` tokens; a bad shape is a usage error.
    func configuration(context: Int) throws -> GPTConfiguration {
        do {
            return try GPTConfiguration(layerCount: layers, channels: channels, headCount: heads, contextLength: context,
                                        vocabularySize: vocab)
        } catch { throw ValidationError("\(error)") }
    }
}
