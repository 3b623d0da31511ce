// Softmax + cross-entropy with a target mask, forward and backward side by side.
// A target of -1 is masked (prompt tokens, padding): it adds no loss and gets zero gradient. The loss is the mean over
// unmasked targets. Legend: N = rows (B·T), V = vocabulary.
import Foundation
import GapTensor

/// Token id that marks a masked target.
public let maskedTarget: Int32 = -1

/// probs = softmax(logits) per row; losses[row] = −log probs[target] (0 when masked).
/// Returns (sum of losses, number of unmasked targets). Shapes: probs, logits (N, V); targets, losses (N).
public func crossEntropyForward(
    probs: UnsafeMutablePointer<Float>, losses: UnsafeMutablePointer<Float>, logits: UnsafePointer<Float>,
    targets: UnsafePointer<Int32>?, rows N: Int, vocabularySize V: Int
) -> (lossSum: Double, count: Int) {
    var lossSum = 0.0
    var count = 0
    for row in 0..<N {
        let logitRow = logits + row * V
        let probRow = probs + row * V
        softmaxRow(probRow, from: logitRow, count: V, zeroingTo: V)
        losses[row] = 0
        if let targets, targets[row] >= 0 {
            let loss = -logf(probRow[Int(targets[row])])
            losses[row] = loss
            lossSum += Double(loss)
            count += 1
        }
    }
    return (lossSum, count)
}

/// dLogits = (probs − onehot(target)) / count for unmasked rows, 0 for masked rows (overwritten).
/// `dLogits` may be the same buffer as `probs`. Shapes: dLogits, probs (N, V); targets (N).
public func crossEntropyBackward(
    dLogits: UnsafeMutablePointer<Float>, probs: UnsafePointer<Float>, targets: UnsafePointer<Int32>,
    count: Int, rows N: Int, vocabularySize V: Int
) {
    let scale: Float = count > 0 ? 1 / Float(count) : 0
    for row in 0..<N {
        let dRow = dLogits + row * V
        let probRow = probs + row * V
        let target = targets[row]
        if target < 0 {
            dRow.update(repeating: 0, count: V)
            continue
        }
        if dRow != UnsafeMutablePointer(mutating: probRow) { dRow.update(from: probRow, count: V) }
        scaleRow(dRow, count: V, by: scale)
        dRow[Int(target)] -= scale
    }
}
