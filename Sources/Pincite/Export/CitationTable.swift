// CitationTable: the readable `--format table` view of a document's citations,
// one row per citation, for a person checking a parse in a terminal.

extension Document {
    /// A plain-text table of the citations.
    public func citationTable() -> String {
        var rows: [[String]] = [["id", "kind", "page", "signal", "citation", "pin", "court/year", "→", "bluebook"]]
        for c in citations {
            var text = collapsedText(c.span)
            if text.count > 70 { text = String(text.prefix(67)) + "…" }
            let indent = c.nestedIn != nil ? "  ↳ " : ""
            let courtYear = [c.court, c.year.map(String.init)].compactMap { $0 }.joined(separator: " ")
            let link = c.antecedent.map { "#\($0)" } ?? (c.nestedIn.map { "in #\($0)" } ?? "")
            rows.append([String(c.id), c.kind.rawValue, c.location.page.map(String.init) ?? "", c.signal ?? "",
                         indent + text, c.pincite ?? "", courtYear, link, Self.verdictCell(c)])
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for r in rows { for (i, f) in r.enumerated() { widths[i] = max(widths[i], f.count) } }
        var out = ""
        for (n, r) in rows.enumerated() {
            var line = ""
            for (i, f) in r.enumerated() {
                line += f
                if i < r.count - 1 { line += String(repeating: " ", count: widths[i] - f.count + 2) }
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
            if n == 0 { out += String(repeating: "-", count: min(160, widths.reduce(0, +) + 2 * (widths.count - 1))) + "\n" }
        }
        var counts: [String: Int] = [:]
        for c in citations { counts[c.kind.rawValue, default: 0] += 1 }
        out += "\n\(citations.count) citations: " + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        return out
    }

    /// The verdict column: "deviates T6, R10.2.2" names the rules.
    static func verdictCell(_ c: Citation) -> String {
        guard let v = c.verdict else { return "" }
        guard v == .deviates else { return v.rawValue }
        var rules: [String] = []
        for ch in c.checks where ch.severity == "deviation" || ch.severity == "warning" {
            if !rules.contains(ch.rule) { rules.append(ch.rule) }
        }
        return "deviates " + rules.joined(separator: ", ")
    }
}
