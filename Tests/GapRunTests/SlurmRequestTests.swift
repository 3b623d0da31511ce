// What each job asks of Slurm before anything is submitted: CPUs from its threads, memory from the trainer's
// estimate (rounded, with a floor), a time limit from its cost, GPUs and CPUs of command jobs from the grid's
// commands section, overrides from the slurm section, and one array per distinct request. No Slurm needed.
import Foundation
import GapGrid
import Testing
@testable import GapRun

struct SlurmRequestTests {
    /// Plans `text` written as a grid file in a temporary folder.
    func plan(_ text: String) throws -> (GridSpec, [PlannedJob]) {
        let dir = try CLIHarness.temporaryDirectory("request")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.conf").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try SweepPlanner.plan(gridPath: path)
    }

    static let quickstart = CLIHarness.packageRoot.appendingPathComponent("experiments/quickstart.conf").path

    @Test func memoryIsTheEstimateWithHeadroomInWholeStepsAboveAFloor() {
        #expect(SlurmRequest.memoryMiB(bytes: 0) == 512)
        #expect(SlurmRequest.memoryMiB(bytes: 460 << 20) == 512)           // 506 MiB with headroom
        #expect(SlurmRequest.memoryMiB(bytes: 470 << 20) == 768)           // 517 MiB with headroom
        #expect(SlurmRequest.memoryMiB(bytes: 1000 << 20) == 1280)
        #expect(SlurmRequest.memoryText(bytes: 1 << 30) == "1280M")
        #expect(SlurmRequest.memoryText(bytes: 1800 << 20) == "2G")
        #expect(SlurmRequest.roundedTimeSeconds(10) == 900)
        #expect(SlurmRequest.roundedTimeSeconds(3601) == 7200)
        #expect(SlurmRequest.roundedTimeSeconds(700_000) == 9 * 86400)
        #expect(SlurmRequest.timeText(seconds: 3900) == "1:05:00")
        #expect(SlurmRequest.timeText(seconds: 90000) == "1-01:00:00")
    }

    @Test func quickstartJobsAskForOneCPUAndMemoryThatGrowsWithTheStudent() throws {
        let (grid, jobs) = try SweepPlanner.plan(gridPath: Self.quickstart, backendOverride: "slurm")
        let requests = SlurmRequest.byJob(jobs, settings: grid.slurm ?? SlurmSettings(), commandResources: grid.commandResources)
        func request(_ student: String) -> SlurmRequest { requests[jobs.first { $0.spec.student == student }!.id]! }
        #expect(jobs.allSatisfy { requests[$0.id]!.cpus == 1 && requests[$0.id]!.gpus == 0 })
        let small = request("s-32"), large = request("s-64")
        func peakMiB(_ student: String) -> Int { JobCost(jobs.first { $0.spec.student == student }!).peakBytes! >> 20 }
        // Measured peaks (docs/scale-out.md, long mix, context 640): s-32 233 MiB, s-48 502 MiB, s-64 645 MiB. The
        // estimate (for the full context, now 960 so that prompt + generation budget fit) is above each, and the
        // request does not ask for gigabytes more.
        #expect(peakMiB("s-32") >= 233 && peakMiB("s-48") >= 502 && peakMiB("s-64") >= 645)
        #expect(small.memory == "768M" && large.memory == "1792M", "\(small.summary) / \(large.summary)")
        #expect(SlurmSettings.timeLimitSeconds(large.time!)! >= SlurmSettings.timeLimitSeconds(small.time!)!)
        #expect(SlurmSettings.timeLimitSeconds(small.time!)! >= SlurmRequest.minimumTimeSeconds)
        // The bigger students' jobs are costlier, so they come first, and their array is submitted first.
        let ordered = JobCost.costliestFirst(jobs)
        #expect(ordered.first?.spec.student == "s-64" && ordered.last?.spec.student == "s-32")
        let arrays = SlurmRequest.arrays(jobs, settings: grid.slurm ?? SlurmSettings(), commandResources: grid.commandResources)
        #expect(arrays.count == Set(requests.values).count && arrays.count >= 2)
        #expect(arrays.first?.request == large)
        #expect(arrays.reduce(0) { $0 + $1.jobs.count } == 18)
    }

    @Test func theSlurmSectionAndFlagsOverrideWhatIsDerived() throws {
        let (grid, jobs) = try SweepPlanner.plan(gridPath: Self.quickstart, backendOverride: "slurm")
        var settings = SlurmSettings()
        settings.cpusPerTask = 2; settings.memory = "4G"; settings.time = "02:00:00"
        let arrays = SlurmRequest.arrays(jobs, settings: settings, commandResources: grid.commandResources)
        #expect(arrays.count == 1)
        #expect(arrays[0].request.directives == ["--cpus-per-task=2", "--mem=4G", "--time=02:00:00"])
    }

    @Test func commandJobsAskForTheGPUsAndCPUsOfTheCommandsSection() throws {
        let (grid, jobs) = try plan("""
            backend: slurm
            students:
              qwen-0.5b: {model: Qwen/Qwen2.5-0.5B-Instruct, size_billions: 0.5}
              qwen-7b: {model: Qwen/Qwen2.5-7B-Instruct, size_billions: 7}
            mixes: {short: {short: 1.0}}
            seeds: [0]
            commands: {train: "echo {train_config}", generate: "echo {predictions}", gpus: 4, cpus: 16}
            slurm: {time: "1-00:00:00"}
            """)
        #expect(grid.commandResources == CommandResources(gpus: 4, cpus: 16))
        // Requests are not templates: the job ids do not see them.
        #expect(jobs.allSatisfy { $0.spec.commands.keys.sorted() == ["generate", "train"] })
        let arrays = SlurmRequest.arrays(jobs, settings: grid.slurm!, commandResources: grid.commandResources)
        #expect(arrays.count == 1)
        #expect(arrays[0].request.directives == ["--cpus-per-task=16", "--time=1-00:00:00", "--gres=gpu:4"])
        #expect(arrays[0].jobs.first?.spec.student == "qwen-7b")
    }

    @Test func badRequestsInTheGridNameTheKeyAndLine() throws {
        let base = """
            students: {s: {layers: 1, channels: 16, heads: 2, context_length: 64}}
            mixes: {short: {short: 1.0}}
            seeds: [0]

            """
        for (line, expected) in [("slurm: {mem: 4 GB}", "`slurm.mem` must be a Slurm memory size"),
                                 ("slurm: {time: soon}", "`slurm.time` must be a Slurm time"),
                                 ("commands: {gpus: -1}", "`commands.gpus` must be 0 or more")] {
            #expect(throws: (any Error).self) { try plan(base + line) }
            do { _ = try plan(base + line) } catch {
                #expect("\(error)".contains("g.conf:4:") && "\(error)".contains(expected), "\(error)")
            }
        }
    }
}
