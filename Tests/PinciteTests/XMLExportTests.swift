import XCTest
@testable import Pincite

/// `--format xml`: every Corpus document's XML is valid against
/// Grammars/pincite-1.xsd (libxml2 xmlSchemaValidateDoc), the inline text gives
/// back the working text, and hostile input still gives well-formed XML.
final class XMLExportTests: XCTestCase {
    /// Compiled once for all the tests of this class.
    nonisolated(unsafe) static let validator = compiledSchema("Grammars/pincite-1.xsd")

    func testEveryCorpusDocumentValidates() {
        XCTAssertGreaterThanOrEqual(CorpusDocuments.all.count, 10)
        for (name, doc) in CorpusDocuments.all {
            let problems = Self.validator.validate(doc.xmlBytes())
            XCTAssertEqual(problems, [], "\(name): \(problems.prefix(5))")
        }
    }

    /// The string value of <text> is the working text; each inline cite holds
    /// exactly its citation's text. Checked on Janfeshan by hand for cite 36.
    func testInlineTextRecoversTheWorkingText() throws {
        let doc = CorpusDocuments.janfeshan
        let xml = String(decoding: doc.xmlBytes(), as: UTF8.self)
        let text = try XCTUnwrap(xml.range(of: "</citations><text>").map { xml[$0.upperBound...] })
        let body = String(text[..<text.range(of: "</text>")!.lowerBound])
        var working = doc.source.text
        XMLSafe.sanitize(&working)
        XCTAssertEqual(stripTags(body), String(decoding: working, as: UTF8.self))
        // "Easley v. Cromartie, 532 U.S. 234, 242 (2001)" (janfeshan.txt p. 4) stands marked up inline
        XCTAssertTrue(body.contains("<cite ref=\"36\" kind=\"case\">Easley v. Cromartie, 532 U.S. 234, 242 (2001)</cite>"))
        XCTAssertTrue(body.contains("<pb n=\"2\"/>"))
        // every citation with a non-empty span is marked up once
        let cites = body.components(separatedBy: "<cite ref=").count - 1
        XCTAssertEqual(cites, doc.citations.filter { $0.span.start < $0.span.end }.count)
    }

    /// Spans in the XML are original byte offsets, as in the JSON.
    func testSpansAreOriginalOffsets() {
        let doc = CorpusDocuments.janfeshan
        let xml = String(decoding: doc.xmlBytes(), as: UTF8.self)
        let c = doc.citations[36]
        let original = Array(try! String(contentsOfFile: RepoPaths.path("Corpus/janfeshan/janfeshan.txt"), encoding: .utf8).utf8)
        let start = doc.source.original(c.span.start), end = doc.source.original(c.span.end)
        XCTAssertEqual(String(decoding: original[start..<end], as: UTF8.self), "Easley v. Cromartie, 532 U.S. 234, 242 (2001)")
        XCTAssertTrue(xml.contains("<citation id=\"36\" kind=\"case\" start=\"\(start)\" end=\"\(end)\" volume=\"532\" reporter=\"U.S.\" page=\"234\" pincite=\"242\""))
    }

    /// Control characters, U+FFFE, broken UTF-8 and markup characters in the
    /// input give a well-formed, valid document.
    func testHostileInputStaysWellFormed() {
        var bytes = Array("See Brown v. Board of Educ., 347 U.S. 483, 495 (1954) <b>&amp;</b>\u{01}\u{0C}\u{1B}".utf8)
        bytes += [0xFF, 0xFE, 0xC3, 0x28, 0xEF, 0xBF, 0xBE, 0x00, 0x0D, 0x0A]
        bytes += Array(" Id. at 496. \"quoted\" & 'apos' ]]> --".utf8)
        for format in [InputFormat.text, .html] {
            let doc = Pincite.parse(bytes: bytes, name: "hostile<&>\u{02}", format: format)
            let problems = Self.validator.validate(doc.xmlBytes())
            XCTAssertEqual(problems, [], "\(format): \(problems)")
        }
        XCTAssertEqual(Self.validator.validate(Pincite.parse(bytes: []).xmlBytes()), [])
    }

    /// The validator really rejects: a document with an unknown kind fails.
    func testValidatorRejectsInvalidXML() {
        let xml = String(decoding: CorpusDocuments.janfeshan.xmlBytes(), as: UTF8.self)
            .replacingOccurrences(of: "kind=\"case\"", with: "kind=\"caselaw\"")
        XCTAssertFalse(Self.validator.validate(Array(xml.utf8)).isEmpty)
        XCTAssertFalse(Self.validator.validate(Array("<document>".utf8)).isEmpty)
    }

    private func stripTags(_ s: String) -> String {
        var out = ""
        var inTag = false
        for ch in s {
            if ch == "<" { inTag = true } else if ch == ">" && inTag { inTag = false } else if !inTag { out.append(ch) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&#13;", with: "\r").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// What the string value of an element holds after a parser has read the escapes
/// back: the test's own statement of XML 1.0's character rules, independent of
/// the single-pass escaper it checks.
enum XMLSafe {
    /// Replaces, in place, every byte or sequence XML 1.0 does not allow: C0
    /// controls other than tab, LF and CR become a space, U+FFFE/U+FFFF become
    /// three spaces, and invalid UTF-8 bytes become spaces, so the length and
    /// offsets stay the same.
    static func sanitize(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBufferPointer { p in
            guard let base = p.baseAddress else { return }
            var i = 0
            let n = p.count
            while i < n {
                let b = base[i]
                if b < 0x80 {
                    if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { base[i] = 0x20 }
                    i += 1
                    continue
                }
                let len = XMLEscape.sequenceLength(base, i, n)
                if len == 0 { base[i] = 0x20; i += 1; continue }
                if len == 3, b == 0xEF, base[i + 1] == 0xBF, base[i + 2] >= 0xBE {
                    base[i] = 0x20; base[i + 1] = 0x20; base[i + 2] = 0x20
                }
                i += len
            }
        }
    }
}
