// CitationTable: the citation table, one row per citation in reading order —
// where it stands (page, footnote), its kind, the citation as written, its
// parts, the authority it resolves to and its Bluebook verdict — as a
// terminal table, CSV, Markdown, HTML or JSON (`--format table --style …`).
//
// The rows are built once (`citationRows()`); each style is a small renderer
// over the same columns, so the formats cannot drift apart. The Bluebook
// columns show whatever the checker put in `Citation.checks`; with no checks
// the verdict is "not checked" (an empty list is not a clean bill).

/// One row of the citation table.
public struct CitationRow: Sendable {
    /// The citation's id (as in the JSON).
    public var number: Int
    /// The opinion page it is printed on (for a footnote: the page of the note's marker).
    public var page: Int?
    public var footnote: String?
    public var kind: CitationKind
    /// The citation as written (whitespace collapsed).
    public var text: String
    public var caseName: String?
    public var volume: String?
    public var reporter: String?
    /// The first page, or for statutes, rules and regulations the section.
    public var pageOrSection: String?
    public var pincite: String?
    public var court: String?
    public var year: Int?
    /// The full form of the authority the citation resolves to (short forms and Id. included).
    public var authority: String?
    /// Id of the citation a short form refers to.
    public var antecedent: Int?
    /// "not checked" when there are no checks, else the worst severity ("error", "warning", …).
    public var verdict: String
    /// The checks, one "rule: message (→ suggestion)" each.
    public var issues: [String]
}

/// Output styles of the citation table.
public enum CitationTableStyle: String, Sendable, CaseIterable {
    case text, csv, markdown, html, json
}

extension Document {
    /// The rows of the citation table in reading order.
    public func citationRows() -> [CitationRow] {
        let list = authorities()
        let index = authorityIndex(list)
        let pages = citedPages()
        return citations.indices.map { i in
            let c = citations[i]
            let isSection = [.statute, .rule, .regulation, .constitution].contains(c.kind)
            return CitationRow(
                number: c.id, page: pages[i], footnote: c.location.footnote, kind: c.kind,
                text: collapsedText(c.span), caseName: caseNameText(c), volume: c.volume, reporter: c.reporter,
                pageOrSection: isSection ? c.section.map { c.kind == .rule || c.kind == .constitution ? $0 : "§ \($0)" } : c.page,
                pincite: c.pincite, court: c.court, year: c.year,
                authority: index[i].map { list[$0].fullForm }, antecedent: c.antecedent,
                verdict: c.verdict == nil ? Self.verdict(c.checks) : Self.verdictCell(c), issues: c.checks.map(Self.issue))
        }
    }

    /// The checker's verdict: "deviates T6, R10.2.2" names the rules.
    static func verdictCell(_ c: Citation) -> String {
        guard let v = c.verdict else { return "" }
        guard v == .deviates else { return v.rawValue }
        var rules: [String] = []
        for ch in c.checks where ch.severity == "deviation" || ch.severity == "warning" {
            if !rules.contains(ch.rule) { rules.append(ch.rule) }
        }
        return "deviates " + rules.joined(separator: ", ")
    }

    /// Without a verdict from the checker: the worst severity of the checks, or "not checked".
    static func verdict(_ checks: [Check]) -> String {
        guard !checks.isEmpty else { return "not checked" }
        let rank = ["error": 3, "warning": 2, "info": 1]
        return checks.max { rank[$0.severity, default: 0] < rank[$1.severity, default: 0] }!.severity
    }

    static func issue(_ c: Check) -> String {
        "\(c.rule): \(c.message)" + (c.suggestion.map { " (→ \($0))" } ?? "")
    }

    /// The citation table in `style` (default: the terminal table).
    public func citationTable(_ style: CitationTableStyle = .text) -> String {
        let rows = citationRows()
        switch style {
        case .text: return CitationTableText.render(rows)
        case .csv: return CitationTableColumns.csv(rows)
        case .markdown: return CitationTableColumns.markdown(rows)
        case .html: return HTMLPage.wrap(title: "Citations — \(name)", body: CitationTableColumns.html(rows))
        case .json: return CitationTableColumns.json(rows, document: name)
        }
    }
}

/// The terminal table: the most useful columns, long texts cut to fit a screen.
enum CitationTableText {
    static func render(_ rows: [CitationRow]) -> String {
        func cut(_ s: String?, _ n: Int) -> String {
            guard let s = s else { return "" }
            return s.count > n ? String(s.prefix(n - 1)) + "…" : s
        }
        var table: [[String]] = [["#", "page", "fn", "kind", "citation", "pin", "court/year", "→", "authority", "bluebook"]]
        for r in rows {
            let courtYear = [r.court, r.year.map(String.init)].compactMap { $0 }.joined(separator: " ")
            table.append([String(r.number), r.page.map(String.init) ?? "", r.footnote ?? "", r.kind.rawValue,
                          cut(r.text, 60), cut(r.pincite, 24), courtYear, r.antecedent.map { "#\($0)" } ?? "",
                          cut(r.authority, 44), r.verdict])
        }
        var widths = [Int](repeating: 0, count: table[0].count)
        for r in table { for (i, f) in r.enumerated() { widths[i] = max(widths[i], f.count) } }
        var out = ""
        for (n, r) in table.enumerated() {
            var line = ""
            for (i, f) in r.enumerated() {
                line += f
                if i < r.count - 1 { line += String(repeating: " ", count: widths[i] - f.count + 2) }
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
            if n == 0 { out += String(repeating: "-", count: min(200, widths.reduce(0, +) + 2 * (widths.count - 1))) + "\n" }
        }
        var counts: [String: Int] = [:]
        for r in rows { counts[r.kind.rawValue, default: 0] += 1 }
        out += "\n\(rows.count) citations: " + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        return out
    }
}
