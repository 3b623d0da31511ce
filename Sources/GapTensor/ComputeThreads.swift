// Thread count for numeric work. OpenBLAS's pool is process-global; gaprun's own kernels are single-threaded, so the
// BLAS pool is the only knob. Default to 1 so that two jobs can share two cores without oversubscribing.
import CBLAS

/// Sets the number of threads BLAS uses for every later matrix multiply in this process (minimum 1).
public func setBLASThreads(_ count: Int) {
    openblas_set_num_threads(Int32(max(1, count)))
}

/// The number of threads BLAS currently uses.
public func blasThreads() -> Int {
    Int(openblas_get_num_threads())
}
