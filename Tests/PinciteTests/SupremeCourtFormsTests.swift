import XCTest
@testable import Pincite

// Forms found reading opinions no gold covers (session 21): the Supreme Court's own citing
// style in CourtListener's copies of U.S. Reports opinions (United States v. Sokolow, 490 U.S.
// 1 (1989); Michigan v. DeFillippo, 443 U.S. 31 (1979); Kirby v. Illinois, 406 U.S. 682 (1972)),
// and a Board of Immigration Appeals decision (Matter of Laguerre, 28 I&N Dec. 437 (BIA 2022),
// whole in Corpus/unseen/juriscraper/bia_extract_from_text.txt). The passages are the opinions'
// words with CourtListener's markup taken out.

final class SupremeCourtFormsTests: XCTestCase {
    /// Sokolow: a court of appeals named "CA9" with no year (R10.5(c): the history's year), and a
    /// state court alone, "(Fla.)": the court of the cite, not an explanatory parenthetical.
    func testCourtWithoutYear() {
        let d = parse("""
        with United States v. Sokolow, 808 F. 2d 1366, 1370 (CA9), vacated, 831 F. 2d 1413 (1987) (case below) \
        (changed planes); and State v. Wilson, 228 So. 2d 382 (Fla.), cert. denied, 400 U. S. 935 (1970).
        """)
        let sokolow = try? XCTUnwrap(d.citations.cite(volume: "808"))
        XCTAssertEqual(sokolow?.court, "CA9")
        XCTAssertEqual(sokolow?.year, 1987, "the year of the history")
        XCTAssertFalse(sokolow?.parentheticals.contains { $0.text == "CA9" } ?? true)
        let wilson = d.citations.cite(volume: "228")
        XCTAssertEqual(wilson?.court, "Fla.")
        XCTAssertTrue(wilson?.parentheticals.isEmpty ?? false)
    }

    /// Sokolow: "Compare, e. g., …, with …": the combined signal is kept whole, and "with" after
    /// a cite's history is still the partner of "Compare".
    func testCompareExampleSignal() {
        let d = parse("""
        Compare, e. g., United States v. Moore, 675 F. 2d 802, 803 (CA6 1982) (suspect was first to \
        deplane), cert. denied, 460 U. S. 1068 (1983), with United States v. Mendenhall, 446 U. S. 544, \
        564 (1980) (last to deplane).
        """)
        XCTAssertEqual(d.citations.cite(volume: "675")?.signal, "Compare, e. g.")
        XCTAssertEqual(d.citations.cite(volume: "446")?.signal, "with")
        XCTAssertEqual(cites("See generally, e.g., Doe v. Roe, 1 F.3d 2 (2d Cir. 1990).").first?.signal, "See generally, e.g.")
    }

    /// Sokolow: "333 U. S. 10, 15, and n. 5 (1948)": the note is part of the pin, and the year
    /// after it belongs to the cite.
    func testPinWithItsNote() throws {
        let d = parse("See Johnson v. United States, 333 U. S. 10, 15, and n. 5 (1948).")
        let johnson = try XCTUnwrap(d.citations.cite(volume: "333"))
        XCTAssertEqual(johnson.pincite, "15, and n. 5")
        XCTAssertEqual(johnson.year, 1948)
    }

    /// "Ante, at 4, 5." opening a sentence (Sokolow's dissent), "See supra, at 1" and "Post, at
    /// 191-193": pages of this opinion, like the lower-case "ante, at 10". A "supra at 596" after
    /// a comma is the short form of something cited before, not a page of this opinion.
    func testPageReferencesOfThisOpinion() {
        let d = parse("""
        the majority's repeated and unexplained allusions to Sokolow's style of dress notwithstanding. \
        Ante, at 4, 5. For law enforcement officers to base a search on it is wrong. As noted above, see \
        supra, at 1, the parties do not challenge it. Post, at 191-193.
        """)
        XCTAssertEqual(d.citations.of(.internal).map(d.text), ["Ante, at 4, 5", "supra, at 1", "Post, at 191-193"])
        XCTAssertEqual(d.citations.of(.internal).map(\.pincite), ["4, 5", "1", "191-193"])
        XCTAssertTrue(cites("See H. Rept. 99-426, supra at 596, 1986-3 C.B. (Vol. 2) at 596.").of(.internal).isEmpty)
    }

