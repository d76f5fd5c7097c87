import GRDB

// SQLiteSchema: the `pincite-db/1` tables in SQLite, created on open and checked
// on every later open. The table and column names are the contract shared with
// the PostgreSQL sink and the graph exporter; only the full-text part is
// SQLite's own.
//
// Full text: external-content FTS5 tables (`content='citations'`,
// `content='authorities'`): the text lives once, in the real tables, and the
// FTS tables hold only the index. They are kept in sync by the sink's explicit
// inserts and deletes (PendingFullText), not by triggers: FTS5 flushes its term
// buffer at every savepoint, and a trigger runs in one, which made indexing
// through triggers cost 5× the rest of the insert. Whoever changes
// `citations` or `authorities` by hand rebuilds the index with
// `INSERT INTO citations_fts(citations_fts) VALUES ('rebuild')`. External
// content rather than contentless: a replaced document's entries are deleted
// by reading the old values back from `citations`.

/// The schema of a Pincite SQLite database.
enum SQLiteSchema {
    /// The `meta.schema` value this code reads and writes.
    static let version = "pincite-db/1"

    /// The tables, indexes, FTS tables and their triggers, in creation order.
    static let statements: [String] = [
        "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)",
        """
        CREATE TABLE IF NOT EXISTS documents(id TEXT PRIMARY KEY, name TEXT, sha256 TEXT NOT NULL, bytes INTEGER,
            format TEXT, court TEXT, docket TEXT, date TEXT, case_name TEXT, citation_count INTEGER, diagnostics TEXT)
        """,
        """
        CREATE TABLE IF NOT EXISTS citations(document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL, kind TEXT, text TEXT, span_start INTEGER, span_end INTEGER, page INTEGER,
            footnote TEXT, signal TEXT, plaintiff TEXT, defendant TEXT, volume TEXT, reporter TEXT, first_page TEXT,
            pincite TEXT, court TEXT, year INTEGER, parentheticals TEXT, antecedent INTEGER, authority TEXT,
            verdict TEXT, PRIMARY KEY (document, seq))
        """,
        """
        CREATE TABLE IF NOT EXISTS authorities(id TEXT PRIMARY KEY, kind TEXT, name TEXT, volume TEXT, reporter TEXT,
            first_page TEXT, court TEXT, year INTEGER)
        """,
        "CREATE TABLE IF NOT EXISTS authority_aliases(alias TEXT PRIMARY KEY, authority TEXT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS edges(document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            authority TEXT NOT NULL, depth INTEGER NOT NULL, pincites TEXT, PRIMARY KEY (document, authority))
        """,
        "CREATE TABLE IF NOT EXISTS errors(document TEXT PRIMARY KEY, origin TEXT, message TEXT)",
        // No index on citations(authority): the queries by authority (who cites X, most
        // cited) read `edges`, one row per document and authority, and the occurrences
        // of X in a document are found by the primary key (document, seq). An index on
        // the authority key, in random order, made each citation insert ~60% dearer.
        "CREATE INDEX IF NOT EXISTS edges_authority ON edges(authority)",
        "CREATE INDEX IF NOT EXISTS authorities_name ON authorities(name)",
        // who-cites through an alias looks the aliases of an authority up
        "CREATE INDEX IF NOT EXISTS authority_aliases_authority ON authority_aliases(authority)",
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS citations_fts USING fts5(text, plaintiff, defendant,
            content='citations', content_rowid='rowid')
        """,
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS authorities_fts USING fts5(name, content='authorities', content_rowid='rowid')
        """,
    ]

    /// Creates the schema in an empty database, or checks that an existing one is
    /// `pincite-db/1`. Throws `PinciteDatabaseError` for any other database.
    static func prepare(_ db: Database, pinciteVersion: String) throws {
        if let found = try existingVersion(db) {
            guard found == version else { throw PinciteDatabaseError.schemaMismatch(found: found, expected: version) }
            return
        }
        for sql in statements { try db.execute(sql: sql) }
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?), ('pincite_version', ?)",
                       arguments: [version, pinciteVersion])
    }

    /// Checks, without writing, that `db` is a `pincite-db/1` database.
    static func check(_ db: Database) throws {
        guard let found = try existingVersion(db) else { throw PinciteDatabaseError.notPincite }
        guard found == version else { throw PinciteDatabaseError.schemaMismatch(found: found, expected: version) }
    }

    /// The `meta.schema` of `db`; nil for an empty database. A database with other
    /// tables but no Pincite `meta` row is refused rather than written into.
    private static func existingVersion(_ db: Database) throws -> String? {
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
        if tables == 0 { return nil }
        guard try db.tableExists("meta"),
              let found = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'")
        else { throw PinciteDatabaseError.notPincite }
        return found
    }
}

/// Why a database cannot be opened as a Pincite database.
public enum PinciteDatabaseError: Error, CustomStringConvertible, Equatable {
    /// The database has another `meta.schema` version.
    case schemaMismatch(found: String, expected: String)
    /// The database has tables but is not a Pincite database (no `meta.schema` row).
    case notPincite

    public var description: String {
        switch self {
        case let .schemaMismatch(found, expected):
            return "the database has schema '\(found)', this pincite reads and writes '\(expected)'; use a new database file"
        case .notPincite:
            return "the file is an SQLite database but not a Pincite one (no meta.schema row); use a new database file"
        }
    }
}
