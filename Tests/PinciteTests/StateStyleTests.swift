import XCTest
@testable import Pincite

// State official citation styles that differ from the Bluebook order.
// Snippets verbatim from /work/shared/corpus-dev (file named at each test).

final class StateStyleTests: XCTestCase {
    func testCaliforniaYearBeforeCite() throws {
        // 011_fastcase_calctapp_in_re_av.txt
        let doc = parse("(Delaney v. Superior Court (1990) 50 Cal.3d 785, 798, 268 Cal.Rptr. 753, 789 P.2d 934.)")
        let c = try XCTUnwrap(doc.citations.cite(volume: "50", page: "785"))
        XCTAssertEqual(c.caseName?.plaintiff, "Delaney")
        XCTAssertEqual(c.caseName?.defendant, "Superior Court")
        XCTAssertEqual(c.reporter, "Cal. 3d")
        XCTAssertEqual(c.pincite, "798")
        XCTAssertEqual(c.year, 1990)
        XCTAssertEqual(c.parallel.count, 2)
        XCTAssertTrue(doc.text(c).hasPrefix("Delaney v. Superior Court (1990) 50 Cal.3d 785"))
    }

    func testCaliforniaProceduralName() throws {
        // 011_fastcase_calctapp_in_re_av.txt
        let c = try XCTUnwrap(cites("(In re Greg F. (2012) 55 Cal.4th 393, 406, 146 Cal.Rptr.3d 272, 283 P.3d 1160.)").cite(volume: "55"))
        XCTAssertEqual(c.caseName?.procedural, "In re")
        XCTAssertEqual(c.caseName?.plaintiff, "Greg F.")
        XCTAssertEqual(c.year, 2012)
    }

    func testGeorgiaDivisionPinAndParallel() throws {
        // 015_fastcase_gactapp_in_re_knc.txt
        let cs = cites("Gignilliat v. State, 196 Ga.App. 773(2), 397 S.E.2d 52 (1990).")
        let ga = try XCTUnwrap(cs.cite(volume: "196", page: "773"))
        XCTAssertEqual(ga.pincite, "773(2)")
        XCTAssertEqual(ga.year, 1990)
        let se = try XCTUnwrap(cs.cite(volume: "397", page: "52"))
        XCTAssertEqual(ga.parallel, [se.id])
        XCTAssertEqual(se.caseName?.plaintiff, "Gignilliat")
    }
}
