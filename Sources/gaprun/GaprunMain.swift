// The process entry point: the start-up BLAS kernel choice, then the command line.
@main
enum GaprunMain {
    static func main() async {
        BLASStartup.correctKernelsIfNeeded()
        await GaprunCommand.main()
    }
}
