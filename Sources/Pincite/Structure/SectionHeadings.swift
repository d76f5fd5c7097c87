// SectionHeadings: the sections of an opinion's body — heading lines (numbered,
// ALL CAPS, Title Case), division numbers alone on their lines, headings after a
// star page, Roman point headings and run-in divisions — and their levels (see
// StructureParser.swift for the idea).

extension StructureContext {
    // MARK: - Sections

    mutating func findSections(from bodyStart: Int) {
        var styles: [HeadingStyle] = []
        var lastHeadingLine = -1
        var lastStyle: HeadingStyle? = nil
        var deeperLevels: [HeadingStyle: Int] = [:]
        // the sections that may still be parents, by rising level: the parent of a new section
        // is the latest one above its level (a backward search over all sections for each
        // made thousands of top-level headings quadratic)
        var open: [(level: Int, id: Int)] = []
        for s in tree.sections {
            while let top = open.last, top.level >= s.level { open.removeLast() }
            open.append((s.level, s.id))
        }
        skipsLeadingStarPages = true
        defer { skipsLeadingStarPages = false }
        var i = max(0, bodyStart - 4)
        let end = signatureEndingBody.map { sig in lines.firstIndex { $0.start + $0.indent >= sig.start } ?? lines.count } ?? lines.count
        let divisions = runInDivisions(from: bodyStart, to: end, margin: bodyMargin(from: bodyStart, to: end))
        consolidatedCaseLines = findConsolidatedCaseLines(from: bodyStart)
        while i < end {
            guard !noise[i], !isBlank(i), !isOpinionStart(i), !headsCollectedNotes(i) else { i += 1; continue }
            var found = numberLine(at: i, afterHeading: lastHeadingLine) ?? heading(at: i, bodyStart: bodyStart, afterHeading: lastHeadingLine)
            // a heading inside a line: after a star page, or a run-in division number
            var inLine: RunInHeading? = nil
            if found == nil { inLine = divisions[i] ?? headingAfterStarPage(in: i) ?? headingAfterParagraphNumber(in: i) }
            if let r = inLine { found = (r.style, r.number, i) }
            guard let (style, number, last) = found else { i += 1; continue }
            // a letter-spaced title ("O R D E R") names the document, not a part of it
            if inLine == nil, last == i, let t = Self.closedUpLetters(lineText(i)), isDocumentTitle(t) { i += 1; continue }
            if !styles.contains(style) { styles.append(style) }
            var level = deeperLevels[style] ?? styles.firstIndex(of: style)! + 1
            // a numbering that starts again right under its own heading ("B." then
            // "A. Texas Insurance Code") opens a level below it
            // (a separate opinion starts its numbering again at the top)
            let newOpinion = tree.sections.last.map { previous in
                tree.opinions.contains { $0.span.start > previous.span.start && $0.span.start <= lines[i].start } } ?? false
            if newOpinion { deeperLevels = [:]; level = styles.firstIndex(of: style)! + 1 }
            if !newOpinion, let previous = tree.sections.last, style == lastStyle, let n = number, Self.isFirstNumber(n),
               let p = previous.number, !Self.isFirstNumber(p) {
                level = previous.level + 1
                deeperLevels[style] = level
            }
            // a heading above the restarted ones ends them
            deeperLevels = deeperLevels.filter { $0.value <= level || $0.key == style }
            lastStyle = style
            var headingText = inLine.map { String(decoding: text[$0.start..<$0.end], as: UTF8.self) }
                ?? (i...last).filter { !isBlank($0) && !noise[$0] }.map { lineText($0) }.joined(separator: " ")
            if let title = inLine?.title {
                headingText = title
            } else if let n = number {
                // drop "I." / "A)" / a bare "II" from the heading text
                headingText = String(headingText.dropFirst(n.count)).trimmedWhitespace()
                if headingText.hasPrefix(".") || headingText.hasPrefix(")") { headingText = String(headingText.dropFirst()).trimmedWhitespace() }
            }
            // a note's mark glued to a heading in capitals is no part of it: "BACKGROUND2"
            if style == .caps, let lastLetter = headingText.utf8.lastIndex(where: { !($0 >= 0x30 && $0 <= 0x39) }),
               headingText.utf8[lastLetter] >= 0x41, headingText.utf8[lastLetter] <= 0x5A,
               case let digits = headingText.utf8.distance(from: lastLetter, to: headingText.utf8.endIndex) - 1, digits >= 1, digits <= 2 {
                headingText = String(headingText.dropLast(digits))
            }
            lastHeadingLine = last
            while let top = open.last, top.level >= level { open.removeLast() }
            let parent = open.last?.id
            open.append((level, tree.sections.count))
            let span = inLine.map { Span($0.start, $0.end) } ?? Span(contentRange(i).0, contentRange(last).1)
            tree.sections.append(Section(id: tree.sections.count, number: number, heading: headingText, level: level,
                                         parent: parent, span: span, page: layout.page(at: span.start)))
            i = last + 1
        }
    }

