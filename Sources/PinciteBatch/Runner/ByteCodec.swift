// ByteCodec: the compact binary form in which the batch coordinator and its worker
// processes exchange documents and results over pipes. Fixed-width little-endian
// integers and length-prefixed byte strings: encoding and decoding cost a copy,
// far less than JSON would, and a truncated or garbled frame is detected (the
// reader returns nil) instead of trusted.

/// Appends values to a byte buffer.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func int(_ v: Int) {
        withUnsafeBytes(of: UInt64(bitPattern: Int64(v)).littleEndian) { bytes.append(contentsOf: $0) }
    }
    mutating func optionalInt(_ v: Int?) {
        bytes.append(v == nil ? 0 : 1)
        if let v = v { int(v) }
    }
    mutating func data(_ d: [UInt8]) {
        int(d.count)
        bytes.append(contentsOf: d)
    }
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            int(buf.count)
            bytes.append(contentsOf: buf)
        }
    }
    mutating func optionalString(_ s: String?) {
        bytes.append(s == nil ? 0 : 1)
        if let s = s { string(s) }
    }
}

/// A frame that ended early or holds an impossible length.
struct TruncatedFrame: Error {}

/// Reads values written by `ByteWriter`; a read past the end throws `TruncatedFrame`.
struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func int() throws -> Int {
        guard position + 8 <= bytes.count else { throw TruncatedFrame() }
        // one unaligned load: the coordinator decodes every row of every document
        let x = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: UInt64.self) }
        position += 8
        return Int(Int64(bitPattern: UInt64(littleEndian: x)))
    }
    mutating func flag() throws -> Bool {
        guard position < bytes.count else { throw TruncatedFrame() }
        defer { position += 1 }
        return bytes[position] != 0
    }
    mutating func optionalInt() throws -> Int? {
        try flag() ? try int() : nil
    }
    mutating func data() throws -> [UInt8] {
        let n = try int()
        guard n >= 0, n <= bytes.count - position else { throw TruncatedFrame() }
        defer { position += n }
        return Array(bytes[position..<position + n])
    }
    mutating func string() throws -> String {
        let n = try int()
        guard n >= 0, n <= bytes.count - position else { throw TruncatedFrame() }
        defer { position += n }
        // through a buffer pointer: String's contiguous UTF-8 path, not the generic slice one
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + n]), as: UTF8.self) }
    }
    mutating func optionalString() throws -> String? {
        try flag() ? try string() : nil
    }
}
