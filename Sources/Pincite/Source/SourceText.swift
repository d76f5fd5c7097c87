// SourceText: the first stage of the pipeline. It turns the bytes a user gave us
// into the UTF-8 working text every later stage reads, and remembers how to map
// a working-text offset back to the ORIGINAL byte offset (DESIGN rule 1).
//
// Valid UTF-8 (the common case) is used as is: the map is the identity and no
// copy of the offsets is made. A UTF-8 byte-order mark is skipped. UTF-16 with a
// BOM is transcoded. Anything else that is not valid UTF-8 is read as
// Windows-1252, the encoding court texts most often arrive in when they are not
// UTF-8 ("§" as byte 0xA7). NUL bytes become spaces so that C-string based tools
// downstream never truncate. Only in the transcoded cases is an offset table kept.
// Validation and the NUL check skip ASCII eight bytes at a time (`ByteScan`):
// they read every input byte, so they are as hot as the lexer.

/// How the input bytes were decoded.
public enum SourceEncoding: String, Sendable {
    case utf8 = "utf-8"
    case utf8WithBOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1252 = "windows-1252"
    /// The working text was read out of markup or JSON by an input reader
    /// (`FormatReader`); offsets map into the markup.
    case markup = "markup"
}

/// The decoded input of one document plus the map back to its original bytes.
public struct SourceText: Sendable {
    /// The UTF-8 working text that the lexer reads.
    public let text: [UInt8]
    /// The input bytes exactly as given (shares storage with `text` for clean UTF-8).
    public let original: [UInt8]
    /// How the original bytes were decoded.
    public let encoding: SourceEncoding
    /// Number of bytes in the original input.
    public let originalCount: Int
    /// `originalOffset[i]` is the original byte offset of working byte `i`;
    /// `nil` when the working text is byte-for-byte the original (shifted by `bomLength`).
    private let originalOffset: [Int32]?
    private let bomLength: Int

    /// Decodes `bytes`, choosing UTF-8, UTF-16 (by BOM) or Windows-1252.
    public init(bytes: [UInt8]) {
        originalCount = bytes.count
        original = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            let rest = Array(bytes[3...])
            if UTF8Validation.isValid(rest) {
                text = UTF8Validation.replacingNUL(rest)
                encoding = .utf8WithBOM
                originalOffset = nil
                bomLength = 3
                return
            }
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            (text, originalOffset) = Transcoder.utf16(bytes, littleEndian: little)
            encoding = little ? .utf16LE : .utf16BE
            bomLength = 0
            return
        }
        if UTF8Validation.isValid(bytes) {
            text = UTF8Validation.replacingNUL(bytes)
            encoding = .utf8
            originalOffset = nil
            bomLength = 0
            return
        }
        (text, originalOffset) = Transcoder.windows1252(bytes)
        encoding = .windows1252
        bomLength = 0
    }

    /// Maps a working-text offset (0...text.count) to the original byte offset.
    @inlinable
    public func original(_ offset: Int) -> Int {
        originalOffsetImpl(offset)
    }

    @usableFromInline
    func originalOffsetImpl(_ offset: Int) -> Int {
        guard let map = originalOffset else { return offset + bomLength }
        if offset >= map.count { return originalCount }
        return Int(map[offset])
    }

    /// Maps the end of a working-text span to the original: right after the original of its
    /// last byte. Where the working text is no contiguous copy (markup: the reader writes a
    /// paragraph's line break when the next block opens, a collected note's text after the
    /// opinion), the original of the offset itself can lie past closing tags and whole notes
    /// ("Ibid.</a></span></em></p>⏎</footnote>⏎"); an entity the last byte came from is kept
    /// whole ("&amp;").
    public func originalEnd(_ end: Int, start: Int) -> Int {
        let mapped = original(end)
        guard originalOffset != nil, end > start, end > 0 else { return mapped }
        let last = original(end - 1)
        guard mapped - last > 4, last < originalCount else { return mapped }
        var e = last + 1
        if original[last] == 0x3C, text[end - 1] != 0x3C {
            // a byte the reader wrote for a tag ("]" of a note mark "[1]" at "</footnotemark>"): the tag
            var k = last + 1
            while k < originalCount, k < last + 256, original[k] != 0x3E { k += 1 }
            if k < originalCount, original[k] == 0x3E { e = k + 1 }
        } else if original[last] == 0x26 {
            var k = last + 1
            while k < min(originalCount, last + 12), original[k] != 0x3B { k += 1 }
            if k < originalCount, original[k] == 0x3B { e = k + 1 }
        }
        return min(e, mapped)
    }

    /// The working text between two offsets as a Swift string (for exporters).
    public func string(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, text.count)), e = max(s, min(end, text.count))
        return String(decoding: text[s..<e], as: UTF8.self)
    }
}

