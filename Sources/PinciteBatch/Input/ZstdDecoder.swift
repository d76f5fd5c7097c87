import CZstd

// ZstdDecoder: Zstandard through the system libzstd's streaming API, which reads
// frame after frame (and skips skippable frames) by itself. The input ending
// while a frame is open is "truncated"; a libzstd error is "corrupt"; both name
// the compressed offset.

final class ZstdDecoder: ByteDecoder {
    private let raw: RawInput
    private let context: OpaquePointer
    /// libzstd's last hint: 0 when a frame has just been completed and flushed.
    private var hint = 0
    private var finished = false

    init(_ raw: RawInput) throws {
        self.raw = raw
        guard let ctx = ZSTD_createDCtx() else { throw InputError("\(raw.name): libzstd could not start") }
        context = ctx
    }

    deinit { ZSTD_freeDCtx(context) }

    func read(into out: UnsafeMutableRawBufferPointer) throws -> Int {
        var produced = 0
        while produced < out.count && !finished {
            let chunk = try raw.compressedChunk()
            var input = ZSTD_inBuffer(src: chunk.baseAddress, size: chunk.count, pos: 0)
            var output = ZSTD_outBuffer(dst: out.baseAddress! + produced, size: out.count - produced, pos: 0)
            if chunk.isEmpty {
                if hint == 0 {
                    finished = true
                    break
                }
                // no more input: anything still buffered inside libzstd comes out now, or the frame was cut
                let rc = ZSTD_decompressStream(context, &output, &input)
                produced += output.pos
                if ZSTD_isError(rc) == 0 && output.pos > 0 {
                    hint = rc
                    continue
                }
                throw InputError("\(raw.name): truncated zstd stream: the input ends at byte \(raw.offset) inside a frame")
            }
            let rc = ZSTD_decompressStream(context, &output, &input)
            raw.consume(input.pos)
            produced += output.pos
            if ZSTD_isError(rc) != 0 {
                throw InputError("\(raw.name): corrupt zstd data near byte \(raw.offset): \(String(cString: ZSTD_getErrorName(rc)))")
            }
            hint = rc
            if produced > 0 && raw.buffered == 0 { break }
        }
        return produced
    }
}
