// StringSearch: substring tests on Strings by their UTF-8 bytes.
//
// Why: with Foundation imported, `"…".contains("omitted")` resolves to
// Foundation's `StringProtocol.contains`, a UTF-16 `NSString` search that
// converts the receiver first; in the citation parser's parenthetical
// classification and the structure pass's line tests it was ~3% of a parse.
// For the ASCII literals these call sites look for, a byte search gives the
// same answer (a UTF-8 sequence of a non-ASCII character never contains an
// ASCII byte).

extension StringProtocol {
    /// Whether the string contains `needle` (an ASCII literal), compared byte for byte.
    func containsBytes(_ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0 else { return true }
        let found = utf8.withContiguousStorageIfAvailable { hay in
            ByteScan.contains(hay, needle.utf8Start, n)
        }
        if let found { return found }
        return String(self).containsBytes(needle)   // a Substring of a bridged string: copy once
    }
}

extension String {
    /// Whether the string contains `needle`, compared byte for byte (exact
    /// UTF-8, no Unicode normalization: for keys built by `NameKey`).
    func containsBytes(_ needle: String) -> Bool {
        var hay = self, needle = needle
        return needle.withUTF8 { n in
            guard let np = n.baseAddress, !n.isEmpty else { return true }
            return hay.withUTF8 { ByteScan.contains($0, np, n.count) }
        }
    }

