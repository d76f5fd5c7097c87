import CBZip2

// Bzip2Decoder: bzip2 through the system libbz2, stream after stream — pbzip2 and
// `cat a.bz2 b.bz2` write several streams, and CourtListener's dumps are read to
// the last one. A stream the input stops inside is "truncated"; data libbz2
// rejects is "corrupt"; both name the compressed offset.

final class Bzip2Decoder: ByteDecoder {
    private let raw: RawInput
    private let stream: UnsafeMutablePointer<bz_stream>
    private var active = false
    private var finished = false

    init(_ raw: RawInput) throws {
        self.raw = raw
        stream = .allocate(capacity: 1)
        try start()
    }

    deinit {
        if active { BZ2_bzDecompressEnd(stream) }
        stream.deallocate()
    }

    private func start() throws {
        stream.initialize(to: bz_stream())
        let rc = BZ2_bzDecompressInit(stream, 0, 0)
        guard rc == BZ_OK else { throw InputError("\(raw.name): libbz2 could not start (\(rc))") }
        active = true
    }

    func read(into out: UnsafeMutableRawBufferPointer) throws -> Int {
        var produced = 0
        while produced < out.count && !finished {
            if !active {
                guard try raw.continuesWith([0x42, 0x5A, 0x68], format: "bzip2") else {
                    finished = true
                    break
                }
                try start()
            }
            let chunk = try raw.compressedChunk()
            stream.pointee.next_in = chunk.baseAddress.map { UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: CChar.self)) }
            stream.pointee.avail_in = UInt32(chunk.count)
            stream.pointee.next_out = (out.baseAddress! + produced).assumingMemoryBound(to: CChar.self)
            stream.pointee.avail_out = UInt32(out.count - produced)
            let rc = BZ2_bzDecompress(stream)
            let used = chunk.count - Int(stream.pointee.avail_in)
            let made = out.count - produced - Int(stream.pointee.avail_out)
            raw.consume(used)
            produced += made
            switch rc {
            case BZ_STREAM_END:
                BZ2_bzDecompressEnd(stream)
                active = false
            case BZ_OK:
                if chunk.isEmpty && made == 0 {
                    // nothing left to flush and no input: the stream was cut
                    throw InputError("\(raw.name): truncated bzip2 stream: the input ends at byte \(raw.offset) inside a stream")
                }
                if used == 0 && made == 0 {
                    throw InputError("\(raw.name): bzip2 stream makes no progress at byte \(raw.offset)")
                }
            default:
                throw InputError("\(raw.name): corrupt bzip2 data near byte \(raw.offset) (libbz2 error \(rc))")
            }
            if produced > 0 && raw.buffered == 0 { break }
        }
        return produced
    }
}
