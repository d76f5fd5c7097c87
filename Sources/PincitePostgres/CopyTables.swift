import PinciteBatch

// CopyTables: which columns each COPY fills and how a row of `DocumentRows` is laid
// into them. Column lists and field order live side by side here so that a change
// of the schema is one edit; the DDL (PostgresSchema) names the same columns.

/// A table filled by COPY and the order of its columns.
struct CopyTable: Sendable {
    let name: String
    let columns: [String]

    static let documents = CopyTable(name: "stage_documents", columns: [
        "id", "name", "sha256", "bytes", "format", "court", "docket", "date", "case_name", "citation_count", "diagnostics"])
    static let citations = CopyTable(name: "citations", columns: [
        "document", "seq", "kind", "text", "span_start", "span_end", "page", "footnote", "signal", "plaintiff",
        "defendant", "volume", "reporter", "first_page", "pincite", "court", "year", "parentheticals", "antecedent",
        "authority", "verdict"])
    static let authorities = CopyTable(name: "stage_authorities", columns: [
        "id", "kind", "name", "volume", "reporter", "first_page", "court", "year"])
    static let aliases = CopyTable(name: "stage_aliases", columns: ["alias", "authority"])
    static let edges = CopyTable(name: "edges", columns: ["document", "authority", "depth", "pincites"])
    static let errors = CopyTable(name: "stage_errors", columns: ["document", "origin", "message"])
}

extension CopyText {
    mutating func add(_ d: DocumentRow) {
        add(d.id); add(d.name); add(d.sha256); add(d.bytes); add(d.format); add(d.court); add(d.docket)
        add(d.date); add(d.caseName); add(d.citationCount); add(d.diagnostics)
        endRow()
    }

    mutating func add(_ c: CitationRow) {
        add(c.document); add(c.seq); add(c.kind); add(c.text); add(c.start); add(c.end); add(c.page)
        add(c.footnote); add(c.signal); add(c.plaintiff); add(c.defendant); add(c.volume); add(c.reporter)
        add(c.firstPage); add(c.pincite); add(c.court); add(c.year); add(c.parentheticals); add(c.antecedent)
        add(c.authority); add(c.verdict)
        endRow()
    }

    mutating func add(_ a: AuthorityRow) {
        add(a.key); add(a.kind); add(a.name); add(a.volume); add(a.reporter); add(a.firstPage); add(a.court); add(a.year)
        endRow()
    }

    mutating func add(_ a: AliasRow) {
        add(a.alias); add(a.authority)
        endRow()
    }

    mutating func add(_ e: EdgeRow) {
        add(e.document); add(e.authority); add(e.depth); add(e.pincites)
        endRow()
    }

    mutating func add(_ e: PendingError) {
        add(e.id); add(e.origin); add(e.message)
        endRow()
    }
}
