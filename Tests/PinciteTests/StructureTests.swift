import Foundation
import XCTest
@testable import Pincite

// The opinion tree on documents of different formats and courts, with
// expectations checked by hand against each source (Corpus/structure,
// Corpus/formats; the values were read off the text or markup, e.g. the headings
// with `grep -n "^ *[IVX]*\. "`, the <aside class="footnote"> count, the
// <decisiondate> element).

final class StructureTests: XCTestCase {
    /// Avelin v. Swansea Police Dep't (D. Mass. 2026) and Alexander v. Weil (N.D. Ill. 2026):
    /// centred headings in capitals with no blank line around them are headings; a numbered
    /// heading does not take the paragraph under it as its second line.
    func testCentredCapitalsHeadingsAndNoSwallowedLines() {
        let text = """
        UNITED STATES DISTRICT COURT
        DISTRICT OF MASSACHUSETTS

        MEMORANDUM AND ORDER

        Plaintiff filed an amended complaint on April 21, 2026 that provides further factual allegations pertaining to his Fourth Amendment claim
        of excessive force.                                                       
                             BACKGROUND                                      
        The facts, as alleged in the complaint and assumed true, are as follows. Avelin lives in
        Swansea, Massachusetts and identifies as “an American State National,” not a United States
        citizen. Upon review, the Court concludes that Avelin is without assets to pay the filing fee and will grant
        the motion for leave to proceed in forma pauperis.                        
                              DISCUSSION                                     
        II.  Legal Standard

        A.    Rule 12(b)(6)                                                  
        Federal  Rule  of  Civil  Procedure  12(b)(6)  allows  the  Court  to  dismiss  a
        complaint that fails to “state a claim upon which relief can be granted.”
                       CONCLUSIONS AND ORDERS                                
        For the foregoing reasons, the motion for leave to proceed in forma pauperis, ECF 2, is
        GRANTED. This action is DISMISSED without prejudice pursuant to 28 U.S.C. § 1915(e)(2)(B).

        """
        let d = parse(text)
        let headings = d.tree.sections.map(\.heading)
        XCTAssertTrue(headings.contains("BACKGROUND"), "\(headings)")
        XCTAssertTrue(headings.contains("CONCLUSIONS AND ORDERS"), "\(headings)")
        XCTAssertTrue(headings.contains("Rule 12(b)(6)"), "\(headings)")
        XCTAssertFalse(headings.contains { $0.contains("Federal") }, "\(headings)")
        // People v. Baul (Cal. Ct. App. 2026): a note's mark glued to the heading is no part of it
        let baul = parse("""
        IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA
        SECOND APPELLATE DISTRICT

        OPINION

        The trial court found the defendant ineligible for resentencing under the statute, and the
        defendant appealed from that order. We have reviewed the record, and we conclude that the court
        defendant ineligible for resentencing. The record establishes
        error. We therefore reverse and remand.

                                  BACKGROUND2
              In 2009, the People charged defendant with carjacking
        (§ 215, subd. (a); count 1), assault with a deadly weapon (§ 245,
        subd. (a)(1); counts 2 & 5), assault with intent to commit rape.

        """)
        XCTAssertEqual(baul.tree.sections.map(\.heading), ["BACKGROUND"])
    }

    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

