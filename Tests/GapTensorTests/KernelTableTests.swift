// Every kernel table this CPU runs (AVX2, and AVX-512 where present) against scalar Double references, and the
// tables against each other bit for bit (they share one source, so the wider vectors must not change a result).
import Foundation
import GapCore
import GapKernels
import GapTensor
import Testing

/// Deterministic test values in [-scale, scale).
private func values(_ count: Int, seed: UInt64, scale: Float = 3) -> [Float] {
    var random = SplitMix64(seed: seed)
    return (0..<count).map { _ in Float(random.nextDouble() * 2 - 1) * scale }
}

private func maxRelativeError(_ a: [Float], _ b: [Double]) -> Double {
    zip(a, b).map { abs(Double($0) - $1) / max(1e-3, abs($1)) }.max() ?? 0
}

@Suite struct KernelTableTests {
    @Test func widestTableIsSelectedAndReported() {
        let tables = availableKernelTables
        #expect(tables.first?.level == (CPUInfo.current.simdLevel == .baseline ? .baseline : .avx2))
        if ProcessInfo.processInfo.environment["GAPRUN_KERNELS"] == nil {  // unset: the widest table is used
            #expect(kernelSIMDLevel == tables.last!.level)
        }
        if CPUInfo.current.simdLevel == .avx512 { #expect(tables.map(\.level) == [.avx2, .avx512]) }
    }

    @Test func exponentiateRowMatchesReference() {
        for table in availableKernelTables {
            for count in [1, 7, 15, 16, 17, 33, 64, 100] {
                let end = (count + 15) & ~15 + 16
                let source = values(end, seed: UInt64(count))
                var destination = [Float](repeating: .nan, count: end + 4)
                let inverse = destination.withUnsafeMutableBufferPointer {
                    table.exponentiateRow($0.baseAddress!, source, count, end)
                }
                let maximum = source[0..<count].max()!
                let expected = source[0..<count].map { Foundation.exp(Double($0 - maximum)) }
                #expect(maxRelativeError(Array(destination[0..<count]), expected) < 1e-6, "\(table.level) \(count)")
                #expect(abs(Double(inverse) * expected.reduce(0, +) - 1) < 1e-6)
                #expect(destination[count..<end].allSatisfy { $0 == 0 }, "zeros up to end")
                #expect(destination[end...].allSatisfy { $0.isNaN }, "nothing past end written")
            }
        }
    }

    @Test func softmaxBackwardRowMatchesReference() {
        for table in availableKernelTables {
            for count in [1, 9, 16, 31, 64] {
                let end = 64
                var numerators = values(end, seed: 7).map { Foundation.exp($0) }
                for j in count..<end { numerators[j] = 0 }
                let rowScale: Float = 1 / numerators.reduce(0, +)
                let dRow = values(end, seed: 8)
                var result = dRow
                result.withUnsafeMutableBufferPointer {
                    table.softmaxBackwardRow($0.baseAddress!, numerators, rowScale, count, end)
                }
                let p = numerators.map { Double($0) * Double(rowScale) }
                let dot = (0..<count).reduce(0.0) { $0 + p[$1] * Double(dRow[$1]) }
                let expected = (0..<count).map { p[$0] * (Double(dRow[$0]) - dot) }
                let worst = (0..<count).map { abs(Double(result[$0]) - expected[$0]) }.max()!
                #expect(worst < 1e-6, "\(table.level) \(count)")
                #expect(result[count...].allSatisfy { $0 == 0 })
            }
        }
    }

    @Test func layerNormMatchesReference() {
        for table in availableKernelTables {
            for C in [64, 20] {  // the vector path and the scalar one
                let N = 3
                let input = values(N * C, seed: 11), weight = values(C, seed: 12), bias = values(C, seed: 13)
                let dOutput = values(N * C, seed: 14)
                var output = [Float](repeating: 0, count: N * C), mean = [Float](repeating: 0, count: N)
                var rstd = [Float](repeating: 0, count: N)
                var dInput = [Float](repeating: 0, count: N * C), dWeight = [Float](repeating: 0, count: C)
                var dBias = [Float](repeating: 0, count: C)
                table.layerNormForward(&output, &mean, &rstd, input, weight, bias, N, C)
                table.layerNormBackward(&dInput, &dWeight, &dBias, dOutput, input, weight, mean, rstd, N, C, nil)
                var expectedOut = [Double](), expectedDIn = [Double]()
                var expectedDWeight = [Double](repeating: 0, count: C)
                for row in 0..<N {
                    let x = input[(row * C)..<((row + 1) * C)].map(Double.init)
                    let g = dOutput[(row * C)..<((row + 1) * C)].map(Double.init)
                    let m = x.reduce(0, +) / Double(C)
                    let s = 1 / (x.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(C) + 1e-5).squareRoot()
                    let norm = x.map { ($0 - m) * s }
                    expectedOut += (0..<C).map { norm[$0] * Double(weight[$0]) + Double(bias[$0]) }
                    let dNorm = (0..<C).map { Double(weight[$0]) * g[$0] }
                    let dNormMean = dNorm.reduce(0, +) / Double(C)
                    let dNormNormMean = (0..<C).reduce(0.0) { $0 + dNorm[$1] * norm[$1] } / Double(C)
                    expectedDIn += (0..<C).map { (dNorm[$0] - dNormMean - norm[$0] * dNormNormMean) * s }
                    for i in 0..<C { expectedDWeight[i] += norm[i] * g[i] }
                }
                #expect(maxRelativeError(output, expectedOut) < 1e-5, "\(table.level) C=\(C)")
                #expect(maxRelativeError(dInput, expectedDIn) < 1e-4, "\(table.level) C=\(C)")
                #expect(maxRelativeError(dWeight, expectedDWeight) < 1e-4, "\(table.level) C=\(C)")
            }
        }
    }

    @Test func geluMatchesReference() {
        for table in availableKernelTables {
            let N = 16 * 5 + 3
            let input = values(N, seed: 21, scale: 6), dOutput = values(N, seed: 22)
            var output = [Float](repeating: 0, count: N), derivative = [Float](repeating: 0, count: N)
            var dInput = [Float](repeating: 0, count: N)
            table.geluForward(&output, &derivative, input, N)
            table.geluBackward(&dInput, derivative, dOutput, nil, 1, N)
            let scale = (2 / Double.pi).squareRoot()
            for i in 0..<N {
                let x = Double(input[i])
                let t = Foundation.tanh(scale * (x + 0.044715 * x * x * x))
                let slope = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * scale * (1 + 3 * 0.044715 * x * x)
                #expect(abs(Double(output[i]) - 0.5 * x * (1 + t)) < 1e-5, "\(table.level) x=\(x)")
                #expect(abs(Double(dInput[i]) - slope * Double(dOutput[i])) < 1e-5, "\(table.level) x=\(x)")
            }
        }
    }

    @Test func adamWAndRowHelpersMatchReference() {
        for table in availableKernelTables {
            let n = 16 * 3 + 5
            let settings = AdamWSettings(learningRate: 1e-2, decay: 1e-3, beta1: 0.9, beta2: 0.95,
                                         correction1: 1 / (1 - 0.9), correction2: 1 / (1 - 0.95), epsilon: 1e-8,
                                         gradientScale: 0.5)
            var p = values(n, seed: 31), m = values(n, seed: 32, scale: 0.1)
            var v = values(n, seed: 33, scale: 0.1).map(abs)
            let g = values(n, seed: 34)
            let (p0, m0, v0) = (p, m, v)
            table.adamWUpdate(&p, g, &m, &v, n, settings)
            for i in 0..<n {
                let gradient = Double(g[i]) * 0.5
                let mi = 0.9 * Double(m0[i]) + 0.1 * gradient
                let vi = 0.95 * Double(v0[i]) + 0.05 * gradient * gradient
                let step = (mi * 10) / ((vi * 20).squareRoot() + 1e-8)
                let expected = Double(p0[i]) - (1e-2 * step + 1e-3 * Double(p0[i]))
                #expect(abs(Double(p[i]) - expected) < 1e-5, "\(table.level) \(i)")
                #expect(abs(Double(m[i]) - mi) < 1e-6 && abs(Double(v[i]) - vi) < 1e-6)
            }
            let x = values(n, seed: 35)
            let squares = table.sumOfSquares(x, n)
            #expect(abs(Double(squares) - x.reduce(0.0) { $0 + Double($1) * Double($1) }) < 1e-4)
            var a = x
            table.addInPlace(&a, g, n)
            #expect(a == zip(x, g).map { $0 + $1 })
            table.scaleRow(&a, n, 0.25)
            #expect(a == zip(x, g).map { ($0 + $1) * 0.25 })
            var copy = [Float](repeating: 0, count: n)
            table.scaledCopy(&copy, x, n, 3)
            #expect(copy == x.map { $0 * 3 })
        }
    }

    /// The AVX-512 and AVX2 tables compute the same bits (runs where the CPU has AVX-512, e.g. Zen 4 and Xeons).
    /// Attention's score products: `shortProduct` over a `transposeCopy` of b must equal BLAS's
    /// gemm(.none, .transposed) on b itself bit for bit (the trainer's numbers depend on it) at head sizes up to 16
    /// wherever the start-up check let attention use it, and always on OpenBLAS's SkylakeX kernels,
    /// with row and column counts that leave every kind of tile tail, and strided operands as attention has them.
    @Test func shortProductEqualsGemmBitForBit() {
        for table in availableKernelTables {
            for (rows, columns, depth) in [(64, 256, 16), (64, 512, 8), (7, 45, 16), (13, 333, 16), (1, 1, 6),
                                           (64, 960, 16), (30, 17, 12)] {
                let lda = depth * 3 + 5, ldbSource = depth * 3 + 5, ldo = columns + 3
                let a = values(rows * lda, seed: UInt64(rows * 7 + depth))
                let b = values(columns * ldbSource, seed: UInt64(columns * 11 + depth))
                let alpha: Float = depth == 12 ? 1 : 1 / Float(depth).squareRoot()
                var expected = [Float](repeating: .nan, count: rows * ldo)
                expected.withUnsafeMutableBufferPointer {
                    gemm(.none, .transposed, m: rows, n: columns, k: depth, alpha: alpha, a: a, lda: lda, b: b,
                         ldb: ldbSource, beta: 0, c: $0.baseAddress!, ldc: ldo)
                }
                var transposed = [Float](repeating: .nan, count: depth * columns)
                table.transposeCopy(&transposed, columns, b, ldbSource, columns, depth)
                var result = [Float](repeating: .nan, count: rows * ldo)
                table.shortProduct(rows, columns, depth, alpha, a, lda, 1, transposed, columns, &result, ldo)
                // bit for bit where attention relies on it (SkylakeX kernels: `OPENBLAS_CORETYPE=SkylakeX swift
                // test`); within rounding on any BLAS (`swift test` alone runs OpenBLAS's own choice)
                let exact = shortScoresMatchBLAS || openBLASCoreName() == "SkylakeX"
                for i in 0..<rows {
                    let got = result[(i * ldo)..<(i * ldo + columns)]
                    let want = expected[(i * ldo)..<(i * ldo + columns)]
                    if exact {
                        #expect(got.map(\.bitPattern) == want.map(\.bitPattern),
                                "\(table.level) \(rows)×\(columns)×\(depth) row \(i)")
                    }
                    let worst = zip(got, want).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
                    #expect(worst < 1e-5, "\(table.level) \(rows)×\(columns)×\(depth) row \(i)")
                    let past = result[(i * ldo + columns)..<(i * ldo + ldo)]
                    #expect(past.allSatisfy { $0.isNaN }, "nothing past columns")
                }
            }
        }
    }

