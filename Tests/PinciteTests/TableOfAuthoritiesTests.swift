import XCTest
@testable import Pincite

/// `--format toa` on the Janfeshan order, checked against its hand-checked gold
/// annotation (Corpus/janfeshan/janfeshan.gold.json: each citation's page and
/// antecedent, read by a person) and a reviewed golden Markdown file.
final class TableOfAuthoritiesTests: XCTestCase {
    /// For every case the gold annotation lists, the pages on which it or a
    /// short form / Id. of it stands (the antecedent chain followed to the full
    /// cite) are exactly the pages of the TOA entry that starts at that cite.
    func testCasePagesMatchTheGoldAnnotation() throws {
        let doc = CorpusDocuments.janfeshan
        let data = try Data(contentsOf: URL(fileURLWithPath: RepoPaths.path("Corpus/janfeshan/janfeshan.gold.json")))
        let gold = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cites = try XCTUnwrap(gold["citations"] as? [[String: Any]])
        func root(_ i: Int) -> Int {
            var i = i, steps = 0
            while cites[i]["kind"] as? String != "case", let a = cites[i]["antecedent"] as? Int, steps < 200 { i = a; steps += 1 }
            return i
        }
        var goldPages: [Int: Set<Int>] = [:]   // gold index of the full cite → pages
        for i in cites.indices {
            let r = root(i)
            guard cites[r]["kind"] as? String == "case", let page = cites[i]["opinion_page"] as? Int else { continue }
            goldPages[r, default: []].insert(page)
        }
        let authorities = doc.authorities().filter { $0.category == .cases }
        var matched = 0
        for (r, pages) in goldPages {
            let span = try XCTUnwrap(cites[r]["span"] as? [Int])
            // the gold full cite is the first full cite of one TOA entry (same start byte)
            guard let a = authorities.first(where: { doc.source.original(doc.citations[$0.first].span.start) == span[0] }) else {
                continue   // a later full cite of an authority cited before (a repeated full form) has no entry of its own
            }
            XCTAssertEqual(Set(a.pages), pages, a.fullForm)
            matched += 1
        }
        // 43 full case cites in the gold; a few repeat an authority already cited
        XCTAssertGreaterThanOrEqual(matched, 40)
        XCTAssertEqual(authorities.count, matched)
    }

    /// Id. counts for its authority: Janfeshan (2017 WL) is cited in full on p. 2
    /// and only by "Id. at *12" on p. 3.
    func testIdAndShortFormsCountForTheirAuthority() throws {
        let doc = CorpusDocuments.janfeshan
        let a = try XCTUnwrap(doc.authorities().first { $0.caseName?.hasPrefix("Janfeshan") == true })
        XCTAssertEqual(a.pages, [2, 3])
        XCTAssertEqual(a.fullForm, "Janfeshan v. U.S. Customs & Border Prot., No. 16-CV-6915 (ARR) (LB), 2017 WL 3972461 (E.D.N.Y. Aug. 21, 2017)")
        XCTAssertEqual(a.citations.map { doc.citations[$0].kind }, [.fullCase, .id, .id])
    }

    /// Headings in order, cases alphabetical, statutes by title and section with
    /// numbers compared as numbers, rules without "§".
    func testCategoriesAndOrder() {
        let list = CorpusDocuments.janfeshan.authorities()
        let categories = list.map(\.category)
        XCTAssertEqual(categories, categories.sorted { AuthorityCategory.allCases.firstIndex(of: $0)! < AuthorityCategory.allCases.firstIndex(of: $1)! })
        XCTAssertEqual(Set(categories), [.cases, .statutes, .rules])
        XCTAssertEqual(list.filter { $0.category == .statutes }.map(\.fullForm),
                       ["5 U.S.C. § 552a", "6 U.S.C. § 122", "6 U.S.C. § 485", "26 U.S.C. § 6013 and 6105", "28 U.S.C. § 636"])
        XCTAssertEqual(list.filter { $0.category == .rules }.map(\.fullForm), ["Fed. R. Civ. P. 26", "Fed. R. Civ. P. 72"])
        XCTAssertEqual(list.filter { $0.category == .rules }.map(\.pages), [[4, 5], [4]])
        let names = list.filter { $0.category == .cases }.compactMap(\.caseName)
        XCTAssertEqual(names.first, "Aguilar v. ICE")
        XCTAssertEqual(names.last, "Wagafe v. Trump")
    }

