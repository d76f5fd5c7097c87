// JSONWriter: a small append-only writer of JSON bytes. Pincite writes its
// documents by hand rather than through Codable so that key order is fixed
// (deterministic output, DESIGN rule 6), absent values are written as null
// (never missing keys) and large batches do not pay for reflection.

/// Appends JSON tokens to a byte buffer.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
    }

    public mutating func beginObject() { valueSeparator(); bytes.append(0x7B); needsComma.append(false) }
    public mutating func endObject() { bytes.append(0x7D); needsComma.removeLast() }
    public mutating func beginArray() { valueSeparator(); bytes.append(0x5B); needsComma.append(false) }
    public mutating func endArray() { bytes.append(0x5D); needsComma.removeLast() }

    /// Writes `"name":` (the value must follow).
    public mutating func key(_ name: String) {
        separator()
        appendString(name)
        bytes.append(0x3A)
        needsComma[needsComma.count - 1] = false
        pendingKey = true
    }
    private var pendingKey = false

    private mutating func valueSeparator() {
        if pendingKey { pendingKey = false; needsComma[needsComma.count - 1] = true } else { separator() }
    }

    public mutating func string(_ s: String?) {
        valueSeparator()
        guard let s = s else { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]); return }
        appendString(s)
    }
    public mutating func int(_ v: Int?) {
        valueSeparator()
        guard let v = v else { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]); return }
        bytes.append(contentsOf: Array(String(v).utf8))
    }
    public mutating func bool(_ v: Bool) {
        valueSeparator()
        bytes.append(contentsOf: Array((v ? "true" : "false").utf8))
    }
    public mutating func null() { valueSeparator(); bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    // Objects and arrays opened right after a key must not add another comma.
    public mutating func objectValue() { valueSeparator(); bytes.append(0x7B); needsComma.append(false) }
    public mutating func arrayValue() { valueSeparator(); bytes.append(0x5B); needsComma.append(false) }

    private mutating func appendString(_ s: String) {
        bytes.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
    }
}
