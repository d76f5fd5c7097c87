import PostgresNIO

// PostgresSearch: full-text look-ups over a pincite PostgreSQL database, written with
// the very expressions the GIN indexes are built on (PostgresSchema) so that the
// planner can use them; the query text goes through websearch_to_tsquery, which
// accepts what people type ("Easley Cromartie", "\"qualified immunity\" -dissent").

/// A citation found by full-text search.
public struct CitationHit: Sendable, Equatable {
    /// The citing document's id.
    public var document: String
    /// The citation's `seq` within the document.
    public var seq: Int
    /// The citation as it reads in the document.
    public var text: String
}

extension PostgresSink {
    /// Citations whose text or party names match `query`, best match first.
    public func searchCitations(_ query: String, limit: Int = 50) throws -> [CitationHit] {
        let doc = PostgresSchema.citationsDocument
        let sql = """
            SELECT document, seq, text FROM citations, websearch_to_tsquery('english', $1) q
            WHERE \(doc) @@ q ORDER BY ts_rank(\(doc), q) DESC, document, seq LIMIT $2
            """
        var binds = PostgresBindings(capacity: 2)
        binds.append(query)
        binds.append(limit)
        return try withReader { s in
            try s.strings(PostgresQuery(unsafeSQL: sql, binds: binds)).map {
                CitationHit(document: $0[0] ?? "", seq: Int($0[1] ?? "") ?? 0, text: $0[2] ?? "")
            }
        }
    }

    /// Keys of the authorities whose name matches `query`, best match first.
    public func searchAuthorities(_ query: String, limit: Int = 50) throws -> [String] {
        let doc = PostgresSchema.authoritiesDocument
        let sql = """
            SELECT id FROM authorities, websearch_to_tsquery('english', $1) q
            WHERE \(doc) @@ q ORDER BY ts_rank(\(doc), q) DESC, id LIMIT $2
            """
        var binds = PostgresBindings(capacity: 2)
        binds.append(query)
        binds.append(limit)
        return try withReader { s in try s.strings(PostgresQuery(unsafeSQL: sql, binds: binds)).compactMap { $0[0] } }
    }
}
