// HTMLReport: `--format html`, one self-contained HTML file (no external
// resources) for a person reviewing a parse: the opinion text with every
// citation highlighted by kind, a card with its parsed parts, antecedent,
// authority and Bluebook issues on hover or click, short forms linked to the
// first full citation of their authority, and beside the text the citation
// table and the Table of Authorities.
//
// The text is the working text (what the parser read), with citations nested
// as in the XML export (a history cite inside its parent). Short forms are
// `<a href="#cN">` links unless they sit inside another link (HTML forbids
// nested anchors); every citation is an element with class `cite k-<kind>`
// and id `cN`. The cards are filled by a small script from a JSON island, so
// the page works without a server; the script marks `<body data-ready="1">`
// when it has run, which the browser test checks.

import Foundation

extension Document {
    /// The annotated HTML report.
    public func htmlReport(_ toa: TOAOptions = TOAOptions()) -> String {
        let list = authorities()
        let index = authorityIndex(list)
        let rows = citationRows()
        var body = "<header><h1>\(Escape.html(reportTitle))</h1>\n<p class=\"note\">\(citations.count) citations, \(list.count) authorities. "
        body += "Click or hover a citation for its parts. \(Escape.html(paginationNote))</p>\n\(legend())</header>\n"
        body += "<div class=\"layout\">\n<main id=\"opinion\" class=\"opinion\">"
        body += annotatedText(list, index)
        body += "</main>\n<aside id=\"panel\">\n"
        body += toaHTML(list, toa) { "#c\(self.citations[$0.first].id)" }
        body += "<section class=\"table\">\n<h2>Citations</h2>\n" + CitationTableColumns.html(rows, linked: true) + "</section>\n"
        body += "</aside>\n</div>\n<div id=\"card\" role=\"dialog\" hidden></div>\n"
        body += "<script type=\"application/json\" id=\"pincite-data\">" + cardData(rows) + "</script>\n"
        return HTMLPage.wrap(title: reportTitle, body: body, style: Self.reportStyle, script: Self.reportScript)
    }

    private var reportTitle: String {
        let c = tree.caption
        if !c.plaintiffs.isEmpty || !c.defendants.isEmpty {
            return "Pincite report — " + [c.plaintiffs.first, c.defendants.first].compactMap { $0 }.joined(separator: " v. ")
        }
        return "Pincite report — \(name)"
    }

    private func legend() -> String {
        let kinds = Set(citations.map(\.kind))
        let items = CitationKind.allCases.filter { kinds.contains($0) }
            .map { "<span class=\"cite k-\($0.rawValue)\">\($0.rawValue)</span>" }
        return "<p class=\"legend\">" + items.joined(separator: " ") + "</p>"
    }

    /// The working text, escaped, with citation elements and page marks.
    private func annotatedText(_ list: [Authority], _ index: [Int: Int]) -> String {
        let t = source.text
        var out = ""
        out.reserveCapacity(t.count + citations.count * 120)
        var pos = 0
        var open: [(end: Int, anchor: Bool)] = []
        func write(upTo end: Int) {
            if end > pos { out += Escape.html(String(decoding: t[pos..<end], as: UTF8.self)) }
            pos = max(pos, end)
        }
        func advance(to target: Int) {
            while let top = open.last, top.end <= target {
                write(upTo: top.end)
                out += top.anchor ? "</a>" : "</span>"
                open.removeLast()
            }
            write(upTo: target)
        }
        for m in InlineMarks(self).items {
            advance(to: m.start)
            switch m.what {
            case .page(let n):
                out += "<span class=\"pb\" data-page=\"\(n)\"></span>"
            case .cite(let i):
                let c = citations[i]
                let end = min(m.end, open.last?.end ?? m.end)
                // a short form links to the first full citation of its authority (else its antecedent)
                var target: Int? = nil
                if [.shortCase, .id, .supra, .reference].contains(c.kind) || (c.kind == .internal && c.antecedent != nil) {
                    target = index[i].map { citations[list[$0].first].id } ?? c.antecedent
                    if target == c.id { target = nil }
                }
                let anchor = target != nil && !open.contains { $0.anchor }
                let attrs = "class=\"cite k-\(c.kind.rawValue)\" id=\"c\(c.id)\" data-cite=\"\(c.id)\" tabindex=\"0\""
                out += anchor ? "<a \(attrs) href=\"#c\(target!)\">" : "<span \(attrs)>"
                open.append((end, anchor))
            }
        }
        advance(to: t.count)
        return out
    }

