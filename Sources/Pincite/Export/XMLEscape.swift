// XMLEscape: making bytes safe for XML 1.0 and escaping them, in one pass.
//
// Opinion text is not always XML-safe. PDF extractions carry form feeds and
// other C0 control characters, and a span may in theory cut a UTF-8 sequence;
// XML 1.0 allows neither, and libxml2's writer passes such bytes through, which
// would make the output ill-formed. Characters XML 1.0 forbids become spaces
// (one byte each, so a text's length is kept), broken UTF-8 becomes spaces too.
//
// Why one pass over the caller's bytes, by a table: the XML export writes the
// whole working text once more (inline `<text>`); copying it, sanitizing the
// copy and then escaping it cost more than the rest of the XML export, and
// libxml2's own attribute escaping allocates per value. Here the bytes that
// need nothing (nearly all of them) are skipped by one table lookup each and
// handed on as runs, straight from the caller's memory.

/// Byte classes and the single-pass escaper of the XML writer.
enum XMLEscape {
    /// Escaping rules: text content, or an attribute value (which must also
    /// escape the quote and the whitespace an XML parser would normalize).
    enum Context { case text, attribute }

    /// Bit 0: special in text; bit 1: special in an attribute value; bit 2: not ASCII.
    private static let classes: [UInt8] = (0..<256).map { b -> UInt8 in
        if b >= 0x80 { return 4 }
        switch b {
        case 0x3C, 0x3E, 0x26, 0x0D: return 3           // < > & CR
        case 0x22, 0x09, 0x0A: return 2                 // " tab LF: attributes only
        case 0..<0x20: return 3                         // other C0 controls: forbidden
        default: return 0
        }
    }

    /// Walks `p`, calling `emit` with the runs of bytes that can be written as
    /// they are and with the replacement of each byte (or broken sequence) that
    /// cannot. The runs point into `p`; nothing is copied.
    @inline(__always)
    static func escape(_ p: UnsafeBufferPointer<UInt8>, _ context: Context,
                       _ emit: (UnsafePointer<UInt8>, Int) -> Void) {
        guard let base = p.baseAddress, !p.isEmpty else { return }
        let mask: UInt8 = context == .text ? 5 : 6
        let attribute = context == .attribute
        classes.withUnsafeBufferPointer { cls in
            let n = p.count
            var run = 0, i = 0
            while i < n {
                // eight bytes at a time while none of them needs a look
                while i &+ 8 <= n, isPlain(ByteScan.word(base + i), attribute) { i &+= 8 }
                guard i < n else { break }
                let c = cls[Int(base[i])] & mask
                if c == 0 { i += 1; continue }
                if c == 4 {   // non-ASCII: a valid sequence stays in the run
                    let len = sequenceLength(base, i, n)
                    if len > 0 && !(len == 3 && base[i] == 0xEF && base[i + 1] == 0xBF && base[i + 2] >= 0xBE) {
                        i += len
                        continue
                    }
                    if i > run { emit(base + run, i - run) }
                    let bad = max(len, 1)   // U+FFFE/U+FFFF: three spaces; a broken byte: one
                    for _ in 0..<bad { emitStatic(" ", emit) }
                    i += bad
                    run = i
                    continue
                }
                if i > run { emit(base + run, i - run) }
                emitStatic(replacement(base[i]), emit)
                i += 1
                run = i
            }
            if run < n { emit(base + run, n - run) }
        }
    }

    /// None of the eight bytes of `w` is special: no non-ASCII byte, no C0
    /// control (tab and LF included, which are plain in text: the byte loop
    /// takes them), none of `<>&` (nor `"` in an attribute). The tests are the
    /// classic "has a zero byte / a byte less than n" word tricks of `ByteScan`;
    /// they can err only towards "special", which the byte loop then settles.
    @inline(__always)
    private static func isPlain(_ w: UInt64, _ attribute: Bool) -> Bool {
        @inline(__always) func has(_ b: UInt8) -> UInt64 { ByteScan.zeroBytes(w ^ (0x0101_0101_0101_0101 &* UInt64(b))) }
        guard !ByteScan.hasNonASCII(w) else { return false }
        var special = ByteScan.bytesBelow(w, 0x20) | has(0x3C) | has(0x3E) | has(0x26)
        if attribute { special |= has(0x22) }
        return special == 0
    }

    /// What an ASCII byte that needs escaping is written as.
    private static func replacement(_ b: UInt8) -> StaticString {
        switch b {
        case 0x3C: return "&lt;"
        case 0x3E: return "&gt;"
        case 0x26: return "&amp;"
        case 0x0D: return "&#13;"
        case 0x22: return "&quot;"
        case 0x09: return "&#9;"
        case 0x0A: return "&#10;"
        default: return " "    // a C0 control XML 1.0 forbids
        }
    }

    @inline(__always)
    private static func emitStatic(_ s: StaticString, _ emit: (UnsafePointer<UInt8>, Int) -> Void) {
        emit(s.utf8Start, s.utf8CodeUnitCount)
    }

    /// The length of the valid UTF-8 sequence at `i` (no overlongs, no
    /// surrogates, nothing past U+10FFFF), or 0 when it is not valid.
    @inline(__always)
    static func sequenceLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        let b = p[i]
        @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
        switch b {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1) && p[i + 1] >= 0xA0 && cont(2) ? 3 : 0
        case 0xED: return cont(1) && p[i + 1] < 0xA0 && cont(2) ? 3 : 0
        case 0xE1...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0: return cont(1) && p[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1) && p[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
