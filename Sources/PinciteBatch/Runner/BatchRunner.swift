import Foundation

// BatchRunner: runs many documents through `BatchJob` in parallel with bounded
// memory. One reader thread pulls documents from the input, `jobs` worker threads
// parse them — each through its own worker process (isolated: a crash or a hang
// costs one document) or in this process — and the calling thread receives the
// results, in input order when asked. A window of at most `window` documents
// and `windowBytes` bytes of input between reading and delivery is the
// back-pressure: a slow writer or one slow document stops the reader instead
// of filling memory.
//
// Why a wide window (128 documents per job): the writer is the one serial
// stage, and into SQLite it works in bursts (the full-text index of 250
// documents at each commit, a WAL checkpoint now and then). With 4 documents
// per job the workers ran out of room within a burst and waited (two cores
// ~86% busy); with 64 per job two cores were 1.72-1.84 cores busy into SQLite,
// with 128 per job 1.83-1.87 (5,000 documents, three runs each, session 6). The byte bound keeps a run of large documents
// from holding that many; it counts every document as at least 1 MiB, so it
// also caps the window at 256 documents.

/// Where documents are parsed.
public enum BatchIsolation: Sendable, Equatable {
    /// In worker processes running `executable arguments…` (`pincite worker`), one per job.
    case processes(executable: String, arguments: [String])
    /// In threads of this process: no crash isolation and no time limit.
    case threads
}

/// How a batch runs.
public struct BatchRunOptions: Sendable {
    /// Documents parsed at the same time.
    public var jobs: Int
    public var job: BatchJobOptions
    public var isolation: BatchIsolation
    /// Deliver results in input order (otherwise as they finish).
    public var keepOrder: Bool
    /// Seconds one document may take before its worker is killed (processes only).
    public var timeLimit: Double?
    /// Documents between reading and delivery at most.
    public var window: Int
    /// Bytes of input between reading and delivery at most (counted in whole MiB per
    /// document; a document larger than this is let through alone).
    public var windowBytes: Int

    public init(jobs: Int, job: BatchJobOptions = BatchJobOptions(), isolation: BatchIsolation = .threads,
                keepOrder: Bool = false, timeLimit: Double? = nil, window: Int? = nil, windowBytes: Int = 256 << 20) {
        self.jobs = max(1, jobs)
        self.job = job
        self.isolation = isolation
        self.keepOrder = keepOrder
        self.timeLimit = timeLimit
        self.window = window ?? max(8, 128 * max(1, jobs))
        self.windowBytes = max(1 << 20, windowBytes)
    }
}

/// Runs a batch; see the file comment.
public final class BatchRunner: @unchecked Sendable {
    public let options: BatchRunOptions

    /// Why the last `run` stopped early on its own: its worker processes could not start (see
    /// WorkerHealth). The documents read before the stop were delivered as error records; nil
    /// when the run was not cut short this way.
    public private(set) var failure: String?

    public init(_ options: BatchRunOptions) { self.options = options }

    /// Runs every document `next` yields and hands each result to `deliver`.
    /// - Parameters:
    ///   - next: the next document, or nil at the end; called on the reader thread only.
    ///   - skip: true for a document not to parse (`--resume`); called on the reader thread.
    ///     A skipped document is delivered with `skipped` set.
    ///   - shouldStop: polled before each document is read; true ends the run after the
    ///     documents in flight (Ctrl-C).
    ///   - deliver: called on the calling thread, once per document read.
    public func run(next: @escaping () -> BatchDocument?,
                    skip: @escaping (BatchDocument) -> Bool = { _ in false },
                    shouldStop: @escaping @Sendable () -> Bool = { false },
                    deliver: (BatchResult) -> Void) {
        let work = BlockingQueue<(Int, BatchDocument)>()
        let results = BlockingQueue<(Int, BatchResult)>()
        let window = DispatchSemaphore(value: options.window)
        let budget = ByteBudget(mib: options.windowBytes >> 20)
        let input = ReaderCalls(next: next, skip: skip)
        let health = WorkerHealth()
        let reader = Thread { [options] in
            var seq = 0
            while !shouldStop() && health.failure == nil {
                window.wait()
                guard let doc = input.next() else { window.signal(); break }
                budget.acquire(seq, bytes: doc.bytes.count)
                if doc.error != nil {
                    results.push((seq, BatchJob.run(doc, options.job)))
                } else if input.skip(doc) {
                    var r = BatchResult(id: doc.id, origin: doc.origin)
                    r.bytes = doc.bytes.count
                    r.skipped = true
                    results.push((seq, r))
                } else {
                    work.push((seq, doc))
                }
                seq += 1
            }
            work.close()
        }
        reader.name = "pincite-reader"
        let finished = DispatchGroup()
        for n in 0..<options.jobs {
            finished.enter()
            let worker = Thread { [options] in
                let engine = Engine(options, health: health)
                engine.serve(work, results)
                engine.stop()
                finished.leave()
            }
            worker.name = "pincite-worker-\(n)"
            worker.start()
        }
        reader.start()
        // results close once the reader and every worker are done
        Thread {
            finished.wait()
            results.close()
        }.start()

        var pending: [Int: BatchResult] = [:]
        var nextSeq = 0
        while let (seq, result) = results.pop() {
            guard options.keepOrder else {
                deliver(result)
                budget.release(seq)
                window.signal()
                continue
            }
            pending[seq] = result
            while let r = pending.removeValue(forKey: nextSeq) {
                deliver(r)
                budget.release(nextSeq)
                window.signal()
                nextSeq += 1
            }
        }
        // documents read before a stop whose predecessors never came cannot exist:
        // every read document yields exactly one result, so `pending` is empty here
        for seq in pending.keys.sorted() { deliver(pending[seq]!) }
        failure = health.failure
    }
}

