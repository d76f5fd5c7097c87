// AkomaNtosoExport: `--format akn`, the opinion as an OASIS Akoma Ntoso 3.0
// `judgment` (schema in Grammars/akn/, provenance in Grammars/akn/PROVENANCE.md).
//
// Mapping (formats.md §1d):
// - meta: FRBR identification (work / expression / manifestation URIs built
//   from court, decision date and docket) and TLC references for the court,
//   the parties, their roles and the judge;
// - header: docket number, parties (`party@refersTo@as`), court, document
//   title, decision date and judge, one `<p>` each;
// - judgmentBody: paragraphs before the first heading form `introduction`;
//   each top-level section goes into a judgment block chosen from its heading
//   ("BACKGROUND" → background, "CONCLUSION" → decision, …, else motivation —
//   US opinions rarely label these parts, so this is a heuristic), with
//   `section`/`num`/`heading` nesting as in the opinion;
// - citations: `<ref href=…>` inline where they stand (outermost cite only: a
//   `ref` cannot usefully hold another), href the authority URI shared by
//   every citation of one authority;
// - footnotes: `<authorialNote marker=… placement="bottom">` at their marker,
//   holding the footnote text with its own refs;
// - signature: `conclusions`.
// Text is whitespace-collapsed (AKN paragraphs are not line-broken text); the
// original spans are not carried — the pincite/1 JSON and XML do that.

extension Document {
    /// The AKN namespace.
    static let aknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    /// The opinion as an Akoma Ntoso 3.0 judgment (UTF-8, always well-formed).
    public func akomaNtosoBytes() -> [UInt8] { XMLOut.bytes(writeAkomaNtoso) }

    /// Writes the same bytes as `akomaNtosoBytes()` to `sink` in chunks.
    public func writeAkomaNtoso(to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        let x = XMLOut(sink: sink)
        writeAkomaNtoso(x)
        x.finish()
    }

    private func writeAkomaNtoso(_ x: XMLOut) {
        let plan = AKNPlan(self)
        x.start("akomaNtoso", namespace: Self.aknNamespace)
        x.start("judgment")
        x.attr("name", "judgment")
        writeAKNMeta(x, plan)
        writeAKNHeader(x, plan)
        writeAKNBody(x, plan)
        if let s = tree.signature {
            x.start("conclusions")
            x.attr("eId", "conclusions")
            writeAKNParagraph(x, s, plan: plan, eId: "conclusions__p_1")
            x.end()
        }
        x.end()
        x.end()
    }

    // MARK: meta

    private func writeAKNMeta(_ x: XMLOut, _ plan: AKNPlan) {
        let c = tree.caption
        let date = c.date ?? c.filedStamp?.filed
        let isoDate = date.flatMap { $0.count == 10 ? $0 : nil } ?? "0001-01-01"
        let court = AKNPlan.slug(c.district ?? c.court ?? "court")
        let number = AKNPlan.slug(c.docket ?? c.filedStamp?.caseNumber ?? String(originalSHA256.prefix(12)))
        let work = "/akn/us/judgment/\(court)/\(isoDate)/\(number)"
        x.start("meta")
        x.start("identification")
        x.attr("source", "#pincite")
        for (level, this, uri) in [("FRBRWork", work + "/main", work),
                                   ("FRBRExpression", work + "/eng@/main", work + "/eng@"),
                                   ("FRBRManifestation", work + "/eng@/main.xml", work + "/eng@.akn")] {
            x.start(level)
            x.start("FRBRthis"); x.attr("value", this); x.end()
            x.start("FRBRuri"); x.attr("value", uri); x.end()
            x.start("FRBRdate"); x.attr("date", isoDate); x.attr("name", date == nil ? "unknown" : "decision"); x.end()
            x.start("FRBRauthor"); x.attr("href", level == "FRBRManifestation" ? "#pincite" : "#court"); x.end()
            if level == "FRBRWork" { x.start("FRBRcountry"); x.attr("value", "us"); x.end() }
            if level == "FRBRExpression" { x.start("FRBRlanguage"); x.attr("language", "eng"); x.end() }
            x.end()
        }
        x.end()
        x.start("references")
        x.attr("source", "#pincite")
        tlc(x, "TLCOrganization", "pincite", "/ontology/organization/pincite", "Pincite")
        tlc(x, "TLCOrganization", "court", "/ontology/organization/us/\(court)",
            [c.court, c.district].compactMap { $0 }.joined(separator: ", ").nonEmpty ?? "Court")
        for (i, p) in plan.parties.enumerated() {
            tlc(x, "TLCPerson", "party_\(i + 1)", "/ontology/person/\(AKNPlan.slug(p.name))", p.name)
        }
        tlc(x, "TLCRole", "plaintiff", "/ontology/role/plaintiff", "Plaintiff")
        tlc(x, "TLCRole", "defendant", "/ontology/role/defendant", "Defendant")
        if let j = c.judge { tlc(x, "TLCPerson", "judge", "/ontology/person/\(AKNPlan.slug(j))", j) }
        x.end()
        x.end()
    }

    private func tlc(_ x: XMLOut, _ element: String, _ eId: String, _ href: String, _ showAs: String) {
        x.start(element)
        x.attr("eId", eId)
        x.attr("href", href)
        x.attr("showAs", showAs)
        x.end()
    }

    // MARK: header

