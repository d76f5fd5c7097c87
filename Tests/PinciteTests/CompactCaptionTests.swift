import XCTest
@testable import Pincite

// The plain-text layout of CourtListener and Harvard exports: the opinion's own cite on
// the first line, then title, docket number, court and dates on lines of their own with
// no blank line between them, and the Supreme Court's opening lines ("JUSTICE SCALIA
// delivered the opinion of the Court."). The head below is District of Columbia v.
// Heller's, 554 U.S. 570 (2008), as CourtListener prints it; the body is abridged.

private let hellerHead = """
                                                                        554 U.S. 570 (2008)
DISTRICT OF COLUMBIA ET AL.
v.
HELLER.
No. 07-290.
Supreme Court of United States.
Argued March 18, 2008.
Decided June 26, 2008.

JUSTICE SCALIA delivered the opinion of the Court.

We consider whether a District of Columbia prohibition on the possession of usable handguns in the home violates the Second Amendment to the Constitution.


"""
private let majorityParagraph = """
The Second Amendment provides: "A well regulated Militia, being necessary to the security of a free State, the right of the people to keep and bear Arms, shall not be infringed." In interpreting this text, we are guided by the principle that the Constitution was written to be understood by the voters. See United States v. Sprague, 282 U.S. 716, 731 (1931).


"""
private let dissentLine = "JUSTICE STEVENS, with whom JUSTICE SOUTER, JUSTICE GINSBURG, and JUSTICE BREYER join, dissenting.\n\n"
private let dissentParagraph = """
The question presented by this case is not whether the Second Amendment protects a "collective right" or an "individual right." Surely it protects a right that can be enforced by individuals. See United States v. Miller, 307 U.S. 174, 178 (1939).


"""
private let heller = hellerHead + String(repeating: majorityParagraph, count: 3) + dissentLine + String(repeating: dissentParagraph, count: 4)

final class CompactCaptionTests: XCTestCase {
    func testCourtListenerHeadWithoutBlankLines() {
        let doc = Pincite.parse(bytes: Array(heller.utf8), bluebook: nil)
        let c = doc.tree.caption
        XCTAssertEqual(c.reporterCitations, ["554 U.S. 570"])
        XCTAssertEqual(c.plaintiffs, ["DISTRICT OF COLUMBIA"])
        XCTAssertTrue(c.etAl)
        XCTAssertEqual(c.defendants, ["HELLER"])
        XCTAssertEqual(c.docket, "07-290")
        XCTAssertEqual(c.court, "Supreme Court of United States")
        XCTAssertEqual(c.date, "2008-06-26")
        XCTAssertEqual(doc.tree.headMatter.map(\.kind), ["parties", "docketnumber", "court", "otherdate", "decisiondate"])
        XCTAssertFalse(doc.citations.contains { $0.volume == "554" })
    }

