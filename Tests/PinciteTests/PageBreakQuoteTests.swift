import XCTest
@testable import Pincite

// What a page break of PDF text must not cut: a block quotation that runs on to the next
// page, and the folio between dashes ("-4-") that closes a page before its form feed.
// Expectations read off Corpus/unseen/courtlistener: Commonwealth v. Herlth (Pa. Super.,
// double-spaced, quotes single-spaced) and State v. Volle (Kan., quotes indented).

final class PageBreakQuoteTests: XCTestCase {
    /// Gardner v. Haaland (D.D.C. 2026): the page breaks inside the reporter's name, "82 F." ⏎
    /// folio ⏎ form feed ⏎ "Supp. 3d 362"; the cite is whole, and the "Id." after it is its.
    func testReporterNameCutByAPageBreak() throws {
        let text = "ORDER\n\nThe Court may transfer a case in the interest of justice where a plaintiff made a\n\n"
            + "mistake in interpreting “a complex or novel jurisdictional provision.” Bethea v. Holder, 82 F.\n\n\n\n\n"
            + "                                                   8\n\u{0C}Supp. 3d 362, 366 (D.D.C. 2015). Courts assess the matter. Id. at 367.\n\n"
            + "More text follows here in the second page of the order, which goes on.\n\n\n\n"
            + "                                                   9\n\u{0C}And a third page with text.\n"
        let d = parse(text)
        let bethea = try XCTUnwrap(d.citations.cite(volume: "82", page: "362"))
        XCTAssertEqual(bethea.reporter, "F. Supp. 3d")
        XCTAssertEqual(bethea.caseName?.plaintiff, "Bethea")
        XCTAssertEqual(d.citations.first { $0.kind == .id }?.antecedent, bethea.id)
    }

