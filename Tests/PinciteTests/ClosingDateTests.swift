import XCTest
@testable import Pincite

// The date an order closes with when the signature block gives none: N.D. Ill.'s "Date:
// 2/4/2026" beside a signature OCR'd to noise, D.D.C.'s "SO ORDERED this 16th day of January,
// 2026", D. Mass.'s "Dated this 9th day of January, 2026." (CourtListener clusters 10785026,
// 10775541 and 10789794, in their words).

final class ClosingDateTests: XCTestCase {
    func testDateLineBesideAnOCRdSignature() {
        let d = parse("""
        UNITED STATES DISTRICT COURT
        NORTHERN DISTRICT OF ILLINOIS

        The motion to dismiss is granted in part and denied in part, and Count XVIII is dismissed \
        without prejudice [115].
        IT IS SO ORDERED.
        Date: 2/4/2026                                 4h
                                       Entered:
                                              SHARON JOHNSON COLEMAN
                                              United States District Judge

        """)
        XCTAssertEqual(d.tree.caption.date, "2026-02-04")
    }

    func testClosingFormulaWithTheDayOfTheMonth() {
        for (closing, iso) in [("SO ORDERED this 16th day of January, 2026.", "2026-01-16"),
                               ("Dated this 9th day of January, 2026.", "2026-01-09")] {
            let d = parse("""
            UNITED STATES DISTRICT COURT
            DISTRICT OF COLUMBIA

            For the foregoing reasons, the motion is DENIED.

            \(closing)

                                                  /s/ Jia M. Cobb
                                                  United States District Judge

            """)
            XCTAssertEqual(d.tree.caption.date, iso, closing)
        }
    }

    /// A date in the body's last paragraph, not on a line of its own with a label, is no
    /// closing date.
    func testADateInTheLastParagraphIsNoClosingDate() {
        let d = parse("""
        UNITED STATES DISTRICT COURT

        The hearing set for Date: soon is vacated, and the parties shall file a joint status report by March 3, 2026.

        """)
        XCTAssertNil(d.tree.caption.date)
    }
}
