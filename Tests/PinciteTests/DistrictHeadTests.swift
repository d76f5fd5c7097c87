import XCTest
@testable import Pincite

// District court heads in layouts no corpus text shows, on the documents written for these
// tests (Corpus/constructed/district_heads, README there). Expected values are read off them.

final class DistrictHeadTests: XCTestCase {
    private func parseHead(_ name: String) throws -> Document { try parseConstructed("district_heads", name) }

    /// S.D.N.Y.: "U.S.D.J." after the judge's name, the place and then the date after "Dated:".
    func testSouthernDistrictOfNewYork() throws {
        let cap = try parseHead("sdny.txt").tree.caption
        XCTAssertEqual(cap.docket, "23-cv-1234 (JSR)")
        XCTAssertEqual(cap.documentTitle, "OPINION AND ORDER")
        XCTAssertEqual(cap.judge, "JED S. RAKOFF")
        XCTAssertEqual(cap.judgeTitle, "U.S.D.J.")
        XCTAssertEqual(cap.date, "2025-03-03")
        XCTAssertEqual(cap.place, "New York, NY")
    }

    /// N.D. Cal. on pleading paper: the title in the right column, the judge from the signature.
    func testNorthernDistrictOfCalifornia() throws {
        let cap = try parseHead("ndcal.txt").tree.caption
        XCTAssertEqual(cap.district, "NORTHERN DISTRICT OF CALIFORNIA")
        XCTAssertEqual(cap.docket, "23-cv-01234-WHO")
        XCTAssertEqual(cap.documentTitle, "ORDER GRANTING MOTION TO DISMISS")
        XCTAssertEqual(cap.judge, "William H. Orrick")
        XCTAssertEqual(cap.date, "2025-03-03")
    }

    /// E.D. Pa.: the author's line under the caption ("Pratter, J.   March 3, 2025") is no part
    /// of the defendant, and its date dates the memorandum.
    func testEasternDistrictOfPennsylvania() throws {
        let cap = try parseHead("edpa.txt").tree.caption
        XCTAssertEqual(cap.plaintiffs, ["JOHN DOE"])
        XCTAssertEqual(cap.defendants, ["ACME CORPORATION"])
        XCTAssertEqual(cap.docket, "23-1234")
        XCTAssertEqual(cap.documentTitle, "MEMORANDUM")
        XCTAssertEqual(cap.date, "2025-03-03")
    }

    /// A party's own final period stays with its name ("JR.", "INC."); a role's does not.
    func testNamesKeepTheirAbbreviationsPeriod() {
        // (a caption written for this test)
        let text = "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nJOHN DOE, JR.,\n          Plaintiff,\n     v.\nACME CO., INC.,\n          Defendant.\n\nOPINION\n\nThe plaintiff sues the defendant for breach of contract and fraud under state law. We dismiss.\n"
        let cap = Pincite.parse(bytes: Array(text.utf8), bluebook: nil).tree.caption
        XCTAssertEqual(cap.plaintiffs, ["JOHN DOE, JR."])
        XCTAssertEqual(cap.defendants, ["ACME CO., INC."])
        XCTAssertTrue(StructureContext.endsWithAbbreviation("The People &c."))
        XCTAssertTrue(StructureContext.endsWithAbbreviation("A.V."))
        XCTAssertFalse(StructureContext.endsWithAbbreviation("JOHN DOE."))
    }
}
