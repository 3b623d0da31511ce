// ComputePlatform: where numbers are computed — CPU, SIMD level, BLAS library and kernel set, threads — for provenance.
import CBLAS
import GapCore
import GapKernels

/// The facts that decide the last bits of a result: the same platform, inputs and thread count give identical bits.
public struct ComputePlatform: Sendable, Equatable {
    public var cpu: CPUInfo
    /// The SIMD level the project's own kernels run at.
    public var kernelSIMD: SIMDLevel
    /// OpenBLAS's build line, e.g. `OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64`.
    public var blasConfig: String
    /// The kernel set OpenBLAS chose at load time, e.g. `SkylakeX` or `Haswell`.
    public var blasCore: String

    /// The platform of this process as it runs now.
    public static func current() -> ComputePlatform {
        ComputePlatform(
            cpu: CPUInfo.current,
            kernelSIMD: kernelSIMDLevel,
            blasConfig: openblas_get_config().map { String(cString: $0) } ?? "unknown",
            blasCore: openBLASCoreName())
    }

    /// One line for `gaprun bench` and logs: `Intel(R) Xeon(R) Processor (family 6, model 207, avx512); kernels
    /// avx512; OpenBLAS 0.3.21 … core SkylakeX`.
    public var summary: String {
        "\(cpu.summary); kernels \(kernelSIMD.rawValue); \(blasConfig), core \(blasCore)"
    }

    /// Key/value pairs for run tags and `--json` outputs (`cpu_model_name`, `cpu_family`, `blas_core`, …).
    public var tags: [(key: String, value: String)] {
        [
            ("cpu_model_name", cpu.modelName),
            ("cpu_family", cpu.family.map(String.init) ?? "unknown"),
            ("cpu_model", cpu.model.map(String.init) ?? "unknown"),
            ("cpu_simd", cpu.simdLevel.rawValue),
            ("kernel_simd", kernelSIMD.rawValue),
            ("blas_config", blasConfig),
            ("blas_core", blasCore),
        ]
    }
}

/// The kernel set OpenBLAS chose when it loaded (`openblas_get_corename()`), e.g. `SkylakeX`, `Haswell`, `Prescott`.
public func openBLASCoreName() -> String {
    openblas_get_corename().map { String(cString: $0) } ?? "unknown"
}

/// The SIMD level of the project's own kernels in this process: AVX-512 where the CPU has it, else AVX2 (x86-64).
public var kernelSIMDLevel: SIMDLevel { kernels.level }
