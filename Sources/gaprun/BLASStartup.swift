// Start-up BLAS kernel choice: before any command runs, correct OpenBLAS's fallback to pre-AVX2 kernels on a CPU it
// does not know, by setting OPENBLAS_CORETYPE and re-executing this binary (OpenBLAS reads the variable only while it
// loads, before `main`). Worker processes inherit the variable. A user's own OPENBLAS_CORETYPE is never changed.
@preconcurrency import Glibc
import GapCore
import GapTensor

enum BLASStartup {
    /// Re-executes the process with the better kernel set when `chooseOpenBLASCore` asks for one; returns otherwise
    /// (also when the re-exec fails, in which case OpenBLAS's own choice stays: slower, never wrong).
    static func correctKernelsIfNeeded() {
        let userSetting = getenv("OPENBLAS_CORETYPE").map { String(cString: $0) }
        guard let core = chooseOpenBLASCore(cpu: CPUInfo.current, reportedCore: openBLASCoreName(),
                                            userSetting: userSetting) else { return }
        setenv("OPENBLAS_CORETYPE", core, 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        unsetenv("OPENBLAS_CORETYPE")  // exec failed: keep running as we are, and do not pass the choice on
    }
}
