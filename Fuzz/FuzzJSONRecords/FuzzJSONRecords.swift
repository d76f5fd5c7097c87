// libFuzzer target: the JSON record readers (JSONLinesReader, CAPJSONReader, JSONScan,
// JSONString, the JSONRecord rule) through DocumentStream. The first byte steers:
// bits 0–1 the mode, bit 2 a 64-byte size limit (else 1 MiB), bits 3–5 the style of
// the JSON written in the round-trip modes (JSONWriter).
// - 0, raw JSON Lines: the rest is a `.jsonl` file; one document per line that is not
//   blank (or is over the limit), in line order, and none refused as malformed that
//   Foundation's JSONSerialization reads as an object.
// - 1, raw CAP: the rest is a `.json` file (case object or volume array); every
//   document well formed, never more than the bytes could hold.
// - 2, JSON Lines round trip and 3, CAP volume round trip: the rest is records of
//   fields (FieldSplitter: id, text, how to write them), written as JSON; reading back
//   gives one document per record with its id and its text decoded exactly.
import FuzzBatchSupport
import FuzzDriver
import Pincite
import PinciteBatch

/// SwiftPM links `main` to this; it hands over to libFuzzer (see FuzzDriver.h).
@_cdecl("FuzzJSONRecords_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    pincite_fuzz_main(argc, argv)
}

/// Reads one fuzzer input as JSON records; traps when an invariant breaks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONRecords(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let control = data[0]
    let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let limit = control & 4 != 0 ? 64 : 1 << 20
    let style = JSONWriter(style: control >> 3)
    switch control & 3 {
    case 0: rawJSONLines(body, limit: limit)
    case 1: rawCAP(body, limit: limit)
    case 2: JSONRoundTrip(records: FieldSplitter.records(body, fields: 3), writer: style, limit: limit, volume: false).check()
    default: JSONRoundTrip(records: FieldSplitter.records(body, fields: 3), writer: style, limit: limit, volume: true).check()
    }
    return 0
}

/// Arbitrary bytes as JSON Lines: exactly one document per non-blank line, in order.
func rawJSONLines(_ body: [UInt8], limit: Int) {
    let path = ScratchFile.write(body, name: "fuzz.jsonl")
    let options = InputOptions(kind: .jsonl, maxDocumentBytes: limit)
    if BatchDocuments.looksCompressed(body) {
        for doc in BatchDocuments.read(path, options, atMost: 1 << 22) { BatchDocuments.check(doc, limit: limit) }
        return
    }
    let lines = BatchDocuments.lines(body)
    let counted = lines.indices.filter { BatchDocuments.isRecord(lines[$0], limit: limit) }
    let docs = BatchDocuments.read(path, options, atMost: lines.count)
    precondition(docs.count == counted.count, "\(counted.count) records, \(docs.count) documents")
    for (n, doc) in zip(counted, docs) {
        BatchDocuments.check(doc, limit: limit)
        precondition(doc.origin == "\(path):line \(n + 1)", "line \(n + 1) came as \(doc.origin)")
        if lines[n].count <= limit, let error = doc.error, error.hasPrefix("malformed JSON") {
            precondition(!FoundationJSON.isObject(lines[n]), "line \(n + 1) is a JSON object, but: \(error)")
        }
    }
}

/// Arbitrary bytes as a CAP case or volume: well-formed documents, bounded in number.
func rawCAP(_ body: [UInt8], limit: Int) {
    let path = ScratchFile.write(body, name: "fuzz.json")
    let docs = BatchDocuments.read(path, InputOptions(kind: .cap, maxDocumentBytes: limit),
                                   atMost: BatchDocuments.looksCompressed(body) ? 1 << 22 : body.count + 1)
    for doc in docs { BatchDocuments.check(doc, limit: limit) }
}
