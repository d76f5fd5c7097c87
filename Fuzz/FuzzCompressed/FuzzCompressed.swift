// libFuzzer target: the compressed-stream decoders (gzip, bzip2, zstd, told by their
// magic bytes) under the whole DocumentStream path: raw input, decoder, content
// buffer, shape sniffing and record reader. The first byte steers: bits 0–1 the mode
// (0 raw, 1 gzip, 2 bzip2, 3 zstd), bit 2 a 64-byte size limit (else 1 MiB), bit 3
// JSON Lines instead of one document per file, bits 4–7 where to cut the stream.
// - Raw: the rest is a file with no extension read with `--input auto` (compressed or
//   not, any shape): every document well formed, reading ends.
// - Round trip: the rest, split into members at each 0xFF byte, is compressed member
//   by member with the system library and the members concatenated (as pigz, pbzip2
//   and zstd write them). Whole, the file must read back as its content exactly: the
//   one document, or one JSON Lines record per non-blank line. Cut inside a member, it
//   must end in an error record — a truncated dump never passes for a shorter one.
import CBZip2
import CZlib
import CZstd
import FuzzBatchSupport
import FuzzDriver
import Pincite
import PinciteBatch

/// SwiftPM links `main` to this; it hands over to libFuzzer (see FuzzDriver.h).
@_cdecl("FuzzCompressed_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    pincite_fuzz_main(argc, argv)
}

/// Reads one fuzzer input through the decoders; traps when an invariant breaks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCompressed(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let control = data[0]
    let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let limit = control & 4 != 0 ? 64 : 1 << 20
    guard let codec = Codec(rawValue: control & 3) else {
        let path = ScratchFile.write(body, name: "fuzz")
        for doc in BatchDocuments.read(path, InputOptions(kind: .auto, maxDocumentBytes: limit), atMost: 1 << 22) {
            BatchDocuments.check(doc, limit: limit)
        }
        return 0
    }
    let members = FieldSplitter.records(body, fields: 1).map { $0[0] }
    CompressedRoundTrip(codec: codec, members: members, limit: limit, jsonLines: control & 8 != 0, cut: Int(control >> 4)).check()
    return 0
}
