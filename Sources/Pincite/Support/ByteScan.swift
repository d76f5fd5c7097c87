// ByteScan: word-at-a-time searches over UTF-8 bytes for the passes that look
// at every byte of the input but care about few of them (line ends, form
// feeds, NUL bytes, non-ASCII). Eight bytes are tested per step with the
// classic "has a zero byte" bit trick instead of one comparison per byte;
// this keeps those passes at well under one instruction per byte without any
// C or platform dependency.

/// Eight-bytes-at-a-time byte searches.
public enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `p` as a little-endian word (byte k in bits 8k..<8k+8).
    @inline(__always) static func word(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// High bit set in each byte of `v` that is zero. Bits above the lowest set
    /// one may be false positives (a borrow), so only the lowest is to be trusted.
    @inline(__always) static func zeroBytes(_ v: UInt64) -> UInt64 {
        (v &- ones) & ~v & highs
    }

    /// Whether any byte of `v` has its high bit set (is not ASCII).
    @inline(__always) static func hasNonASCII(_ v: UInt64) -> Bool { v & highs != 0 }

    /// The first index in `i..<end` whose byte is `a` or `b`, or `end`.
    @inline(__always)
    public static func firstIndex(of a: UInt8, or b: UInt8, in p: UnsafePointer<UInt8>, from i: Int, to end: Int) -> Int {
        var i = i
        let av = ones &* UInt64(a), bv = ones &* UInt64(b)
        while i + 8 <= end {
            let v = word(p + i)
            let m = zeroBytes(v ^ av) | zeroBytes(v ^ bv)
            if m != 0 { return i + m.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < end, p[i] != a, p[i] != b { i += 1 }
        return i
    }

    /// The first index in `i..<end` whose byte is `a`, or `end`.
    @inline(__always)
    static func firstIndex(of a: UInt8, in p: UnsafePointer<UInt8>, from i: Int, to end: Int) -> Int {
        firstIndex(of: a, or: a, in: p, from: i, to: end)
    }

    /// Whether `text[start..<end]` contains `needle` (non-empty): the first byte is
    /// found eight bytes at a time, the rest compared in place. For the structure
    /// pass's phrase tests, which Foundation's `String.contains` made a UTF-16 search.
    static func contains(_ text: [UInt8], from start: Int, to end: Int, _ needle: [UInt8]) -> Bool {
        let s = max(0, start), e = min(end, text.count)
        guard !needle.isEmpty, e - s >= needle.count else { return false }
        return text.withUnsafeBufferPointer { buf in
            needle.withUnsafeBufferPointer { n in
                contains(UnsafeBufferPointer(rebasing: buf[s..<e]), n.baseAddress!, n.count)
            }
        }
    }

    /// High bit set in each byte of `v` below `n` (n ≤ 128); like `zeroBytes`, only the
    /// lowest set one is certain, so use it as a yes/no answer.
    @inline(__always) static func bytesBelow(_ v: UInt64, _ n: UInt8) -> UInt64 {
        (v &- ones &* UInt64(n)) & ~v & highs
    }

    /// Whether `text[start..<end]` begins with `prefix`.
    static func hasPrefix(_ text: [UInt8], from start: Int, to end: Int, _ prefix: [UInt8]) -> Bool {
        guard end - start >= prefix.count, start >= 0, start + prefix.count <= text.count else { return false }
        for k in 0..<prefix.count where text[start + k] != prefix[k] { return false }
        return true
    }

    /// Whether `text[start..<end]` ends with `suffix`.
    static func hasSuffix(_ text: [UInt8], from start: Int, to end: Int, _ suffix: [UInt8]) -> Bool {
        guard end - start >= suffix.count, start >= 0, end <= text.count else { return false }
        let s = end - suffix.count
        for k in 0..<suffix.count where text[s + k] != suffix[k] { return false }
        return true
    }

    /// The offset of the first run of three spaces in `b[from..<to]` (where a second column
    /// begins in `pdftotext -layout` text), or nil.
    static func firstGap(_ b: [UInt8], from: Int, to: Int) -> Int? {
        var k = from
        while k + 2 < to {
            if b[k] == 0x20, b[k + 1] == 0x20, b[k + 2] == 0x20 { return k }
            k += 1
        }
        return nil
    }
    /// Calls `body` with the bounds of each space-separated word of `text[s..<e]`, in order,
    /// until it returns false; returns whether every call returned true.
    @inline(__always)
    static func forEachWord(_ text: [UInt8], from s: Int, to e: Int, _ body: (Int, Int) -> Bool) -> Bool {
        var k = s
        while k < e {
            while k < e, text[k] == 0x20 { k += 1 }
            guard k < e else { break }
            let start = k
            while k < e, text[k] != 0x20 { k += 1 }
            if !body(start, k) { return false }
        }
        return true
    }
}
