import XCTest
@testable import Pincite

// Forms found reading opinions no gold covers (session 22): West-sourced text and
// Public.Resource.Org's HTML as CourtListener serves them (United States v. Gooch, 6 F.3d 673
// (9th Cir. 1993)). The passages are the opinion's words.

final class WestAndResourceOrgFormsTests: XCTestCase {
    /// "cert. denied, --- U.S. ----, 112 S.Ct. 1269": West leaves the official cite blank until
    /// the volume is printed. The history still links the later decision (its parallels), which
    /// is no authority of its own, and the Id. after it cites the case, not the denial.
    func testBlankOfficialCiteInHistory() throws {
        let d = parse("""
        In United States v. Rigsby, 943 F.2d 631 (6th Cir.1991), cert. denied, --- U.S. ----, 112 S.Ct. 1269, \
        117 L.Ed.2d 496 (1992), the Sixth Circuit addressed the issue of a search of a tent. Id. at 636. \
        See State v. Mooney, 218 Conn. 85, 588 A.2d 145 (same), cert. denied, --- U.S. ----, 112 S.Ct. 330, \
        116 L.Ed.2d 270 (1991).
        """)
        let rigsby = try XCTUnwrap(d.citations.cite(volume: "943"))
        XCTAssertEqual(rigsby.history.map(\.phrase), ["cert. denied"])
        let denial = try XCTUnwrap(rigsby.history.first?.citation)
        XCTAssertEqual(d.citations[denial].volume, "112")
        XCTAssertEqual(d.citations[denial].historyOf, d.citations.firstIndex { $0.volume == "943" })
        XCTAssertEqual(rigsby.history.first?.text, "--- U.S. ----, 112 S.Ct. 1269, 117 L.Ed.2d 496 (1992)")
        let id = try XCTUnwrap(d.citations.first { $0.kind == .id })
        XCTAssertEqual(id.antecedent.map { d.citations[$0].volume }, "943")
        let mooney = try XCTUnwrap(d.citations.cite(volume: "218"))
        XCTAssertEqual(mooney.year, 1991, "the year of the denial")
        XCTAssertNotNil(mooney.history.first?.citation)
    }

