import GRDB

// PinciteDatabase: the questions users ask a Pincite SQLite database — who
// cites X, what does Y cite, what is cited most, where is this name — as
// documented methods returning plain values.
//
// Aliases: one case has several keys (its parallel cites). A document's rows
// key an authority by the first full cite the document gave it, so two
// documents may file the same case under "532 U.S. 234" and "121 S. Ct. 1452";
// `authority_aliases` maps the second to the first. Every query here resolves
// keys through it (one lookup: the sink never lets aliases chain), so a case is
// counted once whichever cite a document used, and asking for any of its cites
// gives the same answer.

/// Read access to a Pincite SQLite database (schema `pincite-db/1`).
public final class PinciteDatabase: @unchecked Sendable {
    let queue: DatabaseQueue

    init(queue: DatabaseQueue) { self.queue = queue }

    /// Opens the database at `path` read-only. Throws `PinciteDatabaseError` for a
    /// database that is not `pincite-db/1`, and GRDB's error for a missing or unreadable file.
    public convenience init(path: String) throws {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.inDatabase { try SQLiteSchema.check($0) }
        self.init(queue: queue)
    }

    /// The edges with their authority resolved through the aliases, one row per
    /// (document, authority): columns document, authority, depth, pincites, first
    /// (the rowid of the first edge, for reading order).
    static let canonicalEdges = """
        SELECT e.document AS document, COALESCE(al.authority, e.authority) AS authority, SUM(e.depth) AS depth,
               group_concat(e.pincites, '; ') AS pincites, MIN(e.rowid) AS first
        FROM edges e LEFT JOIN authority_aliases al ON al.alias = e.authority
        GROUP BY e.document, COALESCE(al.authority, e.authority)
        """

    /// The key an authority is filed under: `key` itself, or the authority it is an alias of.
    public func canonical(_ key: String) throws -> String {
        try queue.inDatabase { db in
            try String.fetchOne(db, sql: "SELECT authority FROM authority_aliases WHERE alias = ?", arguments: [key]) ?? key
        }
    }

    /// Who cites `authority`: the documents citing it (under any of its keys), by document id.
    /// - Parameter authority: an authority key ("532 U.S. 234") or one of its aliases ("121 S. Ct. 1452").
    public func citing(authority: String) throws -> [CitingDocument] {
        let key = try canonical(authority)
        return try queue.inDatabase { db in
            try Row.fetchAll(db, sql: """
                SELECT document, SUM(depth) AS depth, group_concat(pincites, '; ') AS pincites FROM edges
                WHERE authority = ?1 OR authority IN (SELECT alias FROM authority_aliases WHERE authority = ?1)
                GROUP BY document ORDER BY document
                """, arguments: [key]).map { CitingDocument(document: $0["document"], depth: $0["depth"], pincites: $0["pincites"]) }
        }
    }

    /// What `document` cites: its authorities in the order it first cites them.
    public func cited(by document: String) throws -> [CitedAuthority] {
        try queue.inDatabase { db in
            try Row.fetchAll(db, sql: """
                SELECT COALESCE(al.authority, e.authority) AS authority, a.kind, a.name, SUM(e.depth) AS depth,
                       group_concat(e.pincites, '; ') AS pincites
                FROM edges e LEFT JOIN authority_aliases al ON al.alias = e.authority
                LEFT JOIN authorities a ON a.id = COALESCE(al.authority, e.authority)
                WHERE e.document = ?
                GROUP BY COALESCE(al.authority, e.authority) ORDER BY MIN(e.rowid)
                """, arguments: [document]).map {
                CitedAuthority(authority: $0["authority"], kind: $0["kind"], name: $0["name"], depth: $0["depth"],
                               pincites: $0["pincites"])
            }
        }
    }

    /// The `limit` authorities cited by the most documents (ties: more citations, then key order).
    public func mostCited(limit: Int) throws -> [AuthorityCount] {
        try queue.inDatabase { db in
            try Row.fetchAll(db, sql: """
                SELECT c.authority, a.kind, a.name, COUNT(*) AS documents, SUM(c.depth) AS depth
                FROM (\(Self.canonicalEdges)) c LEFT JOIN authorities a ON a.id = c.authority
                GROUP BY c.authority ORDER BY documents DESC, depth DESC, c.authority LIMIT ?
                """, arguments: [max(0, limit)]).map {
                AuthorityCount(authority: $0["authority"], kind: $0["kind"], name: $0["name"],
                               citingDocuments: $0["documents"], totalDepth: $0["depth"])
            }
        }
    }

