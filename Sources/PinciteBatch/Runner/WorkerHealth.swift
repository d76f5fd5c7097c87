import Foundation

// WorkerHealth: whether the run's worker processes can start at all. A worker that
// dies before it is ready (a memory cap too small for the process itself, a
// sanitizer's shadow memory counted against the cap, a missing or wrong binary) is
// no document's fault, and a fresh one would die the same way: instead of starting
// one more worker per document — and blaming every document for it — the first
// engine that fails to start one a few times in a row records why, the reader stops
// reading, the documents already read become error records saying so, and the run
// reports the failure (BatchRunner.failure).

/// The shared verdict of a run's engines on their worker processes.
final class WorkerHealth: @unchecked Sendable {
    private let lock = NSLock()
    private var reason: String?

    /// Start attempts per engine before the workers are declared unable to start.
    static let attempts = 3

    /// Why workers cannot start; nil while they can.
    var failure: String? {
        lock.lock()
        defer { lock.unlock() }
        return reason
    }

    /// Records the first reason; later ones are the same story.
    func fail(_ why: String) {
        lock.lock()
        if reason == nil { reason = why }
        lock.unlock()
    }

    /// Starts `worker`, retrying with a short pause (a start can fail for a passing reason,
    /// such as a fork refused under load); records the failure and returns its message when
    /// every attempt fails.
    func start(_ worker: WorkerProcess) -> String? {
        if let failure { return failure }
        var last = ""
        for attempt in 0..<Self.attempts {
            do {
                try worker.start()
                return nil
            } catch {
                last = "\(error)"
                if attempt + 1 < Self.attempts { usleep(UInt32(100_000 << attempt)) }
            }
        }
        let why = "worker processes cannot start: \(last) (\(Self.attempts) attempts)"
        fail(why)
        return failure
    }
}
