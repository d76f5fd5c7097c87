import Foundation
import XCTest
import Pincite
@testable import PinciteBatch

/// JSON Lines: `{id, text|html|xml}` records, CAP cases and CourtListener opinion objects,
/// one document or one error record per line, whatever the line holds.
final class InputJSONLinesTests: XCTestCase {
    typealias F = InputFixtures

    func testEveryRecordShape() throws {
        let dir = TempFolder()
        let capCase = F.text(F.capJSON).replacingOccurrences(of: "\n", with: " ")
        let clOpinion = "{\"id\": 8675309, \"plain_text\": \(F.json(F.text(F.acms))), \"html_lawbox\": \(F.json(F.text(F.nyHTML))), \"html\": \"\"}"
        let lines = [
            F.jsonLine(id: "t", "text", F.janfeshan),
            F.jsonLine(id: "h", "html", F.nyHTML),
            F.jsonLine(id: "x", "xml", F.kirkXML),
            F.jsonLine(id: "xh", "xml", F.flowersXML),
            capCase,
            clOpinion,
            "",
            "   ",
            F.jsonLine(id: nil, "text", F.acms),
        ]
        let file = dir.write("mixed.ndjson", lines.joined(separator: "\n"))   // no final newline
        let docs = try readAll([file])
        XCTAssertEqual(docs.map(\.id), ["t", "h", "x", "xh", "5594507", "8675309", "\(file):9"])
        XCTAssertEqual(docs.map(\.format), [.text, .html, .capXML, .html, .capJSON, .html, .text])
        XCTAssertEqual(docs[0].bytes, F.janfeshan)
        XCTAssertEqual(docs[1].bytes, F.nyHTML)
        XCTAssertEqual(docs[2].bytes, F.kirkXML)
        XCTAssertEqual(docs[4].bytes, Array(capCase.utf8), "a CAP case is the line itself")
        XCTAssertEqual(docs[5].bytes, F.nyHTML, "CourtListener prefers html_lawbox to plain_text")
        XCTAssertEqual(docs[6].bytes, F.acms)
        XCTAssertEqual(docs[6].origin, "\(file):line 9")
        XCTAssertTrue(docs.allSatisfy { $0.error == nil })
        // the texts parse as what they are
        let cap = Pincite.parse(bytes: docs[4].bytes, name: docs[4].id, format: docs[4].format)
        XCTAssertFalse(cap.citations.isEmpty)
    }

