#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// WorkerLoop: the child side of `WorkerProcess` — `pincite worker` runs it. Reads
// a document frame from standard input, runs the `BatchJob`, writes the result
// frame to standard output, until its input ends. Stdout carries frames only;
// anything a human should see goes to stderr.

/// The loop of a batch worker process.
public enum WorkerLoop {
    /// Caps this process's data segment (heap and private mappings) at `mib` MiB, so
    /// that a document which would exhaust memory kills one worker — and becomes an
    /// error record — instead of the machine's other work.
    public static func limitMemory(mib: Int) -> Bool {
        let bytes = rlim_t(mib) << 20
        var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
        #if canImport(Glibc)
        return setrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &limit) == 0
        #else
        return setrlimit(RLIMIT_DATA, &limit) == 0
        #endif
    }

    /// How much nicer than the coordinator a worker runs.
    static let niceness: Int32 = 3

    /// Lowers this worker's scheduling priority a little below the coordinator's.
    ///
    /// Why: the coordinator's writer is the one serial stage of a batch. Writing
    /// into SQLite it needs ~0.9 of a core to keep two workers busy, but with
    /// three busy threads on two cores the fair scheduler gives each ~2/3 of a
    /// core, so the writer fell behind, the window filled and the workers
    /// waited (two cores ran at ~86%). At nice +3 (weight 526 against 1024) the
    /// writer gets the CPU it asks for and the workers all the rest; when the
    /// coordinator has little to do (JSON Lines) nothing changes.
    static func yieldToCoordinator() {
        #if canImport(Glibc)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        #else
        let which = PRIO_PROCESS
        #endif
        errno = 0
        let current = getpriority(which, 0)
        guard errno == 0 else { return }
        _ = setpriority(which, 0, current + niceness)
    }

    /// The first frame header a worker writes, before any document: it started and it can
    /// allocate memory under its cap (`WorkerProcess.start` waits for it).
    static let readyMark = 0x7069_6E63_6974_6521   // "pincite!"

    /// Serves documents on stdin/stdout until stdin closes; returns the exit status.
    /// First proves that this process can allocate memory (a cap too small, or a sanitizer's
    /// shadow memory counted against it, kills it here, before it is ready) and says ready.
    public static func run(_ options: BatchJobOptions) -> Int32 {
        guard probeMemory() else { return 3 }
        yieldToCoordinator()
        var ready = ByteWriter()
        ready.int(readyMark)
        guard FileIO.writeAll(1, ready.bytes) else { return 1 }
        while true {
            guard let header = FileIO.readExactly(0, 8) else { return 0 }
            var r = ByteReader(header)
            guard let length = try? r.int(), length >= 0, length < 1 << 40,
                  let frame = FileIO.readExactly(0, length) else { return 1 }
            let result: BatchResult
            do {
                result = BatchJob.run(try BatchJob.decodeDocument(frame), options)
            } catch {
                result = BatchResult(id: "?", origin: "?", error: "worker received a malformed frame")
            }
            let answer = BatchJob.encode(result)
            var head = ByteWriter()
            head.int(answer.count)
            guard FileIO.writeAll(1, head.bytes), FileIO.writeAll(1, answer) else { return 1 }
        }
    }

    /// Allocates and touches 4 MiB and frees it; a process that cannot dies or returns false.
    private static func probeMemory() -> Bool {
        let size = 4 << 20
        guard let p = malloc(size) else { return false }
        memset(p, 0x5A, size)
        let ok = p.load(fromByteOffset: size - 1, as: UInt8.self) == 0x5A
        free(p)
        return ok
    }
}
