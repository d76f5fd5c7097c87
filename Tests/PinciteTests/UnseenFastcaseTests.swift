import XCTest
@testable import Pincite

// Snippets from Fastcase opinions in harvard-lil/capstone's test data that corpus-dev does
// not hold; the whole files are in Corpus/unseen/fastcase (see the README there). Each
// snippet is the text of the HTML as the reading text gives it (tags dropped, &amp; as &).

final class UnseenFastcaseTests: XCTestCase {
    func testAbbreviationsTheTablesLackStayInsideTheDefendant() throws {
        // 698SE2d424.html, 760NW2d526_1.html, 737NW2d768_3New.html
        let pairs: [(String, String, String)] = [
            ("See Byers v. Std. Concrete Prods. Co., 268 N.C. 518, 521, 151 S.E.2d 38, 40 (1966).", "Byers", "Std. Concrete Prods. Co."),
            ("Albert v. Alex Brown Mgt. Services, Inc, 2005 WL 5750602, 2005 Del. Ch. LEXIS 133 (Del. Ch., 2005).", "Albert", "Alex Brown Mgt. Services, Inc"),
            ("Similarly, in Grosse Pointe Park v. Michigan Muni. Liability & Prop. Pool, 473 Mich. 188, 702 N.W.2d 106 (2005).",
             "Grosse Pointe Park", "Michigan Muni. Liability & Prop. Pool"),
        ]
        for (text, plaintiff, defendant) in pairs {
            let c = try XCTUnwrap(cites(text).first, text)
            XCTAssertEqual(c.caseName?.plaintiff, plaintiff, text)
            XCTAssertEqual(c.caseName?.defendant, defendant, text)
        }
    }

    func testEtCeteraInsideAName() throws {
        // 592SE2d124_GA_Pag.html, footnote 10
        let c = try XCTUnwrap(cites("See Curtis v. Bd. of Regents &c. of Ga., 262 Ga. 226, 227-228, 416 S.E.2d 510 (1992).").first)
        XCTAssertEqual(c.caseName?.plaintiff, "Curtis")
        XCTAssertEqual(c.caseName?.defendant, "Bd. of Regents &c. of Ga.")
    }

    func testASentenceEndingInAShortWordStillEndsTheName() throws {
        // the guard of the rule above: a name after a finished sentence does not reach back
        // over it (Curtis's cite with its name replaced by an earlier sentence's end)
        let c = try XCTUnwrap(cites("The board was not sued. Bd. of Regents of Ga., 262 Ga. 226, 227-228, 416 S.E.2d 510 (1992).").first)
        XCTAssertNil(c.caseName?.defendant)
    }
}
