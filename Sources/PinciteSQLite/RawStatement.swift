import GRDB
import GRDBSQLite

// RawStatement: binds and steps the sink's prepared statements through the SQLite
// C API directly. The bulk inserts run this once per row; GRDB's own
// `execute(arguments:)` builds a `StatementArguments` of boxed values and
// does per-statement bookkeeping (observers, authorizer) that cost more than
// SQLite's insert itself. Only used for write statements the sink alone runs
// (no observers are registered on its connection).

/// Binds parameters 1, 2, … in order.
///
/// Texts are not handed to SQLite one by one with SQLITE_TRANSIENT (which made
/// SQLite allocate and copy each value, a fifth of the writer's time): their
/// bytes are gathered in the cache's scratch buffer and bound SQLITE_STATIC
/// when the row is complete, for as long as the statement steps.
struct RawBinder {
    let statement: OpaquePointer
    private let scratch: TextScratch
    private var index: Int32 = 0

    fileprivate init(_ statement: OpaquePointer, _ scratch: TextScratch) {
        self.statement = statement
        self.scratch = scratch
        scratch.reset()
    }

    mutating func text(_ value: String?) {
        index += 1
        guard var value else { sqlite3_bind_null(statement, index); return }
        let i = index
        value.withUTF8 { scratch.add(i, $0) }
    }

    mutating func int(_ value: Int?) {
        index += 1
        guard let value else { sqlite3_bind_null(statement, index); return }
        sqlite3_bind_int64(statement, index, Int64(value))
    }
}

/// A text parameter waiting in the scratch buffer.
private struct PendingText {
    var index: Int32
    var offset: Int
    var count: Int
}

/// The bytes of one row's text parameters, reused from row to row. Raw memory
/// rather than arrays or stored `var`s: an `Array.append` per value cost as much
/// as the copy SQLite makes with SQLITE_TRANSIENT, and every access to a class's
/// `var` is an exclusivity check at run time.
private final class TextScratch {
    /// More than any statement of the sink binds (the citations insert has 21).
    static let maxTexts = 64

    private struct State {
        var bytes: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var used = 0
        var count = 0
    }

    private let state: UnsafeMutablePointer<State>
    private let texts = UnsafeMutablePointer<PendingText>.allocate(capacity: TextScratch.maxTexts)

    init() {
        state = .allocate(capacity: 1)
        state.initialize(to: State(bytes: .allocate(capacity: 4096), capacity: 4096))
    }

    deinit {
        state.pointee.bytes.deallocate()
        state.deallocate()
        texts.deallocate()
    }

    func reset() {
        state.pointee.used = 0
        state.pointee.count = 0
    }

    /// Copies the text of parameter `index` in.
    func add(_ index: Int32, _ text: UnsafeBufferPointer<UInt8>) {
        precondition(state.pointee.count < TextScratch.maxTexts, "more text parameters than TextScratch.maxTexts")
        let used = state.pointee.used
        if used + text.count > state.pointee.capacity {
            // grow: the offsets stay valid, only the base moves (nothing is bound yet)
            let bigger = max(state.pointee.capacity * 2, used + text.count)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
            moved.update(from: state.pointee.bytes, count: used)
            state.pointee.bytes.deallocate()
            state.pointee.bytes = moved
            state.pointee.capacity = bigger
        }
        if let base = text.baseAddress, text.count > 0 { (state.pointee.bytes + used).update(from: base, count: text.count) }
        (texts + state.pointee.count).initialize(to: PendingText(index: index, offset: used, count: text.count))
        state.pointee.count += 1
        state.pointee.used = used + text.count
    }

    /// Binds the gathered texts SQLITE_STATIC and runs `body` (the step, and the
    /// reading of its row) while their bytes stay where they are. The caller resets
    /// the statement and clears its bindings after.
    func withBoundTexts<T>(_ statement: OpaquePointer, _ body: () throws -> T) rethrows -> T {
        let bytes = state.pointee.bytes
        for t in UnsafeBufferPointer(start: texts, count: state.pointee.count) {
            // SQLITE_STATIC is a null destructor
            let p = UnsafeRawPointer(bytes + t.offset).assumingMemoryBound(to: CChar.self)
            sqlite3_bind_text(statement, t.index, p, Int32(t.count), nil)
        }
        return try body()
    }
}

/// The sink's prepared statements, found by the address of their SQL literal.
///
/// Why not GRDB's `cachedStatement(sql:)`: it hashes the whole SQL text on every
/// call (~2,000 instructions for the citations insert), once per row on the one
/// writer thread that bounds a batch into SQLite. A literal's address is a
/// cheap, stable key. One cache belongs to one connection (the sink's).
final class StatementCache {
    private var statements: [UnsafeRawPointer: Statement] = [:]
    private let scratch = TextScratch()

    /// The prepared statement of `sql`, prepared on first use.
    private func statement(_ sql: StaticString, _ db: Database) throws -> OpaquePointer {
        let key = UnsafeRawPointer(sql.utf8Start)
        if let s = statements[key] { return s.sqliteStatement }
        let s = try db.makeStatement(sql: sql.description)
        statements[key] = s
        return s.sqliteStatement
    }

    /// Finalizes every statement: GRDB's `close()` fails while any is alive.
    func clear() { statements.removeAll() }

    /// Runs `sql` once with the parameters `bind` binds; returns the rowid of the
    /// row it inserted.
    @discardableResult
    func run(_ db: Database, _ sql: StaticString, _ bind: (inout RawBinder) -> Void) throws -> Int64 {
        let statement = try statement(sql, db)
        sqlite3_reset(statement)
        var binder = RawBinder(statement, scratch)
        bind(&binder)
        let rc = scratch.withBoundTexts(statement) { sqlite3_step(statement) }
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)   // no pointer into the scratch buffer outlives the step
        guard rc == SQLITE_DONE || rc == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: sql.description)
        }
        return sqlite3_last_insert_rowid(db.sqliteConnection)
    }

    /// Runs the query `sql` and returns its first row's rowid (column 0) and text
    /// column 1 (nil when NULL); nil when there is no row.
    func rowidAndText(_ db: Database, _ sql: StaticString, _ bind: (inout RawBinder) -> Void) throws -> (Int64, String?)? {
        let statement = try statement(sql, db)
        sqlite3_reset(statement)
        var binder = RawBinder(statement, scratch)
        bind(&binder)
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        let rc = scratch.withBoundTexts(statement) { () -> (Int32, (Int64, String?)?) in
            let rc = sqlite3_step(statement)
            guard rc == SQLITE_ROW else { return (rc, nil) }
            let text = sqlite3_column_text(statement, 1).map { String(cString: $0) }
            return (rc, (sqlite3_column_int64(statement, 0), text))
        }
        switch rc.0 {
        case SQLITE_ROW:
            return rc.1
        case SQLITE_DONE:
            return nil
        case let code:
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: sql.description)
        }
    }
}
