// OwnCitations: the opinion's own reporter citations printed above its caption.
//
// Publishers and case-law databases head an opinion with where it is reported:
// "100 A.3d 1076 (2014)" (CourtListener, Lawbox, Fastcase's header), or several
// lines of parallel cites ("154 Conn. App. 780" / "107 A.3d 1004"). Such a line names
// the document itself, not an authority it relies on: it is no citation of the
// opinion (the gold annotations count it as an "own citation"), and it is not part of
// the first party's name either. It is found before the opinion is parsed, so that the
// reading order and the caption leave it out like other publisher's furniture; its
// cites are kept as `Caption.reporterCitations`.

/// A line of the head matter that holds only the opinion's own reporter citations.
struct OwnCitationLine {
    /// The line's visible text.
    var span: Span
    /// "volume reporter page" of each cite on the line, reporter in its canonical form.
    var cites: [String]
}

enum OwnCitations {
    /// How many non-blank lines at the top of a text are looked at: own citations
    /// stand above the caption, and the caption is short.
    static let headLines = 40   // (a web page's navigation comes first: New York's reporter pages)

    /// The own-citation lines among the first `headLines` lines of `text`, before the first
    /// line of prose. A cite line counts only when a line of head
    /// matter without any citation follows it (the caption): a text that is one
    /// citation, a list of citations one per line, or citation sentences, is citations.
    static func find(text: [UInt8], tokens: [Token], lines: [LineInfo]) -> [OwnCitationLine] {
        var out: [OwnCitationLine] = []
        var seen = 0
        var lastOtherLine = -1  // start of the last head line that is no cite line
        var t = 0  // first token at or after the current line
        var previousEnd: UInt8 = 0  // last byte of the previous head line
        var afterCaption = false  // a line holding only "v." has been passed
        // the parsers below each read a line or two; the whole-text test is made once
        let dollars = text.withUnsafeBufferPointer { Parser.hasSectionSignAmount($0) }
        let title = text.withUnsafeBufferPointer { repeatedTitleCite($0, tokens, dollars: dollars) }
        text.withUnsafeBufferPointer { buf in
            for line in lines where !line.isBlank {
                defer { previousEnd = lastVisibleByte(buf, line) }
                seen += 1
                if seen > headLines { break }
                while t < tokens.count, Int(tokens[t].start) < line.start { t += 1 }
                var e = t
                while e < tokens.count, Int(tokens[e].end) <= line.end { e += 1 }
                guard e > t else { continue }
                // prose has begun (eight words of two letters or more, half of them lower case;
                // initials such as "K.N.C." are no words, and a court's name is no prose):
                // the head matter is over
                if e - t >= 8 {
                    let words = (t..<e).filter { tokens[$0].kind == .word && tokens[$0].length >= 2 }
                    if words.count >= 8, words.filter({ tokens[$0].has(.lowercase) }).count * 2 >= words.count { break }
                }
                // Not a cite that a sentence runs onto from the line before ("Wooldridge v. State,⏎
                // 239 S.W.3d 151") or whose parenthetical is on the next line ("(Mo. App. E.D.
                // 2007)"). Only the first line may name the case: Westlaw's "West v. United
                // States, 100 A.3d 1076 (2014)" above the caption.
                // a "v." on a line of its own is the caption's: a cite line below it names another
                // decision (Arizona's "Opinion of the Court of Appeals, Division One ⏎ 256 Ariz. 104
                // (App. 2023) ⏎ VACATED"), not the opinion itself
                if e - t <= 2, line.end - line.start - line.indent <= 12,
                   StructureContext.versusLines.contains(String(decoding: buf[(line.start + line.indent)..<Int(tokens[e - 1].end)], as: UTF8.self).lowercased()) {
                    afterCaption = true
                }
                if !afterCaption, previousEnd != 0x2C, e >= tokens.count || tokens[e].kind != .openParen,
                   let own = ownCitationLine(buf, tokens, from: t, to: e, allowName: seen == 1, dollars: dollars) {
                    out.append(own)
                } else if e - t > 200 {
                    break  // a long line that is no prose is no caption either ("12 F.3d 345, 12 …" run on)
                } else if !hasCitation(buf, tokens, from: t, to: e, dollars: dollars) {
                    lastOtherLine = line.start
                }
            }
        }
        out = out.filter { $0.span.start < lastOtherLine }
        // further down a web page's head (past its navigation prose): the publisher's notice
        // ("Published by New York State Law Reporting Bureau pursuant to Judiciary Law § 431.")
        // and the opinion's own cite again on a line of its own
        let known = Set(out.flatMap(\.cites))
        text.withUnsafeBufferPointer { buf in
            var seen = 0
            var noticeEnd = -1   // the end of a publisher's notice (it may run over a second line)
            for (n, line) in lines.enumerated() where !line.isBlank {
                seen += 1
                if seen > 60 { break }
                guard line.start >= noticeEnd, !out.contains(where: { $0.span.start >= line.start && $0.span.start < line.end }) else { continue }
                if startsWithPublishedBy(buf, line) {
                    var last = n
                    while last + 1 < lines.count, last - n < 2, !lines[last + 1].isBlank { last += 1 }
                    guard lines[last].end - line.start <= 300 else { continue }
                    out.append(OwnCitationLine(span: Span(line.start + line.indent, lines[last].end), cites: []))
                    noticeEnd = lines[last].end
                    continue
                }
                guard !known.isEmpty else { continue }
                let t = TextFlow.firstToken(in: tokens, atOrAfter: line.start)
                var e = t
                while e < tokens.count, Int(tokens[e].end) <= line.end, e - t <= 40 { e += 1 }
                guard e > t, e - t <= 40, e >= tokens.count || Int(tokens[e].end) > line.end,
                      let own = ownCitationLine(buf, tokens, from: t, to: e, dollars: dollars), own.cites.contains(where: known.contains) else { continue }
                out.append(own)
            }
        }
        // a labelled running header at any page top: the Supreme Court's slip opinions print
        // "Cite as: 554 U. S. ____ (2008)" atop every page
        // (the lines found above are in the head; this loop's own finds lie each on its line,
        // before the next: a binary search among the head's suffices, where a scan of all
        // finds for every header line made a slip opinion of thousands of pages quadratic)
        let headStarts = out.map(\.span.start).sorted()
        text.withUnsafeBufferPointer { buf in
            for line in lines where !line.isBlank && startsWithCiteAs(buf, line) {
                var lo = 0, hi = headStarts.count
                while lo < hi { let mid = (lo + hi) / 2; if headStarts[mid] < line.start { lo = mid + 1 } else { hi = mid } }
                guard lo == headStarts.count || headStarts[lo] >= line.end else { continue }
                let t = TextFlow.firstToken(in: tokens, atOrAfter: line.start)
                var e = t
                while e < tokens.count, Int(tokens[e].end) <= line.end, e - t <= 40 { e += 1 }
                let wholeLine = e >= tokens.count || Int(tokens[e].end) > line.end
                guard e > t, wholeLine else { continue }
                // the page number at the far end of the header ("Cite as: 554 U. S. ____ (2008)      1")
                var b = e
                if e - t > 3, tokens[e - 1].kind == .number, Int(tokens[e - 1].start) - Int(tokens[e - 2].end) >= 3 { b = e - 1 }
                if var own = ownCitationLine(buf, tokens, from: t, to: b, dollars: dollars) {
                    own.span.end = Int(tokens[e - 1].end)
                    out.append(own)
                }
            }
        }
        if let title = title, !out.contains(where: { $0.span.start < title.span.end && title.span.start < $0.span.end }) { out.append(title) }
        return out.sorted { $0.span.start < $1.span.start }
    }

