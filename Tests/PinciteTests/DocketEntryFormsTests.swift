import XCTest
@testable import Pincite

// District courts' own ways of citing their docket, in the orders' words: S.D. Tex.'s
// "(Docket Entry No. 65 at 3)" and "Document No. 12 at 1", the District of Massachusetts's
// "D. 6, 9" and "D. 1 at ¶ I(A)" (CourtListener clusters 10776075, 10797421, 10794026), and
// a paper cited right after a sentence that ends in a short acronym ("under the TILA.
// Compl. ¶ 15.", cluster 10778972).

final class DocketEntryFormsTests: XCTestCase {
    func testDocketEntryNumberWithItsPins() {
        let d = parse("""
        The defendants moved to dismiss (Docket Entry No. 65 at 3), and the plaintiff answered (Docket \
        Entry No. 62 ¶¶ 119–126).  See (Docket Entry No. 67 at 6 n.1).  As a result, two defendants \
        were dismissed.  See id. at 2, 3 n.1, 12–14.
        """)
        let records = d.citations.filter { $0.kind == .record }
        XCTAssertEqual(records.map { d.text($0) }, ["Docket Entry No. 65 at 3", "Docket Entry No. 62 ¶¶ 119–126", "Docket Entry No. 67 at 6 n.1"])
        XCTAssertEqual(records.map(\.pincite), ["3", "¶¶ 119–126", "6 n.1"])
        // the Id. is the last docket entry's, not an earlier case's
        let id = try! XCTUnwrap(d.citations.first { $0.kind == .id })
        XCTAssertEqual(id.antecedent, records.last?.id)
    }

    func testDocumentNumberIsADocketEntryOnlyBeforeANumber() {
        let d = parse("""
        See Defendants’ Motion to Transfer Venue, Document No. 12 at 1.  Document No. 13 at 2-5.  The \
        Document shows nothing more, and no Document Number was given.
        """)
        XCTAssertEqual(d.citations.filter { $0.kind == .record }.map { d.text($0) }, ["Document No. 12 at 1", "Document No. 13 at 2-5"])
    }

    func testMassachusettsDocketLetterD() {
        let d = parse("""
        The Court allows the motion to proceed in forma pauperis, D. 2, denies the motion for discovery, \
        D. 6, and dismisses the case.  Roberts is a resident of Massachusetts, D. 1 at ¶ I(A).  Id. at ¶ II(A).  \
        He seeks “search and discovery.”  D. 6, 9.  See Exhibit D. 4 and App. D. 2.
        """)
        let records = d.citations.filter { $0.kind == .record }
        XCTAssertEqual(records.map { d.text($0) }, ["D. 2", "D. 6", "D. 1 at ¶ I(A)", "D. 6, 9"])
        XCTAssertEqual(records[2].pincite, "¶ I(A)")
        let id = try! XCTUnwrap(d.citations.first { $0.kind == .id })
        XCTAssertEqual(id.pincite, "¶ II(A)")
        XCTAssertEqual(id.antecedent, records[2].id)
    }

    func testAPaperCitedAfterASentenceEndingInAnAcronym() {
        let d = parse("Corbelle seeks statutory damages under the TILA.  Compl. ¶ 15.  He also sues under the ADA.  Compl. ¶ 16.  The U.S.A. Compl. was filed.")
        XCTAssertEqual(d.citations.map { d.text($0) }, ["Compl. ¶ 15", "Compl. ¶ 16"])
    }
}
