import Foundation
import XCTest
@testable import PinciteBatch

/// A folder of real corpus documents in every input shape, with broken inputs among
/// them: exactly one document or error record per input record, in a stable order.
final class InputMixedTests: XCTestCase {
    typealias F = InputFixtures

    func testOneRecordPerDocumentAcrossShapesAndBreakage() throws {
        let dir = TempFolder()
        dir.write("in/01-acms.txt", F.acms)
        dir.write("in/02-ny.html", F.nyHTML)
        dir.write("in/03-kirk.xml", F.kirkXML)
        dir.write("in/04-case.json", F.capJSON)
        dir.write("in/05-empty.txt", [])
        let jsonl = [F.jsonLine(id: "j1", "text", F.janfeshan), "{broken", F.jsonLine(id: "j3", "html", F.nyHTML)]
        _ = try compress("gzip", dir.write("in/06-records.jsonl", jsonl.joined(separator: "\n") + "\n"))
        let csv = F.csvHeaderLine + "\n" + [F.csvRow(id: "c1", ["plain_text": F.text(F.acms)]), F.csvRow(id: "c2", [:])].joined(separator: "\n") + "\n"
        _ = try compress("zstd", dir.write("in/07-opinions.csv", csv))
        dir.write("in/08-volume.json", "[" + F.text(F.capJSON) + "," + F.text(F.wester) + "]")
        let full = try compress("bzip2", dir.write("in/09-cut.jsonl", F.jsonLine(id: "k1", "text", F.janfeshan) + "\n"))
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: full)))
        dir.write("in/09-cut.jsonl.bz2", Array(bytes.prefix(bytes.count - 40)))

        let westerID = F.wester.withUnsafeBufferPointer { JSONScan.leadingID($0) } ?? "?"
        let docs = try readAll([dir.path + "/in"])
        let summary = docs.map { ($0.error == nil ? "ok " : "err ") + (($0.id as NSString).lastPathComponent) }
        XCTAssertEqual(summary, ["ok 01-acms.txt", "ok 02-ny.html", "ok 03-kirk.xml", "ok 5594507", "err 05-empty.txt",
                                 "ok j1", "err 06-records.jsonl.gz:2", "ok j3", "ok c1", "err c2",
                                 "ok 5594507", "ok \(westerID)", "err 09-cut.jsonl.bz2:1"])
        XCTAssertTrue(docs.last?.error?.contains("truncated bzip2") == true, docs.last?.error ?? "")
        // a second run gives the same records in the same order
        XCTAssertEqual(try readAll([dir.path + "/in"]).map(\.id), docs.map(\.id))
    }
}
