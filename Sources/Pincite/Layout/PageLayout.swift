// PageLayout: where the opinion's own pages and footnotes are, so that each
// citation can say on which page and in which footnote it stands.
//
// Pages come from form feeds (pdftotext output); without them, from ECF stamps
// ("Case 1:16-cv-06915 … Page 1 of 20 …") and — in double-spaced text, where
// every body line is followed by a blank line — from a line indented by one
// space that follows a non-blank line: that is where the extraction glued the
// next page on. Star pages ("*553") of reporter-paginated web text override.
// Footnote zones start after a separator (a run of spaces or underscores) or a
// "Notes:" heading with a line "N text" or "[N] text" and run over the lines that
// follow; without a separator, at the foot of a page found by its page number
// (PageNumberLines.swift).
// Running-header removal, marker detection and the rest of the opinion tree
// belong to the layout stage of the opinion-structure work.

/// One page of the opinion.
public struct PageInfo: Sendable, Equatable {
    /// The page number printed or implied for this page.
    public var number: Int
    /// Working-text span of the page.
    public var span: Span
}

/// The page structure of a text.
public struct PageLayout: Sendable {
    public var pages: [PageInfo] = []
    /// Star-page markers ("*553") of the main series (see StarPages.swift) as (offset, page).
    public var starPages: [(offset: Int, page: Int)] = []
    /// `pages` were made from `starPages` (the text has no printed pages of its own).
    public var pagesFromStarPages = false
    /// Every text line is followed by a blank line (so blank lines do not separate paragraphs).
    public var doubleSpaced = false
    /// Footnote bodies at the foot of pages: label and working-text span.
    public var footnotes: [(label: String, span: Span)] = []
    /// Indices into `footnotes` of parts that continue the footnote before them on the
    /// next page (they carry its label).
    public var continuations: Set<Int> = []
    /// Running headers, ECF stamps and page numbers at page edges (sorted, working offsets).
    public var furniture: [Span] = []

    /// The label of the footnote whose body contains `offset`, if any.
    public func footnote(at offset: Int) -> String? {
        footnoteZone(at: offset)?.label
    }

