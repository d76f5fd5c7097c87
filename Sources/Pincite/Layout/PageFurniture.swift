// PageFurniture: the lines a printed page repeats that are not part of the
// opinion's text — ECF stamps, running headers ("Case: 21-50498 Document: 00516242060
// Page: 3 Date Filed: 03/16/2022", "No. 21-50498") and bare page numbers at a page's
// edge. They are kept as page metadata and the parser steps over them, so that a case
// name broken by a page break ("Montoya v. FedEx Ground ‹header› Package Sys., Inc.")
// is read whole.

extension PageLayout {
    /// A court of appeals' ECF header: "USCA<n> Case:" / "USCA<n> Appeal:" / "Appellate Case:"
    /// followed by a docket and a "Filed:" date.
    static func isAppellateStamp(_ c: ArraySlice<UInt8>) -> Bool {
        // (bytes first: this runs on every line that starts with "U" or "A")
        guard c.count > 20, let f = c.first, f == 0x55 || f == 0x41, c[c.startIndex + 1] == 0x53 || c[c.startIndex + 1] == 0x70 else { return false }
        let opener: Bool
        if c.starts(with: Self.usca) {
            var k = c.startIndex + 4
            while k < c.endIndex, c[k] >= 0x30, c[k] <= 0x39 { k += 1 }
            opener = k > c.startIndex + 4 && (c[k...].starts(with: Self.caseLabel) || c[k...].starts(with: Self.appealLabel))
        } else {
            opener = c.starts(with: Self.appellateCase)
        }
        return opener && c.firstRange(of: Self.filedLabel) != nil
    }
    private static let usca = Array("USCA".utf8), caseLabel = Array(" Case:".utf8), appealLabel = Array(" Appeal:".utf8)
    private static let appellateCase = Array("Appellate Case:".utf8), filedLabel = Array("Filed:".utf8)

