// Byte helpers of the checker: whitespace-tolerant search, collapsing, and the
// character classes the rules share. All index arithmetic is bounds-checked.

enum TextScan {
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C
    }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) || b >= 0x80 }

    /// `bytes` as a String with whitespace runs collapsed to one space and trimmed.
    static func collapsed(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        for b in bytes {
            if isSpace(b) { space = true; continue }
            if space, !out.isEmpty { out.append(0x20) }
            space = false
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `needle` matches `text` at `i` (a space in the needle matches a
    /// whitespace run); returns the end of the match.
    static func match(_ needle: UnsafeBufferPointer<UInt8>, in text: [UInt8], at i: Int, limit: Int) -> Int? {
        var k = i, n = 0
        while n < needle.count {
            if needle[n] == 0x20 {
                guard k < limit, isSpace(text[k]) else { return nil }
                while k < limit, isSpace(text[k]) { k += 1 }
                n += 1
                continue
            }
            guard k < limit, text[k] == needle[n] else { return nil }
            k += 1; n += 1
        }
        return k
    }

    /// `body` on the UTF-8 bytes of `s` without copying them where the string has
    /// contiguous storage (the rules search for a name or a phrase in every cite).
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// First word-bounded occurrence of `needle` in `text[from..<to]`.
    static func find(_ needle: String, in text: [UInt8], from: Int, to: Int) -> Span? {
        withBytes(needle) { n in
            let lo = max(0, from), hi = min(text.count, to)
            guard let first = n.first, lo < hi else { return nil }
            var i = lo
            while i < hi {
                if text[i] == first, let e = match(n, in: text, at: i, limit: hi), bounded(text, i, e, n) { return Span(i, e) }
                i += 1
            }
            return nil
        }
    }

    /// Last word-bounded occurrence of `needle` in `text[from..<to]`.
    static func findLast(_ needle: String, in text: [UInt8], from: Int, to: Int) -> Span? {
        withBytes(needle) { n in
            let lo = max(0, from), hi = min(text.count, to)
            guard let first = n.first, lo < hi else { return nil }
            var i = hi - 1
            while i >= lo {
                if text[i] == first, let e = match(n, in: text, at: i, limit: hi), bounded(text, i, e, n) { return Span(i, e) }
                i -= 1
            }
            return nil
        }
    }

    /// A match that starts or ends with a word byte must not run into a neighbouring word.
    static func bounded(_ text: [UInt8], _ a: Int, _ e: Int, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        if let f = n.first, isWordByte(f), a > 0, isWordByte(text[a - 1]) { return false }
        if let l = n.last, isWordByte(l), e < text.count, isWordByte(text[e]) { return false }
        return true
    }

    /// The words of a name: split at spaces, trailing commas and semicolons kept apart.
    static func words(_ s: String) -> [Substring] {
        // a byte loop over UTF-8 indices: `split(separator:)` walks Characters, and this
        // runs for every party name (a space and the punctuation are whole scalars, so
        // every cut lies on a character boundary)
        var out: [Substring] = []
        let u = s.utf8
        var i = u.startIndex
        while i < u.endIndex {
            while i < u.endIndex, u[i] == 0x20 { i = u.index(after: i) }
            let start = i
            while i < u.endIndex, u[i] != 0x20 { i = u.index(after: i) }
            var end = i
            while end > start {
                let l = u[u.index(before: end)]
                guard l == 0x2C || l == 0x3B || l == 0x3A else { break }
                end = u.index(before: end)
            }
            if end > start { out.append(s[start..<end]) }
        }
        return out
    }

    /// `s` with ’ turned into ' (a byte loop; no Foundation on the hot path).
    static func straight(_ s: some StringProtocol) -> String {
        TextCase.straightApostrophes(String(s))
    }

    /// Whether `s` contains `needle`, compared byte for byte (Foundation's
    /// `contains` goes through CFString and showed in profiles).
    static func has(_ s: some StringProtocol, _ needle: String) -> Bool {
        // on the strings' own UTF-8 storage where they have some: copying both into
        // arrays cost more than the search (it runs for several rules on every cite)
        withBytes(needle) { n in
            guard let np = n.baseAddress, !n.isEmpty else { return true }
            return s.utf8.withContiguousStorageIfAvailable { ByteScan.contains($0, np, n.count) }
                ?? Array(s.utf8).withUnsafeBufferPointer { ByteScan.contains($0, np, n.count) }
        }
    }

    /// Each "§"/"§§" (`second` 0xA7) or "¶"/"¶¶" (0xB6) in `b`: where it starts,
    /// where the symbols end, and whether it is doubled.
    static func symbols(_ second: UInt8, in b: [UInt8]) -> [(start: Int, end: Int, double: Bool)] {
        var out: [(start: Int, end: Int, double: Bool)] = []
        var k = 0
        while k + 1 < b.count {
            guard b[k] == 0xC2, b[k + 1] == second else { k += 1; continue }
            var e = k + 2
            let double = e + 1 < b.count && b[e] == 0xC2 && b[e + 1] == second
            if double { e += 2 }
            out.append((k, e, double))
            k = e
        }
        return out
    }
}
