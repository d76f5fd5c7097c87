// JSONWriter: a small append-only writer of JSON bytes. Pincite writes its
// documents by hand rather than through Codable so that key order is fixed
// (deterministic output, DESIGN rule 6), absent values are written as null
// (never missing keys) and large batches do not pay for reflection. Strings
// without characters to escape (nearly all) are copied in one go.
//
// It writes ~600 bytes per citation, so the per-call overhead matters:
// - the bytes go into a buffer the writer manages itself: each call reserves
//   room once and then stores through a pointer (`Array.append(contentsOf:)`
//   cost ~90 instructions a call, more than the bytes it copied);
// - literal keys take the `StaticString` overload (the `String` one is
//   disfavoured: a literal would otherwise become a String and go through the
//   escaping path);
// - "does this container have a member yet?" is one bit per nesting level in a
//   machine word (deeper levels spill into an array), not an array of Bools;
// - strings are scanned and copied from their UTF-8 storage without copying
//   the String;
// - `drain` hands the bytes written so far to a sink and starts over, so a
//   large document can be streamed in chunks instead of built whole.
// The writer is a value: copying one and writing to both copies the buffer
// first (copy-on-write), as with an array.

/// Appends JSON tokens to a byte buffer.
public struct JSONWriter {
    /// Growable byte storage, shared by copies of a writer until one of them writes.
    private final class Buffer {
        var base: UnsafeMutablePointer<UInt8>
        var capacity: Int
        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            base = .allocate(capacity: self.capacity)
        }
        deinit { base.deallocate() }
    }

    private var buffer: Buffer
    /// Bytes written into `buffer`.
    private var used = 0
    /// Bit 0: the innermost open container has a member; bit k: the container k
    /// levels further out. The top level counts as a container.
    private var hasMember: UInt64 = 0
    /// Open containers (not counting the top level).
    private var depth = 0
    /// `hasMember` bits of containers more than 63 levels out.
    private var spilled: [Bool] = []
    /// A key was just written; the next value needs no comma.
    private var afterKey = false

    public init(capacity: Int = 4096) { buffer = Buffer(capacity: capacity) }

    /// The bytes written so far (and not drained), as a new array.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer.base, count: used)) }

    /// Number of bytes written (and not yet drained).
    public var count: Int { used }

    /// Passes the bytes written so far to `sink` and empties the buffer; the
    /// writer's position in the document is unchanged.
    public mutating func drain(_ sink: (UnsafeRawBufferPointer) -> Void) {
        guard used > 0 else { return }
        sink(UnsafeRawBufferPointer(start: buffer.base, count: used))
        if isKnownUniquelyReferenced(&buffer) { used = 0 } else { buffer = Buffer(capacity: buffer.capacity); used = 0 }
    }

    /// Room for `n` more bytes; returns where they go (commit them with `used += k`).
    @inline(__always) private mutating func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if used + n > buffer.capacity || !isKnownUniquelyReferenced(&buffer) { grow(n) }
        return buffer.base + used
    }

    /// Moves the bytes into a fresh, unshared buffer with room for `n` more.
    private mutating func grow(_ n: Int) {
        let fresh = Buffer(capacity: max(buffer.capacity * 2, used + n))
        fresh.base.initialize(from: buffer.base, count: used)
        buffer = fresh
    }

    @inline(__always) private mutating func put(_ b: UInt8) {
        reserve(1).pointee = b
        used += 1
    }

    @inline(__always) private mutating func put(_ s: StaticString) {
        let n = s.utf8CodeUnitCount
        reserve(n).initialize(from: s.utf8Start, count: n)
        used += n
    }

    @inline(__always) private mutating func valueSeparator() {
        if afterKey { afterKey = false; return }
        memberSeparator()
    }

    /// A comma unless this is the first member of the innermost container.
    @inline(__always) private mutating func memberSeparator() {
        if hasMember & 1 != 0 { put(0x2C) }
        hasMember |= 1
    }

    @inline(__always) private mutating func open(_ bracket: UInt8) {
        valueSeparator()
        put(bracket)
        if depth >= 63 { spilled.append(hasMember >> 63 != 0) }
        hasMember <<= 1
        depth += 1
    }

    @inline(__always) private mutating func close(_ bracket: UInt8) {
        put(bracket)
        hasMember >>= 1
        depth -= 1
        if depth >= 63, let top = spilled.popLast(), top { hasMember |= 1 << 63 }
    }

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }
    public mutating func objectValue() { beginObject() }
    public mutating func arrayValue() { beginArray() }

    /// Writes `"name":` (a value must follow).
    public mutating func key(_ name: StaticString) {
        let n = name.utf8CodeUnitCount
        let p = reserve(n + 4)
        var k = 0
        if hasMember & 1 != 0 { p[0] = 0x2C; k = 1 }
        hasMember |= 1
        p[k] = 0x22
        (p + k + 1).initialize(from: name.utf8Start, count: n)
        p[k + n + 1] = 0x22
        p[k + n + 2] = 0x3A
        used += k + n + 3
        afterKey = true
    }

    /// Writes `"name":` for a run-time key.
    @_disfavoredOverload
    public mutating func key(_ name: String) {
        memberSeparator()
        appendString(name)
        put(0x3A)
        afterKey = true
    }

    public mutating func string(_ s: String?) {
        valueSeparator()
        guard let s = s else { put("null"); return }
        appendString(s)
    }

    /// Writes a string value given as UTF-8 bytes (which must be valid UTF-8).
    public mutating func string(utf8 u: UnsafeBufferPointer<UInt8>) {
        valueSeparator()
        appendEscaped(u)
    }

    public mutating func int(_ v: Int?) {
        valueSeparator()
        guard let v = v else { put("null"); return }
        let p = reserve(20)   // "-" and 19 digits
        var k = 0
        if v < 0 { p[0] = 0x2D; k = 1 }
        var m = v.magnitude
        var digits = 1
        var rest = m / 10
        while rest > 0 { digits += 1; rest /= 10 }
        var i = k + digits
        repeat { i -= 1; p[i] = UInt8(truncatingIfNeeded: 0x30 + m % 10); m /= 10 } while m > 0
        used += k + digits
    }
    public mutating func bool(_ v: Bool) {
        valueSeparator()
        put(v ? "true" : "false")
    }
    public mutating func null() { valueSeparator(); put("null") }

    private mutating func appendString(_ s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var s = s
            s.withUTF8 { appendEscaped($0) }
        }
    }

    /// `"…"` around the bytes of `u`, with `"`, `\` and control characters escaped.
    private mutating func appendEscaped(_ u: UnsafeBufferPointer<UInt8>) {
        var clean = true
        for b in u where b < 0x20 || b == 0x22 || b == 0x5C { clean = false; break }
        if clean {
            let p = reserve(u.count + 2)
            p[0] = 0x22
            if let src = u.baseAddress { (p + 1).initialize(from: src, count: u.count) }
            p[u.count + 1] = 0x22
            used += u.count + 2
            return
        }
        put(0x22)
        for b in u {
            switch b {
            case 0x22: put(0x5C); put(0x22)
            case 0x5C: put(0x5C); put(0x5C)
            case 0x0A: put(0x5C); put(0x6E)
            case 0x0D: put(0x5C); put(0x72)
            case 0x09: put(0x5C); put(0x74)
            case 0..<0x20:
                let hex: StaticString = "0123456789abcdef"
                put("\\u00"); put(hex.utf8Start[Int(b >> 4)]); put(hex.utf8Start[Int(b & 0xF)])
            default: put(b)
            }
        }
        put(0x22)
    }
}