    private func writeAKNHeader(_ x: XMLOut, _ plan: AKNPlan) {
        let c = tree.caption
        x.start("header")
        var wrote = false
        func p(_ body: () -> Void) { x.start("p"); body(); x.end(); wrote = true }
        if let court = [c.court, c.district].compactMap({ $0 }).joined(separator: ", ").nonEmpty {
            p { x.start("courtType"); x.attr("refersTo", "#court"); x.text(court); x.end() }
        }
        let parties = AKNPlan.parties(c)
        if !parties.isEmpty {
            p {
                for (i, party) in parties.enumerated() {
                    if i > 0 { x.text(parties[i - 1].role == party.role ? "; " : " v. ") }
                    x.start("party")
                    x.attr("refersTo", "#party_\(i + 1)")
                    x.attr("as", "#\(party.role)")
                    x.text(party.name)
                    x.end()
                }
                if c.etAl { x.text(", et al.") }
            }
        }
        if let d = c.docket { p { x.start("docketNumber"); x.text(d); x.end() } }
        if let t = c.documentTitle { p { x.start("docType"); x.text(t); x.end() } }
        if let d = c.date ?? c.filedStamp?.filed, d.count == 10 {
            p { x.start("docDate"); x.attr("date", d); x.text(d); x.end() }
        }
        if let j = c.judge {
            p {
                x.start("judge"); x.attr("refersTo", "#judge"); x.text(j); x.end()
                if let t = c.judgeTitle { x.text(", " + t) }
            }
        }
        // caption text that holds citations no body paragraph has ("2d Dept.: 102 A.D.3d 885")
        if let span = c.span, plan.captionHasOwnCitations {
            writeAKNParagraph(x, span, plan: plan, eId: "caption", cssClass: "caption")
            wrote = true
        }
        if !wrote { p { x.text(name) } }
        x.end()
    }

    // MARK: body

    private func writeAKNBody(_ x: XMLOut, _ plan: AKNPlan) {
        x.start("judgmentBody")
        var blockCount: [String: Int] = [:]
        for group in plan.groups {
            blockCount[group.block, default: 0] += 1
            let eId = "\(group.block)_\(blockCount[group.block]!)"
            x.start(group.block)
            x.attr("eId", eId)
            for item in group.items {
                switch item {
                case .paragraph(let k): writeAKNParagraph(x, plan.paragraphs[k].span, plan: plan, eId: "para_\(k + 1)", blockQuote: plan.paragraphs[k].quote)
                case .section(let s): writeAKNSection(x, s, plan)
                }
            }
            x.end()
        }
        x.end()
    }

    private func writeAKNSection(_ x: XMLOut, _ s: Int, _ plan: AKNPlan) {
        let sec = tree.sections[s]
        x.start("section")
        x.attr("eId", "sec_\(s + 1)")
        if let n = sec.number { x.element("num", n + ".") }
        // a division with only a number ("A.", a run-in "1.") has no heading
        if !sec.heading.isEmpty { writeAKNHeading(x, sec, plan) }
        let paras = plan.paragraphsOf[s] ?? []
        let children = plan.childrenOf[s] ?? []
        if children.isEmpty {
            x.start("content")
            if paras.isEmpty { x.start("p"); x.end() }
            for k in paras { writeAKNParagraph(x, plan.paragraphs[k].span, plan: plan, eId: "para_\(k + 1)", blockQuote: plan.paragraphs[k].quote) }
            x.end()
        } else {
            if !paras.isEmpty {
                x.start("intro")
                for k in paras { writeAKNParagraph(x, plan.paragraphs[k].span, plan: plan, eId: "para_\(k + 1)", blockQuote: plan.paragraphs[k].quote) }
                x.end()
            }
            for c in children { writeAKNSection(x, c, plan) }
        }
        x.end()
    }

    /// A section's `<heading>`, with a `<ref>` for each citation it holds ("A. ECF No. 133",
    /// "B. 42 U.S.C. § 1983"): the heading is written from its tidied title, so each
    /// citation's text is found in it.
    private func writeAKNHeading(_ x: XMLOut, _ sec: Section, _ plan: AKNPlan) {
        let cites = plan.citations(startingIn: sec.span).filter { citations[$0].span.end <= sec.span.end && citations[$0].span.start < citations[$0].span.end }
        guard !cites.isEmpty else { x.element("heading", sec.heading); return }
        x.start("heading")
        var rest = Substring(sec.heading)
        var after = 0  // (a citation inside one already written is part of its ref)
        for i in cites where citations[i].span.start >= after {
            let c = citations[i]
            let t = collapsedText(c.span)
            guard let r = rest.range(of: t) else { continue }
            x.text(String(rest[..<r.lowerBound]))
            x.start("ref")
            if plan.written.ids.insert(c.id).inserted { x.attr("eId", "ref_\(c.id)") }
            x.attr("class", c.kind.rawValue)
            x.attr("href", AKNPlan.href(c))
            x.text(t)
            x.end()
            rest = rest[r.upperBound...]
            after = c.span.end
        }
        x.text(String(rest))
        x.end()
    }

    /// One `<p>`: the collapsed text of `span` with refs and footnotes inline.
    private func writeAKNParagraph(_ x: XMLOut, _ span: Span, plan: AKNPlan, eId: String, blockQuote: Bool = false,
                                   cssClass: String? = nil) {
        x.start("p")
        x.attr("eId", eId)
        x.attr("class", blockQuote ? "blockquote" : cssClass)
        var text = AKNText(self, x)
        text.write(span, plan: plan, notes: true)
        // footnotes whose marker was not found in any paragraph go after the last one
        if eId == plan.lastParagraphEId {
            for f in plan.unplacedNotes { text.note(f, plan: plan) }
        }
        text.finish()
        x.end()
    }
}

extension String {
    /// nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
