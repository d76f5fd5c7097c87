import XCTest
@testable import Pincite

// Forms found reading opinions no gold covers (session 20): Illinois's public acts and
// session laws, CAP cases of 359 Ill. App. 3d, New York's bracketed subdivisions and its
// slip-opinion web page, and nineteenth-century treatises. Whole files are in
// Corpus/unseen (smaa2020/, courtlistener/, juriscraper/; see the README there).

final class IllinoisAndNewYorkFormsTests: XCTestCase {
    private func parseFile(_ path: String) throws -> Document {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent(path)
        return Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent)
    }

    /// People v. Dixon: "Pub. Act 91 — 404, § 10, eff. January 1, 2000 (1999 Ill. Laws 5126,
    /// 5150)" is the act, its section pinned, and its session-law page nested in it; the "§ 10"
    /// is no code-less statute of its own.
    func testIllinoisPublicActAndSessionLaws() throws {
        let d = try parseFile("unseen/smaa2020/sample_dataset_line04.json")
        let acts = d.citations.filter { $0.reporter == "Pub. Act" }
        XCTAssertEqual(acts.count, 3)
        XCTAssertEqual(acts.map(\.pincite), ["§ 10", nil, "§ 5"])
        XCTAssertTrue(acts.allSatisfy { $0.authority == "Pub. Act No. 91-404" })
        XCTAssertFalse(d.citations.contains { $0.kind == .statute && $0.reporter == nil }, "no bare '§ 10'")
        let laws = d.citations.filter { $0.reporter == "Ill. Laws" }
        XCTAssertEqual(laws.map(\.page), ["5126", "5126", "5126"])
        XCTAssertEqual(laws.map(\.pincite), ["5150", nil, "5130-31"])
        XCTAssertEqual(laws.map(\.year), [1999, 1999, 1999])
        XCTAssertEqual(laws.map(\.authority), Array(repeating: "1999 Ill. Laws 5126", count: 3))
        XCTAssertEqual(laws.map(\.nestedIn), acts.map(\.id))
    }

    /// "Section 2 of article I of the Illinois Constitution (Ill. Const. 1970, art. I, § 2)":
    /// the words name what the parenthesis cites; only the formal cite is a citation.
    func testConstitutionInWordsBeforeItsFormalCite() throws {
        let d = try parseFile("unseen/smaa2020/sample_dataset_line04.json")
        let cons = d.citations.filter { $0.kind == .constitution }
        XCTAssertEqual(cons.map(d.text), ["Ill. Const. 1970, art. I, § 2", "Ill. Const. 1970, art. I, § 11"])
        XCTAssertNil(cons.first?.nestedIn)
        // a scan's "l" for 1 in "730 ILCS 5/5— 8 — l(a)(l)(d)(ii) (West 2002)": the whole cite, one authority
        let scanned = try XCTUnwrap(d.citations.first { d.text($0).hasPrefix("730 ILCS 5/5— 8 — l") })
        XCTAssertTrue(d.text(scanned).hasSuffix("(West 2002)"))
        XCTAssertEqual(scanned.year, 2002)
        XCTAssertEqual(scanned.authority, "730 Ill. Comp. Stat. § 5/5-8-1")
    }

    /// People v. Harris: "See, for example," is the spelled-out "See, e.g.,".
    func testSpelledOutExampleSignal() throws {
        let d = try parseFile("unseen/smaa2020/sample_dataset_line03.json")
        let bennett = try XCTUnwrap(d.citations.first { $0.caseName?.defendant == "Bennett" })
        XCTAssertEqual(bennett.signal, "See, for example")
    }

    /// First Midwest Bank v. Thunder Road: "McLean County Bank v. Brokaw, 119 Ill. 2d 405, 519
    /// N.E.2d 453." after the full cite with its year is the full cite again (both parties, no
    /// pin), not a short form; the caption keeps "INC." whole and notes the "et al.".
    func testRepeatedFullCiteWithoutItsDateAndCaption() throws {
        let d = try parseFile("unseen/smaa2020/sample_dataset_line01.json")
        let mcLean = d.citations.filter { $0.volume == "119" && $0.reporter == "Ill. 2d" }
        XCTAssertEqual(mcLean.count, 2)
        XCTAssertEqual(mcLean.map(\.kind), [.fullCase, .fullCase])
        XCTAssertNil(mcLean.last?.antecedent)
        XCTAssertEqual(mcLean.last?.caseName?.defendant, "Brokaw")
        XCTAssertEqual(d.tree.caption.defendants, ["THUNDER ROAD, INC."])
        XCTAssertTrue(d.tree.caption.etAl)
        XCTAssertEqual(d.tree.caption.judge, "SCHMIDT")
        XCTAssertEqual(d.tree.caption.judgeTitle, "JUSTICE")
    }

    /// CAP's own page markers are page breaks whatever word stands before them: "managers of
    /// an <page-number>*996</page-number>association" (Kennelly Square) reads without "*996".
    func testPageMarkerAfterAnIsFurniture() throws {
        let d = try parseFile("unseen/smaa2020/sample_dataset_line09.json")
        XCTAssertEqual(d.tree.caption.defendants, ["MOB VENTURES, L.L.C."])
        XCTAssertTrue(d.tree.caption.etAl)
        let marks = d.layout.furniture.map { d.collapsedText($0) }
        XCTAssertTrue(marks.contains("*996"), "\(marks)")
    }

    /// People v. Washington: CAP left the headnote page 954 out of the casebody
    /// (firstpage="953", first marker "*955"); the caption stands on the first page.
    func testFirstPageFromTheCasebody() throws {
        let d = try parseFile("unseen/smaa2020/sample_dataset_line06.json")
        XCTAssertEqual(Array(d.layout.pages.map(\.number).prefix(3)), [953, 955, 956])
        // "750 ILCS 50/l(D)(m)(ii)": the scan's "l" is 1 in the authority
        let scanned = try XCTUnwrap(d.citations.first { d.text($0).hasPrefix("750 ILCS 50/l(D)(m)(ii)") })
        XCTAssertEqual(scanned.authority, "750 Ill. Comp. Stat. § 50/1")
    }

    /// Pierce v. United States (1871): "The United States v. The Bank of Metropolis, (15
    /// Peters, 377,)" ends its defendant before the comma; "Story on Bills of Exchange, § 46" is
    /// a treatise, not a code-less "§ 46"; "Mr. Justice Miller" is Miller, a Justice.
    /// (The CAP JSON of CourtListener's test assets, ibid_citation.json.)
    func testNineteenthCenturyForms() throws {
        let d = try parseFile("unseen/courtlistener/ibid_citation.json")
        let metropolis = try XCTUnwrap(d.citations.first { $0.volume == "15" && $0.page == "377" })
        XCTAssertEqual(metropolis.caseName?.defendant, "The Bank of Metropolis")
        let story = try XCTUnwrap(d.citations.first { $0.kind == .book })
        XCTAssertEqual(story.title, "Story on Bills of Exchange")
        XCTAssertEqual(story.pincite, "§ 46")
        XCTAssertFalse(d.citations.contains { $0.kind == .statute })
        XCTAssertEqual(d.tree.caption.judge, "Miller")
        XCTAssertEqual(d.tree.caption.judgeTitle, "Justice")
        // four consolidated appeals, a pair of parties each: the first pair names the case
        XCTAssertEqual(d.tree.caption.plaintiffs, ["Thomas W. Pierce"])
        XCTAssertEqual(d.tree.caption.defendants, ["The United States"])
    }

    /// People v Seymore (App. Div. 1st Dept): New York writes subdivisions in square brackets,
    /// "Penal Law § 65.10 [1], [2]"; they belong to the cite, not to the next sentence.
    func testNewYorkBracketedSubdivisions() throws {
        let d = try parseFile("unseen/juriscraper/ny_permanent_format.html")
        let penal = d.citations.filter { $0.reporter == "Penal Law" && $0.section?.hasPrefix("65.10") == true }
        XCTAssertEqual(penal.map(\.section), ["65.10 (1)", "65.10 [1], [2]", "65.10 [1]"])
        XCTAssertTrue(penal.allSatisfy { $0.authority == "Penal Law § 65.10" })
        // a year in brackets is no subdivision
        let cs = cites("(see People v Smith, 1 NY3d 1 [2019]; CPL 440.10 [1] [h])")
        XCTAssertEqual(cs.first { $0.reporter == "N.Y.3d" }?.year, 2019)
        XCTAssertEqual(cs.first { $0.reporter == "CPL" }?.section, "440.10 [1] [h]")
    }

    /// 70-35 113th St. Holdings v Auberge (App. Div. 2d Dept), the court's web page saved as
    /// text: the menu and footer between "Main Navigation Menu" … "End Main Navigation Menu"
    /// and "Footer" … "End Footer" and the Adblock banner are the page's; the panel listed a
    /// judge a line heads no section; "ENTER:" over the clerk signs the order.
    func testNewYorkSlipOpinionWebPage() throws {
        let d = try parseFile("gold/008_juriscraper_nyappdiv2_70_35_113th_st.txt")
        XCTAssertTrue(d.tree.sections.isEmpty, "\(d.tree.sections.map(\.heading))")
        XCTAssertTrue(d.tree.blockQuotes.isEmpty)
        let cap = d.tree.caption
        XCTAssertEqual(cap.defendants, ["Auberge Grand Central, LLC"])
        XCTAssertTrue(cap.etAl)
        XCTAssertEqual(cap.publicationStatus, "This decision is uncorrected and subject to revision before publication in the Official Reports.")
        let signature = try XCTUnwrap(d.tree.signature)
        XCTAssertTrue(d.collapsedText(signature).hasPrefix("ENTER: Darrell M. Joseph"), d.collapsedText(signature))
        let first = try XCTUnwrap(d.tree.paragraphs.first)
        XCTAssertTrue(d.collapsedText(first.span).hasPrefix("In an action, inter alia,"))
        XCTAssertEqual(d.citations.count, 18)
    }

    /// Diaz (Tenn. Workers' Comp. App. Bd.), PDF text: the note's label stands alone at the
    /// margin, its text on the next line ("1" ⏎ " “The Appeals Board may …"), and its mark
    /// ends the heading "Memorandum Opinion 1".
    func testNoteLabelOnItsOwnLineAndMarkAfterAHeading() throws {
        let d = try parseFile("gold/005_courtlistener_tn_wcab_diaz_opinion.txt")
        XCTAssertEqual(d.tree.footnotes.count, 1)
        let note = try XCTUnwrap(d.tree.footnotes.first)
        XCTAssertEqual(note.label, "1")
        XCTAssertTrue(d.collapsedText(note.span).contains("The Appeals Board may, in an effort to secure a just and speedy determination"))
        let mark = try XCTUnwrap(note.markerSpan)
        XCTAssertEqual(d.collapsedText(Span(mark.start - 19, mark.end)), "Memorandum Opinion 1")
        // pleading paper's numbered lines ("   1" ⏎ text ⏎ "   2") are no notes
        let order = try parseFile("gold/001_doctor_cdcal_consumerinfo_order.txt")
        XCTAssertTrue(order.tree.footnotes.isEmpty)
    }

    /// Griffith Foods v. National Union (Ill. 2026): the rule's effective date in parentheses is
    /// its date, not an explanatory parenthetical.
    func testRuleEffectiveDate() throws {
        let doc = parse("See Ill. S. Ct. R. 20 (eff. Aug.\n1, 1992). The appeal is proper under Ill. S. Ct. R. 345 (eff. Sept. 20, 2010).")
        let rules = doc.citations.filter { $0.kind == .rule }
        XCTAssertEqual(rules.map(\.year), [1992, 2010])
        XCTAssertEqual(rules.map { $0.parentheticals.count }, [0, 0])
        XCTAssertEqual(doc.text(rules[1]), "Ill. S. Ct. R. 345 (eff. Sept. 20, 2010)")
    }

    /// People v. McCall (Ill. App. 2026, Rule 23 order, double-spaced): a "¶ 27" that opens the
    /// next paragraph, set off from its text by a wide gap, is no pin of the "Id." before it; a
    /// "¶ 1." on the next line is; "ORDER" over "¶1      Held:" is no internal cite; and
    /// "id. § 31-4(a)(1)" after "720 ILCS 5/8-4" is section 5/31-4 of the same act.
    func testIllinoisParagraphNumbersAndActSections() throws {
        let d = try parseFile("unseen/citation_verifier/il_app_people_v_mccall.txt")
        XCTAssertFalse(d.citations.contains { $0.kind == .internal && d.collapsedText($0.span).hasPrefix("ORDER") })
        // the Id. that stands right after `needle` in the text
        func id(after needle: String) -> Citation? {
            let text = d.source.text, pattern = Array(needle.utf8)
            guard let at = (0...(text.count - pattern.count)).first(where: { text[$0..<($0 + pattern.count)].elementsEqual(pattern) })
            else { return nil }
            return d.citations.first { $0.kind == .id && $0.span.start == at + pattern.count }
        }
        let goals = try XCTUnwrap(id(after: "goals.” "))
        XCTAssertNil(goals.pincite, "the ¶ 27 below opens the next paragraph")
        let machine = try XCTUnwrap(id(after: "from a vending machine. "))
        XCTAssertEqual(machine.pincite, "¶ 1")
        let obstructing = try XCTUnwrap(d.citations.first { $0.kind == .id && $0.pincite == "§ 31-4(a)(1)" })
        XCTAssertEqual(obstructing.authority, "720 Ill. Comp. Stat. § 5/31-4")
    }

    /// Rogers v DS Restoration (N.Y. App. Div. 2026), CourtListener's text of the slip opinion's
    /// web page, which keeps "&amp;": the entity is an ampersand inside the names, not their end.
    func testAmpersandEntityInPlainText() throws {
        let d = parse("""
        ( Rodriguez v Dormitory Auth. of the State of N.Y. , Inc. , 104 AD3d 606 , 607 [1st Dept 2013]; see Pieri v B &amp; B Welch Assoc. , 74 AD3d 1727, 1728 [4th Dept 2010]). "[D]elin[e]ating between routine maintenance and repair is frequently a close, fact-laden question" ( Cullen v AT &amp; T , Inc. , 140 AD3d 1588, 1589 [4th Dept 2016]).
        """)
        let pieri = try XCTUnwrap(d.citations.cite(volume: "74", page: "1727"))
        XCTAssertEqual(pieri.caseName?.plaintiff, "Pieri")
        XCTAssertEqual(pieri.caseName?.defendant, "B & B Welch Assoc.")
        XCTAssertEqual(pieri.signal, "see")
        let cullen = try XCTUnwrap(d.citations.cite(volume: "140", page: "1588"))
        XCTAssertEqual(cullen.caseName?.plaintiff, "Cullen")
        XCTAssertTrue(cullen.caseName?.defendant?.hasPrefix("AT & T") == true, "\(String(describing: cullen.caseName))")
    }

    /// McCall: Illinois numbers its headings as paragraphs ("¶3      I. BACKGROUND", centred) and
    /// every paragraph at the margin ("¶ 27           In Thurman, …"): the three headings are the
    /// sections, and each numbered paragraph is a paragraph of its own (no indent tells it).
    func testIllinoisNumberedParagraphsAndHeadings() throws {
        let d = try parseFile("unseen/citation_verifier/il_app_people_v_mccall.txt")
        XCTAssertEqual(d.tree.sections.map { "\($0.number ?? "") \($0.heading)" }, ["I BACKGROUND", "II ANALYSIS", "III CONCLUSION"])
        let starts = d.tree.paragraphs.map { d.source.string($0.span.start, min($0.span.end, $0.span.start + 5)) }
        for n in 10...34 { XCTAssertTrue(starts.contains("¶ \(n)"), "¶ \(n) opens no paragraph") }
        XCTAssertGreaterThanOrEqual(d.tree.paragraphs.count, 34)
    }

    /// People v Dondorfer (N.Y. 2026): New York's session laws in its official style, without
    /// periods ("L 2006, ch 732"), and hyphenated subdivisions ("§ 1192 (4-a)", "(2-a) (b)"),
    /// which are the statute's, not explanatory parentheticals.
    func testNewYorkSessionLawsAndHyphenatedSubdivisions() throws {
        let d = parse("""
        The Legislature enacted Vehicle and Traffic Law § 1192 (4-a) and Vehicle and Traffic Law § 1192 (2-a) (b), with "impaired" as the applicable standard, well after this Court's 1979 decision in Cruz established a definition for that term (L 2006, ch 732; L 2009, ch 496; see Cruz , 48 NY2d at 427 ).
        """)
        let statutes = d.citations.filter { $0.kind == .statute }
        XCTAssertEqual(statutes.map { d.text($0) }, ["Vehicle and Traffic Law § 1192 (4-a)", "Vehicle and Traffic Law § 1192 (2-a) (b)",
                                                    "L 2006, ch 732", "L 2009, ch 496"])
        XCTAssertEqual(statutes.map { $0.parentheticals.count }, [0, 0, 0, 0])
        XCTAssertEqual(statutes[2].authority, "L. 2006, ch. 732")
        XCTAssertEqual(statutes[2].year, 2006)
    }
}
