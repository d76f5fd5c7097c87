// Codec: compresses one member with the system library, the way the usual tools do
// (gzip framing from zlib, a bzip2 stream from libbz2, a zstd frame from libzstd),
// for the round trip of FuzzCompressed. The reader decodes with the same libraries,
// so this checks the framing, the member loop and the truncation rules, not the
// libraries themselves.
import CBZip2
import CZlib
import CZstd

enum Codec: UInt8 {
    case gzip = 1, bzip2, zstd

    /// Bytes of the magic DocumentStream tells the codec by.
    var magicLength: Int { self == .gzip ? 2 : 4 }

    func compress(_ input: [UInt8]) -> [UInt8] {
        var src = input
        switch self {
        case .gzip:
            var stream = z_stream()
            precondition(deflateInit2_(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                                       Int32(MemoryLayout<z_stream>.size)) == Z_OK)
            var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(src.count))) + 64)
            let n = src.withUnsafeMutableBufferPointer { s in
                out.withUnsafeMutableBufferPointer { o in
                    stream.next_in = s.baseAddress
                    stream.avail_in = uInt(s.count)
                    stream.next_out = o.baseAddress
                    stream.avail_out = uInt(o.count)
                    precondition(deflate(&stream, Z_FINISH) == Z_STREAM_END, "deflate did not finish")
                    return o.count - Int(stream.avail_out)
                }
            }
            deflateEnd(&stream)
            return Array(out.prefix(n))
        case .bzip2:
            var out = [UInt8](repeating: 0, count: src.count + src.count / 100 + 600)
            var length = UInt32(out.count)
            src.append(0)   // never empty, so there is always a base address; the extra byte is not compressed
            let rc = src.withUnsafeMutableBytes { s in
                out.withUnsafeMutableBytes { o in
                    BZ2_bzBuffToBuffCompress(o.baseAddress!.assumingMemoryBound(to: CChar.self), &length,
                                             s.baseAddress!.assumingMemoryBound(to: CChar.self), UInt32(input.count), 1, 0, 0)
                }
            }
            precondition(rc == BZ_OK, "libbz2 could not compress (\(rc))")
            return Array(out.prefix(Int(length)))
        case .zstd:
            var out = [UInt8](repeating: 0, count: ZSTD_compressBound(src.count))
            let n = src.withUnsafeBytes { s in
                out.withUnsafeMutableBytes { o in ZSTD_compress(o.baseAddress, o.count, s.baseAddress, s.count, 3) }
            }
            precondition(ZSTD_isError(n) == 0, "libzstd could not compress")
            return Array(out.prefix(n))
        }
    }
}
