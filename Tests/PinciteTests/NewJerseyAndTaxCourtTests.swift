import XCTest
@testable import Pincite

// New Jersey and Tax Court citation habits. Snippets verbatim from two CAP case files in
// Corpus/unseen/courtlistener (see the README there): case_1.json (D.G. v. K.S., N.J.
// Super. Ct. Ch. Div. 2015) and no_author_tag.json (Fincher v. Commissioner, 105 T.C. 126).
// Where two passages are joined they are separated by "\n\n".

final class NewJerseyAndTaxCourtTests: XCTestCase {
    func testCAPPageMapWithoutItsLabelsCountsFromTheFirstPage() throws {
        // Corpus/unseen/courtlistener/no_author_tag.json: the casebody says firstpage="126" and its
        // first paragraph pgmap="156" (the volume's image order); the METS labels are not in the
        // API JSON. The opinion itself says where its discussion is: "infra pp. 137-138".
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/no_author_tag.json")
        let doc = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "no_author_tag.json")
        XCTAssertEqual(doc.layout.pages.map(\.number), Array(126...141))
        XCTAssertTrue(doc.citations.allSatisfy { ($0.location.page ?? 0) >= 126 && ($0.location.page ?? 0) <= 141 })
    }

    func testTaxCourtSectionsAreOfTheDeclaredCode() throws {
        // no_author_tag.json (Fincher v. Commissioner, 105 T.C. 126): "All section references are to
        // the Internal Revenue Code …"; its citation sentences then name the section alone
        let doc = parse("All section references are to the Internal Revenue Code in effect for the years in issue, unless otherwise indicated.\n\nSuch debts are deductible only when they become wholly worthless. Sec. 166(d)(1)(A) and (B); sec. 1.166-5(a)(2), Income Tax Regs. Cf. sec. 1.166-9(e)(2), Income Tax Regs, (referring to the guarantor). By the same article of the Texas statute, Tex. Rev. Civ. Stat. Ann. art. 852a, sec. 8.08(d) (West Supp. 1995).")
        let irc = try XCTUnwrap(doc.citations.first { doc.text($0) == "Sec. 166(d)(1)(A) and (B)" })
        XCTAssertEqual(irc.authority, "Internal Revenue Code § 166")
        XCTAssertEqual(doc.citations.first { doc.text($0).hasPrefix("sec. 1.166-5(a)(2)") }?.kind, .regulation)
        XCTAssertFalse(doc.citations.contains { doc.text($0).hasPrefix("sec. 1.166-9") && $0.authority?.hasPrefix("Internal Revenue Code") == true },
                       "a regulation whose code name the tables miss is no section of the Code")
        XCTAssertFalse(doc.citations.contains { doc.text($0).hasPrefix("sec. 8.08") }, "a subdivision of the Texas article")
    }

    func testTaxCourtHistoryWithoutApostrophe() throws {
        // no_author_tag.json
        let doc = parse("Horne v. Commissioner, 59 T.C. 319, 336 (1972), affd. 523 F.2d 1363 (9th Cir. 1975); Diamond v. Commissioner, 92 T.C. 423, 446 (1989), affd. 930 F.2d 372 (4th Cir. 1991).")
        let horne = try XCTUnwrap(doc.citations.cite(volume: "59", page: "319"))
        XCTAssertEqual(horne.history.first?.phrase, "affd.")
        let later = try XCTUnwrap(doc.citations.cite(volume: "523", page: "1363"))
        XCTAssertEqual(horne.history.first?.citation, later.id)
        XCTAssertEqual(later.historyOf, horne.id)
        let diamond = try XCTUnwrap(doc.citations.cite(volume: "92", page: "423"))
        XCTAssertEqual(diamond.history.count, 1, "the semicolon ends Horne's history")
    }

    func testSeriesWrittenInParentheses() throws {
        // CourtListener's corpus_importer test asset tax_court_duplicate_0.json (Tax Court, 1940s):
        // "Fed. (2d)" for F.2d, as reporters were cited then; reporters-db knows "F.(2d)" only
        let doc = parse("trust may still be a charitable trust. Schoellkopf v. United States, 36 F. Supp. 617; affd. (C. C. A., 2d Cir.), 124 Fed. (2d) 982; Havemeyer v. Commissioner (C. C. A., 2d Cir.), 98 Fed. (2d) 706;")
        let cite = try XCTUnwrap(doc.citations.cite(volume: "124", page: "982"))
        XCTAssertEqual([cite.reporter, cite.reporterAsWritten], ["F.2d", "Fed. (2d)"])
        XCTAssertEqual(cite.authority, "124 F.2d 982")
        // "; affd. (C. C. A., 2d Cir.)," before it: the affirmance of Schoellkopf, in the Tax
        // Court's way (a semicolon, the abbreviation without apostrophe, the circuit alone)
        let schoellkopf = try XCTUnwrap(doc.citations.cite(volume: "36", page: "617"))
        XCTAssertEqual(schoellkopf.history.map(\.phrase), ["affd."])
        XCTAssertEqual(cite.historyOf, schoellkopf.id)
        let havemeyer = try XCTUnwrap(doc.citations.cite(volume: "98", page: "706"))
        XCTAssertEqual(havemeyer.reporter, "F.2d")
        // the circuit court of appeals named between the case's name and its cite, with no year
        XCTAssertEqual([havemeyer.caseName?.plaintiff, havemeyer.caseName?.defendant], ["Havemeyer", "Commissioner"])
        // a petitioner named with the capacity it acts in (the same passage goes on so)
        let more = cites("Havemeyer v. Commissioner (C. C. A., 2d Cir.), 98 Fed. (2d) 706; Proctor Patterson et al., Executors, 34 B. T. A. 689; Emerit E. Baker, Inc., 40 B. T. A. 555.")
        XCTAssertEqual(more.cite(volume: "34", page: "689")?.caseName?.plaintiff, "Proctor Patterson et al., Executors")
        XCTAssertEqual(more.cite(volume: "40", page: "555")?.caseName?.plaintiff, "Emerit E. Baker, Inc.")
        // the same for a regional reporter ("N. E. (2d)"), and never for a series the reporter
        // lacks: "U.S. (2d)" is no reporter, so the "(2d)" is left alone
        XCTAssertEqual(cites("Doe v. Roe, 39 N. E. (2d) 123 (1942).").first?.reporter, "N.E.2d")
        XCTAssertEqual(cites("Doe v. Roe, 39 N. E. 123 (1942).").first?.reporter, "N.E.")
        XCTAssertNil(cites("Doe v. Roe, 5 U.S. (2d) 137 (1803).").first { $0.reporter != "U.S." })
    }

    func testCertificationDeniedAndALongPhrase() throws {
        // case_1.json (two passages joined; the first without its parenthetical)
        let doc = parse("Wilke v. Culp, 196 N.J.Super. 487, 501, 483 A.2d 420, (App.Div.1984), certif. denied, 99 N.J. 243, 491 A.2d 728 (1985).\n\nConforti v. Guliadis, 245 N.J.Super. 561, 565-66 [586 A.2d 318] (App.Div.1991), aff'd in part and modified in part on other grounds, 128 N.J. 318 [608 A.2d 225] (1992).")
        let wilke = try XCTUnwrap(doc.citations.cite(volume: "196", page: "487"))
        XCTAssertEqual(wilke.history.first?.phrase, "certif. denied")
        XCTAssertEqual(wilke.year, 1984, "a stray comma before the court and year")
        XCTAssertEqual(wilke.court, "App.Div.")
        let conforti = try XCTUnwrap(doc.citations.cite(volume: "245", page: "561"))
        XCTAssertEqual(conforti.history.first?.phrase, "aff'd in part and modified in part on other grounds")
        let later = try XCTUnwrap(doc.citations.cite(volume: "128", page: "318"))
        XCTAssertEqual(conforti.history.first?.citation, later.id)
    }

    func testAPhraseThatEndsTheSentenceTakesNoCase() throws {
        // case_1.json: the phrase, then the next sentence's case (the statute and "as recognized
        // in" of the original are cut, so that a sentence ends after the phrase)
        let doc = parse("Tancredi v. Tancredi, 101 N.J.Super. 259 [262, 244 A.2d 139] (App.Div.1968), superseded by statute on other grounds. Hoefers v. Jones, 288 N.J.Super. 590, 604, 672 A.2d 1299 (Ch.Div.1994).")
        let tancredi = try XCTUnwrap(doc.citations.cite(volume: "101", page: "259"))
        XCTAssertEqual(tancredi.pincite, "262", "the pin inside the bracket")
        XCTAssertEqual(tancredi.year, 1968)
        let atlantic = try XCTUnwrap(doc.citations.cite(volume: "244", page: "139"))
        XCTAssertEqual(tancredi.parallel, [atlantic.id])
        let hoefers = try XCTUnwrap(doc.citations.cite(volume: "288", page: "590"))
        XCTAssertNil(hoefers.historyOf)
        XCTAssertEqual(hoefers.caseName?.plaintiff, "Hoefers")
    }

    func testCitingParentheticalAfterAComma() throws {
        // case_1.json
        let doc = parse("Hoefers v. Jones, 288 N.J.Super. 590, 604, 672 A.2d 1299 (Ch.Div.1994), (citing Guglielmo v. Guglielmo, 253 N.J.Super. 531, 602 A.2d 741 (App.Div.1992)), aff'd, 288 N.J.Super. 478, 672 A.2d 1177 (App.Div.1996).")
        let hoefers = try XCTUnwrap(doc.citations.cite(volume: "288", page: "590"))
        let guglielmo = try XCTUnwrap(doc.citations.cite(volume: "253", page: "531"))
        XCTAssertEqual(guglielmo.nestedIn, hoefers.id)
        XCTAssertEqual(hoefers.history.first?.phrase, "aff'd")
        let later = try XCTUnwrap(doc.citations.cite(volume: "288", page: "478"))
        XCTAssertEqual(later.historyOf, hoefers.id)
    }

    func testIbidWithACommaAndIdWithoutItsPeriod() throws {
        // case_1.json (two passages joined)
        let doc = parse("the “safety, happiness, physical, mental and moral welfare” of the children. Ibid, (citing Fantony v. Fantony, 21 N.J. 525, 536, 122 A.2d 593 (1956)).\n\nthe custodial parent’s right to seek happiness and fulfillment.” Id at 97 [770 A.2d 214].")
        let ids = doc.citations.of(.id)
        XCTAssertEqual(ids.count, 2)
        let fantony = try XCTUnwrap(doc.citations.cite(volume: "21", page: "525"))
        XCTAssertEqual(fantony.nestedIn, ids.first?.id, "the citing parenthetical belongs to Ibid")
        XCTAssertEqual(ids.last?.pincite, "97")
    }

    func testNewJerseyCourtRulesAreRulesNotRecordCites() {
        // case_1.json (passages joined)
        let cs = cites("391 N.J.Super. 102, 105 [917 A.2d 269] (App.Div.2007); and R. 5:8-6 (requiring the court to “set a hearing date”).\n\nRule 5:8-6 requires a plenary hearing to be conducted.\n\nAppendix IX-A to R. 5:6A at 2638-39 (2015).")
        let rules = cs.of(.rule)
        XCTAssertEqual(rules.map(\.section), ["5:8-6", "5:8-6", "5:6A"])
        XCTAssertEqual(rules.first?.reporter, "R.")
        XCTAssertTrue(cs.of(.record).isEmpty)
    }

    func testNewJerseyStatutesWithoutTheLastPeriodOrWithAScannedDash() {
        // case_1.json (two passages joined)
        let cs = cites("to relocate with her in California. N.J.S.A 9:2-2 provides:\n\nMoreover, N.J.S.A. 9:2 — 13(f) defines “parent” as “a natural parent”.")
        let statutes = cs.of(.statute)
        XCTAssertEqual(statutes.count, 2)
        XCTAssertEqual(statutes.first?.section, "9:2-2")
        XCTAssertEqual(statutes.last?.section.map { $0.replacingOccurrences(of: " — ", with: "-") }, "9:2-13(f)")
    }

    func testEditorsBracketInsideTheCaseName() {
        // case_1.json
        let cs = cites("Cooper [v. Cooper, 99 N.J. 42, 491 A.2d 606 (1984) ], and more particularly, Holder [v. Polanski 111 N.J. 344, 544 A.2d 852 (1988) ], recognize that subtlety")
        XCTAssertEqual(cs.cite(volume: "99")?.caseName?.plaintiff, "Cooper")
        XCTAssertEqual(cs.cite(volume: "99")?.caseName?.defendant, "Cooper")
        XCTAssertEqual(cs.cite(volume: "111")?.caseName?.plaintiff, "Holder")
        XCTAssertEqual(cs.cite(volume: "111")?.caseName?.defendant, "Polanski")
    }

    /// case_1.json's `<parties>`: "D.G. AND S.H., PLAINTIFFS, v. K.S.,<footnotemark>1</footnotemark>
    /// DEFENDANT." — the footnote's mark and the role are no part of the defendant.
    func testFootnoteMarkAndRoleLeaveTheDefendant() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/case_1.json")
        let doc = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "case_1.json")
        XCTAssertEqual(doc.tree.caption.defendants, ["K.S."])
        XCTAssertEqual(doc.tree.caption.plaintiffs, ["D.G. AND S.H."])
        XCTAssertEqual(StructureContext.withoutMarkAndRole("TOWN OF MERRIMAC, Plaintiff-Appellant,[†]"), "TOWN OF MERRIMAC")
    }

    /// The author line "WAUTERS, J.S.C." gives the judge and the title apart (case_1.json), as
    /// Wisconsin's "¶ 1 VERGERONT, J." does (fastcase/761NW2d645_1.html).
    func testJudgeAndTitleFromTheAuthorLine() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/case_1.json")
        let doc = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "case_1.json")
        XCTAssertEqual(doc.tree.caption.judge, "WAUTERS")
        XCTAssertEqual(doc.tree.caption.judgeTitle, "J.S.C.")
        let wi = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/fastcase/761NW2d645_1.html")
        let cook = Pincite.parse(bytes: [UInt8](try Data(contentsOf: wi)), name: "761NW2d645_1.html")
        XCTAssertEqual(cook.tree.caption.judge, "VERGERONT")
        XCTAssertEqual(cook.tree.caption.judgeTitle, "J.")
    }
}

