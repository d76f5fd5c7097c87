// libFuzzer target: the HTML, CAP XML and CAP JSON readers. Every offset of the
// working text must point into the markup.
import FuzzDriver
import Pincite

/// SwiftPM links `main` to this; it hands over to libFuzzer (see FuzzDriver.h).
@_cdecl("FuzzMarkup_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    pincite_fuzz_main(argc, argv)
}

/// Reads one fuzzer input as HTML, CAP XML and CAP JSON; traps on an offset outside the markup.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkup(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for format in [InputFormat.html, .capXML, .capJSON] {
        let out = FormatReader.read(bytes, as: format)
        precondition(out.offsets.count >= out.text.count, "text without offsets")
        for o in out.offsets { precondition(o >= 0 && Int(o) <= size, "offset outside the markup") }
    }
    return 0
}
