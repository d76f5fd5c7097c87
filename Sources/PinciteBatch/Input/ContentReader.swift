#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// ContentReader: the decoded content of one input behind one fixed buffer, with the
// few scanning moves the record readers need (a line, the whole rest, a byte, a
// look ahead). A decoder failure does not throw through the readers: the reader
// simply sees the end, and `failure` says why, so each record reader decides
// which record the failure belongs to.

/// Buffered, decoded input with a failure flag instead of exceptions.
final class ContentReader {
    private let decoder: ByteDecoder
    private let storage: UnsafeMutableRawBufferPointer
    private(set) var pos = 0
    private(set) var end = 0
    private var exhausted = false
    /// Content bytes consumed before `pos`'s buffer start (for messages).
    private var base = 0
    /// Why the input stopped early (truncated or corrupt stream, read error); nil at a clean end.
    private(set) var failure: String?
    /// The input's name for messages.
    let name: String

    static let bufferSize = 256 * 1024

    init(decoder: ByteDecoder, name: String) {
        self.decoder = decoder
        self.name = name
        storage = .allocate(byteCount: Self.bufferSize, alignment: 16)
    }

    /// A reader that has already failed (the input could not be opened or decoded).
    convenience init(failure: String, name: String) {
        self.init(decoder: EmptyDecoder(), name: name)
        self.failure = failure
        exhausted = true
    }

    deinit { storage.deallocate() }

    /// Content offset of the next byte.
    var offset: Int { base + pos }

    /// The buffered bytes from the next one on, reading more when there are none; empty at the end.
    var available: UnsafeBufferPointer<UInt8> {
        if pos == end { fill(1) }
        return UnsafeBufferPointer(start: storage.baseAddress!.assumingMemoryBound(to: UInt8.self) + pos, count: end - pos)
    }

    /// Marks `n` bytes of `available` consumed.
    func consume(_ n: Int) { pos += n }

    /// The next byte without consuming it; nil at the end.
    func peek() -> UInt8? {
        if pos == end && !fill(1) { return nil }
        return storage[pos]
    }

    /// Consumes and returns the next byte; nil at the end.
    func next() -> UInt8? {
        if pos == end && !fill(1) { return nil }
        pos += 1
        return storage[pos - 1]
    }

    /// Makes `n` bytes (at most the buffer size) available from `pos` unless the input ends first.
    @discardableResult
    func fill(_ n: Int) -> Bool {
        let want = min(n, storage.count)
        if end - pos >= want { return true }
        if pos > 0 {
            if end > pos { memmove(storage.baseAddress!, storage.baseAddress! + pos, end - pos) }
            base += pos
            end -= pos
            pos = 0
        }
        while end < want && !exhausted {
            do {
                let got = try decoder.read(into: UnsafeMutableRawBufferPointer(rebasing: storage[end...]))
                if got == 0 { exhausted = true }
                end += got
            } catch {
                failure = "\(error)"
                exhausted = true
            }
        }
        return end - pos >= want
    }

    /// The next `n` bytes (fewer at the end), not consumed.
    func lookAhead(_ n: Int) -> UnsafeBufferPointer<UInt8> {
        fill(n)
        return UnsafeBufferPointer(start: storage.baseAddress!.assumingMemoryBound(to: UInt8.self) + pos, count: min(n, end - pos))
    }

    /// The bytes from here through the first newline after the first non-blank byte (or
    /// `max` bytes, or to the end), not consumed. Reads no further than that, so a pipe that
    /// sends one line and waits is not waited on.
    func lookAheadLine(max: Int) -> UnsafeBufferPointer<UInt8> {
        var want = 1
        while true {
            let head = lookAhead(want)
            let firstText = head.firstIndex { !JSONScan.isBlank($0) }
            if let firstText, head[firstText...].contains(0x0A) { return head }
            if head.count < want || want >= max { return head }
            want = Swift.min(max, head.count + 1)
            fill(want)
            want = Swift.min(max, Swift.max(want, end - pos))
        }
    }

    /// Reads through the next `delimiter` (consumed, not stored), appending at most `limit`
    /// bytes before it to `out`. Returns the length of the bytes before the delimiter (all of
    /// them, also those past the limit) and whether a delimiter ended it (false: the input did);
    /// nil when the input was already at its end.
    func read(until delimiter: UInt8, into out: inout [UInt8], limit: Int) -> (length: Int, delimited: Bool)? {
        var length = 0
        var started = false
        while true {
            let chunk = available
            if chunk.isEmpty { return started ? (length, false) : nil }
            started = true
            let hit = memchr(chunk.baseAddress!, Int32(delimiter), chunk.count)
            let n = hit.map { UnsafeRawPointer($0) - UnsafeRawPointer(chunk.baseAddress!) } ?? chunk.count
            if out.count < limit {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<min(n, limit - out.count)]))
            }
            length += n
            if hit != nil {
                consume(n + 1)
                return (length, true)
            }
            consume(n)
        }
    }

    /// Reads everything left, appending at most `limit` bytes to `out`; returns the total length.
    func readToEnd(into out: inout [UInt8], limit: Int) -> Int {
        var length = 0
        while true {
            let chunk = available
            if chunk.isEmpty { return length }
            if out.count < limit { out.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<min(chunk.count, limit - out.count)])) }
            length += chunk.count
            consume(chunk.count)
        }
    }

    /// The first byte from here on that is not JSON/CSV white space, not consumed; nil at the end.
    func peekNonBlank() -> UInt8? {
        while let b = peek() {
            if b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return b }
            pos += 1
        }
        return nil
    }
}

/// A decoder with nothing in it, for readers that failed before reading.
private final class EmptyDecoder: ByteDecoder {
    func read(into out: UnsafeMutableRawBufferPointer) throws -> Int { 0 }
}
