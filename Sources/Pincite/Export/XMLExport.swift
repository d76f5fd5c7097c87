// XMLExport: `--format xml`, the pincite/1 document as XML (Grammars/pincite-1.xsd).
//
// The same tree as the JSON (DocumentJSON.swift, StructureJSON.swift) with the
// same names: JSON objects become elements, scalar keys become attributes, and
// every span becomes `start`/`end` attributes (byte offsets into the ORIGINAL
// input, like the JSON). One thing the JSON does not have: `<text>` holds the
// whole working text with each citation marked up inline where it stands
// (`<cite ref="12" kind="case">…</cite>`) and page starts as empty `<pb n="2"/>`
// milestones, so the string value of `<text>` is the working text and a reader
// can see the citations in it.
//
// Citations nest (a history cite lies inside its parent's span). A cite that
// starts inside another and ends after it cannot nest in XML; it is cut at the
// end of the enclosing one and marked `clipped="true"` — its true span is in
// its `<citation>` entry.

extension Document {
    /// The document as pincite/1 XML bytes (UTF-8, always well-formed).
    public func xmlBytes() -> [UInt8] { XMLOut.bytes(writeXML) }

    /// Writes the same bytes as `xmlBytes()` to `sink` in chunks (a chunk is only
    /// valid during the call); the CLI streams them to standard output.
    public func writeXML(to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        let x = XMLOut(sink: sink)
        writeXML(x)
        x.finish()
    }

    private func writeXML(_ x: XMLOut) {
        x.start("document")
        x.attr("schema", Pincite.schema)
        writeXMLSource(x)
        writeXMLCaption(x)
        writeXMLPages(x)
        writeXMLStructure(x)
        x.start("citations")
        var scratch: [UInt8] = []
        for i in citations.indices { writeXMLCitation(x, citations[i], scratch: &scratch) }
        x.end()
        writeInlineText(x)
        x.start("diagnostics")
        for d in diagnostics { x.element("diagnostic", d) }
        x.end()
        x.end()
    }

    /// Writes `start` and `end` attributes for a working-text span (as original offsets).
    func xmlSpan(_ x: XMLOut, _ s: Span?) {
        guard let s = s else { return }
        x.attr("start", source.original(s.start))
        x.attr("end", source.originalEnd(s.end, start: s.start))
    }

    private func writeXMLSource(_ x: XMLOut) {
        x.start("source")
        x.attr("name", name)
        x.attr("format", format == .text ? (layout.hasPrintedPages ? "pdf-text" : "text") : format.rawValue)
        x.attr("encoding", source.encoding.rawValue)
        x.attr("bytes", source.originalCount)
        x.attr("sha256", originalSHA256)
        x.end()
    }

    private func writeXMLCaption(_ x: XMLOut) {
        let c = tree.caption
        x.start("caption")
        x.attr("court", c.court)
        x.attr("district", c.district)
        x.attr("docket", c.docket)
        x.attr("title", c.documentTitle)
        x.attr("publication_status", c.publicationStatus)
        x.attr("judge", c.judge)
        x.attr("judge_title", c.judgeTitle)
        x.attr("date", c.date ?? c.filedStamp?.filed)
        x.attr("place", c.place)
        x.attr("et_al", c.etAl)
        xmlSpan(x, c.span)
        for p in c.plaintiffs { x.element("plaintiff", p) }
        for d in c.defendants { x.element("defendant", d) }
        for r in c.reporterCitations { x.element("reporter_citation", r) }
        if let f = c.filedStamp {
            x.start("filed_stamp")
            x.attr("case_number", f.caseNumber)
            x.attr("document", f.document)
            x.attr("filed", f.filed)
            x.attr("pages", f.pages)
            x.end()
        }
        x.end()
    }

    private func writeXMLPages(_ x: XMLOut) {
        x.start("pages")
        var f = 0
        for pg in layout.pages {
            x.start("page")
            x.attr("number", pg.number)
            xmlSpan(x, pg.span)
            // the same walk as the JSON: furniture in document order, matched to its page
            while f < layout.furniture.count, layout.furniture[f].start < pg.span.end {
                if layout.furniture[f].start >= pg.span.start {
                    x.leaf("furniture", text: collapsedText(layout.furniture[f])) { xmlSpan(x, layout.furniture[f]) }
                }
                f += 1
            }
            x.end()
        }
        x.end()
    }

    private func writeXMLStructure(_ x: XMLOut) {
        x.start("sections")
        for s in tree.sections {
            x.leaf("section", text: s.heading) {
                x.attr("id", s.id)
                x.attr("number", s.number)
                x.attr("level", s.level)
                x.attr("parent", s.parent)
                x.attr("page", s.page)
                xmlSpan(x, s.span)
            }
        }
        x.end()
        x.emptyList("paragraphs", "paragraph", tree.paragraphs) { p in
            xmlSpan(x, p.span)
            x.attr("page", p.page)
            x.attr("section", p.section)
        }
        x.emptyList("block_quotes", "block_quote", tree.blockQuotes) { q in
            xmlSpan(x, q.span)
            x.attr("page", q.page)
        }
        x.list("footnotes", "footnote", tree.footnotes) { f in
            x.attr("label", f.label)
            xmlSpan(x, f.span)
            if let m = f.markerSpan {
                x.attr("marker_start", source.original(m.start))
                x.attr("marker_end", source.originalEnd(m.end, start: m.start))
            }
            x.attr("page", f.page)
            x.attr("marker_page", f.markerPage)
            for c in f.continuations {
                x.empty("continued") {
                    xmlSpan(x, c)
                    x.attr("page", layout.page(at: c.start))
                }
            }
        }
        x.emptyList("opinions", "opinion", tree.opinions) { o in
            x.attr("type", o.type)
            x.attr("author", o.author)
            xmlSpan(x, o.span)
        }
        x.emptyList("head_matter", "block", tree.headMatter) { h in
            x.attr("kind", h.kind)
            xmlSpan(x, h.span)
        }
        if let s = tree.signature {
            x.empty("signature") { xmlSpan(x, s) }
        }
    }

