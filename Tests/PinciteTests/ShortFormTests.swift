import XCTest
@testable import Pincite

/// Short forms: Id./id. with and without pincites, short case cites, supra —
/// and the antecedent the resolver gives each.
final class ShortFormTests: XCTestCase {

    func testIdWithAndWithoutPinciteRefersToPrecedingCase() throws {
        // 003_doctor_moctapp_jagels_v_state.txt
        let doc = parse("Johnson v. State, 580 S.W.3d 895, 901 (Mo. banc 2019) that although the description of the\n\nmaximum punishment a defendant faces may be frightening, the mere explanation of the range\n\nof punishment, even when couched in somewhat hyperbolic terms, does not constitute coercion\n\nwhen the explanation did not exaggerate the maximum authorized punishment. Id. Moreover, a\n\ndefendant’s counsel who merely explains all the possible results and sentences in the event of a\n\ntrial is doing his or her duty as an attorney. Id. at 903.")
        let cs = doc.citations
        XCTAssertEqual(cs.map(\.kind), [.fullCase, .id, .id])
        let johnson = cs[0]
        XCTAssertEqual(johnson.pincite, "901")
        XCTAssertNil(cs[1].pincite)
        XCTAssertEqual(cs[1].antecedent, johnson.id)
        XCTAssertEqual(cs[2].pincite, "903")
        XCTAssertEqual(cs[2].antecedent, johnson.id)
        XCTAssertEqual(doc.text(cs[2]), "Id. at 903")
    }

    func testParallelOfASupraCarriesItsName() throws {
        // 013_fastcase_michctapp_griswold_v_lexington.txt (two passages)
        let doc = parse("Angott v. Chubb Group of Ins. Cos., 270 Mich.App. 465, 479, 717 N.W.2d 341 (2006). Just this situation was contemplated in Angott, supra at 485-486, 717 N.W.2d 341.")
        let supra = try XCTUnwrap(doc.citations.first { $0.kind == .supra })
        let parallel = try XCTUnwrap(doc.citations.last)
        XCTAssertEqual(doc.text(parallel), "717 N.W.2d 341")
        XCTAssertEqual(parallel.kind, .shortCase)
        XCTAssertEqual(parallel.caseName?.plaintiff, "Angott")
        XCTAssertEqual(parallel.parallel, [supra.id])
        XCTAssertEqual(supra.parallel, [parallel.id])
        XCTAssertEqual(parallel.authority, doc.citations[0].authority)
        // a reporter cite of another authority after a supra stays apart
        let other = parse("Angott v. Chubb Group of Ins. Cos., 270 Mich.App. 465, 479, 717 N.W.2d 341 (2006); Smith v. Jones, 12 N.W.2d 3 (1944). See Angott, supra at 486, 12 N.W.2d 3.")
        XCTAssertNil(try XCTUnwrap(other.citations.last).caseName)
    }

    func testIdAfterQuotationRefersToCase() throws {
        // 009_fastcase_dc_west_v_united_states.txt
        let cs = cites("Gilliam v. United States, 46 A.3d 360, 364 (D.C.2012). \"[W]e view the evidence presented at the suppression hearing in the light most favorable to the party prevailing below, and we draw all reasonable inferences in that party's favor.\" Id.")
        XCTAssertEqual(cs.map(\.kind), [.fullCase, .id])
        XCTAssertEqual(cs[1].antecedent, cs[0].id)
        XCTAssertEqual(cs[0].court, "D.C.")
    }

    func testIdAfterParallelCiteSharesTheCaseAuthority() throws {
        // 009_fastcase_dc_west_v_united_states.txt
        let cs = cites("Florida v. Royer, 460 U.S. 491, 500, 103 S.Ct. 1319, 75 L.Ed.2d 229 (1983). Further, \"[t]he scope of the detention must be carefully tailored to its underlying justification.\" Id.")
        let id = try XCTUnwrap(cs.of(.id).first)
        let royer = try XCTUnwrap(cs.cite(volume: "460"))
        let a = try XCTUnwrap(id.antecedent)
        XCTAssertTrue(([royer.id] + royer.parallel).contains(a), "Id. points into the Royer parallel group")
        XCTAssertNotNil(royer.authority)
        XCTAssertEqual(id.authority, royer.authority)
    }

