// JSONWriter: a small append-only writer of JSON bytes. Pincite writes its
// documents by hand rather than through Codable so that key order is fixed
// (deterministic output, DESIGN rule 6), absent values are written as null
// (never missing keys) and large batches do not pay for reflection. Strings
// without characters to escape (nearly all) are copied in one go.

/// Appends JSON tokens to a byte buffer.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// One flag per open container: has it a member yet?
    private var needsComma: [Bool] = [false]
    /// A key was just written; the next value needs no comma.
    private var afterKey = false

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    @inline(__always) private mutating func valueSeparator() {
        if afterKey { afterKey = false; return }
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
    }

    public mutating func beginObject() { valueSeparator(); bytes.append(0x7B); needsComma.append(false) }
    public mutating func endObject() { bytes.append(0x7D); needsComma.removeLast() }
    public mutating func beginArray() { valueSeparator(); bytes.append(0x5B); needsComma.append(false) }
    public mutating func endArray() { bytes.append(0x5D); needsComma.removeLast() }
    public mutating func objectValue() { beginObject() }
    public mutating func arrayValue() { beginArray() }

    /// Writes `"name":` (a value must follow).
    public mutating func key(_ name: StaticString) {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(0x22)
        bytes.append(0x3A)
        afterKey = true
    }

    /// Writes `"name":` for a run-time key.
    public mutating func key(_ name: String) {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
        appendString(name)
        bytes.append(0x3A)
        afterKey = true
    }

    public mutating func string(_ s: String?) {
        valueSeparator()
        guard let s = s else { appendNull(); return }
        appendString(s)
    }
    public mutating func int(_ v: Int?) {
        valueSeparator()
        guard var v = v else { appendNull(); return }
        if v < 0 { bytes.append(0x2D); v = -v }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat { d[n] = UInt8(0x30 + v % 10); v /= 10; n += 1 } while v > 0
            while n > 0 { n -= 1; bytes.append(d[n]) }
        }
    }
    public mutating func bool(_ v: Bool) {
        valueSeparator()
        if v { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
    }
    public mutating func null() { valueSeparator(); appendNull() }

    @inline(__always) private mutating func appendNull() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    private mutating func appendString(_ s: String) {
        var s = s
        s.withUTF8 { u in
            bytes.append(0x22)
            var clean = true
            for b in u where b < 0x20 || b == 0x22 || b == 0x5C { clean = false; break }
            if clean {
                bytes.append(contentsOf: u)
            } else {
                for b in u {
                    switch b {
                    case 0x22: bytes.append(0x5C); bytes.append(0x22)
                    case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                    case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                    case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                    case 0x09: bytes.append(0x5C); bytes.append(0x74)
                    case 0..<0x20:
                        let hex: StaticString = "0123456789abcdef"
                        bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex.utf8Start[Int(b >> 4)], hex.utf8Start[Int(b & 0xF)]])
                    default: bytes.append(b)
                    }
                }
            }
            bytes.append(0x22)
        }
    }
}
