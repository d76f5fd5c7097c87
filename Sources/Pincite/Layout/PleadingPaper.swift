// PleadingPaper: the numbered margin of pleading paper. California's federal and state
// courts (and some others) print their orders on paper that numbers every line 1–28 in
// the left margin ("  4   25, 2016 based on …"). A text copy keeps the numbers: they are
// page furniture, and where they start again at 1 a new page begins (CourtListener's
// copies of N.D. Cal. orders drop the page footer and its number, so the restart is all
// that is left of the page break). An OCR'd page (a signature page scanned as an image)
// writes the margin's rule after the number ("  6  || text", "  6  |} text") and may put a
// stray mark before it ("a    16   For the reasons …").

extension PageLayout {
    /// What the numbered margin of a pleading-paper text gives: the numbers (with any
    /// gutter rule) as furniture spans, and the starts of the pages after the first.
    struct PleadingMargin {
        var numbers: [Span] = []
        var pageStarts: [Int] = []
    }

    /// The line numbers of pleading paper and its page restarts, or nil when the text is
    /// not on pleading paper (most of its lines must carry numbers counting up).
    static func pleadingMargin(_ text: [UInt8], _ lines: [LineInfo]) -> PleadingMargin? {
        typealias Reading = (value: Int, span: Span)
        // each line's readings: the number it opens with, and the one after a stray mark (no
        // array per line: this runs on every line of every text)
        var candidates: [(line: Int, plain: Reading?, afterMark: Reading?)] = []
        var nonBlank = 0
        for (i, l) in lines.enumerated() where !l.isBlank {
            nonBlank += 1
            let plain = marginNumber(text, l, afterStrayMark: false), afterMark = marginNumber(text, l, afterStrayMark: true)
            if plain != nil || afterMark != nil { candidates.append((i, plain, afterMark)) }
        }
        guard candidates.count >= 20 else { return nil }
        /// The first of a line's readings that `fits`.
        func reading(_ c: (line: Int, plain: Reading?, afterMark: Reading?), _ fits: (Int) -> Bool) -> Reading? {
            if let r = c.plain, fits(r.value) { return r }
            if let r = c.afterMark, fits(r.value) { return r }
            return nil
        }
        // A number counts when it goes on from the one before (an OCR'd page may lose one or
        // two), or starts a page again — 1 to 3 after line 20 or later, with the next number
        // going on from it (two short numbered lists are no two pages). A note's label ("1
        // Yotta also argues …") at a page's foot is neither: the margin's 26 and 27 follow it,
        // or after line 27 the next page's own 1.
        var margin = PleadingMargin()
        var previous = 0
        for (j, c) in candidates.enumerated() {
            if let r = reading(c, { $0 > previous && $0 <= previous + 3 }) {
                margin.numbers.append(r.span)
                previous = r.value
                continue
            }
            guard previous >= 20, let r = reading(c, { $0 <= 3 }) else { continue }
            // (the very next number: a note's label after line 27 is followed by the page's own 1)
            guard j + 1 < candidates.count, reading(candidates[j + 1], { $0 > r.value && $0 <= r.value + 2 }) != nil else { continue }
            margin.numbers.append(r.span)
            margin.pageStarts.append(lines[c.line].start)
            previous = r.value
        }
        guard margin.numbers.count >= 20, margin.numbers.count * 10 >= nonBlank * 3 else { return nil }
        return margin
    }

    /// The margin number opening line `l` ("12", "  7   KARLA …", "  6  || text"), or with
    /// `afterStrayMark` the one after a stray OCR mark ("a    16   For …", "8   15    County", "Zz   18"):
    /// its value 1–28 and the span of the number with its gutter rule and the mark; nil when
    /// the line does not open so.
    static func marginNumber(_ text: [UInt8], _ l: LineInfo, afterStrayMark: Bool) -> (value: Int, span: Span)? {
        let e = l.end
        let s = l.start + l.indent
        var k = s
        if afterStrayMark {
            // (one or two visible ASCII bytes and a run of spaces before a two-digit number: "Zz   18")
            func visible(_ b: UInt8) -> Bool { b > 0x20 && b < 0x7F }
            guard l.indent <= 4, k + 5 < e, visible(text[k]) else { return nil }
            k += visible(text[k + 1]) ? 2 : 1
            guard text[k] == 0x20, text[k + 1] == 0x20 else { return nil }
            while k < e, text[k] == 0x20, k - s <= 6 { k += 1 }
        }
        let digitsStart = k
        var value = 0
        while k < e, k - digitsStart < 3, text[k] >= 0x30, text[k] <= 0x39 { value = value * 10 + Int(text[k] - 0x30); k += 1 }
        let digits = k - digitsStart
        guard digits >= 1, digits <= 2, value >= 1, value <= 28, digitsStart - l.start <= 6 else { return nil }
        if afterStrayMark, value < 10 { return nil }  // (a stray mark before a one-digit number: too weak)
        // the number stands alone, before a gutter of two or more spaces, or before the rule
        var gap = k
        while gap < e, text[gap] == 0x20 { gap += 1 }
        if gap < e, text[gap] == 0x7C {
            var r = gap
            while r < e, text[r] == 0x7C || text[r] == 0x7D { r += 1 }
            return (value, Span(s, r))
        }
        guard gap == e || gap - k >= 2 else { return nil }
        return (value, Span(s, k))
    }
}
