// MarkupReader: HTML and CAP XML through libxml2. The document is parsed into
// libxml2's tree (HTML: htmlCtxtReadMemory with RECOVER|NOERROR|NOWARNING|NONET;
// XML: xmlCtxtReadMemory with NONET, RECOVER and no NOENT/DTDLOAD/HUGE, so entities
// are neither substituted nor fetched), then walked once in document order without
// recursion. Each text node is located in the source (SourceLocator) and written
// to the working text (TextSink) according to the element it stands in:
//
//   CAP XML                         CAP HTML (render_case)          written as
//   <casebody>                      section.casebody                footnote scope
//   <opinion type>                  article.opinion[data-type]      opinion (+ its footnotes)
//   <parties> <docketnumber> …      p.parties, p.docketnumber, …    head-matter paragraph
//   <author>                        p.author                        paragraph, opinion author
//   <p>                             p                               paragraph
//   <blockquote>                    blockquote                      paragraph indented 4 spaces
//   <footnote label>                aside.footnote[data-label]      "[1] …" after the opinion,
//                                                                   below a line of 20 dashes
//   <footnotemark>                  a.footnotemark                  "[1]"
//   <page-number label>             a.page-label[data-label]        " *484 "
//
// Other HTML follows browser layout (block elements are paragraphs, <br> a newline,
// table rows lines; script, style and the head other than <title> are left out;
// <sup><a href="#…">1</a></sup> is a footnote mark "[1]"). A METS file is read from
// its <casebody>; its <case> record gives the metadata. Fastcase's vendor XML is in
// FastcaseXML.swift. When libxml2 gives up part-way (nesting deeper than 256, an
// entity loop), the text is read again without a tree (SourceLocator.strippedText).

import CLibXML2

enum MarkupMode { case html, xml }

enum LibXML {
    /// libxml2's global initialisation, once, before any concurrent use.
    static let ready: Bool = {
        xmlInitParser()
        return true
    }()
}

enum MarkupReader {
    /// Reads markup in any encoding `SourceText` knows (it is made UTF-8 first).
    static func read(_ bytes: [UInt8], mode: MarkupMode) -> ReaderOutput {
        let source = SourceText(bytes: bytes)
        var out = readUTF8(source.text, mode: mode)
        if out.mapOffsets(to: source) {
            out.diagnostics.append("markup is not UTF-8; decoded as \(source.encoding.rawValue) before parsing")
        }
        return out
    }

    /// Reads UTF-8 markup (no NUL bytes); offsets point into `utf8`.
    static func readUTF8(_ utf8: [UInt8], mode: MarkupMode) -> ReaderOutput {
        var out = ReaderOutput(format: mode == .html ? .html : .capXML)
        guard !utf8.isEmpty else {
            out.diagnostics.append("empty input")
            return out
        }
        guard utf8.count < Int(Int32.max) else {
            out.diagnostics.append("markup larger than 2 GiB is not supported")
            return out
        }
        _ = LibXML.ready
        utf8.withUnsafeBufferPointer { buf in
            var parsed = parse(buf, mode: mode)
            if mode == .xml, parsed.doc == nil || parsed.root == nil {
                out.diagnostics.append("XML could not be parsed (\(parsed.error ?? "no root element")); read as HTML instead")
                if let d = parsed.doc { xmlFreeDoc(d) }
                parsed = parse(buf, mode: .html)
                parsed.error = nil
            } else if let e = parsed.error {
                out.diagnostics.append(mode == .xml ? "XML is not well-formed: \(e); read best-effort" : "HTML has errors: \(e)")
            }
            guard let doc = parsed.doc else {
                out.diagnostics.append("markup could not be parsed")
                return
            }
            defer { xmlFreeDoc(doc) }
            let renderer = MarkupRenderer(src: buf, html: parsed.html)
            if !parsed.html, let root = parsed.root, let fastcase = renderer.fastcase(root) {
                out.text = fastcase.text
                out.offsets = fastcase.offsets
                out.hints = fastcase.hints
                out.diagnostics += fastcase.diagnostics
                return
            }
            renderer.render(doc)
            out.text = renderer.sinks[0].bytes
            out.offsets = renderer.sinks[0].offsets
            out.hints = renderer.hints
            out.diagnostics.append(contentsOf: renderer.diagnostics)
            if parsed.halted {
                // libxml2 stopped part-way (nesting deeper than 256): read the rest without a tree
                let sink = renderer.locator.strippedText()
                if sink.count > out.text.count {
                    out.text = sink.bytes
                    out.offsets = sink.offsets
                    out.hints = StructureHints()
                    out.diagnostics.append("the parser gave up part-way (\(parsed.error ?? "too deep")); text read with tags stripped, no structure")
                }
            }
        }
        return out
    }

    struct Parsed {
        var doc: xmlDocPtr?
        var root: xmlNodePtr?
        var error: String?
        var html: Bool
        /// The parser stopped before the end of the input.
        var halted = false
    }

    /// Collects libxml2's parse errors instead of letting them print: for the duration of
    /// one parse, this thread's structured-error handler (thread-local in libxml2) points
    /// here, and the previous handler is put back afterwards.
    final class ErrorSink {
        var count = 0
        var first: String?
        var halted = false
        let html: Bool
        init(html: Bool) { self.html = html }

        func add(_ e: xmlError) {
            var msg = e.message.map { String(cString: $0) } ?? "error \(e.code)"
            while msg.last == "\n" || msg.last == " " { msg.removeLast() }
            // libxml2 2.9 does not know HTML5 elements (section, article, aside, …): not an error here
            if html, msg.hasPrefix("Tag "), msg.hasSuffix(" invalid") { return }
            if html, msg.hasPrefix("ID "), msg.hasSuffix(" already defined") { return }
            count += 1
            if first == nil { first = "line \(e.line): \(msg)" }
            // errors after which libxml2 stops parsing (xmlHaltParser): the tree ends there
            if msg.contains("Excessive depth") || msg.contains("Huge input lookup") || msg.contains("Memory allocation failed")
                || msg.contains("entity reference loop") || msg.contains("amplification") { halted = true }
        }