    func doc(_ path: String) throws -> Document {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent(path))
        return Pincite.parse(bytes: [UInt8](data), name: path)
    }

    func testFifthCircuitPDFText() throws {
        let d = try doc("structure/002_doctor_ca5_st_pierre_v_standard_ins.txt")
        XCTAssertEqual(d.format, .text)
        XCTAssertEqual(d.layout.pages.count, 10)  // ten form-feed pages
        let s = d.tree.sections
        // "A." and "B." alone on their lines are divisions without a title; the titled
        // "A. Texas Insurance Code …" starts the letters again under "B.", a level deeper
        XCTAssertEqual(s.map(\.number), ["I", "II", "III", "A", "B", "A", "B", "C", "IV"])
        XCTAssertEqual(s.map(\.heading), ["Facts & Procedural Background", "Standard of Review", "Discussion", "", "",
                                          "Texas Insurance Code and Deceptive Trade Practices Act", "Promissory Estoppel",
                                          "Breach of Contract", "Conclusion"])
        XCTAssertEqual(s.map(\.level), [1, 1, 1, 2, 2, 3, 3, 3, 1])
        XCTAssertEqual(s[3].parent, s[2].id)
        XCTAssertEqual(s[5].parent, s[4].id)
        let c = d.tree.caption
        // a federal court of appeals is named with its circuit; the circuit is no district
        XCTAssertEqual(c.court, "United States Court of Appeals for the Fifth Circuit")
        XCTAssertNil(c.district)
        XCTAssertEqual(c.judge, "Per Curiam")
        XCTAssertEqual(c.docket, "21-50498")
        XCTAssertEqual(c.plaintiffs, ["Vanessa St. Pierre"])
        XCTAssertEqual(c.defendants, ["Standard Insurance Company; Dearborn National Life Insurance Company"])
        XCTAssertEqual(d.tree.opinions.map(\.type), ["per_curiam"])
        // a case name broken by a page break, page number and running header
        // ("Montoya v. FedEx Ground ‹6, Case: 21-50498 … No. 21-50498› Package Sys., Inc.")
        let montoya = try XCTUnwrap(d.citations.first { $0.volume == "614" && $0.page == "145" })
        XCTAssertEqual(montoya.caseName?.plaintiff, "Montoya")
        XCTAssertEqual(montoya.caseName?.defendant, "FedEx Ground Package Sys., Inc.")
        XCTAssertFalse(d.layout.furniture.isEmpty)
        // layout-mode footnotes: a label line at the page foot, the body indented below
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["*", "1", "2", "3"])
        XCTAssertTrue(d.tree.footnotes.allSatisfy { $0.markerSpan != nil })
        XCTAssertEqual(d.tree.footnotes.map(\.page), [1, 3, 7, 9])
        // the running header of page 2 is page metadata in the JSON
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(d.jsonBytes())) as? [String: Any])
        let pages = try XCTUnwrap(json["pages"] as? [[String: Any]])
        let furniture = try XCTUnwrap(pages[1]["furniture"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        XCTAssertEqual(furniture, ["Case: 21-50498 Document: 00516242060 Page: 2 Date Filed: 03/16/2022", "No. 21-50498", "2"])
    }

    func testLineBreakHyphenRejoinedInParenthetical() throws {
        // Corpus/janfeshan: "… self-\n\nincrimination …" inside an explanatory parenthetical
        let d = try doc("janfeshan/janfeshan.txt")
        XCTAssertTrue(d.citations.contains { $0.parentheticals.contains { $0.text.contains("self-incrimination") } })
    }

    func testMissouriPDFTextWithUnnumberedHeadings() throws {
        let d = try doc("structure/003_doctor_moctapp_jagels_v_state.txt")
        XCTAssertEqual(d.layout.pages.count, 5)
        // the point headings under "Discussion" are one sentence after a Roman numeral;
        // the second wraps onto a line aligned with its text
        XCTAssertEqual(d.tree.sections.map(\.heading), ["Introduction", "Background", "Standard of Review", "Discussion",
                                                        "Jagels’ plea was knowing and voluntary, not coerced.",
                                                        "Remand is required to correct with an order nunc pro tunc the clerical error in the written judgment’s description of one of Jagels’ convictions.",
                                                        "Conclusion"])
        XCTAssertEqual(d.tree.sections.map(\.level), [1, 1, 1, 1, 2, 2, 1])
        XCTAssertEqual(d.tree.sections.map(\.number), [nil, nil, nil, nil, "I", "II", nil])
        XCTAssertEqual(d.tree.sections.map(\.page), [1, 1, 2, 4, 4, 5, 5])
        let c = d.tree.caption
        // "In the" is no part of the court's name; the division under the district is
        XCTAssertEqual(c.court, "Missouri Court of Appeals")
        XCTAssertEqual(c.district, "Eastern District, DIVISION THREE")
        // "Filed: January 19, 2021" in the right column; "James M. Dowd, Judge" signs it
        XCTAssertEqual(c.date, "2021-01-19")
        XCTAssertEqual(c.judge, "James M. Dowd")
        XCTAssertEqual(c.judgeTitle, "Judge")
        XCTAssertTrue(d.tree.blockQuotes.isEmpty, "the signature lines are no block quote")
        XCTAssertEqual(c.docket, "ED108783")
        XCTAssertEqual(c.plaintiffs, ["NICHOLE MARIE JAGELS"])
        XCTAssertEqual(c.defendants, ["STATE OF MISSOURI"])
    }

    func testGeorgiaCAPHTML() throws {
        let d = try doc("formats/015_fastcase_gactapp_in_re_knc.orig.html")
        XCTAssertEqual(d.format, .html)
        // the markup's "Court of Appeals of Georgia." and "No. A03A1865.", as the plain text's caption gives them
        XCTAssertEqual(d.tree.caption.court, "Court of Appeals of Georgia")
        XCTAssertEqual(d.tree.caption.docket, "A03A1865")
        XCTAssertEqual(d.tree.caption.date, "2003-12-01")
        XCTAssertEqual(d.tree.opinions.count, 1)
        XCTAssertEqual(d.tree.opinions.first?.author, "RUFFIN, Presiding Judge.")
        XCTAssertEqual(d.tree.footnotes.count, 20)
        XCTAssertEqual(d.tree.footnotes.first?.label, "1")
        XCTAssertTrue(d.tree.footnotes.allSatisfy { $0.markerSpan != nil })
        // spans point into the original markup: the first footnote body maps to its
        // <aside class="footnote"> element, which comes after the last paragraph
        let html = [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent("formats/015_fastcase_gactapp_in_re_knc.orig.html")))
        let start = d.source.original(d.tree.footnotes[0].span.start)
        let window = String(decoding: html[max(0, start - 40)..<min(html.count, start + 120)], as: UTF8.self)
        XCTAssertTrue(window.contains("<aside data-label=\"1.\" class=\"footnote\""), window)
        // citations in footnotes know their footnote
        XCTAssertTrue(d.citations.contains { $0.location.footnote != nil })
    }

    func testMissouriCAPJSON() throws {
        let d = try doc("formats/017_courtlistener_moctapp_wester_v_dept_labor.orig.json")
        XCTAssertEqual(d.format, .capJSON)
        let c = d.tree.caption
        // the markup's "…, Division Two." and "No. 25741.", as the plain text's caption gives them
        XCTAssertEqual(c.court, "Missouri Court of Appeals, Southern District, Division Two")
        XCTAssertEqual(c.docket, "25741")
        XCTAssertEqual(c.date, "2004-05-21")
        XCTAssertEqual(c.plaintiffs, ["Tina WESTER"])
        XCTAssertEqual(c.defendants, ["MISSOURI DEPARTMENT OF LABOR AND INDUSTRIAL RELATIONS"])
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1", "2", "3", "4"])
        XCTAssertEqual(d.tree.opinions.first?.author, "NANCY STEFFEN RAHMEYER, Chief Judge.")
        // the casebody's head matter, in order (the <parties>, <docketnumber>, … elements)
        XCTAssertEqual(d.tree.headMatter.map(\.kind), ["parties", "docketnumber", "court", "decisiondate", "attorneys", "attorneys", "judges"])
    }

    func testIllinois1887METSXML() throws {
        let d = try doc("formats/018_capstone_illappct_home_ins_v_kirk_1887.orig.xml")
        XCTAssertEqual(d.format, .capXML)
        let c = d.tree.caption
        XCTAssertEqual(c.court, "Illinois Appellate Court")
        XCTAssertEqual(c.date, "1887-05-27")
        XCTAssertEqual(c.plaintiffs, ["The Home Insurance Company of New York"])
        XCTAssertEqual(c.defendants, ["John Kirk, for use of William Kirk"])
        XCTAssertEqual(d.tree.opinions.map(\.type), ["majority"])
        XCTAssertEqual(d.tree.opinions.first?.author, "Lacey, J.")
        XCTAssertGreaterThan(d.citations.count, 20)
    }

    func testNewYorkFastcaseXML() throws {
        let d = try doc("formats/012_fastcase_ny_people_v_flowers.orig.xml")
        XCTAssertEqual(d.tree.caption.court, "Court of Appeals of New York")
        XCTAssertEqual(d.tree.opinions.first?.author, "Rivera")
        XCTAssertTrue(d.tree.caption.date?.hasPrefix("2013") ?? false)
        XCTAssertTrue(d.citations.contains { $0.kind == .fullCase })
    }

    func testAuthorLineIsTheJudgeNotASection() throws {
        // gold/020: "JUSTICE TURNER⏎⏎delivered the opinion of the court:" (Illinois, CAP text)
        let d = try doc("gold/020_smaa2020_illappct_people_v_thompson.txt")
        XCTAssertEqual(d.tree.caption.judge, "TURNER")
        XCTAssertFalse(d.tree.sections.contains { $0.heading.contains("TURNER") })
        XCTAssertEqual(d.tree.sections.map(\.level), [1, 1, 2, 2, 1])  // BACKGROUND, ANALYSIS (A, B), CONCLUSION
        // gold/016: "WILLIAM H. CRANDALL, JR., Judge." — the suffix is part of the name
        let m = try doc("gold/016_courtlistener_moctapp_dlm_v_tjs.txt")
        XCTAssertEqual(m.tree.caption.judge, "WILLIAM H. CRANDALL, JR.")
    }

    func testInTheMatterOfSentenceIsNotAParty() throws {
        // gold/016: "In the matter of S.J.S., a minor child. D.L.M. and D.E.M., Petitioners/Respondents, v. T.J.S., Respondent/Appellant."
        let d = try doc("gold/016_courtlistener_moctapp_dlm_v_tjs.txt")
        XCTAssertEqual(d.tree.caption.plaintiffs, ["D.L.M. and D.E.M."])
        XCTAssertEqual(d.tree.caption.defendants, ["T.J.S."])  // an initial keeps its period
    }
    /// A note that introduces a statute ("[3] Wisconsin Stat. § 111.70(4)(d) 3.b. states:") quotes
    /// it on its next line to the note's end: a block quote in the note (corpus-dev/014, the
    /// notes after the opinion; the marks are in its text). A note that quotes nothing has none.
    func testQuotationInsideANote() throws {
        let body = "The Commission conducted the elections.[1] The union sued.[2] The statute governs the elections.[3] Hundreds were held.[4] "
            + "By the Court. -The order of the circuit court is reversed.\n\n--------------------\n\n"
        let notes = "[1] The Honorable Peter C. Anderson of Dane County presided.\n\n[2] See Wis. Stat. § 19.37(1)(a) (2015-16). All further references to Wisconsin statutes are to the 2015-16 version unless otherwise noted.\n\n[3] Wisconsin Stat. § 111.70(4)(d) 3.b. states:\nAnnually, the commission shall conduct an election to certify the representative of the collective bargaining unit that contains a general municipal employee. The election shall occur no later than December 1 for a collective bargaining unit containing school district employees and no later than May 1 for a collective bargaining unit containing general municipal employees who are not school district employees. The commission shall certify any representative that receives at least 51 percent of the votes of all of the general municipal employees in the collective bargaining unit. If no representative receives at least 51 percent of the votes of all of the general municipal employees in the collective bargaining unit, at the expiration of the collective bargaining agreement, the commission shall decertify the current representative and the general municipal employees shall be nonrepresented. Notwithstanding sub. (2), if a representative is decertified under this subd. 3.b., the affected general municipal employees may not be included in a substantially similar collective bargaining unit for 12 months from the date of decertification. The commission shall assess and collect a certification fee for each election conducted under this subd. 3.b. Fees collected under this subd. 3.b. shall be credited to the appropriation account under s. 20.425(1)(i).\n\n[4] In total, there were 301 union certification elections in November 2015, involving nearly 60,000 municipal employees"
        let doc = parse(body + notes)
        XCTAssertEqual(doc.tree.footnotes.count, 4)
        let quotes = doc.tree.blockQuotes.map { doc.collapsedText($0.span) }
        XCTAssertEqual(quotes.count, 1)
        XCTAssertTrue(quotes.first?.hasPrefix("Annually, the commission shall conduct an election") ?? false)
        XCTAssertTrue(quotes.first?.hasSuffix("the appropriation account under s. 20.425(1)(i).") ?? false)
    }
    /// A heading after an editor's note in brackets ("[Editor's note: The following portion of the
    /// opinion has been vacated by the order entered June 8, 2007.]" ⏎ "I. Common Issue in These
    /// Consolidated Cases"), and no section for the dated title of the order printed before the
    /// opinion ("ORDER ENTERED JUNE 8, 2007"), which had pushed the opinion's parts a level
    /// down (corpus-dev/013, two passages joined).
    func testHeadingsAfterAnEditorsNoteAndNoDatedTitle() throws {
        let doc = parse("Before: WHITBECK, C.J., and MURPHY and COOPER, JJ.\n\nORDER ENTERED JUNE 8, 2007\n\nGriswold Properties, L.L.C. v. Lexington Insurance Company, Docket No. 263197, Gainors Meat Packing, Inc. v. Home-Owners Insurance Company, Docket No. 265278, Gardner v. Harleysville Lake States Insurance Company, Docket No. 268335.\n\nThe Court orders that a special panel shall be convened pursuant to MCR 7.215(J) to resolve the conflict between these consolidated cases and Arco Industries Corp. v. American Motorists Ins. Co. 233 Mich.App. 143; 594 N.W.2d 74 (1998), aff'd 462 Mich. 896, 617 N.W.2d 330 (2000).\n\nThe Court further order that part I of the opinion in these consolidated cases, which addresses whether a first-party insured is entitled to 12 percent interest under MCL 500.2006(4) when the insurer fails to pay a claim on a timely basis irrespective of whether the amount of the claim was reasonably in dispute, is vacated. MCR 7.215(J).\n\nAppellants may file supplemental briefs within 21 days of the Clerk's certification of this order. Appellees may file supplemental brief within 21 days of the service of appellant's briefs. Nine copies must be filed with the Clerk of the Court.\n\nPER CURIAM.\n\nThese three consolidated cases involve claims brought by first-party insureds against their insurers. In each case, the insurer delayed payment of the claim while disputing the amount of damages or requiring additional proof of loss documentation. Although the facts and some issues vary between these cases, in each case, the plaintiff has claimed eligibility for statutory penalty interest under MCL 500.2006(4), so we address that issue first and then turn to each case separately for consideration of its remaining issues.\n\n[Editor's note: The following portion of the opinion has been vacated by the order entered June 8, 2007.]\n\nI. Common Issue in These Consolidated Cases\n\n\n[Editor's note: The preceding portion of the opinion has been vacated by the order entered June 8, 2007.]\n\nII. Griswold Properties, L.L.C. v. Lexington Ins. Co., Docket No. 263197\n\nIn addition to appealing the grant of penalty interest to plaintiff, defendant appeals as of right the trial court's order granting plaintiff's motion for summary disposition, and finding that plaintiff's claims were not reasonably in dispute. We affirm that order.\n\nA. Facts and Procedural History")
        let headings = doc.tree.sections.map { "\($0.level) \($0.number ?? "") \($0.heading)" }
        XCTAssertEqual(headings, ["1 I Common Issue in These Consolidated Cases",
                                  "1 II Griswold Properties, L.L.C. v. Lexington Ins. Co., Docket No. 263197",
                                  "2 A Facts and Procedural History"])
    }
}
