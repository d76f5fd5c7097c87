import Foundation
import Pincite
import PinciteBatch
import PostgresNIO

// PostgresSink: `pincite batch --postgres URL`. Same schema and upsert rules as the
// SQLite sink, shaped for a server: rows are held in memory (PendingBatch) and
// committed as one transaction of COPYs (PostgresCommit) every `batchDocuments`
// documents or `batchBytes` bytes and at every flush(), so a run costs a few round
// trips per thousand documents instead of one per row. When the server rejects a
// batch, the batch is retried one document at a time and a document the server still
// rejects becomes an error record, so one bad document never sinks its neighbours.
// `contains` runs on a second connection (opened on first use) so that the reader
// thread never waits behind a COPY, and also answers from the rows not yet committed.
// A first load (empty citations table) builds the GIN full-text indexes at close()
// instead of row by row, which halves the server's work; if the run dies first, the
// next open builds them.

/// A `BatchSink` writing into a PostgreSQL database through postgres-nio.
public final class PostgresSink: BatchSink, @unchecked Sendable {
    /// Where the sink writes (password redacted in its description).
    public let url: PostgresURL
    /// Documents per transaction.
    public let batchDocuments: Int
    /// Approximate bytes of pending rows that trigger a commit.
    public let batchBytes: Int

    let writer: PostgresSession
    private let state = NSLock()      // guards pending, inFlight, closed, totals
    private var pending = PendingBatch()
    private var inFlight = PendingBatch()
    private var closed = false
    private var totals = PostgresCommitCounts()
    private let readerLock = NSLock() // guards reader
    private var reader: PostgresSession?
    /// True while the full-text indexes wait for close() (a first load).
    public private(set) var fullTextDeferred = false

    /// Connects to `url` (`postgres://user:password@host:port/database[?schema=NAME]`) and
    /// creates the tables and indexes when they are missing.
    /// - Throws: `PostgresSinkError` when the URL is bad, the server cannot be reached, or the
    ///   database holds another schema version.
    public init(url: String, batchDocuments: Int = 1000, batchBytes: Int = 64 << 20) throws {
        self.url = try PostgresURL(url)
        self.batchDocuments = max(1, batchDocuments)
        self.batchBytes = max(1, batchBytes)
        writer = try PostgresSession.open(self.url, id: 1)
        do {
            fullTextDeferred = try Self.createSchema(writer)
        } catch {
            writer.close()
            throw error
        }
    }

    deinit {
        if !closed {
            writer.close()
            reader?.close()
        }
    }

    /// Counts of what the sink has committed so far.
    public var committed: PostgresCommitCounts {
        state.lock(); defer { state.unlock() }
        return totals
    }

    /// True when the database, or the batch not yet committed, holds `id` with this hash.
    /// Safe to call from another thread while the writer thread writes.
    public func contains(id: String, sha256: String) throws -> Bool {
        state.lock()
        let isClosed = closed
        let queued = pending.pendingHash(of: id) ?? inFlight.pendingHash(of: id)
        state.unlock()
        if isClosed { throw PostgresSinkError.closed }
        if let queued { return queued == sha256 }
        let rows = try withReader { try $0.rows("SELECT 1 FROM documents WHERE id = \(id) AND sha256 = \(sha256)") }
        return !rows.isEmpty
    }

    /// Queues `rows`; commits the batch when it holds `batchDocuments` documents or `batchBytes` bytes.
    public func write(_ rows: DocumentRows) throws {
        let full: Bool = try locked {
            pending.write(rows)
            return pending.documentCount >= batchDocuments || pending.estimatedBytes >= batchBytes
        }
        if full { try flush() }
    }

    /// Queues an error record (upserted into `errors` at the next commit).
    public func writeError(id: String, origin: String, message: String) throws {
        let full: Bool = try locked {
            pending.writeError(id: id, origin: origin, message: message)
            return pending.estimatedBytes >= batchBytes
        }
        if full { try flush() }
    }

