// PostgresSinkError: what goes wrong between the sink and the server, worded for the
// person running the batch. postgres-nio's own errors hide the server's message on
// purpose (it may hold data); the sink's users need it, so PostgresSession copies the
// message, SQLSTATE and detail into these cases, and URLs appear with the password
// replaced.

/// Errors of the PostgreSQL sink, with messages meant for the user.
public enum PostgresSinkError: Error, CustomStringConvertible, Sendable {
    /// The URL could not be used.
    case badURL(String)
    /// The server could not be reached or refused the login.
    case connect(String)
    /// The database holds a different Pincite schema.
    case schemaMismatch(found: String)
    /// The server rejected a statement.
    case server(String)
    /// The sink was used after `close()`.
    case closed

    public var description: String {
        switch self {
        case .badURL(let m): return "bad PostgreSQL URL: \(m)"
        case .connect(let m): return "cannot connect to PostgreSQL: \(m)"
        case .schemaMismatch(let found):
            return "the database holds schema '\(found)', this pincite writes '\(PostgresSchema.version)'"
        case .server(let m): return "PostgreSQL: \(m)"
        case .closed: return "the PostgreSQL sink is closed"
        }
    }
}
