import XCTest
@testable import Pincite

// Case names and treatises as state courts write them (session 20). Snippets verbatim from
// opinions no gold covers: CourtListener's test assets (`cl/assets/media/test/search/
// txt_file_with_no_encoding.txt`, DeGraff v. Burnett, 2007 VT 95; `cl/corpus_importer/
// import_columbia/test_opinions/0aa2a46f473c97f6.xml`, Maddox v. State, Ala. Crim. App. 1979,
// its reading text) and eyecite's `tests/assets/opinion_AL.txt` (an Alabama Attorney
// General's opinion), `tests/assets/opinions_KY.txt` (a Kentucky one) and
// `tests/assets/bluebook_citations.py` (a brief's passage); `cl/corpus_importer/test_assets/
// scanned_opinion.xml` (Fla. 4th DCA 2024, its reading text); `cl/corpus_importer/
// import_columbia/test_opinions/0b59c80d9043a003.xml` (Rockstad v. Global, Alaska 2002, its
// reading text); `cl/assets/media/test/txt/2015/12/28/opinion_text.txt` (Ideal v. IFIC, D.C.
// Cir. 1997).

final class StateCourtNameFormsTests: XCTestCase {
    /// "Estate of" opens the defendant's name after "v.", and follows "In re".
    func testEstateOfInsideAName() throws {
        // DeGraff v. Burnett (Vt.)
        let cs = cites("""
          extrinsic evidence to discern the parties' intent.  See Kipp v. Estate of
          Chips, 169 Vt. 102, 107, 732 A.2d 127, 131 (1999); see also 14 R. Powell,
        """)
        let kipp = try XCTUnwrap(cs.cite(volume: "169"))
        XCTAssertEqual(kipp.caseName?.plaintiff, "Kipp")
        XCTAssertEqual(kipp.caseName?.defendant, "Estate of Chips")
        XCTAssertEqual(kipp.signal, "See")
        XCTAssertEqual(cs.cite(volume: "732")?.caseName?.defendant, "Estate of Chips")
        // (a name alone after "In re" keeps it)
        let jones = try XCTUnwrap(cites("In re Estate of Jones, 123 P.3d 456 (Alaska 2005).").first)
        XCTAssertEqual(jones.caseName?.procedural, "In re")
        XCTAssertEqual(jones.caseName?.plaintiff, "Estate of Jones")
    }

    /// Alabama's older style sets the court between the name and the cite.
    func testCourtBetweenNameAndCite() throws {
        // Maddox v. State (Ala. Crim. App.), reading text of the Columbia XML
        let d = parse("ed thereon will not be disturbed on appeal. Young v. State, Ala.Cr.App.,346 So.2d 509. In a prosecution for murder it is for the jur")
        let young = try XCTUnwrap(d.citations.cite(volume: "346"))
        XCTAssertEqual(young.caseName?.plaintiff, "Young")
        XCTAssertEqual(young.caseName?.defendant, "State")
        XCTAssertEqual(d.text(young), "Young v. State, Ala.Cr.App.,346 So.2d 509")
    }

    /// A capital "V." between the parties, as briefs write it, is the "v." of the name; a
    /// middle initial in a name that has its "v." stays a name.
    func testCapitalVersus() throws {
        // bluebook_citations.py
        let cs = cites("t0 state a claim”); Williams V. Hariosy, 210 Ga. App. 637, 638 (1993)")
        XCTAssertEqual(cs.first?.caseName?.plaintiff, "Williams")
        XCTAssertEqual(cs.first?.caseName?.defendant, "Hariosy")
        let smith = try XCTUnwrap(cites("See John V. Smith Co. v. Jones, 12 F.3d 34 (2d Cir. 1994).").first)
        XCTAssertEqual(smith.caseName?.plaintiff, "John V. Smith Co.")
    }

    /// State rules: Vermont's "V.R.E.", "V.R.A.P."; Florida's set spelled out. Alabama's
    /// docket "6 Div. 870" under the caption is no "Div." reporter cite.
    func testStateRulesAndAlabamaDocket() throws {
        // DeGraff v. Burnett (Vt.); the Florida opinion; Maddox v. State (Ala.)
        let d = parse("""
          about the easement's boundaries.  See V.R.E. 804(b)(4)(C) (out-of-court

        peals from the circuit court's final order disposing of his Florida Rule of Criminal Procedure 3.853 motion for po

        Lincoln R. MADDOX v. STATE. 6 Div. 870.
        """)
        let rules = d.citations.of(.rule)
        XCTAssertEqual(rules.map(d.text), ["V.R.E. 804(b)(4)(C)", "Florida Rule of Criminal Procedure 3.853"])
        XCTAssertEqual(rules.map(\.section), ["804(b)(4)(C)", "3.853"])
        XCTAssertEqual(d.citations.count, 2, "no '6 Div. 870'")
        // (a rule named without its state is prose: "the Rule of Evidence 803 that")
        XCTAssertTrue(cites("under the Rule of Evidence 803 that applies").of(.rule).isEmpty)
    }

