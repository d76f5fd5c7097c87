// PageLayout: where the opinion's own pages are, so that each citation can say
// on which page it stands. This first version reads the two page markers that
// need no guessing — form feeds (pdftotext output) and ECF running headers or
// footers ("Case 1:16-cv-06915 … Page 3 of 20 PageID #: …") — and star pages of
// reporter-paginated web text ("*553"). Footnote zones, running-header removal
// and the other PDF quirks belong to the layout stage of the opinion-tree work.

/// One page of the opinion.
public struct PageInfo: Sendable, Equatable {
    /// The page number printed or implied for this page.
    public var number: Int
    /// Working-text span of the page.
    public var span: Span
}

/// The page structure of a text.
public struct PageLayout: Sendable {
    public var pages: [PageInfo] = []
    /// Star-page markers ("*553") as (offset, page).
    public var starPages: [(offset: Int, page: Int)] = []

    /// The page number in force at working-text offset `offset`.
    public func page(at offset: Int) -> Int? {
        if !starPages.isEmpty {
            var lo = 0, hi = starPages.count - 1, best: Int? = nil
            while lo <= hi {
                let mid = (lo + hi) / 2
                if starPages[mid].offset <= offset { best = starPages[mid].page; lo = mid + 1 } else { hi = mid - 1 }
            }
            if best != nil { return best }
        }
        guard !pages.isEmpty else { return nil }
        var lo = 0, hi = pages.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if pages[mid].span.start <= offset { lo = mid } else { hi = mid - 1 }
        }
        return pages[lo].number
    }

    /// Finds pages by form feeds or ECF "Page N of M" stamps, and inline star pages.
    public static func detect(text: [UInt8], tokens: [Token]) -> PageLayout {
        var layout = PageLayout()
        let n = text.count
        guard n > 0 else { return layout }
        // 1. form feeds
        var breaks: [Int] = []
        for (i, b) in text.enumerated() where b == 0x0C { breaks.append(i + 1) }
        if !breaks.isEmpty {
            var start = 0
            for (k, b) in (breaks + [n]).enumerated() where b > start {
                layout.pages.append(PageInfo(number: k + 1, span: Span(start, b)))
                start = b
            }
            if layout.pages.last.map({ $0.span.end < n }) ?? false { layout.pages.append(PageInfo(number: layout.pages.count + 1, span: Span(start, n))) }
        } else {
            // 2. ECF stamps: "Page 3 of 20" — the stamp belongs to the page it ends (footer)
            let stamps = ecfStamps(text)
            if !stamps.isEmpty {
                var start = 0
                for s in stamps where s.offset > start {
                    layout.pages.append(PageInfo(number: s.page, span: Span(start, s.lineEnd)))
                    start = s.lineEnd
                }
                if start < n { layout.pages.append(PageInfo(number: (stamps.last?.page ?? 0) + 1, span: Span(start, n))) }
            }
        }
        // 3. star pages "*553" / "**88" at the start of a token run
        text.withUnsafeBufferPointer { p in
            for (k, t) in tokens.enumerated() where t.kind == .star && k + 1 < tokens.count {
                let next = tokens[k + 1]
                guard next.kind == .number, next.start == t.end || (k + 2 < tokens.count && tokens[k + 1].kind == .star), t.has(.spaceBefore) else { continue }
                let numTok = next.kind == .number ? next : tokens[k + 2]
                guard numTok.length >= 1, numTok.length <= 5 else { continue }
                // not a pincite: "at *3" or a range "*9–12"
                if k > 0, tokens[k - 1].kind == .word, p[Int(tokens[k - 1].start)] == 0x61, tokens[k - 1].length == 2 { continue }
                if k > 0, tokens[k - 1].kind == .dash || tokens[k - 1].kind == .comma || tokens[k - 1].kind == .ampersand { continue }
                var v = 0
                for i in Int(numTok.start)..<Int(numTok.end) { v = v * 10 + Int(p[i] - 0x30) }
                layout.starPages.append((Int(t.start), v))
            }
        }
        return layout
    }

    /// "Page N of M" stamps: offset of the stamp, the page number, and the end of its line.
    static func ecfStamps(_ text: [UInt8]) -> [(offset: Int, page: Int, lineEnd: Int)] {
        var out: [(Int, Int, Int)] = []
        let pat: [UInt8] = Array("Page ".utf8)
        var i = 0
        let n = text.count
        while i + 8 < n {
            if text[i] == 0x50, text[i + 1] == 0x61, text[i + 2] == 0x67, text[i + 3] == 0x65, text[i + 4] == 0x20 {
                var j = i + pat.count
                var v = 0, digits = 0
                while j < n, text[j] >= 0x30, text[j] <= 0x39, digits < 5 { v = v * 10 + Int(text[j] - 0x30); j += 1; digits += 1 }
                if digits > 0, j + 4 < n, text[j] == 0x20, text[j + 1] == 0x6F, text[j + 2] == 0x66, text[j + 3] == 0x20 {
                    // must be on a line that starts with "Case " (ECF stamp)
                    var ls = i
                    while ls > 0, text[ls - 1] != 0x0A { ls -= 1 }
                    var le = j
                    while le < n, text[le] != 0x0A { le += 1 }
                    let line = text[ls..<min(le, ls + 8)]
                    if line.starts(with: Array("Case ".utf8)) || line.starts(with: Array(" Case ".utf8)) || line.contains(0x43) {
                        out.append((i, v, min(n, le + 1)))
                    }
                    i = le
                    continue
                }
            }
            i += 1
        }
        return out
    }
}
