import XCTest
@testable import Pincite

// Bare case-name references, cross-references, subsequent-history decisions as
// citations of their own, unknown citation-shaped text, and the MCL local code
// form. Snippets verbatim from /work/shared/corpus-dev (file named at each test).

final class ReferenceAndHistoryTests: XCTestCase {
    func testBareCaseNameReferenceAfterFullCite() throws {
        // 014_fastcase_wis_madison_teachers_v_scott.txt (two passages joined by "\n\n")
        let doc = parse("Burson v. Freeman, 504 U.S. 191, 206, 112 S.Ct. 1846, 119 L.Ed.2d 5 (1992).\n\n*466 In Burson, the Supreme Court upheld a restricted zone around polling places to preserve the right to cast a ballot free from *449 the taint of intimidation or fraud.")
        let full = try XCTUnwrap(doc.citations.cite(volume: "504", page: "191"))
        let refs = doc.citations.of(.reference)
        XCTAssertEqual(refs.count, 1)
        XCTAssertEqual(doc.text(refs[0]), "Burson")
        XCTAssertEqual(refs[0].antecedent, full.id)
        XCTAssertEqual(refs[0].authority, full.authority)
    }

    func testFullNameInProseIsNotAReference() throws {
        // janfeshan.txt style: the full "A v. B" in running text is a textual mention
        let doc = parse("See Wagafe v. Trump, No. 17-CV-0094-RAJ, 2017 WL 2671254, at *1 (W.D. Wash. June 21, 2017). For example, plaintiff cites Wagafe v. Trump, an opinion from the Western District of Washington.")
        XCTAssertEqual(doc.citations.count, 1)
    }

    func testSupraCrossReference() throws {
        // 014_fastcase_wis_madison_teachers_v_scott.txt
        let doc = parse("[9] The Racine Unified School District had filed a complaint of which Scott was aware. See supra, ¶ 7.")
        let refs = doc.citations.of(.reference)
        XCTAssertEqual(refs.count, 1)
        XCTAssertEqual(refs[0].pincite, "¶ 7")
        XCTAssertEqual(refs[0].signal, "See")
        XCTAssertNil(refs[0].antecedent)
    }

    /// District courts cite a magistrate judge's report with the order on it, and an opinion with
    /// the denial of reconsideration (Smith v. Wanabana, N.D. Ill. 2026; Hendrix v. Garcia, N.D.
    /// Cal. 2026; Progin, D. Mass. 2026).
    func testRecommendationAndReconsiderationHistory() throws {
        let d = parse("""
        See Bay Valley Foods, LLC v. FFI Grp., LLC, No. 23-cv-14524, 2025 WL 2257356, at *12 (N.D. Ill. Aug. 7,         2025), reconsideration denied, No. 23-cv-14524, 2025 WL 3089109 (N.D. Ill. Nov. 5, 2025). See also Hendrix         v. Garcia, 2022 WL 1541750 (D. Kan. Feb. 2, 2022), recommendation adopted, No. 22-4006-DDC-ADM, 2022 WL         1261302 (D. Kan. Apr. 28, 2022). Doe v. Lawrence Gen. Hosp., No. 25-cv-10081, 2025 WL 2808055, at *20         (D. Mass. Aug. 29, 2025), report and recommendation accepted in relevant part, No. 25-cv-10081, 2025 WL         2807673 (D. Mass. Sept. 30, 2025).
        """)
        let phrases = d.citations.filter { !$0.history.isEmpty }.map { $0.history.first?.phrase }
        XCTAssertEqual(phrases, ["reconsideration denied", "recommendation adopted", "report and recommendation accepted in relevant part"])
        let bay = try XCTUnwrap(d.citations.first { $0.caseName?.plaintiff == "Bay Valley Foods, LLC" })
        let later = try XCTUnwrap(d.citations.first { $0.id == bay.history.first?.citation })
        XCTAssertEqual(later.historyOf, bay.id)
    }

    func testHistoryDecisionIsItsOwnCitation() throws {
        // 013_fastcase_michctapp_griswold_v_lexington.txt
        let doc = parse("Arco Industries Corp. v. American Motorists Ins. Co., 233 Mich.App. 143, 594 N.W.2d 74 (1998), aff'd 462 Mich. 896, 617 N.W.2d 330 (2000).")
        let arco = try XCTUnwrap(doc.citations.cite(volume: "233", page: "143"))
        XCTAssertEqual(arco.history.count, 1)
        XCTAssertEqual(arco.history.first?.phrase, "aff'd")
        let later = try XCTUnwrap(doc.citations.cite(volume: "462", page: "896"))
        XCTAssertEqual(arco.history.first?.citation, later.id)
        XCTAssertEqual(later.historyOf, arco.id)
        XCTAssertEqual(later.year, 2000)
        XCTAssertEqual(later.kind, .fullCase)
        let parallel = try XCTUnwrap(doc.citations.cite(volume: "617", page: "330"))
        XCTAssertTrue(later.parallel.contains(parallel.id))
        XCTAssertTrue(doc.text(arco).hasSuffix("617 N.W.2d 330 (2000)"), "the history is part of the cite's text")
        // an Id. after the cite refers to the case cited, not to its history
        let withId = parse("Arco Industries Corp. v. American Motorists Ins. Co., 233 Mich.App. 143, 594 N.W.2d 74 (1998), aff'd 462 Mich. 896, 617 N.W.2d 330 (2000). Id. at 147.")
        XCTAssertEqual(withId.citations.of(.id).first?.antecedent, withId.citations.cite(volume: "233")?.id)
    }

