import XCTest
@testable import Pincite

// The heads of federal courts of appeals whose layouts no corpus text shows, on the
// documents written for these tests in each court's layout (Corpus/constructed/circuit_heads,
// see the README there). Expected values are read off the documents.

final class CircuitHeadTests: XCTestCase {
    private func parseHead(_ name: String) throws -> Document { try parseConstructed("circuit_heads", name) }

    /// The Seventh Circuit's slip opinion: argued and decided on one row, the author run in.
    func testSeventhCircuitSlipOpinion() throws {
        let cap = try parseHead("ca7_slip.txt").tree.caption
        XCTAssertEqual(cap.court, "United States Court of Appeals For the Seventh Circuit")
        XCTAssertEqual(cap.docket, "25-2054")
        XCTAssertEqual(cap.plaintiffs, ["UNITED STATES OF AMERICA"])
        XCTAssertEqual(cap.defendants, ["MONA GHOSH"])
        // "ARGUED MAY 14, 2026 — DECIDED JULY 31, 2026": the decision's date, not the argument's
        XCTAssertEqual(cap.date, "2026-07-31")
        XCTAssertEqual(cap.judge, "RIPPLE")
    }

    /// The Seventh Circuit's nonprecedential order: the citation notice under the flag is no
    /// opinion text, "O R D E R" is the title (not a section), the star note has its mark.
    func testSeventhCircuitNonprecedentialOrder() throws {
        let doc = try parseHead("ca7_order.txt")
        let cap = doc.tree.caption
        XCTAssertEqual(cap.publicationStatus, "NONPRECEDENTIAL DISPOSITION")
        XCTAssertEqual(cap.court, "United States Court of Appeals For the Seventh Circuit")
        XCTAssertEqual(cap.date, "2026-04-29")
        // the case's number, not the district court's "No. 21-1236" in the right column
        XCTAssertEqual(cap.docket, "25-1631")
        XCTAssertEqual(cap.plaintiffs, ["PAUL A. SMITH"])
        XCTAssertEqual(cap.defendants, ["PAMELA E. HART"])
        XCTAssertTrue(cap.etAl)
        XCTAssertEqual(cap.documentTitle, "ORDER")
        XCTAssertTrue(doc.tree.sections.isEmpty, "\(doc.tree.sections.map(\.heading))")
        let note = try XCTUnwrap(doc.tree.footnotes.first)
        XCTAssertEqual(note.label, "*")
        let mark = try XCTUnwrap(note.markerSpan)
        // the star after "Submitted April 28, 2026"
        XCTAssertEqual(String(decoding: doc.source.text[(mark.start - 4)..<mark.end], as: UTF8.self), "2026*")
        XCTAssertEqual(doc.citations.first { $0.kind == .fullCase }?.caseName?.plaintiff, "Owens")
    }

    /// The Eighth Circuit: "Submitted:" and "Filed:" rows between underscore fences.
    func testEighthCircuitOpinion() throws {
        let cap = try parseHead("ca8.txt").tree.caption
        XCTAssertEqual(cap.court, "United States Court of Appeals For the Eighth Circuit")
        XCTAssertEqual(cap.docket, "24-2345")
        XCTAssertEqual(cap.plaintiffs, ["Angela Kendall"])
        XCTAssertEqual(cap.defendants, ["Zoltek Corporation"])
        XCTAssertEqual(cap.date, "2025-04-02")
        XCTAssertEqual(cap.judge, "GRUENDER")
    }

    /// The Third Circuit: a centred caption, the date in "(Opinion filed: …)".
    func testThirdCircuitNotPrecedentialOpinion() throws {
        let doc = try parseHead("ca3.txt")
        let cap = doc.tree.caption
        XCTAssertEqual(cap.publicationStatus, "NOT PRECEDENTIAL")
        XCTAssertEqual(cap.court, "UNITED STATES COURT OF APPEALS FOR THE THIRD CIRCUIT")
        XCTAssertEqual(cap.docket, "24-1234")
        XCTAssertEqual(cap.plaintiffs, ["JOHN DOE"])
        XCTAssertEqual(cap.defendants, ["SUPERINTENDENT SMITHFIELD SCI"])
        XCTAssertEqual(cap.date, "2025-06-10")
        XCTAssertEqual(cap.documentTitle, "OPINION")
        XCTAssertEqual(doc.tree.opinions.first?.type, "per_curiam")
    }

