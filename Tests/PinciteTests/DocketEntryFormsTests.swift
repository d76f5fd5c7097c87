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

/// An Id. in a note at a page's foot refers to what the marker's own sentence cites, not to
/// the body cites printed between the marker and the note (Nails v. Staples, D. Mass. 2026,
/// CourtListener cluster 10768378, in its own words; page-less text with the note inline).
final class PageFootNoteIdTests: XCTestCase {
    func testANotesIdRefersToTheCiteOfItsMarkersSentence() {
        let d = parse("""
        Angela Nails initiated this action by filing a pro se complaint against Staples Print and Copy \
        Store.  Dkt. 1.  By Memorandum and Order dated December 5, 2025, Nails was granted leave to \
        proceed in forma pauperis and was advised that the complaint failed to establish this Court’s \
        jurisdiction and failed to state a plausible claim for relief.1  Dkt. 4.  Nails was advised that \
        if she wished to proceed, she must file an amended complaint.  Id.
        On December 29, 2025, Nails filed an amended complaint.  Dkt. 6.  Plaintiff complains that she \
        “was banned from entering [the Staples Store in Savannah].”  Id. at ¶ 3.

        1 The Court explained that to the extent Nails claimed diversity jurisdiction, she failed to (1) \
        identify the legal basis for her claims.  Id.   Moreover, the complaint failed to comply with the \
        pleading requirements of the Federal Rules of Civil Procedure.  Id.

        """)
        let dkt4 = try! XCTUnwrap(d.citations.first { d.text($0) == "Dkt. 4" })
        let noteIds = d.citations.filter { $0.kind == .id && $0.location.footnote == "1" }
        XCTAssertEqual(noteIds.count, 2, "\(d.tree.footnotes)")
        XCTAssertEqual(noteIds.map(\.antecedent), [dkt4.id, dkt4.id])
        // the body's Id. before the note refers to the body's cite before it
        let dkt6 = try! XCTUnwrap(d.citations.first { d.text($0) == "Dkt. 6" })
        XCTAssertEqual(d.citations.first { d.text($0) == "Id. at ¶ 3" }?.antecedent, dkt6.id)
    }
}
