import GRDB
import GRDBSQLite

// RawStatement: binds and steps the sink's prepared statements through the SQLite
// C API directly. The bulk inserts run this once per row; GRDB's own
// `execute(arguments:)` builds a `StatementArguments` of boxed values and
// does per-statement bookkeeping (observers, authorizer) that cost more than
// SQLite's insert itself. Only used for write statements the sink alone runs
// (no observers are registered on its connection).

/// Binds parameters 1, 2, … in order.
struct RawBinder {
    let statement: OpaquePointer
    private var index: Int32 = 0

    init(_ statement: OpaquePointer) { self.statement = statement }

    /// SQLITE_TRANSIENT: SQLite copies the bytes (the Swift string's buffer is temporary).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func text(_ value: String?) {
        index += 1
        guard var value else { sqlite3_bind_null(statement, index); return }
        value.withUTF8 { p in
            guard let base = p.baseAddress, p.count > 0 else { _ = sqlite3_bind_text(statement, index, "", 0, Self.transient); return }
            _ = sqlite3_bind_text(statement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                  Int32(p.count), Self.transient)
        }
    }

    mutating func int(_ value: Int?) {
        index += 1
        guard let value else { sqlite3_bind_null(statement, index); return }
        sqlite3_bind_int64(statement, index, Int64(value))
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
        var binder = RawBinder(statement)
        bind(&binder)
        let rc = sqlite3_step(statement)
        sqlite3_reset(statement)
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
        var binder = RawBinder(statement)
        bind(&binder)
        defer { sqlite3_reset(statement) }
        switch sqlite3_step(statement) {
        case SQLITE_ROW:
            let text = sqlite3_column_text(statement, 1).map { String(cString: $0) }
            return (sqlite3_column_int64(statement, 0), text)
        case SQLITE_DONE:
            return nil
        case let rc:
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: sql.description)
        }
    }
}
