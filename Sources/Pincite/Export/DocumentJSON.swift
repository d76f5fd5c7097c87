// DocumentJSON: the `pincite/1` document JSON of DESIGN.md. Every key of the
// contract is always written (null or [] when it does not apply); spans are
// byte offsets into the ORIGINAL input. Structure keys that the layout stage
// does not fill yet (caption, sections, paragraphs, block quotes, footnotes)
// are written as null / [] so consumers can rely on the shape today.
//
// `writeJSON(to:)` streams the document in chunks (the CLI uses it, so the JSON
// of a large document is never held whole in memory); `jsonBytes()` collects
// the same chunks into one array. A citation's "text" is collapsed
// straight from the working text into the writer, without a String per cite.

extension Document {
    /// The document as `pincite/1` JSON bytes (one line, no trailing newline).
    public func jsonBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024 + citations.count * 700)
        writeJSON { out.append(contentsOf: $0) }
        return out
    }

    /// Writes the same bytes as `jsonBytes()` to `sink`, in chunks of about
    /// `chunkSize` bytes (a chunk is only valid during the call).
    public func writeJSON(chunkSize: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) -> Void) {
        var w = JSONWriter(capacity: chunkSize + 4096)
        writeDocument(&w, chunkSize: chunkSize, sink)
        w.drain(sink)
    }

    /// The whole document; drains `w` to `sink` whenever it holds `chunkSize` bytes.
    func writeDocument(_ w: inout JSONWriter, chunkSize: Int, _ sink: (UnsafeRawBufferPointer) -> Void) {
        w.beginObject()
        w.key("schema"); w.string(Pincite.schema)
        w.key("source"); w.objectValue()
        w.key("name"); w.string(name)
        // plain text with pages found by form feeds or ECF stamps is PDF-extracted text
        w.key("format"); w.string(format == .text ? (layout.hasPrintedPages ? "pdf-text" : "text") : format.rawValue)
        w.key("encoding"); w.string(source.encoding.rawValue)
        w.key("bytes"); w.int(source.originalCount)
        w.key("sha256"); w.string(originalSHA256)
        w.endObject()
        w.key("caption"); writeCaption(&w)
        w.key("pages"); w.arrayValue()
        var f = 0
        for pg in layout.pages {
            w.beginObject()
            w.key("number"); w.int(pg.number)
            w.key("span"); writeSpan(&w, pg.span)
            // running headers, stamps and page numbers of this page (kept as page metadata)
            w.key("furniture"); w.arrayValue()
            while f < layout.furniture.count, layout.furniture[f].start < pg.span.end {
                if layout.furniture[f].start >= pg.span.start {
                    w.beginObject()
                    w.key("text"); w.string(collapsedText(layout.furniture[f]))
                    w.key("span"); writeSpan(&w, layout.furniture[f])
                    w.endObject()
                }
                f += 1
            }
            w.endArray()
            w.endObject()
            if w.count >= chunkSize { w.drain(sink) }
        }
        w.endArray()
        writeStructure(&w)
        if w.count >= chunkSize { w.drain(sink) }
        // Two kinds of entries are listed apart from `citations`, with their ids kept
        // (history entries, `history_of` and antecedents refer to them):
        // - `history_citations`: a later decision named in subsequent history ("aff'd,
        //   462 Mich. 896") is part of the citation it follows, one citation of the
        //   Bluebook (R10.7);
        // - `case_mentions`: a cited case named again in prose by a party ("In Falbe,
        //   the court …", "the Duling court"), a textual mention rather than a citation.
        // The gold annotations count neither as a citation of its own.
        var scratch: [UInt8] = []
        // read through a buffer pointer: an array element read for a test was a whole copy
        let lists = citations.withUnsafeBufferPointer { b in (0..<b.count).map { b[$0].jsonList } }
        for (list, key) in [(JSONList.citations, "citations"), (.history, "history_citations"), (.mentions, "case_mentions")] {
            w.key(key); w.arrayValue()
            for i in citations.indices where lists[i] == list {
                // by index: the cite is borrowed, not copied (retaining every field)
                writeCitation(&w, citations[i], scratch: &scratch)
                if w.count >= chunkSize { w.drain(sink) }
            }
            w.endArray()
        }
        w.key("diagnostics"); w.arrayValue()
        for d in diagnostics { w.string(d) }
        w.endArray()
        w.endObject()
    }

    /// The JSON list a citation is written in.
    enum JSONList {
        case citations, history, mentions
    }

    /// SHA-256 of the original input bytes (recomputed from the working text when they were UTF-8).
    var originalSHA256: String { SHA256.hex(source.original) }

    func writeSpan(_ w: inout JSONWriter, _ s: Span) {
        w.objectValue()
        w.key("start"); w.int(source.original(s.start))
        w.key("end"); w.int(source.originalEnd(s.end, start: s.start))
        w.endObject()
    }

    func writeCitation(_ w: inout JSONWriter, _ c: Citation, scratch: inout [UInt8]) {
        w.beginObject()
        w.key("id"); w.int(c.id)
        w.key("kind"); w.string(c.kind.rawValue)
        w.key("span"); writeSpan(&w, c.span)
        w.key("text"); writeCollapsedText(&w, c.span, scratch: &scratch)
        w.key("case_name")
        if let n = c.caseName {
            w.objectValue()
            w.key("plaintiff"); w.string(n.plaintiff)
            w.key("defendant"); w.string(n.defendant)
            w.key("procedural"); w.string(n.procedural)
            w.endObject()
        } else { w.null() }
        w.key("volume"); w.string(c.volume)
        w.key("reporter"); w.string(c.reporter)
        w.key("reporter_as_written"); w.string(c.reporterAsWritten)
        w.key("nominative"); w.string(c.nominative)
        w.key("author"); w.string(c.author)
        w.key("title"); w.string(c.kind == .book || c.kind == .journal || c.kind == .legislative ? c.title : nil)
        w.key("page"); w.string(c.page)
        w.key("section"); w.string(c.section)
        w.key("pincite"); w.string(c.pincite)
        w.key("court"); w.string(c.court)
        w.key("date"); w.string(c.date)
        w.key("year"); w.int(c.year)
        w.key("docket"); w.string(c.docket)
        w.key("signal"); w.string(c.signal)
        w.key("parentheticals"); w.arrayValue()
        for p in c.parentheticals {
            w.beginObject()
            w.key("text"); w.string(p.text)
            w.key("kind"); w.string(p.kind.rawValue)
            w.endObject()
        }
        w.endArray()
        w.key("history"); w.arrayValue()
        for h in c.history {
            w.beginObject()
            w.key("phrase"); w.string(h.phrase)
            w.key("citation"); w.int(h.citation)
            w.key("text"); w.string(h.text)
            w.endObject()
        }
        w.endArray()
        w.key("parallel"); w.arrayValue()
        for id in c.parallel { w.int(id) }
        w.endArray()
        w.key("antecedent"); w.int(c.antecedent)
        w.key("nested_in"); w.int(c.nestedIn)
        w.key("nesting_phrase"); w.string(c.nestingPhrase)
        w.key("history_of"); w.int(c.historyOf)
        w.key("defined_name"); w.string(c.definedName)
        w.key("location"); w.objectValue()
        w.key("page"); w.int(c.location.page)
        w.key("footnote"); w.string(c.location.footnote)
        w.key("section"); w.int(c.location.section)
        w.key("paragraph"); w.int(c.location.paragraph)
        w.endObject()
        w.key("authority"); w.string(c.authority)
        w.key("checks"); w.arrayValue()
        for ch in c.checks {
            w.beginObject()
            w.key("rule"); w.string(ch.rule)
            w.key("severity"); w.string(ch.severity)
            w.key("message"); w.string(ch.message)
            w.key("suggestion"); w.string(ch.suggestion)
            w.endObject()
        }
        w.endArray()
        w.key("verdict"); w.string(c.verdict?.rawValue)
        w.endObject()
    }

    /// The text of a working-text span with whitespace runs collapsed.
    public func collapsedText(_ s: Span) -> String {
        guard let (a, e) = clamped(s) else { return "" }
        return source.text.withUnsafeBufferPointer { TextFlow.collapsedString($0, from: a, to: e, flow: flow) }
    }

    /// Writes `collapsedText(s)` as a string value, collapsing into `scratch`
    /// (reused from cite to cite) instead of building a String.
    func writeCollapsedText(_ w: inout JSONWriter, _ s: Span, scratch: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        collapse(s, into: &scratch)
        // The working text is valid UTF-8, so this nearly always is too; if not
        // (a span that cuts a character), the String path repairs it as before.
        guard UTF8Validation.isValid(scratch) else { w.string(collapsedText(s)); return }
        scratch.withUnsafeBufferPointer { w.string(utf8: $0) }
    }

    /// Appends the text of span `s` to `out` as the reader reads it (see `TextFlow.appendCollapsed`).
    func collapse(_ s: Span, into out: inout [UInt8]) {
        guard let (a, e) = clamped(s) else { return }
        source.text.withUnsafeBufferPointer { TextFlow.appendCollapsed($0, from: a, to: e, flow: flow, into: &out) }
    }

    /// Span `s` cut to the working text; nil when nothing of it is left.
    private func clamped(_ s: Span) -> (Int, Int)? {
        let a = max(0, s.start), e = min(source.text.count, s.end)
        return a < e ? (a, e) : nil
    }
}

extension Citation {
    /// The JSON list this citation is written in.
    var jsonList: Document.JSONList {
        if historyOf != nil { return .history }
        // a case named again in prose is a mention; with a page ("Amick at 795") it is a short cite
        if kind == .reference, caseName != nil, pincite == nil { return .mentions }
        return .citations
    }
}
