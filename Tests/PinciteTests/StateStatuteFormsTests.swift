import XCTest
@testable import Pincite

// Session 22: statute forms of state opinions no gold covers (State v. Volle, Kan. 2025;
// United States v. Crumble, 8th Cir. 2018, citing Minnesota's code). The passages are the
// opinions' words.

final class StateStatuteFormsTests: XCTestCase {
    /// Kansas cites its statutes with the supplement's year before the section: "K.S.A. 2024
    /// Supp. 60-2103(h)". The year is the cite's; the section and its key are as without it.
    func testKansasSupplementYear() throws {
        let d = parse("""
        K.S.A. 2024 Supp. 60-2103(h) provides that the brief must state the issues. Compare K.S.A. 2006 \
        Supp. 21-4219(b), with K.S.A. 2020 Supp. 21-6308(a)(1)(B).
        """)
        let statutes = d.citations.of(.statute)
        XCTAssertEqual(statutes.map(\.section), ["60-2103(h)", "21-4219(b)", "21-6308(a)(1)(B)"])
        XCTAssertEqual(statutes.map(\.year), [2024, 2006, 2020])
        XCTAssertEqual(statutes.map(\.signal), [nil, "Compare", "with"])
        XCTAssertEqual(statutes.first?.authority, "Kan. Stat. Ann. § 60-2103")
    }

    /// Minnesota's subdivisions follow the section after a comma, "subd." or "subdiv.": they are
    /// the pin, so two subdivisions of one section stay apart, and a year after them is kept.
    func testMinnesotaSubdivision() throws {
        let d = parse("""
        Minn. Stat. § 609.582, subdiv. 3. In determining whether the offense is a crime of violence, we look \
        to Minn. Stat. § 609.582, subd. 2(a) (2016).
        """)
        let statutes = d.citations.of(.statute)
        XCTAssertEqual(statutes.map(\.section), ["609.582", "609.582"])
        XCTAssertEqual(statutes.map(\.pincite), ["subdiv. 3", "subd. 2(a)"])
        XCTAssertEqual(statutes.map(\.year), [nil, 2016])
        XCTAssertEqual(Set(statutes.map(\.authority)), ["Minn. Stat. § 609.582"])
    }

    /// Florida's rule set renamed in 2021, with its "&" (Fla. 2026, CourtListener cluster
    /// 10839758), and N.D. Ill.'s local rule in its own short form (cluster 10839629).
    func testRuleSetWithAnAmpersandAndALocalRuleShortForm() {
        let d = parse("See also Fla. R. Gen. Prac. & Jud. Admin. 2.140(b).  The movant must comply with LR 56.1(e)(3).  The LR was amended.")
        XCTAssertEqual(d.citations.map { d.text($0) }, ["Fla. R. Gen. Prac. & Jud. Admin. 2.140(b)", "LR 56.1(e)(3)"])
        XCTAssertEqual(d.citations.map(\.reporter), ["Fla. R. Gen. Prac. & Jud. Admin.", "LR"])
    }
}

// Pennsylvania's record: the notes of testimony and the parties' briefs (Commonwealth v.
// Herlth, 2026 PA Super 114).
final class PennsylvaniaRecordTests: XCTestCase {
    /// "N.T., 3/16/23, at 4": the notes of testimony of a day are a record cite, and the Ids
    /// after it cite them (they had cited the statute before, or nothing).
    func testNotesOfTestimony() throws {
        let d = parse("""
        The Commonwealth charged him with PWID under 35 P.S. § 780-113(a)(30). Trooper Adams had known \
        Appellant for six years. N.T., 3/16/23, at 4. On August 5, he saw the car. Id. at 5. See N.T. \
        Suppression, 3/16/23, at 26-27; R.R. at 45a.
        """)
        let records = d.citations.of(.record)
        XCTAssertEqual(records.map(\.pincite), ["4", "26-27", "45a"])
        let id = try XCTUnwrap(d.citations.first { $0.kind == .id })
        XCTAssertEqual(id.antecedent.map { d.citations[$0].kind }, .record)
    }

    /// Commonwealth v. Serge (Pa. 2006) writes the day without commas and the page after "p.":
    /// "N.T. 7/30/01 at 25-27, 36", "N.T. 2/7/02 p. 135-37", "N.T. 2/6/02, p. 198-98" (each had
    /// been cut to "N.T. 7" / "N.T. 2", date and page lost).
    func testNotesOfTestimonyWithoutCommas() throws {
        let d = parse("""
        Dr. Ross testified that the CGA was consistent with his findings. N.T. 7/30/01 at 25-27, 36, \
        54-55. Trooper Beach explained the measurements. N.T. 2/7/02 p. 135-37. Id. at 140-43. The \
        creator agreed. N.T. 2/6/02, p. 198-98.
        """)
        let records = d.citations.of(.record)
        XCTAssertEqual(records.map { d.collapsedText($0.span) }, ["N.T. 7/30/01 at 25-27, 36, 54-55", "N.T. 2/7/02 p. 135-37", "N.T. 2/6/02, p. 198-98"])
        XCTAssertEqual(records.map(\.pincite), ["25-27, 36, 54-55", "135-37", "198-98"])
        let id = try XCTUnwrap(d.citations.first { $0.kind == .id })
        XCTAssertEqual(id.antecedent, records[1].id)
    }

