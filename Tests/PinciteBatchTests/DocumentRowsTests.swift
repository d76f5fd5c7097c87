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
}
