// GapTensor's vector exp / tanh / softmax row against Foundation's scalar functions.
import Foundation
import GapCore
import GapTensor
import Testing

@Suite struct VectorMathTests {
    @Test func expAndTanhMatchFoundation() {
        var worstExp: Float = 0, worstTanh: Float = 0
        var x: Float = -80
        while x < 80 {
            var lanes = Float16Lanes(repeating: 0)
            for i in 0..<16 { lanes[i] = x + Float(i) * 0.0137 }
            let e = vectorExp(lanes), t = vectorTanh(lanes / 8)
            for i in 0..<16 {
                worstExp = max(worstExp, abs(e[i] - expf(lanes[i])) / expf(lanes[i]))
                worstTanh = max(worstTanh, abs(t[i] - tanhf(lanes[i] / 8)))
            }
            x += 0.37
        }
        #expect(worstExp < 3e-7)
        #expect(worstTanh < 3e-7)
    }

    @Test func softmaxRowMasksTheTailAndZeroesToTheEnd() {
        var random = SplitMix64(seed: 5)
        for (count, end) in [(1, 1), (1, 16), (5, 7), (16, 16), (17, 40), (37, 37), (37, 48), (63, 64), (64, 64),
                             (100, 128), (129, 150)] {
            let source = (0..<end).map { _ in Float(random.nextDouble() * 20 - 10) }
            let maximum = source[0..<count].max()!
            let exps = source[0..<count].map { Foundation.exp(Double($0 - maximum)) }
            let total = exps.reduce(0, +)
            for inPlace in [false, true] {
                var row = [Float](repeating: .nan, count: end + 3)  // the 3 past `end` must stay untouched
                if inPlace { for j in 0..<end { row[j] = source[j] } }
                row.withUnsafeMutableBufferPointer { out in
                    if inPlace {
                        softmaxRow(out.baseAddress!, from: out.baseAddress!, count: count, zeroingTo: end)
                    } else {
                        source.withUnsafeBufferPointer {
                            softmaxRow(out.baseAddress!, from: $0.baseAddress!, count: count, zeroingTo: end)
                        }
                    }
                }
                for j in 0..<count { #expect(abs(Double(row[j]) - exps[j] / total) < 1e-6) }
                for j in count..<end { #expect(row[j] == 0) }
                for j in end..<(end + 3) { #expect(row[j].isNaN) }
            }
        }
    }
}
