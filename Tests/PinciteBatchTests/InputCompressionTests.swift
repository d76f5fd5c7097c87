import Foundation
import XCTest
import Pincite
@testable import PinciteBatch

/// Compressed inputs: gzip, bzip2 and zstd told by magic bytes, several members or
/// frames, and truncated or corrupt streams becoming one error record each.
final class InputCompressionTests: XCTestCase {
    typealias F = InputFixtures

    /// A JSON Lines dump of three real opinions, and their texts.
    func dump(_ dir: TempFolder, _ name: String) -> (String, [[UInt8]]) {
        let texts = [F.acms, F.nyHTML, F.janfeshan]
        let lines = [F.jsonLine(id: "acms", "text", texts[0]), F.jsonLine(id: "ny", "html", texts[1]),
                     F.jsonLine(id: "janfeshan", "text", texts[2])]
        return (dir.write(name, lines.joined(separator: "\n") + "\n"), texts)
    }

    func testEveryCompressionReadsTheSameDocuments() throws {
        for tool in ["gzip", "bzip2", "zstd"] {
            let dir = TempFolder()
            let (plain, texts) = dump(dir, "opinions.jsonl")
            let packed = try compress(tool, plain)
            let docs = try readAll([packed])
            XCTAssertEqual(docs.map(\.id), ["acms", "ny", "janfeshan"], tool)
            XCTAssertEqual(docs.map(\.bytes), texts, tool)
            XCTAssertEqual(docs.map(\.format), [.text, .html, .text], tool)
            XCTAssertTrue(docs.allSatisfy { $0.error == nil }, tool)
            XCTAssertEqual(docs[2].origin, packed + ":line 3")
        }
    }

    func testCompressionIsToldByMagicBytesNotTheName() throws {
        let dir = TempFolder()
        let file = dir.write("opinion.txt", F.janfeshan)
        let packed = try compress("zstd", file)
        let misnamed = dir.url.appendingPathComponent("opinion.txt").path
        try FileManager.default.moveItem(atPath: packed, toPath: misnamed)
        // and a plain file that only claims to be gzip
        let fake = dir.write("plain.txt.gz", F.acms)
        let docs = try readAll([misnamed, fake])
        XCTAssertEqual(docs.map(\.bytes), [F.janfeshan, F.acms])
        XCTAssertEqual(docs.map(\.id), [misnamed, fake])
    }

    func testSeveralMembersStreamsAndFramesAreReadToTheEnd() throws {
        for tool in ["gzip", "bzip2", "zstd"] {
            let dir = TempFolder()
            let a = try compress(tool, dir.write("a.jsonl", F.jsonLine(id: "a", "text", F.acms) + "\n"))
            let b = try compress(tool, dir.write("b.jsonl", F.jsonLine(id: "b", "text", F.janfeshan) + "\n"))
            let joined = dir.write("joined.jsonl.\(tool)", dir.read((a as NSString).lastPathComponent) + dir.read((b as NSString).lastPathComponent))
            let docs = try readAll([joined])
            XCTAssertEqual(docs.map(\.id), ["a", "b"], tool)
            XCTAssertEqual(docs.map(\.bytes), [F.acms, F.janfeshan], tool)
        }
    }

    /// A stream cut short: the documents before the cut, one error record naming the file
    /// and the offset, then the next input is still read.
    func testTruncatedStreamsGiveOneErrorRecordAndTheRunGoesOn() throws {
        for tool in ["gzip", "zstd", "bzip2"] {
            let dir = TempFolder()
            // many records, each with its own incompressible tail, so that every compressor
            // spreads them over the stream and the cut falls between them
            var seed: UInt64 = 42
            let texts = (0..<40).map { _ -> [UInt8] in
                F.janfeshan + (0..<8000).map { _ -> UInt8 in
                    seed = seed &* 6364136223846793005 &+ 1442695040888963407
                    return UInt8(ascii: "a") + UInt8((seed >> 33) % 26)
                }
            }
            let lines = texts.enumerated().map { F.jsonLine(id: "j\($0.offset)", "text", $0.element) }
            let file = try compress(tool, dir.write("big.jsonl", lines.joined(separator: "\n") + "\n"))
            let full = dir.read((file as NSString).lastPathComponent)
            let cut = dir.write("cut.jsonl.\(tool)", Array(full.prefix(full.count / 2)))
            let after = dir.write("after.txt", F.acms)
            let docs = try readAll([cut, after])
            let errors = docs.filter { $0.error != nil }
            XCTAssertEqual(errors.count, 1, tool)
            let message = errors.first?.error ?? ""
            XCTAssertTrue(message.contains("truncated") && message.contains(cut) && message.contains("byte"), message)
            let good = docs.filter { $0.error == nil }
            XCTAssertGreaterThan(good.count, 2, tool)
            XCTAssertEqual(good.last?.id, after, "the next input is still read")
            XCTAssertEqual(good.dropLast().map(\.id), (0..<good.count - 1).map { "j\($0)" }, tool)
            XCTAssertEqual(good.dropLast().map(\.bytes), Array(texts.prefix(good.count - 1)), tool)
            XCTAssertEqual(errors.first?.id, "j\(good.count - 1)", "the error belongs to the record being read")
            XCTAssertLessThan(good.count - 1, 40)
        }
    }

    func testCorruptGzipIsAnErrorRecord() throws {
        let dir = TempFolder()
        var lines: [String] = []
        for n in 0..<20 { lines.append(F.jsonLine(id: "j\(n)", "text", F.janfeshan)) }
        let file = try compress("gzip", dir.write("big.jsonl", lines.joined(separator: "\n") + "\n"))
        var bytes = dir.read((file as NSString).lastPathComponent)
        for i in stride(from: bytes.count / 2, to: bytes.count / 2 + 64, by: 1) { bytes[i] ^= 0x5A }
        let broken = dir.write("broken.jsonl.gz", bytes)
        let docs = try readAll([broken])
        // deflate may pass the damage on as garbage before the CRC check catches it:
        // the records before it are intact, garbled lines are error records, the last one is zlib's
        XCTAssertLessThanOrEqual(docs.count, 21)
        XCTAssertTrue(docs.last?.error?.contains("corrupt gzip") == true && docs.last?.error?.contains(broken) == true, docs.last?.error ?? "")
        let good = docs.prefix { $0.error == nil }
        XCTAssertGreaterThan(good.count, 3)
        XCTAssertEqual(good.map(\.id), (0..<good.count).map { "j\($0)" })
        XCTAssertTrue(good.allSatisfy { $0.bytes == F.janfeshan })
        XCTAssertTrue(docs.allSatisfy { $0.error != nil || $0.bytes == F.janfeshan }, "no garbled text is passed on as a document")
    }

    func testXZIsRefusedWithAClearMessage() throws {
        let dir = TempFolder()
        let file = dir.write("data.jsonl.xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 1, 2, 3])
        let docs = try readAll([file])
        XCTAssertEqual(docs.count, 1)
        XCTAssertTrue(docs[0].error?.contains("xz") == true)
    }
}
