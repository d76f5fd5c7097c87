import Foundation

// The public entry point: bytes in, `Document` out. Runs the pipeline stages in
// order — Source (plain text, or HTML / CAP XML / CAP JSON through the readers)
// → Lexer → Layout → Parser → Resolver, then the opinion tree — each a pure
// function of the one before (DESIGN.md). Text never makes this fail; problems
// become diagnostics on the document.

/// Pincite's library interface.
public enum Pincite {
    /// The JSON schema identifier of the documents Pincite writes.
    public static let schema = "pincite/1"
    /// Library version.
    public static let version = "0.1.0"

    /// Parses one opinion.
    /// - Parameters:
    ///   - bytes: the input exactly as read (any encoding; see `SourceText`).
    ///   - name: a name for the input, echoed in the output ("-" for stdin).
    ///   - format: the input format; nil detects it from the content.
    ///   - structure: build the opinion tree (caption, sections, paragraphs, head matter …)
    ///     and read footnotes after the paragraph they interrupt. `false` gives the
    ///     citations with their pages and footnotes only, faster.
    ///   - bluebook: the Bluebook check to run on the citations (21st ed. by
    ///     default); nil leaves `checks` empty and `verdict` nil.
    ///   - limits: the size and depth bounds (see `Limits`); a bound that is hit
    ///     leaves a diagnostic and the rest of the document is still parsed.
    /// - Returns: the parsed document; never throws.
    public static func parse(bytes input: [UInt8], name: String = "-", format: InputFormat? = nil, structure: Bool = true,
                             bluebook: CheckOptions? = CheckOptions(), limits: Limits = Limits()) -> Document {
        var diagnostics: [String] = []
        // an oversized input is cut, not refused: its first part is still a document
        let cut = limits.cutPoint(input)
        let bytes = cut < input.count ? Array(input[..<cut]) : input
        if cut < input.count {
            diagnostics.append("input is \(input.count) bytes, over the limit of \(limits.maxDocumentBytes): only the first \(cut) bytes were parsed")
        }
        let format = format ?? FormatReader.detect(bytes)
        // markup and JSON become a working text with an offset map back into the markup
        let read: ReaderOutput? = format == .text ? nil : FormatReader.read(bytes, as: format)
        let source = read.map { SourceText($0, original: bytes) } ?? SourceText(bytes: bytes)
        let tokens = Lexer.tokenize(source.text)
        let lines = TextLines.scan(source.text)
        var layout = PageLayout.detect(text: source.text, tokens: tokens, lines: lines)
        // the opinion's own reporter cites above its caption are the publisher's, not citations
        let ownCitations = OwnCitations.find(text: source.text, tokens: tokens, lines: lines)
        if !ownCitations.isEmpty {
            // (a running header the layout already took for furniture is not added twice)
            // (by binary search: a slip opinion's "Cite as:" header on each of thousands of pages
            // was quadratic)
            let furniture = SpanReach(layout.furniture)
            let new = ownCitations.map(\.span).filter { !furniture.reaches(beyond: $0.start, startingAtOrBefore: $0.end - 1) }
            layout.furniture = (layout.furniture + new).sorted { $0.start < $1.start }
        }
        if let h = read?.hints {
            // the markup knows its page numbers and footnotes better than the text heuristics
            var stars = h.pageMarkers.filter { $0.reporter == 1 }.compactMap { m in Int(m.label).map { (offset: m.offset, page: $0) } }
            // the text before the first marker is on the case's first page when that marker
            // opens the second (CAP's firstpage="101" before "*102"; a one-page case has no
            // marker at all). Headnote pages CAP left out may lie between them ("*955" first in
            // a case of firstpage="953"): the caption still stands on the first page. A first
            // marker that labels the first page itself (New York's "*484" after the head of 945
            // N.E.2d 484) leaves the head on that page: the case has no page before it
            if let first = h.firstPage.flatMap({ Int($0.trimmedWhitespace()) }), first > 0,
               stars.first.map({ $0.page >= first && $0.page <= first + 4 && $0.offset > 0 })
                ?? (h.lastPage.flatMap({ Int($0.trimmedWhitespace()) }).map { $0 == first } ?? false) {
                stars.insert((offset: 0, page: first), at: 0)
            }
            if !stars.isEmpty {
                stars = source.text.withUnsafeBufferPointer { PageLayout.withBracketedPages(stars, text: $0) }
                layout.starPages = Self.markupPageSeries(stars)
            }
            if !h.footnotes.isEmpty {
                layout.footnotes = h.footnotes.map { (label: $0.label, span: $0.span) }.sorted { $0.span.start < $1.span.start }
            }
        }
        // the opinion tree first: its paragraphs tell the reading order where a
        // footnote interrupts one
        var tree = OpinionTree()
        if structure {
            tree = StructureParser.parse(text: source.text, lines: lines, layout: layout)
            if let h = read?.hints { apply(h, to: &tree, layout: layout, text: source.text) }
        }
        for cite in ownCitations.flatMap(\.cites) where !tree.caption.reporterCitations.contains(cite) {
            tree.caption.reporterCitations.append(cite)  // Westlaw prints the cite twice: in its title line and alone
        }
        var flow = TextFlow.build(tokens: tokens, layout: layout, paragraphs: tree.paragraphs, markers: tree.noteMarkers)
        if let h = read?.hints {
            // the case's own citation and docket number in its head matter are not citations
            let own = h.headMatter.filter { $0.kind == "citation" || $0.kind == "docketnumber" }
            flow.leaveOut(own.map(\.span))
            for c in own where c.kind == "citation" {
                let cite = c.text.trimmed(" ()[].;,")
                if !cite.isEmpty, !tree.caption.reporterCitations.contains(cite) { tree.caption.reporterCitations.append(cite) }
            }
        }
        var depthLimitHits = 0
        var citations: [Citation] = source.text.withUnsafeBufferPointer { buf in
            flow.droppedHyphens = Dehyphenation.droppedHyphens(text: buf, tokens: tokens)
            flow.noteMarks = Set(tree.footnotes.compactMap { $0.markerSpan?.start })
            var parser = Parser(text: buf, tokens: flow.tokens, tables: ReferenceTables.shared)
            parser.blankLinesSeparateParagraphs = !layout.doubleSpaced
            parser.flow = flow
            parser.maxDepth = limits.maxParentheticalDepth
            for run in flow.runs { parser.parseCitations(from: run.lowerBound, to: run.upperBound) }
            parser.nameCitesFromProse()
            parser.attachRulePublications()
            depthLimitHits = parser.depthLimitHits
            return parser.citations
        }
        // a note that is only a cite takes the name the text gives at its mark
        let markedNotes = tree.footnotes.compactMap { f in f.markerSpan.map { (span: f.span, mark: $0.start) } }.sorted { $0.span.start < $1.span.start }
        if !markedNotes.isEmpty, citations.contains(where: { $0.kind == .fullCase && $0.caseName == nil }) {
            source.text.withUnsafeBufferPointer { buf in
                var namer = Parser(text: buf, tokens: tokens, tables: ReferenceTables.shared)
                namer.blankLinesSeparateParagraphs = !layout.doubleSpaced
                namer.citations = citations
                namer.nameNoteCitesFromMarks(notes: markedNotes)
                citations = namer.citations
            }
        }
        // the page list of star-paged text, made after the tree and the reading order,
        // which treat star pages as markers inside the text, not as page breaks
        layout.addPagesFromStarPages(textCount: source.text.count)
        let sectionStarts = tree.sections.map(\.span.start)
        let paragraphStarts = tree.paragraphs.map(\.span.start)
        let noteStarts = tree.footnotes.map(\.span.start)  // in text order
        // a note collected after the opinion is printed on the page of its marker
        // (the marker's page again now that the page list is made: a marker before the first page
        // label stands on the page before it)
        if !layout.starPages.isEmpty {
            for n in tree.footnotes.indices {
                if tree.footnotes[n].markerPage == nil, let m = tree.footnotes[n].markerSpan { tree.footnotes[n].markerPage = layout.page(at: m.start) }
                if let mp = tree.footnotes[n].markerPage { tree.footnotes[n].page = mp }
            }
        }
        // where each citation is read: a cite in a note at the note's marker
        var readingPositions = citations.map(\.span.start)
        for i in citations.indices {
            // one write of the location: it is packed into the citation's cold storage
            let start = citations[i].span.start
            var location = citations[i].location
            location.page = layout.page(at: start)
            location.footnote = layout.footnote(at: start)
            // star-paged text and web exports ("[1] …" under "Notes:") collect the notes after
            // the opinion; a note is printed on the page of its marker
            if location.footnote != nil, let n = Pincite.lastIndex(in: noteStarts, atOrBefore: start), start < tree.footnotes[n].span.end,
               let marker = tree.footnotes[n].markerSpan?.start {
                readingPositions[i] = marker
            }
            if location.footnote != nil, let n = Pincite.lastIndex(in: noteStarts, atOrBefore: start),
               start < tree.footnotes[n].span.end, let mp = tree.footnotes[n].markerPage,
               !layout.starPages.isEmpty || source.text[tree.footnotes[n].span.start] == 0x5B {
                // (also after a page label inside the note, "… be*760cause …": the team's golds
                // give a note's cites the page of its marker)
                location.page = mp
            }
            // a note belongs to the section of its marker, wherever its text is collected
            location.section = sectionStarts.isEmpty ? nil : Pincite.lastIndex(in: sectionStarts, atOrBefore: readingPositions[i])
            if let p = Pincite.lastIndex(in: paragraphStarts, atOrBefore: start), tree.paragraphs[p].span.end >= start {
                location.paragraph = p
            }
            citations[i].location = location
        }
        Resolver.resolve(&citations, defaultCode: DefaultCode.declared(in: source.text), readingPositions: readingPositions,
                         blockQuotes: tree.blockQuotes.map(\.span).sorted { $0.start < $1.start })
        if let options = bluebook { BluebookChecker.check(&citations, text: source.text, options: options) }
        if depthLimitHits > 0 {
            diagnostics.append("parentheticals nested deeper than \(limits.maxParentheticalDepth) (\(depthLimitHits)×): citations inside them may be missing")
        }
        if bytes.isEmpty { diagnostics.append("empty input") }
        if let read = read {
            diagnostics += read.diagnostics
        } else {
            if source.encoding == .windows1252 { diagnostics.append("input is not valid UTF-8; decoded as Windows-1252") }
            if looksBinary(bytes) { diagnostics.append("input looks like binary data, not text; parsed best-effort") }
        }
        var doc = Document(name: name, source: source, tokens: tokens, citations: citations, layout: layout, tree: tree,
                           diagnostics: diagnostics)
        doc.format = format
        doc.flow = flow
        return doc
    }