    /// DeFillippo: ", quoting in part from Cooper v. California" and ", quoting from Brinegar"
    /// nest the quoted case in the quoting one, as ", quoting" does.
    func testQuotingFromNests() throws {
        let d = parse("""
        Sibron v. New York, 392 U. S. 40, 61 (1968), quoting in part from Cooper v. California, 386 U. S. \
        58, 61 (1967). Dunaway v. New York, 442 U. S. 200, 208 (1979), quoting from Brinegar v. United \
        States, 338 U. S. 160, 175 (1949).
        """)
        let cooper = try XCTUnwrap(d.citations.cite(volume: "386"))
        XCTAssertEqual(cooper.nestedIn, d.citations.cite(volume: "392")?.id)
        XCTAssertEqual(cooper.nestingPhrase, "quoting in part from")
        XCTAssertEqual(d.citations.cite(volume: "338")?.nestedIn, d.citations.cite(volume: "442")?.id)
    }

    /// Weight parentheticals in the Court's forms: "(opinion of WHITE, J.)", "(dissenting
    /// opinion)", a justice "joined by" others, and "con-⏎curring" broken at a line end.
    func testSeparateOpinionParentheticals() {
        let d = parse("""
        See Florida v. Royer, 460 U. S. 491, 502 (1983) (opinion of WHITE, J.); Gratz v. Bollinger, 539 U. S. \
        244, 298 (2003) (dissenting opinion); United States v. Wade, 388 U. S. 218, 250 (1967) (WHITE, J., \
        joined by Harlan and STEWART, JJ., dissenting in part and concurring in part); Parents Involved v. \
        Seattle School Dist. No. 1, 551 U. S. 701, 750 (2007) (THOMAS, J., con-
        curring).
        """)
        let kinds = d.citations.of(.fullCase).map { $0.parentheticals.map(\.kind) }
        XCTAssertEqual(kinds, [[.weight], [.weight], [.weight], [.weight]])
    }

