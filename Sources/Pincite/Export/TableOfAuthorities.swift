// TableOfAuthorities: `--format toa`, the authorities an opinion cites under
// the usual headings (Cases, Constitutional Provisions, Statutes, Rules,
// Regulations, Other Authorities), each with every opinion page on which it is
// cited — short forms and Id. included — as plain text with dot leaders,
// Markdown or HTML. Conventions (bluebook.md §4): cases alphabetical by name,
// full form without pincite, "passim" from a configurable number of pages
// (default 5; 0 turns it off, as the D.C. Circuit requires).
//
// The model is `Document.authorities()` (Authorities.swift); this file only lays it out.

/// How to write a Table of Authorities.
public struct TOAOptions: Sendable {
    public enum Style: String, Sendable, CaseIterable { case text, markdown, html }
    public var style: Style
    /// Write "passim" instead of the page list from this many pages on; 0 never.
    public var passimThreshold: Int
    /// Width of a text line (dot leaders run to it).
    public var width: Int
    public init(style: Style = .text, passimThreshold: Int = 5, width: Int = 92) {
        self.style = style; self.passimThreshold = passimThreshold; self.width = width
    }
}

extension Document {
    /// The Table of Authorities in the style of `options`.
    public func tableOfAuthorities(_ options: TOAOptions = TOAOptions()) -> String {
        let list = authorities()
        switch options.style {
        case .text: return toaText(list, options)
        case .markdown: return toaMarkdown(list, options)
        case .html: return HTMLPage.wrap(title: "Table of Authorities — \(name)", body: toaHTML(list, options))
        }
    }

    /// Which pagination the page numbers are in (an opinion's "page" is ambiguous; bluebook.md §4).
    var paginationNote: String {
        if !layout.starPages.isEmpty { return "Page numbers are the reporter's star pages (*N) in the opinion." }
        if !layout.pages.isEmpty { return "Page numbers are the pages of the opinion as filed (the input's page breaks)." }
        return "The input has no page numbers; entries show no pages."
    }

    /// The page list of an entry: "3, 7, 12", "passim", or "—" when no page is known.
    func toaPages(_ a: Authority, _ options: TOAOptions) -> String {
        if a.pages.isEmpty { return "—" }
        if options.passimThreshold > 0 && a.pages.count >= options.passimThreshold { return "passim" }
        return a.pages.map(String.init).joined(separator: ", ")
    }

    /// The authorities grouped under their headings, empty headings left out.
    func toaSections(_ list: [Authority]) -> [(AuthorityCategory, [Authority])] {
        AuthorityCategory.allCases.compactMap { cat in
            let items = list.filter { $0.category == cat }
            return items.isEmpty ? nil : (cat, items)
        }
    }

    private func toaText(_ list: [Authority], _ options: TOAOptions) -> String {
        var out = "TABLE OF AUTHORITIES\n\(paginationNote)\n"
        if list.isEmpty { out += "\nNo authorities cited.\n" }
        for (cat, items) in toaSections(list) {
            out += "\n\(cat.rawValue)\n\n"
            for a in items { out += toaTextEntry(a.fullForm, toaPages(a, options), width: options.width) }
        }
        return out
    }

    /// One entry wrapped at `width` with a hanging indent, dot leaders to the page list.
    private func toaTextEntry(_ entry: String, _ pages: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        let room = max(20, width - pages.count - 6)
        for word in entry.split(separator: " ", omittingEmptySubsequences: true) {
            let indent = lines.isEmpty ? "" : "    "
            if !line.isEmpty && (indent + line).count + 1 + word.count > room {
                lines.append(indent + line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        let last = (lines.isEmpty ? "" : "    ") + line
        let dots = max(3, width - last.count - pages.count - 2)
        lines.append(last + " " + String(repeating: ".", count: dots) + " " + pages)
        return lines.joined(separator: "\n") + "\n"
    }

    private func toaMarkdown(_ list: [Authority], _ options: TOAOptions) -> String {
        var out = "# Table of Authorities\n\n\(paginationNote)\n"
        if list.isEmpty { out += "\nNo authorities cited.\n" }
        for (cat, items) in toaSections(list) {
            out += "\n## \(cat.rawValue)\n\n"
            for a in items {
                out += "- " + markdownEntry(a) + " — " + toaPages(a, options) + "\n"
            }
        }
        return out
    }

    /// The full form with the case name in italics.
    private func markdownEntry(_ a: Authority) -> String {
        guard let n = a.caseName, a.fullForm.hasPrefix(n) else { return Escape.markdown(a.fullForm) }
        return "*" + Escape.markdown(n) + "*" + Escape.markdown(String(a.fullForm.dropFirst(n.count)))
    }

    /// The table as an HTML fragment (`<section class="toa">`), also used by the HTML report.
    func toaHTML(_ list: [Authority], _ options: TOAOptions, link: ((Authority) -> String?)? = nil) -> String {
        var out = "<section class=\"toa\">\n<h2>Table of Authorities</h2>\n<p class=\"note\">\(Escape.html(paginationNote))</p>\n"
        if list.isEmpty { out += "<p>No authorities cited.</p>\n" }
        for (cat, items) in toaSections(list) {
            out += "<h3>\(Escape.html(cat.rawValue))</h3>\n<table class=\"toa-list\">\n"
            for a in items {
                var entry = Escape.html(a.fullForm)
                if let n = a.caseName, a.fullForm.hasPrefix(n) {
                    entry = "<i>\(Escape.html(n))</i>" + Escape.html(String(a.fullForm.dropFirst(n.count)))
                }
                if let href = link?(a) { entry = "<a href=\"\(Escape.html(href))\">\(entry)</a>" }
                out += "<tr><td class=\"entry\">\(entry)</td><td class=\"pages\">\(Escape.html(toaPages(a, options)))</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out + "</section>\n"
    }
}

/// A minimal self-contained HTML page around a body.
enum HTMLPage {
    static func wrap(title: String, body: String, style: String = defaultStyle, script: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(Escape.html(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)\(script.isEmpty ? "" : "<script>\n\(script)\n</script>\n")</body>
        </html>

        """
    }

    static let defaultStyle = """
    body { font-family: Georgia, serif; margin: 2em; }
    table { border-collapse: collapse; }
    td, th { padding: 0.2em 0.6em; vertical-align: top; text-align: left; }
    th { border-bottom: 1px solid #888; }
    .toa-list td.pages { white-space: nowrap; }
    .note { color: #555; font-size: 0.9em; }
    """
}
