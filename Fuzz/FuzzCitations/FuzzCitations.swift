// libFuzzer target: the citation parser alone (plain text, no opinion tree, no
// Bluebook check). Every citation span must lie inside the input.
import FuzzDriver
import Pincite

/// SwiftPM links `main` to this; it hands over to libFuzzer (see FuzzDriver.h).
@_cdecl("FuzzCitations_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    pincite_fuzz_main(argc, argv)
}

/// Parses one fuzzer input as plain text for citations; traps on a span outside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCitations(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let doc = Pincite.parse(bytes: bytes, format: .text, structure: false, bluebook: nil)
    for c in doc.citations {
        precondition(c.span.start <= c.span.end && c.span.end <= doc.source.text.count, "citation span outside the text")
    }
    return 0
}