    /// The heading starting at line `i`: its style, number and last line.
    /// `afterHeading` is the last line of the heading found before (a subheading may
    /// follow it directly: "C. Secret Ballot Elections" / "1. General principles").
    func heading(at i: Int, bodyStart: Int, afterHeading: Int) -> (HeadingStyle, String?, Int)? {
        guard contentLength(i) <= 240, mayBeHeading(i) else { return nil }
        let byteCount = contentLength(i)
        guard byteCount >= 3, byteCount <= 240 else { return nil }
        // must stand apart: the previous text line ends a sentence, is a heading or is far away
        let prev = previousTextLine(i)
        if let p = prev, p != afterHeading, !endsLikeBlock(p), !isCapsLine(p) { return nil }
        // an unnumbered heading in single-spaced text has blank lines around it (checked
        // here on bytes, before any String is built)
        if !layout.doubleSpaced, !mayBeNumbered(i), !isCentredCapsHeading(i, bodyStart: bodyStart) {
            guard i > 0, isBlank(i - 1) || noise[i - 1], i + 1 >= lines.count || isBlank(i + 1) || noise[i + 1] else { return nil }
        }
        let t = lineText(i)
        if let (style, number) = numbering(t) {
            let rest = String(t.dropFirst(number.count + 1)).trimmedWhitespace()
            guard let f = rest.first, f.isUppercase || f == "“" || f == "\"" else { return nil }
            // the heading may wrap: take following lines until one ends with "." or the next paragraph starts
            var last = i
            var textSoFar = rest
            var j = i + 1
            while !textSoFar.hasSuffix("."), j < lines.count, j - i < 6 {
                if isBlank(j) || noise[j] { j += 1; continue }
                let nt = lineText(j)
                if contentIndent(j) > contentIndent(i) + 2 || numbering(nt) != nil || nt.count > 110 { break }
                if !isTitleCase(textSoFar + " " + nt) { break }
                // a wrapped heading's next line is title case throughout, in capitals after capitals:
                // not the paragraph under it ("A.    Rule 12(b)(6)" ⏎ "Federal Rule of Civil Procedure
                // 12(b)(6) allows the Court …", "I. FACTUAL AND PROCEDURAL BACKGROUND" ⏎ "On August 14, …")
                if !isTitleCase(nt, strictly: true) || (textSoFar.fastUppercased() == textSoFar && nt.fastUppercased() != nt) { break }
                textSoFar += " " + nt
                last = j
                j += 1
            }
            guard textSoFar.count <= 220 else { return nil }
            if isTitleCase(textSoFar) || textSoFar.fastUppercased() == textSoFar { return (style, number, last) }
            if style == .roman, let end = pointHeadingEnd(from: i, numberLength: number.count + 1) { return (style, number, end) }
            // a short heading in sentence case ("1. General principles") stands alone
            // between blank lines and has no sentence punctuation
            guard last == i, !layout.doubleSpaced, textSoFar.split(separator: " ").count <= 6,
                  let final = textSoFar.utf8.last, final != 0x2E, final != 0x3A, final != 0x2C, final != 0x3B,
                  i > 0, isBlank(i - 1), i + 1 < lines.count, isBlank(i + 1) else { return nil }
            return (style, number, last)
        }
        // unnumbered: ALL CAPS, or a short Title Case line standing alone (blank lines
        // around it in single-spaced text), not a label ("Per Curiam:"), docket or caption
        // letters and digits counted on the bytes (ASCII is what matters for headings)
        let (cs, ce) = contentRange(i)
        var letterCount = 0, digitCount = 0
        for k in cs..<ce {
            let b = text[k]
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { letterCount += 1 } else if b >= 0x30 && b <= 0x39 { digitCount += 1 }
        }
        if i > bodyStart, consolidatedCaseLines.contains(i) { return (.caps, nil, i) }
        guard letterCount >= 4, !t.hasSuffix(","), !t.hasSuffix(";"), !t.hasSuffix(":"), !t.hasSuffix(":*"),
              !t.hasPrefix("("), !t.hasPrefix("No."), digitCount * 4 < byteCount,
              !["Opinion", "OPINION", "Opinion of the Court"].contains(t) else { return nil }
        if !layout.doubleSpaced, !isCentredCapsHeading(i, bodyStart: bodyStart) {
            guard i > 0, isBlank(i - 1) || noise[i - 1], i + 1 >= lines.count || isBlank(i + 1) || noise[i + 1] else { return nil }
        }
        // the document's title ("MEMORANDUM OPINION AND ORDER") heads no section, in capitals or
        // not; but a title word alone after the body's first heading is one ("FACTS" …
        // "DECISION" … "CONCLUSION" in Illinois's First District)
        guard !isDocumentTitle(t) || (!tree.sections.isEmpty && !t.utf8.contains(0x20)) else { return nil }
        // a dated line heads no part of the opinion: "ORDER ENTERED JUNE 8, 2007" (an order
        // printed before it), "Decided May 17, 2007"
        if Self.endsWithDate(t) { return nil }
        if t.fastUppercased() == t, t.split(separator: " ").count <= 10, i >= bodyStart - 1, !Self.isDisposition(t) {
            return (.caps, nil, i)
        }
        let words = t.split(separator: " ")
        // (a judge's name in a panel listed a line each, "Linda Christopher, J.P." ⏎ "William
        // G. Ford" ⏎ … ⏎ "Helen Voutsinas, JJ.", is no heading)
        // (a longer one, six to twelve words, only in single-spaced text, with no comma and no
        // case name in it, before a paragraph: "Distributing or Displaying Write-In Lists Does
        // Not Constitute Electioneering", an Attorney General's heading)
        let longTitled = words.count > 5 && words.count <= 12 && !layout.doubleSpaced && i > bodyStart
            && !t.utf8.contains(0x2C) && !t.containsBytes(" v. ") && !t.containsBytes(" v ")
        if words.count <= 5 || longTitled, isTitleCase(t), !t.hasSuffix("."), i >= bodyStart - 4, let n = nextTextLine(i),
           !longTitled || contentLength(n) > contentLength(i) * 2,
           !(prev.map(isPanelLine) ?? false), !isPanelLine(n),
           contentIndent(n) >= contentIndent(i) || contentLength(n) > contentLength(i) * 2,
           prev.map({ let e = endBeforeNoteMark($0); return text[e - 1] == 0x2E || text[e - 1] == 0x3A }) ?? true {
            return (.titled, nil, i)
        }
        return nil
    }

