// The whole model against PyTorch: logits, loss and every gradient of a tiny config from a committed fixture
// (scripts/make-reference.py); no Python needed to run it.
import Foundation
import GapCore
import GapModel
import Testing

private struct Fixture: Decodable {
    struct Config: Decodable {
        var layers: Int, channels: Int, heads: Int, batch: Int
        var contextLength: Int, vocabSize: Int
        enum CodingKeys: String, CodingKey {
            case layers, channels, heads, batch, contextLength = "context_length", vocabSize = "vocab_size"
        }
    }
    var config: Config
    var inputs: [Int32]
    var targets: [Int32]
    var parameters: [String: [Float]]
    var logits: [Float]
    var loss: Double
    var gradients: [String: [Float]]
}

@Suite struct ReferenceFixtureTests {
    @Test func matchesPyTorch() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/gpt-reference.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        let c = fixture.config
        let configuration = try GPTConfiguration(layerCount: c.layers, channels: c.channels, headCount: c.heads,
                                                 contextLength: c.contextLength, vocabularySize: c.vocabSize)
        var random = SplitMix64(seed: 0)
        let model = try GPT(configuration: configuration, random: &random)
        for (index, name) in ParameterLayout.names.enumerated() {
            let values = try #require(fixture.parameters[name])
            try #require(values.count == model.layout.sizes[index], "\(name) size")
            model.parameterArena.pointer(at: model.layout.offsets[index]).update(from: values, count: values.count)
        }
        model.zeroGradients()
        let loss = try model.forward(inputs: fixture.inputs, targets: fixture.targets, batchSize: c.batch,
                                     length: c.contextLength)
        try model.backward()
        #expect(abs(Double(loss) - fixture.loss) < 1e-5)
        // with targets, only the rows whose target is unmasked have logits, in row order
        let logits = model.lastLogits()
        let V = c.vocabSize
        let kept = fixture.targets.indices.filter { fixture.targets[$0] >= 0 }
        try #require(logits.count == kept.count * V)
        var worstLogit: Float = 0
        for (i, row) in kept.enumerated() {
            for v in 0..<V { worstLogit = max(worstLogit, abs(logits[i * V + v] - fixture.logits[row * V + v])) }
        }
        #expect(worstLogit < 1e-4)
        for (index, name) in ParameterLayout.names.enumerated() {
            let expected = try #require(fixture.gradients[name])
            let actual = model.gradientArena.pointer(at: model.layout.offsets[index])
            var worst: Float = 0, scale: Float = 0
            for i in expected.indices {
                worst = max(worst, abs(actual[i] - expected[i]))
                scale = max(scale, abs(expected[i]))
            }
            #expect(worst <= 1e-5 + 1e-4 * scale, "gradient \(name): max diff \(worst), max |grad| \(scale)")
        }
    }
}