    /// The footnote zone holding `offset` (by binary search), or nil.
    func footnoteZone(at offset: Int) -> (label: String, span: Span)? {
        var lo = 0, hi = footnotes.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let f = footnotes[mid]
            if offset < f.span.start { hi = mid - 1 } else if offset >= f.span.end { lo = mid + 1 } else { return f }
        }
        return nil
    }

    /// The page number in force at working-text offset `offset`.
    public func page(at offset: Int) -> Int? {
        if !starPages.isEmpty {
            var lo = 0, hi = starPages.count - 1, best: Int? = nil
            while lo <= hi {
                let mid = (lo + hi) / 2
                if starPages[mid].offset <= offset { best = starPages[mid].page; lo = mid + 1 } else { hi = mid - 1 }
            }
            if best != nil { return best }
        }
        return printedPage(at: offset).map { pages[$0].number }
    }

    /// Index into `pages` of the printed page (not a star page) holding `offset`.
    public func printedPage(at offset: Int) -> Int? {
        guard !pages.isEmpty else { return nil }
        var lo = 0, hi = pages.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if pages[mid].span.start <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Finds pages by form feeds or ECF "Page N of M" stamps, and inline star pages.
    public static func detect(text: [UInt8], tokens: [Token]) -> PageLayout {
        detect(text: text, tokens: tokens, lines: TextLines.scan(text))
    }

    /// `detect(text:tokens:)` with the lines of `text` already scanned (the structure
    /// pass reads the same lines).
    static func detect(text: [UInt8], tokens: [Token], lines: [LineInfo]) -> PageLayout {
        var layout = PageLayout()
        let n = text.count
        guard n > 0 else { return layout }
        // 1. form feeds
        var breaks: [Int] = []
        text.withUnsafeBufferPointer { p in
            var i = ByteScan.firstIndex(of: 0x0C, in: p.baseAddress!, from: 0, to: n)
            while i < n {
                breaks.append(i + 1)
                i = ByteScan.firstIndex(of: 0x0C, in: p.baseAddress!, from: i + 1, to: n)
            }
        }
        // (pdftotext ends its text with a form feed: no page starts after the last one)
        while let last = breaks.last, text[last..<n].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            breaks.removeLast()
        }
        if !breaks.isEmpty {
            var start = 0
            for (k, b) in (breaks + [n]).enumerated() where b > start {
                layout.pages.append(PageInfo(number: k + 1, span: Span(start, b)))
                start = b
            }
            if layout.pages.last.map({ $0.span.end < n }) ?? false { layout.pages.append(PageInfo(number: layout.pages.count + 1, span: Span(start, n))) }
        }
        layout.doubleSpaced = TextLines.isDoubleSpaced(lines)
        if breaks.isEmpty {
            // 2. ECF stamps and one-space page starts in double-spaced text
            var starts: [Int] = []
            for s in ecfStamps(text) {
                var ls = s.offset
                while ls > 0, text[ls - 1] != 0x0A { ls -= 1 }
                starts.append(ls)
            }
            if layout.doubleSpaced {
                // a double-spaced page holds ~2,000+ bytes: a shorter "page" is a
                // caption or signature line that happens to be indented by one space
                var last = 0
                for i in 1..<max(1, lines.count) where lines[i].indent == 1 && !lines[i].isBlank && !lines[i - 1].isBlank && !lines[i - 1].isRule {
                    if lines[i].start - last >= 1000 {
                        starts.append(lines[i].start)
                        last = lines[i].start
                    }
                }
            }
            starts = Array(Set(starts)).sorted()
            if !starts.isEmpty {
                var start = 0
                var number = 1
                for s in starts where s > start {
                    layout.pages.append(PageInfo(number: number, span: Span(start, s)))
                    start = s
                    number += 1
                }
                layout.pages.append(PageInfo(number: number, span: Span(start, n)))
            }
        }
        // 2a. pleading paper's line numbers starting again at 1 (PleadingPaper.swift)
        let pleading = pleadingMargin(text, lines)
        var numberedStarts: [Int] = []
        if breaks.isEmpty, layout.pages.isEmpty, let starts = pleading?.pageStarts, !starts.isEmpty {
            for (k, s) in ([0] + starts).enumerated() {
                let end = k < starts.count ? starts[k] : n
                layout.pages.append(PageInfo(number: k + 1, span: Span(s, end)))
            }
            numberedStarts = [0] + starts
        }
        // 2b. page numbers on lines of their own ("⏎⏎4⏎⏎", "⏎ 48⏎Cite as …")
        if breaks.isEmpty, layout.pages.isEmpty, let found = pageNumberLines(text, lines) {
            for (k, pg) in found.pages.enumerated() {
                let end = k + 1 < found.pages.count ? found.pages[k + 1].start : n
                layout.pages.append(PageInfo(number: pg.number, span: Span(pg.start, end)))
            }
            numberedStarts = found.pages.map(\.start)
        }
        layout.furniture = furniture(text, lines, pageStarts: breaks.isEmpty ? numberedStarts : [0] + breaks, marginNumbers: pleading?.numbers ?? [])
        text.withUnsafeBufferPointer { p in
            layout.footnotes = footnoteZones(lines, p)
            if layout.footnotes.isEmpty, layout.pages.count >= 2 {
                layout.footnotes = pageFootZones(text, lines, pages: layout.pages, furniture: layout.furniture)
            }
            if layout.footnotes.isEmpty { layout.footnotes = trailingBracketNotes(lines, p) }
            // (text that lost its page breaks: notes after a gap of blank lines, GapNotes.swift)
            if layout.footnotes.isEmpty, breaks.isEmpty { layout.footnotes = gapNoteZones(text, lines, doubleSpaced: layout.doubleSpaced) }
            layout.addContinuations(lines, p)
        }
        // 3. star pages "*553" / "**88" at the start of a token run
        var markers: [StarMarker] = []
        text.withUnsafeBufferPointer { p in
            for (k, t) in tokens.enumerated() where t.kind == .star && k + 1 < tokens.count {
                // New York's slip opinions bracket their markers: "[*2]"
                let bracketed = k > 0 && tokens[k - 1].kind == .openBracket && tokens[k - 1].end == t.start
                    && k + 2 < tokens.count && tokens[k + 2].kind == .closeBracket
                // a parallel reporter's pages carry more stars ("**291", "***274"): the run of
                // stars closed up to the number, the first one after a space
                var stars = 1
                while k + stars < tokens.count, tokens[k + stars].kind == .star, tokens[k + stars].start == tokens[k + stars - 1].end, stars < 4 {
                    stars += 1
                }
                if stars > 1, k > 0, tokens[k - 1].kind == .star, tokens[k - 1].end == t.start { continue }  // inside a run
                guard k + stars < tokens.count else { continue }
                let numTok = tokens[k + stars]
                guard numTok.kind == .number, numTok.start == tokens[k + stars - 1].end,
                      t.has(.spaceBefore) || bracketed else { continue }
                guard numTok.length >= 1, numTok.length <= 5 else { continue }
                // a marker stands between words: one with a period or comma glued to its number is
                // a star pin ("4 W. Blackstone, Commentaries *225.")
                if k + stars + 1 < tokens.count, tokens[k + stars + 1].start == numTok.end,
                   [.period, .comma, .semicolon, .closeParen, .colon].contains(tokens[k + stars + 1].kind) { continue }
                // a range "*4–6" and a note pin "*1 n.1" are pincites
                if k + stars + 2 < tokens.count {
                    let after = tokens[k + stars + 1]
                    if after.kind == .dash, after.start == numTok.end, tokens[k + stars + 2].kind == .number { continue }
                    if after.kind == .word, after.length <= 2, p[Int(after.start)] == 0x6E,
                       after.length == 1 || p[Int(after.start) + 1] == 0x6E, tokens[k + stars + 2].kind == .period { continue }
                }
                // not a pincite: "at *3" or a range "*9–12" — also when a line's margin number
                // stands between ("at ⏎ 3   *3 (N.D. Cal. …)", pleading paper)
                var b = k - 1
                while b > 0, !layout.furniture.isEmpty, layout.furnitureSpan(at: Int(tokens[b].start)) != nil { b -= 1 }
                if b >= 0, tokens[b].kind == .word, tokens[b].length == 2, p[Int(tokens[b].start)] == 0x61,
                   p[Int(tokens[b].start) + 1] == 0x74 { continue }
                // …or "at p. *4"
                if b > 1, tokens[b].kind == .period, tokens[b - 1].kind == .word, tokens[b - 1].length == 1, p[Int(tokens[b - 1].start)] == 0x70,
                   tokens[b - 2].kind == .word, tokens[b - 2].length == 2, p[Int(tokens[b - 2].start)] == 0x61 { continue }
                // (a hyphen glued to the word before it is a word broken by the page: "double- *946
                // jeopardy", as a reader writes a page element inside a word)
                if k > 0, tokens[k - 1].kind == .dash || tokens[k - 1].kind == .ampersand,
                   !(tokens[k - 1].kind == .dash && k > 1 && tokens[k - 2].kind == .word && tokens[k - 2].end == tokens[k - 1].start) { continue }
                // a list of star pincites "at *3, *5"; a comma in prose ("After a hearing, *784 this") is not one
                if k > 2, tokens[k - 1].kind == .comma, tokens[k - 2].kind == .number, tokens[k - 3].kind == .star { continue }
                // a database cite's star pincite without "at": "1997 WL 582901, *3"
                if k > 2, tokens[k - 1].kind == .comma, tokens[k - 2].kind == .number, tokens[k - 3].kind == .word,
                   tokens[k - 3].has(.allCaps), tokens[k - 3].length <= 5 { continue }
                var v = 0
                for i in Int(numTok.start)..<Int(numTok.end) { v = v * 10 + Int(p[i] - 0x30) }
                markers.append(StarMarker(offset: Int(t.start), page: v, stars: stars,
                                          span: bracketed ? Span(Int(tokens[k - 1].start), Int(tokens[k + 2].end)) : Span(Int(t.start), Int(numTok.end))))
            }
        }
        text.withUnsafeBufferPointer { p in
            let bracketed = bracketedReporterPages(p)
            if !bracketed.isEmpty { markers = (markers + bracketed).sorted { $0.offset < $1.offset } }
        }
        // one lone star number in a long text is a pincite the tests above let through
        // ("Sanctions Order *4 (“The issue …”)"), not star paging: a reporter's page holds a
        // few thousand bytes (New York's bracketed "[*2]" of a two-page slip opinion is one)
        if markers.count == 1, n > 8_000, text[markers[0].span.start] == 0x2A { markers = [] }
        layout.starPages = mainStarSeries(markers)
        // every series' markers are page furniture inside the sentences: the reading
        // order leaves them out ("proof *1088 that" reads "proof that")
        if !markers.isEmpty {
            // (the two pages of one bracket, "[945 N.E.2d 485 , 920 N.Y.S.2d 292]", share a span)
            var seenStarts = Set<Int>()
            let spans = markers.map(\.span).filter { seenStarts.insert($0.start).inserted }
            layout.furniture = (layout.furniture + spans).sorted { $0.start < $1.start }
        }
        return layout
    }

    /// Footnote bodies: after a separator line, a line "N text" and the
    /// following non-indented, non-blank lines (a new "N+1 text" line starts the next footnote).
    /// A line that only says "Notes:", "Footnotes", "NOTES" (with or without a colon).
    static func isNotesHeading(_ l: LineInfo, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = l.start + l.indent
        var e = l.end
        while e > s, p[e - 1] == 0x20 || p[e - 1] == 0x3A || p[e - 1] == 0x0D { e -= 1 }  // spaces, ":"
        guard e - s >= 5, e - s <= 9 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self).lowercased()
        return word == "notes" || word == "footnotes" || word == "endnotes"
    }

    /// A line of nothing but three or more dashes, underscores, stars or equals signs (a
    /// rule shorter than `isRule` asks for).
    static func isDashLine(_ l: LineInfo, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = l.start + l.indent
        guard l.end - s >= 3 else { return false }
        for k in s..<l.end where p[k] != 0x2D && p[k] != 0x5F && p[k] != 0x2A && p[k] != 0x3D { return false }
        return true
    }

    static func footnoteZones(_ lines: [LineInfo], _ p: UnsafeBufferPointer<UInt8>) -> [(label: String, span: Span)] {
        var out: [(label: String, span: Span)] = []
        var i = 0
        while i < lines.count {
            // a separator, or the heading of notes collected at the end ("Notes:", "FOOTNOTES")
            guard lines[i].isRule || isNotesHeading(lines[i], p) else { i += 1; continue }
            var j = i + 1
            while j < lines.count, lines[j].isBlank, !lines[j].isRule, j - i < 4 { j += 1 }
            let headed = isNotesHeading(lines[i], p)
            guard j < lines.count, var label = TextLines.leadingLabel(p, lines[j], stars: lines[i].isRule, bracketedStars: headed)
            else { i += 1; continue }
            var start = lines[j].start
            var k = j + 1
            // web text puts each footnote in its own paragraph: "[1] …", blank line, "[2] …"; so
            // do notes under a "Notes:" heading ("1 All citations …", blank line, "2 Subsection …"),
            // whose next label must then be the next number
            let bracketed = p[lines[j].start + lines[j].indent] == 0x5B
            let paragraphs = bracketed || headed
            // "[n]" notes under the text's last "NOTES" heading run to its end (CourtListener's
            // Supreme Court pages collect every opinion's notes there, the labels starting again
            // for each opinion): a paragraph with no label goes on with the note before it,
            // however long the note ("[2] "Q. All right. …" and twenty paragraphs of transcript)
            // (not when a rule or another heading follows: "---------" then a "Citation" trailer)
            let toEnd = headed && bracketed && !lines[(i + 1)...].contains { $0.isRule || isDashLine($0, p) || isNotesHeading($0, p) }
            func startsNote(_ n: Int, after label: String) -> String? {
                guard let next = TextLines.leadingLabel(p, lines[n], bracketedStars: toEnd) else { return nil }
                if p[lines[n].start + lines[n].indent] == 0x5B { return bracketed ? next : nil }
                return !bracketed && Int(next) == (Int(label) ?? -2) + 1 ? next : nil
            }
            while k < lines.count {
                let l = lines[k]
                if paragraphs, l.isBlank {
                    var n = k + 1
                    while n < lines.count, lines[n].isBlank { n += 1 }
                    if n < lines.count, let next = startsNote(n, after: label) {
                        out.append((label, Span(start, lines[k - 1].end)))
                        label = next
                        start = lines[n].start
                        k = n + 1
                        continue
                    }
                    // a note of several paragraphs ("[2] . Section 288.040 states:⏎⏎(2) The claimant …"):
                    // it goes on while the next label comes a few lines further down
                    let wanted = (Int(label) ?? -2) + 1
                    if toEnd, n < lines.count {
                        k = n
                        continue
                    }
                    if n < lines.count, (n..<min(lines.count, n + 12)).contains(where: { j in
                        !lines[j].isBlank && (p[lines[j].start + lines[j].indent] == 0x5B) == bracketed
                            && TextLines.leadingLabel(p, lines[j]).flatMap { Int($0) } == wanted
                    }) {
                        k = n
                        continue
                    }
                    break
                }
                // (a note's paragraph may indent its later lines: "FN1.  Mr. Warren died …⏎  give evidence …")
                // double-spaced PDF notes (Pennsylvania's): a blank line inside the note ("2 The trial
                // court … shoebox⏎⏎belonged to Appellant. …"), the next note after one ("⏎⏎3 Although …")
                if l.isBlank, !paragraphs, lines[i].isRule, k + 1 < lines.count, !lines[k + 1].isBlank, !lines[k + 1].afterFormFeed {
                    let n = lines[k + 1]
                    if let next = TextLines.leadingLabel(p, n), Int(next) == (Int(label) ?? -2) + 1 {
                        out.append((label, Span(start, lines[k - 1].end)))
                        label = next
                        start = n.start
                        k += 2
                        continue
                    }
                    // (a sentence that goes on: "… Trooper⏎⏎Adams did not …", "… Shannon,⏎⏎467 A.2d 850")
                    if !endsSentence(p, Span(lines[k - 1].start, lines[k - 1].end)) {
                        k += 1
                        continue
                    }
                }
                if l.isBlank || l.afterFormFeed || (l.indent > 0 && !paragraphs) { break }
                if let next = TextLines.leadingLabel(p, l), Int(next) == (Int(label) ?? -2) + 1 {
                    out.append((label, Span(start, lines[k - 1].end)))
                    label = next
                    start = l.start
                }
                if isStampLine(p, l) { break }
                k += 1
            }
            out.append((label, Span(start, lines[k - 1].end)))
            i = k
        }
        if out.isEmpty { out = labelLineZones(lines, p) }
        return out
    }

    /// `pdftotext -layout` footnotes without a separator: at the foot of a page, a line
    /// holding only the label ("1", "*"), indented a little, after blank lines, and the
    /// body on the lines below, indented further; the zone runs to the page break. A label
    /// at the very margin ("1" ⏎ " “The Appeals Board may …", a superscript set on a line of
    /// its own) needs its body on the very next line and a short zone.
    static func labelLineZones(_ lines: [LineInfo], _ p: UnsafeBufferPointer<UInt8>) -> [(label: String, span: Span)] {
        var out: [(label: String, span: Span)] = []
        func labelOf(_ l: LineInfo) -> String? {
            let s = l.start + l.indent
            guard !l.isBlank, l.indent <= 24, l.end - s <= 3 else { return nil }
            let c = Array(UnsafeBufferPointer(rebasing: p[s..<l.end]))
            if c.allSatisfy({ $0 == 0x2A }) || c.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return String(decoding: c, as: UTF8.self) }
            return nil
        }
        var i = 2
        // where the last note ended, and its label: the next note may follow on the very next line
        // ("… J.A. 143–44." ⏎ "4" ⏎ "  Davis filed …", the Fourth Circuit's stacked notes)
        var ended: (line: Int, label: String)? = nil
        while i < lines.count {
            guard let label = labelOf(lines[i]),
                  (lines[i - 1].isBlank && lines[i - 2].isBlank) || (ended.map { $0.line == i && Int(label) == (Int($0.label) ?? -2) + 1 } ?? false)
            else { i += 1; continue }
            var j = i + 1
            while j < lines.count, lines[j].isBlank, !lines[j].afterFormFeed { j += 1 }
            // (a label at the margin: not pleading paper's numbered lines, "   1" ⏎ text ⏎ "   2";
            // the Ninth Circuit sets its labels a space or two in, " 1" ⏎ "    We do not read …",
            // the body right below them)
            // (a star label may stand at the body's paragraph indent: "    **" ⏎ "    This summary …")
            let nearMargin = lines[i].indent < 4
            let starred = p[lines[i].start + lines[i].indent] == 0x2A
            guard j < lines.count, !lines[j].afterFormFeed, !lines[j].isBlank,
                  lines[j].indent > lines[i].indent || (starred && lines[j].indent == lines[i].indent && j == i + 1),
                  !nearMargin || (j == i + 1 && !(j + 1 < lines.count && labelOf(lines[j + 1]) != nil))
            else { i += 1; continue }
            // the body: up to the page break, the next label line, or a centred page number
            var k = j
            var last = j
            while k < lines.count, !lines[k].afterFormFeed {
                if k > j, labelOf(lines[k]) != nil { break }
                if !lines[k].isBlank {
                    if lines[k].indent >= 30, lines[k].end - lines[k].start - lines[k].indent <= 3 { break }  // page number
                    last = k
                }
                k += 1
            }
            // only at the foot of a page: what follows is a page break (or the end)
            guard k >= lines.count || lines[k].afterFormFeed || labelOf(lines[k]) != nil
                    || (lines[k].indent >= 30) else { i += 1; continue }
            if nearMargin, last - i > 25 { i += 1; continue }
            out.append((label, Span(lines[i].start + lines[i].indent, lines[last].end)))
            ended = (k, label)
            i = k
        }
        return out
    }

    static func isStampLine(_ p: UnsafeBufferPointer<UInt8>, _ l: LineInfo) -> Bool {
        let s = l.start + l.indent
        return l.end - s > 5 && p[s] == 0x43 && p[s + 1] == 0x61 && p[s + 2] == 0x73 && p[s + 3] == 0x65 && p[s + 4] == 0x20
    }

    /// "Page N of M" stamps: offset of the stamp, the page number, and the end of its line.
    static func ecfStamps(_ text: [UInt8]) -> [(offset: Int, page: Int, lineEnd: Int)] {
        var out: [(Int, Int, Int)] = []
        let pat: [UInt8] = Array("Page ".utf8)
        var i = 0
        let n = text.count
        while i + 8 < n {
            // jump to the next "P" eight bytes at a time
            i = text.withUnsafeBufferPointer { ByteScan.firstIndex(of: 0x50, in: $0.baseAddress!, from: i, to: n - 8) }
            guard i + 8 < n else { break }
            if text[i] == 0x50, text[i + 1] == 0x61, text[i + 2] == 0x67, text[i + 3] == 0x65, text[i + 4] == 0x20 {
                var j = i + pat.count
                var v = 0, digits = 0
                while j < n, text[j] >= 0x30, text[j] <= 0x39, digits < 5 { v = v * 10 + Int(text[j] - 0x30); j += 1; digits += 1 }
                if digits > 0, j + 4 < n, text[j] == 0x20, text[j + 1] == 0x6F, text[j + 2] == 0x66, text[j + 3] == 0x20 {
                    // must be on a line that starts with "Case " (ECF stamp)
                    var ls = i
                    while ls > 0, text[ls - 1] != 0x0A { ls -= 1 }
                    var le = j
                    while le < n, text[le] != 0x0A { le += 1 }
                    let line = text[ls..<min(le, ls + 8)]
                    if line.starts(with: Array("Case ".utf8)) || line.starts(with: Array(" Case ".utf8)) || line.contains(0x43) {
                        out.append((i, v, min(n, le + 1)))
                    }
                    i = le
                    continue
                }
            }
            i += 1
        }
        return out
    }
}
