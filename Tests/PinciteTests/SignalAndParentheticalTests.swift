import XCTest
@testable import Pincite

/// Signals, string cites, explanatory / weight / omission parentheticals, and
/// citations nested in "(quoting …)" / "(citing …)" parentheticals.
final class SignalAndParentheticalTests: XCTestCase {

    func testSeeGovernsFirstCiteOfStringCite() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let cs = cites("See McNutt v. Gen. Motors Acceptance Corp., 298 U.S. 178, 189 (1936); Adams v. Bain , 697 F.2d 1213, 1219 (4th Cir. 1982).")
        XCTAssertEqual(cs.count, 2)
        XCTAssertEqual(cs[0].signal, "See")
        XCTAssertFalse(cs[0].continuesString)
        XCTAssertNil(cs[1].signal)
        XCTAssertTrue(cs[1].continuesString, "Adams follows a semicolon")
        XCTAssertEqual(cs[1].caseName?.plaintiff, "Adams")
        XCTAssertEqual(cs[1].caseName?.defendant, "Bain")
    }

    func testSeeEgInTheMiddleOfAStringCite() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let cs = cites("United States v. Stevens , 559 U.S. 460, 480 (2010); see, e.g., Dubin v. United States, 599 U.S. 110, 131 (2023); McDonnell v. United States , 579 U.S. 550, 576 (2016).")
        XCTAssertEqual(cs.count, 3)
        XCTAssertNil(cs[0].signal)
        XCTAssertEqual(cs[0].caseName?.plaintiff, "United States")
        XCTAssertEqual(cs[0].caseName?.defendant, "Stevens")
        XCTAssertEqual(cs[1].signal, "see, e.g.", "as written, without the trailing comma")
        XCTAssertEqual(cs[1].caseName?.plaintiff, "Dubin")
        XCTAssertNil(cs[2].signal)
        XCTAssertTrue(cs[2].continuesString)
    }

    func testSeeAlsoAndCfWithExplanatoryParentheticals() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let cs = cites("See Bartlett , 168 F.3d 705 (rejecting argument that would leave plaintiff's First Amendment rights “at the sufferance of” the enforcement authority); Correll v. Herring , 212 F.Supp.3d 584, 602-03 (E.D. Va. 2016)\n\n20\n\n(similar, and rejecting in particular a post-complaint disavowal of prosecutorial intent); see also Crookston v. Johnson , 370 F.Supp.3d 804, 812 (W.D. Mich. 2018) (similar as to a state board's disavowal of enforcement); Hill v. Williams , No. 16-cv-2627, 2016 WL 8667798, at *5 (D. Colo. Nov. 4, 2016) (similar as to district attorney disavowal); cf. Doe v. Pryor , 344 F.3d 1282, 1287 (11th Cir. 2003) (no standing when state conceded statute was unconstitutional and could not be enforced).")
        let bartlett = try XCTUnwrap(cs.cite(volume: "168"))
        XCTAssertEqual(bartlett.signal, "See")
        XCTAssertEqual(bartlett.parentheticals.first?.text,
                       "rejecting argument that would leave plaintiff's First Amendment rights “at the sufferance of” the enforcement authority")
        let crookston = try XCTUnwrap(cs.cite(volume: "370"))
        XCTAssertEqual(crookston.signal, "see also")
        XCTAssertEqual(crookston.parentheticals.first?.kind, .explanatory)
        XCTAssertEqual(crookston.parentheticals.first?.text, "similar as to a state board's disavowal of enforcement")
        let hill = try XCTUnwrap(cs.cite(volume: "2016"))
        XCTAssertNil(hill.signal)
        XCTAssertEqual(hill.parentheticals.first?.text, "similar as to district attorney disavowal")
        let doe = try XCTUnwrap(cs.cite(volume: "344"))
        XCTAssertEqual(doe.signal, "cf.")
        XCTAssertEqual(doe.court, "11th Cir.")
        XCTAssertEqual(doe.parentheticals.count, 1)
        XCTAssertEqual(doe.parentheticals.first?.text,
                       "no standing when state conceded statute was unconstitutional and could not be enforced")
    }

    func testCapitalCfAndButCf() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let clapper = try XCTUnwrap(cites("Cf. Clapper v. Amnesty Int'l USA , 568 U.S. 398, 41114 (2013) (rejecting standing premised on a similar chain of contingencies).").first)
        XCTAssertEqual(clapper.signal, "Cf.")
        XCTAssertEqual(clapper.caseName?.defendant, "Amnesty Int'l USA")
        XCTAssertEqual(clapper.parentheticals.first?.text, "rejecting standing premised on a similar chain of contingencies")
        // 002_doctor_ca5_st_pierre_v_standard_ins.txt: a name and a parenthetical that wrap lines
        let cs = cites("But cf. Corpus Christi Day Cruise, LLC v. Christus Spohn\n   Health Sys. Corp., 398 S.W.3d 303, 306 (Tex. App.—Corpus Christi 2012)\n   (promise was one to pay a particular medical expense); Walker v. Walker, 631\n   S.W.3d 259, 264-65 (Tex. App.—Hous. 2020) (promise was one to transfer\n   land-ownership interests).")
        let corpus = try XCTUnwrap(cs.cite(volume: "398"))
        XCTAssertEqual(corpus.signal, "But cf.")
        XCTAssertEqual(corpus.caseName?.plaintiff, "Corpus Christi Day Cruise, LLC")
        XCTAssertEqual(corpus.caseName?.defendant, "Christus Spohn Health Sys. Corp.")
        XCTAssertEqual(corpus.parentheticals.first?.text, "promise was one to pay a particular medical expense")
        let walker = try XCTUnwrap(cs.cite(volume: "631"))
        XCTAssertNil(walker.signal)
        XCTAssertEqual(walker.parentheticals.first?.text, "promise was one to transfer land-ownership interests")
    }

    func testAccordWithCitingParenthetical() throws {
        // 009_fastcase_dc_west_v_united_states.txt
        let cs = cites("accord Umanzor v. United States, 803 A.2d 983, 998-99 (D.C.2002) (citing Horton v. California, 496 U.S. 128, 136-37, 110 S.Ct. 2301, 110 L.Ed.2d 112 (1990) )")
        let umanzor = try XCTUnwrap(cs.cite(volume: "803"))
        XCTAssertEqual(umanzor.signal, "accord")
        XCTAssertEqual(umanzor.pincite, "998-99")
        XCTAssertEqual(umanzor.parentheticals.count, 1)
        XCTAssertEqual(umanzor.parentheticals.first?.kind, .citing)
        let horton = try XCTUnwrap(cs.cite(volume: "496"))
        XCTAssertEqual(horton.caseName?.plaintiff, "Horton")
        XCTAssertEqual(horton.caseName?.defendant, "California")
        XCTAssertEqual(horton.nestedIn, umanzor.id)
        XCTAssertEqual(horton.nestingPhrase, "citing")
        XCTAssertNil(horton.signal)
        for p in horton.parallel { XCTAssertEqual(cs[p].nestedIn, umanzor.id) }
    }

    func testCitingParentheticalAfterBlankLine() throws {
        // 003_doctor_moctapp_jagels_v_state.txt
        let cs = cites("Sanders v. State, 738 S.W.2d 856, 857 (Mo. banc 1987)\n\n(citing Strickland v. Washington, 466 U.S. 668, 687 (1984)).")
        XCTAssertEqual(cs.count, 2)
        let sanders = cs[0], strickland = cs[1]
        XCTAssertEqual(sanders.court, "Mo. banc")
        XCTAssertEqual(sanders.parentheticals.count, 1)
        XCTAssertEqual(sanders.parentheticals.first?.kind, .citing)
        XCTAssertEqual(sanders.parentheticals.first?.text, "citing Strickland v. Washington, 466 U.S. 668, 687 (1984)")
        XCTAssertNil(sanders.nestedIn)
        XCTAssertEqual(strickland.nestedIn, sanders.id)
        XCTAssertEqual(strickland.nestingPhrase, "citing")
        XCTAssertEqual(strickland.pincite, "687")
        XCTAssertNil(strickland.court)
        XCTAssertEqual(strickland.year, 1984)
    }

    func testWeightParentheticalThenQuotingWithParallels() throws {
        // 009_fastcase_dc_west_v_united_states.txt
        let cs = cites("\"[T]he voluntariness of a consent to search is 'a question of fact to be determined from all the circumstances[.]' \" In re J.M., 619 A.2d 497, 500 (D.C.1992) (en banc) (quoting Schneckloth v. Bustamonte, 412 U.S. 218, 248-49, 93 S.Ct. 2041, 36 L.Ed.2d 854 (1973) ).")
        let jm = try XCTUnwrap(cs.cite(volume: "619"))
        XCTAssertEqual(jm.parentheticals.map(\.kind), [.weight, .quoting])
        XCTAssertEqual(jm.parentheticals.first?.text, "en banc")
        let schneckloth = try XCTUnwrap(cs.cite(volume: "412"))
        XCTAssertEqual(schneckloth.caseName?.plaintiff, "Schneckloth")
        XCTAssertEqual(schneckloth.caseName?.defendant, "Bustamonte")
        XCTAssertEqual(schneckloth.pincite, "248-49")
        XCTAssertEqual(schneckloth.nestedIn, jm.id)
        XCTAssertEqual(schneckloth.nestingPhrase, "quoting")
        let led = try XCTUnwrap(cs.cite(volume: "36"))
        XCTAssertEqual(led.reporter, "L. Ed. 2d")
        XCTAssertEqual(led.nestedIn, jm.id)
        XCTAssertEqual(Set(schneckloth.parallel).count, 2)
    }

    func testExplanatoryThenOmissionParenthetical() throws {
        // 009_fastcase_dc_west_v_united_states.txt
        let cs = cites("United States v. Pedroza, 269 F.3d 821, 827 (7th Cir.2001) ; see also Hicks v. United States, 705 A.2d 636, 641 (D.C.1997) (\"A consent obtained after an illegal seizure is not valid unless it can be shown that the consent was in fact sufficiently an act of free will to purge the primary taint of the unlawful seizure.\") (internal quotation marks omitted).")
        let hicks = try XCTUnwrap(cs.cite(volume: "705"))
        XCTAssertEqual(hicks.signal, "see also")
        XCTAssertTrue(hicks.continuesString)
        XCTAssertEqual(hicks.parentheticals.map(\.kind), [.explanatory, .omission])
        XCTAssertTrue(hicks.parentheticals[0].text.hasPrefix("\"A consent obtained after an illegal seizure is not valid"))
        XCTAssertEqual(hicks.parentheticals[1].text, "internal quotation marks omitted")
    }

    func testOmissionInsideExplanatoryParentheticalStaysInIt() throws {
        // 002_doctor_ca5_st_pierre_v_standard_ins.txt
        let cruz = try XCTUnwrap(cites("See First Am. Title Co. of El Paso v. Prata, 783 S.W.2d 697, 701 (Tex.\n   App.—El Paso 1989); Cruz v. Andrews Restoration, Inc., 364 S.W.3d 817, 823\n   (Tex. 2012) (“The DTPA authorizes consumer suits when deceptive acts are\n   the producing cause of ‘[actual damages].’” (internal quotation marks\n   omitted)).").cite(volume: "364"))
        XCTAssertEqual(cruz.caseName?.plaintiff, "Cruz")
        XCTAssertEqual(cruz.caseName?.defendant, "Andrews Restoration, Inc.")
        XCTAssertEqual(cruz.court, "Tex.")
        XCTAssertEqual(cruz.parentheticals.count, 1)
        XCTAssertEqual(cruz.parentheticals.first?.kind, .explanatory)
        XCTAssertEqual(cruz.parentheticals.first?.text,
                       "“The DTPA authorizes consumer suits when deceptive acts are the producing cause of ‘[actual damages].’” (internal quotation marks omitted)")
    }

    func testQuotingCiteInsideExplanatoryParentheticalIsStrippedFromItsText() throws {
        // 009_fastcase_dc_west_v_united_states.txt (with a star page "*1088" inside the quotation)
        let cs = cites("See United States v. Mayo, 627 F.3d 709, 713-14 (8th Cir.2010) (upholding magistrate's determination that driver's heavy breathing, sweating, and shaking hands, and plain-view sighting of an item consistent with drug packing were among factors that gave trooper probable cause to believe that contraband would be found in his vehicle); United States v. Scott, 987 A.2d 1180, 1191 (D.C.2010) (\" 'If a car is readily mobile and probable cause exists to believe it contains *1088 contraband, the Fourth Amendment ... permits police to search the vehicle without more.' \" (quoting Pennsylvania v. Labron, 518 U.S. 938, 940, 116 S.Ct. 2485, 135 L.Ed.2d 1031 (1996) )).")
        let mayo = try XCTUnwrap(cs.cite(volume: "627"))
        XCTAssertEqual(mayo.signal, "See")
        XCTAssertEqual(mayo.court, "8th Cir.")
        XCTAssertTrue(mayo.parentheticals.first?.text.hasPrefix("upholding magistrate's determination") ?? false)
        let scott = try XCTUnwrap(cs.cite(volume: "987"))
        XCTAssertEqual(scott.parentheticals.count, 1)
        XCTAssertFalse(scott.parentheticals[0].text.contains("quoting"))
        XCTAssertTrue(scott.parentheticals[0].text.contains("If a car is readily mobile"))
        let labron = try XCTUnwrap(cs.cite(volume: "518"))
        XCTAssertEqual(labron.caseName?.plaintiff, "Pennsylvania")
        XCTAssertEqual(labron.nestedIn, scott.id)
        XCTAssertEqual(labron.nestingPhrase, "quoting")
        XCTAssertEqual(labron.year, 1996)
    }

    func testCaseInsideExplanatoryParentheticalIsNestedWithoutPhrase() throws {
        // 007_juriscraper_bia_matter_of_alday_dominguez.txt
        let cs = cites("Matter of Cardiel, 25 I&N Dec. at 14; see also Matter of Sierra, 26 I&N Dec. 288, 290 (BIA 2014) (reaffirming our conclusion in Matter of Bahta, 22 I&N Dec. 1381, 1390 (BIA 2000), that the receipt of stolen property parenthetical in section 101(a)(43)(G) “clarif[ies] that the term ‘theft’ was not being used in its limited traditional sense to require proof5that the offender was involved in the actual taking of the property at issue”).")
        XCTAssertEqual(cs.count, 3)
        XCTAssertEqual(cs[0].kind, .shortCase)
        XCTAssertEqual(cs[0].pincite, "14")
        let sierra = cs[1], bahta = cs[2]
        XCTAssertEqual(sierra.signal, "see also")
        XCTAssertTrue(sierra.continuesString)
        XCTAssertEqual(sierra.caseName?.plaintiff, "Sierra")
        XCTAssertTrue(sierra.parentheticals.first?.text.hasPrefix("reaffirming our conclusion in Matter of Bahta") ?? false)
        XCTAssertEqual(bahta.caseName?.procedural, "Matter of")
        XCTAssertEqual(bahta.caseName?.plaintiff, "Bahta")
        XCTAssertEqual(bahta.nestedIn, sierra.id)
        XCTAssertNil(bahta.nestingPhrase, "\"reaffirming our conclusion in\" is not a nesting phrase")
        XCTAssertEqual(bahta.court, "BIA")
    }

    func testIdWithCitingParentheticalOwnsTheNestedCite() throws {
        // 014_fastcase_wis_madison_teachers_v_scott.txt
        let cs = cites("See *449 Democratic Party of Wis. v. DOJ, 2016 WI 100, ¶ 9, 372 Wis. 2d 460, 888 N.W.2d 584. When a records custodian employs a balancing test, it is the custodian's burden to show that the public interest favoring denial of the requested record outweighs the public interest favoring disclosure. Id. (citing John K. MacIver Inst. for Pub. Policy, Inc. v. Erpenbach, 2014 WI App 49, ¶ 14, 354 Wis. 2d 61, 848 N.W.2d 862 ).")
        let id = try XCTUnwrap(cs.of(.id).first)
        XCTAssertEqual(id.parentheticals.first?.kind, .citing)
        let erpenbach = try XCTUnwrap(cs.cite(volume: "2014"))
        XCTAssertEqual(erpenbach.reporter, "WI App")
        XCTAssertEqual(erpenbach.page, "49")
        XCTAssertEqual(erpenbach.pincite, "¶ 14")
        XCTAssertEqual(erpenbach.caseName?.defendant, "Erpenbach")
        XCTAssertEqual(erpenbach.nestedIn, id.id)
        XCTAssertEqual(erpenbach.nestingPhrase, "citing")
    }

    func testNestingPhraseAfterACommaWithoutParentheses() throws {
        // 011_fastcase_calctapp_in_re_av.txt: California writes ", citing" after the cite
        let doc = parse("(West Shield Investigations & Security Consultants v. Superior Court (2000) 82 Cal.App.4th 935, 949, 98 Cal.Rptr.2d 612, citing People v. Superior Court (Zamudio ) (2000) 23 Cal.4th 183, 194, 96 Cal.Rptr.2d 463, 999 P.2d 686.)")
        let west = try XCTUnwrap(doc.citations.cite(volume: "82"))
        let zamudio = try XCTUnwrap(doc.citations.cite(volume: "23"))
        XCTAssertEqual(zamudio.nestedIn, west.id)
        XCTAssertEqual(zamudio.nestingPhrase, "citing")
        // the real party in interest in parentheses stays in the name
        XCTAssertEqual(zamudio.caseName?.plaintiff, "People")
        XCTAssertEqual(doc.text(zamudio).hasPrefix("People v. Superior Court (Zamudio )"), true, doc.text(zamudio))
        // its parallels are nested too
        for v in ["96", "999"] { XCTAssertEqual(try XCTUnwrap(doc.citations.cite(volume: v)).nestedIn, west.id) }
        XCTAssertNil(west.nestedIn)
        // 013_fastcase_michctapp_griswold_v_lexington.txt: after a supra and its parallel, Michigan's ", quoting"
        let mich = parse("Angott v. Chubb Group of Ins. Cos., 270 Mich.App. 465, 479, 717 N.W.2d 341 (2006). Angott, supra at 487, 717 N.W.2d 341, quoting In re Forfeiture of $176,598, 465 Mich. 382, 386, 633 N.W.2d 367 (2001).")
        let supra = try XCTUnwrap(mich.citations.first { $0.kind == .supra })
        let forfeiture = try XCTUnwrap(mich.citations.cite(volume: "465"))
        XCTAssertEqual(forfeiture.nestedIn, supra.id)
        XCTAssertEqual(forfeiture.nestingPhrase, "quoting")
    }

    func testAndJoiningTwoCitesIsNoSignal() throws {
        // an unseen Illinois Appellate opinion (Bd. of Dirs. of Kennelly Square v. MOB Ventures, 2005)
        let cs = cites("This court has addressed standing in a similar context in Tassan v. United Development Co., 88 Ill. App. 3d 581, 410 N.E.2d 902 (1980), and Poulet v. H.F.O., L.L.C., 353 Ill. App. 3d 82, 817 N.E.2d 1054 (2004).")
        let poulet = try XCTUnwrap(cs.cite(volume: "353"))
        XCTAssertNil(poulet.signal)
        // "with" (and "and") are signals inside "Compare … with …" (Janfeshan p. 15)
        let compare = cites("Compare Defs.’ Opp’n at 16 (noting that plaintiff does not explain it), with United States v. Univ. Hosp., Inc., 2006 WL 2612631, at *3.")
        XCTAssertEqual(compare.cite(volume: "2006")?.signal, "with")
        // a string's last cite after "; and" is still in a citation sentence: T6 applies
        // (017_courtlistener_moctapp_wester_v_dept_labor.txt)
        let golden = try XCTUnwrap(cites("""
            Ferry v. Labor & Indus. Rel. Comm’n of Missouri, 652 S.W.2d 728 (Mo.App. W.D.1983) (Claimant was ineligible for benefits by unreasonably restricting his availability for work where he limited the time and salary conditions under which he was willing to work to evening hours only.); and Golden v. Indus. Comm’n Div. of Employment Sec., 524 S.W.2d 34 (Mo.App.1975) (Claimant college student rendered himself "unavailable” for work, and thus ineligible for unemployment benefits, by imposing conditions on the hours and days he was available for work so that they would not interfere with his class attendance.).
            """).cite(volume: "524"))
        XCTAssertTrue(golden.checks.contains { $0.rule == "T6" && $0.message.contains("'Employment'") })
    }

    func testSignalWithItsInnerCommaLeftOut() throws {
        // capstone fastcase NE2d/945/945ne2d484.html: "see e.g." before the cite; the signal is
        // "See, e.g.," written without its comma (and the Bluebook check says so)
        let c = try XCTUnwrap(cites("fested an intent to create a right to renew in perpetuity ( see e.g. Burns v. City of New York, 213 N.Y. 516, 520, 108 N.E. 77 [1915]; Hoff").first)
        XCTAssertEqual(c.signal, "see e.g.")
        XCTAssertTrue(c.checks.contains { $0.rule == "R1.2" })
    }
    /// A quoted sentence's own parenthesis followed by "." and a capital is no early end of the
    /// parenthetical while the quotation is open (corpus-dev/009): the parenthetical runs to
    /// the close of the quotation, and the Hoffa cite after "; see also" stays its own.
    func testQuotedParenthesisInsideAParenthetical() throws {
        let text = "United States v. Prandy-Binett, 995 F.2d 1069, 1073 (D.C.Cir.1993) (\"If [the defendant's] bag held clear ziplock bags containing white powder, the detectives ... would not have been sure whether he possessed cocaine or heroin (or [instead] some innocuous substance). Yet that cannot be a reason for finding no probable cause.\"); see also Hoffa v. United States, 385 U.S. 293, 310, 87 S.Ct. 408, 17 L.Ed.2d 374 (1966)."
        let cs = cites(text)
        let p = try XCTUnwrap(cs.cite(volume: "995")?.parentheticals.first)
        XCTAssertTrue(p.text.hasSuffix("Yet that cannot be a reason for finding no probable cause.\""), p.text)
        XCTAssertEqual(cs.cite(volume: "385")?.signal, "see also")
        XCTAssertNil(cs.cite(volume: "385")?.nestedIn)
        // an unclosed parenthetical still ends at an inner parenthesis before ". Capital"
        let open = cites("Smith v. Jones, 1 F.3d 1, 2 (2d Cir. 1993) (holding that a rule (the first one). The court went on. Doe v. Roe, 2 F.3d 5 (2d Cir. 1994).")
        XCTAssertEqual(open.cite(volume: "1")?.parentheticals.first?.text, "holding that a rule (the first one")
        XCTAssertNil(open.cite(volume: "2")?.nestedIn)
    }

    /// A filler between the nesting phrase and the cited case: "…, citing, inter alia, Dunaway …,
    /// and Mapp …" (Payner), "(citing, among others, Commonwealth v. Cleveland …)" (Serge).
    func testNestingPhraseWithAFiller() throws {
        let d = parse("""
        The exclusionary rule applies. Brown v. Illinois, 422 U.S. 590, 599 (1975), citing, inter alia, \
        Dunaway v. New York, 442 U.S. 200 (1979), and Mapp v. Ohio, 367 U.S. 643 (1961). See Commonwealth v. \
        Swinton, 708 A.2d 806 (Pa. 1998) (citing, among others, Commonwealth v. Cleveland, 703 A.2d 1046 (Pa. 1997)).
        """)
        let brown = try XCTUnwrap(d.citations.cite(volume: "422"))
        let swinton = try XCTUnwrap(d.citations.cite(volume: "708"))
        for (volume, outer) in [("442", brown.id), ("367", brown.id), ("703", swinton.id)] {
            let c = try XCTUnwrap(d.citations.cite(volume: volume))
            XCTAssertEqual(c.nestedIn, outer, volume)
            XCTAssertEqual(c.nestingPhrase, "citing", volume)
        }
    }

    /// People v Dondorfer (N.Y. 2026, CourtListener's text): a sentence that names a statute and
    /// then cites its authority in parentheses. "( Flores v …)" is the sentence's citation clause,
    /// not an explanatory parenthetical of § 1192, and Flores is nested in nothing; so is a
    /// parenthesis that opens with a signal. A parenthetical about the statute stays one.
    func testCitationClauseInParenthesesAfterAStatute() throws {
        let cs = cites("It is not our role to \"second-guess\" any policy choice made by the legislature as to the penalties imposed for the various offenses defined in Vehicle and Traffic Law § 1192 ( Flores v Lower E. Side Serv. Ctr., Inc. , 4 NY3d 363, 367 [2005]). The statute is 42 U.S.C. § 1983 (see Monroe v. Pape, 365 U.S. 167, 171 (1961)). See 42 U.S.C. § 1983 (providing a remedy).")
        let statutes = cs.filter { $0.kind == .statute }
        XCTAssertEqual(statutes.count, 3)
        XCTAssertEqual(statutes[0].parentheticals.map(\.text), [])
        XCTAssertEqual(statutes[1].parentheticals.map(\.text), [])
        XCTAssertEqual(statutes[2].parentheticals.map(\.text), ["providing a remedy"])
        let flores = try XCTUnwrap(cs.cite(volume: "4", page: "363"))
        XCTAssertNil(flores.nestedIn)
        XCTAssertEqual(flores.caseName?.plaintiff, "Flores")
        let monroe = try XCTUnwrap(cs.cite(volume: "365", page: "167"))
        XCTAssertNil(monroe.nestedIn)
        XCTAssertEqual(monroe.signal, "see")
    }

    /// Illinois, Connecticut and Georgia write the note on a quotation as a sentence of its own
    /// before the cite ("(Internal quotation marks omitted.) Acuity v. M/I Homes …", Griffith
    /// Foods, Ill. 2026; "(Punctuation omitted.) Id.", In re K.N.C., Ga. Ct. App., corpus-dev 015):
    /// it is that cite's parenthetical. One that ends a paragraph is not the next paragraph's.
    func testQuotationNoteBeforeItsCite() throws {
        let d = parse("""
        The policy covers the loss. (Internal quotation marks omitted.) Acuity v. M/I Homes of Chicago, LLC, 2023 IL 129087, ¶ 30. The court said “so.” (Punctuation omitted.) Id. at 548.

        The State waives its immunity “only to the extent provided.” (Emphasis supplied.)

        OCGA § 50-21-22(7), in turn, defines an employee for the purposes of the GTCA.
        """)
        let acuity = try XCTUnwrap(d.citations.first { $0.kind == .fullCase })
        XCTAssertEqual(acuity.parentheticals.map(\.text), ["Internal quotation marks omitted"])
        XCTAssertEqual(acuity.parentheticals.map(\.kind), [.omission])
        let id = try XCTUnwrap(d.citations.first { $0.kind == .id })
        XCTAssertEqual(id.parentheticals.map(\.text), ["Punctuation omitted"])
        let ocga = try XCTUnwrap(d.citations.first { $0.kind == .statute })
        XCTAssertEqual(ocga.parentheticals.count, 0)
    }
}
