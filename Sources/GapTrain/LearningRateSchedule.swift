// Learning-rate schedule: linear warmup, then cosine decay to a floor, as a pure function of the step.
import Foundation

/// The learning rate at 0-based `step` of `totalSteps`: rises linearly to `peak` over `warmupSteps`, then decays
/// along a half cosine to `peak · minimumRatio` at the last step.
public func learningRate(step: Int, totalSteps: Int, warmupSteps: Int, peak: Double, minimumRatio: Double) -> Double {
    if step < warmupSteps { return peak * Double(step + 1) / Double(warmupSteps) }
    let decaySteps = max(1, totalSteps - 1 - warmupSteps)
    let progress = min(1, Double(step - warmupSteps) / Double(decaySteps))
    let minimum = peak * minimumRatio
    return minimum + 0.5 * (peak - minimum) * (1 + cos(Double.pi * progress))
}
