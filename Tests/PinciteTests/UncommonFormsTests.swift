import XCTest
@testable import Pincite

// Citation forms no corpus-dev opinion happens to contain, mostly the states' own, so the sentences
// here are made for the test in the forms the Bluebook (T1, R10.7) and the states'
// own citation rules give: court rules "<State> R. <rule set> <number>", the Texas
// court of appeals parenthetical with its district and petition history, and
// citation-less subsequent history ("trans. denied", "review denied"), the short
// form of a neutral cite, the blank parallel of a slip opinion ("___ F.4th ___"), and
// the local forms state courts use for their own codes ("R.C. 2305.10", "G. L. c. 231,
// § 60B", "§ 95.11(3), Fla. Stat. (2019)").

final class UncommonFormsTests: XCTestCase {
    func testStateRuleSetsAfterR() throws {
        let doc = parse("See Tex. R. App. P. 47.1; Ariz. R. Civ. P. 12; Fla. R. Civ. P. 1.140; Pa. R. Evid. 403; Mass. R. Civ. P. 12(b)(6).")
        let rules = doc.citations.of(.rule)
        XCTAssertEqual(rules.map(\.reporter), ["Tex. R. App. P.", "Ariz. R. Civ. P.", "Fla. R. Civ. P.", "Pa. R. Evid.", "Mass. R. Civ. P."])
        XCTAssertEqual(rules.map(\.section), ["47.1", "12", "1.140", "403", "12(b)(6)"])
    }

    func testRecordDocumentIsNotARuleSet() {
        // "R. Doc." is a record cite of the Eastern District of Louisiana, not a rule set
        XCTAssertFalse(cites("(citing Compl. R. Doc. 1).").contains { $0.kind == .rule })
    }

    func testTexasCourtOfAppealsWithDistrictAndPetitionHistory() throws {
        // Tex. R. App. P. / Texas Rules of Form: "(Tex. App.—Houston [14th Dist.] 2003, pet. denied)"
        let doc = parse("See Smith v. Jones, 123 S.W.3d 456, 460 (Tex. App.—Houston [14th Dist.] 2003, pet. denied); Doe v. Roe, 5 S.W.3d 1 (Tex. App.—Dallas 1999, no pet.).")
        let c = try XCTUnwrap(doc.citations.cite(volume: "123"))
        XCTAssertEqual(c.court, "Tex. App.—Houston [14th Dist.]")
        XCTAssertEqual(c.year, 2003)
        XCTAssertEqual(c.pincite, "460")
        XCTAssertEqual(c.history.map(\.phrase), ["pet. denied"])
        XCTAssertEqual(c.parentheticals, [])
        XCTAssertEqual(doc.text(c), "Smith v. Jones, 123 S.W.3d 456, 460 (Tex. App.—Houston [14th Dist.] 2003, pet. denied)")
        let d = try XCTUnwrap(doc.citations.cite(volume: "5"))
        XCTAssertEqual(d.court, "Tex. App.—Dallas")
        XCTAssertEqual(d.history.map(\.phrase), ["no pet."])
    }

    func testHistoryWithoutACitation() throws {
        // Indiana "trans. denied", California/Washington/Minnesota "review denied" (R10.7: the
        // phrase alone when the later decision is unreported); the sentence's period stays out
        let doc = parse("Smith v. Jones, 123 N.E.3d 456 (Ind. Ct. App. 2019), trans. denied. Roe v. Doe, 1 N.W.2d 1 (Minn. App. 2000), review denied (Minn. Mar. 1, 2000).")
        let ind = try XCTUnwrap(doc.citations.cite(volume: "123"))
        XCTAssertEqual(ind.history.map(\.phrase), ["trans. denied"])
        XCTAssertEqual(doc.text(ind), "Smith v. Jones, 123 N.E.3d 456 (Ind. Ct. App. 2019), trans. denied")
        XCTAssertEqual(doc.citations.cite(volume: "1")?.history.map(\.phrase), ["review denied"])
    }

    func testShortFormOfANeutralCiteNamesOneParty() throws {
        // Ohio's rule: the short form repeats the neutral cite with one party and "at ¶"
        let doc = parse("See State v. Jones, 2017-Ohio-5699, ¶ 4. Later, Jones, 2017-Ohio-5699, at ¶ 6. Id. at ¶ 7.")
        let cs = doc.citations
        XCTAssertEqual(cs.map(\.kind), [.fullCase, .shortCase, .id])
        XCTAssertEqual(cs[1].antecedent, cs[0].id)
        XCTAssertEqual(cs[1].pincite, "¶ 6")
        XCTAssertEqual(cs[2].authority, cs[0].authority)
    }

