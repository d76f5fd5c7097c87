import Foundation
import PinciteBatch

// The terminal side of `pincite batch`: Ctrl-C handling, output files and the
// progress line. Kept apart from the command so that its `run` reads as the
// wiring it is.

/// Set by Ctrl-C (or by the run itself when an output fails); polled by the reader.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var byInterrupt = false
    private var source: DispatchSourceSignal?

    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return stopped }
    var interrupted: Bool { lock.lock(); defer { lock.unlock() }; return byInterrupt }

    func set(interrupt: Bool = false) {
        lock.lock()
        stopped = true
        byInterrupt = byInterrupt || interrupt
        lock.unlock()
    }

    /// The first Ctrl-C stops reading and lets the documents in flight finish and
    /// the database commit; a second one exits at once (the database still holds
    /// whole documents only: each commit is a transaction).
    static func installOnInterrupt() -> StopFlag {
        let flag = StopFlag()
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if flag.interrupted { _exit(130) }
            FileHandle.standardError.write(Data("\npincite: interrupted — finishing the documents in flight (Ctrl-C again to quit now)\n".utf8))
            flag.set(interrupt: true)
        }
        source.resume()
        flag.source = source
        return flag
    }
}

/// A file (or standard output) written in whole records.
final class OutputFile: Sendable {
    let fd: Int32
    let path: String

    static let standardOutput = OutputFile(fd: 1, path: "standard output")

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    convenience init(path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
        self.init(fd: fd, path: path)
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { buf in
            guard var p = buf.baseAddress else { return }
            var left = buf.count
            while left > 0 {
                let n = Foundation.write(fd, p, left)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
                p += n
                left -= n
            }
        }
    }

    struct OutputError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

/// The progress line on a terminal's standard error, redrawn at most twice a second.
final class ProgressMeter {
    let enabled: Bool
    private var last = 0.0
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ stats: BatchStats, bytesRead: Int, totalBytes: Int?) {
        guard enabled else { return }
        let now = stats.elapsed
        guard now - last >= 0.5 else { return }
        last = now
        shown = true
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + stats.progressLine(bytesRead: bytesRead, totalBytes: totalBytes)).utf8))
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
