import Foundation
import XCTest
@testable import Pincite

// District-court orders in CourtListener's plain text that lost their page breaks, folios
// and separator lines: each footnote still stands at the foot of its page after a gap of
// blank lines, and the next page's body goes straight on after it (GapNotes.swift).
// The texts are the orders' own words: O'Leary v. Daniel J. Edelman, Inc. (N.D. Ill. 2026,
// Corpus/unseen/citation_verifier), Forbes v. Macy's (D. Mass. 2026), Stop Illinois Health
// Care Fraud v. Sayeed (N.D. Ill. 2026) and Gerardi v. Murphy (D. Mass. 2026).

final class GapNoteTests: XCTestCase {
    static let unseen = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/unseen/citation_verifier")

    /// The notes are set in a smaller type than the body: a note's full lines are wider, and
    /// the note stops where a line no wider than the body's follows.
    func testNotesInASmallerTypeEndWhereTheBodyGoesOn() throws {
        let data = try Data(contentsOf: Self.unseen.appendingPathComponent("ilnd_oleary_v_edelman.txt"))
        let d = Pincite.parse(bytes: [UInt8](data), name: "oleary")
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1", "2", "3"])
        // note 1 holds three cases; the body's Lewitton cite right after it is no note's
        for volume in ["702", "845", "592"] {
            XCTAssertEqual(try XCTUnwrap(d.citations.cite(volume: volume)).location.footnote, "1", volume)
        }
        XCTAssertNil(try XCTUnwrap(d.citations.cite(volume: "585", page: "377")).location.footnote)
        // note 2 ends on its padded line: its two docket cites are in it, "Id." after it is not
        let note2 = d.citations.filter { $0.location.footnote == "2" && $0.kind == .record }.map { d.text($0) }
        XCTAssertEqual(note2, ["[37] at 10-11", "[30] at 10-11"])
        // the note's mark "fees.1" is found, and the body text goes on in one paragraph over the note
        let mark = try XCTUnwrap(d.tree.footnotes.first?.markerSpan)
        XCTAssertEqual(String(decoding: data[(mark.start - 1)..<mark.end], as: UTF8.self), ".1")
        let lewitton = try XCTUnwrap(d.citations.cite(volume: "585")).span.start
        let paragraph = try XCTUnwrap(d.tree.paragraphs.first { $0.span.start <= lewitton && lewitton < $0.span.end })
        XCTAssertTrue(String(decoding: data[paragraph.span.start..<paragraph.span.end], as: UTF8.self).contains("A contract is ambiguous if its terms are"))
    }

    /// Notes as wide as the body: a note's paragraph ends on a line padded to the page's
    /// width; the mark glued after a closing quote is no part of the next case's name.
    func testNotesAsWideAsTheBodyEndOnAPaddedLine() {
        let text = """
        UNITED STATES DISTRICT COURT
        DISTRICT OF MASSACHUSETTS

        MEMORANDUM AND ORDER

        elements. Wiener, 86 F.4th at 84. “[F]irst and foremost” among them “is the requirement that the \
        \nplaintiff establish an injury in fact.”1 Reddy v. Foster, 845 F.3d 493, 500 (1st Cir. 2017) (quoting \
        \nSpokeo, Inc. v. Robins, 578 U.S. 330, 338 (2016)). That requirement is a “hard floor of Article III \
        \n\n\n1 Here, the Court does not expressly address the other two elements of Article III standing, \
        \ntraceability and redressability, because it finds that the plaintiffs have not pled an injury in fact. \
        \nSee Town of Milton v. F.A.A., 87 F.4th 91, 100 (1st Cir. 2023) (dismissing action without \
        \nanalyzing traceability or redressability where petitioner failed to show injury in fact).  \
        \nof jurisdiction that cannot be removed by statute.” Summers v. Earth Island Inst., 555 U.S. 488, \
        \n497 (2009).                                                               \
        \nTo be cognizable, “[a]n injury in fact” must be “concrete, particularized, and actual or \

        """
        let d = parse(text)
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1"])
        XCTAssertEqual(d.citations.cite(volume: "87")?.location.footnote, "1")
        XCTAssertNil(d.citations.cite(volume: "555")?.location.footnote)
        XCTAssertEqual(d.citations.cite(volume: "845")?.caseName?.plaintiff, "Reddy")
    }

