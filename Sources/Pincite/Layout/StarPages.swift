import Foundation

// Star pages: web and CAP text mark where each reporter page begins ("*781").
// An opinion printed in two reporters carries two series of markers, interleaved
// ("*1006 *781 *782 *1007 …" for Conn. App. and A.3d, or "*793 **476 *794 …"),
// and a page number must come from one of them, not from whichever marker came
// last. The series are told apart by counting: each marker continues the series
// whose last page is one less. The page series of the text is the single-star
// one with the most markers (the official reporter, whose pages are shorter,
// has more); double-star markers are the parallel reporter's by convention.

/// A star-page marker as found in the text.
struct StarMarker {
    var offset: Int
    var page: Int
    /// "*" = 1, "**" = 2.
    var stars: Int
    /// The marker's bytes ("*781", "[*2]").
    var span: Span
}

extension PageLayout {
    /// Bracketed reporter pages, as web exports print where each page of a reporter
    /// begins: "[590 F.Supp.3d 857]" on a line of its own, New York's "[945 N.E.2d 485 ,
    /// 920 N.Y.S.2d 292]", or Fastcase's inline "The deputy responded,[58 Va.App. 248]
    /// explaining …". They are page markers, not citations, when at least two lines of
    /// their own name the same volume and reporter, when a line of its own names two
    /// reporters' pages (New York's, which may mark the only page break), or when an inline one has a neighbour
    /// page (one more or one less) of the same volume and reporter — a parallel cite in
    /// brackets ("245 N.J.Super. 561 [586 A.2d 318]") is not followed by its next page.
    static func bracketedReporterPages(_ p: UnsafeBufferPointer<UInt8>) -> [StarMarker] {
        var found: [(key: [UInt8], ownLine: Bool, pair: Bool, marker: StarMarker)] = []
        var i = 0
        let n = p.count
        guard let base = p.baseAddress else { return [] }
        while i < n {
            // the next "[" (memchr: this runs over every byte of every document)
            guard let hit = memchr(base + i, 0x5B, n - i) else { break }
            i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            guard let m = reporterPageInBracket(p, at: i) else { i += 1; continue }
            let ownLine = onlyBlanks(p, before: i) && onlyBlanks(p, after: m.end)
            found.append((m.key, ownLine, m.second != nil, StarMarker(offset: i, page: m.page, stars: 1, span: Span(i, m.end))))
            // both reporters' pages: each continues its own series (New York puts either first)
            if let second = m.second {
                found.append((second.key, ownLine, true, StarMarker(offset: i, page: second.page, stars: 1, span: Span(i, m.end))))
            }
            i = m.end
        }
        guard !found.isEmpty else { return [] }
        var lineCounts: [[UInt8]: Int] = [:]
        var pagesByKey: [[UInt8]: Set<Int>] = [:]
        for f in found {
            if f.ownLine { lineCounts[f.key, default: 0] += 1 }
            pagesByKey[f.key, default: []].insert(f.marker.page)
        }
        return found.filter { f in
            if f.ownLine, lineCounts[f.key]! >= 2 || f.pair { return true }
            let pages = pagesByKey[f.key]!
            return pages.contains(f.marker.page + 1) || pages.contains(f.marker.page - 1)
        }.map(\.marker)
    }

    /// Only spaces and tabs between the line's start and offset `i`.
    private static func onlyBlanks(_ p: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, p[k] == 0x20 || p[k] == 0x09 { k -= 1 }
        return k < 0 || p[k] == 0x0A
    }

    /// Only spaces, tabs and a carriage return between offset `i` and the line's end.
    private static func onlyBlanks(_ p: UnsafeBufferPointer<UInt8>, after i: Int) -> Bool {
        var k = i
        while k < p.count, p[k] == 0x20 || p[k] == 0x09 || p[k] == 0x0D { k += 1 }
        return k == p.count || p[k] == 0x0A
    }

    /// "[vol Reporter page]" at `s` (the "["), optionally with a parallel page after a comma
    /// ("[945 N.E.2d 485 , 920 N.Y.S.2d 292]"): the first cite's volume and reporter as the
    /// key, its page, and the offset after "]".
    private static func reporterPageInBracket(_ p: UnsafeBufferPointer<UInt8>, at s: Int) -> (key: [UInt8], page: Int, second: (key: [UInt8], page: Int)?, end: Int)? {
        let limit = min(p.count, s + 72)
        var i = s + 1
        while i < limit, p[i] == 0x20 { i += 1 }
        guard let first = reporterPage(p, at: i, limit: limit) else { return nil }
        var j = first.end
        var pair: (key: [UInt8], page: Int)? = nil
        while j < limit, p[j] == 0x20 { j += 1 }
        if j < limit, p[j] == 0x2C {  // ", 920 N.Y.S.2d 292"
            j += 1
            while j < limit, p[j] == 0x20 { j += 1 }
            guard let second = reporterPage(p, at: j, limit: limit) else { return nil }
            pair = (Array(p[j..<second.pageStart]), second.page)
            j = second.end
            while j < limit, p[j] == 0x20 { j += 1 }
        }
        guard j < limit, p[j] == 0x5D else { return nil }
        return (Array(p[i..<first.pageStart]), first.page, pair, j + 1)
    }

