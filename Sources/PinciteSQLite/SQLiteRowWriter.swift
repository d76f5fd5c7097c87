import GRDB
import PinciteBatch

// SQLiteRowWriter: the upsert of one document's rows, statement by statement.
// Every statement is prepared once per connection (the sink's StatementCache) and
// re-bound for each row through the C API (`Database.run`), which is what makes
// bulk loading cheap: SQLite parses no SQL per row and no Swift boxing happens
// per value. The FTS5 updates go to a `PendingFullText` queue.
//
// Upsert rules (the contract of `BatchSink.write`): the same id with the same
// sha256 is a no-op (`existing` lets the sink see that before it opens a
// savepoint); otherwise the id's old citations, edges and error row go, the
// documents row is upserted and the new rows inserted. Authorities are shared
// by all documents: an existing one is kept, only a NULL name is filled. An
// alias whose target is itself an alias, or that is already the target of
// others, is skipped, so that aliases never chain (one lookup resolves any key).

enum SQLiteRowWriter {
    /// The sha256 stored for document `id`; nil when there is none.
    static func existing(_ id: String, in db: Database, statements: StatementCache) throws -> String? {
        try statements.rowidAndText(db, "SELECT rowid, sha256 FROM documents WHERE id = ?") { $0.text(id) }?.1
    }

    /// Removes the citations (and their index entries) and edges of a document being replaced.
    /// The queue of `fullText` must have been applied: the index deletes read the indexed values.
    static func removeRows(of id: String, in db: Database, statements: StatementCache) throws {
        try statements.run(db, """
            INSERT INTO citations_fts(citations_fts, rowid, text, plaintiff, defendant)
            SELECT 'delete', rowid, text, plaintiff, defendant FROM citations WHERE document = ?
            """) { $0.text(id) }
        try statements.run(db, "DELETE FROM citations WHERE document = ?") { $0.text(id) }
        try statements.run(db, "DELETE FROM edges WHERE document = ?") { $0.text(id) }
    }

    /// Writes `rows` (the caller has removed an older version); returns the number of rows written.
    static func insert(_ rows: DocumentRows, into db: Database, statements: StatementCache,
                       fullText: inout PendingFullText, known: inout KnownRows) throws -> Int {
        let d = rows.document
        try statements.run(db, "DELETE FROM errors WHERE document = ?") { $0.text(d.id) }
        try statements.run(db, """
            INSERT INTO documents(id, name, sha256, bytes, format, court, docket, date, case_name, citation_count,
                diagnostics) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, sha256 = excluded.sha256, bytes = excluded.bytes,
                format = excluded.format, court = excluded.court, docket = excluded.docket, date = excluded.date,
                case_name = excluded.case_name, citation_count = excluded.citation_count,
                diagnostics = excluded.diagnostics
            """) {
            $0.text(d.id); $0.text(d.name); $0.text(d.sha256); $0.int(d.bytes); $0.text(d.format); $0.text(d.court)
            $0.text(d.docket); $0.text(d.date); $0.text(d.caseName); $0.int(d.citationCount); $0.text(d.diagnostics)
        }
        for c in rows.citations {
            // a row belongs to the document being written, whatever its own field says
            let rowid = try statements.run(db, """
                INSERT INTO citations(document, seq, kind, text, span_start, span_end, page, footnote, signal, plaintiff,
                    defendant, volume, reporter, first_page, pincite, court, year, parentheticals, antecedent, authority,
                    verdict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """) {
                $0.text(d.id); $0.int(c.seq); $0.text(c.kind); $0.text(c.text); $0.int(c.start); $0.int(c.end)
                $0.int(c.page); $0.text(c.footnote); $0.text(c.signal); $0.text(c.plaintiff); $0.text(c.defendant)
                $0.text(c.volume); $0.text(c.reporter); $0.text(c.firstPage); $0.text(c.pincite); $0.text(c.court)
                $0.int(c.year); $0.text(c.parentheticals); $0.int(c.antecedent); $0.text(c.authority); $0.text(c.verdict)
            }
            fullText.addCitation(rowid: rowid, text: c.text, plaintiff: c.plaintiff, defendant: c.defendant)
        }
        for a in rows.authorities where !known.authoritySettled(a.key, hasName: a.name != nil) {
            try upsert(a, into: db, statements: statements, fullText: &fullText, known: &known)
        }
        for a in rows.aliases where !known.aliasTried(a.alias, a.authority) {
            known.noteAlias(a.alias, a.authority)
            try statements.run(db, """
                INSERT INTO authority_aliases(alias, authority) SELECT ?1, ?2
                WHERE ?1 <> ?2 AND NOT EXISTS (SELECT 1 FROM authority_aliases WHERE alias = ?2)
                    AND NOT EXISTS (SELECT 1 FROM authority_aliases WHERE authority = ?1)
                ON CONFLICT(alias) DO NOTHING
                """) { $0.text(a.alias); $0.text(a.authority) }
        }
        for e in rows.edges {
            try statements.run(db, "INSERT INTO edges(document, authority, depth, pincites) VALUES (?, ?, ?, ?)") {
                $0.text(d.id); $0.text(e.authority); $0.int(e.depth); $0.text(e.pincites)
            }
        }
        return 1 + rows.citations.count + rows.authorities.count + rows.aliases.count + rows.edges.count
    }

    /// Inserts a new authority, or fills the NULL name of an existing one.
    private static func upsert(_ a: AuthorityRow, into db: Database, statements: StatementCache,
                               fullText: inout PendingFullText,
                               known: inout KnownRows) throws {
        guard let (rowid, oldName) = try statements.rowidAndText(db, "SELECT rowid, name FROM authorities WHERE id = ?", { $0.text(a.key) })
        else {
            known.noteAuthority(a.key, named: a.name != nil)
            let rowid = try statements.run(db, """
                INSERT INTO authorities(id, kind, name, volume, reporter, first_page, court, year)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """) {
                $0.text(a.key); $0.text(a.kind); $0.text(a.name); $0.text(a.volume); $0.text(a.reporter)
                $0.text(a.firstPage); $0.text(a.court); $0.int(a.year)
            }
            fullText.addAuthority(rowid: rowid, name: a.name)
            return
        }
        known.noteAuthority(a.key, named: oldName != nil || a.name != nil)
        guard let name = a.name, oldName == nil else { return }
        try statements.run(db, "UPDATE authorities SET name = ? WHERE rowid = ?") { $0.text(name); $0.int(Int(rowid)) }
        fullText.removeAuthority(rowid: rowid, name: nil)
        fullText.addAuthority(rowid: rowid, name: name)
    }

    /// Upserts the error row of a document that could not be read or parsed.
    static func writeError(id: String, origin: String, message: String, into db: Database,
                           statements: StatementCache) throws {
        try statements.run(db, """
            INSERT INTO errors(document, origin, message) VALUES (?, ?, ?)
            ON CONFLICT(document) DO UPDATE SET origin = excluded.origin, message = excluded.message
            """) { $0.text(id); $0.text(origin); $0.text(message) }
    }

    /// True when `documents` holds `id` with this hash.
    static func contains(id: String, sha256: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM documents WHERE id = ? AND sha256 = ?"),
                          arguments: [id, sha256]) ?? false
    }
}
