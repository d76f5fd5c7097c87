import CZlib

// GzipDecoder: gzip through the system zlib (inflate with gzip framing), member
// after member — `cat a.gz b.gz` and bgzip files are several members, each one
// inflated after the other. A member the input stops inside is "truncated"; data
// zlib rejects is "corrupt"; both name the compressed offset.

final class GzipDecoder: ByteDecoder {
    private let raw: RawInput
    private let stream: UnsafeMutablePointer<z_stream>
    /// The current member reached its end; the next read looks for another.
    private var memberDone = false
    private var finished = false

    init(_ raw: RawInput) throws {
        self.raw = raw
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 window bits + 16: gzip framing only
        let rc = inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else {
            stream.deallocate()
            throw InputError("\(raw.name): zlib could not start (\(rc))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    func read(into out: UnsafeMutableRawBufferPointer) throws -> Int {
        var produced = 0
        while produced < out.count && !finished {
            if memberDone {
                guard try raw.continuesWith([0x1F, 0x8B], format: "gzip") else {
                    finished = true
                    break
                }
                inflateReset(stream)
                memberDone = false
            }
            let chunk = try raw.compressedChunk()
            stream.pointee.next_in = chunk.baseAddress.map { UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: Bytef.self)) }
            stream.pointee.avail_in = uInt(chunk.count)
            stream.pointee.next_out = (out.baseAddress! + produced).assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = uInt(out.count - produced)
            let rc = inflate(stream, Z_NO_FLUSH)
            let used = chunk.count - Int(stream.pointee.avail_in)
            let made = out.count - produced - Int(stream.pointee.avail_out)
            raw.consume(used)
            produced += made
            switch rc {
            case Z_STREAM_END:
                memberDone = true
            case Z_OK, Z_BUF_ERROR:
                if chunk.isEmpty && made == 0 {
                    // nothing left to flush and no input: the stream was cut
                    throw InputError("\(raw.name): truncated gzip stream: the input ends at byte \(raw.offset) inside a member")
                }
                if used == 0 && made == 0 {
                    throw InputError("\(raw.name): gzip stream makes no progress at byte \(raw.offset)")
                }
            default:
                let why = stream.pointee.msg.map { String(cString: $0) } ?? "error \(rc)"
                throw InputError("\(raw.name): corrupt gzip data near byte \(raw.offset): \(why)")
            }
            if produced > 0 && raw.buffered == 0 { break }
        }
        return produced
    }
}