    /// "945 N.E.2d 485" at `i`: a volume of up to four digits, a reporter of letters, digits,
    /// periods, apostrophes and spaces (with a letter), and a page of up to five digits.
    private static func reporterPage(_ p: UnsafeBufferPointer<UInt8>, at i0: Int, limit: Int) -> (pageStart: Int, page: Int, end: Int)? {
        var i = i0
        while i < limit, p[i] >= 0x30, p[i] <= 0x39 { i += 1 }
        guard i > i0, i - i0 <= 4, i < limit, p[i] == 0x20 else { return nil }
        let reporterStart = i + 1
        // the reporter runs to the last space before the page digits
        var k = reporterStart
        while k < limit, k < reporterStart + 28 {
            let b = p[k]
            let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            guard letter || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x20 || b == 0x27 else { break }
            k += 1
        }
        while k > reporterStart, p[k - 1] == 0x20 { k -= 1 }
        var lastSpace = k - 1
        while lastSpace > reporterStart, p[lastSpace] != 0x20 { lastSpace -= 1 }
        guard lastSpace > reporterStart else { return nil }
        // the page: digits from the last space to where the run stopped
        var e = lastSpace + 1
        var page = 0
        while e < k, p[e] >= 0x30, p[e] <= 0x39, e - lastSpace <= 5 { page = page * 10 + Int(p[e] - 0x30); e += 1 }
        guard e > lastSpace + 1, e == k || p[e] == 0x20 else { return nil }
        // the reporter itself must have a letter (not "12 34 56")
        let reporter = UnsafeBufferPointer(rebasing: p[reporterStart..<lastSpace])
        guard reporter.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return nil }
        return (lastSpace + 1, page, e)
    }

    /// The markup's page series (`stars`, in text order) with the bracketed reporter pages
    /// of the text that continue it. CAP's New York reports label some of the reporter's
    /// pages as anchors and print the others as paragraphs of their own, "[945 N.E.2d 485 ,
    /// 920 N.Y.S.2d 292]"; a bracketed page counts when it is one or two more than the page
    /// before it in the series (of a pair, the reporter whose series it continues).
    static func withBracketedPages(_ stars: [(offset: Int, page: Int)], text p: UnsafeBufferPointer<UInt8>) -> [(offset: Int, page: Int)] {
        let bracketed = bracketedReporterPages(p)
        guard !bracketed.isEmpty, !stars.isEmpty else { return stars }
        var out: [(offset: Int, page: Int)] = []
        var b = 0
        // the bracketed pages before `offset` that go on from the series so far
        func takeBracketed(before offset: Int) {
            while b < bracketed.count, bracketed[b].offset < offset {
                if let last = out.last, (1...2).contains(bracketed[b].page - last.page) {
                    out.append((offset: bracketed[b].offset, page: bracketed[b].page))
                }
                b += 1
            }
        }
        for star in stars {
            takeBracketed(before: star.offset)
            out.append(star)
        }
        takeBracketed(before: Int.max)
        return out
    }

    /// The markers of the main page series, in text order.
    static func mainStarSeries(_ markers: [StarMarker]) -> [(offset: Int, page: Int)] {
        guard !markers.isEmpty else { return [] }
        var series: [[StarMarker]] = []
        for m in markers {
            // continue the series whose last page is one less or the same page repeated;
            // else two less (a marker the text lost); else a few more (a note collected
            // after the opinion marks the page it was printed on again: "*761 … *760")
            let steps: [ClosedRange<Int>] = [0...1, 2...2, -3...(-1)]
            if let s = steps.lazy.compactMap({ step in
                series.firstIndex { $0.last!.stars == m.stars && step.contains(m.page - $0.last!.page) }
            }).first {
                series[s].append(m)
            } else {
                series.append([m])
            }
        }
        let fewestStars = series.map { $0[0].stars }.min()!
        let main = series.filter { $0[0].stars == fewestStars }.max { $0.count < $1.count }!
        return main.map { (offset: $0.offset, page: $0.page) }
    }

    /// Text paginated only by star pages gets its page list from them: the page
    /// before the first marker, then one page per marker.
    mutating func addPagesFromStarPages(textCount n: Int) {
        guard pages.isEmpty, let first = starPages.first else { return }
        var start = 0
        var number = first.page - 1
        var seen: Set<Int> = []
        for m in starPages where m.page != number && !seen.contains(m.page) {  // a page marked again opens no new page
            seen.insert(m.page)
            if m.offset > start, number >= 1 { pages.append(PageInfo(number: number, span: Span(start, m.offset))) }
            start = m.offset
            number = m.page
        }
        pages.append(PageInfo(number: number, span: Span(start, n)))
        pagesFromStarPages = true
    }

    /// The pages are the printed pages of a PDF (form feeds, ECF stamps), not star pages.
    public var hasPrintedPages: Bool { !pages.isEmpty && !pagesFromStarPages }
}
