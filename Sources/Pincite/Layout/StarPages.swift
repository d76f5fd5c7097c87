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
    /// Lines that hold nothing but a bracketed reporter page, as web exports print where
    /// each page of the reporter begins: "[590 F.Supp.3d 857]". They are page markers, not
    /// citations, when at least two such lines name the same volume and reporter.
    static func bracketedReporterPages(_ lines: [LineInfo], _ p: UnsafeBufferPointer<UInt8>) -> [StarMarker] {
        var found: [(key: [UInt8], marker: StarMarker)] = []
        for l in lines where !l.isBlank && l.end - l.start - l.indent <= 48 {
            let s = l.start + l.indent
            var e = l.end
            while e > s, p[e - 1] == 0x20 || p[e - 1] == 0x0D || p[e - 1] == 0x09 { e -= 1 }
            guard e - s >= 8, p[s] == 0x5B, p[e - 1] == 0x5D else { continue }
            var i = s + 1
            while i < e, p[i] == 0x20 { i += 1 }
            let volumeStart = i
            while i < e, p[i] >= 0x30, p[i] <= 0x39 { i += 1 }
            guard i > volumeStart, i - volumeStart <= 4, i < e, p[i] == 0x20 else { continue }
            // the page: the digits before "]"
            var j = e - 1
            while j > i, p[j - 1] == 0x20 { j -= 1 }
            let pageEnd = j
            while j > i, p[j - 1] >= 0x30, p[j - 1] <= 0x39 { j -= 1 }
            guard pageEnd > j, pageEnd - j <= 5, j > i + 1, p[j - 1] == 0x20 else { continue }
            // the reporter between: letters, digits, periods and spaces, with a letter
            let reporter = UnsafeBufferPointer(rebasing: p[(i + 1)..<(j - 1)])
            guard reporter.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }),
                  reporter.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x20 || $0 == 0x27 })
            else { continue }
            var page = 0
            for k in j..<pageEnd { page = page * 10 + Int(p[k] - 0x30) }
            found.append((Array(p[volumeStart..<j]), StarMarker(offset: s, page: page, stars: 1, span: Span(s, e))))
        }
        var counts: [[UInt8]: Int] = [:]
        for f in found { counts[f.key, default: 0] += 1 }
        return found.filter { counts[$0.key]! >= 2 }.map(\.marker)
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