    /// "passim" from the threshold on (5 by default, 0 = never). The Education
    /// Management case is cited on pages 11, 12, 13 and 15 (gold annotation).
    func testPassimThreshold() throws {
        let doc = CorpusDocuments.janfeshan
        let line = { (toa: String) in toa.split(separator: "\n").first { $0.contains("Education Management") }.map(String.init) ?? "" }
        XCTAssertTrue(line(doc.tableOfAuthorities(TOAOptions(style: .markdown))).hasSuffix("— 11, 12, 13, 15"))
        XCTAssertTrue(line(doc.tableOfAuthorities(TOAOptions(style: .markdown, passimThreshold: 4))).hasSuffix("— passim"))
        XCTAssertTrue(line(doc.tableOfAuthorities(TOAOptions(style: .markdown, passimThreshold: 0))).hasSuffix("— 11, 12, 13, 15"))
    }

    /// The whole Markdown TOA equals the reviewed golden file (its page lists
    /// were checked one by one against the gold annotation).
    func testMarkdownGolden() throws {
        let golden = try String(contentsOfFile: RepoPaths.path("Corpus/janfeshan/janfeshan.toa.md"), encoding: .utf8)
        XCTAssertEqual(CorpusDocuments.janfeshan.tableOfAuthorities(TOAOptions(style: .markdown)), golden)
    }

    /// Text: dot leaders to the page list; HTML: italic case names, one row per entry.
    func testTextAndHTMLStyles() {
        let doc = CorpusDocuments.janfeshan
        let text = doc.tableOfAuthorities()
        XCTAssertTrue(text.contains("\nEasley v. Cromartie, 532 U.S. 234 (2001) ....") && text.contains(".... 4, 12\n"))
        let html = doc.tableOfAuthorities(TOAOptions(style: .html))
        XCTAssertTrue(html.contains("<td class=\"entry\"><i>Easley v. Cromartie</i>, 532 U.S. 234 (2001)</td><td class=\"pages\">4, 12</td>"))
        XCTAssertEqual(html.components(separatedBy: "<td class=\"entry\">").count - 1, doc.authorities().count)
        XCTAssertTrue(parse("No citations here.").tableOfAuthorities().contains("No authorities cited."))
    }

    /// Web text collects the footnotes at the end, after the last star page; a
    /// citation in a note counts for the page of the note's marker. In re K.N.C.
    /// (Ga. Ct. App., 015 HTML; checked by hand in the .txt): marker [4] stands
    /// between *795 and *796 (In re M.C.J.), marker [7] between *796 and *797
    /// (Gignilliat; Pulliam); OCGA § 15-11-28 (the table names it as T1 does, "Ga. Code
    /// Ann.") is cited in the text and in notes [3] and [6], all on *795.
    func testFootnoteCitationsCountOnTheMarkersPage() throws {
        let doc = try XCTUnwrap(CorpusDocuments.all.first { $0.name == "formats/015_fastcase_gactapp_in_re_knc.orig.html" }?.doc)
        let list = doc.authorities()
        func pages(_ prefix: String) -> [Int]? { list.first { $0.fullForm.hasPrefix(prefix) }?.pages }
        XCTAssertEqual(pages("In re M.C.J."), [795])
        XCTAssertEqual(pages("Gignilliat v. State"), [796])
        XCTAssertEqual(pages("Pulliam v. State"), [796])
        XCTAssertEqual(pages("Ga. Code Ann. § 15-11-28"), [795])
        XCTAssertTrue(doc.tableOfAuthorities().contains("reporter's star pages"))
        // note [10]: "In the Interest of O.J., 257 Ga.App. 1, 3-4(2), 570 S.E.2d 79 (2002)" is one
        // authority with both reporters, though the parser leaves the two cites unlinked
        XCTAssertEqual(list.filter { $0.fullForm.contains("257 Ga. App. 1") }.map(\.fullForm),
                       ["In the Interest of O.J., 257 Ga. App. 1, 570 S.E.2d 79 (2002)"])
        XCTAssertFalse(list.contains { $0.fullForm.hasPrefix("570 S.E.2d") })
    }
}