    /// Public.Resource.Org marks a note with a link of class "footnote" ('<a class="footnote"
    /// href="#fn2" id="fn2_ref">2</a>'), not a superscript: it is the note's mark, and its "2"
    /// is no part of the case name after it.
    func testResourceOrgFootnoteLink() throws {
        let html = """
        <html><body><div class="num" id="p11"><span class="num">11</span>
        <p class="indent">Cases have held the same, even when that place is not one's residence.<a class="footnote" \
        href="#fn2" id="fn2_ref">2</a>  United States v. Alvarez, <span class="citation"><a href="/opinion/1/">810 F.2d \
        879, 881</a></span> (9th Cir.1987); United States v. Watson, 423 U.S. 411 (1976).</p></div>
        <div class="footnotes"><div class="footnote" id="fn2"><a class="footnote" href="#fn2_ref">2</a>
        <p>The government cites United States v. Santana, 427 U.S. 38 (1976).</p></div></div>
        </body></html>
        """
        let d = Pincite.parse(bytes: Array(html.utf8), format: .html, bluebook: nil)
        let alvarez = try XCTUnwrap(d.citations.cite(volume: "810"))
        XCTAssertEqual(alvarez.caseName?.plaintiff, "United States")
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["2"])
        XCTAssertNotNil(d.tree.footnotes.first?.markerSpan)
        XCTAssertEqual(d.citations.cite(volume: "427")?.location.footnote, "2")
    }

    /// CourtListener's Harvard XML with its own citation links (United States v. Williams, 9th
    /// Cir.): the notes are HTML inside the CAP elements ('<a class="footnote" href="#fn1">',
    /// '<div class="footnote" label="1">') and so are the star pages ('<span
    /// class="star-pagination" label="1151">'). They are notes and pages, not text: a note's
    /// "6" had been read as a page number covering the whole opinion.
    func testHTMLNotesAndStarPagesInsideCAPXML() throws {
        let xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <opinion type="majority">
        <author id="b1174-8">
          FISHER, Circuit Judge:
         </author>
        <p id="b1174-15">
          According to the investigation report, the agents met Williams and Hassan at the building entrance.
          <a class="footnote" href="#fn1" id="fn1_ref">
           1
          </a>
          They started by showing Williams his passport appli
          <span citation-index="1" class="star-pagination" label="1151">
           *1151
           </span>
          cation. See Missouri v. Seibert, 542 U.S. 600, 604 (2004).
         </p>
        <div class="footnotes"><div class="footnote" id="fn1" label="1">
        <a class="footnote" href="#fn1_ref">
           1
          </a>
        <p id="b1174-11">
           . The district court found that Williams was in custody. See Oregon v. Elstad, 470 U.S. 298, 310 (1985).
          </p>
        </div></div>
        </opinion>
        """
        let d = Pincite.parse(bytes: Array(xml.utf8), bluebook: nil)
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1"])
        XCTAssertNotNil(d.tree.footnotes.first?.markerSpan)
        XCTAssertEqual(d.layout.pages.map(\.number), [1150, 1151], "the first page is the one before *1151")
        let elstad = try XCTUnwrap(d.citations.cite(volume: "470"))
        XCTAssertEqual(elstad.location.footnote, "1")
        XCTAssertEqual(elstad.location.page, 1150, "the page of its mark")
        XCTAssertEqual(d.citations.cite(volume: "542")?.location.page, 1151)
    }

    /// State v. Weaver (Tex. Crim. App. 2011), n. 7–8: a citing parenthetical holding a string
    /// of cites, "(citing A (2008); B (2007))", ends at its own ")", not at the first cite's
    /// date: both cites are nested in it, the first keeps its court and year, and the Id. after
    /// it cites the citing case (it had cited the second nested one).
    func testCitingParentheticalWithAStringOfCites() throws {
        let d = parse("""
        Woodard v. State, 341 S.W.3d 404, 410 (Tex.Crim.App.2011). Id. (citing State v. Garcia-Cantu, 253 S.W.3d \
        236, 241 (Tex.Crim.App.2008); Gutierrez v. State, 221 S.W.3d 680, 687 (Tex.Crim.App.2007)). Id.
        """)
        let woodard = try XCTUnwrap(d.citations.firstIndex { $0.volume == "341" })
        let firstId = try XCTUnwrap(d.citations.firstIndex { $0.kind == .id })
        let garcia = try XCTUnwrap(d.citations.cite(volume: "253"))
        XCTAssertEqual(garcia.court, "Tex.Crim.App.")
        XCTAssertEqual(garcia.year, 2008)
        XCTAssertEqual(garcia.nestedIn, firstId)
        XCTAssertEqual(d.citations.cite(volume: "221")?.nestedIn, firstId)
        XCTAssertEqual(d.citations[firstId].parentheticals.first?.text.hasSuffix("(Tex.Crim.App.2007)"), true)
        let lastId = try XCTUnwrap(d.citations.last { $0.kind == .id })
        XCTAssertEqual(lastId.antecedent, woodard)
    }

    /// Weaver, n. 39: "639 F.3d 230-33 (6th Cir.2011)" runs the first page on to the last one
    /// cited. The range is the pin, and the court, year and parenthetical after it stay the
    /// cite's (all three had been lost).
    func testFirstPageRunOnToTheLast() throws {
        let d = parse("United States v. Dyson, 639 F.3d 230-33 (6th Cir.2011) (dog sniff of an unoccupied, parked Maxima).")
        let dyson = try XCTUnwrap(d.citations.cite(volume: "639"))
        XCTAssertEqual(dyson.page, "230")
        XCTAssertEqual(dyson.pincite, "230-33")
        XCTAssertEqual(dyson.court, "6th Cir.")
        XCTAssertEqual(dyson.year, 2011)
        XCTAssertEqual(dyson.parentheticals.map(\.text), ["dog sniff of an unoccupied, parked Maxima"])
    }

    /// United States v. Williams (9th Cir. 2006): West's parallels after an Id., "Id. at 616, 124
    /// S.Ct. 2601 (Souter, J., plurality opinion)". The S.Ct. cite is the Id.'s parallel, and the
    /// parenthetical, a weight parenthetical, is the Id.'s (it had been the S.Ct. cite's, as an
    /// explanatory one).
    func testParallelAfterId() throws {
        let d = parse("""
        Missouri v. Seibert, 542 U.S. 600, 124 S.Ct. 2601, 159 L.Ed.2d 643 (2004). Id. at 616, 124 S.Ct. 2601 \
        (Souter, J., plurality opinion). See id. at 617, 124 S.Ct. at 2613 (quoting Oregon v. Elstad, 470 U.S. 298 (1985)).
        """)
        let ids = d.citations.indices.filter { d.citations[$0].kind == .id }
        XCTAssertEqual(ids.count, 2)
        let first = d.citations[ids[0]]
        XCTAssertEqual(first.parentheticals.map(\.kind), [.weight])
        XCTAssertEqual(first.parallel.count, 1)
        let parallel = try XCTUnwrap(first.parallel.first)
        XCTAssertEqual(d.citations[parallel].volume, "124")
        XCTAssertEqual(d.citations[parallel].parallel, [ids[0]])
        XCTAssertTrue(d.citations[parallel].parentheticals.isEmpty)
        // the cite quoted after the second Id.'s parallel is nested in the Id.
        XCTAssertEqual(d.citations.cite(volume: "470")?.nestedIn, ids[1])
        XCTAssertEqual(d.citations[ids[1]].antecedent, 0)
    }

    /// Commonwealth v. Herlth, 2026 PA Super 114: a case named in the prose with no page, "like
    /// the officer in Hicks," is a textual mention; the Id. after it cites the case cited before
    /// (Hagestedt), not the one mentioned (the pages 344 and 347 are Hagestedt's).
    func testIdSkipsACaseMentionedInProse() throws {
        let d = parse("""
        People v. Hagestedt, 2025 IL 130286, 270 N.E.3d 334 (2025). See Arizona v. Hicks, 480 U.S. 321, 107 \
        S.Ct. 1149, 94 L.Ed.2d 347 (1987). The officer took action “unrelated to the objectives of the \
        authorized intrusion.” Hagestedt, 270 N.E.3d at 345-46 (citing Hicks, 480 U.S. at 325). The Hagestedt \
        court held that the officer who shined a flashlight into the kitchen cabinet, like the officer in Hicks, \
        took action that was unrelated to the original objective for entering the defendant’s house. Id. at 344.
        """)
        let id = try XCTUnwrap(d.citations.last { $0.kind == .id })
        let hagestedt = try XCTUnwrap(d.citations.firstIndex { $0.caseName?.defendant == "Hagestedt" })
        XCTAssertEqual(id.antecedent, hagestedt)
    }

    /// CourtListener's newer page (People v. Seymour, Colo. 2023) heads the order with its own
    /// cite and a memorandum mark, "526 P.3d 954 (Mem)": the opinion's own cite, no citation
    /// and no part of the first party's name (it had been both).
    func testOwnCiteWithMemorandumMark() throws {
        let html = """
        <div><div class="content"><div class="html-children"><div><header><center><b></b><p><span class="citation \
        no-link">526 P.3d 954</span>  (Mem)</p><p>In re: The PEOPLE of the State of Colorado, Plaintiff,<br>v.<br>Gavin \
        SEYMOUR, Defendant.</p><p>Supreme Court Case No: 2023SA12<br></p><p>Supreme Court of Colorado.</p><p>Date Filed: \
        January 17, 2023</p></center></header><br><p>ORDER AND RULE TO SHOW CAUSE</p><p>Upon consideration of the \
        Petition for Rule to Show Cause Pursuant to C.A.R. 21 filed in the above entitled action and matter, and being \
        sufficiently advised in the premises,</p></div></div></div></div>
        """
        let d = Pincite.parse(bytes: Array(html.utf8), bluebook: nil)
        XCTAssertEqual(d.tree.caption.reporterCitations, ["526 P.3d 954"])
        XCTAssertEqual(d.tree.caption.plaintiffs.first?.hasPrefix("526"), false)
        XCTAssertEqual(d.citations.map(\.kind), [.rule])
    }

    /// Gooch's head tags "United States Court of Appeals, Ninth Circuit." whole; its second line is
    /// no district of the court as well (the outline had read "…, Ninth Circuit, Ninth Circuit.").
    func testCircuitNamedOnceInTheCaption() throws {
        let html = """
        <html><body><p class="case_cite">6 F.3d 673</p><p class="parties">UNITED STATES of America, Plaintiff-Appellee, \
        v. Kenneth D. GOOCH, Defendant-Appellant.</p><p class="docket">No. 92-30404.</p><p class="court">United States \
        Court of Appeals,<br>Ninth Circuit.</p><p class="date">Decided Sept. 29, 1993.</p><p>BEEZER, Circuit Judge:</p>\
        <p>Kenneth D. Gooch appeals his conviction for being a felon in possession of a firearm in violation of the \
        statute, and we affirm the judgment of the district court on every ground he raises.</p></body></html>
        """
        let d = Pincite.parse(bytes: Array(html.utf8), bluebook: nil)
        XCTAssertEqual(d.tree.caption.court, "United States Court of Appeals, Ninth Circuit")
        XCTAssertNil(d.tree.caption.district)
    }

    /// Weaver, n. 31: a treatise's supra pinned by section and page with no comma, "1 LaFave, supra
    /// note 20 § 2.4(b) at 630. Id." The section and page are the supra's pin (the "§ 2.4(b)" had
    /// been a statute of its own, and the Id. cited it).
    func testSupraPinnedBySectionAndPage() throws {
        let d = parse("""
        4 Wayne R. LaFave, Search and Seizure § 8.1(c), at 19 (4th ed. 2004). 1 LaFave, supra note 20 § 2.4(b) \
        at 630. Id. See 1 LaFave, supra note 20, § 2.4(b) at 627.
        """)
        XCTAssertTrue(d.citations.of(.statute).isEmpty)
        XCTAssertEqual(d.citations.of(.supra).map(\.pincite), ["§ 2.4(b) at 630", "§ 2.4(b) at 627"])
        let supra = try XCTUnwrap(d.citations.firstIndex { $0.kind == .supra })
        XCTAssertEqual(d.citations.first { $0.kind == .id }?.antecedent, supra)
    }

    /// State v. Weaver (Tex. Crim. App. 2011): a note that is only a cite, its case named where the
    /// mark stands ("In Illinois v. Caballes,[36] the Supreme Court held …", note 36 "543 U.S.
    /// 405, …"; "… in Valtierra v. State.[50]"). The cites take those names (they had none);
    /// the sentence's words before the name are not the plaintiff's.
    func testNoteCiteNamedAtItsMark() throws {
        let xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <opinion type="majority"><author>COCHRAN, J.,</author>
        <p id="b548-11">In <em>Illinois v. </em>Caballes,<footnotemark>36</footnotemark> the Supreme Court held that the \
        use of a narcotics-detection dog did not violate the Fourth Amendment.</p>
        <p id="b549-2">We addressed the reach of the Fourth Amendment in <em>Valtierra v. State.</em><footnotemark>50</footnotemark></p>
        <footnote label="36"><p id="b548-12">. 543 U.S. 405, 125 S.Ct. 834, 160 L.Ed.2d 842 (2005).</p></footnote>
        <footnote label="50"><p id="b549-9">. 310 S.W.3d 442, 451-52 (Tex.Crim.App.2010).</p></footnote>
        </opinion>
        """
        let d = Pincite.parse(bytes: Array(xml.utf8), bluebook: nil)
        let caballes = try XCTUnwrap(d.citations.cite(volume: "543"))
        XCTAssertEqual(caballes.caseName?.plaintiff, "Illinois")
        XCTAssertEqual(caballes.caseName?.defendant, "Caballes")
        XCTAssertEqual(d.citations.cite(volume: "125")?.caseName?.defendant, "Caballes", "its parallel too")
        let valtierra = try XCTUnwrap(d.citations.cite(volume: "310"))
        XCTAssertEqual(valtierra.caseName?.plaintiff, "Valtierra")
        XCTAssertEqual(valtierra.caseName?.defendant, "State")
    }
}
