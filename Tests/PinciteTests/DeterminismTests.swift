import Foundation
import XCTest
@testable import Pincite

/// The same input gives byte-identical JSON: parsed twice in one process, and
/// through `pincite batch` with the same file listed twice. (Batch has no parallel
/// jobs yet; when it gets them, this test must also vary the job count.)
final class DeterminismTests: XCTestCase {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled inputs of every format: plain text, HTML, CAP XML, CAP JSON.
    var inputs: [URL] {
        ["Corpus/janfeshan/janfeshan.txt",
         "Corpus/formats/015_fastcase_gactapp_in_re_knc.orig.html",
         "Corpus/formats/018_capstone_illappct_home_ins_v_kirk_1887.orig.xml",
         "Corpus/formats/017_courtlistener_moctapp_wester_v_dept_labor.orig.json",
         "Corpus/adversarial/mixed_line_endings.txt"].map { root.appendingPathComponent($0) }
    }

    func testSameInputSameJSONInProcess() throws {
        for url in inputs {
            let bytes = [UInt8](try Data(contentsOf: url))
            let first = Pincite.parse(bytes: bytes, name: url.lastPathComponent).jsonBytes()
            let second = Pincite.parse(bytes: bytes, name: url.lastPathComponent).jsonBytes()
            XCTAssertFalse(first.isEmpty)
            XCTAssertTrue(first == second, "\(url.lastPathComponent): two parses differ")
        }
    }

    func testBatchWithAFileListedTwice() throws {
        // the CLI is built next to the test bundle (.build/debug/pincite; the bundle is a
        // directory on macOS, the executable's directory on Linux)
        let here = Bundle(for: DeterminismTests.self).bundleURL
        let candidates = [here, here.deletingLastPathComponent()].map { $0.appendingPathComponent("pincite") }
        guard let bin = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("pincite not built next to the tests (\(here.path))")
        }
        let paths = inputs.map(\.path)
        let run = Process()
        run.executableURL = bin
        run.arguments = ["batch", "--format", "jsonl", "--keep-order"] + paths + paths
        // a sanitizer build's shadow memory counts against the workers' memory cap: such runs
        // set PINCITE_TEST_MEMORY_LIMIT_MIB=0 (as the batch CLI tests do)
        if let mib = ProcessInfo.processInfo.environment["PINCITE_TEST_MEMORY_LIMIT_MIB"] {
            run.arguments! += ["--memory-limit-mib", mib]
        }
        let out = Pipe()
        run.standardOutput = out
        try run.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        run.waitUntilExit()
        XCTAssertEqual(run.terminationStatus, 0)
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: true)
        XCTAssertEqual(lines.count, 2 * paths.count)
        for k in paths.indices {
            XCTAssertTrue(lines[k] == lines[k + paths.count], "\(paths[k]): batch lines differ")
            // and the batch line is the library's JSON for that file (no Bluebook check in batch),
            // named by its path, or by its case id for a case JSON file
            let bytes = [UInt8](try Data(contentsOf: inputs[k]))
            let source = (try JSONSerialization.jsonObject(with: Data(lines[k])) as? [String: Any])?["source"] as? [String: Any]
            let name = try XCTUnwrap(source?["name"] as? String)
            XCTAssertTrue(name == paths[k] || (paths[k].hasSuffix(".json") && !name.contains("/")), name)
            XCTAssertTrue([UInt8](lines[k]) == Pincite.parse(bytes: bytes, name: name, bluebook: nil).jsonBytes(), paths[k])
        }
    }
}
