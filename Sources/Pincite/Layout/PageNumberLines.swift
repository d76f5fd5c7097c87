// Page numbers on lines of their own: text extracted without form feeds (a PDF
// saved as plain text, a web export) still shows where its pages break by the
// page number printed at the top or foot of each page — a line holding only "4",
// or " 48" before the next page's running header. Such lines count up one by
// one through the text; a lone number in a list ("3" before "4. The North
// Carolina Attorney General") does not keep counting page after page.

/// Page breaks found from page-number lines.
struct PageNumberLines {
    /// Where each page starts (the first at 0) and its number.
    var pages: [(start: Int, number: Int)]
}

extension PageLayout {
    /// The page numbers on lines of their own, when at least three of them count up
    /// by one at page-like distances. A number at the foot of its page ends the page;
    /// one at the head starts it — told apart by what follows the last number (a
    /// footer has next to nothing after it).
    static func pageNumberLines(_ text: [UInt8], _ lines: [LineInfo]) -> PageNumberLines? {
        // candidate lines: one to three digits and nothing else
        var cands: [(line: Int, value: Int)] = []
        var slipHeaders = 0
        for (i, l) in lines.enumerated() where !l.isBlank {
            var s = l.start + l.indent
            var e = l.end
            while e > s, text[e - 1] == 0x20 || text[e - 1] == 0x09 || text[e - 1] == 0x0D { e -= 1 }
            if let v = slipHeaderPage(text, s, e) { cands.append((i, v)); slipHeaders += 1; continue }
            // (a folio between dashes, "-2-", "- 12 -", "– 3 –": the number alone; and a page of
            // a count, "4 / 12", "4/12": its first number)
            if e - s >= 3, e - s <= 11 { (s, e) = insideDashes(text, s, e); (s, e) = pageOfCount(text, s, e) }
            guard e - s >= 1, e - s <= 3 else { continue }
            var v = 0
            var digits = true
            for k in s..<e { if text[k] >= 0x30 && text[k] <= 0x39 { v = v * 10 + Int(text[k] - 0x30) } else { digits = false; break } }
            if digits, v >= 1 { cands.append((i, v)) }
        }
        // the longest chain counting up by one, each at least a short page after the last
        var best: [Int] = []
        var chains: [[Int]] = []
        // the chains waiting for each next number, in the order their last numbers came (a
        // scan over all chains was quadratic: 200,000 lines of "7" took 21 s)
        var waiting: [Int: [Int]] = [:]
        for (ci, c) in cands.enumerated() {
            // of the chains this number goes on, the one whose last number is nearest: a
            // slip opinion numbers its syllabus and each opinion from 1 again
            var target: Int? = nil
            if var list = waiting[c.value] {
                if let at = list.lastIndex(where: { lines[c.line].start - lines[cands[chains[$0].last!].line].start >= 400 }) {
                    target = list.remove(at: at)
                    waiting[c.value] = list.isEmpty ? nil : list
                }
            }
            if let k = target { chains[k].append(ci) } else { chains.append([ci]); target = chains.count - 1 }
            waiting[c.value + 1, default: []].append(target!)
        }
        for ch in chains where ch.count > best.count { best = ch }
        guard best.count >= 3 else { return nil }
        // a slip opinion (its running headers are the numbers): each part's pages in text order
        if slipHeaders * 2 >= cands.count {
            var pages: [(start: Int, number: Int)] = []
            var lastLine = -1
            for ch in chains.sorted(by: { $0[0] < $1[0] }) where ch.count >= 2 && cands[ch[0]].line > lastLine {
                let first = cands[ch[0]]
                if pages.isEmpty, first.value > 1, lines[first.line].start > 0 { pages.append((0, first.value - 1)) }
                for c in ch { pages.append((pages.isEmpty ? 0 : lines[cands[c].line].start, cands[c].value)) }
                lastLine = cands[ch.last!].line
            }
            if pages.count >= 3 { return PageNumberLines(pages: pages) }
        }
        let chain = best.map { cands[$0] }
        let n = text.count
        let lastLine = lines[chain.last!.line]
        let averagePage = (lastLine.start - lines[chain.first!.line].start) / (chain.count - 1)
        var after = 0
        for l in lines where l.start > lastLine.end && !l.isBlank { after += l.end - l.start - l.indent }
        let footer = after * 4 < averagePage
        var pages: [(start: Int, number: Int)] = []
        if footer {
            // "… selling,⏎ 48⏎Cite as …": page 48 ends with its number
            pages.append((0, chain[0].value))
            for c in chain.dropLast() {
                let end = lines[c.line].end
                if end + 1 < n { pages.append((min(n, end + 1), c.value + 1)) }
            }
        } else {
            // "ORDER⏎⏎2⏎⏎This matter": page 2 starts at its number
            if chain[0].value > 1, lines[chain[0].line].start > 0 { pages.append((0, chain[0].value - 1)) }
            for c in chain { pages.append((lines[c.line].start, c.value)) }
        }
        return PageNumberLines(pages: pages)
    }

