// Outline: `--format outline`, the opinion tree printed for a person to check a
// parse at a glance — the caption, then each section indented by level with its
// page and the number of paragraphs, footnotes and citations in it.

extension Document {
    /// A readable outline of the caption and sections.
    public func outline() -> String {
        var out = ""
        let c = tree.caption
        func line(_ label: String, _ value: String?) { if let v = value, !v.isEmpty { out += "\(label): \(v)\n" } }
        line("Court", [c.court, c.district].compactMap { $0 }.joined(separator: ", "))
        if !c.plaintiffs.isEmpty || !c.defendants.isEmpty {
            let versus = c.defendants.isEmpty ? "" : " v. \(c.defendants.joined(separator: "; "))"
            out += "Parties: \(c.plaintiffs.joined(separator: "; "))\(versus)\(c.etAl ? " et al." : "")\n"
        }
        line("Docket", c.docket)
        line("Title", c.documentTitle)
        line("Status", c.publicationStatus)
        line("Judge", [c.judge, c.judgeTitle].compactMap { $0 }.joined(separator: ", "))
        line("Date", c.date ?? c.filedStamp?.filed)
        line("Place", c.place)
        for o in tree.opinions {
            out += "Opinion: \(o.type)\(o.author.map { " by \($0)" } ?? "")\n"
        }
        out += "Pages: \(layout.pages.count)  Paragraphs: \(tree.paragraphs.count)  Block quotes: \(tree.blockQuotes.count)  "
            + "Footnotes: \(tree.footnotes.count)  Citations: \(citations.count)\n\n"

        // counts per section (index -1: before the first heading)
        func sectionOf(_ offset: Int) -> Int { tree.section(at: offset) ?? -1 }
        var paras: [Int: Int] = [:], notes: [Int: Int] = [:], cites: [Int: Int] = [:]
        for p in tree.paragraphs { paras[sectionOf(p.span.start), default: 0] += 1 }
        for f in tree.footnotes { notes[sectionOf(f.markerSpan?.start ?? f.span.start), default: 0] += 1 }
        for ci in citations { cites[sectionOf(ci.span.start), default: 0] += 1 }
        func counts(_ k: Int) -> String { "¶\(paras[k, default: 0]) fn\(notes[k, default: 0]) cites\(cites[k, default: 0])" }
        out += "(before the first heading)  \(counts(-1))\n"
        for s in tree.sections {
            let indent = String(repeating: "  ", count: max(0, s.level - 1))
            let number = s.number.map { "\($0). " } ?? ""
            var heading = number + s.heading
            if heading.count > 90 { heading = String(heading.prefix(87)) + "…" }
            out += "\(indent)\(heading)  [p. \(s.page.map(String.init) ?? "?")]  \(counts(s.id))\n"
        }
        if tree.signature != nil { out += "Signature block\n" }
        return out
    }
}
