// Fastcase's vendor XML: a <Case> record whose fields are metadata (ShortName,
// Jurisdiction/CourtName, DocketNumbers, Citations, DecisionDate as MM-DD-YYYY,
// Author, PartyHeader, LawyerHeader) and whose opinion is HTML escaped into
// <HeaderHtml> and <CaseHtml>. The two HTML fields are read with the HTML reader;
// their offsets are mapped through the XML text (entities included) to the file.
// Fastcase marks pages with paragraphs "[100 A.3d 1080]" (written "*1080") and
// footnotes with <sup><a href="#fr1" name="fn1">1</a></sup> (written "[1]").

import CLibXML2

extension MarkupRenderer {
    /// Fastcase's vendor XML (`<Case>` with metadata fields and the opinion as escaped
    /// HTML in `<HeaderHtml>` and `<CaseHtml>`): the two HTML fields are read as HTML,
    /// their offsets mapped through the XML text back to the file; the fields give
    /// the metadata. Returns nil for other XML.
    func fastcase(_ root: xmlNodePtr) -> ReaderOutput? {
        guard name(root) == "case" else { return nil }
        var fields: [String: xmlNodePtr] = [:]
        var c = root.pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE, fields[name(n)] == nil { fields[name(n)] = n }
            c = n.pointee.next
        }
        guard fields["casehtml"] != nil || fields["headerhtml"] != nil else { return nil }
        var out = ReaderOutput(format: .capXML)
        for key in ["headerhtml", "casehtml"] {
            guard let node = fields[key] else { continue }
            let (bytes, map) = locatedText(node)
            guard !bytes.isEmpty else { continue }
            var part = MarkupReader.readUTF8(bytes, mode: .html)
            ReaderSupport.compose(&part.offsets, through: map, end: locator.here)
            // the embedded HTML is always sloppy (unclosed <p>, stray </b>): its parse errors are no news
            part.diagnostics = part.diagnostics.filter { !$0.hasPrefix("HTML has errors") }
                .map { "Fastcase \(key == "casehtml" ? "CaseHtml" : "HeaderHtml"): " + $0 }
            ReaderSupport.append(part, to: &out)
        }
        func field(_ k: String) -> String? {
            guard let n = fields[k] else { return nil }
            var t = textOf(n)
            if t.contains("<") { t = ReaderSupport.plainText(ofHTML: t) }
            t = t.readerCollapsed()
            return t.isEmpty ? nil : t
        }
        var h = out.hints
        h.caseNameShort = field("shortname")
        if let party = field("partyheader") { h.parties = [party] }
        if let lawyers = field("lawyerheader") { h.attorneys = [lawyers] }
        if let author = field("author"), h.opinions.isEmpty {
            h.opinions = [StructureHints.Opinion(type: "majority", author: author, span: ReaderSupport.whole(out.text))]
        }
        if h.opinions.count == 1 { for k in h.footnotes.indices { h.footnotes[k].opinion = 0 } }
        if let date = field("decisiondate") {
            // MM-DD-YYYY
            let parts = date.split(separator: "-")
            if parts.count == 3, parts[2].count == 4, let m = Int(parts[0]), let d = Int(parts[1]) {
                h.decisionDateISO = "\(parts[2])-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
            }
            else { h.decisionDateISO = date }
        }
        if let j = fields["jurisdiction"] {
            var k = j.pointee.children
            while let n = k {
                if n.pointee.type == XML_ELEMENT_NODE {
                    let t = textOf(n).readerCollapsed()
                    if !t.isEmpty {
                        if name(n) == "courtname" { h.court = t }
                        if name(n) == "courtabbreviation" { h.courtAbbreviation = t }
                    }
                }
                k = n.pointee.next
            }
        }
        for (list, child) in [("docketnumbers", "docketnumber"), ("citations", "citation")] {
            guard let l = fields[list] else { continue }
            var k = l.pointee.children
            var values: [String] = []
            while let n = k {
                if n.pointee.type == XML_ELEMENT_NODE, name(n) == child {
                    if child == "citation" {
                        var parts: [String] = []
                        var q = n.pointee.children
                        while let e = q {
                            if e.pointee.type == XML_ELEMENT_NODE { parts.append(textOf(e).readerCollapsed()) }
                            q = e.pointee.next
                        }
                        let cite = parts.filter { !$0.isEmpty }.joined(separator: " ")
                        if !cite.isEmpty { values.append(cite) }
                    } else {
                        let t = textOf(n).readerCollapsed()
                        if !t.isEmpty { values.append(t) }
                    }
                }
                k = n.pointee.next
            }
            if list == "citations" { h.citations = values } else if !values.isEmpty, h.docketNumbers.isEmpty { h.docketNumbers = values }
        }
        out.hints = h
        if locator.approximated > 0 {
            out.diagnostics.append("\(locator.approximated) text node(s) could not be matched to the original bytes; their offsets are approximate")
        }
        return out
    }

    /// The decoded text of a subtree's text nodes, each byte with its source offset.
    /// Elements inside (Fastcase leaves some `<A>` anchors unescaped in `<CaseHtml>`)
    /// are written back as tags, so that the HTML reader sees them.
    func locatedText(_ root: xmlNodePtr) -> ([UInt8], [Int32]) {
        var bytes: [UInt8] = []
        var map: [Int32] = []
        func tag(_ s: String) {
            let o = locator.here
            for b in s.utf8 { bytes.append(b); map.append(o) }
        }
        func startTag(_ n: xmlNodePtr) -> String {
            var t = "<" + name(n)
            var a = n.pointee.properties
            while let attr = a {
                if let an = attr.pointee.name {
                    var value = ""
                    var c = attr.pointee.children
                    while let v = c { if let content = v.pointee.content { value += String(cString: content) }; c = v.pointee.next }
                    value = value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
                    t += " " + String(cString: an) + "=\"" + value + "\""
                }
                a = attr.pointee.next
            }
            return t + ">"
        }
        var stack: [xmlNodePtr] = []
        var node: xmlNodePtr? = root.pointee.children
        while let n = node {
            let type = n.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                withContent(n) { buf in
                    locator.locate(buf, raw: false, cdata: type == XML_CDATA_SECTION_NODE, line: xmlGetLineNo(n), into: &map)
                    bytes.append(contentsOf: buf)
                }
            } else if type == XML_ENTITY_REF_NODE {
                skippedEntities += 1
                if let nm = n.pointee.name { locator.skipEntityReference(String(cString: nm)) }
            } else if type == XML_ELEMENT_NODE {
                tag(startTag(n))
                if let c = n.pointee.children { stack.append(n); node = c; continue }
                tag("</" + name(n) + ">")
            }
            var at = n
            node = nil
            while true {
                if let next = at.pointee.next { node = next; break }
                guard let parent = stack.popLast() else { break }
                tag("</" + name(parent) + ">")
                at = parent
            }
        }
        return (bytes, map)
    }
}
