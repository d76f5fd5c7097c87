import Foundation
import PostgresNIO

// PostgresSession: one postgres-nio connection used from ordinary (non-async) code.
// The batch runner calls its sinks synchronously from plain threads, so every call
// here hands the async work to a Task completing a promise of the connection's event
// loop and blocks the calling thread on that future. The caller is never an event-loop
// thread nor a cooperative-pool thread that the Task needs, so the wait cannot
// deadlock. Server errors become `PostgresSinkError`s carrying the server's message
// (postgres-nio's own description hides it on purpose).

/// A blocking façade over one `PostgresConnection`.
final class PostgresSession: Sendable {
    let connection: PostgresConnection
    let logger: Logger

    private init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// Connects to `url` and selects its schema (creating it when missing).
    static func open(_ url: PostgresURL, id: Int) throws -> PostgresSession {
        var logger = Logger(label: "pincite.postgres")
        logger.logLevel = .error
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(),
                                                        configuration: url.configuration, id: id, logger: logger).wait()
        } catch {
            throw PostgresSinkError.connect("\(url): \(describe(error))")
        }
        let session = PostgresSession(connection: connection, logger: logger)
        do {
            if let schema = url.schema {
                let name = quoteIdentifier(schema)
                // only when missing: CREATE SCHEMA IF NOT EXISTS still wants the CREATE privilege on the database
                if try session.rows("SELECT 1 FROM pg_namespace WHERE nspname = \(schema)").isEmpty {
                    try session.execute(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(name)"))
                }
                try session.execute(PostgresQuery(unsafeSQL: "SET search_path TO \(name)"))
            }
        } catch {
            session.close()
            throw error
        }
        return session
    }

    /// Runs a statement, discarding its rows.
    func execute(_ query: PostgresQuery) throws {
        _ = try rows(query)
    }

    /// Runs a query and returns its rows.
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        do {
            return try connection.query(query, logger: logger).wait().rows
        } catch {
            throw PostgresSinkError.server(describe(error))
        }
    }

    /// Runs a query and returns its cells as text (integers and booleans converted), nil for NULL.
    func strings(_ query: PostgresQuery) throws -> [[String?]] {
        try rows(query).map { row in
            try row.map { cell -> String? in
                guard cell.bytes != nil else { return nil }
                do {
                    switch cell.dataType {
                    case .int2, .int4, .int8: return String(try cell.decode(Int.self))
                    case .bool: return String(try cell.decode(Bool.self))
                    default: return try cell.decode(String.self)
                    }
                } catch {
                    throw PostgresSinkError.server("cannot read column \(cell.columnName) as text: \(describe(error))")
                }
            }
        }
    }

    /// Runs `body` with the connection in an async context and waits for it.
    func run<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T) throws -> T {
        let promise = connection.eventLoop.makePromise(of: T.self)
        let connection = self.connection, logger = self.logger
        promise.completeWithTask { try await body(connection, logger) }
        do {
            return try promise.futureResult.wait()
        } catch let error as PostgresSinkError {
            throw error
        } catch {
            throw PostgresSinkError.server(describe(error))
        }
    }

    /// Closes the connection; errors on the way out are of no use to anyone.
    func close() {
        try? connection.close().wait()
    }
}

/// `"name"` with embedded quotes doubled, for identifiers that cannot be bound.
func quoteIdentifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\u{0}", with: "").replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// The useful part of a postgres-nio error: the server's message and detail, or the underlying cause.
func describe(_ error: any Error) -> String {
    guard let e = error as? PSQLError else {
        if let t = error as? PostgresTransactionError { return describe(t.closureError ?? t.commitError ?? t.beginError ?? error) }
        return String(describing: error)
    }
    if let info = e.serverInfo {
        var text = info[.message] ?? "server error"
        if let code = info[.sqlState] { text += " (SQLSTATE \(code))" }
        if let detail = info[.detail] { text += ": \(detail)" }
        return text
    }
    if let underlying = e.underlying { return "\(e.code): \(underlying)" }
    return "\(e.code)"
}