    /// Laguerre: a parenthetical that quotes a sentence is what the case says, not a short name
    /// defined for it; "(first alteration in original)" marks the quotation; a Board member's
    /// "(Malphrus, concurring)" is a separate opinion.
    func testBoardDecisionParentheticals() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/juriscraper/bia_extract_from_text.txt")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent, bluebook: CheckOptions())
        let pereida = try XCTUnwrap(d.citations.first { $0.caseName?.plaintiff == "Pereida" && $0.volume == "141" })
        XCTAssertNil(pereida.definedName)
        XCTAssertEqual(pereida.parentheticals.map(\.kind), [.explanatory])
        XCTAssertTrue(pereida.parentheticals.first?.text.contains("Sixth Amendment concerns are not present") ?? false)
        let altered = try XCTUnwrap(d.citations.first { $0.volume == "847" && $0.page == "62" })
        XCTAssertEqual(altered.parentheticals.map(\.kind), [.alteration, .omission])
        XCTAssertFalse(altered.checks.contains { $0.rule.hasPrefix("R1.5") }, "the order is right")
        let chairez = try XCTUnwrap(d.citations.first { $0.caseName?.plaintiff == "Chairez" && $0.pincite == "25" })
        XCTAssertEqual(chairez.parentheticals.map(\.kind), [.weight])
        // a short name in quotation marks is still one
        XCTAssertEqual(cites("Hogarth v. Bell, 123 F.3d 4 (4th Cir. 1999) (\"Hogarth\").").first?.definedName, "Hogarth")
    }

    /// The Court's record and briefs as record cites (Sokolow, Kirby, DeFillippo): "App. 43-44"
    /// after a sentence, "Brief for Respondent 14-21", "Tr. of Oral Arg. 5", "App. to Pet. for
    /// Cert. 14a"; the Id. after a brief cites the brief. "App." after a court's abbreviation or
    /// before a year is the court ("Tex. Crim. App. 2019").
    func testRecordAndBriefs() throws {
        let d = parse("""
        He "appeared to be very nervous and was looking all around the waiting area." App. 43-44. Later that         day he left. Respondent argues otherwise. Brief for Respondent 14-21. Id., at 12-13, 21-23. See         Brief for Petitioners 5-7; App. 84. See Tr. of Oral Arg. 5. The court agreed. App. to Pet. for Cert. 14a.         See State v. Martinez, 570 S.W.3d 278 (Tex. Crim. App. 2019).
        """)
        XCTAssertEqual(d.citations.of(.record).map(d.text), ["App. 43-44", "Brief for Respondent 14-21", "Brief for Petitioners 5-7",
                                                           "App. 84", "Tr. of Oral Arg. 5", "App. to Pet. for Cert. 14a"])
        let id = try XCTUnwrap(d.citations.of(.id).first)
        XCTAssertEqual(id.antecedent, d.citations.of(.record)[1].id)
        XCTAssertEqual(d.citations.cite(volume: "570")?.court, "Tex. Crim. App.")
        // the petition and the other briefs, as the Court cites them
        let more = parse("He argues otherwise. Reply Brief 3-4. See Pet. for Cert. 12; Brief in Opposition 5. See Reply Brief for Petitioner 7. Id., at 8.")
        XCTAssertEqual(more.citations.of(.record).map(more.text), ["Reply Brief 3-4", "Pet. for Cert. 12", "Brief in Opposition 5",
                                                                 "Reply Brief for Petitioner 7"])
        XCTAssertEqual(more.citations.of(.id).first?.antecedent, more.citations.of(.record).last?.id)
    }

    /// "by appointment of the Court, 439 U. S. 976" (DeFillippo) and "the decision of the Court of
    /// Appeals, 486 U. S. 1042" (Sokolow): the court the sentence names is no party. An
    /// abbreviation's possessive stays in the name: "Skinner v. Ry. Lab. Execs.’ Ass’n" (Mitcham).
    func testNamesBeforeTheCite() {
        let d = parse("""
        We granted certiorari, 486 U. S. 1042 (1988), to review the decision of the Court of Appeals, 486 U. S.         1042 (1988). Counsel served by appointment of the Court, 439 U. S. 976. See Skinner v. Ry. Lab.         Execs.’ Ass’n, 489 U.S. 602, 617–18 (1989). He said it was “the end of the Fourth Amendment.” Kentucky         v. King, 563 U.S. 452, 462 (2011).
        """)
        XCTAssertTrue(d.citations.filter { $0.volume == "486" || $0.volume == "439" }.allSatisfy { $0.caseName == nil })
        XCTAssertEqual(d.citations.cite(volume: "489")?.caseName?.defendant, "Ry. Lab. Execs.’ Ass’n")
        XCTAssertEqual(d.citations.cite(volume: "563")?.caseName?.plaintiff, "Kentucky", "a closing quotation ends the sentence")
    }

    /// "U. S. Const., Amdt. 4" (Sokolow) and "Amdts. 5 and 14": the Court's form of the
    /// amendments, keyed as "U.S. Const. amend. IV".
    func testConstitutionAmendmentsInFigures() {
        let d = parse("The Fourth Amendment, U. S. Const., Amdt. 4, as they say. See U. S. Const., Amdts. 5 and 14.")
        let cons = d.citations.of(.constitution)
        XCTAssertEqual(cons.map(d.text), ["U. S. Const., Amdt. 4", "U. S. Const., Amdts. 5 and 14"])
        XCTAssertEqual(cons.map(\.authority), ["U.S. Const. amend. IV", "U.S. Const. amends. V, XIV"])
    }

    /// Kirby v. Illinois: "Id., at 226" after a quotation of Wade that cites "Miranda v. Arizona, 384
    /// U. S. 436" cannot cite Miranda (226 is before its first page): it cites Wade, 388 U. S. 218,
    /// and so does the "Ibid." after it.
    func testIdWhosePinLiesBeforeItsCasesFirstPage() throws {
        let d = parse("""
        In United States v. Wade, 388 U. S. 218 (1967), the Court addressed the argument. The Court began by         emphasizing the guarantee. Id., at 225.

        "[I]n Miranda v. Arizona, 384 U. S. 436, the rules established for custodial interrogation included         the right to the presence of counsel. The result was rested on our finding that this and the other         rules were necessary to safeguard the privilege." Id., at 226.

        The Court then pointed out that "nothing decided or said in the opinions links the right to counsel         only to protection of Fifth Amendment rights." Ibid. To the contrary, the decisions reflected the         principle. Id., at 227-228.
        """)
        let wade = try XCTUnwrap(d.citations.cite(volume: "388"))
        XCTAssertEqual(d.citations.of(.id).map(\.antecedent), [wade.id, wade.id, wade.id, wade.id])
    }

    /// Sokolow (CourtListener HTML): "It is so ordered." closes the Court's opinion, and the
    /// dissent after it ("JUSTICE MARSHALL, with whom JUSTICE BRENNAN joins, dissenting.") is an
    /// opinion of its own, not part of the signature.
    func testDissentAfterTheJudgmentsSignature() throws {
        let html = """
        <div><p>REHNQUIST, C.J., delivered the opinion of the Court.</p>
        <p>We hold that the agents had a reasonable basis to suspect that respondent was transporting illegal drugs         on these facts. The judgment of the Court of Appeals is therefore reversed, and the case is remanded for         further proceedings consistent with our decision.</p>
        <p><i>It is so ordered.</i></p>
        <p>JUSTICE MARSHALL, with whom JUSTICE BRENNAN joins, dissenting.</p>
        <p>Because the strongest advocates of Fourth Amendment rights are frequently criminals, it is easy to forget         that our interpretations of such rights apply to the innocent and the guilty alike. Illinois v. Gates, 462 U.         S. 213, 290 (1983) (BRENNAN, J., dissenting). In the present case, the chain of events set in motion when         respondent Andrew Sokolow was stopped by Drug Enforcement Administration (DEA) agents at Honolulu         International Airport led to the discovery of cocaine and, ultimately, to Sokolow's conviction for drug         trafficking. But in sustaining this conviction on the ground that the agents reasonably suspected Sokolow of         ongoing criminal activity, the Court diminishes the rights of all citizens "to be secure in their persons,"         U. S. Const., Amdt. 4, as they traverse the Nation's airports. Finding this result constitutionally         impermissible, I dissent.</p>
        <p>The Fourth Amendment cabins government's authority to intrude on personal privacy and security by         requiring that searches and seizures usually be supported by a showing of probable cause. Terry v. Ohio, 392         U. S. 1, 30 (1968).</p></div>
        """
        let d = Pincite.parse(bytes: Array(html.utf8), name: "sokolow.html")
        let dissent = try XCTUnwrap(d.tree.opinions.first { $0.type == "dissent" })
        XCTAssertEqual(dissent.author, "MARSHALL")
        let signature = try XCTUnwrap(d.tree.signature)
        XCTAssertTrue(d.collapsedText(signature).contains("It is so ordered"))
        XCTAssertLessThanOrEqual(signature.end, dissent.span.start)
    }

    /// North Carolina's session laws by year and number, "S.L. 2002-159, s. 57(a)": a statute,
    /// not a page of Lansing's Chancery Reports ("L. 2002-159").
    func testNorthCarolinaSessionLaw() throws {
        let c = try XCTUnwrap(cites("Added by S.L. 2002-159, s. 57(a), eff. 1/1/2003.").first)
        XCTAssertEqual(c.kind, .statute)
        XCTAssertEqual(c.reporter, "S.L.")
        XCTAssertEqual(c.section, "2002-159")
        XCTAssertEqual(c.pincite, "s. 57(a)")
    }

    /// Laguerre (PDF text, one line per paragraph, nothing set off at a page's foot): note 6 stops
    /// at "759 F.3d 977, 985 (9th" and goes on in the last line of the next page, "Cir. 2014)
    /// (citations omitted). But see Johnson v. Barr, …": that line closes the parenthesis the note
    /// left open, so it is the note's continuation, and its cites are the note's.
    func testNoteContinuedAtTheNextPagesFoot() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/juriscraper/bia_extract_from_text.txt")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent)
        let note = try XCTUnwrap(d.tree.footnotes.first { $0.label == "6" })
        XCTAssertEqual(note.continuations.count, 1)
        let coronado = try XCTUnwrap(d.citations.first { $0.volume == "759" })
        XCTAssertEqual(coronado.court, "9th Cir.")
        XCTAssertEqual(coronado.year, 2014)
        let johnson = try XCTUnwrap(d.citations.first { $0.caseName?.plaintiff == "Johnson" && $0.volume == "967" })
        XCTAssertEqual(johnson.location.footnote, "6")
        XCTAssertEqual(johnson.signal, "But see")
    }

    /// Laguerre: the Board's title since 2020, "GORMAN, Appellate Immigration Judge:", names the
    /// author, and "CONCURRING OPINION: Blair T. O’Connor, Appellate Immigration Judge" opens a
    /// concurrence.
    func testBoardAuthorAndConcurringOpinion() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/juriscraper/bia_extract_from_text.txt")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent)
        XCTAssertEqual(d.tree.caption.judge, "GORMAN")
        XCTAssertEqual(d.tree.opinions.map(\.type), ["majority", "concurrence"])
        XCTAssertEqual(d.tree.opinions.map(\.author), ["GORMAN", "Blair T. O’Connor"])
        let chairez = try XCTUnwrap(d.citations.first { $0.caseName?.plaintiff == "Chairez" && $0.pincite == "25" })
        XCTAssertGreaterThanOrEqual(chairez.span.start, d.tree.opinions[1].span.start, "cited in the concurrence")
    }

    /// Oliver v. United States in Harvard's XML (Corpus/unseen/courtlistener): the notes follow
    /// the opinion's last paragraph in the text, and note 2's nameless "657 F. 2d 85 (1981)" names
    /// no case from there (it had taken "Smith v. Goguen, 415 U. S. 566, 572" from page 182).
    func testNoteAtTheEndTakesNoNameFromTheLastParagraph() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/us_oliver_v_united_states_harvard.xml")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent)
        let panel = try XCTUnwrap(d.citations.cite(volume: "657"))
        XCTAssertNil(panel.caseName)
        XCTAssertEqual(panel.location.footnote, "2")
        XCTAssertEqual(d.citations.cite(volume: "415")?.caseName?.defendant, "Goguen")
    }

    /// United States v. Carpenter (6th Cir. 2019, PDF text): the short name the opinion gives each
    /// earlier decision stands between its name and cite, "(Carpenter II)"; the name is still the
    /// case's.
    func testShortNameBetweenNameAndCite() {
        let d = parse("""
        carrier’s network by connecting to the nearest antenna, known as a “cell site.” Carpenter v.
        United States (Carpenter II), 138 S. Ct. 2206, 2211 (2018). As cell phone usage has become
               Because we and the Supreme Court summarized the facts of this case in prior decisions,
        see Carpenter II, 138 S. Ct. at 2211–13; United States v. Carpenter (Carpenter I), 819 F.3d 880,
        884–85 (6th Cir. 2016), we focus on the information most relevant to the analysis on remand.
        """)
        XCTAssertEqual(d.citations.cite(volume: "138", page: "2206")?.caseName?.defendant, "United States")
        XCTAssertEqual(d.citations.cite(volume: "819")?.caseName?.plaintiff, "United States")
        XCTAssertEqual(d.citations.cite(volume: "819")?.caseName?.defendant, "Carpenter")
    }

    /// CAP's notes follow the opinion in the text (People v. Naranjo, 200 Colo. 11, in
    /// Corpus/unseen/courtlistener/case_6.json): each is printed on the page of its marker, not
    /// on the opinion's last page (all six had been page 16).
    func testNotesCollectedAfterTheOpinionAreOnTheirMarkersPages() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/case_6.json")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent)
        XCTAssertEqual(d.tree.footnotes.map(\.page), [13, 15, 15, 16, 16, 16])
        XCTAssertEqual(d.tree.footnotes.map(\.page), d.tree.footnotes.map(\.markerPage))
    }

    /// Scott v. United States: a committee report with its session and pages, as older opinions
    /// cite it, "S. Rep. No. 1097, 90th Cong., 2d Sess., 91, 106 (1968)", is one cite with its pages
    /// and year (it had stopped at "90th Cong.").
    func testCommitteeReportWithItsSession() throws {
        let d = parse("See S. Rep. No. 1097, 90th Cong., 2d Sess., 91, 106 (1968); S. Rep. No. 1097, 90th Cong., 2d Sess. (1968).")
        let reports = d.citations.of(.legislative)
        XCTAssertEqual(reports.map(d.text), ["S. Rep. No. 1097, 90th Cong., 2d Sess., 91, 106 (1968)",
                                             "S. Rep. No. 1097, 90th Cong., 2d Sess. (1968)"])
        XCTAssertEqual(reports.map(\.pincite), ["91, 106", nil])
        XCTAssertEqual(reports.map(\.year), [1968, 1968])
    }

    /// State v. Mitcham (Ariz. 2024, PDF text): Arizona's author line ends with a colon, "CHIEF
    /// JUSTICE TIMMER, Opinion of the Court:", and names the opinion's author with his title.
    func testArizonaAuthorLine() throws {
        let d = parse("""
                                       IN THE
            SUPREME COURT OF THE STATE OF ARIZONA

                                  STATE OF ARIZONA,
                                      Appellant,

                                          v.

                                    IAN MITCHAM,
                                       Appellee.

                                 No. CR-23-0236-PR
                               Filed December 17, 2024

        CHIEF JUSTICE TIMMER, Opinion of the Court:

        ¶1           After police arrested Ian Mitcham for driving under the
        ¶1           After police arrested Ian Mitcham for driving under the
        influence of alcohol (“DUI”), he consented to a blood test to determine
        alcohol concentration or drug content. Years later, police suspected
        Mitcham of committing a murder, and they still had Mitcham’s blood from
        the DUI arrest. Without obtaining a warrant, they extracted a DNA profile
        from that blood, which linked Mitcham to the murder.




        *  Justice Brutinel retired after oral argument in this case but nevertheless
        participated in deciding this opinion. Justice Montgomery is recused from
        this matter. Pursuant to article 6, section 3 of the Arizona Constitution,
        Judge Jeffrey Sklar of the Arizona Court of Appeals, Division Two, was
        designated to sit in this matter.

                                             2
                                      STATE V. MITCHAM
                                    Opinion of the Court

        ¶2            We decide that the police violated Mitcham’s Fourth
        Amendment rights by conducting the warrantless search. Because the
        inevitable discovery exception to the exclusionary rule applies, however,
        we hold that the trial court erred by suppressing the DNA evidence.

                                     BACKGROUND
        """)
        XCTAssertEqual(d.tree.opinions.first?.author, "TIMMER")
        XCTAssertEqual(d.tree.caption.judge, "TIMMER")
        XCTAssertEqual(d.tree.caption.judgeTitle, "CHIEF JUSTICE")
    }

    /// Treatises pinned by several pages or a note, as Oliver and Fisher cite them: "R. Posner,
    /// Economic Analysis of Law 10-13, 21 (1973)", "T. Sowell, Affirmative Action Around the World
    /// 145–146 (2004)", "N. Lasson, The History and Development of the Fourth Amendment 100, n. 77
    /// (1937)".
    func testBooksPinnedBySeveralPages() {
        let d = parse("""
        See R. Posner, Economic Analysis of Law 10-13, 21 (1973). See T. Sowell, Affirmative Action Around the         World 145–146 (2004). N. Lasson, The History and Development of the Fourth Amendment 100, n. 77 (1937).
        """)
        let books = d.citations.of(.book)
        XCTAssertEqual(books.map(\.pincite), ["10-13, 21", "145–146", "100, n. 77"])
        XCTAssertEqual(books.map(\.year), [1973, 2004, 1937])
    }

    /// Michigan v. DeFillippo (CourtListener HTML, Corpus/unseen/courtlistener): a star page stands
    /// before the author line, "*33 MR. CHIEF JUSTICE BURGER delivered the opinion of the Court.";
    /// the Court's opinion is still found, and its author is the caption's judge (it had been the
    /// concurring BLACKMUN, with the whole opinion taken for head matter).
    func testStarPageBeforeTheAuthorLine() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/us_michigan_v_defillippo.html")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent)
        XCTAssertEqual(d.tree.opinions.map(\.type), ["majority", "concurrence", "dissent"])
        XCTAssertEqual(d.tree.opinions.map(\.author), ["BURGER", "BLACKMUN", "BRENNAN"])
        XCTAssertEqual(d.tree.caption.judge, "BURGER")
        XCTAssertEqual(d.tree.caption.judgeTitle, "CHIEF JUSTICE")
    }

    /// DeFillippo again: CourtListener collects every opinion's notes under "NOTES" at the end,
    /// "[*]" for the counsel note, "[1]" … "[4]" for the Court's, "[1]" … "[3]" again for the
    /// dissent's, and a note may run over several paragraphs with no label. All eight notes are
    /// found (none were), each linked to its own mark in order, and the cites in a note's later
    /// paragraphs and in the dissent's notes stand in them, on their marks' pages.
    func testNotesCollectedUnderANotesHeading() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/us_michigan_v_defillippo.html")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent)
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["*", "1", "2", "3", "4", "1", "2", "3"])
        XCTAssertEqual(d.tree.footnotes.map(\.markerPage), [32, 33, 34, 38, 39, 42, 44, 46])
        let marks = d.tree.footnotes.compactMap(\.markerSpan?.start)
        XCTAssertEqual(marks, marks.sorted(), "the dissent's [1] is linked after the Court's [4]")
        XCTAssertEqual(Set(marks).count, 8)
        // the third paragraph of the Court's note 1 ("While holding the ordinance unconstitutional …")
        let mich = try XCTUnwrap(d.citations.cite(volume: "80"))
        XCTAssertEqual(mich.location.footnote, "1")
        XCTAssertEqual(mich.location.page, 33)
        let pierson = try XCTUnwrap(d.citations.last { $0.volume == "386" })
        XCTAssertEqual(pierson.location.footnote, "1")
        XCTAssertEqual(pierson.location.page, 42, "the dissent's note 1, not the Court's")
        XCTAssertEqual(d.citations.cite(volume: "389")?.location.footnote, "2")
    }

    /// United States v. Meyer (8th Cir. 2021) as PDF text without its form feeds (scraped text
    /// often loses them): the folios "-2-" … "-9-" on lines of their own still give the pages
    /// (there were none), and each cite gets the page it has in the text with form feeds.
    func testFoliosBetweenDashesWithoutFormFeeds() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/eighth_circuit_meyer_no_form_feeds.txt")
        let bytes = [UInt8](try Data(contentsOf: url))
        XCTAssertFalse(bytes.contains(0x0C))
        let d = Pincite.parse(bytes: bytes, name: url.lastPathComponent)
        XCTAssertEqual(d.layout.pages.first?.number, 2, "page 1 prints no folio: it is read with page 2")
        XCTAssertEqual(d.layout.pages.map(\.number), Array(2...8))
        XCTAssertEqual(d.citations.first { $0.caseName?.plaintiff == "Brigham City" }?.location.page, 3)
        XCTAssertEqual(d.citations.first { $0.caseName?.plaintiff == "District of Columbia" }?.location.page, 5)
        XCTAssertEqual(d.citations.last?.location.page, 8)
    }

    /// United States v. Ventresca (1965): the mid-century Reports name a court of appeals
    /// "C. A. 5th Cir." and leave the year off ("299 F. 2d 847, 850 (C. A. 5th Cir.)"): the
    /// court, not an explanatory parenthetical. And "ante, p. 112": a page of this volume.
    func testMidCenturyCourtOfAppealsAndAntePage() throws {
        let d = parse("""
        See, e. g., Monnette v. United States, 299 F. 2d 847, 850 (C. A. 5th Cir.). Cf. Steeber v. \
        United States, 198 F. 2d 615, 616, 618 (C. A. 10th Cir.). The affidavit, as reproduced in the \
        Appendix to the Court's opinion, ante, p. 112. The officers "are plainly a reliable basis for a \
        warrant applied for by one of their number," ante, p. 111. See post, pp. 120-121.
        """)
        let monnette = try XCTUnwrap(d.citations.cite(volume: "299", page: "847"))
        XCTAssertEqual(monnette.court, "C. A. 5th Cir.")
        XCTAssertEqual(monnette.parentheticals.count, 0)
        XCTAssertEqual(d.citations.cite(volume: "198", page: "615")?.court, "C. A. 10th Cir.")
        let pages = d.citations.of(.internal)
        XCTAssertEqual(pages.map(\.pincite), ["112", "111", "120-121"])
        XCTAssertEqual(pages.map(\.title), ["ante", "ante", "post"])
    }

    /// Ventresca: the affidavit the appendix reproduces is signed "/s/ WALTER A. MAZAKA", and the
    /// dissent follows it. The "/s/" is no signature of the opinion (it had ended the body there,
    /// and the dissent's Parts I–III were lost, its cites filed under "SEE ATTACHED SHEET");
    /// CourtListener's "NOTES" heading over the collected notes heads no section.
    func testSignedAppendixBeforeADissent() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/us_ventresca.html")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "us_ventresca.html")
        XCTAssertNil(d.tree.signature)
        let dissent = try XCTUnwrap(d.tree.opinions.first { $0.type == "dissent" })
        let dissentSections = d.tree.sections.filter { $0.span.start >= dissent.span.start }
        XCTAssertEqual(dissentSections.map(\.number), ["I", "II", "III"])
        XCTAssertFalse(d.tree.sections.contains { $0.heading.uppercased() == "NOTES" })
        // the dissent's cites stand in its sections
        let spinelli = try XCTUnwrap(d.citations.first { $0.location.section.map { d.tree.sections[$0].number } == "III" })
        XCTAssertGreaterThan(spinelli.span.start, dissent.span.start)
    }

    /// A dissent's numbered Parts after the Court's "It is so ordered." are sections: the
    /// signature closes the Court's opinion, not the text.
    func testDissentPartsAfterTheJudgmentsSignature() throws {
        let html = """
        <div><p>JUSTICE WHITE delivered the opinion of the Court.</p>
        <p>The judgment of the Court of Appeals is therefore reversed, and the case is remanded for further proceedings consistent with this opinion.</p>
        <p><i>It is so ordered.</i></p>
        <p>JUSTICE STEVENS, dissenting.</p>
        <h2>I</h2>
        <p>The Court holds that the officers had probable cause. I cannot agree with that holding or with the reasoning that supports it in this case. The officers knew only that the respondent had paid for his tickets in cash, that he had traveled under a name that did not match the one under which his telephone number was listed, that his original destination was a source city for illicit drugs, that he stayed there only briefly, that he appeared nervous, and that he checked none of his luggage.</p>
        <p>None of these facts, alone or together, distinguishes the respondent from the many innocent travelers who do the same things every day, and the Court does not explain why the combination of them should be enough to justify a seizure of the person under the Fourth Amendment.</p>
        <h2>II</h2>
        <p>Nor can I agree that the error was harmless. See Chapman v. California, 386 U. S. 18, 24 (1967).</p></div>
        """
        let d = Pincite.parse(bytes: Array(html.utf8), name: "dissent.html")
        let signature = try XCTUnwrap(d.tree.signature)
        XCTAssertTrue(d.collapsedText(signature).contains("It is so ordered"))
        XCTAssertEqual(d.tree.sections.map(\.number), ["I", "II"])
        XCTAssertEqual(d.citations.first?.location.section.map { d.tree.sections[$0].number }, "II")
    }

    /// Cortez: "JUSTICE STEWART, concurring in the result." heads a one-paragraph concurrence (the
    /// label was not read, and a separate opinion under 800 bytes was dropped).
    func testShortConcurrenceInTheResult() throws {
        let body = String(repeating: "The officers had a particularized and objective basis for the stop. ", count: 30)
        let html = """
        <div><p>MR. CHIEF JUSTICE BURGER delivered the opinion of the Court.</p><p>\(body)</p>
        <p>JUSTICE MARSHALL concurs in the judgment.</p>
        <p>JUSTICE STEWART, concurring in the result.</p>
        <p>The Border Patrol officers in this case knew, or had rationally deduced, that "Chevron" had repeatedly shepherded illegal aliens up from the border, and that his treks had commonly ended early in the morning around milepost 122 on Highway 86.</p></div>
        """
        let d = Pincite.parse(bytes: Array(html.utf8), name: "cortez.html")
        XCTAssertEqual(d.tree.opinions.map(\.type), ["majority", "concurrence"])
        XCTAssertEqual(d.tree.opinions.last?.author, "STEWART")
    }
}
