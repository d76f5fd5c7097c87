import Foundation

// BodyStructure: sections, block quotes, paragraphs, footnote markers and the
// signature block of extracted text (see StructureParser.swift for the idea).

extension StructureContext {
    // MARK: - Signature and date

    /// The signature block: from "SO ORDERED" / "/s/" / "Dated:" near the end; it
    /// gives the judge's full name and title, the date and the place.
    static let slashS = Array("/s/".utf8)
    static let signatureOpeners = ["SO ORDERED", "Dated:", "DATED:", "It is so ordered"].map { Array($0.utf8) }

    mutating func findSignature(after bodyStart: Int) {
        let tail = Array(max(bodyStart, lines.count - 40)..<lines.count)
        var start: Int? = nil
        for i in tail where !isBlank(i) && !noise[i] {
            // on the bytes: a "line" of web text is a whole paragraph
            let (cs, ce) = contentRange(i)
            if ByteScan.contains(text, from: cs, to: ce, Self.slashS)
                || Self.signatureOpeners.contains(where: { ByteScan.hasPrefix(text, from: cs, to: ce, $0) }) {
                if start == nil { start = i }
            }
        }
        guard let s = start else { return }
        var last = s
        for i in s..<lines.count where !isBlank(i) && !noise[i] { last = i }
        tree.signature = Span(contentRange(s).0, contentRange(last).1)
        // judge and title: "Allyne R. Ross" / "United States District Judge"
        for i in s...last where !isBlank(i) {
            let t = lineText(i)
            let lower = t.fastLowercased()
            if lower.hasSuffix("judge") || lower.hasSuffix("justice") || lower.hasSuffix("magistrate judge") {
                var j = i - 1
                while j >= s, isBlank(j) { j -= 1 }
                if j >= s {
                    let name = lineText(j).replacingOccurrences(of: "/s/", with: "").trimmed(" _")
                    if !name.isEmpty, name.first!.isUppercase, name.split(separator: " ").count <= 5 {
                        tree.caption.judge = name
                        tree.caption.judgeTitle = t
                    }
                }
            }
            if let r = t.rangeOfBytes("Dated:") ?? t.rangeOfBytes("DATED:") {
                let rest = t[r.upperBound...].trimmedWhitespace()
                if let iso = DateText.iso(rest) { tree.caption.date = iso }
                // the place is on the next line ("Brooklyn, New York")
                var j = i + 1
                while j <= last, isBlank(j) { j += 1 }
                if j <= last {
                    let p = lineText(j)
                    if p.containsBytes(","), p.count < 60, p.first?.isUppercase == true { tree.caption.place = p }
                }
            }
        }
    }

    // MARK: - Opinions

    /// Opinion starts: "THOMPSON, Associate Judge:", "BISHOP, J.", "PER CURIAM.",
    /// "ANN WALSH BRADLEY, J. (dissenting)." — each opinion runs to the next start.
    mutating func findOpinions(from start: Int) {
        var starts: [(Int, String, String?)] = []
        for i in start..<lines.count where !noise[i] && !isBlank(i) {
            if contentLength(i) <= 120, mayOpenOpinion(i), let (type, author) = opinionStart(lineText(i)) {
                // the first opinion is the majority unless it says otherwise
                starts.append((i, type, author))
            }
        }
        let end = tree.signature?.start ?? text.count
        for (n, s) in starts.enumerated() {
            let from = contentRange(s.0).0
            let to = n + 1 < starts.count ? lines[starts[n + 1].0].start : end
            // an opinion has some length; a judge's name in a closing line is not one
            guard to - from >= 800 else { continue }
            var part = OpinionPart(type: s.1, author: s.2, span: Span(from, max(from, to)))
            if tree.opinions.isEmpty, part.type == "other" { part.type = "majority" }
            tree.opinions.append(part)
        }
    }