    func testBlankParallelOfASlipOpinionKeepsTheName() throws {
        // R10.3.1: an unreported parallel is left blank, "___ F.4th ___"; the name and docket
        // before it still belong to the database cite
        let c = try XCTUnwrap(cites("Smith v. Jones, ___ F.4th ___, No. 20-1234, 2021 WL 1234567, at *2 (2d Cir. 2021).").first)
        XCTAssertEqual(c.caseName?.plaintiff, "Smith")
        XCTAssertEqual(c.caseName?.defendant, "Jones")
        XCTAssertEqual(c.docket, "No. 20-1234")
        XCTAssertEqual(c.reporter, "WL")
        XCTAssertEqual(c.court, "2d Cir.")
    }

    func testLocalFormsOfStateCodes() throws {
        let doc = parse("""
            See R.C. 2305.10; N.J.S.A. 2A:14-1; G. L. c. 231, § 60B; K.S.A. 60-513; RSA 508:4; NRS 11.190; \
            SDCL 15-2-14; La. R.S. 9:5605; NMSA 1978, § 37-1-8; 14 M.R.S. § 752.
            """)
        let s = doc.citations.of(.statute)
        XCTAssertEqual(s.map(\.reporter), ["R.C.", "N.J.S.A.", "G. L.", "K.S.A.", "RSA", "NRS", "SDCL", "La. R.S.", "NMSA 1978", "M.R.S."])
        XCTAssertEqual(s.map(\.section), ["2305.10", "2A:14-1", "60B", "60-513", "508:4", "11.190", "15-2-14", "9:5605", "37-1-8", "752"])
        XCTAssertEqual(s[2].volume, "231", "the chapter of the General Laws")
        XCTAssertEqual(s[9].volume, "14", "the title of the Maine Revised Statutes")
        XCTAssertEqual(s.flatMap(\.checks).filter { $0.severity == "deviation" }.map(\.rule), [], "local forms are not Bluebook deviations")
    }

    func testCodeNamedAfterTheSection() throws {
        // Florida ("§ 95.11(3), Fla. Stat. (2019)", "section 95.11, Florida Statutes") and Montana ("§ 27-2-204, MCA")
        let doc = parse("See § 95.11(3), Fla. Stat. (2019). Under section 95.11, Florida Statutes (2019), it is barred. See § 27-2-204, MCA. See 42 U.S.C. § 1983, Congress said.")
        let s = doc.citations.of(.statute)
        XCTAssertEqual(s.map(\.reporter), ["Fla. Stat.", "Florida Statutes", "MCA", "U.S.C."])
        XCTAssertEqual(s.map(\.year), [2019, 2019, nil, nil])
        XCTAssertEqual(doc.text(s[0]), "§ 95.11(3), Fla. Stat. (2019)")
        XCTAssertEqual(doc.text(s[3]), "42 U.S.C. § 1983")
    }

    func testWisconsinActs() throws {
        // Wisconsin's own form for its session laws (the Bluebook's is "2011 Wis. Sess. Laws 10")
        let c = try XCTUnwrap(cites("See 2011 Wis. Act 10, § 214.").first)
        XCTAssertEqual(c.kind, .statute)
        XCTAssertEqual(c.volume, "2011")
        XCTAssertEqual(c.reporter, "Wis. Act")
        XCTAssertEqual(c.section, "10")
    }

    func testRestatementWithItsPublisherAndYear() throws {
        // R12.9.5: "Restatement (Second) of Torts § 402A (Am. L. Inst. 1965)"
        let doc = parse("See Restatement (Second) of Torts § 402A (Am. L. Inst. 1965); see also § 1983.")
        let r = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(r.reporter, "Restatement (Second) of Torts")
        XCTAssertEqual(r.section, "402A")
        XCTAssertEqual(r.year, 1965)
        XCTAssertEqual(doc.text(r), "Restatement (Second) of Torts § 402A (Am. L. Inst. 1965)")
        XCTAssertEqual(doc.citations.last?.authority, "§ 1983", "no code, no leading space")
    }

