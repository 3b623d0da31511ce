// GapTensor's vector exp / tanh / row helpers against Foundation's scalar functions.
import Foundation
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

    @Test func rowHelpers() {
        var row: [Float] = (0..<37).map { Float($0 % 11) * 0.5 - 2 }
        let expected = row.map { expf($0 - 3) }
        #expect(row.withUnsafeBufferPointer { maximumOfRow($0.baseAddress!, count: 37) } == 3)
        let sum = row.withUnsafeMutableBufferPointer { exponentiateRow($0.baseAddress!, count: 37, subtracting: 3) }
        for i in 0..<37 { #expect(abs(row[i] - expected[i]) <= 3e-7 * expected[i]) }
        #expect(abs(sum - expected.reduce(0, +)) < 1e-5)
        row.withUnsafeMutableBufferPointer { scaleRow($0.baseAddress!, count: 37, by: 2) }
        #expect(abs(row[36] - 2 * expected[36]) < 1e-6)
    }
}
