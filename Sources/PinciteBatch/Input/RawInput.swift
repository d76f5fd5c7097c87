#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

// RawInput: the bytes of one input file (or stdin) as they are on disk, read with
// read(2) into one fixed buffer. The decompressors pull their compressed chunks
// from here; the plain decoder copies straight out. Every byte read is added to a
// shared counter so the stream can report progress (compressed bytes, as on disk)
// while another thread asks.

/// Bytes read from disk so far, readable from any thread.
final class ByteCounter: Sendable {
    private let count = Atomic<Int>(0)
    var value: Int { count.load(ordering: .relaxed) }
    func add(_ n: Int) { count.add(n, ordering: .relaxed) }
}

/// Why an input could not be read; the message names the file and, when it helps, the offset.
struct InputError: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// One open input file's raw bytes behind a fixed buffer.
final class RawInput {
    /// The name used in messages ("dump.csv.bz2", "stdin").
    let name: String
    private let fd: Int32
    private let ownsFD: Bool
    private let buffer: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var eof = false
    /// Bytes handed out (consumed) so far: the offset of `chunk()` in the file.
    private(set) var offset = 0
    private let counter: ByteCounter
    /// A read(2) error, if one stopped the input.
    private(set) var readError: String?

    static let bufferSize = 256 * 1024

    /// Opens `path`; throws an `InputError` naming the file when it cannot be opened.
    init(path: String, name: String, counter: ByteCounter) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError("\(name): cannot open: \(String(cString: strerror(errno)))") }
        self.fd = fd
        ownsFD = true
        self.name = name
        self.counter = counter
        buffer = .allocate(byteCount: Self.bufferSize, alignment: 16)
    }

    /// Reads an already open descriptor (stdin), which is not closed afterwards.
    init(fd: Int32, name: String, counter: ByteCounter) {
        self.fd = fd
        ownsFD = false
        self.name = name
        self.counter = counter
        buffer = .allocate(byteCount: Self.bufferSize, alignment: 16)
    }

    deinit {
        if ownsFD { close(fd) }
        buffer.deallocate()
    }

    /// The buffered bytes not consumed yet, reading more when there are none; empty at the end.
    func chunk() -> UnsafeRawBufferPointer {
        if start == end { _ = fill(minimum: 1) }
        return UnsafeRawBufferPointer(rebasing: buffer[start..<end])
    }

    /// Bytes buffered and not consumed yet (no read).
    var buffered: Int { end - start }

    /// Marks `n` bytes of `chunk()` consumed.
    func consume(_ n: Int) {
        start += n
        offset += n
    }

    /// Makes at least `minimum` bytes (at most the buffer size) available in `chunk()`
    /// unless the input ends first; true when they are.
    @discardableResult
    func fill(minimum: Int) -> Bool {
        let want = min(minimum, buffer.count)
        if end - start >= want { return true }
        if start > 0 {
            if end > start { memmove(buffer.baseAddress!, buffer.baseAddress! + start, end - start) }
            end -= start
            start = 0
        }
        while end - start < want && !eof {
            let n = read(fd, buffer.baseAddress! + end, buffer.count - end)
            if n < 0 {
                if errno == EINTR { continue }
                readError = "\(name): read error at byte \(offset + end - start): \(String(cString: strerror(errno)))"
                eof = true
            } else if n == 0 {
                eof = true
            } else {
                end += n
                counter.add(n)
            }
        }
        return end - start >= want
    }

    /// Copies up to `out.count` bytes into `out`, reading straight from the file when nothing
    /// is buffered; 0 at the end.
    func take(into out: UnsafeMutableRawBufferPointer) -> Int {
        if start < end {
            let n = min(out.count, end - start)
            out.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: n)
            consume(n)
            return n
        }
        while !eof {
            let n = read(fd, out.baseAddress!, out.count)
            if n < 0 {
                if errno == EINTR { continue }
                readError = "\(name): read error at byte \(offset): \(String(cString: strerror(errno)))"
                eof = true
            } else if n == 0 {
                eof = true
            } else {
                counter.add(n)
                offset += n
                return n
            }
        }
        return 0
    }
}
