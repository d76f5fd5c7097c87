import GRDB
import PinciteBatch

// SQLiteRowWriter: the upsert of one document's rows, statement by statement.
// Every statement is prepared once per connection (GRDB's statement cache) and
// re-bound for each row, which is what makes bulk loading cheap: SQLite parses
// no SQL per row. The caller wraps a document in a savepoint, so a document
// whose rows fail leaves nothing behind.
//
// Upsert rules (the contract of `BatchSink.write`): the same id with the same
// sha256 is a no-op; otherwise the id's old citations, edges and error row go,
// the documents row is upserted and the new rows inserted. Authorities are
// shared by all documents: an existing one is kept, only a NULL name is filled.
// An alias whose target is itself an alias, or that is already the target of
// others, is skipped, so that aliases never chain (one lookup resolves any key).

enum SQLiteRowWriter {
    /// Writes `rows`; returns the number of rows written (0 for a no-op).
    static func write(_ rows: DocumentRows, into db: Database) throws -> Int {
        let d = rows.document
        let old = try String.fetchOne(try db.cachedStatement(sql: "SELECT sha256 FROM documents WHERE id = ?"),
                                      arguments: [d.id])
        if old == d.sha256 { return 0 }
        if old != nil {
            try db.cachedStatement(sql: "DELETE FROM citations WHERE document = ?").execute(arguments: [d.id])
            try db.cachedStatement(sql: "DELETE FROM edges WHERE document = ?").execute(arguments: [d.id])
        }
        try db.cachedStatement(sql: "DELETE FROM errors WHERE document = ?").execute(arguments: [d.id])
        try db.cachedStatement(sql: """
            INSERT INTO documents(id, name, sha256, bytes, format, court, docket, date, case_name, citation_count,
                diagnostics) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, sha256 = excluded.sha256, bytes = excluded.bytes,
                format = excluded.format, court = excluded.court, docket = excluded.docket, date = excluded.date,
                case_name = excluded.case_name, citation_count = excluded.citation_count,
                diagnostics = excluded.diagnostics
            """).execute(arguments: [d.id, d.name, d.sha256, d.bytes, d.format, d.court, d.docket, d.date, d.caseName,
                                     d.citationCount, d.diagnostics])

        let citation = try db.cachedStatement(sql: """
            INSERT INTO citations(document, seq, kind, text, span_start, span_end, page, footnote, signal, plaintiff,
                defendant, volume, reporter, first_page, pincite, court, year, parentheticals, antecedent, authority,
                verdict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for c in rows.citations {
            // a row belongs to the document being written, whatever its own field says
            try citation.execute(arguments: [d.id, c.seq, c.kind, c.text, c.start, c.end, c.page, c.footnote, c.signal,
                                             c.plaintiff, c.defendant, c.volume, c.reporter, c.firstPage, c.pincite,
                                             c.court, c.year, c.parentheticals, c.antecedent, c.authority, c.verdict])
        }
        let authority = try db.cachedStatement(sql: """
            INSERT INTO authorities(id, kind, name, volume, reporter, first_page, court, year)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name
            WHERE authorities.name IS NULL AND excluded.name IS NOT NULL
            """)
        for a in rows.authorities {
            try authority.execute(arguments: [a.key, a.kind, a.name, a.volume, a.reporter, a.firstPage, a.court, a.year])
        }
        let alias = try db.cachedStatement(sql: """
            INSERT INTO authority_aliases(alias, authority) SELECT ?1, ?2
            WHERE ?1 <> ?2 AND NOT EXISTS (SELECT 1 FROM authority_aliases WHERE alias = ?2)
                AND NOT EXISTS (SELECT 1 FROM authority_aliases WHERE authority = ?1)
            ON CONFLICT(alias) DO NOTHING
            """)
        for a in rows.aliases { try alias.execute(arguments: [a.alias, a.authority]) }
        let edge = try db.cachedStatement(sql: "INSERT INTO edges(document, authority, depth, pincites) VALUES (?, ?, ?, ?)")
        for e in rows.edges { try edge.execute(arguments: [d.id, e.authority, e.depth, e.pincites]) }
        return 1 + rows.citations.count + rows.authorities.count + rows.aliases.count + rows.edges.count
    }

    /// Upserts the error row of a document that could not be read or parsed.
    static func writeError(id: String, origin: String, message: String, into db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO errors(document, origin, message) VALUES (?, ?, ?)
            ON CONFLICT(document) DO UPDATE SET origin = excluded.origin, message = excluded.message
            """).execute(arguments: [id, origin, message])
    }

    /// True when `documents` holds `id` with this hash.
    static func contains(id: String, sha256: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM documents WHERE id = ? AND sha256 = ?"),
                          arguments: [id, sha256]) ?? false
    }
}
