// BatchSink: what a batch writes its results into (SQLite, PostgreSQL). The runner
// calls `write`, `writeError`, `flush` and `close` from one writer thread, in output
// order, and `contains` from its reader thread; a sink groups documents into
// transactions as it likes, but a document's rows are always committed together,
// so an interrupted run leaves only whole documents behind.

/// A destination for the rows of parsed documents.
public protocol BatchSink: AnyObject {
    /// True when the sink already holds document `id` with this content hash, so
    /// that `--resume` (and an idempotent re-run) can skip it without parsing.
    /// Called from the reader thread while the writer thread writes: must be thread-safe.
    func contains(id: String, sha256: String) throws -> Bool
    /// Stores one document, replacing an earlier version with the same id
    /// (its old citations, authorities' counts and edges go with it).
    func write(_ rows: DocumentRows) throws
    /// Records a document that could not be read or parsed.
    func writeError(id: String, origin: String, message: String) throws
    /// Commits what is pending. The runner calls it now and then, on interrupt and at the end.
    func flush() throws
    /// Flushes and releases the connection.
    func close() throws
}