        var summary: String? {
            guard let first else { return nil }
            return count > 1 ? "\(first) (and \(count - 1) more)" : first
        }

        static let callback: xmlStructuredErrorFunc = { user, error in
            guard let user, let error else { return }
            Unmanaged<ErrorSink>.fromOpaque(user).takeUnretainedValue().add(error.pointee)
        }

        /// Runs `body` with this thread's libxml2 errors going to this sink.
        func collect<T>(_ body: () -> T) -> T {
            let previous = __xmlStructuredError().pointee
            let previousContext = __xmlStructuredErrorContext().pointee
            let me = Unmanaged.passRetained(self)
            xmlSetStructuredErrorFunc(me.toOpaque(), ErrorSink.callback)
            defer {
                xmlSetStructuredErrorFunc(previousContext, previous)
                me.release()
            }
            return body()
        }
    }

    static func parse(_ buf: UnsafeBufferPointer<UInt8>, mode: MarkupMode) -> Parsed {
        guard let base = buf.baseAddress else { return Parsed(doc: nil, root: nil, error: "empty", html: mode == .html) }
        return base.withMemoryRebound(to: CChar.self, capacity: buf.count) { cbuf -> Parsed in
            switch mode {
            case .html:
                guard let ctxt = htmlNewParserCtxt() else { return Parsed(doc: nil, root: nil, error: "no parser", html: true) }
                defer { htmlFreeParserCtxt(ctxt) }
                let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                                    | HTML_PARSE_NONET.rawValue)
                let errors = ErrorSink(html: true)
                let doc = errors.collect { htmlCtxtReadMemory(ctxt, cbuf, Int32(buf.count), "input.html", "UTF-8", options) }
                return Parsed(doc: doc, root: doc.flatMap { xmlDocGetRootElement($0) }, error: errors.summary, html: true,
                              halted: errors.halted)
            case .xml:
                guard let ctxt = xmlNewParserCtxt() else { return Parsed(doc: nil, root: nil, error: "no parser", html: false) }
                defer { xmlFreeParserCtxt(ctxt) }
                // No XML_PARSE_NOENT (entities stay references), no DTDLOAD/DTDATTR/DTDVALID
                // (nothing external is read), no HUGE (libxml2's amplification limits hold).
                let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue
                                    | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)
                let errors = ErrorSink(html: false)
                let doc = errors.collect { xmlCtxtReadMemory(ctxt, cbuf, Int32(buf.count), "input.xml", "UTF-8", options) }
                let wellFormed = ctxt.pointee.wellFormed != 0
                return Parsed(doc: doc, root: doc.flatMap { xmlDocGetRootElement($0) },
                              error: wellFormed ? errors.summary : (errors.summary ?? "not well-formed"), html: false,
                              halted: errors.halted)
            }
        }
    }
}

// MARK: - Rendering

/// What an element stands for.
enum MarkupRole {
    case skip
    case container(MarkupContainerKind)
    case block(head: String?)
    case blockQuote
    case pre
    case lineBreak
    case row
    case cell
    case footnote(label: String, id: String?)
    case footnoteMark(ref: String?)
    case pageLabel(label: String)
    case pageHint(label: String)
    /// A paragraph (or an inline <b>) that is only a page marker ("[100 A.3d 1080]",
    /// Fastcase): written "*1080" — at the start of the next paragraph for a paragraph;
    /// the hint's reporter is the reporter's rank in order of appearance.
    case pageBlock(label: String, reporter: String, inline: Bool)
    /// A paragraph of dashes ("--------", Fastcase's line above the notes): written as
    /// the line of 20 dashes that stands before footnotes.
    case rule
    case inline
}

enum MarkupContainerKind: Equatable {
    case root, body, casebody
    case opinion(type: String)
}

final class MarkupRenderer {
    var sinks: [TextSink] = [TextSink()]
    /// The sink being written: 0 the body, 1 a footnote.
    var cur = 0
    var locator: SourceLocator
    let html: Bool
    var hints = StructureHints()
    var diagnostics: [String] = []

    private struct PendingFootnote {
        var label: String
        var id: String?
        var sink: TextSink
    }
    private struct Container {
        var kind: MarkupContainerKind
        var footnotes: [PendingFootnote] = []
        /// Mark records (in sink 0) of marks written in this container.
        var marks: [Int] = []
        var opinion: Int?
        var record: Int?
    }
    private var containers: [Container] = []
    /// Mark spans linked to each footnote (by footnote index).
    private var linked: [Int: [Span]] = [:]
    /// Marks of closed containers that had no footnotes of their own: an opinion whose notes
    /// the page collects after a later opinion (CAP's HTML puts every <aside> in the last
    /// <article>) links them when the notes come.
    private var orphanMarks: [Int] = []
    private var footnoteLabel = ""
    private var footnoteID: String?
    /// Inside CAP elements: unknown XML elements are inline.
    private var capDepth = 0
    private var markDepth = 0
    var skippedEntities = 0
    private var opinionStack: [Int] = []
    private var nodeOffsets: [Int32] = []
    private var names: [UnsafeRawPointer: String] = [:]
    /// Element records to close on exit, by walk depth.
    private var openRecords: [[Int]] = []
    /// A dash rule was written and no text since (a "Notes:" heading may follow).
    private var afterRule = false
    /// Reporters of "[100 A.3d 1080]" page markers, ranked in order of appearance.
    private var reporters: [String: Int] = [:]
    /// CAP's page map (see CAPPageMap.swift): the METS page ORDER → printed ORDERLABEL,
    /// and the last page a `pgmap` attribute opened.
    var pageOrderLabels: [String: String] = [:]
    var lastMappedPage: String?
    /// Without the METS labels: the printed page minus the image ORDER (see CAPPageMap.swift).
    var pageOrderOffset = 0

    init(src: UnsafeBufferPointer<UInt8>, html: Bool) {
        locator = SourceLocator(src: src, html: html)
        self.html = html
    }

    // MARK: Entry

