// TextFlow: the order in which a person reads the working text. A printed page
// interrupts the opinion's sentences with things that are not part of them: the
// running header and page number (page furniture) and the footnotes at the foot of
// the page. The flow leaves the furniture out and moves each footnote to the end of
// the paragraph it interrupts, so that "… Thus, the ‹fn 2› ‹7› ‹Case: … Page: 8›
// district court …" reads "Thus, the district court …" and a parenthetical that runs
// past a footnote onto the next page does not swallow the footnote.
//
// Nothing is copied: the flow is a reordered token array plus the byte spans each
// stretch of text must skip. Spans keep pointing into the original bytes.

/// The reading order of a document's tokens.
struct TextFlow {
    /// Tokens in reading order, page furniture left out.
    var tokens: [Token]
    /// Runs of `tokens` that are read as one stretch: body text between footnotes, and
    /// each footnote (with its continuation on the next page). A citation never crosses
    /// from one run into another.
    var runs: [Range<Int>]
    /// Page furniture spans, sorted.
    let furniture: [Span]
    /// Footnote parts, sorted by start, with the index of the footnote they belong to
    /// (a footnote continued on the next page has two parts with the same `note`).
    let notes: [(span: Span, note: Int)]
    /// `notes`' spans, for binary search.
    let noteSpans: [Span]
    /// The parts of footnote n are `notes[partsOf[n]]` (a footnote's parts are adjacent:
    /// a continuation comes before the next page's own footnotes).
    var partsOf: [Range<Int>] = []
    /// Line-end hyphens that only split a word (see `Dehyphenation`).
    var droppedHyphens: Set<Int> = []
    /// Where footnote marks stand in the text ("… uncertainties.” 5 Doe, 713 F.3d at 758"):
    /// a mark is no part of a case name.
    var noteMarks: Set<Int> = []

