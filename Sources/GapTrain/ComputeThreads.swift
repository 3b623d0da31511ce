// setComputeThreads: the process-wide thread default (batch workers, each calling single-threaded BLAS).
import GapTensor

/// Sets the threads numeric work uses by default: models created afterwards split each batch across `count` worker
/// threads, and OpenBLAS's own pool is set to 1. A `Trainer` uses its `training.threads` regardless. 1 (the default)
/// suits two jobs sharing two cores.
public func setComputeThreads(_ count: Int) {
    setWorkerThreads(count)
}