    /// Structure read from markup (CAP casebody, HTML) replaces the text heuristics where present.
    static func apply(_ h: StructureHints, to tree: inout OpinionTree, layout: PageLayout, text: [UInt8]) {
        // head matter (attorneys "J. D. MacFarlane, …", the court line) and author lines
        // ("JUSTICE LEE") the text heuristics took for headings are not sections
        let headSpans = h.headMatter.map(\.span) + h.opinions.compactMap(\.authorSpan)
        if !headSpans.isEmpty, !tree.sections.isEmpty {
            // (a section starts inside a span: by binary search, as a scan of all spans for every
            // section was quadratic in a casebody of thousands of opinions)
            let head = SpanReach(headSpans, minimumLength: 1)
            tree.removeSections { head.reaches(beyond: $0.span.start, startingAtOrBefore: $0.span.start) }
        }
        if !h.paragraphs.isEmpty {
            // a paragraph the page break split ("…read white supremacist materials;" ⏎ "*400 the
            // later post …") is one paragraph, as the text heuristics read it
            var joined: [Span] = []
            let headings = Set(tree.sections.map(\.span.start))
            text.withUnsafeBufferPointer { p in
                for span in h.paragraphs {
                    if let last = joined.last, !headings.contains(last.start), !headings.contains(span.start),
                       layout.continuesOverPageBreak(p, start: span.start, previous: last) {
                        joined[joined.count - 1].end = span.end
                    } else {
                        joined.append(span)
                    }
                }
            }
            tree.paragraphs = joined.map { Paragraph(span: $0, page: layout.page(at: $0.start), section: tree.section(at: $0.start)) }
        }
        if !h.blockQuotes.isEmpty {
            tree.blockQuotes = h.blockQuotes.map { BlockQuote(span: $0, page: layout.page(at: $0.start)) }
            // a numbered line of a quoted document ("6. Belmont-Mt. Holly Road in Gaston County …"
            // in an affidavit the opinion quotes) heads no part of the opinion
            let quoted = SpanReach(h.blockQuotes)
            tree.removeSections { quoted.reaches(beyond: $0.span.start, startingAtOrBefore: $0.span.start) }
        }
        if !h.footnotes.isEmpty {
            tree.footnotes = h.footnotes.map {
                Footnote(label: $0.label, span: $0.span, markerSpan: $0.markSpan, page: layout.page(at: $0.span.start),
                         markerPage: $0.markSpan.flatMap { layout.page(at: $0.start) })
            }
        }
        // (an author tagged with the colon of its line, "Trussell :", loses it)
        if !h.opinions.isEmpty { tree.opinions = h.opinions.map { OpinionPart(type: $0.normalizedType, author: $0.author?.trimmed(" :"), span: $0.span) } }
        if !h.headMatter.isEmpty { tree.headMatter = h.headMatter.map { HeadMatterBlock(kind: $0.kind, span: $0.span) } }
        // markup states them as printed: "District of Columbia Court of Appeals.", "No. 12–CF–1657."
        if let court = h.court {
            let c = court.trimmed(".").trimmedWhitespace()
            // CAP tags Illinois's "Third District" line as the court: it is the district
            if c == tree.caption.district { if tree.caption.court == c { tree.caption.court = nil } } else { tree.caption.court = c }
            // (a district the court's name now ends with: "United States Court of Appeals, Ninth
            // Circuit" tagged whole, "Ninth Circuit." read from its second line)
            if let d = tree.caption.district, c != d, c.hasSuffix(d.trimmed(" .,")) { tree.caption.district = nil }
            // the head matter's court line may be a district, a county or the bench ("Fifth
            // District", "Division Three.", "Suffolk.", "En Banc."): the metadata names the court
            if let registry = h.registryCourt?.trimmed(".").trimmedWhitespace(), !registry.isEmpty,
               tree.caption.court.map({ !Self.namesACourt($0) }) ?? true {
                if let d = tree.caption.court, tree.caption.district == nil, Self.namesADistrict(d) { tree.caption.district = d }
                tree.caption.court = registry
            }
        }
        // (a docket number has a digit: publishers' markup also tags party lines so)
        // (consolidated appeals tag one per case: all of them, as for text)
        let dockets = h.docketNumbers.filter { $0.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }.map(StructureContext.bareDocket)
        if !dockets.isEmpty { tree.caption.docket = dockets.joined(separator: ", ") }
        if let date = h.decisionDateISO { tree.caption.date = date }
        // (the text's author line may have named the judge already: "JUSTICE SCHMIDT" gives
        // SCHMIDT, and the markup's author still gives the title)
        if tree.caption.judge == nil || tree.caption.judgeTitle == nil, var author = h.opinions.first?.author?.trimmed(" :"),
           tree.caption.judge == nil || author.hasSuffix(tree.caption.judge!) {
            // "¶ 1 VERGERONT, J." (Wisconsin numbers the line), "Opinion of the Court by FOLEY, J."
            if author.hasPrefix("¶"), let space = author.dropFirst().drop(while: { $0 == " " }).firstIndex(of: " ") {
                author = String(author[space...]).trimmedWhitespace()
            }
            if author.hasPrefix("Opinion of the Court by ") { author = String(author.dropFirst(24)) }
            // the nineteenth century's "Mr. Justice Miller"
            for honorific in ["Mr. ", "MR. "] where author.hasPrefix(honorific) { author = String(author.dropFirst(honorific.count)) }
            // "JUSTICE CHAPMAN" → CHAPMAN, with the title apart
            if let title = StructureContext.judgeTitlesBeforeName.first(where: { author.hasPrefix($0) }), author.count > title.count {
                tree.caption.judge = String(author.dropFirst(title.count))
                if tree.caption.judgeTitle == nil { tree.caption.judgeTitle = title.trimmedWhitespace() }
            } else if let comma = author.range(of: ", ", options: .backwards),
                      let title = StructureContext.judgeTitlesAfterName.first(where: { author[comma.upperBound...] == $0 }) {
                // "WAUTERS, J.S.C." → WAUTERS, with the title apart
                tree.caption.judge = String(author[..<comma.lowerBound])
                if tree.caption.judgeTitle == nil { tree.caption.judgeTitle = title }
            } else {
                tree.caption.judge = author
            }
        }
        // (an author tagged with the colon of its line, "Trussell :", loses it)
        if let j = tree.caption.judge, j.hasSuffix(":") { tree.caption.judge = j.trimmed(" :") }
        // "Bernard WEST, Appellant, v. UNITED STATES, Appellee." — the markup's parties block
        if tree.caption.plaintiffs.isEmpty, let block = h.parties.first {
            // (Massachusetts writes "Commonwealth vs. Willie Furr.")
            var sides = block.components(separatedBy: " v. ")
            if sides.count == 1 { sides = block.components(separatedBy: " vs. ") }
            let roles = [", Appellant", ", Appellee", ", Plaintiff", ", Defendant", ", Respondent", ", Petitioner"]
            let clean: (String) -> String = { s in
                var t = s.trimmingCharacters(in: .whitespacesAndNewlines)
                for role in roles {
                    if let r = t.range(of: role) { t = String(t[..<r.lowerBound]) }
                }
                return t.trimmingCharacters(in: CharacterSet(charactersIn: " ,."))
            }
            // consolidated cases list a pair each ("Thomas W. Pierce, Appellant, v. The United
            // States, Appellees. Dover Five Cents' Savings-Bank, Appellant, v. The Same, …"):
            // the first pair names the case, when a role ends its defendant
            let roleEndsDefendant = sides.count > 2 && roles.contains { sides[1].contains($0) }
            if sides.count == 2 || roleEndsDefendant {
                tree.caption.plaintiffs = [clean(sides[0])]
                tree.caption.defendants = [clean(sides[1])]
            }
        }
    }

