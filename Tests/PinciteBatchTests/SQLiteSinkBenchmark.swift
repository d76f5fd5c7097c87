import Foundation
import XCTest
import Pincite
import PinciteBatch
import PinciteSQLite

/// The cost of the SQLite sink alone: the corpus-dev opinions parsed once, their
/// rows written PINCITE_SQLITE_BENCH times in all (default off) under distinct ids.
/// Prints documents/s, rows/s and MB/s of input; asserts only the row counts,
/// never the time. Run by Benchmarks/sqlite_sink.sh.
final class SQLiteSinkBenchmark: XCTestCase {
    func testWriteManyDocuments() throws {
        guard let n = ProcessInfo.processInfo.environment["PINCITE_SQLITE_BENCH"].flatMap(Int.init), n > 0 else {
            throw XCTSkip("set PINCITE_SQLITE_BENCH=10000 to measure the SQLite sink")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: CorpusRows.corpusDev.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let rows: [DocumentRows] = try files.map { name in
            let bytes = [UInt8](try Data(contentsOf: CorpusRows.corpusDev.appendingPathComponent(name)))
            return DocumentRows(Pincite.parse(bytes: bytes, name: name, bluebook: nil), id: name, sha256: SHA256.hex(bytes))
        }
        let path = CorpusRows.temporaryDatabase()
        let sink = try SQLiteSink(path: path)
        var inputBytes = 0, rowCount = 0, citations = 0
        let cpuBefore = Self.cpuSeconds()
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for i in 0..<n {
                var r = rows[i % rows.count]
                r.document.id = "\(i)/\(r.document.id)"
                r.document.sha256 += "-\(i)"
                try sink.write(r)
                inputBytes += r.document.bytes
                citations += r.citations.count
                rowCount += 1 + r.citations.count + r.edges.count + r.authorities.count + r.aliases.count
            }
            try sink.close()
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let cpu = Self.cpuSeconds() - cpuBefore
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        // CPU time is the per-core figure; wall time also counts waiting for a busy machine's cores
        print(String(format: "sqlite sink: %d documents (%d rows, %.1f MB input) in %.2f s wall, %.2f s CPU: %.0f docs/s, %.0f rows/s, %.1f MB/s per CPU second (%.1f MB/s wall); max RSS %d MB; database %.1f MB",
                     n, rowCount, Double(inputBytes) / 1e6, seconds, cpu, Double(n) / cpu, Double(rowCount) / cpu,
                     Double(inputBytes) / 1e6 / cpu, Double(inputBytes) / 1e6 / seconds, usage.ru_maxrss / 1024,
                     Double(size) / 1e6))
        let counts = try PinciteDatabase(path: path).rowCounts()
        XCTAssertEqual(counts["documents"], n)
        XCTAssertEqual(counts["citations"], citations)
    }

    /// User plus system CPU seconds of this process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
