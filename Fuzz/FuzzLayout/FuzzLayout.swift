// libFuzzer target: page layout (pages, furniture, footnote zones) on decoded text.
// Every page and footnote zone must lie inside the text.
import FuzzDriver
import Pincite

/// SwiftPM links `main` to this; it hands over to libFuzzer (see FuzzDriver.h).
@_cdecl("FuzzLayout_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    pincite_fuzz_main(argc, argv)
}

/// Detects the page layout of one fuzzer input; traps on a footnote zone outside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayout(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = SourceText(bytes: Array(UnsafeBufferPointer(start: data, count: size))).text
    let layout = PageLayout.detect(text: text, tokens: Lexer.tokenize(text))
    for f in layout.footnotes {
        precondition(f.span.start <= f.span.end && f.span.end <= text.count, "footnote zone outside the text")
    }
    return 0
}
