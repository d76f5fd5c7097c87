import XCTest
import GRDB
@testable import PinciteSQLite
@testable import PinciteBatch

/// `pincite batch --db` as users run it: a database that Ctrl-C leaves holding whole
/// documents only, and `--resume` that skips exactly those and completes the rest.
final class BatchDatabaseCommandTests: XCTestCase {
    /// A JSON Lines dump of `count` opinions, corpus-dev texts with distinct ids.
    func dump(_ count: Int, in dir: URL) throws -> URL {
        let texts = try TestCorpus.texts.map { try String(contentsOf: $0, encoding: .utf8) }
        var lines: [String] = []
        for i in 0..<count {
            let object = ["id": "doc-\(i)", "text": texts[i % texts.count]]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        let url = dir.appendingPathComponent("dump.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url
    }

    /// Every document's citation rows are all there (the count its row records), and
    /// SQLite's and the full-text index's own checks pass.
    func assertWholeDocuments(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let db = PinciteDatabase(queue: try DatabaseQueue(path: path))
        XCTAssertEqual(try db.integrityProblems(), [], file: file, line: line)
        let torn = try db.queue.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM documents d
                WHERE d.citation_count != (SELECT count(*) FROM citations c WHERE c.document = d.id)
                """) ?? -1
        }
        XCTAssertEqual(torn, 0, "documents with a partial set of citations", file: file, line: line)
        return try db.rowCounts()["documents"] ?? 0
    }

    func testInterruptLeavesWholeDocumentsAndResumeCompletesTheRun() throws {
        guard let bin = BatchRunnerTests.pinciteBinary else { throw XCTSkip("pincite is not built next to the tests") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pincite-interrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Ctrl-C stops reading, and the documents already read (up to the runner's window)
        // are still parsed and written: the dump must be well past the window for the
        // interrupt to leave some unread
        let total = 4 * BatchRunOptions(jobs: 2).window
        let input = try dump(total, in: dir)
        let database = dir.appendingPathComponent("out.sqlite").path

        let run = Process()
        run.executableURL = URL(fileURLWithPath: bin)
        let args = ["batch", input.path, "--db", database, "--jobs", "2", "--no-progress"]
        run.arguments = args + BatchCommandTests.memoryLimit(args)   // PINCITE_TEST_MEMORY_LIMIT_MIB (sanitizer builds)
        run.standardError = FileHandle.nullDevice
        try run.run()
        // interrupt while documents are being parsed and written (the whole dump takes
        // several times longer than this, even in a release build on one core)
        usleep(2_500_000)
        run.interrupt()
        run.waitUntilExit()
        let stored = try assertWholeDocuments(database)
        if run.terminationStatus == 130 {
            XCTAssertLessThan(stored, total, "interrupted before the end")
        } else {
            XCTAssertEqual(run.terminationStatus, 0)   // the run had finished before the signal
            XCTAssertEqual(stored, total)
        }
        XCTAssertGreaterThan(stored, 0, "what was parsed before Ctrl-C is committed")

        let resume = try BatchCommandTests.pincite(["batch", input.path, "--db", database, "--resume", "--jobs", "2"])
        XCTAssertEqual(resume.status, 0, resume.err)
        XCTAssertTrue(resume.err.contains("\(BatchStats.grouped(stored)) skipped") || stored == 0, resume.err)
        XCTAssertEqual(try assertWholeDocuments(database), total)

        // and running again changes nothing
        let again = try BatchCommandTests.pincite(["batch", input.path, "--db", database, "--resume"])
        XCTAssertTrue(again.err.contains("\(BatchStats.grouped(total)) skipped"), again.err)
    }
}
