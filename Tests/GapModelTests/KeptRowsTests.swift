// Tests for the rows a training pass runs: gathering and scattering rows, and a forward pass that drops each sequence's
// trailing positions and runs the last layer's upper half, the final norm and the head only on rows with a target.
import Foundation
import GapCore
@testable import GapModel
import GapTensor
import Testing

@Suite struct KeptRowsTests {
    @Test(arguments: [[], [0], [5], [0, 1, 2, 3, 4, 5], [1, 2, 4], [0, 3, 5]])
    func gatherThenScatterRestoresKeptRowsAndZeroesTheRest(kept: [Int]) {
        let rows = 6, width = 3
        var random = SplitMix64(seed: 4)
        let original = randomArena(rows * width, random: &random)
        let work = FloatArena(count: rows * width)
        work.base.update(from: original.base, count: rows * width)
        gatherRows(work.base, width: width, rows: kept)
        let packed = FloatArena(count: max(1, kept.count * width))
        gatherRows(from: original.base, to: packed.base, width: width, rows: kept)
        for (i, row) in kept.enumerated() {
            for c in 0..<width {
                #expect(work.base[i * width + c] == original.base[row * width + c])
                #expect(packed.base[i * width + c] == original.base[row * width + c])
            }
        }
        scatterRows(work.base, width: width, rows: kept, total: rows)
        for row in 0..<rows {
            for c in 0..<width {
                #expect(work.base[row * width + c] == (kept.contains(row) ? original.base[row * width + c] : 0))
            }
        }
    }

    private func model(seed: UInt64) throws -> GPT {
        var random = SplitMix64(seed: seed)
        let configuration = try GPTConfiguration(layerCount: 2, channels: 16, headCount: 2, contextLength: 8,
                                                 vocabularySize: 19)
        let model = try GPT(configuration: configuration, random: &random)
        for i in 0..<model.layout.total { model.parameterArena.base[i] += (random.nextFloat() - 0.5) * 0.2 }
        return model
    }

    @Test func keptRowsHaveTheLogitsAndLossOfTheWholeForwardPass() throws {
        let model = try model(seed: 21)
        let V = model.configuration.vocabularySize
        // a prompt at the start of each row and padding at the end, as in training batches
        let inputs: [Int32] = [1, 2, 3, 4, 5, 6, 0, 0, 7, 8, 9, 10, 11, 12, 13, 14]
        let targets: [Int32] = [-1, -1, 4, 5, 6, 0, -1, -1, -1, -1, -1, 11, 12, 13, 14, 2]
        model.workerCount = 1
        try model.forward(inputs: inputs, targets: nil, batchSize: 2, length: 8)
        let full = model.lastLogits()
        let loss = try model.forward(inputs: inputs, targets: targets, batchSize: 2, length: 8)
        let kept = model.lastLogits()
        let rows = targets.indices.filter { targets[$0] >= 0 }
        try #require(kept.count == rows.count * V)
        var expectedLoss = 0.0
        for (i, row) in rows.enumerated() {
            for v in 0..<V { #expect(abs(kept[i * V + v] - full[row * V + v]) <= 1e-5) }
            let logits = (0..<V).map { Double(full[row * V + $0]) }
            let top = logits.max()!
            let logSum = top + Foundation.log(logits.reduce(0) { $0 + Foundation.exp($1 - top) })
            expectedLoss += logSum - logits[Int(targets[row])]
        }
        #expect(abs(Double(loss) - expectedLoss / Double(rows.count)) < 1e-5)
        #expect(model.lastUnmaskedTargetCount == rows.count)
    }

    @Test func aShareWithoutTargetsAddsNothingToTheGradient() throws {
        // two rows on two workers: the first row has no target, so its share keeps no row
        let promptOnly: [Int32] = [3, 4, 5, 6, 7, 8]
        let answered: [Int32] = [9, 10, 11, 12, 13, 14]
        let targets: [Int32] = [-1, -1, 12, 13, 14, 15]
        let split = try model(seed: 8), alone = try model(seed: 8)
        split.workerCount = 2
        split.zeroGradients()
        let splitLoss = try split.forward(inputs: promptOnly + answered,
                                          targets: Array(repeating: -1, count: 6) + targets, batchSize: 2, length: 6)
        try split.backward()
        alone.workerCount = 1
        alone.zeroGradients()
        let aloneLoss = try alone.forward(inputs: answered, targets: targets, batchSize: 1, length: 6)
        try alone.backward()
        #expect(splitLoss == aloneLoss)
        #expect(maxDifference(split.gradientArena.base, alone.gradientArena.base, count: split.layout.total) == 0)
    }
}
