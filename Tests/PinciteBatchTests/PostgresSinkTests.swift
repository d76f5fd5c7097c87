import Foundation
import XCTest
import Pincite
@testable import PinciteBatch
@testable import PincitePostgres

/// The PostgreSQL sink against a real local server (scripts/start_postgres.sh): real
/// opinions in, every table's rows back out, the upsert rules, COPY escaping, full
/// text, `contains`, and a document the server rejects costing only itself.
final class PostgresSinkTests: XCTestCase {
    /// Janfeshan and a spread of the development corpus (text, HTML, CAP XML, CourtListener JSON), parsed once.
    static let corpus: [DocumentRows] = {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let repo = tests.deletingLastPathComponent()
        let dev = repo.deletingLastPathComponent().appendingPathComponent("shared/corpus-dev")
        var files = [repo.appendingPathComponent("Corpus/janfeshan/janfeshan.txt")]
        for name in ["002_doctor_ca5_st_pierre_v_standard_ins.txt", "006_eyecite_ednc_hogarth_v_bell.txt",
                     "009_fastcase_dc_west_v_united_states.orig.html", "018_capstone_illappct_home_ins_v_kirk_1887.orig.xml",
                     "016_courtlistener_moctapp_dlm_v_tjs.orig.json", "020_smaa2020_illappct_people_v_thompson.txt"] {
            files.append(dev.appendingPathComponent(name))
        }
        return files.compactMap { url in
            guard let data = try? Data(contentsOf: url) else { return nil }
            let bytes = [UInt8](data)
            let doc = Pincite.parse(bytes: bytes, name: url.lastPathComponent, bluebook: nil)
            return DocumentRows(doc, id: url.lastPathComponent, sha256: SHA256.hex(bytes))
        }
    }()

    var schema = ""

    override func setUpWithError() throws {
        // the fixture names corpus-dev opinions (beside the repository here and in CI)
        try XCTSkipUnless(Self.corpus.count == 7, "PostgreSQL sink tests skipped: the shared corpus-dev folder is not beside the repository")
        schema = PostgresTestServer.schema(for: self)
        PostgresTestServer.drop(schema: schema)
    }

    override func tearDown() {
        PostgresTestServer.drop(schema: schema)
    }

    func testCorpusDocumentsFillEveryTable() throws {
        let corpus = Self.corpus
        XCTAssertEqual(corpus.count, 7, "the corpus files are readable")
        let sink = try PostgresTestServer.sink(schema: schema, batchDocuments: 3)  // several transactions
        for rows in corpus { try sink.write(rows) }
        try sink.flush()
        XCTAssertEqual(try sink.count("documents"), corpus.count)
        XCTAssertEqual(try sink.count("citations"), corpus.map(\.citations.count).reduce(0, +))
        XCTAssertEqual(try sink.count("edges"), corpus.map(\.edges.count).reduce(0, +))
        XCTAssertEqual(try sink.count("authorities"), Set(corpus.flatMap { $0.authorities.map(\.key) }).count)
        XCTAssertEqual(try sink.count("authority_aliases"), Set(corpus.flatMap { $0.aliases.map(\.alias) }).count)
        XCTAssertEqual(try sink.count("errors"), 0)
        XCTAssertGreaterThan(try sink.count("citations"), 100, "real opinions have citations")
        XCTAssertEqual(try sink.scalar("SELECT value FROM meta WHERE key = 'schema'"), "pincite-db/1")

        // per document, the stored rows are the rows
        for rows in corpus {
            let id = rows.document.id.replacingOccurrences(of: "'", with: "''")
            XCTAssertEqual(try sink.count("citations WHERE document = '\(id)'"), rows.citations.count, id)
            let depths = try sink.inspect("SELECT authority, depth, pincites FROM edges WHERE document = '\(id)' ORDER BY authority")
            let expected = rows.edges.sorted { $0.authority < $1.authority }.map { [$0.authority, String($0.depth), $0.pincites] }
            XCTAssertEqual(depths, expected, id)
        }
        // one citation read back field by field
        let easley = try XCTUnwrap(corpus[0].citations.first { $0.authority == "532 U.S. 234" && $0.pincite != nil })
        let back = try XCTUnwrap(try sink.inspect("""
            SELECT kind, text, span_start, span_end, plaintiff, defendant, volume, reporter, first_page, pincite, year,
                   authority FROM citations WHERE document = 'janfeshan.txt' AND seq = \(easley.seq)
            """).first)
        XCTAssertEqual(back, [easley.kind, easley.text, String(easley.start), String(easley.end), easley.plaintiff,
                              easley.defendant, easley.volume, easley.reporter, easley.firstPage, easley.pincite,
                              easley.year.map(String.init), easley.authority])
        let doc = try XCTUnwrap(try sink.inspect("SELECT sha256, court, date, citation_count FROM documents WHERE id = 'janfeshan.txt'").first)
        XCTAssertEqual(doc, [corpus[0].document.sha256, "UNITED STATES DISTRICT COURT", "2018-02-07",
                             String(corpus[0].citations.count)])
        try sink.close()
    }