    /// The page's number of a folio "4 / 12" or "4/12" (the page and the count, as the Southern
    /// District of Texas prints them); anything else is given back whole.
    static func pageOfCount(_ text: [UInt8], _ s: Int, _ e: Int) -> (Int, Int) {
        func digits(from k: Int) -> Int { var j = k; while j < e, text[j] >= 0x30, text[j] <= 0x39 { j += 1 }; return j }
        let a = digits(from: s)
        guard a > s, a - s <= 3 else { return (s, e) }
        var k = a
        while k < e, text[k] == 0x20 { k += 1 }
        guard k < e, text[k] == 0x2F else { return (s, e) }
        k += 1
        while k < e, text[k] == 0x20 { k += 1 }
        let b = digits(from: k)
        guard b > k, b == e, b - k <= 3 else { return (s, e) }
        return (s, a)
    }

    /// The bytes between a folio's dashes: "-2-", "- 12 -", "–3–", "— 4 —" give the number's
    /// range; anything else is given back whole.
    static func insideDashes(_ text: [UInt8], _ s: Int, _ e: Int) -> (Int, Int) {
        /// The length of the dash at `k` (ASCII hyphen, or the UTF-8 en or em dash).
        func dash(at k: Int, before limit: Int) -> Int {
            if text[k] == 0x2D { return 1 }
            if k + 2 < limit, text[k] == 0xE2, text[k + 1] == 0x80, text[k + 2] == 0x93 || text[k + 2] == 0x94 { return 3 }
            return 0
        }
        let open = dash(at: s, before: e)
        guard open > 0 else { return (s, e) }
        var close = 0
        for len in [1, 3] where e - len > s + open && dash(at: e - len, before: e) == len { close = len }
        guard close > 0 else { return (s, e) }
        var a = s + open, b = e - close
        while a < b, text[a] == 0x20 { a += 1 }
        while b > a, text[b - 1] == 0x20 { b -= 1 }
        return (a, b)
    }

    /// Three spaces: the gap between a running header's columns.
    static let columnGap = Array("   ".utf8)

    /// The page number of a running header: a Supreme Court slip opinion's "Cite as: 570 U. S.
    /// ____ (2013)        3" (odd pages) or "2       FISHER v. UNIVERSITY OF TEXAS AT
    /// AUSTIN" (even pages) — the number apart from the title by a run of spaces —, or a
    /// header in columns ending "Page 2" (the Sixth Circuit's).
    static func slipHeaderPage(_ text: [UInt8], _ s: Int, _ e: Int) -> Int? {
        guard e - s >= 12, e - s <= 160 else { return nil }
        func number(_ a: Int, _ b: Int) -> Int? {
            guard b > a, b - a <= 3 else { return nil }
            var v = 0
            for k in a..<b { guard text[k] >= 0x30 && text[k] <= 0x39 else { return nil }; v = v * 10 + Int(text[k] - 0x30) }
            return v >= 1 ? v : nil
        }
        // a header in columns that ends with its page: "No. 18-1821     United States v.
        // May-Shaw     Page 2" (the Sixth Circuit's opinions)
        if text[e - 1] >= 0x30 && text[e - 1] <= 0x39 {
            var k = e
            while k > s, text[k - 1] >= 0x30 && text[k - 1] <= 0x39 { k -= 1 }
            if k - 8 > s, text[(k - 5)..<k].elementsEqual("Page ".utf8), text[(k - 8)..<(k - 5)].allSatisfy({ $0 == 0x20 }),
               ByteScan.contains(text, from: s, to: k - 8, Self.columnGap) {
                return number(k, e)
            }
        }
        // the first byte first: "C" of "Cite as:" or a page number's digit
        guard text[s] == 0x43 || (text[s] >= 0x30 && text[s] <= 0x39) else { return nil }
        if text[s..<(s + 8)].elementsEqual("Cite as:".utf8) {
            var k = e
            while k > s, text[k - 1] >= 0x30 && text[k - 1] <= 0x39 { k -= 1 }
            guard k - 3 > s, text[(k - 3)..<k].allSatisfy({ $0 == 0x20 }) else { return nil }
            return number(k, e)
        }
        var k = s
        while k < e, text[k] >= 0x30 && text[k] <= 0x39 { k += 1 }
        guard k > s, k + 4 < e, text[k..<(k + 3)].allSatisfy({ $0 == 0x20 }) else { return nil }
        var t = k
        while t < e, text[t] == 0x20 { t += 1 }
        // the title in capitals with its "v."
        let title = text[t..<e]
        guard title.count >= 8, !title.contains(where: { $0 >= 0x61 && $0 <= 0x7A && $0 != 0x76 }),
              ByteScan.contains(text, from: t, to: e, Array(" v. ".utf8)) else { return nil }
        return number(s, k)
    }
}

