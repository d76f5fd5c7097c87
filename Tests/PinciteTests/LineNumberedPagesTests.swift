import Foundation
import XCTest
@testable import Pincite

// Orders on pleading paper, as CourtListener keeps N.D. Cal.'s: every line numbered 1–27 in
// the left margin, no folio, no form feed — a page ends where the numbers start again
// (PleadingPaper.swift). The texts are the orders' own words: Yotta Techs. v. Evolve Bank &
// Trust and Rodrigues v. Jaguar Land Rover (N.D. Cal. 2026, Corpus/unseen/citation_verifier),
// and Enriquez v. Elsworth (N.D. Cal. 2026, CourtListener cluster 10799526).

final class LineNumberedPagesTests: XCTestCase {
    static let unseen = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/unseen/citation_verifier")

    func load(_ name: String) throws -> (Document, Data) {
        let data = try Data(contentsOf: Self.unseen.appendingPathComponent(name))
        return (Pincite.parse(bytes: [UInt8](data), name: name), data)
    }

    /// Seven pages from six restarts of the numbers; the note at page 1's foot ("1 Yotta also
    /// argues …", between the numbered blank lines 25–27) is a note, not a restart.
    func testPagesStartWhereTheLineNumbersStartAgain() throws {
        let (d, data) = try load("ndcal_yotta_v_evolve.txt")
        XCTAssertEqual(d.layout.pages.map(\.number), Array(1...7))
        let page2 = String(decoding: data[d.layout.pages[1].span.start...].prefix(60), as: UTF8.self)
        XCTAssertTrue(page2.hasPrefix("1        The privileges at issue are qualified"), page2)
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1"])
        let note = try XCTUnwrap(d.layout.footnotes.first)
        XCTAssertTrue(String(decoding: data[note.span.start..<note.span.end], as: UTF8.self).contains("Yotta also argues that many of the documents"))
        let mark = try XCTUnwrap(d.tree.footnotes.first?.markerSpan)
        XCTAssertEqual(String(decoding: data[(mark.start - 5)..<mark.end], as: UTF8.self), "”).1")
        // every cite has its page; a star pin at a line's start is a pin, not a star page
        XCTAssertTrue(d.citations.allSatisfy { $0.location.page != nil })
        let meta = try XCTUnwrap(d.citations.first { d.text($0).hasPrefix("In re Meta Pixel") })
        XCTAssertEqual(meta.pincite, "*1")
        XCTAssertEqual(meta.location.page, 6)
    }

    /// An OCR'd page writes the margin's rule after the number ("  3  || Mellon University"):
    /// rule and number are furniture, so names, courts and pins broken there read whole.
    func testOCRGutterRulesAreMarginFurniture() throws {
        let (d, _) = try load("ndcal_rodrigues_v_jaguar.txt")
        XCTAssertEqual(d.layout.pages.count, 5)
        let cohill = try XCTUnwrap(d.citations.cite(volume: "484", page: "343"))
        XCTAssertEqual(cohill.caseName?.plaintiff, "Carnegie-Mellon University")
        let bnsf = try XCTUnwrap(d.citations.cite(volume: "572", page: "785"))
        XCTAssertEqual(bnsf.court, "9th Cir.")
        XCTAssertEqual(bnsf.year, 2009)
        // "BNSF Ry, 572 F.3d at ⏎ 10  || 793 n. 2 (quoting City of Chicago …)"
        let short = try XCTUnwrap(d.citations.first { $0.kind == .shortCase && d.text($0).hasPrefix("BNSF Ry, 572 F.3d at") })
        XCTAssertEqual(short.pincite, "793 n. 2")
        let chicago = try XCTUnwrap(d.citations.cite(volume: "522", page: "156"))
        XCTAssertEqual(chicago.nestingPhrase, "quoting")
        // the OCR'd page's text, set further right than the typed pages', is no block quote
        XCTAssertTrue(d.tree.blockQuotes.isEmpty, "\(d.tree.blockQuotes)")
    }

    /// A pleading page built from the order's words: a margin number with a stray OCR mark
    /// before it ("8   15    County"), and a star pin after a margin number ("at ⏎ 3   *3 (").
    func testStrayMarksAndStarPinsAtTheMargin() {
        var lines = (1...27).map { n in String(format: "%-5dThe court has read the papers and considered the arguments of the parties here.", n) }
        lines[13] = "14   motions, objecting at trial, and making closing arguments.  See Polk"
        lines[14] = "8   15    County v. Dodson, 454 U.S. 312, 318-19 (1981).  Nor was Ervin v. Ballard Marine"
        lines[15] = "16   Constr., Inc., No. 16-CV-02931-WHO, 2016 WL 4239710, at"
        lines[16] = "17   *3 (N.D. Cal. Aug. 11, 2016), to the contrary."
        let d = parse(lines.joined(separator: "\n") + "\n")
        let polk = try! XCTUnwrap(d.citations.cite(volume: "454", page: "312"))
        XCTAssertEqual(polk.caseName?.plaintiff, "Polk County")
        let ervin = try! XCTUnwrap(d.citations.cite(volume: "2016", page: "4239710"))
        XCTAssertEqual(ervin.pincite, "*3")
        XCTAssertEqual(ervin.court, "N.D. Cal.")
        XCTAssertTrue(d.layout.starPages.isEmpty)
    }