    /// Full-text search over the citations' text and case names (plaintiff, defendant),
    /// best matches first.
    /// - Parameters:
    ///   - query: what to look for; see `SearchSyntax` for how it is read.
    ///   - limit: the most hits returned.
    public func search(_ query: String, syntax: SearchSyntax = .phrase, limit: Int = 100) throws -> [CitationHit] {
        guard let match = Self.ftsQuery(query, syntax) else { return [] }
        return try queue.inDatabase { db in
            try Row.fetchAll(db, sql: """
                SELECT c.document, c.seq, c.text, c.plaintiff, c.defendant, c.authority
                FROM citations_fts JOIN citations c ON c.rowid = citations_fts.rowid
                WHERE citations_fts MATCH ? ORDER BY citations_fts.rank, c.document, c.seq LIMIT ?
                """, arguments: [match, max(0, limit)]).map {
                CitationHit(document: $0["document"], seq: $0["seq"], text: $0["text"], plaintiff: $0["plaintiff"],
                            defendant: $0["defendant"], authority: $0["authority"])
            }
        }
    }

    /// Full-text search over the authorities' names, best matches first.
    public func searchAuthorities(_ query: String, syntax: SearchSyntax = .phrase, limit: Int = 100) throws -> [AuthorityHit] {
        guard let match = Self.ftsQuery(query, syntax) else { return [] }
        return try queue.inDatabase { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.kind, a.name FROM authorities_fts JOIN authorities a ON a.rowid = authorities_fts.rowid
                WHERE authorities_fts MATCH ? ORDER BY authorities_fts.rank, a.id LIMIT ?
                """, arguments: [match, max(0, limit)]).map {
                AuthorityHit(authority: $0["id"], kind: $0["kind"], name: $0["name"])
            }
        }
    }

    /// Rows per table (documents, citations, authorities, authority_aliases, edges, errors).
    public func rowCounts() throws -> [String: Int] {
        try queue.inDatabase { db in
            var counts: [String: Int] = [:]
            for table in ["documents", "citations", "authorities", "authority_aliases", "edges", "errors"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }

    /// What SQLite's integrity and foreign-key checks and the FTS5 index checks find
    /// wrong (FTS index out of step with its table, a dangling row); empty when nothing.
    /// The FTS5 check is a write statement: on a read-only database it is reported as a problem.
    public func integrityProblems() throws -> [String] {
        try queue.inDatabase { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            for (table, content) in [("citations_fts", "citations"), ("authorities_fts", "authorities")] {
                do {
                    try db.execute(sql: "INSERT INTO \(table)(\(table)) VALUES ('integrity-check')")
                } catch {
                    problems.append("\(table): \(error)")
                }
                // FTS5's own check does not compare an external-content index with its table:
                // the index's per-row sizes (one row per indexed rowid) must match the table's rows
                let stale = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM \(table)_docsize d WHERE NOT EXISTS (SELECT 1 FROM \(content) c WHERE c.rowid = d.id)
                    """) ?? 0
                let missing = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM \(content) c WHERE NOT EXISTS (SELECT 1 FROM \(table)_docsize d WHERE d.id = c.rowid)
                    """) ?? 0
                if stale > 0 { problems.append("\(table): \(stale) indexed rows no longer in \(content)") }
                if missing > 0 { problems.append("\(table): \(missing) rows of \(content) not indexed") }
            }
            return problems
        }
    }

    /// The FTS5 MATCH expression for `query`; nil when it has no word to look for.
    /// Words are letters and digits; each becomes a quoted FTS5 string, so no user
    /// text is ever read as FTS5 syntax unless `.fts5` asks for it.
    static func ftsQuery(_ query: String, _ syntax: SearchSyntax) -> String? {
        if syntax == .fts5 { return query.contains(where: { !$0.isWhitespace }) ? query : nil }
        let words = query.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        guard !words.isEmpty else { return nil }
        switch syntax {
        case .phrase: return "\"" + words.joined(separator: " ") + "\""
        default: return words.map { "\"\($0)\"" }.joined(separator: " ")
        }
    }
}
