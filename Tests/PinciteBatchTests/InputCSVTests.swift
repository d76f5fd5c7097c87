import Foundation
import XCTest
import Pincite
@testable import PinciteBatch

/// CourtListener bulk opinions CSV: the header, quoted multi-line fields with `""` or
/// backslash escapes, the text-column preference, and broken rows as error records.
final class InputCSVTests: XCTestCase {
    typealias F = InputFixtures

    /// Rows built from real opinions: HTML in html_with_citations beats plain_text, an
    /// opinion with only plain_text, one with xml_harvard, one with every text empty.
    func rows(backslash: Bool = false) -> (String, [String]) {
        let rows = [
            F.csvRow(id: "101", ["plain_text": F.text(F.acms), "html_with_citations": F.text(F.nyHTML)], backslash: backslash),
            F.csvRow(id: "102", ["plain_text": F.text(F.janfeshan)], backslash: backslash),
            F.csvRow(id: "103", ["xml_harvard": F.text(F.kirkXML), "html": ""], backslash: backslash),
            F.csvRow(id: "104", [:], backslash: backslash),
            F.csvRow(id: "105", ["html_lawbox": "<p>He said \"no\" \\ twice; see 410 U.S. 113.</p>"], backslash: backslash),
        ]
        return (F.csvHeaderLine + "\n" + rows.joined(separator: "\n") + "\n", rows)
    }

    func check(_ docs: [BatchDocument], _ file: String) {
        XCTAssertEqual(docs.map(\.id), ["101", "102", "103", "104", "105"])
        XCTAssertEqual(docs[0].bytes, F.nyHTML)
        XCTAssertEqual(docs[0].format, .html)
        XCTAssertEqual(docs[1].bytes, F.janfeshan)
        XCTAssertEqual(docs[1].format, .text)
        XCTAssertEqual(docs[2].bytes, F.kirkXML)
        XCTAssertEqual(docs[2].format, .capXML)
        XCTAssertTrue(docs[3].error?.contains("no non-empty text column") == true)
        XCTAssertEqual(F.text(docs[4].bytes), "<p>He said \"no\" \\ twice; see 410 U.S. 113.</p>")
        XCTAssertEqual(docs[1].origin, "\(file):row 2")
        for d in docs where d.error == nil { XCTAssertFalse(Pincite.parse(bytes: d.bytes, name: d.id, format: d.format).citations.isEmpty, d.id) }
    }

    func testDoubledQuotes() throws {
        let dir = TempFolder()
        let file = dir.write("opinions.csv", rows().0)
        check(try readAll([file]), file)
    }

    func testBackslashEscapes() throws {
        let dir = TempFolder()
        let file = dir.write("opinions.csv", rows(backslash: true).0)
        check(try readAll([file]), file)
        check(try readAll([file], InputOptions(csvEscape: .backslash)), file)
    }

    func testCompressedCSVWithCRLFAndABOM() throws {
        let dir = TempFolder()
        let text = "\u{FEFF}" + rows().0.replacingOccurrences(of: "\"\n\"", with: "\"\r\n\"")
        let file = try compress("bzip2", dir.write("opinions-2024.csv", text))
        let docs = try readAll([file])
        XCTAssertEqual(docs.map(\.id), ["101", "102", "103", "104", "105"])
        XCTAssertEqual(docs[1].bytes, F.janfeshan)
    }

    /// The last field opens a quote and never closes it, claiming 100 MB: one error record,
    /// nothing held beyond the limit, and the rows before it intact.
    func testUnterminatedQuoteClaimingAHugeFieldAtTheEnd() throws {
        let dir = TempFolder()
        let path = dir.write("dump.csv", rows().0 + "\"106\",\"2024\",\"010combined\",\"x\",\"")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<100 { handle.write(chunk) }
        try handle.close()
        let docs = try readAll([path], InputOptions(maxDocumentBytes: 64 * 1024))
        XCTAssertEqual(docs.map(\.id), ["101", "102", "103", "104", "105", "106"])
        XCTAssertTrue(docs[5].error?.contains("not closed before the input ends") == true, docs[5].error ?? "")
        XCTAssertTrue(docs[5].bytes.isEmpty)
    }

    /// A quote left open in the middle of a dump ends at the next line that starts like a
    /// record; a field over the limit is read past; the rows after both still arrive.
    func testBrokenRowsInTheMiddleCostOneRowEach() throws {
        let dir = TempFolder()
        let (_, good) = rows()
        let unterminated = "\"201\",\"2024\",\"010combined\",\"x\",\"text whose quote never closes\n and more lines \"\"quoted\"\"\n"
        let oversized = F.csvRow(id: "202", ["plain_text": String(repeating: "Roe v. Wade, 410 U.S. 113 (1973).\n", count: 3000)])
        let short = "\"203\",\"2024\""
        let text = F.csvHeaderLine + "\n" + [good[0], unterminated + good[1], oversized, short, good[4]].joined(separator: "\n") + "\n"
        let file = dir.write("dump.csv", text)
        let docs = try readAll([file], InputOptions(maxDocumentBytes: 50_000))
        XCTAssertEqual(docs.map(\.id), ["101", "201", "102", "202", "203", "105"])
        XCTAssertTrue(docs[1].error?.contains("not closed before the next record starts") == true, docs[1].error ?? "")
        XCTAssertEqual(docs[2].bytes, F.janfeshan)
        XCTAssertTrue(docs[3].error?.contains("over the limit") == true, docs[3].error ?? "")
        XCTAssertTrue(docs[4].error?.contains("2 fields") == true, docs[4].error ?? "")
        XCTAssertNil(docs[5].error)
    }

    func testNotACourtListenerCSVAndEmptyCSV() throws {
        let dir = TempFolder()
        let other = dir.write("other.csv", "name,court\n\"a\",\"b\"\n")
        let empty = dir.write("empty.csv", "")
        let docs = try readAll([other, empty])
        XCTAssertEqual(docs.count, 2)
        XCTAssertTrue(docs[0].error?.contains("not a CourtListener opinions CSV") == true)
        XCTAssertTrue(docs[1].error?.contains("no header") == true)
    }
}