    func testRerunWithTheSameContentIsANoOp() throws {
        let corpus = Array(Self.corpus.prefix(3))
        let first = try PostgresTestServer.sink(schema: schema)
        for rows in corpus { try first.write(rows) }
        try first.close()
        XCTAssertEqual(first.committed.documents, 3)

        // mark a stored row: a rewrite would lose the mark
        let second = try PostgresTestServer.sink(schema: schema)
        _ = try second.inspect("UPDATE citations SET verdict = 'untouched' WHERE document = 'janfeshan.txt' AND seq = 0 RETURNING 1")
        let citations = try second.count("citations")
        for rows in corpus { try second.write(rows) }
        try second.flush()
        XCTAssertEqual(second.committed.unchanged, 3)
        XCTAssertEqual(second.committed.documents, 0)
        XCTAssertEqual(try second.count("citations"), citations)
        XCTAssertEqual(try second.scalar("SELECT verdict FROM citations WHERE document = 'janfeshan.txt' AND seq = 0"), "untouched")
        try second.close()
    }

    func testChangedDocumentReplacesItsRows() throws {
        let a = Self.corpus[0], b = Self.corpus[1]
        let sink = try PostgresTestServer.sink(schema: schema)
        try sink.write(a)
        try sink.writeError(id: a.document.id, origin: "first.txt", message: "an old failure")
        try sink.flush()
        XCTAssertEqual(try sink.count("errors"), 1)

        // the same id now holds b's content
        var replacement = b
        replacement.document.id = a.document.id
        replacement.citations = b.citations.map { var c = $0; c.document = a.document.id; return c }
        replacement.edges = b.edges.map { var e = $0; e.document = a.document.id; return e }
        try sink.write(replacement)
        try sink.flush()
        XCTAssertEqual(try sink.count("documents"), 1)
        XCTAssertEqual(try sink.scalar("SELECT sha256 FROM documents"), b.document.sha256)
        XCTAssertEqual(try sink.count("citations"), b.citations.count)
        XCTAssertEqual(try sink.count("edges"), b.edges.count)
        XCTAssertEqual(try sink.count("errors"), 0, "a new version of the document clears its error record")
        // authorities only grow: a's stay, b's are added
        XCTAssertEqual(try sink.count("authorities"), Set((a.authorities + b.authorities).map(\.key)).count)
        try sink.close()
    }

    func testErrorRecordsAreUpserted() throws {
        let sink = try PostgresTestServer.sink(schema: schema)
        try sink.writeError(id: "broken-1", origin: "dump.csv:row 7", message: "truncated bz2 stream")
        try sink.writeError(id: "broken-2", origin: "dump.csv:row 9", message: "field over the size limit")
        try sink.flush()
        try sink.writeError(id: "broken-1", origin: "dump.csv:row 7", message: "still truncated")
        try sink.flush()
        XCTAssertEqual(try sink.inspect("SELECT document, origin, message FROM errors ORDER BY document"), [
            ["broken-1", "dump.csv:row 7", "still truncated"],
            ["broken-2", "dump.csv:row 9", "field over the size limit"],
        ])
        XCTAssertEqual(try sink.count("documents"), 0)
        try sink.close()
    }

