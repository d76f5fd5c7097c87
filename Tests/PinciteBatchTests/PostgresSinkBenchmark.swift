import Foundation
import XCTest
import Pincite
@testable import PinciteBatch
@testable import PincitePostgres

/// Throughput of the PostgreSQL sink alone: the development corpus parsed once, then
/// written as PINCITE_PG_BENCH_DOCS documents (distinct ids and hashes) into a fresh
/// schema; prints documents/s, rows/s and input MB/s. Runs only when that variable is
/// set (it takes minutes); it checks the row counts, never the time.
///
///     PINCITE_PG_BENCH_DOCS=10000 swift test --skip-build --filter PostgresSinkBenchmark
final class PostgresSinkBenchmark: XCTestCase {
    func testWriteManyDocuments() throws {
        guard let n = ProcessInfo.processInfo.environment["PINCITE_PG_BENCH_DOCS"].flatMap({ Int($0) }), n > 0 else {
            throw XCTSkip("set PINCITE_PG_BENCH_DOCS=10000 to measure the PostgreSQL sink")
        }
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus-dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") || $0.hasSuffix(".xml") || $0.hasSuffix(".json") }.sorted()
        let parsed: [(rows: DocumentRows, bytes: Int)] = try names.map { name in
            let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
            let doc = Pincite.parse(bytes: bytes, name: name, bluebook: nil)
            return (DocumentRows(doc, id: name, sha256: SHA256.hex(bytes)), bytes.count)
        }
        XCTAssertGreaterThan(parsed.count, 20)
        let schema = "bench\(ProcessInfo.processInfo.processIdentifier)"
        PostgresTestServer.drop(schema: schema)
        defer { PostgresTestServer.drop(schema: schema) }
        let sink = try PostgresTestServer.sink(schema: schema)

        let backend = try XCTUnwrap(Int32((try sink.writer.strings("SELECT pg_backend_pid()").first?.first ?? nil) ?? ""))
        var inputBytes = 0, rowCount = 0, citations = 0
        let (clientStart, serverStart) = (Self.cpuSeconds(), Self.cpuSeconds(of: backend))
        let start = Date()
        for i in 0..<n {
            let (base, size) = parsed[i % parsed.count]
            var rows = base
            let id = "\(i)/\(base.document.id)"
            rows.document.id = id
            rows.document.sha256 = base.document.sha256 + String(i)
            for k in rows.citations.indices { rows.citations[k].document = id }
            for k in rows.edges.indices { rows.edges[k].document = id }
            try sink.write(rows)
            inputBytes += size
            citations += rows.citations.count
            rowCount += 1 + rows.citations.count + rows.edges.count + rows.authorities.count + rows.aliases.count
        }
        try sink.flush()
        let seconds = Date().timeIntervalSince(start)
        let client = Self.cpuSeconds() - clientStart, server = Self.cpuSeconds(of: backend) - serverStart
        XCTAssertEqual(try sink.count("documents"), n)
        XCTAssertEqual(try sink.count("citations"), citations)
        let c = sink.committed
        print(String(format: "PostgresSink: %d documents, %d rows (%d citations), %.1f MB input, %.1f MB COPY data in %.2f s: "
                     + "%.0f docs/s, %.0f rows/s, %.1f MB/s input",
                     n, rowCount, c.citations, Double(inputBytes) / 1e6, Double(c.copyBytes) / 1e6, seconds,
                     Double(n) / seconds, Double(rowCount) / seconds, Double(inputBytes) / 1e6 / seconds))
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("PostgresSink: peak resident memory of the test process \(usage.ru_maxrss / 1024) MB")
        // the machine is shared: CPU seconds say more than the wall clock
        print(String(format: "PostgresSink CPU: client %.2f s (%.1f MB/s input per client core), server backend %.2f s "
                     + "(%.1f MB/s input, %.0f rows/s per server core)",
                     client, Double(inputBytes) / 1e6 / client, server, Double(inputBytes) / 1e6 / server,
                     Double(rowCount) / server))
        let closing = Date()
        try sink.close()  // a first load builds the full-text indexes here
        print(String(format: "PostgresSink: close (full-text index build) %.2f s; end to end %.0f docs/s, %.1f MB/s input",
                     Date().timeIntervalSince(closing), Double(n) / Date().timeIntervalSince(start),
                     Double(inputBytes) / 1e6 / Date().timeIntervalSince(start)))
    }

    /// User + system CPU seconds of this process.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// User + system CPU seconds of process `pid` (the server backend), from /proc.
    static func cpuSeconds(of pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return .nan }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // after "pid (comm)": state is field 3, utime 14 and stime 15
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return .nan }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
