import Foundation
import XCTest
@testable import PinciteBatch

/// Paths: files, folders walked recursively in sorted order (hidden entries skipped),
/// glob patterns with `*`, `?`, `[...]` and `**`, usage errors, sizes for progress.
final class InputPathTests: XCTestCase {
    typealias F = InputFixtures

    func makeTree() -> TempFolder {
        let dir = TempFolder()
        dir.write("tree/b/acms.txt", F.acms)
        dir.write("tree/a/ny.html", F.nyHTML)
        dir.write("tree/a/deeper/kirk.xml", F.kirkXML)
        dir.write("tree/c.json", F.capJSON)
        dir.write("tree/.hidden.txt", F.janfeshan)
        dir.write("tree/.git/config.txt", F.janfeshan)
        return dir
    }

    func testFolderIsWalkedRecursivelyInSortedOrderWithoutHiddenFiles() throws {
        let dir = makeTree()
        let root = dir.path + "/tree/"
        let docs = try readAll([root])
        XCTAssertEqual(docs.map(\.id), [root + "a/deeper/kirk.xml", root + "a/ny.html", root + "b/acms.txt", "5594507"])
        XCTAssertEqual(docs.map(\.bytes), [F.kirkXML, F.nyHTML, F.acms, F.capJSON])
        XCTAssertEqual(docs[3].format, nil, "a whole case file is left to format detection")
        XCTAssertEqual(docs[3].origin, root + "c.json")
        XCTAssertTrue(docs.allSatisfy { $0.error == nil })
        // the same documents without the trailing slash, ids joined with one slash
        XCTAssertEqual(try readAll([dir.path + "/tree"]).first?.id, dir.path + "/tree/a/deeper/kirk.xml")
    }

    /// The run's own outputs are skipped wherever they lie and however they are spelled, and
    /// so are the journal files SQLite keeps beside a database; nothing else is.
    func testSkippedFilesAreNotRead() throws {
        let dir = makeTree()
        let root = dir.path + "/tree/"
        dir.write("tree/a/out.jsonl", Array("{\"id\": \"x\", \"text\": \"Roe v. Wade\"}\n".utf8))
        dir.write("tree/b/db.sqlite", F.acms)
        dir.write("tree/b/db.sqlite-wal", F.acms)
        dir.write("tree/b/db.sqlite-journal", F.acms)
        dir.write("tree/b/other.sqlite-wal", F.acms)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/link", withDestinationPath: root + "a")
        let stream = try DocumentStream(paths: [root])
        stream.skipFiles([dir.path + "/link/out.jsonl", root + "b/../b/db.sqlite", root + "missing"])
        var ids: [String] = []
        while let doc = stream.next() { ids.append(doc.id) }
        XCTAssertEqual(ids, [root + "a/deeper/kirk.xml", root + "a/ny.html", root + "b/acms.txt", root + "b/other.sqlite-wal", "5594507"])
    }

    func testProgressCountsTheBytesOnDisk() throws {
        let dir = makeTree()
        let stream = try DocumentStream(paths: [dir.path + "/tree"])
        let expected = F.acms.count + F.nyHTML.count + F.kirkXML.count + F.capJSON.count
        XCTAssertEqual(stream.totalBytes, expected)
        XCTAssertEqual(stream.bytesRead, 0)
        var n = 0
        while stream.next() != nil { n += 1 }
        XCTAssertEqual(n, 4)
        XCTAssertEqual(stream.bytesRead, expected)
    }

    func testGlobPatterns() throws {
        let dir = makeTree()
        let base = dir.path + "/tree"
        XCTAssertEqual(try readAll([base + "/a/*.html"]).map(\.id), [base + "/a/ny.html"])
        XCTAssertEqual(try readAll([base + "/?/*.*"]).map(\.id), [base + "/a/ny.html", base + "/b/acms.txt"])
        XCTAssertEqual(try readAll([base + "/[ab]"]).map(\.id), [base + "/a/deeper/kirk.xml", base + "/a/ny.html", base + "/b/acms.txt"])
        XCTAssertEqual(try readAll([base + "/**/*.xml"]).map(\.id), [base + "/a/deeper/kirk.xml"])
        XCTAssertEqual(try readAll([base + "/**/*.txt"]).map(\.id), [base + "/b/acms.txt"], "hidden files are not matched")
        XCTAssertEqual(try readAll([dir.path + "/*/a/**"]).map(\.id), [base + "/a/deeper/kirk.xml", base + "/a/ny.html"])
    }

    func testMissingPathsAndEmptyPatternsAreUsageErrors() throws {
        let dir = makeTree()
        XCTAssertThrowsError(try DocumentStream(paths: [dir.path + "/nothing.txt"])) { error in
            XCTAssertTrue("\(error)".contains("no such file"))
        }
        XCTAssertThrowsError(try DocumentStream(paths: [dir.path + "/tree/*.pdf"])) { error in
            XCTAssertTrue("\(error)".contains("no file matches"))
        }
        XCTAssertThrowsError(try DocumentStream(paths: []))
    }

    func testFileThatCannotBeOpenedIsAnErrorRecordAndTheRunGoesOn() throws {
        let dir = makeTree()
        let gone = dir.write("gone.txt", F.acms)
        let stream = try DocumentStream(paths: [gone, dir.path + "/tree/b"])
        try FileManager.default.removeItem(atPath: gone)   // vanishes after the paths were checked
        var docs: [BatchDocument] = []
        while let d = stream.next() { docs.append(d) }
        XCTAssertEqual(docs.count, 2)
        XCTAssertEqual(docs[0].id, gone)
        XCTAssertTrue(docs[0].error?.contains("cannot open") == true, docs[0].error ?? "")
        XCTAssertEqual(docs[1].bytes, F.acms)
    }

    func testEmptyFileIsOneErrorRecord() throws {
        let dir = TempFolder()
        let empty = dir.write("empty.txt", [])
        let emptyJSONL = dir.write("empty.jsonl", [])
        let next = dir.write("next.txt", F.acms)
        let docs = try readAll([empty, emptyJSONL, next])
        XCTAssertEqual(docs.map(\.id), [empty, next], "an empty JSON Lines file has no records")
        XCTAssertEqual(docs[0].error, "empty input")
        XCTAssertNil(docs[1].error)
    }
}