    func render(_ doc: xmlDocPtr) {
        containers.append(Container(kind: .root))
        if !html, let casebody = findElement(doc, named: "casebody") {
            if let meta = findElement(doc, named: "case"), meta != casebody { readCaseRecord(meta) }
            if ByteSearch.find(locator.src, Array("pgmap=".utf8), from: 0) != nil {
                pageOrderLabels = readPageOrderLabels(doc)
                if pageOrderLabels.isEmpty { pageOrderOffset = firstPageOffset(doc, casebody: casebody) }
            }
            // start the search for text at the <casebody> tag (METS files have long headers)
            var from = 0
            while let at = ByteSearch.find(locator.src, Array("casebody".utf8), from: from) {
                if at > 0, locator.src[at - 1] == 0x3C || locator.src[at - 1] == 0x3A { // "<casebody" or "<x:casebody"
                    var tag = at - 1
                    while tag > 0, locator.src[tag] != 0x3C { tag -= 1 }
                    locator.advance(to: tag)
                    break
                }
                from = at + 8
            }
            walk(casebody)
        } else {
            var node = doc.pointee.children
            while let n = node {
                walk(n)
                node = n.pointee.next
            }
        }
        closeContainer()
        // a dash rule with nothing under it (Fastcase closes its notes with one) goes
        if let last = sinks[0].records.last, last.kind == .rule, last.start >= 0, sinks[0].lastContentOffset <= last.end {
            sinks[0].truncate(to: last.start)
        }
        sinks[0].finish()
        collectHints()
        if locator.approximated > 0 {
            diagnostics.append("\(locator.approximated) text node(s) could not be matched to the original bytes; their offsets are approximate")
        }
        if skippedEntities > 0 {
            diagnostics.append("\(skippedEntities) entity reference(s) were not expanded (entities are never substituted)")
        }
    }

    // MARK: Walk

