#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// FileIO: the few raw file-descriptor operations the batch runner needs — write a
// whole buffer, read an exact count with an optional deadline — with EINTR and
// short reads and writes handled in one place.

enum FileIO {
    /// Writes all of `bytes`; false when the descriptor is closed or broken.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { writeAll(fd, $0) }
    }

    static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        guard var p = buffer.baseAddress else { return true }
        var left = buffer.count
        while left > 0 {
            let n = write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            p += n
            left -= n
        }
        return true
    }

    /// Reads exactly `count` bytes; nil at end of input, on error, or when the
    /// monotonic `deadline` (see `Clock`) passes first.
    static func readExactly(_ fd: Int32, _ count: Int, deadline: Double? = nil) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: count)
        var got = 0
        let ok = out.withUnsafeMutableBytes { buf -> Bool in
            while got < count {
                if let d = deadline {
                    let left = d - Clock.now()
                    if left <= 0 { return false }
                    var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    let r = poll(&pfd, 1, Int32(min(left * 1000, 60_000).rounded(.up)))
                    if r < 0 && errno == EINTR { continue }
                    if r <= 0 { continue }  // timeout slice or error: the deadline check decides
                }
                let n = read(fd, buf.baseAddress! + got, count - got)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if n == 0 { return false }
                got += n
            }
            return true
        }
        return ok ? out : nil
    }
}

/// Monotonic seconds, for deadlines and rates.
enum Clock {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