/// The input closures, handed to the reader thread, which alone calls them.
private struct ReaderCalls: @unchecked Sendable {
    let next: () -> BatchDocument?
    let skip: (BatchDocument) -> Bool
}

/// Parses documents for one worker thread: directly, or through a worker process.
private final class Engine {
    let options: BatchRunOptions
    private let health: WorkerHealth
    private var process: WorkerProcess?

    init(_ options: BatchRunOptions, health: WorkerHealth) {
        self.options = options
        self.health = health
        if case .processes(let executable, let arguments) = options.isolation {
            process = WorkerProcess(executable: executable, arguments: arguments)
        }
    }

    /// A document on its way to the worker process, with its frame (kept to send it again
    /// when the worker dies before it gets to it).
    private struct Sent {
        let seq: Int
        let doc: BatchDocument
        let frame: [UInt8]
    }

    /// Parses the documents of `work` until it closes and pushes each result.
    ///
    /// Through a worker process the documents are pipelined: while the worker parses one, the
    /// next waits in the pipe, so the worker goes on at once instead of idling for a round trip
    /// through the coordinator (2,000-byte documents took 25% longer in worker processes than in
    /// threads; 20 KB ones ~5%). Only a frame that fits in the pipe's buffer is sent ahead: a
    /// larger one would block this thread while the worker may be blocked writing its answer.
    /// The worker answers in order, so the oldest document in flight is the one it is parsing:
    /// a crash or a time limit (counted from when the worker began it) is that document's, and
    /// the one behind it is sent again to a new worker.
    func serve(_ work: BlockingQueue<(Int, BatchDocument)>, _ results: BlockingQueue<(Int, BatchResult)>) {
        guard let worker = process else {
            while let (seq, doc) = work.pop() { results.push((seq, BatchJob.run(doc, options.job))) }
            return
        }
        var inFlight: [Sent] = []   // sent, oldest first (at most two)
        var waiting: [Sent] = []    // to send: taken from the queue, or sent to a worker that died
        var started = 0.0           // when the worker began the oldest in flight
        while true {
            if waiting.isEmpty, inFlight.count < 2, let (seq, doc) = inFlight.isEmpty ? work.pop() : work.popNow() {
                waiting.append(Sent(seq: seq, doc: doc, frame: BatchJob.encode(doc)))
            }
            if let next = waiting.first, inFlight.isEmpty || (inFlight.count == 1 && worker.fitsInPipe(next.frame.count)) {
                waiting.removeFirst()
                if !worker.isRunning, let why = health.start(worker) {
                    results.push((next.seq, failed(next.doc, "not parsed: \(why)")))
                    continue
                }
                guard let failure = worker.send(next.frame) else {
                    if inFlight.isEmpty { started = Clock.now() }
                    inFlight.append(next)
                    continue
                }
                // the worker had died: over the document it was parsing, if any
                guard let oldest = inFlight.first else {
                    results.push((next.seq, settle(failure, next.doc)))
                    continue
                }
                results.push((oldest.seq, settle(failure, oldest.doc)))
                waiting = Array(inFlight.dropFirst()) + [next] + waiting
                inFlight = []
                continue
            }
            guard let oldest = inFlight.first else {
                if waiting.isEmpty { break }
                continue
            }
            let outcome = worker.receive(deadline: options.timeLimit.map { started + $0 })
            inFlight.removeFirst()
            results.push((oldest.seq, settle(outcome, oldest.doc)))
            if worker.isRunning {
                started = Clock.now()   // the worker has gone on to the next in flight
            } else {
                waiting = inFlight + waiting   // sent to a worker that is gone: send them again
                inFlight = []
            }
        }
    }

    /// The result of `doc` from what its worker did.
    private func settle(_ outcome: WorkerOutcome, _ doc: BatchDocument) -> BatchResult {
        switch outcome {
        case .answer(let frame):
            if let result = try? BatchJob.decodeResult(frame) { return result }
            process?.stop()
            return failed(doc, "parser fault: the worker's answer was malformed")
        case .crashed(let how):
            return failed(doc, "parser fault: \(how) while parsing this document")
        case .timedOut:
            return failed(doc, "time limit: parsing took longer than \(Self.seconds(options.timeLimit ?? 0)); the worker was stopped")
        }
    }

    /// An error record for `doc`.
    private func failed(_ doc: BatchDocument, _ error: String) -> BatchResult {
        var r = BatchResult(id: doc.id, origin: doc.origin)
        r.bytes = doc.bytes.count
        r.error = error
        return r
    }

    func stop() { process?.stop() }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }
}

/// The byte side of the window: MiB units a document holds from when it is read
/// until its result is delivered (at least one, at most the whole budget). The
/// reader acquires, the delivering thread releases by sequence number, so a
/// result never has to carry its document's size.
private final class ByteBudget: @unchecked Sendable {
    private let units: DispatchSemaphore
    private let total: Int
    private let lock = NSLock()
    private var held: [Int: Int] = [:]

    init(mib: Int) {
        total = max(1, mib)
        units = DispatchSemaphore(value: total)
    }

    /// Waits until document `seq` of `bytes` bytes fits (reader thread only).
    func acquire(_ seq: Int, bytes: Int) {
        let n = min(total, max(1, (bytes + (1 << 20) - 1) >> 20))
        for _ in 0..<n { units.wait() }
        lock.lock(); held[seq] = n; lock.unlock()
    }

    /// Gives back what document `seq` held.
    func release(_ seq: Int) {
        lock.lock(); let n = held.removeValue(forKey: seq) ?? 0; lock.unlock()
        for _ in 0..<n { units.signal() }
    }
}