    func testLocalFormsThatAreAlsoAcronymsNeedTheirSectionShape() {
        // "RSA 2048" is a key length, "NRS 12" and "R.C. 12" are not sections of those codes
        let doc = parse("The RSA 2048 key. See RSA 508:4. NRS 12 units. R.C. 12 said.")
        XCTAssertEqual(doc.citations.map(\.section), ["508:4"])
    }

    /// Forms from briefs and older or hurried opinions (eyecite's test strings list them):
    /// a spaced em dash for an unknown page, a blank parallel among the parallels, a Westlaw
    /// pin written "at p. *4", a biennial code edition, "In Re", and a supra without comma.
    func testDashBlanksStarPinsYearRangesAndCapitalRe() throws {
        let doc = parse("""
        See Bean v. State, — Nev. —, 398 P. 2d 251 (1965). Houston Cmty. Coll. Sys. v. Wilson, ---- U.S. ----, 142 S. Ct. 1253, 1259, ---- L. Ed. 2d ---- (2022) (emphasis added).

        Doe v. Roe, No. 14-cv-1, 2015 WL 2375225, at p. *4 (N.D. Ill. May 20, 2015). See Wis. Stat. § 655.002(2)(c) (2005-06); 77 Marq. L. Rev. 475 (1993-94).

        See In Re Carroll’s Estate (1921), 59 Mont. 403, 413. This case is similar to Bean supra, as well.
        """)
        let cs = doc.citations
        XCTAssertEqual(cs.cite(volume: "398")?.caseName?.defendant, "State")
        let wilson = try XCTUnwrap(cs.cite(volume: "142"))
        XCTAssertEqual(wilson.year, 2022, "the blank L. Ed. 2d parallel does not end the cite")
        XCTAssertEqual(wilson.parentheticals.map(\.text), ["emphasis added"])
        let doe = try XCTUnwrap(cs.cite(volume: "2015"))
        XCTAssertEqual(doe.pincite, "*4")
        XCTAssertEqual(doe.court, "N.D. Ill.")
        XCTAssertTrue(doc.layout.starPages.isEmpty, "a Westlaw pin is no star page")
        XCTAssertEqual(cs.of(.statute).first?.year, 2005)
        XCTAssertEqual(cs.of(.journal).first?.year, 1993)
        let carroll = try XCTUnwrap(cs.cite(volume: "59"))
        XCTAssertEqual(carroll.caseName?.procedural, "In Re")
        XCTAssertEqual(carroll.caseName?.plaintiff, "Carroll’s Estate")
        let supra = try XCTUnwrap(cs.of(.supra).first)
        XCTAssertEqual(supra.antecedent, cs.cite(volume: "398")?.id)
    }

    /// California's official style (California Style Manual § 1:1): parallels in brackets,
    /// a blank official cite of a recent Supreme Court case with its parallel in brackets,
    /// and a federal court and year before the cite.
    func testCaliforniaBracketedParallelsAndCourtBeforeTheCite() throws {
        let cs = cites("""
        (See In re K.F. (2009) 173 Cal.App.4th 655, 660 [92 Cal.Rptr.3d 784]; Yield Dynamics, Inc. v. TEA Systems Corp. (2007) 154 Cal.App.4th 547, 558 [66 Cal.Rptr.3d 1].) In Viking River Cruises v. Moriana (2022) ___ U.S. ___ [213 L.Ed.2d 179, 200-201] (Viking River), the court agreed. (Jones v. Smith (9th Cir. 2001) 250 F.3d 1, 5.)
        """)
        let kf = try XCTUnwrap(cs.cite(volume: "173"))
        let rptr = try XCTUnwrap(cs.cite(volume: "92"))
        XCTAssertEqual(kf.parallel, [rptr.id])
        XCTAssertEqual(rptr.caseName?.plaintiff, "K.F.")
        XCTAssertEqual(rptr.year, 2009)
        let viking = try XCTUnwrap(cs.cite(volume: "213"))
        XCTAssertEqual(viking.caseName?.plaintiff, "Viking River Cruises")
        XCTAssertEqual(viking.caseName?.defendant, "Moriana")
        XCTAssertEqual(viking.year, 2022)
        XCTAssertEqual(viking.pincite, "200-201")
        let jones = try XCTUnwrap(cs.cite(volume: "250"))
        XCTAssertEqual(jones.caseName?.plaintiff, "Jones")
        XCTAssertEqual(jones.court, "9th Cir.")
        XCTAssertEqual(jones.year, 2001)
    }
}