    /// Nineteenth-century treatises named "Author on Subject", a comma before the page or the
    /// section (a scan's "See." for "Sec.").
    func testAuthorOnSubjectTreatises() throws {
        // corpus-dev/018_capstone_illappct_home_ins_v_kirk_1887.txt
        let d = parse("ditor should be litigated in the garnishee proceedings. See Drake on Attachments, See. 707; Freeman on Judgments, 167. The Supreme Court 'ha")
        let books = d.citations.of(.book)
        XCTAssertEqual(books.map(d.text), ["Drake on Attachments, See. 707", "Freeman on Judgments, 167"])
        XCTAssertEqual(books.map(\.pincite), ["See. 707", "167"])
        XCTAssertEqual(books.map(\.title), ["Drake on Attachments", "Freeman on Judgments"])
        // a body's name before a year is no treatise (945 N.E.2d 484, Corpus/unseen's Fastcase folder's source)
        XCTAssertTrue(cites("now is in force in New York\" (Mem. of Temporary Commission on the Law of Estates, 1965 N.Y. Legis. Ann., at 206).").of(.book).isEmpty)
    }

    /// An old scan that prints "$" as "§" ("the sum of §1,055") prints every amount so: a
    /// "§200" glued after a comma is one as well, not a section of no code.
    func testScannedDollarSigns() throws {
        // corpus-dev/018_capstone_illappct_home_ins_v_kirk_1887.txt (joined)
        let d = parse("irk, in the Circuit Court of Woodford County, in the sum of §1,055, after first having execu\n\nts and costs, exceeds, when added to the original judgment, §200. This same question was dec")
        XCTAssertTrue(d.citations.isEmpty, "\(d.citations.map(d.text))")
        // (a text without such amounts keeps its glued sections)
        XCTAssertEqual(cites("The claim arises under 42 U.S.C. §1983 and fails.").first?.section, "1983")
    }

    /// Legal encyclopedias and a treatise with its author, bracketed subsections and a page.
    func testEncyclopediasAndTreatises() throws {
        // Rockstad v. Global (Alaska); DeGraff v. Burnett (Vt.) (joined)
        let d = parse("""
        he failure of performance. [fn4] See 49 Am. Jur. 2d Landlord and Tenant § 43 (1995). [fn5] See Leisnoi, Inc. v.

          Chips, 169 Vt. 102, 107, 732 A.2d 127, 131 (1999); see also 14 R. Powell,
          Powell on Real Property, § 81A.05[3][e], at 81A-102 (M. Wolf ed. 2000)
        """)
        let books = d.citations.of(.book)
        XCTAssertEqual(books.count, 2)
        let amJur = try XCTUnwrap(books.first)
        XCTAssertEqual(d.text(amJur), "49 Am. Jur. 2d Landlord and Tenant § 43 (1995)")
        XCTAssertEqual(amJur.volume, "49")
        XCTAssertEqual(amJur.title, "Am. Jur. 2d Landlord and Tenant")
        XCTAssertEqual(amJur.pincite, "§ 43")
        XCTAssertEqual(amJur.year, 1995)
        let powell = try XCTUnwrap(books.last)
        XCTAssertEqual(powell.volume, "14")
        XCTAssertEqual(powell.author, "R. Powell")
        XCTAssertEqual(powell.title, "Powell on Real Property")
        XCTAssertEqual(powell.pincite, "§ 81A.05[3][e], at 81A-102")
        XCTAssertEqual(powell.year, 2000)
        XCTAssertTrue(d.citations.of(.statute).isEmpty, "no bare '§ 43' or '§ 81A.05'")
    }

    /// Attorney General opinions cited by number; the opinion's own number under its label is
    /// no cite. The Id. after one cites it.
    func testAttorneyGeneralOpinionsByNumber() throws {
        // opinions_KY.txt; opinion_AL.txt (joined)
        let d = parse("""
        No. OAG 18-011

        g places. In 1984, we held that voters wearing political buttons were not electioneering because the buttons were not "signs" for purposes of KRS 117.235. OAG 84-94. In 1992, we reversed that decision and opined that the wearing of campaign buttons did constitute electioneering under the statute. OAG 92-73. Id.

        hilton County Office of Probate Court, dated July 10, 2002, A.G. No. 2002-284. In Megginson, the C
        """)
        let ag = d.citations.filter { $0.docket != nil }
        XCTAssertEqual(ag.map(\.docket), ["OAG 84-94", "OAG 92-73", "A.G. No. 2002-284"])
        XCTAssertTrue(ag.allSatisfy { $0.kind == .fullCase })
        let id = try XCTUnwrap(d.citations.first { $0.kind == .id })
        XCTAssertEqual(id.antecedent, ag[1].id)
    }