    /// A line of a panel listed a judge a line: a name with ", J.P.", ", P.J.", ", J." or
    /// ", JJ." after it.
    func isPanelLine(_ i: Int) -> Bool {
        let (s, e) = contentRange(i)
        guard e - s <= 60 else { return false }
        return Self.panelTitles.contains { ByteScan.hasSuffix(text, from: s, to: e, $0) }
    }

    static let panelTitles = [", J.P.", ", P.J.", ", J.", ", JJ.", ", C.J."].map { Array($0.utf8) }

    /// The lines "Case No. A03A1064" alone between blank lines in the body of a consolidated
    /// opinion, each heading the part that decides one of its appeals (Georgia's Court of
    /// Appeals); only when there are two or more of them (a single one is a caption's docket).
    func findConsolidatedCaseLines(from bodyStart: Int) -> Set<Int> {
        let from = max(1, bodyStart)
        guard from < lines.count - 1 else { return [] }
        var found: Set<Int> = []
        for i in from..<(lines.count - 1) where !isBlank(i) && isBlank(i - 1) && isBlank(i + 1) {
            let (s, e) = contentRange(i)
            guard e - s <= 40, ByteScan.hasPrefix(text, from: s, to: e, Self.caseNumberWords) else { continue }
            var k = s + Self.caseNumberWords.count
            var digits = 0
            while k < e, text[k] != 0x20 { if text[k] >= 0x30 && text[k] <= 0x39 { digits += 1 }; k += 1 }
            if k == e, digits >= 2 { found.insert(i) }
        }
        return found.count >= 2 ? found : []
    }
    static let caseNumberWords = Array("Case No. ".utf8)

    /// A heading that web text runs onto the end of a paragraph's last line after a
    /// star page ("… 848 N.W.2d 862 ). *441 B. Public Records Law", "*712 DISPOSITION"):
    /// the page break came just before it. The line is followed by a blank line; the
    /// text after the marker is a numbered, ALL CAPS or Title Case heading (three words
    /// or more), or a division number alone.
    /// A heading numbered as a paragraph: Illinois numbers every paragraph of an opinion, its
    /// headings too, the number at the margin and the heading centred ("¶ 13
    /// ANALYSIS", "¶3                                       I. BACKGROUND").
    func headingAfterParagraphNumber(in i: Int) -> RunInHeading? {
        let (s, e) = contentRange(i)
        guard e - s >= 8, e - s <= 160, var k = paragraphNumberEnd(from: s, to: e) else { return nil }
        let gap = k
        while k < e, text[k] == 0x20 || text[k] == 0x09 { k += 1 }
        // (the text of an ordinary paragraph follows its number after a few spaces)
        guard k - gap >= 3, k < e else { return nil }
        let tail = String(decoding: text[k..<e], as: UTF8.self)
        guard !tail.hasSuffix("."), !tail.hasSuffix(","), !tail.hasSuffix(";") else { return nil }
        let words = tail.split(separator: " ").count
        if let (style, number) = numbering(tail) {
            let rest = String(tail.dropFirst(number.count + 1)).trimmedWhitespace()
            guard let f = rest.first, f.isUppercase, words <= 10, isTitleCase(rest) || rest.fastUppercased() == rest else { return nil }
            return RunInHeading(style: style, number: number, start: k, end: e)
        }
        if tail.fastUppercased() == tail, words <= 10, tail.utf8.filter({ $0 >= 0x41 && $0 <= 0x5A }).count >= 4,
           !isDocumentTitle(tail), !Self.isDisposition(tail) {
            return RunInHeading(style: .caps, number: nil, start: k, end: e)
        }
        return nil
    }

