import XCTest
@testable import Pincite

// The opinion's own reporter citations printed above its caption (Parser/OwnCitations.swift),
// and the markup fixes found by parsing the structured originals of corpus-dev opinions
// next to their plain texts: the same opinion must give the same citations and caption
// whatever the format. Files are in Corpus/formats (copies from /work/shared/corpus-dev).

private let formatsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/formats")

private func parseFile(_ name: String) throws -> Document {
    let bytes = Array(try Data(contentsOf: formatsDir.appendingPathComponent(name)))
    return Pincite.parse(bytes: bytes, name: name, bluebook: nil)
}

private func citationTexts(_ doc: Document) -> [String] {
    doc.citations.map { doc.collapsedText($0.span) }
}

/// West v. United States with a publisher's head: the cite is the caption's, the party is
/// Bernard WEST, and the one citation is the one in the opinion.
private func assertWestHeadIsTheCaptions(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    let doc = Pincite.parse(bytes: Array(text.utf8), bluebook: nil)
    XCTAssertEqual(doc.tree.caption.reporterCitations, ["100 A.3d 1076"], file: file, line: line)
    XCTAssertEqual(doc.tree.caption.plaintiffs, ["Bernard WEST"], file: file, line: line)
    XCTAssertEqual(citationTexts(doc), ["Salmon v. United States, 719 A.2d 949, 953 (D.C.1997)"], file: file, line: line)
}

final class OwnCitationTests: XCTestCase {
    /// Fastcase's XML heads the opinion with "21 N.Y.3d 942⏎990 N.E.2d 139⏎968 N.Y.S.2d 5"
    /// above "People v. Lonnie Flowers": the caption's reporter cites, not citations.
    func testFastcaseHeaderCitesAreTheCaptionsNotCitations() throws {
        let doc = try parseFile("012_fastcase_ny_people_v_flowers.orig.xml")
        XCTAssertEqual(doc.tree.caption.reporterCitations, ["21 N.Y.3d 942", "990 N.E.2d 139", "968 N.Y.S.2d 5"])
        let texts = citationTexts(doc)
        XCTAssertFalse(texts.contains { $0.hasPrefix("21 N.Y.3d 942") || $0.hasPrefix("990 N.E.2d 139") || $0.hasPrefix("968 N.Y.S.2d 5") },
                       "\(texts)")
        // the same citations as the plain text of the opinion (Corpus/formats/…txt)
        let plain = Pincite.parse(bytes: Array(try Data(contentsOf: formatsDir.appendingPathComponent("012_fastcase_ny_people_v_flowers.txt"))),
                                  bluebook: nil)
        XCTAssertEqual(doc.citations.count, plain.citations.count)
        XCTAssertEqual(doc.tree.caption.plaintiffs, ["People"])
    }

