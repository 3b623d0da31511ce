// Seeded draws on SplitMix64 that never change between Swift versions (stdlib `random(in:using:)` may).
import GapCore

extension SplitMix64 {
    /// Uniform integer in `range` (modulo draw; the bias is negligible for lab-sized ranges).
    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// Uniform index into a collection of `count` elements.
    mutating func index(_ count: Int) -> Int { Int(next() % UInt64(count)) }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool { nextDouble() < probability }

    /// A uniformly chosen element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element { elements[index(elements.count)] }

    /// A deterministic Fisher-Yates shuffle.
    mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for position in stride(from: elements.count - 1, to: 0, by: -1) {
            elements.swapAt(position, index(position + 1))
        }
    }
}
