import Foundation
import XCTest
import Pincite
@testable import PinciteBatch

/// Caselaw Access Project inputs: case JSON files, volume arrays streamed case by case,
/// `data.jsonl`, casebody XML files.
final class InputCAPTests: XCTestCase {
    typealias F = InputFixtures

    func testVolumeArrayIsStreamedCaseByCase() throws {
        let dir = TempFolder()
        let volume = "[\n" + [F.text(F.capJSON), F.text(F.wester)].joined(separator: ",\n") + "\n]\n"
        let file = dir.write("CasesMetadata.json", volume)
        let docs = try readAll([file])
        XCTAssertEqual(docs.map(\.id), ["5594507", "\(docs[1].id)"])
        XCTAssertNotEqual(docs[1].id, "\(file):2", "the case's own id")
        XCTAssertEqual(docs[0].bytes, F.capJSON.dropLastNewline())
        XCTAssertEqual(docs.map(\.format), [.capJSON, .capJSON])
        XCTAssertEqual(docs[1].origin, "\(file):case 2")
        let parsed = Pincite.parse(bytes: docs[1].bytes, name: docs[1].id, format: docs[1].format)
        XCTAssertFalse(parsed.citations.isEmpty)
        // forced --input cap on a file without extension reads the same
        let bare = dir.write("volume", volume)
        XCTAssertEqual(try readAll([bare], InputOptions(kind: .cap)).map(\.id), docs.map(\.id))
    }

    func testBrokenAndOversizedElementsAreOneRecordEach() throws {
        let dir = TempFolder()
        let elements = [F.text(F.capJSON), "{\"id\": 7, \"casebody\": {\"data\": \"x\"", "42", F.text(F.wester)]
        // element 2 is cut inside an object: the scanner reads to the end, so put it last in a second file
        let ok = dir.write("a.json", "[" + [elements[0], elements[2], elements[3]].joined(separator: ",") + "]")
        let cut = dir.write("b.json", "[" + elements[0] + "," + elements[1])
        let docs = try readAll([ok, cut], InputOptions(maxDocumentBytes: 18_000))
        XCTAssertEqual(docs.count, 5)
        XCTAssertNil(docs[0].error)
        XCTAssertTrue(docs[1].error?.contains("not a JSON object") == true, docs[1].error ?? "")
        XCTAssertTrue(docs[2].error?.contains("over the limit") == true, docs[2].error ?? "")
        XCTAssertNotEqual(docs[2].id, "\(ok):3", "the id is found before the cut")
        XCTAssertNil(docs[3].error)
        XCTAssertEqual(docs[4].id, "7")
        XCTAssertTrue(docs[4].error?.contains("ends inside array element 2") == true, docs[4].error ?? "")
    }

    func testCaseFilesXMLAndDataJSONL() throws {
        let dir = TempFolder()
        let caseFile = dir.write("cases/0925-01.json", F.capJSON)
        let xml = dir.write("casemets/kirk.xml", F.kirkXML)
        let data = dir.write("data/data.jsonl", [F.capJSON, F.wester].map { F.text($0).replacingOccurrences(of: "\n", with: "") }.joined(separator: "\n"))
        for kind in [InputKind.auto, .cap] {
            let docs = try readAll([caseFile, xml, data], InputOptions(kind: kind))
            XCTAssertEqual(docs.count, 4, "\(kind)")
            XCTAssertEqual(docs[0].id, "5594507")
            XCTAssertEqual(docs[0].bytes, F.capJSON)
            XCTAssertEqual(docs[1].id, xml)
            XCTAssertEqual(docs[1].bytes, F.kirkXML)
            XCTAssertEqual(docs[2].id, "5594507")
            XCTAssertEqual(docs[3].format, .capJSON)
        }
        // --input files keeps every file whole, with its path as id
        XCTAssertEqual(try readAll([caseFile, data], InputOptions(kind: .files)).map(\.id), [caseFile, data])
    }
}

extension Array where Element == UInt8 {
    /// Without trailing line breaks.
    func dropLastNewline() -> [UInt8] {
        var a = self
        while a.last == 0x0A || a.last == 0x0D { a.removeLast() }
        return a
    }
}
