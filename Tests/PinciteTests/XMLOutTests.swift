import XCTest
import CLibXML2
@testable import Pincite

/// XMLOut escapes and sanitizes in one pass and gathers each element's
/// attributes into one write: what a real XML parser (libxml2's) reads back
/// must be exactly the values given, made XML-safe.
final class XMLOutTests: XCTestCase {
    /// Attribute values and text with every character that needs escaping,
    /// forbidden controls and non-ASCII, read back by libxml2's parser.
    func testAttributesAndTextReadBackExactly() throws {
        let tricky = "a \"quoted\" <b> & 'c'\tTAB\nLF\rCR \u{01}ctl — § é 𝔄 end"
        let long = String(repeating: "plain text, no specials. ", count: 40) + "<&>" + String(repeating: "x", count: 13)
        let bytes = XMLOut.bytes { x in
            x.start("root")
            x.attr("first", tricky)
            x.attr("n", -1234567)
            x.attr("zero", 0)
            x.attr("empty", "")
            x.attr("flag", true)
            x.start("child")
            x.attr("only", "1 < 2")
            x.end()
            x.element("t", tricky)
            x.element("long", long)
            x.start("e")
            x.end()
            x.end()
        }
        let doc = try XCTUnwrap(parse(bytes))
        defer { xmlFreeDoc(doc) }
        let root = try XCTUnwrap(xmlDocGetRootElement(doc))
        // XML-safe form: the forbidden control becomes a space; tab, LF and CR survive as references
        let safe = tricky.replacingOccurrences(of: "\u{01}", with: " ")
        XCTAssertEqual(attribute(root, "first"), safe)
        XCTAssertEqual(attribute(root, "n"), "-1234567")
        XCTAssertEqual(attribute(root, "zero"), "0")
        XCTAssertEqual(attribute(root, "empty"), "")
        XCTAssertEqual(attribute(root, "flag"), "true")
        let children = elementChildren(root)
        XCTAssertEqual(children.map(name), ["child", "t", "long", "e"])
        XCTAssertEqual(attribute(children[0], "only"), "1 < 2")
        XCTAssertEqual(content(children[1]), safe)
        XCTAssertEqual(content(children[2]), long)
        XCTAssertEqual(content(children[3]), "")
    }

    /// `empty` and `leaf` write an element in one raw run: byte for byte what
    /// `start`, `attr`, `text` and `end` write through libxml2, with and without
    /// attributes and text, after a parent whose start tag is still open, with
    /// values that need escaping, and with text that comes out empty.
    func testLeafElementsWriteWhatTheWriterWould() throws {
        let tricky = "a \"quoted\" <b> & 'c'\tTAB\nLF \u{01}ctl — é 𝔄"
        func body(_ x: XMLOut, raw: Bool) {
            x.start("root")
            x.attr("open", tricky)   // the parent's start tag is still open when the first leaf comes
            if raw {
                x.empty("a") { x.attr("k", tricky); x.attr("n", 42) }
                x.empty("b") {}
                x.leaf("c", text: tricky) { x.attr("only", "1") }
                x.leaf("d", text: "") { x.attr("n", -1) }
                x.leaf("e", text: "plain") {}
            } else {
                x.start("a"); x.attr("k", tricky); x.attr("n", 42); x.end()
                x.start("b"); x.end()
                x.start("c"); x.attr("only", "1"); x.text(tricky); x.end()
                x.start("d"); x.attr("n", -1); x.text(""); x.end()
                x.start("e"); x.text("plain"); x.end()
            }
            x.start("after")
            x.attr("z", "1")
            x.end()
            x.end()
        }
        let raw = XMLOut.bytes { body($0, raw: true) }
        let written = XMLOut.bytes { body($0, raw: false) }
        XCTAssertEqual(String(decoding: raw, as: UTF8.self), String(decoding: written, as: UTF8.self))
        let doc = try XCTUnwrap(parse(raw))
        xmlFreeDoc(doc)
    }

    /// Broken UTF-8 and U+FFFE/U+FFFF in text become spaces, one per byte,
    /// so the text keeps its length; the result parses.
    func testBrokenUTF8BecomesSpacesOfTheSameLength() throws {
        let raw: [UInt8] = Array("ok ".utf8) + [0xFF, 0xC3, 0x28, 0xEF, 0xBF, 0xBE, 0xED, 0xA0, 0x80, 0xE2, 0x80] + Array(" ok".utf8)
        let bytes = XMLOut.bytes { x in
            x.start("t")
            raw.withUnsafeBufferPointer { x.text(bytes: $0) }
            x.end()
        }
        let doc = try XCTUnwrap(parse(bytes))
        defer { xmlFreeDoc(doc) }
        let text = content(try XCTUnwrap(xmlDocGetRootElement(doc)))
        XCTAssertEqual(text, "ok   (" + String(repeating: " ", count: 8) + " ok")
        XCTAssertEqual(text.utf8.count, raw.count)
    }

    // MARK: - libxml2 helpers

    private func parse(_ bytes: [UInt8]) -> xmlDocPtr? {
        bytes.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                xmlReadMemory($0, Int32(p.count), "test.xml", nil, Int32(XML_PARSE_NONET.rawValue))
            }
        }
    }

    private func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let v = xmlGetProp(node, name) else { return nil }
        defer { free(v) }   // xmlFree is plain free() unless an app replaces it
        return String(cString: v)
    }

    private func content(_ node: xmlNodePtr) -> String {
        guard let v = xmlNodeGetContent(node) else { return "" }
        defer { free(v) }   // xmlFree is plain free() unless an app replaces it
        return String(cString: v)
    }

    private func name(_ node: xmlNodePtr) -> String { String(cString: node.pointee.name) }

    private func elementChildren(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var c = node.pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE { out.append(n) }
            c = n.pointee.next
        }
        return out
    }
}