    func headingAfterStarPage(in i: Int) -> RunInHeading? {
        guard !layout.doubleSpaced, !layout.starPages.isEmpty, i + 1 < lines.count, isBlank(i + 1) else { return nil }
        let (s, e) = contentRange(i)
        // the last star page of the line, within 120 bytes of its end (found in the
        // sorted furniture, not by scanning the line)
        var lo = layout.firstFurniture(startingAtOrAfter: max(s + 1, e - 119))
        var found: Span? = nil
        while lo < layout.furniture.count, layout.furniture[lo].start < e {
            if text[layout.furniture[lo].start] == 0x2A, text[layout.furniture[lo].start - 1] == 0x20 { found = layout.furniture[lo] }
            lo += 1
        }
        guard let marker = found else { return nil }
        let k = marker.start
        // a sentence, a quotation or a note mark ends before it
        var b = k - 1
        while b > s, text[b] == 0x20 { b -= 1 }
        guard [0x2E, 0x29, 0x5D, 0x22, 0x9D].contains(text[b]) else { return nil }
        var start = marker.end
        while start < e, text[start] == 0x20 { start += 1 }
        guard start < e else { return nil }
        let tail = String(decoding: text[start..<e], as: UTF8.self)
        let bare = tail.hasSuffix(".") ? String(tail.dropLast()) : tail
        if StructureContext.romans.contains(bare) { return RunInHeading(style: .roman, number: bare, start: start, end: e) }
        if bare.utf8.count == 1, let c = bare.utf8.first, c >= 0x41, c <= 0x5A {
            return RunInHeading(style: .upperLetter, number: bare, start: start, end: e)
        }
        if let (style, number) = numbering(tail) {
            let rest = String(tail.dropFirst(number.count + 1)).trimmedWhitespace()
            guard let f = rest.first, f.isUppercase, isTitleCase(rest) || rest.fastUppercased() == rest else { return nil }
            return RunInHeading(style: style, number: number, start: start, end: e)
        }
        let words = tail.split(separator: " ").count
        if tail.fastUppercased() == tail, words <= 10, tail.utf8.filter({ $0 >= 0x41 && $0 <= 0x5A }).count >= 4,
           !isDocumentTitle(tail), !Self.isDisposition(tail) {   // as for a heading line of its own
            return RunInHeading(style: .caps, number: nil, start: start, end: e)
        }
        if words >= 3, words <= 10, isTitleCase(tail), let f = tail.first, f.isUppercase {
            return RunInHeading(style: .titled, number: nil, start: start, end: e)
        }
        return nil
    }

