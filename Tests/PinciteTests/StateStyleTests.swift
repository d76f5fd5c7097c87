import XCTest
@testable import Pincite

// State official citation styles that differ from the Bluebook order.
// Snippets verbatim from /work/shared/corpus-dev (file named at each test).

final class StateStyleTests: XCTestCase {
    /// People v. Montenegro (Cal. Ct. App. 2026): California's supra repeats the whole cite,
    /// "Wende, supra, 25 Cal.3d 436", as one short form of the case, not a supra and a second cite.
    func testCaliforniaSupraWithTheWholeCite() throws {
        let d = parse("""
        The court must review the record. (People v. Wende (1979) 25 Cal.3d 436, 441.) Pursuant to Wende,         supra, 25 Cal.3d 436, and Kelly, supra, 40 Cal.4th 106, we have reviewed the entire record. (People v.         Kelly (2006) 40 Cal.4th 106, 110.)
        """)
        let supras = d.citations.of(.supra)
        XCTAssertEqual(supras.map { d.text($0) }, ["Wende, supra, 25 Cal.3d 436", "Kelly, supra, 40 Cal.4th 106"])
        XCTAssertEqual(supras.first?.page, "436")
        XCTAssertTrue(d.citations.of(.shortCase).isEmpty)
        XCTAssertEqual(supras.first?.antecedent, d.citations.cite(volume: "25")?.id)
    }

    func testArizonaPageAndParagraphPincites() throws {
        // State v. Mitcham, No. CR-23-0236-PR (Ariz. Dec. 17, 2024), ¶¶ 11 and 13, as CourtListener
        // serves its text (not in the corpora: found cached in a public repository). Arizona cites
        // its numbered opinions by page and paragraph, with no comma between them.
        let doc = parse("""
        ¶11             The court of appeals unanimously reversed, but the judges
        had different reasons for doing so. See State v. Mitcham, 256 Ariz. 104
        (App. 2023). The majority concluded that although the police had violated
        Mitcham’s Fourth Amendment rights, excluding the DNA evidence was
        not warranted because the evidence would inevitably have been
        discovered, and it had an independent source. See id. at 115 ¶¶ 46–47, 51.
        The concurring judge found no Fourth Amendment violation, explaining
        that Mitcham did not have a reasonable expectation of privacy in the second
        vial of blood because it was lawfully in police possession. See id. ¶ 53
        (Catlett, J., concurring).

        ¶13           We review a trial court’s factual findings on a motion to
        suppress for an abuse of discretion. State v. Smith, 250 Ariz. 69, 80 ¶ 16
        (2020). In doing so, we consider “only the evidence presented at the
        suppression hearing and [view such evidence] in the light most favorable
        to sustaining the trial court’s ruling.” State v. Thompson, 252 Ariz. 279, 290
        ¶ 26 (2022) (quoting State v. Primous, 242 Ariz. 221, 223 ¶ 10 (2017)).
        """)
        let smith = try XCTUnwrap(doc.citations.cite(volume: "250", page: "69"))
        XCTAssertEqual([smith.pincite, smith.year.map(String.init)], ["80 ¶ 16", "2020"], "the year after the paragraph")
        let thompson = try XCTUnwrap(doc.citations.cite(volume: "252", page: "279"))
        XCTAssertEqual([thompson.pincite, thompson.year.map(String.init)], ["290 ¶ 26", "2022"])
        XCTAssertEqual(doc.citations.cite(volume: "242", page: "221")?.pincite, "223 ¶ 10")
        let ids = doc.citations.of(.id)
        XCTAssertEqual(ids.map(\.pincite), ["115 ¶¶ 46–47, 51", "¶ 53"])
        XCTAssertEqual(ids.map { $0.antecedent.map { doc.citations[$0].volume } }, ["256", "256"])
    }

