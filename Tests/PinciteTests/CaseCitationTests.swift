import XCTest
@testable import Pincite

/// Full case citations: names, volume/reporter/page, pincites, court/date
/// parentheticals, Westlaw cites with docket numbers, parallel cites, history.
final class CaseCitationTests: XCTestCase {
    /// D.D.C. and N.D. Ill. orders of 2026 (American Oversight v. DOJ, United States v. 1,467,761
    /// USDT, Gardner v. Haaland, Powell v. Treasury, Alexander v. Weil): a name keeps an "in"
    /// of an organisation or an in-rem name, an abbreviation T6 does not list after one it does,
    /// a hyphenated abbreviation; and it does not take the acronym that ends the sentence before it.
    func testNamesWithInsideWordsAndAcronymsBefore() {
        let d = parse("""
        documents.” Citizens for Resp. & Ethics in Washington v. Fed. Election Comm’n, 711 F.3d
        180, 188 (D.C. Cir. 2013). Sec., 459 F. Supp. 2d 61, 76 (D.D.C. 2006); Am. Immigr. Council v. U.S. Dep’t of Homeland
        Sec., 470 F. Supp. 3d 32, 37 (D.D.C. 2020). The Court agrees.”); United States v. $299,218.48 in U.S. Currency, 742 F.
        Supp. 3d 1, 6 (D.D.C. 2024). See Rosenkrantz v. Inter-Am. Dev. Bank, 35 F.4th 854, 857 (D.C. Cir. 2022).         ‘agency’ as it pertains to the District Court’s jurisdiction” under FOIA. Prison Legal News v.
        Lappin, 436 F. Supp. 2d 17, 21 (D.D.C. 2006). The same standard applies to claims under the ADA. Mobley v.         Allstate Ins. Co., 531 F.3d 539, 549 (7th Cir. 2008).
        """)
        let plaintiffs = ["711": "Citizens for Resp. & Ethics in Washington", "470": "Am. Immigr. Council", "742": "United States",
                          "35": "Rosenkrantz", "436": "Prison Legal News", "531": "Mobley"]
        for (volume, plaintiff) in plaintiffs {
            XCTAssertEqual(d.citations.cite(volume: volume)?.caseName?.plaintiff, plaintiff, volume)
        }
        XCTAssertEqual(d.citations.cite(volume: "742")?.caseName?.defendant, "$299,218.48 in U.S. Currency")
        XCTAssertEqual(d.citations.cite(volume: "35")?.caseName?.defendant, "Inter-Am. Dev. Bank")
    }


    func testFullCitePartsAndSpan() throws {
        // 003_doctor_moctapp_jagels_v_state.txt
        let s = "Wooldridge v. State, 239 S.W.3d 151, 153–54 (Mo. App. E.D. 2007)."
        let doc = parse(s)
        XCTAssertEqual(doc.citations.count, 1)
        let c = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(c.kind, .fullCase)
        XCTAssertEqual(c.caseName?.plaintiff, "Wooldridge")
        XCTAssertEqual(c.caseName?.defendant, "State")
        XCTAssertNil(c.caseName?.procedural)
        XCTAssertEqual(c.volume, "239")
        XCTAssertEqual(c.reporter, "S.W.3d")
        XCTAssertNil(c.reporterAsWritten, "already canonical")
        XCTAssertEqual(c.page, "151")
        XCTAssertEqual(c.pincite, "153–54")
        XCTAssertEqual(c.court, "Mo. App. E.D.")
        XCTAssertEqual(c.year, 2007)
        // the span runs from the case name to the closing parenthesis, not the period
        XCTAssertEqual(doc.text(c), "Wooldridge v. State, 239 S.W.3d 151, 153–54 (Mo. App. E.D. 2007)")
        XCTAssertNil(c.signal)
    }

    func testMissouriSupremeCourtBanc() throws {
        // 003_doctor_moctapp_jagels_v_state.txt
        let c = try XCTUnwrap(cites("Vaca v. State, 314 S.W.3d 331, 334 (Mo. banc 2010).").first)
        XCTAssertEqual(c.court, "Mo. banc")
        XCTAssertEqual(c.year, 2010)
        XCTAssertEqual(c.pincite, "334")
    }

    func testLongPartyNamesWithAbbreviationsAndLineBreak() throws {
        // 005_courtlistener_tn_wcab_diaz_opinion.txt
        let c = try XCTUnwrap(cites("Sneed v. Bd. of\nProf’l Responsibility of the Sup. Ct. of Tenn., 301 S.W.3d 603, 615 (Tenn. 2010).").first)
        XCTAssertEqual(c.caseName?.plaintiff, "Sneed")
        XCTAssertEqual(c.caseName?.defendant, "Bd. of Prof’l Responsibility of the Sup. Ct. of Tenn.")
        XCTAssertEqual(c.court, "Tenn.")
        XCTAssertEqual(c.pincite, "615")
    }

    func testCorporateSuffixesKeepTheirCommas() throws {
        // 002_doctor_ca5_st_pierre_v_standard_ins.txt
        let c = try XCTUnwrap(cites("Innova Hosp. San Antonio,\n   L.P. v. Blue Cross & Blue Shield of Ga., Inc., 892 F.3d 719, 726 (5th Cir. 2018).").first)
        XCTAssertEqual(c.caseName?.plaintiff, "Innova Hosp. San Antonio, L.P.")
        XCTAssertEqual(c.caseName?.defendant, "Blue Cross & Blue Shield of Ga., Inc.")
        XCTAssertEqual(c.court, "5th Cir.")
        XCTAssertEqual(c.year, 2018)
    }