    /// The card data: one object per citation, keyed by id, as JSON safe inside `<script>`.
    private func cardData(_ rows: [CitationRow]) -> String {
        var w = JSONWriter()
        w.beginObject()
        for (i, r) in rows.enumerated() {
            let c = citations[i]
            w.key(String(r.number)); w.beginObject()
            w.key("kind"); w.string(r.kind.rawValue)
            w.key("text"); w.string(r.text)
            w.key("page"); w.int(r.page)
            w.key("footnote"); w.string(r.footnote)
            w.key("signal"); w.string(c.signal)
            w.key("case_name"); w.string(r.caseName)
            w.key("volume"); w.string(r.volume)
            w.key("reporter"); w.string(r.reporter)
            w.key("first_page"); w.string(r.pageOrSection)
            w.key("pincite"); w.string(r.pincite)
            w.key("court"); w.string(r.court)
            w.key("year"); w.int(r.year)
            w.key("parentheticals"); w.beginArray(); for p in c.parentheticals { w.string("\(p.kind.rawValue): \(p.text)") }; w.endArray()
            w.key("antecedent"); w.int(r.antecedent)
            w.key("antecedent_text"); w.string(r.antecedent.flatMap { $0 < rows.count ? rows[$0].text : nil })
            w.key("nested_in"); w.int(c.nestedIn)
            w.key("authority"); w.string(r.authority)
            w.key("verdict"); w.string(r.verdict)
            w.key("issues"); w.beginArray(); for s in r.issues { w.string(s) }; w.endArray()
            w.endObject()
        }
        w.endObject()
        // "</script" (or "<!--") inside a string must not end the script element
        return String(decoding: w.bytes, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
            .replacingOccurrences(of: "<!--", with: "<\\!--")
    }

    static let reportStyle = HTMLPage.defaultStyle + """

    body { margin: 0; }
    header { padding: 0.6em 1.2em; border-bottom: 1px solid #ccc; }
    header h1 { font-size: 1.3em; margin: 0.2em 0; }
    .layout { display: flex; height: calc(100vh - 8em); }
    .opinion { flex: 1 1 55%; overflow: auto; white-space: pre-wrap; padding: 1em 1.5em; line-height: 1.45; font-size: 0.95em; }
    #panel { flex: 1 1 45%; overflow: auto; border-left: 1px solid #ccc; padding: 0 1em; font-family: sans-serif; font-size: 0.8em; }
    .cite { border-radius: 3px; padding: 0 1px; cursor: pointer; text-decoration: none; color: inherit; }
    .cite .cite { outline: 1px dashed #555; }
    .k-case { background: #cfe3ff; } .k-short_case { background: #e3eeff; } .k-id { background: #e9e3ff; }
    .k-supra, .k-reference { background: #f0e6ff; } .k-statute { background: #d6f5d6; } .k-regulation { background: #e6f7d0; }
    .k-rule { background: #fff1c2; } .k-constitution { background: #ffd9c2; } .k-journal { background: #f7d6ef; }
    .k-record { background: #e8e8e8; } .k-internal { background: #eeeeee; } .k-unknown { background: #ffc9c9; }
    .cite:target, .cite.current { outline: 2px solid #d33; }
    .pb::before { content: "— page " attr(data-page) " —"; display: inline-block; color: #888; font-size: 0.8em; margin: 0 0.5em; }
    .legend .cite { margin-right: 0.3em; font-family: sans-serif; font-size: 0.8em; }
    table.citations td { border-bottom: 1px solid #eee; max-width: 24em; }
    #card { position: fixed; z-index: 10; max-width: 32em; background: #fffef6; border: 1px solid #999; border-radius: 6px;
            box-shadow: 0 4px 14px rgba(0,0,0,.25); padding: 0.6em 0.9em; font-family: sans-serif; font-size: 0.85em; }
    #card dl { display: grid; grid-template-columns: max-content auto; gap: 0.15em 0.8em; margin: 0.4em 0; }
    #card dt { color: #555; } #card dd { margin: 0; }
    #card .issues li { color: #a00; }
    """

    static let reportScript = """
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("pincite-data").textContent);
      var card = document.getElementById("card");
      function esc(s) { var d = document.createElement("div"); d.textContent = String(s); return d.innerHTML; }
      function row(label, value) { return value === null || value === undefined || value === "" ? "" : "<dt>" + esc(label) + "</dt><dd>" + value + "</dd>"; }
      function show(el, x, y) {
        var id = el.getAttribute("data-cite"), c = data[id];
        if (!c) { return; }
        var html = "<strong>#" + esc(id) + " " + esc(c.kind) + "</strong><div>" + esc(c.text) + "</div><dl>";
        html += row("Page", c.page === null ? "" : esc(c.page) + (c.footnote ? " n." + esc(c.footnote) : ""));
        html += row("Signal", c.signal && esc(c.signal));
        html += row("Case name", c.case_name && "<i>" + esc(c.case_name) + "</i>");
        html += row("Volume", c.volume && esc(c.volume));
        html += row("Reporter", c.reporter && esc(c.reporter));
        html += row("Page / §", c.first_page && esc(c.first_page));
        html += row("Pincite", c.pincite && esc(c.pincite));
        html += row("Court", c.court && esc(c.court));
        html += row("Year", c.year === null ? "" : esc(c.year));
        html += row("Parentheticals", c.parentheticals.length ? c.parentheticals.map(esc).join("<br>") : "");
        html += row("Antecedent", c.antecedent === null ? "" : "<a href=\\"#c" + esc(c.antecedent) + "\\">#" + esc(c.antecedent) + "</a> " + esc(c.antecedent_text || ""));
        html += row("Nested in", c.nested_in === null ? "" : "<a href=\\"#c" + esc(c.nested_in) + "\\">#" + esc(c.nested_in) + "</a>");
        html += row("Authority", c.authority && esc(c.authority));
        html += row("Bluebook", esc(c.verdict));
        html += "</dl>";
        if (c.issues.length) { html += "<ul class=\\"issues\\">" + c.issues.map(function (s) { return "<li>" + esc(s) + "</li>"; }).join("") + "</ul>"; }
        card.innerHTML = html;
        card.hidden = false;
        card.style.left = Math.max(4, Math.min(x + 12, window.innerWidth - card.offsetWidth - 8)) + "px";
        card.style.top = Math.max(4, Math.min(y + 12, window.innerHeight - card.offsetHeight - 8)) + "px";
        var cur = document.querySelector(".cite.current");
        if (cur) { cur.classList.remove("current"); }
        el.classList.add("current");
      }
      function citeOf(target) { return target && target.closest ? target.closest("#opinion .cite") : null; }
      document.addEventListener("mouseover", function (e) { var el = citeOf(e.target); if (el) { show(el, e.clientX, e.clientY); } });
      document.addEventListener("click", function (e) {
        var el = citeOf(e.target);
        if (el) { show(el, e.clientX, e.clientY); } else if (!card.contains(e.target)) { card.hidden = true; }
      });
      document.addEventListener("keydown", function (e) {
        if (e.key === "Escape") { card.hidden = true; }
        var el = citeOf(e.target);
        if (el && e.key === "Enter") { var r = el.getBoundingClientRect(); show(el, r.left, r.bottom); }
      });
      // self-check for the browser test: every citation element has its data, and a card renders
      var els = document.querySelectorAll("#opinion .cite"), missing = 0;
      for (var i = 0; i < els.length; i++) { if (!data[els[i].getAttribute("data-cite")]) { missing++; } }
      if (els.length) { show(els[0], 0, 0); card.hidden = true; }
      document.body.setAttribute("data-cites", String(els.length));
      document.body.setAttribute("data-missing", String(missing));
      document.body.setAttribute("data-card", card.innerHTML.indexOf("<dl>") >= 0 ? "ok" : (els.length ? "broken" : "none"));
      document.body.setAttribute("data-ready", "1");
    })();
    """
}
