import Foundation
import XCTest
import GRDB
import PinciteBatch
@testable import PinciteSQLite

/// The SQLite sink on real opinions: row counts, the upsert rules, errors,
/// transactions, and the schema check.
final class SQLiteSinkTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(CorpusRows.available, "the shared corpus-dev folder is not here")
    }

    /// A sink over a new database holding `rows`, flushed.
    func sink(with rows: [DocumentRows]) throws -> SQLiteSink {
        let sink = try SQLiteSink(path: CorpusRows.temporaryDatabase())
        for r in rows { try sink.write(r) }
        try sink.flush()
        return sink
    }

    func testRowCountsEqualTheDocumentRows() throws {
        let rows = CorpusRows.ordered
        XCTAssertEqual(rows.count, 5)
        let counts = try sink(with: rows).database.rowCounts()
        XCTAssertEqual(counts["documents"], rows.count)
        XCTAssertEqual(counts["citations"], rows.map(\.citations.count).reduce(0, +))
        XCTAssertEqual(counts["edges"], rows.map(\.edges.count).reduce(0, +))
        XCTAssertEqual(counts["authorities"], Set(rows.flatMap { $0.authorities.map(\.key) }).count)
        XCTAssertEqual(counts["authority_aliases"], Set(rows.flatMap { $0.aliases.map(\.alias) }).count)
        XCTAssertEqual(counts["errors"], 0)
        XCTAssertGreaterThan(counts["citations"] ?? 0, 100, "real opinions have many citations")
    }

    func testRewritingTheSameDocumentIsANoOp() throws {
        let rows = CorpusRows.ordered
        let sink = try sink(with: rows)
        let before = try sink.database.rowCounts()
        let lastRow = { try sink.database.queue.inDatabase { try Int.fetchOne($0, sql: "SELECT max(rowid) FROM citations") } }
        let last = try lastRow()
        for r in rows { try sink.write(r) }
        try sink.flush()
        XCTAssertEqual(try sink.database.rowCounts(), before)
        XCTAssertEqual(try lastRow(), last, "nothing was deleted and written again")
        XCTAssertEqual(try sink.database.integrityProblems(), [])
        try sink.close()
    }

    func testAChangedDocumentReplacesItsCitationsAndEdges() throws {
        let jan = try XCTUnwrap(CorpusRows.all["janfeshan"]), jagels = try XCTUnwrap(CorpusRows.all["jagels"])
        let sink = try sink(with: [jan])
        XCTAssertFalse(try sink.database.search("Easley v. Cromartie").isEmpty)
        // the same id with other content (Jagels' rows, Jagels' hash)
        var changed = jagels
        changed.document.id = "janfeshan"
        try sink.write(changed)
        try sink.flush()
        let counts = try sink.database.rowCounts()
        XCTAssertEqual(counts["documents"], 1)
        XCTAssertEqual(counts["citations"], jagels.citations.count)
        XCTAssertEqual(counts["edges"], jagels.edges.count)
        XCTAssertEqual(try sink.database.cited(by: "janfeshan").map(\.authority), jagels.edges.map(\.authority))
        XCTAssertTrue(try sink.database.search("Easley v. Cromartie").isEmpty, "old citations left the FTS index")
        XCTAssertTrue(try sink.contains(id: "janfeshan", sha256: jagels.document.sha256))
        XCTAssertFalse(try sink.contains(id: "janfeshan", sha256: jan.document.sha256))
        // the authorities stay: they are shared by all documents
        XCTAssertEqual(counts["authorities"], Set((jan.authorities + jagels.authorities).map(\.key)).count)
        XCTAssertEqual(try sink.database.integrityProblems(), [])
    }

    func testAnAuthorityKeepsItsRowAndGetsAMissingNameFromALaterDocument() throws {
        let jan = try XCTUnwrap(CorpusRows.all["janfeshan"])
        var unnamed = jan   // the same opinion, as if its first Easley cite had no case name
        unnamed.document.id = "unnamed"
        let i = try XCTUnwrap(unnamed.authorities.firstIndex { $0.key == "532 U.S. 234" })
        unnamed.authorities[i].name = nil
        let sink = try sink(with: [unnamed])
        XCTAssertEqual(try sink.database.searchAuthorities("Cromartie"), [])
        try sink.write(jan)
        try sink.flush()
        XCTAssertEqual(try sink.database.searchAuthorities("Cromartie").map(\.authority), ["532 U.S. 234"])
        XCTAssertEqual(try sink.database.cited(by: "unnamed").first { $0.authority == "532 U.S. 234" }?.name, "Easley v. Cromartie")
        XCTAssertEqual(try sink.database.rowCounts()["authorities"], jan.authorities.count)
        XCTAssertEqual(try sink.database.integrityProblems(), [])
    }

    func testErrorsAreRecordedAndClearedByALaterGoodVersion() throws {
        let jan = try XCTUnwrap(CorpusRows.all["janfeshan"])
        let sink = try sink(with: [])
        try sink.writeError(id: "janfeshan", origin: "dump.jsonl:line 3", message: "truncated record")
        try sink.writeError(id: "broken", origin: "dump.jsonl:line 4", message: "not JSON")
        try sink.writeError(id: "broken", origin: "dump.jsonl:line 4", message: "not JSON either")
        try sink.flush()
        XCTAssertEqual(try sink.database.rowCounts()["errors"], 2)
        let message = try sink.database.queue.inDatabase {
            try String.fetchOne($0, sql: "SELECT message FROM errors WHERE document = 'broken'")
        }
        XCTAssertEqual(message, "not JSON either")
        try sink.write(jan)
        try sink.flush()
        let left = try sink.database.queue.inDatabase { try String.fetchAll($0, sql: "SELECT document FROM errors") }
        XCTAssertEqual(left, ["broken"])
    }

    func testAFailingDocumentIsRolledBackAloneInItsTransaction() throws {
        let jan = try XCTUnwrap(CorpusRows.all["janfeshan"]), acms = try XCTUnwrap(CorpusRows.all["acms"])
        let sink = try SQLiteSink(path: CorpusRows.temporaryDatabase())
        try sink.write(jan)
        var broken = try XCTUnwrap(CorpusRows.all["hogarth"])
        broken.citations.append(broken.citations[0])   // the same (document, seq) twice
        XCTAssertThrowsError(try sink.write(broken))
        try sink.write(acms)
        try sink.flush()
        let counts = try sink.database.rowCounts()
        XCTAssertEqual(counts["documents"], 2)
        XCTAssertEqual(counts["citations"], jan.citations.count + acms.citations.count)
        XCTAssertFalse(try sink.contains(id: "hogarth", sha256: broken.document.sha256))
        XCTAssertEqual(try sink.database.integrityProblems(), [])
    }

    func testOnlyCommittedWholeDocumentsAreVisibleToOtherConnections() throws {
        let rows = CorpusRows.ordered
        let path = CorpusRows.temporaryDatabase()
        let sink = try SQLiteSink(path: path)
        sink.documentsPerCommit = 2
        for r in rows { try sink.write(r) }
        // 5 documents with a commit every 2: 4 committed, the 5th pending
        let reader = try PinciteDatabase(path: path)
        XCTAssertEqual(try reader.rowCounts()["documents"], 4)
        XCTAssertEqual(try reader.rowCounts()["citations"], rows.prefix(4).map(\.citations.count).reduce(0, +))
        XCTAssertEqual(try sink.database.rowCounts()["documents"], 5, "the writer sees its open transaction")
        try sink.flush()
        XCTAssertEqual(try reader.rowCounts()["documents"], 5)
        try sink.close()
    }

    func testContainsIsSafeWhileTheWriterWrites() throws {
        let rows = CorpusRows.ordered
        let sink = try SQLiteSink(path: CorpusRows.temporaryDatabase())
        sink.documentsPerCommit = 3
        let ids = (0..<40).map { "copy-\($0)" }
        let reader = Thread {
            for _ in 0..<20 { for id in ids { _ = try? sink.contains(id: id, sha256: "x") } }
        }
        reader.start()
        for (i, id) in ids.enumerated() {
            var r = rows[i % rows.count]
            r.document.id = id
            try sink.write(r)
        }
        try sink.flush()
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        for (i, id) in ids.enumerated() {
            XCTAssertTrue(try sink.contains(id: id, sha256: rows[i % rows.count].document.sha256))
        }
        XCTAssertEqual(try sink.database.rowCounts()["documents"], ids.count)
    }

    func testReopeningKeepsTheDataAndOtherSchemasAreRefused() throws {
        let path = CorpusRows.temporaryDatabase()
        let jan = try XCTUnwrap(CorpusRows.all["janfeshan"])
        do {
            let sink = try SQLiteSink(path: path)
            try sink.write(jan)
            try sink.close()
        }
        let again = try SQLiteSink(path: path)
        XCTAssertTrue(try again.contains(id: "janfeshan", sha256: jan.document.sha256))
        try again.database.queue.inDatabase { try $0.execute(sql: "UPDATE meta SET value = 'pincite-db/0' WHERE key = 'schema'") }
        try again.close()
        XCTAssertThrowsError(try SQLiteSink(path: path)) {
            XCTAssertEqual($0 as? PinciteDatabaseError, .schemaMismatch(found: "pincite-db/0", expected: "pincite-db/1"))
        }
        XCTAssertThrowsError(try PinciteDatabase(path: path))

        let foreign = CorpusRows.temporaryDatabase()
        try DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE notes(x TEXT)") }
        XCTAssertThrowsError(try SQLiteSink(path: foreign)) { XCTAssertEqual($0 as? PinciteDatabaseError, .notPincite) }
    }
}
