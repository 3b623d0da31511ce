// swift-tools-version: 6.0
// gaprun: grids of tiny-student distillation runs, an answer judge, and the paper's tables, in one Swift package.
// Dependencies point one way: CLI → GapRun → GapResults → (GapReport, GapStore, GapScore) and GapRun → (GapData, GapTrain,
// GapGrid) → GapCore (docs/architecture.md).
import PackageDescription

// Numeric kernels need FMA/AVX2 code generation and optimisation even in debug builds (`swift test`):
// without them SIMD code runs 100–300× slower (docs/swift-on-linux.md in the shared docs).
// GapKernelsAVX512 is the one module built for AVX-512; GapTensor calls it only on CPUs that have AVX-512.
#if arch(x86_64)
let numericFlags: [SwiftSetting] = [.unsafeFlags(["-O", "-target-cpu", "haswell"])]
let wideVectorFlags: [SwiftSetting] = [.unsafeFlags(["-O", "-target-cpu", "skylake-avx512"])]
#else
let numericFlags: [SwiftSetting] = [.unsafeFlags(["-O"])]
let wideVectorFlags: [SwiftSetting] = [.unsafeFlags(["-O"])]
#endif

let package = Package(
    name: "gaprun",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gaprun", targets: ["gaprun"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS", providers: [.apt(["libopenblas-dev"])]),

        .target(name: "GapCore"),
        .target(name: "GapScore", dependencies: ["GapCore"], swiftSettings: numericFlags),
        .target(name: "GapData", dependencies: ["GapCore"]),
        .target(name: "GapKernels", dependencies: ["GapCore"], swiftSettings: numericFlags),
        .target(name: "GapKernelsAVX2", dependencies: ["GapKernels", "GapCore"], swiftSettings: numericFlags),
        .target(name: "GapKernelsAVX512", dependencies: ["GapKernels", "GapCore"], swiftSettings: wideVectorFlags),
        .target(name: "GapTensor", dependencies: ["CBLAS", "GapCore", "GapKernels", "GapKernelsAVX2", "GapKernelsAVX512"],
                swiftSettings: numericFlags),
        .target(name: "GapModel", dependencies: ["GapTensor", "GapKernels", "GapCore"], swiftSettings: numericFlags),
        .target(name: "GapTrain", dependencies: ["GapModel", "GapTensor", "GapKernels", "GapCore"],
                swiftSettings: numericFlags),
        .target(name: "GapGrid", dependencies: ["GapCore", .product(name: "Yams", package: "Yams")]),
        .target(name: "GapStore", dependencies: ["CSQLite", "GapCore"]),
        .target(name: "GapReport", dependencies: ["GapCore"]),
        .target(name: "GapResults", dependencies: ["GapCore", "GapScore", "GapStore", "GapReport"]),
        .target(name: "GapRun", dependencies: [
            "GapCore", "GapGrid", "GapScore", "GapData", "GapTrain", "GapModel", "GapTensor", "GapStore", "GapReport",
            "GapResults",
        ], plugins: ["SourceCommit"]),
        // Embeds the checkout's git commit into GapRun (`gaprunSourceCommit`) for run provenance.
        .plugin(name: "SourceCommit", capability: .buildTool()),
        .executableTarget(name: "gaprun", dependencies: [
            "GapRun", "GapCore", "GapGrid", "GapScore", "GapData", "GapTrain", "GapModel", "GapTensor",
            "GapStore", "GapReport", "GapResults",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "GapCoreTests", dependencies: ["GapCore"]),
        .testTarget(name: "GapScoreTests", dependencies: ["GapScore", "GapCore"], exclude: ["Fixtures"]),
        .testTarget(name: "GapDataTests", dependencies: ["GapData", "GapCore"]),
        .testTarget(name: "GapTensorTests", dependencies: ["GapTensor", "GapKernels", "GapCore"], swiftSettings: numericFlags),
        .testTarget(name: "GapModelTests", dependencies: ["GapModel", "GapTensor", "GapCore"],
                    exclude: ["Fixtures"], swiftSettings: numericFlags),
        .testTarget(name: "GapTrainTests", dependencies: ["GapTrain", "GapModel", "GapTensor", "GapCore"],
                    swiftSettings: numericFlags),
        .testTarget(name: "GapGridTests", dependencies: ["GapGrid", "GapData", "GapScore", "GapCore"], exclude: ["Fixtures"]),
        .testTarget(name: "GapStoreTests", dependencies: ["GapStore", "GapCore"]),
        .testTarget(name: "GapReportTests", dependencies: ["GapReport", "GapCore"], exclude: ["Fixtures"]),
        .testTarget(name: "GapRunTests", dependencies: ["GapRun", "GapResults", "GapStore", "GapGrid", "GapCore"]),
        .testTarget(name: "gaprunTests", dependencies: ["gaprun"], exclude: ["Fixtures"]),
    ]
)
