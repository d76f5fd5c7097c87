import Pincite

// CourtListenerText: which of an opinion's text columns to read, and as what.
// CourtListener keeps one opinion in up to seven columns; its own order of
// preference (formats.md §1b) picks the richest non-empty one. The CSV reader and
// the JSON Lines reader both apply this one rule, so a document reads the same
// from either dump.

enum CourtListenerText {
    /// The text columns, best first.
    static let columns = ["html_with_citations", "html_columbia", "html_lawbox", "xml_harvard", "html_anon_2020", "html", "plain_text"]

    /// The column's place in the order of preference (0 = best); nil for other columns.
    static func rank(_ column: String) -> Int? { columns.firstIndex(of: column) }

    /// Columns only CourtListener uses (`html` is also the JSON Lines `html` key).
    static func isCourtListenerOnly(_ key: String) -> Bool { key != "html" && columns.contains(key) }

    /// The input format of `bytes` taken from `column`.
    static func format(column: String, bytes: [UInt8]) -> InputFormat {
        switch column {
        case "plain_text", "text": return .text
        case "xml_harvard", "xml": return markupFormat(bytes)
        default: return .html
        }
    }

    /// XML that may be a CAP casebody or HTML: what the content says, CAP XML when unclear.
    static func markupFormat(_ bytes: [UInt8]) -> InputFormat {
        FormatReader.detect(bytes) == .html ? .html : .capXML
    }
}
