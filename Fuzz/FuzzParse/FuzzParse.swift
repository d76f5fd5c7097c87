// libFuzzer target: the whole `Pincite.parse` (format detection, opinion tree,
// Bluebook check) and the JSON export, which must be an object.
import FuzzDriver
import Pincite

/// SwiftPM links `main` to this; it hands over to libFuzzer (see FuzzDriver.h).
@_cdecl("FuzzParse_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    pincite_fuzz_main(argc, argv)
}

/// Parses one fuzzer input with every stage on and writes its JSON; traps when that is not an object.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let doc = Pincite.parse(bytes: Array(UnsafeBufferPointer(start: data, count: size)), name: "fuzz")
    let json = doc.jsonBytes()
    precondition(json.first == UInt8(ascii: "{") && json.last == UInt8(ascii: "}"), "JSON is not an object")
    return 0
}