    func testIdWithSectionPincitesAfterStatute() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let cs = cites("Under N.C. Gen. Stat. § 163-33(1), county election boards hold the power to make rules and regulations consistent with state law and the directives of the state\n\n17\n\nboard of elections. Id. Similarly, county boards have the statutory duty to appoint precinct-level electoral officials. Id. § 163-33(2). In turn, however, these precinct-level officials have the statutory duty to arrest anybody who violates state election law. Id. §§ 163-273(b), 163-48.")
        XCTAssertEqual(cs.map(\.kind), [.statute, .id, .id, .id])
        let statute = cs[0]
        XCTAssertEqual(statute.section, "163-33(1)")
        XCTAssertNil(cs[1].pincite)
        XCTAssertEqual(cs[2].pincite, "§ 163-33(2)")
        XCTAssertEqual(cs[3].pincite, "§§ 163-273(b), 163-48")
        for c in cs.dropFirst() { XCTAssertEqual(c.antecedent, statute.id) }
    }

    func testIdWithParagraphPincites() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let ids = cites("Plaintiff is a resident and registered voter of Wake County, North Carolina, who has voted in “nearly every” national election since 2014. (Compl. (DE 2) ¶ 9). Plaintiff has taken and shared “ballot selfies,” which are voters' photos of their own completed\n\n4\n\nballots or of themselves in the voting booth, to 1) promote the candidates she votes for; 2) show voters they can vote for third-party candidates; 3) “challenge the narrative that voters can only vote for major party candidates”; 4) encourage potential voters to vote; 5) commemorate her vote; 6) express her pride in participating in the electoral process; and 7) express her disagreement with North Carolina's ban on “ballot selfies.” ( Id. ¶¶ 30, 50-51). Plaintiff alleges that the five electoral procedure statutes she challenges together operate to ban “ballot selfies.” (Id. ¶¶ 31-48).").of(.id)
        XCTAssertEqual(ids.count, 2)
        XCTAssertEqual(ids.first?.pincite, "¶¶ 30, 50-51")
        XCTAssertEqual(ids.last?.pincite, "¶¶ 31-48")
        XCTAssertNotNil(ids.first?.antecedent)
    }

    func testLowercaseIdAfterSignalWithStarPageRange() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let cs = cites("Instead, a case both sides cite, N.C. A. Philip Randolph Inst., 1:20CV876, 2020 WL 6488704 (M.D. N.C. Nov. 4, 2020), which rejected similar, election lawbased claims against the attorney general for lack of any prosecutorial role, is more apposite. See id. at *5-6.")
        let wl = try XCTUnwrap(cs.cite(volume: "2020"))
        XCTAssertEqual(wl.page, "6488704")
        XCTAssertEqual(wl.date, "2020-11-04")
        let id = try XCTUnwrap(cs.of(.id).first)
        XCTAssertEqual(id.signal, "See")
        XCTAssertEqual(id.pincite, "*5-6")
        XCTAssertEqual(id.antecedent, wl.id)
    }

    func testShortCaseCiteResolvesToFullCite() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt (one passage)
        let cs = cites("See McNutt v. Gen. Motors Acceptance Corp., 298 U.S. 178, 189 (1936); Adams v. Bain , 697 F.2d 1213, 1219 (4th Cir. 1982). [2] Such a motion may either 1) assert the complaint fails to state facts upon which subject matter jurisdiction may be based, or 2) attack the existence of subject matter jurisdiction in fact, apart from the complaint. Bain , 697 F.2d at 1219.")
        let adams = try XCTUnwrap(cs.cite(volume: "697", page: "1213"))
        let short = try XCTUnwrap(cs.of(.shortCase).first)
        XCTAssertEqual(short.volume, "697")
        XCTAssertEqual(short.reporter, "F.2d")
        XCTAssertNil(short.page)
        XCTAssertEqual(short.pincite, "1219")
        XCTAssertEqual(short.antecedent, adams.id)
        // "Bain" is the defendant of Adams v. Bain
        XCTAssertEqual(short.caseName?.defendant, "Bain")
        XCTAssertEqual(short.authority, adams.authority)
    }

    func testShortCiteFindsItsCaseAmongCasesOfOneVolume() throws {
        // an unseen Illinois Appellate opinion (People v. Dixon, 359 Ill. App. 3d): Walden, cited
        // after Hill, shares Hill's volume; "Hill, 199 Ill. 2d at 458-59" is still Hill
        let cs = cites("""
            People v. Hill, 199 Ill. 2d 440, 457-58, 771 N.E.2d 374, 385 (2002). The State argues otherwise.             People v. Walden, 199 Ill. 2d 392, 396, 769 N.E.2d 928, 931 (2002). We agree.             See Hill, 199 Ill. 2d at 458-59, 771 N.E.2d at 385. The sentence stands. 199 Ill. 2d at 460.
            """)
        let hill = try XCTUnwrap(cs.cite(volume: "199", page: "440"))
        let walden = try XCTUnwrap(cs.cite(volume: "199", page: "392"))
        let shorts = cs.of(.shortCase)
        XCTAssertEqual(shorts.count, 3)
        XCTAssertEqual(shorts[0].antecedent, hill.id)
        XCTAssertEqual(shorts[0].authority, hill.authority)
        XCTAssertEqual(shorts[1].reporter, "N.E.2d")
        XCTAssertEqual(shorts[1].authority, hill.authority)
        // without a name the pin decides: page 460 lies in Hill (440), not in Walden (392),
        // though Walden is the later cite
        XCTAssertEqual(shorts[2].antecedent, hill.id)
    }

    func testIdSkipsCrossReferencesAndCodeSectionsForAPagePin() throws {
        // eyecite tests/assets/case_Democracy.txt (M.D.N.C. 2022; three passages joined, the
        // first and last shortened)
        let cs = cites("""
            Am. Ass'n of People with Disabilities v. Herrera, 690 F. Supp. 2d 1183, 1203 (D.N.M. 2010). Indeed, the district court in Herrera found the "First Amendment protects not only the Plaintiffs’ right to engage in incidental speech with prospective voters, but also their right to do so while engaging in the act of registration." Herrera , 690 F. Supp. 2d at 1217. Importantly, however, the Herrera court found that, despite implicating the First Amendment, the third-party registration law at issue was subject to the Anderson - Burdick balancing test, described infra Section III.A.1, rather than strict scrutiny. Id. at 1211–14.

            The Fifth Circuit dealt with a similarly narrowed law in Texas. OCA-Greater Hous. v. Texas, 867 F.3d 604, 610–14 (5th Cir. 2017). There, the outcome turned on the definition of "to vote" under Section 208. Id. at 614. The Fifth Circuit disagreed, finding the definition of "vote" under § 10310(c)(1) resolved the dispute. Id. at 614–15.
            """)
        let herrera = try XCTUnwrap(cs.cite(volume: "690", page: "1183"))
        let oca = try XCTUnwrap(cs.cite(volume: "867"))
        let ids = cs.of(.id)
        XCTAssertEqual(ids.count, 3)
        // "infra Section III.A.1" points into the opinion; Id. refers to the case before it
        XCTAssertEqual(ids[0].antecedent, herrera.id)
        XCTAssertEqual(ids[1].antecedent, oca.id)
        // a page pin does not fit the code section mentioned in between
        XCTAssertEqual(ids[2].antecedent, oca.id)
        // while "Id. § 2" after a session law still refers to the law
        let law = cites("""
            2020 N.C. Sess. Laws 2020-17 (H.B. 1169). Relevant to this lawsuit, H.B. 1169 amended several provisions relating to witness requirements, poll workers, and multipartisan assistance teams ("MATs"). H.B. 1169 added a provision allowing for MATs to assist registered voters in "hospitals, clinics, nursing homes, assisted living or other congregate living situations ...." Id. § 2.(b).
            """)
        XCTAssertEqual(law.of(.id).first?.antecedent, law.first?.id)
    }

    func testShortCaseCiteSkipsInterveningCase() throws {
        // 002_doctor_ca5_st_pierre_v_standard_ins.txt (pages 7–8)
        let cs = cites("Ashcroft v. Iqbal, 556 U.S. 662,\n   678 (2009). Thus, to survive a motion to dismiss, a complaint must contain\n   sufficient factual matter that, when taken as true, “state[s] a claim to relief\n   that is plausible on its face.” Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570\n   (2007).\n                                    III. Discussion\n           We first address St. Pierre’s agency argument. Then, we turn to her\n   argument that the district court misapplied the pleading standard.\n                                              A.\n           St. Pierre contends that the district court erred by finding that the City\n   could not act as a common-law agent of Appellees, because it placed upon\n   her “the burden of negating the unpled and disputed affirmative defense that\n   the Texas Insurance Code preempted Texas common law.” We disagree. A\n   court need not, and should not, accept as true any legal conclusion that a\n   plaintiff puts forward. Iqbal, 556 U.S. at 678.")
        let iqbal = try XCTUnwrap(cs.cite(volume: "556", page: "662"))
        let twombly = try XCTUnwrap(cs.cite(volume: "550"))
        XCTAssertEqual(twombly.caseName?.plaintiff, "Bell Atl. Corp.")
        let short = try XCTUnwrap(cs.of(.shortCase).first)
        XCTAssertEqual(short.pincite, "678")
        XCTAssertEqual(short.antecedent, iqbal.id)
    }

    func testShortCitesAfterSignalWithProceduralName() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt (one passage)
        let cs = cites("Pennhurst State Sch. & Hosp. v. Halderman , 465 U.S. 89, 101-02 (1984). However, Ex Parte Young , 209 U.S. 123 (1908) establishes a narrow exception to this rule, permitting suits against state officials for allegedly unconstitutional conduct which seek prospective relief. See Pennhurst , 465 U.S. at 101-03. However, such suits remain barred by the Eleventh Amendment if there is no “special relation” between the official defendant and the challenged statute. See Ex Parte Young, 209 U.S. at 157; Doyle v. Hogan , 1 F.4th 249, 254-55 (4th Cir. 2021); Waste Mgmt. Holdings, Inc. v. Gilmore , 252 F.3d 316, 331 (4th Cir. 2001).")
        let pennhurst = try XCTUnwrap(cs.cite(volume: "465", page: "89"))
        XCTAssertEqual(pennhurst.caseName?.plaintiff, "Pennhurst State Sch. & Hosp.")
        XCTAssertEqual(pennhurst.caseName?.defendant, "Halderman")
        let young = try XCTUnwrap(cs.cite(volume: "209", page: "123"))
        XCTAssertEqual(young.year, 1908)
        XCTAssertNil(young.court)
        let shorts = cs.of(.shortCase)
        XCTAssertEqual(shorts.count, 2)
        XCTAssertEqual(shorts[0].signal, "See")
        XCTAssertEqual(shorts[0].pincite, "101-03")
        XCTAssertEqual(shorts[0].antecedent, pennhurst.id)
        XCTAssertEqual(shorts[1].signal, "See")
        XCTAssertEqual(shorts[1].pincite, "157")
        XCTAssertEqual(shorts[1].antecedent, young.id)
    }

    func testEgShortCiteInLaterParagraph() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt (two passages of page 10, joined by "\n\n")
        let cs = cites("Pennhurst State Sch. & Hosp. v. Halderman , 465 U.S. 89, 101-02 (1984). However, Ex Parte Young , 209 U.S. 123 (1908) establishes a narrow exception to this rule, permitting suits against state officials for allegedly unconstitutional conduct which seek prospective relief. See Pennhurst , 465 U.S. at 101-03. However, such suits remain barred by the Eleventh Amendment if there is no “special relation” between the official defendant and the challenged statute. See Ex Parte Young, 209 U.S. at 157; Doyle v. Hogan , 1 F.4th 249, 254-55 (4th Cir. 2021); Waste Mgmt. Holdings, Inc. v. Gilmore , 252 F.3d 316, 331 (4th Cir. 2001).\n\nIt is well-settled that mere general authority to enforce a state's laws held by a governor or an attorney general is insufficient to create the requisite relationship. E.g., Doyle, 1 F.4th at 255.")
        let doyle = try XCTUnwrap(cs.cite(volume: "1", page: "249"))
        XCTAssertEqual(doyle.pincite, "254-55")
        let short = try XCTUnwrap(cs.last)
        XCTAssertEqual(short.kind, .shortCase)
        XCTAssertEqual(short.signal, "E.g.")
        XCTAssertEqual(short.pincite, "255")
        XCTAssertEqual(short.antecedent, doyle.id)
    }

    func testNamedShortCiteAndBareParallelShortCite() throws {
        // 020_smaa2020_illappct_people_v_thompson.txt
        let doc = parse("Strickland v. Washington, 466 U.S. 668, 80 L. Ed. 2d 674, 104 S. Ct. 2052 (1984). People v. Evans, 186 Ill. 2d 83, 93, 708 N.E.2d 1158, 1163 (1999). To obtain reversal under Strickland, a defendant must prove (1) his counsel’s performance failed to meet an objective standard of competence and (2) counsel’s deficient performance resulted in prejudice to the defendant. Evans, 186 Ill. 2d at 93, 708 N.E.2d at 1163-64.\n\nTo satisfy the deficiency prong of Strickland, the defendant must demonstrate counsel made errors so serious and counsel’s performance was so deficient that counsel was not functioning as “counsel” guaranteed by the sixth amendment (U.S. Const., amend. VI).")
        let cs = doc.citations
        let evans = try XCTUnwrap(cs.cite(volume: "186", page: "83"))
        let evansNE = try XCTUnwrap(cs.cite(volume: "708", page: "1158"))
        let shorts = cs.of(.shortCase)
        XCTAssertGreaterThanOrEqual(shorts.count, 2)
        XCTAssertEqual(doc.text(shorts[0]), "Evans, 186 Ill. 2d at 93")
        XCTAssertEqual(shorts[0].antecedent, evans.id)
        XCTAssertEqual(shorts[1].pincite, "1163-64")
        XCTAssertTrue([evans.id, evansNE.id].contains(shorts[1].antecedent ?? -1))
    }

    func testMichiganSupraResolvesToEarlierFullCite() throws {
        // 013_fastcase_michctapp_griswold_v_lexington.txt (two passages, joined by "\n\n")
        let cs = cites("Were we not bound to follow this Court's published opinion in Arco Industries Corp. v. American Motorists Ins. Co., 233 Mich.App. 143, 594 N.W.2d 74 (1998), aff'd 462 Mich. 896, 617 N.W.2d 330 (2000), we\n\nAngott v. Chubb Group of Ins. Cos., 270 Mich.App. 465, 479, 717 N.W.2d 341 (2006), lv. den. sub. nom. Kilby v. Chubb Group of Ins. Cos., 477 Mich. 941, 723 N.W.2d 825 (2006); Arco, supra at 148, 594 N.W.2d 74.")
        let arco = try XCTUnwrap(cs.cite(volume: "233"))
        let supra = try XCTUnwrap(cs.of(.supra).first)
        XCTAssertEqual(supra.caseName?.plaintiff, "Arco")
        XCTAssertEqual(supra.pincite, "148")
        let a = try XCTUnwrap(supra.antecedent)
        XCTAssertTrue(([arco.id] + arco.parallel).contains(a), "supra points at the Arco citation")
    }

    func testGeorgiaSupraAndIdInFootnotes() throws {
        // 015_fastcase_gactapp_in_re_knc.txt (footnote 1, then footnotes 11–13, joined by "\n\n")
        let cs = cites("[1] In the Interest of T.W., 255 Ga.App. 674, 677, 566 S.E.2d 405 (2002).\n\n[11] (Punctuation omitted.) In the Interest of T.W., supra at 676, 566 S.E.2d 405.\n\n[12] (Punctuation omitted.) Id.\n\n[13] (Punctuation omitted.) Id. at 676-677, 566 S.E.2d 405.")
        let tw = try XCTUnwrap(cs.cite(volume: "255"))
        let group = [tw.id] + tw.parallel
        let supra = try XCTUnwrap(cs.of(.supra).first)
        XCTAssertEqual(supra.pincite, "676")
        XCTAssertTrue(group.contains(supra.antecedent ?? -1))
        let ids = cs.of(.id)
        XCTAssertEqual(ids.count, 2)
        XCTAssertNil(ids[0].pincite)
        XCTAssertEqual(ids[1].pincite, "676-677")
        for id in ids { XCTAssertTrue(group.contains(id.antecedent ?? -1)) }
    }

    func testIbidWithItsPeriodSetApart() throws {
        // 011_fastcase_calctapp_in_re_av.txt: "… as well as significant costs...." (Ibid .)
        let doc = parse("(Welf. & Inst. Code, § 786, subd. (b).) It is said so. (Ibid .) More follows.")
        let id = try XCTUnwrap(doc.citations.of(.id).first)
        XCTAssertEqual(doc.text(id), "Ibid .")
        XCTAssertEqual(id.antecedent, doc.citations.of(.statute).first?.id)
    }

    func testSeparateOpinionCitesTheMajorityByParagraph() throws {
        // 014_fastcase_wis_madison_teachers_v_scott.txt (dissent; two passages joined)
        let doc = parse("passed into voting.\" Majority op., ¶ 7. The Racine County …\n\nof government.\" See majority op., ¶ 17 (citing N.Y. Times Co.). Majority op., ¶ ¶ 30, 34.")
        let refs = doc.citations.of(.internal)
        XCTAssertEqual(refs.map { doc.text($0) }, ["Majority op., ¶ 7", "majority op., ¶ 17", "Majority op., ¶ ¶ 30, 34"])
        XCTAssertEqual(refs.map(\.pincite), ["¶ 7", "¶ 17", "¶ ¶ 30, 34"])
        XCTAssertEqual(refs[1].signal, "See")
        // "A majority of courts" is no citation
        XCTAssertEqual(parse("A majority of courts hold so.").citations.count, 0)
    }

    func testSupremeCourtShortFormWithACommaBeforeAt() throws {
        // Corpus/unseen/eyecite_opinion_scotus_slip.txt (Fisher v. UT Austin, slip op.; two passages joined)
        let cs = cites("""
            to the demanding burden of strict scrutiny articulated
            in Regents of Univ. of Cal. v. Bakke, 438 U. S.
            265, 305 (1978) (opinion of Powell, J.). Because the Court

            which racial or ethnic origin is but a single though im-
            portant element.” Bakke, 438 U. S., at 315 (separate
            opinion).
            """)
        let bakke = try XCTUnwrap(cs.cite(volume: "438", page: "265"))
        let short = try XCTUnwrap(cs.of(.shortCase).first)
        XCTAssertEqual(short.volume, "438")
        XCTAssertEqual(short.pincite, "315")
        XCTAssertEqual(short.antecedent, bakke.id)
        XCTAssertEqual(short.caseName?.defendant, "Bakke")   // the name of the full cite's defendant
    }

    /// A supra naming both parties matches both: every cite of a criminal opinion shares
    /// the plaintiff.
    func testSupraNamingBothPartiesMatchesTheDefendant() throws {
        // CourtListener cl/corpus_importer/test_assets/mass_court_new.json (CAP casebody,
        // Commonwealth v. Furr, Mass. App. Ct.), one passage of its reading text
        let cs = cites("ilty plea is treated as a motion for a new trial under Mass. R. Grim. P. 30 (b), as appearing in 435 Mass. 1501 (2001). Commonwealth v. Colon, 439 Mass. 519, 524 (2003). A judge may grant the defendant’s motion “only ‘if it appears that justice may not have been done.’ ” Commonwealth v. Desrosier, 56 Mass. App. Ct. 348, 353-354 (2002), quoting rule 30 (b). The judge may decide the motion based solely on the submitted affidavits, and the weight and credibility to be accorded those affidavits are within the judge’s discretion. See Commonwealth v. Pingaro, 44 Mass. App. Ct. 41, 48 (1997). The judge need not believe such affidavits even if they are undisputed. Id. “The motion ‘is addressed to the sound discretion of the trial judge, and . . . will not be reversed unless it is manifestly unjust, or unless the [proceeding] was infected with prejudicial constitutional error.’ ” Commonwealth v. Colon, supra, quoting Commonwealth v. Russin, 420 Mass. 309, 318 (1995).\n\nDue process requires")
        let supra = try XCTUnwrap(cs.of(.supra).first)
        XCTAssertEqual(supra.antecedent, cs.cite(volume: "439", page: "519")?.id)
    }

    /// References to another note or page of the same opinion are internal citations.
    func testNoteAndPageReferencesOfTheOpinion() throws {
        // CourtListener mass_court_new.json (Commonwealth v. Furr): "See note 6, supra."
        let doc = parse("s “aware of the and elements of the charge or charges” to which he pleaded. See note 6, supra. Although the form ")
        let note = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(note.kind, .internal)
        XCTAssertEqual(doc.text(note), "note 6, supra")
        // CourtListener joined_by_example.json (Permanent Mission of India v. City of New York)
        let ante = try XCTUnwrap(cites("f the FSIA’s text provides a basis for applying the exception to this case. See ante, at 197-199. Given the breadth ").first)
        XCTAssertEqual(ante.kind, .internal)
        XCTAssertEqual(ante.pincite, "197-199")
        XCTAssertEqual(ante.signal, "See")
        // Corpus/unseen/eyecite_opinion_scotus_slip.txt: the separate opinions' own pages
        let posts = cites("ling interest in diversity. See post, at 1 (SCALIA, J., con-\ncurring); post, at 4–5 (THOMAS, J., concurring); post, at 1–2\n(GINSBURG, J., dissenting). But the parties here do not")
        XCTAssertEqual(posts.of(.internal).map(\.pincite), ["1", "4–5", "1–2"])
        // "ante" and "note" in prose are no references
        XCTAssertTrue(cites("The note was signed. The ante was raised at 3 a.m. before the post office opened.").isEmpty)
    }

    /// A party's name with a page is a short cite of its case ("See Amick at 795"), listed
    /// with the citations; the name alone in prose ("In Duling, the court …") stays a mention.
    func testNameAndPageShortForm() throws {
        // (written for the test, in the form a Rhode Island opinion quoted in eyecite's tests uses)
        let doc = parse("General Casualty cites as compelling Amick v. Liberty Mut. Ins. Co., 455 A.2d 793 (R.I. 1983). In that case the court held so. See Amick at 795. In Amick, the insurer lost. Jones at trial said nothing.")
        let amick = try XCTUnwrap(doc.citations.cite(volume: "455"))
        let short = try XCTUnwrap(doc.citations.first { $0.kind == .reference && $0.pincite != nil })
        XCTAssertEqual(doc.text(short), "Amick at 795")
        XCTAssertEqual(short.antecedent, amick.id)
        XCTAssertEqual(short.signal, "See")
        let json = try jsonObject(doc)
        let listed = try XCTUnwrap(json["citations"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        let mentions = try XCTUnwrap(json["case_mentions"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        XCTAssertTrue(listed.contains("Amick at 795"))
        XCTAssertEqual(mentions, ["Amick"])
    }

    func testShortCiteThatLostItsReporter() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt (the full cite and the passage with the short form)
        let doc = parse("See Susan B. Anthony List v. Driehaus, 573 U.S. 149, 164 (2014). These activities certainly constitute “some connection” with the challenged statutes. Limehouse, 549 F.3d at 333. Indeed, this conduct goes far beyond a single complaint, Driehaus , 573 at 164, or an anti-“ballot selfie” policy.")
        let full = try XCTUnwrap(doc.citations.cite(volume: "573", page: "149"))
        let short = try XCTUnwrap(doc.citations.first { $0.kind == .shortCase && $0.volume == "573" })
        XCTAssertEqual(doc.text(short), "Driehaus , 573 at 164")
        XCTAssertNil(short.reporter)
        XCTAssertEqual(short.pincite, "164")
        XCTAssertEqual(short.caseName?.defendant, "Driehaus")
        XCTAssertEqual(short.antecedent, full.id)
        XCTAssertEqual(short.authority, full.authority)
        // the same name before another volume is no short form of this case
        let other = parse("See Susan B. Anthony List v. Driehaus, 573 U.S. 149, 164 (2014). The complaint in Driehaus , 574 at 12 differed.")
        XCTAssertFalse(other.citations.contains { $0.kind == .shortCase })
    }

    func testCaliforniaShortFormsWithoutVolume() throws {
        // California style (the full cite as 011_fastcase_calctapp_in_re_av.txt prints it, then
        // the Style Manual's later forms): "(Delaney, at p. 799.)" names the case and the page
        // only; "supra, 50 Cal.3d at pages 798-799" spells the page out
        let doc = parse("(Delaney v. Superior Court (1990) 50 Cal.3d 785, 798.) The privilege is qualified. (Delaney, at p. 799.) As the court said in Delaney, supra, 50 Cal.3d at pages 798-799, the balance is struck case by case. In Delaney, at the hearing, nothing was said.")
        let full = try XCTUnwrap(doc.citations.cite(volume: "50", page: "785"))
        let short = try XCTUnwrap(doc.citations.first { $0.kind == .shortCase })
        XCTAssertEqual(doc.text(short), "Delaney, at p. 799")
        XCTAssertEqual(short.pincite, "799")
        XCTAssertEqual(short.antecedent, full.id)
        XCTAssertEqual(short.authority, full.authority)
        let supra = try XCTUnwrap(doc.citations.first { $0.kind == .supra })
        XCTAssertEqual(doc.text(supra), "Delaney, supra, 50 Cal.3d at pages 798-799")
        XCTAssertEqual(supra.pincite, "798-799")
        XCTAssertEqual(supra.authority, full.authority)
        // "at" before prose, or before a reporter cite, is no pincite of the name
        XCTAssertEqual(doc.citations.of(.shortCase).count, 1)
        let typo = parse("Kamaka v. Goodsill Anderson Quinn & Stifel, 117 Hawai'i 92, 104, 176 P.3d 91, 103 (2007). Kamaka, at 117 Hawai'i at 104, 176 P.3d at 103.")
        XCTAssertFalse(typo.citations.contains { $0.kind == .shortCase && $0.volume == nil })
    }

    func testIdNamingAnotherSectionOfTheCode() throws {
        // "Id. § 1985(3)" after "42 U.S.C. § 1983" counts for § 1985, a subsection of the
        // same section for § 1983; California's "(Id., § 781.)" is one Id. with its section
        let doc = parse("Under 42 U.S.C. § 1983, a plaintiff must show a deprivation. Id. § 1985(3). See also id. § 1983(b). (Welf. & Inst. Code, § 786, subd. (a).) The older procedure remains. (Id., § 781.)")
        let ids = doc.citations.of(.id)
        XCTAssertEqual(ids.map { doc.text($0) }, ["Id. § 1985(3)", "id. § 1983(b)", "Id., § 781"])
        XCTAssertEqual(ids.map(\.authority), ["42 U.S.C. § 1985", "42 U.S.C. § 1983", "Cal. Welf. & Inst. Code § 781"])
        XCTAssertEqual(ids[2].pincite, "§ 781")
        XCTAssertFalse(doc.citations.contains { $0.kind == .statute && doc.text($0) == "§ 781" })
        // the Table of Authorities lists the section named by the Id. alone
        let statutes = doc.authorities().filter { $0.category == .statutes }.map(\.fullForm)
        XCTAssertEqual(Set(statutes), ["42 U.S.C. § 1983", "42 U.S.C. § 1985", "Cal. Welf. & Inst. Code § 786", "Cal. Welf. & Inst. Code § 781"])
        // a session law's "§ 2" is a part of the one law
        let session = parse("The act was amended. 2020 N.C. Sess. Laws 2020-17. It added assistance teams. Id. § 2.")
        let id = try XCTUnwrap(session.citations.of(.id).first)
        XCTAssertEqual(id.authority, session.citations[id.antecedent!].authority)
    }

    func testSupraNameStartsAfterASentenceEndingInAnAcronym() throws {
        // 013_fastcase_michctapp_griswold_v_lexington.txt: "… under the UTPA. Arco, supra at 148"
        let cs = cites("Were we not bound to follow this Court's published opinion in Arco Industries Corp. v. American Motorists Ins. Co., 233 Mich.App. 143, 594 N.W.2d 74 (1998), we would hold otherwise.\n\nAs noted, binding precedent holds that a first-party insured must establish that its claim was not reasonably in dispute to be entitled to penalty interest under the UTPA. Arco, supra at 148, 594 N.W.2d 74. Here the trial court")
        let supra = try XCTUnwrap(cs.first { $0.kind == .supra })
        XCTAssertEqual(supra.caseName?.plaintiff, "Arco")
        XCTAssertEqual(supra.antecedent, cs.first { $0.volume == "233" }?.id)
    }

    func testShortFormFindsItsFullCiteInAnEarlierNoteCollectedAfterTheBody() throws {
        // 009_fastcase_dc_west_v_united_states.txt: the body from marker [13] to the short
        // form, then note [13] as the export collects it after the opinion
        let doc = parse(" appellant one time about whether he had guns or drugs in his vehicle, and to request appellant's consent to search and to obtain his \"go ahead\" response,[13] cannot be said to have unreasonably prolonged the traffic stop.[14] Moreover, Officer O'Bannon testified at trial that he began his flashlight inspection of appellant's vehicle on the rear passenger side of the vehicle near where the officers and appellant were standing, which is where he saw the vial of amber liquid in plain view, so it appears that very little additional time passed before the officer saw the contraband and had \"a new factual predicate\" for detaining appellant. Day, 87 S.W.3d at 54, supra note 13. \n\n[13] Defense counsel did not argue at the conclusion of the suppression hearing that the officers' actions prolonged the traffic stop, and the trial court made no findings about the duration of any portion or portions of the stop. Appellant testified that the search of his vehicle took \"about five minutes[,]\" but by the time of the search, Officer O'Bannon had a new basis for investigation: the sighting of the vial of amber-colored liquid. Cf. State v. Day, 87 S.W.3d 51, 54 (Mo.Ct.App.2002) (\"If the detention extends beyond the time reasonably necessary to effect its initial purpose, the seizure may lose its lawful character unless a new factual predicate for reasonable suspicion is found during the period of lawful seizure. \") (italics added and internal quotation marks omitted).\n\n")
        let short = try XCTUnwrap(doc.citations.first { $0.kind == .shortCase })
        XCTAssertEqual(doc.text(short), "Day, 87 S.W.3d at 54")
        let full = try XCTUnwrap(doc.citations.cite(volume: "87", page: "51"))
        XCTAssertEqual(full.location.footnote, "13")
        XCTAssertGreaterThan(full.id, short.id, "stored after the short form")
        XCTAssertEqual(short.antecedent, full.id)
        XCTAssertEqual(short.authority, full.authority)
    }

    func testIdAfterABlockQuotationSkipsTheCitesQuotedInIt() throws {
        // Fastcase's Hawaii text (332 P.3d 688): the HTML's blockquote as indented, wrapped text; the
        // export links the Id. to Sierra Club (167 P.3d 292), not to the HRS section quoted
        let doc = parse("""
            The subject of an EA may be variously described as an action, a project, or a
            program. Sierra Club v. Dep't of Transp., 115 Hawai'i 299, 306, n. 6, 167 P.3d 292,
            299, n. 6 (2007). Consequently, Sierra Club held:

                    Stated simply, the record in this case shows that DOT did not consider
                    whether its facilitation of the [Hawai'i] Superferry Project will probably
                    have minimal or no significant impacts. The exemption being invalid, the EA
                    requirement of HRS § 343-5 is applicable.

            Id., 115 Hawai'i at 342, 167 P.3d at 335.
            """)
        XCTAssertEqual(doc.tree.blockQuotes.count, 1)
        let id = try XCTUnwrap(doc.citations.first { $0.kind == .id })
        let sierra = try XCTUnwrap(doc.citations.cite(volume: "115", page: "299"))
        XCTAssertEqual(id.antecedent, sierra.id)
        XCTAssertEqual(id.authority, sierra.authority)
        // without the quotation the Id. refers to the statute cited just before it
        let plain = parse("Sierra Club v. Dep't of Transp., 115 Hawai'i 299, 306 (2007). The EA requirement of HRS § 343-5 is applicable. Id. § 343-5(a).")
        XCTAssertEqual(plain.citations.first { $0.kind == .id }?.antecedent, plain.citations.first { $0.kind == .statute }?.id)
    }

    /// A supra by the defendant's name ("Royer, supra, at 500" after Florida v. Royer, Sharpe)
    /// names the defendant, as a short cite by that name does.
    func testSupraByTheDefendantsName() throws {
        let d = parse("In Florida v. Royer, 460 U.S. 491 (1983), the Court held so. Royer, supra, at 500. Florida, supra, at 501.")
        let supras = d.citations.filter { $0.kind == .supra }
        XCTAssertEqual(supras.map { $0.caseName?.defendant }, ["Royer", nil])
        XCTAssertEqual(supras.map { $0.caseName?.plaintiff }, [nil, "Florida"])
        XCTAssertEqual(supras.map(\.antecedent), [0, 0])
    }
}