    /// Serge's written-out history: "affirmed," and Pennsylvania's "allowance of appeal granted,"
    /// make the later decision history (it had been a nameless case of its own).
    func testWrittenOutHistoryPhrases() throws {
        let d = parse("""
        United States ex rel Dessus v. Pennsylvania, 316 F.Supp. 411 (E.D.Pa.1970), affirmed, 452 F.2d \
        557 (3rd Cir.1971), cert. denied, 409 U.S. 853, 93 S.Ct. 184, 34 L.Ed.2d 96 (1972). Harsh v. \
        Petroll, 840 A.2d 404, 423-24 (Pa.Cmwlth.2003), allowance of appeal granted, 580 Pa. 546, 862 \
        A.2d 581 (2004) (granting allowance of appeal on other grounds). The Superior Court affirmed, \
        and the court reversed, as it should.
        """)
        let dessus = try XCTUnwrap(d.citations.cite(volume: "316", page: "411"))
        XCTAssertEqual(dessus.history.map(\.phrase), ["affirmed"])
        XCTAssertEqual(dessus.history.first?.citation.map { d.citations[$0].volume }, "452")
        let harsh = try XCTUnwrap(d.citations.cite(volume: "840", page: "404"))
        XCTAssertEqual(harsh.history.map(\.phrase), ["allowance of appeal granted"])
        XCTAssertEqual(harsh.history.first?.citation.map { d.citations[$0].volume }, "580")
        // the later decisions are history, not cases of their own
        XCTAssertEqual(d.citations.filter { $0.historyOf == nil && $0.kind == .fullCase }.map(\.volume), ["316", "840"])
    }

    /// The whole opinion (Corpus/unseen/courtlistener): its notes are double-spaced PDF text with
    /// a blank line after the first line ("2 The trial court … shoebox⏎⏎belonged to Appellant. …",
    /// "9 … in Commonwealth v. Shannon,⏎⏎467 A.2d 850 …"). Nine of the ten are found whole (each
    /// had been cut after its first line, three lost); note 7 begins under the end of note 6
    /// continued from the page before, which is left. The N.T. cites and the section broken
    /// across the page are read.
    func testHerlthWhole() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/pa_super_commonwealth_v_herlth.txt")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent)
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1", "2", "3", "4", "5", "6", "8", "9", "10"])
        let shannon = try XCTUnwrap(d.citations.cite(volume: "467", page: "850"))
        XCTAssertEqual(shannon.location.footnote, "9")
        XCTAssertEqual(shannon.caseName?.defendant, "Shannon")
        XCTAssertEqual(d.citations.of(.record).filter { $0.pincite == "26-27" }.first?.location.footnote, "2")
        XCTAssertEqual(d.citations.of(.statute).first?.section, "780-113(a)(30)")
    }

    /// "Commonwealth’s Brief at 8, making its contents …": a party's brief by its possessive is a
    /// cite wherever it stands when a page follows, and the Id. after it cites the brief (it had
    /// cited Florida v. Jardines, the case before).
    func testPartysBriefByItsPossessive() throws {
        let d = parse("""
        See Florida v. Jardines, 569 U.S. 1, 6 (2013). The Commonwealth argues that the shoebox was a \
        “closed container,” Commonwealth’s Brief at 8, making its contents private. Id. at 12, 16.
        """)
        let brief = try XCTUnwrap(d.citations.firstIndex { $0.kind == .internal })
        XCTAssertEqual(d.citations[brief].pincite, "8")
        XCTAssertEqual(d.citations.first { $0.kind == .id }?.antecedent, brief)
        // a possessive with no page is prose
        XCTAssertTrue(cites("The Commonwealth’s Brief argues otherwise.").isEmpty)
    }
}

// Louisiana's and Texas's own forms (the probes of the session-22 review of State v. Demesme
// and State v. Weaver; the Louisiana cites are in that state's uniform public-domain form).
final class LouisianaAndTexasFormsTests: XCTestCase {
    /// The codes as those courts write them, keyed by their Bluebook T1 titles.
    func testCodeForms() {
        let d = parse("""
        La. C.Cr.P. art. 701; La. Code Crim. P. art. 703(D); La. C.E. art. 404(B); La. C.C. art. 2315; \
        Tex. Code Crim. Proc. art. 38.23(a); see PIK Crim. 4th 52.140.
        """)
        XCTAssertEqual(d.citations.map(\.authority), [
            "La. Code Crim. Proc. Ann. art. 701", "La. Code Crim. Proc. Ann. art. 703", "La. Code Evid. Ann. art. 404",
            "La. Civ. Code Ann. art. 2315", "Tex. Code Crim. Proc. Ann. art. 38.23", "PIK Crim. 4th 52.140",
        ])
        XCTAssertEqual(d.citations.last?.kind, .rule)
    }