    /// The Tenth Circuit: the clerk's stamp shares its lines with the court's name, and the
    /// order and judgment is signed "Entered for the Court".
    func testTenthCircuitOrderAndJudgment() throws {
        let doc = try parseHead("ca10.txt")
        let cap = doc.tree.caption
        XCTAssertEqual(cap.court, "UNITED STATES COURT OF APPEALS FOR THE TENTH CIRCUIT")
        XCTAssertEqual(cap.date, "2025-03-03")
        XCTAssertEqual(cap.docket, "24-1234")
        XCTAssertEqual(cap.plaintiffs, ["JOHN BELCHER"])
        XCTAssertEqual(cap.documentTitle, "ORDER AND JUDGMENT")
        let signature = try XCTUnwrap(doc.tree.signature)
        let signed = String(decoding: doc.source.text[signature.start..<signature.end], as: UTF8.self)
        XCTAssertTrue(signed.hasPrefix("Entered for the Court"), signed)
        XCTAssertTrue(doc.tree.sections.isEmpty, "\(doc.tree.sections.map(\.heading))")
        XCTAssertNotNil(doc.tree.footnotes.first?.markerSpan)
    }

    /// The Eleventh Circuit: the ECF header gives the filing date; the district court's
    /// "D.C. Docket No. 1:22-cr-20123-KMW-1" is no docket-entry citation.
    func testEleventhCircuitUnpublishedOpinion() throws {
        let doc = try parseHead("ca11.txt")
        let cap = doc.tree.caption
        XCTAssertEqual(cap.publicationStatus, "[DO NOT PUBLISH]")
        XCTAssertEqual(cap.court, "United States Court of Appeals For the Eleventh Circuit")
        XCTAssertEqual(cap.docket, "24-10123")
        XCTAssertEqual(cap.plaintiffs, ["UNITED STATES OF AMERICA"])
        XCTAssertEqual(cap.defendants, ["JOHN SMITH"])
        XCTAssertEqual(cap.filedStamp?.filed, "2025-03-04")
        XCTAssertEqual(cap.filedStamp?.pages, 5)
        // (the exports give the stamp's date when the head prints none)
        let json = try jsonObject(doc)
        XCTAssertEqual((json["caption"] as? [String: Any])?["date"] as? String, "2025-03-04")
        XCTAssertEqual(doc.citations.map(\.kind), [.fullCase])
    }

    /// The Fourth Circuit: the court below in one wrapped paragraph, "Submitted: … Decided: …"
    /// on one row, counsel listed, the unpublished notice, then "PER CURIAM:".
    func testFourthCircuitUnpublishedPerCuriam() throws {
        let doc = try parseHead("ca4.txt")
        let cap = doc.tree.caption
        XCTAssertEqual(cap.publicationStatus, "UNPUBLISHED")
        XCTAssertEqual(cap.court, "UNITED STATES COURT OF APPEALS FOR THE FOURTH CIRCUIT")
        XCTAssertEqual(cap.docket, "24-4123")
        XCTAssertEqual(cap.date, "2025-03-04")
        XCTAssertEqual(doc.tree.opinions.first?.type, "per_curiam")
        // the opinion's four paragraphs, none of the head's
        XCTAssertEqual(doc.tree.paragraphs.count, 4)
        XCTAssertTrue(doc.tree.blockQuotes.isEmpty)
        XCTAssertTrue(doc.tree.headMatter.contains { $0.kind == "attorneys" })
    }

    /// The Second Circuit's summary order: its notice in capitals gives the status by its first
    /// sentence; the "stated term" preamble dates it.
    func testSecondCircuitSummaryOrder() throws {
        let cap = try parseHead("ca2.txt").tree.caption
        XCTAssertEqual(cap.documentTitle, "SUMMARY ORDER")
        XCTAssertEqual(cap.publicationStatus, "RULINGS BY SUMMARY ORDER DO NOT HAVE PRECEDENTIAL EFFECT")
        XCTAssertEqual(cap.docket, "24-1234-cv")
        XCTAssertEqual(cap.plaintiffs, ["JOHN DOE"])
        XCTAssertEqual(cap.defendants, ["ACME CORPORATION"])
        XCTAssertEqual(cap.date, "2025-03-05")
    }

