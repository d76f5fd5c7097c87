import XCTest
@testable import Pincite

/// `--format html`: the annotated report of the Janfeshan order — every
/// citation an element in the text, short forms linked to their authority, the
/// citation table and TOA beside it — and the page really rendering in headless
/// Chromium (Debian `chromium`, installed by .ci/run), whose DOM after the
/// script ran is checked.
final class HTMLReportTests: XCTestCase {
    /// Citations with a non-empty span (each becomes one element).
    func marked(_ doc: Document) -> [Citation] { doc.citations.filter { $0.span.start < $0.span.end } }

    func testEveryCitationIsMarkedAndShortFormsLink() throws {
        let doc = CorpusDocuments.janfeshan
        let html = doc.htmlReport()
        let opinion = try XCTUnwrap(html.components(separatedBy: "<main id=\"opinion\" class=\"opinion\">").last?.components(separatedBy: "</main>").first)
        for c in marked(doc) { XCTAssertTrue(opinion.contains(" id=\"c\(c.id)\" data-cite=\"\(c.id)\""), "citation \(c.id)") }
        XCTAssertEqual(opinion.components(separatedBy: " data-cite=\"").count - 1, marked(doc).count)
        // the Id. after Grief (p. 4) links to Grief's full cite; Easley (full) is not a link
        XCTAssertTrue(opinion.contains("<a class=\"cite k-id\" id=\"c42\" data-cite=\"42\" tabindex=\"0\" href=\"#c40\">Id.</a>"))
        XCTAssertTrue(opinion.contains("<span class=\"cite k-case\" id=\"c36\" data-cite=\"36\" tabindex=\"0\">Easley v. Cromartie, 532 U.S. 234, 242 (2001)</span>"))
        // "Dove, 963 F.2d at 19" (p. 16) links to the full Dove cite
        let dove = try XCTUnwrap(doc.citations.first { $0.kind == .shortCase && doc.text($0).hasPrefix("Dove, 963 F.2d at 19") })
        let doveFull = try XCTUnwrap(doc.citations.first { $0.kind == .fullCase && $0.volume == "963" })
        XCTAssertTrue(opinion.contains("id=\"c\(dove.id)\" data-cite=\"\(dove.id)\" tabindex=\"0\" href=\"#c\(doveFull.id)\">"))
        // beside it: the TOA (entries link to the first full cite) and the table
        XCTAssertTrue(html.contains("<a href=\"#c36\"><i>Easley v. Cromartie</i>, 532 U.S. 234 (2001)</a></td><td class=\"pages\">4, 12</td>"))
        XCTAssertEqual(html.components(separatedBy: "<tr class=\"k-").count - 1, doc.citations.count)
    }

    /// The card data is valid JSON with an entry per citation, holding its parts and verdict.
    func testCardDataIsJSON() throws {
        let doc = CorpusDocuments.janfeshan
        let html = doc.htmlReport()
        let island = try XCTUnwrap(html.components(separatedBy: "<script type=\"application/json\" id=\"pincite-data\">").last?
            .components(separatedBy: "</script>").first)
        let data = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(island.utf8)) as? [String: [String: Any]])
        XCTAssertEqual(data.count, doc.citations.count)
        XCTAssertEqual(data["36"]?["case_name"] as? String, "Easley v. Cromartie")
        XCTAssertEqual(data["36"]?["pincite"] as? String, "242")
        XCTAssertEqual(data["42"]?["antecedent"] as? Int, 40)
        XCTAssertEqual(data["42"]?["authority"] as? String, "Grief v. Nassau Cty., 246 F. Supp. 3d 560 (E.D.N.Y. 2017)")
        XCTAssertEqual(data["42"]?["verdict"] as? String, "conforms")
    }

    /// Markup in the opinion text stays text, and cannot end the script island.
    func testTextIsEscaped() {
        let doc = parse("See Brown v. Board of Educ., 347 U.S. 483 (1954) </script><script>alert(1)</script> & <b>.\u{0C}")
        let html = doc.htmlReport()
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;."))
        XCTAssertEqual(html.components(separatedBy: "</script>").count - 1, 2)   // the JSON island and the script
    }

    /// Headless Chromium loads the file: the script ran, found every citation
    /// element with its data, and rendered a card.
    func testRendersInHeadlessChromium() throws {
        let chromium = which("chromium") ?? which("chromium-browser")
        try requireTool(chromium != nil, "chromium (Debian package chromium)")
        let dir = try temporaryDirectory("html")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, doc) in CorpusDocuments.all where name.hasPrefix("janfeshan/") || name.hasSuffix(".orig.html") {
            let file = dir.appendingPathComponent("report.html")
            try doc.htmlReport().write(to: file, atomically: true, encoding: .utf8)
            let r = try runProgram(chromium!, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                                              "--user-data-dir=\(dir.appendingPathComponent("profile").path)",
                                              "--dump-dom", file.absoluteString])
            XCTAssertEqual(r.status, 0, r.err)
            let n = marked(doc).count
            XCTAssertTrue(r.out.contains("<body data-cites=\"\(n)\" data-missing=\"0\" data-card=\"\(n > 0 ? "ok" : "none")\" data-ready=\"1\">"),
                          "\(name): " + (r.out.components(separatedBy: "<body").dropFirst().first?.prefix(160).description ?? r.out.prefix(300).description))
            for c in marked(doc) { XCTAssertTrue(r.out.contains(" id=\"c\(c.id)\" "), "\(name): citation \(c.id) not in the DOM") }
        }
    }
}