    func testArizonaAuthorLine() throws {
        // State v. Mitcham (above): the line over the opinion names its author
        let text = """
                                       IN THE

            SUPREME COURT OF THE STATE OF ARIZONA

                                  STATE OF ARIZONA,
                                      Appellant,

                                          v.

                                    IAN MITCHAM,
                                       Appellee.




                                 No. CR-23-0236-PR
                               Filed December 17, 2024


                  Appeal from the Superior Court in Maricopa County
                      The Honorable Roy C. Whitehead, Judge
                               No. CR2018-118086-001

                           REVERSED AND REMANDED


                           Opinion of the Court of Appeals,
                                    Division One
                              256 Ariz. 104 (App. 2023)

                                     VACATED



        CHIEF JUSTICE TIMMER authored the Opinion of the Court, in which
        VICE CHIEF JUSTICE LOPEZ, JUSTICES BOLICK, BEENE, KING,
        BRUTINEL (RETIRED), and JUDGE SKLAR joined. *




        CHIEF JUSTICE TIMMER, Opinion of the Court:

        ¶1           After police arrested Ian Mitcham for driving under the
        influence of alcohol (“DUI”), he consented to a blood test to determine
        alcohol concentration or drug content. Years later, police suspected
        Mitcham of committing a murder, and they still had Mitcham’s blood from
        the DUI arrest. Without obtaining a warrant, they extracted a DNA profile
        from that blood, which linked Mitcham to the murder.

        """
        let doc = parse(text)
        let c = doc.tree.caption
        // the court of appeals' opinion under the caption is a citation, not the opinion's own cite
        XCTAssertEqual(c.reporterCitations, [])
        let below = try XCTUnwrap(doc.citations.cite(volume: "256", page: "104"))
        XCTAssertEqual([below.court, below.year.map(String.init)], ["App.", "2023"])
        XCTAssertEqual(c.court, "SUPREME COURT OF THE STATE OF ARIZONA")
        XCTAssertEqual([c.judge, c.judgeTitle], ["TIMMER", "CHIEF JUSTICE"])
        XCTAssertEqual(c.date, "2024-12-17")
        XCTAssertEqual(c.docket, "CR-23-0236-PR")
    }

    func testCaliforniaYearBeforeCite() throws {
        // 011_fastcase_calctapp_in_re_av.txt
        let doc = parse("(Delaney v. Superior Court (1990) 50 Cal.3d 785, 798, 268 Cal.Rptr. 753, 789 P.2d 934.)")
        let c = try XCTUnwrap(doc.citations.cite(volume: "50", page: "785"))
        XCTAssertEqual(c.caseName?.plaintiff, "Delaney")
        XCTAssertEqual(c.caseName?.defendant, "Superior Court")
        XCTAssertEqual(c.reporter, "Cal. 3d")
        XCTAssertEqual(c.pincite, "798")
        XCTAssertEqual(c.year, 1990)
        XCTAssertEqual(c.parallel.count, 2)
        XCTAssertTrue(doc.text(c).hasPrefix("Delaney v. Superior Court (1990) 50 Cal.3d 785"))
    }

    func testCaliforniaProceduralName() throws {
        // 011_fastcase_calctapp_in_re_av.txt
        let c = try XCTUnwrap(cites("(In re Greg F. (2012) 55 Cal.4th 393, 406, 146 Cal.Rptr.3d 272, 283 P.3d 1160.)").cite(volume: "55"))
        XCTAssertEqual(c.caseName?.procedural, "In re")
        XCTAssertEqual(c.caseName?.plaintiff, "Greg F.")
        XCTAssertEqual(c.year, 2012)
    }

    func testGeorgiaDivisionPinAndParallel() throws {
        // 015_fastcase_gactapp_in_re_knc.txt
        let cs = cites("Gignilliat v. State, 196 Ga.App. 773(2), 397 S.E.2d 52 (1990).")
        let ga = try XCTUnwrap(cs.cite(volume: "196", page: "773"))
        // 773 is the first page; the pinpoint is division 2 of the opinion
        XCTAssertEqual(ga.pincite, "(2)")
        XCTAssertEqual(ga.year, 1990)
        let se = try XCTUnwrap(cs.cite(volume: "397", page: "52"))
        XCTAssertEqual(ga.parallel, [se.id])
        XCTAssertEqual(se.caseName?.plaintiff, "Gignilliat")
    }