    /// On OpenBLAS's SkylakeX kernels (this project's Intel Xeon) the start-up check passes, so attention uses the
    /// kernel at the lab's head sizes (8 and 16).
    @Test func shortScoresAreUsedWhereVerified() {
        if openBLASCoreName() == "SkylakeX" { #expect(shortScoresMatchBLAS) }
        #expect(!useShortScores(depth: shortScoresMaximumDepth + 1))
        #expect(useShortScores(depth: 16) == shortScoresMatchBLAS)
    }

    /// The bias-gradient sums that layer norm's and GELU's backward accumulate on the way are the row-by-row
    /// `addInPlace` sums of their dInput, bit for bit, and the fused passes leave dInput as the plain ones do.
    @Test func fusedRowSumsEqualSeparateAddsBitForBit() {
        for table in availableKernelTables {
            for C in [96, 20] {  // the vector path and the scalar one (and a row tail for GELU)
                let N = 7
                let input = values(N * C, seed: 51, scale: 4), weight = values(C, seed: 52), bias = values(C, seed: 53)
                let dOutput = values(N * C, seed: 54), start = values(N * C, seed: 55), sums0 = values(C, seed: 56)
                var output = [Float](repeating: 0, count: N * C), mean = [Float](repeating: 0, count: N)
                var rstd = [Float](repeating: 0, count: N)
                table.layerNormForward(&output, &mean, &rstd, input, weight, bias, N, C)
                var plainIn = start, plainWeight = sums0, plainBias = sums0, plainSums = sums0
                table.layerNormBackward(&plainIn, &plainWeight, &plainBias, dOutput, input, weight, mean, rstd, N, C,
                                        nil)
                plainIn.withUnsafeBufferPointer { rows in
                    for row in 0..<N { table.addInPlace(&plainSums, rows.baseAddress! + row * C, C) }
                }
                var fusedIn = start, fusedWeight = sums0, fusedBias = sums0, fusedSums = sums0
                table.layerNormBackward(&fusedIn, &fusedWeight, &fusedBias, dOutput, input, weight, mean, rstd, N, C,
                                        &fusedSums)
                #expect(fusedIn.map(\.bitPattern) == plainIn.map(\.bitPattern), "\(table.level) C=\(C)")
                #expect(fusedWeight.map(\.bitPattern) == plainWeight.map(\.bitPattern))
                #expect(fusedBias.map(\.bitPattern) == plainBias.map(\.bitPattern))
                #expect(fusedSums.map(\.bitPattern) == plainSums.map(\.bitPattern), "\(table.level) C=\(C)")

                var geluIn = [Float](repeating: 0, count: N * C), geluSums = sums0
                table.geluBackward(&geluIn, input, dOutput, nil, 1, N * C)
                geluIn.withUnsafeBufferPointer { rows in
                    for row in 0..<N { table.addInPlace(&geluSums, rows.baseAddress! + row * C, C) }
                }
                var fusedGeluIn = [Float](repeating: .nan, count: N * C), fusedGeluSums = sums0
                table.geluBackward(&fusedGeluIn, input, dOutput, &fusedGeluSums, N, C)
                #expect(fusedGeluIn.map(\.bitPattern) == geluIn.map(\.bitPattern), "\(table.level) C=\(C)")
                #expect(fusedGeluSums.map(\.bitPattern) == geluSums.map(\.bitPattern), "\(table.level) C=\(C)")
            }
        }
    }

    @Test(.enabled(if: availableKernelTables.count > 1)) func tablesAgreeBitForBit() {
        let narrow = availableKernelTables[0], wide = availableKernelTables[1]
        let N = 5, C = 96, count = N * C
        let input = values(count, seed: 41, scale: 8), weight = values(C, seed: 42), bias = values(C, seed: 43)
        let dOutput = values(count, seed: 44)
        func run(_ table: KernelTable) -> [[Float]] {
            var output = [Float](repeating: 0, count: count), mean = [Float](repeating: 0, count: N)
            var rstd = [Float](repeating: 0, count: N), dInput = [Float](repeating: 0, count: count)
            var dWeight = [Float](repeating: 0, count: C), dBias = [Float](repeating: 0, count: C)
            table.layerNormForward(&output, &mean, &rstd, input, weight, bias, N, C)
            table.layerNormBackward(&dInput, &dWeight, &dBias, dOutput, input, weight, mean, rstd, N, C, nil)
            var gelu = [Float](repeating: 0, count: count), slope = [Float](repeating: 0, count: count)
            table.geluForward(&gelu, &slope, input, count - 3)
            var numerators = [Float](repeating: 0, count: count)
            let inverse = table.exponentiateRow(&numerators, input, count - 9, count)
            var dRow = dOutput
            table.softmaxBackwardRow(&dRow, numerators, inverse, count - 9, count)
            var p = input, m = dOutput, v = dOutput.map { $0 * $0 }
            table.adamWUpdate(&p, gelu, &m, &v, count - 1,
                              AdamWSettings(learningRate: 3e-3, decay: 3e-4, beta1: 0.9, beta2: 0.99,
                                            correction1: 1.3, correction2: 7.1, epsilon: 1e-8, gradientScale: 0.7))
            return [output, mean, rstd, dInput, dWeight, dBias, gelu, slope, numerators, [inverse], dRow, p, m, v,
                    [table.sumOfSquares(input, count - 5)]]
        }
        let a = run(narrow), b = run(wide)
        for (index, (x, y)) in zip(a, b).enumerated() {
            #expect(x.map(\.bitPattern) == y.map(\.bitPattern), "output \(index)")
        }
    }
}
