import XCTest
@testable import Pincite

// CAP head matter and page maps on whole cases the dev corpus does not hold
// (Corpus/unseen/courtlistener, see its README) and on 018's vendor METS file.
// Expected values were read by hand from each file's casebody XML and metadata.

final class CAPHeadMatterTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

    private func parseFile(_ path: String) throws -> Document {
        let url = Self.corpus.appendingPathComponent(path)
        return Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent)
    }

    /// People v. Naranjo (Colo. 1980): "<citation>(612 P.2d 1106)</citation>" under the parties
    /// is the case's own cite, the bench line "En Banc." is no court, and the attorneys'
    /// lines ("J. D. MacFarlane, Attorney General, …") are no numbered sections.
    func testOwnCitationCourtAndAttorneysInHeadMatter() throws {
        let d = try parseFile("unseen/courtlistener/case_6.json")
        XCTAssertNil(d.citations.first { $0.volume == "612" && $0.page == "1106" }, "the head's own cite is no citation")
        XCTAssertFalse(d.citations.contains { ($0.caseName?.plaintiff ?? "").contains("79SA494") })
        XCTAssertEqual(d.tree.caption.reporterCitations, ["612 P.2d 1106"])
        XCTAssertEqual(d.tree.caption.court, "Colorado Supreme Court")
        XCTAssertEqual(d.tree.caption.plaintiffs, ["The People of the State of Colorado"])
        XCTAssertEqual(d.tree.caption.defendants, ["Rojorlo Roy Naranjo"])
        XCTAssertFalse(d.tree.sections.contains { $0.number == "J" }, "attorneys' initials are no outline letters")
        XCTAssertFalse(d.tree.sections.contains { $0.heading.hasPrefix("JUSTICE") }, "author lines are no sections")
        // the opinion's own citations are still found
        XCTAssertNotNil(d.citations.cite(volume: "200", page: "1"))
    }

    /// Commonwealth v. Furr (Mass. 2009): "Commonwealth vs. Willie Furr.", the county line
    /// "Suffolk.", and footnote 1 whose marker stands on the first page (101, before "*102")
    /// although its text is collected at the end of the opinion.
    func testVsPartiesCountyLineAndFirstPageNotes() throws {
        let d = try parseFile("unseen/courtlistener/mass_court_new.json")
        XCTAssertEqual(d.tree.caption.court, "Massachusetts Supreme Judicial Court")
        XCTAssertEqual(d.tree.caption.plaintiffs, ["Commonwealth"])
        XCTAssertEqual(d.tree.caption.defendants, ["Willie Furr"])
        let luk = try XCTUnwrap(d.citations.cite(volume: "421", page: "415"))
        XCTAssertEqual(luk.location.footnote, "1")
        XCTAssertEqual(luk.location.page, 101)
        // "Commonwealth v. Colon, supra" is Colon, not the latest Commonwealth cite
        let colon = try XCTUnwrap(d.citations.first { $0.kind == .supra && $0.caseName?.defendant == "Colon" })
        XCTAssertEqual(colon.antecedent, d.citations.cite(volume: "439", page: "519")?.id)
    }

    /// Appeal of Day (B.T.A. 1924): a one-page case (firstpage = lastpage = 15) with no page
    /// marker is on page 15; its "Docket No. 17." is the caption's docket, not a record cite.
    func testOnePageCaseAndDocketHeadMatter() throws {
        let d = try parseFile("unseen/courtlistener/bta_case_1.json")
        XCTAssertEqual(d.layout.pages.map(\.number), [15])
        XCTAssertEqual(d.tree.caption.docket, "17")
        XCTAssertFalse(d.citations.contains { $0.kind == .record }, "the head's docket number is no citation")
        let everett = try XCTUnwrap(d.citations.first)
        XCTAssertEqual(everett.caseName?.plaintiff, "Appeal of Everett Knitting Works")
        XCTAssertEqual(everett.location.page, 15)
    }

    /// 018's vendor METS file has no <page-number>: each paragraph's pgmap gives its page
    /// images ("18(180) 19(415) 20(70)" for one that crosses two breaks), and the structure
    /// map labels image ORDER 15 as printed page 19 … ORDER 20 as page 24.
    func testPagesFromPgmapAndOrderLabels() throws {
        let d = try parseFile("formats/018_capstone_illappct_home_ins_v_kirk_1887.orig.xml")
        XCTAssertEqual(d.layout.pages.map(\.number), Array(19...24))
        // "Towner v. George, 53 Ill. 168" stands in a paragraph mapped to image 16 (page 20)
        XCTAssertEqual(d.citations.cite(volume: "53", page: "168")?.location.page, 20)
    }
}