    /// Divisions numbered at the start of their first paragraph, with no heading line
    /// (Georgia's "1. The mother first argues …", then "(a) With respect to …";
    /// Massachusetts' "1. Background. The defendant …"): by line, the number's span and
    /// its style. A run counts only when its numbers go 1, 2, 3 … (a, b, c … within a
    /// division) and most of its numbers have unnumbered paragraphs between them — a
    /// list of numbered items ("1. The motion is GRANTED. 2. …") has none.
    func runInDivisions(from bodyStart: Int, to end: Int, margin: Int) -> [Int: RunInHeading] {
        guard bodyStart < end else { return [:] }
        // paragraphs start indented, or (web text, no indents) after a blank line
        let indented = (bodyStart..<end).contains { !isBlank($0) && !noise[$0] && contentIndent($0) > margin }
        func startsParagraph(_ j: Int) -> Bool {
            guard !isBlank(j), !noise[j] else { return false }
            if contentIndent(j) > margin { return true }
            guard !layout.doubleSpaced || !indented, let p = previousTextLine(j) else { return false }
            // in double-spaced text every line has a blank after it: the line before ends a block
            return j > 0 && isBlank(j - 1) && (!layout.doubleSpaced || endsLikeBlock(p) || text[contentRange(p).1 - 1] == 0x5D)
        }
        // most opinions have no run of "1." "2." line openings: a byte test first
        var openings = 0
        for j in bodyStart..<end where !noise[j] {
            let (s, e) = contentRange(j)
            if e - s > 60, text[s] >= 0x31, text[s] <= 0x39, text[s + 1] == 0x2E || text[s + 2] == 0x2E { openings += 1 }
        }
        guard openings >= 2 else { return [:] }
        // candidates: a paragraph opening "12. Word" or "(b) Word", longer than a heading
        var arabic: [(line: Int, value: Int, head: RunInHeading)] = []
        var letters: [(line: Int, value: Int, head: RunInHeading)] = []
        var paragraphStarts: [Int] = []
        for j in bodyStart..<end where startsParagraph(j) {
            paragraphStarts.append(j)
            let (s, e) = contentRange(j)
            guard e - s > 60 else { continue }
            var k = s
            if text[k] == 0x28, k + 3 < e, text[k + 1] >= 0x61, text[k + 1] <= 0x7A, text[k + 2] == 0x29, text[k + 3] == 0x20 {
                // "(a) "
                k += 4
                guard k < e, text[k] >= 0x41, text[k] <= 0x5A else { continue }
                letters.append((j, Int(text[s + 1] - 0x61), RunInHeading(style: .lowerLetter, number: String(UnicodeScalar(text[s + 1])),
                                                                          start: s, end: s + 3, title: "")))
                continue
            }
            var v = 0
            while k < e, k - s < 2, text[k] >= 0x30, text[k] <= 0x39 { v = v * 10 + Int(text[k] - 0x30); k += 1 }
            guard k > s, k + 2 < e, text[k] == 0x2E, text[k + 1] == 0x20, text[k + 2] >= 0x41, text[k + 2] <= 0x5A else { continue }
            arabic.append((j, v, RunInHeading(style: .arabic, number: String(v), start: s, end: k + 1, title: runInTitle(from: k + 2, to: e) ?? "")))
        }
        // the longest 1, 2, 3 … run, and its letters a, b, c … inside each division
        var out: [Int: RunInHeading] = [:]
        func accept(_ run: [(line: Int, value: Int, head: RunInHeading)], separated needed: Bool = true) -> Bool {
            guard run.count >= 2 else { return false }
            guard needed else { return true }
            var separated = 0
            for (a, b) in zip(run, run.dropFirst()) where paragraphStarts.contains(where: { $0 > a.line && $0 < b.line }) { separated += 1 }
            return separated * 2 >= run.count - 1
        }
        var run: [(line: Int, value: Int, head: RunInHeading)] = []
        for c in arabic where c.value == run.count + 1 { run.append(c) }
        guard accept(run) else { return [:] }
        for (k, d) in run.enumerated() {
            out[d.line] = d.head
            let next = k + 1 < run.count ? run[k + 1].line : end
            var sub: [(line: Int, value: Int, head: RunInHeading)] = []
            for c in letters where c.line > d.line && c.line < next && c.value == sub.count { sub.append(c) }
            // inside a division, a, b … is enough (a subdivision may be one paragraph)
            if accept(sub, separated: false) { for x in sub { out[x.line] = x.head } }
        }
        return out
    }

    /// A run-in title after a division number: one to four words ending with a period,
    /// the first capitalized, before a new sentence ("Background. The defendant …"), or up
    /// to eight in title case.
    func runInTitle(from s: Int, to e: Int) -> String? {
        var k = s, words = 1
        while k < e, k - s < 60, text[k] != 0x2E {
            if text[k] == 0x20 { words += 1 }
            if text[k] == 0x2C || text[k] == 0x3B || text[k] == 0x3A { return nil }
            k += 1
        }
        guard k < e, k - s < 60, words <= 8, k + 2 < e, text[k + 1] == 0x20, text[k + 2] >= 0x41, text[k + 2] <= 0x5A else { return nil }
        let title = String(decoding: text[s..<k], as: UTF8.self)
        // past four words, a title is in title case ("Application of Miller and Diatchenko")
        if words > 4 {
            let small: Set<Substring> = ["of", "and", "the", "to", "for", "in", "on", "a", "an", "by", "under", "with", "v", "or"]
            guard title.split(separator: " ").allSatisfy({ small.contains($0) || $0.first?.isUppercase == true }) else { return nil }
        }
        // a sentence of its own ("The court erred.") is no title: titles have no verb
        // we can see, so keep to capitalized words ("Background", "Standard of review")
        guard let first = title.split(separator: " ").first, !["The", "A", "An", "We", "It", "In", "On", "This"].contains(String(first)) else { return nil }
        return title
    }

