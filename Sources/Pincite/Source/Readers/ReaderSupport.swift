// Helpers shared by the input readers: final clean-up of an output, paragraph
// spans from block spans, concatenation and offset composition, and reading a
// decision date written out in words.

enum ReaderSupport {
    /// Last touches on every reader's output: the offset map has the text's length,
    /// no NUL bytes, the date is read if metadata gave none.
    static func finish(_ out: inout ReaderOutput) {
        if out.offsets.count > out.text.count { out.offsets.removeLast(out.offsets.count - out.text.count) }
        while out.offsets.count < out.text.count { out.offsets.append(out.offsets.last ?? 0) }
        if out.text.contains(0) { out.text = out.text.map { $0 == 0 ? 0x20 : $0 } }
        if out.hints.decisionDateISO == nil, let written = out.hints.decisionDate {
            out.hints.decisionDateISO = isoDate(written)
        }
    }

    /// The paragraphs of a working text: runs of non-blank lines, their indentation left
    /// out, leaving out those inside `outside` (footnote bodies) and the footnote rule.
    static func paragraphs(_ text: [UInt8], outside: [Span]) -> [Span] {
        let zones = outside.sorted { $0.start < $1.start }
        var z = 0
        var out: [Span] = []
        let n = text.count
        var i = 0
        while i < n {
            // skip blank lines and indentation
            while i < n, text[i] == 0x0A || text[i] == 0x20 || text[i] == 0x09 { i += 1 }
            guard i < n else { break }
            let start = i
            // to the next blank line
            while i < n {
                if text[i] == 0x0A {
                    var k = i + 1
                    while k < n, text[k] == 0x20 || text[k] == 0x09 { k += 1 }
                    if k >= n || text[k] == 0x0A { break }
                }
                i += 1
            }
            var end = i
            while end > start, text[end - 1] == 0x20 || text[end - 1] == 0x0A { end -= 1 }
            let span = Span(start, end)
            while z < zones.count, zones[z].end <= start { z += 1 }
            if z < zones.count, zones[z].start <= start, end <= zones[z].end { continue }
            if end - start == 20, text[start..<end].allSatisfy({ $0 == 0x2D }) { continue }
            out.append(span)
        }
        return out
    }

    /// The span of a whole working text, its final newline left out.
    static func whole(_ text: [UInt8]) -> Span {
        Span(0, text.last == 0x0A ? text.count - 1 : text.count)
    }

    /// Maps every offset of `inner` (offsets into some intermediate bytes) through
    /// `outer` (intermediate byte → original offset); `end` is used past the map.
    static func compose(_ inner: inout [Int32], through outer: [Int32], end: Int32) {
        for i in inner.indices {
            let o = Int(inner[i])
            inner[i] = o >= 0 && o < outer.count ? outer[o] : end
        }
    }

    /// Appends `part` to `out` as blocks of their own, shifting its hints.
    static func append(_ part: ReaderOutput, to out: inout ReaderOutput) {
        var base = out.text.count
        if base > 0, !part.text.isEmpty {
            // a blank line between the parts
            while out.text.last == 0x0A { out.text.removeLast(); out.offsets.removeLast() }
            let o = part.offsets.first ?? (out.offsets.last ?? 0)
            out.text.append(contentsOf: [0x0A, 0x0A]); out.offsets.append(contentsOf: [o, o])
            base = out.text.count
        }
        out.text.append(contentsOf: part.text)
        out.offsets.append(contentsOf: part.offsets)
        let opinionBase = out.hints.opinions.count
        func sh(_ s: Span) -> Span { Span(s.start + base, s.end + base) }
        let h = part.hints
        out.hints.headMatter += h.headMatter.map { StructureHints.HeadMatter(kind: $0.kind, text: $0.text, span: sh($0.span)) }
        out.hints.opinions += h.opinions.map {
            StructureHints.Opinion(type: $0.type, author: $0.author, authorSpan: $0.authorSpan.map(sh), span: sh($0.span))
        }
        out.hints.pageMarkers += h.pageMarkers.map {
            StructureHints.PageMarker(label: $0.label, offset: $0.offset + base, span: sh($0.span), reporter: $0.reporter)
        }
        out.hints.footnotes += h.footnotes.map {
            StructureHints.Footnote(label: $0.label, span: sh($0.span), markSpan: $0.markSpan.map(sh), markSpans: $0.markSpans.map(sh),
                                    opinion: $0.opinion.map { $0 + opinionBase })
        }
        let footnoteBase = out.hints.footnotes.count - h.footnotes.count
        out.hints.footnoteMarks += h.footnoteMarks.map {
            StructureHints.FootnoteMark(label: $0.label, span: sh($0.span), footnote: $0.footnote.map { $0 + footnoteBase })
        }
        out.hints.paragraphs += h.paragraphs.map(sh)
        out.hints.blockQuotes += h.blockQuotes.map(sh)
        out.hints.parties += h.parties
        out.hints.docketNumbers += h.docketNumbers
        out.hints.otherDates += h.otherDates
        out.hints.judges += h.judges
        out.hints.attorneys += h.attorneys
        out.hints.citations += h.citations
        out.hints.court = out.hints.court ?? h.court
        out.hints.courtAbbreviation = out.hints.courtAbbreviation ?? h.courtAbbreviation
        out.hints.jurisdiction = out.hints.jurisdiction ?? h.jurisdiction
        out.hints.caseName = out.hints.caseName ?? h.caseName
        out.hints.caseNameShort = out.hints.caseNameShort ?? h.caseNameShort
        out.hints.decisionDate = out.hints.decisionDate ?? h.decisionDate
        out.hints.decisionDateISO = out.hints.decisionDateISO ?? h.decisionDateISO
        out.hints.firstPage = out.hints.firstPage ?? h.firstPage
        out.hints.lastPage = out.hints.lastPage ?? h.lastPage
        out.hints.hasHeadnotes = out.hints.hasHeadnotes || h.hasHeadnotes
        out.hints.hasSummary = out.hints.hasSummary || h.hasSummary
        out.diagnostics += part.diagnostics
    }