    /// Wisconsin's header: two reporter cites and the public-domain cite "2018 WI 11",
    /// which prose cites only with a name or a paragraph pincite. None of the three may
    /// run into the first party's name.
    func testPublicDomainCiteLineAboveTheCaption() throws {
        let doc = try parseFile("014_fastcase_wis_madison_teachers_v_scott.orig.xml")
        XCTAssertEqual(doc.tree.caption.reporterCitations, ["379 Wis. 2d 439", "906 N.W.2d 436", "2018 WI 11"])
        XCTAssertEqual(doc.tree.caption.plaintiffs, ["MADISON TEACHERS, INC."])
        XCTAssertEqual(doc.tree.caption.court, "Supreme Court of Wisconsin")
        XCTAssertEqual(doc.tree.caption.docket, "2016AP2214")
        XCTAssertFalse(citationTexts(doc).contains { $0.hasPrefix("379 Wis.2d 439") || $0.hasPrefix("906 N.W.2d 436") })
        // the JSON carries them with the caption
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(doc.jsonBytes())) as? [String: Any])
        let caption = try XCTUnwrap(json["caption"] as? [String: Any])
        XCTAssertEqual(caption["reporter_citations"] as? [String], ["379 Wis. 2d 439", "906 N.W.2d 436", "2018 WI 11"])
    }

    /// A plain-text export headed by its own cite (CourtListener's "554 U.S. 570 (2008)" style).
    func testCiteLineAtTheTopOfPlainText() {
        let text = """
        100 A.3d 1076 (2014)

        Bernard WEST, Appellant.
        v.
        UNITED STATES, Appellee.

        No. 12-CF-1657.

        District of Columbia Court of Appeals.

        THOMPSON, Associate Judge:

        A jury convicted appellant of possession. See Salmon v. United States, 719 A.2d 949, 953 (D.C.1997).
        """
        assertWestHeadIsTheCaptions(text)
    }

    /// Westlaw's head: a title line naming the case with its cite, then the cite alone and
    /// the caption. The first line may name the case; later lines may not.
    func testWestlawTitleLine() {
        let text = """
        West v. United States, 100 A.3d 1076 (2014)

        100 A.3d 1076
        District of Columbia Court of Appeals.
        Bernard WEST, Appellant,
        v.
        UNITED STATES, Appellee.
        No. 12-CF-1657.
        Decided Sept. 18, 2014.

        THOMPSON, Associate Judge:

        A jury convicted appellant of possession. See Salmon v. United States, 719 A.2d 949, 953 (D.C.1997).
        """
        assertWestHeadIsTheCaptions(text)
        // a named cite alone is a citation, and so is one on a later head line
        XCTAssertEqual(citationTexts(Pincite.parse(bytes: Array("Smith v. Jones, 1 U.S. 1 (1990)\n".utf8), bluebook: nil)),
                       ["Smith v. Jones, 1 U.S. 1 (1990)"])
    }

    /// The Supreme Court's slip opinions head every page with "Cite as: 554 U. S. ____ (2008)"
    /// and the page number: a running header naming the opinion, wherever the page starts.
    func testSlipOpinionCiteAsHeader() {
        let page1 = "SUPREME COURT OF THE UNITED STATES\n\nDISTRICT OF COLUMBIA ET AL. v. HELLER\n\nThe District bans handgun possession in the home. See United States v. Miller, 307 U. S. 174, 178 (1939).\n"
        let page2 = "                  Cite as: 554 U. S. ____ (2008)                      3\n\nWe consider whether the prohibition violates the Second Amendment.\n"
        let doc = Pincite.parse(bytes: Array((page1 + "\u{0C}" + page2).utf8), bluebook: nil)
        XCTAssertEqual(doc.tree.caption.reporterCitations, ["554 U.S. ___"])
        XCTAssertEqual(citationTexts(doc), ["United States v. Miller, 307 U. S. 174, 178 (1939)"])
        XCTAssertTrue(doc.layout.furniture.contains { doc.collapsedText($0) == "Cite as: 554 U. S. ____ (2008) 3" })
        // a "Cite as" line with more than a cite on it is left alone (the BIA's "… Interim Decision #3894")
        let bia = Pincite.parse(bytes: Array("Cite as 27 I&N Dec. 48 (BIA 2017) Interim Decision #3894\nMatter of ALDAY-DOMINGUEZ\n".utf8), bluebook: nil)
        XCTAssertEqual(bia.tree.caption.reporterCitations, [])
    }

    /// Only lines of bare cites count: a citation sentence at the top, and a cite line in
    /// the body after the prose has begun, stay citations.
    func testCitationSentencesAndBodyLinesStayCitations() {
        let opening = Pincite.parse(bytes: Array("See 554 U.S. 570 (2008).\n\nThe court held that the statute applies here and in every other case.\n".utf8),
                                    bluebook: nil)
        XCTAssertEqual(opening.tree.caption.reporterCitations, [])
        XCTAssertEqual(citationTexts(opening), ["554 U.S. 570 (2008)"])
        let body = """
        We have said so many times before, and we say it again in this case today:

        554 U.S. 570 (2008)

        The judgment is affirmed.
        """
        let doc = Pincite.parse(bytes: Array(body.utf8), bluebook: nil)
        XCTAssertEqual(doc.tree.caption.reporterCitations, [])
        XCTAssertEqual(citationTexts(doc), ["554 U.S. 570 (2008)"])
    }

    /// A text that is one citation, or a list of citations one per line, is citations:
    /// no caption follows the cite lines.
    func testCitationSnippetsAndListsStayCitations() {
        let one = Pincite.parse(bytes: Array("12 F.3d 345".utf8), bluebook: nil)
        XCTAssertEqual(citationTexts(one), ["12 F.3d 345"])
        XCTAssertEqual(one.tree.caption.reporterCitations, [])
        let list = Pincite.parse(bytes: Array("554 U.S. 570 (2008)\n410 U.S. 113 (1973)\n\n347 U.S. 483\n".utf8), bluebook: nil)
        XCTAssertEqual(citationTexts(list), ["554 U.S. 570 (2008)", "410 U.S. 113 (1973)", "347 U.S. 483"])
        XCTAssertEqual(list.tree.caption.reporterCitations, [])
    }

    /// The Wisconsin HTML tags the markers of both reporters' pages alike
    /// (data-citation-index="1"): "*443 … *438 *444 *445 *439". The page list follows
    /// one series, as the plain text's star pages do.
    func testInterleavedMarkupPageSeriesKeepTheMainOne() throws {
        let doc = try parseFile("014_fastcase_wis_madison_teachers_v_scott.orig.html")
        let numbers = doc.layout.pages.map(\.number)
        XCTAssertEqual(numbers.first, 442)
        XCTAssertEqual(numbers.last, 470)
        XCTAssertEqual(numbers, numbers.sorted(), "pages go back: \(numbers)")
        XCTAssertFalse(numbers.contains(438))
    }

    /// California's HTML tags the party line "The People, Plaintiff and Respondent," as a
    /// docket number, before the real one: a docket number has a digit. The markup's
    /// court "…, California." loses its period as the text caption's does.
    func testMarkupDocketNeedsADigitAndCourtLosesItsPeriod() throws {
        let doc = try parseFile("011_fastcase_calctapp_in_re_av.orig.html")
        XCTAssertEqual(doc.tree.caption.docket, "A148307")
        XCTAssertEqual(doc.tree.caption.court, "Court of Appeal, First District, Division 1, California")
    }

    func testNewYorkReportingBureauHeadHoldsNoCitations() throws {
        // 008 (Corpus/gold, the Law Reporting Bureau's web page as text): the page title
        // "… - 2026 NY Slip Op 01932", the cite again under the navigation, and the notice
        // "Published by … pursuant to Judiciary Law § 431." are the publisher's, as the gold says
        let url = formatsDir.deletingLastPathComponent().appendingPathComponent("gold/008_juriscraper_nyappdiv2_70_35_113th_st.txt")
        let doc = Pincite.parse(bytes: Array(try Data(contentsOf: url)), name: "008", bluebook: nil)
        XCTAssertEqual(doc.tree.caption.reporterCitations, ["2026 NY Slip Op 01932"])
        let texts = citationTexts(doc)
        XCTAssertFalse(texts.contains { $0.contains("Slip Op") || $0.contains("Judiciary Law") })
        XCTAssertEqual(texts.first, "Kugel v Reynolds, 228 AD3d 743, 748")
        // juriscraper's ny_permanent_format.html as text (its head, a notice over two lines and
        // the official cite in brackets), with the first sentence of the opinion
        let ny = Pincite.parse(bytes: Array("""
            People v Seymore (2026 NY Slip Op 00028)

            People v Seymore

            2026 NY Slip Op 00028 [245 AD3d 423]

            January 6, 2026

            Appellate Division, First Department

            Published by New York State Law Reporting Bureau
            pursuant to Judiciary Law § 431.

            As corrected through Thursday, May 7, 2026

            [*1]

            The People of the State of New York,
            Respondent,
            v
            Teon Seymore, Appellant.

            Defendant validly waived his right to appeal (see People v Thomas, 34 NY3d 545, 559 [2019], cert denied 589 US 1302 [2020]).
            """.utf8), bluebook: nil)
        XCTAssertEqual(ny.tree.caption.reporterCitations, ["2026 NY Slip Op 00028", "245 A.D.3d 423"])
        XCTAssertEqual(citationTexts(ny).first, "People v Thomas, 34 NY3d 545, 559 [2019], cert denied 589 US 1302 [2020]")
    }

    /// People v Dondorfer (N.Y. 2026) as CourtListener's text of the slip opinion's web page, one
    /// flattened line: the page's title and heading, "People v Dondorfer ( 2026 NY Slip Op 00823 )
    /// People v Dondorfer 2026 NY Slip Op 00823", are the opinion's own cite, not two citations.
    func testRepeatedTitleCiteOfAFlattenedWebPage() {
        let doc = Pincite.parse(bytes: Array("""
        People v Dondorfer ( 2026 NY Slip Op 00823 ) People v Dondorfer 2026 NY Slip Op 00823 Decided on February 17, 2026 Court of Appeals Garcia, J. Published by New York State Law Reporting Bureau pursuant to Judiciary Law § 431. This opinion is uncorrected and subject to revision before publication in the Official Reports. Decided on February 17, 2026 No. 4 [*1]The People &amp; c., Respondent, v Phillip Dondorfer, Appellant. GARCIA, J. Nearly fifty years ago in People v Cruz , this Court defined the terms "impaired" and "intoxicated" ( 48 NY2d 419, 427-428 [1979]).
        """.utf8), name: "dondorfer.txt")
        XCTAssertFalse(doc.citations.contains { $0.reporter == "NY Slip Op" }, "\(doc.citations.map { doc.text($0) })")
        XCTAssertEqual(doc.tree.caption.reporterCitations, ["2026 NY Slip Op 00823"])
        XCTAssertTrue(doc.citations.contains { $0.volume == "48" && $0.page == "419" })
    }
}
