import XCTest
@testable import Pincite

// Sections and rules listed after one "§" or none are one citation, as "§§ 6013 and 6105" is
// in the gold (Corpus/janfeshan). Sentences from United States v. Ventresca (1965) and
// Commonwealth v. Serge (Pa. 2006), where only the first item had been read.

final class SectionListTests: XCTestCase {
    func testStatuteSectionsListedWithoutDoubleSign() throws {
        let d = parse("""
        The affidavit stated that the still was being operated in violation of the provisions of \
        26 USC 5171 (a), 5173, 5178, 5179 (a), 5222 (a), 5602, and 5686. See 18 U.S.C. § 924(c), 1951(a).
        """)
        let statutes = d.citations.of(.statute)
        XCTAssertEqual(statutes.map { d.collapsedText($0.span) },
                       ["26 USC 5171 (a), 5173, 5178, 5179 (a), 5222 (a), 5602, and 5686", "18 U.S.C. § 924(c), 1951(a)"])
    }

    func testRulesListed() throws {
        let d = parse("""
        Appellant argues the animation was inadmissible under Pa.R.E. 401, 402, 403, and 901. It was \
        relevant pursuant to Pa.R.E. 401 and 402. See Pa.R.E. 401, 403. The Commonwealth did not \
        properly authenticate the CGA. Pa.R.E. 901(a) provides the requirement.
        """)
        let rules = d.citations.of(.rule)
        XCTAssertEqual(rules.map { d.collapsedText($0.span) },
                       ["Pa.R.E. 401, 402, 403, and 901", "Pa.R.E. 401 and 402", "Pa.R.E. 401, 403", "Pa.R.E. 901(a)"])
        // the acronym that closed the sentence before is no part of the rule set
        XCTAssertEqual(rules.last?.reporter, "Pa.R.E.")
    }

    /// What follows a section after a comma and is no further section: the next cite's title,
    /// a reporter cite, a year, a count, a session law's pinned page.
    func testWhatIsNoListedSection() throws {
        let d = parse("""
        See 42 U.S.C. § 1983, 28 U.S.C. § 1331. Under Fed. R. Civ. P. 6(a), 30 days had run. See Pa. R. \
        Crim. P. 600, 2001. See 1999 Ill. Laws 5126, 5150.
        """)
        XCTAssertEqual(d.citations.filter { $0.reporter == "U.S.C." }.map(\.section), ["1983", "1331"])
        XCTAssertEqual(d.citations.of(.rule).map(\.section), ["6(a)", "600"])
        let laws = try XCTUnwrap(d.citations.first { $0.reporter == "Ill. Laws" })
        XCTAssertEqual(laws.page, "5126")
        XCTAssertEqual(laws.pincite, "5150")
    }

    /// Subsections listed with a serial comma or "or" (In re Marriage of Lyle, Wash. App. 2017;
    /// Commonwealth v. Furr, Mass. 2009): the last one is the cite's too.
    func testSubsectionsWithSerialCommaOrOr() throws {
        let d = parse("""
        A parenting plan may be modified under RCW 26.09.170(5), (6), and (7): (1) a substantial \
        change. Whoever violates the provisions of G. L. c. 269, § 10 (a), (c) or (d), shall be punished.
        """)
        XCTAssertEqual(d.citations.of(.statute).map { d.collapsedText($0.span) },
                       ["RCW 26.09.170(5), (6), and (7)", "G. L. c. 269, § 10 (a), (c) or (d)"])
    }
}