    /// The flow of text whose tokens are `tokens` (in text order).
    /// - Parameter paragraphs: body paragraphs, which tell where a footnote zone
    ///   interrupts a paragraph (it is then read after that paragraph).
    /// - Parameter markers: where each footnote's marker stands, by the start of its body;
    ///   a note collected after the opinion (star-paged web text) is read after the
    ///   paragraph that holds its marker, so that a short form after the marker finds a
    ///   full cite the note holds.
    static func build(tokens: [Token], layout: PageLayout, paragraphs: [Paragraph], markers: [Int: Int] = [:]) -> TextFlow {
        let furniture = layout.furniture
        var notes: [(span: Span, note: Int)] = []
        var note = -1
        for (k, z) in layout.footnotes.enumerated() {
            if !layout.continuations.contains(k) || note < 0 { note += 1 }
            notes.append((z.span, note))
        }
        guard !furniture.isEmpty || !notes.isEmpty else {
            return TextFlow(tokens: tokens, runs: tokens.isEmpty ? [] : [0..<tokens.count], furniture: [], notes: [], noteSpans: [])
        }
        let paragraphStarts = paragraphs.map(\.span.start)
        // where each footnote is read: after the paragraph its first part interrupts,
        // otherwise where it stands
        var anchors: [(offset: Int, note: Int)] = []
        var seen = Set<Int>()
        for part in notes where seen.insert(part.note).inserted {
            var at = part.span.start
            if let p = Pincite.lastIndex(in: paragraphStarts, atOrBefore: part.span.start),
               paragraphs[p].span.end > part.span.end {
                at = paragraphs[p].span.end
            }
            // a note between a page's last line and the next page's first, where the sentence
            // goes on ("… United States v. Turley, 352 U.S.⏎‹notes›⏎‹page 50›⏎407, 415–17 (1957).
            // …"): read after the paragraph that continues it, so the cite is not cut
            // (the first paragraph after the note by binary search: a scan for each of tens of
            // thousands of notes was quadratic)
            if at == part.span.start, layout.starPages.isEmpty,
               case let q = (Pincite.lastIndex(in: paragraphStarts, atOrBefore: part.span.end - 1).map { $0 + 1 }) ?? 0,
               q < paragraphs.count, continuesSentence(tokens, at: paragraphs[q].span.start) {
                at = paragraphs[q].span.end
            }
            if !layout.starPages.isEmpty, let m = markers[part.span.start], m < part.span.start,
               let p = Pincite.lastIndex(in: paragraphStarts, atOrBefore: m), paragraphs[p].span.end <= part.span.start {
                at = paragraphs[p].span.end
            }
            anchors.append((at, part.note))
        }
        anchors.sort { ($0.offset, $0.note) < ($1.offset, $1.note) }

        var flow = TextFlow(tokens: [], runs: [], furniture: furniture, notes: notes, noteSpans: notes.map(\.span))
        for (k, part) in notes.enumerated() {
            if part.note == flow.partsOf.count { flow.partsOf.append(k..<(k + 1)) } else {
                flow.partsOf[part.note] = flow.partsOf[part.note].lowerBound..<(k + 1)
            }
        }
        flow.tokens.reserveCapacity(tokens.count)
        var runStart = 0
        func closeRun(_ f: inout TextFlow) {
            if f.tokens.count > runStart { f.runs.append(runStart..<f.tokens.count) }
            runStart = f.tokens.count
        }
        func emitNote(_ n: Int, _ f: inout TextFlow) {
            closeRun(&f)
            for part in notes[f.partsOf[n]] {
                var k = firstToken(in: tokens, atOrAfter: part.span.start)
                while k < tokens.count, Int(tokens[k].start) < part.span.end {
                    if !f.isFurniture(Int(tokens[k].start)) { f.tokens.append(tokens[k]) }
                    k += 1
                }
            }
            closeRun(&f)
        }
        // the token ranges left out of the body (furniture, footnote parts), merged
        var excluded: [Range<Int>] = []
        for sp in (furniture + flow.noteSpans).sorted(by: { $0.start < $1.start }) {
            let x = firstToken(in: tokens, atOrAfter: sp.start), y = firstToken(in: tokens, atOrAfter: sp.end)
            guard y > x else { continue }
            if let last = excluded.last, x <= last.upperBound {
                excluded[excluded.count - 1] = last.lowerBound..<max(last.upperBound, y)
            } else {
                excluded.append(x..<y)
            }
        }
        let anchorTokens = anchors.map { firstToken(in: tokens, atOrAfter: $0.offset) }
        var a = 0, pos = 0
        var lastBodyStart: Int? = nil
        var afterGap = false
        // the line breaks before a left-out stretch belong to the token after it
        // ("C.J.⏎⏎*443 ¶ 1 This case": the "¶" opens a paragraph)
        var gapFlags: TokenFlags = []
        // copies tokens[pos..<end] in bulk, emitting the footnotes anchored in between
        func copy(upTo end: Int, _ f: inout TextFlow) {
            while pos < end || (a < anchors.count && anchorTokens[a] <= pos) {
                let stop = a < anchors.count ? min(end, max(pos, anchorTokens[a])) : end
                if pos < stop {
                    var first = tokens[pos]
                    if afterGap { first.flags.formUnion(gapFlags) }
                    // a page break inside a paragraph is no paragraph break
                    if afterGap, let prev = lastBodyStart, let p = Pincite.lastIndex(in: paragraphStarts, atOrBefore: Int(first.start)),
                       prev >= paragraphStarts[p] {
                        first.flags.subtract([.blankLineBefore, .formFeedBefore])
                    }
                    f.tokens.append(first)
                    f.tokens.append(contentsOf: tokens[(pos + 1)..<stop])
                    lastBodyStart = Int(tokens[stop - 1].start)
                    afterGap = false
                    pos = stop
                }
                if a < anchors.count, anchorTokens[a] <= pos { emitNote(anchors[a].note, &f); a += 1 } else if pos >= end { break }
            }
        }
        for ex in excluded {
            copy(upTo: ex.lowerBound, &flow)
            gapFlags = afterGap ? gapFlags : []
            gapFlags.formUnion(tokens[ex.lowerBound].flags.intersection([.newlineBefore, .blankLineBefore, .formFeedBefore]))
            pos = max(pos, ex.upperBound)
            afterGap = true
        }
        copy(upTo: tokens.count, &flow)
        while a < anchors.count { emitNote(anchors[a].note, &flow); a += 1 }
        closeRun(&flow)
        return flow
    }

