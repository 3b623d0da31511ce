// Pins job ids and the stored configuration texts of two fixed jobs, so that moving code around cannot change
// which job a grid cell is or what `runs` holds for it. A change here means every stored database would re-run.
import Foundation
import GapCore
import GapGrid
import GapRun
import GapStore
import Testing

@Suite struct JobIdentityPinTests {
    static let versions = ComponentVersions(trainer: "trainer-pin", lab: "lab-pin", judge: "judge-pin")

    /// An in-process job with a swept key, placed on Slurm (a place, not part of its id).
    static var inProcess: JobSpec {
        var spec = JobSpec(student: "s-32", studentConfiguration: .init(layerCount: 1, channels: 32, headCount: 2, contextLength: 64),
                           mix: "mix-long", mixWeights: ["long": 0.2, "short": 0.8], seed: 7,
                           sweptValues: ["train.learning_rate": "0.002"], backend: "slurm")
        spec.train.learningRate = 0.002
        spec.eval.benchmarks = ["gsm-synth", "math-synth"]
        return spec
    }

    /// An external model run by command templates.
    static var command: JobSpec {
        JobSpec(student: "q-0.5b", studentConfiguration: .init(model: "Qwen/Qwen2.5-0.5B-Instruct", sizeBillions: 0.5),
                mix: "long", mixWeights: ["long": 1], seed: 0, backend: "command",
                commands: ["train": "llamafactory-cli train {train_config}", "generate": "python gen.py {eval_file} {predictions}"])
    }

    static func planned(_ spec: JobSpec) -> PlannedJob {
        PlannedJob(id: JobIdentity.id(for: spec, versions: versions), experiment: "pin", spec: spec, versions: versions)
    }

    @Test func inProcessJobKeepsItsIdentities() {
        let job = Self.planned(Self.inProcess)
        #expect(job.id == "9cb82c1f2c747509d0304aeb211c2c843ef29d803bec3d1e71cce020a04951e2")
        #expect(job.trainingID == "1b7447a92ee2368bab495722d371a198e4c52eefffe051baa2f5400315195523")
        #expect(job.generationID == "acffc770b0f7774354dfb5b7f48b653901964c2b17b38c62b1cff4011650f722")
    }

    @Test func commandJobKeepsItsIdentities() {
        let job = Self.planned(Self.command)
        #expect(job.id == "0e617b5471a9b938548f389eb74faedca12a23bfde4838f8ffaeba01eca9e87e")
        #expect(job.trainingID == "2e1ede8122d522c596623c475a437487ecbfef75646400d4569824d490cb1be0")
        #expect(job.generationID == "e160339e9869f78e52c3f9b18f82f1bbf3f0290b8498946d73f690401791aed5")
    }

    /// The texts stored in `runs` (config_json, swept, versions_json) and the backend/source columns, by hash.
    @Test func registrationsKeepTheirStoredTexts() {
        let rows = SweepPlanner.registrations([Self.planned(Self.inProcess), Self.planned(Self.command)])
        let digests = rows.map { [SHA256.hex($0.configJSON), SHA256.hex($0.sweptJSON), SHA256.hex($0.versionsJSON),
                                  $0.backend, $0.source, "\($0.studentParameters ?? -1)", "\($0.studentSize ?? -1)"] }
        #expect(digests == [
            ["2f1adf31d183826ec8eedab034eba82b8447f0fb742b07f1e116fcc48dc7b32f",
             "cbe2fb33a4add123fb3c47426cc5ec91d989ea70e0471797d33449d7a80df713",
             "b4c2c3ba0d6e066b27fe7bf0f7d2f25b5b9fcf0bbdbb8ec5df0a37f1c0301e69", "slurm", "slurm", "18912", "18912.0"],
            ["740f1f4345988f6f33794bb11616eb0413cb84e474d3b16b1d997f06ac80cc40",
             "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
             "b4c2c3ba0d6e066b27fe7bf0f7d2f25b5b9fcf0bbdbb8ec5df0a37f1c0301e69", "command", "command", "-1", "500000000.0"],
        ])
    }

    /// The `params` rows (every dotted key of the configuration), by hash of their sorted `key=value` lines.
    @Test func parametersKeepTheirStoredTexts() {
        let lines = [Self.inProcess, Self.command].map { spec in
            SHA256.hex(flattenedParameters(of: spec).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n"))
        }
        #expect(lines == ["14ebf9480e41edbd2bd33373f6fcfe3d9b708cf748a6e04cad1283ef4b597a41",
                          "647a411d5f73c8333056462043f9283e6e022f5adcbdc1eba6c76eeef1cd18db"])
    }
}