extension PageLayout {
    /// Footnotes at the foot of a page when no separator line marks them (PDF text
    /// saved without layout): on each page, the first line that starts with the next
    /// footnote number and a space ("1 At all relevant times, …"), provided the page's
    /// text before it carries that number as a mark glued to a word ("prison.1",
    /// "year.”2", "(G)3of"). The zone runs to the page's last line that is not
    /// furniture; a line starting with the following number opens the next note.
    static func pageFootZones(_ text: [UInt8], _ lines: [LineInfo], pages: [PageInfo], furniture: [Span]) -> [(label: String, span: Span)] {
        var out: [(label: String, span: Span)] = []
        var next = 1
        // A line is furniture when a span starting at or before its first visible byte reaches
        // its end, and a page's lines are found by binary search. (A filter over all lines for every page, and over all furniture for
        // every line, made 40,000 one-line pages take 3 s.)
        let reach = SpanReach(furniture)
        let isFurnitureLine = lines.map { reach.reaches(beyond: $0.end - 1, startingAtOrBefore: $0.start + $0.indent) }
        /// The index of the first line starting at or after `offset`.
        func firstLine(from offset: Int) -> Int {
            var lo = 0, hi = lines.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if lines[mid].start < offset { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        for page in pages {
            var idx: [Int] = []
            var n = firstLine(from: page.span.start)
            while n < lines.count, lines[n].start < page.span.end {
                if !lines[n].isBlank, !isFurnitureLine[n] { idx.append(n) }
                n += 1
            }
            guard let last = idx.last else { continue }
            var i = 0
            while i < idx.count {
                let l = lines[idx[i]]
                if startsWithNumber(text, l, next), l.start > page.span.start, hasGluedMark(text, next, from: page.span.start, to: l.start) { break }
                i += 1
            }
            guard i < idx.count else { continue }
            var label = next
            var start = lines[idx[i]].start
            for j in idx[(i + 1)...] where startsWithNumber(text, lines[j], label + 1) {
                out.append((String(label), Span(start, lines[j - 1].end)))
                label += 1
                start = lines[j].start
            }
            out.append((String(label), Span(start, lines[last].end)))
            next = label + 1
        }
        return out
    }
    /// Line `l` opens with the number `n`, a space or a few, and a letter or a quote: the
    /// first line of note `n` in text without a separator ("1 At all relevant times, …").
    static func startsWithNumber(_ text: [UInt8], _ l: LineInfo, _ n: Int) -> Bool {
        let digits = Array(String(n).utf8)
        let s = l.start + l.indent
        guard l.end - s > digits.count + 2, text[s..<(s + digits.count)].elementsEqual(digits), text[s + digits.count] == 0x20 else { return false }
        // (one space or a few: California's "1   Undesignated statutory citations …")
        var t = s + digits.count + 1
        while t < l.end - 1, text[t] == 0x20, t - (s + digits.count) < 6 { t += 1 }
        let c = text[t]
        return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0xE2 || c == 0x22  // a letter or a quote
    }

    /// The number `n` stands glued to a word or closing punctuation between `a` and `b`, as a
    /// note's mark does ("prison.1", "year.”2", "(G)3of"), or a space after a sentence's or a
    /// clause's end ("1915(g); 1 and"); not "$5", ", 5", "-5", "§5", "(5".
    static func hasGluedMark(_ text: [UInt8], _ n: Int, from a: Int, to b: Int) -> Bool {
        let digits = Array(String(n).utf8)
        var k = a + 1
        while k + digits.count <= b {
            if text[k..<(k + digits.count)].elementsEqual(digits) {
                let before = text[k - 1]
                let after = k + digits.count < b ? text[k + digits.count] : 0x20
                let glued = before != 0x20 && before != 0x0A && !(before >= 0x30 && before <= 0x39) && before != 0x24  // not "$5"
                    && before != 0x2C && before != 0x2D && before != 0xA7 && before != 0x28  // not ", 5", "-5", "§5", "(5"
                    && before != 0x5B  // nor a docket entry "[5]"
                if glued, !(after >= 0x30 && after <= 0x39), after != 0x2E || k + digits.count + 1 >= b || text[k + digits.count + 1] == 0x20 { return true }
                // (or set off by a space after a sentence's or clause's end: "1915(g); 1 and", "Applicant). 1")
                if before == 0x20, k >= 2, after == 0x20 || after == 0x0A, [0x2E, 0x3B, 0x29, 0x9D].contains(text[k - 2]) { return true }
            }
            k += 1
        }
        return false
    }
}