    /// Finds furniture lines: ECF stamps anywhere, and on form-feed pages the top lines
    /// that recur (digits aside) on at least half of the pages, and lone page numbers
    /// next to a page break; `marginNumbers` (pleading paper's line numbers) join them.
    static func furniture(_ text: [UInt8], _ lines: [LineInfo], pageStarts: [Int], marginNumbers: [Span]) -> [Span] {
        var out: [Span] = []
        func content(_ l: LineInfo) -> ArraySlice<UInt8> { text[(l.start + l.indent)..<l.end] }
        func isStamp(_ l: LineInfo) -> Bool {
            // "Case" tested on the text itself, without a slice: this runs on every line
            let s = l.start + l.indent
            guard l.end - s > 12, text[s] == 0x43 || text[s] == 0x55 || text[s] == 0x41 else { return false }
            let c = content(l)
            if text[s] == 0x43 {
                guard text[s + 1] == 0x61, text[s + 2] == 0x73, text[s + 3] == 0x65 else { return false }
                return c.contains(0x23) || c.firstRange(of: Array("Page".utf8)) != nil
            }
            // the courts of appeals' headers: "USCA11 Case: 24-10123  Document: 35-1  Date Filed:
            // 03/04/2025  Page: 1 of 5", "USCA4 Appeal: 23-1234 Doc: 45 Filed: …", "Appellate Case:
            // 24-1234  Document: 010111234567  Date Filed: 03/03/2025  Page: 1"
            return PageLayout.isAppellateStamp(c)
        }
        // a line's shape — its bytes without spaces, every digit alike — as an FNV-1a hash
        // and a length (no array per line: this runs on the edge lines of every page)
        // (a page number set apart by a gap at either end is left out: the Ninth Circuit's "2
        // UNITED STATES V. COOK" on even pages is "UNITED STATES V. COOK   3" on odd ones)
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        /// A line's content without its trailing spaces.
        func trimmed(_ l: LineInfo) -> (Int, Int) { (l.start + l.indent, l.trimmedEnd(text)) }
        func shape(_ l: LineInfo) -> (hash: UInt64, count: Int) {
            var h: UInt64 = 0xcbf29ce484222325
            var n = 0
            var (s, e) = trimmed(l)
            var k = s
            while k < e, k - s < 4, isDigit(text[k]) { k += 1 }
            if k > s, k + 1 < e, text[k] == 0x20, text[k + 1] == 0x20 { s = k }
            k = e
            while k > s, e - k < 4, isDigit(text[k - 1]) { k -= 1 }
            if k < e, k - 2 > s, text[k - 1] == 0x20, text[k - 2] == 0x20 { e = k }
            for b in text[s..<e] where b != 0x20 {
                h = (h ^ UInt64(b >= 0x30 && b <= 0x39 ? 0x23 : b)) &* 0x100000001b3
                n += 1
            }
            return (h, n)
        }
        // the top and bottom lines of each form-feed page
        if pageStarts.count >= 3 {
            var edgeLines: [[Int]] = []
            var li = 0
            for (n, ps) in pageStarts.enumerated() {
                while li < lines.count, lines[li].start < ps { li += 1 }
                var picked: [Int] = []
                var k = li
                while k < lines.count, picked.count < 3, k - li < 8 {
                    if !lines[k].isBlank { picked.append(k) }
                    k += 1
                }
                // the last lines before the next page's form feed ("ORDER", "-2-")
                let next = n + 1 < pageStarts.count ? pageStarts[n + 1] : Int.max
                var bottom: [Int] = []
                k = li
                while k < lines.count, lines[k].start < next { k += 1 }
                k -= 1
                while k >= li, bottom.count < 3, !picked.contains(k) {
                    if !lines[k].isBlank { bottom.append(k) }
                    k -= 1
                }
                edgeLines.append(picked + bottom)
            }
            var counts: [UInt64: Int] = [:]
            for page in edgeLines {
                for h in Set(page.map { shape(lines[$0]) }.filter { $0.count > 0 }.map(\.hash)) { counts[h, default: 0] += 1 }
            }
            for page in edgeLines {
                for k in page {
                    let s = shape(lines[k])
                    if s.count > 0, s.count <= 120, counts[s.hash, default: 0] * 2 >= pageStarts.count { out.append(Span(lines[k].start, lines[k].end)) }
                }
            }
        }
        out += marginNumbers
        for (i, l) in lines.enumerated() where !l.isBlank {
            if isStamp(l) { out.append(Span(l.start, l.end)); continue }
            // a lone page number right before or after a page break ("4", "-4-", "- 12 -")
            var (cs, ce) = trimmed(l)
            if ce - cs >= 3, ce - cs <= 11 { (cs, ce) = insideDashes(text, cs, ce) }
            let c = text[cs..<ce]
            var next = i + 1
            while next < lines.count, lines[next].isBlank, !lines[next].afterFormFeed { next += 1 }
            if c.count >= 1, c.count <= 3, c.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
               l.afterFormFeed || (next < lines.count && lines[next].afterFormFeed) {
                out.append(Span(l.start, l.end))
            }
        }
        out.sort { $0.start < $1.start }
        // a stamp at a page top is found twice, a margin number inside a recurring top
        // line too: keep the spans disjoint (lookups binary-search them)
        var unique: [Span] = []
        for s in out {
            if let last = unique.last, s.start < last.end {
                unique[unique.count - 1].end = max(last.end, s.end)
            } else {
                unique.append(s)
            }
        }
        return unique
    }

    /// The index of the first furniture span starting at or after offset `o`
    /// (`furniture.count` when there is none).
    public func firstFurniture(startingAtOrAfter o: Int) -> Int {
        var lo = 0, hi = furniture.count
        while lo < hi { let mid = (lo + hi) / 2; if furniture[mid].start < o { lo = mid + 1 } else { hi = mid } }
        return lo
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
