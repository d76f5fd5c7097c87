import GRDB

// PendingFullText: the FTS5 index updates of the open transaction, applied in
// one go just before it commits.
//
// Why not triggers, or an insert right after each row: FTS5 writes its
// in-memory term buffer out as a new index segment at every savepoint, and a
// trigger program runs in a statement savepoint of its own, as does the
// sink's per-document savepoint. Indexing inside them made one small segment
// per row (or per document) and FTS5 cost 5× the rest of the insert
// (measured with SQLite 3.40: 120,000 citation rows, 5.1 s CPU through
// triggers, 1.0 s by direct inserts). Queued here, the updates reach FTS5
// outside any savepoint and are indexed in large segments.
//
// Ordering: the queue is applied in order, so an authority whose name is filled
// later in the same transaction is deleted and inserted again after its first
// insert. A document's own updates are dropped when its savepoint rolls back
// (`truncate`). The sink applies the queue before it deletes a replaced
// document's rows (those deletes read the index) and before every commit.

/// FTS5 updates waiting for the commit.
struct PendingFullText {
    private enum Update {
        case citation(rowid: Int64, text: String, plaintiff: String?, defendant: String?)
        case authority(rowid: Int64, name: String?)
        case authorityRemoved(rowid: Int64, name: String?)
    }

    private var updates: [Update] = []

    /// Updates queued so far (a mark for `truncate`).
    var count: Int { updates.count }

    mutating func addCitation(rowid: Int64, text: String, plaintiff: String?, defendant: String?) {
        updates.append(.citation(rowid: rowid, text: text, plaintiff: plaintiff, defendant: defendant))
    }

    mutating func addAuthority(rowid: Int64, name: String?) {
        updates.append(.authority(rowid: rowid, name: name))
    }

    /// The authority's old indexed name leaves the index (before its new name is added).
    mutating func removeAuthority(rowid: Int64, name: String?) {
        updates.append(.authorityRemoved(rowid: rowid, name: name))
    }

    /// Drops the updates queued after `mark`.
    mutating func truncate(to mark: Int) {
        updates.removeSubrange(mark...)
    }

    /// Applies the queued updates to the FTS5 tables and empties the queue.
    mutating func apply(_ db: Database, statements: StatementCache) throws {
        for u in updates {
            switch u {
            case let .citation(rowid, text, plaintiff, defendant):
                try statements.run(db, "INSERT INTO citations_fts(rowid, text, plaintiff, defendant) VALUES (?, ?, ?, ?)") {
                    $0.int(Int(rowid)); $0.text(text); $0.text(plaintiff); $0.text(defendant)
                }
            case let .authority(rowid, name):
                try statements.run(db, "INSERT INTO authorities_fts(rowid, name) VALUES (?, ?)") { $0.int(Int(rowid)); $0.text(name) }
            case let .authorityRemoved(rowid, name):
                try statements.run(db, "INSERT INTO authorities_fts(authorities_fts, rowid, name) VALUES ('delete', ?, ?)") {
                    $0.int(Int(rowid)); $0.text(name)
                }
            }
        }
        updates.removeAll(keepingCapacity: true)
    }
}
