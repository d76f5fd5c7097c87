// BlockQuotes: block quotations of extracted text — runs of single-spaced lines in
// double-spaced text, lines indented past the body margin, and in web text without
// indents the paragraph after one that ends with a colon.

extension StructureContext {
    // MARK: - Block quotes

    /// In double-spaced text a block quote is a run of three or more single-spaced
    /// lines; in single-spaced text, two or more lines indented past the body margin.
    mutating func findBlockQuotes(from bodyStart: Int) {
        let bodyEnd = signatureEndingBody.map { sig in lines.firstIndex { $0.end > sig.start } ?? lines.count } ?? lines.count
        var i = bodyStart
        let bodyWide = bodyMargin(from: bodyStart, to: bodyEnd)
        /// How far line `k` is set in from its page's margin.
        func setIn(_ k: Int) -> Int { contentIndent(k) - bodyMargin(at: k, else: bodyWide) }
        while i < bodyEnd {
            guard !isBlank(i), !noise[i], !isHeadingLine(i) else { i += 1; continue }
            var j = i
            if layout.doubleSpaced {
                while j + 1 < bodyEnd, !isBlank(j + 1), !noise[j + 1], !isHeadingLine(j + 1) { j += 1 }
                if j - i + 1 >= 3 {
                    tree.blockQuotes.append(BlockQuote(span: Span(contentRange(i).0, contentRange(j).1), page: layout.page(at: lines[i].start)))
                }
            } else if setIn(i) < 4, let end = quoteAfterColon(at: i, to: bodyEnd) {
                // web text without indents: the paragraph after "… provides in pertinent part:"
                j = end
                tree.blockQuotes.append(BlockQuote(span: Span(contentRange(i).0, contentRange(j).1), page: layout.page(at: lines[i].start)))
            } else {
                guard setIn(i) >= 4, contentLength(i) > 20 else { i += 1; continue }
                while j + 1 < bodyEnd, (isBlank(j + 1) && j + 2 < bodyEnd && setIn(j + 2) >= 4 && !isBlank(j + 2))
                        || (!isBlank(j + 1) && setIn(j + 1) >= 4), !noise[j + 1] { j += 1 }
                // web text writes a paragraph on one line: one long indented line is a quote
                if j > i || contentLength(i) >= 200 {
                    tree.blockQuotes.append(BlockQuote(span: Span(contentRange(i).0, contentRange(j).1), page: layout.page(at: lines[i].start)))
                }
            }
            i = j + 1
        }
    }

    /// A quotation that a page break cuts in two is one quotation: where nothing but
    /// white space, page furniture (the folio, the next page's running header) and the
    /// page's footnotes lies between two quotes on consecutive pages, they are joined.
    mutating func joinQuotesAcrossPageBreaks() {
        guard tree.blockQuotes.count >= 2, layout.pages.count >= 2 else { return }
        var joined: [BlockQuote] = [tree.blockQuotes[0]]
        for q in tree.blockQuotes.dropFirst() {
            let last = joined[joined.count - 1]
            if layout.page(at: q.span.start) != layout.page(at: last.span.start), onlyPageBreakBetween(last.span.end, q.span.start) {
                joined[joined.count - 1].span.end = q.span.end
            } else {
                joined.append(q)
            }
        }
        tree.blockQuotes = joined
    }

    /// Bytes `from..<to` hold only white space, form feeds, page furniture and footnote zones.
    func onlyPageBreakBetween(_ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to {
            let b = text[k]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C { k += 1; continue }
            if let f = layout.furnitureSpan(at: k) { k = max(k + 1, f.end); continue }
            if let z = layout.footnoteZone(at: k) { k = max(k + 1, z.span.end); continue }
            return false
        }
        return true
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
        if continuesQuote(i), !Self.quotingWords.contains(where: { intro.containsBytes($0) }) {
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

    /// Words of a line that introduces a quotation ("Section 453.080 provides in pertinent part:").
    static let quotingWords: [StaticString] = ["provides", "provided", "states", "stated", "reads", "part", "follows", "says", "said"]

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
}

extension StructureContext {
    /// Quotations inside notes: a note whose line ends "… provides in pertinent part:" /
    /// "… states:" quotes the statute or document on its next line, to the end of the note
    /// ("[3] Wisconsin Stat. § 111.70(4)(d) 3.b. states: ⏎ Annually, the commission shall …").
    /// Notes lie after the body, where `findBlockQuotes` does not look, and web text sets no
    /// blank line between the introduction and the quotation there. A note carried over to
    /// the next page goes on with the quotation when it opens with a lower-case word.
    mutating func findBlockQuotesInNotes() {
        guard !tree.footnotes.isEmpty else { return }
        var found: [BlockQuote] = []
        for note in tree.footnotes {
            var i = firstLine(atOrAfter: note.span.start)
            var introduced = false
            var quoteStart: Int? = nil
            while i < lines.count, lines[i].start < note.span.end, quoteStart == nil {
                defer { i += 1 }
                // (note lines are noise to the body passes: skip only the page's furniture)
                guard !isBlank(i) else { continue }
                let (s, e) = contentRange(i)
                if let f = layout.furnitureSpan(at: s), f.end >= e { continue }
                if !introduced {
                    guard e - s >= 30, text[e - 1] == 0x3A else { continue }
                    let intro = lineText(i).fastLowercased()
                    introduced = Self.quotingWords.contains { intro.containsBytes($0) }
                } else {
                    // the next text line opens the quotation; a run-in one opens with its
                    // quotation mark, and a short line is no quote
                    guard e - s >= 40, text[s] != 0x22, !(text[s] == 0xE2 && s + 2 < e && text[s + 2] == 0x9C) else { break }
                    quoteStart = s
                }
            }
            guard let start = quoteStart, start < note.span.end else { continue }
            var end = note.span.end
            while end > start, TextScan.isSpace(text[end - 1]) { end -= 1 }
            guard end - start >= 40 else { continue }
            found.append(BlockQuote(span: Span(start, end), page: layout.page(at: start)))
            // the note carried over: its continuation goes on with the quotation
            if let more = note.continuations.first {
                var a = more.start, b = more.end
                while a < b, TextScan.isSpace(text[a]) { a += 1 }
                while b > a, TextScan.isSpace(text[b - 1]) { b -= 1 }
                if b - a >= 20, text[a] >= 0x61, text[a] <= 0x7A {
                    found.append(BlockQuote(span: Span(a, b), page: layout.page(at: a)))
                }
            }
        }
        guard !found.isEmpty else { return }
        // (not where a quotation is already known)
        let known = tree.blockQuotes.map(\.span)
        let new = found.filter { q in !known.contains { $0.start < q.span.end && q.span.start < $0.end } }
        tree.blockQuotes = (tree.blockQuotes + new).sorted { $0.span.start < $1.span.start }
    }

    /// The first line that ends after `offset` (by binary search).
    func firstLine(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = lines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lines[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