    private func parseFile(_ name: String) throws -> Document {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/" + name)
        return Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: name)
    }

    private func quote(containing needle: String, in d: Document) -> BlockQuote? {
        d.tree.blockQuotes.first { d.source.string($0.span.start, $0.span.end).contains(needle) }
    }

    /// Herlth p.4–5: "… we are limited to determining whether … [The] scope of review is to
    /// ⟨-4-, form feed, J-E03003-25⟩ consider only the evidence …" is one quotation, on page 4.
    func testQuoteRunsOnPastTheFolioAndHeader() throws {
        let d = try parseFile("pa_super_commonwealth_v_herlth.txt")
        let q = try XCTUnwrap(quote(containing: "we are limited to determining whether the suppression court", in: d))
        let text = d.source.string(q.span.start, q.span.end)
        XCTAssertTrue(text.hasSuffix("in the context of the suppression record as a whole."), text)
        XCTAssertEqual(q.page, 4)
        XCTAssertNil(quote(containing: "consider only the evidence", in: d).flatMap { $0 == q ? nil : $0 }, "the page-5 part is no quote of its own")
        // the quotation and the text after it: the Shaffer cite is not inside it
        let shaffer = try XCTUnwrap(d.citations.first { $0.volume == "653" && $0.page == "258" })
        XCTAssertGreaterThanOrEqual(shaffer.span.start, q.span.end)
    }

    /// The folios "-4-", "-5-" before each form feed are page furniture, not paragraphs.
    func testDashedFolioBeforeFormFeedIsFurniture() throws {
        let d = try parseFile("pa_super_commonwealth_v_herlth.txt")
        let folios = d.tree.paragraphs.filter {
            let s = d.source.string($0.span.start, $0.span.end)
            return s.hasPrefix("-") && s.hasSuffix("-") && s.count <= 5
        }
        XCTAssertEqual(folios.count, 0, "\(folios.map { d.source.string($0.span.start, $0.span.end) })")
        let page4 = try XCTUnwrap(d.layout.pages.first { $0.number == 4 })
        XCTAssertTrue(d.layout.furniture.contains {
            page4.span.start <= $0.start && $0.end <= page4.span.end && d.source.string($0.start, $0.end).trimmingCharacters(in: .whitespaces) == "-4-"
        })
    }

    /// Volle p.9–10: the warrant's list "Any and all electronically stored information, …
    /// Information from ⟨9, form feed⟩ Third Party Apps, …" is one indented quotation.
    func testIndentedQuoteRunsOnPastTheFolio() throws {
        let d = try parseFile("kansas_state_v_volle.txt")
        let q = try XCTUnwrap(quote(containing: "Any and all electronically stored information", in: d))
        XCTAssertTrue(d.source.string(q.span.start, q.span.end).contains("Third Party Apps, Contacts Lists"))
        XCTAssertEqual(q.page, 9)
    }

    /// Davis (4th Cir.): pdftotext sets a note's mark as a number before the next cite,
    /// "… cocaine.” 3 J.A. 143." — the mark is no volume of an unknown reporter "J.A."; the
    /// record cite "J.A. 143" is read (twice in the opinion, with note 9's mark).
    func testNoteMarkBeforeARecordCite() throws {
        let d = try parseFile("fourth_circuit_davis.txt")
        XCTAssertFalse(d.citations.contains { $0.kind == .unknown && $0.reporter == "J.A." }, "\(d.citations.filter { $0.kind == .unknown }.map { d.collapsedText($0.span) })")
        let records = d.citations.filter { $0.kind == .record }.map { d.collapsedText($0.span) }
        XCTAssertTrue(records.contains("J.A. 143"))
        XCTAssertTrue(records.contains("J.A. 149"))
    }

    /// Davis: a note set on the line right after the note before ("… J.A. 143–44." ⏎ "4" ⏎ "  Davis
    /// filed …") is a note of its own (8 of the 10 had been found, note 4's text read as the body,
    /// note 10's as a block quote); with note 10 out of the sentence, "See, e.g., United States v."
    /// at the foot of p. 19 and "Beene, 818 F.3d 157" on p. 20 are one cite again.
    func testNoteRightAfterTheNoteBefore() throws {
        let d = try parseFile("fourth_circuit_davis.txt")
        XCTAssertEqual(d.tree.footnotes.map(\.label), (1...10).map(String.init))
        let beene = try XCTUnwrap(d.citations.cite(volume: "818", page: "157"))
        XCTAssertEqual(beene.caseName?.plaintiff, "United States")
        XCTAssertEqual(beene.caseName?.defendant, "Beene")
        XCTAssertEqual(beene.signal, "See, e.g.")
        let rehaif = try XCTUnwrap(d.citations.cite(volume: "139", page: "2191"))
        XCTAssertEqual(rehaif.location.footnote, "4")
    }

    /// Cook (9th Cir.): the Ninth Circuit sets a note's label a space in on a line of its own
    /// at the page foot, the note below it (" 1" ⏎ "    We do not read Gant’s holding …"; the
    /// summary's "    **" ⏎ "    This summary constitutes no part …" at the same indent). All
    /// three notes are notes, their texts no body paragraphs, and the Gant cite in note 1 is
    /// the note's.
    func testNinthCircuitLabelLines() throws {
        let d = try parseFile("ninth_circuit_cook.txt")
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["*", "**", "1"])
        let one = try XCTUnwrap(d.tree.footnotes.last)
        XCTAssertTrue(d.source.string(one.span.start, one.span.end).contains("We do not read Gant’s holding"))
        XCTAssertEqual(one.page, 9)
        let mark = try XCTUnwrap(one.markerSpan)
        XCTAssertTrue(d.source.string(mark.start - 12, mark.end).hasSuffix("Id. at 344. 1"))
        let gant = try XCTUnwrap(d.citations.first { $0.kind == .shortCase && d.collapsedText($0.span) == "Gant, 556 U.S. at 342-43" })
        XCTAssertEqual(gant.location.footnote, "1")
        XCTAssertFalse(d.tree.paragraphs.contains { d.source.string($0.span.start, $0.span.end).contains("This summary constitutes") })
    }

    /// People v. Martinez (Cal. Ct. App. 2026): notes at each page's foot with no separator, the
    /// label followed by several spaces ("      1   Undesignated statutory citations …"), marks
    /// glued to words ("murder.2", "Marsden3 motion"). All five are notes, and the cite that is
    /// note 3 names "People", not "3 People".
    func testCaliforniaPageFootNotes() throws {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/citation_verifier/cal_people_v_martinez.txt")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "cal_people_v_martinez.txt")
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1", "2", "3", "4", "5"])
        let marsden = try XCTUnwrap(d.citations.first { $0.caseName?.defendant == "Marsden" })
        XCTAssertEqual(marsden.caseName?.plaintiff, "People")
        XCTAssertEqual(marsden.location.footnote, "3")
    }
}