    /// The last line of a point heading after a Roman numeral, one sentence in sentence
    /// case ("I.     Jagels' plea was knowing and voluntary, not coerced."): its wrapped
    /// lines are aligned with its text, and it ends with a period at a line end.
    func pointHeadingEnd(from i: Int, numberLength: Int) -> Int? {
        let (s, e) = contentRange(i)
        var column = s + numberLength
        while column < e, text[column] == 0x20 { column += 1 }
        let textColumn = column - lines[i].start
        var words = 0, j = i
        while j < lines.count, j - i < 6 {
            if j > i {
                if isBlank(j) || noise[j] { j += 1; continue }
                guard abs(contentIndent(j) - textColumn) <= 1 else { return nil }
            }
            let (ls, le) = contentRange(j)
            for k in ls..<le where text[k] == 0x20 { words += 1 }
            words += 1
            guard words <= 40 else { return nil }
            if text[le - 1] == 0x2E { return j }
            j += 1
        }
        return nil
    }

    /// A division number alone on its line ("I.", "II", "A.", "B"), the heading of a
    /// division with no title; when a title line follows ("I." / "BACKGROUND") the two
    /// are one heading. Arabic numbers need their period (a bare "3" is a page number).
    func numberLine(at i: Int, afterHeading: Int) -> (HeadingStyle, String?, Int)? {
        let (s, e) = contentRange(i)
        guard e - s <= 5, e > s else { return nil }
        var end = e
        let dotted = text[end - 1] == 0x2E
        if dotted { end -= 1 }
        guard end > s else { return nil }
        let n = String(decoding: text[s..<end], as: UTF8.self)
        let style: HeadingStyle
        if StructureContext.romans.contains(n) { style = .roman }
        else if end - s == 1, text[s] >= 0x41, text[s] <= 0x5A { style = .upperLetter }
        else if dotted, let v = Int(n), v >= 1, v <= 30 { style = .arabic }
        else { return nil }
        // it stands apart: after the end of a block or another heading, before text
        if let p = previousTextLine(i), p != afterHeading, !endsLikeBlock(p), !isCapsLine(p) { return nil }
        guard let next = nextTextLine(i), !isOpinionStart(next) else { return nil }
        // two number lines of one style in a row are a list; "I" over "A" (as the Supreme
        // Court's slip opinions set them) are a part and its first subpart
        if let below = numberLine(at: next, afterHeading: i), below.0 == style { return nil }
        // "I." then a title line: one heading
        if numbering(lineText(next)) == nil, let (titleStyle, titleNumber, last) = heading(at: next, bodyStart: 0, afterHeading: i),
           titleNumber == nil, titleStyle == .caps || titleStyle == .titled {
            return (style, n, last)
        }
        return (style, n, i)
    }

    /// A byte-level pre-check before any String is built: a heading line is numbered
    /// ("IV. ", "A. ", "2) "), has no lower-case letters, or is short (six words or fewer).
    func mayBeHeading(_ i: Int) -> Bool {
        let (s, e) = contentRange(i)
        guard e - s >= 3 else { return false }
        // headings start with a capital, a digit or "(" and do not end mid-sentence
        let first = text[s], last = text[e - 1]
        guard (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) || first == 0x28
                || (first >= 0x61 && first <= 0x68 && e - s > 2 && (text[s + 1] == 0x2E || text[s + 1] == 0x29)),
              last != 0x2C, last != 0x3B else { return false }
        var lower = 0, spaces = 0
        var k = s
        while k < e { let b = text[k]; if b >= 0x61 && b <= 0x7A { lower += 1 } else if b == 0x20 { spaces += 1 }; k += 1 }
        if lower == 0 || spaces <= 5 { return true }
        // (a longer Title Case line with no sentence end or comma: see `heading(at:)`)
        if spaces <= 11, e - s <= 100, last != 0x2E, !text[s..<e].contains(0x2C) { return true }
        var d = s
        while d < min(e, s + 6), text[d] != 0x2E && text[d] != 0x29 { d += 1 }
        return d < min(e, s + 6) && d + 1 < e && text[d + 1] == 0x20
    }

    /// Bytes-only pre-check for `numbering`: the first "." or ")" comes within the first
    /// few bytes and is followed by a space ("IV. ", "(a) ", "12. ").
    func mayBeNumbered(_ i: Int) -> Bool {
        let (s, e) = contentRange(i)
        var k = s
        while k < min(e, s + 24), text[k] != 0x2E && text[k] != 0x29 { k += 1 }
        return k < min(e, s + 24) && k + 1 < e && text[k + 1] == 0x20
    }

    /// Line `p` ends with ".", ":", ")", a closing quote — the end of a block (bytes only).
    /// The words of a disposition line ("AFFIRMED.", "REVERSED AND REMANDED.", "IT IS SO
    /// ORDERED."): the court's judgment, which ends an opinion and opens no section.
    static let dispositionWords: Set<Substring> = ["AFFIRMED", "REVERSED", "REMANDED", "VACATED", "DISMISSED", "DENIED", "GRANTED",
                                                   "MODIFIED", "AND", "IN", "PART", "AS", "JUDGMENT", "APPEAL", "PETITION", "WRIT",
                                                   "IT", "IS", "SO", "ORDERED", "&"]

