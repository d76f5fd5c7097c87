import Foundation
import XCTest
import PinciteBatch
import PinciteSQLite

/// The query API on real opinions: who cites X, what Y cites, most cited, search.
final class SQLiteQueryTests: XCTestCase {
    static let database: PinciteDatabase? = {
        guard CorpusRows.available, let sink = try? SQLiteSink(path: CorpusRows.temporaryDatabase()) else { return nil }
        for r in CorpusRows.ordered { try? sink.write(r) }
        try? sink.flush()
        return sink.database
    }()

    func db() throws -> PinciteDatabase {
        try XCTSkipUnless(CorpusRows.available, "the shared corpus-dev folder is not here")
        return try XCTUnwrap(Self.database)
    }

    func testWhoCitesACaseCitedInTwoOpinions() throws {
        let db = try db()
        let citing = try db.citing(authority: "568 U.S. 398")
        XCTAssertEqual(citing.map(\.document), ["hogarth", "janfeshan"])
        for c in citing {
            let edge = CorpusRows.all[c.document]?.edges.first { $0.authority == "568 U.S. 398" }
            XCTAssertEqual(c.depth, edge?.depth)
            XCTAssertEqual(c.pincites, edge?.pincites)
        }
        XCTAssertEqual(try db.citing(authority: "466 U.S. 668").map(\.document), ["jagels", "thompson"])
        XCTAssertEqual(try db.citing(authority: "999 U.S. 999"), [])
    }

    func testAParallelCiteFindsTheSameCitingDocuments() throws {
        let db = try db()
        let all = CorpusRows.ordered.flatMap(\.aliases)
        let alias = try XCTUnwrap(all.first, "the corpus opinions give parallel cites")
        XCTAssertEqual(try db.canonical(alias.alias), alias.authority)
        XCTAssertEqual(try db.citing(authority: alias.alias), try db.citing(authority: alias.authority))
        XCTAssertFalse(try db.citing(authority: alias.alias).isEmpty)
    }

    func testWhatADocumentCitesInReadingOrder() throws {
        let db = try db()
        let jan = try XCTUnwrap(CorpusRows.all["janfeshan"])
        let cited = try db.cited(by: "janfeshan")
        XCTAssertEqual(cited.map(\.authority), jan.edges.map(\.authority))
        XCTAssertEqual(cited.map(\.depth), jan.edges.map(\.depth))
        let easley = try XCTUnwrap(cited.first { $0.authority == "532 U.S. 234" })
        XCTAssertEqual(easley.name, "Easley v. Cromartie")
        XCTAssertEqual(easley.kind, "case")
    }

    func testMostCitedRanksByCitingDocumentsThenDepth() throws {
        let db = try db()
        // the ranking computed here from the rows themselves
        var documents: [String: Set<String>] = [:], depth: [String: Int] = [:]
        for r in CorpusRows.ordered {
            for e in r.edges {
                documents[e.authority, default: []].insert(r.document.id)
                depth[e.authority, default: 0] += e.depth
            }
        }
        let expected = documents.keys.sorted {
            (documents[$0]!.count, depth[$0]!, $1) > (documents[$1]!.count, depth[$1]!, $0)
        }
        let top = try db.mostCited(limit: 10)
        XCTAssertEqual(top.map(\.authority), Array(expected.prefix(10)))
        let twice = top.filter { $0.citingDocuments == 2 }.map(\.authority)
        XCTAssertTrue(twice.contains("568 U.S. 398"))
        XCTAssertTrue(twice.contains("466 U.S. 668"))
        XCTAssertEqual(top.first { $0.authority == "466 U.S. 668" }?.name, "Strickland v. Washington")
    }

    func testSearchFindsACaseNameOfTheText() throws {
        let db = try db()
        let hits = try db.search("Easley v. Cromartie")
        XCTAssertFalse(hits.isEmpty)
        XCTAssertTrue(hits.allSatisfy { $0.document == "janfeshan" && $0.text.contains("Easley") })
        XCTAssertTrue(hits.contains { $0.authority == "532 U.S. 234" })
        XCTAssertEqual(try db.search("Strickland", syntax: .words).map(\.document).sorted().first, "jagels")
        XCTAssertEqual(try db.search("strickland AND washington", syntax: .fts5).isEmpty, false)
        XCTAssertEqual(try db.search("...").count, 0, "no words, no query")
        XCTAssertEqual(try db.searchAuthorities("Cromartie").map(\.authority), ["532 U.S. 234"])
    }
}
