import Foundation
import XCTest
import GRDB
import Pincite
import PinciteBatch
@testable import PinciteSQLite

/// The SQLite writer binds a row's texts from one reused buffer (SQLITE_STATIC):
/// every value must come back exactly — empty, NULL, non-ASCII, and longer than
/// the buffer's first 4 KiB — row after row, also when a document is replaced.
/// Needs no corpus: the opinion text is written here.
final class SQLiteTextBindingTests: XCTestCase {
    /// A short opinion with non-ASCII party names and two parentheticals of ~2.8 KB
    /// each (a parenthetical is read up to 600 tokens).
    static func opinion(_ variant: String) -> [UInt8] {
        let long = String(repeating: "weighed évidentiary submissions thoroughly — ", count: 60)
        let text = """
            Plaintiffs rely on Muñoz v. Østergaard, 532 U.S. 234, 240 (2001) (\(long)) (\(long)).
            See also Smith v. Jones, 1 F.3d 2, 5 (2d Cir. 1993) (\(variant)); Doe v. Roe, 3 F. Supp. 2d 4 (S.D.N.Y. 1998).
            Id. at 6. The statute, 28 U.S.C. § 1331, applies.
            """
        return Array(text.utf8)
    }

    static func rows(id: String, _ bytes: [UInt8]) -> DocumentRows {
        DocumentRows(Pincite.parse(bytes: bytes, name: "\(id).txt", bluebook: nil), id: id, sha256: SHA256.hex(bytes))
    }

    /// The citations table of `id`, column by column, as the writer was given them.
    func stored(_ db: PinciteDatabase, _ id: String) throws -> [[String?]] {
        try db.queue.inDatabase { db in
            try Row.fetchAll(db, sql: """
                SELECT seq, kind, text, span_start, span_end, page, footnote, signal, plaintiff, defendant, volume,
                    reporter, first_page, pincite, court, year, parentheticals, antecedent, authority, verdict
                FROM citations WHERE document = ? ORDER BY seq
                """, arguments: [id]).map { row in (0..<row.count).map { Self.text(row[$0] as DatabaseValue) } }
        }
    }

    /// A stored value as text: integers in decimal, NULL as nil.
    static func text(_ v: DatabaseValue) -> String? {
        switch v.storage {
        case .null: return nil
        case .int64(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return s
        case .blob(let b): return "blob \(b.count)"
        }
    }

    func expected(_ rows: DocumentRows) -> [[String?]] {
        rows.citations.map { c in
            [String(c.seq), c.kind, c.text, String(c.start), String(c.end), c.page.map(String.init), c.footnote, c.signal,
             c.plaintiff, c.defendant, c.volume, c.reporter, c.firstPage, c.pincite, c.court, c.year.map(String.init),
             c.parentheticals, c.antecedent.map(String.init), c.authority, c.verdict]
        }
    }

    func testEveryTextComesBackExactly() throws {
        let first = Self.rows(id: "a", Self.opinion("first"))
        let other = Self.rows(id: "b", Self.opinion(""))
        XCTAssertGreaterThanOrEqual(first.citations.count, 4)
        XCTAssertTrue(first.citations.contains { ($0.parentheticals?.utf8.count ?? 0) > 4_096 }, "a text longer than the buffer")
        XCTAssertTrue(first.citations.contains { $0.plaintiff == "Muñoz" && $0.defendant == "Østergaard" })
        XCTAssertTrue(first.citations.contains { $0.signal == nil }, "a NULL between texts")

        let sink = try SQLiteSink(path: CorpusRows.temporaryDatabase())
        try sink.write(first)
        try sink.write(other)
        try sink.flush()
        XCTAssertEqual(try stored(sink.database, "a"), expected(first))
        XCTAssertEqual(try stored(sink.database, "b"), expected(other))

        // a replaced document: its old index entries are deleted by value, its new ones bound again
        let replaced = Self.rows(id: "a", Self.opinion("second version"))
        try sink.write(replaced)
        try sink.flush()
        XCTAssertEqual(try stored(sink.database, "a"), expected(replaced))
        XCTAssertFalse(try sink.database.search("Muñoz").isEmpty, "non-ASCII text is in the full-text index")
        XCTAssertEqual(try sink.database.integrityProblems(), [])
        try sink.close()
    }
}