    /// A one-line note between "Dkt." and its number: the record cite reads over the note, and
    /// star pincites ("*4–6", "*1 n.1", one lone "*4") page nothing.
    func testARecordCiteReadsOverANote() {
        let text = """
        MEMORANDUM OPINION AND ORDER

        Stop Illinois Health Care Fraud, LLC v. Sayeed, No. 12-CV-09306, 2025 WL 3628621, at *1–2, *1 n.1 \
        \n(N.D. Ill. Dec. 15, 2025). See Sanctions Order *4–6. The Court acknowledges this. Sanctions Order \
        \n*4 (“The issue here is not really the newness of the evidence, but rather its oldness.”). \
        \nits sanctions order. Dkt. 514. The next day, Defendants filed a slightly amended version of their brief.1 \
        \nDkt. 516. After receiving the motion, the Court ordered that “Defendants’ \
        \nobligation to pay the sanctions ordered by the Court” would be stayed until February 23, 2026. Dkt. \
        \n\n1 All citations in this opinion to Defendants’ motion will refer to the amended brief. \
        \n518. Plaintiff-Relator and Defendants timely submitted their response and reply, respectively, and the \
        \nCourt held brief oral arguments on January 28, 2026.                      \
        \n\(String(repeating: "The Court has considered the parties' arguments at length and in full. ", count: 120))

        """
        let d = parse(text)
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1"])
        let records = d.citations.of(.record).map { d.text($0) }
        XCTAssertEqual(records, ["Dkt. 514", "Dkt. 516", "Dkt. 518"])
        XCTAssertTrue(d.layout.pages.isEmpty)
        XCTAssertTrue(d.layout.starPages.isEmpty)
    }

    /// A heading right below a note's last line is no part of the note.
    func testAHeadingBelowANoteStaysAHeading() {
        let text = """
        UNITED STATES DISTRICT COURT
        DISTRICT OF MASSACHUSETTS

        ORDER ON DEFENDANTS’ MOTION TO COMPEL

        Defendants Sean Murphy, David Harris, Domenic Montano, Michael Ricciardelli, and
        the Town of Saugus (collectively “Defendants”) filed a motion to compel Plaintiff Deanna
        Gerardi’s unredacted psychotherapy records.  Docket Nos. 22.  For the following reasons, I grant
        in part the motion.1                                                      \

        \n\n\n1 On September 15, 2025, Judge Joun referred this case to the undersigned for all pretrial
        proceedings and report and recommendation, excluding dispositive matters.  Docket No. 26.\u{20}
        I.   FACTUAL AND PROCEDURAL BACKGROUND                                    \

        On August 14, 2021, the Saugus Police Department dispatched officers to the Gerardis’
        home in response to a report of a suicidal individual.  Docket Nos. 1 and 11 at ¶¶ 22, 38, 42.

        """
        let d = parse(text)
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1"])
        let note = d.citations.first { d.text($0) == "Docket No. 26" }
        XCTAssertEqual(note?.location.footnote, "1")
        XCTAssertTrue(d.tree.sections.contains { $0.heading.contains("FACTUAL AND PROCEDURAL BACKGROUND") })
    }

    /// Kelly v. Hinojosa (S.D. Tex. 2026): each page ends with its "N / 12" folio, which pages
    /// the text and is no part of the next case name; the notes at a page's foot are found, one
    /// marked by a number set off by a space after a clause ("1915(g); 1 and"); the caption's
    /// "§" column is no statute.
    func testPageOfCountFoliosAndTheirNotes() throws {
        let data = try Data(contentsOf: Self.unseen.appendingPathComponent("sdtex_kelly_v_hinojosa.txt"))
        let d = Pincite.parse(bytes: [UInt8](data), name: "kelly")
        XCTAssertEqual(d.layout.pages.map(\.number), Array(1...12))
        let valentine = try XCTUnwrap(d.citations.cite(volume: "993", page: "270"))
        XCTAssertEqual(valentine.caseName?.plaintiff, "Valentine")
        XCTAssertEqual(valentine.location.page, 8)
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1", "2", "3"])
        let mark = try XCTUnwrap(d.tree.footnotes.first?.markerSpan)
        XCTAssertEqual(String(decoding: data[(mark.start - 3)..<mark.end], as: UTF8.self), "); 1")
        XCTAssertEqual(d.citations.first { d.text($0) == "28 U.S.C. § 1915(g)" && $0.location.footnote == "1" }?.location.page, 2)
        // the caption's column of "§" down the page ("JACOB KELLY, §" ⏎ "§" ⏎ "VS. §") cites nothing
        XCTAssertFalse(d.citations.contains { d.text($0).hasPrefix("§ §") }, "\(d.citations.prefix(2).map { d.text($0) })")
        XCTAssertEqual(d.citations.first.map { d.text($0) }, "42 U.S.C. § 1983")
    }

