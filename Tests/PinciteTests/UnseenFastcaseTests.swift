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

    func testAPlaintiffIsNeverOnlyACorporateSuffix() throws {
        // 760NW2d526_1.html: "Mgt." is no sentence's end before the plaintiff's "LLC"
        let c = try XCTUnwrap(cites("See Assist Stock Mgt. LLC v. Rosheim, 753 A.2d 974 (Del.Ch., 2000).").first)
        XCTAssertEqual(c.caseName?.plaintiff, "Assist Stock Mgt. LLC")
        XCTAssertEqual(c.caseName?.defendant, "Rosheim")
    }

    /// State v. Vela (Neb. 2010): "Id., 432 U.S. at 294, 97 S.Ct. 2290" in note 35 follows a
    /// mention of Ring in the text, but its own short cite names Dobbert's volume; "State v.
    /// Vela, supra note 2, 272 Neb. at 292" names both parties, where "State" alone would
    /// also fit State v. Barfield in the same volume.
    func testIdWithItsOwnShortCiteAndSupraWithBothParties() throws {
        let doc = try parseFile("777NW2d266_1.html")
        let ids = doc.citations.filter { $0.kind == .id && $0.location.footnote == "35" }
        let dobbert = try XCTUnwrap(doc.citations.first { $0.kind == .fullCase && $0.volume == "432" && $0.page == "282" })
        XCTAssertFalse(ids.isEmpty)
        for id in ids { XCTAssertEqual(id.authority, dobbert.authority, doc.text(id)) }
        let supra = try XCTUnwrap(doc.citations.first { $0.kind == .supra && doc.text($0).hasPrefix("State v. Vela, supra note 2") })
        XCTAssertEqual(supra.authority, "272 Neb. 287")
    }

    /// State v. Vela (Neb. 2010): "Gales I, supra note 19" (the numeral ends the short name) and
    /// "DSM-IV-TR, supra note 99 at 49", whose short name note 99 never defines but whose note
    /// cites one book only, the manual of the American Psychiatric Association (an author
    /// keyed by its whole name, not "Association").
    func testSupraByNumeralNameAndByItsNotesOnlyAuthority() throws {
        let doc = try parseFile("777NW2d266_1.html")
        let galesI = doc.citations.filter { $0.kind == .supra && doc.text($0).hasPrefix("Gales I, supra note 19") }
        XCTAssertEqual(galesI.count, 3)
        for g in galesI { XCTAssertEqual(g.authority, "265 Neb. 598") }
        let dsm = try XCTUnwrap(doc.citations.first { $0.kind == .supra && doc.text($0).hasPrefix("DSM-IV-TR, supra note 99 at 49") })
        XCTAssertEqual(dsm.authority, "American Psychiatric Association, Diagnostic and Statistical Manual of Mental Disorders")
    }

    /// Commonwealth v. Brown (Mass. 2013) runs its headings into the text: "2. Application of
    /// Miller and Diatchenko. The United States Supreme Court has held …" — five words in
    /// title case, where a sentence would not be.
    func testRunInHeadingInTitleCase() throws {
        let doc = try parseFile("1ne3d259.html")
        XCTAssertEqual(doc.tree.sections.map(\.heading), ["Background", "Application of Miller and Diatchenko", "Sentencing", "Remaining issues", "Conclusion"])
    }

    /// Mosteller v. Duke Energy (N.C. Ct. App. 2010) keeps West's "*425 COPYRIGHT MATERIAL
    /// OMITTED" where the headnotes were: no heading, so "I. Factual Background" stays level 1.
    func testPublishersOmissionNoticeIsNoHeading() throws {
        let doc = try parseFile("698SE2d424.html")
        XCTAssertFalse(doc.tree.sections.contains { $0.heading.uppercased().contains("COPYRIGHT") })
        XCTAssertEqual(doc.tree.sections.first?.heading, "Factual Background")
        XCTAssertEqual(doc.tree.sections.first?.level, 1)
    }

    /// Bleecker Street Tenants Corp. v. Bleeker Jones LLC (N.Y. 2011): the majority and the
    /// dissent number their notes 1 and 2 each, and the page collects all four after the
    /// dissent; the marks link in order (the majority's note 2, with Abbot's article, is on
    /// p. 487), and the pages follow the bracket paragraphs "[945 N.E.2d 485 , …]".
    func testNotesNumberedPerOpinionAndBracketPages() throws {
        let doc = try parseFile("945ne2d484.html")
        XCTAssertEqual(doc.layout.pages.map(\.number), Array(484...494))
        let notes = doc.tree.footnotes
        XCTAssertEqual(notes.map(\.label), ["1", "2", "1", "2"])
        let marks = notes.compactMap { $0.markerSpan?.start }
        XCTAssertEqual(marks.count, 4)
        XCTAssertEqual(marks, marks.sorted(), "each note's mark comes in the order of the notes")
        let dissent = try XCTUnwrap(doc.tree.opinions.first { $0.type == "dissent" })
        XCTAssertLessThan(marks[1], dissent.span.start, "the majority's notes are marked in the majority")
        let banks = try XCTUnwrap(doc.citations.first { $0.volume == "45" && $0.page == "207" })
        XCTAssertEqual(banks.location.footnote, "2")
        XCTAssertEqual(banks.location.page, 487)
    }

    func testHistoryNamedByAShortFormEndsAtTheSemicolon() throws {
        // 777NW2d266_1.html, note 173: the later decision is "State v. Palmer, supra note 43";
        // "State v. Rust" after the ";" is the string's next cite, not Holtan's history
        let doc = parse("State v. Holtan, 197 Neb. 544, 250 N.W.2d 876 (1977), disapproved on other grounds, State v. Palmer, supra note 43; State v. Rust, 197 Neb. 528, 250 N.W.2d 867 (1977).")
        let holtan = try XCTUnwrap(doc.citations.cite(volume: "197", page: "544"))
        XCTAssertEqual(holtan.history.map(\.phrase), ["disapproved on other grounds"])
        XCTAssertNil(holtan.history.first?.citation)
        let rust = try XCTUnwrap(doc.citations.cite(volume: "197", page: "528"))
        XCTAssertNil(rust.historyOf)
        XCTAssertEqual(rust.caseName?.defendant, "Rust")
        XCTAssertEqual(doc.citations.of(.supra).first.map { doc.text($0) }, "State v. Palmer, supra note 43")
    }

    func testMichiganUnpublishedOpinion() throws {
        // 760NW2d526_1.html: Michigan's form for an unpublished opinion, the database cite after it
        let doc = parse("See, e.g., Boladian v. Clinton, unpublished opinion per curiam of the Court of Appeals, issued November 22, 2005 (Docket No. 261746), 2005 WL 3116504. The court agreed.")
        let c = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(c.kind, .fullCase)
        XCTAssertEqual(c.caseName?.plaintiff, "Boladian")
        XCTAssertEqual(c.caseName?.defendant, "Clinton")
        XCTAssertEqual(c.court, "Court of Appeals")
        XCTAssertEqual(c.date, "2005-11-22")
        XCTAssertEqual(c.docket, "Docket No. 261746")
        XCTAssertEqual(c.signal, "See, e.g.")
        let wl = try XCTUnwrap(doc.citations.first { $0.reporter == "WL" })
        XCTAssertEqual(c.parallel, [wl.id])
        XCTAssertEqual(c.authority, "2005 WL 3116504", "keyed by its database cite, as other opinions cite it")
        XCTAssertEqual(wl.authority, c.authority)
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

    private func parseFile(_ name: String) throws -> Document {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/fastcase/" + name)
        return Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: name)
    }

    /// Hodnett v. Stanco Masonry, Inc. (Va. Ct. App. 2011): the official reporter's pages are
    /// bracketed inline, "The deputy responded,[58 Va.App. 248] explaining …", ten of them
    /// (246–255). They are page furniture, not ten nameless citations that the "Id. at 16"
    /// after Black's "63 O.I.C. at 15" could point at.
    func testInlineBracketedReporterPagesAreMarkers() throws {
        let doc = try parseFile("708se2d429.html")
        XCTAssertTrue(doc.citations.filter { $0.volume == "58" && $0.reporter == "Va. App." }.isEmpty)
        let marks = doc.layout.furniture.map { doc.collapsedText($0) }.filter { $0.hasPrefix("[58 Va.App.") }
        XCTAssertEqual(marks.count, 10)
        let id16 = try XCTUnwrap(doc.citations.first { $0.kind == .id && $0.pincite == "16" })
        let target = try XCTUnwrap(id16.antecedent.map { doc.citations[$0] })
        XCTAssertNotEqual(target.volume, "58")
        XCTAssertEqual(target.caseName?.plaintiff, "Black", "the commission's decision, cited by a reporter no table lists")
    }

    /// "Black v. A.F.B. Contractors, Inc., 63 O.I.C. 14 (1984)" (708se2d429.html): an opinion of
    /// the Virginia Industrial Commission, whose reporter reporters-db lacks, is a case all the
    /// same, and "63 O.I.C. at 15" further on is its short form.
    func testCaseWithAReporterNoTableLists() throws {
        let doc = parse("He contends that the commission ruled previously in Black v. A.F.B. Contractors, Inc., 63 O.I.C. 14 (1984), that evidence of noncompliance was unnecessary.\n\nthe Industrial Commission's record.\" 63 O.I.C. at 15. The commission then reversed the portion")
        let black = try XCTUnwrap(doc.citations.first { $0.volume == "63" && $0.page == "14" })
        XCTAssertEqual(black.kind, .fullCase)
        XCTAssertEqual(black.caseName?.defendant, "A.F.B. Contractors, Inc.")
        XCTAssertEqual(black.year, 1984)
        let short = try XCTUnwrap(doc.citations.first { $0.kind == .shortCase })
        XCTAssertEqual(short.pincite, "15")
        XCTAssertEqual(short.antecedent, black.id)
    }

    /// Rivera v. Kleinman (N.Y. 2011): "[944 N.E.2d 1120 , 919 N.Y.S.2d 481]", a paragraph of
    /// its own in the middle of a sentence, marks the one page break of both reporters.
    func testNewYorkPairOfReporterPagesIsAMarker() throws {
        let doc = try parseFile("944ne2d1119.html")
        XCTAssertNil(doc.citations.cite(volume: "944"))
        XCTAssertNil(doc.citations.cite(volume: "919"))
        XCTAssertNotNil(doc.citations.cite(volume: "67", page: "482"), "the real citation stays")
        // the markup labels page 1119 ("data-firstpage") and the bracket opens 1120, where the
        // Appellate Division's order is cited
        XCTAssertEqual(doc.layout.pages.map(\.number), [1119, 1120])
        XCTAssertEqual(doc.citations.cite(volume: "67", page: "482")?.location.page, 1120)
    }

    /// State v. Vela (Neb. 2010) labels the N.W.2d pages "*271" and the Nebraska Reports pages
    /// "**138": the parallel reporter's markers are page furniture too, so "**138 2.
    /// ASSIGNMENTS OF ERROR" reads as the heading it is.
    func testDoubleStarMarkersAreLeftOutOfTheText() throws {
        let doc = try parseFile("777NW2d266_1.html")
        let text = doc.readingText().text
        XCTAssertFalse(text.contains("**138"))
        XCTAssertTrue(text.contains("\n2. ASSIGNMENTS OF ERROR"))
        XCTAssertTrue(doc.tree.sections.contains { $0.heading == "ASSIGNMENTS OF ERROR" })
        XCTAssertTrue(doc.tree.sections.contains { $0.heading == "SENTENCING PROCEEDINGS" })
    }

    /// Hodnett v. Stanco Masonry (Va. Ct. App. 2011) opens two headings with the official
    /// reporter's page, "[58 Va.App. 247] I. BACKGROUND": the marker is furniture before the
    /// heading, and the paragraph is no continuation of the one before.
    func testHeadingAfterABracketedPageMarker() throws {
        let doc = try parseFile("708se2d429.html")
        let headings = doc.tree.sections.map(\.heading)
        XCTAssertTrue(headings.contains("BACKGROUND"), "\(headings)")
        XCTAssertTrue(headings.contains("The Commission's Rules and Due Process"), "\(headings)")
        XCTAssertTrue(doc.readingText().text.contains("pursuant to Code § 65.2-710.\n\n2. The Commission's Rules and Due Process\n\nClaimant also argues"))
    }

    /// State v. Vela (Neb. 2010) cites two decisions in State v. Gales, "Gales I" in note 19 and
    /// "Gales II" in note 16, and refers back to them as "Gales II, supra note 16": the note
    /// decides which. A supra naming both parties ("State v. Worm, supra note 19") keeps both.
    func testSupraNoteNumberPicksTheCiteInThatNote() throws {
        let doc = try parseFile("777NW2d266_1.html")
        let galesII = doc.citations.filter { $0.kind == .supra && doc.text($0).hasPrefix("Gales II, supra note 16") }
        XCTAssertEqual(galesII.count, 4)
        for s in galesII {
            let a = try XCTUnwrap(s.antecedent.map { doc.citations[$0] })
            XCTAssertEqual(a.volume, "269", "Gales II is 269 Neb. 443, in note 16")
        }
        let worm = try XCTUnwrap(doc.citations.first { $0.kind == .supra && doc.text($0).hasPrefix("State v. Worm") })
        XCTAssertEqual(worm.caseName?.plaintiff, "State")
        XCTAssertEqual(worm.caseName?.defendant, "Worm")
        XCTAssertEqual(worm.antecedent.map { doc.citations[$0].caseName?.defendant }, "Worm")
    }

    /// The Bluebook's short form of "Commonwealth v. Colon, supra" names the party that is
    /// not the government (R10.9(a)): "Colon, 439 Mass. at 524" (the cites' shape from
    /// courtlistener/mass_court_new.json, shortened).
    func testSupraSuggestionNamesThePrivateParty() throws {
        let doc = parse("Commonwealth v. Colon, 439 Mass. 519, 524 (2003). Two years later, see Commonwealth v. Colon, supra.")
        let supra = try XCTUnwrap(doc.citations.first { $0.kind == .supra })
        XCTAssertEqual(supra.caseName?.defendant, "Colon")
        let check = try XCTUnwrap(supra.checks.first { $0.rule == "R4.2(a)" })
        XCTAssertEqual(check.suggestion, "Colon, 439 Mass. at 524")
    }

    /// A bankruptcy appeal names the debtor's case after the parties: "Webb Co. v. First City
    /// Bank (In re Softalk Pub. Co., Inc.), 856 F.2d 1328" (capstone fastcase BR/590/590 B.R.
    /// 577.html); its short form "In re Softalk Pub. Co., Inc., 856 F.2d at 1330" keeps its name.
    func testPartiesBeforeAnInReParenthesis() throws {
        let doc = parse("ave against the assets of a debtor. See Webb Co. v. First City Bank (In re Softalk Pub. Co., Inc.), 856 F.2d 1328, 1330 (9th Cir. 1988) (stating that the financing statement).\n\nIn re Softalk Pub. Co., Inc., 856 F.2d at 1330.")
        let full = try XCTUnwrap(doc.citations.cite(volume: "856", page: "1328"))
        XCTAssertEqual(full.caseName?.plaintiff, "Webb Co.")
        XCTAssertTrue(full.caseName?.defendant?.hasPrefix("First City Bank") == true)
        let short = try XCTUnwrap(doc.citations.of(.shortCase).first)
        XCTAssertEqual(short.antecedent, full.id)
        XCTAssertEqual(short.caseName?.plaintiff, "Softalk Pub. Co., Inc.")
    }

    /// "Rule 12(b)(6) of the North Carolina Rules of Civil Procedure" (698SE2d424.html) names its
    /// rule set after the number.
    func testRuleNamedBeforeItsRuleSet() throws {
        let c = try XCTUnwrap(cites("y filed a Motion to Dismiss pursuant to Rule 12(b)(6) of the North Carolina Rules of Civil Procedure. By order issued on 4 December 2008").first)
        XCTAssertEqual(c.kind, .rule)
        XCTAssertEqual(c.section, "12(b)(6)")
        XCTAssertEqual(c.reporter, "North Carolina Rules of Civil Procedure")
    }

    /// Head-note dates: Georgia's "November 25, 2003." over "Reconsideration Denied December 16,
    /// 2003." and "Certiorari Granted March 8, 2004." (592SE2d124_GA_Pag.html) is decided on the
    /// first; New York's decision date tagged as two docket numbers, "Feb. 15" and "2011."
    /// (944ne2d1119.html), is the date and no docket.
    func testDecisionDateAmongLaterDatesAndInDocketTags() throws {
        XCTAssertEqual(try parseFile("592SE2d124_GA_Pag.html").tree.caption.date, "2003-11-25")
        let ny = try parseFile("944ne2d1119.html")
        XCTAssertEqual(ny.tree.caption.date, "2011-02-15")
        XCTAssertNil(ny.tree.caption.docket)
    }

    /// History phrases of state courts ("disapproved on other grounds," in 777NW2d266_1.html,
    /// "disc. review denied," in 698SE2d424.html), and a history word in prose that is not
    /// history ("(1972), vacated certain death penalty sentences", 1ne3d259.html).
    func testHistoryPhrasesAndProse() throws {
        let doc = parse("""
        State v. Barfield, 272 Neb. 502, 723 N.W.2d 303 (2006), disapproved on other grounds, State v. McCulloch, 274 Neb. 636, 742 N.W.2d 727 (2007); State v. McPherson, 266 Neb. 715, 668 N.W.2d 488 (2003).

        utchens v. Hankins, 63 N.C.App. 1, 14, 303 S.E.2d 584, 592, disc. review denied, 309 N.C. 191, 305 S.E.2d 734 (1983) (citation and quotation marks omitted).

        milarly, when the United States Supreme Court's decision in Furman v. Georgia, 408 U.S. 238, 92 S.Ct. 2726, 33 L.Ed.2d 346 (1972), vacated certain death penalty sentences in Massachusetts, we held that defendants
        """)
        let barfield = try XCTUnwrap(doc.citations.cite(volume: "272", page: "502"))
        XCTAssertEqual(barfield.history.first?.phrase, "disapproved on other grounds")
        XCTAssertEqual(doc.citations.cite(volume: "274", page: "636")?.historyOf, barfield.id)
        XCTAssertNil(doc.citations.cite(volume: "266", page: "715")?.historyOf, "the semicolon ends the history")
        let hutchens = try XCTUnwrap(doc.citations.cite(volume: "63", page: "1"))
        XCTAssertEqual(hutchens.history.first?.phrase, "disc. review denied")
        let furman = try XCTUnwrap(doc.citations.cite(volume: "408", page: "238"))
        XCTAssertTrue(furman.history.isEmpty)
    }

    /// "Central Farms, 296 Wis.2d 779, ¶ 23, 724 N.W.2d 364. We therefore undertook our own
    /// examination of WIS. STAT. § 100.01 (1999-2000). See id., ¶¶ 24-27." (761NW2d645_1.html):
    /// a paragraph pin is a case's, not the statute's named in between.
    func testParagraphPinOfIdSkipsAStatuteInBetween() throws {
        let doc = try parseFile("761NW2d645_1.html")
        let id = try XCTUnwrap(doc.citations.first { $0.kind == .id && $0.pincite == "¶¶ 24-27" })
        let target = try XCTUnwrap(id.antecedent.map { doc.citations[$0] })
        // (the head of Central Farms' parallel group, "2006 WI App 199")
        XCTAssertEqual(target.caseName?.plaintiff?.hasSuffix("Central Farms, Inc."), true)
    }

    /// Names that end in, or hold, an abbreviation no table lists: "Symphony Space v. Pergola
    /// Props., 88 N.Y.2d 466" (capstone NE2d/945/945ne2d484.html) and "Bhd. of R.R. Trainmen v.
    /// Balt. & Ohio R.R. Co., 331 U.S. 519" (A3d/100/100a3d1091_Replace2.html).
    func testUnknownAbbreviationsAtANamesEndOrBeforeALowerCaseWord() throws {
        let cs = cites("""
        codified the American common-law rule ( Symphony Space v. Pergola Props., 88 N.Y.2d 466, 471, 475, 646 N.Y.S.2d 641, 669 N.E.2d 799 [1996] ).

        f the detailed provisions of the text." Bhd. of R.R. Trainmen v. Balt. & Ohio R.R. Co., 331 U.S. 519, 528, 67 S.Ct. 1387, 91 L.Ed. 1646 (1947). We therefore focus
        """)
        XCTAssertEqual(cs.cite(volume: "88")?.caseName?.defendant, "Pergola Props.")
        XCTAssertEqual(cs.cite(volume: "331")?.caseName?.plaintiff, "Bhd. of R.R. Trainmen")
        XCTAssertEqual(cs.cite(volume: "331")?.caseName?.defendant, "Balt. & Ohio R.R. Co.")
    }

    /// A subsection letter set off by a space is the section's, not a parenthetical:
    /// "General Statutes § 17a-593 (c)" (capstone A3d/100/100a3d1004_Replace2.html).
    func testSpacedSubsectionLetter() throws {
        let c = try XCTUnwrap(cites("ment filed pursuant to General Statutes § 17a-593 (c).").of(.statute).first)
        XCTAssertEqual(c.section, "17a-593 (c)")
        XCTAssertTrue(c.parentheticals.isEmpty)
    }

    /// "In re M.I. , 2013 IL 113776, ¶ 32" (capstone NE3d/122/122 N.E.3d 432.html): the "I." of the
    /// initials is no sentence opener; "Quality Products & Concepts [Co. v. Nagel Precision, Inc.,
    /// 469 Mich. 362" (760NW2d526_1.html, its star page left out): the editor's bracket inside the
    /// plaintiff's name.
    func testInitialIAndABracketInsideThePlaintiff() throws {
        let cs = cites("""
        hin the class aggrieved by the alleged unconstitutionality. In re M.I. , 2013 IL 113776, ¶ 32, 370 Ill.Dec. 785, 989 N.E.2d 173.

        n, set forth by our Supreme Court in Quality Products & Concepts [Co. v. Nagel Precision, Inc., 469 Mich. 362, 666 N.W.2d 251 (2003)]:
        """)
        XCTAssertEqual(cs.cite(volume: "2013")?.caseName?.procedural, "In re")
        XCTAssertEqual(cs.cite(volume: "2013")?.caseName?.plaintiff, "M.I.")
        XCTAssertEqual(cs.cite(volume: "469")?.caseName?.plaintiff, "Quality Products & Concepts Co.")
        XCTAssertEqual(cs.cite(volume: "469")?.caseName?.defendant, "Nagel Precision, Inc.")
    }
    /// Matter of Estate of Ramsey / Symphony Space line (N.Y. 2011, 945ne2d484.html) writes its
    /// explanatory parentheticals in square brackets, New York's style: "Camerlo v. Howard
    /// Johnson Co., 710 F.2d 987, 991 [3d Cir.1983] [holding that a perpetual lease option was
    /// valid …]"; "[emphasis added]" after a short form is an alteration, and a quotation in
    /// brackets is what the case says, not a short name.
    func testSquareBracketParentheticalsOfNewYork() throws {
        let doc = try parseFile("945ne2d484.html")
        func first(_ prefix: String) throws -> Citation {
            try XCTUnwrap(doc.citations.first { doc.text($0).hasPrefix(prefix) }, prefix)
        }
        let camerlo = try first("Camerlo v. Howard Johnson Co., 710 F.2d 987")
        XCTAssertEqual(camerlo.court, "3d Cir.")
        XCTAssertEqual(camerlo.parentheticals.first?.kind, .explanatory)
        XCTAssertTrue(camerlo.parentheticals.first?.text.hasPrefix("holding that a perpetual lease option was valid") ?? false)
        let hoff = try first("Hoff v. Royal Metal Furniture Co., 117 A.D. 884")
        XCTAssertTrue(hoff.parentheticals.first?.text.hasPrefix("concluded that covenants for perpetual renewals") ?? false)
        let wildenstein = doc.citations.filter { doc.text($0).hasPrefix("Wildenstein & Co. v. Wallis, 79 N.Y.2d 641") }
        XCTAssertEqual(wildenstein.count, 2)
        for c in wildenstein { XCTAssertNil(c.definedName) }
        XCTAssertEqual(wildenstein.last?.parentheticals.first?.text, "\"the rule (is) applicable to options in real estate transactions\"")
        let emphasis = doc.citations.filter { c in c.parentheticals.contains { $0.text == "emphasis added" } }
        XCTAssertFalse(emphasis.isEmpty)
        for c in emphasis { XCTAssertEqual(c.parentheticals.first { $0.text == "emphasis added" }?.kind, .alteration, doc.text(c)) }
    }

    /// California's form in the text itself: a bracketed parenthetical after the parallel cites
    /// belongs to the group's head, a supra's too; a capitalised "[Citation.]" or an alteration
    /// glued to its word ("[t]he") is none.
    func testSquareBracketParentheticalsOfCalifornia() throws {
        // (204 Cal.Rptr.3d 539, Fastcase; the full Shea cite stands earlier in the opinion)
        let text = """
        (Shea v. Board of Medical Examiners (1978) 81 Cal.App.3d 564, 575, 146 Cal.Rptr. 653.) \
        (Meyer v. Nebraska (1923) 262 U.S. 390, 399, 43 S.Ct. 625, 67 L.Ed. 1042 [due process protects the right of \
        individuals "to engage in any of the common occupations of life"].) (See also Shea v. Board of Medical Examiners, \
        supra, 81 Cal.App.3d at p. 570, 146 Cal.Rptr. 653 [where physician made remarks, Board suspended his license].) \
        (People v. Smith (2001) 24 Cal.4th 849, 852 [Citation.]; People v. Jones (2002) 25 Cal.4th 1, 5 [t]he court.)
        """
        let cs = cites(text)
        let meyer = try XCTUnwrap(cs.first { $0.page == "390" })
        XCTAssertEqual(meyer.parentheticals.map(\.text), ["due process protects the right of individuals \"to engage in any of the common occupations of life\""])
        for p in meyer.parallel { XCTAssertTrue(cs[p].parentheticals.isEmpty) }
        let shea = try XCTUnwrap(cs.first { $0.kind == .supra })
        XCTAssertEqual(shea.parentheticals.first?.text, "where physician made remarks, Board suspended his license")
        for c in cs where c.page == "653" { XCTAssertTrue(c.parentheticals.isEmpty) }
        XCTAssertTrue(try XCTUnwrap(cs.first { $0.page == "849" }).parentheticals.isEmpty)
        XCTAssertTrue(try XCTUnwrap(cs.first { $0.page == "1" && $0.volume == "25" }).parentheticals.isEmpty)
    }
    /// An Id. followed by the other reporter's pin, misprinted ("27 A.2d" for 27 A.3d, Attorney
    /// Grievance Comm'n v. Zhang, 100 A.3d 1112 (Md. 2014), Fastcase): the next Id. still refers
    /// to Keiner, not to the unresolved pin.
    func testIdAfterAnUnresolvedParallelPinKeepsItsAuthority() throws {
        let text = """
        In Attorney Grievance Comm'n v. Keiner, 421 Md. 492, 521-22, 527, 27 A.3d 153, 171, 174 (2011), we disbarred a lawyer. \
        The lawyer's actions were taken "with the intention of taking those clients from the law firm." Id. at 523, 27 A.2d \
        at 171-72. We concluded that the lawyer's conduct warranted disbarment. Id. at 527, 27 A.2d at 174.
        """
        let doc = parse(text)
        let ids = doc.citations.filter { $0.kind == .id }
        XCTAssertEqual(ids.count, 2)
        for id in ids { XCTAssertEqual(id.authority, "421 Md. 492", doc.text(id)) }
    }

    /// Matter of Estate of Ramsey (N.Y. 2011, 945ne2d484.html), the dissent: "(majority op. at 274,
    /// 920 N.Y.S.2d at 291, 945 N.E.2d at 484) … (id. at 277, …)" — the Id. cites the majority
    /// opinion, not the reporter pins that locate it.
    func testIdAfterACrossReferenceWithReporterPins() throws {
        let doc = try parseFile("945ne2d484.html")
        let id = try XCTUnwrap(doc.citations.first { $0.kind == .id && doc.text($0) == "id. at 277" })
        XCTAssertEqual(id.authority, "internal:majorityop")
        let target = try XCTUnwrap(id.antecedent)
        XCTAssertEqual(doc.text(doc.citations[target]), "majority op. at 274")
    }
    /// A short cite named after "In"/"in" is a short cite with that name, not a mention of the
    /// case plus a nameless cite: "In Dore, 433 Md. at 717, 73 A.3d at 180, we stated:" (Attorney
    /// Grievance Comm'n v. Zhang, 100 A.3d 1112 (Md. 2014), Fastcase) and "as mentioned in
    /// Shapiro, 38 N.C.App. at 660, 248 S.E.2d at 869" (698SE2d424.html).
    func testShortCiteNamedAfterIn() throws {
        let text = """
        In Attorney Grievance Comm'n v. Dore, 433 Md. 685, 707-08, 73 A.3d 161, 174 (2013), we stated that dishonesty \
        is serious.

        In Dore, 433 Md. at 717, 73 A.3d at 180, we stated:
        """
        let doc = parse(text)
        XCTAssertTrue(doc.citations.filter { $0.kind == .reference }.isEmpty)
        let short = try XCTUnwrap(doc.citations.first { $0.kind == .shortCase && $0.volume == "433" })
        XCTAssertEqual(doc.text(short), "Dore, 433 Md. at 717")
        XCTAssertEqual(short.caseName?.defendant ?? short.caseName?.plaintiff, "Dore")
        XCTAssertEqual(short.authority, "433 Md. 685")

        let nc = try parseFile("698SE2d424.html")
        let shapiro = nc.citations.filter { $0.kind == .shortCase && nc.text($0).hasPrefix("Shapiro, 38 N.C.App. at 660") }
        XCTAssertEqual(shapiro.count, 2)   // "at 660" and "at 660-61", each after "in"
        for c in shapiro { XCTAssertEqual(c.caseName?.plaintiff, "Shapiro", nc.text(c)) }
    }
    /// Commonwealth v. Brown (Mass. 2013, 1ne3d259.html) note 9: "G.L. c. 119, § 72A, as amended
    /// through St. 2013, c. 84, § 23. … See id." — the amending act qualifies the statute (nested
    /// by its phrase), so the Id. cites the statute; the General Laws are keyed by chapter and
    /// section (T1: "Mass. Gen. Laws ch. 119, § 72A"), the session law by year and chapter.
    func testAmendingActQualifiesTheStatute() throws {
        let doc = try parseFile("1ne3d259.html")
        let act = try XCTUnwrap(doc.citations.first { doc.text($0) == "St. 2013, c. 84, § 23" })
        XCTAssertEqual(act.nestingPhrase, "as amended through")
        XCTAssertEqual(act.authority, "St. 2013, c. 84")
        let statute = try XCTUnwrap(act.nestedIn)
        XCTAssertEqual(doc.citations[statute].authority, "Mass. Gen. Laws ch. 119, § 72A")
        let id = try XCTUnwrap(doc.citations.first { $0.kind == .id && $0.span.start > act.span.end })
        XCTAssertEqual(id.antecedent, statute)
    }
    /// Commonwealth v. Brown (1ne3d259.html): a rule printed in the official reports ("Mass.
    /// R.Crim. P. 34, as *262 amended, 442 Mass. 1501 (2004)", "Mass. R.Crim. P. 28(b), 378 Mass.
    /// 898 (1979)") — the reporter cite is the rule's publication, not a nameless case; a
    /// session law's "§§ 37-39" is its pin ("St. 2012, c. 192, §§ 37-39").
    func testRulePublicationAndSessionLawSections() throws {
        let doc = try parseFile("1ne3d259.html")
        XCTAssertFalse(doc.citations.contains { $0.kind == .fullCase && $0.caseName == nil && $0.reporter == "Mass." && ["1501", "898"].contains($0.page ?? "") })
        let published = doc.citations.filter { $0.kind == .rule && $0.reporter == "Mass." }
        XCTAssertEqual(published.count, 3)
        for c in published {
            let rule = try XCTUnwrap(c.parallel.first)
            XCTAssertEqual(doc.citations[rule].kind, .rule)
            XCTAssertEqual(c.authority, doc.citations[rule].authority)
        }
        let acts = doc.citations.filter { doc.text($0) == "St. 2012, c. 192, §§ 37-39" }
        XCTAssertEqual(acts.count, 3)
        for a in acts { XCTAssertEqual(a.pincite, "§§ 37-39"); XCTAssertEqual(a.authority, "St. 2012, c. 192") }
        XCTAssertFalse(doc.citations.contains { doc.text($0) == "§§ 37-39" })
    }

    /// Wisconsin's session laws by act number, a section as the pin (761 N.W.2d 645: "See 2005
    /// Wis. Act 400, § 5"; 753 N.W.2d 552: "2003 Wis. Act 317").
    func testWisconsinActsByNumber() throws {
        let cs = cites("See 2005 Wis. Act 400, § 5. The legislature amended the statute in 2003 Wis. Act 317.")
        XCTAssertEqual(cs.count, 2)
        XCTAssertEqual(cs[0].authority, "2005 Wis. Act 400")
        XCTAssertEqual(cs[0].pincite, "§ 5")
        XCTAssertEqual(cs[1].authority, "2003 Wis. Act 317")
    }
    /// A party's name alone in parentheses after the cite is the short name the opinion will use
    /// (204 Cal.Rptr.3d 539: "(Palma v. U.S. Industrial Fasteners, Inc. (1984) 36 Cal.3d 171, 180,
    /// 203 Cal.Rptr. 626, 681 P.2d 893 (Palma ).)"; State v. Dyous, 100 A.3d 1004: "(Dyous I )"),
    /// not an explanatory parenthetical; words that are no party's are explanatory still.
    func testPartyNameInParenthesesDefinesTheShortName() throws {
        let cs = cites("""
            (Palma v. U.S. Industrial Fasteners, Inc. (1984) 36 Cal.3d 171, 180, 203 Cal.Rptr. 626, 681 P.2d 893 (Palma ).) \
            See State v. Dyous, 307 Conn. 299, 302, 53 A.3d 153 (2012) (Dyous I ). See Smith v. Jones, 1 F.3d 1 (1st Cir. 1993) (Affirmed).
            """)
        let palma = try XCTUnwrap(cs.cite(volume: "36"))
        XCTAssertEqual(palma.definedName, "Palma")
        XCTAssertTrue(palma.parentheticals.isEmpty)
        XCTAssertFalse(palma.span.end > (cs.cite(volume: "203")?.span.start ?? 0), "the head's span stays its own")
        XCTAssertEqual(cs.cite(volume: "307")?.definedName, "Dyous I")
        XCTAssertNil(cs.cite(volume: "1")?.definedName)
        XCTAssertEqual(cs.cite(volume: "1")?.parentheticals.first?.text, "Affirmed")
    }
    /// Mosteller v. Duke Energy (698SE2d424.html) quotes an affidavit whose paragraphs are
    /// numbered ("6. Belmont-Mt. Holly Road in Gaston County, North Carolina, … is a roadway on the
    /// North Carolina State System ....") in the markup's block quotes: none is a section of the
    /// opinion, and "A. Standard of Review" stays one level under "III. Rule 12(b)(6) Dismissal",
    /// with the quoted paragraphs in the section around them.
    func testNumberedParagraphsOfAQuotedDocumentAreNoSections() throws {
        let doc = try parseFile("698SE2d424.html")
        XCTAssertFalse(doc.tree.sections.contains { $0.heading.hasPrefix("Belmont") })
        let standard = try XCTUnwrap(doc.tree.sections.first { $0.heading == "Standard of Review" })
        XCTAssertEqual(standard.level, 2)
        let background = try XCTUnwrap(doc.tree.sections.firstIndex { $0.heading == "Factual Background" })
        let quote = try XCTUnwrap(doc.tree.blockQuotes.first { doc.collapsedText($0.span).hasPrefix("6. Belmont-Mt. Holly Road") })
        XCTAssertEqual(doc.tree.section(at: quote.span.start), background)
    }
    /// DHR v. Johnson (Ga. Ct. App. 2003, 592SE2d124_GA_Pag.html) decides two appeals in one
    /// opinion, each under a line "Case No. A03A1064" / "Case No. A03A1065"; those lines head its
    /// top divisions, with the numbered parts under them. A single "Case No." line would be none.
    func testCaseNumberLinesHeadAConsolidatedOpinion() throws {
        let doc = try parseFile("592SE2d124_GA_Pag.html")
        let top = doc.tree.sections.filter { $0.level == 1 }.map(\.heading)
        XCTAssertEqual(top, ["Case No. A03A1064", "Case No. A03A1065"])
        XCTAssertEqual(doc.tree.sections.filter { $0.level == 2 }.map { $0.number ?? "" }, ["1", "2"])
        let one = parse("The appeals followed.\n\nCase No. A03A1064\n\nDHR appeals the trial court's finding that immunity had been waived, and we affirm it.\n")
        XCTAssertTrue(one.tree.sections.isEmpty)
    }
}
