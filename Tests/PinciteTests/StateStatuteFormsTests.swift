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
}
