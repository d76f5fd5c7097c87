import Foundation
import XCTest
@testable import Pincite

// Division headings that are not a heading line of their own, on real texts of
// Corpus/gold (copies of corpus-dev files; expectations read off the texts and
// their hand-made golds):
// - 014 (Wis., Fastcase): "*441 B. Public Records Law" runs onto the end of the
//   paragraph before it after a star page; "1. General principles" follows its parent
//   heading directly and is in sentence case; the dissent numbers "I", "A", "B", "II",
//   "III" on lines of their own, without titles.
// - 015 (Ga. Ct. App., Fastcase): divisions numbered at the start of their first
//   paragraph ("1. The mother first argues …", "(a) With respect to …").
// - 011 (Cal. Ct. App., Fastcase): "*701 INTRODUCTION" starts with a star page.

final class DivisionHeadingTests: XCTestCase {
    static let gold = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/gold")

    func doc(_ name: String) throws -> Document {
        let data = try Data(contentsOf: Self.gold.appendingPathComponent(name))
        return Pincite.parse(bytes: [UInt8](data), name: name)
    }

    func testHeadingsAfterStarPagesSubheadingsAndBareNumbers() throws {
        let d = try doc("014_fastcase_wis_madison_teachers_v_scott.txt")
        let s = d.tree.sections
        XCTAssertEqual(s.map(\.number), ["I", "II", "A", "B", "C", "1", "2", "D", "III", "I", "A", "B", "II", "III"])
        XCTAssertEqual(s.map(\.heading), ["BACKGROUND", "DISCUSSION", "Standard of Review", "Public Records Law",
                                          "Secret Ballot Elections", "General principles", "Certification elections",
                                          "Application", "CONCLUSION", "", "", "", "", ""])
        // the dissent's numbering starts again at the top level
        XCTAssertEqual(s.map(\.level), [1, 1, 2, 2, 2, 3, 3, 2, 1, 1, 2, 2, 1, 1])
        // the run-on heading's span is the heading after the star page, not the line
        let records = s[3]
        XCTAssertEqual(String(decoding: d.source.text[records.span.start..<records.span.end], as: UTF8.self), "B. Public Records Law")
        // the paragraph whose last line carries it keeps that line (its citations keep their paragraph)
        let erpenbach = try XCTUnwrap(d.citations.first { $0.volume == "354" && $0.page == "61" })
        XCTAssertNotNil(erpenbach.location.paragraph)
        XCTAssertEqual(erpenbach.location.section, s[2].id)
    }

    func testRunInDivisionsNumberTheirFirstParagraph() throws {
        let d = try doc("015_fastcase_gactapp_in_re_knc.txt")
        let s = d.tree.sections
        XCTAssertEqual(s.map(\.number), ["1", "2", "3", "a", "b", "4", "a", "b"])
        XCTAssertEqual(s.map(\.level), [1, 1, 1, 2, 2, 1, 2, 2])
        XCTAssertEqual(s.map(\.heading), Array(repeating: "", count: 8))
        XCTAssertEqual(s[3].parent, s[2].id)
        // the heading is the number; its paragraph stays a paragraph, in the division
        XCTAssertEqual(String(decoding: d.source.text[s[0].span.start..<s[0].span.end], as: UTF8.self), "1.")
        XCTAssertEqual(String(decoding: d.source.text[s[3].span.start..<s[3].span.end], as: UTF8.self), "(a)")
        let first = try XCTUnwrap(d.tree.paragraphs.first { $0.span.start == s[0].span.start })
        XCTAssertEqual(first.section, s[0].id)
        XCTAssertEqual(d.tree.paragraphs.count, 42)
    }

    func testNumberedOrderParagraphsAreNoDivisions() throws {
        // a C.D. Cal. order on pleading paper whose closing orders are numbered "1." "2." "3."
        let d = try doc("001_doctor_cdcal_consumerinfo_order.txt")
        XCTAssertEqual(d.tree.sections.count, 0)
    }

    func testHeadingAfterLeadingStarPage() throws {
        let d = try doc("011_fastcase_calctapp_in_re_av.txt")
        let headings = d.tree.sections.map(\.heading)
        XCTAssertEqual(headings.first, "INTRODUCTION")
        XCTAssertTrue(headings.contains("DISPOSITION"), "\(headings)")
        XCTAssertTrue(headings.contains("Legislative History of Section 786."), "\(headings)")
    }
}

// Block quotes of web text that does not indent them: the paragraph after one that
// ends with a colon (Corpus/gold 013, Michigan, Fastcase; 006, E.D.N.C. web export).
final class UnindentedBlockQuoteTests: XCTestCase {
    func doc(_ name: String) throws -> Document {
        let data = try Data(contentsOf: DivisionHeadingTests.gold.appendingPathComponent(name))
        return Pincite.parse(bytes: [UInt8](data), name: name)
    }

    func quoteStarts(_ d: Document) -> [String] {
        d.tree.blockQuotes.map { String(decoding: d.source.text[$0.span.start..<min($0.span.end, $0.span.start + 30)], as: UTF8.self) }
    }

    func testParagraphAfterAColonIsAQuote() throws {
        let d = try doc("013_fastcase_michctapp_griswold_v_lexington.txt")
        let starts = quoteStarts(d)
        // "… Yaldo v. North Pointe Ins. Co., 457 Mich. 341, 348 n. 4, 578 N.W.2d 274 (1998):"
        XCTAssertTrue(starts.contains { $0.hasPrefix("Defendant's claim that our hol") }, "\(starts)")
        // "… in relevant part, as follows:" then the statute's subsections (1), (2) … as one quote
        let statute = try XCTUnwrap(d.tree.blockQuotes.first { String(decoding: d.source.text[$0.span.start..<$0.span.start + 12], as: UTF8.self) == "(1) A person" })
        let quoted = String(decoding: d.source.text[statute.span.start..<statute.span.end], as: UTF8.self)
        XCTAssertTrue(quoted.contains("(4) If benefits are not paid"), quoted)
        XCTAssertFalse(quoted.contains("Relying on the plain language"), quoted)
    }

    func testAuthorLineAndListIntroductionsAreNoQuotes() throws {
        // "JUSTICE TURNER\n\ndelivered the opinion of the court:" (020, CAP)
        let thompson = try doc("020_smaa2020_illappct_people_v_thompson.txt")
        XCTAssertTrue(thompson.tree.blockQuotes.isEmpty, "\(quoteStarts(thompson))")
        // "… represented in the three motions to dismiss before this court:" then "1. Karen Brinson Bell, …" (006)
        let hogarth = try doc("006_eyecite_ednc_hogarth_v_bell.txt")
        let starts = quoteStarts(hogarth)
        XCTAssertFalse(starts.contains { $0.hasPrefix("1. Karen Brinson Bell") }, "\(starts)")
        // "This statute states that:" then the statute (c)
        XCTAssertTrue(starts.contains { $0.hasPrefix("(c) Photographing Voted Ballot") }, "\(starts)")
    }
}