    /// Whether a head-matter line names a court, board or tribunal (not only its district).
    static func namesACourt(_ s: String) -> Bool {
        let u = s.uppercased()
        return ["COURT", "BOARD", "COMMISSION", "TRIBUNAL", "APPEALS", "JUDICIAL", "AGENCY"].contains { u.contains($0) }
    }

    /// Whether a head-matter line names a district or division of a court.
    static func namesADistrict(_ s: String) -> Bool {
        let u = s.uppercased()
        return ["DISTRICT", "DIVISION", "DEPARTMENT", "CIRCUIT"].contains { u.contains($0) }
    }

    /// The page markers of the markup's first reporter. Some exports tag two reporters'
    /// interleaved markers alike ("*443 … *438 *444 *445 *439"); when the labels go back,
    /// the main series is told apart as in star-paged text.
    static func markupPageSeries(_ stars: [(offset: Int, page: Int)]) -> [(offset: Int, page: Int)] {
        let goesBack = zip(stars, stars.dropFirst()).contains { $1.page < $0.page }
        guard goesBack else { return stars }
        return PageLayout.mainStarSeries(stars.map { StarMarker(offset: $0.offset, page: $0.page, stars: 1, span: Span($0.offset, $0.offset)) })
    }

    /// The index of the last element of sorted `starts` that is ≤ `offset`.
    static func lastIndex(in starts: [Int], atOrBefore offset: Int) -> Int? {
        var lo = 0, hi = starts.count - 1, best: Int? = nil
        while lo <= hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { best = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return best
    }

    /// Heuristic: many control bytes in the first 4 KiB.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        guard !head.isEmpty else { return false }
        var control = 0
        for b in head where b < 0x09 || (b > 0x0D && b < 0x20) { control += 1 }
        return control * 10 > head.count
    }
}
