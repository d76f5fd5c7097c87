import XCTest
@testable import PinciteBatch
@testable import PincitePostgres

/// The PostgreSQL sink's in-memory parts, no server needed: COPY text escaping byte by
/// byte, and the commit plan keeping the meaning of the calls in order (same hash is
/// a no-op, an error record before an effective write is deleted by it, after it stays).
final class PostgresBatchingTests: XCTestCase {
    func rows(_ id: String, _ sha: String) -> DocumentRows {
        DocumentRows(document: DocumentRow(id: id, name: id, sha256: sha, bytes: 1, format: "text", citationCount: 0))
    }

    func testCopyTextEscapesEverySpecialByte() {
        var t = CopyText()
        t.add("a\tb\nc\rd\\e\u{0}f\u{8}\u{C}\u{B}g é")
        t.add(nil as String?)
        t.add("")
        t.add(-42)
        t.add(Int(Int32.max) + 1)
        t.endRow()
        t.add("second")
        t.endRow()
        XCTAssertEqual(String(decoding: t.bytes, as: UTF8.self),
                       "a\\tb\\nc\\rd\\\\ef\\b\\f\\vg é\t\\N\t\t-42\t\\N\nsecond\n")
        XCTAssertEqual(t.rows, 2)
    }

    func testSameHashTwiceIsOneWriteAndStoredHashIsANoOp() {
        var batch = PendingBatch()
        batch.write(rows("a", "1"))
        batch.write(rows("a", "1"))
        batch.write(rows("b", "2"))
        XCTAssertEqual(batch.documentCount, 2)
        XCTAssertEqual(batch.plan(stored: ["a": "1"]).documents.map(\.document.id), ["b"])
        XCTAssertEqual(batch.plan(stored: [:]).documents.map(\.document.id), ["a", "b"])
        XCTAssertEqual(batch.pendingHash(of: "a"), "1")
        XCTAssertNil(batch.pendingHash(of: "c"))
    }

    func testErrorRecordsBeforeAnEffectiveWriteAreDropped() {
        var batch = PendingBatch()
        batch.writeError(id: "a", origin: "o", message: "before")
        batch.write(rows("a", "2"))
        batch.writeError(id: "b", origin: "o", message: "after")
        batch.write(rows("b", "3"))
        batch.writeError(id: "b", origin: "o", message: "after the write")
        // a changes, so its earlier error goes; b's write is a no-op, so both its errors stand
        let plan = batch.plan(stored: ["a": "1", "b": "3"])
        XCTAssertEqual(plan.documents.map(\.document.id), ["a"])
        XCTAssertEqual(plan.errors.map(\.message), ["after", "after the write"])
        // b's last record wins in the COPY payload
        let errors = plan.payloads().first { $0.0.name == CopyTable.errors.name }!.1
        XCTAssertEqual(String(decoding: errors.bytes, as: UTF8.self), "b\to\tafter the write\n")
    }

    func testWritingBackTheStoredVersionStillReplacesTheRows() {
        var batch = PendingBatch()
        batch.write(rows("a", "2"))
        batch.writeError(id: "a", origin: "o", message: "between")
        batch.write(rows("a", "1"))
        // 1 → 2 → 1: both writes take effect, the error record came before the last one
        let plan = batch.plan(stored: ["a": "1"])
        XCTAssertEqual(plan.documents.map(\.document.sha256), ["1"])
        XCTAssertEqual(plan.errors, [])
    }

    func testAuthoritiesAreMergedWithinTheBatch() {
        var a = rows("a", "1"), b = rows("b", "2")
        a.authorities = [AuthorityRow(key: "1 U.S. 2", kind: "case", name: nil)]
        a.aliases = [AliasRow(alias: "3 S. Ct. 4", authority: "1 U.S. 2")]
        b.authorities = [AuthorityRow(key: "1 U.S. 2", kind: "case", name: "A v. B"), AuthorityRow(key: "5 F.3d 6", kind: "case")]
        b.aliases = [AliasRow(alias: "3 S. Ct. 4", authority: "9 U.S. 9")]
        var batch = PendingBatch()
        batch.write(a)
        batch.write(b)
        let payloads = Dictionary(uniqueKeysWithValues: batch.plan(stored: [:]).payloads().map { ($0.0.name, $0.1) })
        XCTAssertEqual(String(decoding: payloads["stage_authorities"]!.bytes, as: UTF8.self),
                       "1 U.S. 2\tcase\tA v. B\t\\N\t\\N\t\\N\t\\N\t\\N\n5 F.3d 6\tcase\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\n")
        XCTAssertEqual(String(decoding: payloads["stage_aliases"]!.bytes, as: UTF8.self), "3 S. Ct. 4\t1 U.S. 2\n")
    }

    func testSplitKeepsEachIdsCallsTogether() {
        var batch = PendingBatch()
        batch.write(rows("a", "1"))
        batch.writeError(id: "b", origin: "o", message: "m")
        batch.write(rows("b", "2"))
        let parts = batch.split()
        XCTAssertEqual(parts.map(\.ids), [["a"], ["b"]])
        XCTAssertEqual(parts[1].plan(stored: [:]).errors, [], "b's error still precedes b's write")
        XCTAssertEqual(parts[1].plan(stored: ["b": "2"]).errors.map(\.message), ["m"])
    }

    func testURLForms() throws {
        let tcp = try PostgresURL("postgresql://u:p%40ss@db.example:6543/research?schema=s1&sslmode=disable")
        XCTAssertEqual(tcp.configuration.host, "db.example")
        XCTAssertEqual(tcp.configuration.port, 6543)
        XCTAssertEqual(tcp.configuration.username, "u")
        XCTAssertEqual(tcp.configuration.password, "p@ss")
        XCTAssertEqual(tcp.configuration.database, "research")
        XCTAssertEqual(tcp.schema, "s1")
        XCTAssertFalse(tcp.description.contains("p%40ss"))
        let socket = try PostgresURL("postgres://u@/research?host=/var/run/postgresql")
        XCTAssertEqual(socket.configuration.unixSocketPath, "/var/run/postgresql/.s.PGSQL.5432")
        XCTAssertNil(socket.schema)
    }
}