    /// Gerardi v. Murphy (D. Mass. 2026): the notes of a page stand one under the other with a
    /// blank line between, and a note line ending a sentence with two spaces (as the text puts
    /// after every sentence) does not end the note.
    func testStackedNotesWithBlankLinesBetween() {
        // the order's lines 22–70, as CourtListener gives them
        let text = "        ORDER ON DEFENDANTS’ MOTION TO COMPEL                        \n                      [Docket No. 22]                                \n\n                      January 7, 2026                                \n\nBoal, M.J.                                                                \nDefendants Sean Murphy, David Harris, Domenic Montano, Michael Ricciardelli, and \nthe Town of Saugus (collectively “Defendants”) filed a motion to compel Plaintiff Deanna \nGerardi’s unredacted psychotherapy records.  Docket Nos. 22.  For the following reasons, I grant \nin part the motion.1                                                      \n\n\n\n\n1 On September 15, 2025, Judge Joun referred this case to the undersigned for all pretrial \nproceedings and report and recommendation, excluding dispositive matters.  Docket No. 26. \nI.   FACTUAL AND PROCEDURAL BACKGROUND                                    \nOn August 14, 2021, the Saugus Police Department dispatched officers to the Gerardis’ \nhome in response to a report of a suicidal individual.  Docket Nos. 1 and 11 at ¶¶ 22, 38, 42. 2  \nOfficers Sean Murphy and David Harris entered the home where Stephanie Gerardi greeted them \n\nand asked for a hug.  Id. at ¶¶ 48-50.  After Murphy declined the request for a hug, Stephanie3 \nentered the kitchen and grabbed a knife.  Id. at ¶¶ 57, 62.  Murphy allegedly shot Stephanie three \ntimes.  Id. at ¶¶ 64, 66.  She was pronounced dead at the scene.  Id.     \nOn August 12, 2024, Plaintiffs filed a complaint against Defendants pursuant to \n42 U.S.C. § 1983; the Americans with Disabilities Act, 42 U.S.C. § 12101 et seq.; and § 504 of \nthe Rehabilitation Act of 1973, 29 U.S.C. § 794.  Docket No. 1.  The complaint also asserted \nclaims of negligent infliction of emotional distress.  Id.                \nIn response to Defendants’ document requests, Plaintiffs produced nearly 300 pages of \nDeanna’s psychotherapy records.  Docket No. 23-2 at 1.  According to Plaintiffs, Deanna’s \n\ntreatment provider, however, redacted portions of the records pertaining to a traumatic childhood \nevent that Plaintiffs characterized as irrelevant to the material issues in the case and to the \ncalculation of damages.  Docket No. 23-2 at 1.  Defendants sought the unredacted versions \nlargely because certain redactions appeared either before or after references to the shooting.4  \n\n2 Citations to “Docket No. ___” are to documents appearing on the Court’s electronic docket.  \nThey reference the docket number assigned by CM/ECF, and include pincites to the page \nnumbers appearing in the top right corner of each page within the header appended by CM/ECF. \n\n3 For the sake of clarity, I will refer to each of the Gerardi family members by their first names.   \n\n4 Defendants provide the following examples.  “[T]here appears to be a repeated redaction where \nit states ‘Trauma- disclosed [redacted] witnessed sister shot by police’ . . . ‘reliving events of the \nnight sister was killed [redacted below statement].’  There are additionally several other \nredactions which occur amongst conversation regarding her sister being shot and more clearly \nsurrounding her drug use.”  Docket No. 23-3 at 2.                         \nDocket No. 23-3 at 2.  Defendants proposed a stipulation that the documents be produced under a \nprotective order.  Docket No. 23-4 at 1-2.  Plaintiffs refused but offered to provide the unredacted \n"
        let d = parse(text)
        XCTAssertEqual(d.tree.footnotes.map(\.label), ["1", "2", "3", "4"])
        let inNote4 = d.citations.filter { $0.location.footnote == "4" }.map { d.text($0) }
        XCTAssertEqual(inNote4, ["Docket No. 23-3 at 2"])
        XCTAssertNil(d.citations.first { d.text($0) == "Docket No. 23-4 at 1-2" }?.location.footnote)
    }
}
