// Tests for CPUInfo: /proc/cpuinfo parsing and the SIMD level of AVX-512, AVX2-only and older feature sets.
import GapCore
import Testing

@Test func parsesFirstProcessorBlock() {
    let text = """
    processor\t: 0
    vendor_id\t: GenuineIntel
    cpu family\t: 6
    model\t\t: 207
    model name\t: Intel(R) Xeon(R) Processor
    flags\t\t: fpu sse2 avx fma avx2 avx512f avx512dq avx512bw avx512vl

    processor\t: 1
    vendor_id\t: OtherVendor
    model\t\t: 1
    """
    let cpu = CPUInfo(procCPUInfo: text)
    #expect(cpu.vendor == "GenuineIntel")
    #expect(cpu.family == 6)
    #expect(cpu.model == 207)
    #expect(cpu.modelName == "Intel(R) Xeon(R) Processor")
    #expect(cpu.simdLevel == .avx512)
    #expect(cpu.summary == "Intel(R) Xeon(R) Processor (family 6, model 207, avx512)")
}

@Test func simdLevelFromFlags() {
    #expect(SIMDLevel(flags: ["avx2", "fma", "avx512f", "avx512bw", "avx512dq", "avx512vl"]) == .avx512)
    // AVX-512 Foundation alone (Knights Landing) lacks BW/VL: the 256-bit kernels.
    #expect(SIMDLevel(flags: ["avx2", "fma", "avx512f"]) == .avx2)
    #expect(SIMDLevel(flags: ["avx2", "fma"]) == .avx2)
    #expect(SIMDLevel(flags: ["avx", "sse4_2"]) == .baseline)
    #expect(SIMDLevel(flags: []) == .baseline)
    #expect(SIMDLevel.baseline < .avx2 && SIMDLevel.avx2 < .avx512)
}

@Test func unreadableCPUInfoGivesUnknowns() {
    let cpu = CPUInfo(procCPUInfo: "")
    #expect(cpu.modelName == "unknown")
    #expect(cpu.family == nil)
    #expect(cpu.simdLevel == .baseline)
}