    /// A web page's title and its heading run together at the top of text flattened from the
    /// page (CourtListener's text of New York's slip opinions): "People v Dondorfer ( 2026 NY Slip
    /// Op 00823 ) People v Dondorfer 2026 NY Slip Op 00823 Decided on …". The text opens with
    /// a case cite, and the same cite follows within a few words: the opinion's own, twice.
    static func repeatedTitleCite(_ buf: UnsafeBufferPointer<UInt8>, _ tokens: [Token], dollars: Bool) -> OwnCitationLine? {
        guard tokens.count > 8, tokens[0].kind == .word, tokens[0].has(.capitalized) else { return nil }
        // (the cheap test first: a party's "v" among the first words)
        guard (1..<min(tokens.count, 12)).contains(where: { k in
            tokens[k].kind == .word && tokens[k].length <= 2 && buf[Int(tokens[k].start)] == 0x76
                && (tokens[k].length == 1 || buf[Int(tokens[k].start) + 1] == 0x73)
        }) else { return nil }
        let b = min(tokens.count, 40)
        var parser = Parser(text: buf, tokens: tokens, tables: ReferenceTables.shared, scansDollarsAsSections: dollars)
        parser.parseCitations(from: 0, to: b)
        let cites = parser.citations.filter { $0.nestedIn == nil && $0.kind == .fullCase && $0.volume != nil && $0.page != nil }
        guard cites.count >= 2, cites[0].span.start == Int(tokens[0].start), cites[0].caseName != nil,
              let again = cites.dropFirst().first(where: { $0.volume == cites[0].volume && $0.reporter == cites[0].reporter && $0.page == cites[0].page }),
              again.span.start - cites[0].span.end <= 80 else { return nil }
        // the title's cite stands in parentheses after its name, the heading right after them:
        // "… Dondorfer ( 2026 NY Slip Op 00823 ) People v Dondorfer …" (not a list of one cite)
        var k = 0
        while k < b, Int(tokens[k].end) <= cites[0].span.end { k += 1 }
        guard k < b, tokens[k].kind == .closeParen, k + 1 < b, Int(tokens[k + 1].start) == again.span.start else { return nil }
        // (through the title's closing parenthesis: "( 2026 NY Slip Op 00823 )")
        return OwnCitationLine(span: Span(cites[0].span.start, again.span.end),
                               cites: ["\(cites[0].volume!) \(cites[0].reporter!) \(cites[0].page!)"])
    }

