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
        for (i, l) in lines.enumerated() where !l.isBlank {
            let s = l.start + l.indent
            var e = l.end
            while e > s, text[e - 1] == 0x20 || text[e - 1] == 0x09 || text[e - 1] == 0x0D { e -= 1 }
            guard e - s >= 1, e - s <= 3 else { continue }
            var v = 0
            var digits = true
            for k in s..<e { if text[k] >= 0x30 && text[k] <= 0x39 { v = v * 10 + Int(text[k] - 0x30) } else { digits = false; break } }
            if digits, v >= 1 { cands.append((i, v)) }
        }
        // the longest chain counting up by one, each at least a short page after the last
        var best: [Int] = []
        var chains: [[Int]] = []
        for (ci, c) in cands.enumerated() {
            var extended = false
            for k in chains.indices {
                let last = cands[chains[k].last!]
                if last.value + 1 == c.value, lines[c.line].start - lines[last.line].start >= 400 {
                    chains[k].append(ci)
                    extended = true
                    break
                }
            }
            if !extended { chains.append([ci]) }
        }
        for ch in chains where ch.count > best.count { best = ch }
        guard best.count >= 3 else { return nil }
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
}