    /// Byte pre-check: "PER CURIAM" or a comma followed by "J", "C", "P" or "A"/"S"/"D"/"U"/"B"/"M" title words.
    func mayOpenOpinion(_ i: Int) -> Bool {
        let (s, e) = contentRange(i)
        guard e - s >= 5 else { return false }
        if text[s] == 0x50 || text[s] == 0x70, text[s + 1] == 0x45 || text[s + 1] == 0x65 { return true }  // PER / Per
        if Self.authorLineTitle(text, s, e) != nil { return true }  // "JUSTICE TURNER"
        // "NAME, J." / "NAME, Associate Judge:" — a capital after the first ", " within 45 bytes,
        // and a line that ends like a label
        let last = text[e - 1]
        guard last == 0x2E || last == 0x3A || last == 0x29, text[s] >= 0x41, text[s] <= 0x5A else { return false }
        var k = s
        while k + 2 < e, k < s + 45 {
            if text[k] == 0x2C, text[k + 1] == 0x20 { return text[k + 2] >= 0x41 && text[k + 2] <= 0x5A }
            k += 1
        }
        return false
    }

    /// Titles that stand before the author's name on a line of its own in CAP and
    /// Illinois text: "JUSTICE TURNER", "PRESIDING JUSTICE McCULLOUGH".
    static let authorTitles: [[UInt8]] = ["PRESIDING JUSTICE ", "CHIEF JUSTICE ", "JUSTICE ", "CHIEF JUDGE ", "JUDGE "].map { Array($0.utf8) }

    /// The length of the title of an author line "JUSTICE NAME" in bytes `s..<e`: a
    /// title in capitals, then one to four name words with no lower-case letters
    /// (a sentence such as "Judge Bloom entered …" is not one).
    static func authorLineTitle(_ text: [UInt8], _ s: Int, _ e: Int) -> Int? {
        guard e - s <= 60 else { return nil }
        guard let title = authorTitles.first(where: { t in e - s > t.count + 1 && text[s..<(s + t.count)].elementsEqual(t) }) else { return nil }
        var words = 1
        for k in (s + title.count)..<e {
            let b = text[k]
            if b == 0x20 { words += 1; continue }
            let capital = b >= 0x41 && b <= 0x5A
            let mcPrefix = b == 0x63 && text[k - 1] == 0x4D  // the "c" of "McCULLOUGH"
            guard capital || mcPrefix || b == 0x2E || b == 0x27 || b == 0x2D else { return nil }  // . ' -
        }
        return words <= 4 ? title.count : nil
    }

    /// Whether a line opens an opinion; its type and author.
    func opinionStart(_ t: String) -> (String, String?)? {
        guard t.count <= 90 else { return nil }
        let upper = t.fastUppercased()
        if upper.hasPrefix("PER CURIAM") && t.count <= 14 { return ("per_curiam", nil) }
        let bytes = Array(t.utf8)
        if let n = Self.authorLineTitle(bytes, 0, bytes.count) {
            return ("other", String(decoding: bytes[n...], as: UTF8.self))
        }
        guard var comma = t.firstIndex(of: ",") else { return nil }
        // "WILLIAM H. CRANDALL, JR., Judge.": the suffix belongs to the name
        let afterComma = t[t.index(after: comma)...].trimmedWhitespace()
        for suffix in ["JR.,", "Jr.,", "SR.,", "Sr.,", "II,", "III,"] where afterComma.hasPrefix(suffix) {
            if let next = t[t.index(after: comma)...].firstIndex(of: ",") { comma = next }
            break
        }
        let name = String(t[..<comma])
        let rest = t[t.index(after: comma)...].trimmedWhitespace()
        // the name: capitalised words only
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 5, words.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
        let titles = ["J.", "C.J.", "JJ.", "Js.", "P.J.", "Associate Judge", "Chief Judge", "Senior Judge", "Circuit Judge",
                      "District Judge", "United States District Judge", "Justice", "Chief Justice", "Board Member", "Judge",
                      "Presiding Judge", "United States Magistrate Judge", "Magistrate Judge", "Bankruptcy Judge"]
        guard let title = titles.first(where: { rest.hasPrefix($0) }) else { return nil }
        let tail = rest.dropFirst(title.count).trimmed(" .:")
        let lower = tail.fastLowercased()
        if lower.isEmpty { return ("other", name) }
        // "(dissenting)", ", concurring" open opinions; "concurs." in a signature does not
        if lower.containsBytes("dissenting") { return ("dissent", name) }
        if lower.containsBytes("concurring") { return ("concurrence", name) }
        return nil
    }

