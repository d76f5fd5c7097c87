// Decoders: the step from a file's raw bytes to its content. The compression is
// told by the magic bytes at the start of the file, never by its name, so a
// mis-named dump still reads and a plain file called ".gz" is not mangled.
// Each decoder produces bytes into a caller's buffer and throws an `InputError`
// (naming the file and the compressed offset) when the stream is corrupt or ends
// too soon; the caller turns that into an error record and stops the file.

/// Turns raw input into content bytes, chunk by chunk.
protocol ByteDecoder: AnyObject {
    /// Fills the start of `out` with the next content bytes; 0 at the clean end of the input.
    /// Returns early (with at least one byte) rather than wait for more input when the raw
    /// input has nothing buffered, so a pipe is answered promptly.
    func read(into out: UnsafeMutableRawBufferPointer) throws -> Int
}

/// The compressions told apart by magic bytes.
enum Compression: String {
    case none, gzip, bzip2, zstd, xz

    /// What the first bytes of `raw` say (reads at most 6 bytes ahead, consumes nothing).
    static func detect(_ raw: RawInput) -> Compression {
        raw.fill(minimum: 6)
        let head = raw.chunk()
        func starts(_ magic: [UInt8]) -> Bool {
            head.count >= magic.count && zip(head, magic).allSatisfy { $0 == $1 }
        }
        if starts([0x1F, 0x8B]) { return .gzip }
        if starts([0x42, 0x5A, 0x68]), head.count >= 4, head[3] >= 0x31, head[3] <= 0x39 { return .bzip2 }
        if starts([0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        return .none
    }

    /// The decoder for this compression over `raw`.
    func decoder(_ raw: RawInput) throws -> ByteDecoder {
        switch self {
        case .none: return PlainDecoder(raw)
        case .gzip: return try GzipDecoder(raw)
        case .bzip2: return try Bzip2Decoder(raw)
        case .zstd: return try ZstdDecoder(raw)
        case .xz: throw InputError("\(raw.name): xz-compressed input is not supported; decompress it first (xz -d) or pipe it in (xz -dc FILE | pincite batch -)")
        }
    }

    /// The name without a compression suffix ("opinions.csv.bz2" → "opinions.csv").
    static func strippingSuffix(_ name: String) -> String {
        for suffix in [".gz", ".gzip", ".bz2", ".zst", ".zstd", ".xz"] where name.lowercased().hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}

/// Uncompressed input: the raw bytes as they are.
final class PlainDecoder: ByteDecoder {
    private let raw: RawInput
    init(_ raw: RawInput) { self.raw = raw }

    func read(into out: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = raw.take(into: out)
        if n == 0, let e = raw.readError { throw InputError(e) }
        return n
    }
}

extension RawInput {
    /// The next compressed chunk for a decoder; throws on a read error, empty at the end.
    func compressedChunk() throws -> UnsafeRawBufferPointer {
        let c = chunk()
        if c.isEmpty, let e = readError { throw InputError(e) }
        return c
    }

    /// True when the input has more bytes and they start with `magic`; false at the end.
    /// Throws when other bytes follow (trailing garbage after the last compressed member).
    func continuesWith(_ magic: [UInt8], format: String) throws -> Bool {
        fill(minimum: magic.count)
        let head = chunk()
        if head.isEmpty {
            if let e = readError { throw InputError(e) }
            return false
        }
        if head.count >= magic.count && zip(head, magic).allSatisfy({ $0 == $1 }) { return true }
        throw InputError("\(name): unexpected data after the end of the \(format) stream at byte \(offset)")
    }
}