    /// The Federal Circuit: "NOTE: This disposition is nonprecedential.", the case's bare
    /// number (not the Court of Federal Claims' in the "Appeal from" lines), counsel over
    /// two lines ("…, for ⏎ defendant-appellee.").
    func testFederalCircuitNonprecedentialPerCuriam() throws {
        let doc = try parseHead("cafc.txt")
        let cap = doc.tree.caption
        XCTAssertEqual(cap.publicationStatus, "This disposition is nonprecedential")
        XCTAssertEqual(cap.court, "United States Court of Appeals for the Federal Circuit")
        XCTAssertEqual(cap.docket, "2024-1234")
        XCTAssertEqual(cap.date, "2025-03-07")
        XCTAssertEqual(doc.tree.opinions.first?.type, "per_curiam")
        XCTAssertEqual(doc.tree.paragraphs.count, 1)
    }

    /// The Sixth Circuit's head after a remand (United States v. Carpenter, 6th Cir. 2019): "On
    /// Remand from the United States Supreme Court." and the court below, then "Decided and
    /// Filed", the panel, "OPINION" and the author's run-in line. The block had been taken for
    /// a block quote running into the first paragraph (date, author lost).
    func testSixthCircuitOnRemand() throws {
        let d = parse("""
                                     RECOMMENDED FOR FULL-TEXT PUBLICATION
                                         Pursuant to Sixth Circuit I.O.P. 32.1(b)
                                                File Name: 19a0126p.06

                              UNITED STATES COURT OF APPEALS
                                             FOR THE SIXTH CIRCUIT



         UNITED STATES OF AMERICA,                                  ┐
                                              Plaintiff-Appellee,   │
                                                                    │
                                                                    >      No. 14-1572
                v.                                                  │
                                                                    │
                                                                    │
         TIMOTHY IVORY CARPENTER,                                   │
                                           Defendant-Appellant.     │
                                                                    ┘

                                On Remand from the United States Supreme Court.
                     United States District Court for the Eastern District of Michigan at Detroit.
                                No. 2:12-cr-20218-4—Sean F. Cox, District Judge.

                                          Decided and Filed: June 11, 2019

                          Before: GUY, KETHLEDGE, and STRANCH, Circuit Judges.
                                                _________________

                                                     OPINION
                                                _________________

               JANE B. STRANCH, Circuit Judge. This case returns on remand from the Supreme
        Court. In our prior opinion, the majority held that the warrantless collection did not violate the Fourth
        Amendment. The Supreme Court disagreed.
        """)
        let cap = d.tree.caption
        XCTAssertEqual(cap.docket, "14-1572")
        XCTAssertEqual(cap.date, "2019-06-11")
        XCTAssertEqual(cap.judge, "JANE B. STRANCH")
        XCTAssertEqual(d.tree.opinions.first?.author, "JANE B. STRANCH")
        XCTAssertTrue(d.tree.blockQuotes.isEmpty, "the head is no quotation")
        let first = try XCTUnwrap(d.tree.paragraphs.first)
        XCTAssertTrue(d.source.string(first.span.start, first.span.end).hasPrefix("JANE B. STRANCH, Circuit Judge. This case returns"))
    }

    /// Counsel are head matter only where the clause names them; an opinion's first sentence
    /// that ends "… for the defendant." stays the opinion's.
    func testCounselListingAgainstProse() {
        let text = "SUPERIOR COURT OF NEW JERSEY\n\nJOHN DOE,\n     Plaintiff,\nv.\nACME CORP.,\n     Defendant.\n\nThe plaintiff appeals from the judgment entered below in favor of and for the defendant. We affirm for the reasons below.\n\nThe facts are simple.\n"
        XCTAssertEqual(Pincite.parse(bytes: Array(text.utf8), bluebook: nil).tree.paragraphs.count, 2)
    }
}