    /// The text at `offset` goes on with a sentence begun before it: it opens with a
    /// number or a lower-case word ("407, 415–17 (1957).", "and the court …").
    static func continuesSentence(_ tokens: [Token], at offset: Int) -> Bool {
        let k = firstToken(in: tokens, atOrAfter: offset)
        guard k < tokens.count else { return false }
        return tokens[k].kind == .number || (tokens[k].kind == .word && tokens[k].has(.lowercase))
    }

    /// Index of the first token starting at or after `offset` (tokens in text order).
    static func firstToken(in tokens: [Token], atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func isFurniture(_ o: Int) -> Bool { TextFlow.index(of: o, in: furniture) != nil }

    /// Splits the runs so that no citation is read from the tokens inside `spans` (sorted
    /// or not): markup's own head matter, such as CAP's `<citation>(612 P.2d 1106)</citation>`
    /// under the parties, which names the opinion itself.
    mutating func leaveOut(_ spans: [Span]) {
        guard !spans.isEmpty else { return }
        let sorted = spans.sorted { $0.start < $1.start }
        let starts = sorted.map(\.start)
        func inside(_ o: Int) -> Bool {
            guard let k = Pincite.lastIndex(in: starts, atOrBefore: o) else { return false }
            return o < sorted[k].end
        }
        var out: [Range<Int>] = []
        for run in runs {
            var start = run.lowerBound
            for k in run where inside(Int(tokens[k].start)) {
                if k > start { out.append(start..<k) }
                start = k + 1
            }
            if run.upperBound > start { out.append(start..<run.upperBound) }
        }
        runs = out
    }

    /// The footnote whose part holds byte `o`.
    func noteIndex(at o: Int) -> Int? { TextFlow.index(of: o, in: noteSpans).map { notes[$0].note } }

    /// The byte spans that text read from `s` must skip before `e`: the furniture, and
    /// whatever belongs to another stretch of the flow (footnotes, for body text; the
    /// text between a footnote's parts, for a footnote). Empty in the common case.
    func skips(from s: Int, to e: Int) -> [Span] {
        guard s < e, !(furniture.isEmpty && notes.isEmpty) else { return [] }
        var out: [Span] = []
        var k = TextFlow.firstEnding(after: s, in: furniture)
        while k < furniture.count, furniture[k].start < e {
            // text read from inside furniture (its own text, for the page metadata) keeps it
            if furniture[k].start > s { out.append(furniture[k]) }
            k += 1
        }
        if let n = noteIndex(at: s) {
            // a footnote: skip what lies between its parts
            let parts = partsOf[n].map { noteSpans[$0] }
            for (x, y) in zip(parts, parts.dropFirst()) where x.end < e && y.start > s { out.append(Span(x.end, y.start)) }
        } else {
            var k = TextFlow.firstEnding(after: s, in: noteSpans)
            while k < noteSpans.count, noteSpans[k].start < e { out.append(noteSpans[k]); k += 1 }
        }
        // (most spans skip nothing or one thing: no sort for those)
        return out.count < 2 ? out : out.sorted { $0.start < $1.start }
    }

    /// Index of the first of sorted, disjoint `spans` that ends after offset `o`.
    static func firstEnding(after o: Int, in spans: [Span]) -> Int {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].end <= o { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Index of the span of sorted, disjoint `spans` holding offset `o`.
    static func index(of o: Int, in spans: [Span]) -> Int? {
        var lo = 0, hi = spans.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if o < spans[mid].start { hi = mid - 1 } else if o >= spans[mid].end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// Appends bytes `s..<e` of `p` as the reader reads them: each whitespace run (ASCII
    /// whitespace, no-break space) between visible bytes as one space, soft hyphens
    /// dropped, what the flow reads elsewhere (furniture, footnotes) skipped, and a word
    /// hyphenated at a line break rejoined ("self-\nincrimination" → "self-incrimination";
    /// the hyphen goes only where `droppedHyphens` says it merely split the word).
    static func appendCollapsed(_ p: UnsafeBufferPointer<UInt8>, from s: Int, to e: Int, flow: TextFlow?,
                                into out: inout [UInt8]) {
        guard s < e else { return }
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: e - s))
        let n = out.withUnsafeMutableBufferPointer { buf in
            collapse(p, from: s, to: e, flow: flow, into: buf.baseAddress! + start, capacity: e - s)
        }
        out.removeLast(e - s - n)
    }

    /// `appendCollapsed` as a String, written straight into the String's storage
    /// (invalid UTF-8 repaired, as `String(decoding:as:)` would).
    static func collapsedString(_ p: UnsafeBufferPointer<UInt8>, from s: Int, to e: Int, flow: TextFlow?) -> String {
        guard s < e else { return "" }
        return String(unsafeUninitializedCapacity: e - s) { buf in
            collapse(p, from: s, to: e, flow: flow, into: buf.baseAddress!, capacity: e - s)
        }
    }

    /// The collapsing loop of `appendCollapsed`: writes at most `capacity` bytes to
    /// `dst` and returns how many. The output never outgrows the input (every byte
    /// written stands for at least one byte read), so `e - s` is always room enough.
    private static func collapse(_ p: UnsafeBufferPointer<UInt8>, from s: Int, to e: Int, flow: TextFlow?,
                                 into dst: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        var n = 0
        // a space is owed before the next visible byte; `lineBreak` implies `space`
        var space = false
        var lineBreak = false
        var i = s
        let skips = flow?.skips(from: s, to: e) ?? []
        var nextSkip = 0
        var nextSkipStart = skips.first?.start ?? Int.max
        var lastHyphen = -1
        while i < e {
            if i >= nextSkipStart {
                // furniture or a footnote read elsewhere: a line break in this text
                i = max(i, skips[nextSkip].end); nextSkip += 1
                nextSkipStart = nextSkip < skips.count ? skips[nextSkip].start : Int.max
                space = true; lineBreak = true
                continue
            }
            let b = p[i]
            if b == 0x2D { lastHyphen = i }
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C {
                space = true; if b == 0x0A || b == 0x0C { lineBreak = true }; i += 1; continue
            }
            if b == 0xC2, i + 1 < e, p[i + 1] == 0xA0 { space = true; i += 2; continue }
            if b == 0xC2, i + 1 < e, p[i + 1] == 0xAD { i += 2; continue }
            if space {
                // a word or a page range broken after its hyphen at a line's end joins again:
                // "incrimi-⏎nation", "Self-⏎Storage", "at 5-⏎6" (the hyphen stays unless dropped below)
                // (so does a docket number, "No. 25-⏎cv-10081", and a range after its en dash, "at *4–⏎5")
                let letterBefore = n >= 2 && (dst[n - 2] | 0x20) >= 0x61 && (dst[n - 2] | 0x20) <= 0x7A
                let digitBefore = n >= 2 && dst[n - 2] >= 0x30 && dst[n - 2] <= 0x39
                let letterAfter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A, digitAfter = b >= 0x30 && b <= 0x39
                let rejoin = lineBreak && n >= 2 && ((dst[n - 1] == 0x2D
                    && ((letterBefore && letterAfter) || (digitBefore && (digitAfter || letterAfter))))
                    || (digitAfter && n >= 4 && dst[n - 1] == 0x93 && dst[n - 2] == 0x80 && dst[n - 3] == 0xE2 && dst[n - 4] >= 0x30 && dst[n - 4] <= 0x39))
                if n > 0 && !rejoin && n < capacity { dst[n] = 0x20; n += 1 }
                if rejoin, b >= 0x61, b <= 0x7A, let f = flow, lastHyphen >= 0, f.droppedHyphens.contains(lastHyphen) { n -= 1 }
                space = false
                lineBreak = false
            }
            guard n < capacity else { break }
            dst[n] = b
            n += 1
            i += 1
            // "&amp;" left in plain text reads "&" (the lexer takes it as one ampersand)
            if b == 0x26, i + 3 < e, p[i] == 0x61, p[i + 1] == 0x6D, p[i + 2] == 0x70, p[i + 3] == 0x3B { i += 4 }
        }
        return n
    }
}