    func testGeorgiaDivisionAfterAPinKeepsTheParallelAndYear() throws {
        // 015_fastcase_gactapp_in_re_knc.txt (footnote 9)
        let doc = parse("Rowe v. Rowe, 195 Ga.App. 493, 494(2), 393 S.E.2d 750 (1990).")
        let ga = try XCTUnwrap(doc.citations.cite(volume: "195", page: "493"))
        XCTAssertEqual(ga.pincite, "494(2)")
        XCTAssertEqual(ga.year, 1990)
        let se = try XCTUnwrap(doc.citations.cite(volume: "393", page: "750"))
        XCTAssertEqual(ga.parallel, [se.id])
        XCTAssertEqual(se.caseName?.defendant, "Rowe")
        XCTAssertEqual(doc.text(ga), "Rowe v. Rowe, 195 Ga.App. 493, 494(2), 393 S.E.2d 750 (1990)")
    }

    func testParallelShortFormPointsAtTheCiteInItsOwnReporter() throws {
        // 020_smaa2020_illappct_people_v_thompson.txt (two passages joined)
        let doc = parse("People v. Herron, 215 Ill. 2d 167, 187, 830 N.E.2d 467, 479 (2005).\n\nSee Herron, 215 Ill. 2d at 187, 830 N.E.2d at 479-80.")
        let ill = try XCTUnwrap(doc.citations.cite(volume: "215", page: "167"))
        let ne = try XCTUnwrap(doc.citations.cite(volume: "830", page: "467"))
        let shortIll = try XCTUnwrap(doc.citations.first { $0.kind == .shortCase && $0.volume == "215" })
        let shortNE = try XCTUnwrap(doc.citations.first { $0.kind == .shortCase && $0.volume == "830" })
        XCTAssertEqual(shortIll.antecedent, ill.id)
        XCTAssertEqual(shortNE.antecedent, ne.id)
        XCTAssertEqual(shortNE.authority, ill.authority)  // one authority for the parallel group
    }

    func testOlderIllinoisYearBeforeTheCite() throws {
        // 019_smaa2020_illappct_raecharla_v_kudaravalli.txt
        let doc = parse("See Sauvage v. Gallaway (1946), 329 Ill. App. 38, 66 N.E.2d 740.")
        let c = try XCTUnwrap(doc.citations.cite(volume: "329", page: "38"))
        XCTAssertEqual(c.caseName?.plaintiff, "Sauvage")
        XCTAssertEqual(c.caseName?.defendant, "Gallaway")
        XCTAssertEqual(c.year, 1946)
        XCTAssertEqual(c.signal, "See")
    }

    func testCaliforniaSupraWithItsVolume() throws {
        // 011_fastcase_calctapp_in_re_av.txt (two passages joined)
        let doc = parse("(In re J.G. (2016) 3 Cal.App.5th 521, 525.) Later: (In re J.G., supra, 3 Cal.App.5th at p. 525.)")
        let full = try XCTUnwrap(doc.citations.cite(volume: "3", page: "521"))
        let supra = try XCTUnwrap(doc.citations.of(.supra).first)
        XCTAssertEqual(doc.text(supra), "In re J.G., supra, 3 Cal.App.5th at p. 525")
        XCTAssertEqual(supra.volume, "3")
        XCTAssertEqual(supra.reporter, full.reporter)
        XCTAssertEqual(supra.pincite, "525")
        XCTAssertEqual(supra.antecedent, full.id)
        XCTAssertEqual(doc.citations.of(.shortCase).count, 0)  // one citation, not a supra and a short cite
    }

    /// Illinois style: ", citing A, and B" nests both in the citing case; a hyphenated
    /// subsection "(a — 5)" is part of the section, and the edition's year is read.
    func testIllinoisCitingAndAndHyphenatedSubsections() throws {
        // SMAA2020 sample_dataset.jsonl line 7 (People v. Glisson, 359 Ill. App. 3d 962), two
        // passages of its reading text joined
        let cs = cites("have obtained a different result. People v. Brown, 172 Ill. 2d 1, 28, 665 N.E.2d 1290, 1302 (1996), citing Strickland v. Washington, 466 U.S. 668, 80 L. Ed. 2d 674, 104 S. Ct. 2052 (1984), and People v. Albanese, 104 Ill. 2d 504, 473 N.E.2d 1246 (1984). If a motion to suppress would have been properly denied\n\n breakdown of an illicit controlled substance (720 ILCS 570/401.5(a — 5) (West 1998) (repealed in relevant part by Pub. Act 91 — 403, § 5, eff. January 1, 2000)). She was convicted on bot")
        let brown = try XCTUnwrap(cs.cite(volume: "172"))
        XCTAssertEqual(cs.cite(volume: "466")?.nestedIn, brown.id)
        XCTAssertEqual(cs.cite(volume: "104", page: "504")?.nestedIn, brown.id)
        XCTAssertEqual(cs.cite(volume: "104", page: "504")?.nestingPhrase, "citing")
        let ilcs = try XCTUnwrap(cs.of(.statute).first)
        XCTAssertEqual(ilcs.section, "570/401.5(a — 5)")
        XCTAssertEqual(ilcs.year, 1998)
    }

