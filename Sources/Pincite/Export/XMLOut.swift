// XMLOut: the one place Pincite writes XML, a thin wrapper over libxml2's
// xmlTextWriter (writing into an xmlBuffer) used by the pincite/1 XML and the
// Akoma Ntoso exporters.
//
// Why a wrapper: opinion text is not always XML-safe. PDF extractions carry
// form feeds and other C0 control characters, and a span may in theory cut a
// UTF-8 sequence; XML 1.0 allows neither, and libxml2's writer escapes `<&>`
// but passes such bytes through, which would make the output ill-formed. So
// every string goes through `XMLSafe` first: characters XML 1.0 forbids become
// spaces (one byte each, so offsets into a sanitized copy stay aligned with
// the working text), broken UTF-8 becomes U+FFFD.
//
// Long text runs (the opinion text of the XML export) are escaped here and
// handed to the writer raw in one call, because calling the writer per
// character run was the bulk of the export cost.

import CLibXML2

/// Writes one XML document through libxml2's `xmlTextWriter`.
final class XMLOut {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// Scratch bytes for escaping text runs (reused between calls).
    private var scratch: [UInt8] = []

    /// Starts a document (`<?xml version="1.0" encoding="UTF-8"?>`).
    init(indent: Bool = false) {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit { xmlBufferFree(buffer) }

    /// Opens an element.
    func start(_ name: String) { xmlTextWriterStartElement(writer, name) }

    /// Closes the innermost open element.
    func end() { xmlTextWriterEndElement(writer) }

    /// Opens an element in a namespace (the `xmlns` declaration is written when `uri` is given).
    func start(_ name: String, namespace uri: String) {
        xmlTextWriterStartElementNS(writer, nil, name, uri)
    }

    /// Writes an attribute; nothing when `value` is nil.
    func attr(_ name: String, _ value: String?) {
        guard let v = value else { return }
        xmlTextWriterWriteAttribute(writer, name, XMLSafe.string(v))
    }

    /// Writes an integer attribute; nothing when `value` is nil.
    func attr(_ name: String, _ value: Int?) {
        guard let v = value else { return }
        xmlTextWriterWriteAttribute(writer, name, String(v))
    }

    /// Writes a boolean attribute as `true`/`false`.
    func attr(_ name: String, _ value: Bool) {
        xmlTextWriterWriteAttribute(writer, name, value ? "true" : "false")
    }

    /// Writes text content (escaped).
    func text(_ s: String) {
        var bytes = Array(s.utf8)
        XMLSafe.sanitize(&bytes)
        bytes.withUnsafeBufferPointer { raw($0) }
    }

    /// Writes `<outer><inner …/>…</outer>`, one `inner` element per item; `body`
    /// writes an item's attributes and content.
    func list<T>(_ outer: String, _ inner: String, _ items: [T], _ body: (T) -> Void) {
        start(outer)
        for item in items {
            start(inner)
            body(item)
            end()
        }
        end()
    }

    /// Writes `<name>text</name>`.
    func element(_ name: String, _ text: String) {
        start(name)
        self.text(text)
        end()
    }

    /// Writes already-sanitized UTF-8 bytes as escaped text content.
    func text(sanitized p: UnsafeBufferPointer<UInt8>) { raw(p) }

    /// Escapes `<`, `>`, `&` of sanitized bytes and writes them in one call.
    private func raw(_ p: UnsafeBufferPointer<UInt8>) {
        guard !p.isEmpty else { return }
        scratch.removeAll(keepingCapacity: true)
        scratch.reserveCapacity(p.count + 16)
        for b in p {
            switch b {
            case 0x3C: scratch.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])          // &lt;
            case 0x3E: scratch.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])          // &gt;
            case 0x26: scratch.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])    // &amp;
            case 0x0D: scratch.append(contentsOf: [0x26, 0x23, 0x31, 0x33, 0x3B])    // &#13; (a bare CR would be normalized away)
            default: scratch.append(b)
            }
        }
        // (xmlTextWriterWriteRawLen closes a start tag that is still open itself)
        scratch.withUnsafeBufferPointer { s in
            s.baseAddress!.withMemoryRebound(to: xmlChar.self, capacity: s.count) {
                _ = xmlTextWriterWriteRawLen(writer, $0, Int32(s.count))
            }
        }
    }

    /// Ends the document and returns its bytes.
    func finish() -> [UInt8] {
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        let n = Int(xmlBufferLength(buffer))
        guard n > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: n))
    }
}

/// Making bytes and strings safe for XML 1.0.
enum XMLSafe {
    /// Replaces, in place, every byte or sequence XML 1.0 does not allow: C0
    /// controls other than tab, LF and CR become a space, U+FFFE/U+FFFF become
    /// three spaces, and invalid UTF-8 bytes become spaces, so the length and
    /// offsets stay the same.
    static func sanitize(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                if b < 0x80 {
                    if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { p[i] = 0x20 }
                    i += 1
                    continue
                }
                let len = sequenceLength(p, i)
                if len == 0 { p[i] = 0x20; i += 1; continue }
                // U+FFFE and U+FFFF are not XML characters
                if len == 3, b == 0xEF, p[i + 1] == 0xBF, p[i + 2] >= 0xBE {
                    p[i] = 0x20; p[i + 1] = 0x20; p[i + 2] = 0x20
                }
                i += len
            }
        }
    }

    /// The length of the valid UTF-8 sequence at `i`, or 0 when it is not valid.
    private static func sequenceLength(_ p: UnsafeMutableBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i], n = p.count
        func cont(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
        switch b {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1) && p[i + 1] >= 0xA0 && cont(2) ? 3 : 0
        case 0xED: return cont(1) && p[i + 1] < 0xA0 && cont(2) ? 3 : 0   // no surrogates
        case 0xE1...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0: return cont(1) && p[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1) && p[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    /// `s` with the characters XML 1.0 forbids replaced by spaces.
    static func string(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) else { return s }
        var bytes = Array(s.utf8)
        sanitize(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
