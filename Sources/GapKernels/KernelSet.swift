// KernelSet and KernelTable: the project's own vector kernels written once and compiled twice, for AVX2 (256-bit)
// and AVX-512 (512-bit), in one binary. Each kernel body is an inlinable static method of `KernelSet`; a module
// compiled for one target CPU (GapKernelsAVX2, GapKernelsAVX512) conforms a type of its own to `KernelSet` and builds
// a `KernelTable` from it, so the bodies are specialised — and named after that type — inside that module, with its
// code generation. GapTensor picks one table at start-up from the CPU's features.
// Every kernel uses 16-lane vectors whose lane arithmetic and reduction order are fixed by the source, so both tables
// give bitwise-identical results; only the instructions differ (two ymm or one zmm register per vector).
import GapCore

/// Sixteen Floats: the lane width of every kernel (two 256-bit or one 512-bit register).
public typealias Lanes = SIMD16<Float>

/// A set of kernel bodies compiled for one SIMD level. Conform a module-local type to it and build a `KernelTable`.
public protocol KernelSet: SendableMetatype {
    /// The vector instructions the conforming module is compiled for.
    static var level: SIMDLevel { get }
}

/// Settings of one AdamW update, shared by every element (see `KernelSet.adamWUpdate`).
public struct AdamWSettings: Sendable {
    public var learningRate: Float
    /// learningRate · weight decay for decayed tensors, else 0.
    public var decay: Float
    public var beta1: Float
    public var beta2: Float
    /// 1 / (1 − β1ᵗ) and 1 / (1 − β2ᵗ).
    public var correction1: Float
    public var correction2: Float
    public var epsilon: Float
    /// Multiplies every gradient first (clipping).
    public var gradientScale: Float

    public init(learningRate: Float, decay: Float, beta1: Float, beta2: Float, correction1: Float,
                correction2: Float, epsilon: Float, gradientScale: Float) {
        self.learningRate = learningRate; self.decay = decay; self.beta1 = beta1; self.beta2 = beta2
        self.correction1 = correction1; self.correction2 = correction2; self.epsilon = epsilon
        self.gradientScale = gradientScale
    }
}

/// The kernels of one SIMD level as function values. Contracts are those of the `KernelSet` methods of the same names.
public struct KernelTable: Sendable {
    public let level: SIMDLevel
    public let exponentiateRow: @Sendable (UnsafeMutablePointer<Float>, UnsafePointer<Float>, Int, Int) -> Float
    public let softmaxBackwardRow: @Sendable (UnsafeMutablePointer<Float>, UnsafePointer<Float>, Float, Int, Int) -> Void
    public let addInPlace: @Sendable (UnsafeMutablePointer<Float>, UnsafePointer<Float>, Int) -> Void
    public let scaleRow: @Sendable (UnsafeMutablePointer<Float>, Int, Float) -> Void
    public let scaledCopy: @Sendable (UnsafeMutablePointer<Float>, UnsafePointer<Float>, Int, Float) -> Void
    public let sumOfSquares: @Sendable (UnsafePointer<Float>, Int) -> Float
    public let layerNormForward: @Sendable (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>,
                                            UnsafeMutablePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>,
                                            UnsafePointer<Float>, Int, Int) -> Void
    public let layerNormBackward: @Sendable (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>,
                                             UnsafeMutablePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>,
                                             UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>,
                                             Int, Int, UnsafeMutablePointer<Float>?) -> Void
    public let geluForward: @Sendable (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>?, UnsafePointer<Float>,
                                       Int) -> Void
    /// `geluBackward(dInput:derivative:dOutput:dInputSums:rows:columns:)`.
    public let geluBackward: @Sendable (UnsafeMutablePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>,
                                        UnsafeMutablePointer<Float>?, Int, Int) -> Void
    public let adamWUpdate: @Sendable (UnsafeMutablePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>,
                                       UnsafeMutablePointer<Float>, Int, AdamWSettings) -> Void
    /// `shortProduct(rows:columns:depth:alpha:a:aRow:aColumn:bt:ldb:out:ldo:)`.
    public let shortProduct: @Sendable (Int, Int, Int, Float, UnsafePointer<Float>, Int, Int, UnsafePointer<Float>,
                                        Int, UnsafeMutablePointer<Float>, Int) -> Void
    /// `transposeCopy(_:ldb:from:ldbSource:rows:columns:)`.
    public let transposeCopy: @Sendable (UnsafeMutablePointer<Float>, Int, UnsafePointer<Float>, Int, Int, Int) -> Void

    /// The table of `kernels`' bodies. Call it only from the module that defines `kernels` (and is compiled for its
    /// level), so the specialised bodies are generated there.
    @inlinable
    public init<K: KernelSet>(_ kernels: K.Type) {
        level = K.level
        exponentiateRow = { K.exponentiateRow($0, from: $1, count: $2, zeroingTo: $3) }
        softmaxBackwardRow = { K.softmaxBackwardRow($0, numerators: $1, rowScale: $2, count: $3, zeroingTo: $4) }
        addInPlace = { K.addInPlace($0, $1, count: $2) }
        scaleRow = { K.scaleRow($0, count: $1, by: $2) }
        scaledCopy = { K.scaledCopy($0, from: $1, count: $2, by: $3) }
        sumOfSquares = { K.sumOfSquares($0, count: $1) }
        layerNormForward = {
            K.layerNormForward(output: $0, mean: $1, reciprocalStd: $2, input: $3, weight: $4, bias: $5,
                               rows: $6, channels: $7)
        }
        layerNormBackward = {
            K.layerNormBackward(dInput: $0, dWeight: $1, dBias: $2, dOutput: $3, input: $4, weight: $5, mean: $6,
                                reciprocalStd: $7, rows: $8, channels: $9, dInputSums: $10)
        }
        geluForward = { K.geluForward(output: $0, derivative: $1, input: $2, count: $3) }
        geluBackward = {
            K.geluBackward(dInput: $0, derivative: $1, dOutput: $2, dInputSums: $3, rows: $4, columns: $5)
        }
        adamWUpdate = { K.adamWUpdate(parameters: $0, gradients: $1, firstMoment: $2, secondMoment: $3, count: $4,
                                      settings: $5) }
        shortProduct = {
            K.shortProduct(rows: $0, columns: $1, depth: $2, alpha: $3, a: $4, aRow: $5, aColumn: $6, bt: $7,
                           ldb: $8, out: $9, ldo: $10)
        }
        transposeCopy = { K.transposeCopy($0, ldb: $1, from: $2, ldbSource: $3, rows: $4, columns: $5) }
    }
}
