// FootnoteContinuation: a long footnote that does not fit at the foot of its page
// goes on at the foot of the next one, before that page's own footnotes and with no
// label of its own:
//
//     2 St. Pierre submits various … did consider employers agents of insurers for the purpose
//     ‹page break, running header, body text of the next page›
//       of deducting premiums. If anything, these cases demonstrate …
//
// Two facts together make a continuation, and neither alone: the footnote's last
// part stops in mid-sentence, and the next page has an unlabelled block set off at its
// foot (after a separator line, or after a gap of two or more blank lines) that ends
// the page.

extension PageLayout {
    /// Finds the continuations of footnotes that stop in mid-sentence and records them
    /// as further parts (same label) in `footnotes`, listed in `continuations`.
    mutating func addContinuations(_ lines: [LineInfo], _ p: UnsafeBufferPointer<UInt8>) {
        guard !footnotes.isEmpty, pages.count >= 2 else { return }
        var added: [(label: String, span: Span)] = []
        for (k, z) in footnotes.enumerated() {
            guard !PageLayout.endsSentence(p, z.span), let pi = printedPage(at: z.span.start), pi + 1 < pages.count else { continue }
            // the last part on its page only: a later footnote on the same page follows it
            if k + 1 < footnotes.count, printedPage(at: footnotes[k + 1].span.start) == pi { continue }
            let next = pages[pi + 1].span
            // the next page's own footnotes begin with the first zone after this one
            let ownStart = k + 1 < footnotes.count && footnotes[k + 1].span.start < next.end
                ? max(next.start, footnotes[k + 1].span.start) : next.end
            if let block = PageLayout.footBlock(lines, p, from: next.start, to: ownStart, furniture: furniture) {
                added.append((z.label, block))
            }
        }
        guard !added.isEmpty else { return }
        var all = footnotes.map { ($0.label, $0.span, false) } + added.map { ($0.label, $0.span, true) }
        all.sort { $0.1.start < $1.1.start }
        footnotes = all.map { (label: $0.0, span: $0.1) }
        continuations = Set(all.indices.filter { all[$0].2 })
    }

    /// The text of `span` ends a sentence (". ? ! :" before closing quotes or brackets).
    static func endsSentence(_ p: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        var k = min(span.end, p.count) - 1
        while k > span.start {
            let b = p[k]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { k -= 1; continue }
            // ” and ’
            if k >= 2, p[k - 2] == 0xE2, p[k - 1] == 0x80, b == 0x9D || b == 0x99 { k -= 3; continue }
            break
        }
        guard k >= span.start, k >= 0 else { return true }
        return p[k] == 0x2E || p[k] == 0x3F || p[k] == 0x21 || p[k] == 0x3A
    }

