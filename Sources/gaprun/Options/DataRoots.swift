// DataRoots: where gaprun looks for `benchmarks-data/` — $GAPRUN_DATA_DIR, the working directory, the grid's
// checkout, and the checkout the executable was built in.
import Foundation

enum DataRoots {
    static func defaults(gridPath: String?) -> [String] {
        var roots: [String] = []
        if let env = ProcessInfo.processInfo.environment["GAPRUN_DATA_DIR"], !env.isEmpty { roots.append(env) }
        roots.append(FileManager.default.currentDirectoryPath)
        if let gridPath {
            let dir = URL(fileURLWithPath: gridPath).deletingLastPathComponent()
            roots.append(dir.path)
            roots.append(dir.deletingLastPathComponent().path)
        }
        // .build/<triple>/<config>/gaprun → the package root is three levels up.
        let exe = URL(fileURLWithPath: executablePath())
        roots.append(exe.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path)
        var seen = Set<String>()
        return roots.filter { seen.insert($0).inserted }
    }

    /// The running gaprun binary (for launching workers).
    static func executablePath() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}