    func testEscapesDecodeToTheOriginalBytes() throws {
        let dir = TempFolder()
        // \u escapes for every non-ASCII character, surrogate pairs included
        let text = "Section \u{00A7} 1983 \u{2014} \u{201C}quoted\u{201D} \u{1F600}\ttab/slash\\"
        var escaped = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 { escaped += F.json(String(scalar)).dropFirst().dropLast(); continue }
            for unit in String(scalar).utf16 { escaped += String(format: "\\u%04x", unit) }
        }
        let lone = "{\"id\": \"lone\", \"text\": \"a\\ud800b\"}"
        let file = dir.write("esc.jsonl", "{\"id\": \"e\", \"text\": \"\(escaped)\"}\n" + lone + "\n")
        let docs = try readAll([file])
        XCTAssertEqual(docs.map(\.bytes), [Array(text.utf8), Array("a\u{FFFD}b".utf8)])
    }

    /// Broken lines: each gives exactly one error record, and the lines after it still arrive.
    func testBrokenLinesAreOneErrorRecordEach() throws {
        let dir = TempFolder()
        var binary: [UInt8] = Array("{\"id\": \"bin\", \"text\": \"".utf8)
        binary += [0x80, 0xFF, 0x00, 0x01, 0xC3, 0x28, 0xFE, 0x41, 0x09, 0x1B] + Array(" Roe v. Wade, 410 U.S. 113 (1973).\"}".utf8)
        let big = F.jsonLine(id: "big", "text", F.janfeshan)   // 47 KB, over the limit below
        var lines: [[UInt8]] = [
            Array(F.jsonLine(id: "ok1", "text", F.acms).utf8),
            Array("{\"id\": \"bad1\", \"text\": \"unterminated}".utf8),
            Array("not json at all".utf8),
            binary,
            Array(big.utf8),
            Array("{\"id\": 12, \"text\": 5}".utf8),
            Array("[1, 2, 3]".utf8),
            Array("{\"id\": \"two\", \"text\": \"a\"} {\"id\": \"three\"}".utf8),
            Array(F.jsonLine(id: "ok2", "html", F.nyHTML).utf8),
        ]
        lines[1] += [0x0D]   // CRLF line ending on a broken line
        let file = dir.write("broken.jsonl", Array(lines.joined(separator: [0x0A])) + [0x0A])
        let docs = try readAll([file], InputOptions(maxDocumentBytes: 20_000))
        XCTAssertEqual(docs.count, lines.count, "one record per line")
        XCTAssertEqual(docs.map(\.id), ["ok1", "bad1", "\(file):3", "bin", "big", "12", "\(file):7", "two", "ok2"])
        XCTAssertNil(docs[0].error)
        XCTAssertTrue(docs[1].origin.hasSuffix("line 2") && docs[1].error!.contains("malformed JSON"), docs[1].error!)
        XCTAssertTrue(docs[2].origin.hasSuffix("line 3") && docs[2].error != nil)
        XCTAssertNil(docs[3].error, "invalid UTF-8 and control bytes are the parser's problem, not the reader's")
        XCTAssertEqual(Array(docs[3].bytes.prefix(10)), [0x80, 0xFF, 0x00, 0x01, 0xC3, 0x28, 0xFE, 0x41, 0x09, 0x1B])
        XCTAssertTrue(docs[4].error!.contains("over the limit") && docs[4].error!.contains("\(big.utf8.count) bytes"), docs[4].error!)
        XCTAssertTrue(docs[5].error!.contains("no non-empty"))
        XCTAssertTrue(docs[6].error!.contains("not a JSON object"))
        XCTAssertTrue(docs[7].error!.contains("after the JSON object"))
        XCTAssertNil(docs[8].error)
        XCTAssertEqual(docs[8].bytes, F.nyHTML)
        // the binary text still parses without failing, with a diagnostic
        let parsed = Pincite.parse(bytes: docs[3].bytes, name: "bin", format: docs[3].format)
        XCTAssertTrue(parsed.citations.contains { $0.volume == "410" && $0.reporter == "U.S." })
    }

    /// `"id": ""` names nothing: such records take their place as id (as a CSV row with an empty
    /// id does), so two of them cannot collide in a database (the fuzz targets check that no
    /// document comes without an id).
    func testEmptyStringIDFallsBackToTheRecordsPlace() throws {
        let dir = TempFolder()
        let lines = ["{\"id\": \"\", \"text\": \"one\"}", "{\"id\": \"\", \"text\": \"two\"}",
                     "{\"id\": \"\", \"text\": 5}", "{\"id\": \"\", \"text\": \"cut"]
        let file = dir.write("empty-ids.jsonl", lines.joined(separator: "\n") + "\n")
        let docs = try readAll([file])
        XCTAssertEqual(docs.map(\.id), (1...4).map { "\(file):\($0)" })
        XCTAssertEqual(docs.map { $0.error == nil }, [true, true, false, false])
        // a CAP volume element and a whole case file alike
        let volume = dir.write("vol.json", "[{\"id\": \"\", \"casebody\": {\"data\": \"x\"}}]")
        XCTAssertEqual(try readAll([volume]).map(\.id), ["\(volume):1"])
        let single = dir.write("case.json", "{\"id\": \"\", \"casebody\": {\"data\": \"x\"}}")
        XCTAssertEqual(try readAll([single]).map(\.id), [single])
    }

    /// A UTF-8 byte order mark — at the start of a file (Windows tools write one) or of a line
    /// (such files concatenated) — is no part of the record; the first record of such a file was
    /// an error record ("not a JSON object at byte 0"). Found by FuzzJSONRecords, whose check
    /// against Foundation's JSONSerialization reads such a line as an object.
    func testByteOrderMarkIsNotPartOfARecord() throws {
        let dir = TempFolder()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let a = Array(F.jsonLine(id: "a", "text", F.acms).utf8), b = Array(F.jsonLine(id: "b", "html", F.nyHTML).utf8)
        let file = dir.write("bom.jsonl", bom + a + [0x0A] + bom + b + [0x0A] + bom + [0x0A])
        let docs = try readAll([file])
        XCTAssertEqual(docs.map(\.id), ["a", "b"])
        XCTAssertEqual(docs.map(\.bytes), [F.acms, F.nyHTML])
        XCTAssertTrue(docs.allSatisfy { $0.error == nil })
        // a CAP volume saved with a byte order mark is still streamed case by case
        let volume = dir.write("vol.json", bom + Array("[{\"id\": 1, \"casebody\": {\"data\": \"x\"}}, {\"id\": 2, \"text\": \"y\"}]".utf8))
        XCTAssertEqual(try readAll([volume]).map(\.id), ["1", "2"])
    }

    func testStdinLikeContentIsSniffedAsJSONLines() throws {
        let dir = TempFolder()
        let lines = [F.jsonLine(id: "a", "text", F.acms), F.jsonLine(id: "b", "text", F.janfeshan)]
        let file = dir.write("records", "\n  " + lines.joined(separator: "\n") + "\n")   // no extension
        XCTAssertEqual(try readAll([file]).map(\.id), ["a", "b"])
    }
}
