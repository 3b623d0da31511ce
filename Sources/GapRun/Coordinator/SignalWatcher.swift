// SignalWatcher: counts SIGINT/SIGTERM without killing the process, so sweeps and workers stop cleanly.
// The first signal asks for a clean stop; the coordinator treats a second one as "exit at once".
import Dispatch
import Foundation
import Synchronization

/// A shared counter (Atomic is noncopyable, so closures capture this box).
final class SignalCounter: Sendable {
    let value = Atomic<Int>(0)
}

/// Watches SIGINT and SIGTERM (and optionally SIGUSR1, which Slurm can send before a time limit).
public final class SignalWatcher: @unchecked Sendable {
    private let counter = SignalCounter()
    private let sources: [DispatchSourceSignal]  // kept alive for the watcher's lifetime; never mutated

    public init(signals: [Int32] = [SIGINT, SIGTERM]) {
        var made: [DispatchSourceSignal] = []
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [counter] in counter.value.add(1, ordering: .sequentiallyConsistent) }
            source.resume()
            made.append(source)
        }
        sources = made
    }

    /// How many stop signals arrived so far.
    public var signalCount: Int { counter.value.load(ordering: .sequentiallyConsistent) }

    /// True once any stop signal arrived.
    public var stopRequested: Bool { signalCount > 0 }
}
