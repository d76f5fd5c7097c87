import XCTest
@testable import Pincite

/// Statutes, regulations, court rules and record citations.
final class StatuteAndRecordTests: XCTestCase {

    func testAChapterCitedWhole() throws {
        // Cook v. Public Storage, Inc. (Wis. Ct. App. 2008), Corpus/unseen/fastcase/761NW2d645_1.html;
        // and Massachusetts' "G. L. c. 93A" beside the T1 form of the same chapter
        let doc = parse("This case will involve construction of WIS. STAT. § 704.90, construction of the rental agreement and construction of WIS. STAT. ch. 177, governing abandoned property. See Mass. Gen. Laws ch. 93A; G. L. c. 93A.")
        let chapter = try XCTUnwrap(doc.citations.first { doc.text($0) == "WIS. STAT. ch. 177" })
        XCTAssertEqual(chapter.section, "ch. 177")
        XCTAssertEqual(chapter.authority, "Wis. Stat. ch. 177")
        let mass = doc.citations.filter { $0.authority == "Mass. Gen. Laws ch. 93A" }
        XCTAssertEqual(mass.count, 2, "both spellings are one chapter")
        XCTAssertEqual(doc.citations.first { doc.text($0) == "WIS. STAT. § 704.90" }?.authority, "Wis. Stat. § 704.90")
    }

    func testASectionListStopsAtTheNextCitesTitle() throws {
        // In re Gonzalez, 590 B.R. 577 (Bankr. D.P.R. 2018): "19" is the title of the Puerto
        // Rico cite, not a third subsection of the UCC section
        let doc = parse("Revised UCC §§ 9-506(b), (c), 19 L.P.R.A. §§ 2326(b), (c). See also 18 U.S.C. §§ 2, 1341, 28 U.S.C. § 1331.")
        let texts = doc.citations.map { doc.text($0) }
        XCTAssertEqual(texts, ["Revised UCC §§ 9-506(b), (c)", "19 L.P.R.A. §§ 2326(b), (c)", "18 U.S.C. §§ 2, 1341", "28 U.S.C. § 1331"])
    }

    func testRuleNamedInWordsKeysAsItsAbbreviation() throws {
        // In re Gonzalez, 590 B.R. 577 (Bankr. D.P.R. 2018) (Fastcase export): "Rule 56(a) of the
        // Federal Rules of Civil Procedure" is the rule "Fed. R. Civ. P. 56(a)" cites
        let doc = parse("Summary judgment should be entered when appropriate under Rule 56(a) of the Federal Rules of Civil Procedure. See Fed. R. Civ. P. 56(c).")
        let rules = doc.citations.of(.rule)
        XCTAssertEqual(rules.count, 2)
        XCTAssertEqual(rules[0].reporter, "Fed. R. Civ. P.")
        XCTAssertEqual(rules[0].reporterAsWritten, "Federal Rules of Civil Procedure")
        XCTAssertEqual(rules[0].authority, rules[1].authority)
        XCTAssertEqual(rules[0].checks.filter { $0.severity == "deviation" }, [], "the name in words is the textual form")
    }

    func testPublicLawWithItsStatutesAtLargeIsOneLaw() throws {
        // D.C. Court of Appeals, 100 A.3d 1091 (Fastcase export, public domain)
        let doc = parse("In 1941 Congress broadened the scope of the vagrancy statute by deleting language pertaining to \"burglary\" and \"against property.\" Pub.L. No. 77-352, 55 Stat. 808 (1941) (codified as D.C.Code § 22-3302 ). After the amendment, the statute covered the implements.")
        let law = try XCTUnwrap(doc.citations.first { $0.reporter == "Pub. L." })
        XCTAssertEqual(doc.text(law), "Pub.L. No. 77-352, 55 Stat. 808 (1941)")
        XCTAssertEqual(law.year, 1941)
        let stat = try XCTUnwrap(doc.citations.first { $0.reporter == "Stat." })
        XCTAssertEqual(stat.volume, "55")
        XCTAssertEqual(stat.page, "808")
        XCTAssertEqual(law.parallel, [stat.id])
        XCTAssertEqual(stat.authority, law.authority, "the Statutes at Large cite is the same law")
        XCTAssertEqual(doc.citations.first { $0.reporter == "D.C. Code" }?.nestedIn, law.id)
        // R12.4: the law's own section and a page pinned in the Statutes at Large; "Id. §"
        // stays with the law
        let aca = parse("See Patient Protection and Affordable Care Act, Pub. L. No. 111-148, §§ 1501, 1502, 124 Stat. 119, 242 (2010). Id. § 1513.")
        let first = try XCTUnwrap(aca.citations.first)
        XCTAssertEqual(first.pincite, "§§ 1501, 1502")
        XCTAssertEqual(first.authority, "Pub. L. No. 111-148")
        XCTAssertEqual(aca.citations.first { $0.reporter == "Stat." }?.pincite, "242")
        XCTAssertEqual(aca.citations.of(.id).first?.authority, "Pub. L. No. 111-148")
        XCTAssertFalse(first.checks.contains { $0.rule == "R3.3(b)" }, "the Stat. cite after the sections is no further section")
    }