    /// Commits everything queued in one transaction.
    public func flush() throws {
        let batch: PendingBatch = try locked {
            inFlight = pending
            pending = PendingBatch()
            return inFlight
        }
        defer { state.lock(); inFlight = PendingBatch(); state.unlock() }
        guard !batch.isEmpty else { return }
        let counts = try commit(batch)
        state.lock(); totals += counts; state.unlock()
    }

    /// Commits, builds the full-text indexes a first load deferred, and closes both
    /// connections; later calls of the other methods throw `PostgresSinkError.closed`.
    public func close() throws {
        state.lock(); let wasClosed = closed; state.unlock()
        if wasClosed { return }
        defer {
            state.lock(); closed = true; state.unlock()
            writer.close()
            readerLock.lock(); reader?.close(); reader = nil; readerLock.unlock()
        }
        try flush()
        if fullTextDeferred {
            try writer.execute("SET maintenance_work_mem = '256MB'")  // a GIN build sorts in this memory
            for statement in PostgresSchema.fullText { try writer.execute(PostgresQuery(unsafeSQL: statement)) }
            fullTextDeferred = false
        }
    }

    // MARK: - internals

    /// Commits `batch`; when the server rejects it, commits its documents one by one and
    /// records each document it still rejects as an error row.
    private func commit(_ batch: PendingBatch) throws -> PostgresCommitCounts {
        do {
            return try writer.run { c, log in try await PostgresCommit.run(batch, on: c, logger: log) }
        } catch PostgresSinkError.server(_) where batch.ids.count > 1 && !writer.connection.isClosed {
            var counts = PostgresCommitCounts()
            for part in batch.split() {
                do {
                    counts += try writer.run { c, log in try await PostgresCommit.run(part, on: c, logger: log) }
                } catch PostgresSinkError.server(let reason) where !writer.connection.isClosed {
                    let error = {
                        var b = PendingBatch()
                        b.writeError(id: part.ids[0], origin: "postgres", message: "PostgreSQL rejected the document: \(reason)")
                        return b
                    }()
                    counts += try writer.run { c, log in try await PostgresCommit.run(error, on: c, logger: log) }
                }
            }
            return counts
        }
    }

    private func locked<T>(_ body: () throws -> T) throws -> T {
        state.lock(); defer { state.unlock() }
        if closed { throw PostgresSinkError.closed }
        return try body()
    }

    /// Runs `body` on the second connection, opening it on first use.
    func withReader<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        readerLock.lock(); defer { readerLock.unlock() }
        if reader == nil { reader = try PostgresSession.open(url, id: 2) }
        return try body(reader!)
    }

    /// Creates what is missing; returns true when the full-text indexes are left for close().
    private static func createSchema(_ s: PostgresSession) throws -> Bool {
        let deferred: Bool
        try s.execute("BEGIN")
        do {
            // serialize concurrent first runs on the same database
            try s.execute("SELECT pg_advisory_xact_lock(7461298)")
            try s.execute(PostgresQuery(unsafeSQL: PostgresSchema.meta))
            try s.execute("INSERT INTO meta (key, value) VALUES ('schema', \(PostgresSchema.version)) ON CONFLICT (key) DO NOTHING")
            let found = try s.strings("SELECT value FROM meta WHERE key = 'schema'").first?.first ?? nil
            guard found == PostgresSchema.version else { throw PostgresSinkError.schemaMismatch(found: found ?? "(none)") }
            try s.execute("""
                INSERT INTO meta (key, value) VALUES ('pincite_version', \(Pincite.version))
                ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
                """)
            for statement in PostgresSchema.tables { try s.execute(PostgresQuery(unsafeSQL: statement)) }
            deferred = try s.rows("SELECT 1 FROM citations LIMIT 1").isEmpty
            if !deferred {
                for statement in PostgresSchema.fullText { try s.execute(PostgresQuery(unsafeSQL: statement)) }
            }
            try s.execute("COMMIT")
        } catch {
            try? s.execute("ROLLBACK")
            throw error
        }
        for statement in PostgresSchema.staging { try s.execute(PostgresQuery(unsafeSQL: statement)) }
        return deferred
    }
}
