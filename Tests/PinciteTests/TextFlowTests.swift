import Foundation
import XCTest
@testable import Pincite

// The reading order of PDF text: page furniture out of the text flow, footnotes
// read after the paragraph they interrupt, footnotes continued on the next page,
// words split at a line end, and the reading text with its map back to the input.
// Expectations read off the sources by hand (Corpus/janfeshan, Corpus/structure).

final class TextFlowTests: XCTestCase {
    func doc(_ path: String) throws -> Document {
        let data = try Data(contentsOf: StructureTests.corpus.appendingPathComponent(path))
        return Pincite.parse(bytes: [UInt8](data), name: path)
    }

    /// Janfeshan p.16–17: the Cipollone parenthetical runs past footnote 5 onto p.17;
    /// it must read on with "litigation has not itself …", not swallow the footnote.
    func testParentheticalRunsPastFootnoteZone() throws {
        let d = try doc("janfeshan/janfeshan.txt")
        let cipollone = try XCTUnwrap(d.citations.first { $0.volume == "113" && $0.page == "86" })
        let p = try XCTUnwrap(cipollone.parentheticals.first).text
        XCTAssertTrue(p.hasPrefix("“So long as the initial litigation has not itself been instituted in bad faith"), p)
        XCTAssertFalse(p.contains("I am not persuaded"), "footnote 5 leaked into the parenthetical")
        XCTAssertTrue(p.hasSuffix("the Federal Rules do not foreclose the collaborative use of discovery.”"), p)
        // footnote 5's own citations are still found, in footnote 5
        XCTAssertTrue(d.citations.contains { $0.location.footnote == "5" && d.collapsedText($0.span).contains("Mylan") })
    }

    /// 5th Cir. p.7–8: footnote 2 stops mid-sentence ("… for the purpose") and goes on,
    /// unlabelled, at the foot of p.8 ("of deducting premiums. …").
    func testFootnoteContinuedOnNextPage() throws {
        let d = try doc("structure/002_doctor_ca5_st_pierre_v_standard_ins.txt")
        let fn2 = try XCTUnwrap(d.tree.footnotes.first { $0.label == "2" })
        XCTAssertEqual(fn2.page, 7)
        XCTAssertEqual(fn2.continuations.count, 1)
        let cont = try XCTUnwrap(fn2.continuations.first)
        XCTAssertEqual(d.layout.page(at: cont.start), 8)
        XCTAssertTrue(d.source.string(cont.start, cont.end).hasPrefix("of deducting premiums."))
        XCTAssertEqual(d.layout.footnote(at: cont.start), "2")
        // the other footnotes do not continue
        XCTAssertEqual(d.tree.footnotes.filter { !$0.continuations.isEmpty }.count, 1)
        // the JSON carries the continuation
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(d.jsonBytes())) as? [String: Any])
        let notes = try XCTUnwrap(json["footnotes"] as? [[String: Any]])
        let continued = try XCTUnwrap(notes.first { $0["label"] as? String == "2" }?["continued"] as? [[String: Any]])
        XCTAssertEqual(continued.first?["page"] as? Int, 8)
    }

    func testReadingTextDropsFurnitureAndMovesFootnotes() throws {
        let d = try doc("structure/002_doctor_ca5_st_pierre_v_standard_ins.txt")
        let r = d.readingText()
        // the sentence across the p.7/8 break reads on, past footnote 2, the page number and both headers
        XCTAssertTrue(r.text.contains("because there is no such law. [^2] Thus, the district court properly concluded"), "sentence broken")
        XCTAssertFalse(r.text.contains("Date Filed"), "ECF header left in the reading text")
        XCTAssertFalse(r.text.contains("No. 21-50498\n"), "running header left in the reading text")
        // footnote 2 is one piece, its continuation joined on
        XCTAssertTrue(r.text.contains("[^2] St. Pierre submits various pre-Insurance Code cases"))
        XCTAssertTrue(r.text.contains("agents of insurers for the purpose of deducting premiums. If anything"))
        // the map back to the input
        let needle = "district court properly concluded"
        let at = try XCTUnwrap(r.text.utf8.firstRange(of: Array(needle.utf8)))
        let offset = r.text.utf8.distance(from: r.text.utf8.startIndex, to: at.lowerBound)
        let original = r.originalOffset(offset)
        XCTAssertEqual(d.source.string(original, original + needle.utf8.count), needle)
    }

    /// A case name broken by a page break keeps no furniture in its text.
    func testCitationTextSkipsFurniture() throws {
        let d = try doc("structure/002_doctor_ca5_st_pierre_v_standard_ins.txt")
        for c in d.citations {
            let text = d.collapsedText(c.span)
            XCTAssertFalse(text.contains("Date Filed") || text.contains("Document: 0051"), text)
            for p in c.parentheticals { XCTAssertFalse(p.text.contains("Date Filed"), p.text) }
        }
    }

    /// Line-end hyphens: kept ("self-incrimination") unless the document spells the
    /// joined word without one elsewhere.
    /// A span that cuts a character is repaired as the standard library repairs
    /// (each stray byte one U+FFFD), and whitespace runs read as one space: the
    /// collapsed text is written straight into the String, so this is its check.
    func testCollapsedTextRepairsACutCharacterAndCollapsesSpaces() throws {
        let d = parse("Smith\u{2019}s  case,\n  held.")
        let bytes = Array("Smith\u{2019}s".utf8)
        let apostrophe = bytes.firstIndex(of: 0xE2)!
        // from the middle of ’ (E2 80 99) to the end of "case,"
        let tail = d.collapsedText(Span(apostrophe + 1, bytes.count + 7))
        XCTAssertEqual(tail, String(decoding: [0x80, 0x99] + Array("s case,".utf8), as: UTF8.self))
        XCTAssertEqual(tail.unicodeScalars.filter { $0 == "\u{FFFD}" }.count, 2)
        // ending inside ’: the lead byte alone
        XCTAssertEqual(d.collapsedText(Span(0, apostrophe + 2)), String(decoding: Array("Smith".utf8) + [0xE2, 0x80], as: UTF8.self))
        // the whole text: two spaces and a line break with indent read as single spaces
        XCTAssertEqual(d.collapsedText(Span(0, Array("Smith\u{2019}s  case,\n  held.".utf8).count)), "Smith\u{2019}s case, held.")
    }

    func testDehyphenation() {
        let text = """
        The privilege against self-
        incrimination protects him. The court found the incrimi-
        nation risk remote, and the incrimination risk is the issue. See Smith v. Jones,
        123 F.3d 456 (2d Cir. 1999) (discussing the incrimi-
        nation risk).
        """
        let d = Pincite.parse(bytes: Array(text.utf8))
        let r = d.readingText().text
        XCTAssertTrue(r.contains("against self-incrimination protects"), r)
        XCTAssertTrue(r.contains("found the incrimination risk remote"), r)
        let cite = d.citations.first { $0.volume == "123" }
        XCTAssertEqual(cite?.parentheticals.first?.text, "discussing the incrimination risk")
    }
}

