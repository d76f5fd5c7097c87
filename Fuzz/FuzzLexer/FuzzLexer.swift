// libFuzzer target: the lexer on arbitrary bytes (after decoding, as `parse` does).
// Every token must lie inside the text and follow the one before.
import FuzzDriver
import Pincite

/// SwiftPM links `main` to this; it hands over to libFuzzer (see FuzzDriver.h).
@_cdecl("FuzzLexer_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    pincite_fuzz_main(argc, argv)
}

/// Tokenizes one fuzzer input; traps when a token leaves the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = SourceText(bytes: Array(UnsafeBufferPointer(start: data, count: size))).text
    var last = 0
    for t in Lexer.tokenize(text) {
        precondition(Int(t.start) >= last && t.start <= t.end && Int(t.end) <= text.count, "token outside the text")
        last = Int(t.start)
    }
    return 0
}
