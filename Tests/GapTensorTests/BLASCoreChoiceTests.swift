// The start-up BLAS kernel decision for AVX-512, AVX2-only and older feature sets, and the user's setting winning.
import GapCore
import GapTensor
import Testing

private let avx512Flags: Set<String> = ["sse3", "avx", "fma", "avx2", "avx512f", "avx512bw", "avx512dq", "avx512vl"]
private let avx2Flags: Set<String> = ["sse3", "avx", "fma", "avx2"]

private func cpu(_ vendor: String, family: Int, model: Int, _ flags: Set<String>) -> CPUInfo {
    CPUInfo(vendor: vendor, modelName: "test CPU", family: family, model: model, flags: flags)
}

@Suite struct BLASCoreChoiceTests {
    private let emeraldRapids = cpu("GenuineIntel", family: 6, model: 207, avx512Flags)

    @Test func avx512CPUThatOpenBLASDoesNotKnowGetsSkylakeX() {
        for fallback in ["Prescott", "Core2", "Nehalem", "Sandybridge", "Unknown", "prescott"] {
            #expect(chooseOpenBLASCore(cpu: emeraldRapids, reportedCore: fallback, userSetting: nil) == "SkylakeX")
        }
    }

    @Test func avx2OnlyCPUGetsHaswellOrZen() {
        let intel = cpu("GenuineIntel", family: 6, model: 250, avx2Flags)
        let amd = cpu("AuthenticAMD", family: 30, model: 1, avx2Flags)
        #expect(chooseOpenBLASCore(cpu: intel, reportedCore: "Prescott", userSetting: nil) == "Haswell")
        #expect(chooseOpenBLASCore(cpu: amd, reportedCore: "Barcelona", userSetting: nil) == "Zen")
        // AVX-512 Foundation without BW/VL counts as AVX2.
        let knightsLanding = cpu("GenuineIntel", family: 6, model: 87, avx2Flags.union(["avx512f"]))
        #expect(chooseOpenBLASCore(cpu: knightsLanding, reportedCore: "Prescott", userSetting: nil) == "Haswell")
    }

    @Test func olderCPUsAreLeftAlone() {
        let sandyBridge = cpu("GenuineIntel", family: 6, model: 42, ["sse3", "sse4_2", "avx"])
        let core2 = cpu("GenuineIntel", family: 6, model: 23, ["sse3", "ssse3"])
        let avxWithoutFMA = cpu("GenuineIntel", family: 6, model: 250, ["sse3", "avx", "avx2"])
        #expect(chooseOpenBLASCore(cpu: sandyBridge, reportedCore: "Sandybridge", userSetting: nil) == nil)
        #expect(chooseOpenBLASCore(cpu: core2, reportedCore: "Prescott", userSetting: nil) == nil)
        #expect(chooseOpenBLASCore(cpu: avxWithoutFMA, reportedCore: "Prescott", userSetting: nil) == nil)
    }

    @Test func aKernelSetOpenBLASChoseForAKnownCPUIsKept() {
        let zen4 = cpu("AuthenticAMD", family: 25, model: 17, avx512Flags)
        #expect(chooseOpenBLASCore(cpu: zen4, reportedCore: "Zen", userSetting: nil) == nil)
        #expect(chooseOpenBLASCore(cpu: emeraldRapids, reportedCore: "Haswell", userSetting: nil) == nil)
        #expect(chooseOpenBLASCore(cpu: emeraldRapids, reportedCore: "Cooperlake", userSetting: nil) == nil)
        #expect(chooseOpenBLASCore(cpu: emeraldRapids, reportedCore: "SkylakeX", userSetting: nil) == nil)
    }

    @Test func theUsersSettingWins() {
        #expect(chooseOpenBLASCore(cpu: emeraldRapids, reportedCore: "Prescott", userSetting: "Prescott") == nil)
        #expect(chooseOpenBLASCore(cpu: emeraldRapids, reportedCore: "Prescott", userSetting: "Haswell") == nil)
        // An empty variable is no setting.
        #expect(chooseOpenBLASCore(cpu: emeraldRapids, reportedCore: "Prescott", userSetting: "") == "SkylakeX")
    }

    @Test func coreLevels() {
        #expect(openBLASCoreLevel("SkylakeX") == .avx512)
        #expect(openBLASCoreLevel("COOPERLAKE") == .avx512)
        #expect(openBLASCoreLevel("Haswell") == .avx2)
        #expect(openBLASCoreLevel("Zen") == .avx2)
        #expect(openBLASCoreLevel("Sandybridge") == .baseline)
        #expect(openBLASCoreLevel("Prescott") == .baseline)
    }
}
