// Thread count for numeric work. Training splits each batch across this many worker threads (data parallel, one
// BLAS thread each); OpenBLAS's own pool (process-global) is kept at 1 because small GEMMs scale badly inside BLAS.
// Default 1, so two jobs share two cores without oversubscribing.
import CBLAS
import Dispatch
import Synchronization

private let workerThreadCount = Atomic<Int>(1)

/// Sets the threads numeric work in this process uses (minimum 1): batch workers, each calling single-threaded BLAS.
public func setWorkerThreads(_ count: Int) {
    workerThreadCount.store(max(1, count), ordering: .relaxed)
    openblas_set_num_threads(1)
}

/// The current worker thread count.
public func workerThreads() -> Int { workerThreadCount.load(ordering: .relaxed) }

/// Sets the number of threads BLAS itself uses for every later matrix multiply (minimum 1).
public func setBLASThreads(_ count: Int) {
    openblas_set_num_threads(Int32(max(1, count)))
}

/// Stops OpenBLAS's own thread pool, which the library starts as it loads and whose threads spin (`sched_yield`) for
/// about 0.1 s before they sleep. gaprun multiplies with one BLAS thread per worker, so the pool only takes CPU time
/// from the process; OpenBLAS starts it again if a later call asks for more than one BLAS thread.
public func stopIdleBLASThreads() {
    _ = blas_thread_shutdown_()
}

/// The number of threads BLAS currently uses.
public func blasThreads() -> Int {
    Int(openblas_get_num_threads())
}

/// A value moved across threads by `runInParallel`; the caller promises the workers touch disjoint state.
public struct UncheckedSendableBox<Value>: @unchecked Sendable {
    public let value: Value
    public init(_ value: Value) { self.value = value }
}

/// Runs `body(0..<count)` on `count` threads (inline when count is 1) and returns when all are done.
public func runInParallel(_ count: Int, _ body: (Int) -> Void) {
    if count <= 1 { body(0); return }
    withoutActuallyEscaping(body) { escapable in
        let box = UncheckedSendableBox(escapable)
        DispatchQueue.concurrentPerform(iterations: count) { box.value($0) }
    }
}