/// Pleading paper (C.D. Cal.): line numbers 1–28 in the margin, a recurring footer.
final class PleadingPaperTests: XCTestCase {
    func testLineNumbersAndFooterLeaveTheTextFlow() throws {
        let data = try Data(contentsOf: StructureTests.corpus.appendingPathComponent("structure/001_doctor_cdcal_consumerinfo_order.txt"))
        let d = Pincite.parse(bytes: [UInt8](data))
        XCTAssertEqual(d.layout.pages.count, 4)
        // every page: the ECF stamp, the 28 margin numbers, the footer "ORDER" and the docket line
        let furniture = d.layout.furniture.map { d.source.string($0.start, $0.end).trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(furniture.filter { $0 == "28" }.count, 4)
        XCTAssertEqual(furniture.filter { $0 == "ORDER" }.count, 4)
        XCTAssertTrue(furniture.contains("-3-"))
        XCTAssertFalse(furniture.contains(""), "overlapping furniture spans")
        // spans are disjoint and sorted
        for (a, b) in zip(d.layout.furniture, d.layout.furniture.dropFirst()) { XCTAssertLessThanOrEqual(a.end, b.start) }
        let r = d.readingText().text
        XCTAssertTrue(r.contains("set to expire on July 25, 2016 based on Plaintiff ConsumerInfo.com, Inc."), "margin numbers left in the text")
        XCTAssertTrue(r.contains("On July 13, 2016, the Court issued a Temporary Restraining Order (“TRO”) and Order to Show Cause"))
        XCTAssertFalse(r.contains("8:16-cv-1261-DOC (KESx)\n"))
        // the record cites are found, on their pages
        let dkt = d.citations.filter { $0.kind == .record }
        XCTAssertEqual(dkt.count, 3)
        XCTAssertEqual(dkt.map(\.location.page), [2, 2, 2])
    }
}
