import Foundation
import XCTest
@testable import PincitePostgres

// PostgresTestServer: how the PostgreSQL tests find their server. The URL comes from
// PINCITE_TEST_POSTGRES_URL (what scripts/start_postgres.sh prints) or, unset, the
// server that script sets up by default; when nothing answers there the tests skip
// with XCTSkip saying so. Every test works in a schema of its own, dropped before
// and after, so that runs and tests never see each other's rows.

enum PostgresTestServer {
    static let defaultURL = "postgres://pincite:pincite@127.0.0.1:5432/pincite_test"

    static var baseURL: String {
        let env = ProcessInfo.processInfo.environment["PINCITE_TEST_POSTGRES_URL"] ?? ""
        return env.isEmpty ? defaultURL : env
    }

    /// `baseURL` with `schema=` set.
    static func url(schema: String) -> String {
        baseURL + (baseURL.contains("?") ? "&" : "?") + "schema=\(schema)"
    }

    /// A schema name unique to the test and the process.
    static func schema(for test: XCTestCase) -> String {
        let name = test.name.lowercased().filter { $0.isLetter || $0.isNumber }
        return "t\(ProcessInfo.processInfo.processIdentifier)_\(name.suffix(40))"
    }

    /// A sink on a fresh schema, or XCTSkip when no server answers.
    static func sink(schema: String, batchDocuments: Int = 1000) throws -> PostgresSink {
        do {
            return try PostgresSink(url: url(schema: schema), batchDocuments: batchDocuments)
        } catch let error as PostgresSinkError {
            if case .connect = error {
                throw XCTSkip("PostgreSQL not reachable at \(PostgresURL.redact(baseURL)): run scripts/start_postgres.sh "
                              + "and set PINCITE_TEST_POSTGRES_URL to the URL it prints (\(error))")
            }
            throw error
        }
    }

    /// Drops `schema` and everything in it; quiet when no server answers.
    static func drop(schema: String) {
        guard let session = try? PostgresSession.open(PostgresURL(baseURL), id: 9) else { return }
        try? session.execute(.init(unsafeSQL: "DROP SCHEMA IF EXISTS \(quoteIdentifier(schema)) CASCADE"))
        session.close()
    }
}

extension PostgresSink {
    /// Rows of `sql` as text, read on the sink's second connection (tests only).
    func inspect(_ sql: String) throws -> [[String?]] {
        try withReader { try $0.strings(.init(unsafeSQL: sql)) }
    }

    /// The single value of `sql`.
    func scalar(_ sql: String) throws -> String? {
        try inspect(sql).first?.first ?? nil
    }

    /// count(*) of `table`.
    func count(_ table: String) throws -> Int {
        Int(try scalar("SELECT count(*) FROM \(table)") ?? "") ?? -1
    }
}
