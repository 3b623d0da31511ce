// GPTConfiguration: the shape of one GPT-2-style student (layers, channels, heads, context, vocabulary), validated.
import GapCore

/// The size of a GPT-2-style decoder. YAML / JSON keys match GapCore's `StudentConfiguration` plus `vocab_size`.
public struct GPTConfiguration: Codable, Sendable, Hashable {
    /// Transformer blocks, e.g. 2. (kernel letter L)
    public var layerCount: Int
    /// Residual-stream width, e.g. 64. (kernel letter C)
    public var channels: Int
    /// Attention heads; must divide `channels`, e.g. 4. (kernel letter NH)
    public var headCount: Int
    /// Longest sequence in tokens, e.g. 256. (kernel letter T)
    public var contextLength: Int
    /// Token vocabulary, e.g. 128 for `CharTokenizer`. (kernel letter V)
    public var vocabularySize: Int

    enum CodingKeys: String, CodingKey {
        case layerCount = "layers", channels, headCount = "heads", contextLength = "context_length"
        case vocabularySize = "vocab_size"
    }

    /// A configuration from explicit sizes; throws `ModelError.invalidConfiguration` when one is out of range.
    public init(layerCount: Int, channels: Int, headCount: Int, contextLength: Int, vocabularySize: Int) throws {
        self.layerCount = layerCount; self.channels = channels; self.headCount = headCount
        self.contextLength = contextLength; self.vocabularySize = vocabularySize
        try validate()
    }

    /// The in-process GPT for a grid's student section; throws when a size is missing or invalid.
    public init(student: StudentConfiguration, vocabularySize: Int) throws {
        guard let layers = student.layerCount else { throw ModelError.missingField("layers") }
        guard let channels = student.channels else { throw ModelError.missingField("channels") }
        guard let heads = student.headCount else { throw ModelError.missingField("heads") }
        guard let context = student.contextLength else { throw ModelError.missingField("context_length") }
        try self.init(layerCount: layers, channels: channels, headCount: heads, contextLength: context,
                      vocabularySize: vocabularySize)
    }

    /// Checks every size is positive and that heads divide channels.
    public func validate() throws {
        for (field, value) in [("layers", layerCount), ("channels", channels), ("heads", headCount),
                               ("context_length", contextLength), ("vocab_size", vocabularySize)] where value <= 0 {
            throw ModelError.invalidConfiguration(field: field, value: value, reason: "must be positive")
        }
        if channels % headCount != 0 {
            throw ModelError.invalidConfiguration(
                field: "heads", value: headCount, reason: "must divide channels (\(channels))")
        }
    }

    /// Channels per attention head (C / NH).
    public var headSize: Int { channels / headCount }

    /// Number of trainable Floats (the tied LM head shares the token embedding).
    public var parameterCount: Int { ParameterLayout(self).total }
}
