import Foundation
import XCTest
@testable import Pincite

// Head matter of plain text (parties, docket, court, dates, counsel, panel, history,
// headnotes), checked against the markup the same text was made from: CAP/Fastcase
// markup names these blocks, so it is the ground truth for the text classifier.

final class HeadMatterTests: XCTestCase {
    func parse(_ path: String) throws -> Document {
        let data = try Data(contentsOf: StructureTests.corpus.appendingPathComponent(path))
        return Pincite.parse(bytes: [UInt8](data), name: path)
    }

    func kinds(_ d: Document) -> [String] { d.tree.headMatter.map(\.kind) }
    func texts(_ d: Document) -> [String] { d.tree.headMatter.map { d.source.string($0.span.start, $0.span.end) } }

    /// Ga. Ct. App. (Fastcase): the text's blocks get the kinds the HTML's classes give them.
    func testGeorgiaTextMatchesItsMarkup() throws {
        let text = try parse("formats/015_fastcase_gactapp_in_re_knc.txt")
        let html = try parse("formats/015_fastcase_gactapp_in_re_knc.orig.html")
        XCTAssertEqual(kinds(text), ["parties", "docketnumber", "court", "decisiondate", "attorneys", "attorneys"])
        XCTAssertEqual(kinds(text), kinds(html))
        XCTAssertEqual(texts(text)[1], "No. A03A1865.")
        XCTAssertEqual(texts(text)[3], "December 1, 2003.")
        XCTAssertTrue(texts(text)[4].hasSuffix("for appellant."))
    }

    /// Ill. App. 1887 (CAP): title, filing date, counsel, the appeal it comes from, then
    /// the reporter's headnotes (topic line, numbered points, argument notes) before "Lacey, J.".
    func testIllinoisReporterHeadnotes() throws {
        let d = try parse("formats/018_capstone_illappct_home_ins_v_kirk_1887.txt")
        let k = kinds(d)
        XCTAssertEqual(Array(k.prefix(5)), ["parties", "decisiondate", "attorneys", "attorneys", "history"])
        XCTAssertEqual(k.filter { $0 == "headnotes" }.count, 7)
        XCTAssertFalse(k.contains("summary"))
        // the cited case in "The case of Haines v. O'Conner … questioned." is no party block
        XCTAssertEqual(k.filter { $0 == "parties" }.count, 1)
        // head matter ends where the opinion starts
        let opinion = try XCTUnwrap(d.tree.opinions.first)
        XCTAssertLessThanOrEqual(try XCTUnwrap(d.tree.headMatter.last).span.end, opinion.span.start)
        XCTAssertEqual(opinion.author, "Lacey")
    }

    /// Mo. Ct. App. (CourtListener): counsel lines that name no role word.
    func testMissouriCourtListenerText() throws {
        let d = try parse("formats/017_courtlistener_moctapp_wester_v_dept_labor.txt")
        XCTAssertEqual(kinds(d), ["parties", "docketnumber", "court", "decisiondate", "attorneys", "attorneys"])
    }

    func testBlockClassifier() {
        func kind(_ s: String) -> String { HeadMatterKinds.classify(s, partiesMayFollow: true, sawParties: true) }
        XCTAssertEqual(kind("Argued Oct. 15, 2014.\nDecided Jan. 20, 2015."), "decisiondate")
        XCTAssertEqual(kind("Submitted April 18, 2007, at Detroit."), "otherdate")
        XCTAssertEqual(kind("Before: WHITBECK, C.J., and MURPHY and COOPER, JJ."), "judges")
        XCTAssertEqual(kind("LAVINE, SHELDON and BISHOP, Js."), "judges")
        XCTAssertEqual(kind("Secrest Wardle (by Janet Callahan Barnes), Farmington Hills, for Home-Owners Insurance Company."), "attorneys")
        XCTAssertEqual(kind("Court of Appeals of Michigan."), "court")
        XCTAssertEqual(kind("Appeal from the Circuit Court of Woodford County; the Hon. T. M. Shaw, Judge, presiding."), "history")
        XCTAssertEqual(kind("SYLLABUS\nThe petitioner was convicted of …"), "syllabus")
        XCTAssertEqual(kind("A148307"), "docketnumber")
        // after the docket number, a block naming a case is a cited case, not the title
        XCTAssertEqual(HeadMatterKinds.classify("Smith v. Jones", partiesMayFollow: false, sawParties: true), "caption")
    }
}
