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
            if let block = PageLayout.footBlock(lines, p, from: next.start, to: ownStart, furniture: furniture)
                ?? PageLayout.closingLineAtFoot(lines, p, from: next.start, to: ownStart, furniture: furniture,
                                                noteLeavesParenthesisOpen: PageLayout.leavesParenthesisOpen(p, z.span)) {
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

    /// The unlabelled block at the foot of the text `start..<end` (a page, up to its own
    /// footnotes): the last run of text lines, set off by a separator or by two or more
    /// blank lines, with at most furniture after it. Nil when there is none.
    static func footBlock(_ lines: [LineInfo], _ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                          furniture: [Span]) -> Span? {
        func isFurniture(_ l: LineInfo) -> Bool { TextFlow.index(of: l.start + l.indent, in: furniture) != nil }
        guard var i = lastTextLine(lines, from: start, to: end, furniture: furniture) else { return nil }
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

    /// Whether the text of `span` opens more parentheses than it closes ("… 759 F.3d 977, 985 (9th").
    static func leavesParenthesisOpen(_ p: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        var depth = 0
        for k in span.start..<min(span.end, p.count) {
            if p[k] == 0x28 { depth += 1 } else if p[k] == 0x29, depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    /// The last line of text in `start..<end` (the page's foot), past blank lines, separators and
    /// page furniture; nil when the range has none.
    static func lastTextLine(_ lines: [LineInfo], from start: Int, to end: Int, furniture: [Span]) -> Int? {
        var i = lines.count - 1
        var lo = 0, hi = lines.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if lines[mid].start < end { i = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        func isFurniture(_ l: LineInfo) -> Bool { TextFlow.index(of: l.start + l.indent, in: furniture) != nil }
        while i >= 0, lines[i].start >= start, lines[i].isBlank || lines[i].isRule || isFurniture(lines[i]) { i -= 1 }
        return i >= 0 && lines[i].start >= start ? i : nil
    }

    /// PDF text with one line per paragraph sets nothing off at a page's foot: there the
    /// continuation is the last text line before the page's furniture when it closes the
    /// parenthesis the note left open ("Cir. 2014) (citations omitted). But see …" after "985
    /// (9th") or opens in lower case, and the line before it ends a sentence.
    static func closingLineAtFoot(_ lines: [LineInfo], _ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                  furniture: [Span], noteLeavesParenthesisOpen: Bool) -> Span? {
        func isFurniture(_ l: LineInfo) -> Bool { TextFlow.index(of: l.start + l.indent, in: furniture) != nil }
        guard let i = lastTextLine(lines, from: start, to: end, furniture: furniture),
              i >= 1, lines[i - 1].start >= start, !lines[i - 1].isBlank, !isFurniture(lines[i - 1]),
              endsSentence(p, Span(lines[i - 1].start, lines[i - 1].end)) else { return nil }
        let s = lines[i].start + lines[i].indent
        let e = lines[i].end
        guard s < e else { return nil }
        var closesFirst = false
        if noteLeavesParenthesisOpen {
            for k in s..<e {
                if p[k] == 0x28 { break }
                if p[k] == 0x29 { closesFirst = true; break }
            }
        }
        let lowerStart = p[s] >= 0x61 && p[s] <= 0x7A
        guard closesFirst || lowerStart else { return nil }
        return Span(s, e)
    }
}
