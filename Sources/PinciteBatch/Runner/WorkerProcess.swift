import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// WorkerProcess: one child process that parses documents for the coordinator,
// talking over a pair of pipes in length-prefixed frames. Parsing in a separate
// process is what makes the batch promise hold: a document that crashes the
// parser (a trap, an out-of-memory kill) or runs past the time limit takes down
// only its worker — the coordinator records an error for that document, starts
// a fresh worker and goes on, and nothing already written is touched.

/// What became of one document sent to a worker process.
enum WorkerOutcome {
    /// The worker answered with this frame.
    case answer([UInt8])
    /// The worker died (or its pipe broke) before answering.
    case crashed(String)
    /// No answer within the time limit; the worker was killed.
    case timedOut
}

/// A child process running `executable arguments…` that answers one frame per frame.
final class WorkerProcess {
    let executable: String
    let arguments: [String]
    private var pid: pid_t = 0
    private var toChild: Int32 = -1
    private var fromChild: Int32 = -1

    init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    deinit { stop() }

    private static let spawnLock = NSLock()
    /// Set under `spawnLock`.
    nonisolated(unsafe) private static var ignoresSIGPIPE = false

    var isRunning: Bool { pid > 0 }

    /// Starts the child and waits (at most `readyTimeout` seconds) for its ready frame; throws
    /// a `WorkerError` saying how it ended when it dies or hangs before that — a worker that
    /// cannot start is no document's fault. Its stdin and stdout are the frame pipes; stderr
    /// is shared with the coordinator. It runs in its own process group, so a Ctrl-C at the
    /// terminal reaches the coordinator only, which then winds the run down.
    func start(readyTimeout: Double = 60) throws {
        try spawn()
        let deadline = Clock.now() + readyTimeout
        if let head = FileIO.readExactly(fromChild, 8, deadline: deadline) {
            var r = ByteReader(head)
            if (try? r.int()) == WorkerLoop.readyMark { return }
            stop()
            throw WorkerError("\(executable) is not a pincite worker: its first frame is not the ready mark")
        }
        if Clock.now() >= deadline {
            stop()
            throw WorkerError("worker did not become ready within \(Int(readyTimeout)) s")
        }
        throw WorkerError("\(reap()) before it was ready")
    }

