// WorkerLaunchPathTests: a sweep starts its workers from the coordinator's own binary (/proc/<pid>/exe), so a rebuild
// during the sweep cannot change the code of later jobs; any other executable path is used as given.
import Foundation
import Testing
@testable import GapRun

@Suite struct WorkerLaunchPathTests {
    @Test func ownBinaryIsStartedThroughProc() throws {
        let own = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let options = SweepOptions(workers: 1, executablePath: own, dataSearchRoots: [])
        #expect(options.workerLaunchPath == "/proc/\(getpid())/exe")
        // The link opens the running binary itself: same bytes as the file it points at.
        #expect(FileManager.default.contents(atPath: options.workerLaunchPath) == FileManager.default.contents(atPath: own))
    }

    @Test func anotherBinaryIsStartedFromItsPath() {
        let options = SweepOptions(workers: 1, executablePath: "/opt/gaprun/bin/gaprun", dataSearchRoots: [])
        #expect(options.workerLaunchPath == "/opt/gaprun/bin/gaprun")
    }
}