    /// Visits `root` and its subtree in document order, without recursion.
    private func walk(_ root: xmlNodePtr) {
        var stack: [(node: xmlNodePtr, role: MarkupRole)] = []
        var node: xmlNodePtr? = root
        while let n = node {
            let type = n.pointee.type
            if type == XML_ELEMENT_NODE {
                let role = enter(n)
                if case .skip = role {
                    locateOnly(n)
                    exit(n, role)
                } else if case .pageBlock(let label, let reporter, let inline) = role {
                    pageParagraph(n, label: label, reporter: reporter, inline: inline)
                    exit(n, role)
                } else if case .rule = role {
                    ruleParagraph(n)
                    exit(n, role)
                } else if let child = n.pointee.children {
                    stack.append((n, role))
                    node = child
                    continue
                } else {
                    exit(n, role)
                }
            } else if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                text(n, cdata: type == XML_CDATA_SECTION_NODE)
            } else if type == XML_ENTITY_REF_NODE {
                // never descend: the children are the entity's declaration (billion laughs)
                skippedEntities += 1
                if let name = n.pointee.name { locator.skipEntityReference(String(cString: name)) }
            }
            // next node: a sibling, or up and on
            var at = n
            node = nil
            while true {
                if at == root { break }
                if let next = at.pointee.next { node = next; break }
                guard let parent = stack.popLast() else { break }
                exit(parent.node, parent.role)
                at = parent.node
            }
        }
    }

    /// Moves the locator over a subtree that is not written (script, style, head);
    /// the head's <title> is written as a paragraph.
    private func locateOnly(_ root: xmlNodePtr) {
        var node: xmlNodePtr? = root.pointee.children
        var depth = 1
        while let n = node {
            let type = n.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                let parent = n.pointee.parent.map { name($0) } ?? ""
                let raw = html && (parent == "script" || parent == "style")
                if html, parent == "title" {
                    sinks[cur].blockBoundary()
                    let r = sinks[cur].open(.block)
                    text(n, cdata: false)
                    sinks[cur].close(r)
                    sinks[cur].blockBoundary()
                } else {
                    withContent(n) { buf in
                        nodeOffsets.removeAll(keepingCapacity: true)
                        locator.locate(buf, raw: raw, cdata: type == XML_CDATA_SECTION_NODE, line: xmlGetLineNo(n), into: &nodeOffsets)
                    }
                }
            }
            if type == XML_ELEMENT_NODE, let c = n.pointee.children {
                node = c; depth += 1; continue
            }
            node = nextOutsideSubtree(of: n, depth: &depth)
        }
    }

    func withContent(_ n: xmlNodePtr, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let c = n.pointee.content else { return }
        var len = 0
        while c[len] != 0 { len += 1 }
        body(UnsafeBufferPointer(start: c, count: len))
    }

    private func text(_ n: xmlNodePtr, cdata: Bool) {
        withContent(n) { buf in
            guard buf.count > 0 else { return }
            nodeOffsets.removeAll(keepingCapacity: true)
            locator.locate(buf, raw: false, cdata: cdata, line: xmlGetLineNo(n), into: &nodeOffsets)
            nodeOffsets.withUnsafeBufferPointer { map in
                sinks[cur].text(buf, offsets: map, dropSpaces: markDepth > 0)
            }
            // (no-break spaces, UTF-8 C2 A0, indent Fastcase paragraphs: not text)
            if afterRule, buf.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D && $0 != 0xC2 && $0 != 0xA0 }) {
                afterRule = false
            }
        }
    }

    // MARK: Elements

    private func enter(_ n: xmlNodePtr) -> MarkupRole {
        let role = classify(n)
        var records: [Int] = []
        let here = locator.here
        switch role {
        case .skip, .inline:
            break
        case .container(let kind):
            sinks[cur].blockBoundary()
            var c = Container(kind: kind)
            if case .opinion(let type) = kind {
                capDepth += 1
                hints.opinions.append(StructureHints.Opinion(type: type, span: Span(0, 0)))
                c.opinion = hints.opinions.count - 1
                opinionStack.append(hints.opinions.count - 1)
                if cur == 0 { c.record = sinks[0].open(.opinion(hints.opinions.count - 1)) }
            } else if kind == .casebody {
                capDepth += 1
                if let f = attribute(n, "firstpage") ?? attribute(n, "data-firstpage") { hints.firstPage = f }
                if let l = attribute(n, "lastpage") ?? attribute(n, "data-lastpage") { hints.lastPage = l }
            }
            containers.append(c)
        case .block(let head):
            sinks[cur].blockBoundary()
            if let head {
                if head == "author", let op = opinionStack.last {
                    records.append(sinks[cur].open(.author(op)))
                } else {
                    records.append(sinks[cur].open(.head(head)))
                }
            }
            records.append(sinks[cur].open(.block))
            if cur == 0, let map = attribute(n, "pgmap") { openMappedPages(map) }
        case .blockQuote:
            sinks[cur].blockBoundary()
            if cur == 0 { sinks[0].indent += 4 }
            records.append(sinks[cur].open(.blockQuote))
        case .pre:
            sinks[cur].blockBoundary()
            sinks[cur].preserve += 1
            records.append(sinks[cur].open(.block))
        case .lineBreak:
            sinks[cur].lineBreak()
        case .row:
            sinks[cur].lineBreak()
        case .cell:
            sinks[cur].space(at: here)
        case .footnote(let label, let id):
            if cur == 0 {
                sinks.append(TextSink(blockBreak: 1))
                cur = 1
                footnoteLabel = label
                footnoteID = id
                sinks[1].synthetic("[\(label)] ", at: here)
                sinks[1].holdBreaks()
            } else {
                sinks[cur].blockBoundary()
            }
        case .footnoteMark(let ref):
            let r = sinks[cur].open(.mark(ref: ref))
            records.append(r)
            if cur == 0 { containers[containers.count - 1].marks.append(r) }
            sinks[cur].synthetic("[", at: here)
            markDepth += 1
        case .pageLabel(let label):
            sinks[cur].space(at: here)
            records.append(sinks[cur].open(.page(label, reporter: nil)))
            if n.pointee.children == nil { sinks[cur].synthetic("*" + label, at: here) }
        case .pageHint(let label):
            records.append(sinks[cur].open(.page(label, reporter: nil)))
        case .pageBlock, .rule:
            break // written by pageParagraph / ruleParagraph
        }
        openRecords.append(records)
        return role
    }

    private func exit(_ n: xmlNodePtr, _ role: MarkupRole) {
        let records = openRecords.popLast() ?? []
        let here = locator.here
        switch role {
        case .skip, .inline, .lineBreak:
            break
        case .container(let kind):
            closeContainer()
            if case .opinion = kind {
                capDepth -= 1
                _ = opinionStack.popLast()
            } else if kind == .casebody {
                capDepth -= 1
            }
            sinks[cur].blockBoundary()
        case .block:
            for r in records { sinks[cur].close(r) }
            if cur == 0, let block = records.last, let map = attribute(n, "pgmap") { placeLaterMappedPages(map, in: block) }
            sinks[cur].blockBoundary()
        case .blockQuote:
            for r in records { sinks[cur].close(r) }
            if cur == 0 { sinks[0].indent = max(0, sinks[0].indent - 4) }
            sinks[cur].blockBoundary()
        case .pre:
            for r in records { sinks[cur].close(r) }
            sinks[cur].preserve -= 1
            sinks[cur].blockBoundary()
        case .row:
            sinks[cur].lineBreak()
        case .cell:
            sinks[cur].space(at: here)
        case .footnote:
            if cur == 1, isCurrentFootnote(n) {
                let sink = sinks.removeLast()
                cur = 0
                containers[containers.count - 1].footnotes.append(PendingFootnote(label: footnoteLabel, id: footnoteID, sink: sink))
            } else {
                sinks[cur].blockBoundary()
            }
        case .footnoteMark:
            markDepth -= 1
            sinks[cur].dropTrailingPeriod() // "[2.]" is written "[2]"
            sinks[cur].synthetic("]", at: here)
            for r in records { sinks[cur].close(r) }
        case .pageLabel:
            for r in records { sinks[cur].close(r) }
            sinks[cur].space(at: here)
        case .pageHint:
            for r in records { sinks[cur].close(r) }
        case .pageBlock, .rule:
            break
        }
    }

    /// "[379 Wis.2d 443]" standing alone as a paragraph (Fastcase) becomes "*443" at the
    /// start of the text that follows; when the paragraph before it stops mid-sentence,
    /// the page break had split that paragraph, and the two are joined again. Inline
    /// ("<b>[264 Ga. App. 481]</b>") it becomes " **481 " where it stands.
    private func pageParagraph(_ n: xmlNodePtr, label: String, reporter: String, inline: Bool) {
        guard let t = n.pointee.children else { return }
        var offsets: [Int32] = []
        var content: [UInt8] = []
        withContent(t) { buf in
            locator.locate(buf, raw: false, cdata: false, line: xmlGetLineNo(t), into: &offsets)
            content = Array(buf)
        }
        guard !offsets.isEmpty else { return }
        if inline {
            sinks[cur].space(at: offsets[0])
        } else if let last = sinks[cur].lastContentByte, (last >= 0x61 && last <= 0x7A) || last == 0x2C || last == 0x3B || last == 0x2D {
            // the paragraph before stops mid-sentence ("…the records custodian" / "and chairman…")
            sinks[cur].continueLine(at: offsets[0])
        } else {
            sinks[cur].blockBoundary()
        }
        if reporters[reporter] == nil { reporters[reporter] = reporters.count + 1 }
        let r = sinks[cur].open(.page(label, reporter: reporters[reporter]))
        // "*" for the "[", then the page digits from their place in the source
        var marker: [UInt8] = [0x2A]
        var map: [Int32] = [offsets[0]]
        let digits = Array(label.utf8)
        if let end = content.lastIndex(where: { $0 >= 0x30 && $0 <= 0x39 }), end + 1 >= digits.count,
           Array(content[(end + 1 - digits.count)...end]) == digits {
            marker += digits
            map += offsets[(end + 1 - digits.count)...end]
        } else {
            marker += digits
            map += Array(repeating: offsets[0], count: digits.count)
        }
        marker.withUnsafeBufferPointer { m in map.withUnsafeBufferPointer { o in sinks[cur].text(m, offsets: o) } }
        sinks[cur].close(r)
        sinks[cur].space(at: offsets[offsets.count - 1])
        if !inline { sinks[cur].holdBreaks() }
    }

    /// "<p>--------</p>": the line of 20 dashes, mapped to the dashes in the source.
    private func ruleParagraph(_ n: xmlNodePtr) {
        guard let t = n.pointee.children else { return }
        var offsets: [Int32] = []
        withContent(t) { buf in
            locator.locate(buf, raw: false, cdata: false, line: xmlGetLineNo(t), into: &offsets)
        }
        sinks[cur].blockBoundary()
        let r = sinks[cur].open(.rule)
        sinks[cur].synthetic("--------------------", at: offsets.first ?? locator.here)
        sinks[cur].close(r)
        sinks[cur].blockBoundary()
        afterRule = true
    }

    /// A paragraph that is only four or more dashes.
    private func isDashRule(_ n: xmlNodePtr) -> Bool {
        guard let c = n.pointee.children, c.pointee.next == nil, c.pointee.type == XML_TEXT_NODE,
              let content = c.pointee.content else { return false }
        var i = 0
        var dashes = 0
        while content[i] != 0 {
            let b = content[i]
            if b == 0x2D { dashes += 1 } else if b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D { return false }
            i += 1
            if i > 200 { return false }
        }
        return dashes >= 4
    }

    /// The footnote element whose sink is open is the outermost footnote ancestor.
    private func isCurrentFootnote(_ n: xmlNodePtr) -> Bool {
        var p = n.pointee.parent
        while let q = p, q.pointee.type == XML_ELEMENT_NODE {
            if case .footnote = classify(q) { return false }
            p = q.pointee.parent
        }
        return true
    }

    /// Writes the footnotes of the innermost container after its text and links marks.
    private func closeContainer() {
        guard var c = containers.popLast() else { return }
        let here = locator.here
        if !c.footnotes.isEmpty {
            sinks[0].blockBoundary()
            sinks[0].synthetic("--------------------", at: here)
            sinks[0].blockBoundary()
            var placed: [(label: String, id: String?, span: Span)] = []
            for f in c.footnotes {
                let span = sinks[0].append(f.sink, at: here)
                placed.append((f.label, f.id, span))
            }
            // link marks to footnotes: by id, else by label, in order
            var marksFor = [[Span]](repeating: [], count: placed.count)
            var usedByLabel = Set<Int>()
            // (in document order: the earlier opinions' marks first, so that each "1" takes the
            // first unused note "1")
            let candidates = (orphanMarks + c.marks).sorted()
            var unlinked: [Int] = []
            for r in candidates {
                let rec = sinks[0].record(r)
                guard case .mark(let ref) = rec.kind, rec.end > rec.start else { continue }
                let label = sinks[0].string(Span(min(rec.start + 1, rec.end), max(rec.start + 1, rec.end - 1)))
                var target: Int?
                if let ref, !ref.isEmpty {
                    target = placed.firstIndex { $0.id == ref || $0.id == "#" + ref }
                }
                if target == nil {
                    target = placed.indices.first { !usedByLabel.contains($0) && placed[$0].label == label }
                        ?? placed.indices.first { placed[$0].label == label }
                }
                if let t = target {
                    usedByLabel.insert(t)
                    marksFor[t].append(Span(rec.start, rec.end))
                } else {
                    unlinked.append(r)
                }
            }
            orphanMarks = unlinked.filter { !c.marks.contains($0) }
            for (k, p) in placed.enumerated() {
                hints.footnotes.append(StructureHints.Footnote(label: p.label, span: p.span, markSpan: marksFor[k].first,
                                                               markSpans: marksFor[k], opinion: c.opinion))
                linked[hints.footnotes.count - 1] = marksFor[k]
            }
            c.footnotes.removeAll()
        } else {
            orphanMarks += c.marks
        }
        if let r = c.record { sinks[0].close(r) }
    }

    // MARK: Classification

    private static let headKinds: Set<String> = [
        "parties", "docketnumber", "court", "decisiondate", "otherdate", "attorneys", "judges", "syllabus", "summary",
        "disposition", "history", "headnotes", "seealso", "citation", "correction", "author",
    ]
    static let htmlBlocks: Set<String> = [
        "address", "article", "aside", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "legend", "li", "main", "menu", "nav", "ol", "p", "section", "summary", "table", "tbody", "thead", "tfoot",
        "ul", "caption", "title", "option",
    ]
    private static let htmlSkip: Set<String> = [
        "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "select", "textarea",
    ]
    private static let capInline: Set<String> = [
        "em", "i", "b", "strong", "u", "span", "bracketnum", "extracted-citation", "a", "sup", "sub", "small", "img",
        "strike", "s", "key", "cite",
    ]

    private func classify(_ n: xmlNodePtr) -> MarkupRole {
        let nm = name(n)
        if html {
            if MarkupRenderer.htmlSkip.contains(nm) { return .skip }
            let classes = attribute(n, "class").map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init) } ?? []
            func has(_ c: String) -> Bool { classes.contains(c) }
            switch nm {
            case "br": return .lineBreak
            case "tr": return .row
            case "td", "th": return .cell
            case "blockquote": return .blockQuote
            case "pre", "listing", "xmp", "plaintext": return .pre
            case "body": return .container(.body)
            case "footnote", "footnote_body":
                return .footnote(label: cleanLabel(attribute(n, "label") ?? footnoteBacklinkText(n) ?? ""), id: attribute(n, "id"))
            case "footnotemark", "footnote_mark": return .footnoteMark(ref: attribute(n, "ref") ?? attribute(n, "href").map(dropHash))
            default: break
            }
            if nm == "section", has("casebody") { return .container(.casebody) }
            if nm == "article", has("opinion") { return .container(.opinion(type: attribute(n, "data-type") ?? "opinion")) }
            if has("footnote"), nm == "aside" || nm == "div" || nm == "li" || nm == "section" {
                return .footnote(label: cleanLabel(attribute(n, "data-label") ?? footnoteBacklinkText(n) ?? ""), id: attribute(n, "id"))
            }
            if has("footnotemark") || has("footnote-mark") { return .footnoteMark(ref: attribute(n, "href").map(dropHash)) }
            // a web page's menus and its footer (New York's slip opinions: the reporter's links
            // and address after the clerk's signature); a footer of notes is read
            if nm == "nav" { return .skip }
            // Public.Resource.Org numbers the paragraphs in a span of their own ("<div class="num"
            // id="p1"><span class="num">1</span><p>…"): alone on a line, a "1" reads as a page number
            if nm == "span", has("num"), let parent = n.pointee.parent, attribute(parent, "class")?.split(separator: " ").contains("num") == true {
                return .skip
            }
            if nm == "footer", !(classes + [attribute(n, "id") ?? ""]).contains(where: { $0.lowercased().contains("note") }) { return .skip }
            if cur == 1, let parent = n.pointee.parent, leadingLink(of: parent) == n, isFootnoteElement(parent) {
                return .skip // the footnote's back link: its label is written as "[1] "
            }
            // (Public.Resource.Org's mark is a link of class "footnote": '<a class="footnote"
            // href="#fn2" id="fn2_ref">2</a>'; its note's back link was skipped above)
            if nm == "a", let href = attribute(n, "href"), href.hasPrefix("#"), isInsideSup(n) || attribute(n, "name") != nil || has("footnote") {
                let t = textOf(n).readerTrimmed()
                let number = t.hasSuffix(".") ? String(t.dropLast()) : t // Fastcase notes: "2."
                if !number.isEmpty, number.count <= 3, number.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    return .footnoteMark(ref: dropHash(href))
                }
            }
            if nm == "p" || nm == "b" || nm == "strong" || nm == "span", let cite = starPageParagraph(n) {
                return .pageBlock(label: cite.page, reporter: cite.reporter, inline: nm != "p")
            }
            if nm == "p" || nm == "div", isDashRule(n) { return .rule }
            if afterRule, nm == "p", ["notes:", "footnotes:", "notes", "footnotes"].contains(textOf(n).readerTrimmed().lowercased()) {
                return .skip // the "Notes:" heading under the rule: the rule says it
            }
            // CAP's own element inside HTML (eyecite's and CourtListener's CAP-derived HTML):
            // "<em>Saucier, </em><page-number label="1029">*1029</page-number>533 U.S. at 201"
            if nm == "page-number" { return .pageLabel(label: attribute(n, "label") ?? digits(textOf(n))) }
            if has("page-label") || has("star-pagination") {
                let label = attribute(n, "data-label") ?? attribute(n, "label") ?? attribute(n, "number") ?? digits(textOf(n))
                return .pageLabel(label: label)
            }
            if has("page") || has("pagenum") || has("page-number") {
                if let aria = attribute(n, "aria-label"), !digits(aria).isEmpty { return .pageHint(label: digits(aria)) }
                let t = textOf(n)
                if t.count < 16, !digits(t).isEmpty, t.contains("*") { return .pageHint(label: digits(t)) }
            }
            if MarkupRenderer.htmlBlocks.contains(nm) {
                if let kind = classes.first(where: { MarkupRenderer.headKinds.contains($0) }) {
                    return .block(head: kind)
                }
                return .block(head: nil)
            }
            return .inline
        }
        // XML (CAP vocabulary; other XML: elements are blocks). CourtListener's citation
        // links on a Harvard base bring HTML's notes and star pages into the CAP elements:
        // '<a class="footnote" href="#fn1">1</a>', '<div class="footnote" id="fn1" label="1">',
        // '<span class="star-pagination" label="1151">'
        if let cls = attribute(n, "class") {
            let classes = cls.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            if classes.contains("footnote"), nm == "div" || nm == "aside" {
                return .footnote(label: cleanLabel(attribute(n, "label") ?? footnoteBacklinkText(n) ?? ""), id: attribute(n, "id"))
            }
            if classes.contains("footnote"), nm == "a", let href = attribute(n, "href"), href.hasPrefix("#") {
                if cur == 1, let parent = n.pointee.parent, leadingLink(of: parent) == n, isFootnoteElement(parent) { return .skip }
                return .footnoteMark(ref: dropHash(href))
            }
            if classes.contains("star-pagination") { return .pageLabel(label: attribute(n, "label") ?? digits(textOf(n))) }
        }
        switch nm {
        case "casebody": return .container(.casebody)
        case "opinion": return .container(.opinion(type: attribute(n, "type") ?? "opinion"))
        case "p": return .block(head: nil)
        case "blockquote": return .blockQuote
        case "footnote": return .footnote(label: cleanLabel(attribute(n, "label") ?? ""), id: attribute(n, "id"))
        case "footnotemark": return .footnoteMark(ref: attribute(n, "ref"))
        case "page-number": return .pageLabel(label: attribute(n, "label") ?? digits(textOf(n)))
        case "br": return .lineBreak
        default: break
        }
        if MarkupRenderer.headKinds.contains(nm) { return .block(head: nm) }
        if capDepth > 0 || MarkupRenderer.capInline.contains(nm) { return .inline }
        return .block(head: nil)
    }

    /// An `<a>` within a `<sup>` (up to three levels up): a footnote reference.
    private func isInsideSup(_ n: xmlNodePtr) -> Bool {
        var p = n.pointee.parent
        var k = 0
        while let q = p, q.pointee.type == XML_ELEMENT_NODE, k < 3 {
            if name(q) == "sup" { return true }
            p = q.pointee.parent
            k += 1
        }
        return false
    }

    /// "[100 A.3d 1080]" as the whole text of an element: the page and the reporter.
    private func starPageParagraph(_ n: xmlNodePtr) -> (page: String, reporter: String)? {
        guard let c = n.pointee.children, c.pointee.next == nil, c.pointee.type == XML_TEXT_NODE,
              let content = c.pointee.content, content[0] == 0x5B else { return nil }
        let t = textOf(n).readerTrimmed()
        guard t.count <= 40, t.hasPrefix("["), t.hasSuffix("]") else { return nil }
        let words = t.dropFirst().dropLast().split(separator: " ")
        guard words.count >= 3, let first = words.first, first.allSatisfy(\.isNumber),
              let last = words.last, last.allSatisfy(\.isNumber) else { return nil }
        return (String(last), words.dropFirst().dropLast().joined(separator: " "))
    }

    private func isFootnoteElement(_ n: xmlNodePtr) -> Bool {
        if case .footnote = classify(n) { return true }
        return false
    }

    private func isBlank(_ n: xmlNodePtr) -> Bool {
        guard let c = n.pointee.content else { return true }
        var i = 0
        while c[i] != 0 {
            let b = c[i]
            if b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D { return false }
            i += 1
        }
        return true
    }

    /// A footnote's back link to its mark, when the footnote starts with one: an
    /// `<a href="#…">` with a short text, bare or wrapped in `<sup>`/`<small>`/`<span>`/`<b>`.
    private func leadingLink(of footnote: xmlNodePtr) -> xmlNodePtr? {
        var c = footnote.pointee.children
        while let q = c {
            if q.pointee.type == XML_TEXT_NODE {
                if !isBlank(q) { return nil }
            } else if q.pointee.type == XML_ELEMENT_NODE {
                let nm = name(q)
                guard nm == "a" || nm == "sup" || nm == "small" || nm == "span" || nm == "b" || nm == "strong" else { return nil }
                guard textOf(q).readerTrimmed().count <= 8 else { return nil }
                // an <a href="#…"> at most three levels down
                var e: xmlNodePtr? = q
                var depth = 0
                while let x = e, depth < 4 {
                    if name(x) == "a" { return attribute(x, "href")?.hasPrefix("#") ?? false ? q : nil }
                    var child = x.pointee.children
                    while let y = child, y.pointee.type != XML_ELEMENT_NODE { child = y.pointee.next }
                    e = child
                    depth += 1
                }
                return nil
            }
            c = q.pointee.next
        }
        return nil
    }

    /// Text of a footnote's back link, its label when the footnote has no label attribute.
    private func footnoteBacklinkText(_ n: xmlNodePtr) -> String? {
        guard let link = leadingLink(of: n) else { return nil }
        let t = textOf(link).readerTrimmed()
        return t.isEmpty ? nil : t
    }

    /// A footnote label as the text writes it: "1." → "1".
    private func cleanLabel(_ s: String) -> String {
        var t = s.readerTrimmed()
        while t.count > 1, t.last == "." { t.removeLast() }
        return t
    }

    private func dropHash(_ s: String) -> String { s.hasPrefix("#") ? String(s.dropFirst()) : s }

    private func digits(_ s: String) -> String { String(s.filter { $0.isASCII && $0.isNumber }) }

    // MARK: libxml2 access

    func name(_ n: xmlNodePtr) -> String {
        guard let p = n.pointee.name else { return "" }
        let key = UnsafeRawPointer(p)
        if let s = names[key] { return s }
        let s = String(cString: p).lowercased()
        if names.count < 4096 { names[key] = s }
        return s
    }

    func attribute(_ n: xmlNodePtr, _ wanted: String) -> String? {
        var a = n.pointee.properties
        while let attr = a {
            if let an = attr.pointee.name, String(cString: an).lowercased() == wanted {
                var value = ""
                var c = attr.pointee.children
                while let t = c {
                    if let content = t.pointee.content { value += String(cString: content) }
                    c = t.pointee.next
                }
                return value
            }
            a = attr.pointee.next
        }
        return nil
    }

    /// The text content of a (small) subtree, entity references left out.
    func textOf(_ root: xmlNodePtr) -> String {
        var out: [UInt8] = []
        var node: xmlNodePtr? = root.pointee.children
        var depth = 1
        var budget = 4096
        while let n = node, budget > 0 {
            budget -= 1
            let type = n.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let c = n.pointee.content {
                var i = 0
                while c[i] != 0, out.count < 65536 { out.append(c[i]); i += 1 }
            }
            if type == XML_ELEMENT_NODE, let c = n.pointee.children { node = c; depth += 1; continue }
            node = nextOutsideSubtree(of: n, depth: &depth)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first element named `wanted` (case-insensitive), in document order.
    private func findElement(_ doc: xmlDocPtr, named wanted: String) -> xmlNodePtr? {
        var found: xmlNodePtr? = nil
        visitElements(doc) { n in
            if name(n) == wanted { found = n; return true }
            return false
        }
        return found
    }

    /// Visits the document's elements in document order (at most 2^20 nodes) until
    /// `visit` returns true.
    func visitElements(_ doc: xmlDocPtr, _ visit: (xmlNodePtr) -> Bool) {
        var node: xmlNodePtr? = doc.pointee.children
        var depth = 1
        var budget = 1 << 20
        while let n = node, budget > 0 {
            budget -= 1
            if n.pointee.type == XML_ELEMENT_NODE {
                if visit(n) { return }
                if let c = n.pointee.children { node = c; depth += 1; continue }
            }
            node = nextOutsideSubtree(of: n, depth: &depth)
        }
    }

    /// The METS <case> record: court, name, docket number, citations, decision date.
    private func readCaseRecord(_ meta: xmlNodePtr) {
        var c = meta.pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE {
                let text = textOf(n).readerCollapsed()
                switch name(n) {
                case "court":
                    if !text.isEmpty { hints.court = text; hints.registryCourt = text }
                    hints.courtAbbreviation = attribute(n, "abbreviation") ?? hints.courtAbbreviation
                    hints.jurisdiction = attribute(n, "jurisdiction") ?? hints.jurisdiction
                case "name":
                    if !text.isEmpty { hints.caseName = text }
                    hints.caseNameShort = attribute(n, "abbreviation") ?? hints.caseNameShort
                case "docketnumber":
                    if !text.isEmpty { metaDockets.append(text) }
                case "citation":
                    if !text.isEmpty { hints.citations.append(text) }
                case "decisiondate":
                    if !text.isEmpty { hints.decisionDateISO = text }
                default:
                    break
                }
            }
            c = n.pointee.next
        }
    }
    private var metaDockets: [String] = []

    // MARK: Hints

    /// Notes written as plain paragraphs under a dash rule, each starting with its mark
    /// ("[1] The jury …", Fastcase): footnotes, linked by label to the marks above the rule.
    private func readEndnotes(after rule: ReaderSpanRecord?) {
        guard hints.footnotes.isEmpty, let rule else { return }
        let next = hints.paragraphs.first { $0.start >= rule.end }
        guard let next, hints.footnoteMarks.contains(where: { $0.span.start == next.start }) else { return }
        var notes: [StructureHints.Footnote] = []
        var labelMarks = Set<Int>()
        for p in hints.paragraphs where p.start >= rule.end {
            if let k = hints.footnoteMarks.firstIndex(where: { $0.span.start == p.start }) {
                notes.append(StructureHints.Footnote(label: hints.footnoteMarks[k].label, span: p))
                labelMarks.insert(k)
            }
        }
        guard !notes.isEmpty else { return }
        var marks: [StructureHints.FootnoteMark] = []
        var used = Set<Int>()
        for (k, m) in hints.footnoteMarks.enumerated() where !labelMarks.contains(k) {
            var mark = m
            if m.span.start < rule.start, let f = notes.indices.first(where: { !used.contains($0) && notes[$0].label == m.label }) {
                used.insert(f)
                notes[f].markSpans.append(m.span)
                notes[f].markSpan = notes[f].markSpan ?? m.span
                mark.footnote = f
            }
            marks.append(mark)
        }
        hints.footnoteMarks = marks
        hints.footnotes = notes
        let spans = Set(notes.map(\.span))
        hints.paragraphs.removeAll { spans.contains($0) }
        if hints.opinions.count == 1 { for k in hints.footnotes.indices { hints.footnotes[k].opinion = 0 } }
    }

    private func collectHints() {
        let sink = sinks[0]
        let records = sink.records
        let pageSpans = records.compactMap { r -> Span? in
            if case .page = r.kind, r.start >= 0 { return Span(r.start, r.end) }
            return nil
        }
        // an author line's footnote mark ("JUSTICE CHAPMAN[1]") is no part of the name
        let markSpans = records.compactMap { r -> Span? in
            if case .mark = r.kind, r.start >= 0 { return Span(r.start, r.end) }
            return nil
        }
        var court: String?
        for r in records where r.start >= 0 {
            let span = Span(r.start, max(r.start, r.end))
            switch r.kind {
            case .block, .rule:
                break
            case .blockQuote:
                if span.end > span.start { hints.blockQuotes.append(span) }
            case .head(let tagged):
                let text = sink.string(span, excluding: pageSpans)
                guard !text.isEmpty else { continue }
                // New York's Fastcase files tag the decision date as two docket numbers ("Feb. 24", "2011.")
                let kind = tagged == "docketnumber" && ReaderSupport.isDatePiece(text) ? "decisiondate" : tagged
                hints.headMatter.append(StructureHints.HeadMatter(kind: kind, text: text, span: span))
                switch kind {
                case "parties": hints.parties.append(text)
                case "docketnumber": hints.docketNumbers.append(text)
                case "court": if court == nil { court = text }
                case "decisiondate": hints.decisionDate = hints.decisionDate.map { $0 + " " + text } ?? text
                case "otherdate": hints.otherDates.append(text)
                case "attorneys": hints.attorneys.append(text)
                case "judges": hints.judges.append(text)
                case "headnotes": hints.hasHeadnotes = true
                case "summary", "syllabus": hints.hasSummary = true
                default: break
                }
            case .page(let label, let reporter):
                var stars = 0
                var k = span.start
                if k < span.end, sink.bytes[k] == 0x5B { k += 1 } // "[*2]"
                while k < span.end, sink.bytes[k] == 0x2A { stars += 1; k += 1 }
                hints.pageMarkers.append(StructureHints.PageMarker(label: label, offset: span.start, span: span,
                                                                   reporter: reporter ?? max(1, stars)))
            case .mark:
                guard span.end > span.start + 1 else { continue }
                let label = sink.string(Span(span.start + 1, span.end - 1))
                let target = linked.first { $0.value.contains(span) }?.key
                hints.footnoteMarks.append(StructureHints.FootnoteMark(label: label, span: span, footnote: target))
            case .opinion(let k):
                if k < hints.opinions.count { hints.opinions[k].span = span }
            case .author(let k):
                if k < hints.opinions.count, hints.opinions[k].author == nil {
                    let text = sink.string(span, excluding: pageSpans + markSpans).trimmedWhitespace()
                    if !text.isEmpty {
                        hints.opinions[k].author = text
                        hints.opinions[k].authorSpan = span
                    }
                }
            }
        }
        if let court { hints.court = court }
        if hints.docketNumbers.isEmpty { hints.docketNumbers = metaDockets }
        // paragraphs: the blank-line separated blocks of the text (text between block
        // elements, which a browser shows as a block of its own, included)
        hints.paragraphs = ReaderSupport.paragraphs(sink.bytes, outside: hints.footnotes.map(\.span))
        // the first rule that has notes under it
        for rule in records where rule.kind == .rule {
            readEndnotes(after: rule)
            if !hints.footnotes.isEmpty { break }
        }
        hints.pageMarkers.sort { $0.offset < $1.offset }
        hints.footnoteMarks.sort { $0.span.start < $1.span.start }
    }
}

/// The next node in document order after the subtree of `n` (its next sibling, or the
/// next sibling of the nearest ancestor that has one), keeping `depth` — the number of
/// levels below the walk's root — up to date; nil when the walk leaves its root.
func nextOutsideSubtree(of n: UnsafeMutablePointer<xmlNode>, depth: inout Int) -> UnsafeMutablePointer<xmlNode>? {
    var at = n
    while depth > 0 {
        if let next = at.pointee.next { return next }
        guard let p = at.pointee.parent else { break }
        depth -= 1
        at = p
    }
    return nil
}
