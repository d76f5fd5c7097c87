import XCTest
@testable import Pincite

// reporters-db's own example citations (Grammars/examples/reporters_db_examples.tsv,
// exported by scripts/export_citation_examples.py), the citations eyecite is tested
// on. Each is parsed in a sentence, a case name before the case reporters; the ones
// Pincite does not yet read whole are listed, with the reason, in
// Grammars/examples/reporters_db_example_gaps.txt.
//
// The field tests below use those examples too (not corpus-dev text): the forms
// are ones no corpus-dev opinion happens to contain. The expected values come from
// the Bluebook and the courts' own citation rules, not from the parser's output.

final class ReporterExamplesTests: XCTestCase {
    struct Example {
        let file: String
        let key: String
        let text: String
    }

    static func examples() throws -> [Example] {
        let tsv = try String(contentsOfFile: RepoPaths.path("Grammars/examples/reporters_db_examples.tsv"), encoding: .utf8)
        return tsv.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            return f.count == 4 ? Example(file: String(f[0]), key: String(f[1]), text: String(f[3])) : nil
        }
    }

    /// The examples listed as not yet read whole, as "file<TAB>example" ("#" lines are comments).
    static func knownGaps() throws -> Set<String> {
        let text = try String(contentsOfFile: RepoPaths.path("Grammars/examples/reporters_db_example_gaps.txt"), encoding: .utf8)
        return Set(text.split(separator: "\n").compactMap { line in
            line.hasPrefix("#") || !line.contains("\t") ? nil : String(line)
        })
    }

    /// Every example is read whole (one citation, or adjacent ones, covering it) unless
    /// it is a listed gap; a listed gap that is now read must leave the list.
    func testEveryExampleIsFoundUnlessListed() throws {
        let examples = try Self.examples()
        XCTAssertGreaterThan(examples.count, 800)
        var text = ""
        var spans: [Range<Int>] = []
        for e in examples {
            let caseReporter = e.file == "reporters.json"
            text += caseReporter ? "See Smith v. Jones, " : "See "
            let start = text.utf8.count
            text += e.text
            spans.append(start..<text.utf8.count)
            text += caseReporter ? " (1990).\n\n" : ".\n\n"
        }
        let cites = parse(text).citations
        let gaps = try Self.knownGaps()
        var regressions: [String] = []
        var nowFound: [String] = []
        for (e, span) in zip(examples, spans) {
            let hits = cites.filter { $0.span.start < span.upperBound && $0.span.end > span.lowerBound }
            let whole = !hits.isEmpty && hits.map(\.span.start).min()! <= span.lowerBound && hits.map(\.span.end).max()! >= span.upperBound
            let key = "\(e.file)\t\(e.text)"
            if whole, gaps.contains(key) { nowFound.append(key) }
            if !whole, !gaps.contains(key) { regressions.append(key) }
        }
        XCTAssertEqual(regressions, [], "examples no longer read whole")
        XCTAssertEqual(nowFound, [], "examples now read whole: remove them from reporters_db_example_gaps.txt")
    }

    func testNominativeVolume() throws {
        // reporters-db U.S. example "1 U.S. (1 Wall.) 12"; Marbury's cite form, R10.3.2
        let doc = parse("See Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803); Dodge v. Woolsey, 59 U.S. (18 How.) 331 (1856).")
        let m = try XCTUnwrap(doc.citations.cite(volume: "5", page: "137"))
        XCTAssertEqual(m.reporter, "U.S.")
        XCTAssertEqual(m.nominative, "1 Cranch")
        XCTAssertEqual(m.pincite, "177")
        XCTAssertEqual(m.year, 1803)
        XCTAssertEqual(m.caseName?.plaintiff, "Marbury")
        XCTAssertEqual(m.authority, "5 U.S. 137")
        XCTAssertEqual(m.checks.filter { $0.rule == "T1" }, [], "U.S. volumes 1-90 are the nominative reports, 1754-1874")
        XCTAssertEqual(doc.citations.cite(volume: "59")?.nominative, "18 How.")
        let json = try jsonObject(doc)
        let first = try XCTUnwrap((json["citations"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["nominative"] as? String, "1 Cranch")
    }

    func testDashedNeutralCitations() throws {
        // reporters-db Ohio and NMSC examples "2017-Ohio-5699", "2010-NMSC-007"
        let doc = parse("See State v. Jones, 2017-Ohio-5699, ¶ 4; Smith v. Smith, 2010-NMSC-007, ¶ 9.")
        let ohio = try XCTUnwrap(doc.citations.cite(volume: "2017"))
        XCTAssertEqual(ohio.reporter, "Ohio")
        XCTAssertEqual(ohio.reporterType, "neutral")
        XCTAssertEqual(ohio.page, "5699")
        XCTAssertEqual(ohio.pincite, "¶ 4")
        XCTAssertEqual(doc.text(ohio), "State v. Jones, 2017-Ohio-5699, ¶ 4")
        let nm = try XCTUnwrap(doc.citations.cite(volume: "2010"))
        XCTAssertEqual(nm.reporter, "NMSC")
        XCTAssertEqual(nm.page, "007")
        XCTAssertEqual(nm.caseName?.defendant, "Smith")
    }

    func testPageSuffixes() throws {
        // reporters-db examples: IL App "2014 IL App (1st) 120583-U" (Rule 23 order),
        // NY Slip Op "2024 NY Slip Op 51192[U]", Fla. L. Weekly "20 Fla. L. Weekly D2629"
        let doc = parse("See Patel v. Ray, 2014 IL App (1st) 120583-U, ¶ 5; Matter of X, 2024 NY Slip Op 51192[U] (Sup. Ct. 2024); Doe v. Roe, 20 Fla. L. Weekly D2629 (Fla. 1st DCA 1995).")
        XCTAssertEqual(doc.citations.cite(volume: "2014")?.page, "120583-U")
        XCTAssertEqual(doc.citations.cite(volume: "2014")?.pincite, "¶ 5")
        XCTAssertEqual(doc.citations.cite(volume: "2024")?.page, "51192[U]")
        let fla = try XCTUnwrap(doc.citations.cite(volume: "20"))
        XCTAssertEqual(fla.page, "D2629")
        XCTAssertEqual(fla.court, "Fla. 1st DCA")
        // an ordinal after a volume is a series, not a lettered page
        XCTAssertNil(cites("The 5 Ohio 2d cases.").first { $0.page == "2d" })
    }

    func testLouisianaDocketAndCourtBeforeTheReporter() throws {
        // La. uniform citation (La. Sup. Ct. Gen. Admin. R. Part G, § 8); reporters-db "(La.App. 1 Cir. 05/10/10)"
        let doc = parse("See State v. Smith, 2009-1359 (La. App. 1 Cir. 5/10/10), 39 So. 3d 123, 125.")
        let c = try XCTUnwrap(doc.citations.cite(volume: "39", page: "123"))
        XCTAssertEqual(c.kind, .fullCase)
        XCTAssertEqual(c.caseName?.plaintiff, "State")
        XCTAssertEqual(c.caseName?.defendant, "Smith")
        XCTAssertEqual(c.docket, "2009-1359")
        XCTAssertEqual(c.court, "La. App. 1 Cir.")
        XCTAssertEqual(c.date, "2010-05-10")
        XCTAssertEqual(c.pincite, "125")
        XCTAssertEqual(doc.text(c), "State v. Smith, 2009-1359 (La. App. 1 Cir. 5/10/10), 39 So. 3d 123, 125")
    }

    func testFederalRegisterAndPublicLaws() throws {
        // reporters-db FR and Pub. L. examples "60 Fed. Reg. 68,380", "Pub. L. No. 111-148, § 1101"
        let doc = parse("See 60 Fed. Reg. 68,380 (Dec. 29, 1995); 59 FR 9061; Pub. L. No. 111-148, § 1101, 124 Stat. 119 (2010); 42 U.S.C.A. § 1983 (West 2012).")
        let fr = try XCTUnwrap(doc.citations.first { $0.volume == "60" })
        XCTAssertEqual(fr.kind, .regulation)
        XCTAssertEqual(fr.reporter, "Fed. Reg.")
        XCTAssertEqual(fr.section, "68,380")
        XCTAssertEqual(fr.authority, "60 Fed. Reg. 68380")
        XCTAssertEqual(fr.checks.filter { $0.severity == "deviation" }, [], "Fed. Reg. is the T1 abbreviation")
        let fr59 = try XCTUnwrap(doc.citations.first { $0.volume == "59" })
        XCTAssertEqual(fr59.checks.first?.rule, "R12.3", "FR is not the T1 abbreviation")
        let pl = try XCTUnwrap(doc.citations.first { $0.reporter == "Pub. L." })
        XCTAssertEqual(pl.authority, "Pub. L. No. 111-148")
        XCTAssertEqual(pl.checks.filter { $0.severity == "deviation" }, [], "the number after the section starts the Stat. cite")
        // the law's section is its pincite, and the Statutes at Large cite is the same law (R12.4)
        XCTAssertEqual(pl.pincite, "§ 1101")
        XCTAssertNil(doc.citations.first { $0.section == "1101" }, "no bare '§ 1101' of its own")
        XCTAssertEqual(doc.citations.first { $0.reporter == "Stat." }?.authority, "Pub. L. No. 111-148")
        let usca = try XCTUnwrap(doc.citations.first { $0.volume == "42" })
        XCTAssertEqual(usca.checks.filter { $0.severity == "deviation" }, [], "U.S.C.A. is another publication, not a misspelling")
    }

    func testCodeTitlesChaptersAndArticles() throws {
        // reporters-db examples "Okla. Stat. tit. 425, § 838-00-01", "Mass. Gen. Laws ch. 44, § 0:04.1",
        // "La. Civ. Code Ann. art 51", "Md. Code Ann., Empl. § 8-551"
        let doc = parse("See Okla. Stat. tit. 12, § 2004; Mass. Gen. Laws ch. 93A, § 2; La. Civ. Code Ann. art. 2315 (2010); Md. Code Ann., Cts. & Jud. Proc. § 5-101.")
        let ok = try XCTUnwrap(doc.citations.first { $0.reporter == "Okla. Stat." })
        XCTAssertEqual(ok.volume, "12")
        XCTAssertEqual(ok.section, "2004")
        XCTAssertEqual(doc.text(ok), "Okla. Stat. tit. 12, § 2004")
        let ma = try XCTUnwrap(doc.citations.first { $0.reporter == "Mass. Gen. Laws" })
        XCTAssertEqual(ma.volume, "93A")
        XCTAssertEqual(ma.section, "2")
        let la = try XCTUnwrap(doc.citations.first { $0.section == "art. 2315" })
        XCTAssertEqual(la.authority, "La. Civ. Code Ann. art. 2315")
        XCTAssertEqual(la.year, 2010)
        let md = try XCTUnwrap(doc.citations.first { $0.section == "5-101" })
        XCTAssertEqual(md.reporter, "Md. Code Ann., Cts. & Jud. Proc.")
    }

    func testLooseleafServicesAndTaxCourtMemoranda() throws {
        // reporters-db examples "1982-1 Trade Cas. (CCH) par. 64,689", "141 FERC ¶ 61,049",
        // "Fed. Sec. L. Rep. (CCH) ¶ 77,526", "T.C. Memo 2019-1234", "5 Am. Law Reg. (1857) 280"
        let doc = parse("""
            See Doe v. Roe, 1982-1 Trade Cas. (CCH) ¶ 64,689 (D. Md. 1982); In re X, 141 FERC ¶ 61,049 (2012); \
            In re Lernout, [1991-1992 Transfer Binder] Fed. Sec. L. Rep. (CCH) ¶ 96,572, at 92,640 (S.D.N.Y. 1992); \
            Smith v. Commissioner, T.C. Memo. 2019-123, at *4; Cox v. Cox, 5 Am. Law Reg. (1857) 280.
            """)
        let trade = try XCTUnwrap(doc.citations.first { $0.reporter == "Trade Cas. (CCH)" })
        XCTAssertEqual(trade.volume, "1982-1")
        XCTAssertEqual(trade.page, "¶ 64,689")
        XCTAssertEqual(trade.court, "D. Md.")
        XCTAssertEqual(doc.citations.first { $0.reporter == "FERC" }?.page, "¶ 61,049")
        let sec = try XCTUnwrap(doc.citations.first { $0.reporter == "Fed. Sec. L. Rep. (CCH)" })
        XCTAssertEqual(sec.volume, "[1991-1992 Transfer Binder]")
        XCTAssertEqual(sec.page, "¶ 96,572")
        XCTAssertEqual(sec.pincite, "92,640")
        XCTAssertEqual(sec.caseName?.procedural, "In re")
        let memo = try XCTUnwrap(doc.citations.first { $0.reporter == "T.C. Memo." })
        XCTAssertEqual(memo.volume, "2019")
        XCTAssertEqual(memo.page, "123")
        XCTAssertEqual(memo.pincite, "*4")
        XCTAssertEqual(memo.caseName?.defendant, "Commissioner")
        let old = try XCTUnwrap(doc.citations.cite(volume: "5", page: "280"))
        XCTAssertEqual(old.year, 1857)
        XCTAssertEqual(doc.text(old), "Cox v. Cox, 5 Am. Law Reg. (1857) 280")
    }

    func testSpelledOutSectionOfTheCode() throws {
        // reporters-db U.S.C. example "1 U.S.C. sec. 1": read, and flagged (R12.3: the U.S.C. takes "§")
        let c = try XCTUnwrap(cites("See 42 U.S.C. sec. 1983.").first)
        XCTAssertEqual(c.reporter, "U.S.C.")
        XCTAssertEqual(c.section, "1983")
        XCTAssertEqual(c.authority, "42 U.S.C. § 1983")
        XCTAssertTrue(c.checks.contains { $0.rule == "R12.3" && $0.severity == "deviation" })
    }

    func testStatutesAtLargeNeedAVolume() throws {
        // 014_fastcase_wis_madison_teachers_v_scott.txt: "Stat." here ends the state's name
        let c = try XCTUnwrap(cites("These guiding principles are rooted in the language of the statutes. Wisconsin Stat. § 19.35(1)(i) explains that a rec").first)
        XCTAssertNotEqual(c.reporter, "Stat.")
        XCTAssertEqual(c.section, "19.35(1)(i)")
    }
}
