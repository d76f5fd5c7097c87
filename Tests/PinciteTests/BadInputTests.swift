import XCTest
@testable import Pincite

/// Inputs that are not clean UTF-8 prose: empty, blank, binary, other
/// encodings, huge, deeply nested, unterminated. None may crash; each must
/// give a sensible document.
final class BadInputTests: XCTestCase {

    // 003_doctor_moctapp_jagels_v_state.txt
    let wooldridge = "Wooldridge v. State, 239 S.W.3d 151, 153–54 (Mo. App. E.D. 2007)."
    let wooldridgeCite = "Wooldridge v. State, 239 S.W.3d 151, 153–54 (Mo. App. E.D. 2007)"

    /// A fixed pseudo-random byte sequence (64-bit LCG), the same on every run.
    func pseudoRandomBytes(_ n: Int, seed: UInt64 = 0x5EED_1234_ABCD_0001) -> [UInt8] {
        var x = seed
        var out = [UInt8]()
        out.reserveCapacity(n)
        for _ in 0..<n {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            out.append(UInt8(truncatingIfNeeded: x >> 56))
        }
        return out
    }

    /// Byte offset of `needle` in `hay`.
    func firstIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle { return i }
        return nil
    }

    /// JSON spans must lie inside the original input.
    func assertSpansInBounds(_ doc: Document, _ count: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let obj = try jsonObject(doc)
        let cs = try XCTUnwrap(obj["citations"] as? [[String: Any]], file: file, line: line)
        for c in cs {
            let span = try XCTUnwrap(c["span"] as? [String: Any], file: file, line: line)
            let s = try XCTUnwrap(span["start"] as? Int, file: file, line: line)
            let e = try XCTUnwrap(span["end"] as? Int, file: file, line: line)
            XCTAssertTrue(0 <= s && s <= e && e <= count, "span \(s)..<\(e) outside 0..<\(count)", file: file, line: line)
        }
    }

    func testEmptyInput() throws {
        let doc = Pincite.parse(bytes: [], name: "empty")
        XCTAssertTrue(doc.citations.isEmpty)
        XCTAssertFalse(doc.diagnostics.isEmpty, "an empty input is worth a diagnostic")
        let obj = try jsonObject(doc)
        XCTAssertEqual((obj["citations"] as? [Any])?.count, 0)
    }

    func testWhitespaceOnly() throws {
        let bytes = Array(" \n\n\t   \r\n\u{0C}\n        \n".utf8)
        let doc = Pincite.parse(bytes: bytes)
        XCTAssertTrue(doc.citations.isEmpty)
        XCTAssertEqual(doc.source.encoding, .utf8)
        XCTAssertNoThrow(try jsonObject(doc))
    }

    func testRandomBinary() throws {
        let bytes = pseudoRandomBytes(64 * 1024)
        let doc = Pincite.parse(bytes: bytes, name: "random.bin")
        XCTAssertFalse(doc.diagnostics.isEmpty, "binary input must be flagged")
        try assertSpansInBounds(doc, bytes.count)
    }

    func testWindows1252SectionSignMapsBackToOriginalBytes() throws {
        // 006_eyecite_ednc_hogarth_v_bell.txt, re-encoded as Windows-1252 ("§" is the single byte 0xA7)
        let snippet = "She also seeks fees and costs under 42 U.S.C. § 1988."
        var bytes: [UInt8] = []
        for u in snippet.unicodeScalars { bytes.append(u == "§" ? 0xA7 : UInt8(u.value)) }
        XCTAssertTrue(bytes.contains(0xA7))
        let doc = Pincite.parse(bytes: bytes)
        XCTAssertEqual(doc.source.encoding, .windows1252)
        XCTAssertFalse(doc.diagnostics.isEmpty)
        XCTAssertEqual(doc.citations.count, 1)
        let c = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(c.kind, .statute)
        XCTAssertEqual(c.volume, "42")
        XCTAssertEqual(c.reporter, "U.S.C.")
        XCTAssertEqual(c.section, "1988")
        // the JSON span indexes the ORIGINAL bytes: "42 U.S.C. \u{A7} 1988" is 16 bytes there
        let start = try XCTUnwrap(firstIndex(of: Array("42 U.S.C.".utf8), in: bytes))
        let obj = try jsonObject(doc)
        let jc = try XCTUnwrap((obj["citations"] as? [[String: Any]])?.first)
        let span = try XCTUnwrap(jc["span"] as? [String: Int])
        XCTAssertEqual(span["start"], start)
        XCTAssertEqual(span["end"], start + 16)
        XCTAssertEqual(Array(bytes[span["start"]!..<span["end"]!]), Array("42 U.S.C. ".utf8) + [0xA7] + Array(" 1988".utf8))
        XCTAssertEqual(jc["text"] as? String, "42 U.S.C. § 1988")
        XCTAssertEqual((obj["source"] as? [String: Any])?["encoding"] as? String, "windows-1252")
    }

    func testUTF8ByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(wooldridge.utf8)
        let doc = Pincite.parse(bytes: bytes)
        XCTAssertEqual(doc.source.encoding, .utf8WithBOM)
        let c = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(c.pincite, "153–54")
        XCTAssertEqual(doc.text(c), wooldridgeCite)
        let jc = try XCTUnwrap((try jsonObject(doc)["citations"] as? [[String: Any]])?.first)
        let span = try XCTUnwrap(jc["span"] as? [String: Int])
        XCTAssertEqual(span["start"], 3)
        XCTAssertEqual(span["end"], 3 + wooldridgeCite.utf8.count)
    }

    func testUTF16LittleEndianWithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in wooldridge.utf16 { bytes.append(UInt8(u & 0xFF)); bytes.append(UInt8(u >> 8)) }
        let doc = Pincite.parse(bytes: bytes)
        XCTAssertEqual(doc.source.encoding, .utf16LE)
        XCTAssertEqual(doc.citations.count, 1)
        let c = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(c.caseName?.plaintiff, "Wooldridge")
        XCTAssertEqual(c.pincite, "153–54")
        XCTAssertEqual(c.court, "Mo. App. E.D.")
        let jc = try XCTUnwrap((try jsonObject(doc)["citations"] as? [[String: Any]])?.first)
        let span = try XCTUnwrap(jc["span"] as? [String: Int])
        XCTAssertEqual(span["start"], 2)
        XCTAssertEqual(span["end"], 2 + 2 * wooldridgeCite.utf16.count)
        XCTAssertEqual(jc["text"] as? String, wooldridgeCite)
    }

    func testNULBytesDoNotHideACitation() throws {
        let bytes = [0, 0] + Array(wooldridge.utf8) + [0]
        let doc = Pincite.parse(bytes: bytes)
        XCTAssertEqual(doc.citations.count, 1)
        XCTAssertEqual(doc.citations.first?.page, "151")
    }

    func testFiveMegabyteSingleLine() throws {
        // words from 002_doctor_ca5_st_pierre_v_standard_ins.txt, repeated on one line
        let words = "court need not, and should not, accept as true any legal conclusion that a plaintiff puts forward. "
        var s = String(repeating: words, count: 5_000_000 / words.utf8.count + 1)
        XCTAssertGreaterThan(s.utf8.count, 5_000_000)
        XCTAssertTrue(cites(s).isEmpty)
        // the same line with one real citation at its end
        let start = s.utf8.count
        s += wooldridge
        let doc = parse(s)
        XCTAssertEqual(doc.citations.count, 1)
        XCTAssertEqual(doc.citations.first?.span.start, start)
        XCTAssertEqual(doc.citations.first?.pincite, "153–54")
    }

    func testTenThousandOpenParentheses() throws {
        let opens = String(repeating: "(", count: 10_000)
        XCTAssertTrue(cites(opens).isEmpty)
        // a citation followed by them: the citation is still whole
        let after = cites(wooldridge + " " + opens)
        XCTAssertEqual(after.first?.court, "Mo. App. E.D.")
        XCTAssertEqual(after.first?.pincite, "153–54")
        // a citation buried 10,000 parentheses deep
        let deep = cites(opens + wooldridge + String(repeating: ")", count: 10_000))
        XCTAssertEqual(deep.first?.volume, "239")
        XCTAssertEqual(deep.first?.court, "Mo. App. E.D.")
    }

    func testUnterminatedQuotation() throws {
        // an opening quotation mark that never closes, then 003's citation
        let cs = cites("“" + wooldridge)
        XCTAssertEqual(cs.count, 1)
        XCTAssertEqual(cs.first?.caseName?.plaintiff, "Wooldridge")
    }

    func testUnterminatedParentheticalsDoNotLoseCitations() throws {
        // 003_doctor_moctapp_jagels_v_state.txt, cut off before the closing "))."
        let full = "Sanders v. State, 738 S.W.2d 856, 857 (Mo. banc 1987)\n\n(citing Strickland v. Washington, 466 U.S. 668, 687 (1984))."
        let cut = String(full.dropLast(3))
        XCTAssertTrue(cut.hasSuffix("(1984"))
        let cs = cites(cut)
        XCTAssertEqual(cs.cite(volume: "738")?.court, "Mo. banc")
        XCTAssertEqual(cs.cite(volume: "466")?.page, "668")
        // the same with only the outer ")" missing and the sentence going on
        let missing = String(full.dropLast(2)) + ". There is a strong presumption that"
        let cs2 = cites(missing)
        let sanders = try XCTUnwrap(cs2.cite(volume: "738"))
        let strickland = try XCTUnwrap(cs2.cite(volume: "466"))
        XCTAssertEqual(strickland.nestedIn, sanders.id, "one missing \")\" still closes at the sentence end")
        XCTAssertFalse(sanders.checks.isEmpty, "and the imbalance is reported")
        // a court/date parenthetical that never closes
        let open = cites(String(wooldridge.dropLast(2)) + ". The motion court")
        XCTAssertEqual(open.first?.page, "151")
    }
}

/// `source.sha256` goes through libcrypto: FIPS 180-4 test vectors and the gold file's digest.
final class SHA256Tests: XCTestCase {
    func testKnownDigests() throws {
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let corpus = StructureTests.corpus
        let text = try Data(contentsOf: corpus.appendingPathComponent("janfeshan/janfeshan.txt"))
        let gold = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: corpus.appendingPathComponent("janfeshan/janfeshan.gold.json"))) as? [String: Any])
        let source = try XCTUnwrap(gold["source"] as? [String: Any])
        XCTAssertEqual(SHA256.hex([UInt8](text)), source["sha256"] as? String)
    }
}