    /// "writ denied, 2011-1234 (La. 1/1/12), 80 So.3d 1": the writ history names its decision
    /// by docket and court before the reporter, as the case itself does; "07-0123, p. 4 (La.
    /// 6/2/08)" pins the slip opinion's page after the docket.
    func testLouisianaDocketFirstCites() throws {
        let d = parse("""
        See State v. Smith, 2010-1234 (La. App. 4 Cir. 5/5/11), 65 So.3d 123, 125, writ denied, 2011-1234 \
        (La. 1/1/12), 80 So.3d 1. Also State v. Jones, 07-0123, p. 4 (La. 6/2/08), 983 So.2d 1, 4.
        """)
        let smith = try XCTUnwrap(d.citations.cite(volume: "65"))
        XCTAssertEqual(smith.history.map(\.phrase), ["writ denied"])
        let writ = try XCTUnwrap(smith.history.first?.citation)
        XCTAssertEqual(d.citations[writ].volume, "80")
        XCTAssertEqual(d.citations[writ].court, "La.")
        XCTAssertEqual(d.citations[writ].docket, "2011-1234")
        XCTAssertEqual(d.citations[writ].year, 2012)
        let jones = try XCTUnwrap(d.citations.cite(volume: "983"))
        XCTAssertEqual(jones.caseName?.defendant, "Jones")
        XCTAssertEqual(jones.court, "La.")
        XCTAssertEqual(jones.docket, "07-0123")
        XCTAssertEqual(jones.pincite, "4")
    }
}

// Ohio's forms (State v. Andrews, 2016-Ohio-8517, 11th Dist.).
final class OhioFormsTests: XCTestCase {
    /// "R.C. 2929.11 and 2929.12": two sections of the code, each its own authority (the second
    /// had been lost). A list with "§§" stays one citation.
    func testTwoSectionsOfTheRevisedCode() {
        let d = parse("The court considered the factors set forth in R.C. 2929.11 and 2929.12 before sentencing.")
        XCTAssertEqual(d.citations.map(\.authority), ["Ohio Rev. Code Ann. § 2929.11", "Ohio Rev. Code Ann. § 2929.12"])
        XCTAssertEqual(cites("See 18 U.S.C. §§ 924(c) and 1951(a).").count, 1)
    }

    /// "State v. Robinson, 1st Dist. Hamilton No. C-140043, 2015-Ohio-773, ¶38": the district
    /// and county stand between the name and the docket; the name is kept (it had been lost).
    /// "146 Ohio St.3d 516, 2016-Ohio-1002, ¶23": the public-domain cite is a parallel, not a
    /// pin "2016", and the paragraph is its pin.
    func testOhioAppellateAndPublicDomainCites() throws {
        let d = parse("""
        See State v. Robinson, 1st Dist. Hamilton No. C-140043, 2015-Ohio-773, ¶38. State v. Marcum, 146 Ohio \
        St.3d 516, 2016-Ohio-1002, ¶23.
        """)
        let robinson = try XCTUnwrap(d.citations.first { $0.page == "773" })
        XCTAssertEqual(robinson.caseName?.defendant, "Robinson")
        XCTAssertEqual(robinson.docket, "1st Dist. Hamilton No. C-140043")
        XCTAssertEqual(robinson.pincite, "¶38")
        let marcum = try XCTUnwrap(d.citations.cite(volume: "146"))
        XCTAssertNil(marcum.pincite)
        XCTAssertEqual(marcum.year, 2016)
        let neutral = try XCTUnwrap(marcum.parallel.first)
        XCTAssertEqual(d.citations[neutral].page, "1002")
        XCTAssertEqual(d.citations[neutral].pincite, "¶23")
    }

    /// Johnson v. Amazon.com Services (Ill. 2026): Illinois's own form of its Administrative Code,
    /// dated by "(eff. …)" or "(adopted …)"; an Id. after it is the regulation's. Doe v. American
    /// University (D.D.C. 2026): the District of Columbia's local rules, "LCvR 40.7(f)".
    func testIllinoisAdministrativeCodeAndDistrictOfColumbiaLocalRules() throws {
        let d = parse("""
        IDOL promulgated section 210.110 of the Illinois Administrative Code, which defines several terms \
        for the purposes of implementation of the Wage Law. See 56 Ill. Adm. Code
               210.110 (eff. Nov. 15, 1996). Compensable time is paid time. Id. While section 210.120 of \
        IDOL’s regulations (56 Ill. Adm. Code 210.120 (adopted May 2, 1995)) speaks to travel, it is silent. \
        The case was randomly reassigned. See LCvR 40.7(f).
        """)
        let regs = d.citations.filter { $0.kind == .regulation }
        XCTAssertEqual(regs.map(\.authority), ["56 Ill. Admin. Code § 210.110", "56 Ill. Admin. Code § 210.120"])
        XCTAssertEqual(regs.map(\.year), [1996, 1995])
        let id = try XCTUnwrap(d.citations.first { $0.kind == .id })
        XCTAssertEqual(id.antecedent, regs.first?.id)
        let rule = try XCTUnwrap(d.citations.first { $0.kind == .rule })
        XCTAssertEqual(d.text(rule), "LCvR 40.7(f)")
    }
}
