import XCTest
@testable import Pincite

// Docket labels of district-court captions, as the orders print them (CourtListener clusters
// 10775541 D.D.C., 10805616 S.D. Tex., 10832493 D.D.C., 10814121 D. Mass.).

final class CaptionDocketTests: XCTestCase {
    func testCriminalAndCapitalisedLabels() {
        let criminal = parse("""
        UNITED STATES DISTRICT COURT
        FOR THE DISTRICT OF COLUMBIA

        UNITED STATES OF AMERICA,

                v.                                        Criminal Action No. 24-342 (RBW)

        JOHN DOE,
                     Defendant.

                                     MEMORANDUM OPINION

        The defendant moves to dismiss the indictment, and the motion is denied.
        """)
        XCTAssertEqual(criminal.tree.caption.docket, "24-342 (RBW)")
        let capitals = parse("""
                                UNITED STATES DISTRICT COURT
                                 SOUTHERN DISTRICT OF TEXAS
                                     VICTORIA DIVISION

        SHAWN KELLY,                              §
                                                  §
                 Plaintiff,                       §
        VS.                                       §   CIVIL ACTION NO. 6:25-CV-00077
                                                  §
        RUBEN HINOJOSA,                           §
                                                  §
                 Defendant.                       §

                          MEMORANDUM AND RECOMMENDATION

        The plaintiff, a prisoner, sues under 42 U.S.C. § 1983.
        """)
        XCTAssertEqual(capitals.tree.caption.docket, "6:25-CV-00077")
    }

    func testLabelWithAColonAndLabelAboveItsNumber() {
        let colon = parse("""
                                UNITED STATES DISTRICT COURT
                                FOR THE DISTRICT OF COLUMBIA

        JOHN GARDNER,                               :
                                                    :
               Plaintiff,                           :       Civil Action No.:       24-2546 (RC)
                                                    :
               v.                                   :       Re Document No.:        30
                                                    :
        UNITED STATES,                              :
                                                    :
               Defendant.                           :

                                      MEMORANDUM OPINION

        The plaintiff seeks to quiet title to trust allotment land, and the motion is granted.
        """)
        XCTAssertEqual(colon.tree.caption.docket, "24-2546 (RC)")
        let above = parse("""
                      UNITED STATES DISTRICT COURT
                      DISTRICT OF MASSACHUSETTS

        _______________________________________
                                   )
        NATHAN P. GOLDSTEIN,            )
                                   )
             Plaintiff,            )
                                   )       Civil Action No.
        v.                         )       24-10248-FDS
                                   )
        ESSENTIAL DEMO, INC.,           )
                                   )
             Defendant.            )
        _______________________________________)

                      MEMORANDUM AND ORDER
        SAYLOR, J.
        This is a dispute concerning allegedly unpaid employee-benefit contributions.
        """)
        XCTAssertEqual(above.tree.caption.docket, "24-10248-FDS")
    }
}