    func testAwkwardTextRoundTripsThroughCopy() throws {
        let nasty = "tab\there\nnew line\r\nback\\slash \\N \\. \"quoted\" 'single' \u{0}nul é § ¶ 😀 \u{7}bell"
        let row = DocumentRow(id: "odd\tid\\with\nescapes", name: nasty, sha256: "abc", bytes: 12, format: "text",
                              court: "", docket: nil, date: nil, caseName: "A v. B", citationCount: 1, diagnostics: "one\ntwo")
        let citation = CitationRow(document: row.id, seq: 0, kind: "fullCase", text: nasty, start: 0, end: 10,
                                   page: 99_999_999_999, footnote: "", signal: nil, plaintiff: "Tab\tCo.", defendant: "Slash\\Inc.",
                                   volume: "1", reporter: "U.S.", firstPage: "2", pincite: nil, court: nil, year: 1999,
                                   parentheticals: "a\nb", antecedent: nil, authority: "1 U.S. 2", verdict: nil)
        let sink = try PostgresTestServer.sink(schema: schema)
        try sink.write(DocumentRows(document: row, citations: [citation],
                                    authorities: [AuthorityRow(key: "1 U.S. 2", kind: "case", name: nasty)],
                                    edges: [EdgeRow(document: row.id, authority: "1 U.S. 2", depth: 1, pincites: "3\t4")]))
        try sink.flush()
        let stripped = nasty.replacingOccurrences(of: "\u{0}", with: "")
        XCTAssertEqual(try sink.inspect("SELECT id, name, court, docket, diagnostics FROM documents"),
                       [[row.id, stripped, "", nil, "one\ntwo"]], "empty string and NULL stay apart")
        XCTAssertEqual(try sink.inspect("SELECT text, plaintiff, defendant, parentheticals, footnote, page, year FROM citations"),
                       [[stripped, "Tab\tCo.", "Slash\\Inc.", "a\nb", "", nil, "1999"]], "a page past INTEGER becomes NULL")
        XCTAssertEqual(try sink.scalar("SELECT name FROM authorities"), stripped)
        XCTAssertEqual(try sink.scalar("SELECT pincites FROM edges"), "3\t4")
        XCTAssertTrue(try sink.contains(id: row.id, sha256: "abc"))
        try sink.close()
    }

    func testFullTextFindsCaseNames() throws {
        let sink = try PostgresTestServer.sink(schema: schema)
        for rows in Self.corpus { try sink.write(rows) }
        try sink.flush()
        let hits = try sink.searchCitations("Cromartie")
        XCTAssertFalse(hits.isEmpty)
        XCTAssertTrue(hits.allSatisfy { $0.text.contains("Cromartie") }, "\(hits)")
        XCTAssertTrue(hits.contains { $0.document == "janfeshan.txt" && $0.text.hasPrefix("Easley v. Cromartie, 532 U.S. 234") })
        XCTAssertEqual(try sink.searchAuthorities("Easley Cromartie"), ["532 U.S. 234"])
        XCTAssertEqual(try sink.searchAuthorities("nosuchpartyname"), [])
        // a first load builds the full-text indexes at close; a database with rows gets them at open
        XCTAssertTrue(sink.fullTextDeferred)
        XCTAssertEqual(try sink.count("pg_indexes WHERE schemaname = '\(schema)' AND indexname IN ('citations_fts', 'authorities_fts')"), 0)
        try sink.close()
        let reopened = try PostgresTestServer.sink(schema: schema)
        XCTAssertFalse(reopened.fullTextDeferred)
        XCTAssertEqual(try reopened.count("pg_indexes WHERE schemaname = '\(schema)' AND indexname IN ('citations_fts', 'authorities_fts')"), 2)
        XCTAssertEqual(try reopened.searchAuthorities("Easley Cromartie"), ["532 U.S. 234"])
        // the search expression is the indexed one: with sequential scans priced out, the planner uses the GIN index
        let plan = try reopened.withReader { s -> String in
            try s.execute("SET enable_seqscan = off")
            defer { try? s.execute("SET enable_seqscan = on") }
            let sql = "EXPLAIN SELECT document FROM citations WHERE \(PostgresSchema.citationsDocument) @@ "
                + "websearch_to_tsquery('english', 'Cromartie')"
            return try s.strings(.init(unsafeSQL: sql)).compactMap { $0[0] }.joined(separator: "\n")
        }
        XCTAssertTrue(plan.contains("citations_fts"), plan)
        try reopened.close()
    }

    func testContainsSeesPendingAndCommittedDocuments() throws {
        let rows = Self.corpus[0]
        let sink = try PostgresTestServer.sink(schema: schema)
        XCTAssertFalse(try sink.contains(id: rows.document.id, sha256: rows.document.sha256))
        try sink.write(rows)
        XCTAssertTrue(try sink.contains(id: rows.document.id, sha256: rows.document.sha256), "pending rows count")
        XCTAssertFalse(try sink.contains(id: rows.document.id, sha256: "0000"))
        try sink.close()
        XCTAssertThrowsError(try sink.contains(id: rows.document.id, sha256: rows.document.sha256))

        let again = try PostgresTestServer.sink(schema: schema)
        XCTAssertTrue(try again.contains(id: rows.document.id, sha256: rows.document.sha256), "committed rows count")
        XCTAssertFalse(try again.contains(id: rows.document.id, sha256: "0000"))
        XCTAssertFalse(try again.contains(id: "never-written", sha256: rows.document.sha256))
        try again.close()
    }

