// PostgresSchema: the DDL of the pincite database in PostgreSQL — the same tables,
// columns and keys as the SQLite sink (schema "pincite-db/1"), with GIN indexes over
// to_tsvector('english', …) where SQLite has FTS5 tables. Every statement is
// idempotent (IF NOT EXISTS), so opening a sink on an existing database changes
// nothing (and creates a full-text index a broken-off first load never got to); the
// staging tables are per-connection temporary tables that the COPYs
// fill before the INSERT … ON CONFLICT that merges them.

enum PostgresSchema {
    /// The value of meta('schema') this code reads and writes.
    static let version = "pincite-db/1"

    static let meta = "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"

    /// The text the citations full-text index covers; queries must use the same expression.
    static let citationsDocument =
        "to_tsvector('english', coalesce(text, '') || ' ' || coalesce(plaintiff, '') || ' ' || coalesce(defendant, ''))"
    static let authoritiesDocument = "to_tsvector('english', coalesce(name, ''))"

    static let tables = [
        """
        CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, name TEXT, sha256 TEXT NOT NULL, bytes INTEGER,
            format TEXT, court TEXT, docket TEXT, date TEXT, case_name TEXT, citation_count INTEGER, diagnostics TEXT)
        """,
        """
        CREATE TABLE IF NOT EXISTS citations (
            document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
            kind TEXT, text TEXT, span_start INTEGER, span_end INTEGER, page INTEGER, footnote TEXT, signal TEXT,
            plaintiff TEXT, defendant TEXT, volume TEXT, reporter TEXT, first_page TEXT, pincite TEXT,
            court TEXT, year INTEGER, parentheticals TEXT, antecedent INTEGER, authority TEXT, verdict TEXT,
            PRIMARY KEY (document, seq))
        """,
        """
        CREATE TABLE IF NOT EXISTS authorities (id TEXT PRIMARY KEY, kind TEXT, name TEXT, volume TEXT, reporter TEXT,
            first_page TEXT, court TEXT, year INTEGER)
        """,
        "CREATE TABLE IF NOT EXISTS authority_aliases (alias TEXT PRIMARY KEY, authority TEXT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS edges (document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            authority TEXT NOT NULL, depth INTEGER NOT NULL, pincites TEXT, PRIMARY KEY (document, authority))
        """,
        "CREATE TABLE IF NOT EXISTS errors (document TEXT PRIMARY KEY, origin TEXT, message TEXT)",
        // as in SQLite, no index on citations(authority): queries by authority read edges
        "CREATE INDEX IF NOT EXISTS edges_authority ON edges (authority)",
        "CREATE INDEX IF NOT EXISTS authorities_name ON authorities (name)",
    ]

    /// The full-text indexes. Keeping a GIN index up to date row by row costs about twice
    /// what building it once costs, so a load into an empty database creates them at the end.
    static let fullText = [
        "CREATE INDEX IF NOT EXISTS citations_fts ON citations USING GIN (\(citationsDocument))",
        "CREATE INDEX IF NOT EXISTS authorities_fts ON authorities USING GIN (\(authoritiesDocument))",
    ]

    /// Per-connection staging tables, emptied at every commit.
    static let staging = [
        "CREATE TEMP TABLE IF NOT EXISTS stage_documents (LIKE documents) ON COMMIT DELETE ROWS",
        "CREATE TEMP TABLE IF NOT EXISTS stage_authorities (LIKE authorities) ON COMMIT DELETE ROWS",
        "CREATE TEMP TABLE IF NOT EXISTS stage_aliases (LIKE authority_aliases) ON COMMIT DELETE ROWS",
        "CREATE TEMP TABLE IF NOT EXISTS stage_errors (LIKE errors) ON COMMIT DELETE ROWS",
    ]

    /// The statements that merge the staging tables, in order (after the old rows of the
    /// batch's changed documents are deleted and before citations and edges are copied).
    static let mergeDocuments = """
        INSERT INTO documents SELECT * FROM stage_documents ON CONFLICT (id) DO UPDATE SET
            name = EXCLUDED.name, sha256 = EXCLUDED.sha256, bytes = EXCLUDED.bytes, format = EXCLUDED.format,
            court = EXCLUDED.court, docket = EXCLUDED.docket, date = EXCLUDED.date, case_name = EXCLUDED.case_name,
            citation_count = EXCLUDED.citation_count, diagnostics = EXCLUDED.diagnostics
        """
    static let mergeAuthorities = """
        INSERT INTO authorities SELECT * FROM stage_authorities ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name
            WHERE authorities.name IS NULL AND EXCLUDED.name IS NOT NULL
        """
    static let mergeAliases = "INSERT INTO authority_aliases SELECT * FROM stage_aliases ON CONFLICT (alias) DO NOTHING"
    static let mergeErrors = """
        INSERT INTO errors SELECT * FROM stage_errors ON CONFLICT (document) DO UPDATE SET
            origin = EXCLUDED.origin, message = EXCLUDED.message
        """
}
