// PageFurniture: the lines a printed page repeats that are not part of the
// opinion's text — ECF stamps, running headers ("Case: 21-50498 Document: 00516242060
// Page: 3 Date Filed: 03/16/2022", "No. 21-50498") and bare page numbers at a page's
// edge. They are kept as page metadata and the parser steps over them, so that a case
// name broken by a page break ("Montoya v. FedEx Ground ‹header› Package Sys., Inc.")
// is read whole.

extension PageLayout {
    /// Finds furniture lines: ECF stamps anywhere, and on form-feed pages the top lines
    /// that recur (digits aside) on at least half of the pages, and lone page numbers
    /// next to a page break.
    static func furniture(_ text: [UInt8], _ lines: [LineInfo], pageStarts: [Int]) -> [Span] {
        var out: [Span] = []
        func content(_ l: LineInfo) -> ArraySlice<UInt8> { text[(l.start + l.indent)..<l.end] }
        func isStamp(_ l: LineInfo) -> Bool {
            let c = content(l)
            return c.count > 12 && c.starts(with: Array("Case".utf8)) && (c.contains(0x23) || c.firstRange(of: Array("Page".utf8)) != nil)
        }
        func shape(_ l: LineInfo) -> [UInt8] {
            var s: [UInt8] = []
            for b in content(l) where b != 0x20 { s.append(b >= 0x30 && b <= 0x39 ? 0x23 : b) }
            return s
        }
        // top lines of each form-feed page
        var firstLines: [[Int]] = []
        if pageStarts.count >= 3 {
            var li = 0
            for ps in pageStarts {
                while li < lines.count, lines[li].start < ps { li += 1 }
                var picked: [Int] = []
                var k = li
                while k < lines.count, picked.count < 3, k - li < 8 {
                    if !lines[k].isBlank { picked.append(k) }
                    k += 1
                }
                firstLines.append(picked)
            }
            var counts: [[UInt8]: Int] = [:]
            for page in firstLines { for k in Set(page.map { shape(lines[$0]) }) where !k.isEmpty { counts[k, default: 0] += 1 } }
            for page in firstLines {
                for k in page where counts[shape(lines[k]), default: 0] * 2 >= pageStarts.count && shape(lines[k]).count <= 120 {
                    out.append(Span(lines[k].start, lines[k].end))
                }
            }
        }
        for (i, l) in lines.enumerated() where !l.isBlank {
            if isStamp(l) { out.append(Span(l.start, l.end)); continue }
            // a lone page number right before or after a page break
            let c = content(l)
            var next = i + 1
            while next < lines.count, lines[next].isBlank, !lines[next].afterFormFeed { next += 1 }
            if c.count <= 3, c.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
               l.afterFormFeed || (next < lines.count && lines[next].afterFormFeed) {
                out.append(Span(l.start, l.end))
            }
        }
        out.sort { $0.start < $1.start }
        // a stamp at a page top is found twice: keep each line once
        var unique: [Span] = []
        for s in out where unique.last != s { unique.append(s) }
        return unique
    }

    /// The furniture span containing offset `o`, if any.
    public func furnitureSpan(at o: Int) -> Span? {
        var lo = 0, hi = furniture.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = furniture[mid]
            if o < s.start { hi = mid - 1 } else if o >= s.end { lo = mid + 1 } else { return s }
        }
        return nil
    }
}