    /// The string with its ASCII letters lower-cased and every other byte kept.
    /// For tests against ASCII phrases ("quoting", "omitted", ", j., concurring"),
    /// where Unicode `lowercased()` cost ~20,000 instructions per parenthetical.
    func asciiLowercased() -> String {
        var s = self
        return s.withUTF8 { src in
            String(unsafeUninitializedCapacity: src.count) { out in
                for i in 0..<src.count {
                    let b = src[i]
                    out[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
                return src.count
            }
        }
    }
}

extension StringProtocol {
    /// `lowercased()`, with a byte loop for ASCII text (the usual case), where the
    /// result is the same: the standard library maps non-ASCII text scalar by scalar
    /// through a String each (~600 instructions a scalar on an 80-byte footnote opening).
    func fastLowercased() -> String { caseMapped(upper: false) }

    /// `uppercased()`, with a byte loop for ASCII text (see `fastLowercased`).
    func fastUppercased() -> String { caseMapped(upper: true) }

    private func caseMapped(upper: Bool) -> String {
        let (lo, hi): (UInt8, UInt8) = upper ? (0x61, 0x7A) : (0x41, 0x5A)
        // native strings and their substrings are contiguous UTF-8: map them on a pointer
        let mapped: String?? = utf8.withContiguousStorageIfAvailable { src -> String? in
            var changes = false
            for b in src {
                if b >= 0x80 { return nil }
                if b >= lo && b <= hi { changes = true }
            }
            guard changes else { return String(self) }
            return String(unsafeUninitializedCapacity: src.count) { out in
                for k in 0..<src.count { out[k] = src[k] >= lo && src[k] <= hi ? src[k] ^ 0x20 : src[k] }
                return src.count
            }
        }
        if let m = mapped, let ascii = m { return ascii }
        // what the standard library does (each scalar's full case mapping, no context),
        // with ASCII scalars mapped in place instead of through a String each
        // (into bytes: appending scalar by scalar to a String cost ~2,000 instructions a line of
        // caption, most of them for a "’"; punctuation and symbols have no case and are copied)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 8)
        for u in unicodeScalars {
            let v = u.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= lo && b <= hi ? b ^ 0x20 : b)
            } else if (v >= 0x2000 && v <= 0x206F) || (v >= 0xA0 && v <= 0xBF && v != 0xB5) || v == 0xD7 || v == 0xF7 {  // (µ upper-cases to Μ)
                UTF8.encode(u) { out.append($0) }
            } else {
                for m in (upper ? u.properties.uppercaseMapping : u.properties.lowercaseMapping).utf8 { out.append(m) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// Whether the UTF-8 bytes begin with `prefix`. For ASCII phrases, where
    /// `hasPrefix` (a Unicode comparison by Characters) costs far more.
    func hasPrefixBytes(_ prefix: StaticString) -> Bool {
        let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        return utf8.count >= p.count && utf8.starts(with: p)
    }

    /// The range of the first occurrence of `needle` (ASCII), found byte for byte:
    /// `range(of:)` without Foundation's UTF-16 search.
    func rangeOfBytes(_ needle: StaticString) -> Range<String.Index>? {
        let n = needle.utf8CodeUnitCount
        guard n > 0 else { return nil }
        var s = self
        let at: Int? = s.withUTF8 { ByteScan.firstMatch($0, needle.utf8Start, n) }
        guard let at else { return nil }
        let lower = utf8.index(startIndex, offsetBy: at)
        return lower..<utf8.index(lower, offsetBy: n)
    }

    /// The pieces between occurrences of `separator` (ASCII), found byte for byte:
    /// `components(separatedBy:)` without Foundation.
    func componentsBytes(separatedBy separator: StaticString) -> [String] {
        let n = separator.utf8CodeUnitCount
        var s = self
        return s.withUTF8 { hay -> [String] in
            guard n > 0 else { return [String(decoding: hay, as: UTF8.self)] }
            var pieces: [String] = []
            var start = 0
            while start <= hay.count, let at = ByteScan.firstMatch(UnsafeBufferPointer(rebasing: hay[start...]), separator.utf8Start, n) {
                pieces.append(String(decoding: hay[start..<(start + at)], as: UTF8.self))
                start += at + n
            }
            pieces.append(String(decoding: hay[start...], as: UTF8.self))
            return pieces
        }
    }

    /// Whether the UTF-8 bytes end with `suffix` (see `hasPrefixBytes`).
    func hasSuffixBytes(_ suffix: StaticString) -> Bool {
        let p = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        return utf8.count >= p.count && utf8.suffix(p.count).elementsEqual(p)
    }
}

extension ByteScan {
    /// Whether `hay` contains the `n` bytes at `needle` (n > 0).
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        firstMatch(hay, needle, n) != nil
    }

    /// The offset in `hay` of the first occurrence of the `n` bytes at `needle` (n > 0).
    static func firstMatch(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafePointer<UInt8>, _ n: Int) -> Int? {
        guard let p = hay.baseAddress, hay.count >= n else { return nil }
        let last = hay.count - n
        let first = needle[0]
        var i = 0
        while i <= last {
            i = firstIndex(of: first, in: p, from: i, to: last + 1)
            if i > last { return nil }
            var k = 1
            while k < n, p[i + k] == needle[k] { k += 1 }
            if k == n { return i }
            i += 1
        }
        return nil
    }
}

// Trimming without Foundation: `trimmingCharacters(in:)` bridges to NSString
// (a UTF-16 copy and a substring per call); the caption and head-matter passes
// call it on every line before the opinion, which made them a fixed cost of
// ~10% per document in batch runs. These trim by Unicode scalars and give the
// same result for the sets they stand for.
extension StringProtocol {
    /// The string without leading and trailing characters of `chars` (ASCII
    /// literal): `trimmingCharacters(in: CharacterSet(charactersIn: chars))`.
    func trimmed(_ chars: StaticString) -> String {
        let set = UnsafeBufferPointer(start: chars.utf8Start, count: chars.utf8CodeUnitCount)
        return trimmedScalars { $0.value < 0x80 && set.contains(UInt8($0.value)) }
    }

    /// The string without leading and trailing tabs and space separators
    /// (Unicode Zs): `trimmingCharacters(in: .whitespaces)`.
    func trimmedWhitespace() -> String {
        trimmedScalars { u in
            u.value < 0x80 ? (u.value == 0x20 || u.value == 0x09) : u.properties.generalCategory == .spaceSeparator
        }
    }

    /// The string with each run of spaces inside it written as one space ("CHARLES   R.
    /// BREYER", a name justified across a signature line).
    func singleSpaced() -> String {
        guard contains("  ") else { return String(self) }
        var out = ""
        var lastWasSpace = false
        for ch in self {
            if ch == " " { if !lastWasSpace { out.append(ch) }; lastWasSpace = true } else { out.append(ch); lastWasSpace = false }
        }
        return out
    }

    private func trimmedScalars(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var a = scalars.startIndex, b = scalars.endIndex
        while a < b, drop(scalars[a]) { a = scalars.index(after: a) }
        while a < b {
            let before = scalars.index(before: b)
            guard drop(scalars[before]) else { break }
            b = before
        }
        return String(self[a..<b])   // scalar indices are valid string indices
    }
}