    /// The text of `span` ends with a signal that introduces the citation after it
    /// ("… represent them.\"); cf." before a page break): the sentence goes on.
    static func endsWithSignal(_ p: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        var e = min(span.end, p.count)
        while e > span.start, p[e - 1] == 0x20 || p[e - 1] == 0x0D || p[e - 1] == 0x0A || p[e - 1] == 0x09 { e -= 1 }
        var s = e
        while s > span.start, p[s - 1] != 0x20, p[s - 1] != 0x0A { s -= 1 }
        guard e - s <= 8 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self).lowercased()
        return ["cf.", "see", "see,", "e.g.,", "accord", "accord,", "also", "also,"].contains(word)
    }

    /// A block at `start` that opens with a page marker (a star page or a bracketed reporter
    /// page) after `previous`, a block that leaves its sentence open, continues that block:
    /// the page break split one paragraph in two.
    /// So does one whose text opens with a lower-case word or a citation sentence ("*389
    /// Ind.Code § 35-34-1-4(a)(6) (1983). We review …", "*442 Hempel v. City of Baraboo, 2005
    /// WI 120"): a paragraph seldom begins with the authority for the sentence before it.
    func continuesOverPageBreak(_ p: UnsafeBufferPointer<UInt8>, start: Int, previous: Span) -> Bool {
        guard start < p.count, p[start] == 0x2A || p[start] == 0x5B, let marker = furnitureSpan(at: start), marker.start == start else { return false }
        // (a note's mark after the sentence is not its end: "… not immediately apparent.\"[9]")
        var prev = previous
        var e = min(prev.end, p.count)
        while e > prev.start, p[e - 1] == 0x20 || p[e - 1] == 0x0D || p[e - 1] == 0x0A { e -= 1 }
        if e > prev.start + 2, p[e - 1] == 0x5D {
            var k = e - 2
            while k > prev.start, p[k] >= 0x30, p[k] <= 0x39 { k -= 1 }
            if p[k] == 0x5B, k < e - 2 { prev.end = k }
        }
        if !Self.endsSentence(p, prev) || Self.endsWithSignal(p, prev) { return true }
        var s = marker.end
        while s < p.count, p[s] == 0x20 || p[s] == 0x09 { s += 1 }
        return Self.opensCitationSentence(p, at: s)
    }

    /// The text at `s` opens with a lower-case word or a number, "Id." or a signal, a section sign
    /// within its first words, or a case name followed by its cite ("Perry v. State, 904").
    static func opensCitationSentence(_ p: UnsafeBufferPointer<UInt8>, at s: Int) -> Bool {
        guard s < p.count else { return false }
        if (p[s] >= 0x61 && p[s] <= 0x7A) || (p[s] >= 0x30 && p[s] <= 0x39) { return true }  // "… s. ⏎ *442 814.04(1), and …"
        let head = UnsafeBufferPointer(rebasing: p[s..<min(p.count, s + 120)])
        func starts(_ w: String) -> Bool { head.starts(with: w.utf8) }
        if starts("Id.") || starts("Id.,") || starts("See ") || starts("See, ") || starts("Cf. ") || starts("Accord ") { return true }
        // "§" (0xC2 0xA7) among the first 30 bytes
        if let k = head.prefix(30).firstIndex(of: 0xA7), k > 0, head[k - 1] == 0xC2 { return true }
        // "Name v. Name, 123": " v. " before the first comma, a digit after it
        guard let v = ByteSearch.find(head, Array(" v. ".utf8), from: 0) else { return false }
        guard let comma = head[v...].firstIndex(of: 0x2C), comma + 2 < head.count else { return false }
        return head[comma + 1] == 0x20 && head[comma + 2] >= 0x30 && head[comma + 2] <= 0x39
    }

    /// The unlabelled block at the foot of the text `start..<end` (a page, up to its own
    /// footnotes): the last run of text lines, set off by a separator or by two or more
    /// blank lines, with at most furniture after it. Nil when there is none.
    static func footBlock(_ lines: [LineInfo], _ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                          furniture: [Span]) -> Span? {
        var i = lines.count - 1
        var lo = 0, hi = lines.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if lines[mid].start < end { i = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        func isFurniture(_ l: LineInfo) -> Bool { TextFlow.index(of: l.start + l.indent, in: furniture) != nil }
        // step back over blank lines, furniture and separators at the very foot
        while i >= 0, lines[i].start >= start, lines[i].isBlank || lines[i].isRule || isFurniture(lines[i]) { i -= 1 }
        guard i >= 0, lines[i].start >= start else { return nil }
        let last = i
        while i >= 0, lines[i].start >= start, !lines[i].isBlank, !lines[i].isRule, !isFurniture(lines[i]) { i -= 1 }
        let first = i + 1
        guard first <= last, last - first < 20, i >= 0, lines[i].start >= start else { return nil }
        // what sets it off: a separator, or at least two blank lines
        var blanks = 0
        var k = i
        var rule = false
        while k >= 0, lines[k].start >= start, lines[k].isBlank || lines[k].isRule {
            if lines[k].isRule && !lines[k].isBlank { rule = true }
            blanks += 1; k -= 1
        }
        guard rule || blanks >= 2, k >= 0, lines[k].start >= start, !isFurniture(lines[k]) else { return nil }
        // a continuation goes on in mid-sentence: it does not open with a capital
        let c = p[lines[first].start + lines[first].indent]
        guard !(c >= 0x41 && c <= 0x5A) else { return nil }
        return Span(lines[first].start + lines[first].indent, lines[last].end)
    }
}
