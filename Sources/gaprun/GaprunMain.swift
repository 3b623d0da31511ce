// The process entry point: the start-up BLAS kernel choice and OpenBLAS's idle pool stopped, then the command line.
import GapTensor

@main
enum GaprunMain {
    static func main() async {
        BLASStartup.correctKernelsIfNeeded()
        stopIdleBLASThreads()
        await GaprunCommand.main()
    }
}
