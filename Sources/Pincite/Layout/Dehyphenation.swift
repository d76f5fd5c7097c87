// Dehyphenation: which hyphens at line ends only split a word for the line break.
// Court PDFs rarely hyphenate words (most are set ragged right), so most line-end
// hyphens are real ("self-\nincrimination") and are kept when the lines are joined.
// A hyphen is dropped only when the document itself spells the joined word without
// it elsewhere ("incrimi-\nnation" where "incrimination" occurs) and never with it.

enum Dehyphenation {
    /// Offsets of the line-end hyphens to drop when lines are joined.
    static func droppedHyphens(text: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> Set<Int> {
        // candidates: word "-" ‹line break› lower-case word
        var candidates: [(hyphen: Int, joined: UInt64, hyphenated: UInt64)] = []
        // (length, first letter) pairs of the candidates, so that few words are hashed
        var lengths = [Bool](repeating: false, count: 128 * 32)
        tokens.withUnsafeBufferPointer { tp in
            guard tp.count >= 3 else { return }
            for k in 1..<(tp.count - 1) where tp[k].kind == .dash {
                let a = tp[k - 1], d = tp[k], b = tp[k + 1]
                guard d.length == 1, text[Int(d.start)] == 0x2D, a.kind == .word, a.end == d.start,
                      b.kind == .word, b.has(.newlineBefore), b.has(.lowercase) else { continue }
                let left = UnsafeBufferPointer(rebasing: text[Int(a.start)..<Int(a.end)])
                let right = UnsafeBufferPointer(rebasing: text[Int(b.start)..<Int(b.end)])
                candidates.append((Int(d.start), lowerHash(left, right), lowerHash(left, [0x2D], right)))
                let letter = Int(text[Int(a.start)] & 0x1F)
                if a.length + b.length + 1 < 128 {
                    lengths[(a.length + b.length) * 32 + letter] = true
                    lengths[(a.length + b.length + 1) * 32 + letter] = true
                }
            }
        }
        guard !candidates.isEmpty else { return [] }
        // the words of the document with those lengths
        var seen = Set<UInt64>()
        for t in tokens where t.kind == .word && t.length < 128 && lengths[t.length * 32 + Int(text[Int(t.start)] & 0x1F)] {
            seen.insert(lowerHash(UnsafeBufferPointer(rebasing: text[Int(t.start)..<Int(t.end)])))
        }
        var dropped = Set<Int>()
        for c in candidates where seen.contains(c.joined) && !seen.contains(c.hyphenated) { dropped.insert(c.hyphen) }
        return dropped
    }

    /// FNV-1a of the concatenated byte runs, ASCII letters lower-cased.
    static func lowerHash(_ parts: UnsafeBufferPointer<UInt8>...) -> UInt64 {
        var h = WordHash.offset
        for part in parts {
            for b in part { h = (h ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* WordHash.prime }
        }
        return h
    }

    static func lowerHash(_ left: UnsafeBufferPointer<UInt8>, _ middle: [UInt8], _ right: UnsafeBufferPointer<UInt8>) -> UInt64 {
        middle.withUnsafeBufferPointer { lowerHash(left, $0, right) }
    }
}
