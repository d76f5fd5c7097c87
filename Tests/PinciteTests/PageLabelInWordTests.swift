import XCTest
@testable import Pincite

// A page label set inside a word of a case name. CAP's casebody XML and star-paged
// texts put the label where the printed page broke, and the printed hyphen at that
// line end is lost: "<em>See Star-Tele</em> <page-number>*933</page-number> <em>gram,
// Inc. v. Doe, </em>915 S.W.2d 471". The name is whole again, its signal found, and
// the cite's page is the page it starts on. Expectations read off Corpus/unseen.

final class PageLabelInWordTests: XCTestCase {
    private func parseFile(_ path: String) throws -> Document {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/" + path)
        return Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent)
    }

    /// Dallas Sales Co. v. Carlisle Silver Co. (Tex. App. 2004), the last paragraph.
    func testNameCutByAPageLabel() throws {
        let d = try parseFile("courtlistener/case_4.json")
        let doe = try XCTUnwrap(d.citations.cite(volume: "915", page: "471"))
        XCTAssertEqual(doe.caseName?.plaintiff, "Star-Telegram, Inc.")
        XCTAssertEqual(doe.caseName?.defendant, "Doe")
        XCTAssertEqual(doe.signal, "See")
        XCTAssertEqual(doe.location.page, 932)
    }

    /// Commonwealth v. Furr (Mass. 2009): "Com *… monwealth v. Quinones, 414 Mass. 423".
    func testCommonwealthCutByAPageLabel() throws {
        let d = try parseFile("courtlistener/mass_court_new.json")
        let quinones = try XCTUnwrap(d.citations.cite(volume: "414", page: "423"))
        XCTAssertEqual(quinones.caseName?.plaintiff, "Commonwealth")
        XCTAssertEqual(quinones.caseName?.defendant, "Quinones")
    }

    /// A star page between two words of prose joins nothing: "Star-Telegram, *933 Inc." keeps
    /// its comma and words (Dallas's words, the page label moved after the comma).
    func testStarPageBetweenWordsJoinsNothing() {
        let doc = Pincite.parse(bytes: Array("The court so held. See Star-Telegram, *933 Inc. v. Doe, 915 S.W.2d 471, 473 (Tex.1995).".utf8), name: "t.txt")
        XCTAssertEqual(doc.citations.first?.caseName?.plaintiff, "Star-Telegram, Inc.")
    }
}