/// Strict UTF-8 validation (rejects overlongs, surrogates and code points above U+10FFFF).
enum UTF8Validation {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p -> Bool in
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                if b < 0x80 {
                    // ASCII (nearly all of an opinion): skip it eight bytes at a time
                    i += 1
                    while i + 8 <= n, !ByteScan.hasNonASCII(ByteScan.word(p.baseAddress! + i)) { i += 8 }
                    continue
                }
                if b >= 0xC2 && b <= 0xDF {
                    guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return false }
                    i += 2
                } else if b >= 0xE0 && b <= 0xEF {
                    guard i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return false }
                    if b == 0xE0 && p[i + 1] < 0xA0 { return false }
                    if b == 0xED && p[i + 1] >= 0xA0 { return false }
                    i += 3
                } else if b >= 0xF0 && b <= 0xF4 {
                    guard i + 3 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return false }
                    if b == 0xF0 && p[i + 1] < 0x90 { return false }
                    if b == 0xF4 && p[i + 1] >= 0x90 { return false }
                    i += 4
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// NUL bytes carry no text; they become spaces (same length, offsets unchanged).
    static func replacingNUL(_ bytes: [UInt8]) -> [UInt8] {
        let hasNUL = bytes.withUnsafeBufferPointer { p in
            p.count > 0 && ByteScan.firstIndex(of: 0, in: p.baseAddress!, from: 0, to: p.count) < p.count
        }
        guard hasNUL else { return bytes }
        return bytes.map { $0 == 0 ? 0x20 : $0 }
    }
}

/// Transcoders for the non-UTF-8 inputs; each returns the UTF-8 text and the offset map.
enum Transcoder {
    /// Windows-1252 code points for bytes 0x80–0x9F (0 = undefined, read as U+FFFD).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> ([UInt8], [Int32]) {
        var out: [UInt8] = []
        var map: [Int32] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        map.reserveCapacity(bytes.count + bytes.count / 8)
        for (i, b) in bytes.enumerated() {
            var scalar: UInt32
            if b < 0x80 { scalar = b == 0 ? 0x20 : UInt32(b) }
            else if b < 0xA0 { scalar = cp1252High[Int(b - 0x80)]; if scalar == 0 { scalar = 0xFFFD } }
            else { scalar = UInt32(b) }
            append(scalar, from: i, to: &out, map: &map)
        }
        return (out, map)
    }

    static func utf16(_ bytes: [UInt8], littleEndian: Bool) -> ([UInt8], [Int32]) {
        var out: [UInt8] = []
        var map: [Int32] = []
        out.reserveCapacity(bytes.count)
        map.reserveCapacity(bytes.count)
        var i = 2
        func unit(_ k: Int) -> UInt32 {
            littleEndian ? UInt32(bytes[k]) | UInt32(bytes[k + 1]) << 8 : UInt32(bytes[k]) << 8 | UInt32(bytes[k + 1])
        }
        while i + 1 < bytes.count {
            var u = unit(i)
            var width = 2
            if u >= 0xD800 && u < 0xDC00, i + 3 < bytes.count {
                let low = unit(i + 2)
                if low >= 0xDC00 && low < 0xE000 {
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                    width = 4
                } else { u = 0xFFFD }
            } else if u >= 0xD800 && u < 0xE000 { u = 0xFFFD }
            if u == 0 { u = 0x20 }
            append(u, from: i, to: &out, map: &map)
            i += width
        }
        return (out, map)
    }

    private static func append(_ scalar: UInt32, from offset: Int, to out: inout [UInt8], map: inout [Int32]) {
        let o = Int32(truncatingIfNeeded: offset)
        if scalar < 0x80 {
            out.append(UInt8(scalar)); map.append(o)
        } else if scalar < 0x800 {
            out.append(UInt8(0xC0 | (scalar >> 6))); out.append(UInt8(0x80 | (scalar & 0x3F)))
            map.append(o); map.append(o)
        } else if scalar < 0x10000 {
            out.append(UInt8(0xE0 | (scalar >> 12))); out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
            map.append(o); map.append(o); map.append(o)
        } else {
            out.append(UInt8(0xF0 | (scalar >> 18))); out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F))); out.append(UInt8(0x80 | (scalar & 0x3F)))
            map.append(o); map.append(o); map.append(o); map.append(o)
        }
    }
}

// MARK: - Working text made by an input reader

extension SourceText {
    /// Wraps a working text that an input reader (`FormatReader`: HTML, CAP XML,
    /// CAP/CourtListener JSON) made out of `original`.
    /// - Parameters:
    ///   - transcoded: the UTF-8 working text (NUL bytes become spaces).
    ///   - offsets: `offsets[i]` is the byte offset in `original` of working byte `i`;
    ///     a map of the wrong length is cut or padded with the end of the input.
    ///   - original: the input bytes exactly as given.
    ///   - encoding: reported as the source encoding (`.markup` for reader output).
    public init(transcoded: [UInt8], offsets: [Int32], original: [UInt8], encoding: SourceEncoding = .markup) {
        var map = offsets
        if map.count > transcoded.count { map.removeLast(map.count - transcoded.count) }
        while map.count < transcoded.count { map.append(Int32(truncatingIfNeeded: original.count)) }
        text = UTF8Validation.replacingNUL(transcoded)
        self.original = original
        self.encoding = encoding
        originalCount = original.count
        originalOffset = map
        bomLength = 0
    }
}