    func testUnitedStatesCode() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let doc = parse("She also seeks fees and costs under 42 U.S.C. § 1988.")
        XCTAssertEqual(doc.citations.count, 1)
        let c = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(c.kind, .statute)
        XCTAssertEqual(c.volume, "42")
        XCTAssertEqual(c.reporter, "U.S.C.")
        XCTAssertEqual(c.section, "1988")
        XCTAssertEqual(doc.text(c), "42 U.S.C. § 1988")
    }

    func testUnitedStatesCodeWithSubsectionsAndYear() throws {
        // 007_juriscraper_bia_matter_of_alday_dominguez.txt
        let doc = parse("The aggravated felony receipt of stolen property provision in section 101(a)(43)(G) of the Immigration and Nationality Act, 8 U.S.C. § 1101(a)(43)(G) (2012), does")
        let c = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(c.kind, .statute)
        XCTAssertEqual(c.volume, "8")
        XCTAssertEqual(c.section, "1101(a)(43)(G)")
        XCTAssertEqual(c.year, 2012)
        XCTAssertEqual(doc.text(c), "8 U.S.C. § 1101(a)(43)(G) (2012)")
    }

    func testCodeOfFederalRegulations() throws {
        // 007_juriscraper_bia_matter_of_alday_dominguez.txt
        let c = try XCTUnwrap(cites("8 C.F.R. § 1003.1(d)(3)(ii) (2016).").first)
        XCTAssertEqual(c.kind, .regulation)
        XCTAssertEqual(c.volume, "8")
        XCTAssertEqual(c.reporter, "C.F.R.")
        XCTAssertEqual(c.section, "1003.1(d)(3)(ii)")
        XCTAssertEqual(c.year, 2016)
    }

    func testNorthCarolinaGeneralStatutes() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let c = try XCTUnwrap(cites("The first statute is N.C. Gen. Stat. § 163-166.3(c).").first)
        XCTAssertEqual(c.kind, .statute)
        XCTAssertNil(c.volume)
        XCTAssertEqual(c.reporter, "N.C. Gen. Stat.")
        XCTAssertEqual(c.section, "163-166.3(c)")
    }

    func testWisconsinStatutesSingleAndMultipleSections() throws {
        // 014_fastcase_wis_madison_teachers_v_scott.txt
        let one = try XCTUnwrap(cites("Accordingly, no attorneys fees are due MTI under the provisions of Wis. Stat. § 19.37(2).").first)
        XCTAssertEqual(one.reporter, "Wis. Stat.")
        XCTAssertEqual(one.section, "19.37(2)")
        let two = try XCTUnwrap(cites("is evidenced by the requirement that those elections be conducted by secret ballot and free from prohibited practices. Wis. Stat. §§ 111.70(1)(e) and 111.70(3)(a)1.").first)
        XCTAssertEqual(two.kind, .statute)
        XCTAssertEqual(two.section, "111.70(1)(e) and 111.70(3)(a)1")
    }

    func testIllinoisCompiledStatutesEtSeqWithPublisherYear() throws {
        // 021_smaa2020_illappct_hubbert_v_dell.txt
        let doc = parse("(815 ILCS 505/1 et seq. (West 2002))")
        let c = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(c.kind, .statute)
        XCTAssertEqual(c.volume, "815")
        XCTAssertEqual(c.reporter, "ILCS")
        XCTAssertEqual(c.section, "505/1 et seq.")
        XCTAssertEqual(c.year, 2002)
        XCTAssertEqual(doc.text(c), "815 ILCS 505/1 et seq. (West 2002)")
    }

    func testIllinoisSectionsAsCAPScansPrintThem() throws {
        // unseen Illinois Appellate opinions (CAP, 359 Ill. App. 3d): spaced dashes, a space
        // before a subsection, decimal subsections, lists and ranges without "§§"
        let cs = cites("""
            (730 ILCS 5/5 — 8— 1(a)(1)(d)(iii) (West 2002)). See 750 ILCS 50/1 (D)(b) (West 2004);             705 ILCS 405/1 — 3(4.05) (West 2004). The Act (705 ILCS 405/1 — 1 through 7 — 1 (West 2004)) applies.             Defendants moved to dismiss. 735 ILCS 5/2— 615, 2 — 619 (West 2002). See, e.g.,             730 ILCS 5/5 — 8—1 (a)(1)(d)(i) through (a)(1)(d)(iii) (West 2004).
            """)
        XCTAssertEqual(cs.map(\.section), ["5/5 — 8— 1(a)(1)(d)(iii)", "50/1 (D)(b)", "405/1 — 3(4.05)", "405/1 — 1 through 7 — 1",
                                           "5/2— 615, 2 — 619", "5/5 — 8—1 (a)(1)(d)(i) through (a)(1)(d)(iii)"])
        XCTAssertEqual(cs.map(\.year), [2002, 2004, 2004, 2004, 2002, 2004])
        // one authority however the dashes are spaced: the first section of a list, dashes plain,
        // and the code named as T1 names it (Illinois writes "ILCS")
        XCTAssertEqual(cs.map(\.authority), ["730 Ill. Comp. Stat. § 5/5-8-1", "750 Ill. Comp. Stat. § 50/1", "705 Ill. Comp. Stat. § 405/1-3",
                                             "705 Ill. Comp. Stat. § 405/1-1", "735 Ill. Comp. Stat. § 5/2-615", "730 Ill. Comp. Stat. § 5/5-8-1"])
        // a publisher's parenthetical is no subsection
        XCTAssertEqual(cites("735 ILCS 5/2-1005 (West 2002)").first?.section, "5/2-1005")
    }

    func testDocketEntriesInParenthesesAfterTheirTitle() throws {
        // eyecite tests/assets/case_Democracy.txt (M.D.N.C. 2022): "(Doc. 1)" after a document's title
        let d = parse("""
            unduly burden[ed] Plaintiffs’ right to vote in violation of the First and Fourteenth Amendments." (Compl. (Doc. 1) ¶ 3.) 1 Plaintiffs have amended their complaint several times during this litigation, (First Am. Compl. (Doc. 8); Second Am. Compl. (Doc. 30); Third Am. Compl. (Doc. 192)), and have now filed a Fourth Amended Complaint. ( Id. ¶ 1.)
            """)
        let records = d.citations.of(.record)
        XCTAssertEqual(records.map { d.text($0) }, ["Doc. 1", "Doc. 8", "Doc. 30", "Doc. 192"])
        // "Doc." elsewhere is a word, not a record cite
        XCTAssertTrue(cites("The Doc. 5 folder and Doc. No. rules were read.").of(.record).isEmpty)
    }

    func testStatuteThenCaseInAStringCite() throws {
        // 021_smaa2020_illappct_hubbert_v_dell.txt
        let cs = cites("9 U.S.C. § 2 (2000); AutoNation USA Corp. v. Leroy, 105 S.W.3d 190, 195 (Tex. App. 2003)")
        XCTAssertEqual(cs.map(\.kind), [.statute, .fullCase])
        XCTAssertEqual(cs[0].section, "2")
        XCTAssertEqual(cs[0].year, 2000)
        XCTAssertEqual(cs[1].caseName?.plaintiff, "AutoNation USA Corp.")
        XCTAssertEqual(cs[1].court, "Tex. App.")
        XCTAssertTrue(cs[1].continuesString)
    }

    func testBareSectionSymbol() throws {
        // 003_doctor_moctapp_jagels_v_state.txt
        let c = try XCTUnwrap(cites("privacy in violation of § 565.253.").first)
        XCTAssertEqual(c.kind, .statute)
        XCTAssertEqual(c.section, "565.253")
        XCTAssertNil(c.volume)
    }

    func testFederalRuleWrittenWithoutSpaces() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt (footnote 1)
        let doc = parse("See Fed.R.Civ.P. 25(d).")
        let c = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(c.kind, .rule)
        XCTAssertEqual(c.section, "25(d)")
        XCTAssertEqual(c.signal, "See")
        XCTAssertEqual(doc.text(c), "Fed.R.Civ.P. 25(d)")
    }

    func testDocketCitations() throws {
        // 001_doctor_cdcal_consumerinfo_order.txt
        let doc = parse("Ex Parte Application for a TRO (Dkt. 10).")
        let c = try XCTUnwrap(doc.citations.of(.record).first)
        XCTAssertEqual(doc.text(c), "Dkt. 10")
        let doc2 = parse("See Minutes (Dkt. 30).")
        XCTAssertEqual(doc2.citations.of(.record).map { doc2.text($0) }, ["Dkt. 30"])
    }

    func testACaseDocketNumberIsNoRecordCite() throws {
        // 013_fastcase_michctapp_griswold_v_lexington.txt: the case's own docket, in a heading
        let doc = parse("III. Gainors Meat Packing, Inc v. Home-Owners Ins Co., Docket No. 265278")
        XCTAssertTrue(doc.citations.of(.record).isEmpty)
        // 005_courtlistener_tn_wcab_diaz_opinion.txt and 004_courtlistener_ca2_order_acms.txt
        XCTAssertTrue(parse("Docket No. 2019-06-0263").citations.of(.record).isEmpty)
        XCTAssertTrue(parse("Docket No. 25-1686").citations.of(.record).isEmpty)
        // an entry of the docket, with its attachment, is one
        let entry = parse("See Declaration of Counsel (Docket No. 47-1) at 3.")
        XCTAssertEqual(entry.citations.of(.record).map { entry.text($0) }, ["Docket No. 47-1"])
    }

    func testDocketEntryLists() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt
        let doc = parse("motions to dismiss for lack of subject matter jurisdiction under Federal Rule of Civil Procedure 12(b)(1) (DE 53, 55, 58).")
        let records = doc.citations.of(.record)
        XCTAssertEqual(records.count, 1)
        XCTAssertEqual(records.first.map { doc.text($0) }, "DE 53, 55, 58")
        // 006_eyecite_ednc_hogarth_v_bell.txt: an attachment number
        let doc2 = parse("(See generally Decl. Freeman (DE 42-1)).")
        XCTAssertEqual(doc2.citations.of(.record).map { doc2.text($0) }, ["DE 42-1"])
    }

    func testSubsectionListsStayOneStatute() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt (two passages joined)
        let doc = Pincite.parse(bytes: Array("N.C. Gen. Stat. § 163-22(c), (d). See N.C. Gen. Stat. § 163-33(2), (3), (12).".utf8),
                                name: "test", bluebook: CheckOptions())
        let st = doc.citations.of(.statute)
        XCTAssertEqual(st.map { doc.text($0) }, ["N.C. Gen. Stat. § 163-22(c), (d)", "N.C. Gen. Stat. § 163-33(2), (3), (12)"])
        // subsections of one section take one "§" (R3.3(b) is about several sections)
        XCTAssertEqual(doc.citations.flatMap(\.checks).filter { $0.rule == "R3.3(b)" }.count, 0)
    }

    func testLocalCodeFollowedByAYearIsItsEdition() {
        // 017_courtlistener_moctapp_wester_v_dept_labor.txt: "All statutory references are to RSMo 2000"
        let doc = parse("All statutory references are to RSMo 2000, unless otherwise stated. See section 288.210 RSMo 2000.")
        XCTAssertEqual(doc.citations.of(.statute).map { doc.text($0) }, ["section 288.210 RSMo 2000"])
    }

    func testCaliforniaSubdivisions() throws {
        // 011_fastcase_calctapp_in_re_av.txt (three passages joined)
        let doc = parse("(§ 786, subd. (b).) Then (§ 786, subd. (c)(2), italics added.) And (Health & Saf. Code, §§ 11359, 11357, subd. (a).)")
        let st = doc.citations.of(.statute)
        // (the code name before its comma is part of the cite, as 011's gold has it)
        XCTAssertEqual(st.map { doc.text($0) }, ["§ 786, subd. (b)", "§ 786, subd. (c)(2)", "Health & Saf. Code, §§ 11359, 11357, subd. (a)"])
        XCTAssertEqual(st.map(\.section), ["786(b)", "786(c)(2)", "11359, 11357(a)"])
        XCTAssertEqual(st[0].authority, "§ 786")
    }

    func testNewYorkNamedLawsAndCPLR() {
        // 008_juriscraper_nyappdiv2_70_35_113th_st.txt ("Judiciary Law § 431"); the others are the
        // forms New York courts give their consolidated laws and the CPLR
        let doc = parse("See Judiciary Law § 431; General Obligations Law § 5-703; Vehicle and Traffic Law § 1192(3); CPLR 3212(b).")
        XCTAssertEqual(doc.citations.map { doc.text($0) }, ["Judiciary Law § 431", "General Obligations Law § 5-703",
                                                           "Vehicle and Traffic Law § 1192(3)", "CPLR 3212(b)"])
        XCTAssertEqual(doc.citations.map(\.reporter), ["Judiciary Law", "General Obligations Law", "Vehicle and Traffic Law", "CPLR"])
        // the CPLR is a statute (T1's "N.Y. C.P.L.R."), one authority however it is written
        XCTAssertEqual(doc.citations.last?.kind, .statute)
        // a rule's key is its number as T1 writes it, without "§" (Janfeshan p. 4; 013, line 113)
        let rules = parse("nonprivileged matter that is relevant to any party’s claim or defense.” Fed. R. Civ. P. 26(b)(1). Plaintiff filed another motion for summary disposition under MCR 2.116(C)(10), seeking the assessment of interest under MCL 500.2006.")
        XCTAssertEqual(rules.citations.map(\.authority), ["Fed. R. Civ. P. 26", "MCR 2.116", "Mich. Comp. Laws § 500.2006"])
        let cplr = parse("See CPLR 3212(b); N.Y. C.P.L.R. 3212(b) (McKinney 2020).")
        XCTAssertEqual(Set(cplr.citations.map(\.authority)), ["N.Y. C.P.L.R. § 3212"])
    }

    func testCaliforniaSessionLaws() throws {
        // 011_fastcase_calctapp_in_re_av.txt (two passages joined)
        let doc = parse("No. 1038. (Stats. 2014, ch. 249, § 2, p. 2506.) According to the statute. (Stats. 2016, ch. 86, § 312.)")
        let st = doc.citations.of(.statute)
        XCTAssertEqual(st.map { doc.text($0) }, ["Stats. 2014, ch. 249, § 2, p. 2506", "Stats. 2016, ch. 86, § 312"])
        XCTAssertEqual(st.map(\.year), [2014, 2016])
        XCTAssertEqual(st.map(\.pincite), ["§ 2, p. 2506", "§ 312"])
        // the chapter names the law: two session laws do not share the key of "§ 2"
        XCTAssertEqual(st.map(\.authority), ["Stats. 2014, ch. 249", "Stats. 2016, ch. 86"])
    }

    func testSectionAloneAsACitationSentence() throws {
        // 017_courtlistener_moctapp_wester_v_dept_labor.txt (two passages joined): Missouri writes
        // "Section 288.040." as a citation sentence of its own, RSMo understood; in prose the
        // section is only named
        let cs = cites("""
            An unemployed claimant is eligible for benefits if she is able to work and is “available” for work. Section 288.040. To be deemed available for work the claimant must have been “actively and earnestly” looking for work. Section 288.040. The

            Section 288.210; Dixon v. Div. of Employment Sec., 106 S.W.3d 536, 539 (Mo.App. W.D.2003). The factual findings of the
            """)
        XCTAssertEqual(cs.of(.statute).map(\.section), ["288.040", "288.040", "288.210"])
        XCTAssertEqual(cs.cite(volume: "106")?.caseName?.plaintiff, "Dixon")
        XCTAssertTrue(cites("Claimant was ineligible for work under Section 288.040 because her").of(.statute).isEmpty)
        XCTAssertTrue(cites("The factual findings are binding. Section 2.1 of the lease provides otherwise.").of(.statute).isEmpty)
    }

    func testMinutesBeforeADocketEntryIsTheDocument() throws {
        // 001_doctor_cdcal_consumerinfo_order.txt: "See Minutes (Dkt. 30)" is the document and its record cite
        let cs = cites("Preliminary Injunction set for August 4, 2016 at 10:00 AM. See Minutes (Dkt. 30).")
        XCTAssertEqual(cs.map(\.kind), [.internal, .record])
    }

    func testSectionSignForADollarInOldScans() throws {
        // 018_capstone_illappct_home_ins_v_kirk_1887.txt (three passages): the scan prints "$" as "§"
        let amounts = cites("""
            eing a judgment creditor of John Kirk, in the Circuit Court of Woodford County, in the sum of §1,055, after first having execution issued ag

            sdiction in case of garnish\u{AD}ment where the amount in the hands of the garnishee exceeds §200 or the limit of the Justice’s jurisdiction in o

            urt shall render a judgment in favor of the garnishceing creditor of John Kirk, a judg\u{AD}ment for §407.11, instead of §824.40 as entered in th
            """)
        XCTAssertTrue(amounts.isEmpty, "\(amounts.map(\.section))")
        // a section is still a section
        XCTAssertEqual(cites("Defendants rely on § 1983 and on §200.5 of the code.").of(.statute).count, 2)
    }

    /// A Restatement cited by section and page, as the Supreme Court does: its page and
    /// year are part of it, and "Id., at 207" cites that page.
    func testRestatementPageAndTheIdAfterIt() throws {
        // CourtListener joined_by_example.json (Permanent Mission of India v. City of New
        // York, 551 U.S. 193), one passage of its reading text
        let cs = cites("action to obtain possession of or establish a property interest in immovable property located in the territory of the state exercising jurisdiction.” Restatement (Second) of Foreign Relations Law of the United States § 68(b), p. 205 (1965). As stated above, because an action seeking the declaration of the validity of a tax lien on property is a suit to establish an interest in such property, such an action would be allowed under this rule.\n\nPetitioners respond to this conclusion by citing the second sentence of Comment d to §68, which states that the rule “does not preclude immunity with respect to a claim arising out of a foreign state’s ownership or possession of immovable property but not contesting such ownership or the right to possession.” Id., at 207. According to petitioners, t")
        let r = try XCTUnwrap(cs.first { $0.reporter?.hasPrefix("Restatement") == true })
        XCTAssertEqual(r.section, "68(b)")
        XCTAssertEqual(r.pincite, "205")
        XCTAssertEqual(r.year, 1965)
        XCTAssertEqual(cs.of(.id).last?.antecedent, r.id)
    }

    /// State codes in the forms their courts write: North Carolina's "G.S.", Colorado's
    /// "section …, C.R.S. 1973", Washington's "RAP", Pennsylvania's "Pa. Stat. and Cons. Stat.".
    func testStateCodeForms() throws {
        // eyecite tests/assets/statute_NC.txt; CourtListener cases/case_6.json (People v.
        // Naranjo, Colo. 1980); capstone WnApp_199 CASEMETS 0036 (In re Marriage of Lyle); juriscraper
        // bia_extract_from_text.txt — one passage of each, joined
        let cs = cites("orm for absentee ballots as required by G.S. 163-230.1 is valid only if it is on a f\n\n evidence was relevant to the crime charged under section 18-3-402(2), C.R.S. 1973 (1978 Repl. Vol. 8)\n\nis appeal to Ms. Lyle, provided she complies with RAP 18.1(d). ------------------\n\nrisonment not exceeding fifteen years.” 35 Pa. Stat. and Cons. Stat. § 780-113(f)(1) (West 2021) (footnote o")
        XCTAssertEqual(cs.map(\.reporter), ["G.S.", "C.R.S.", "RAP", "Pa. Stat. and Cons. Stat."])
        XCTAssertEqual(cs.map(\.section), ["163-230.1", "18-3-402(2)", "18.1(d)", "780-113(f)(1)"])
        XCTAssertEqual(cs[1].year, 1973)
        XCTAssertEqual(cs[2].kind, .rule)
        XCTAssertEqual(cs[3].volume, "35")
        XCTAssertEqual(cs[3].year, 2021)
        // (written for the test) two sections joined by "&" under one "§", and "Const." for
        // construction inside a name
        let more = cites("The provisions apply. Ala. Code § 8-1A-5(b) & 8-1A-6(1) (2002). See Loup-Miller Const. Co. v. City and County of Denver, 676 P.2d 1170 (Colo. 1984).")
        XCTAssertEqual(more.of(.statute).first?.section, "8-1A-5(b) & 8-1A-6(1)")
        XCTAssertEqual(more.of(.statute).first?.year, 2002)
        XCTAssertEqual(more.cite(volume: "676")?.caseName?.plaintiff, "Loup-Miller Const. Co.")
    }

    /// The Statutes at Large and the Federal Register are cited by volume and page: the
    /// number is the page (and stays the section the authority key uses).
    func testPageCitedCodesHaveAPage() throws {
        // juriscraper bva_subexample_1.txt; CourtListener joined_by_example.json (one passage each, joined)
        let cs = cites("al impairment.  Id.; see also 38 C.F.R. § 4.126, VAOPGCPREC 10-95, 60 Fed. Reg. 43186 (1995).\n\nt Financing, and Related Programs Appropriations Act, 2006, § 543(a), 119 Stat. 2214; Cons")
        let fr = try XCTUnwrap(cs.first { $0.reporter == "Fed. Reg." })
        XCTAssertEqual(fr.volume, "60")
        XCTAssertEqual(fr.page, "43186")
        XCTAssertEqual(fr.year, 1995)
        let stat = try XCTUnwrap(cs.first { $0.reporter == "Stat." })
        XCTAssertEqual(stat.page, "2214")
    }

    /// An OCR'd comma for the period of "Const." (CAP's Washington text): still a constitution,
    /// not a bare "§ 23".
    func testConstitutionWithAnOCRComma() throws {
        // capstone WnApp_199 CASEMETS 0036 (In re Marriage of Lyle)
        let cs = cites("ive their powers from our state’s constitution and statute. Wash. Const, art. IV, § 23; ch. 2.24 RCW. They")
        let c = try XCTUnwrap(cs.first)
        XCTAssertEqual(c.kind, .constitution)
        XCTAssertEqual(c.reporter, "Wash. Const.")
        XCTAssertFalse(cs.contains { $0.kind == .statute && $0.reporter == nil })
    }

    /// New York (and Connecticut, Massachusetts, North Carolina) set a section's subdivisions
    /// off by a space: they are part of the citation, and not of the authority key, which has
    /// no trailing space ("§ 17a-593 (c)" and "§ 17a-593(c)" are one authority).
    func testSubdivisionsSetOffByASpace() throws {
        // juriscraper ny_permanent_format.html (People v Seymore), the passage as its reader gives it
        let ny = parse("Defendant's challenges to certain conditions of probation under Penal Law §\u{2009}65.10 (1) survive his valid waiver of his right to appeal")
        let penal = try XCTUnwrap(ny.citations.first)
        XCTAssertEqual(ny.text(penal), "Penal Law §\u{2009}65.10 (1)")
        XCTAssertEqual(penal.authority, "Penal Law § 65.10")
        // New York's forms with several subdivisions; a year in parentheses is no subdivision
        let forms = parse("Dismissal was warranted under CPLR 3211 (a) (7). See Family Ct Act § 1012 (f) (i) (B); Domestic Relations Law § 240 (1) (a); Fla. Stat. § 775.082 (2020).")
        XCTAssertEqual(forms.citations.map { forms.text($0) },
                       ["CPLR 3211 (a) (7)", "Family Ct Act § 1012 (f) (i) (B)", "Domestic Relations Law § 240 (1) (a)", "Fla. Stat. § 775.082 (2020)"])
        XCTAssertEqual(forms.citations.last?.year, 2020)
        XCTAssertEqual(forms.citations.last?.section, "775.082")
        // New York's regulations by title: "22 NYCRR 202.8-b" (not a year: "NYCRR 2019")
        let rules = parse("The motion did not comply with 22 NYCRR 202.8-b. The NYCRR 2019 edition governs.")
        let nycrr = try XCTUnwrap(rules.citations.first)
        XCTAssertEqual(rules.text(nycrr), "22 NYCRR 202.8-b")
        XCTAssertEqual(nycrr.kind, .regulation)
        XCTAssertEqual(nycrr.authority, "22 NYCRR § 202.8-b")
        XCTAssertEqual(rules.citations.count, 1)
        // Fastcase's Connecticut text (State v. Dyous, 100 A.3d 1004): "General Statutes § 17a-593 (c)"
        let ct = parse("a petition for an order of continued commitment filed pursuant to General Statutes § 17a-593 (c). Later the court read General Statutes § 17a-593(c) again.")
        XCTAssertEqual(ct.citations.count, 2)
        XCTAssertEqual(Set(ct.citations.map(\.authority)), ["General Statutes § 17a-593"])
    }

    /// One statute is one authority however the opinion writes its code: spelled out, in
    /// small capitals, in the court's own local form, or as the annotated edition.
    func testCodeNamesFoldIntoOneAuthority() throws {
        // 002_doctor_ca5_st_pierre_v_standard_ins.txt, lines 186-188 and 282-283
        let texas = parse("""
            under Texas Insurance Code § 4001.003(1), making Dearborn liable for the
            City’s actions. … “Agent” excludes “an employer . . . to the extent . . . [it] is engaged in the administration or
            operation of an employee benefits program.” TEX. INS. CODE
            § 4001.003(1)(B). Because of this provision, St. Pierre’s first action against
            """)
        XCTAssertEqual(texas.citations.map(\.authority), ["Tex. Ins. Code Ann. § 4001.003", "Tex. Ins. Code Ann. § 4001.003"])
        XCTAssertEqual(texas.citations.map(\.reporter), ["Texas Insurance Code", "TEX. INS. CODE"], "the reporter stays as written")
        // Fastcase's Wisconsin text (Cook v. Public Storage, 761 N.W.2d 645): "Wis. STAT.", "WIS. STAT."
        // and, opening a paragraph, "WISCONSIN STAT."
        let wisconsin = parse("filed this action alleging violations of Wis. STAT. § 704.90 (2005-06), which governs … construction of WIS. STAT. § 704.90, construction of the rental agreement.\n\n¶ 20 WISCONSIN STAT. § 704.90 governs the lease of storage space.")
        XCTAssertEqual(Set(wisconsin.citations.map(\.authority)), ["Wis. Stat. § 704.90"])
        XCTAssertEqual(wisconsin.citations.count, 3)
        // North Carolina's own forms, the official and the annotated edition
        let forms = parse("See G.S. 136-18; N.C.G.S. § 136-18; N.C. Gen. Stat. § 136-18; N.C. Gen. Stat. Ann. § 136-18; Fla. Stat. Ann. § 1.01; Fla. Stat. § 1.01.")
        XCTAssertEqual(forms.citations.map(\.authority), Array(repeating: "N.C. Gen. Stat. § 136-18", count: 4) + ["Fla. Stat. § 1.01", "Fla. Stat. § 1.01"])
        // California's courts write the Style Manual's form, other courts T1's: one key
        let ca = parse("(Pen. Code, § 187, subd. (a); Welf. & Inst. Code, § 300.) See Cal. Penal Code § 187(a); Cal. Welf. & Inst. Code § 300.")
        XCTAssertEqual(ca.citations.map(\.authority), ["Cal. Penal Code § 187", "Cal. Welf. & Inst. Code § 300", "Cal. Penal Code § 187", "Cal. Welf. & Inst. Code § 300"])
    }

    /// A section cited without its code refers to the latest cite of that section with
    /// its code; another section stays bare (nothing says which code it is in).
    func testBareSectionCountsForTheCodeCitedBefore() throws {
        // the notes of Fastcase's State v. Vela, 777 N.W.2d 266
        let doc = parse("[^5] See Neb.Rev.Stat. § 29-2523 (Reissue 2008).\n[^6] See § 29-2523(1)(a).\n[^14] § 29-2523(1)(a), (b), (d), (e), and (f).\n[^15] See § 29-2027.")
        XCTAssertEqual(doc.citations.map(\.authority), ["Neb. Rev. Stat. § 29-2523", "Neb. Rev. Stat. § 29-2523", "Neb. Rev. Stat. § 29-2523", "§ 29-2027"])
        XCTAssertEqual(doc.citations.map(\.antecedent), [nil, 0, 0, nil])
        XCTAssertNil(doc.citations[1].reporter, "the cite itself names no code")
        // the Table of Authorities counts the bare cites for the statute
        let entry = try XCTUnwrap(doc.authorities().first { $0.key == "Neb. Rev. Stat. § 29-2523" })
        XCTAssertEqual(entry.citations, [0, 1, 2])
    }

    /// "All statutory references are to …": the bare sections of the opinion are in that
    /// code, spelled as the opinion abbreviates it where it cites it with a section.
    func testDeclaredCodeOfBareSections() throws {
        // 011_fastcase_calctapp_in_re_av.txt: footnote 1 and a bare cite; Business and
        // Professions Code as another California opinion declares and abbreviates it
        let ca = parse("Upon the court's order dismissing the petition, the ward's arrest \"shall be deemed not to have occurred.\" (§ 786, subd. (b).)\n\n[1] Unless otherwise indicated, all further statutory references are to the Welfare and Institutions Code.")
        XCTAssertEqual(ca.citations.first?.authority, "Cal. Welf. & Inst. Code § 786")
        let board = parse("The Board may discipline a licensee. (Bus. & Prof. Code, § 2227.) It did so under section 2229 … (§ 2229, subd. (a).)\n\n[5] All subsequent statutory references are to the Business and Professions Code unless otherwise indicated.")
        XCTAssertEqual(board.citations.map(\.authority).last, "Cal. Bus. & Prof. Code § 2229")
        // (and closed up, as 204 Cal.Rptr.3d 539 prints it, the same code)
        XCTAssertEqual(parse("(Bus. & Prof.Code, § 2229.)").citations.first?.authority, "Cal. Bus. & Prof. Code § 2229")
        // 017_courtlistener_moctapp_wester_v_dept_labor.txt: Missouri's edition year is no part of the code
        let mo = parse("An unemployed claimant is eligible for benefits if she is able to work and is “available” for work. Section 288.040. To be deemed available for work the claimant must have been looking for work. All statutory references are to RSMo 2000, unless otherwise specified.")
        XCTAssertEqual(mo.citations.first?.authority, "Mo. Rev. Stat. § 288.040")
        // without a declaration a bare section keeps a bare key
        XCTAssertEqual(parse("Under § 786, subd. (b), the court must dismiss.").citations.first?.authority, "§ 786")
        XCTAssertNil(DefaultCode.declared(in: Array("All references to the Wisconsin Statutes are to the 2005-06 version unless otherwise noted.".utf8)))
    }
    /// A section in square brackets inside a quotation is an editor's insertion, not a citation:
    /// "(“the clear mandate of [§ 18] is that the responsibility …”)" (corpus-dev/006), West's
    /// "under section two [§ 23-4-2], article four of this chapter" in a quoted statute (719 S.E.2d
    /// 830). A bracket that holds more than the section ("[see § 18]") is read as usual.
    func testBracketedSectionInAQuotationIsNoCitation() throws {
        let cs = cites("State v. Camacho, 329 N.C. 589, 593 (1991) (“the clear mandate of [§ 18] is that the responsibility and authority to prosecute all criminal actions . . . is vested solely in the several District Attorneys of the State”). Employers liable under section two [§ 23-4-2], article four of this chapter, pay. See N.C. Gen. Stat. § 7A-61.")
        XCTAssertFalse(cs.contains { $0.section == "18" || $0.section == "23-4-2" })
        XCTAssertTrue(cs.contains { $0.section == "7A-61" })
        XCTAssertTrue(cs.contains { $0.volume == "329" })
    }

    /// O'Leary v. Daniel J. Edelman, Inc. (N.D. Ill. 2026); Democracy N.C. v. N.C. State Bd. of
    /// Elections (M.D.N.C., Corpus/unseen/eyecite): the next cite of a string of the party's
    /// papers, after the semicolon, is a cite of its own.
    func testPapersCitedInAString() throws {
        let d = parse("Plaintiff submitted her resignation that morning. Compl. ¶ 3; Counter Compl. ¶ 26. Plaintiffs have amended their complaint several times during this litigation, (First Am. Compl. (Doc. 8); Second Am. Compl. (Doc. 30); Third Am. Compl. (Doc. 192)).")
        let papers = d.citations.filter { $0.kind == .internal }.map { d.collapsedText($0.span) }
        XCTAssertTrue(papers.contains("Counter Compl. ¶ 26"), "\(papers)")
        XCTAssertTrue(papers.contains("Second Am. Compl. (Doc. 30)"), "\(papers)")
        XCTAssertTrue(papers.contains("Third Am. Compl. (Doc. 192)"), "\(papers)")
    }

    /// O'Leary v. Daniel J. Edelman, Inc. (N.D. Ill. 2026) cites docket entries by their numbers
    /// in brackets; Forbes v. Macy's (D. Mass. 2026) writes "(dkt. no. 22)". Both are record
    /// cites, and an "id." after the bracketed entry is that entry's.
    func testDocketEntriesInBracketsAndLowerCase() throws {
        let d = parse("""
        The parties intended it only as a release from liability for past claims. See [16-1] at 2 \
        (explaining that the Agreement would waive O’Leary’s claims “arising up to the date of this \
        Agreement.”); id. at 3 (the Agreement “does not constitute an admission”). Shareholder agreed \
        to pay the costs. [16-1] ¶ 5. Plaintiffs allege that they applied for a job with the \
        defendant, Macy’s, Inc., (First Am. Class Action Compl. (“Am. Compl.”) ¶ 6 (dkt. no. 22)), \
        the application materials asked about prior convictions.
        """)
        let records = d.citations.filter { $0.kind == .record }
        XCTAssertEqual(records.map { d.collapsedText($0.span) }, ["[16-1] at 2", "[16-1] ¶ 5", "dkt. no. 22"])
        XCTAssertEqual(records.first?.pincite, "2")
        let id = try XCTUnwrap(d.citations.first { $0.kind == .id })
        XCTAssertEqual(id.antecedent, records.first?.id)
    }

    /// Stop Illinois Health Care Fraud v. Sayeed (N.D. Ill. 2026), Bryant v. City of Berkeley and
    /// Hendrix v. Garcia (N.D. Cal. 2026) write docket entries in lower case and the plural
    /// "Dkts."; a note's mark glued to the comma after the entry ("dkt. 113,1") is no entry.
    func testLowerCaseAndPluralDocketEntries() {
        let d = parse("""
        Defendants listed them as possible witnesses for an October 16, 2024 evidentiary hearing.         Id.; see dkt. 475. At least Ms. Theodoropoulos likely possessed substantive information relevant to         Plaintiffs’ claims.See dkt. 480 at 49–60, 71; dkt. 492-2. As the prevailing party, Defendants         timely filed a bill of costs, dkt. 113,1 to which Bryant timely objected. Dkt. 114. This         Court has ruled against him in this case.  See Dkts. 14, 16, 17.  There is nothing to suggest bias.
        """)
        let records = d.citations.filter { $0.kind == .record }
        XCTAssertEqual(records.map { d.collapsedText($0.span) },
                       ["dkt. 475", "dkt. 480 at 49–60, 71", "dkt. 492-2", "dkt. 113", "Dkt. 114", "Dkts. 14, 16, 17"])
        XCTAssertEqual(records[1].pincite, "49–60, 71")
        XCTAssertEqual(records[0].signal, "see")
    }

    /// Social Security and habeas orders cite the record and the docket with their pages:
    /// Robin J. v. Bisignano (N.D. Ill. 2026) "R. 17." after a sentence, Farmer v. Lumpkin
    /// (S.D. Tex. 2026) "(D.E. 33, p. 25)", American Oversight v. DOJ (D.D.C. 2026) "ECF No. 1
    /// (Compl.), ¶¶ 31–43". The pins are the entries' pins, and "Nos." is asked of entries only.
    func testRecordPagesAfterTheEntry() throws {
        let d = Pincite.parse(bytes: Array("""
        On February 4, 2022, Robin J. (“Plaintiff”) protectively filed an application for disability         and disability insurance benefits. R. 17. This application alleged a disability beginning on February         12, 2021. Id. Petitioner’s objections were due August 27, 2025. (D.E. 33, p. 25). The agency began         reviewing the Epstein files, which number in the millions. See ECF No. 1 (Compl.), ¶¶ 31–43.
        """.utf8), name: "records", bluebook: CheckOptions())
        let records = d.citations.filter { $0.kind == .record }
        XCTAssertEqual(records.map { d.collapsedText($0.span) }, ["R. 17", "D.E. 33, p. 25", "ECF No. 1 (Compl.), ¶¶ 31–43"])
        XCTAssertEqual(records.map(\.pincite), [nil, "25", "¶¶ 31–43"])
        XCTAssertEqual(d.citations.first { $0.kind == .id }?.antecedent, records[0].id)
        XCTAssertFalse(records[2].checks.contains { $0.rule == "T16" }, "one entry, its paragraphs a range")
    }

    /// Stop Illinois Health Care Fraud v. Sayeed (N.D. Ill. 2026) names papers in square
    /// brackets ("[hereinafter “Sanctions Order”]", "Dkt. 516 [hereinafter Def. Br.]") and cites
    /// them by their star pages with no "at" ("Sanctions Order *4–6", "Def. Br. *3").
    func testBracketedShortNamesCitedByStarPages() throws {
        let d = parse("""
        Stop Illinois Health Care Fraud, LLC v. Sayeed, No. 12-CV-09306, \
        2025 WL 3628621, at *1–2, *1 n.1 (N.D. Ill. Dec. 15, 2025) [hereinafter “Sanctions Order”]. \
        The next day, Defendants filed a slightly amended version of their brief. Dkt. 516 [hereinafter Def. Br.]. \
        Defendants listed Farooqi as a potential substantive witness. Def. Br. *3; dkt. 514-1 at *2. The Court \
        acknowledges this. See Sanctions Order *4–6. Indeed, it did.
        """)
        let order = try XCTUnwrap(d.citations.first { $0.kind == .fullCase })
        XCTAssertEqual(order.definedName, "Sanctions Order")
        let internals = d.citations.filter { $0.kind == .internal }
        XCTAssertEqual(internals.map { d.text($0) }, ["Def. Br. *3", "Sanctions Order *4–6"])
        XCTAssertEqual(internals.map(\.pincite), ["*3", "*4–6"])
    }

    /// Gerardi v. Murphy (D. Mass. 2026): after "Nos." the entries may be joined by "and" or a
    /// semicolon, and the pin after the last is the cite's.
    func testSeveralDocketEntriesJoinedByAndOrSemicolon() {
        let d = parse("""
        On August 14, 2021, the Saugus Police Department dispatched officers to the Gerardis’ home in response \
        to a report of a suicidal individual.  Docket Nos. 1 and 11 at ¶¶ 22, 38, 42.  Defendants moved to compel, \
        and Plaintiffs opposed.  Docket Nos. 22; 27.  Docket No. 5 is the answer.
        """)
        let records = d.citations.filter { $0.kind == .record }
        XCTAssertEqual(records.map { d.collapsedText($0.span) }, ["Docket Nos. 1 and 11 at ¶¶ 22, 38, 42", "Docket Nos. 22; 27", "Docket No. 5"])
        XCTAssertEqual(records.first?.pincite, "¶¶ 22, 38, 42")
    }

    /// Doe v. American University (D.D.C. 2026): a comma between the paper and its paragraphs,
    /// "Compl., ¶¶ 30–32, 42", is still the paper's pin.
    func testCommaBeforeAPapersParagraphs() throws {
        let d = parse("She alleges that the university mishandled her complaint. See Compl., ¶¶ 30–32, 42.")
        let compl = try XCTUnwrap(d.citations.first { $0.kind == .internal })
        XCTAssertEqual(d.collapsedText(compl.span), "Compl., ¶¶ 30–32, 42")
        XCTAssertEqual(compl.pincite, "¶¶ 30–32, 42")
        XCTAssertEqual(compl.signal, "See")
    }
}
