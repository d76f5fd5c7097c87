import XCTest
@testable import Pincite

// Michigan's courts write reporters without periods and set parallel cites off by semicolons
// ("Horton v California, 496 US 128, 133; 110 S Ct 2301, 2306; 110 L Ed 2d 112 (1990)"), the
// Michigan Appellate Opinion Manual's style. Sentences from People v. Hughes (Mich. 2020) and
// the dev corpus's Griswold (Mich. Ct. App.).

final class MichiganStyleTests: XCTestCase {
    /// The parallels after semicolons are one cite's: linked, named, dated, and an Id. after them
    /// cites the case (it had cited the L. Ed. 2d piece, reading "Id. at 134" as an L. Ed. page).
    func testSemicolonParallels() throws {
        let d = parse("""
        The plain-view doctrine applies. Horton v California, 496 US 128, 133; 110 S Ct 2301, 2306; 110 L Ed \
        2d 112 (1990). Id. at 134. See also People v Hall, 499 Mich 446, 452; 884 NW2d 561 (2016).
        """)
        let horton = try XCTUnwrap(d.citations.cite(volume: "496"))
        XCTAssertEqual(horton.parallel.map { d.citations[$0].reporter }, ["S. Ct.", "L. Ed. 2d"])
        XCTAssertEqual(d.citations[horton.parallel[1]].caseName?.defendant, "California")
        XCTAssertEqual(horton.year, 1990)
        XCTAssertEqual(d.citations.first { $0.kind == .id }?.antecedent, horton.id)
        XCTAssertEqual(d.citations.cite(volume: "499")?.parallel.map { d.citations[$0].volume }, ["884"])
    }

    /// A string cite names its case after the ";" and dates each cite: no parallels there, nor
    /// between two short forms ("766 F. 2d, at 882-883; 782 F. 2d, at 1228", Dunn).
    func testStringCitesStayApart() {
        let d = parse("""
        See Smith v Jones, 123 F3d 456 (CA 6, 1999); Doe v Roe, 456 F3d 789 (CA 7, 2000). The barn lay \
        outside the curtilage. United States v. Dunn, 766 F. 2d 880 (CA5 1985). 766 F. 2d, at 882-883; 782 F. 2d, at 1228.
        """)
        XCTAssertTrue(d.citations.allSatisfy { $0.parallel.isEmpty }, "\(d.citations.map { ($0.volume ?? "", $0.parallel) })")
    }

    /// Sister states' reports without periods: "373 Md 69", "372 NC 657", "71 A3d 1158",
    /// "48 Va App 93" (reporters-db's spellings with the periods taken out); a bare "5 Pa 6" in
    /// prose is no cite.
    func testReportersWithoutPeriods() throws {
        let d = parse("""
        See, e.g., Wallace v State, 373 Md 69, 90-94; 816 A2d 883 (2003); State v Terrell, 372 NC 657, 669, \
        670; 831 SE2d 17 (2019). But see In re Search Warrant, 193 Vt 51, 69; 71 A3d 1158 (2012). See also \
        Rosa v Commonwealth, 48 Va App 93, 101; 628 SE2d 92 (2006). Terrell, 372 NC at 669. He counted 5 Pa 6 times.
        """)
        let wallace = try XCTUnwrap(d.citations.cite(volume: "373"))
        XCTAssertEqual(wallace.reporter, "Md.")
        XCTAssertEqual(wallace.pincite, "90-94")
        XCTAssertEqual(wallace.signal, "See, e.g.")
        XCTAssertEqual(d.citations.cite(volume: "193")?.reporter, "Vt.")
        XCTAssertEqual(d.citations.cite(volume: "71")?.reporter, "A.3d")
        XCTAssertEqual(d.citations.cite(volume: "48")?.reporter, "Va. App.")
        let terrell = try XCTUnwrap(d.citations.cite(volume: "372", page: "657"))
        XCTAssertEqual(d.citations.first { $0.kind == .shortCase }?.antecedent, terrell.id)
        XCTAssertNil(d.citations.cite(volume: "5"), "a bare period-less spelling in prose")
    }

    /// Hughes's constitutions: "[US Const, Am IV.]" and "[Const 1963, art 1, § 11.]" (the first had
    /// been missed, the second a statute "§ 11"); the federal one keys as "U.S. Const. amend. IV".
    func testConstitutionsWithoutPeriods() throws {
        let d = parse("""
        The Fourth Amendment provides the right. [US Const, Am IV.] Our Constitution provides the same \
        protection. [Const 1963, art 1, § 11.] See also U.S. Const. amend. IV.
        """)
        let constitutions = d.citations.of(.constitution)
        XCTAssertEqual(constitutions.map { d.collapsedText($0.span) }, ["US Const, Am IV", "Const 1963, art 1, § 11", "U.S. Const. amend. IV"])
        XCTAssertEqual(constitutions[0].authority, constitutions[2].authority)
        XCTAssertTrue(d.citations.of(.statute).isEmpty)
    }

    /// Michigan's note pin without its period: "433 US 1, 13 n 8; 97 S Ct 2476; …" keeps the note
    /// and the parallels after it (they had been cut off at "n"), "Goldston, 470 Mich at 535 n 8".
    func testNotePinWithoutPeriod() throws {
        let d = parse("""
        See United States v Chadwick, 433 US 1, 13 n 8; 97 S Ct 2476; 53 L Ed 2d 538 (1977). People v \
        Goldston, 470 Mich 523, 534; 682 NW2d 479 (2004). Goldston, 470 Mich at 535 n 8.
        """)
        let chadwick = try XCTUnwrap(d.citations.cite(volume: "433"))
        XCTAssertEqual(chadwick.pincite, "13 n 8")
        XCTAssertEqual(chadwick.parallel.count, 2)
        XCTAssertEqual(chadwick.year, 1977)
        XCTAssertEqual(d.citations.first { $0.kind == .shortCase }?.pincite, "535 n 8")
    }
}