    /// Two numbered lists of fifteen points each start again at 1 after 15, not after a
    /// page's worth of lines: no page break.
    func testTwoShortNumberedListsAreNoTwoPages() {
        let list = (1...15).map { "\($0)  The parties agree on point \($0) of the stipulation." }
        let d = parse("ORDER\n\n" + (list + list).joined(separator: "\n") + "\n")
        XCTAssertLessThanOrEqual(d.layout.pages.count, 1)
    }

    /// The caption's right column holds the title ("DISCOVERY ORDER" ends in its key word),
    /// over lines the left column interleaves ("11          v."), up to "Re: Dkt. …".
    func testTitleInTheRightColumnOfANumberedCaption() throws {
        let (yotta, _) = try load("ndcal_yotta_v_evolve.txt")
        XCTAssertEqual(yotta.tree.caption.documentTitle, "DISCOVERY ORDER")
        // Hendrix v. Garcia (N.D. Cal. 2026, CourtListener cluster 10779126), its first page
        let hendrix = """
        1
        2
        3
        4
        5
        6                  IN THE UNITED STATES DISTRICT COURT
        7                FOR THE NORTHERN DISTRICT OF CALIFORNIA
        8
        9    ADAM HENDRIX,                    Case No.  25-cv-09674-CRB

        10              Plaintiff,

                                              ORDER ADOPTING REPORT AND
        11          v.
                                              RECOMMENDATION; DENYING
                                              MOTION FOR RECUSAL;
        12    LEONARDO GARCIA, et al.,         DISMISSING CASE
        13              Defendants.

        14        Plaintiff Adam Hendrix, proceeding pro se, brought an action against a host of
        15   different defendants.  Compl. (dkt. 1).  After filing the instant action, Hendrix filed an
        16   emergency motion for a Temporary Restraining Order (“TRO”).  Mot. (dkt. 2).  Given the
        17   lack of factual detail in Hendix’s motion and pleadings, the Court denied the motion.
        18   Order (dkt. 11).  Magistrate Judge Lisa Cisneros screened the complaint and recommended
        19   dismissal with leave to amend.  R&R (dkt. 7).  Hendix filed a timely objection that
        20   included a motion for recusal.  Obj. (dkt. 13).  The Court determines that Judge Cisneros’
        21   recommendation was well-reasoned and correct.  Accordingly, the Court adopts the report
        22   and recommendation in full, denies the motion for recusal, and dismisses the case.
        23   I.   BACKGROUND
        24        Hendrix alleges two injuries: (1) the entry of a no-contact order in Illinois without
        25   subsequent review and (2) the denial of County Adult Assistance Program (“CAAP”)
        26   benefits in San Francisco.
        27        For the first injury, Hendrix sued Leonardo Garcia, the one who requested the no-

        """
        let d = parse(hendrix)
        XCTAssertEqual(d.tree.caption.documentTitle, "ORDER ADOPTING REPORT AND RECOMMENDATION; DENYING MOTION FOR RECUSAL; DISMISSING CASE")
        XCTAssertEqual(d.tree.caption.docket, "25-cv-09674-CRB")
        XCTAssertEqual(d.tree.caption.plaintiffs, ["ADAM HENDRIX"])
    }

    /// A note set after line 27 whose label stands apart by two spaces ("    1  Note …") is no
    /// page restart: the next page begins at its own line 1.
    func testANoteLabelAfterTheLastNumberedLineIsNoRestart() {
        func page(_ first: String) -> [String] {
            [String(format: "%-5d%@", 1, first)] + (2...27).map { n in String(format: "%-5dThe court has read the papers and considered the arguments of the parties.", n) }
        }
        var lines = page("The parties dispute the scope of discovery in this case.")
        lines[5] = "6    The motion is granted in part.1  The remaining requests are denied for the reasons below."
        lines += ["    1  The parties met and conferred twice before filing the motion."]
        lines += page("The second page opens here and goes on.")
        let d = parse(lines.joined(separator: "\n") + "\n")
        XCTAssertEqual(d.layout.pages.count, 2)
        let second = String(decoding: d.source.text[d.layout.pages[1].span.start...].prefix(40), as: UTF8.self)
        XCTAssertTrue(second.hasPrefix("1    The second page opens here"), second)
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1"])
    }
}