    private func spawn() throws {
        // One spawn at a time: the pipes are made close-on-exec right after pipe(),
        // and no other worker may be spawned in between and inherit them (a worker
        // holding another's input pipe would keep it from ever seeing end of input).
        Self.spawnLock.lock()
        defer { Self.spawnLock.unlock() }
        // A worker that dies while its document is being written to it must give
        // EPIPE, not kill this process with SIGPIPE: the runner ignores the signal
        // process-wide (once), as every program that writes to children's pipes must.
        if !Self.ignoresSIGPIPE {
            signal(SIGPIPE, SIG_IGN)
            Self.ignoresSIGPIPE = true
        }
        var input: [Int32] = [-1, -1], output: [Int32] = [-1, -1]
        guard pipe(&input) == 0 else { throw WorkerError("pipe: \(errnoText())") }
        guard pipe(&output) == 0 else {
            close(input[0]); close(input[1])
            throw WorkerError("pipe: \(errnoText())")
        }
        for fd in input + output { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
        close(input[0]); close(output[1])
        guard rc == 0 else {
            close(input[1]); close(output[0])
            throw WorkerError("cannot start worker \(executable): \(String(cString: strerror(rc)))")
        }
        pid = child
        toChild = input[1]
        fromChild = output[0]
        pipeCapacity = Self.widenPipe(toChild)
    }

    /// Asks for a 1 MiB pipe buffer (Linux `F_SETPIPE_SZ`; unprivileged processes may go up
    /// to /proc/sys/fs/pipe-max-size, 1 MiB by default) and returns the capacity it has.
    private static func widenPipe(_ fd: Int32) -> Int {
        #if os(Linux)
        let setSize: Int32 = 1031, getSize: Int32 = 1032   // F_SETPIPE_SZ, F_GETPIPE_SZ
        _ = fcntl(fd, setSize, Int32(1 << 20))
        let size = fcntl(fd, getSize)
        return size > 0 ? Int(size) : 4096
        #else
        return 4096   // PIPE_BUF: the least any system guarantees
        #endif
    }

    /// Ends the child (closing its input first lets a healthy worker exit by itself).
    func stop() {
        guard pid > 0 else { return }
        close(toChild); close(fromChild)
        toChild = -1; fromChild = -1
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        pid = 0
    }

    /// Sends `frame` and waits for the answer, at most `timeout` seconds (nil: no limit).
    /// After `.crashed` or `.timedOut` the worker is stopped; `start()` makes a new one.
    func roundTrip(_ frame: [UInt8], timeout: Double?) -> WorkerOutcome {
        if let failure = send(frame) { return failure }
        return receive(deadline: timeout.map { Clock.now() + $0 })
    }

    /// Bytes the pipe to the worker holds without blocking the writer (set to 1 MiB at the
    /// start where the system allows): a frame this small can wait in the pipe while the
    /// worker is still parsing the document before it.
    private(set) var pipeCapacity = 0

    /// Whether a frame of `count` bytes fits in the pipe while the worker is busy.
    func fitsInPipe(_ count: Int) -> Bool { count + 8 <= pipeCapacity }

    /// Writes one frame to the worker: nil when it was written, else how the worker ended
    /// (it has died; it is reaped and stopped).
    func send(_ frame: [UInt8]) -> WorkerOutcome? {
        guard pid > 0 else { return .crashed("worker not running") }
        var header = ByteWriter()
        header.int(frame.count)
        return FileIO.writeAll(toChild, header.bytes) && FileIO.writeAll(toChild, frame) ? nil : died()
    }

    /// Reads the answer to the oldest frame sent, waiting until `deadline` (monotonic; nil:
    /// no limit). After `.crashed` or `.timedOut` the worker is stopped.
    func receive(deadline: Double?) -> WorkerOutcome {
        guard pid > 0 else { return .crashed("worker not running") }
        guard let lengthBytes = FileIO.readExactly(fromChild, 8, deadline: deadline) else { return failed(deadline) }
        var r = ByteReader(lengthBytes)
        guard let length = try? r.int(), length >= 0, length < 1 << 40 else { return died() }
        guard let answer = FileIO.readExactly(fromChild, length, deadline: deadline) else { return failed(deadline) }
        return .answer(answer)
    }

    private func failed(_ deadline: Double?) -> WorkerOutcome {
        if let d = deadline, Clock.now() >= d {
            stop()
            return .timedOut
        }
        return died()
    }

    /// Reaps a worker whose pipe closed and says how it ended.
    private func died() -> WorkerOutcome {
        guard pid > 0 else { return .crashed("worker not running") }
        return .crashed(reap())
    }

    /// Closes the pipes of a worker that is ending, waits for it (killing it when it lingers)
    /// and says how it ended.
    private func reap() -> String {
        close(toChild); close(fromChild)
        toChild = -1; fromChild = -1
        var status: Int32 = 0
        var how = "worker ended without answering"
        // the pipe closes as the process exits; give it a moment, then make sure
        for _ in 0..<200 {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { how = Self.describe(status); pid = 0; break }
            usleep(5_000)
        }
        if pid > 0 { stop() }
        return how
    }

    static func describe(_ status: Int32) -> String {
        let signal = status & 0x7f
        if signal != 0 {
            let name = String(cString: strsignal(signal))
            return "worker crashed (signal \(signal): \(name))"
        }
        return "worker exited with status \((status >> 8) & 0xff)"
    }
}

/// A worker that could not be started.
public struct WorkerError: Error, CustomStringConvertible {
    public let description: String
    init(_ d: String) { description = d }
}

func errnoText() -> String { String(cString: strerror(errno)) }
