// setComputeThreads: the one thread knob of the trainer (OpenBLAS's process-global pool; kernels are single-threaded).
import GapTensor

/// Sets the threads used by numeric work in this process. 1 (the default per job) suits two jobs sharing two cores.
public func setComputeThreads(_ count: Int) {
    setBLASThreads(count)
}