    func testCourtWithoutYearTakesTheYearOfItsHistory() throws {
        // A Ninth Circuit opinion in the code index (public domain), R10.5(c): the court
        // parenthetical drops the year that the certiorari denial gives
        let doc = parse("See, e.g., Kern Oil & Ref. Co. v. Tenneco Oil Co., 840 F.2d 730, 735 (9th Cir.), cert. denied, 488 U.S. 948, 109 S.Ct. 378, 102 L.Ed.2d 367 (1988). The government did not brief the issue.")
        let kern = try XCTUnwrap(doc.citations.cite(volume: "840", page: "730"))
        XCTAssertEqual(kern.court, "9th Cir.")
        XCTAssertEqual(kern.year, 1988)
        XCTAssertTrue(kern.parentheticals.isEmpty, "the court is not an explanatory parenthetical")
        XCTAssertEqual(kern.history.first?.phrase, "cert. denied")
        XCTAssertTrue(doc.text(kern).hasSuffix("102 L.Ed.2d 367 (1988)"))
        // without history after it, a court alone in parentheses is not taken for the court
        let plain = parse("See Kern Oil & Ref. Co. v. Tenneco Oil Co., 840 F.2d 730, 735 (9th Cir.) (collateral estoppel).")
        XCTAssertNil(plain.citations.cite(volume: "840")?.year)
    }

    func testPublicDomainCiteIsDatedByItsNumber() throws {
        // 014_fastcase_wis_madison_teachers_v_scott.txt: R10.3.3, the year is the cite's own
        // number, for the parallel cites too; no "(2006)" is added to the authority's name
        let doc = parse("\"There is an overriding public interest in keeping the public record confidential.\" Kroeplin v. DNR, 2006 WI App 227, ¶ 13, 297 Wis. 2d 254, 725 N.W.2d 286 (citation omitted).")
        let kroeplin = try XCTUnwrap(doc.citations.cite(volume: "2006"))
        XCTAssertEqual(kroeplin.year, 2006)
        XCTAssertNil(kroeplin.court)
        XCTAssertEqual(doc.citations.cite(volume: "297")?.year, 2006)
        XCTAssertEqual(doc.citations.cite(volume: "725")?.year, 2006)
        XCTAssertFalse(doc.citationRows().contains { $0.authority?.contains("(2006)") == true })
    }

    func testMichiganLocalCodeForm() throws {
        // 013_fastcase_michctapp_griswold_v_lexington.txt
        let cs = cites("However, MCL 500.2832 was repealed by 1990 PA 305. MCL 500.2833 replaced it.")
        let statutes = cs.of(.statute)
        // (the public act that repealed the section is a statute too: "1990 PA 305", act 305)
        XCTAssertEqual(statutes.map(\.section), ["500.2832", "305", "500.2833"])
        XCTAssertEqual(statutes.map(\.reporter), ["MCL", "PA", "MCL"])
        XCTAssertEqual(statutes.first?.reporter, "MCL")
    }

    func testUnknownReporterIsReportedNotDropped() throws {
        // constructed from the shape of a real cite with a reporter missing from reporters-db
        let cs = cites("See 12 Zzq. Rptr. 345; 14 Zzq. Rptr. 6.")
        let u = try XCTUnwrap(cs.of(.unknown).first)
        XCTAssertEqual(u.volume, "12")
        XCTAssertEqual(u.reporter, "Zzq. Rptr.")
        XCTAssertEqual(u.page, "345")
        // with a case name before it and a date after it, it is a case all the same, its
        // reporter kept as written and without a reporters-db type
        let named = try XCTUnwrap(cites("See Smith v. Jones, 12 Zzq. Rptr. 345 (1999).").first)
        XCTAssertEqual(named.kind, .fullCase)
        XCTAssertEqual(named.reporter, "Zzq. Rptr.")
        XCTAssertNil(named.reporterType)
        XCTAssertEqual(named.caseName?.defendant, "Jones")
        // a date and a docket number are not unknown citations
        XCTAssertTrue(cites("On 5 Jan. 2010 the court ruled.").isEmpty)
        XCTAssertTrue(cites("No. 96 CIV. 8307 (DC)").of(.unknown).isEmpty)
    }
}