    /// Line `line` opens with "Published by " (a publisher's notice in the head).
    static func startsWithPublishedBy(_ buf: UnsafeBufferPointer<UInt8>, _ line: LineInfo) -> Bool {
        let s = line.start + line.indent
        let label: StaticString = "published by "
        guard line.end - s > label.utf8CodeUnitCount else { return false }
        return (0..<label.utf8CodeUnitCount).allSatisfy { buf[s + $0] | 0x20 == label.utf8Start[$0] }
    }

    /// Line `line` opens with "Cite as" (any case), after its indentation.
    static func startsWithCiteAs(_ buf: UnsafeBufferPointer<UInt8>, _ line: LineInfo) -> Bool {
        let s = line.start + line.indent
        guard line.end - s > 12 else { return false }
        let label: StaticString = "cite as"
        return (0..<7).allSatisfy { buf[s + $0] | 0x20 == label.utf8Start[$0] }
    }

    /// Whether tokens `a..<b` hold a citation of any kind (a line of a caption holds none;
    /// "See Herron, 215 Ill. 2d at 187" does).
    /// `dollars` is `Parser.hasSectionSignAmount` of the whole text.
    static func hasCitation(_ buf: UnsafeBufferPointer<UInt8>, _ tokens: [Token], from a: Int, to b: Int, dollars: Bool) -> Bool {
        guard (a..<b).contains(where: { tokens[$0].kind == .number || tokens[$0].kind == .section }) else { return false }
        var parser = Parser(text: buf, tokens: tokens, tables: ReferenceTables.shared, scansDollarsAsSections: dollars)
        parser.parseCitations(from: a, to: b)
        return !parser.citations.isEmpty
    }

    /// The last byte of `line` that is not a space or carriage return (0 for none).
    static func lastVisibleByte(_ buf: UnsafeBufferPointer<UInt8>, _ line: LineInfo) -> UInt8 {
        var e = line.end
        while e > line.start, buf[e - 1] == 0x20 || buf[e - 1] == 0x0D || buf[e - 1] == 0x09 { e -= 1 }
        return e > line.start ? buf[e - 1] : 0
    }

