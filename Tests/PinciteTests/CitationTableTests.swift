import XCTest
@testable import Pincite

/// The citation table (`--format table --style …`) on the Janfeshan order: one
/// row per citation in reading order, its parts, the authority it resolves to
/// and the Bluebook columns. Expected values read from janfeshan.txt and its
/// gold annotation (cite 36 is "Easley v. Cromartie, 532 U.S. 234, 242 (2001)"
/// on p. 4; cite 42 is the "Id." after Grief v. Nassau Cty. on p. 4).
final class CitationTableTests: XCTestCase {
    func testRowsCarryPartsAndAuthority() throws {
        let doc = CorpusDocuments.janfeshan
        let rows = doc.citationRows()
        XCTAssertEqual(rows.map(\.number), doc.citations.map(\.id))
        let easley = rows[36]
        XCTAssertEqual(easley.text, "Easley v. Cromartie, 532 U.S. 234, 242 (2001)")
        XCTAssertEqual(easley.caseName, "Easley v. Cromartie")
        XCTAssertEqual([easley.volume, easley.reporter, easley.pageOrSection, easley.pincite], ["532", "U.S.", "234", "242"])
        XCTAssertEqual(easley.year, 2001)
        XCTAssertEqual(easley.page, 4)
        XCTAssertEqual(easley.authority, "Easley v. Cromartie, 532 U.S. 234 (2001)")
        XCTAssertEqual(easley.verdict, "conforms")   // the Bluebook checker ran (the gold notes no issue)
        let id = rows[42]
        XCTAssertEqual(id.kind, .id)
        XCTAssertEqual(id.antecedent, 40)
        XCTAssertEqual(id.authority, "Grief v. Nassau Cty., 246 F. Supp. 3d 560 (E.D.N.Y. 2017)")
        // footnote 2's citation (gold: in_footnote 2, p. 3)
        XCTAssertEqual(rows[28].footnote, "2")
        // record cites are the case's own papers: no authority
        XCTAssertNil(rows[1].authority)
        XCTAssertEqual(rows[33].pageOrSection, "§ 636(b)(1)(A)")
    }

    /// The checker's verdict names the rules; gold n=20 needs "ECF Nos." (T16).
    func testCheckerVerdictNamesTheRule() {
        let row = CorpusDocuments.janfeshan.citationRows()[20]
        XCTAssertEqual(row.text, "ECF No. 31-9, 31-10")
        XCTAssertEqual(row.verdict, "deviates T16")
        XCTAssertTrue(row.issues.first?.hasSuffix("(→ ECF Nos. 31-9, 31-10)") ?? false)
    }

    /// Checks without a verdict (another checker, or none) show as their worst severity.
    func testChecksShowAsVerdictAndIssues() {
        var doc = CorpusDocuments.janfeshan
        doc.citations[36].verdict = nil
        doc.citations[36].checks = [Check(rule: "B10.1", severity: "warning", message: "pincite", suggestion: nil),
                                    Check(rule: "T6", severity: "error", message: "abbreviate", suggestion: "Cmty.")]
        let row = doc.citationRows()[36]
        XCTAssertEqual(row.verdict, "error")
        XCTAssertEqual(row.issues, ["B10.1: pincite", "T6: abbreviate (→ Cmty.)"])
        XCTAssertTrue(doc.citationTable(.csv).contains(",error,B10.1: pincite; T6: abbreviate (→ Cmty.)\r\n"))
    }

    func testCSV() {
        let doc = CorpusDocuments.janfeshan
        let csv = doc.citationTable(.csv)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, doc.citations.count + 1)
        XCTAssertEqual(lines[0], "number,page,footnote,kind,citation,case_name,volume,reporter,first_page,pincite,court,year,antecedent,authority,bluebook,issues")
        XCTAssertEqual(lines[37], "36,4,,case,\"Easley v. Cromartie, 532 U.S. 234, 242 (2001)\",Easley v. Cromartie,532,U.S.,234,242,,2001,,\"Easley v. Cromartie, 532 U.S. 234 (2001)\",conforms,")
    }

    func testJSONMarkdownAndHTML() throws {
        let doc = CorpusDocuments.janfeshan
        let obj = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(doc.citationTable(.json).utf8)) as? [String: Any])
        let rows = try XCTUnwrap(obj["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.count, doc.citations.count)
        XCTAssertEqual(rows[36]["reporter"] as? String, "U.S.")
        XCTAssertEqual(rows[36]["year"] as? Int, 2001)
        XCTAssertEqual(rows[36]["bluebook"] as? String, "conforms")
        XCTAssertEqual(rows[36]["issues"] as? [String], [])
        let md = doc.citationTable(.markdown).split(separator: "\n")
        XCTAssertEqual(md.count, doc.citations.count + 2)
        XCTAssertTrue(md[38].hasPrefix("| 36 | 4 |  | case | Easley v. Cromartie, 532 U.S. 234, 242 (2001) |"))
        let html = doc.citationTable(.html)
        XCTAssertEqual(html.components(separatedBy: "<tr class=\"k-").count - 1, doc.citations.count)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
    }
}
