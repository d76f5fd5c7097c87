// Limits: the bounds Pincite keeps on one document so that input nobody
// anticipated costs bounded memory and stack, never a crash. Each limit, when
// hit, leaves a diagnostic on the document and the rest is still parsed.
//
// Why these numbers:
// - Document size: offset maps are Int32 and libxml2 takes an Int32 length, so
//   2 GiB is a hard ceiling; and a parse peaks at ~8× the input for prose and up
//   to ~40× for input that is nothing but citations (Benchmarks/complexity.py).
//   64 MiB keeps even that worst case under ~3 GiB per document — far above any
//   real opinion (the largest in the corpora is under 0.3 MB).
// - Parenthetical depth: "(quoting X (citing Y (…)))" recurses once per level;
//   real opinions nest 3–4 deep. 32 bounds the stack on "((((…" with room to spare.

/// The bounds Pincite keeps on one document (see README, "Limits").
public struct Limits: Sendable, Equatable {
    /// Inputs longer than this are cut: only the first `maxDocumentBytes` bytes
    /// (backed up to the last line break in the final 64 KiB, else to a character
    /// boundary) are parsed, with a diagnostic naming both sizes.
    public var maxDocumentBytes: Int
    /// Citations nested deeper than this in parentheticals ("(quoting … (citing …))")
    /// are not parsed; the enclosing citations are, and a diagnostic says so.
    public var maxParentheticalDepth: Int

    /// The defaults: 64 MiB per document, parentheticals 32 deep.
    public init(maxDocumentBytes: Int = 64 << 20, maxParentheticalDepth: Int = 32) {
        self.maxDocumentBytes = max(0, min(maxDocumentBytes, Int(Int32.max)))
        self.maxParentheticalDepth = max(0, maxParentheticalDepth)
    }

    /// Where to cut `bytes` to at most `maxDocumentBytes`: `bytes.count` when within
    /// the limit. The cut falls after a line break when one lies in the last 64 KiB
    /// (the parse then ends on a whole line), else before a UTF-8 lead byte, and is
    /// even for UTF-16 input (a BOM says so) so that no code unit is split.
    func cutPoint(_ bytes: [UInt8]) -> Int {
        guard bytes.count > maxDocumentBytes else { return bytes.count }
        var cut = maxDocumentBytes
        let floor = max(0, cut - 64 * 1024)
        var i = cut - 1
        while i >= floor, bytes[i] != 0x0A { i -= 1 }
        if i >= floor {
            cut = i + 1
        } else {
            // 10xxxxxx continues a character: back up to its lead byte (≤ 3 steps)
            var steps = 0
            while cut > 0, steps < 3, bytes[cut] & 0xC0 == 0x80 { cut -= 1; steps += 1 }
        }
        let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        if utf16 { cut &= ~1 }
        return cut
    }
}
