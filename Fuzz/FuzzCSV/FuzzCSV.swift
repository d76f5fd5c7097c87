// libFuzzer target: the CourtListener CSV reader (CSVLexer, CourtListenerCSVReader)
// through DocumentStream, as `pincite batch --input cl-csv` reads a dump. The first
// byte steers: bits 0–1 the quote escape (auto, doubled, backslash), bit 2 a 64-byte
// size limit (else 1 MiB), bit 3 the mode.
// - Raw: the rest is the CSV file. Every document is well formed (BatchDocuments.check);
//   either the header is refused (one error record) or the documents are rows 1, 2, 3…
//   with no row skipped; there are never more rows than lines.
// - Round trip: the rest is rows of fields (FieldSplitter: id, plain_text, html,
//   author_str), written as a FORCE_QUOTE dump the way CourtListener writes one (bit 4:
//   CRLF line ends, bit 5: blank lines between rows, bit 6: html before plain_text);
//   reading it back must give exactly one document per row, with its id and its best
//   text, or an error when a field is over the limit or the row has no text.
import FuzzBatchSupport
import FuzzDriver
import Pincite
import PinciteBatch

/// SwiftPM links `main` to this; it hands over to libFuzzer (see FuzzDriver.h).
@_cdecl("FuzzCSV_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    pincite_fuzz_main(argc, argv)
}

/// Reads one fuzzer input as a CourtListener CSV; traps when an invariant breaks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let control = data[0]
    let body = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let escape = [CSVEscape.auto, .doubled, .backslash][Int(control & 3) % 3]
    let limit = control & 4 != 0 ? 64 : 1 << 20
    if control & 8 == 0 {
        rawCSV(Array(body), escape: escape, limit: limit)
    } else {
        // ids of CourtListener dumps are numbers; 200 bytes is room enough for any id (the reader keeps 256)
        let rows = FieldSplitter.records(body, fields: 4).map { [Array($0[0].prefix(200))] + $0.dropFirst() }
        CSVRoundTrip(rows: rows, escape: escape, limit: limit, crlf: control & 16 != 0,
                     blankLines: control & 32 != 0, htmlFirst: control & 64 != 0).check()
    }
    return 0
}

/// Arbitrary bytes as a CSV dump: well-formed documents, consecutive rows, no more rows than lines.
func rawCSV(_ body: [UInt8], escape: CSVEscape, limit: Int) {
    let path = ScratchFile.write(body, name: "fuzz.csv")
    let compressed = BatchDocuments.looksCompressed(body)
    let lines = body.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    let docs = BatchDocuments.read(path, InputOptions(kind: .clCSV, maxDocumentBytes: limit, csvEscape: escape),
                                   atMost: compressed ? 1 << 22 : lines)
    for doc in docs { BatchDocuments.check(doc, limit: limit) }
    if let first = docs.first, first.origin == "\(path):header" {
        precondition(first.error != nil && docs.count == 1, "a refused header must be the file's only record")
        return
    }
    for (i, doc) in docs.enumerated() {
        precondition(doc.origin == "\(path):row \(i + 1)", "row \(i + 1) came as \(doc.origin): a row was lost or repeated")
        precondition(doc.error != nil || doc.format != nil, "a CSV document without a format (\(doc.origin))")
    }
}