    static func isDisposition(_ t: String) -> Bool {
        guard t.hasSuffix(".") || t.hasSuffix("!") else { return false }
        let words = t.dropLast().split { $0 == " " || $0 == "," || $0 == ";" }
        return !words.isEmpty && words.allSatisfy { dispositionWords.contains($0) }
    }

    func endsLikeBlock(_ p: Int) -> Bool {
        let (s, e) = contentRange(p)
        guard e > s else { return true }
        let end = endBeforeNoteMark(p)
        let b = text[end - 1]
        // an editor's note in brackets: "[Editor's note: The following portion of the opinion
        // has been vacated by the order entered June 8, 2007.]"
        if b == 0x5D, text[s] == 0x5B || (end - 2 >= s && text[end - 2] == 0x2E) { return true }
        // ".", ":", ")", a closing quote (", ”, ’), or a question or exclamation ("… in the
        // primary election?" before "FACTS AND ANALYSIS")
        return b == 0x2E || b == 0x3A || b == 0x29 || b == 0x22 || b == 0x9D || b == 0x99 || b == 0x3F || b == 0x21
    }

    /// The end of line `p`'s content before a footnote mark after its last sentence: "…
    /// unaware of it. 3", "… for trespass.1", "… We affirm.[1]", "… on electioneering. [1]".
    func endBeforeNoteMark(_ p: Int) -> Int {
        let (s, e) = contentRange(p)
        guard e > s else { return e }
        var end = e
        // a footnote marker after the sentence: "… unaware of it. 3"
        var d = end
        while d > s, text[d - 1] >= 0x30, text[d - 1] <= 0x39, end - d < 3 { d -= 1 }
        if d < end, d - 2 >= s, text[d - 1] == 0x20 { end = d - 1 }
        // … or glued to it, as CAP's text prints a note mark: "… for trespass.1"
        else if d < end, d - 2 >= s, text[d - 1] == 0x2E, (text[d - 2] | 0x20) >= 0x61, (text[d - 2] | 0x20) <= 0x7A { end = d }
        // a bracketed one: "… We affirm.[1]", "….[*]"
        if text[end - 1] == 0x5D, let open = (max(s, end - 6)..<(end - 1)).last(where: { text[$0] == 0x5B }), open > s,
           ((open + 1)..<(end - 1)).allSatisfy({ (text[$0] >= 0x30 && text[$0] <= 0x39) || text[$0] == 0x2A }) {
            end = open
            while end - 1 > s, text[end - 1] == 0x20 { end -= 1 }
        }
        return end
    }

    /// Line `p` is short and has no lower-case ASCII letters (a heading or caption line).
    func isCapsLine(_ p: Int) -> Bool {
        let (s, e) = contentRange(p)
        guard e - s < 100 else { return false }
        for k in s..<e where text[k] >= 0x61 && text[k] <= 0x7A { return false }
        return true
    }

    /// A heading that is part of a text line: its style, number and bytes, and for a
    /// run-in division its title ("Background" in "1. Background. The defendant …";
    /// empty when the division has none).
    struct RunInHeading {
        var style: HeadingStyle
        var number: String?
        var start: Int
        var end: Int
        var title: String? = nil
    }

    /// "I", "A", "a", "1": the number a numbering style starts with.
    static func isFirstNumber(_ n: String) -> Bool { n == "I" || n == "A" || n == "a" || n == "1" }

    static let romans: Set<String> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// "I. ", "IV. ", "A. ", "1. ", "a. ", "(1) " at the start of a heading line.
    func numbering(_ t: String) -> (HeadingStyle, String)? {
        // the number is at most five characters: look for its "." or ")" in the first
        // bytes only (a Character scan of a long line cost ~30 instructions a byte)
        let u = t.utf8
        var dot = u.startIndex, scanned = 0
        while dot != u.endIndex, u[dot] != 0x2E, u[dot] != 0x29 {
            scanned += 1
            if scanned > 24 { return nil }
            dot = u.index(after: dot)
        }
        guard dot != u.endIndex else { return nil }
        let n = String(t[..<dot])
        let after = t.index(after: dot)
        guard after < t.endIndex, t[after] == " ", !n.isEmpty, n.count <= 5 else { return nil }
        if StructureContext.romans.contains(n) { return (.roman, n) }
        if n.count == 1, let c = n.first, c.isUppercase { return (.upperLetter, n) }
        if n.count == 1, let c = n.first, c.isLowercase { return (.lowerLetter, n) }
        if let v = Int(n), v >= 1, v <= 30 { return (.arabic, n) }
        return nil
    }

