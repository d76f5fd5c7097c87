import Foundation
import XCTest
@testable import Pincite

// The spans the JSON gives in the input's own bytes, for markup: a span ends right after its
// last character, not past the closing tags after it, nor past the notes the reader collects
// after the opinion (the reader writes a paragraph's line break only when the next block opens).

final class OriginalSpanTests: XCTestCase {
    private func json(_ bytes: [UInt8]) throws -> [String: Any] {
        let d = Pincite.parse(bytes: bytes)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(d.jsonBytes())) as? [String: Any])
    }

    private func text(_ bytes: [UInt8], _ span: Any?) throws -> String {
        let s = try XCTUnwrap(span as? [String: Any])
        let a = try XCTUnwrap(s["start"] as? Int), b = try XCTUnwrap(s["end"] as? Int)
        return String(decoding: bytes[a..<b], as: UTF8.self)
    }

    /// CourtListener HTML: the cite inside its link ends at its page, not at "</a>".
    func testCitationInALinkEndsAtItsLastCharacter() throws {
        let html = Array("""
        <html><body><p>The court so held. <i>Brown</i> v. <i>Board of Education,</i> <span class="citation"><a href="/opinion/1/">347 U. S. 483</a></span>.</p>
        <p>It was so ordered. <a href="/x">Ibid.</a> The judgment stands.</p></body></html>
        """.utf8)
        let cites = try XCTUnwrap(try json(html)["citations"] as? [[String: Any]])
        XCTAssertEqual(try cites.map { try text(html, $0["span"]) }, ["Brown</i> v. <i>Board of Education,</i> <span class=\"citation\"><a href=\"/opinion/1/\">347 U. S. 483", "Ibid."])
    }

    /// Harvard XML (Oliver v. United States): the last paragraph ends with its own text, not with
    /// the twelve notes after it; a note's marker is its element.
    func testLastParagraphStopsBeforeTheCollectedNotes() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/us_oliver_v_united_states_harvard.xml")
        let bytes = [UInt8](try Data(contentsOf: url))
        let doc = try json(bytes)
        let notes = try XCTUnwrap(doc["footnotes"] as? [[String: Any]])
        let firstNote = try XCTUnwrap(notes.compactMap { ($0["span"] as? [String: Any])?["start"] as? Int }.min())
        let paragraphs = try XCTUnwrap(doc["paragraphs"] as? [[String: Any]])
        for p in paragraphs {
            let s = try XCTUnwrap(p["span"] as? [String: Any])
            let a = try XCTUnwrap(s["start"] as? Int), b = try XCTUnwrap(s["end"] as? Int)
            XCTAssertFalse(a < firstNote && b > firstNote, "paragraph \(a)–\(b) runs over the notes at \(firstNote)")
        }
        for n in notes {
            let marker = try text(bytes, n["marker_span"])
            XCTAssertTrue(marker.hasPrefix("<footnotemark>") && marker.hasSuffix("</footnotemark>"), marker)
        }
    }
}