    /// The Georgia courts' own style: a division set off by a space after the pin, then the
    /// parallel in parentheses, then the year ("286 Ga. 216, 218 (1) (686 SE2d 786) (2009)").
    func testGeorgiaOfficialStyleDivisionBeforeTheParallel() throws {
        // (written for the test in that form, as eyecite's tests quote a Georgia opinion)
        let doc = parse("See Harper v. State, 286 Ga. 216, 218\n(1) (686 SE2d 786) (2009).")
        let ga = try XCTUnwrap(doc.citations.cite(volume: "286"))
        let se = try XCTUnwrap(doc.citations.cite(volume: "686"))
        XCTAssertEqual(ga.pincite, "218 (1)")
        XCTAssertEqual(ga.year, 2009)
        XCTAssertEqual(ga.parallel, [se.id])
        XCTAssertTrue(ga.parentheticals.isEmpty)
        XCTAssertEqual(doc.text(se), "686 SE2d 786", "the parallel's span ends at its page")
        XCTAssertEqual(se.caseName?.plaintiff, "Harper")
    }

    func testCaliforniaCodeNameBeforeAComma() {
        // harvard-lil/capstone capstone/test_data/fastcase/CalRptr3d/204/204 Cal.Rptr.3d 539_Replace.html
        // (passages joined) and 011_fastcase_calctapp_in_re_av.txt
        let cs = cites("""
        r. Pirouzian with two counts of insurance fraud. (Pen.Code, § 550, subds. (a)(1) & (b)(1).)

        there was any prejudicial abuse of discretion." (Code Civ. Proc., § 1094.5, subd. (b).) "Abuse of discretion

        ensee who commits "unprofessional conduct." (Bus. & Prof.Code, § 2234.)

        (Health & Saf. Code, §§ 11359, 11357, subd. (a).)
        """)
        XCTAssertEqual(cs.of(.statute).map(\.reporter), ["Pen.Code", "Code Civ. Proc.", "Bus. & Prof.Code", "Health & Saf. Code"])
    }

    func testCaliforniaIdWithItsPeriodSetApart() throws {
        // the same Cal.Rptr.3d file (two passages joined into one)
        let doc = parse("Shea v. Board of Medical Examiners (1978) 81 Cal.App.3d 564, 146 Cal.Rptr. 653. He gave services to 13 convalescent hospital patients. (Id . at pp. 297-298, 144 Cal.Rptr. 826.)")
        let id = try XCTUnwrap(doc.citations.of(.id).first)
        XCTAssertEqual(id.pincite, "297-298")
    }

    /// People v. Martinez and People v. Baul (Cal. Ct. App. 2026): the California Style Manual's
    /// form for an unpublished opinion, "(People v. Baul (Apr. 2, 2012, B225051) [nonpub. opn.].)",
    /// is a case cite with its date and docket, and a later "People v. Baul, supra" finds it.
    func testCaliforniaUnpublishedOpinion() throws {
        let d = parse("""
        Although the parties on appeal refer to the opinion from defendant’s appeal from the judgment \
        of conviction (People v.
        Martinez (Mar. 22, 2006, B181429) [nonpub. opn.]), the opinion is not included in the record. \
        We affirmed. (People v. Baul (Apr. 2, 2012, B225051) [nonpub. opn.].) As we explained in People
        v. Baul, supra, B225051, the enhancement was stricken.
        """)
        let cites = d.citations.filter { $0.kind == .fullCase }
        XCTAssertEqual(cites.map(\.docket), ["B181429", "B225051"])
        XCTAssertEqual(cites.map(\.date), ["2006-03-22", "2012-04-02"])
        XCTAssertEqual(cites.first?.caseName?.defendant, "Martinez")
        let supra = try XCTUnwrap(d.citations.first { $0.kind == .supra })
        XCTAssertEqual(supra.antecedent, cites.last?.id)
    }
}