    /// The text of an HTML fragment held in a metadata field (Fastcase `LawyerHeader`):
    /// its tags dropped, paragraphs joined by spaces.
    static func plainText(ofHTML s: String) -> String {
        let part = MarkupReader.readUTF8(Array(s.utf8), mode: .html)
        return String(decoding: part.text, as: UTF8.self).readerCollapsed()
    }

    // MARK: Dates

    /// A head-note line that is only a piece of a date ("Feb. 24", "2011."), as New York's
    /// Fastcase files tag the decision date as two docket numbers.
    static func isDatePiece(_ s: String) -> Bool {
        let words = s.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { String($0).fastLowercased() }
        guard !words.isEmpty, words.count <= 3 else { return false }
        if words.count == 1, words[0].count == 4, let y = Int(words[0]), y > 1600, y < 2200 { return true }
        guard months.contains(where: { $0.0 == words[0] }), words.count >= 2, let d = Int(words[1]), d >= 1, d <= 31 else { return false }
        return words.count == 2 || (words[2].count == 4 && Int(words[2]) != nil)
    }

    private static let months: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
        ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
        ("oct", 10), ("nov", 11), ("dec", 12),
    ]

    /// An ISO date read from a written date block: "March 23, 2004." → "2004-03-23".
    /// With several dates, the one after "Decided"/"Filed" wins, else the last.
    /// The decision's date among the dates of a head note: one marked "decided"/"filed", else
    /// the last that no later or earlier event names ("Reconsideration Denied December 16, 2003",
    /// "Certiorari Granted March 8, 2004", "Argued …"), else the last.
    static func isoDate(_ s: String) -> String? {
        let words = s.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { String($0).fastLowercased() }
        var found: [(iso: String, decided: Bool, other: Bool)] = []
        var i = 0
        while i + 2 < words.count {
            if let m = months.first(where: { $0.0 == words[i] })?.1, let d = Int(words[i + 1]), d >= 1, d <= 31,
               words[i + 2].count == 4, let y = Int(words[i + 2]), y > 1600, y < 2200 {
                let before = i > 0 ? words[i - 1] : ""
                let before2 = i > 1 ? words[i - 2] : ""
                let decided = ["decided", "filed", "delivered", "dated", "issued"].contains(before)
                    || ["decided", "filed"].contains(before2)
                let iso = String(format4(y)) + "-" + two(m) + "-" + two(d)
                let other = ["denied", "granted", "dismissed", "argued", "submitted", "heard", "modified", "amended"].contains(before)
                    || ["denied", "granted", "dismissed"].contains(before2)
                found.append((iso, decided, other))
                i += 3
                continue
            }
            i += 1
        }
        return found.last(where: { $0.decided })?.iso ?? found.last(where: { !$0.other })?.iso ?? found.last?.iso
    }

    private static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    private static func format4(_ v: Int) -> String { String(v) }
}

extension String {
    /// Runs of whitespace made single spaces, ends trimmed.
    func readerCollapsed() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func readerTrimmed() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

extension ReaderOutput {
    /// Readers work on `source.text` (UTF-8); this maps their offsets back to the bytes
    /// `source` was decoded from. Returns true when the input was not UTF-8 (the caller
    /// words the diagnostic).
    mutating func mapOffsets(to source: SourceText) -> Bool {
        switch source.encoding {
        case .utf8:
            return false
        case .utf8WithBOM:
            for i in offsets.indices { offsets[i] += 3 }
            return false
        default:
            for i in offsets.indices { offsets[i] = Int32(truncatingIfNeeded: source.original(Int(offsets[i]))) }
            return true
        }
    }
}
