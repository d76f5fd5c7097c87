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

    /// The caption of reporter text comes from its head matter (values read off the texts).
    func testCaptionFromHeadMatter() throws {
        let ga = try parse("formats/015_fastcase_gactapp_in_re_knc.txt").tree.caption
        XCTAssertEqual(ga.court, "Court of Appeals of Georgia")
        XCTAssertEqual(ga.docket, "A03A1865")
        XCTAssertEqual(ga.date, "2003-12-01")
        XCTAssertEqual(ga.plaintiffs, ["In the Interest of K.N.C. et al., children"])
        XCTAssertEqual(ga.defendants, [])
        let mo = try parse("formats/017_courtlistener_moctapp_wester_v_dept_labor.txt").tree.caption
        XCTAssertEqual(mo.plaintiffs, ["Tina WESTER"])
        XCTAssertEqual(mo.defendants, ["MISSOURI DEPARTMENT OF LABOR AND INDUSTRIAL RELATIONS"])
        XCTAssertEqual(mo.docket, "25741")
        XCTAssertEqual(mo.court, "Missouri Court of Appeals, Southern District, Division Two")
        XCTAssertEqual(mo.date, "2004-05-21")
        let ill = try parse("formats/018_capstone_illappct_home_ins_v_kirk_1887.txt").tree.caption
        XCTAssertEqual(ill.plaintiffs, ["The Home Insurance Company of New York"])
        XCTAssertEqual(ill.defendants, ["John Kirk, for use of William Kirk"])
        XCTAssertEqual(ill.date, "1887-05-27")
    }

    func testTitleParties() {
        // Ill. App. 2005 (corpus-dev 019): the adversaries of an "In re" title are in its parentheses
        let (p, d) = HeadMatterKinds.parties("In re ESTATE OF PRASAD L. MUPPAVARAPU, Deceased (Padmaja Raecharla, Indiv. and as Co-Trustee Under the Muppavarapu Family Trust, Plaintiff-Appellant, v. Srinivas Rao Kudaravalli, Defendants-Appellees).")
        XCTAssertEqual(p, "Padmaja Raecharla, Indiv. and as Co-Trustee Under the Muppavarapu Family Trust")
        XCTAssertEqual(d, "Srinivas Rao Kudaravalli")
        XCTAssertEqual(HeadMatterKinds.parties("Bernard WEST, Appellant. v. UNITED STATES, Appellee.").0, "Bernard WEST")
        XCTAssertEqual(HeadMatterKinds.parties("Bernard WEST, Appellant. v. UNITED STATES, Appellee.").1, "UNITED STATES")
    }

    /// BIA (corpus-dev 007): web text without blank lines runs the head matter into one
    /// block; its lines are named one by one.
    func testHeadMatterWithoutBlankLines() throws {
        let head = """
        Cite as 27 I&N Dec. 48 (BIA 2017) Interim Decision #3894
        Matter of Enrique ALDAY-DOMINGUEZ, Respondent
        Decided June 1, 2017
        U.S. Department of Justice Executive Office for Immigration Review Board of Immigration Appeals
        The aggravated felony receipt of stolen property provision in section 101(a)(43)(G) of the Immigration and Nationality Act, 8 U.S.C. § 1101(a)(43)(G) (2012), does not require that unlawfully received property be obtained by means of common law theft or larceny.
        FOR RESPONDENT: Michael E. Ward, Esquire, Washington, D.C.
        BEFORE: Board Panel: PAULEY, GUENDELSBERGER, and KENDALL CLARK, Board Members.
        PAULEY, Board Member:

        """
        let body = String(repeating: "In a decision dated May 3, 2016, an Immigration Judge terminated the removal proceedings, finding that the respondent is not removable under section 237(a)(2)(A)(iii) of the Act. ", count: 8)
        let d = Pincite.parse(bytes: Array((head + body).utf8))
        XCTAssertEqual(kinds(d), ["caption", "parties", "decisiondate", "court", "summary", "attorneys", "judges"])
        XCTAssertEqual(d.tree.caption.plaintiffs, ["Matter of Enrique ALDAY-DOMINGUEZ"])
        XCTAssertEqual(d.tree.caption.date, "2017-06-01")
        XCTAssertEqual(d.tree.opinions.first?.author, "PAULEY")
    }

    /// 2d Cir. order (corpus-dev 004): "FOR THE" and "SECOND CIRCUIT" on lines of their own.
    func testCourtDistrictOverTwoLines() {
        let head = """
                              UNITED STATES COURT OF APPEALS
                                         FOR THE
                                      SECOND CIRCUIT
                At a Stated Term of the United States Court of Appeals for the Second Circuit, held at the
        Thurgood Marshall United States Courthouse, 40 Foley Square, in the City of New York, on the
        15th day of July, two thousand twenty-five.

        """
        let d = Pincite.parse(bytes: Array((head + String(repeating: "The motion is granted for the reasons the parties gave in their papers. ", count: 12)).utf8))
        XCTAssertEqual(d.tree.caption.court, "UNITED STATES COURT OF APPEALS FOR THE SECOND CIRCUIT")
        XCTAssertNil(d.tree.caption.district, "the circuit is part of the court's name")
    }

    /// In re Marriage of Lyle (Wash. App. 2017, CAP casebody): the official reporter brackets
    /// docket and date, "[No. 33971-8-III." … "July 11, 2017.]"; the docket is the number alone.
    func testBracketedDocketOfAnOfficialReporter() {
        XCTAssertEqual(StructureContext.bareDocket("[No. 33971-8-III."), "33971-8-III")
        XCTAssertEqual(StructureContext.bareDocket("[Crim. No. 21870."), "Crim. No. 21870")
        XCTAssertEqual(StructureContext.bareDocket("No. 10-00-00077-CV."), "10-00-00077-CV")
    }
}
