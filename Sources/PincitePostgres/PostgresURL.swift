import Foundation
import PostgresNIO

// PostgresURL: reads the `--postgres URL` argument, in the libpq URI form users know
// from psql — postgres://user:password@host:port/database (also postgresql://),
// with the query options host=/socket/dir (a unix socket, as libpq does; an empty
// host means /var/run/postgresql), sslmode=disable|prefer|require and schema=NAME
// (Pincite's own: the tables go into that schema, created when missing, so that
// several databases can share one PostgreSQL database — the tests use it).

/// Where a `PostgresSink` connects, parsed from a URL.
public struct PostgresURL: Sendable, CustomStringConvertible {
    /// The connection settings for postgres-nio.
    public var configuration: PostgresConnection.Configuration
    /// The schema holding the tables; nil for the server's default search path.
    public var schema: String?
    /// The URL without its password, for messages.
    public var description: String

    /// Parses `url`; throws `PostgresSinkError.badURL` with the reason when it is not usable.
    public init(_ url: String) throws {
        guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased(),
              scheme == "postgres" || scheme == "postgresql" else {
            throw PostgresSinkError.badURL("expected postgres://user:password@host:port/database, got \(Self.redact(url))")
        }
        var options: [String: String] = [:]
        for item in parts.queryItems ?? [] { options[item.name] = item.value ?? "" }
        let user = parts.user.flatMap { $0.isEmpty ? nil : $0 } ?? options["user"] ?? "postgres"
        let password = parts.password ?? options["password"]
        var database = parts.path
        if database.hasPrefix("/") { database.removeFirst() }
        let port = parts.port ?? options["port"].flatMap { Int($0) } ?? 5432
        let host = parts.host.flatMap { $0.isEmpty ? nil : $0 } ?? options["host"] ?? "/var/run/postgresql"
        if host.hasPrefix("/") {
            configuration = .init(unixSocketPath: "\(host)/.s.PGSQL.\(port)", username: user, password: password,
                                  database: database.isEmpty ? nil : database)
        } else {
            let tls: PostgresConnection.Configuration.TLS
            switch options["sslmode"] ?? "disable" {
            case "disable", "allow": tls = .disable
            case "prefer", "require":
                var c = TLSConfiguration.makeClientConfiguration()
                c.certificateVerification = .none  // libpq's prefer/require do not verify the certificate either
                let context = try NIOSSLContext(configuration: c)
                tls = options["sslmode"] == "prefer" ? .prefer(context) : .require(context)
            case "verify-ca", "verify-full":
                tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case let other:
                throw PostgresSinkError.badURL("unknown sslmode '\(other)'")
            }
            configuration = .init(host: host, port: port, username: user, password: password,
                                  database: database.isEmpty ? nil : database, tls: tls)
        }
        if let s = options["schema"], !s.isEmpty { schema = s } else { schema = nil }
        description = Self.redact(url)
    }

    /// `url` with any password replaced by "***".
    static func redact(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "***"
        return parts.string ?? url
    }
}