    func isOpinionStart(_ i: Int) -> Bool {
        guard !tree.opinions.isEmpty else { return false }
        let start = contentRange(i).0
        return tree.opinions.contains { $0.span.start == start }
    }

    // MARK: - Sections

    mutating func findSections(from bodyStart: Int) {
        var styles: [HeadingStyle] = []
        var lastHeadingLine = -1
        var lastStyle: HeadingStyle? = nil
        var deeperLevels: [HeadingStyle: Int] = [:]
        skipsLeadingStarPages = true
        defer { skipsLeadingStarPages = false }
        var i = max(0, bodyStart - 4)
        let end = tree.signature.map { sig in lines.firstIndex { $0.start + $0.indent >= sig.start } ?? lines.count } ?? lines.count
        let divisions = runInDivisions(from: bodyStart, to: end, margin: bodyMargin(from: bodyStart, to: end))
        while i < end {
            guard !noise[i], !isBlank(i), !isOpinionStart(i) else { i += 1; continue }
            var found = numberLine(at: i, afterHeading: lastHeadingLine) ?? heading(at: i, bodyStart: bodyStart, afterHeading: lastHeadingLine)
            // a heading inside a line: after a star page, or a run-in division number
            var inLine: RunInHeading? = nil
            if found == nil { inLine = divisions[i] ?? headingAfterStarPage(in: i) }
            if let r = inLine { found = (r.style, r.number, i) }
            guard let (style, number, last) = found else { i += 1; continue }
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
            lastHeadingLine = last
            let parent = tree.sections.last(where: { $0.level < level })?.id
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
        if !layout.doubleSpaced, !mayBeNumbered(i) {
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
        guard letterCount >= 4, !t.hasSuffix(","), !t.hasSuffix(";"), !t.hasSuffix(":"), !t.hasSuffix(":*"),
              !t.hasPrefix("("), !t.hasPrefix("No."), digitCount * 4 < byteCount,
              !["Opinion", "OPINION", "Opinion of the Court"].contains(t) else { return nil }
        if !layout.doubleSpaced {
            guard i > 0, isBlank(i - 1) || noise[i - 1], i + 1 >= lines.count || isBlank(i + 1) || noise[i + 1] else { return nil }
        }
        if t.fastUppercased() == t, t.split(separator: " ").count <= 10, !isDocumentTitle(t), i >= bodyStart - 1 {
            return (.caps, nil, i)
        }
        let words = t.split(separator: " ")
        if words.count <= 5, isTitleCase(t), !t.hasSuffix("."), i >= bodyStart - 4, let n = nextTextLine(i),
           contentIndent(n) >= contentIndent(i) || contentLength(n) > contentLength(i) * 2,
           prev.map({ let e = contentRange($0).1; return text[e - 1] == 0x2E || text[e - 1] == 0x3A }) ?? true {
            return (.titled, nil, i)
        }
        return nil
    }

    /// A heading that web text runs onto the end of a paragraph's last line after a
    /// star page ("… 848 N.W.2d 862 ). *441 B. Public Records Law", "*712 DISPOSITION"):
    /// the page break came just before it. The line is followed by a blank line; the
    /// text after the marker is a numbered, ALL CAPS or Title Case heading (three words
    /// or more), or a division number alone.
    func headingAfterStarPage(in i: Int) -> RunInHeading? {
        guard !layout.doubleSpaced, !layout.starPages.isEmpty, i + 1 < lines.count, isBlank(i + 1) else { return nil }
        let (s, e) = contentRange(i)
        // the last star page of the line, within 120 bytes of its end (found in the
        // sorted furniture, not by scanning the line)
        let from = max(s + 1, e - 119)
        var lo = 0, hi = layout.furniture.count
        while lo < hi { let mid = (lo + hi) / 2; if layout.furniture[mid].start < from { lo = mid + 1 } else { hi = mid } }
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
        if tail.fastUppercased() == tail, words <= 10, tail.utf8.filter({ $0 >= 0x41 && $0 <= 0x5A }).count >= 4 {
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
    /// the first capitalized, before a new sentence ("Background. The defendant …").
    func runInTitle(from s: Int, to e: Int) -> String? {
        var k = s, words = 1
        while k < e, k - s < 60, text[k] != 0x2E {
            if text[k] == 0x20 { words += 1 }
            if text[k] == 0x2C || text[k] == 0x3B || text[k] == 0x3A { return nil }
            k += 1
        }
        guard k < e, k - s < 60, words <= 4, k + 2 < e, text[k + 1] == 0x20, text[k + 2] >= 0x41, text[k + 2] <= 0x5A else { return nil }
        let title = String(decoding: text[s..<k], as: UTF8.self)
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
        if numberLine(at: next, afterHeading: i) != nil { return nil }
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
    func endsLikeBlock(_ p: Int) -> Bool {
        let (s, e) = contentRange(p)
        guard e > s else { return true }
        var end = e
        // a footnote marker after the sentence: "… unaware of it. 3"
        var d = end
        while d > s, text[d - 1] >= 0x30, text[d - 1] <= 0x39, end - d < 3 { d -= 1 }
        if d < end, d - 2 >= s, text[d - 1] == 0x20 { end = d - 1 }
        let b = text[end - 1]
        return b == 0x2E || b == 0x3A || b == 0x29 || b == 0x22 || b == 0x9D
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

    /// Most words of four or more letters start with a capital.
    func isTitleCase(_ s: String) -> Bool {
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
        return caps * 4 >= words * 3
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

    // MARK: - Block quotes

    /// In double-spaced text a block quote is a run of three or more single-spaced
    /// lines; in single-spaced text, two or more lines indented past the body margin.
    mutating func findBlockQuotes(from bodyStart: Int) {
        let bodyEnd = tree.signature.map { sig in lines.firstIndex { $0.start >= sig.start } ?? lines.count } ?? lines.count
        var i = bodyStart
        let margin = bodyMargin(from: bodyStart, to: bodyEnd)
        while i < bodyEnd {
            guard !isBlank(i), !noise[i], !isHeadingLine(i) else { i += 1; continue }
            var j = i
            if layout.doubleSpaced {
                while j + 1 < bodyEnd, !isBlank(j + 1), !noise[j + 1], !isHeadingLine(j + 1) { j += 1 }
                if j - i + 1 >= 3 {
                    tree.blockQuotes.append(BlockQuote(span: Span(contentRange(i).0, contentRange(j).1), page: layout.page(at: lines[i].start)))
                }
            } else if contentIndent(i) < margin + 4, let end = quoteAfterColon(at: i, to: bodyEnd) {
                // web text without indents: the paragraph after "… provides in pertinent part:"
                j = end
                tree.blockQuotes.append(BlockQuote(span: Span(contentRange(i).0, contentRange(j).1), page: layout.page(at: lines[i].start)))
            } else {
                guard contentIndent(i) >= margin + 4, contentLength(i) > 20 else { i += 1; continue }
                while j + 1 < bodyEnd, (isBlank(j + 1) && j + 2 < bodyEnd && contentIndent(j + 2) >= margin + 4 && !isBlank(j + 2))
                        || (!isBlank(j + 1) && contentIndent(j + 1) >= margin + 4), !noise[j + 1] { j += 1 }
                // web text writes a paragraph on one line: one long indented line is a quote
                if j > i || contentLength(i) >= 200 {
                    tree.blockQuotes.append(BlockQuote(span: Span(contentRange(i).0, contentRange(j).1), page: layout.page(at: lines[i].start)))
                }
            }
            i = j + 1
        }
    }

    /// Web text writes a paragraph on one line and may not indent a block quote: the
    /// quote is then the paragraph after one that ends with a colon ("Section 453.080
    /// provides in pertinent part:"), set off by a blank line, with no opening
    /// quotation mark of a run-in quote. Following paragraphs belong to it while
    /// they go on with the quoted text: an enumeration "(2)", "2.", an ellipsis or a
    /// lower-case word. Returns the quote's last line.
    func quoteAfterColon(at i: Int, to end: Int) -> Int? {
        guard i > 0, isBlank(i - 1), contentLength(i) >= 40, let p = previousTextLine(i) else { return nil }
        let (ps, pe) = contentRange(p)
        guard pe - ps >= 30, text[pe - 1] == 0x3A, !isHeadingLine(p), !isCapsLine(p) else { return nil }
        // not the author line ("JUSTICE TURNER delivered the opinion of the court:") or an
        // introduction of a list ("… represented in the three motions before this court:")
        let intro = lineText(p).lowercased()
        if intro.hasSuffix("court:") || intro.containsBytes("delivered") || intro.containsBytes("opinion") { return nil }
        let quoting: [StaticString] = ["provides", "provided", "states", "stated", "reads", "part", "follows", "says", "said"]
        if continuesQuote(i), !quoting.contains(where: { intro.containsBytes($0) }) {
            return nil
        }
        var last = i
        var j = i + 1
        while j < end {
            if isBlank(j) || noise[j] { j += 1; continue }
            guard isBlank(j - 1), !isHeadingLine(j), continuesQuote(j) else { break }
            last = j
            j += 1
        }
        return last
    }

    /// Line `j` goes on with quoted text: "(2) …", "2. …", ". . .", "…" or a lower-case word.
    func continuesQuote(_ j: Int) -> Bool {
        let (s, e) = contentRange(j)
        guard e - s >= 2 else { return false }
        let b = text[s]
        if b == 0x28 || b == 0x2E || (b >= 0x61 && b <= 0x7A) { return true }
        if b == 0xE2, e - s >= 3, text[s + 1] == 0x80, text[s + 2] == 0xA6 { return true }  // "…"
        var k = s
        while k < e, k - s < 3, text[k] >= 0x30, text[k] <= 0x39 { k += 1 }
        return k > s && k < e && text[k] == 0x2E
    }

    /// The most common left indent of body lines.
    func bodyMargin(from a: Int, to b: Int) -> Int {
        // counted in an array by indent (a dictionary per call cost ~1% of a parse);
        // indents past the array are rare and counted together at its end
        var counts = [Int](repeating: 0, count: 129)
        for i in a..<b where !noise[i] {
            let (s, e) = contentRange(i)
            guard s < e else { continue }
            counts[min(s - lines[i].start, 128)] += 1
        }
        // ties go to the smaller indent (deterministic output)
        var best = 0
        for k in 1..<counts.count where counts[k] > counts[best] { best = k }
        return best
    }

    // MARK: - Paragraphs

    /// Paragraphs start at an indented first line or after a blank line (single-spaced
    /// text) and end before the next start, heading, block quote or footnote zone.
    mutating func findParagraphs(from bodyStart: Int) {
        let bodyEnd = tree.signature.map { sig in lines.firstIndex { $0.start >= sig.start } ?? lines.count } ?? lines.count
        let margin = bodyMargin(from: bodyStart, to: bodyEnd)
        var current: (Int, Int)? = nil
        func close(_ p: inout [Paragraph], _ c: (Int, Int)?) {
            guard let c = c else { return }
            let span = Span(contentRange(c.0).0, contentRange(c.1).1)
            p.append(Paragraph(span: span, page: layout.page(at: span.start), section: nil))
        }
        var paras: [Paragraph] = []
        var blankRun = 0
        var q = 0
        for i in bodyStart..<bodyEnd {
            if noise[i] { continue }
            if isBlank(i) { blankRun += 1; continue }
            while q < tree.blockQuotes.count, tree.blockQuotes[q].span.end < lines[i].start { q += 1 }
            let inQuote = q < tree.blockQuotes.count && tree.blockQuotes[q].span.start <= lines[i].end
            if isHeadingLine(i) || inQuote { close(&paras, current); current = nil; blankRun = 0; continue }
            let indented = contentIndent(i) > margin
            // on pleading paper the numbered lines between text lines are no paragraph breaks
            var startsNew = current == nil || indented || (!layout.doubleSpaced && margin == 0 && blankRun > 0)
            // a sentence that runs over a page break (past the footnotes and the running
            // header) goes on in the same paragraph
            if startsNew, let c = current, layout.printedPage(at: lines[i].start) != layout.printedPage(at: lines[c.1].start),
               !endsSentence(c.1) {
                startsNew = false
            }
            if startsNew { close(&paras, current); current = (i, i) } else { current!.1 = i }
            blankRun = 0
        }
        close(&paras, current)
        for k in paras.indices { paras[k].section = tree.section(at: paras[k].span.start) }
        tree.paragraphs = paras
    }

    /// Line `i` ends with the end of a sentence (see `PageLayout.endsSentence`).
    func endsSentence(_ i: Int) -> Bool {
        guard lines[i].end > lines[i].start + lines[i].indent else { return false }
        return text.withUnsafeBufferPointer { PageLayout.endsSentence($0, Span(lines[i].start, lines[i].end)) }
    }

    // MARK: - Footnotes

    /// Footnote bodies come from the layout's zones; each marker is searched
    /// backwards from its body on the same page: a label glued to a word or
    /// closing punctuation ("Order”),1", "Environment4]"), a label standing after a
    /// sentence (". 3 "), or a label glued to a number that the footnote explains
    /// ("paragraph 72" where the footnote begins "Paragraph 7 …").
    mutating func findFootnotes() {
        bracketMarks = bracketedMarks()
        for (k, z) in layout.footnotes.enumerated() {
            if layout.continuations.contains(k), !tree.footnotes.isEmpty {
                tree.footnotes[tree.footnotes.count - 1].continuations.append(z.span)
                continue
            }
            var fn = Footnote(label: z.label, span: z.span, markerSpan: nil, page: layout.page(at: z.span.start), markerPage: nil)
            // the body text after the label
            let end = min(z.span.end, text.count)
            var bodyStart = min(z.span.start + z.label.utf8.count, end)
            while bodyStart < end, text[bodyStart] == 0x20 { bodyStart += 1 }
            fn.span = Span(z.span.start, z.span.end)
            // the marker stands on the same page; web text has no pages, so search from the
            // previous footnote zone (the marks of one block precede its footnotes)
            // notes labelled "[1]" are collected after the opinion: their marks stand on any
            // earlier page, after the previous note's mark
            let collected = z.span.start < text.count && text[z.span.start] == 0x5B
            let pageStart = collected ? (tree.footnotes.last?.markerSpan?.end ?? 0)
                : layout.pages.last { $0.span.start <= z.span.start }?.span.start ?? 0
            let bodyWords = String(decoding: text[bodyStart..<min(end, bodyStart + 80)], as: UTF8.self).fastLowercased()
            if let m = findMarker(label: Array(z.label.utf8), from: pageStart, to: z.span.start, footnoteOpening: bodyWords) {
                fn.markerSpan = m
                fn.markerPage = layout.page(at: m.start)
            }
            tree.footnotes.append(fn)
        }
    }

    /// Positions of "[n]" marks (not at a line start, where they open footnote bodies), by label.
    func bracketedMarks() -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        let n = text.count
        text.withUnsafeBufferPointer { buf in
            guard let p = buf.baseAddress else { return }
            // "[" found eight bytes at a time
            var i = ByteScan.firstIndex(of: 0x5B, in: p, from: 0, to: n)
            while i + 2 < n {
                if i == 0 || p[i - 1] != 0x0A {
                    var e = i + 1
                    while e < n, e - i <= 4, p[e] >= 0x30, p[e] <= 0x39 { e += 1 }
                    if e > i + 1, e < n, p[e] == 0x5D {
                        out[String(decoding: buf[(i + 1)..<e], as: UTF8.self), default: []].append(i)
                    }
                }
                i = ByteScan.firstIndex(of: 0x5B, in: p, from: i + 1, to: n)
            }
        }
        return out
    }

    func findMarker(label: [UInt8], from a0: Int, to b0: Int, footnoteOpening: String) -> Span? {
        // spans may come from markup hints: clamp them, and an empty label has no marker
        guard !label.isEmpty, !text.isEmpty else { return nil }
        let b = min(max(0, b0), text.count)
        let a = min(max(0, a0), b)
        // web text marks footnotes "[1]": the last such mark before the body (from the
        // index of all bracketed marks, so that no footnote rescans the text)
        if let marks = bracketMarks[String(decoding: label, as: UTF8.self)] {
            var lo = 0, hi = marks.count - 1, best: Int? = nil
            while lo <= hi {
                let mid = (lo + hi) / 2
                if marks[mid] < b { best = mid; lo = mid + 1 } else { hi = mid - 1 }
            }
            var k = best ?? -1
            while k >= 0, marks[k] >= a {
                if layout.footnote(at: marks[k]) == nil { return Span(marks[k], marks[k] + label.count + 2) }
                k -= 1
            }
        }
        func matches(_ pattern: [UInt8], at k: Int) -> Bool {
            guard k >= 0, k + pattern.count <= text.count else { return false }
            for (n, x) in pattern.enumerated() where text[k + n] != x { return false }
            return true
        }
        let n = label.count
        var k = b - n
        func isDigit(_ x: UInt8) -> Bool { x >= 0x30 && x <= 0x39 }
        func isLetter(_ x: UInt8) -> Bool { (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A }
        while k > a {
            defer { k -= 1 }
            guard k < text.count, text[k] == label[0], matches(label, at: k) else { continue }
            let before = text[k - 1]
            let after: UInt8 = k + n < text.count ? text[k + n] : 0x20
            guard !isDigit(after) else { continue }
            // skip footnote zones of earlier footnotes on the page
            if layout.footnote(at: k) != nil { continue }
            // glued to a word or closing punctuation: "Environment4", "”),1"
            if isLetter(before) || before == 0x2C || before == 0x2E || before == 0x29 || before == 0x9D || before == 0x99 || before == 0x3B || before == 0x3A {
                if isLetter(before), k >= 2, isDigit(text[k - 2]) { continue }
                return Span(k, k + n)
            }
            // after a sentence: ". 3 " followed by a space or line end
            if before == 0x20, k >= 2, text[k - 2] == 0x2E || text[k - 2] == 0x9D, after == 0x20 || after == 0x0A {
                return Span(k, k + n)
            }
            // glued to a number the footnote explains: "paragraph 72" → "Paragraph 7 …"
            if isDigit(before) {
                var s = k - 1
                while s > a, isDigit(text[s - 1]) { s -= 1 }
                var w = s - 1
                while w > a, text[w] == 0x20 { w -= 1 }
                var ws = w
                while ws > a, isLetter(text[ws - 1]) { ws -= 1 }
                guard w >= a, ws <= w, s <= k else { continue }
                let phrase = (String(decoding: text[ws...w], as: UTF8.self) + " " + String(decoding: text[s..<k], as: UTF8.self)).fastLowercased()
                if footnoteOpening.hasPrefix(phrase) { return Span(k, k + n) }
            }
        }
        return nil
    }
}

/// Reading dates written out in text.
enum DateText {
    /// "February 7, 2018" → "2018-02-07".
    static func iso(_ s: String) -> String? {
        let parts = s.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        guard parts.count >= 3, let m = ReferenceTables.shared.months[ReferenceTables.monthKey(parts[0])],
              let d = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
