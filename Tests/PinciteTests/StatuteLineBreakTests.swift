import XCTest
@testable import Pincite

// Session 22: section numbers that a narrow PDF column breaks at their own hyphen (State v.
// Volle, Kan. 2025; Commonwealth v. Herlth, 2026 PA Super 114). The hyphen belongs to the
// number, so the number goes on at the next line's start and keeps its hyphen.

final class StatuteLineBreakTests: XCTestCase {
    /// A docket number and a range broken at a line's end join again without a space: "No. 25-⏎cv-10008"
    /// (Progin, D. Mass. 2026), "Id. at *4–⏎5" (Stop Illinois Health Care Fraud, N.D. Ill. 2026).
    func testDocketAndRangeBrokenAtALineEnd() throws {
        let d = parse("""
        McManus v. Tufts Med. Ctr., Inc., No. 25-
        cv-10008, 2025 WL 2778025, at *3 n.1 (D. Mass. Sept. 29, 2025). Defendants identified no one. Id. at *4–
        5.
        """)
        let mcmanus = try XCTUnwrap(d.citations.first { $0.caseName?.plaintiff == "McManus" })
        XCTAssertEqual(mcmanus.docket, "No. 25-cv-10008")
        XCTAssertEqual(d.citations.first { $0.kind == .id }?.pincite, "*4–5")
    }

    func testSectionBrokenAtItsHyphen() {
        let d = parse("""
        The jury heard evidence of K.S.A. 21-
        5402 murder in the first degree. See K.S.A. 21-
        5402(c)(1)(O). Under the plain language of K.S.A. 21-
        6308(a)(1)(B)—which we read as a whole—the court erred.
        """)
        XCTAssertEqual(d.citations.of(.statute).map(\.section), ["21-5402", "21-5402(c)(1)(O)", "21-6308(a)(1)(B)"])
        XCTAssertEqual(d.citations.first.map { d.text($0) }, "K.S.A. 21-5402")
    }

    /// Across a page break: the running header and folio between the two halves are furniture.
    func testSectionBrokenAtItsHyphenAcrossAPage() {
        let d = parse("""
        J-E03003-25

        The Commonwealth filed a criminal complaint against Appellant charging him with PWID under 35 P.S. § 780-
        \u{0C}J-E03003-25



        113(a)(30).     On March 16, 2023, the court presided over a suppression hearing in which the sole
        witness was Trooper Dylan Adams.
        \u{0C}J-E03003-25



        The trial court denied the motion.
        """)
        XCTAssertEqual(d.citations.of(.statute).first?.section, "780-113(a)(30)")
    }

    /// A hyphen at a line's end that is a dash of the prose, or a number that is none of the
    /// section's, is left alone.
    func testDashAtTheLineEndIsNotAlwaysTheSections() {
        let d = parse("Under 42 U.S.C. § 1983 -\n2 claims were brought.")
        XCTAssertEqual(d.citations.of(.statute).first?.section, "1983")
    }
}