    private func writeXMLCitation(_ x: XMLOut, _ c: Citation, scratch: inout [UInt8]) {
        x.start("citation")
        x.attr("id", c.id)
        x.attr("kind", c.kind.rawValue)
        xmlSpan(x, c.span)
        x.attr("volume", c.volume)
        x.attr("reporter", c.reporter)
        x.attr("reporter_as_written", c.reporterAsWritten)
        x.attr("nominative", c.nominative)
        x.attr("author", c.author)
        x.attr("title", c.kind == .book || c.kind == .journal || c.kind == .legislative ? c.title : nil)
        x.attr("page", c.page)
        x.attr("section", c.section)
        x.attr("pincite", c.pincite)
        x.attr("court", c.court)
        x.attr("date", c.date)
        x.attr("year", c.year)
        x.attr("docket", c.docket)
        x.attr("signal", c.signal)
        x.attr("antecedent", c.antecedent)
        x.attr("nested_in", c.nestedIn)
        x.attr("nesting_phrase", c.nestingPhrase)
        x.attr("history_of", c.historyOf)
        x.attr("defined_name", c.definedName)
        x.attr("authority", c.authority)
        x.attr("verdict", c.verdict?.rawValue)
        if !c.parallel.isEmpty { x.attr("parallel", c.parallel.map(String.init).joined(separator: " ")) }
        // the collapsed text goes through a reused buffer, not a String per cite
        scratch.removeAll(keepingCapacity: true)
        collapse(c.span, into: &scratch)
        scratch.withUnsafeBufferPointer { x.leaf("text", text: $0) {} }
        if let n = c.caseName {
            x.empty("case_name") {
                x.attr("plaintiff", n.plaintiff)
                x.attr("defendant", n.defendant)
                x.attr("procedural", n.procedural)
            }
        }
        for p in c.parentheticals {
            x.leaf("parenthetical", text: p.text) { x.attr("kind", p.kind.rawValue) }
        }
        for h in c.history {
            x.leaf("history", text: h.text) {
                x.attr("phrase", h.phrase)
                x.attr("citation", h.citation)
            }
        }
        let l = c.location
        x.empty("location") {
            x.attr("page", l.page)
            x.attr("footnote", l.footnote)
            x.attr("section", l.section)
            x.attr("paragraph", l.paragraph)
        }
        for ch in c.checks {
            x.leaf("check", text: ch.message) {
                x.attr("rule", ch.rule)
                x.attr("severity", ch.severity)
                x.attr("suggestion", ch.suggestion)
            }
        }
        x.end()
    }

    /// `<text>`: the working text with citations inline and page milestones.
    private func writeInlineText(_ x: XMLOut) {
        let text = source.text
        let marks = InlineMarks(self)
        x.start("text")
        text.withUnsafeBufferPointer { t in
            var pos = 0
            var open: [Int] = []   // end offsets of the open <cite> elements, innermost last
            func write(upTo end: Int) {
                if end > pos { x.text(bytes: UnsafeBufferPointer(rebasing: t[pos..<end])) }
                pos = max(pos, end)
            }
            func advance(to target: Int) {
                while let top = open.last, top <= target {
                    write(upTo: top)
                    x.end()
                    open.removeLast()
                }
                write(upTo: target)
            }
            for m in marks.items {
                advance(to: m.start)
                switch m.what {
                case .page(let n):
                    x.empty("pb") { x.attr("n", n) }
                case .cite(let i):
                    let end = min(m.end, open.last ?? m.end)
                    x.start("cite")
                    x.attr("ref", citations[i].id)          // no copy of the whole citation
                    x.attr("kind", citations[i].kind.rawValue)
                    if end < m.end { x.attr("clipped", true) }
                    open.append(end)
                }
            }
            advance(to: t.count)
        }
        x.end()
    }
}

/// The inline marks of a document's text, sorted for one forward pass: page
/// starts and citation spans, with offsets moved to UTF-8 character
/// boundaries so that no text run cuts a character.
struct InlineMarks {
    enum What { case page(Int), cite(Int) }
    struct Item { var start: Int; var end: Int; var what: What }
    var items: [Item] = []

    init(_ doc: Document, pages: Bool = true) {
        let t = doc.source.text
        func boundary(_ o: Int) -> Int {
            var o = min(max(0, o), t.count)
            while o > 0, o < t.count, t[o] & 0xC0 == 0x80 { o -= 1 }
            return o
        }
        if pages {
            if !doc.layout.starPages.isEmpty {
                for s in doc.layout.starPages { items.append(Item(start: boundary(s.offset), end: -1, what: .page(s.page))) }
            } else {
                for p in doc.layout.pages { items.append(Item(start: boundary(p.span.start), end: -1, what: .page(p.number))) }
            }
        }
        for (i, c) in doc.citations.enumerated() {
            let a = boundary(c.span.start), e = boundary(c.span.end)
            if a < e { items.append(Item(start: a, end: e, what: .cite(i))) }
        }
        // by start; at one offset milestones first, then outer (longer) spans before inner ones
        func key(_ m: Item) -> (Int, Int, Int, Int) {
            switch m.what {
            case .page(let n): return (m.start, 0, 0, n)
            case .cite(let i): return (m.start, 1, -m.end, i)
            }
        }
        items.sort { key($0) < key($1) }
    }
}
