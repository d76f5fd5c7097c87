import PostgresNIO

// PostgresCommit: one transaction that stores a PendingBatch. It asks which of the
// batch's documents the database already holds with the same hash (those are
// no-ops), deletes the old citations, edges and error rows of the documents that
// change, then streams every table's rows with COPY … FROM STDIN: documents,
// authorities, aliases and errors through temporary staging tables merged by
// INSERT … ON CONFLICT (upserts COPY cannot do), citations and edges straight into
// their tables (their old rows are gone, so nothing can conflict). Runs inside the
// session's async bridge, so a whole batch costs one thread hop.

/// What one commit stored.
public struct PostgresCommitCounts: Sendable, Equatable {
    /// Documents inserted or replaced.
    public var documents = 0
    /// Documents skipped because the database held the same content.
    public var unchanged = 0
    /// Citation rows copied.
    public var citations = 0
    /// Edge rows copied.
    public var edges = 0
    /// Error records upserted.
    public var errors = 0
    /// Bytes of COPY data sent.
    public var copyBytes = 0

    public init() {}

    static func += (a: inout PostgresCommitCounts, b: PostgresCommitCounts) {
        a.documents += b.documents; a.unchanged += b.unchanged; a.citations += b.citations
        a.edges += b.edges; a.errors += b.errors; a.copyBytes += b.copyBytes
    }
}

enum PostgresCommit {
    /// COPY data goes to the server in pieces of this size.
    static let chunk = 1 << 20

    /// Stores `batch` in one transaction; rolls back and rethrows on any error.
    static func run(_ batch: PendingBatch, on c: PostgresConnection, logger: Logger) async throws -> PostgresCommitCounts {
        try await c.query("BEGIN", logger: logger)
        do {
            let counts = try await store(batch, on: c, logger: logger)
            try await c.query("COMMIT", logger: logger)
            return counts
        } catch {
            _ = try? await c.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    private static func store(_ batch: PendingBatch, on c: PostgresConnection, logger: Logger) async throws -> PostgresCommitCounts {
        var stored: [String: String] = [:]
        let docIDs = batch.entries.map(\.rows.document.id)
        if !docIDs.isEmpty {
            let rows = try await c.query("SELECT id, sha256 FROM documents WHERE id = ANY(\(docIDs))", logger: logger)
            for try await (id, sha) in rows.decode((String, String).self) { stored[id] = sha }
        }
        let plan = batch.plan(stored: stored)
        var counts = PostgresCommitCounts()
        counts.documents = plan.documents.count
        counts.unchanged = batch.entries.count - plan.documents.count
        counts.errors = plan.errors.count
        let changed = plan.documents.map(\.document.id)
        if !changed.isEmpty {
            for table in ["citations", "edges", "errors"] {
                try await c.query(PostgresQuery(unsafeSQL: "DELETE FROM \(table) WHERE document = ANY($1)",
                                                binds: bindings(changed)), logger: logger)
            }
        }
        for (table, text) in plan.payloads() where text.rows > 0 {
            try await copy(text, into: table, on: c, logger: logger)
            counts.copyBytes += text.bytes.count
            switch table.name {
            case CopyTable.documents.name: try await c.query(PostgresQuery(unsafeSQL: PostgresSchema.mergeDocuments), logger: logger)
            case CopyTable.authorities.name: try await c.query(PostgresQuery(unsafeSQL: PostgresSchema.mergeAuthorities), logger: logger)
            case CopyTable.aliases.name: try await c.query(PostgresQuery(unsafeSQL: PostgresSchema.mergeAliases), logger: logger)
            case CopyTable.errors.name: try await c.query(PostgresQuery(unsafeSQL: PostgresSchema.mergeErrors), logger: logger)
            case CopyTable.citations.name: counts.citations = text.rows
            case CopyTable.edges.name: counts.edges = text.rows
            default: break
            }
        }
        return counts
    }

    private static func bindings(_ ids: [String]) -> PostgresBindings {
        var b = PostgresBindings(capacity: 1)
        b.append(ids)
        return b
    }

    private static func copy(_ text: CopyText, into table: CopyTable, on c: PostgresConnection, logger: Logger) async throws {
        let bytes = text.bytes
        try await c.copyFrom(table: table.name, columns: table.columns, logger: logger) { writer in
            var start = 0
            while start < bytes.count {
                let end = min(start + chunk, bytes.count)
                try await writer.write(ByteBuffer(bytes: bytes[start..<end]))
                start = end
            }
        }
    }
}
