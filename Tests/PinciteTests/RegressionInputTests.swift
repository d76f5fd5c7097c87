import Foundation
import XCTest
@testable import Pincite

/// Every input in Corpus/regressions once crashed or hung the parser; each must now
/// give a document (with its JSON) like any other input.
final class RegressionInputTests: XCTestCase {
    func testRegressionInputsParse() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus/regressions")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasSuffix(".md") }.sorted()
        XCTAssertFalse(files.isEmpty)
        for f in files {
            let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(f)))
            let doc = Pincite.parse(bytes: bytes, name: f)
            let json = try JSONSerialization.jsonObject(with: Data(doc.jsonBytes())) as? [String: Any]
            XCTAssertEqual(json?["schema"] as? String, "pincite/1", f)
        }
    }
}
