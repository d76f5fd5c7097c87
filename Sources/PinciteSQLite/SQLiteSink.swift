import Foundation
import GRDB
import Pincite
import PinciteBatch

// SQLiteSink: the embedded default database of `pincite batch --db`, over one
// GRDB `DatabaseQueue` (one connection, WAL journal, synchronous=NORMAL).
//
// Transactions: the sink keeps one transaction open across many `write` calls
// and commits it every `documentsPerCommit` documents or `rowsPerCommit` rows
// and on `flush()` — one commit per document would cost an fsync-sized pause
// each. Each document is written inside a SAVEPOINT of that transaction, so a
// document that fails is rolled back alone and the others stay. Everything
// committed is therefore whole documents: a run killed between commits loses
// only the uncommitted tail, which `--resume` writes again.
//
// Full text: the FTS5 index updates of a transaction are queued and applied
// just before it commits (see PendingFullText for why), so a query through
// `database` sees the index of the committed documents.
//
// Threads: the writer calls `write`/`writeError`/`flush`/`close`, the reader calls
// `contains` at the same time; every access goes through the queue, which runs
// one closure at a time on the one connection, so `contains` sees the rows of
// the open transaction too. Leaving the transaction open between closures is
// what GRDB calls an unsafe transaction, allowed here on purpose.

/// Writes batch results into a Pincite SQLite database (schema `pincite-db/1`).
public final class SQLiteSink: BatchSink, @unchecked Sendable {
    /// Documents per transaction before the sink commits by itself. Each commit
    /// indexes the transaction's citations in FTS5 at once, a burst in which the
    /// writer takes no results: 250 documents keep the burst (~0.05 s) shorter than
    /// the runner's window lets the workers run ahead, where 1,000 made them wait
    /// (two cores 10% slower), for ~2% more writer work (FTS5 segments are smaller).
    public var documentsPerCommit = 250
    /// Rows (of all tables) per transaction before the sink commits by itself.
    public var rowsPerCommit = 200_000

    /// The queries over this database (who cites X, what Y cites, most cited, search).
    public let database: PinciteDatabase

    private let queue: DatabaseQueue
    // writer-thread state
    private var pendingDocuments = 0
    private var pendingRows = 0
    private var closed = false
    private var fullText = PendingFullText()
    private var known = KnownRows()
    private let statements = StatementCache()

    /// Opens (creating when needed) the database at `path`. Throws
    /// `PinciteDatabaseError` for a database of another schema or a foreign one.
    public init(path: String) throws {
        var config = Configuration()
        config.allowsUnsafeTransactions = true
        // The writer keeps `citations` and `edges` in step with `documents` itself
        // (a replaced document's rows are deleted before the new ones go in), so
        // SQLite's per-row parent lookup would only repeat that work: each citation
        // and edge insert paid a search of the documents key. `PinciteDatabase.check`
        // still runs `PRAGMA foreign_key_check`, and the schema keeps its
        // REFERENCES for readers that enable the pragma.
        config.foreignKeysEnabled = false
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try db.execute(sql: "PRAGMA cache_size = -65536")   // 64 MiB page cache
        }
        queue = try DatabaseQueue(path: path, configuration: config)
        try queue.inDatabase { db in
            try db.inTransaction {
                try SQLiteSchema.prepare(db, pinciteVersion: Pincite.version)
                return .commit
            }
        }
        database = PinciteDatabase(queue: queue)
    }

    public func contains(id: String, sha256: String) throws -> Bool {
        try queue.inDatabase { try SQLiteRowWriter.contains(id: id, sha256: sha256, in: $0) }
    }

    public func write(_ rows: DocumentRows) throws {
        let full: Bool = try queue.inDatabase { db in
            let old = try SQLiteRowWriter.existing(rows.document.id, in: db, statements: statements)
            if old == rows.document.sha256 { return false }
            try beginIfNeeded(db)
            // a replaced document's index entries are deleted by reading the index:
            // bring it up to date first, outside the document's savepoint
            if old != nil { try fullText.apply(db, statements: statements) }
            return try inSavepoint(db) { db in
                if old != nil { try SQLiteRowWriter.removeRows(of: rows.document.id, in: db, statements: statements) }
                return try SQLiteRowWriter.insert(rows, into: db, statements: statements, fullText: &fullText,
                                                  known: &known)
            }
        }
        if full { try flush() }
    }

    public func writeError(id: String, origin: String, message: String) throws {
        let full: Bool = try queue.inDatabase { db in
            try beginIfNeeded(db)
            return try inSavepoint(db) { db in
                try SQLiteRowWriter.writeError(id: id, origin: origin, message: message, into: db,
                                                      statements: statements)
                return 1
            }
        }
        if full { try flush() }
    }

    public func flush() throws {
        do {
            try queue.inDatabase { db in
                if db.isInsideTransaction {
                    try fullText.apply(db, statements: statements)
                    try db.commit()
                }
            }
        } catch {
            known.forget()   // a failed commit leaves nothing of the transaction
            throw error
        }
        pendingDocuments = 0
        pendingRows = 0
    }

    public func close() throws {
        guard !closed else { return }
        try flush()
        try queue.inDatabase { db in try db.execute(sql: "PRAGMA optimize") }
        try queue.inDatabase { _ in statements.clear() }
        try queue.close()
        closed = true
    }

    private func beginIfNeeded(_ db: Database) throws {
        if !db.isInsideTransaction { try db.beginTransaction(.immediate) }
    }

    /// Runs `body` (which returns the rows it wrote) in a savepoint; a failure rolls
    /// the document back alone, its queued index updates with it. Returns true when
    /// the transaction is full and should be committed.
    private func inSavepoint(_ db: Database, _ body: (Database) throws -> Int) throws -> Bool {
        try db.execute(sql: "SAVEPOINT document")
        let mark = fullText.count
        let rows: Int
        do {
            rows = try body(db)
        } catch {
            fullText.truncate(to: mark)
            known.forget()   // the rolled-back rows may be among those it knew
            try? db.execute(sql: "ROLLBACK TO SAVEPOINT document")
            try? db.execute(sql: "RELEASE SAVEPOINT document")
            throw error
        }
        try db.execute(sql: "RELEASE SAVEPOINT document")
        pendingDocuments += 1
        pendingRows += rows
        return pendingDocuments >= documentsPerCommit || pendingRows >= rowsPerCommit
    }
}