    func testContainsWhileTheWriterCommits() throws {
        let corpus = Self.corpus
        let sink = try PostgresTestServer.sink(schema: schema, batchDocuments: 2)
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var answers = 0
        nonisolated(unsafe) var failure: (any Error)?
        Thread {
            defer { done.signal() }
            do {
                for _ in 0..<20 { for rows in corpus { _ = try sink.contains(id: rows.document.id, sha256: rows.document.sha256); answers += 1 } }
            } catch { failure = error }
        }.start()
        for round in 0..<3 {
            for rows in corpus {
                var r = rows
                r.document.sha256 += String(round)  // a new version each round: every write commits
                try sink.write(r)
            }
        }
        try sink.flush()
        done.wait()
        XCTAssertNil(failure)
        XCTAssertEqual(answers, 20 * corpus.count)
        XCTAssertEqual(try sink.count("documents"), corpus.count)
        XCTAssertEqual(try sink.count("citations"), corpus.map(\.citations.count).reduce(0, +))
        try sink.close()
    }

    func testARejectedDocumentBecomesAnErrorRecordAndTheBatchGoesOn() throws {
        let good = Array(Self.corpus.prefix(3))
        var bad = Self.corpus[3]
        bad.document.id = "bad-duplicate-seq"
        bad.citations = bad.citations.map { var c = $0; c.document = bad.document.id; c.seq = 0; return c }
        bad.edges = []
        XCTAssertGreaterThan(bad.citations.count, 1)
        let sink = try PostgresTestServer.sink(schema: schema)
        for rows in [good[0], bad, good[1], good[2]] { try sink.write(rows) }
        try sink.flush()
        XCTAssertEqual(try sink.inspect("SELECT id FROM documents ORDER BY id").compactMap { $0[0] },
                       good.map(\.document.id).sorted())
        let error = try XCTUnwrap(try sink.inspect("SELECT document, message FROM errors").first)
        XCTAssertEqual(error[0], "bad-duplicate-seq")
        XCTAssertTrue(error[1]?.contains("duplicate key") == true, error[1] ?? "")
        XCTAssertEqual(try sink.count("citations"), good.map(\.citations.count).reduce(0, +))
        try sink.close()
    }

    func testAuthoritiesKeepTheirFirstRowAndGainAMissingName() throws {
        func rows(_ id: String, name: String?, alias: String) -> DocumentRows {
            DocumentRows(document: DocumentRow(id: id, name: id, sha256: id, bytes: 1, format: "text", citationCount: 0),
                         authorities: [AuthorityRow(key: "1 U.S. 2", kind: "case", name: name, year: 1801)],
                         edges: [EdgeRow(document: id, authority: "1 U.S. 2", depth: 1)],
                         aliases: [AliasRow(alias: "3 S. Ct. 4", authority: alias)])
        }
        let sink = try PostgresTestServer.sink(schema: schema)
        for (id, name, alias) in [("d1", nil, "1 U.S. 2"), ("d2", "A v. B", "9 U.S. 9"), ("d3", "C v. D", "8 U.S. 8")] {
            try sink.write(rows(id, name: name, alias: alias))
            try sink.flush()  // one commit each: the merge happens in the database, not in the batch
        }
        XCTAssertEqual(try sink.inspect("SELECT id, kind, name, year FROM authorities"), [["1 U.S. 2", "case", "A v. B", "1801"]])
        XCTAssertEqual(try sink.inspect("SELECT alias, authority FROM authority_aliases"), [["3 S. Ct. 4", "1 U.S. 2"]])
        XCTAssertEqual(try sink.scalar("SELECT sum(depth) FROM edges WHERE authority = '1 U.S. 2'"), "3")
        try sink.close()
    }

    func testUnreachableServerAndBadURLsSayWhy() {
        XCTAssertThrowsError(try PostgresSink(url: "postgres://nobody:secret@127.0.0.1:1/none")) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.contains("cannot connect to PostgreSQL"), text)
            XCTAssertTrue(text.contains("127.0.0.1:1"), text)
            XCTAssertFalse(text.contains("secret"), "the password stays out of messages: \(text)")
        }
        XCTAssertThrowsError(try PostgresSink(url: "mysql://localhost/db")) { error in
            XCTAssertTrue(String(describing: error).contains("bad PostgreSQL URL"))
        }
        XCTAssertThrowsError(try PostgresSink(url: "postgres://localhost/db?sslmode=sometimes"))
    }
}
