// How the Slurm collector reads a task's marker files when the task left no result (no Slurm needed: the task ids
// are unknown to any scheduler), a running task's progress for the ETA, the batch script's directives, and Slurm
// time parsing.
import Foundation
import GapGrid
import GapStore
import Testing
@testable import GapRun

struct SlurmMarkerTests {
    /// A collector over a temporary runs folder, and the folder of job `id`.
    func setUp(_ id: String = String(repeating: "ab", count: 32)) throws -> (SlurmCollector, RunPaths, URL) {
        let dir = try CLIHarness.temporaryDirectory("markers")
        let collector = SlurmCollector(store: try ResultStore.inMemory(), runsDirectory: dir.path)
        let paths = RunPaths(runsDirectory: dir.path, jobID: id)
        try paths.create()
        return (collector, paths, dir)
    }

    func write(_ text: String, _ path: String) throws { try text.write(toFile: path, atomically: true, encoding: .utf8) }

    // A task id no scheduler knows, so only the markers decide.
    let task = "987654321_0"

    @Test func timeLimitSignalsMeanTimeoutWithTheReason() throws {
        for signal in ["USR1", "TERM TimeLimit"] {
            let (collector, paths, dir) = try setUp()
            defer { try? FileManager.default.removeItem(at: dir) }
            try write("\(task) restart 0 host n1\n", paths.slurmTask)
            try write(signal + "\n", paths.slurmSignal)
            try write("130\n", paths.exitMarker)
            let (status, message) = collector.endedWithoutResult(task: task, paths: paths)
            #expect(status == .timeout)
            #expect(message.contains("time limit") && message.contains("checkpoint is kept") && message.contains("--time"))
        }
    }

    @Test func aWorkerFailureKeepsItsErrorText() throws {
        let (collector, paths, dir) = try setUp()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("\(task) restart 0 host n1\n", paths.slurmTask)
        try write("1\n", paths.exitMarker)
        try write("student `x`: channels must divide heads\n", paths.error)
        let (status, message) = collector.endedWithoutResult(task: task, paths: paths)
        #expect(status == .failed && message == "student `x`: channels must divide heads")
    }

    @Test func stoppedAndNotRequeuedIsCancelled() throws {
        let (collector, paths, dir) = try setUp()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("\(task) restart 0 host n1\n", paths.slurmTask)
        try write("TERM None\n", paths.slurmSignal)
        try write("130\n", paths.exitMarker)
        let (status, message) = collector.endedWithoutResult(task: task, paths: paths)
        #expect(status == .cancelled && message.contains("not requeued"))
    }

    @Test func neverStartedIsCancelledAndAVanishedTaskIsFailed() throws {
        let (collector, paths, dir) = try setUp()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(collector.endedWithoutResult(task: task, paths: paths).0 == .cancelled)
        // Started, then gone without any marker (e.g. SIGKILL, node lost): FAILED, saying so, with the log tail.
        try write("\(task) restart 0 host n1\n", paths.slurmTask)
        try write("step 10 loss 2.3\n", paths.log)
        let (status, message) = collector.endedWithoutResult(task: task, paths: paths)
        #expect(status == .failed && message.contains("without an exit marker") && message.contains("step 10 loss 2.3"))
        // A crash the batch script noticed (its fallback marker holds the code).
        try write("139\n", paths.exitMarker)
        let crash = collector.endedWithoutResult(task: task, paths: paths)
        #expect(crash.0 == .failed && crash.1.contains("exited with code 139"))
    }

    @Test func progressOfATaskComesFromItsMarkersAndProgressLines() throws {
        let (_, paths, dir) = try setUp()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(SlurmLauncher.runningSeconds(paths) == nil && SlurmLauncher.lastEvent(paths) == nil)
        try write("\(task) restart 0 host n1\n", paths.slurmTask)
        #expect(SlurmLauncher.runningSeconds(paths) != nil && SlurmLauncher.taskSeconds(paths) == nil)
        try write("{\"phase\":\"data\"}\n", paths.progress)
        #expect(SlurmLauncher.lastEvent(paths).flatMap(SlurmLauncher.trainingFraction) == nil)
        try write("{\"phase\":\"data\"}\n{\"phase\":\"train\",\"step\":30,\"steps\":120}\n{\"phase\":\"train\",\"st", paths.progress)
        #expect(SlurmLauncher.lastEvent(paths).flatMap(SlurmLauncher.trainingFraction) == 0.25)
        try write("{\"phase\":\"train\",\"step\":120,\"steps\":120}\n{\"phase\":\"eval\",\"message\":\"x\"}\n", paths.progress)
        #expect(SlurmLauncher.lastEvent(paths).flatMap(SlurmLauncher.trainingFraction) == 1)
        #expect(SlurmLauncher.lastEvent(paths)?.message == "x")
        try write("0\n", paths.exitMarker)
        #expect(SlurmLauncher.runningSeconds(paths) == nil && SlurmLauncher.taskSeconds(paths) != nil)
    }

    @Test(arguments: [("30", 1800), ("5:30", 330), ("01:00:00", 3600), ("1-00:00:00", 86400), ("2-3", 183600),
                      ("1-2:30", 95400), ("soon", -1), ("", -1)])
    func slurmTimeForms(text: String, seconds: Int) {
        #expect(SlurmBatchScript.timeLimitSeconds(text) == (seconds < 0 ? nil : seconds))
    }

    @Test func theBatchScriptAsksForOneAppendingRequeueableArrayWithAWarningSignal() {
        var settings = SlurmSettings()
        settings.time = "1"
        settings.arrayParallelism = 2
        settings.partition = "gpu"
        settings.extraArgs = ["--qos=low"]
        let request = SlurmRequest(cpus: 3, memory: "768M", time: settings.time, gpus: 4)
        let script = SlurmBatchScript.text(experiment: "tiny", taskCount: 4, settings: settings, request: request,
                                           tasksPath: "/runs/slurm/a.tasks",
                                           outputPattern: "/runs/slurm/slurm-%A_%a.out", executablePath: "/opt/gaprun's/gaprun",
                                           dataSearchRoots: ["/data"])
        #expect(script.hasPrefix("#!/bin/bash\n"))
        for directive in ["--array=0-3%2", "--open-mode=append", "--requeue", "--signal=B:USR1@30", "--time=1",
                          "--partition=gpu", "--qos=low", "--gres=gpu:4", "--cpus-per-task=3", "--mem=768M",
                          "--output=/runs/slurm/slurm-%A_%a.out"] {
            #expect(script.contains("#SBATCH \(directive)\n"), "\(directive)")
        }
        #expect(script.contains("'/opt/gaprun'\\''s/gaprun' run-job --dir \"$dir\" --data-root '/data'"))
        #expect(script.contains(">> \"$dir/log.txt\""))
        #expect(SlurmBatchScript.signalLeadSeconds(time: "1-00:00:00") == 300)
        #expect(SlurmBatchScript.signalLeadSeconds(time: "0:10") == 10)
        #expect(SlurmBatchScript.signalLeadSeconds(time: nil) == 120)
    }
}