    func testStateAsPartyAfterARuleReference() throws {
        // 003_doctor_moctapp_jagels_v_state.txt: the name starts after the sentence "… Rule 29.12(c)."
        let doc = parse("order pursuant to Rule 29.12(c). State v. Johnson, 220 S.W.3d 377, 384 (Mo. App. E.D. 2007).")
        let c = try XCTUnwrap(doc.citations.cite(volume: "220"))
        XCTAssertEqual(c.caseName?.plaintiff, "State")
        XCTAssertEqual(c.caseName?.defendant, "Johnson")
        XCTAssertTrue(doc.text(c).hasPrefix("State v. Johnson, 220 S.W.3d 377"))
    }

    func testInReWithCourtGluedToYear() throws {
        // 009_fastcase_dc_west_v_united_states.txt: "(D.C.1992)" has no space before the year
        let c = try XCTUnwrap(cites("\"[T]he voluntariness of a consent to search is 'a question of fact to be determined from all the circumstances[.]' \" In re J.M., 619 A.2d 497, 500 (D.C.1992) (en banc) (quoting Schneckloth v. Bustamonte, 412 U.S. 218, 248-49, 93 S.Ct. 2041, 36 L.Ed.2d 854 (1973) ).").cite(volume: "619"))
        XCTAssertEqual(c.caseName?.procedural, "In re")
        XCTAssertEqual(c.caseName?.plaintiff, "J.M.")
        XCTAssertNil(c.caseName?.defendant)
        XCTAssertEqual(c.court, "D.C.")
        XCTAssertEqual(c.year, 1992)
        XCTAssertEqual(c.pincite, "500")
    }

    func testMatterOfAndCanonicalImmigrationReporter() throws {
        // 007_juriscraper_bia_matter_of_alday_dominguez.txt: the leading "In" is prose
        let doc = parse("In Matter of Cardiel, 25 I&N Dec. 12, 17 (BIA 2009)")
        let c = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(c.caseName?.procedural, "Matter of")
        XCTAssertEqual(c.caseName?.plaintiff, "Cardiel")
        XCTAssertEqual(c.reporter, "I. & N. Dec.")
        XCTAssertEqual(c.reporterAsWritten, "I&N Dec.")
        XCTAssertEqual(c.court, "BIA")
        XCTAssertEqual(c.pincite, "17")
        XCTAssertEqual(doc.text(c), "Matter of Cardiel, 25 I&N Dec. 12, 17 (BIA 2009)")
    }

    func testExRelNameAndWisconsinParallel() throws {
        // 014_fastcase_wis_madison_teachers_v_scott.txt
        let cs = cites("State ex rel. Ledford v. Turcotte, 195 Wis. 2d 244, 252, 536 N.W.2d 130 (Ct. App. 1995)")
        XCTAssertEqual(cs.count, 2)
        let wis = try XCTUnwrap(cs.cite(volume: "195"))
        let nw = try XCTUnwrap(cs.cite(volume: "536"))
        XCTAssertEqual(wis.caseName?.plaintiff, "State ex rel. Ledford")
        XCTAssertEqual(wis.caseName?.defendant, "Turcotte")
        XCTAssertEqual(wis.reporter, "Wis. 2d")
        XCTAssertEqual(wis.page, "244")
        XCTAssertEqual(wis.pincite, "252")
        XCTAssertEqual(nw.reporter, "N.W.2d")
        XCTAssertEqual(nw.page, "130")
        XCTAssertEqual(wis.court, "Ct. App.")
        XCTAssertEqual(wis.year, 1995)
        XCTAssertEqual(wis.parallel, [nw.id])
        XCTAssertEqual(nw.parallel, [wis.id])
    }

    func testCompactFederalSupplementIsCanonicalised() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt ("Herring ," keeps the source's stray space)
        let cs = cites("See Bartlett , 168 F.3d 705 (rejecting argument that would leave plaintiff's First Amendment rights “at the sufferance of” the enforcement authority); Correll v. Herring , 212 F.Supp.3d 584, 602-03 (E.D. Va. 2016)\n\n20\n\n(similar, and rejecting in particular a post-complaint disavowal of prosecutorial intent); see also Crookston v. Johnson , 370 F.Supp.3d 804, 812 (W.D. Mich. 2018) (similar as to a state board's disavowal of enforcement); Hill v. Williams , No. 16-cv-2627, 2016 WL 8667798, at *5 (D. Colo. Nov. 4, 2016) (similar as to district attorney disavowal); cf. Doe v. Pryor , 344 F.3d 1282, 1287 (11th Cir. 2003) (no standing when state conceded statute was unconstitutional and could not be enforced).")
        let correll = try XCTUnwrap(cs.cite(volume: "212"))
        XCTAssertEqual(correll.caseName?.plaintiff, "Correll")
        XCTAssertEqual(correll.caseName?.defendant, "Herring")
        XCTAssertEqual(correll.reporter, "F. Supp. 3d")
        XCTAssertEqual(correll.reporterAsWritten, "F.Supp.3d")
        XCTAssertEqual(correll.pincite, "602-03")
        XCTAssertEqual(correll.court, "E.D. Va.")
        let crookston = try XCTUnwrap(cs.cite(volume: "370"))
        XCTAssertEqual(crookston.reporter, "F. Supp. 3d")
        XCTAssertEqual(crookston.court, "W.D. Mich.")
    }

