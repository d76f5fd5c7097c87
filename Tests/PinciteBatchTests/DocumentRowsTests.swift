import XCTest
import Pincite
@testable import PinciteBatch

/// The relational rows of the seed opinion, checked against what the opinion says.
final class DocumentRowsTests: XCTestCase {
    static let janfeshan: Document = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus/janfeshan/janfeshan.txt")
        let bytes = [UInt8](try! Data(contentsOf: url))
        return Pincite.parse(bytes: bytes, name: "janfeshan.txt", bluebook: nil)
    }()

    func testOneCitationRowPerCitationWithOriginalSpans() {
        let doc = Self.janfeshan
        let rows = DocumentRows(doc, id: "janfeshan", sha256: "x")
        XCTAssertEqual(rows.citations.count, doc.citations.count)
        XCTAssertEqual(rows.document.citationCount, doc.citations.count)
        let easley = rows.citations.first { $0.text == "Easley v. Cromartie, 532 U.S. 234, 242 (2001)" }
        XCTAssertNotNil(easley)
        XCTAssertEqual(easley?.authority, "532 U.S. 234")
        XCTAssertEqual(easley?.pincite, "242")
        XCTAssertEqual(easley?.year, 2001)
        XCTAssertEqual(rows.document.court, "UNITED STATES DISTRICT COURT")
        XCTAssertEqual(rows.document.date, "2018-02-07")
    }

    func testAuthoritiesAreCasesAndStatutesNotInternalReferences() {
        let rows = DocumentRows(Self.janfeshan, id: "j", sha256: "x")
        let keys = Set(rows.authorities.map(\.key))
        XCTAssertTrue(keys.contains("532 U.S. 234"))
        XCTAssertFalse(keys.contains { $0.hasPrefix("internal:") })
        XCTAssertEqual(keys.count, rows.authorities.count, "one row per authority")
        let easley = rows.authorities.first { $0.key == "532 U.S. 234" }
        XCTAssertEqual(easley?.name, "Easley v. Cromartie")
        XCTAssertEqual(easley?.kind, "case")
    }

    func testEdgeDepthCountsShortFormsOfTheAuthority() {
        let doc = Self.janfeshan
        let rows = DocumentRows(doc, id: "j", sha256: "x")
        for edge in rows.edges {
            let occurrences = doc.citations.filter { $0.authority == edge.authority }.count
            XCTAssertEqual(edge.depth, occurrences, edge.authority)
        }
        // some authority of the order is cited again by a short form or Id.
        XCTAssertTrue(rows.edges.contains { $0.depth > 1 })
        XCTAssertEqual(Set(rows.edges.map(\.authority)), Set(rows.authorities.map(\.key)))
    }

    func testIdNamingAnotherSectionIsAnAuthorityAndAnEdge() throws {
        // the passage of 006_eyecite_ednc_hogarth_v_bell.txt where "Id. § 163-278" follows a
        // cite of "N.C. Gen. Stat. § 163-22": the graph counts § 163-278, not § 163-22 again
        let text = "The State Board has a statutorily imposed duty to investigate the administration of election law as necessary, and to report violations of the election laws to the State Bureau of Investigation for inquiry and prosecution. N.C. Gen. Stat. § 163-22(c), (d). It also bears the duty, jointly with district attorneys, to investigate violations of election law, and the separate duty to “furnish” district attorneys with a copy of any investigations of election law, upon which district attorneys shall initiate prosecution. Id. § 163-278."
        let doc = Pincite.parse(bytes: Array(text.utf8), name: "hogarth", bluebook: nil)
        let rows = DocumentRows(doc, id: "h", sha256: "x")
        let added = try XCTUnwrap(rows.authorities.first { $0.key == "N.C. Gen. Stat. § 163-278" })
        XCTAssertEqual(added.kind, "statute")
        XCTAssertEqual(added.reporter, "N.C. Gen. Stat.")
        XCTAssertEqual(Set(rows.edges.map(\.authority)), ["N.C. Gen. Stat. § 163-22", "N.C. Gen. Stat. § 163-278"])
        XCTAssertEqual(rows.edges.map(\.depth), [1, 1])
    }
}
