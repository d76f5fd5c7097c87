import XCTest
@testable import Pincite

// Forms from 2026 district-court orders (CourtListener clusters 10800861, 10795160 D.D.C.,
// 10776075 S.D. Tex., 10789794 D. Mass.), in their words.

final class HistoryAndNameFormsTests: XCTestCase {
    /// T10's one-word places open a party's name: "Bos.", "Phila.", "Chi.", "Balt.".
    func testAPartyNameOpeningWithACityAbbreviation() {
        let d = parse("""
        See, e.g., Bos. & Me. Corp. v. Surface Transp. Bd., 364 F.3d 318, 319 (D.C. Cir. 2004).  Phila. Indem. \
        Ins. Co. v. Smith, 123 F.3d 456 (3d Cir. 1999).  Chi. Tribune Co. v. Jones, 124 F.3d 457 (7th Cir. 1999).
        """)
        XCTAssertEqual(d.citations.map { $0.caseName?.plaintiff }, ["Bos. & Me. Corp.", "Phila. Indem. Ins. Co.", "Chi. Tribune Co."])
        XCTAssertEqual(d.citations.first?.signal, "See, e.g.")
    }

    /// "sub nom." with the later decision's docket: the docket is the decision's, not its name's.
    func testSubNomHistoryWithADocket() throws {
        let d = parse("""
        Haapaniemi v. Garland, No. 24-1234, 2025 WL 1234567 (D.D.C. May 1, 2025), appeal dismissed sub nom., \
        Haapaniemi v. Bondi, No. 25-5258, 2025 WL 4054415 (D.C. Cir. Dec. 19, 2025) (per curiam).
        """)
        let later = try XCTUnwrap(d.citations.first { $0.historyOf != nil })
        XCTAssertEqual(later.caseName?.defendant, "Bondi")
        XCTAssertEqual(later.docket, "No. 25-5258")
        XCTAssertEqual(later.parentheticals.map { $0.text }, ["per curiam"])
    }

    /// A note on the quotation after a denial belongs to the quoted case.
    func testQuotationNoteAfterCertDenied() throws {
        let d = parse("Carswell v. Camp, 54 F.4th 307, 312 (5th Cir. 2022), cert. denied, 144 S. Ct. 73, 217 L. Ed. 2d 12 (2023) (internal quotation marks omitted).")
        let carswell = try XCTUnwrap(d.citations.first { $0.historyOf == nil })
        XCTAssertEqual(carswell.parentheticals.map { $0.text }, ["internal quotation marks omitted"])
        XCTAssertEqual(d.citations.first { $0.historyOf != nil }?.parentheticals.count, 0)
    }

    /// "§§ 2254 or 2255" is one citation of two sections; "or" after one "§" joins no list.
    func testSectionsJoinedByOr() {
        let d = parse("He sought relief under 28 U.S.C. §§ 2254 or 2255.  He did not cite 28 U.S.C. § 2254 or any other statute.")
        XCTAssertEqual(d.citations.map { d.text($0) }, ["28 U.S.C. §§ 2254 or 2255", "28 U.S.C. § 2254"])
    }
}
