import XCTest
@testable import Pincite

// Forms found reading opinions no gold covers (session 22): West-sourced text and
// Public.Resource.Org's HTML as CourtListener serves them (United States v. Gooch, 6 F.3d 673
// (9th Cir. 1993)). The passages are the opinion's words.

final class WestAndResourceOrgFormsTests: XCTestCase {
    /// "cert. denied, --- U.S. ----, 112 S.Ct. 1269": West leaves the official cite blank until
    /// the volume is printed. The history still links the later decision (its parallels), which
    /// is no authority of its own, and the Id. after it cites the case, not the denial.
    func testBlankOfficialCiteInHistory() throws {
        let d = parse("""
        In United States v. Rigsby, 943 F.2d 631 (6th Cir.1991), cert. denied, --- U.S. ----, 112 S.Ct. 1269, \
        117 L.Ed.2d 496 (1992), the Sixth Circuit addressed the issue of a search of a tent. Id. at 636. \
        See State v. Mooney, 218 Conn. 85, 588 A.2d 145 (same), cert. denied, --- U.S. ----, 112 S.Ct. 330, \
        116 L.Ed.2d 270 (1991).
        """)
        let rigsby = try XCTUnwrap(d.citations.cite(volume: "943"))
        XCTAssertEqual(rigsby.history.map(\.phrase), ["cert. denied"])
        let denial = try XCTUnwrap(rigsby.history.first?.citation)
        XCTAssertEqual(d.citations[denial].volume, "112")
        XCTAssertEqual(d.citations[denial].historyOf, d.citations.firstIndex { $0.volume == "943" })
        XCTAssertEqual(rigsby.history.first?.text, "--- U.S. ----, 112 S.Ct. 1269, 117 L.Ed.2d 496 (1992)")
        let id = try XCTUnwrap(d.citations.first { $0.kind == .id })
        XCTAssertEqual(id.antecedent.map { d.citations[$0].volume }, "943")
        let mooney = try XCTUnwrap(d.citations.cite(volume: "218"))
        XCTAssertEqual(mooney.year, 1991, "the year of the denial")
        XCTAssertNotNil(mooney.history.first?.citation)
    }

    /// Public.Resource.Org marks a note with a link of class "footnote" ('<a class="footnote"
    /// href="#fn2" id="fn2_ref">2</a>'), not a superscript: it is the note's mark, and its "2"
    /// is no part of the case name after it.
    func testResourceOrgFootnoteLink() throws {
        let html = """
        <html><body><div class="num" id="p11"><span class="num">11</span>
        <p class="indent">Cases have held the same, even when that place is not one's residence.<a class="footnote" \
        href="#fn2" id="fn2_ref">2</a>  United States v. Alvarez, <span class="citation"><a href="/opinion/1/">810 F.2d \
        879, 881</a></span> (9th Cir.1987); United States v. Watson, 423 U.S. 411 (1976).</p></div>
        <div class="footnotes"><div class="footnote" id="fn2"><a class="footnote" href="#fn2_ref">2</a>
        <p>The government cites United States v. Santana, 427 U.S. 38 (1976).</p></div></div>
        </body></html>
        """
        let d = Pincite.parse(bytes: Array(html.utf8), format: .html, bluebook: nil)
        let alvarez = try XCTUnwrap(d.citations.cite(volume: "810"))
        XCTAssertEqual(alvarez.caseName?.plaintiff, "United States")
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["2"])
        XCTAssertNotNil(d.tree.footnotes.first?.markerSpan)
        XCTAssertEqual(d.citations.cite(volume: "427")?.location.footnote, "2")
    }
}