    /// A heading of six to twelve Title Case words stands between paragraphs (an Attorney
    /// General's opinion), even after a paragraph that ends with a note's mark.
    func testLongTitleCaseHeadings() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/eyecite/opinions_KY.txt")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "opinions_KY.txt")
        XCTAssertEqual(d.tree.sections.map(\.heading), ["Write-In Voting",
                                                        "Distributing or Displaying Write-In Lists Does Not Constitute Electioneering",
                                                        "Election Officers May Instruct Voters on Write-In Votes Upon Request"])
        // Alaska's own form of its statutes, quoted inside a parenthetical: "(quoting AS 15.15.240)"
        let alaska = try XCTUnwrap(d.citations.first { $0.reporter == "AS" })
        XCTAssertEqual(alaska.section, "15.15.240")
        XCTAssertEqual(alaska.authority, "Alaska Stat. § 15.15.240")
        XCTAssertTrue(cites("AS WE SAID, 12 votes were cast.").isEmpty)
        // the Attorney General signs: "ANDY BESHEAR, ATTORNEY GENERAL."
        XCTAssertEqual(d.tree.caption.judge, "ANDY BESHEAR")
        XCTAssertEqual(d.tree.caption.judgeTitle, "ATTORNEY GENERAL")
        let al = Pincite.parse(bytes: [UInt8](try Data(contentsOf: CAPHeadMatterTests.corpus.appendingPathComponent("unseen/eyecite/opinion_AL.txt"))), name: "al")
        XCTAssertEqual(al.tree.caption.judge, "STEVE MARSHALL")   // "STEVE MARSHALL Attorney General."
        XCTAssertEqual(al.tree.caption.judgeTitle, "Attorney General")
        // the opinion's own number in its head is no cite; the ones it relies on are
        XCTAssertEqual(d.citations.compactMap(\.docket).filter { $0.hasPrefix("OAG") }, ["OAG 92-73", "OAG 84-94", "OAG 92-73"])
    }

    /// The majority answering its dissent ("See Dissent at 20.") and a note cited at the start
    /// of a sentence ("Supra note 10;") are internal cites.
    func testDissentAndCapitalisedSupraNote() throws {
        // Rockstad v. Global (Alaska), reading text (joined)
        let d = parse("""
        awkward phrasing for subsection 15.4's use of "default."See Dissent at 20. This sup

        g "default" its ordinary meaning as used in the subsection. Dissent at 17. But this

        onable clause. (Emphasis added.) [fn11] Supra note 10; Quad Constr., Inc.
        """)
        let references = d.citations.of(.internal)
        XCTAssertEqual(references.map(d.text), ["Dissent at 20", "Dissent at 17", "Supra note 10"])
        XCTAssertEqual(references.prefix(2).map(\.pincite), ["20", "17"])
        // (the dissent in prose is none: "the dissent at times overstates")
        XCTAssertTrue(cites("We think the dissent at times overstates it.").isEmpty)
    }

    /// Vermont's slip opinion as CourtListener keeps it: the running title and "[Filed
    /// 31-Aug-2007]" over the caption are no party, the filing stamp dates the opinion, the
    /// author runs in after "¶  1." (not the trial judge "Richard W. Norton, J." above it), and
    /// the "FN1." notes after the "Footnotes" heading, their later lines indented, are read.
    func testVermontSlipOpinion() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/vt_degraff_v_burnett.txt")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "vt")
        let cap = d.tree.caption
        XCTAssertEqual(cap.plaintiffs, ["Danny L. DeGraff, Nancy R. DeGraff and MBS Hardware & Lumber, Inc. d/b/a Milton Hardware Supply"])
        XCTAssertEqual(cap.defendants, ["Norman Burnett"])
        XCTAssertEqual(cap.date, "2007-08-31")
        XCTAssertEqual(cap.judge, "DOOLEY")
        XCTAssertEqual(d.tree.opinions.map(\.author), ["DOOLEY"])
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1", "2"])
        let fn2 = try XCTUnwrap(d.tree.footnotes.last)
        XCTAssertTrue(d.collapsedText(fn2.span).hasSuffix("is for the trial court to determine."))
        XCTAssertEqual(d.tree.footnotes.compactMap(\.markerSpan).count, 2)
        XCTAssertEqual(d.citations.filter { $0.reporter == "V.R.E." }.count, 2)
    }

    /// Public.Resource.Org's paragraph numbers (`<span class="num">2</span>`) are no page
    /// numbers: the file has no pages, and its citations none.
    func testParagraphNumbersAreNoPages() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/us_reagan_v_aiken.html")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "reagan")
        XCTAssertTrue(d.layout.pages.isEmpty, "\(d.layout.pages.map(\.number))")
        XCTAssertFalse(d.citations.isEmpty)
        XCTAssertTrue(d.citations.allSatisfy { $0.location.page == nil })
        XCTAssertEqual(d.tree.caption.plaintiffs, ["REAGAN, United States Marshal"])
    }

    /// A treatise's "§" converted to "s", as older CourtListener text prints it.
    func testTreatiseSectionWrittenS() throws {
        // Ideal v. IFIC (D.C. Cir.)
        let d = parse("""
        privileged matters in controversy.  See 6 James W. Moore, et
        al., Moore's Federal Practice s 26.49[5] (3d ed. 1997).  This
        """)
        let moore = try XCTUnwrap(d.citations.first)
        XCTAssertEqual(moore.kind, .book)
        XCTAssertEqual(moore.volume, "6")
        XCTAssertEqual(moore.title, "Moore's Federal Practice")
        XCTAssertEqual(moore.pincite, "§ 26.49[5]")
        XCTAssertEqual(moore.year, 1997)
    }

    /// A record title broken at a line's end ("Memorandum Opin-⏎ion at 4-5") is still the cite
    /// the Ids after it refer to.
    func testRecordTitleBrokenAtTheLineEnd() throws {
        // Ideal v. IFIC (D.C. Cir.)
        let d = parse("""
        surety, including its attorney's fees.  See Memorandum Opin-
        ion at 4-5 (May 3, 1996) (hereinafter "Mem. Op.").  Ideal
        declined to provide the requested reserve payment;  as a
        consequence, IFIC mounted its own defense against Modern's
        claims.  Id. at 5.  After discovery proceedings and two hear-
        """)
        let memo = try XCTUnwrap(d.citations.first)
        XCTAssertEqual(memo.kind, .internal)
        XCTAssertEqual(memo.pincite, "4-5")
        let id = try XCTUnwrap(d.citations.first { $0.kind == .id })
        XCTAssertEqual(id.antecedent, memo.id)
        // a page range broken after its hyphen joins again: "Id. at 5-⏎6." pins "5-6"
        let range = try XCTUnwrap(cites("judgment dismissing Modern's claims against IFIC.  Id. at 5-\n6.").first)
        XCTAssertEqual(range.pincite, "5-6")
    }

    /// A brief named with its parties' joined roles is a record cite of this case.
    func testBriefWithJoinedRoles() throws {
        // Ideal v. IFIC (D.C. Cir.)
        let d = parse("""
        tends that it is entitled to attorney's fees absent any showing
        of fraud or bad faith.  Brief of Appellee/Cross-Appellant at
        12.  Ideal argues that the agreement's good faith standard
        """)
        let brief = try XCTUnwrap(d.citations.first)
        XCTAssertEqual(brief.kind, .internal)
        XCTAssertEqual(d.text(brief), "Brief of Appellee/Cross-Appellant at 12")
        XCTAssertEqual(brief.pincite, "12")
    }

    /// Alabama names its code with its year, "Ala. Code 1975, §" or "Code of Alabama 1975, §":
    /// the year is the code's, the cite keeps its code.
    func testAlabamaCodeWithItsYear() throws {
        // an Alabama court form's text (an expungement fee waiver), from the code index
        let d = parse("hardship, am unable to pay the administrative filing fee required for filing a petition for expungement pursuant to Ala. Code 1975, § 15-27-4, and request that this fee be waived.")
        let code = try XCTUnwrap(d.citations.first)
        XCTAssertEqual(d.text(code), "Ala. Code 1975, § 15-27-4")
        XCTAssertEqual(code.reporter, "Ala. Code")
        XCTAssertEqual(code.authority, "Ala. Code § 15-27-4")
        // Maddox v. State's "Code of Alabama 1975, § 12-16-13" (its reading text glues "under" to it)
        let maddox = try XCTUnwrap(cites("is statutory and is found under Code of Alabama 1975, § 12-16-13, as follows").first)
        XCTAssertEqual(maddox.authority, "Ala. Code § 12-16-13")
    }

    /// A dictionary cited by page with a comma before the page.
    func testDictionaryPageAfterAComma() throws {
        // opinion_AL.txt
        let d = parse("rd, or like title or status.\" Black's Law Dictionary, 1148 (9 th ed. 2009). The term")
        let black = try XCTUnwrap(d.citations.first)
        XCTAssertEqual(black.kind, .book)
        XCTAssertEqual(d.text(black), "Black's Law Dictionary, 1148 (9 th ed. 2009)")
        XCTAssertEqual(black.pincite, "1148")
        XCTAssertEqual(black.year, 2009)
        // (a page with no edition or year after it stays prose: "Exhibit, 12")
        XCTAssertTrue(cites("See Smith's Exhibit, 12 of the record.").filter { $0.kind == .book }.isEmpty)
    }
}