    /// Tokens `a..<b` (one line) are reporter citations and separators only, with an
    /// optional "Cite as" before them.
    static func ownCitationLine(_ buf: UnsafeBufferPointer<UInt8>, _ tokens: [Token], from a: Int, to b: Int,
                                allowName: Bool = false, dollars: Bool) -> OwnCitationLine? {
        // the cheap test first: a cite line opens with a volume (after "Cite as")
        var first = a
        func word(_ k: Int, _ w: StaticString) -> Bool {
            guard k < b, tokens[k].kind == .word, tokens[k].length == w.utf8CodeUnitCount else { return false }
            return (0..<tokens[k].length).allSatisfy { buf[Int(tokens[k].start) + $0] | 0x20 == w.utf8Start[$0] }
        }
        if word(first, "cite"), word(first + 1, "as") { first += 2; if first < b, tokens[first].kind == .colon { first += 1 } }
        guard first < b, allowName || tokens[first].kind == .number, b - first >= 3, b - first <= 40 else { return nil }
        var parser = Parser(text: buf, tokens: tokens, tables: ReferenceTables.shared, scansDollarsAsSections: dollars)
        parser.parseCitations(from: first, to: b)
        let cites = parser.citations
        // a lone public-domain cite ("2018 WI 11"), which the parser takes in prose only
        // with a case name or a pincite: alone on its line it is the opinion's own
        if cites.isEmpty, let rc = parser.parseReporterCite(volumeAt: first, limit: b), rc.end == b, !rc.isShortForm,
           rc.pin == nil, let page = rc.page {
            let reporter = ReferenceTables.shared.reporters[rc.reporterIndex].canonical
            return OwnCitationLine(span: Span(Int(tokens[a].start), Int(tokens[b - 1].end)), cites: ["\(rc.volume) \(reporter) \(page)"])
        }
        guard !cites.isEmpty, cites.allSatisfy({
            $0.kind == .fullCase && ($0.caseName == nil || allowName) && $0.nestedIn == nil && $0.volume != nil && $0.reporter != nil && $0.page != nil
        }) else { return nil }
        // every token is part of a cite, or a separator between cites: a comma, a semicolon,
        // or the stars that tell which reporter's pages the text marks ("456 S.W.3d 789 *;
        // 2015 Tex. App. LEXIS 2101 **", Lexis's Reporter line)
        // (or the brackets of New York's "2026 NY Slip Op 00028 [245 AD3d 423]")
        func isSeparator(_ k: Int) -> Bool {
            let kind = tokens[k].kind
            return kind == .comma || kind == .semicolon || kind == .star || kind == .openBracket || kind == .closeBracket
        }
        var k = first
        // a web page's title: "70-35 113th St. Holdings, LLC v Auberge Grand Cent., LLC - 2026 NY Slip Op 01932"
        if allowName, let c = cites.first, c.caseName == nil {
            var d = first
            while d < b, Int(tokens[d].end) <= c.span.start { d += 1 }
            if d - 1 > first, tokens[d - 1].kind == .dash, tokens[d - 1].has(.spaceBefore) { k = d }
        }
        for c in cites.sorted(by: { $0.span.start < $1.span.start }) {
            while k < b, Int(tokens[k].end) <= c.span.start {
                guard isSeparator(k) else { return nil }
                k += 1
            }
            while k < b, Int(tokens[k].start) < c.span.end { k += 1 }
        }
        // a closing period ("100 A.3d 1076 (2014).") or separator; the parenthesis of a title
        // "People v Seymore (2026 NY Slip Op 00028)"
        while k < b, tokens[k].kind == .period || isSeparator(k) || (allowName && tokens[k].kind == .closeParen) { k += 1 }
        // a memorandum decision's or a table's mark: "526 P.3d 954 (Mem)", "(Table)"
        if k + 2 < b + 1, tokens[k].kind == .openParen, word(k + 1, "mem") || word(k + 1, "table") {
            var c = k + 2
            if c < b, tokens[c].kind == .period { c += 1 }
            if c < b, tokens[c].kind == .closeParen { k = c + 1 }
        }
        guard k == b else { return nil }
        return OwnCitationLine(span: Span(Int(tokens[a].start), Int(tokens[b - 1].end)),
                               cites: cites.map { "\($0.volume!) \($0.reporter!) \($0.page!)" })
    }
}