    /// The BIA's web text (corpus-dev 007, Corpus/gold): the title block ran on through
    /// the date, the court and the summary; the caption took counsel for the parties.
    func testTitleBlockEndsAtTheDateLine() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/gold/007_juriscraper_bia_matter_of_alday_dominguez.txt")
        let doc = Pincite.parse(bytes: Array(try Data(contentsOf: url)), bluebook: nil)
        XCTAssertEqual(doc.tree.caption.plaintiffs, ["Matter of Enrique ALDAY-DOMINGUEZ"])
        XCTAssertEqual(doc.tree.caption.court, "U.S. Department of Justice Executive Office for Immigration Review Board of Immigration Appeals")
        XCTAssertEqual(doc.tree.caption.date, "2017-06-01")
        XCTAssertEqual(doc.tree.headMatter.first?.kind, "parties")
    }

    func testSupremeCourtOpeningLines() {
        let doc = Pincite.parse(bytes: Array(heller.utf8), bluebook: nil)
        XCTAssertEqual(doc.tree.opinions.map(\.type), ["majority", "dissent"])
        XCTAssertEqual(doc.tree.opinions.map { $0.author ?? "" }, ["SCALIA", "STEVENS"])
        XCTAssertEqual(doc.tree.caption.judge, "SCALIA")
        // the older form and the slip opinions' own
        XCTAssertEqual(StructureContext.justiceOpinionStart("MR. JUSTICE HOLMES delivered the opinion of the court.")?.1, "HOLMES")
        XCTAssertEqual(StructureContext.justiceOpinionStart("Chief Justice Roberts delivered the opinion of the Court.")?.1, "Roberts")
        XCTAssertEqual(StructureContext.justiceOpinionStart("JUSTICE THOMAS, concurring in the judgment.")?.0, "concurrence")
        // prose that mentions an opinion delivered is no opening line
        XCTAssertNil(StructureContext.justiceOpinionStart("In that case Justice Holmes delivered the opinion of the court in"))
        XCTAssertNil(StructureContext.justiceOpinionStart("The parties agree that the statute applies, dissenting."))
    }

    /// Google Scholar's layout: the own cite, a caption, star pages, and the notes collected
    /// at the end as "[1] …" paragraphs with no separator line or "Notes:" heading.
    func testBracketNotesCollectedAtTheEnd() throws {
        let text = """
        570 F.3d 1234 (2009)

        UNITED STATES of America, Plaintiff-Appellee,
        v.
        John DOE, Defendant-Appellant.

        No. 08-12345.

        United States Court of Appeals, Eleventh Circuit.

        June 1, 2009.

        CARNES, Circuit Judge:

        John Doe appeals his conviction. We review the denial of a motion to suppress under a mixed standard. United States v. Jordan, 635 F.3d 1181, 1185 (11th Cir.2011). We affirm.[1] During the stop, *1237 the officers saw a handgun on the floor.[2]

        AFFIRMED.

        [1] We have jurisdiction under 28 U.S.C. § 1291.

        [2] The handgun was loaded. See Id. at 1186.

        """
        let doc = Pincite.parse(bytes: Array(text.utf8), bluebook: nil)
        XCTAssertEqual(doc.tree.caption.reporterCitations, ["570 F.3d 1234"])
        XCTAssertEqual(doc.tree.footnotes.map(\.label), ["1", "2"])
        let statute = try XCTUnwrap(doc.citations.first { $0.kind == .statute })
        XCTAssertEqual(statute.location.footnote, "1")
        // a numbered list that ends a text, with no marks in the text, is no set of notes
        let list = "The parties shall file the following within 30 days of this order, as the court directs:\n\n[1] a joint status report;\n\n[2] a proposed schedule.\n"
        XCTAssertEqual(Pincite.parse(bytes: Array(list.utf8), bluebook: nil).tree.footnotes.count, 0)
    }

    /// A division number after a paragraph that ends with a bracketed note mark
    /// ("We affirm.[1]") opens a section; the disposition "AFFIRMED." does not.
    func testDivisionAfterBracketMarkAndDispositionLine() {
        let body = "John Doe appeals his conviction for possession of a firearm by a convicted felon, and we affirm.[1]"
        let text = body + "\n\nI.\n\nThe facts are not disputed. Officers stopped the car for a broken taillight and saw a handgun on the floor.\n\nII.\n\nThe stop was lawful. Whren v. United States, 517 U.S. 806, 810 (1996).\n\nAFFIRMED.\n\n[1] We have jurisdiction under 28 U.S.C. § 1291.\n"
        let doc = Pincite.parse(bytes: Array(text.utf8), bluebook: nil)
        XCTAssertEqual(doc.tree.sections.map { $0.number ?? $0.heading }, ["I", "II"])
        XCTAssertTrue(StructureContext.isDisposition("REVERSED AND REMANDED."))
        XCTAssertTrue(StructureContext.isDisposition("IT IS SO ORDERED."))
        XCTAssertFalse(StructureContext.isDisposition("CONCLUSION"))
        XCTAssertFalse(StructureContext.isDisposition("STANDARD OF REVIEW."))
    }

    /// A Lexis export: the Reporter line with its page-series stars, the date with its
    /// event after it, "NO." docket, and "Opinion by:" naming the author.
    func testLexisHead() {
        let head = """
        Smith v. Jones

        Court of Appeals of Texas, Fourteenth District, Houston
        March 3, 2015, Opinion Filed
        NO. 14-13-00987-CV

        Reporter
        456 S.W.3d 789 *; 2015 Tex. App. LEXIS 2101 **

        JOHN SMITH, Appellant v. MARY JONES, Appellee

        Counsel: For appellant: Ann Lee, Houston, TX.

        Opinion by: Marc W. Brown

        Opinion

         [*791]  MEMORANDUM OPINION


        """
        let paragraph = "Smith and Jones agreed to a sale of goods for more than five hundred dollars. The agreement was never reduced to writing. City of Keller v. Wilson, 168 S.W.3d 802, 827 (Tex. 2005).\n\n"
        let doc = Pincite.parse(bytes: Array((head + String(repeating: paragraph, count: 6)).utf8), bluebook: nil)
        let c = doc.tree.caption
        XCTAssertEqual(c.reporterCitations, ["456 S.W.3d 789", "2015 Tex. App. LEXIS 2101"])
        XCTAssertEqual(c.court, "Court of Appeals of Texas, Fourteenth District, Houston")
        XCTAssertEqual(c.docket, "14-13-00987-CV")
        XCTAssertEqual(c.date, "2015-03-03")
        XCTAssertEqual(c.judge, "Marc W. Brown")
        XCTAssertEqual(doc.tree.opinions.first?.author, "Marc W. Brown")
        XCTAssertFalse(doc.citations.contains { $0.volume == "456" || $0.volume == "2015" })
    }

    /// A cite that a sentence runs onto from the line before is no own citation, even
    /// at the top of a text ("Wooldridge v. State,⏎239 S.W.3d 151, 153–54⏎(Mo. App. E.D. 2007).").
    func testCiteContinuingASentenceStaysACitation() {
        let text = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF MISSOURI\n\nThe motion court found counsel effective at every stage of the case. Wooldridge v. State,\n239 S.W.3d 151, 153\n(Mo. App. E.D. 2007).\n\nSee Sanders v. State, 738 S.W.2d 856, 857 (Mo. banc 1987).\n"
        let doc = Pincite.parse(bytes: Array(text.utf8), bluebook: nil)
        XCTAssertEqual(doc.tree.caption.reporterCitations, [])
        XCTAssertTrue(doc.citations.contains { $0.volume == "239" && $0.caseName?.plaintiff == "Wooldridge" })
    }

    /// Many notes at the end: every mark is looked up in one pass over the text (a search
    /// per note was quadratic in a long document).
    func testManyTrailingNotesAreFoundInOnePass() {
        let body = "The court has ruled on these points before " + (1...300).map { "[\($0)]" }.joined(separator: " ") + ".\n\n"
        let notes = (1...300).map { "[\($0)] Note \($0).\n\n" }.joined()
        let doc = Pincite.parse(bytes: Array((String(repeating: body, count: 200) + notes).utf8), bluebook: nil)
        XCTAssertEqual(doc.tree.footnotes.count, 300)
        XCTAssertEqual(doc.tree.footnotes.last?.label, "300")
    }
}