    func testPinciteWithFootnote() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let c = try XCTUnwrap(cites("Cooksey v. Futrell, 721 F.3d 226, 238 n.5 (4th Cir. 2013).").first)
        XCTAssertEqual(c.pincite, "238 n.5")
        XCTAssertEqual(c.court, "4th Cir.")
        XCTAssertEqual(c.year, 2013)
    }

    func testWestlawCiteWithDocketStarPinAndFullDate() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let cs = cites("See Meredith v. Stein , 355 F.Supp.3d 355, 361 (E.D. N.C. 2018); Grabarczyk v. Stein, No. 5:19-cv-48-BO, 2019 WL 4235356, at *3 (E.D. N.C. Sept. 5, 2019).")
        XCTAssertEqual(cs.count, 2)
        let wl = try XCTUnwrap(cs.cite(volume: "2019"))
        XCTAssertEqual(wl.kind, .fullCase)
        XCTAssertEqual(wl.caseName?.plaintiff, "Grabarczyk")
        XCTAssertEqual(wl.caseName?.defendant, "Stein")
        XCTAssertEqual(wl.docket, "No. 5:19-cv-48-BO")
        XCTAssertEqual(wl.reporter, "WL")
        XCTAssertEqual(wl.page, "4235356")
        XCTAssertEqual(wl.pincite, "*3", "\"at\" is not part of the pincite")
        XCTAssertEqual(wl.court, "E.D. N.C.")
        XCTAssertEqual(wl.date, "2019-09-05")
        XCTAssertEqual(wl.year, 2019)
        let meredith = try XCTUnwrap(cs.cite(volume: "355"))
        XCTAssertEqual(meredith.reporter, "F. Supp. 3d")
        XCTAssertEqual(meredith.pincite, "361")
    }

    func testWestlawCiteInsideAStringCite() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let hill = try XCTUnwrap(cites("See Bartlett , 168 F.3d 705 (rejecting argument that would leave plaintiff's First Amendment rights “at the sufferance of” the enforcement authority); Correll v. Herring , 212 F.Supp.3d 584, 602-03 (E.D. Va. 2016)\n\n20\n\n(similar, and rejecting in particular a post-complaint disavowal of prosecutorial intent); see also Crookston v. Johnson , 370 F.Supp.3d 804, 812 (W.D. Mich. 2018) (similar as to a state board's disavowal of enforcement); Hill v. Williams , No. 16-cv-2627, 2016 WL 8667798, at *5 (D. Colo. Nov. 4, 2016) (similar as to district attorney disavowal); cf. Doe v. Pryor , 344 F.3d 1282, 1287 (11th Cir. 2003) (no standing when state conceded statute was unconstitutional and could not be enforced).").cite(volume: "2016"))
        XCTAssertEqual(hill.caseName?.plaintiff, "Hill")
        XCTAssertEqual(hill.caseName?.defendant, "Williams")
        XCTAssertEqual(hill.docket, "No. 16-cv-2627")
        XCTAssertEqual(hill.page, "8667798")
        XCTAssertEqual(hill.pincite, "*5")
        XCTAssertEqual(hill.court, "D. Colo.")
        XCTAssertEqual(hill.date, "2016-11-04")
    }

    func testYearOnlyParentheticalHasNoCourt() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let mcnutt = try XCTUnwrap(cites("See McNutt v. Gen. Motors Acceptance Corp., 298 U.S. 178, 189 (1936); Adams v. Bain , 697 F.2d 1213, 1219 (4th Cir. 1982).").cite(volume: "298"))
        XCTAssertEqual(mcnutt.caseName?.plaintiff, "McNutt")
        XCTAssertEqual(mcnutt.caseName?.defendant, "Gen. Motors Acceptance Corp.")
        XCTAssertNil(mcnutt.court)
        XCTAssertEqual(mcnutt.year, 1936)
    }

    func testCourtWithoutSpaceBeforeYear() throws {
        // 009_fastcase_dc_west_v_united_states.txt: "(7th Cir.2001)", "(D.C.1997)"
        let cs = cites("United States v. Pedroza, 269 F.3d 821, 827 (7th Cir.2001) ; see also Hicks v. United States, 705 A.2d 636, 641 (D.C.1997) (\"A consent obtained after an illegal seizure is not valid unless it can be shown that the consent was in fact sufficiently an act of free will to purge the primary taint of the unlawful seizure.\") (internal quotation marks omitted).")
        let pedroza = try XCTUnwrap(cs.cite(volume: "269"))
        XCTAssertEqual(pedroza.caseName?.plaintiff, "United States")
        XCTAssertEqual(pedroza.caseName?.defendant, "Pedroza")
        XCTAssertEqual(pedroza.court, "7th Cir.")
        XCTAssertEqual(pedroza.year, 2001)
        let hicks = try XCTUnwrap(cs.cite(volume: "705"))
        XCTAssertEqual(hicks.court, "D.C.")
        XCTAssertEqual(hicks.year, 1997)
    }

    func testTexasCourtsOfAppealsWithCityAndVolumeOnPreviousLine() throws {
        // 002_doctor_ca5_st_pierre_v_standard_ins.txt: "Walker v. Walker, 631\n   S.W.3d 259"
        let cs = cites("But cf. Corpus Christi Day Cruise, LLC v. Christus Spohn\n   Health Sys. Corp., 398 S.W.3d 303, 306 (Tex. App.—Corpus Christi 2012)\n   (promise was one to pay a particular medical expense); Walker v. Walker, 631\n   S.W.3d 259, 264-65 (Tex. App.—Hous. 2020) (promise was one to transfer\n   land-ownership interests).")
        let corpus = try XCTUnwrap(cs.cite(volume: "398"))
        XCTAssertEqual(corpus.court, "Tex. App.—Corpus Christi")
        XCTAssertEqual(corpus.year, 2012)
        let walker = try XCTUnwrap(cs.cite(volume: "631"))
        XCTAssertEqual(walker.caseName?.plaintiff, "Walker")
        XCTAssertEqual(walker.caseName?.defendant, "Walker")
        XCTAssertEqual(walker.reporter, "S.W.3d")
        XCTAssertEqual(walker.page, "259")
        XCTAssertEqual(walker.pincite, "264-65")
        XCTAssertEqual(walker.court, "Tex. App.—Hous.")
    }

    func testUnitedStatesReportsWithParallelSupremeCourtReporters() throws {
        // 009_fastcase_dc_west_v_united_states.txt
        let cs = cites("Holston v. United States, 633 A.2d 378, 385 (D.C.1993) (citing Carroll v. United States, 267 U.S. 132, 45 S.Ct. 280, 69 L.Ed. 543 (1925) ).")
        let us = try XCTUnwrap(cs.cite(volume: "267"))
        let sct = try XCTUnwrap(cs.cite(volume: "45"))
        let led = try XCTUnwrap(cs.cite(volume: "69"))
        XCTAssertEqual(us.reporter, "U.S.")
        XCTAssertEqual(us.page, "132")
        XCTAssertEqual(us.caseName?.plaintiff, "Carroll")
        XCTAssertEqual(us.caseName?.defendant, "United States")
        XCTAssertEqual(sct.reporter, "S. Ct.")
        XCTAssertEqual(sct.reporterAsWritten, "S.Ct.")
        XCTAssertEqual(sct.page, "280")
        XCTAssertEqual(led.reporter, "L. Ed.")
        XCTAssertEqual(led.page, "543")
        XCTAssertEqual(Set(us.parallel), [sct.id, led.id])
        XCTAssertEqual(Set(sct.parallel), [us.id, led.id])
        XCTAssertEqual(Set(led.parallel), [us.id, sct.id])
        XCTAssertEqual([us.year, sct.year, led.year], [1925, 1925, 1925])
    }

    func testIllinoisParallelWithPinsOnBothReporters() throws {
        // 019_smaa2020_illappct_raecharla_v_kudaravalli.txt
        let cs = cites("735 ILCS 5/2 — 1005(c) (West 2002); Home Insurance Co. v. Cincinnati Insurance Co., 213 Ill. 2d 307, 315, 821 N.E.2d 269, 275 (2004). Our standard of review is de novo. Home Insurance Co., 213 Ill. 2d at 315, 821 N.E.2d at 275.")
        let ill = try XCTUnwrap(cs.cite(volume: "213", page: "307"))
        let ne = try XCTUnwrap(cs.cite(volume: "821", page: "269"))
        XCTAssertEqual(ill.kind, .fullCase)
        XCTAssertEqual(ill.caseName?.plaintiff, "Home Insurance Co.")
        XCTAssertEqual(ill.caseName?.defendant, "Cincinnati Insurance Co.")
        XCTAssertEqual(ill.reporter, "Ill. 2d")
        XCTAssertEqual(ill.pincite, "315")
        XCTAssertEqual(ne.reporter, "N.E.2d")
        XCTAssertEqual(ne.pincite, "275")
        XCTAssertEqual(ill.parallel, [ne.id])
        XCTAssertEqual(ne.parallel, [ill.id])
        XCTAssertEqual(ill.year, 2004)
    }

    func testMissouriParallelWithPinOnRegionalReporter() throws {
        // 016_courtlistener_moctapp_dlm_v_tjs.txt
        let cs = cites("Further, in In re Adoption of Siler, 240 Mo.App. 1097, 225 S.W.2d 379, 380-381 (1949)")
        let mo = try XCTUnwrap(cs.cite(volume: "240"))
        let sw = try XCTUnwrap(cs.cite(volume: "225"))
        XCTAssertEqual(mo.caseName?.procedural, "In re")
        XCTAssertEqual(mo.caseName?.plaintiff, "Adoption of Siler")
        XCTAssertEqual(mo.reporter, "Mo. App.")
        XCTAssertEqual(mo.reporterAsWritten, "Mo.App.")
        XCTAssertEqual(mo.page, "1097")
        XCTAssertNil(mo.pincite)
        XCTAssertEqual(sw.reporter, "S.W.2d")
        XCTAssertEqual(sw.page, "379")
        XCTAssertEqual(sw.pincite, "380-381")
        XCTAssertEqual(mo.parallel, [sw.id])
        XCTAssertEqual(sw.parallel, [mo.id])
        XCTAssertEqual(mo.year, 1949)
        XCTAssertNil(mo.court)
    }

    func testGeorgiaParallel() throws {
        // 015_fastcase_gactapp_in_re_knc.txt (footnote 1)
        let cs = cites("[1] In the Interest of T.W., 255 Ga.App. 674, 677, 566 S.E.2d 405 (2002).")
        let ga = try XCTUnwrap(cs.cite(volume: "255"))
        let se = try XCTUnwrap(cs.cite(volume: "566"))
        XCTAssertEqual(ga.reporter, "Ga. App.")
        XCTAssertEqual(ga.page, "674")
        XCTAssertEqual(ga.pincite, "677")
        XCTAssertEqual(se.reporter, "S.E.2d")
        XCTAssertEqual(se.page, "405")
        XCTAssertEqual(ga.parallel, [se.id])
        XCTAssertEqual(ga.year, 2002)
    }

    func testWisconsinPublicDomainCiteWithParagraphPinAndTwoParallels() throws {
        // 014_fastcase_wis_madison_teachers_v_scott.txt
        let cs = cites("Voces De La Frontera v. Clarke, 2017 WI 16, ¶ 17, 373 Wis. 2d 348, 891 N.W.2d 803.")
        XCTAssertEqual(cs.count, 3)
        let wi = try XCTUnwrap(cs.cite(volume: "2017"))
        let wis = try XCTUnwrap(cs.cite(volume: "373"))
        let nw = try XCTUnwrap(cs.cite(volume: "891"))
        XCTAssertEqual(wi.caseName?.plaintiff, "Voces De La Frontera")
        XCTAssertEqual(wi.caseName?.defendant, "Clarke")
        XCTAssertEqual(wi.reporter, "WI")
        XCTAssertEqual(wi.page, "16")
        XCTAssertEqual(wi.pincite, "¶ 17")
        XCTAssertEqual(wis.reporter, "Wis. 2d")
        XCTAssertEqual(nw.reporter, "N.W.2d")
        XCTAssertEqual(Set(wi.parallel), [wis.id, nw.id])
        XCTAssertEqual(Set(nw.parallel), [wi.id, wis.id])
    }

    func testIllinoisOrderWithParallelSupremeCourtReporters() throws {
        // 020_smaa2020_illappct_people_v_thompson.txt
        let cs = cites("Strickland v. Washington, 466 U.S. 668, 80 L. Ed. 2d 674, 104 S. Ct. 2052 (1984).")
        XCTAssertEqual(cs.count, 3)
        let led = try XCTUnwrap(cs.cite(volume: "80"))
        let sct = try XCTUnwrap(cs.cite(volume: "104"))
        XCTAssertEqual(led.reporter, "L. Ed. 2d")
        XCTAssertEqual(sct.reporter, "S. Ct.")
        XCTAssertNil(sct.reporterAsWritten)
        XCTAssertEqual(cs[0].parallel.count, 2)
    }

    func testNewYorkOfficialStyleWithoutPeriodAfterV() throws {
        // 008_juriscraper_nyappdiv2_70_35_113th_st.txt
        let cs = cites("(see Kugel v Reynolds, 228 AD3d 743, 748; Treasure Is. of Asbury Park Self-Storage, LLC v MBAR Realty, LLC, 216 AD3d 1200, 1203; Rha v Blangiardo, 189 AD3d 1098, 1099).")
        XCTAssertEqual(cs.count, 3)
        let kugel = try XCTUnwrap(cs.cite(volume: "228"))
        XCTAssertEqual(kugel.caseName?.plaintiff, "Kugel")
        XCTAssertEqual(kugel.caseName?.defendant, "Reynolds")
        XCTAssertEqual(kugel.reporter, "A.D.3d")
        XCTAssertEqual(kugel.reporterAsWritten, "AD3d")
        XCTAssertEqual(kugel.page, "743")
        XCTAssertEqual(kugel.pincite, "748")
        XCTAssertEqual(kugel.signal, "see")
        let rha = try XCTUnwrap(cs.cite(volume: "189"))
        XCTAssertEqual(rha.caseName?.plaintiff, "Rha")
        XCTAssertEqual(rha.caseName?.defendant, "Blangiardo")
        XCTAssertEqual(rha.pincite, "1099")
        let treasure = try XCTUnwrap(cs.cite(volume: "216"))
        XCTAssertEqual(treasure.caseName?.defendant, "MBAR Realty, LLC")
        XCTAssertEqual(treasure.page, "1200")
    }

    func testSubsequentHistoryAffirmed() throws {
        // 013_fastcase_michctapp_griswold_v_lexington.txt
        let cs = cites("Were we not bound to follow this Court's published opinion in Arco Industries Corp. v. American Motorists Ins. Co., 233 Mich.App. 143, 594 N.W.2d 74 (1998), aff'd 462 Mich. 896, 617 N.W.2d 330 (2000), we")
        let arco = try XCTUnwrap(cs.cite(volume: "233"))
        XCTAssertEqual(arco.caseName?.plaintiff, "Arco Industries Corp.")
        XCTAssertEqual(arco.caseName?.defendant, "American Motorists Ins. Co.")
        XCTAssertEqual(arco.reporter, "Mich. App.")
        XCTAssertEqual(arco.year, 1998)
        let nw = try XCTUnwrap(cs.cite(volume: "594"))
        XCTAssertEqual(arco.parallel, [nw.id])
        XCTAssertEqual(arco.history.count, 1)
        XCTAssertEqual(arco.history.first?.phrase, "aff'd")
        XCTAssertTrue(arco.history.first?.text.hasPrefix("462 Mich. 896") ?? false)
    }

    func testPersonalSuffixInsideAPartyName() throws {
        // "Jr." and "Esq." follow a comma inside a name as corporate suffixes do
        let doc = parse("See Smith v. John Doe, Jr., 5 F.3d 1 (2d Cir. 1995).")
        let c = try XCTUnwrap(doc.citations.cite(volume: "5", page: "1"))
        XCTAssertEqual(c.caseName?.defendant, "John Doe, Jr.")
        XCTAssertEqual(c.caseName?.plaintiff, "Smith")
    }

    func testCaseCitedByDocketAloneAndItsSlipOpinionShortForm() throws {
        // 021_smaa2020_illappct_hubbert_v_dell.txt (two passages)
        let doc = parse("The defendant relies on Falbe v. Dell, Inc., No. 04—C—1425 (N.D. Ill. 2004) (memorandum opinion). Illinois law controlled. Falbe, slip op. at 6.")
        let falbe = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(falbe.kind, .fullCase)
        XCTAssertEqual(doc.text(falbe), "Falbe v. Dell, Inc., No. 04—C—1425 (N.D. Ill. 2004)")
        XCTAssertEqual(falbe.caseName?.plaintiff, "Falbe")
        XCTAssertEqual(falbe.caseName?.defendant, "Dell, Inc.")
        XCTAssertEqual(falbe.docket, "No. 04—C—1425")
        XCTAssertEqual(falbe.court, "N.D. Ill.")
        XCTAssertEqual(falbe.year, 2004)
        XCTAssertEqual(falbe.parentheticals.map(\.text), ["memorandum opinion"])
        // an unreported case gives its full date (R10.8.1(a))
        XCTAssertTrue(falbe.checks.contains { $0.rule == "R10.8.1(a)" && $0.severity == "deviation" }, "\(falbe.checks)")
        let short = try XCTUnwrap(doc.citations.last)
        XCTAssertEqual(doc.text(short), "Falbe, slip op. at 6")
        XCTAssertEqual(short.kind, .shortCase)
        XCTAssertEqual(short.pincite, "6")
        XCTAssertEqual(short.antecedent, falbe.id)
        XCTAssertEqual(short.authority, falbe.authority)
        // a docket followed by a database cite is still the database cite's
        let wl = parse("Wagafe v. Trump, No. 17-CV-0094-RAJ, 2017 WL 2671254, at *1 (W.D. Wash. June 21, 2017).")
        XCTAssertEqual(wl.citations.map(\.reporter), ["WL"])
        // a docket in prose with no court is no citation
        XCTAssertTrue(parse("In Smith v. Jones, No. 12-345, the court held otherwise.").citations.isEmpty)
    }

    func testCaseNamesFromUnseenOpinions() throws {
        // eyecite tests/assets/case_Democracy.txt (M.D.N.C. 2022): "with" inside a name, a
        // Westlaw blank page "––– U.S. ––––", a "Civil Action No." docket before a WL cite
        let herrera = try XCTUnwrap(cites("which implicates the First Amendment. Am. Ass'n of People with Disabilities v. Herrera , 690 F. Supp. 2d 1183, 1215–16 (D.N.M. 2010).").first)
        XCTAssertEqual(herrera.caseName?.plaintiff, "Am. Ass'n of People with Disabilities")
        let gill = try XCTUnwrap(cites("nment,’ \" Gill v. Whitford , ––– U.S. ––––, 138 S. Ct. 1916, 1923, 201 L.Ed.2d 313 (2018) (quoting Lance v. Coffman , 549 U.S. 437, 439, 127 S.Ct. 1194, 167 L.Ed.2d 29 (2007) (per curiam)).").first)
        XCTAssertEqual(gill.caseName?.defendant, "Whitford")
        let ray = try XCTUnwrap(cites("nlimited. See Ray v. Texas , Civil Action No. 2-06-CV-385 (TJW), 2008 WL 3457021, at *7 (E.D. Tex. Aug. 7, 2008).").first)
        XCTAssertEqual(ray.caseName?.plaintiff, "Ray")
        XCTAssertEqual(ray.caseName?.defendant, "Texas")
        XCTAssertEqual(ray.page, "3457021")
        // eyecite tests/assets/opinions_KY.txt: a government named by its place keeps its comma
        let alaska = try XCTUnwrap(cites("State of Alaska, Div. of Elections v. Alaska Democratic Party, No. S-14054, slip op. (Alaska Oct. 29, 2010).").first)
        XCTAssertEqual(alaska.caseName?.plaintiff, "State of Alaska, Div. of Elections")
        // CourtListener's D.C. Circuit text (1997): an abbreviation no table lists ends the plaintiff
        let tow = try XCTUnwrap(cites("were simultaneously being ren-\ndered competently by the principal's counsel);  Central Tow-\ners Apts. v. Martin, 453 S.W.2d 789, 799-800 (Tenn. Ct. App.\n1969) (probing the reasonableness").first)
        XCTAssertEqual(tow.caseName?.defendant, "Martin")
        XCTAssertEqual(tow.caseName?.plaintiff?.hasSuffix("Apts."), true)
        // eyecite tests/assets/opinion_AL.txt: history naming the later case
        let cs = cites("inguished from the decision reached by the Supreme Court in Megginson v. Turner, 565 So.2d 247 (Ala. 1990), overruled on other grounds by Davis v. Reynolds, 592 So.2d 546 (Ala. 1991). In Megginson, a candidate")
        let megginson = try XCTUnwrap(cs.cite(volume: "565"))
        let davis = try XCTUnwrap(cs.cite(volume: "592"))
        XCTAssertEqual(megginson.history.first?.phrase, "overruled on other grounds by")
        XCTAssertEqual(megginson.history.first?.citation, davis.id)
        XCTAssertEqual(davis.historyOf, megginson.id)
        XCTAssertEqual(davis.caseName?.plaintiff, "Davis")
        XCTAssertEqual(davis.caseName?.defendant, "Reynolds")
        // Corpus/unseen/eyecite_opinion_scotus_slip.txt: "Grutter" before "and" is the case
        // cited above, not a party of Bakke; "Baltimore and Ohio" (a sentence written for the test) stays one name
        let fisher = cites("teenth Amendment, including Grutter v. Bollinger, 539\nU. S. 306 (2003).” Pet. for Cert. i. The Court concludes\nthat the Court of Appeals did not hold the University\nto the demanding burden of strict scrutiny articulated\nin Grutter and Regents of Univ. of Cal. v. Bakke, 438 U. S.\n265, 305 (1978) (opinion of Powell, J.). See Baltimore and Ohio R. Co. v. United States, 298 U.S. 349 (1936).")
        XCTAssertEqual(fisher.cite(volume: "438")?.caseName?.plaintiff, "Regents of Univ. of Cal.")
        XCTAssertEqual(fisher.cite(volume: "298")?.caseName?.plaintiff, "Baltimore and Ohio R. Co.")
    }

    /// A name with "v." runs straight into the volume, without the comma.
    func testNameWithoutCommaBeforeVolume() throws {
        // 013_fastcase_michctapp_griswold_v_lexington.txt
        let cs = cites("l be convened pursuant to MCR 7.215(J) to resolve the conflict between these consolidated cases and Arco Industries Corp. v. American Motorists Ins. Co. 233 Mich.App. 143; 594 N.W.2d 74 (1998), aff'd 462 Mich. 896, 617 N.W.2d 330")
        let arco = try XCTUnwrap(cs.cite(volume: "233"))
        XCTAssertEqual(arco.caseName?.plaintiff, "Arco Industries Corp.")
        XCTAssertEqual(arco.caseName?.defendant, "American Motorists Ins. Co.")
        // prose before a bare cite is no name: there is no "v." ("and" is no procedural phrase)
        XCTAssertNil(cites("In 1990 the court decided the appeal 5 F.3d 100 (2d Cir. 1990).").first?.caseName)
    }

    /// T6 abbreviations written without their apostrophe ("Natl.", "Contl.") do not end a sentence.
    func testApostropheLessAbbreviationsInNames() throws {
        // CourtListener cl/corpus_importer/test_assets/cases/case_4.json (CAP, Tex. App.), two
        // passages of its reading text joined
        let cs = cites("osition previously taken by the party.” Natl. Loan Investors, L.P. v. Taylor, 79 S.W.3d 633, 636 (Tex.App.-Waco 2002, pet. denied); accord In re Coastal Pla\n\nar and unequivocal. Natl. Loan Investors, 79 S.W.3d at 637; Thompson v. Contl. Airlines, 18 S.W.3d 701, 704 n. 2 (Tex.App.-San Antonio 2000, no pet.); Andrews, 959 S.W")
        XCTAssertEqual(cs.cite(volume: "79", page: "633")?.caseName?.plaintiff, "Natl. Loan Investors, L.P.")
        XCTAssertEqual(cs.cite(volume: "18")?.caseName?.plaintiff, "Thompson")
        XCTAssertEqual(cs.cite(volume: "18")?.caseName?.defendant, "Contl. Airlines")
        XCTAssertEqual(cs.of(.shortCase).first?.caseName?.plaintiff, "Natl. Loan Investors")
    }

    /// A case named in the prose and cited without its name in the citation sentence that
    /// follows takes that name (as the Janfeshan gold gives it); a cite inside the sentence
    /// that names another case does not.
    func testNamelessCiteTakesTheNameItsSentenceGave() throws {
        // Janfeshan p. 9 (corpus/janfeshan.txt, lines 414-426; single-spaced here, double-spaced there)
        let doc = parse("""
            cites. For example, in United States v. $557,933.89, More or Less in U.S. Funds, the court granted the
            defendant’s motion for a stay of discovery in a civil forfeiture case because, absent the stay, the
            defendant would “be confronted with the Hobson’s choice of answering the complaint and the
            Government interrogatories, thereby waiving [his] Fifth Amendment right not to incriminate
            [himself] . . . or refusing under the Fifth Amendment to answer the complaint and interrogatories, in
            which case [his] property [would] be forfeited.” No. 95-CV-3978 (JG), 1998 WL 817651, at *3
            (E.D.N.Y. Mar. 2, 1998) (alterations in original).
            """)
        let cite = try XCTUnwrap(doc.citations.cite(volume: "1998", page: "817651"))
        XCTAssertEqual(cite.caseName?.plaintiff, "United States")
        XCTAssertEqual(cite.caseName?.defendant, "$557,933.89, More or Less in U.S. Funds")
        XCTAssertEqual(doc.text(cite).prefix(14), "No. 95-CV-3978", "the span stays the cite's own")
        // "relied on 456 U.S. 1" cites another case than the one the sentence names
        let other = parse("In Smith v. Jones, the court relied on 456 U.S. 1 (1982) for the rule.")
        XCTAssertNil(other.citations.cite(volume: "456")?.caseName)
    }
    /// Names that run over a period before a comma or a parenthesis: New York's "Caminero v
    /// Michael Flynn, Esq., PLLC." (corpus-dev/008, a period a comma follows ends no sentence)
    /// and Michigan's name of a decision after remand, "Williams v. Auto Club Group Ins. Co.
    /// (On Remand)" (corpus-dev/013), which is the name of a cite nested by "citing".
    func testNamesRunOverEsqAndOnRemand() throws {
        let ny = cites("(Simmons v Trans Express Inc., 37 NY3d 107, 112; Buechel v Bain, 97 NY2d 295, 303; Caminero v Michael Flynn, Esq., PLLC., 239 AD3d 818). In addition")
        XCTAssertEqual(ny.cite(volume: "239")?.caseName?.plaintiff, "Caminero")
        XCTAssertEqual(ny.cite(volume: "239")?.caseName?.defendant, "Michael Flynn, Esq., PLLC.")
        let mi = cites("Ins. Co. v. Allied Adjusters & Appraisers, Inc., 238 Mich.App. 394, 399, 605 N.W.2d 685 (1999), citing Williams v. Auto Club Group Ins. Co. (On Remand), 224 Mich.App. 313, 319, 569 N.W.2d 403 (1997).")
        let williams = try XCTUnwrap(mi.cite(volume: "224"))
        XCTAssertEqual(williams.caseName?.plaintiff, "Williams")
        XCTAssertEqual(williams.caseName?.defendant, "Auto Club Group Ins. Co. (On Remand)")
        XCTAssertEqual(williams.nestingPhrase, "citing")
        XCTAssertEqual(williams.nestedIn, mi.firstIndex { $0.volume == "238" })
    }

    /// Equinor Energy v. Lindale Pipeline (Tex. 2026): a company's state in parentheses inside
    /// the plaintiff's name; Griffith Foods v. National Union (Ill. 2026): "M/I" in a name. The
    /// names are whole and the signal found.
    func testParenthesisAndSlashInsideAName() throws {
        let midstream = try XCTUnwrap(parse("See Am. Midstream (Ala. Intrastate), LLC\nv. Rainbow Energy Mktg. Corp., 714 S.W.3d 572, 574 (Tex. 2025).").citations.first)
        XCTAssertEqual(midstream.caseName?.plaintiff, "Am. Midstream (Ala. Intrastate), LLC")
        XCTAssertEqual(midstream.caseName?.defendant, "Rainbow Energy Mktg. Corp.")
        XCTAssertEqual(midstream.signal, "See")
        let acuity = try XCTUnwrap(parse("(Internal quotation marks omitted.) Acuity v. M/I\n       Homes of Chicago, LLC, 2023 IL 129087, ¶ 30.").citations.first)
        XCTAssertEqual(acuity.caseName?.plaintiff, "Acuity")
        XCTAssertEqual(acuity.caseName?.defendant, "M/I Homes of Chicago, LLC")
        // a real party in interest stays one ("People v. Superior Court (Zamudio)")
        let zamudio = try XCTUnwrap(parse("See People v. Superior Court (Zamudio) (2000) 23 Cal.4th 183, 188.").citations.first)
        XCTAssertEqual(zamudio.caseName?.defendant, "Superior Court (Zamudio)")
    }

    /// Forbes v. Macy's (D. Mass. 2026): a party whose name begins with a lower-case letter and
    /// a capital after it ("eClinical Works, LLC", "eBay Inc.") is whole.
    func testCompanyNamesWithALowerCaseFirstLetter() throws {
        let amrhein = try XCTUnwrap(parse("See Amrhein v. eClinical Works, LLC, 954 F.3d 328, 334 (1st Cir. 2020).").citations.first)
        XCTAssertEqual(amrhein.caseName?.plaintiff, "Amrhein")
        XCTAssertEqual(amrhein.caseName?.defendant, "eClinical Works, LLC")
        XCTAssertEqual(amrhein.signal, "See")
        let ebay = try XCTUnwrap(parse("See eBay Inc. v. MercExchange, L.L.C., 547 U.S. 388, 391 (2006).").citations.first)
        XCTAssertEqual(ebay.caseName?.plaintiff, "eBay Inc.")
        XCTAssertEqual(ebay.signal, "See")
    }

    /// Johnson v. Amazon.com Services (Ill. 2026): a web domain inside a party's name is no
    /// sentence's end; People v. Baul (Cal. Ct. App. 2026): a section number's decimals before the
    /// next heading's letter ("section 1172.75" ⏎ "A.    1981 rape conviction") are no cite.
    func testDomainInANameAndDecimalSectionBeforeAHeading() throws {
        let johnson = try XCTUnwrap(parse("In an unrelated case, the Seventh Circuit certified a question. Johnson\n     v. Amazon.com Services, LLC, 142 F.4th 932, 944 (7th Cir. 2025).").citations.first)
        XCTAssertEqual(johnson.caseName?.plaintiff, "Johnson")
        XCTAssertEqual(johnson.caseName?.defendant, "Amazon.com Services, LLC")
        let baul = parse("""
        The court found no basis to deny relief pursuant to section 1172.75
               A.    1981 rape conviction and stricken enhancement
               The parties agree that the enhancement was stricken.
        """)
        XCTAssertFalse(baul.citations.contains { $0.kind == .fullCase }, "\(baul.citations.map { baul.text($0) })")
    }
}