    /// Line `i` is a heading set in capitals in the middle of the line with no blank line
    /// around it, the paragraph under it starting right below ("      BACKGROUND" ⏎ "The facts,
    /// as alleged …", district courts' orders in CourtListener's text): one to six words, no
    /// lower-case letter, no period (a signature's "JIA M. COBB" has one) and a long line of
    /// prose, set further left, below.
    func isCentredCapsHeading(_ i: Int, bodyStart: Int) -> Bool {
        guard i > bodyStart, contentIndent(i) >= 8 else { return false }
        let (cs, ce) = contentRange(i)
        var words = 1
        for k in cs..<ce {
            let b = text[k]
            if (b >= 0x61 && b <= 0x7A) || b == 0x2E || b == 0x2C || b == 0x3A || b == 0x3B { return false }
            if b == 0x20, k > cs, text[k - 1] != 0x20 { words += 1 }
        }
        guard words <= 6, let n = nextTextLine(i), contentIndent(n) + 4 < contentIndent(i), contentLength(n) >= 50 else { return false }
        let first = text[contentRange(n).0]
        guard first >= 0x41 && first <= 0x5A else { return false }
        // not a line of a title block or of a page's running header ("TENNESSEE BUREAU OF WORKERS’
        // COMPENSATION" ⏎ "WORKERS’ COMPENSATION APPEALS BOARD"), nor the document's title ("ORDER")
        if let p = previousTextLine(i), contentIndent(p) >= 8, !(contentRange(p).0..<contentRange(p).1).contains(where: { text[$0] >= 0x61 && text[$0] <= 0x7A }) {
            return false
        }
        return !isDocumentTitle(lineText(i))
    }

    /// Most words of four or more letters start with a capital (`strictly`: every one).
    func isTitleCase(_ s: String, strictly: Bool = false) -> Bool {
        // on the UTF-8 bytes: ASCII letters decide, as they do for English headings
        var words = 0, caps = 0
        var letters = 0, firstIsCap = false
        func endWord() {
            if letters >= 4 { words += 1; if firstIsCap { caps += 1 } }
            letters = 0; firstIsCap = false
        }
        for b in s.utf8 {
            if b == 0x20 { endWord(); continue }
            let isUpper = b >= 0x41 && b <= 0x5A, isLower = b >= 0x61 && b <= 0x7A
            if isUpper || isLower || b >= 0x80 {
                if letters == 0 { firstIsCap = isUpper }
                letters += 1
            }
        }
        endWord()
        guard words > 0 else { return s.first?.isUppercase ?? false }
        return strictly ? caps == words : caps * 4 >= words * 3
    }

    func previousTextLine(_ i: Int) -> Int? {
        var j = i - 1
        while j >= 0, isBlank(j) || noise[j] { j -= 1 }
        return j >= 0 ? j : nil
    }

    func nextTextLine(_ i: Int) -> Int? {
        var j = i + 1
        while j < lines.count, isBlank(j) || noise[j] { j += 1 }
        return j < lines.count ? j : nil
    }

    func isHeadingLine(_ i: Int) -> Bool { headingLines.contains(i) }

    /// The signature when it ends the body: not when a separate opinion follows it ("It is so
    /// ordered." closes the Court's opinion, and a dissent's Parts I–III come after it).
    var signatureEndingBody: Span? {
        guard let sig = tree.signature else { return nil }
        return tree.opinions.contains { $0.span.start >= sig.end } ? nil : sig
    }

    /// Line `i` is the heading of the notes collected after the opinion ("NOTES", "Footnotes"):
    /// the next text line opens a note. It heads no part of the opinion.
    func headsCollectedNotes(_ i: Int) -> Bool {
        let (s, e) = contentRange(i)
        guard e - s <= 10 else { return false }
        let word = lineText(i).fastUppercased().trimmed(" :")
        guard word == "NOTES" || word == "FOOTNOTES" else { return false }
        var k = i + 1
        while k < lines.count, isBlank(k) { k += 1 }
        return k < lines.count && layout.footnote(at: contentRange(k).0) != nil
    }

    /// Marks the lines that the sections' headings occupy (for the later passes).
    /// A line only partly taken by a heading (a run-in division number, a heading after
    /// a star page at the end of a paragraph) stays text. A star page before a heading
    /// line is part of the heading line.
    mutating func indexHeadingLines() {
        skipsLeadingStarPages = true
        defer { skipsLeadingStarPages = false }
        var k = 0
        for i in lines.indices {
            while k < tree.sections.count, tree.sections[k].span.end < lines[i].start { k += 1 }
            guard k < tree.sections.count, tree.sections[k].span.start <= lines[i].end else { continue }
            let (s, e) = contentRange(i)
            if tree.sections[k].span.start <= s, tree.sections[k].span.end >= e { headingLines.insert(i) }
        }
    }
}
