// TextLines: the line structure of PDF-extracted text, the raw material of the
// layout heuristics (page breaks without form feeds, footnote zones, double
// spacing). One pass over the bytes records where each line starts and a few
// facts about it; nothing is copied. Line ends are found eight bytes at a
// time (`ByteScan`).

/// Facts about one line of the working text.
struct LineInfo {
    var start: Int
    /// End offset (exclusive), before the line break.
    var end: Int
    /// Only whitespace.
    var isBlank: Bool
    /// Leading spaces before the first visible byte.
    var indent: Int
    /// A run of ≥ 20 spaces and nothing else, or ≥ 10 underscores/dashes: a footnote separator candidate.
    var isRule: Bool
    /// A form feed precedes the line.
    var afterFormFeed: Bool
}

extension LineInfo {
    /// The end of the line without its trailing spaces, tabs and carriage returns (never before its
    /// first visible byte).
    func trimmedEnd(_ text: [UInt8]) -> Int {
        var e = end
        while e > start + indent, text[e - 1] == 0x20 || text[e - 1] == 0x09 || text[e - 1] == 0x0D { e -= 1 }
        return e
    }
}

enum TextLines {
    static func scan(_ text: [UInt8]) -> [LineInfo] {
        var lines: [LineInfo] = []
        lines.reserveCapacity(text.count / 40 + 1)
        text.withUnsafeBufferPointer { p in
            let n = p.count
            var s = 0
            var ff = false
            while s <= n {
                let e = n > 0 ? ByteScan.firstIndex(of: 0x0A, or: 0x0C, in: p.baseAddress!, from: s, to: n) : n
                var indent = 0
                while s + indent < e, p[s + indent] == 0x20 || p[s + indent] == 0x09 { indent += 1 }
                var lineEnd = e
                if lineEnd > s, p[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let blank = s + indent >= lineEnd
                var rule = false
                if blank { rule = lineEnd - s >= 20 }
                else {
                    var k = s + indent, count = 0
                    while k < lineEnd, p[k] == 0x5F || p[k] == 0x2D { k += 1; count += 1 }
                    // "_____" (pdftotext) or "--------------------" (footnotes of web text)
                    rule = k == lineEnd && count >= 10
                }
                lines.append(LineInfo(start: s, end: lineEnd, isBlank: blank, indent: indent, isRule: rule, afterFormFeed: ff))
                if e >= n { break }
                ff = p[e] == 0x0C
                s = e + 1
            }
        }
        return lines
    }

    /// Whether most text lines are followed by a blank line (double-spaced PDF text).
    static func isDoubleSpaced(_ lines: [LineInfo]) -> Bool {
        var text = 0, followedByBlank = 0, length = 0, inLongLines = 0
        for i in 0..<max(0, lines.count - 1) where !lines[i].isBlank {
            text += 1
            let n = lines[i].end - lines[i].start
            length += n
            if n > 300 { inLongLines += n }
            if lines[i + 1].isBlank { followedByBlank += 1 }
        }
        // web text also puts a blank line after every line, but its lines are whole paragraphs
        // (most of its bytes stand in lines longer than any printed line, even where a web
        // page's many short menu lines bring the mean down)
        return text > 10 && followedByBlank * 10 > text * 6 && length / max(1, text) <= 120 && inLongLines * 2 < length
    }

    /// The footnote label a line starts with ("1 In her order …" → "1", "[2] The …" → "2"), if any.
    static func leadingLabel(_ p: UnsafeBufferPointer<UInt8>, _ line: LineInfo, stars: Bool = false, bracketedStars: Bool = false) -> String? {
        var k = line.start + line.indent
        // "* We have agreed to decide the case without oral argument …": the star notes of a
        // federal order, asked for only right under a separator
        if stars, k < line.end, p[k] == 0x2A {
            var e = k
            while e < line.end, p[e] == 0x2A, e - k < 3 { e += 1 }
            guard e + 1 < line.end, p[e] == 0x20, p[e + 1] != 0x20 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: p[k..<e]), as: UTF8.self)
        }
        // "[*] Briefs of amici curiae …": the star note of a page whose notes are collected
        // under a "NOTES" heading (CourtListener's Supreme Court pages), asked for only there
        if bracketedStars, k + 3 < line.end, p[k] == 0x5B, p[k + 1] == 0x2A {
            var e = k + 1
            while e < line.end, p[e] == 0x2A, e - k <= 3 { e += 1 }
            guard e < line.end, p[e] == 0x5D else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: p[(k + 1)..<e]), as: UTF8.self)
        }
        if k < line.end, p[k] == 0x5B {  // "[12] text"
            var e = k + 1
            while e < line.end, p[e] >= 0x30, p[e] <= 0x39, e - k <= 3 { e += 1 }
            guard e > k + 1, e < line.end, p[e] == 0x5D else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: p[(k + 1)..<e]), as: UTF8.self)
        }
        // "FN1.  Mr. Warren died …": the notes of older CourtListener text (their marks "(FN1)")
        if k + 3 < line.end, p[k] == 0x46, p[k + 1] == 0x4E, p[k + 2] >= 0x30, p[k + 2] <= 0x39 {
            var e = k + 2
            while e < line.end, p[e] >= 0x30, p[e] <= 0x39, e - k <= 4 { e += 1 }
            guard e + 1 < line.end, p[e] == 0x2E, p[e + 1] == 0x20 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: p[(k + 2)..<e]), as: UTF8.self)
        }
        var digits = 0
        while k < line.end, p[k] >= 0x30, p[k] <= 0x39, digits < 3 { k += 1; digits += 1 }
        guard digits > 0, k < line.end, p[k] == 0x20 || p[k] == 0x09, k + 1 < line.end else { return nil }
        let next = p[k + 1]
        guard next != 0x20 else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: p[(line.start + line.indent)..<(line.start + line.indent + digits)]), as: UTF8.self)
    }
}
