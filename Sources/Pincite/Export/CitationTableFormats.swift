// CitationTableFormats: the full citation table (every column) as CSV,
// Markdown, HTML and JSON. The columns are declared once, with a key (CSV
// header and JSON key) and a title (Markdown and HTML header).

/// The columns of the full citation table.
enum CitationTableColumns {
    struct Column: Sendable {
        let key: String
        let title: String
        let value: @Sendable (CitationRow) -> String?
    }

    static let all: [Column] = [
        Column(key: "number", title: "#") { String($0.number) },
        Column(key: "page", title: "Page") { $0.page.map(String.init) },
        Column(key: "footnote", title: "Fn.") { $0.footnote },
        Column(key: "kind", title: "Kind") { $0.kind.rawValue },
        Column(key: "citation", title: "Citation as written") { $0.text },
        Column(key: "case_name", title: "Case name") { $0.caseName },
        Column(key: "volume", title: "Vol.") { $0.volume },
        Column(key: "reporter", title: "Reporter / code") { $0.reporter },
        Column(key: "first_page", title: "Page / §") { $0.pageOrSection },
        Column(key: "pincite", title: "Pincite") { $0.pincite },
        Column(key: "court", title: "Court") { $0.court },
        Column(key: "year", title: "Year") { $0.year.map(String.init) },
        Column(key: "antecedent", title: "Refers to #") { $0.antecedent.map(String.init) },
        Column(key: "authority", title: "Authority") { $0.authority },
        Column(key: "bluebook", title: "Bluebook") { $0.verdict },
        Column(key: "issues", title: "Issues") { $0.issues.isEmpty ? nil : $0.issues.joined(separator: "; ") },
    ]

    static func csv(_ rows: [CitationRow]) -> String {
        var out = all.map(\.key).joined(separator: ",") + "\r\n"
        for r in rows { out += all.map { Escape.csv($0.value(r) ?? "") }.joined(separator: ",") + "\r\n" }
        return out
    }

    static func markdown(_ rows: [CitationRow]) -> String {
        var out = "| " + all.map(\.title).joined(separator: " | ") + " |\n"
        out += "|" + all.map { _ in "---|" }.joined() + "\n"
        for r in rows { out += "| " + all.map { Escape.markdown($0.value(r) ?? "") }.joined(separator: " | ") + " |\n" }
        return out
    }

    /// An HTML `<table class="citations">`; each row links to `#c<id>` when `linked` (the HTML report).
    static func html(_ rows: [CitationRow], linked: Bool = false) -> String {
        var out = "<table class=\"citations\">\n<thead><tr>" + all.map { "<th>\(Escape.html($0.title))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for r in rows {
            out += "<tr class=\"k-\(r.kind.rawValue)\" data-cite=\"\(r.number)\">"
            for col in all {
                var cell = Escape.html(col.value(r) ?? "")
                if linked && col.key == "number" { cell = "<a href=\"#c\(r.number)\">\(cell)</a>" }
                if linked && col.key == "antecedent", let a = r.antecedent { cell = "<a href=\"#c\(a)\">\(a)</a>" }
                out += "<td class=\"\(col.key)\">\(cell)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// `{"document": name, "columns": [keys], "rows": [{key: value|null, …, "issues": [..]}]}`.
    static func json(_ rows: [CitationRow], document: String) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("document"); w.string(document)
        w.key("columns"); w.beginArray(); for c in all { w.string(c.key) }; w.endArray()
        w.key("rows"); w.beginArray()
        for r in rows {
            w.beginObject()
            for c in all where c.key != "issues" {
                w.key(c.key)
                switch c.key {
                case "number": w.int(r.number)
                case "page": w.int(r.page)
                case "year": w.int(r.year)
                case "antecedent": w.int(r.antecedent)
                default: w.string(c.value(r))
                }
            }
            w.key("issues"); w.beginArray(); for i in r.issues { w.string(i) }; w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self) + "\n"
    }
}
